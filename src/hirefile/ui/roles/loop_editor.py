"""The Interview loop tab: ordered steps with their load on the candidate, and the selected
step's questions. Every change is an undo command; the view reloads from the file after each.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from hirefile.domain.vocab import Axis, Track
from hirefile.errors import HirefileError, ValidationError
from hirefile.services.loops import LoopData, StepData, StepQuestion
from hirefile.services.workspace import Workspace
from hirefile.ui.commands import apply
from hirefile.ui.commands.base import ServiceCommand
from hirefile.ui.commands.roles import (
    AddStep,
    AddStepQuestion,
    EditStep,
    MoveStep,
    RemoveStep,
    RemoveStepQuestion,
)
from hirefile.ui.common import show_text
from hirefile.ui.generated.ui_loop_editor import Ui_LoopEditor
from hirefile.ui.roles.common import AXIS_SHORT, KeyHandler
from hirefile.ui.roles.fields import CTRL, NONE
from hirefile.ui.roles.loop_delegate import StepDelegate
from hirefile.ui.roles.loop_model import QUESTION_ROLE, LoopModel, StepQuestionsModel
from hirefile.ui.roles.picker import QuestionPicker
from hirefile.ui.roles.step_dialog import StepDialog, step_values
from hirefile.ui.roles.templates import loop_summary
from hirefile.ui.text import isolate


class LoopEditor(QWidget):
    """Steps (add, edit, remove, reorder by drag or Ctrl+Up/Down) and their questions."""

    def __init__(self, db: Workspace, stack: QUndoStack, notify: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._stack, self._notify = db, stack, notify
        self.form = Ui_LoopEditor()
        self.form.setupUi(self)
        self._role_id: str | None = None
        self._track: Track | None = None
        self._loop: LoopData | None = None
        self.model = LoopModel(self)
        self.model.mover = self._move
        self.questions = StepQuestionsModel(self)
        f = self.form
        f.stepsView.setModel(self.model)
        f.stepsView.setItemDelegate(StepDelegate(f.stepsView))
        f.stepsView.setUniformItemSizes(True)
        f.questionsView.setModel(self.questions)
        f.questionsView.setSpacing(2)
        f.splitter.setStretchFactor(0, 3)
        f.splitter.setStretchFactor(1, 2)
        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        f = self.form
        f.stepsView.selectionModel().currentChanged.connect(self._step_changed)
        f.stepsView.activated.connect(lambda _index: self.edit_step())
        f.questionsView.selectionModel().currentChanged.connect(self._update_buttons)
        f.addStepButton.clicked.connect(self.add_step)
        f.editStepButton.clicked.connect(self.edit_step)
        f.removeStepButton.clicked.connect(self.remove_step)
        f.moveUpButton.clicked.connect(lambda: self.move_selected(-1))
        f.moveDownButton.clicked.connect(lambda: self.move_selected(1))
        f.fromBankButton.clicked.connect(self.add_from_bank)
        f.writeEdit.textChanged.connect(
            lambda text: f.writeButton.setEnabled(bool(text.strip()) and self._has_step()))
        f.writeEdit.returnPressed.connect(self.write_question)
        f.writeButton.clicked.connect(self.write_question)
        f.removeQuestionButton.clicked.connect(self.remove_question)
        KeyHandler(f.stepsView, {
            (Qt.Key.Key_Delete, NONE): self.remove_step,
            (Qt.Key.Key_Up, CTRL): lambda: self.move_selected(-1),
            (Qt.Key.Key_Down, CTRL): lambda: self.move_selected(1),
        })
        KeyHandler(f.questionsView, {(Qt.Key.Key_Delete, NONE): self.remove_question})

    # showing -------------------------------------------------------------------------------

    def load(self, role_id: str, loop: LoopData, track: Track | None) -> None:
        """Show a role's loop, keeping the selected step when it is still there."""
        keep = self.selected_step()
        keep_q = self.selected_question()
        same_role = role_id == self._role_id
        self._role_id, self._track, self._loop = role_id, track, loop
        grew = len(loop.steps) != self.model.rowCount() or not same_role
        self.model.set_loop(loop)
        f = self.form
        if grew:
            self._fit_steps()
        f.loopSummary.setText(loop_summary(loop.total_minutes, len(loop.steps)))
        missing = [AXIS_SHORT[a] for a in Axis if a not in loop.axes_covered]
        f.coverageLabel.setText(
            "" if not loop.steps else "Assesses every axis" if not missing
            else "Not assessed: " + ", ".join(missing))
        warnings = loop.warnings
        f.warningLabel.setText("⚠  " + "\n⚠  ".join(warnings) if warnings else "")
        f.warningBanner.setVisible(bool(warnings))
        if not same_role:
            show_text(f.messageLabel, "")
        row = self.model.row_of(keep.id if keep and same_role else None)
        self.select_row(row if row >= 0 else 0)
        if keep_q is not None and same_role:
            for r in range(self.questions.rowCount()):
                q = self.questions.index(r).data(QUESTION_ROLE)
                if q.id == keep_q.id:
                    f.questionsView.setCurrentIndex(self.questions.index(r))

    def _fit_steps(self) -> None:
        """Give the step list room for every step (up to two thirds of the splitter)."""
        f = self.form
        total = sum(f.splitter.sizes())
        view = f.stepsView
        rows = max(1, self.model.rowCount())
        row_h = view.sizeHintForRow(0) if self.model.rowCount() else 60
        wanted = rows * (row_h + 2 * view.spacing()) + 2 * view.frameWidth() + 4
        if total > 0:
            steps = min(wanted, total * 2 // 3)
            f.splitter.setSizes([steps, total - steps])

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_steps()

    def clear(self) -> None:
        self._role_id, self._loop = None, None
        self.model.set_loop(None)
        self.questions.set_questions([])
        self._update_buttons()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.form.stepsView.setCurrentIndex(self.model.index(row))
        self._step_changed()

    def select_step(self, step_id: str | None) -> None:
        self.select_row(self.model.row_of(step_id))

    def selected_step(self) -> StepData | None:
        row = self.form.stepsView.currentIndex().row()
        steps = self.model.steps()
        return steps[row] if 0 <= row < len(steps) else None

    def selected_question(self) -> StepQuestion | None:
        index = self.form.questionsView.currentIndex()
        return index.data(QUESTION_ROLE) if index.isValid() else None

    def _has_step(self) -> bool:
        return self.selected_step() is not None

    def _step_changed(self, *_args: object) -> None:
        step = self.selected_step()
        self.questions.set_questions(step.questions if step else [])
        title = step.title.replace("&", "&&") if step else ""
        self.form.questionsLabel.setText(f"&Questions for “{isolate(title)}”" if step
                                         else "&Questions")
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        f = self.form
        row = f.stepsView.currentIndex().row()
        has = self._has_step()
        for b in (f.editStepButton, f.removeStepButton, f.fromBankButton, f.writeEdit):
            b.setEnabled(has)
        f.addStepButton.setEnabled(self._role_id is not None)
        f.moveUpButton.setEnabled(has and row > 0)
        f.moveDownButton.setEnabled(has and row < self.model.rowCount() - 1)
        f.writeButton.setEnabled(has and bool(f.writeEdit.text().strip()))
        f.removeQuestionButton.setEnabled(f.questionsView.currentIndex().isValid())

    # commands ------------------------------------------------------------------------------

    def _run(self, command: ServiceCommand) -> bool:
        try:
            apply(self._stack, command)
        except HirefileError as exc:
            show_text(self.form.messageLabel, exc.message)
            return False
        show_text(self.form.messageLabel, "")
        return True

    def add_step(self) -> None:
        if self._role_id is None:
            return
        others = self.model.steps()
        values, error = None, None
        while True:
            values = StepDialog.ask(self, step=None, others=others, values=values, error=error)
            if values is None:
                return
            try:
                step_id = self._add(values)
            except ValidationError as exc:
                error = exc
                continue
            except HirefileError as exc:
                show_text(self.form.messageLabel, exc.message)
                return
            show_text(self.form.messageLabel, "")
            self.select_step(step_id)
            return

    def _add(self, values: dict[str, object]) -> str:
        """AddStep, plus EditStep for the alternative step (one undo step for both)."""
        assert self._role_id is not None
        alternative = values.get("alternative_step_id")
        plain = {k: v for k, v in values.items() if k != "alternative_step_id"}
        if alternative is None:
            command = apply(self._stack, AddStep(self._db, self._notify, self._role_id, plain))
            assert command.step_id is not None  # set by the change just made
            return command.step_id
        self._stack.beginMacro(f"Add step “{isolate(str(values.get('title', '')))}”")
        try:
            add = apply(self._stack, AddStep(self._db, self._notify, self._role_id, plain))
            assert add.step_id is not None
            step_id = add.step_id
            apply(self._stack, EditStep(self._db, self._notify, step_id,
                                        {**plain, "alternative_step_id": None}, values))
        finally:
            self._stack.endMacro()
        return step_id

    def edit_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        others = [s for s in self.model.steps() if s.id != step.id]
        before = step_values(step)
        values, error = None, None
        while True:
            values = StepDialog.ask(self, step=step, others=others, values=values, error=error)
            if values is None or values == before:
                return
            try:
                apply(self._stack, EditStep(self._db, self._notify, step.id, before, values))
            except ValidationError as exc:
                error = exc
                continue
            except HirefileError as exc:
                show_text(self.form.messageLabel, exc.message)
                return
            show_text(self.form.messageLabel, "")
            return

    def remove_step(self) -> None:
        step = self.selected_step()
        if step is not None:
            row = self.form.stepsView.currentIndex().row()
            if self._run(RemoveStep(self._db, self._notify, step.id, step.title)):
                self.select_row(min(row, self.model.rowCount() - 1))

    def move_selected(self, delta: int) -> None:
        """Ctrl+Up / Ctrl+Down: the same path as a drop, through the model's `moveRows`."""
        row = self.form.stepsView.currentIndex().row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(),
                            target + 1 if delta > 0 else target)
        self._update_buttons()

    def _move(self, step: StepData, to: int) -> bool:
        ok = self._run(MoveStep(self._db, self._notify, step.id, step.title, to))
        if not ok and self._loop is not None and self._role_id is not None:
            self.model.set_loop(self._loop)  # show the stored order again
        self.select_step(step.id)
        return ok

    def add_from_bank(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        exclude = [q.question_id for q in step.questions if q.question_id]
        chosen = QuestionPicker.ask(self, self._db, axes=step.axes, track=self._track,
                                    exclude=exclude)
        if chosen is not None:
            self._run(AddStepQuestion(self._db, self._notify, step.id, question_id=chosen))

    def write_question(self) -> None:
        step = self.selected_step()
        text = self.form.writeEdit.text().strip()
        if step is None or not text:
            return
        if self._run(AddStepQuestion(self._db, self._notify, step.id, text=text)):
            self.form.writeEdit.clear()

    def remove_question(self) -> None:
        q = self.selected_question()
        if q is not None:
            self._run(RemoveStepQuestion(self._db, self._notify, q.id))
