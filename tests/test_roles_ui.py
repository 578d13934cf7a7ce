"""The Roles workspace: editor, templates, loop, weights and question bank, headless.

Dialogs are stubbed through their `ask` class methods; every check of what was stored reads
the file back through the services.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from hirefile.domain.templates import template
from hirefile.domain.vocab import Axis, RoleStatus, StepKind, Track
from hirefile.errors import ValidationError
from hirefile.services import loops, questions, roles
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Candidate, RoleStage
from hirefile.storage.types import utcnow
from hirefile.ui.roles import common, templates
from hirefile.ui.roles.bank import QuestionBankDialog
from hirefile.ui.roles.bank_model import QuestionBankModel
from hirefile.ui.roles.loop_model import LoopModel
from hirefile.ui.roles.step_dialog import StepDialog
from hirefile.ui.roles.workspace import TAB_LOOP, RoleWorkspace

ADA = Identity(str(uuid.uuid4()), "Ada Obi")


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> None:
        self.n += 1


@pytest.fixture
def db(tmp_path: Path):
    db = create_file(tmp_path / "x.hirefile", ADA)
    yield db
    db.close()


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def notified() -> Counter:
    return Counter()


@pytest.fixture
def workspace(qtbot, db: Database, stack: QUndoStack, notified: Counter) -> RoleWorkspace:
    w = RoleWorkspace(db, stack, notified)
    qtbot.addWidget(w)
    w.resize(1100, 800)
    w.show()
    return w


def add_template_role(db: Database, key: str = "ml_engineer", **fields: object) -> str:
    with db.session() as s:
        return roles.add_role_from_template(s, template(key), **fields).id


def draft(db: Database, role_id: str):
    with db.reader() as s:
        return roles.role_draft(s, role_id)


def step_ids(db: Database, role_id: str) -> list[str]:
    with db.reader() as s:
        return [st.id for st in loops.loop(s, role_id).steps]


# models ---------------------------------------------------------------------------------------

def test_loop_model_passes_the_model_tester(qtmodeltester, db: Database) -> None:
    role_id = add_template_role(db, "data_scientist")
    model = LoopModel()
    model.mover = lambda step, to: True
    with db.reader() as s:
        model.set_loop(loops.loop(s, role_id))
    assert model.rowCount() == len(template("data_scientist").loop)
    qtmodeltester.check(model)


def test_bank_model_passes_the_model_tester(qtmodeltester, db: Database) -> None:
    model = QuestionBankModel()
    with db.reader() as s:
        model.set_rows(questions.questions(s, include_retired=True))
    assert model.rowCount() > 50
    qtmodeltester.check(model)


# the role editor ------------------------------------------------------------------------------

def test_editor_shows_the_roles_fields(workspace: RoleWorkspace, db: Database) -> None:
    role_id = add_template_role(db, pay_min=12_000_000, pay_max=15_000_000, pay_currency="EUR",
                                equity_min_bp=10, equity_max_bp=50, location="Łódź",
                                target_start=date(2026, 3, 1))
    assert workspace.show_role(role_id)
    f = workspace.editor.form
    assert workspace.title_label.text() == template("ml_engineer").title
    assert f.titleEdit.text() == template("ml_engineer").title
    assert f.trackCombo.currentText() == Track.ML_ENGINEER.label
    assert f.payMinEdit.text() == "120,000" and f.payMaxEdit.text() == "150,000"
    assert f.currencyCombo.currentText() == "EUR"
    assert (f.equityMinEdit.text(), f.equityMaxEdit.text()) == ("0.10", "0.50")
    assert f.locationEdit.text() == "Łódź"
    assert f.targetStartEdit.value() == date(2026, 3, 1)
    assert f.mustHavesEdit.items() == list(template("ml_engineer").must_haves)
    assert not f.saveButton.isEnabled() and not f.revertButton.isEnabled()


def test_max_below_min_is_shown_at_the_field_and_blocks_save(
        workspace: RoleWorkspace, db: Database) -> None:
    workspace.show_role(add_template_role(db))
    f = workspace.editor.form
    f.payMinEdit.setText("150k")
    f.payMaxEdit.setText("120,000")
    assert not f.payError.isHidden()
    assert "below the minimum" in f.payError.text()
    assert f.payMaxEdit.property("invalid") is True
    assert not f.saveButton.isEnabled()
    assert not workspace.editor.save_action.isEnabled()
    f.payMaxEdit.setText("180k")
    assert f.payError.isHidden() and f.saveButton.isEnabled()


def test_a_non_iso_currency_is_named(workspace: RoleWorkspace, db: Database) -> None:
    workspace.show_role(add_template_role(db))
    f = workspace.editor.form
    f.payMinEdit.setText("95k")
    f.currencyCombo.setCurrentText("EUX")
    assert "“EUX” is not an ISO 4217 currency code" in f.payError.text()
    assert not f.saveButton.isEnabled()


def test_a_bad_amount_and_a_missing_title_are_named(workspace: RoleWorkspace,
                                                    db: Database) -> None:
    workspace.show_role(add_template_role(db))
    f = workspace.editor.form
    f.payMinEdit.setText("lots")
    f.titleEdit.setText("  ")
    assert "“lots” is not an amount" in f.payError.text()
    assert f.titleError.text() == "A role needs a title"


@pytest.mark.parametrize(("typed", "said"), [("1e30", "is not an amount"),
                                             ("NaN", "is not an amount"),
                                             ("Infinity", "is not an amount"),
                                             ("9" * 25, "is too large for an amount")])
def test_amounts_no_file_can_hold_are_named_at_the_field(workspace: RoleWorkspace, db: Database,
                                                         typed: str, said: str) -> None:
    workspace.show_role(add_template_role(db))
    f = workspace.editor.form
    f.payMaxEdit.setText(typed)
    assert said in f.payError.text()
    assert not f.saveButton.isEnabled()
    assert f.payMaxEdit.maxLength() == 40 and f.titleEdit.maxLength() == 300


def test_eight_must_haves_show_the_amber_warning_live(workspace: RoleWorkspace,
                                                      db: Database) -> None:
    workspace.show_role(add_template_role(db))  # five must-haves
    musts = workspace.editor.form.mustHavesEdit
    warning = workspace.editor.form.mustHavesWarning
    for text in ("Kubernetes", "Spark"):
        musts.entry.setText(text)
        musts.add_current()
    assert len(musts.items()) == 7 and warning.isHidden()
    musts.entry.setText("Rust, où nécessaire")
    musts.add_current()
    assert not warning.isHidden() and warning.text().startswith("8 must-haves")
    assert workspace.editor.form.saveButton.isEnabled()  # a warning never blocks saving
    musts.remove_selected()
    assert warning.isHidden()


def test_saving_writes_the_role_and_undo_restores_it(
        workspace: RoleWorkspace, db: Database, stack: QUndoStack, notified: Counter,
        qtbot) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    before = draft(db, role_id)
    f = workspace.editor.form
    f.titleEdit.setText("Ingénieure ML — Zürich")
    f.payMinEdit.setText("95k")
    f.payMaxEdit.setText("120,000")
    f.currencyCombo.setCurrentText("chf")
    f.statusCombo.setCurrentIndex(f.statusCombo.findText(RoleStatus.OPEN.label))
    assert workspace.tabs.tabText(0).endswith("•")
    qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
    after = draft(db, role_id)
    assert after.title == "Ingénieure ML — Zürich"
    assert (after.pay_min, after.pay_max, after.pay_currency) == (9_500_000, 12_000_000, "CHF")
    assert after.status is RoleStatus.OPEN
    assert stack.count() == 1 and notified.n >= 1
    assert not workspace.editor.is_dirty() and not f.saveButton.isEnabled()
    assert workspace.title_label.text() == "Ingénieure ML — Zürich"
    stack.undo()
    assert draft(db, role_id) == before
    assert f.titleEdit.text() == before.title and f.payMinEdit.text() == ""
    stack.redo()
    assert f.titleEdit.text() == "Ingénieure ML — Zürich"


def test_a_refused_save_is_shown_at_the_field(workspace: RoleWorkspace, db: Database,
                                              stack: QUndoStack, monkeypatch) -> None:
    workspace.show_role(add_template_role(db))

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ValidationError("Another role already has this title", field="title")
    monkeypatch.setattr(roles, "update_role", refuse)
    workspace.editor.form.titleEdit.setText("ML engineer")
    assert workspace.editor.save() is False
    assert workspace.editor.form.titleError.text() == "Another role already has this title"
    assert workspace.editor.is_dirty() and stack.count() == 0


def test_undo_keeps_unsaved_typing(workspace: RoleWorkspace, db: Database,
                                   stack: QUndoStack) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    workspace.weights.spins[Axis.THEORY].setValue(40)
    workspace.weights.apply_weights()
    workspace.editor.form.notesEdit.setPlainText("Half-typed thought")
    stack.undo()
    assert workspace.editor.form.notesEdit.toPlainText() == "Half-typed thought"
    assert workspace.weights.spins[Axis.THEORY].value() == 10


@pytest.mark.parametrize(("answer", "moves", "saved"), [
    (None, False, False), ("discard", True, False), ("save", True, True)])
def test_switching_roles_with_unsaved_changes_asks(
        workspace: RoleWorkspace, db: Database, monkeypatch, answer, moves, saved) -> None:
    first, second = add_template_role(db), add_template_role(db, "mlops")
    workspace.show_role(first)
    workspace.editor.form.locationEdit.setText("Kraków")
    asked: list[str] = []

    def ask(_parent: object, title: str) -> str | None:
        asked.append(title)
        return answer
    monkeypatch.setattr(common.UnsavedChanges, "ask", ask)
    assert workspace.show_role(second) is moves
    assert asked == [template("ml_engineer").title]
    assert workspace.role_id == (second if moves else first)
    assert (draft(db, first).location == "Kraków") is saved


# templates, duplicate, remove -----------------------------------------------------------------

def test_new_role_from_a_template(workspace: RoleWorkspace, db: Database, stack: QUndoStack,
                                  monkeypatch, qtbot) -> None:
    monkeypatch.setattr(templates.TemplateDialog, "ask", classmethod(
        lambda cls, parent: template("mlops")))
    with qtbot.waitSignal(workspace.sig_role_created) as created:
        workspace.new_role_action.trigger()
    role_id = created.args[0]
    assert workspace.role_id == role_id
    assert draft(db, role_id).title == template("mlops").title
    assert len(step_ids(db, role_id)) == len(template("mlops").loop)
    assert workspace.loop_editor.model.rowCount() == len(template("mlops").loop)
    stack.undo()
    assert workspace.role_id is None and workspace.pages.currentWidget() is workspace.empty


def test_new_blank_role_and_cancel(workspace: RoleWorkspace, db: Database, stack: QUndoStack,
                                   monkeypatch) -> None:
    monkeypatch.setattr(templates.TemplateDialog, "ask", classmethod(lambda cls, p: None))
    assert workspace.new_role() is None and stack.count() == 0
    monkeypatch.setattr(templates.TemplateDialog, "ask", classmethod(lambda cls, p: "blank"))
    role_id = workspace.new_role()
    assert role_id is not None and draft(db, role_id).title == templates.BLANK_TITLE
    assert step_ids(db, role_id) == []


def test_duplicate_and_remove(workspace: RoleWorkspace, db: Database,
                              stack: QUndoStack) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    copy_id = workspace.duplicate_role()
    assert copy_id and draft(db, copy_id).title.endswith("(copy)")
    assert workspace.remove_role() is True
    assert workspace.role_id is None
    stack.undo()
    assert draft(db, copy_id).title.endswith("(copy)")


def test_removing_a_role_with_candidates_is_refused(workspace: RoleWorkspace, db: Database,
                                                    stack: QUndoStack) -> None:
    role_id = add_template_role(db)
    with db.session() as s:
        stage_id = s.scalars(select(RoleStage.id).where(RoleStage.role_id == role_id)).first()
        person = Candidate(full_name="Zoë Ní Bhriain")
        s.add(person)
        s.flush()
        s.add(Application(candidate_id=person.id, role_id=role_id, stage_id=stage_id,
                          stage_entered_at=utcnow(), applied_at=utcnow()))
    workspace.show_role(role_id)
    assert workspace.remove_role() is False
    assert "set its status to Closed" in workspace.message_label.text()
    assert workspace.message_label.isVisibleTo(workspace)
    assert workspace.message_bar.isVisibleTo(workspace) and stack.count() == 0
    assert workspace.role_id == role_id


# the loop -------------------------------------------------------------------------------------

def test_reorder_by_keyboard_and_undo(workspace: RoleWorkspace, db: Database,
                                      stack: QUndoStack, qtbot) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    workspace.tabs.setCurrentIndex(TAB_LOOP)
    original = step_ids(db, role_id)
    view = workspace.loop_editor.form.stepsView
    workspace.loop_editor.select_row(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert step_ids(db, role_id) == [original[1], original[0], *original[2:]]
    assert workspace.loop_editor.selected_step().id == original[0]  # it stays selected
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert step_ids(db, role_id) == original
    stack.undo()
    stack.undo()
    assert step_ids(db, role_id) == original and stack.index() == 0
    stack.redo()
    assert step_ids(db, role_id)[1] == original[0]


def test_reorder_by_drop_and_moverows_and_undo(workspace: RoleWorkspace, db: Database,
                                               stack: QUndoStack) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    model = workspace.loop_editor.model
    original = step_ids(db, role_id)
    data = model.mimeData([model.index(0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert step_ids(db, role_id) == [original[1], original[2], original[0], *original[3:]]
    assert [s.id for s in model.steps()] == step_ids(db, role_id)
    assert model.moveRows(QModelIndex(), 4, 1, QModelIndex(), 0)
    assert step_ids(db, role_id)[0] == original[4]
    stack.undo()
    stack.undo()
    assert step_ids(db, role_id) == original
    assert [s.id for s in model.steps()] == original


def test_six_steps_raise_the_amber_warning(workspace: RoleWorkspace, db: Database,
                                           stack: QUndoStack, monkeypatch) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    loop = workspace.loop_editor.form
    assert loop.warningBanner.isHidden()
    assert loop.loopSummary.text() == "4 h in 5 steps"
    monkeypatch.setattr(StepDialog, "ask", classmethod(lambda cls, parent, **kw: {
        "kind": StepKind.TAKE_HOME, "title": "Take-home", "minutes": 30,
        "axes": [Axis.SOFTWARE], "expected_hours": 2.5, "notes": "",
        "alternative_step_id": None}))
    workspace.loop_editor.add_step()
    assert len(step_ids(db, role_id)) == 6
    assert not loop.warningBanner.isHidden()
    assert "6 steps" in loop.warningLabel.text()
    assert "take-home ~2.5 h" in workspace.loop_editor.model.index(5).data()
    stack.undo()
    assert loop.warningBanner.isHidden()


def test_a_take_home_with_its_alternative_is_one_undo_step(
        workspace: RoleWorkspace, db: Database, stack: QUndoStack, monkeypatch) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    discussion = step_ids(db, role_id)[2]
    monkeypatch.setattr(StepDialog, "ask", classmethod(lambda cls, parent, **kw: {
        "kind": StepKind.TAKE_HOME, "title": "Take-home", "minutes": 30,
        "axes": [Axis.SOFTWARE], "expected_hours": 3.0, "notes": "",
        "alternative_step_id": discussion}))
    workspace.loop_editor.add_step()
    with db.reader() as s:
        added = loops.loop(s, role_id).steps[-1]
    assert added.alternative_step_id == discussion and stack.count() == 1
    stack.undo()
    assert len(step_ids(db, role_id)) == 5


def test_a_refused_step_is_asked_again_with_the_message(
        workspace: RoleWorkspace, db: Database, stack: QUndoStack, monkeypatch) -> None:
    workspace.show_role(add_template_role(db))
    errors: list[ValidationError | None] = []

    def ask(cls, parent, **kw):
        errors.append(kw.get("error"))
        if len(errors) > 1:
            return None
        return {"kind": StepKind.INTRO_CALL, "title": "Call", "minutes": 30, "axes": [],
                "notes": "", "expected_hours": None, "alternative_step_id": None}
    monkeypatch.setattr(StepDialog, "ask", classmethod(ask))
    workspace.loop_editor.add_step()
    assert errors[0] is None and errors[1] is not None and errors[1].field == "axes"
    assert stack.count() == 0


def test_delete_on_a_step_removes_the_step_not_the_role(
        workspace: RoleWorkspace, db: Database, qtbot) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    workspace.tabs.setCurrentIndex(TAB_LOOP)
    view = workspace.loop_editor.form.stepsView
    workspace.loop_editor.select_row(1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(step_ids(db, role_id)) == 4
    assert workspace.role_id == role_id and draft(db, role_id).title


def test_step_questions_written_and_retired_show(workspace: RoleWorkspace, db: Database,
                                                 stack: QUndoStack) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    editor = workspace.loop_editor
    editor.select_row(0)
    first_bank_question = editor.questions.index(0).data(Qt.ItemDataRole.UserRole + 2)
    editor.form.writeEdit.setText("Qu'est-ce qui vous attire chez nous ?")
    editor.write_question()
    assert editor.questions.rowCount() == 4
    assert editor.questions.index(3).data() == "Qu'est-ce qui vous attire chez nous ?"
    with db.session() as s:
        questions.set_retired(s, first_bank_question.question_id, True)
    workspace.refresh()
    assert editor.questions.index(0).data().endswith("(retired)")
    editor.form.questionsView.setCurrentIndex(editor.questions.index(3))
    editor.remove_question()
    assert editor.questions.rowCount() == 3
    stack.undo()
    assert editor.questions.rowCount() == 4


# weights --------------------------------------------------------------------------------------

def test_weights_apply_and_undo(workspace: RoleWorkspace, db: Database,
                                stack: QUndoStack) -> None:
    role_id = add_template_role(db, "data_scientist")
    workspace.show_role(role_id)
    panel = workspace.weights
    with db.reader() as s:
        before = roles.axis_weights(s, role_id)
    panel.spins[Axis.THEORY].setValue(60)
    assert panel.sliders[Axis.THEORY].value() == 60
    assert sum(panel.bars.percent().values()) == 100
    assert panel.apply_button.isEnabled()
    panel.apply_button.click()
    with db.reader() as s:
        assert roles.axis_weights(s, role_id)[Axis.THEORY] == 60
    assert not panel.apply_button.isEnabled()
    stack.undo()
    with db.reader() as s:
        assert roles.axis_weights(s, role_id) == before
    assert panel.spins[Axis.THEORY].value() == before[Axis.THEORY]


def test_all_zero_weights_are_refused(workspace: RoleWorkspace, db: Database,
                                      stack: QUndoStack) -> None:
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    for spin in workspace.weights.spins.values():
        spin.setValue(0)
    assert workspace.weights.apply_weights() is False
    assert "At least one axis needs a weight above zero" in workspace.weights.message.text()
    assert stack.count() == 0


# the question bank ----------------------------------------------------------------------------

@pytest.fixture
def bank(qtbot, db: Database, stack: QUndoStack) -> QuestionBankDialog:
    dialog = QuestionBankDialog(db, stack, Counter())
    qtbot.addWidget(dialog)
    return dialog


def test_bank_search_and_filters_narrow_the_rows(bank: QuestionBankDialog) -> None:
    everything = bank.row_count()
    bank.form.searchEdit.setText("p-value")
    assert 0 < bank.row_count() < everything
    assert all("p-value" in (q.text + q.guidance).lower() for q in bank.model.rows)
    bank.form.searchEdit.setText("ÉVALUATION")  # accents and case folded by the service
    assert 0 < bank.row_count() < everything
    bank.form.searchEdit.setText("")
    bank.form.axisCombo.setCurrentIndex(bank.form.axisCombo.findText(Axis.THEORY.label))
    assert {q.axis for q in bank.model.rows} == {Axis.THEORY}


def test_retire_hides_a_question_unless_show_retired(bank: QuestionBankDialog,
                                                     stack: QUndoStack) -> None:
    bank.select(bank.model.rows[0].id)
    target = bank.selected()
    count = bank.row_count()
    bank.toggle_retired()
    assert bank.row_count() == count - 1
    assert target.id not in {q.id for q in bank.model.rows}
    bank.form.showRetiredCheck.setChecked(True)
    assert bank.row_count() == count
    bank.select(target.id)
    assert bank.selected().retired and bank.form.retireButton.text() == "Bring bac&k"
    stack.undo()
    assert not bank.selected().retired


def test_add_and_edit_a_question(bank: QuestionBankDialog, db: Database, stack: QUndoStack,
                                 monkeypatch) -> None:
    from hirefile.ui.roles import bank as bank_module
    monkeypatch.setattr(bank_module.QuestionDialog, "ask", classmethod(
        lambda cls, parent, **kw: {"axis": Axis.SYSTEMS, "track": Track.MLOPS,
                                   "text": "Comment revenir à un modèle précédent ?",
                                   "guidance": "Canary, shadow traffic"}))
    bank.add_question()
    added = bank.selected()
    assert added.text == "Comment revenir à un modèle précédent ?"
    assert bank.form.guidanceLabel.text() == "Canary, shadow traffic"
    monkeypatch.setattr(bank_module.QuestionDialog, "ask", classmethod(
        lambda cls, parent, **kw: {**kw["values"], "text": "How do you roll back a model?"}))
    bank.edit_question()
    with db.reader() as s:
        assert questions.question(s, added.id).text == "How do you roll back a model?"
    stack.undo()
    stack.undo()
    assert added.id not in {q.id for q in bank.model.rows}


def test_keys_save_and_leave_ctrl_z_to_the_window(workspace: RoleWorkspace, db: Database,
                                                  stack: QUndoStack, qtbot) -> None:
    from PySide6.QtGui import QAction, QKeySequence
    undo = QAction("Undo", workspace)  # stands in for the main window's Edit ▸ Undo
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(stack.undo)
    workspace.addAction(undo)
    role_id = add_template_role(db)
    workspace.show_role(role_id)
    workspace.activateWindow()
    qtbot.waitActive(workspace)
    title = workspace.editor.form.titleEdit
    title.setFocus()
    title.setText("Founding ML engineer")
    qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert draft(db, role_id).title == "Founding ML engineer" and stack.count() == 1
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # a field's Delete never removes the role
    assert workspace.role_id == role_id
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == 0  # nothing to undo in the field: the window's undo ran
    assert draft(db, role_id).title == template("ml_engineer").title


def test_the_question_picker_and_step_questions_models_pass_the_model_tester(
        qtmodeltester: Any, db: Database) -> None:
    from hirefile.services import loops, questions
    from hirefile.ui.roles.loop_model import StepQuestionsModel
    from hirefile.ui.roles.picker import PickModel

    role_id = add_template_role(db)
    with db.session() as s:
        bank = questions.questions(s)
        step = loops.loop(s, role_id).steps[0]
        loops.add_step_question(s, step.id, text="Walk me through a model you shipped")
    with db.reader() as s:
        asked = loops.loop(s, role_id).steps[0].questions
    pick = PickModel()
    pick.set_rows(bank)
    assert pick.rowCount() == len(bank) > 50
    qtmodeltester.check(pick)
    step_questions = StepQuestionsModel()
    step_questions.set_questions(asked)
    assert step_questions.rowCount() == len(asked) >= 1
    qtmodeltester.check(step_questions)
    pick.set_rows([])
    qtmodeltester.check(pick)  # empty, as when a search finds nothing
