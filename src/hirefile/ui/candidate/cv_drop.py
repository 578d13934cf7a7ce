"""CV files dropped on the Candidates page: read with progress, confirmed in one list, imported.

The services do the work (`services.cv_import`: `plan_cvs` reads each file and checks it with
the duplicate rules, `import_cvs` creates the candidates with their CVs attached in one
transaction); this module only shows the plans. One row per file: the fields found, and what
importing it does, in the colours of the CSV preview — new (green, ticked), maybe someone
already here (indigo, not ticked: the person decides), already here, erased or unreadable
(amber or red, not importable). Reading many files shows a progress dialog that can be
cancelled; so does the import, which then writes nothing. A backup is made before importing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirefile.errors import HirefileError
from hirefile.services.csv_import import Found, ImportCancelled
from hirefile.services.cv_import import CvImportReport, CvPlan, Progress, plan_cvs
from hirefile.services.workspace import Workspace
from hirefile.ui import messages, theme
from hirefile.ui.commands.base import Notify, record
from hirefile.ui.commands.cv_import import ImportCvs
from hirefile.ui.common import run_modal
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.sharing.backups import backup_before

COLUMNS = ("File", "Will be", "Name", "E-mail", "Phone", "Links")
COL_FILE, COL_STATUS = 0, 1
#: The widest each column starts (the full text is in each cell's tooltip); Links stretches.
_WIDTHS = (170, 240, 140, 170, 140)
#: The CSV preview's colours for the same verdicts.
_TONES = {Found.NEW: "GREEN", Found.MAYBE: "INDIGO", Found.SAME: "AMBER",
          Found.ERASED: "RED", Found.PROBLEM: "RED"}
#: From how many files reading and importing show a progress dialog at once.
PROGRESS_FROM = 5


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files among dropped items (folders and web addresses left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


def _progress(parent: QWidget | None, text: str, total: int) -> QProgressDialog:
    dialog = QProgressDialog(text, "Cancel", 0, total, parent)
    dialog.setWindowTitle("CVs")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0 if total >= PROGRESS_FROM else 400)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    return dialog


def _stepper(progress: QProgressDialog, total: int) -> Progress:
    def step(done: int) -> None:
        progress.setValue(min(done, total))
        QCoreApplication.processEvents()
        if progress.wasCanceled():
            raise ImportCancelled
    return step


def read_plans(parent: QWidget | None, db: Workspace,
               paths: Sequence[Path]) -> list[CvPlan] | None:
    """The plans of `paths`, read under a progress dialog; None when cancelled."""
    total = len(paths)
    progress = _progress(parent, f"Reading {total:,} CV{'s' if total != 1 else ''}…", total)
    try:
        with db.reader() as s:
            return plan_cvs(s, paths, progress=_stepper(progress, total))
    except ImportCancelled:
        return None
    finally:
        progress.close()
        progress.deleteLater()


class CvDropDialog(QDialog):
    """The files' plans, one row each with a tick box: Import creates the ticked ones."""

    def __init__(self, plans: Sequence[CvPlan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Candidates from CVs")
        self.plans = list(plans)
        #: The tick box of each importable file's row, by row.
        self._boxes: dict[int, QTableWidgetItem] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel("Check what was found in each CV. Ticked files become candidates, "
                            "with the CV attached; edit the details in their record later.",
                            self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(self.plans), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("CVs to add")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for row, plan in enumerate(self.plans):
            self._fill(row, plan)
        self.table.resizeColumnsToContents()
        for col, widest in enumerate(_WIDTHS):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), widest))
        layout.addWidget(self.table, 1)
        #: The current row's file in full (its verdict, the fields and links found).
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button: QPushButton = buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemChanged.connect(self._update)
        self.table.currentCellChanged.connect(self._show_detail)
        self._update()
        if self.plans:
            self.table.setCurrentCell(0, COL_FILE)
        self.resize(980, 520)
        fit_to_screen(self)

    def _fill(self, row: int, plan: CvPlan) -> None:
        d = plan.draft
        links = [v for v in (d.github_url, d.linkedin_url, d.portfolio_url) if v] if d else []
        links += [value for _, value, _ in d.links] if d else []
        shown = d is not None and plan.found is not Found.ERASED  # an erased person: no name
        cells = [plan.path.name, plan.verdict, d.full_name if shown and d else "",
                 (d.email or "") if shown and d else "", (d.phone or "") if shown and d else "",
                 ", ".join(links) if shown else ""]
        items = []
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, col, item)
            items.append(item)
        items[COL_STATUS].setForeground(QBrush(QColor(theme.colour(_TONES[plan.found]))))
        if plan.importable:
            first = self._boxes[row] = items[COL_FILE]
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked if plan.found is Found.NEW
                                else Qt.CheckState.Unchecked)
        else:
            for item in items:
                if item is not items[COL_STATUS]:
                    item.setForeground(QBrush(QColor(theme.FAINT)))

    def checked(self, row: int) -> bool:
        box = self._boxes.get(row)
        return box is not None and box.checkState() == Qt.CheckState.Checked

    def set_checked(self, row: int, on: bool) -> None:
        box = self._boxes.get(row)
        if box is not None:
            box.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _show_detail(self, row: int, *_args: object) -> None:
        self.detail.setText(self.plans[row].line() if 0 <= row < len(self.plans) else "")

    def chosen(self) -> list[CvPlan]:
        """The plans ticked."""
        return [p for row, p in enumerate(self.plans) if self.checked(row)]

    def _update(self, *_args: object) -> None:
        n = len(self.chosen())
        rest = len(self.plans) - sum(p.importable for p in self.plans)
        self.summary.setText(
            f"{n:,} of {len(self.plans):,} files will become candidates"
            + (f"; {rest:,} cannot (already here, erased or unreadable)" if rest else ""))
        self.import_button.setText(f"Import {n:,} candidate{'s' if n != 1 else ''}")
        self.import_button.setEnabled(n > 0)


def import_dropped(parent: QWidget | None, db: Workspace, paths: Sequence[Path],
                   stack: QUndoStack | None, notify: Notify, *,
                   role_id: str | None = None) -> CvImportReport | None:
    """Read, confirm and import `paths` as one undo step on `stack` (into `role_id`'s first
    stage when given: CVs dropped on a role's board); the report, or None when nothing was
    imported (cancelled, or nothing ticked). A problem is said in a box."""
    plans = read_plans(parent, db, paths)
    if plans is None:
        return None
    dialog = CvDropDialog(plans, parent)
    if run_modal(dialog) != QDialog.DialogCode.Accepted or not dialog.chosen():
        return None
    chosen = dialog.chosen()
    backup_before(db, "import")  # never stops the import (the window says why)
    total = len(chosen)
    progress = _progress(parent, f"Importing {total:,} candidate{'s' if total != 1 else ''}…",
                         total)
    try:
        command = record(stack, ImportCvs(db, notify, chosen, role_id=role_id,
                                          progress=_stepper(progress, total)))
    except HirefileError as exc:  # cancelled, or refused: nothing was written
        messages.show_problem(parent, "CVs not imported", exc.message)
        return None
    finally:
        progress.close()
        progress.deleteLater()
    return command.report
