"""Roles, templates, weights, loops and the question bank, through the services."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hirefile.domain.question_bank import STARTER_BANK
from hirefile.domain.roles import (
    RoleDraft,
    StepLoad,
    format_minutes,
    loop_warnings,
    normalise_weights,
    validate_role,
)
from hirefile.domain.stages import DEFAULT_STAGE_NAMES
from hirefile.domain.templates import TEMPLATES, template
from hirefile.domain.vocab import Axis, RoleStatus, StepKind, Track
from hirefile.errors import ValidationError
from hirefile.services import loops, questions, roles
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Question, Role

ADA = Identity(str(uuid.uuid4()), "Ada Obi")


@pytest.fixture
def db(db_location: Path | str):
    db = create_file(db_location, ADA)  # a file, and a database on PostgreSQL
    yield db
    db.close()


# validation (domain) --------------------------------------------------------------------------

def fields_of(draft: RoleDraft, *, errors_only: bool = True) -> list[str]:
    return [i.field for i in validate_role(draft) if i.error or not errors_only]


def test_a_good_draft_has_no_errors() -> None:
    d = RoleDraft(title="ML engineer", pay_min=100_000_00, pay_max=140_000_00,
                  pay_currency="EUR", must_haves=["Python"])
    assert fields_of(d) == []


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"title": "  "}, "title", "needs a title"),
    ({"pay_min": 150_000_00}, "pay_max", "below the minimum"),
    ({"pay_currency": "EUX"}, "pay_currency", "not an ISO 4217"),
    ({"pay_currency": None}, "pay_currency", "Choose the currency"),
    ({"headcount": 0}, "headcount", "at least 1"),
    ({"equity_min_bp": 50, "equity_max_bp": 20}, "equity_max_bp", "below the minimum"),
    ({"equity_max_bp": 20_000}, "equity_max_bp", "between 0 and 100"),
])
def test_bad_drafts_name_the_field(changes, field, words) -> None:
    base = dict(title="ML engineer", pay_min=100_000_00, pay_max=140_000_00, pay_currency="EUR")
    issues = [i for i in validate_role(RoleDraft(**{**base, **changes})) if i.error]
    assert issues and issues[0].field == field and words in issues[0].message


def test_more_than_seven_must_haves_is_a_gentle_warning() -> None:
    d = RoleDraft(title="Unicorn", must_haves=[f"skill {i}" for i in range(9)])
    issues = validate_role(d)
    warning = [i for i in issues if i.field == "must_haves"]
    assert warning and not warning[0].error and "9 must-haves" in warning[0].message
    assert fields_of(d) == []  # it does not block saving
    assert not [i for i in validate_role(RoleDraft(title="x", must_haves=["a"] * 7 + ["b"] * 3))
                if i.field == "must_haves"]  # duplicates do not count


def test_weights_are_normalised() -> None:
    w = normalise_weights({Axis.ML_PRACTICE: 30, Axis.SOFTWARE: 30, Axis.CULTURE: 40})
    assert sum(w.values()) == pytest.approx(1)
    assert w[Axis.CULTURE] == pytest.approx(0.4) and w[Axis.THEORY] == 0
    assert list(normalise_weights({}).values()) == pytest.approx([0.2] * 5)


def test_loop_warnings() -> None:
    short = [StepLoad(StepKind.INTRO_CALL, 30), StepLoad(StepKind.SYSTEM_DESIGN, 60)]
    assert loop_warnings(short) == []
    six = short * 3
    assert "6 steps" in loop_warnings(six)[0]
    heavy = [StepLoad(StepKind.TAKE_HOME, 60, expected_hours=6)]
    assert "6 h in total" in loop_warnings(heavy)[0]
    assert format_minutes(210) == "3 h 30 min" and format_minutes(45) == "45 min"


# services ------------------------------------------------------------------------------------

def test_new_file_has_the_starter_bank_once(db: Database) -> None:
    with db.session() as s:
        from hirefile.services.seed import seed_question_bank

        assert seed_question_bank(s) == 0
    with db.reader() as s:
        assert s.scalar(select(func.count(Question.id))) == len(STARTER_BANK)


@pytest.mark.parametrize("tpl", TEMPLATES, ids=lambda t: t.key)
def test_role_from_each_template(db: Database, tpl) -> None:
    with db.session() as s:
        role_id = roles.add_role_from_template(s, tpl).id
    with db.reader() as s:
        role = s.get(Role, role_id)
        assert role.title == tpl.title and role.track is tpl.track
        assert [st.name for st in role.stages] == list(DEFAULT_STAGE_NAMES)
        assert roles.axis_weights(s, role_id) == {a: tpl.weights.get(a, 0) for a in Axis}
        data = loops.loop(s, role_id)
    assert [st.title for st in data.steps] == [st.title for st in tpl.loop]
    assert data.total_minutes <= 300 and not data.warnings
    for step in data.steps:
        assert step.questions, step.title
        assert all(q.axis in step.axes for q in step.questions)


def test_create_update_and_refuse(db: Database) -> None:
    with db.session() as s:
        role_id = roles.create_role(s, RoleDraft(title="  Founding   engineer ",
                                                 must_haves=["Python", " python ", ""])).id
    with db.session() as s:
        d = roles.role_draft(s, role_id)
        assert d.title == "Founding engineer" and d.must_haves == ["Python"]
        d.pay_min, d.pay_max, d.pay_currency = 90_000_00, 120_000_00, "gbp"
        roles.update_role(s, role_id, d)
    with db.reader() as s:
        assert roles.role_draft(s, role_id).pay_currency == "GBP"
    with pytest.raises(ValidationError) as info, db.session() as s:
        d = roles.role_draft(s, role_id)
        d.pay_max = 1
        roles.update_role(s, role_id, d)
    assert info.value.field == "pay_max"
    with db.reader() as s:
        assert roles.role_draft(s, role_id).pay_max == 120_000_00  # nothing was saved


def test_duplicate_role_copies_loop_and_weights(db: Database) -> None:
    with db.session() as s:
        src = roles.add_role_from_template(s, template("mlops"), status=RoleStatus.OPEN).id
    with db.session() as s:
        copy = roles.duplicate_role(s, src).id
    with db.session() as s:
        again = roles.duplicate_role(s, src).id
    with db.reader() as s:
        a, b = s.get(Role, src), s.get(Role, copy)
        assert b.title == f"{a.title} (copy)" and s.get(Role, again).title.endswith("(copy 2)")
        assert b.status is RoleStatus.DRAFT
        assert roles.axis_weights(s, copy) == roles.axis_weights(s, src)
        la, lb = loops.loop(s, src), loops.loop(s, copy)
    assert [(x.title, x.minutes, x.axes, [q.text for q in x.questions]) for x in la.steps] == \
        [(x.title, x.minutes, x.axes, [q.text for q in x.questions]) for x in lb.steps]
    assert {x.id for x in la.steps}.isdisjoint({x.id for x in lb.steps})


def test_set_weights_validates(db: Database) -> None:
    with db.session() as s:
        role_id = roles.add_role(s, "Data engineer").id
    with db.session() as s:
        roles.set_axis_weights(s, role_id, {Axis.SYSTEMS: 50, Axis.SOFTWARE: 30,
                                            Axis.ML_PRACTICE: 10, Axis.THEORY: 0,
                                            Axis.CULTURE: 10})
    with db.reader() as s:
        assert roles.axis_weights(s, role_id)[Axis.SYSTEMS] == 50
    for bad in ({a: 0 for a in Axis}, {Axis.SYSTEMS: 150}):
        with pytest.raises(ValidationError), db.session() as s:
            roles.set_axis_weights(s, role_id, bad)


def test_loop_order_add_move_remove_restore(db: Database) -> None:
    with db.session() as s:
        role_id = roles.add_role(s, "ML lead").id
        for title in ("Intro", "Design", "Final"):
            loops.add_step(s, role_id, kind=StepKind.OTHER, title=title, minutes=45,
                           axes=[Axis.CULTURE])
    def titles() -> list[str]:
        with db.reader() as s:
            return [st.title for st in loops.loop(s, role_id).steps]
    assert titles() == ["Intro", "Design", "Final"]
    with db.reader() as s:
        ids = {st.title: st.id for st in loops.loop(s, role_id).steps}
    with db.session() as s:
        assert loops.move_step(s, ids["Final"], 0) == 2048.0  # the position it had
    assert titles() == ["Final", "Intro", "Design"]
    with db.session() as s:
        loops.remove_step(s, ids["Intro"])
    assert titles() == ["Final", "Design"]
    with db.session() as s:
        loops.restore_step(s, ids["Intro"])
    assert titles() == ["Final", "Intro", "Design"]
    with db.session() as s:
        loops.add_step(s, role_id, kind=StepKind.TAKE_HOME, title="Take-home", minutes=30,
                       axes=[Axis.SOFTWARE], expected_hours=3, index=1)
    assert titles() == ["Final", "Take-home", "Intro", "Design"]
    with db.reader() as s:
        assert loops.loop(s, role_id).total_minutes == 45 * 3 + 180


@pytest.mark.parametrize(("kwargs", "words"), [
    ({"title": " "}, "needs a title"),
    ({"minutes": 0}, "between 5 minutes"),
    ({"axes": []}, "at least one axis"),
    ({"kind": StepKind.TAKE_HOME}, "how many hours"),
])
def test_bad_steps_are_refused(db: Database, kwargs, words) -> None:
    with db.session() as s:
        role_id = roles.add_role(s, "Role").id
    args = dict(kind=StepKind.INTRO_CALL, title="Intro", minutes=30, axes=[Axis.CULTURE])
    with pytest.raises(ValidationError, match=words), db.session() as s:
        loops.add_step(s, role_id, **{**args, **kwargs})


def test_step_questions_from_bank_and_in_place(db: Database) -> None:
    with db.session() as s:
        role_id = roles.add_role(s, "Role").id
        step = loops.add_step(s, role_id, kind=StepKind.TECH_DISCUSSION, title="Deep dive",
                              minutes=60, axes=[Axis.THEORY])
        step_id = step.id
        bank = questions.questions(s, axis=Axis.THEORY)
        loops.add_step_question(s, step_id, question_id=bank[0].id)
        loops.add_step_question(s, step_id, text="Explain   dropout to a product manager")
    with pytest.raises(ValidationError, match="already in this step"), db.session() as s:
        loops.add_step_question(s, step_id, question_id=bank[0].id)
    with db.session() as s:
        questions.set_retired(s, bank[0].id, True)
    with db.reader() as s:
        qs = loops.loop(s, role_id).steps[0].questions
        assert [q.text for q in qs] == [bank[0].text, "Explain dropout to a product manager"]
        assert qs[0].retired  # retired questions stay in the step that used them
        assert bank[0].id not in {q.id for q in questions.questions(s, axis=Axis.THEORY)}
        assert bank[0].id in {q.id for q in questions.questions(s, axis=Axis.THEORY,
                                                                include_retired=True)}


def test_question_bank_search_and_track_filter(db: Database) -> None:
    with db.session() as s:
        q = questions.add_question(s, axis=Axis.SYSTEMS, text="Wie würden Sie Feature-Stores "
                                   "versionieren?", guidance="Naïve answer: none",
                                   track=Track.MLOPS)
        qid = q.id
    with db.reader() as s:
        assert [r.id for r in questions.questions(s, text="wurden")] == [qid]
        assert [r.id for r in questions.questions(s, text="NAIVE ANSWER")] == [qid]
        mlops = questions.questions(s, axis=Axis.SYSTEMS, track=Track.MLOPS)
        ds = questions.questions(s, axis=Axis.SYSTEMS, track=Track.DATA_SCIENTIST)
        assert qid in {r.id for r in mlops} and qid not in {r.id for r in ds}
        assert any(r.track is None for r in ds)
    with pytest.raises(ValidationError, match="needs its text"), db.session() as s:
        questions.update_question(s, qid, axis=Axis.SYSTEMS, text=" ", guidance="",
                                  track=None)


def test_remove_role_only_without_candidates(db: Database) -> None:
    with db.session() as s:
        role_id = roles.add_role(s, "Intern").id
    with db.session() as s:
        roles.remove_role(s, role_id)
    with db.reader() as s:
        assert s.get(Role, role_id).deleted_at is not None
    with db.session() as s:
        roles.restore_role(s, role_id)
    with db.reader() as s:
        assert s.get(Role, role_id).deleted_at is None
