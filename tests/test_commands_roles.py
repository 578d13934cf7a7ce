"""Every role, loop and question edit: push → undo → redo, through services, no widgets."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from hirefile.domain.templates import template
from hirefile.domain.vocab import Axis, StepKind, Track
from hirefile.errors import ValidationError
from hirefile.services import loops, questions, roles
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Role
from hirefile.ui.commands import apply
from hirefile.ui.commands import roles as cmd

ADA = Identity(str(uuid.uuid4()), "Ada Obi")


@pytest.fixture
def db(tmp_path: Path):
    db = create_file(tmp_path / "Hiring.hirefile", ADA)
    yield db
    db.close()


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> None:
        self.n += 1


def live_titles(db: Database) -> list[str]:
    with db.reader() as s:
        return sorted(s.scalars(select(Role.title).where(Role.deleted_at.is_(None))))


def step_titles(db: Database, role_id: str) -> list[str]:
    with db.reader() as s:
        return [st.title for st in loops.loop(s, role_id).steps]


def test_create_from_template_undo_redo(db: Database, stack: QUndoStack) -> None:
    notify = Counter()
    c = apply(stack, cmd.CreateRole(db, notify, template=template("ml_lead")))
    assert live_titles(db) == [template("ml_lead").title] and notify.n == 1
    assert stack.undoText() == f"New role from template “{template('ml_lead').title}”"
    stack.undo()
    assert live_titles(db) == [] and notify.n == 2
    stack.redo()
    assert live_titles(db) == [template("ml_lead").title]
    with db.reader() as s:  # the same row came back, with its loop
        assert len(loops.loop(s, c.role_id).steps) == len(template("ml_lead").loop)


def test_edit_role_undo_redo_and_refusal(db: Database, stack: QUndoStack) -> None:
    c = apply(stack, cmd.CreateRole(db, Counter(), template=template("mlops")))
    with db.reader() as s:
        before = roles.role_draft(s, c.role_id)
    after = roles.role_draft_copy(before, title="Fractional MLOps engineer", headcount=2)
    apply(stack, cmd.EditRole(db, Counter(), c.role_id, before, after))
    assert live_titles(db) == ["Fractional MLOps engineer"]
    stack.undo()
    assert live_titles(db) == [before.title]
    stack.redo()
    assert live_titles(db) == ["Fractional MLOps engineer"]
    bad = roles.role_draft_copy(after, pay_min=200, pay_max=100, pay_currency="EUR")
    with pytest.raises(ValidationError):
        apply(stack, cmd.EditRole(db, Counter(), c.role_id, after, bad))
    assert stack.count() == 2  # the refused edit is not an undo step


def test_remove_and_duplicate_role(db: Database, stack: QUndoStack) -> None:
    c = apply(stack, cmd.CreateRole(db, Counter(), template=template("data_engineer")))
    d = apply(stack, cmd.CreateRole(db, Counter(), duplicate_of=c.role_id))
    title = template("data_engineer").title
    assert live_titles(db) == [title, f"{title} (copy)"]
    apply(stack, cmd.RemoveRole(db, Counter(), d.role_id, f"{title} (copy)"))
    assert live_titles(db) == [title]
    stack.undo()
    assert live_titles(db) == [title, f"{title} (copy)"]


def test_weights_undo_redo(db: Database, stack: QUndoStack) -> None:
    c = apply(stack, cmd.CreateRole(db, Counter(), template=template("data_scientist")))
    with db.reader() as s:
        before = roles.axis_weights(s, c.role_id)
    after = {**before, Axis.THEORY: 60}
    apply(stack, cmd.SetWeights(db, Counter(), c.role_id, before, after))
    stack.undo()
    with db.reader() as s:
        assert roles.axis_weights(s, c.role_id) == before
    stack.redo()
    with db.reader() as s:
        assert roles.axis_weights(s, c.role_id)[Axis.THEORY] == 60


def test_loop_step_commands(db: Database, stack: QUndoStack) -> None:
    c = apply(stack, cmd.CreateRole(db, Counter(), template=template("ml_engineer")))
    rid = c.role_id
    original = step_titles(db, rid)
    add = apply(stack, cmd.AddStep(db, Counter(), rid, {
        "kind": StepKind.TAKE_HOME, "title": "Take-home", "minutes": 30,
        "axes": [Axis.SOFTWARE], "expected_hours": 3.0}, index=1))
    assert step_titles(db, rid) == [original[0], "Take-home", *original[1:]]
    stack.undo()
    assert step_titles(db, rid) == original
    stack.redo()
    assert step_titles(db, rid)[1] == "Take-home"

    apply(stack, cmd.MoveStep(db, Counter(), add.step_id, "Take-home", 4))
    assert step_titles(db, rid)[4] == "Take-home"
    stack.undo()
    assert step_titles(db, rid)[1] == "Take-home"

    before = {"kind": StepKind.TAKE_HOME, "title": "Take-home", "minutes": 30,
              "axes": [Axis.SOFTWARE], "expected_hours": 3.0, "notes": ""}
    after = {**before, "title": "Paid take-home", "expected_hours": 2.0}
    apply(stack, cmd.EditStep(db, Counter(), add.step_id, before, after))
    assert "Paid take-home" in step_titles(db, rid)
    stack.undo()
    assert "Take-home" in step_titles(db, rid)

    apply(stack, cmd.RemoveStep(db, Counter(), add.step_id, "Take-home"))
    assert step_titles(db, rid) == original
    stack.undo()
    assert step_titles(db, rid)[1] == "Take-home"


def test_step_question_commands(db: Database, stack: QUndoStack) -> None:
    c = apply(stack, cmd.CreateRole(db, Counter(), template=template("ml_engineer")))
    with db.reader() as s:
        step = loops.loop(s, c.role_id).steps[0]
    n = len(step.questions)
    a = apply(stack, cmd.AddStepQuestion(db, Counter(), step.id, text="What drew you to us?"))
    with db.reader() as s:
        assert [q.text for q in loops.loop(s, c.role_id).steps[0].questions][-1] == \
            "What drew you to us?"
    stack.undo()
    with db.reader() as s:
        assert len(loops.loop(s, c.role_id).steps[0].questions) == n
    stack.redo()
    apply(stack, cmd.RemoveStepQuestion(db, Counter(), a.link_id))
    with db.reader() as s:
        assert len(loops.loop(s, c.role_id).steps[0].questions) == n
    stack.undo()
    with db.reader() as s:
        assert len(loops.loop(s, c.role_id).steps[0].questions) == n + 1


def test_question_bank_commands(db: Database, stack: QUndoStack) -> None:
    add = apply(stack, cmd.AddQuestion(db, Counter(), axis=Axis.SYSTEMS,
                                       text="How would you roll back a bad model?",
                                       guidance="", track=Track.MLOPS))
    with db.reader() as s:
        q = questions.question(s, add.question_id)
    apply(stack, cmd.EditQuestion(db, Counter(), q.id, q, axis=Axis.SYSTEMS,
                                  text="How do you roll back a model in production?",
                                  guidance="Canary, shadow", track=None))
    apply(stack, cmd.RetireQuestion(db, Counter(), q.id, True))
    with db.reader() as s:
        assert questions.question(s, q.id).retired
    stack.undo()
    with db.reader() as s:
        got = questions.question(s, q.id)
        assert not got.retired and got.text.startswith("How do you roll back")
    stack.undo()
    with db.reader() as s:
        assert questions.question(s, q.id).text == "How would you roll back a bad model?"
    stack.undo()
    with db.reader() as s:
        assert q.id not in {r.id for r in questions.questions(s, axis=Axis.SYSTEMS)}
    stack.redo()
    with db.reader() as s:
        assert q.id in {r.id for r in questions.questions(s, axis=Axis.SYSTEMS)}
