"""The base of every undo command: run a service function in one session, then notify."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from hirefile.storage.database import Database

Notify = Callable[[], None]


class ServiceCommand(QUndoCommand):
    """A command whose `do` and `undo_change` are service calls inside one session each."""

    def __init__(self, text: str, db: Database, notify: Notify) -> None:
        super().__init__(text)
        self.db = db
        self.notify = notify
        self._applied_once = False

    # subclasses implement these two
    def do(self, session: Session) -> None:
        raise NotImplementedError

    def undo_change(self, session: Session) -> None:
        raise NotImplementedError

    def apply_first(self) -> None:
        with self.db.session() as s:
            self.do(s)
        self._applied_once = True
        self.notify()

    def redo(self) -> None:
        if self._applied_once:  # QUndoStack.push() calls redo(): the change is already made
            self._applied_once = False
            return
        with self.db.session() as s:
            self.do(s)
        self.notify()

    def undo(self) -> None:
        with self.db.session() as s:
            self.undo_change(s)
        self.notify()


def apply(stack: QUndoStack, command: ServiceCommand) -> ServiceCommand:
    """Make the change now (raising if it is refused), then record it for undo."""
    command.apply_first()
    stack.push(command)
    return command
