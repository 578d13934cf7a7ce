"""File → Privacy and Retention…: the file's retention rule, who is due for erasure, and
erasing them after one confirmation.

The rule is edited in place: each change is one undo step (`commands/privacy.py`) and the rule
reads back in words below it, as job descriptions print it when asked. The due list is the
service's one query (`services/retention.due_for_erasure`); the page re-reads it from the
window's change notification only, like every view, and while hidden only marks itself stale.
Erasing cannot be undone: the undo stack is cleared after it (no step may bring a person back)
and every view is told the file changed. The layout is forms/privacy_dialog.ui.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from hirefile.domain.retention import RetentionRule, rule_summary
from hirefile.errors import HirefileError
from hirefile.services import retention
from hirefile.services.retention import Due, Why
from hirefile.services.workspace import Workspace
from hirefile.ui import messages, theme
from hirefile.ui.changes import EVERYTHING
from hirefile.ui.commands import apply
from hirefile.ui.commands.privacy import SetRetentionRule
from hirefile.ui.generated.ui_privacy_dialog import Ui_PrivacyDialog
from hirefile.ui.models.columns import Column, count_text
from hirefile.ui.models.rows import RowListModel
from hirefile.ui.offers.style import style_sheet
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.sharing.bars import NoticeArea, NoticeBar
from hirefile.ui.sharing.merge_copy import waiting

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

#: The note across the window saying people are due, shortly after a file opens.
BAR = "dueForErasure"
REMIND_AFTER_MS = 2500
#: The pause after the last change before the note across the window counts again.
RECOUNT_AFTER_MS = 400

DUE_COLUMNS: tuple[Column, ...] = (
    Column("Name", lambda d: d.name, 240, emphasis=True),
    Column("Due since", lambda d: d.due_on.isoformat(), 110),
    Column("Why", lambda d: d.reason, 300, stretch=True),
)


class PrivacyDialog(QDialog):
    """The privacy page of the window's file (modeless; one per window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.form = f = Ui_PrivacyDialog()
        f.setupUi(self)
        theme.keep_style(self, style_sheet)
        f.resultLabel.setProperty("kind", "ok")
        self.model = RowListModel(DUE_COLUMNS, self)
        configure_table(f.dueTable, self.model)
        self.resize(780, 600)
        fit_to_screen(self)
        self._db: Workspace | None = None
        self._stale = True
        self._filling = False
        self.rule = RetentionRule()
        #: Recounts the note across the window once after a burst of changes (a bulk move is
        #: one change each), not once per change.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_AFTER_MS)
        self._recount.timeout.connect(self._recount_note)
        #: The first note, a moment after a file opens (owned here: it dies with the window).
        self._first_note = QTimer(self)
        self._first_note.setSingleShot(True)
        self._first_note.setInterval(REMIND_AFTER_MS)
        self._first_note.timeout.connect(self._note_now)
        f.ruleCheck.toggled.connect(self._rule_edited)
        f.monthsSpin.editingFinished.connect(self._rule_edited)
        f.footerCheck.toggled.connect(self._rule_edited)
        f.dueTable.doubleClicked.connect(self._open_index)
        f.dueTable.selectionModel().selectionChanged.connect(self._update_buttons)
        f.openButton.clicked.connect(lambda: self._open_index(f.dueTable.currentIndex()))
        f.eraseSelectedButton.clicked.connect(lambda: self.erase(self.selected()))
        f.eraseAllButton.clicked.connect(lambda: self.erase(list(self.model.rows)))
        f.buttonBox.rejected.connect(self.close)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

    # following the file ----------------------------------------------------------------------

    def set_database(self, db: Workspace | None) -> None:
        self._db = db
        self._stale = True
        self._notes().remove(BAR)
        if db is not None and self.isVisible():
            self.refresh()
        elif db is not None:  # say who is due once the window shows the file
            self._first_note.start()
        else:
            self._first_note.stop()

    def _notes(self) -> NoticeArea:
        return self.window_.disk.notes

    def _remind(self, db: Workspace) -> None:
        """A note across the window when people are due (the file may have changed since)."""
        if db is not self._db or self._db is None or not shiboken6.isValid(self):
            return
        try:
            with db.reader() as s:
                due = len(retention.due_for_erasure(s))
        except HirefileError:  # the file went bad or away: the window's file watch says so
            return
        self._show_reminder(due)

    def _show_reminder(self, due: int) -> None:
        notes = self._notes()
        if not due:
            notes.remove(BAR)
            return
        text = (f"{count_text(due, 'candidate is', 'candidates are')} due for erasure under "
                "this file's retention rule or their keep-until dates.")
        bar = notes.bar(BAR)
        if bar is not None:
            bar.set_text(text)
            return
        bar = notes.show_bar(NoticeBar(BAR, text))
        bar.add_button("Review…", self.bring_up)
        bar.sig_closed.connect(lambda: notes.remove(BAR))

    def file_changed(self, _change: object = None) -> None:
        """The window's change notification: any change may make someone due or not."""
        self._stale = True
        if self.isVisible():
            self.refresh()
        elif self._db is not None and self._notes().bar(BAR) is not None:
            self._recount.start()  # the note across the window stays true

    def _recount_note(self) -> None:
        if self._notes().bar(BAR) is not None:
            self._note_now()

    def _note_now(self) -> None:
        if self._db is not None:
            self._remind(self._db)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def bring_up(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def refresh(self) -> None:
        self._stale = False
        db = self._db
        if db is None:
            self.model.set_rows([])
            return
        with db.reader() as s:
            self.rule = retention.rule(s)
            due = retention.due_for_erasure(s)
        self._show_rule()
        self.model.set_rows(due)
        if self._notes().bar(BAR) is not None:  # the note, when shown, follows the list
            self._show_reminder(len(due))
        f = self.form
        f.dueTitle.setText(f"Due for erasure ({len(due):,})" if due else "Due for erasure")
        f.dueTable.setVisible(bool(due))
        f.emptyLabel.setVisible(not due)
        f.emptyLabel.setText("Nobody is due for erasure." if self.rule.active else
                             "Nobody is due for erasure. Set a rule to have people you did "
                             "not hire listed here when their time has come.")
        read_only = db.read_only
        for w in (f.ruleCheck, f.monthsSpin, f.footerCheck):
            w.setEnabled(not read_only)
        f.monthsSpin.setEnabled(not read_only and self.rule.active)
        f.footerCheck.setEnabled(not read_only and self.rule.active)
        self._update_buttons()

    def _show_rule(self) -> None:
        f = self.form
        self._filling = True
        try:
            f.ruleCheck.setChecked(self.rule.active)
            if self.rule.months is not None:
                f.monthsSpin.setValue(self.rule.months)
            f.footerCheck.setChecked(self.rule.in_job_description)
        finally:
            self._filling = False
        f.ruleLabel.setText(rule_summary(self.rule) + (
            "\nJob descriptions end with it, in words an applicant reads."
            if self.rule.in_job_description else ""))

    # the rule --------------------------------------------------------------------------------

    def _rule_edited(self, *_args: Any) -> None:
        if self._filling or self._db is None or self._db.read_only:
            return
        f = self.form
        on = f.ruleCheck.isChecked()
        after = RetentionRule(f.monthsSpin.value() if on else None,
                              on and f.footerCheck.isChecked())
        if after == self.rule:
            self.refresh()  # the enabled state follows the check box
            return
        try:
            apply(self.window_.undo_stack,
                  SetRetentionRule(self._db, lambda: None, self.rule, after))
        except HirefileError as exc:
            messages.show_problem(self, "Could not set the retention rule", exc.message)
            self.refresh()

    # erasing ---------------------------------------------------------------------------------

    def selected(self) -> list[Due]:
        rows = sorted({i.row() for i in self.form.dueTable.selectionModel().selectedRows()})
        return [d for r in rows if (d := self.model.row_at(r)) is not None]

    def _update_buttons(self, *_args: Any) -> None:
        f = self.form
        writable = self._db is not None and not self._db.read_only
        chosen = self.selected()
        current = self.model.row_at(f.dueTable.currentIndex().row()) \
            if f.dueTable.currentIndex().isValid() else None
        f.openButton.setEnabled(current is not None and current.why is not Why.REMOVED)
        f.eraseSelectedButton.setEnabled(writable and bool(chosen))
        f.eraseSelectedButton.setText(f"Erase &Selected ({len(chosen):,})…" if chosen
                                      else "Erase &Selected…")
        f.eraseAllButton.setEnabled(writable and self.model.rowCount() > 0)

    def erase(self, due: list[Due]) -> bool:
        """Ask once, then erase those still due (one backup, one vacuum) under a wait cursor;
        True when anyone was erased."""
        db = self._db
        if db is None or not due:
            return False
        if db.read_only:
            messages.show_problem(self, "Erase Personal Data",
                                  f"{db.path.name} is open read-only: nothing was erased.")
            return False
        if not messages.confirm_bulk_erase(self, [d.name for d in due]):
            return False
        try:
            with waiting():
                report, kept = retention.erase_due(db, [d.candidate_id for d in due])
        except HirefileError as exc:
            messages.show_problem(self, "Could not erase the personal data", exc.message)
            return False
        window = self.window_
        window.undo_stack.clear()  # no step may put anyone's data back
        line = report.line() if report is not None else "Nobody was erased"
        if kept:
            line += (f". {count_text(len(kept), 'person was', 'people were')} no longer due "
                     "(changed meanwhile) and kept")
        self.form.resultLabel.setText(line)
        window.statusBar().showMessage(line, 10000)
        window.changes.changed(EVERYTHING)
        return report is not None

    # opening ---------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        due = self.model.row_at(index.row()) if index.isValid() else None
        if due is None or due.why is Why.REMOVED:
            return
        self.window_.open_candidate(due.candidate_id)
        self.window_.raise_()
        self.window_.activateWindow()


def install(window: MainWindow) -> PrivacyDialog:
    """File → Privacy and Retention…, after Company Profile…; the page follows the window's
    file and its change notification."""
    page = PrivacyDialog(window)
    action = QAction("Pri&vacy and Retention…", window)
    action.setObjectName("actionPrivacy")
    action.setStatusTip("How long candidates' data is kept, and who is due for erasure")
    action.triggered.connect(page.bring_up)
    menu = window.form.menuFile
    actions = menu.actions()
    at = actions.index(window.action_company) + 1
    menu.insertAction(actions[at] if at < len(actions) else None, action)  # type: ignore[arg-type]
    window.changes.sig_changed.connect(page.file_changed)
    page.action = action  # type: ignore[attr-defined]
    return page

