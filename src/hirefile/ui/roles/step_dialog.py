"""Add or edit one interview step: kind, title, length, the axes it assesses and, for a
take-home, the hours it asks for and the discussion step candidates may choose instead."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from hirefile.domain.vocab import Axis, StepKind
from hirefile.errors import ValidationError
from hirefile.services.loops import StepData
from hirefile.ui import theme
from hirefile.ui.common import show_text
from hirefile.ui.generated.ui_step_dialog import Ui_StepDialog
from hirefile.ui.roles.common import current, fill_combo, fill_enum, select_data, style_sheet
from hirefile.ui.screen import fit_to_screen

StepValues = dict[str, object]

#: Where a refused field's message shows.
_ERROR_LABELS = {"title": "titleError", "minutes": "minutesError", "axes": "axesError",
                 "expected_hours": "hoursError"}


def step_values(step: StepData) -> StepValues:
    """A stored step as the values `EditStep` takes (its "before")."""
    return {"kind": step.kind, "title": step.title, "minutes": step.minutes,
            "axes": list(step.axes), "expected_hours": step.expected_hours,
            "notes": step.notes, "alternative_step_id": step.alternative_step_id}


class StepDialog(QDialog):
    """The step form; `ask` returns the values typed, or None when cancelled."""

    def __init__(self, parent: QWidget | None, others: Sequence[StepData]) -> None:
        super().__init__(parent)
        self.form = Ui_StepDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        f = self.form
        self.axis_boxes: dict[Axis, QCheckBox] = {
            Axis.ML_PRACTICE: f.axisMlPractice, Axis.SOFTWARE: f.axisSoftware,
            Axis.THEORY: f.axisTheory, Axis.SYSTEMS: f.axisSystems, Axis.CULTURE: f.axisCulture,
        }
        fill_enum(f.kindCombo, StepKind)
        fill_combo(f.alternativeCombo, [("None", None), *(
            (f"{s.number}. {s.title} ({s.kind.label})", s.id) for s in others)])
        f.kindCombo.currentIndexChanged.connect(self._kind_changed)
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        self._kind_changed()

    def set_values(self, values: StepValues) -> None:
        f = self.form
        select_data(f.kindCombo, values.get("kind", StepKind.TECH_DISCUSSION))
        f.titleEdit.setText(str(values.get("title", "")))
        f.minutesSpin.setValue(int(values.get("minutes", 45)))  # type: ignore[call-overload]
        axes = values.get("axes") or []
        for axis, box in self.axis_boxes.items():
            box.setChecked(axis in axes)  # type: ignore[operator]
        hours = values.get("expected_hours")
        f.hoursSpin.setValue(float(hours) if hours else 3.0)  # type: ignore[arg-type]
        select_data(f.alternativeCombo, values.get("alternative_step_id"))
        f.notesEdit.setPlainText(str(values.get("notes") or ""))
        self._kind_changed()

    def values(self) -> StepValues:
        f = self.form
        take_home = current(f.kindCombo, StepKind) is StepKind.TAKE_HOME
        return {
            "kind": current(f.kindCombo, StepKind), "title": f.titleEdit.text().strip(),
            "minutes": f.minutesSpin.value(),
            "axes": [a for a, box in self.axis_boxes.items() if box.isChecked()],
            "expected_hours": f.hoursSpin.value() if take_home else None,
            "notes": f.notesEdit.toPlainText().strip(),
            "alternative_step_id": f.alternativeCombo.currentData() if take_home else None,
        }

    def show_error(self, error: ValidationError) -> None:
        f = self.form
        label = _ERROR_LABELS.get(error.field or "")
        for name in _ERROR_LABELS.values():
            show_text(getattr(f, name), error.message if name == label else "")
        show_text(f.messageLabel, "" if label else error.message)
        focus = {"title": f.titleEdit, "minutes": f.minutesSpin, "axes": f.axisMlPractice,
                 "expected_hours": f.hoursSpin}.get(error.field or "")
        if focus is not None:
            focus.setFocus()

    def _kind_changed(self, *_args: object) -> None:
        f = self.form
        take_home = current(f.kindCombo, StepKind) is StepKind.TAKE_HOME
        for w in (f.hoursSpin, f.alternativeCombo):
            f.form.setRowVisible(w, take_home)
        f.form.setRowVisible(f.alternativeHint, take_home)
        f.hoursError.setVisible(take_home and bool(f.hoursError.text()))
        f.minutesLabel.setText("&Discussion" if take_home else "&Length")
        f.minutesSpin.setToolTip("How long the conversation about the result lasts"
                                 if take_home else "How long the conversation lasts")
        self.adjustSize()

    @classmethod
    def ask(cls, parent: QWidget | None, *, step: StepData | None,
            others: Sequence[StepData], values: StepValues | None = None,
            error: ValidationError | None = None) -> StepValues | None:
        """Edit `step` (or a new one), starting from `values` when re-asking after `error`."""
        dialog = cls(parent, others)
        dialog.setWindowTitle("Edit step" if step else "Add step")
        start = values or (step_values(step) if step else {
            "kind": StepKind.TECH_DISCUSSION, "title": "", "minutes": 45, "axes": []})
        dialog.set_values(start)
        if error is not None:
            dialog.show_error(error)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.deleteLater()
