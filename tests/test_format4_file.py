"""A file Hirefile wrote in format 4 opens in this Hirefile with every row, the tables and
indexes of a new file, and the same search results: `tests/data/format4-demo.hirefile.gz`,
made with format 4's own code (40 demo candidates, Adi erased, a six-month retention rule, one
e-mail kept with Amna Siddiqui). When a later format migrates such files, these tests hold the
migration to it."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_format2 import columns, counts

from hirefile.services import listing, retention
from hirefile.services.erasure import ERASED_NAME
from hirefile.settings import Identity
from hirefile.storage import check
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate

FORMAT4 = Path(__file__).parent / "data" / "format4-demo.hirefile.gz"
LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")


def unpack_format4(folder: Path) -> Path:
    """The format-4 demo file, unpacked into `folder`."""
    target = folder / "Hiring.hirefile"
    with gzip.open(FORMAT4) as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


@pytest.fixture
def format4_file(tmp_path: Path) -> Path:
    return unpack_format4(tmp_path)


def indexes(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    finally:
        conn.close()


def names(db: Database, text: str) -> list[str]:
    with db.reader() as s:
        ids = listing.candidate_ids(s, text=text)
        return list(s.scalars(sa.select(Candidate.full_name).where(Candidate.id.in_(ids))
                              .order_by(Candidate.full_name)))


def test_a_format4_file_keeps_every_row_and_is_sound(format4_file: Path) -> None:
    before = counts(format4_file)
    assert before["candidate"] == 40 and before["correspondence"] == 1
    with Database.open(format4_file, LENA) as db, db.reader() as s:
        assert retention.rule(s).months == 6
        erased = s.scalars(sa.select(Candidate.full_name)
                           .where(Candidate.anonymised_at.is_not(None))).all()
        assert erased == [ERASED_NAME]
    after = counts(format4_file)
    grown = {"person", "replica"}  # a new person, on a new machine
    assert {t: n for t, n in after.items() if t not in grown} == \
        {t: n for t, n in before.items() if t not in grown}
    assert check.check_file(format4_file).ok


def test_a_format4_file_has_the_tables_and_indexes_of_a_new_one(format4_file: Path,
                                                                tmp_path: Path) -> None:
    Database.open(format4_file, LENA).close()
    fresh = Database.create(tmp_path / "New.hirefile", LENA)
    fresh.close()
    assert columns(format4_file) == columns(fresh.path)
    assert indexes(format4_file) == indexes(fresh.path)


def test_a_format4_file_finds_the_same_candidates(format4_file: Path) -> None:
    with Database.open(format4_file, LENA) as db:
        assert names(db, "marino") == ["Elisa Marino"]
        assert names(db, "entretien") == ["Amna Siddiqui"]  # in the e-mail kept with her
        assert names(db, "yahoo.co.id") == []  # Adi's address left with Adi's erasure
        assert len(names(db, "")) == 39
