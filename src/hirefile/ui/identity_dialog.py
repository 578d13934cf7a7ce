"""First run: who is using this computer. Every change in every file is stamped with it.

Asked once per machine and kept in the settings file (not in a `.hirefile`), so two founders
passing one file around each appear under their own name.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hirefile.ui.common import run_modal
from hirefile.ui.generated.ui_identity_dialog import Ui_IdentityDialog
from hirefile.ui.screen import fit_to_screen

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def problems(name: str, email: str) -> dict[str, str]:
    """What is wrong with the entries, by field; empty when they can be saved."""
    found = {}
    if not " ".join(name.split()):
        found["name"] = "Please enter your name: it is how your changes are signed."
    if email.strip() and not EMAIL_PATTERN.match(email.strip()):
        found["email"] = "This does not look like an e-mail address (or leave it empty)."
    return found


class IdentityDialog(QDialog):
    """Name (required) and e-mail (optional), checked where they are typed."""

    def __init__(self, parent: QWidget | None = None, name: str = "",
                 email: str = "") -> None:
        super().__init__(parent)
        self.form = Ui_IdentityDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Continue")
        self.form.nameEdit.setText(name)
        self.form.emailEdit.setText(email)
        self._show_errors({})
        self.adjustSize()
        self.form.buttonBox.accepted.connect(self.accept)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.nameEdit.textEdited.connect(self._clear_name_error)
        self.form.emailEdit.textEdited.connect(self._clear_email_error)
        self.form.emailEdit.editingFinished.connect(self._check_email)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[str, str | None] | None:
        """The name and e-mail entered, or None when the person cancelled."""
        dialog = cls(parent)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def values(self) -> tuple[str, str | None]:
        name = " ".join(self.form.nameEdit.text().split())
        email = self.form.emailEdit.text().strip() or None
        return name, email

    def accept(self) -> None:
        found = problems(self.form.nameEdit.text(), self.form.emailEdit.text())
        self._show_errors(found)
        if found:
            (self.form.nameEdit if "name" in found else self.form.emailEdit).setFocus()
            return
        super().accept()

    def error_text(self, field: str) -> str:
        label = self.form.nameError if field == "name" else self.form.emailError
        return label.text() if not label.isHidden() else ""

    def _show_errors(self, found: dict[str, str]) -> None:
        for field, label in (("name", self.form.nameError), ("email", self.form.emailError)):
            label.setText(found.get(field, ""))
            label.setVisible(field in found)

    def _clear_name_error(self) -> None:
        self.form.nameError.hide()

    def _clear_email_error(self) -> None:
        self.form.emailError.hide()

    def _check_email(self) -> None:
        found = problems("-", self.form.emailEdit.text())
        if "email" in found:
            self.form.emailError.setText(found["email"])
            self.form.emailError.show()
