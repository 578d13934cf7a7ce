"""The pipeline board: a column per stage, cards moved by drag and drop or by keys.

The board is a controller over plain widgets. It reads the columns and their id lists through
`services.board` (one read session per refresh), gives each column a lazy model, and turns
drops and key presses into `MoveApplications` undo commands on the window's stack. Each
command's notify callback tells the board which columns it touched, so a move, an undo and a
redo all refresh the same columns and counts, and nothing else.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hirefile.domain.vocab import StageKind
from hirefile.errors import HirefileError
from hirefile.services import board as board_service
from hirefile.services import pipeline
from hirefile.services.board import BoardFilter, Card, Column
from hirefile.services.workspace import Workspace
from hirefile.ui import messages, preferences, theme
from hirefile.ui.board import moves, style
from hirefile.ui.board.column import BoardColumn, column_key
from hirefile.ui.board.dialog import MoveDialog
from hirefile.ui.board.model import CANDIDATE_ROLE
from hirefile.ui.board.strip import ColumnStrip
from hirefile.ui.commands import apply, apply_all
from hirefile.ui.commands.candidates import MoveApplications
from hirefile.ui.conflict_dialog import save_or_ask
from hirefile.ui.text import isolate


class KeptTheirs(Exception):
    """A stale move the person chose not to make (their colleague's move stays)."""


class Board(QWidget):
    """Columns side by side (scrolling sideways when they do not fit), one per stage."""

    #: Open this candidate (Enter or a double click on a card); the argument is its id.
    sig_open_candidate = Signal(str)
    #: A short message for the status bar, e.g. "Moved Ana Lima to Technical".
    sig_status = Signal(str)
    #: The file changed through the board (a move, its undo or redo): counts elsewhere are stale.
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        theme.keep_style(self, style.style_sheet)
        #: Where moves go for Edit → Undo; the page hands over the window's stack.
        self.undo_stack = QUndoStack(self)
        self._db: Workspace | None = None
        self._filter = BoardFilter()
        self._active: BoardColumn | None = None
        self._shown_change = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.strip = ColumnStrip(self)
        layout.addWidget(self.strip)
        self.strip.sig_view_changed.connect(self._load_in_view)

    # reading ---------------------------------------------------------------------------------

    @property
    def columns(self) -> list[BoardColumn]:
        return self.strip.columns

    @property
    def filter(self) -> BoardFilter:
        return self._filter

    @property
    def infos(self) -> list[Column]:
        """The columns as shown: name, kind, stage id and count."""
        return [c.info for c in self.columns]

    def column_named(self, name: str) -> BoardColumn | None:
        return next((c for c in self.columns if c.info.name == name), None)

    def set_database(self, db: Workspace | None, *, read: bool = True) -> None:
        """Show `db` (read now, or at the next `set_filter(..., reload=True)`)."""
        self._db = db
        if read:
            self.reload()
        else:
            self._build([])

    def set_filter(self, f: BoardFilter, *, reload: bool = False) -> None:
        """Narrow the board; read again when the filter changed or when asked."""
        if reload or f != self._filter or not self.columns:
            self._filter = f
            self.reload()

    def reload(self) -> None:
        """Columns and counts again (a new file, filter or an outside change).

        Only the columns in view read their ids now; the others when they come into view.
        """
        if self._db is None:
            self._build([])
            return
        with self._db.reader() as s:
            infos = board_service.columns(s, self._filter)
        if [column_key(i) for i in infos] != [c.key for c in self.columns]:
            self._build(infos)
        in_view = set(map(id, self.strip.in_view()))
        for column, info in zip(self.columns, infos, strict=True):
            column.set_info(info)
            column.loaded = False
            if id(column) not in in_view:
                column.show_ids([])
        self._load_in_view()

    def load(self, columns: Sequence[BoardColumn]) -> None:
        """Read the ids of these columns (one read session), keeping what each showed."""
        if self._db is None or not columns:
            return
        with self._db.reader() as s:
            ids = [board_service.column_ids(s, self._filter, c.info) for c in columns]
        for column, column_ids in zip(columns, ids, strict=True):
            column.loaded = True
            column.show_ids(column_ids)

    def _load_in_view(self) -> None:
        self.load([c for c in self.strip.in_view() if not c.loaded])

    def _fetch(self, ids: Sequence[str]) -> Mapping[str, Card]:
        """One page of cards for a column model (two queries, whatever the page size)."""
        if self._db is None or not ids:
            return {}
        with self._db.reader() as s:
            return board_service.cards(s, ids, viewer_id=self._db.identity.person_id,
                                       waiting_days=preferences.waiting_days())

    def _build(self, infos: list[Column]) -> None:
        self._active = None
        for column in self.strip.build(infos, self._fetch):
            self._wire(column)

    def _wire(self, column: BoardColumn) -> None:
        def dropped(ids: list[str], source_key: str, c: BoardColumn = column) -> None:
            self._dropped(c, ids, source_key)

        column.set_drop_handler(dropped)
        view = column.view
        view.sig_action.connect(lambda action, c=column: self._act(c, action))
        view.sig_step.connect(lambda delta, c=column: self.step(c, delta))
        view.sig_focused.connect(lambda c=column: self._focused(c))
        view.doubleClicked.connect(lambda index, c=column: self._open(index))
        view.selectionModel().selectionChanged.connect(
            lambda *_args, c=column: self._selection_changed(c))

    # after a change ----------------------------------------------------------------------------

    def _notifier(self, names: Collection[str], ids: Sequence[str]) -> Callable[[], None]:
        """A command's notify: refresh these columns, if the board still exists by then."""
        ref = weakref.ref(self)
        names, ids = frozenset(names), tuple(ids)

        def notify() -> None:
            board = ref()
            if board is not None and shiboken6.isValid(board):
                board.after_change(names, ids)
        return notify

    def after_change(self, names: Collection[str], ids: Sequence[str]) -> None:
        """Read again the columns a move touched (named); their counts are their new lengths.

        Only those columns change, so no other query runs. `ids` (the applications moved)
        are selected where they now are (after an undo, back where they came from), so a
        second key press acts on the same people again.
        """
        affected = [c for c in self.columns if c.info.name in names]
        if self._db is None or not affected or not self.isVisible():
            # e.g. undone while the table or another page is shown: the page marks the
            # board stale and reads it when shown
            self.sig_changed.emit()
            return
        with self._db.reader() as s:
            fresh = [board_service.column_ids(s, self._filter, c.info) for c in affected]
        for column, column_ids in zip(affected, fresh, strict=True):
            column.set_info(replace(column.info, count=len(column_ids)))
            column.loaded = True
            column.show_ids(column_ids, changed=ids)
        home = next((c for c in affected if ids and c.model.row_of(ids[0]) is not None), None)
        if home is not None:  # the moved cards, selected where they are
            self.select_only(home, ids=ids)
        self._shown_change = True
        self.sig_changed.emit()

    def take_shown_change(self) -> bool:
        """Whether the board showed a change itself since last asked (its own move, undone
        or redone: the two columns read again), so the change notification that follows
        needs no second read of the board."""
        shown, self._shown_change = self._shown_change, False
        return shown

    def select_only(self, column: BoardColumn, *, ids: Collection[str] = (),
                    row: int | None = None) -> None:
        """One selection on the board: these cards in `column`, which becomes the current
        column (with the keyboard focus, when the board had it)."""
        had_focus = any(c.view.hasFocus() for c in self.columns)
        if column.select(ids=ids, row=row):
            self._active = column
            if had_focus:
                column.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._clear_others(column)

    def _clear_others(self, keep: BoardColumn) -> None:
        for column in self.columns:
            if column is not keep and column.view.selectionModel().hasSelection():
                column.clear_selection()

    # moves -------------------------------------------------------------------------------------

    def _dropped(self, target: BoardColumn, ids: list[str], source_key: str) -> None:
        source = next((c for c in self.columns if c.key == source_key), None)
        self.move_to(target, ids, source)

    def move_to(self, target: BoardColumn, ids: Sequence[str],
                source: BoardColumn | None = None) -> bool:
        """Move these applications to `target`'s stage (asking why for an exit).

        True when they moved; False when there was nothing to do, the person cancelled, or the
        move was refused (the reason is shown).
        """
        ids = [i for i in ids if target.model.row_of(i) is None]
        if self._db is None or not ids or source is target:
            return False
        info = target.info
        who = self._who(ids, source)
        reason = note = None
        if info.kind.is_exit:
            answer = self._ask_reason(info, who)
            if answer is None:
                return False
            reason, note = answer
        names = {info.name, source.info.name} if source else {c.info.name for c in self.columns}
        shown = None
        if source is not None and not info.stage_id:  # across roles: by stage name
            with self._db.reader() as s:
                shown = pipeline.stages_named(s, ids, source.info.name)
        command = MoveApplications(
            self._db, self._notifier(names, ids), list(ids),
            stage_id=info.stage_id, stage_name=None if info.stage_id else info.name,
            reason=reason, note=note or None, label=f"Move {isolate(who)} to {isolate(info.name)}",
            seen_stage_id=source.info.stage_id if source is not None else None,
            seen_stages=shown)
        done = f"Moved {isolate(who)} to {isolate(info.name)}" + (f" ({reason})" if reason else "")
        if not self._run([command], command.text(), done):
            return False
        if command.skipped:  # moved by someone else meanwhile: left where they are
            meanwhile = pipeline.BulkMoved(command.results, command.skipped).meanwhile(isolate)
            n = len(command.results)
            self.sig_status.emit(f"Moved {n} candidate{'s' if n != 1 else ''} to "
                                 f"{isolate(info.name)}; {meanwhile}")
        return True

    def advance(self, column: BoardColumn) -> bool:
        """The selected cards to the next in-process stage of their own role."""
        ids = column.selected_ids()
        if self._db is None or not ids:
            return False
        try:
            with self._db.reader() as s:
                targets = moves.advance_targets(s, ids)
        except HirefileError as exc:
            messages.show_problem(self, "Could not advance", exc.message)
            return False
        names = {column.info.name} | {t.name for t in targets}
        commands = []
        for t in targets:
            who = self._who(t.application_ids, column)
            commands.append(MoveApplications(
                self._db, self._notifier(names, t.application_ids), list(t.application_ids),
                stage_id=t.stage_id, stage_name=None if t.stage_id else t.name,
                label=f"Move {isolate(who)} to {isolate(t.name)}"))
        if len(commands) == 1:
            return self._run(commands, commands[0].text(),
                             f"Moved {isolate(self._who(ids, column))} to "
                             f"{isolate(targets[0].name)}")
        return self._run(commands, f"Advance {len(ids):,} candidates",
                         f"Advanced {len(ids):,} candidates")

    def leave(self, column: BoardColumn, kind: StageKind) -> bool:
        """The selected cards to the Rejected or Withdrew column, with a reason."""
        target = next((c for c in self.columns if c.info.kind is kind), None)
        if target is None:
            messages.show_problem(self, "Could not move", f"This board has no {kind.label} "
                                  "column.")
            return False
        return self.move_to(target, column.selected_ids(), column)

    def _ask_reason(self, info: Column, who: str) -> tuple[str, str] | None:
        assert self._db is not None
        with self._db.reader() as s:
            reasons = pipeline.exit_reasons(s, info.kind)
        return MoveDialog.ask(self, stage=info.name, kind=info.kind, reasons=reasons, who=who)

    def _run(self, commands: list[MoveApplications], label: str, done: str) -> bool:
        """Apply the commands (one undo step), or show why they were refused."""
        try:
            if len(commands) == 1:
                self._apply_one(commands[0])
            else:
                apply_all(self.undo_stack, commands, label)
        except KeptTheirs:
            return False
        except HirefileError as exc:
            messages.show_problem(self, "Could not move", exc.message)
            return False
        self.sig_status.emit(done)
        return True

    def _apply_one(self, command: MoveApplications) -> None:
        """A move of cards someone else moved since asks whose move stays (`ConflictDialog`):
        theirs re-reads the board, mine moves the cards from where they are now."""
        def move(anyway: int | None) -> None:
            if anyway is not None:  # from wherever the cards are now
                command.seen_stage_id = None
            apply(self.undo_stack, command)

        if not save_or_ask(self, move):
            self.reload()
            raise KeptTheirs

    def _who(self, ids: Sequence[str], source: BoardColumn | None) -> str:
        names: list[str | None] = []
        if len(ids) == 1:
            card = source.model.cached_card(ids[0]) if source else None
            if card is None and self._db is not None:
                card = self._fetch(ids).get(ids[0])
            names = [card.name if card else None]
        return moves.who(names, len(ids))

    # keys --------------------------------------------------------------------------------------

    def _act(self, column: BoardColumn, action: str) -> None:
        """A key on a card. After a move the moved cards stay selected and current in the
        column they went to, with the keyboard there, so A, A advances the same person twice."""
        if action == "open":
            self._open(column.view.currentIndex())
            return
        ids = column.selected_ids()
        if action == "advance":
            moved = self.advance(column)
        else:
            kind = StageKind.REJECTED if action == "reject" else StageKind.WITHDREW
            moved = self.leave(column, kind)
        if not moved:
            return
        home = next((c for c in self.columns if ids and c.model.row_of(ids[0]) is not None),
                    None)
        if home is None:  # filtered out of the board: stay where the key was pressed
            home = column
        home.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not home.select(ids=ids):
            home.select(row=0)
        self._active = home
        self._clear_others(home)

    def _open(self, index: QModelIndex) -> None:
        candidate_id = index.data(CANDIDATE_ROLE) if index.isValid() else None
        if candidate_id:
            self.sig_open_candidate.emit(candidate_id)

    def _selection_changed(self, column: BoardColumn) -> None:
        """A card picked in one column unselects the others: moves act on one column."""
        if column.view.selectionModel().hasSelection():
            self._clear_others(column)

    def _focused(self, column: BoardColumn) -> None:
        self._active = column
        self.strip.ensureWidgetVisible(column, 24, 0)

    @property
    def active_column(self) -> BoardColumn | None:
        """The column the keyboard was last in."""
        return self._active

    def step(self, column: BoardColumn, delta: int) -> None:
        """Left/Right: the nearest column that has cards, at the same height on screen."""
        current = column.view.currentIndex()
        y = column.view.visualRect(current).center().y() if current.isValid() else 0
        i = self.columns.index(column) + delta
        while 0 <= i < len(self.columns) and self.columns[i].info.count == 0:
            i += delta
        if not 0 <= i < len(self.columns):
            return
        target = self.columns[i]
        if not target.loaded:
            self.load([target])
        target.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.select_only(target, row=target.row_near(y))
        self._focused(target)
