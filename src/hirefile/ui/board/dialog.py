"""Why someone leaves the pipeline: asked when a card goes to Rejected or Withdrew.

An exit without a reason is refused by `pipeline.move`, and the reasons feed later reports, so
the board asks before it moves. The file's own list of reasons is offered, and any other text
may be typed. `ask` is the one entry point, so tests stub it instead of driving a modal dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hirefile.domain.vocab import StageKind
from hirefile.ui import theme
from hirefile.ui.common import run_modal
from hirefile.ui.generated.ui_move_dialog import Ui_MoveDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate


def style_sheet() -> str:
    return (f"QLabel#headline {{ font-size: 13pt; font-weight: 600; color: {theme.TEXT}; }}"
            f"QLabel#intro {{ color: {theme.MUTED}; }}")


def headline(kind: StageKind, who: str, stage: str) -> str:
    if kind is StageKind.REJECTED:
        return f"Reject {isolate(who)}"
    if kind is StageKind.WITHDREW:
        return f"{isolate(who)} withdrew"
    return f"Move {isolate(who)} to {isolate(stage)}"


class MoveDialog(QDialog):
    """A reason (from the file's list, or typed) and an optional note, for an exit."""

    def __init__(self, parent: QWidget | None, *, stage: str, kind: StageKind,
                 reasons: Sequence[str], who: str) -> None:
        super().__init__(parent)
        self.form = Ui_MoveDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.setWindowTitle(f"Move to {isolate(stage)}")
        self.form.headline.setText(headline(kind, who, stage))
        combo = self.form.reasonCombo
        combo.addItems(list(reasons))
        combo.setCurrentIndex(-1)
        edit = combo.lineEdit()
        if edit is not None:  # an editable combo always has one
            edit.setPlaceholderText("Choose or write a reason")
        self.ok_button = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(f"Move to {isolate(stage)}")
        self.ok_button.setEnabled(False)
        combo.currentTextChanged.connect(self._enable)
        self.form.buttonBox.accepted.connect(self.accept)
        self.form.buttonBox.rejected.connect(self.reject)
        combo.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, *, stage: str, kind: StageKind,
            reasons: Sequence[str], who: str) -> tuple[str, str] | None:
        """(reason, note) for moving `who` to `stage`, or None when the person cancelled."""
        dialog = cls(parent, stage=stage, kind=kind, reasons=reasons, who=who)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def values(self) -> tuple[str, str]:
        reason = " ".join(self.form.reasonCombo.currentText().split())
        return reason, self.form.noteEdit.toPlainText().strip()

    def _enable(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
