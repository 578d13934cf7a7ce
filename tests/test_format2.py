"""A file written by Hirefile in format 1 opens in format 2: backed up first, every row kept,
sound by every check, and usable at once."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from hirefile.settings import Identity
from hirefile.storage import check, glance, migrations
from hirefile.storage.database import Database

FORMAT1 = Path(__file__).parent / "data" / "format1-demo.hirefile.gz"
LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")


@pytest.fixture
def format1_file(tmp_path: Path) -> Path:
    """The demo file (40 candidates, 6 roles, 4 people) as Hirefile 0.x wrote it in format 1."""
    target = tmp_path / "Hiring.hirefile"
    with gzip.open(FORMAT1) as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def counts(path: Path) -> dict[str, int]:
    """Rows of every table of records (not the ones derived from them: search indexes, the
    counts the file keeps)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%' AND name != ?", (glance.KEPT,))]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_a_format1_file_is_backed_up_migrated_and_sound(format1_file: Path) -> None:
    before = counts(format1_file)
    assert before["candidate"] == 40
    with Database.open(format1_file, LENA) as db:
        assert db.opened_version == 1
        assert db.backup_path is not None
        assert counts(db.backup_path) == before  # the backup holds every row of format 1
        assert db.meta()["schema_version"] == str(migrations.SCHEMA_VERSION)
    after = counts(format1_file)
    assert {t: n for t, n in after.items() if t in before} == before  # no row lost
    report = check.check_file(format1_file)
    assert report.ok, report.problems


def columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{n}")'))
                for n in names}
    finally:
        conn.close()


def new_file_columns(folder: Path) -> dict[str, list[str]]:
    """The tables and columns of a file this Hirefile creates."""
    fresh = Database.create(folder / "New.hirefile", LENA)
    fresh.close()
    return columns(fresh.path)


def test_a_migrated_file_has_the_schema_of_a_new_one(format1_file: Path,
                                                     tmp_path: Path) -> None:
    Database.open(format1_file, LENA).close()
    assert columns(format1_file) == new_file_columns(tmp_path)


def test_two_format1_copies_migrated_apart_merge(format1_file: Path, tmp_path: Path) -> None:
    from sqlalchemy import select

    from hirefile.services.merging import merge_file
    from hirefile.storage.models import Candidate

    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(format1_file, theirs)
    daniel = Identity(str(uuid.uuid4()), "Daniel Okoye")
    with Database.open(theirs, daniel) as db, db.session() as s:
        first = s.scalars(select(Candidate).order_by(Candidate.id)).first()
        assert first is not None
        first.location = "Lagos"
        key = first.id
    with Database.open(format1_file, LENA) as db:
        result = merge_file(db, theirs)
        assert result.as_json()["changed"] == {"candidate": 1}
        assert result.outcome.conflicts == []
        with db.reader() as s:
            assert s.get(Candidate, key).location == "Lagos"
    report = check.check_file(format1_file)
    assert report.ok, report.problems
