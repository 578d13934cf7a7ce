"""Saving documents from the GUI: offer letters, job descriptions, packets, debriefs and the
hiring report (PDF or CSV).

Each `export_*` helper takes the widget it is called from, the open file and a key, and does
the whole errand: asks what it must (template problems, whether to include feedback), asks
where to save with a suggested name, builds the document under a wait cursor, then says
"Saved to …" in the window's status bar with an Open button. A problem the person can act on
(a folder that does not exist or is read-only, a full disk, a withdrawn offer) is shown as its
sentence, never as a traceback, and leaves no file behind (writes are atomic). Every question
is a module function or a dialog's `ask`, so tests stub them. Each helper returns the path it
wrote, or None when cancelled or refused.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from hirefile.errors import HirefileError, NotFound
from hirefile.services import documents, listing, offers, packets, report_files, reports, roles
from hirefile.services.workspace import Workspace
from hirefile.settings import Settings
from hirefile.ui import file_dialogs, messages, theme
from hirefile.ui.common import run_modal
from hirefile.ui.generated.ui_export_packet import Ui_PacketOptions
from hirefile.ui.offers.style import style_sheet
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

log = logging.getLogger(__name__)

PDF_FILTER = "PDF document (*.pdf)"
MARKDOWN_FILTER = "Markdown text, for job boards (*.md)"
JSON_LD_FILTER = "Job posting for a careers page, JSON-LD (*.jsonld *.json)"
FOLDER_KEY = "export_folder"
#: How long the "Saved to …" note stays in the status bar.
NOTE_MS = 30_000


# file names and folders --------------------------------------------------------------------------

def file_name(*parts: str, suffix: str = ".pdf") -> str:
    """`Offer letter - Łucja Wiśniewska.pdf`: the parts joined, with characters no file system
    accepts taken out (names keep their letters, in any script)."""
    text = " - ".join(p for p in (" ".join(p.split()) for p in parts) if p)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return (" ".join(text.split())[:150] or "Document") + suffix


def export_folder() -> Path:
    """Where the last document was saved, else the Documents folder, else home."""
    saved = Settings().get(FOLDER_KEY)
    if isinstance(saved, str) and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def _remember_folder(path: Path) -> None:
    try:
        Settings().set(FOLDER_KEY, str(path.parent))
    except (OSError, HirefileError):  # a preference, not worth a message
        log.info("could not remember the export folder", exc_info=True)


def _suffixes(name_filter: str) -> list[str]:
    return [s.lstrip("*").lower() for s in re.findall(r"\*\.\w+", name_filter)]


def ask_save_path(parent: QWidget | None, title: str, suggested: Path,
                  filters: Sequence[str] = (PDF_FILTER,)) -> Path | None:
    """Where to save (the suffix of the chosen type added when left out), or None.

    A name that is a database or the open file is refused and the dialog opens again."""
    allowed = [s for f in filters for s in _suffixes(f)]

    def complete(path: Path, chosen: str) -> Path:
        if path.suffix.lower() in allowed:
            return path
        return file_dialogs.with_suffix(path, _suffixes(chosen or filters[0])[0])

    return file_dialogs.ask_save_target(parent, title, suggested, ";;".join(filters),
                                        filters[0], complete)


# questions ---------------------------------------------------------------------------------------

def confirm_template_problems(parent: QWidget | None, candidate: str, unknown: list[str],
                              empty: list[str]) -> bool:
    """The letter's placeholders that would print badly; True to export anyway."""
    lines = []
    if unknown:
        lines.append("Not placeholders (they would print as typed): "
                     + ", ".join("{" + n + "}" for n in unknown))
    if empty:
        lines.append("Nothing to fill in for (the letter would have a gap): "
                     + ", ".join("{" + n + "}" for n in empty))
    box = QMessageBox(QMessageBox.Icon.Warning, "Offer letter",
                      f"The letter to {isolate(candidate)} has placeholders to check.",
                      parent=parent)
    box.setInformativeText("\n\n".join(lines) + "\n\nCorrect them in the offer's Letter tab, "
                           "or export the letter as it is.")
    export = box.addButton("Export Anyway", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    run_modal(box)
    return box.clickedButton() is export


class PacketOptions(QDialog):
    """Whether an interview packet carries others' submitted feedback (default: no)."""

    def __init__(self, parent: QWidget | None, candidate: str) -> None:
        super().__init__(parent)
        self.form = f = Ui_PacketOptions()
        f.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        f.headline.setText(f"Interview packet for {isolate(candidate)}")
        f.okButton.clicked.connect(self.accept)
        f.cancelButton.clicked.connect(self.reject)
        f.withoutRadio.setFocus()
        self.resize(560, 360)

    @property
    def include_feedback(self) -> bool:
        return self.form.withRadio.isChecked()

    @classmethod
    def ask(cls, parent: QWidget | None, candidate: str) -> bool | None:
        """True to include others' feedback, False to leave it out, None when cancelled."""
        dialog = cls(parent, candidate)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        include = dialog.include_feedback if accepted else None
        dialog.deleteLater()
        return include


# after saving ------------------------------------------------------------------------------------

def open_file(path: Path) -> None:
    """Open a saved document in the system's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SavedNote(QFrame):
    """`Saved the offer letter to …  [Open]` in the status bar, until the next one."""

    def __init__(self, path: Path, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNote")
        self.path = path
        self.label = QLabel(f"Saved the {what} to {isolate(str(path))}", self)
        self.label.setToolTip(str(path))
        theme.keep_style(self.label, lambda: f"color: {theme.TEXT};")
        self.open_button = QPushButton("Open", self)
        self.open_button.setToolTip(f"Open {isolate(path.name)}")
        theme.keep_style(self.open_button, lambda: (
            f"QPushButton {{ border: 1px solid {theme.CONTROL_LINE}; border-radius: 5px;"
            f" padding: 1px 12px; background: {theme.SURFACE}; color: {theme.ACCENT_DARK};"
            f" font-weight: 600; }} QPushButton:hover {{ background: {theme.ACCENT_SOFT}; }}"))
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName("Dismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(close)
        layout.addStretch(1)
        self.open_button.clicked.connect(lambda: open_file(self.path))
        close.clicked.connect(self.dismiss)

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    return widget


def show_saved(parent: QWidget | None, path: Path, what: str) -> None:
    """Say where the document went, with a button that opens it."""
    window = _main_window(parent)
    if window is None:  # a dialog on its own: a message box that does not block
        box = QMessageBox(QMessageBox.Icon.Information, "Saved",
                          f"Saved the {what} to {isolate(str(path))}",
                          QMessageBox.StandardButton.Close, parent)
        open_button = box.addButton("Open", QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: open_file(path))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return
    bar = window.statusBar()
    for old in bar.findChildren(SavedNote):
        old.dismiss()
    bar.clearMessage()
    note = SavedNote(path, what, bar)
    bar.addWidget(note, 1)
    note.show()
    QTimer.singleShot(NOTE_MS, note, note.dismiss)


# the errand --------------------------------------------------------------------------------------

def _write(parent: QWidget | None, what: str, build: Callable[[], Path]) -> Path | None:
    """Build and write under a wait cursor; a known problem is said in a sentence."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        QApplication.processEvents()  # let the cursor show before the (short) build
        path = build()
    except HirefileError as exc:
        failure: HirefileError | None = exc
    else:
        failure = None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if failure is not None:
        log.info("could not save the %s: %s", what, failure.message)
        messages.show_problem(parent, f"Could not save the {what}", failure.message)
        return None
    _remember_folder(path)
    show_saved(parent, path, what)
    return path


#: The errand's last step, for modules that save more than documents (personal data).
write_with_wait = _write


def _read(parent: QWidget | None, what: str, read: Callable[[], object]) -> object | None:
    try:
        return read()
    except HirefileError as exc:
        messages.show_problem(parent, f"Could not save the {what}", exc.message)
        return None


def export_offer_letter(parent: QWidget | None, db: Workspace, offer_id: str) -> Path | None:
    """The offer letter as a PDF, after listing the template's problems (if any)."""
    what = "offer letter"

    def read() -> tuple[str, list[str], list[str]]:
        with db.reader() as s:
            o = offers.get_offer(s, offer_id)
            return (o.candidate_name, *documents.template_problems(s, offer_id))

    found = _read(parent, what, read)
    if found is None:
        return None
    name, unknown, empty = cast(tuple[str, list[str], list[str]], found)
    allow = bool(unknown or empty)
    if allow and not confirm_template_problems(parent, name, unknown, empty):
        return None
    path = ask_save_path(parent, "Save the Offer Letter",
                         export_folder() / file_name("Offer letter", name))
    if path is None:
        return None

    def build() -> Path:
        with db.reader() as s:
            return documents.export_offer_letter(s, offer_id, path, allow_empty=allow)

    return _write(parent, what, build)


def export_job_description(parent: QWidget | None, db: Workspace, role_id: str) -> Path | None:
    """The role's job description: PDF, or Markdown when the chosen name ends in `.md`, or
    the schema.org `JobPosting` JSON-LD for a careers page (`.jsonld`, `.json`)."""
    what = "job description"

    def read() -> str:
        with db.reader() as s:
            return roles.role_draft(s, role_id).title

    title = _read(parent, what, read)
    if title is None:
        return None
    path = ask_save_path(parent, "Save the Job Description",
                         export_folder() / file_name("Job description", str(title)),
                         (PDF_FILTER, MARKDOWN_FILTER, JSON_LD_FILTER))
    if path is None:
        return None
    posting = path.suffix.lower() in (".jsonld", ".json")

    def build() -> Path:
        with db.reader() as s:
            if posting:
                from hirefile.services.job_posting import export_job_posting

                return export_job_posting(s, role_id, path)
            return documents.export_job_description(s, role_id, path)

    return _write(parent, "job posting" if posting else what, build)


def _application(db: Workspace, application_id: str) -> listing.ApplicationRow:
    with db.reader() as s:
        row = listing.application_rows(s, [application_id]).get(application_id)
    if row is None:
        raise NotFound("That candidate is no longer in this role's pipeline")
    return row


def export_packet(parent: QWidget | None, db: Workspace, application_id: str) -> Path | None:
    """The interview packet; asks first whether others' submitted feedback goes in."""
    what = "interview packet"
    row = _read(parent, what, lambda: _application(db, application_id))
    if not isinstance(row, listing.ApplicationRow):
        return None
    include = PacketOptions.ask(parent, row.candidate)
    if include is None:
        return None
    path = ask_save_path(parent, "Save the Interview Packet", export_folder() / file_name(
        "Interview packet", f"{row.candidate} ({row.role})"))
    if path is None:
        return None

    def build() -> Path:
        with db.reader() as s:
            return packets.export_packet(s, application_id, path, include_feedback=include,
                                         viewer_id=db.identity.person_id)

    return _write(parent, what, build)


def export_debrief(parent: QWidget | None, db: Workspace, application_id: str) -> Path | None:
    """The debrief summary: all submitted feedback side by side, and the decision."""
    what = "debrief summary"
    row = _read(parent, what, lambda: _application(db, application_id))
    if not isinstance(row, listing.ApplicationRow):
        return None
    path = ask_save_path(parent, "Save the Debrief Summary", export_folder() / file_name(
        "Debrief", f"{row.candidate} ({row.role})"))
    if path is None:
        return None

    def build() -> Path:
        with db.reader() as s:
            return packets.export_debrief(s, application_id, path,
                                          viewer_id=db.identity.person_id)

    return _write(parent, what, build)


REPORT_CSV_FILTER = "CSV file, for a spreadsheet (*.csv)"


def export_report(parent: QWidget | None, db: Workspace, scope: reports.Scope, *,
                  as_csv: bool = False) -> Path | None:
    """The hiring report for `scope` (role and dates, as the Reports page shows them): a PDF
    with its charts and tables, or one CSV file. Read again when written, so it holds the
    file's figures at that moment."""
    what = "report CSV" if as_csv else "report"

    def read() -> str:
        if scope.role_id is None:
            return reports.scope_text(scope, None)
        with db.reader() as s:
            return reports.scope_text(scope, roles.role_draft(s, scope.role_id).title)

    title = _read(parent, what, read)
    if title is None:
        return None
    path = ask_save_path(parent, "Save the Report as CSV" if as_csv else "Save the Report",
                         export_folder() / file_name("Hiring report", str(title),
                                                     suffix=".csv" if as_csv else ".pdf"),
                         (REPORT_CSV_FILTER,) if as_csv else (PDF_FILTER,))
    if path is None:
        return None

    def build() -> Path:
        with db.reader() as s:
            return report_files.export_report(s, reports.report(s, scope), path)

    return _write(parent, what, build)
