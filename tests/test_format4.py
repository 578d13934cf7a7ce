"""A file written by Hirefile in format 3 opens in format 4: backed up first, every row kept,
sound, with the schema of a new file; migrating again changes nothing; two copies migrated
apart still merge."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_format2 import columns, counts, new_file_columns

from hirefile.services import retention
from hirefile.services.erasure import ERASED_NAME
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage import check, format4, migrations
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate

FORMAT3 = Path(__file__).parent / "data" / "format3-demo.hirefile.gz"
LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")


@pytest.fixture
def format3_file(tmp_path: Path) -> Path:
    """The demo file as Hirefile wrote it in format 3: 40 candidates, one of them erased,
    a six-month retention rule, one e-mail kept, one consent date."""
    target = tmp_path / "Hiring.hirefile"
    with gzip.open(FORMAT3) as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def test_a_format3_file_is_backed_up_migrated_and_sound(format3_file: Path) -> None:
    before = counts(format3_file)
    assert before["candidate"] == 40 and before["correspondence"] == 1
    with Database.open(format3_file, LENA) as db:
        assert db.opened_version == 3
        assert db.backup_path is not None and counts(db.backup_path) == before
        assert db.meta()["schema_version"] == str(migrations.SCHEMA_VERSION)
        with db.reader() as s:
            assert retention.rule(s).months == 6
            erased = s.scalars(sa.select(Candidate.full_name)
                               .where(Candidate.anonymised_at.is_not(None))).all()
            assert erased == [ERASED_NAME]
    after = counts(format3_file)
    grown = {"person", "replica"}  # a new person, on a new machine
    assert {t: n for t, n in after.items() if t in before and t not in grown} == \
        {t: n for t, n in before.items() if t not in grown}
    assert check.check_file(format3_file).ok


def test_a_migrated_file_has_the_schema_of_a_new_one(format3_file: Path,
                                                     tmp_path: Path) -> None:
    Database.open(format3_file, LENA).close()
    assert columns(format3_file) == new_file_columns(tmp_path)


def test_migrating_again_changes_nothing(format3_file: Path) -> None:
    Database.open(format3_file, LENA).close()
    before = counts(format3_file)
    with Database.open(format3_file, LENA) as db, db.engine.begin() as conn:
        format4.upgrade(conn)
    assert counts(format3_file) == before
    assert check.check_file(format3_file).ok


def test_two_format3_copies_migrated_apart_merge(format3_file: Path, tmp_path: Path) -> None:
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(format3_file, theirs)
    daniel = Identity(str(uuid.uuid4()), "Daniel Okoye")
    with Database.open(theirs, daniel) as db, db.session() as s:
        retention.set_rule(s, 12, False)
    with Database.open(format3_file, LENA) as db:
        result = merge_file(db, theirs)
        assert result.outcome.conflicts == []
        with db.reader() as s:
            assert retention.rule(s).months == 12
    assert check.check_file(format3_file).ok


def test_a_format3_file_has_an_unordered_plan_and_hirefiles_onboarding_template(
        format3_file: Path) -> None:
    from hirefile.domain import onboarding as defaults
    from hirefile.services import onboarding, plan
    from hirefile.storage.models import OnboardingTemplateItem, Role

    with Database.open(format3_file, LENA) as db, db.reader() as s:
        positions = s.scalars(sa.select(Role.plan_position)).all()
        assert positions and set(positions) == {None}
        assert {tuple(d) for d in s.scalars(sa.select(Role.plan_dismissed))} == {()}
        assert s.scalar(sa.select(sa.func.count()).select_from(OnboardingTemplateItem)) == 0
        assert onboarding.template(s) == list(defaults.DEFAULT)
        rows = plan.read_plan(s).rows
        assert len(rows) == len({r.id for r in rows}) > 0


def test_two_migrated_copies_that_both_edit_the_onboarding_template_merge_into_one(
        format3_file: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    from hirefile.domain import onboarding as defaults
    from hirefile.services import onboarding

    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(format3_file, theirs)
    daniel = Identity(str(uuid.uuid4()), "Daniel Okoye")
    first = list(defaults.DEFAULT)
    with Database.open(theirs, daniel) as db, db.session() as s:
        onboarding.set_template(s, [replace(first[0], days=-30), *first[1:]])
    with Database.open(format3_file, LENA) as db:
        with db.session() as s:
            onboarding.set_template(s, first[:-1])
        merge_file(db, theirs)
        with db.reader() as s:
            merged = onboarding.template(s)
    keys = [t.key for t in merged]
    assert len(keys) == len(set(keys))


# anchored scales and debrief estimates ---------------------------------------------------------

def test_a_format3_file_gets_the_built_in_anchors(format3_file: Path) -> None:
    from hirefile.domain.anchors import question_anchors
    from hirefile.storage.models import Question

    with Database.open(format3_file, LENA) as db, db.reader() as s:
        kept = s.execute(sa.select(Question.builtin_key, Question.anchors)
                         .where(Question.builtin_key.is_not(None))).all()
        assert kept and all(list(question_anchors(k)) == a for k, a in kept)
        assert s.scalar(sa.select(sa.func.count()).select_from(
            sa.table("axis_anchor"))) == 0
        assert s.scalar(sa.select(sa.func.count()).select_from(
            sa.table("debrief_estimate"))) == 0


def _lena_submits(db: Database) -> str:
    """Lena writes a scorecard on an interview of the demo file; the application's id."""
    from hirefile.domain.vocab import ActivityKind
    from hirefile.services import scorecards as sc
    from hirefile.services.activity import record
    from hirefile.storage.models import Interview

    with db.session() as s:  # the first write adds the person at the keyboard to the file
        record(s, ActivityKind.CREATED, "person", LENA.person_id, "Lena started working")
    with db.session() as s:
        interview = s.scalars(sa.select(Interview).where(Interview.deleted_at.is_(None))
                              .order_by(Interview.id)).first()
        assert interview is not None
        card = sc.start(s, interview.id, LENA.person_id)
        s.flush()
        sc.submit(s, card.id, LENA.person_id, sc.ScorecardDraft(
            ratings={r.axis: (2, "Said little about tests") for r in card.ratings},
            recommendation=2))
        return interview.application_id


def test_a_revised_score_in_two_copies_merges_with_a_conflict(format3_file: Path,
                                                              tmp_path: Path) -> None:
    from hirefile.services import estimates

    with Database.open(format3_file, LENA) as db:
        app = _lena_submits(db)
        with db.session() as s:
            estimates.start(s, app, LENA.person_id)
    theirs = tmp_path / "laptop" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(format3_file, theirs)
    with Database.open(theirs, LENA) as db, db.session() as s:
        estimates.revise(s, app, LENA.person_id, {"overall": 4}, "The take-home's tests")
    with Database.open(format3_file, LENA) as db:
        with db.session() as s:
            estimates.revise(s, app, LENA.person_id, {"overall": 3}, "Heard Daniel out")
        result = merge_file(db, theirs)
        fields = {(c.kind, c.field) for c in result.outcome.conflicts}
        assert ("debrief_estimate", "after_score") in fields
        assert ("debrief_estimate", "reason") in fields
        assert all(c.mine == "(sealed)" for c in result.outcome.conflicts)
        with db.reader() as s:
            moved = estimates.estimates(s, app, LENA.person_id).moved
        assert [(m.aspect, m.after, m.reason) for m in moved] == [
            ("overall", 3, "Heard Daniel out")] or \
            [(m.aspect, m.after, m.reason) for m in moved] == [
            ("overall", 4, "The take-home's tests")]
    assert check.check_file(format3_file).ok


def test_two_copies_that_each_started_the_discussion_merge_into_one(
        format3_file: Path, tmp_path: Path) -> None:
    from hirefile.services import estimates

    with Database.open(format3_file, LENA) as db:
        app = _lena_submits(db)
    theirs = tmp_path / "laptop" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(format3_file, theirs)
    for path in (format3_file, theirs):
        with Database.open(path, LENA) as db, db.session() as s:
            estimates.start(s, app, LENA.person_id)
    with Database.open(format3_file, LENA) as db:
        merge_file(db, theirs)
        with db.reader() as s:
            rows = estimates.estimates(s, app, LENA.person_id).rows
        assert len(rows) == len({(r.person_id, r.aspect) for r in rows}) > 0
    assert check.check_file(format3_file).ok


def indexes(path: Path) -> dict[str, str]:
    """Every index of the file by name, with its SQL."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                 "AND sql IS NOT NULL").fetchall())
    finally:
        conn.close()


HOME_INDEXES = ("ix_interview_panelist_live_person", "ix_scorecard_live_interviewer")


def test_a_format3_file_gets_the_home_pages_indexes_once(format3_file: Path,
                                                         tmp_path: Path) -> None:
    assert not set(HOME_INDEXES) & set(indexes(format3_file))
    Database.open(format3_file, LENA).close()
    migrated = indexes(format3_file)
    fresh = Database.create(tmp_path / "New.hirefile", LENA)
    fresh.close()
    assert {n: migrated[n] for n in HOME_INDEXES} == {n: indexes(fresh.path)[n]
                                                      for n in HOME_INDEXES}
    assert "WHERE deleted_at IS NULL" in migrated["ix_scorecard_live_interviewer"]
    with Database.open(format3_file, LENA) as db, db.engine.begin() as conn:
        format4.dashboard_indexes(conn)  # again: nothing to do
    assert indexes(format3_file) == migrated
