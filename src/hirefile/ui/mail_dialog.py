"""Write E-mail…: a template filled in for one candidate, or for each of a selection.

For one person the dialog shows the template's text, filled in (`services.mail`), with the
placeholders it could not fill listed above it; the subject and the body can be edited. It
leaves as the founder chooses: "Open in Mail App" (a `mailto:` link when the message fits one,
else an `.eml` draft written to a temporary folder and opened, as a message with attachments
must be), "Save Draft…" (an `.eml` where the founder says) or "Copy" (the subject and text on
the clipboard). For a selection (bulk rejections), one `.eml` per person is written into a
folder the founder picks (never over a file already there), and those without an e-mail
address are listed and skipped. Every draft made puts one entry on the person's timeline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from hirefile.domain.mail_drafts import write_draft
from hirefile.errors import HirefileError
from hirefile.services import mail, timeline
from hirefile.services.workspace import Workspace
from hirefile.ui import exports, messages, theme
from hirefile.ui.candidate.style import style_sheet
from hirefile.ui.common import run_modal, show_text
from hirefile.ui.generated.ui_write_email import Ui_WriteEmailDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.sharing.merge_copy import waiting
from hirefile.ui.text import isolate

log = logging.getLogger(__name__)

EML_FILTER = "E-mail draft (*.eml)"
#: Where "Open in Mail App" puts a draft that does not fit a link, for the mail app to open.
DRAFTS_FOLDER = "Hirefile drafts"
#: How many names the bulk dialog lists before "and N more".
NAMES_SHOWN = 6


def ask_replace_edits(parent: QWidget | None, template_name: str) -> bool:
    """The subject or text were edited: fill them in again from the template chosen?"""
    box = QMessageBox(QMessageBox.Icon.Question, "Write E-mail",
                      "Replace your changes to the subject and text?",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(f"They are filled in again from “{template_name}”.")
    replace = box.addButton("Replace", QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton("Keep My Changes", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    run_modal(box)
    return box.clickedButton() is replace


def draft_file_name(draft: mail.Draft) -> str:
    """`Not moving forward - Ana Lima.eml`: safe on every file system."""
    return exports.file_name(draft.template_name, draft.candidate_name, suffix=".eml")


def free_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2)`, `name (3)`… when taken: a draft never replaces a file."""
    first = folder / name
    n = 2
    path = first
    while path.exists():
        path = folder / f"{first.stem} ({n}){first.suffix}"
        n += 1
    return path


def _names(names: Sequence[str]) -> str:
    shown = ", ".join(isolate(n) for n in names[:NAMES_SHOWN])
    more = len(names) - NAMES_SHOWN
    return shown + (f" and {more:,} more" if more > 0 else "")


class WriteEmailDialog(QDialog):
    """The draft for one candidate (`candidate_ids` of one), or for each of several."""

    #: What was done, in a line for the record or the page (after a draft left).
    sig_drafted = Signal(str)

    def __init__(self, parent: QWidget | None, db: Workspace, candidate_ids: Sequence[str], *,
                 template_key: str = "acknowledgement",
                 application_id: str | None = None) -> None:
        super().__init__(parent)
        self.form = f = Ui_WriteEmailDialog()
        f.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self._db, self._ids, self._application_id = db, list(candidate_ids), application_id
        self.bulk = len(self._ids) > 1
        self.draft: mail.Draft | None = None
        #: What the last fill wrote (subject, body) and the choices it was made from (template,
        #: role, reason): edits since are asked about before another fill replaces them.
        self._filled: tuple[str, str] | None = None
        self._chosen: tuple[int, int, str] = (0, 0, "")
        self.drafts: list[mail.Draft] = []
        self.skipped: list[tuple[str, str]] = []
        self._fill_templates(template_key)
        self._fill_roles()
        for w in (f.openButton, f.copyButton):
            w.setVisible(not self.bulk)
        if self.bulk:
            f.saveButton.setText("Save &Drafts to Folder…")
            f.saveButton.setToolTip("Write one .eml draft per person into a folder")
            f.subjectEdit.setReadOnly(True)
            f.bodyEdit.setReadOnly(True)
            f.subjectLabel.setText("Subject")
            f.bodyLabel.setText("First draft")
        f.templateCombo.currentIndexChanged.connect(self.refill)
        f.roleCombo.currentIndexChanged.connect(self._role_chosen)
        f.reasonEdit.editingFinished.connect(self.refill)
        f.openButton.clicked.connect(self.open_in_mail_app)
        f.saveButton.clicked.connect(self.save_to_folder if self.bulk else self.save_draft)
        f.copyButton.clicked.connect(self.copy)
        f.editTemplatesButton.clicked.connect(self.edit_templates)
        f.closeButton.clicked.connect(self.reject)
        self.refill()  # may raise: no draft for this person (the caller says why)
        self.resize(720, 620)
        f.templateCombo.setFocus()

    def _fill_templates(self, key: str) -> None:
        """The file's templates (Hirefile's, as edited here, then the file's own), `key`
        chosen (the first when it is gone)."""
        combo = self.form.templateCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            with self._db.reader() as s:
                for t in mail.templates(s):
                    combo.addItem(t.name, t.key)
            combo.setCurrentIndex(max(0, combo.findData(key)))
        finally:
            combo.blockSignals(False)

    def edit_templates(self) -> None:
        """Edit Templates…: the editor on the template chosen; the draft is filled in again
        from what was saved (asking first when the subject or text were edited here)."""
        from hirefile.ui.mail_templates_dialog import edit_templates

        key = self.template_key
        parent = self.parentWidget()
        stack = getattr(parent.window(), "undo_stack", None) if parent is not None else None
        edit_templates(self, self._db, stack, key=key)
        self._fill_templates(key)
        self._chosen = (-1, -1, "")  # the template's text may have changed: fill in again
        self.refill()

    def _fill_roles(self) -> None:
        """For one person in several roles' pipelines: which application the e-mail is about
        (the most recently moved one first chosen)."""
        f = self.form
        apps = []
        if not self.bulk:
            with self._db.reader() as s:
                apps = [(a.id, a.role) for a in timeline.applications(s, self._ids[0])]
                if self._application_id is None:
                    found = mail.pick_application(s, self._ids[0])
                    self._application_id = found.id if found is not None else None
        for app_id, role in apps:
            f.roleCombo.addItem(role, app_id)
        f.roleCombo.setCurrentIndex(max(0, f.roleCombo.findData(self._application_id)))
        f.roleLabel.setVisible(len(apps) > 1)
        f.roleCombo.setVisible(len(apps) > 1)

    def _role_chosen(self, _index: int) -> None:
        self._application_id = self.form.roleCombo.currentData()
        self.refill()

    @property
    def template_key(self) -> str:
        return str(self.form.templateCombo.currentData())

    # filling in ------------------------------------------------------------------------------

    def _edited(self) -> bool:
        f = self.form
        return (not self.bulk and self._filled is not None
                and (f.subjectEdit.text(), f.bodyEdit.toPlainText()) != self._filled)

    def _choose_again(self, chosen: tuple[int, int, str]) -> None:
        """Put the template, role and reason back as they were (no fill)."""
        f = self.form
        for w in (f.templateCombo, f.roleCombo, f.reasonEdit):
            w.blockSignals(True)
        try:
            f.templateCombo.setCurrentIndex(chosen[0])
            f.roleCombo.setCurrentIndex(chosen[1])
            self._application_id = f.roleCombo.currentData()
            f.reasonEdit.setText(chosen[2])
        finally:
            for w in (f.templateCombo, f.roleCombo, f.reasonEdit):
                w.blockSignals(False)

    def refill(self, *_args: object) -> None:
        """Fill the chosen template in again. When the subject or body were edited since the
        last fill, the person is asked first; keeping them puts the choices back."""
        f = self.form
        chosen = (f.templateCombo.currentIndex(), f.roleCombo.currentIndex(),
                  f.reasonEdit.text())
        if chosen == self._chosen and self._filled is not None:
            return  # nothing that fills the text changed (a reason left as it was)
        if self._edited() and not ask_replace_edits(self, f.templateCombo.currentText()):
            self._choose_again(self._chosen)
            return
        self._chosen = chosen
        key = self.template_key
        f.reasonLabel.setVisible(key == "rejection")
        f.reasonEdit.setVisible(key == "rejection")
        reason = f.reasonEdit.text() if key == "rejection" else None
        with waiting(), self._db.reader() as s:  # a PDF per offer letter; many people
            if self.bulk:
                self.drafts, self.skipped = mail.prepare_drafts(s, self._ids, key,
                                                                reason=reason)
                shown = self.drafts[0] if self.drafts else None
            else:
                self.draft = shown = mail.prepare_draft(s, self._ids[0], key,
                                                        application_id=self._application_id,
                                                        reason=reason)
        template_name = f.templateCombo.currentText()
        if self.bulk:
            names = [d.candidate_name for d in self.drafts]
            self.setWindowTitle(f"Write E-mail to {len(self._ids):,} People")
            f.headline.setText(f"“{template_name}” drafts for {len(names):,} of the "
                               f"{len(self._ids):,} selected")
            f.toEdit.setText(_names(names) or "Nobody: no one selected has an e-mail address")
        else:
            assert shown is not None
            self.setWindowTitle(f"Write E-mail to {shown.candidate_name}")
            f.headline.setText(f"“{template_name}” to {isolate(shown.candidate_name)}")
            f.toEdit.setText(str(shown.to))
        f.toEdit.setCursorPosition(0)
        f.subjectEdit.setText(shown.subject if shown else "")
        f.bodyEdit.setPlainText(shown.body if shown else "")
        self._filled = (f.subjectEdit.text(), f.bodyEdit.toPlainText())
        files = [a.filename for a in shown.attachments] if shown else []
        f.attachmentsLabel.setText(", ".join(files) or "Nothing")
        show_text(f.problemsLabel, self._problems())
        show_text(f.hintLabel, self._hint())
        f.saveButton.setEnabled(bool(self.drafts) if self.bulk else True)

    def _problems(self) -> str:
        if not self.bulk:
            assert self.draft is not None
            return f"Check before sending: {self.draft.problems}." if self.draft.problems \
                else ""
        lines = []
        if self.skipped:
            lines.append(f"Skipped ({len(self.skipped):,}): "
                         + "; ".join(why for _name, why in self.skipped[:NAMES_SHOWN])
                         + (f"; and {len(self.skipped) - NAMES_SHOWN:,} more"
                            if len(self.skipped) > NAMES_SHOWN else ""))
        gaps = [d for d in self.drafts if d.problems]
        if gaps:
            lines.append(f"Check before sending ({len(gaps):,} of the drafts): "
                         f"{gaps[0].problems}.")
        return "\n".join(lines)

    def _hint(self) -> str:
        readonly = " The file is open read-only: drafts are not noted on the timeline." \
            if self._db.read_only else " Each draft is noted on the person's timeline."
        if self.bulk:
            return ("One .eml draft per person, for your mail app to open and send." + readonly)
        draft = self.current()
        if draft.mailto_link() is not None:
            how = "Open in Mail App starts a new message in your mail app."
        elif draft.attachments:
            how = ("Open in Mail App opens it as a draft (.eml) with its attachments; "
                   "Copy takes the text only.")
        else:
            how = "Open in Mail App opens it as a draft (.eml): it is too long for a link."
        return how + readonly

    def current(self) -> mail.Draft:
        """The draft as edited in the dialog."""
        assert self.draft is not None
        return self.draft.edited(self.form.subjectEdit.text(), self.form.bodyEdit.toPlainText())

    # leaving ---------------------------------------------------------------------------------

    def _record(self, drafts: Sequence[mail.Draft], how: mail.How) -> str:
        """Note the drafts on the timelines; "" when done, else why not (for the line)."""
        if self._db.read_only:
            return " (not noted on the timeline: the file is open read-only)"
        try:
            with self._db.session() as s:
                for d in drafts:
                    mail.record_draft(s, d, how)
        except HirefileError as exc:
            log.info("could not note the draft: %s", exc.message)
            return f" (not noted on the timeline: {exc.message})"
        return ""

    def _done(self, line: str) -> None:
        self.sig_drafted.emit(line)
        self.accept()

    def open_in_mail_app(self) -> bool:
        draft = self.current()
        link = draft.mailto_link()
        try:
            if link is not None:
                opened = QDesktopServices.openUrl(QUrl.fromEncoded(link.encode("ascii")))
                where = "a new message"
            else:
                folder = Path(QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.TempLocation)) / DRAFTS_FOLDER
                folder.mkdir(parents=True, exist_ok=True)
                path = write_draft(free_path(folder, draft_file_name(draft)), draft.eml())
                opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                where = "a draft"
        except (HirefileError, OSError) as exc:
            text = exc.message if isinstance(exc, HirefileError) else str(exc)
            messages.show_problem(self, "Could not make the draft", text)
            return False
        if not opened:
            messages.show_problem(self, "No mail app opened the draft",
                                  "Nothing on this computer opens e-mail drafts. Use Save "
                                  "Draft… and open the file in your mail app, or Copy.")
            return False
        how: mail.How = "mailto" if link is not None else "eml"
        self._done(f"Opened {where} to {draft.candidate_name} in your mail app"
                   + self._record([draft], how) + ".")
        return True

    def save_draft(self) -> Path | None:
        draft = self.current()
        path = exports.ask_save_path(self, "Save Draft",
                                     exports.export_folder() / draft_file_name(draft),
                                     (EML_FILTER,))
        if path is None:
            return None
        try:
            data = draft.eml()
        except HirefileError as exc:
            messages.show_problem(self, "Could not make the draft", exc.message)
            return None
        saved = exports.write_with_wait(self.parentWidget(), "e-mail draft",
                                        lambda: write_draft(path, data))
        if saved is None:
            return None
        self._done(f"Saved the draft to {draft.candidate_name} as {saved.name}"
                   + self._record([draft], "eml") + ".")
        return saved

    def copy(self) -> None:
        draft = self.current()
        QGuiApplication.clipboard().setText(draft.clipboard_text())
        extra = f"; attach {', '.join(a.filename for a in draft.attachments)} yourself" \
            if draft.attachments else ""
        self._done(f"Copied the e-mail to {draft.candidate_name}{extra}"
                   + self._record([draft], "clipboard") + ".")

    def save_to_folder(self) -> list[Path]:
        """One `.eml` per person in a folder the founder picks; a summary line after."""
        chosen = QFileDialog.getExistingDirectory(self, "Save Drafts to Folder",
                                                  str(exports.export_folder()))
        if not chosen:
            return []
        folder = Path(chosen)
        written: list[Path] = []
        try:
            for d in self.drafts:
                written.append(write_draft(free_path(folder, draft_file_name(d)), d.eml()))
        except (HirefileError, OSError) as exc:
            text = exc.message if isinstance(exc, HirefileError) else str(exc)
            messages.show_problem(self, "Could not write every draft",
                                  f"{len(written):,} of {len(self.drafts):,} written: {text}")
        done = self.drafts[:len(written)]
        line = f"Wrote {len(written):,} “{self.form.templateCombo.currentText()}” " \
            f"draft{'s' if len(written) != 1 else ''} to {folder}"
        if self.skipped:
            line += f"; skipped {len(self.skipped):,}: " + _names([n for n, _ in self.skipped])
        self._done(line + self._record(done, "eml") + ".")
        return written


def write_email(parent: QWidget | None, db: Workspace, candidate_ids: Sequence[str], *,
                template_key: str = "acknowledgement", application_id: str | None = None,
                done: Callable[[str], None] | None = None) -> None:
    """Show the dialog for these candidates; `done` hears the line said after a draft left.
    A person no draft can be made for (erased, no e-mail address) is said in one line."""
    try:
        dialog = WriteEmailDialog(parent, db, candidate_ids, template_key=template_key,
                                  application_id=application_id)
    except HirefileError as exc:
        messages.show_problem(parent, "Write E-mail", exc.message)
        return
    if dialog.bulk and not dialog.drafts:
        messages.show_problem(parent, "Write E-mail",
                              f"None of the {len(candidate_ids):,} selected has an e-mail "
                              "address; add them to their records first.")
        dialog.deleteLater()
        return
    if done is not None:
        dialog.sig_drafted.connect(done)
    dialog.exec()
    dialog.deleteLater()
