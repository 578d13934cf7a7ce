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
        assert db.meta()["schema_version"] == str(migrations.SCHEMA_VERSION) == "4"
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
