"""Confirm a status change that ends an offer, with a note saying why.

Withdrawing a sent offer needs a reason (the service refuses one without); a decline's reason
is optional but worth keeping for the next offer. The note goes into the offer's history.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from hirefile.ui import theme
from hirefile.ui.generated.ui_offer_status_note import Ui_StatusNoteDialog
from hirefile.ui.offers.style import style_sheet
from hirefile.ui.screen import fit_to_screen


class StatusNoteDialog(QDialog):
    """A headline, what will happen, a note field and the confirming button."""

    def __init__(self, parent: QWidget | None, *, title: str, body: str, note_label: str,
                 confirm: str, required: bool, placeholder: str = "") -> None:
        super().__init__(parent)
        self.form = f = Ui_StatusNoteDialog()
        f.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.setWindowTitle(title)
        self.required = required
        f.headline.setText(title)
        f.body.setText(body)
        f.noteLabel.setText(note_label + ("" if required else " (optional)"))
        f.noteEdit.setPlaceholderText(placeholder)
        f.okButton.setText(confirm)
        f.errorLabel.hide()
        f.okButton.clicked.connect(self.accept)
        f.cancelButton.clicked.connect(self.reject)
        f.noteEdit.setFocus()
        self.resize(540, 320)

    @property
    def note(self) -> str:
        return self.form.noteEdit.toPlainText().strip()

    def accept(self) -> None:
        if self.required and not self.note:
            self.form.errorLabel.setText("Say why: it stays in the offer's history.")
            self.form.errorLabel.show()
            self.form.noteEdit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str, body: str, note_label: str,
            confirm: str, required: bool, placeholder: str = "") -> str | None:
        """The note ("" when optional and left empty), or None when cancelled."""
        dialog = cls(parent, title=title, body=body, note_label=note_label, confirm=confirm,
                     required=required, placeholder=placeholder)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        note = dialog.note if accepted else None
        dialog.deleteLater()
        return note
