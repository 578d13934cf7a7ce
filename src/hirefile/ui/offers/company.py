"""The company profile dialog: name, address, logo, signatory, currency, time zone, what job
descriptions say about the company (about us, what we offer, how to apply), letter template.

Letterheads, offer letters and job descriptions read the profile, so it is edited in one
place (File → Company profile…). A logo is checked when it is chosen, by its bytes as the
service checks it (a real PNG or JPEG under 2 MB), so a refusal shows beside the preview
before anything is saved. Saving is one undo step (`SaveCompany`); a refusal from the service
shows beside its field and the dialog stays open. The layout is forms/company_profile.ui.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QPixmap, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QWidget

from hirefile.domain.money import ISO_CURRENCIES
from hirefile.domain.offers import DEFAULT_TEMPLATE
from hirefile.domain.vocab import CompanyStage
from hirefile.errors import HirefileError, ValidationError
from hirefile.services import company
from hirefile.services.company import CompanyData, CompanyDraft
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.commands import apply
from hirefile.ui.commands.offers import CompanyEdit, Logo, SaveCompany
from hirefile.ui.common import limit_fields, set_flag, show_text
from hirefile.ui.generated.ui_company_profile import Ui_CompanyDialog
from hirefile.ui.offers.style import style_sheet
from hirefile.ui.roles.common import current, fill_enum, select_data
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

#: The logo preview's box (inside the 260 × 130 frame of the form).
PREVIEW = QSize(236, 106)
LOGO_FILTER = "Images (*.png *.jpg *.jpeg);;All files (*)"
_MIME_BY_SUFFIX = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
_FIELD_AT = {"name": ("nameEdit", "nameError"), "website": ("websiteEdit", "websiteError"),
             "default_currency": ("currencyCombo", "currencyError"),
             "time_zone": ("timeZoneEdit", "timeZoneError"),
             "logo": ("chooseLogoButton", "logoError")}


def ask_logo_path(parent: QWidget | None, folder: Path) -> Path | None:
    """The image file chosen for the logo, or None (a function, so tests stub it)."""
    name, _ = QFileDialog.getOpenFileName(parent, "Choose a Logo", str(folder), LOGO_FILTER)
    return Path(name) if name else None


def check_logo(data: bytes, file_name: str) -> tuple[Logo, str | None]:
    """The logo and its type, or the reason it is refused (the service's own rules)."""
    if len(data) > company.MAX_LOGO_BYTES:
        return None, (f"{isolate(file_name)} is {len(data) / 1024 / 1024:.1f} MB; use an "
                      "image under 2 MB")
    found = company.image_kind(data)
    said = _MIME_BY_SUFFIX.get(Path(file_name).suffix.lower())
    if found is None or (said is not None and said != found):
        return None, f"{isolate(file_name)} is not a PNG or JPEG image; the logo must be one"
    return (data, found), None


class CompanyDialog(QDialog):
    """Edits the profile; `ask` saves it as one undo step and returns what was saved."""

    def __init__(self, parent: QWidget | None, db: Workspace, stack: QUndoStack,
                 notify: Callable[[], None] = lambda: None) -> None:
        super().__init__(parent)
        self.form = f = Ui_CompanyDialog()
        f.setupUi(self)
        fit_to_screen(self)
        limit_fields(f, {"nameEdit": "name", "websiteEdit": "website",
                         "signatoryNameEdit": "signatory_name",
                         "signatoryTitleEdit": "signatory_title", "timeZoneEdit": "time_zone"})
        theme.keep_style(self, style_sheet)
        self._db, self._stack, self._notify = db, stack, notify
        with db.reader() as s:
            self.draft = company.company_draft(s)
            self.data: CompanyData = company.company(s)
            self.logo_before: Logo = company.company_logo(s)
        self.logo: Logo = self.logo_before
        self.saved: CompanyData | None = None
        self.folder = db.path.parent
        default = self.draft.default_currency
        f.currencyCombo.addItems([default, *sorted(ISO_CURRENCIES - {default})])
        f.currencyCombo.setMaxVisibleItems(12)
        fill_enum(f.stageCombo, CompanyStage, "Not set")
        self._show(self.draft)
        editor = f.letterEditor
        editor.set_text(self.data.letter_template)
        editor.set_values(None)  # a template: only unknown placeholders are problems
        editor.set_reset("Use the built-in template", DEFAULT_TEMPLATE,
                         "Replace the text with the template Hirefile comes with")
        self._connect()
        self.resize(940, 640)
        f.nameEdit.setFocus()

    def _connect(self) -> None:
        f = self.form
        f.chooseLogoButton.clicked.connect(self.choose_logo)
        f.removeLogoButton.clicked.connect(self.remove_logo)
        f.saveButton.clicked.connect(self.accept)
        f.cancelButton.clicked.connect(self.reject)

    def _show(self, d: CompanyDraft) -> None:
        f = self.form
        f.nameEdit.setText(d.name)
        f.addressEdit.setPlainText(d.address)
        f.websiteEdit.setText(d.website)
        f.signatoryNameEdit.setText(d.signatory_name)
        f.signatoryTitleEdit.setText(d.signatory_title)
        f.currencyCombo.setCurrentText(d.default_currency)
        select_data(f.stageCombo, d.stage.value if d.stage else None)
        f.timeZoneEdit.setText(d.time_zone)
        f.aboutEdit.setPlainText(d.about)
        f.benefitsEdit.setPlainText(d.benefits)
        f.howToApplyEdit.setPlainText(d.how_to_apply)
        self._show_logo()
        for label in ("nameError", "websiteError", "currencyError", "timeZoneError",
                      "logoError"):
            show_text(getattr(f, label), "")
        f.footerMessage.setText("")  # never hidden: it holds the buttons to the right

    # the logo --------------------------------------------------------------------------------

    def _show_logo(self) -> None:
        f = self.form
        pixmap = QPixmap()
        if self.logo is not None:
            pixmap.loadFromData(self.logo[0])
        if pixmap.isNull():
            f.logoPreview.setPixmap(QPixmap())
            f.logoPreview.setText("No logo")
        else:
            f.logoPreview.setPixmap(pixmap.scaled(
                PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        f.removeLogoButton.setEnabled(self.logo is not None)

    def choose_logo(self) -> bool:
        path = ask_logo_path(self, self.folder)
        return self.load_logo(path) if path is not None else False

    def load_logo(self, path: Path) -> bool:
        """Take the image at `path` as the logo, or say why not (nothing else changes)."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            show_text(self.form.logoError, f"Could not read {isolate(path.name)}: "
                      f"{exc.strerror or exc}")
            return False
        self.folder = path.parent
        logo, problem = check_logo(data, path.name)
        show_text(self.form.logoError, problem or "")
        if problem:
            return False
        self.logo = logo
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo = None
        show_text(self.form.logoError, "")
        self._show_logo()

    # saving ----------------------------------------------------------------------------------

    def current_draft(self) -> CompanyDraft:
        f = self.form
        return CompanyDraft(
            name=f.nameEdit.text(), address=f.addressEdit.toPlainText(),
            website=f.websiteEdit.text(), signatory_name=f.signatoryNameEdit.text(),
            signatory_title=f.signatoryTitleEdit.text(),
            default_currency=f.currencyCombo.currentText(),
            stage=current(f.stageCombo, CompanyStage), about=f.aboutEdit.toPlainText(),
            benefits=f.benefitsEdit.toPlainText(), how_to_apply=f.howToApplyEdit.toPlainText(),
            time_zone=f.timeZoneEdit.text().strip())

    def edit(self) -> CompanyEdit:
        text = self.form.letterEditor.text()
        template = None if text.strip() in ("", DEFAULT_TEMPLATE.strip()) else text
        return CompanyEdit(self.draft, self.current_draft(), self.logo_before, self.logo,
                           self.data.offer_letter_template, template)

    def accept(self) -> None:
        """Save as one undo step; a refusal stays on screen beside its field."""
        f = self.form
        for widget, label in _FIELD_AT.values():
            set_flag(getattr(f, widget), "invalid", False)
            show_text(getattr(f, label), "")
        f.footerMessage.setText("")
        edit = self.edit()
        if edit.after == edit.before and not edit.logo_changed and not edit.template_changed:
            super().reject()  # nothing to save: no empty undo step
            return
        try:
            apply(self._stack, SaveCompany(self._db, self._notify, edit))
            with self._db.reader() as s:
                self.saved = company.company(s)
        except ValidationError as exc:
            widget, label = _FIELD_AT.get(exc.field or "", ("", "footerMessage"))
            f.tabs.setCurrentWidget(f.profilePage if widget else f.tabs.currentWidget())
            getattr(f, label).setText(exc.message)
            getattr(f, label).show()
            if widget:
                set_flag(getattr(f, widget), "invalid", True)
                getattr(f, widget).setFocus()
            return
        except HirefileError as exc:
            f.footerMessage.setText(exc.message)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace, stack: QUndoStack,
            notify: Callable[[], None] = lambda: None) -> CompanyData | None:
        """Edit and save the profile; what was saved, or None when cancelled."""
        dialog = cls(parent, db, stack, notify)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved if accepted else None
        dialog.deleteLater()
        return saved


def company_action(window: QMainWindow, db: Callable[[], Workspace | None],
                   stack: QUndoStack) -> QAction:
    """File → Company profile…, for the main window's menu (it says so when saved)."""
    action = QAction("Company &profile…", window)
    action.setStatusTip("Name, address, logo and signatory for letters and job descriptions")

    def run() -> None:
        current_db = db()
        if current_db is None:
            return
        if CompanyDialog.ask(window, current_db, stack) is not None:
            window.statusBar().showMessage("Saved the company profile", 6000)

    action.triggered.connect(run)
    return action
