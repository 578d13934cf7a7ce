"""Importing candidates from a CSV file: choose it, check the mapping, see a preview, import,
read the report.

Reading and planning are the services' (`read_csv`, `plan_rows`); the dialog only shows what
they make of the file and lets the person correct the mapping, so the preview is exactly what
the import will do. What in the file may lose or merge rows (an unclosed quote, bytes that are
not UTF-8) is listed above the preview with its lines, and nothing can be imported until the
person corrects the file, reads it in another encoding, or ticks "Import anyway".

Before importing, every row is checked against the file (`check_rows`: one query, in memory,
so a file of 20,000 rows is previewed in about a second): a row for someone already here is
skipped unless the person chooses otherwise, and a row that may be someone (a similar name)
waits for the person's choice — Skip, Import as new, or Add to that person — in the preview's
Choice column or its context menu. A row whose contacts match a person erased from this file
says when they were erased and is skipped unless the person chooses Import anyway. The summary
counts what each choice will do, and Import says how many rows still need a choice.

The import runs in one session (all rows or none) with a progress dialog; cancelling it rolls
everything back. The page that opened the dialog records a finished import as one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
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
    Choice,
    CsvTable,
    ImportCancelled,
    ImportReport,
    RowCheck,
    RowPlan,
    addition,
    check_rows,
    import_rows,
    plan_rows,
    read_csv,
    report_lines,
)
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.candidate.style import style_sheet
from hirefile.ui.common import run_modal, set_flag, show_text
from hirefile.ui.csv import files
from hirefile.ui.csv.models import (
    COL_CHOICE,
    IMPORT_ANYWAY,
    ChoiceDelegate,
    MappingDelegate,
    MappingModel,
    PreviewModel,
    PreviewRow,
)
from hirefile.ui.generated.ui_import_csv import Ui_ImportCsvDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.sharing.backups import backup_before
from hirefile.ui.text import isolate

NAME_TARGETS = {"full_name", "first_name", "last_name"}
#: What "Read as" offers: recognised, or one the person chooses.
ENCODINGS = (None, "utf-8", "cp1252", "latin-1", "utf-16", "cp1250", "cp1251", "shift_jis",
             "gb18030")


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

    def __init__(self, db: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ImportCsvDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
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
        _configure(f.previewTable, (44, 140, 160, 84, 100, 70, 260, 160), 6)
        f.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        f.previewTable.setItemDelegateForColumn(COL_CHOICE, ChoiceDelegate(f.previewTable))
        f.previewTable.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed)
        f.previewTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        #: The duplicate check of the rows, for the mapping it was made with.
        self._checks: tuple[list[str], list[RowCheck]] | None = None
        f.setupSplitter.setSizes([290, 430])
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
        self.preview_model.sig_choices_changed.connect(self._show_counts)
        self.preview_model.sig_choices_changed.connect(self._describe_additions)
        f.toCheckOnly.toggled.connect(self.preview_model.set_only_to_check)
        f.previewTable.customContextMenuRequested.connect(self._preview_menu)

    @classmethod
    def run(cls, parent: QWidget | None, db: Workspace) -> ImportReport | None:
        """Show the dialog; the report of what was imported, or None when nothing was."""
        dialog = cls(db, parent)
        dialog.resize(1120, 820)  # capped to the screen (`fit_to_screen`)
        run_modal(dialog)
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
            self.table, self.plans, self._checks = None, [], None
            self.mapping_model.set_table(None)
            self.preview_model.set_rows([])
            self._problem(exc.message)
            f.fileInfoLabel.clear()
            self._show_step()
            return False
        self.table, self._checks = table, None
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
        """Plan every row with the mapping, check it for people already here (again only when
        the mapping changed: a role changes no match), and show it."""
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
        same_mapping = self._checks is not None and self._checks[0] == mapping
        if not same_mapping:
            with self._db.reader() as s:
                self._checks = (mapping, check_rows(s, self.plans))
        assert self._checks is not None
        role_title = f.roleCombo.currentText().split("  ·  ")[0] if self.role_id else None
        self.preview_model.set_rows(
            [self._preview_row(plan, check, role_title)
             for plan, check in zip(self.plans, self._checks[1], strict=True)],
            keep_choices=same_mapping)
        self._show_counts()

    def _show_counts(self) -> None:
        """"N to import · M already here · K possible duplicates (choose) · J with problems"."""
        f = self.form
        if self.table is None:
            return
        has_name = bool(NAME_TARGETS & set(self.mapping_model.mapping))
        if not has_name:
            text = "Choose which column holds the name (Full name, or First and Last name)"
        else:
            n = self.preview_model.counts()
            parts = [f"{n['import']:,} to import"]
            if n["add"]:
                parts.append(f"{n['add']:,} to add to people already here")
            parts.append(f"{n['here']:,} already here")
            if n["skip"]:
                parts.append(f"{n['skip']:,} skipped by choice")
            parts.append(f"{n['choose']:,} possible duplicate{'s' if n['choose'] != 1 else ''}"
                         + (" (choose)" if n["choose"] else ""))
            parts.append(f"{n['problem']:,} with problems")
            for key, what in (("erased", "skipped"), ("erased_import", "imported anyway")):
                if n[key]:
                    parts.append(f"{n[key]:,} {'person' if n[key] == 1 else 'people'} erased "
                                 f"before: {what}")
            text = " · ".join(parts)
        f.summaryLabel.setText(text)
        set_flag(f.summaryLabel, "warning", not has_name or
                 bool(has_name and self.preview_model.counts()["choose"]))
        self._update_import_button()

    def _describe_additions(self) -> None:
        """Say, for each row newly chosen "Add to", what it would add (a few queries a row)."""
        rows = self.preview_model.to_describe()
        if not rows or self.path is None:
            return
        plans = {p.line: p for p in self.plans}
        with self._db.reader() as s:
            for r in rows:
                try:
                    text = addition(s, r.match_id, plans[r.line], self.path.name).text
                except HirefileError as exc:
                    text = exc.message
                self.preview_model.set_addition(r.line, text)

    def _update_import_button(self) -> None:
        f = self.form
        if self.table is None:
            return
        has_name = bool(NAME_TARGETS & set(self.mapping_model.mapping))
        n = self.preview_model.counts()
        some = n["import"] + n["add"] + n["here"] + n["skip"] + n["choose"] > 0
        decided = not self.table.problems or f.importAnywayCheck.isChecked()
        waiting = n["choose"]
        f.importButton.setText(f"Choose for {waiting:,} row{'s' if waiting != 1 else ''} first"
                               if waiting else "&Import")
        f.importButton.setToolTip(
            "Rows that may be someone already here (“Choose…” in the Choice column) wait for "
            "your choice: right-click to choose for several at once" if waiting else "")
        f.importButton.setEnabled(has_name and some and decided and not waiting)

    def _preview_row(self, plan: RowPlan, check: RowCheck, role_title: str | None,
                     ) -> PreviewRow:
        d = plan.draft
        source = d.source.label + (f": {d.source_detail}" if d.source_detail else "")
        role = role_title or plan.role_title or ""
        stage = plan.stage_name or ("first stage" if role else "")
        m = check.match
        return PreviewRow(plan.line, d.full_name, d.email or "", source, role, stage,
                          check.found, m.name if m else "", check.reasons,
                          max(check.matches - 1, 0),
                          check.erased_on or "; ".join(plan.problems),
                          m.candidate_id if m else "")

    def _preview_menu(self, at: QPoint) -> None:
        """Choose for the selected rows, or for every row still to choose."""
        view = self.form.previewTable
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        model = self.preview_model
        menu = QMenu(self)
        checkable = [r for r in rows
                     if model.row_at(r).tone in ("duplicate", "possible", "erased")]
        erased = [r for r in checkable if model.row_at(r).tone == "erased"]
        names = {model.row_at(r).match for r in checkable}
        target = isolate(names.pop()) if len(names) == 1 else "the person already here"
        for label, choice in (("Skip", Choice.SKIP),
                              (IMPORT_ANYWAY if erased == checkable else "Import as new",
                               Choice.NEW),
                              (f"Add to {target}", Choice.ADD)):
            action = menu.addAction(label + (f" ({len(checkable)} rows)"
                                             if len(checkable) > 1 else ""))
            # nobody to add a person erased from the file to
            action.setEnabled(bool(checkable) and not (choice is Choice.ADD and erased))
            action.triggered.connect(lambda _c=False, c=choice: model.choose(checkable, c))
        menu.addSeparator()
        waiting = model.counts()["choose"]
        for label, choice in (("Import every row still to choose as new", Choice.NEW),
                              ("Skip every row still to choose", Choice.SKIP)):
            action = menu.addAction(label + (f" ({waiting:,})" if waiting else ""))
            action.setEnabled(bool(waiting))
            action.triggered.connect(lambda _c=False, c=choice: model.choose_undecided(c))
        menu.popup(view.viewport().mapToGlobal(at))

    # importing -------------------------------------------------------------------------------

    def import_now(self) -> ImportReport | None:
        """Import every planned row in one session, with a progress dialog whose Cancel rolls
        the whole import back, then show the report."""
        table = self.table
        if table is None or not self.plans or self.path is None:
            return None
        if table.problems and not self.form.importAnywayCheck.isChecked():
            return None
        if self.preview_model.counts()["choose"]:
            return None
        backup_before(self._db, "import")  # never stops the import (the window says why)
        total = len(self.plans)
        progress = self.progress_dialog = QProgressDialog(
            f"Importing {total:,} rows from {isolate(self.path.name)}…", "Cancel", 0, total, self)
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
                                     file_name=self.path.name, progress=step,
                                     choices=self.preview_model.choices,
                                     targets=self.preview_model.targets)
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
        source = isolate(self.path.name) if self.path else "the file"
        f.reportTitle.setText(f"Imported from {source}"
                              + (f"; {len(report.added)} added to people already here"
                                 if report.added else "")
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
