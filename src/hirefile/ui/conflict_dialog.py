"""The one dialog of an edit refused because someone changed the same thing since it was read
(`errors.StaleEdit`, services/concurrency.py): what changed, by whom, when, their value beside
yours, and two answers — "Keep Theirs" (discard mine; the screen shows theirs) and "Save Mine
Anyway" (the same edit again with the version the refusal carried, knowingly overwriting).
Nothing typed is discarded before the person chooses.

`ConflictDialog.ask` returns the answer, so screens' tests stub it instead of a modal `exec()`;
`save_or_ask` is how every editor saves through it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hirefile.errors import StaleEdit
from hirefile.services.concurrency import Anyway, when_text
from hirefile.ui.generated.ui_conflict_dialog import Ui_ConflictDialog
from hirefile.ui.screen import fit_to_screen

Answer = Literal["theirs", "mine"]


class ConflictDialog(QDialog):
    """A refused edit, their value beside mine; `answer` is "theirs" unless Save Mine Anyway
    was pressed (closing the dialog keeps theirs: nothing is overwritten by accident)."""

    def __init__(self, refused: StaleEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ConflictDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        f = self.form
        self.answer: Answer = "theirs"
        f.headline.setText(f"{refused.summary}. Your change was not saved yet.")
        when = f", {when_text(refused.at)}" if refused.at is not None else ""
        f.theirsLabel.setText(f"Theirs ({refused.who or 'someone else'}{when})")
        f.theirsValue.setText(refused.theirs_text)
        f.mineValue.setText(refused.mine_text)
        self.theirs_button = f.buttonBox.addButton("Keep &Theirs",
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button = f.buttonBox.addButton("&Save Mine Anyway",
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button.setDefault(True)
        self.theirs_button.clicked.connect(self.reject)
        self.mine_button.clicked.connect(self._mine)

    def _mine(self) -> None:
        self.answer = "mine"
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, refused: StaleEdit) -> Answer:
        dialog = cls(refused, parent)
        dialog.exec()
        return dialog.answer


def save_or_ask(parent: QWidget | None, save: Callable[[Anyway | None], object]) -> bool:
    """`save(None)`: the edit checked against the version its form read. Refused as stale,
    the person is asked; "Save Mine Anyway" runs `save(Anyway(version))` and returns True,
    "Keep Theirs" returns False with nothing written. Other refusals are raised."""
    try:
        save(None)
    except StaleEdit as refused:
        if ConflictDialog.ask(parent, refused) == "theirs":
            return False
        save(Anyway(refused.row_latest))
    return True
