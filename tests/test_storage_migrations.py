"""Migrations run on open, after a verified backup; a failed backup or migration changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from files import beside

from hirefile.errors import FileProblem, StorageFailure
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage import migrations
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate

ADA = Identity(str(uuid.uuid4()), "Ada Obi")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_linkedin_headline(conn: sa.Connection) -> None:
    """A realistic next-version migration: a new column, filled from existing data."""
    conn.execute(sa.text("ALTER TABLE candidate ADD COLUMN headline VARCHAR"))
    conn.execute(sa.text("UPDATE candidate SET headline = current_title"))


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    db = create_file(tmp_path / "Hiring.hirefile", ADA)
    with db.session() as s:
        s.add(Candidate(full_name="Zoë Kowalczyk", current_title="Data engineer"))
    db.close()
    return db.path


@pytest.fixture
def next_version(monkeypatch: pytest.MonkeyPatch) -> int:
    target = migrations.SCHEMA_VERSION + 1
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", target)
    monkeypatch.setitem(migrations.MIGRATIONS, target, add_linkedin_headline)
    return target


def test_older_file_is_backed_up_then_migrated(v1_file: Path, next_version: int) -> None:
    original = digest(v1_file)
    with Database.open(v1_file, ADA) as db:
        backup = db.backup_path
        assert db.meta()["schema_version"] == str(next_version)
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT headline FROM candidate")).scalar() == \
                "Data engineer"
            assert conn.execute(sa.text("PRAGMA user_version")).scalar() == next_version
    assert backup is not None and backup.exists()
    assert backup.parent == v1_file.parent
    assert f"before-format-{next_version}" in backup.name
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == next_version - 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT full_name FROM candidate").fetchone()[0] == "Zoë Kowalczyk"
    finally:
        conn.close()
    assert digest(v1_file) != original


def test_a_backup_that_does_not_verify_stops_the_migration(
        v1_file: Path, next_version: int, monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(v1_file)
    monkeypatch.setattr(migrations, "_table_counts",
                        lambda conn: {"candidate": id(conn)})  # every copy looks different
    with pytest.raises(StorageFailure, match="did not verify"):
        Database.open(v1_file, ADA)
    assert digest(v1_file) == before
    assert beside(v1_file.parent) == [v1_file.name]


def test_a_failing_migration_rolls_back_and_keeps_the_backup(
        v1_file: Path, next_version: int, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn: sa.Connection) -> None:
        conn.execute(sa.text("ALTER TABLE candidate ADD COLUMN headline VARCHAR"))
        conn.execute(sa.text("UPDATE nowhere SET x = 1"))

    monkeypatch.setitem(migrations.MIGRATIONS, next_version, broken)
    with pytest.raises(FileProblem):
        Database.open(v1_file, ADA)
    conn = sqlite3.connect(v1_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == next_version - 1
        cols = [r[1] for r in conn.execute("PRAGMA table_info(candidate)")]
    finally:
        conn.close()
    assert "headline" not in cols  # the DDL was rolled back with the rest
    assert len(list(v1_file.parent.glob("*.before-format-*"))) == 1
    # and the file is not left locked
    assert not v1_file.with_name(v1_file.name + ".lock").exists()


def test_read_only_open_of_an_older_file_asks_for_an_update(
        v1_file: Path, next_version: int) -> None:
    before = digest(v1_file)
    with pytest.raises(FileProblem, match="open it once for writing"):
        Database.open(v1_file, ADA, write=False)
    assert digest(v1_file) == before
