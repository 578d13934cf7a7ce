"""Roles → Hiring Plan…: the roles in the order the company means to hire them, their target
start dates and the company's stage, with the plan's hints beside the roles they concern.

Every change (a move, a date, the stage, a dismissed hint) is one undo step on the window's
stack (Ctrl+Z works in the dialog too); the dialog reads the plan again after each. Modal,
like the other editors of the file's settings, so nothing else changes the plan while it is
open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from hirefile.domain.plan import Hint
from hirefile.domain.vocab import CompanyStage
from hirefile.errors import HirefileError
from hirefile.services import plan
from hirefile.services.plan import Plan
from hirefile.services.workspace import Workspace
from hirefile.ui import messages, theme
from hirefile.ui.commands.after import (
    DismissHint,
    MovePlanRole,
    SetCompanyStage,
    SetTargetStart,
    ShowDismissedHints,
)
from hirefile.ui.commands.base import ServiceCommand, record, undo_safely
from hirefile.ui.generated.ui_hiring_plan import Ui_HiringPlanDialog
from hirefile.ui.models.columns import day_text
from hirefile.ui.plan.table import DATE_ROLE, DateDelegate

COLUMNS = ("#", "Role", "Type", "Status", "Target start", "Hints")
COL_DATE, COL_HINTS = 4, 5


class HiringPlanDialog(QDialog):
    """The plan; `plan` is what it shows (read again after every change)."""

    def __init__(self, parent: QWidget | None, db: Workspace, stack: QUndoStack | None,
                 notify: Callable[[], None] = lambda: None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_HiringPlanDialog()
        self.form.setupUi(self)
        self._db, self._stack, self._notify, self._today = db, stack, notify, today
        self.plan = Plan(None, [])
        f = self.form
        f.stageCombo.addItem("Not set", None)
        for stage in CompanyStage:
            f.stageCombo.addItem(stage.label, stage)
        t = f.planTable
        t.setColumnCount(len(COLUMNS))
        t.setHorizontalHeaderLabels(list(COLUMNS))
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(28)
        header = t.horizontalHeader()
        for col, width in enumerate((32, 200, 125, 70, 110, 200)):
            t.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_HINTS, QHeaderView.ResizeMode.Stretch)
        self.dates = DateDelegate(t)
        t.setItemDelegateForColumn(COL_DATE, self.dates)
        self.undo_action = QAction("Undo", self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        self._connect()
        self.reload()

    def undo(self) -> None:
        """Ctrl+Z in the dialog: the window's last edit taken back (this dialog's, usually)."""
        if self._stack is None:
            return
        refused = undo_safely(self._stack)
        if refused is not None:
            messages.show_problem(self, "Could not undo", refused.message)
        self.reload()

    def _connect(self) -> None:
        f = self.form
        f.buttonBox.rejected.connect(self.reject)
        f.stageCombo.activated.connect(self._stage_chosen)
        f.planTable.sig_moved.connect(self._move)
        f.planTable.currentCellChanged.connect(lambda *_: self._show_hints())
        f.moveUpButton.clicked.connect(lambda: self._step(-1))
        f.moveDownButton.clicked.connect(lambda: self._step(+1))
        f.dismissButton.clicked.connect(self._dismiss)
        f.showDismissedButton.clicked.connect(
            lambda: self._run(ShowDismissedHints(self._db, self._notify)))
        f.hintList.currentRowChanged.connect(lambda _: self._update_buttons())
        self.dates.sig_date.connect(self._date_chosen)

    # reading -------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select or self.current_role_id()
        with self._db.reader() as s:
            self.plan = plan.read_plan(s, self._today)
        f = self.form
        f.stageCombo.setCurrentIndex(max(0, f.stageCombo.findData(self.plan.stage)))
        t = f.planTable
        t.setRowCount(len(self.plan.rows))
        row_to_select = 0
        for i, r in enumerate(self.plan.rows):
            kind = r.employment_type.label
            if r.headcount > 1:
                kind += f" × {r.headcount}"
            hints = r.hints[0].text if r.hints else ""
            if len(r.hints) > 1:
                hints = f"({len(r.hints)}) {hints}"
            cells = (str(i + 1), r.title, kind, r.status.label,
                     day_text(r.target_start) or "Not set", hints)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
                    Qt.ItemFlag.ItemIsDragEnabled
                if col == COL_DATE:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    item.setData(DATE_ROLE, r.target_start)
                item.setFlags(flags)
                if col == COL_HINTS and hints:
                    item.setForeground(QColor(theme.AMBER))
                    item.setToolTip("\n\n".join(f"{h.text}\n{h.reason}" for h in r.hints))
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col == 1:
                    item.setToolTip(f"{r.track.label}; {r.in_process} in process")
                t.setItem(i, col, item)
            if r.id == keep:
                row_to_select = i
        if self.plan.rows:
            t.setCurrentCell(row_to_select, 1)
        n = self.plan.dismissed
        f.showDismissedButton.setText(f"Show Dismissed Hints ({n})" if n else
                                      "Show Dismissed Hints")
        f.showDismissedButton.setEnabled(n > 0)
        total = len(self.plan.hints)
        f.introLabel.setToolTip(f"{total} hints" if total else "")
        self._show_hints()

    def current_role_id(self) -> str | None:
        row = self.form.planTable.currentRow()
        return self.plan.rows[row].id if 0 <= row < len(self.plan.rows) else None

    def _show_hints(self) -> None:
        f = self.form
        f.hintList.clear()
        row = f.planTable.currentRow()
        hints = self.plan.rows[row].hints if 0 <= row < len(self.plan.rows) else ()
        for h in hints:
            item = QListWidgetItem(f"{h.text}\nWhy: {h.reason}")
            item.setData(Qt.ItemDataRole.UserRole, h)
            f.hintList.addItem(item)
        if not hints:
            item = QListWidgetItem("No hints for this role." if self.plan.rows else
                                   "No roles to plan yet: add one with New role….")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            f.hintList.addItem(item)
        else:
            f.hintList.setCurrentRow(0)
        title = self.plan.rows[row].title if 0 <= row < len(self.plan.rows) else ""
        f.hintsLabel.setText(f"&Hints for “{title}”" if title else "&Hints")
        self._update_buttons()

    def _selected_hint(self) -> Hint | None:
        item = self.form.hintList.currentItem()
        hint = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return hint if isinstance(hint, Hint) else None

    def _update_buttons(self) -> None:
        f = self.form
        row, n = f.planTable.currentRow(), len(self.plan.rows)
        f.moveUpButton.setEnabled(row > 0)
        f.moveDownButton.setEnabled(0 <= row < n - 1)
        f.dismissButton.setEnabled(self._selected_hint() is not None)

    # changes -------------------------------------------------------------------------------

    def _run(self, command: ServiceCommand, select: str | None = None) -> None:
        try:
            record(self._stack, command)
        except HirefileError as exc:
            messages.show_problem(self, "Could not change the plan", exc.message)
        self.reload(select)

    def _move(self, source: int, target: int) -> None:
        r = self.plan.rows[source]
        self._run(MovePlanRole(self._db, self._notify, r.id, r.title, target), select=r.id)

    def _step(self, by: int) -> None:
        row = self.form.planTable.currentRow()
        if 0 <= row + by < len(self.plan.rows):
            self._move(row, row + by)

    def _stage_chosen(self, index: int) -> None:
        value = self.form.stageCombo.itemData(index)
        stage = CompanyStage(value) if value else None  # Qt hands a str enum back as str
        if stage != self.plan.stage:
            self._run(SetCompanyStage(self._db, self._notify, stage))

    def _date_chosen(self, row: int, day: date | None) -> None:
        r = self.plan.rows[row]
        # after the editor has closed: reading the plan again replaces the table's items
        QTimer.singleShot(0, lambda: self._run(
            SetTargetStart(self._db, self._notify, r.id, r.title, day), select=r.id))

    def _dismiss(self) -> None:
        hint = self._selected_hint()
        if hint is not None:
            self._run(DismissHint(self._db, self._notify, hint))


def show_plan(parent: QWidget | None, db: Workspace, stack: QUndoStack | None,
              notify: Callable[[], None] = lambda: None) -> None:
    dialog = HiringPlanDialog(parent, db, stack, notify)
    dialog.exec()
    dialog.deleteLater()
