"""The base of every undo command: run a service function in one session, then notify.

An undo or redo that the file refuses (the candidate was rejected since, the offer was sent)
changes nothing: the command keeps its place on the stack, so the stack and the file still
agree, and `undo_safely` / `redo_safely` return the reason for the window to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from hirefile.errors import HirefileError
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import ALL_KINDS

Notify = Callable[[], None]


class ServiceCommand(QUndoCommand):
    """A command whose `do` and `undo_change` are service calls inside one session each."""

    #: The kinds of rows it touches (`ui.changes`), for the views that show them.
    kinds: frozenset[str] = ALL_KINDS

    def __init__(self, text: str, db: Workspace, notify: Notify) -> None:
        super().__init__(text)
        self.db = db
        self.notify = notify
        self._applied_once = False
        #: Set by a refused undo: the change is still made, so the stack's redo is a no-op.
        self._still_applied = False
        #: Set by a refused redo: the change is still undone, so the stack's undo is a no-op.
        self._still_undone = False
        #: Why the last undo or redo was refused, for the window to say.
        self.refused: HirefileError | None = None

    # subclasses implement these two
    def do(self, session: Unit) -> None:
        raise NotImplementedError

    def undo_change(self, session: Unit) -> None:
        raise NotImplementedError

    def changed_nothing(self) -> bool:
        """After its first apply: whether it found nothing to change (every row skipped), so
        it leaves no undo step."""
        return False

    def apply_first(self) -> None:
        with self.db.session() as s:
            self.do(s)
        self._applied_once = True
        self.notify()

    def redo(self) -> None:
        if self._applied_once:  # QUndoStack.push() calls redo(): the change is already made
            self._applied_once = False
            return
        if self._still_applied:  # stepping back over an undo the file refused
            self._still_applied = False
            return
        self.refused = None
        try:
            with self.db.session() as s:
                self.do(s)
        except HirefileError as exc:
            self.refused, self._still_undone = exc, True
            return
        self.notify()

    def undo(self) -> None:
        if self._still_undone:  # stepping back over a redo the file refused
            self._still_undone = False
            return
        self.refused = None
        try:
            with self.db.session() as s:
                self.undo_change(s)
        except HirefileError as exc:
            self.refused, self._still_applied = exc, True
            return
        self.notify()


Command = TypeVar("Command", bound=ServiceCommand)


def apply(stack: QUndoStack, command: Command) -> Command:
    """Make the change now (raising if it is refused), then record it for undo — unless it
    changed nothing: an undo step that undoes nothing only confuses."""
    command.apply_first()
    if not command.changed_nothing():
        stack.push(command)
    return command


def apply_all(stack: QUndoStack, commands: Sequence[ServiceCommand], label: str) -> None:
    """Make each change now and record those that changed something as one undo step (named
    `label` when there are several). A refusal is raised after recording the changes made
    before it, so the stack and the file still agree."""
    made: list[ServiceCommand] = []
    try:
        for command in commands:
            command.apply_first()
            if not command.changed_nothing():
                made.append(command)
    finally:
        if len(made) > 1:
            stack.beginMacro(label)
        for command in made:
            stack.push(command)
        if len(made) > 1:
            stack.endMacro()


def _step(stack: QUndoStack, forward: bool) -> HirefileError | None:
    index = stack.index()
    command = stack.command(index if forward else index - 1)
    if forward:
        stack.redo()
    else:
        stack.undo()
    if isinstance(command, ServiceCommand) and command.refused is not None:
        stack.setIndex(index)  # back where it was; the command skips its own step back
        return command.refused
    return None


def undo_safely(stack: QUndoStack) -> HirefileError | None:
    """Undo the last edit; when the file refuses, nothing moves and the reason is returned."""
    return _step(stack, forward=False) if stack.canUndo() else None


def redo_safely(stack: QUndoStack) -> HirefileError | None:
    """Redo the next edit; when the file refuses, nothing moves and the reason is returned."""
    return _step(stack, forward=True) if stack.canRedo() else None


def record(stack: QUndoStack | None, command: Command) -> Command:
    """`apply` on the window's stack; with no stack (a dialog used on its own, in a test or
    a tool) the change is made all the same, with nothing to undo it."""
    if stack is None:
        command.apply_first()
        return command
    return apply(stack, command)


def through_changes() -> None:
    """A command's `notify` when the pages re-read through the window's change notification
    (the stack moved) and the screen that pushed it has nothing of its own to re-read."""
