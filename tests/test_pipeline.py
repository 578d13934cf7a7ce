"""Candidates, applications, moves with history, time in stage, exits, stages, talent pool."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft, validate_candidate
from hirefile.domain.contacts import github_key, linkedin_key, name_similarity, phone_key
from hirefile.domain.templates import template
from hirefile.domain.vocab import ActivityKind, Source, StageKind
from hirefile.errors import ValidationError
from hirefile.services import candidates, pipeline, stages
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Application, Candidate
from hirefile.storage.types import utcnow


@pytest.fixture
def db(db_location: Path | str, identity: Identity):
    db = create_file(db_location, identity)  # a file, and a database on PostgreSQL
    yield db
    db.close()


@pytest.fixture
def role_id(db: Database) -> str:
    with db.session() as s:
        return add_role_from_template(s, template("ml_engineer")).id


def add(db: Database, name: str, **kw) -> str:
    with db.session() as s:
        return candidates.create_candidate(s, CandidateDraft(full_name=name, **kw)).id


# contacts ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("fn", "typed", "key"), [
    (phone_key, "+48 601-234 567", "+48601234567"),
    (phone_key, "0048 601 234 567", "+48601234567"),
    (phone_key, "ext. 12", None),
    (github_key, "https://www.GitHub.com/AdaL/some-repo", "github.com/adal"),
    (github_key, "@adal", "github.com/adal"),
    (github_key, "gitlab.com/adal", None),
    (linkedin_key, "https://uk.linkedin.com/in/Ada-Obi-12ab/", "linkedin.com/in/ada-obi-12ab"),
    (linkedin_key, "linkedin.com/company/acme", None),
])
def test_contact_keys(fn, typed, key) -> None:
    assert fn(typed) == key


def test_name_similarity_ignores_order_and_accents() -> None:
    assert name_similarity("Łukasz Nowak", "Nowak Lukasz") == 1.0
    assert name_similarity("Jose Garcia", "José García") == 1.0
    assert name_similarity("Ana Lima", "Bruno Costa") < 0.5


def test_candidate_validation() -> None:
    issues = {i.field: i for i in validate_candidate(CandidateDraft(
        full_name=" ", email="not-an-email", github_url="gitlab.com/x", expectation=100,
        source=Source.REFERRAL))}
    assert set(issues) == {"full_name", "email", "github_url", "expectation_currency",
                           "referrer_name"}
    assert not issues["referrer_name"].error


# candidates and applications -----------------------------------------------------------------

def test_create_candidate_normalises_and_logs(db: Database) -> None:
    cid = add(db, "  Olúwaségun   Adébáyọ̀ ", email="Segun@Example.NG", phone="+234 803 123 4567",
              github_url="github.com/Segun", tags=["python", "LLM", "python"])
    with db.reader() as s:
        c = s.get(Candidate, cid)
        assert c.full_name == "Olúwaségun Adébáyọ̀" and c.email == "segun@example.ng"
        assert (c.phone_key, c.github_key) == ("+2348031234567", "github.com/segun")
        assert c.github_url == "https://github.com/Segun"
        assert candidates.tags_of(s, cid) == ["LLM", "python"]
        log = s.scalars(select(Activity.summary).where(Activity.candidate_id == cid)).all()
    assert log == ["Added Olúwaségun Adébáyọ̀"]


def test_bad_candidate_is_refused_with_the_field(db: Database) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Ana", email="ana@"))
    assert info.value.field == "email"
    with db.reader() as s:
        assert s.scalar(select(Candidate.id)) is None


def test_moves_record_who_when_from_to_and_why(db: Database, role_id: str,
                                               identity: Identity) -> None:
    cid = add(db, "Dilnoza Karimova")
    t0 = utcnow() - timedelta(days=20)
    with db.session() as s:
        app_id = pipeline.add_application(s, cid, role_id, at=t0).id
        st = {x.name: x.id for x in pipeline.stages_of(s, role_id)}
        pipeline.move(s, app_id, st["Screen"], at=t0 + timedelta(days=2))
        pipeline.move(s, app_id, st["Technical"], at=t0 + timedelta(days=9))
    with db.session() as s, pytest.raises(ValidationError, match="Say why"):
        pipeline.move(s, app_id, st["Rejected"])
    with db.session() as s:
        pipeline.move(s, app_id, st["Rejected"], reason="Skills below the bar",
                      note="Strong theory, little shipping", at=t0 + timedelta(days=10))
    with db.reader() as s:
        moves = pipeline.history(s, app_id)
        app = s.get(Application, app_id)
        assert app.exit_reason == "Skills below the bar"
        assert app.stage_entered_at == t0 + timedelta(days=10)
    assert [(m.from_name, m.to_name) for m in moves] == [
        (None, "Sourced"), ("Sourced", "Screen"), ("Screen", "Technical"),
        ("Technical", "Rejected")]
    assert {m.by for m in moves} == {identity.name}
    assert moves[-1].reason == "Skills below the bar"
    spent = dict(pipeline.time_in_stages(moves, now=t0 + timedelta(days=12)))
    assert spent == {"Sourced": timedelta(days=2), "Screen": timedelta(days=7),
                     "Technical": timedelta(days=1), "Rejected": timedelta(days=2)}


def test_undo_move_restores_stage_and_entry_time(db: Database, role_id: str) -> None:
    cid = add(db, "Kwame Mensah")
    t0 = utcnow() - timedelta(days=5)
    with db.session() as s:
        app_id = pipeline.add_application(s, cid, role_id, at=t0).id
    with db.session() as s:
        result = pipeline.advance(s, app_id)
    with db.session() as s:
        pipeline.undo_move(s, result)
    with db.reader() as s:
        app = s.get(Application, app_id)
        assert s.get(type(app.stage), app.stage_id).name == "Sourced"
        assert app.stage_entered_at == t0
        assert [m.to_name for m in pipeline.history(s, app_id)] == ["Sourced"]


def test_one_person_in_several_roles_but_once_per_role(db: Database, role_id: str) -> None:
    cid = add(db, "Aarav Sharma")
    with db.session() as s:
        other = add_role_from_template(s, template("mlops")).id
        pipeline.add_application(s, cid, role_id)
        pipeline.add_application(s, cid, other)
    with pytest.raises(ValidationError, match="already in the pipeline"), db.session() as s:
        pipeline.add_application(s, cid, role_id)


def test_bulk_move_and_exit_reasons(db: Database, role_id: str) -> None:
    ids = [add(db, n) for n in ("Ana Lima", "Bruno Costa", "Carla Dias")]
    with db.session() as s:
        apps = [pipeline.add_application(s, c, role_id).id for c in ids]
    with db.session() as s:
        moved = pipeline.bulk_move(s, apps, "withdrew", reason="Accepted another offer")
    assert len(moved.moved) == 3 and not moved.skipped
    with db.session() as s:
        reasons = pipeline.exit_reasons(s, StageKind.WITHDREW)
        assert "Accepted another offer" in reasons
        pipeline.set_exit_reasons(s, StageKind.WITHDREW, ["Relocation", *reasons[:2]])
    with db.reader() as s:
        assert pipeline.exit_reasons(s, StageKind.WITHDREW) == ["Relocation", *reasons[:2]]


def test_custom_stages(db: Database, role_id: str) -> None:
    cid = add(db, "Yuki Tanaka")
    with db.session() as s:
        app_id = pipeline.add_application(s, cid, role_id).id
        st = {x.name: x for x in pipeline.stages_of(s, role_id)}
        stages.rename_stage(s, st["Onsite"].id, "Founder day")
        new = stages.add_stage(s, role_id, "Reference check", after_stage_id=st["Debrief"].id)
        stages.move_stage(s, new.id, 2)
    with db.reader() as s:
        names = [x.name for x in pipeline.stages_of(s, role_id)]
    assert names[:4] == ["Sourced", "Applied", "Reference check", "Screen"]
    assert "Founder day" in names and "Onsite" not in names
    with pytest.raises(ValidationError, match="holds 1 candidate"), db.session() as s:
        stages.remove_stage(s, st["Sourced"].id)
    with pytest.raises(ValidationError, match="is needed"), db.session() as s:
        stages.remove_stage(s, st["Hired"].id)
    with pytest.raises(ValidationError, match="already has a stage"), db.session() as s:
        stages.rename_stage(s, st["Screen"].id, "sourced")
    with db.session() as s:
        stages.remove_stage(s, new.id)
        pipeline.move(s, app_id, st["Screen"].id)
    with db.reader() as s:
        assert "Reference check" not in [x.name for x in pipeline.stages_of(s, role_id)]


def test_talent_pool_due_dates(db: Database) -> None:
    today = date(2026, 11, 27)
    add(db, "Later Person", in_talent_pool=True, reach_out_on=today + timedelta(days=30))
    due = add(db, "Due Person", in_talent_pool=True, reach_out_on=today)
    late = add(db, "Overdue Person", in_talent_pool=True, reach_out_on=today - timedelta(days=3))
    add(db, "Not Pooled", reach_out_on=today)
    with db.reader() as s:
        assert pipeline.due_for_reach_out(s, today) == [late, due]


def test_tags_edit_and_bulk(db: Database) -> None:
    a, b = add(db, "Chen Jing", tags=["nlp"]), add(db, "Omar Haddad")
    with db.session() as s:
        assert candidates.add_tags(s, [a, b], ["Finalist"]) == 2
    with db.session() as s:
        candidates.set_tags(s, a, ["finalist"])
    with db.reader() as s:
        assert candidates.tags_of(s, a) == ["Finalist"]
        assert candidates.tags_of(s, b) == ["Finalist"]
        kinds = s.scalars(select(Activity.kind).where(Activity.candidate_id == a)).all()
    assert ActivityKind.UPDATED in kinds


def test_removing_a_candidate_removes_their_applications_and_undo_restores(
        db: Database, role_id: str) -> None:
    from hirefile.services import board
    from hirefile.storage.check import check_file

    cid = add(db, "Tomás Ferreira")
    keep = add(db, "Inès Laurent")
    with db.session() as s:
        pipeline.add_application(s, cid, role_id)
        pipeline.add_application(s, keep, role_id)
    with db.session() as s:
        candidates.remove_candidate(s, cid)
    with db.reader() as s:
        cols = {c.name: c.count for c in board.columns(s, board.BoardFilter(role_id=role_id))}
    assert cols["Sourced"] == 1
    assert db.on_server or check_file(db.path).ok  # the file's own checks (SQLite)
    with db.session() as s:
        candidates.restore_candidate(s, cid)
    with db.reader() as s:
        cols = {c.name: c.count for c in board.columns(s, board.BoardFilter(role_id=role_id))}
    assert cols["Sourced"] == 2
