"""File → Merge a Cofounder's Copy…: a preview of what comes in, then the merge, then a review.
On a team database the same flow merges a copy pulled from it to a laptop (no backup first:
the server keeps its own).

The preview is the merge itself run dry (`services.merging.merge_file(dry_run=True)`: nothing
is written); Merge runs it for real (a verified backup first, one transaction) and announces
the change to every page. The review lists each conflict (record, field, yours, theirs, which
was kept) with "Use the Other Value", an undo step on the window's stack
(`ui.commands.sharing.UseOtherValue`), and each possible duplicate with "Review…", the
candidate record's merge-two-records dialog. The review is not modal: it stays open beside
the window, and File → Last Merge Review… brings it back until another file is opened.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirefile.errors import HirefileError
from hirefile.services import conflict_words, edits, sync_copies
from hirefile.services.merging import Conflict, MergeResult, kind_name, merge_file
from hirefile.services.workspace import Workspace
from hirefile.ui import file_dialogs, messages, theme
from hirefile.ui.changes import EVERYTHING, Change
from hirefile.ui.commands.base import apply, through_changes
from hirefile.ui.commands.sharing import UseOtherValue
from hirefile.ui.common import run_modal
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.sharing.backups import backup_before
from hirefile.ui.sharing.copies_bar import CopiesBar
from hirefile.ui.text import isolate

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

log = logging.getLogger(__name__)

Outcome = Literal["merged", "nothing", "cancelled", "refused"]


def kind_words(kind: str) -> str:
    """'candidate', 'stage move' (a kind of row as people call one)."""
    return kind_name(kind, 1).removeprefix("1 ")


def a_kind(kind: str) -> str:
    """'a candidate', 'an application'."""
    words = kind_words(kind)
    return f"{'an' if words[:1] in ('a', 'e', 'i', 'o', 'u') else 'a'} {words}"


def possessive(name: str) -> str:
    return f"{name}’" if name.endswith("s") else f"{name}’s"


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as the preview and the review show it."""

    conflict: Conflict
    record: str
    field: str
    mine: str
    theirs: str
    #: Why the other value cannot be used from here (None when it can).
    fixed: str | None
    #: What "Use the Other Value" writes, {column: value as stored}: the other value, and
    #: the other side's value of a field set with it that was in conflict too (a currency).
    together: dict[str, Any]

    @property
    def other(self) -> Any:
        """The value the merge did not keep, as stored."""
        return other_value(self.conflict)


def other_value(c: Conflict) -> Any:
    return c.theirs if c.kept == "mine" else c.mine


SEALED_KINDS = frozenset(("scorecard", "scorecard_rating", "scorecard_question_note"))


def conflict_rows(db: Workspace, conflicts: list[Conflict]) -> list[ConflictRow]:
    """The conflicts in plain words (amounts in the currency of the same side); one read
    per kind of row and field."""
    currency = {(c.id, side): value for c in conflicts if c.field.endswith("currency")
                for side, value in (("mine", c.mine), ("theirs", c.theirs))}
    by_field = {(c.kind, c.id, c.field): c for c in conflicts}
    groups: dict[tuple[str, str], list[Conflict]] = {}
    for c in conflicts:
        groups.setdefault((c.kind, c.field), []).append(c)
    texts: dict[tuple[str, str, str, str], str] = {}
    with db.reader() as s:
        labels, plain = conflict_words.describe(s, conflicts)
        for (kind, column), group in groups.items():
            for side in ("mine", "theirs"):
                values = {c.id: (getattr(c, side), currency.get((c.id, side))) for c in group
                          if kind not in SEALED_KINDS
                          and getattr(c, side) not in ("(sealed)", "(erased)")}
                for row_id, text in edits.stored_texts(s, kind, column, values).items():
                    texts[kind, row_id, column, side] = text
    texts.update(plain)  # stages by name, times as people read them
    rows = []
    for c in conflicts:
        # an application reads as "person · role": the field says what changed
        record = c.label or labels.get((c.kind, c.id)) or a_kind(c.kind)
        if c.label and c.kind not in ("candidate", "role"):
            record = f"{c.label} ({kind_words(c.kind)})"
        fixed = None
        if edits.field_named(c.kind, c.field) is None:
            fixed = (f"The {conflict_words.field_words(c.field)} of {a_kind(c.kind)} is not set "
                     "by an edit in Hirefile; change it where it is made, if needed")
        elif c.mine in ("(sealed)", "(erased)"):
            fixed = "This record was erased; its values are not shown or changed"
        together = {c.field: other_value(c)}
        for column in edits.goes_with(c.kind, c.field):
            also = by_field.get((c.kind, c.id, column))
            if also is not None and also.kept == c.kept:
                together[column] = other_value(also)
        mine = texts.get((c.kind, c.id, c.field, "mine"), str(c.mine))
        theirs = texts.get((c.kind, c.id, c.field, "theirs"), str(c.theirs))
        rows.append(ConflictRow(c, record, conflict_words.field_words(c.field), mine, theirs, fixed,
                                together))
    return rows


#: What a founder looks for first; rows that come along with the others are said last.
FIRST = ("candidate", "role", "application", "interview", "scorecard", "offer")
ALONG = frozenset(("activity", "person", "id_alias"))


def counts_words(counts: Counter[str]) -> str:
    """'12 candidates, 3 scorecards and 1 role': candidates, roles… first, then the most,
    what comes along last."""
    items = sorted(counts.items(), key=lambda kv: (
        kv[0] in ALONG, FIRST.index(kv[0]) if kv[0] in FIRST else len(FIRST), -kv[1], kv[0]))
    words = [kind_name(t, n) for t, n in items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def what_comes_in(result: MergeResult) -> list[str]:
    """The preview's lines: what is added and changed, per kind, in plain words."""
    o = result.outcome
    if not o.anything:
        here = "this database" if result.on_server else "this file"
        return [f"Nothing to merge: {here} already holds everything in "
                f"{isolate(result.theirs.name)}."]
    lines = []
    if o.added:
        lines.append(f"New: {counts_words(o.added)}.")
    if o.changed:
        lines.append(f"Changed: {counts_words(o.changed)}.")
    n = len(o.conflicts)
    lines.append("No conflicts: nobody changed the same field in both copies." if n == 0 else
                 f"{n:,} conflict{'s' if n != 1 else ''}: both copies changed the same field; "
                 "the later change is kept, and after merging you can use the other value.")
    return lines


def duplicate_text(dup: dict[str, Any]) -> str:
    return (f"{isolate(dup['name'])} (from the copy) and {isolate(dup['matches_name'])} "
            f"(already here): {dup['why']}")


def _table(headers: tuple[str, ...], parent: QWidget, name: str,
           description: str) -> QTableWidget:
    """A read-only list of rows, named for a screen reader; Tab leaves it (arrows move in
    it), so the buttons after it are reached."""
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    table.setItem(row, column, item)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    theme.keep_style(label, lambda: f"font-weight: 600; color: {theme.TEXT};")
    return label


class MergePreview(QDialog):
    """What merging a copy would bring in, before anything is written: Merge or Cancel."""

    def __init__(self, result: MergeResult, rows: list[ConflictRow], theirs_by: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge a Cofounder's Copy")
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        who = f" (last changed by {isolate(theirs_by)})" if theirs_by else ""
        title = QLabel(f"Merge {isolate(result.theirs.name)}{who} into "
                       f"{isolate(result.mine.name)}", self)
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.summary = QLabel("\n".join(what_comes_in(result)), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.conflicts = _table(("Record", "Field", "Yours", "Theirs", "Kept"), self,
                                "Conflicts", "Fields both copies changed: your value, theirs, "
                                "and which one the merge keeps")
        if rows:
            layout.addWidget(_heading("Conflicts", self))
            self.conflicts.setRowCount(len(rows))
            for i, r in enumerate(rows):
                kept = "yours" if r.conflict.kept == "mine" else "theirs"
                for j, text in enumerate((r.record, r.field, r.mine, r.theirs, kept)):
                    _cell(self.conflicts, i, j, text)
            self.conflicts.resizeColumnsToContents()
            layout.addWidget(self.conflicts, 1)
        else:
            self.conflicts.hide()
        self.duplicates = QLabel(self)
        if result.possible_duplicates:
            layout.addWidget(_heading("Possible duplicates (you decide after merging)", self))
            lines = [duplicate_text(d) for d in result.possible_duplicates[:8]]
            more = len(result.possible_duplicates) - len(lines)
            if more:
                lines.append(f"… and {more:,} more")
            self.duplicates.setText("\n".join(lines))
            self.duplicates.setWordWrap(True)
            layout.addWidget(self.duplicates)
        layout.addStretch(0 if rows else 1)
        note = QLabel(("The team database takes the whole merge at once or nothing of it "
                       "(the server keeps its own backups)" if result.on_server else
                       "Your file is backed up before the merge")
                      + ", and the other copy is only read. Edit → Undo cannot take the merge "
                      "back, nor your edits before it.", self)
        theme.keep_style(note, lambda: f"color: {theme.MUTED};")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        if result.outcome.anything:
            self.merge_button: QPushButton | None = buttons.addButton(
                "Merge", QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            note.show()
        else:
            self.merge_button = None
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
            note.hide()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)

    @classmethod
    def ask(cls, parent: QWidget | None, result: MergeResult, rows: list[ConflictRow],
            theirs_by: str) -> bool:
        """True when the person chose Merge."""
        return run_modal(cls(result, rows, theirs_by, parent)) == \
            QDialog.DialogCode.Accepted


class MergeReview(QDialog):
    """After a merge: each conflict with "Use the Other Value", each possible duplicate with
    "Review…". Not modal; what each row offers follows the file (an undo, another edit)."""

    def __init__(self, window: MainWindow, result: MergeResult, rows: list[ConflictRow],
                 theirs_by: str) -> None:
        super().__init__(window)
        self.window_ = window
        self.merge_result, self.rows, self.theirs_by = result, rows, theirs_by
        self.setWindowTitle("Merge Review")
        self.setModal(False)
        self.resize(960, 560)
        layout = QVBoxLayout(self)
        title = QLabel(f"Merged {isolate(result.theirs.name)} into {isolate(result.mine.name)}",
                       self)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)
        self.summary = QLabel("\n".join(what_comes_in(result)[:-1]), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        hint = QLabel("Where both copies changed a field, the later change was kept. "
                      "“Use the Other Value” takes the other one instead (Edit → Undo takes "
                      "it back).", self)
        hint.setWordWrap(True)
        theme.keep_style(hint, lambda: f"color: {theme.MUTED};")
        layout.addWidget(hint)
        self.conflicts = _table(("Record", "Field", "Yours", "Theirs", "Kept", ""), self,
                                "Conflicts", "Fields both copies changed, each with "
                                "“Use the Other Value”")
        self.buttons: list[QPushButton] = []
        if rows:
            layout.addWidget(_heading("Conflicts", self))
            self.conflicts.setRowCount(len(rows))
            for i, r in enumerate(rows):
                for j, text in enumerate((r.record, r.field, r.mine, r.theirs)):
                    _cell(self.conflicts, i, j, text)
                button = QPushButton("Use the Other Value", self.conflicts)
                button.setToolTip(r.fixed or self.step_text(r))
                button.clicked.connect(lambda _=False, i=i: self.use_other(i))
                self.conflicts.setCellWidget(i, 5, button)
                self.buttons.append(button)
            layout.addWidget(self.conflicts, 2)
        else:
            self.conflicts.hide()
        self.duplicate_buttons: list[QPushButton] = []
        self.duplicates = _table(("Possible duplicate", ""), self, "Possible duplicates",
                                 "People from the copy who may already be here, each with "
                                 "“Review…”")
        dups = result.possible_duplicates
        if dups:
            layout.addWidget(_heading("Possible duplicates", self))
            self.duplicates.setRowCount(len(dups))
            for i, dup in enumerate(dups):
                _cell(self.duplicates, i, 0, duplicate_text(dup))
                button = QPushButton("Review…", self.duplicates)
                button.setToolTip("Compare the two records and merge them, or leave both")
                button.clicked.connect(lambda _=False, i=i: self.review_duplicate(i))
                self.duplicates.setCellWidget(i, 1, button)
                self.duplicate_buttons.append(button)
            self.duplicates.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.Stretch)
            self.duplicates.horizontalHeader().setStretchLastSection(False)
            self.duplicates.horizontalHeader().setVisible(False)
            layout.addWidget(self.duplicates, 1)
        else:
            self.duplicates.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout.addWidget(close)
        self.follow_file()
        for table in (self.conflicts, self.duplicates):
            table.resizeColumnsToContents()
        window.changes.sig_changed.connect(self._file_changed)
        fit_to_screen(self)

    def showEvent(self, event: QShowEvent) -> None:
        """The buttons' columns as wide as the buttons, once styled (a cell's widget is not
        measured by resizeColumnsToContents)."""
        super().showEvent(event)
        for table, column, buttons in ((self.conflicts, 5, self.buttons),
                                       (self.duplicates, 1, self.duplicate_buttons)):
            if buttons:
                buttons[0].ensurePolished()
                table.setColumnWidth(column, max(table.columnWidth(column),
                                                 buttons[0].sizeHint().width() + 12))

    def step_text(self, row: ConflictRow) -> str:
        """The undo step's name: "Use Daniel Kim’s e-mail for Ana Lima"."""
        if row.conflict.kept == "mine":
            whose = possessive(isolate(self.theirs_by)) if self.theirs_by else "the copy’s"
        else:
            whose = "your"
        return f"Use {whose} {row.field} for {isolate(row.record)}"

    def _file_changed(self, change: Change) -> None:
        if self.isVisible() and change.touches("candidate", "role"):
            self.follow_file()

    def follow_file(self) -> None:
        """What each row says now: the value the file holds, and whether the other can be
        used (not when it is already there, or the record is gone); one read per field."""
        db = self.window_.db
        if db is None:
            return
        asks: dict[tuple[str, str], dict[str, Any]] = {}
        for r in self.rows:
            if r.fixed is None:
                c = r.conflict
                asks.setdefault((c.kind, c.field), {})[c.id] = r.other
        with db.reader() as s:
            holds = {(kind, column, row_id): held for (kind, column), values in asks.items()
                     for row_id, held in edits.holding(s, kind, column, values).items()}
        for i, r in enumerate(self.rows):
            c = r.conflict
            kept = "yours" if c.kept == "mine" else "theirs"
            held = holds.get((c.kind, c.field, c.id), False)
            if held:
                kept = "theirs" if kept == "yours" else "yours"
            if held is None:
                self.buttons[i].setToolTip(f"The {kind_words(c.kind)} is no longer in the file")
            _cell(self.conflicts, i, 4, kept)
            self.buttons[i].setEnabled(r.fixed is None and held is False)

    def use_other(self, i: int) -> None:
        window, r = self.window_, self.rows[i]
        if window.db is None:
            return
        c = r.conflict
        try:
            apply(window.undo_stack, UseOtherValue(window.db, through_changes, self.step_text(r),
                                                   c.kind, c.id, r.together))
        except HirefileError as exc:
            messages.show_problem(self, "Could not use the other value", exc.message)
            return
        if not self.isVisible():  # else the change notification has done it
            self.follow_file()

    def review_duplicate(self, i: int) -> None:
        """The candidate record's own merge of two records, for this pair."""
        dup = self.merge_result.possible_duplicates[i]
        window = self.window_
        window.open_candidate(dup["id"])
        if window.candidates_page.record.merge_with(dup["matches"]):
            self.duplicate_buttons[i].setEnabled(False)
            self.duplicate_buttons[i].setText("Merged")


def ask_copy_to_merge(parent: QWidget, directory: Path) -> Path | None:
    """The copy to merge in (a file chooser; tests stub this)."""
    name, _ = QFileDialog.getOpenFileName(parent, "Merge a Cofounder's Copy", str(directory),
                                          file_dialogs.FILTER)
    return Path(name) if name else None


@contextmanager
def waiting() -> Iterator[None]:
    """A wait cursor while a long step runs on the window's thread (no input is taken)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class CopyMerging:
    """The window's merging of copies: File menu actions, the flow, the last review."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.review: MergeReview | None = None
        menu = window.form.menuFile
        self.action_merge = QAction("&Merge a Cofounder's Copy…", window)
        self.action_merge.setStatusTip("Bring in what a cofounder changed in their copy of "
                                       "this file (you see what comes in first)")
        self.action_merge.triggered.connect(self.merge_from_menu)
        self.action_review = QAction("Last Merge Review…", window)
        self.action_review.setStatusTip("The conflicts and possible duplicates of the last "
                                        "merge, to decide again")
        self.action_review.setEnabled(False)
        self.action_review.triggered.connect(self.show_review)
        actions = menu.actions()
        save_copy = window.form.actionSaveCopy
        after = actions[actions.index(save_copy) + 1] if save_copy in actions[:-1] else None
        for action in (self.action_merge, self.action_review):
            if after is None:
                menu.addAction(action)
            else:
                menu.insertAction(after, action)
        #: Copies a sync tool made beside the open file, offered for merging.
        self.copies_bar = CopiesBar(window, self)

    def file_opened(self) -> None:
        """Another file is open: the last review belonged to the one before; copies a sync
        tool made beside the new one are looked for."""
        self._drop_review()
        db = self.window.db
        if db is not None and db.on_server:  # no folder where a sync tool leaves copies
            self.copies_bar.hide()
        else:
            self.copies_bar.check()

    def _drop_review(self) -> None:
        if self.review is not None:
            self.review.close()
            self.review.deleteLater()
            self.review = None
        self.action_review.setEnabled(False)

    def merge_from_menu(self) -> None:
        w = self.window
        if w.db is None or not w._leave_ok():
            return
        # a team database's laptop copy is wherever its founder pulled it to
        path = ask_copy_to_merge(w, Path.home() if w.db.on_server else w.db.path.parent)
        if path is not None:
            self.merge_path(path)

    def merge_path(self, path: Path, *, ask_first: Callable[[], bool] | None = None) -> Outcome:
        """Preview, then (when the person says Merge) merge the copy at `path`, announce it
        and show the review. Refusals are shown in one line; nothing changes then."""
        w = self.window
        db = w.db
        if db is None:
            return "cancelled"
        title = f"Could not merge {isolate(path.name)}"
        try:
            with waiting():
                preview = merge_file(db, path, dry_run=True)
                rows = conflict_rows(db, preview.outcome.conflicts)
                by = sync_copies.last_writer(path)
        except HirefileError as exc:
            log.info("merge of %s refused: %s", path, exc.message)
            messages.show_problem(w, title, exc.message)
            return "refused"
        if not MergePreview.ask(w, preview, rows, by):
            return "cancelled"
        if not preview.outcome.anything:
            return "nothing"
        try:
            with waiting():
                backup_before(db, "merge")  # among the backups Restore from Backup lists
                result = merge_file(db, path)
        except HirefileError as exc:
            messages.show_problem(w, title, exc.message)
            return "refused"
        # The steps before it would put back whole records over what came in: they go.
        w.undo_stack.clear()
        w.changes.changed(EVERYTHING)
        where = f"; your file was backed up as {isolate(result.backup.name)}" \
            if result.backup is not None else ""
        w.statusBar().showMessage(
            result.summary().replace(path.name, isolate(path.name)) + where, 15000)
        if result.outcome.conflicts or result.possible_duplicates:
            self._drop_review()
            rows = conflict_rows(db, result.outcome.conflicts)
            self.review = MergeReview(w, result, rows, by)
            self.action_review.setEnabled(True)
            self.show_review()
        return "merged"

    def show_review(self) -> None:
        if self.review is not None:
            self.review.follow_file()
            self.review.show()
            self.review.raise_()
            self.review.activateWindow()


def install(window: MainWindow) -> CopyMerging:
    """File → Merge a Cofounder's Copy…, Last Merge Review… and the copies bar in `window`
    (before its first file: `file_opened` is called for each file it shows)."""
    return CopyMerging(window)
