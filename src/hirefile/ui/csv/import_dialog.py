"""Importing candidates from a CSV file: choose it, check the mapping, see a preview, import,
read the report.

Reading and planning are the services' (`read_csv`, `plan_rows`); the dialog only shows what
they make of the file and lets the person correct the mapping, so the preview is exactly what
the import will do. What in the file may lose or merge rows (an unclosed quote, bytes that are
not UTF-8) is listed above the preview with its lines, and nothing can be imported until the
person corrects the file, reads it in another encoding, or ticks "Import anyway".

The import runs in one session (all rows or none) with a progress dialog; cancelling it rolls
everything back. It is not an undo step: its report says line by line what happened instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QProgressDialog,
    QTableView,
    QWidget,
)

from hirefile.domain.csv_layouts import guess_mapping
from hirefile.errors import HirefileError
from hirefile.paths import log_dir
from hirefile.services import listing
from hirefile.services.csv_import import (
    ENCODING_NAMES,
    REPORT_LINES,
    CsvTable,
    ImportCancelled,
    ImportReport,
    RowPlan,
    import_rows,
    plan_rows,
    read_csv,
    report_lines,
)
from hirefile.services.dedupe import Match, find_duplicates
from hirefile.storage.database import Database
from hirefile.ui.candidate.style import STYLE
from hirefile.ui.common import set_flag, show_text
from hirefile.ui.csv import files
from hirefile.ui.csv.models import MappingDelegate, MappingModel, PreviewModel, PreviewRow
from hirefile.ui.generated.ui_import_csv import Ui_ImportCsvDialog

PREVIEW_ROWS = 20
NAME_TARGETS = {"full_name", "first_name", "last_name"}
#: What "Read as" offers: recognised, or one the person chooses.
ENCODINGS = (None, "utf-8", "cp1252", "latin-1", "utf-16", "cp1250", "cp1251", "shift_jis",
             "gb18030")


def _likely_same(match: Match, plan: RowPlan) -> bool:
    """What the import treats as the same person: a shared contact, or the very same name and
    no different e-mail (the same row imported again)."""
    if match.strong:
        return True
    email = (plan.draft.email or "").strip().lower()
    return "similar name (100%)" in match.reasons and (not email or not match.email
                                                       or email == match.email)


def _configure(view: QTableView, widths: tuple[int, ...], stretch: int) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(30)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    hh = view.horizontalHeader()
    hh.setHighlightSections(False)
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)
    hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ImportCsvDialog(QDialog):
    """Choose → map and preview → import → report. `run` shows it and returns the report."""

    #: Candidates were imported (argument: the `ImportReport`).
    sig_imported = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ImportCsvDialog()
        self.form.setupUi(self)
        self.setStyleSheet(STYLE)
        self._db = db
        self.path: Path | None = None
        self.table: CsvTable | None = None
        self.plans: list[RowPlan] = []
        self.report: ImportReport | None = None
        #: The progress dialog of the import running now (None otherwise).
        self.progress_dialog: QProgressDialog | None = None
        f = self.form
        self.mapping_model = MappingModel(self)
        self.preview_model = PreviewModel(self)
        f.mappingTable.setModel(self.mapping_model)
        f.mappingTable.setItemDelegateForColumn(1, MappingDelegate(f.mappingTable))
        f.mappingTable.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed)
        f.mappingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        _configure(f.mappingTable, (220, 210, 300), 2)
        f.mappingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        f.previewTable.setModel(self.preview_model)
        _configure(f.previewTable, (50, 170, 200, 140, 170, 80, 300), 6)
        f.setupSplitter.setSizes([330, 390])
        f.problemFrame.hide()
        f.warningBanner.hide()
        for codec in ENCODINGS:
            f.encodingCombo.addItem(ENCODING_NAMES[codec] if codec else "Recognise", codec)
        f.importButton.setDefault(True)
        self._fill_roles()
        self._connect()
        self._show_step()

    def _connect(self) -> None:
        f = self.form
        f.chooseButton.clicked.connect(self.choose_file)
        f.importButton.clicked.connect(self.import_now)
        f.cancelButton.clicked.connect(self.reject)
        f.roleCombo.currentIndexChanged.connect(lambda _i: self.update_preview())
        f.encodingCombo.currentIndexChanged.connect(self._reload)
        f.importAnywayCheck.toggled.connect(lambda _on: self._update_import_button())
        self.mapping_model.sig_mapping_changed.connect(self.update_preview)

    @classmethod
    def run(cls, parent: QWidget | None, db: Database) -> ImportReport | None:
        """Show the dialog; the report of what was imported, or None when nothing was."""
        dialog = cls(db, parent)
        screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
        dialog.resize(min(1120, screen.width() - 40), min(820, screen.height() - 40))
        dialog.exec()
        return dialog.report

    def _fill_roles(self) -> None:
        combo = self.form.roleCombo
        combo.clear()
        combo.addItem("No role (or the file's Role column)", None)
        with self._db.reader() as s:
            for r in listing.role_rows(s):
                combo.addItem(f"{r.title}  ·  {r.status}", r.id)

    # the file --------------------------------------------------------------------------------

    def choose_file(self) -> bool:
        start = self.path.parent if self.path is not None else self._db.path.parent
        path = files.ask_csv_file(self, start)
        return self.load_file(path) if path is not None else False

    def load_file(self, path: Path) -> bool:
        """Read `path` and show its mapping and preview; a file that cannot be read is said."""
        f = self.form
        self.path = path
        f.fileEdit.setText(str(path))
        f.fileEdit.setToolTip(str(path))
        try:
            table = read_csv(path, encoding=f.encodingCombo.currentData())
        except HirefileError as exc:
            self.table, self.plans = None, []
            self.mapping_model.set_table(None)
            self.preview_model.set_rows([])
            self._problem(exc.message)
            f.fileInfoLabel.clear()
            self._show_step()
            return False
        self.table = table
        self._problem("")
        separator = {",": "comma", ";": "semicolon", "\t": "tab"}.get(table.delimiter,
                                                                      table.delimiter)
        f.fileInfoLabel.setText(f"{len(table.rows):,} rows · {len(table.headers)} columns · "
                                f"separated by {separator} · {table.encoding}"
                                + "".join(f" · {note}" for note in table.notes))
        self._show_file_problems(table)
        self.mapping_model.set_table(table, guess_mapping(table.headers))
        self.update_preview()
        self._show_step()
        f.mappingTable.setFocus()
        f.mappingTable.setCurrentIndex(self.mapping_model.index(0, 1))
        return True

    def _reload(self) -> None:
        if self.path is not None and self.report is None:
            self.load_file(self.path)

    def _show_file_problems(self, table: CsvTable) -> None:
        """List what may lose or merge rows; importing then waits for "Import anyway"."""
        f = self.form
        f.fileProblemsList.clear()
        f.importAnywayCheck.setChecked(False)
        n = len(table.problems)
        f.warningBanner.setVisible(bool(n))
        if not n:
            return
        f.fileProblemsTitle.setText(
            f"This file may lose or merge rows ({n:,} problem{'s' if n != 1 else ''}). "
            f"Nothing is imported until you decide: correct the file and choose it again, "
            f"read it in another encoding (Read as), or import it anyway.")
        f.fileProblemsList.addItems([str(p) for p in table.problems[:REPORT_LINES]])
        if n > REPORT_LINES:
            f.fileProblemsList.addItem(f"… and {n - REPORT_LINES:,} more")

    def _problem(self, text: str) -> None:
        show_text(self.form.problemLabel, text)
        self.form.problemFrame.setVisible(bool(text))

    # mapping and preview ---------------------------------------------------------------------

    @property
    def role_id(self) -> str | None:
        return self.form.roleCombo.currentData()

    def update_preview(self) -> None:
        f = self.form
        if self.table is None:
            return
        mapping = self.mapping_model.mapping
        try:
            self.plans = plan_rows(self.table, mapping)
        except HirefileError as exc:
            self.plans = []
            self._problem(exc.message)
            return
        role_title = f.roleCombo.currentText().split("  ·  ")[0] if self.role_id else None
        rows = []
        with self._db.reader() as s:
            for plan in self.plans[:PREVIEW_ROWS]:
                rows.append(self._preview_row(s, plan, role_title))
        self.preview_model.set_rows(rows)
        bad = sum(1 for p in self.plans if p.problems)
        has_name = bool(NAME_TARGETS & set(mapping))
        if not has_name:
            text = "Choose which column holds the name (Full name, or First and Last name)"
        else:
            text = (f"{len(self.plans) - bad:,} to import"
                    + (f", {bad:,} with problems (skipped)" if bad else ""))
        f.summaryLabel.setText(text)
        set_flag(f.summaryLabel, "warning", not has_name)
        self._update_import_button()

    def _update_import_button(self) -> None:
        f = self.form
        if self.table is None:
            return
        has_name = bool(NAME_TARGETS & set(self.mapping_model.mapping))
        some = any(not p.problems for p in self.plans)
        decided = not self.table.problems or f.importAnywayCheck.isChecked()
        f.importButton.setEnabled(has_name and some and decided)

    @staticmethod
    def _preview_row(session: object, plan: RowPlan, role_title: str | None) -> PreviewRow:
        d = plan.draft
        source = d.source.label + (f": {d.source_detail}" if d.source_detail else "")
        role = role_title or plan.role_title or ""
        stage = plan.stage_name or ("first stage" if role else "")
        if plan.problems:
            return PreviewRow(plan.line, d.full_name, d.email or "", source, role, stage,
                              "Skipped: " + "; ".join(plan.problems), "problem")
        matches = find_duplicates(session, d)  # type: ignore[arg-type]
        same = [m for m in matches if _likely_same(m, plan)]
        if same:
            m = same[0]
            other = "" if m.name.casefold() == d.full_name.casefold() else f" as {m.name}"
            status = f"Already here{other} ({', '.join(m.reasons)})"
            return PreviewRow(plan.line, d.full_name, d.email or "", source, role, stage,
                              status, "duplicate")
        return PreviewRow(plan.line, d.full_name, d.email or "", source, role, stage,
                          "New candidate", "new")

    # importing -------------------------------------------------------------------------------

    def import_now(self) -> ImportReport | None:
        """Import every planned row in one session, with a progress dialog whose Cancel rolls
        the whole import back, then show the report."""
        table = self.table
        if table is None or not self.plans or self.path is None:
            return None
        if table.problems and not self.form.importAnywayCheck.isChecked():
            return None
        total = len(self.plans)
        progress = self.progress_dialog = QProgressDialog(
            f"Importing {total:,} rows from {self.path.name}…", "Cancel", 0, total, self)
        progress.setWindowTitle("Import CSV")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setValue(0)

        def step(done: int) -> None:
            progress.setValue(min(done, total))
            QCoreApplication.processEvents()
            if progress.wasCanceled():
                raise ImportCancelled

        try:
            with self._db.session() as s:
                report = import_rows(s, self.plans, role_id=self.role_id,
                                     file_name=self.path.name, progress=step)
        except ImportCancelled as exc:
            self._problem(exc.message)
            return None
        except HirefileError as exc:
            self._problem(f"Nothing was imported: {exc.message}")
            return None
        finally:
            progress.close()
            progress.deleteLater()
            self.progress_dialog = None
        report.note_file(table)
        self._problem("")
        self.report = report
        self._show_report(report)
        self.sig_imported.emit(report)
        return report

    def _show_report(self, report: ImportReport) -> None:
        f = self.form
        f.importedCount.setText(f"{len(report.imported):,}")
        f.duplicateCount.setText(f"{len(report.duplicates):,}")
        f.skippedCount.setText(f"{len(report.skipped):,}")
        f.reportTitle.setText(f"Imported from {self.path.name if self.path else 'the file'}"
                              + (f"; {report.applications} added to a role's pipeline"
                                 if report.applications else ""))
        lines = report_lines(report, self.path, log_dir()) if self.path else report.lines()
        details = [line.strip() for line in lines[1:]]
        f.reportText.setPlainText("\n".join(details) if details
                                  else "Every row was imported as a new candidate.")
        self._show_step()
        f.cancelButton.setFocus()

    def _show_step(self) -> None:
        f = self.form
        if self.report is not None:
            f.steps.setCurrentWidget(f.reportPage)
            f.importButton.hide()
            f.chooseButton.setEnabled(False)
            f.cancelButton.setText("Close")
            f.cancelButton.setDefault(True)
        elif self.table is not None:
            f.steps.setCurrentWidget(f.setupPage)
        else:
            f.steps.setCurrentWidget(f.startPage)
            f.importButton.setEnabled(False)
