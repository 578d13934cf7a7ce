"""The small questions the candidate screens ask: why someone leaves, where to move a group,
which tags to add, whether to keep unsaved changes or remove a file.

Each has a class method `ask(parent, …)` that returns the answer or None, so tests stub `ask`
instead of driving a modal `exec()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from hirefile.ui import messages, theme
from hirefile.ui.candidate.record_form import parse_tags
from hirefile.ui.candidate.style import style_sheet
from hirefile.ui.common import run_modal, show_text
from hirefile.ui.generated.ui_candidate_bulk_move import Ui_BulkMoveDialog
from hirefile.ui.generated.ui_candidate_tags import Ui_TagDialog
from hirefile.ui.generated.ui_reason_dialog import Ui_ReasonDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate


class ReasonDialog(QDialog):
    """Why a candidate leaves a pipeline (rejected or withdrew): a reason from the file's list
    or one typed, and an optional note. Exits without a reason are refused by the file."""

    def __init__(self, reasons: list[str], stage: str, detail: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ReasonDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        f = self.form
        self.setWindowTitle(stage)
        f.headline.setText(f"Why {stage.lower()}?" if stage in ("Rejected", "Withdrew")
                           else f"Moving to {isolate(stage)}: why?")
        show_text(f.detailLabel, detail)
        f.reasonCombo.addItems(reasons)
        f.reasonCombo.setCurrentIndex(-1)
        line = f.reasonCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText("Choose or type a reason")
        self.ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Reject" if stage == "Rejected" else f"Move to {isolate(stage)}")
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.reasonCombo.currentTextChanged.connect(self._update)
        self._update()
        f.reasonCombo.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, reasons: list[str], *, stage: str = "Rejected",
            detail: str = "") -> tuple[str, str | None] | None:
        """The reason and note given, or None when the person cancelled."""
        dialog = cls(reasons, stage, detail, parent)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def values(self) -> tuple[str, str | None]:
        note = self.form.noteEdit.toPlainText().strip() or None
        return " ".join(self.form.reasonCombo.currentText().split()), note

    def _update(self, *_args: object) -> None:
        self.ok.setEnabled(bool(self.form.reasonCombo.currentText().strip()))


@dataclass(frozen=True)
class RoleChoice:
    """A role some of the selected candidates are in, and its stages as (name, is_exit)."""

    role_id: str
    title: str
    people: int
    stages: tuple[tuple[str, bool], ...]


class BulkMoveDialog(QDialog):
    """Where to move a group: a role (among those the selected people are in) and a stage."""

    def __init__(self, choices: list[RoleChoice], selected: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_BulkMoveDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self._choices = choices
        self._selected = selected
        f = self.form
        f.introLabel.setText(f"{selected} selected. Each of them in the role you choose moves "
                             "to the stage; undo moves them all back.")
        for c in choices:
            f.roleCombo.addItem(f"{c.title}  ·  {c.people} of {selected}", c.role_id)
        f.roleCombo.currentIndexChanged.connect(self._fill_stages)
        f.stageCombo.currentIndexChanged.connect(self._update)
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Move")
        self._fill_stages()

    @classmethod
    def ask(cls, parent: QWidget | None, choices: list[RoleChoice],
            selected: int) -> tuple[str, str] | None:
        """(role id, stage name), or None when the person cancelled."""
        dialog = cls(choices, selected, parent)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def values(self) -> tuple[str, str]:
        return self.form.roleCombo.currentData(), self.form.stageCombo.currentData()

    def _fill_stages(self, *_args: object) -> None:
        combo = self.form.stageCombo
        combo.clear()
        choice = self._choices[max(0, self.form.roleCombo.currentIndex())] \
            if self._choices else None
        for name, is_exit in choice.stages if choice else ():
            combo.addItem(f"{name}  (asks why)" if is_exit else name, name)
        self._update()

    def _update(self, *_args: object) -> None:
        i = self.form.roleCombo.currentIndex()
        stage = self.form.stageCombo.currentData()
        ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self._choices) and stage is not None)
        if self._choices and stage:
            c = self._choices[max(0, i)]
            self.form.summaryLabel.setText(
                f"{c.people} {'person' if c.people == 1 else 'people'} in "
                f"“{isolate(c.title)}” move to "
                f"{isolate(stage)}; those already there stay.")


class TagDialog(QDialog):
    """Tags to add to every selected candidate (comma-separated)."""

    def __init__(self, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_TagDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.form.introLabel.setText(f"Add tags to the {selected} selected "
                                     f"{'candidate' if selected == 1 else 'candidates'}.")
        self.ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Add tags")
        self.form.buttonBox.accepted.connect(self.accept)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.tagsEdit.textChanged.connect(
            lambda t: self.ok.setEnabled(bool(parse_tags(t))))
        self.ok.setEnabled(False)

    @classmethod
    def ask(cls, parent: QWidget | None, selected: int) -> list[str] | None:
        dialog = cls(selected, parent)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return parse_tags(dialog.form.tagsEdit.text()) or None


class UnsavedChanges:
    """Save / Discard / Cancel before leaving a record with unsaved changes."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> Literal["save", "discard"] | None:
        return messages.ask_unsaved(parent, f"“{isolate(name)}”" if name else "this candidate")


def confirm(parent: QWidget | None, title: str, text: str, action: str,
            detail: str = "") -> bool:
    """A yes/no question whose yes button names the action ("Remove"); No is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    run_modal(box)
    return box.clickedButton() is yes
