"""The .hirefile format: signature, pragmas, stamps, refusals that leave files untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from files import beside
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from hirefile.errors import (
    CorruptFile,
    FileMissing,
    FileProblem,
    NewerSchemaFile,
    NotHirefileFile,
    NotSQLiteFile,
)
from hirefile.services.files import create_file
from hirefile.services.people import names
from hirefile.settings import Identity
from hirefile.storage import fileformat, migrations
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Candidate, ExitReason, Person, Role
from hirefile.storage.types import utcnow

ADA = Identity(str(uuid.uuid4()), "Ada Obi", "ada@example.org")
LEI = Identity(str(uuid.uuid4()), "王磊")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    db = create_file(tmp_path / "Hiring.hirefile", ADA)
    db.close()
    return db.path


def test_new_file_is_standard_sqlite_with_hirefile_signature(new_file: Path) -> None:
    conn = sqlite3.connect(new_file)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == fileformat.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    finally:
        conn.close()
    assert uuid.UUID(meta["file_uuid"]).version == 4
    assert meta["schema_version"] == str(migrations.SCHEMA_VERSION)
    assert meta["app_version"]
    assert meta["created_at"].startswith(str(utcnow().year))
    assert meta["last_writer"] == "Ada Obi"
    assert not new_file.with_name(new_file.name + "-wal").exists()


def test_every_connection_holds_the_required_pragmas(new_file: Path) -> None:
    with Database.open(new_file, ADA) as db, db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"


def test_a_connection_that_drops_a_pragma_is_refused(new_file: Path, monkeypatch) -> None:
    real = fileformat.apply_pragmas

    def without_fk(conn, *, read_only=False):
        real(conn, read_only=read_only)
        conn.execute("PRAGMA foreign_keys = OFF")

    monkeypatch.setattr(fileformat, "apply_pragmas", without_fk)
    before = digest(new_file)
    with pytest.raises(FileProblem, match="foreign_keys"):
        Database.open(new_file, ADA)
    assert digest(new_file) == before
    monkeypatch.undo()
    Database.open(new_file, ADA).close()  # and the lock was released


def test_changes_are_stamped_with_the_person_and_utc(new_file: Path) -> None:
    with Database.open(new_file, ADA) as db:
        with db.session() as s:
            role = Role(title="ML engineer")
            s.add(role)
        assert role.created_by == role.updated_by == ADA.person_id  # the person, by key
        assert role.created_at.utcoffset().total_seconds() == 0
        first_update = role.updated_at
        with db.reader() as s:
            people = {p.id: p.name for p in s.scalars(select(Person))}
        assert people[ADA.person_id] == "Ada Obi"
    with Database.open(new_file, LEI) as db:
        with db.session() as s:
            r = s.get(Role, role.id)
            r.title = "Senior ML engineer"
        with db.reader() as s:
            r = s.get(Role, role.id)
            assert (r.created_by, r.updated_by) == (ADA.person_id, LEI.person_id)
            assert names(s) == {ADA.person_id: "Ada Obi", LEI.person_id: "王磊"}
            assert r.updated_at > first_update
            assert r.created_at == role.created_at
        assert db.meta()["last_writer"] == "王磊"


def test_new_file_is_seeded_with_exit_reasons(new_file: Path) -> None:
    with Database.open(new_file, ADA, write=False) as db, db.reader() as s:
        reasons = s.scalars(select(ExitReason.text)).all()
    assert "Accepted another offer" in reasons
    assert "Skills below the bar" in reasons


def test_foreign_keys_are_enforced(new_file: Path) -> None:
    with Database.open(new_file, ADA) as db:
        with pytest.raises(IntegrityError), db.session() as s:
            s.add(Application(candidate_id=str(uuid.uuid4()), role_id=str(uuid.uuid4()),
                              stage_id=str(uuid.uuid4()), stage_entered_at=utcnow(),
                              applied_at=utcnow()))
        with db.reader() as s:
            assert s.scalar(select(Application.id)) is None


def test_naive_datetimes_are_refused(new_file: Path) -> None:
    from datetime import datetime

    with Database.open(new_file, ADA) as db, pytest.raises(Exception, match="naive"), \
            db.session() as s:
        s.add(Candidate(full_name="Naive Time", consent_at=datetime(2026, 1, 1)))


def test_create_refuses_an_existing_file(new_file: Path) -> None:
    before = digest(new_file)
    with pytest.raises(FileProblem, match="already exists"):
        create_file(new_file, ADA)
    assert digest(new_file) == before


# refusals -----------------------------------------------------------------------------------

def _foreign_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
    conn.commit()
    conn.close()
    return path


def _newer(path: Path) -> Path:
    db = create_file(path, ADA)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 3}")
    conn.commit()
    conn.close()
    return path


REFUSALS = {
    "text": (lambda p: (p.write_text("name,email\nAda,ada@x\n"), p)[1], NotSQLiteFile,
             "not an SQLite database"),
    "empty": (lambda p: (p.write_bytes(b""), p)[1], NotSQLiteFile, "not an SQLite database"),
    "png": (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)), p)[1], NotSQLiteFile,
            "not an SQLite database"),
    "foreign-sqlite": (_foreign_sqlite, NotHirefileFile, "SQLite database but not a Hirefile"),
    "newer": (_newer, NewerSchemaFile, "newer Hirefile"),
}


@pytest.mark.parametrize("kind", sorted(REFUSALS))
@pytest.mark.parametrize("write", [True, False])
def test_refused_files_are_named_and_left_byte_identical(tmp_path: Path, kind: str,
                                                         write: bool) -> None:
    make, error, words = REFUSALS[kind]
    path = make(tmp_path / f"{kind}.hirefile")
    before, mtime = digest(path), path.stat().st_mtime_ns
    with pytest.raises(error) as info:
        Database.open(path, ADA, write=write)
    assert str(path) in info.value.message
    assert words in info.value.message
    assert digest(path) == before
    assert path.stat().st_mtime_ns == mtime
    assert beside(tmp_path) == [path.name]


def test_newer_file_message_names_both_versions(tmp_path: Path) -> None:
    path = _newer(tmp_path / "newer.hirefile")
    with pytest.raises(NewerSchemaFile) as info:
        Database.open(path, ADA)
    assert f"format {migrations.SCHEMA_VERSION + 3}" in info.value.message
    assert f"up to {migrations.SCHEMA_VERSION}" in info.value.message


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileMissing, match="does not exist"):
        Database.open(tmp_path / "nope.hirefile", ADA)
    with pytest.raises(NotSQLiteFile, match="is a folder"):
        Database.open(tmp_path, ADA)


def test_damaged_file_is_refused_with_a_clear_message(new_file: Path) -> None:
    data = bytearray(new_file.read_bytes())
    data[100:4096 * 6] = b"\xff" * (4096 * 6 - 100)  # keep the header, wreck the schema pages
    new_file.write_bytes(bytes(data))
    before = digest(new_file)
    with pytest.raises((CorruptFile, FileProblem)) as info:
        Database.open(new_file, ADA)
    assert "damaged" in info.value.message or "could not" in info.value.message
    assert digest(new_file) == before


def test_schema_is_portable_to_postgresql() -> None:
    """Every table compiles for PostgreSQL: no SQLite-only types or constructs in the models."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    from hirefile.storage.models import Base
    from hirefile.storage.models.base import server_options

    server_options(Base.metadata)  # as every server engine is made
    dialect = postgresql.dialect()
    for table in Base.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "PRIMARY KEY (id)" in ddl or table.name == "meta"
        for index in table.indexes:
            ddl = str(CreateIndex(index).compile(dialect=dialect))
            if index.dialect_options["sqlite"]["where"] is not None:  # live rows only
                assert ddl.endswith(" WHERE deleted_at IS NULL"), ddl
    assert {"candidate", "application", "scorecard_rating", "offer"} <= set(
        Base.metadata.tables)


def test_every_domain_table_has_key_stamps_and_tombstone() -> None:
    from hirefile.storage.models import Base

    for table in Base.metadata.sorted_tables:
        if table.name in ("meta", "replica"):  # facts about the file and its copies
            continue
        cols = set(table.c.keys())
        assert {"id", "created_at", "created_by", "updated_at", "updated_by",
                "deleted_at", "row_clock", "field_clocks"} <= cols, table.name
        assert [c.name for c in table.primary_key.columns] == ["id"], table.name
        assert str(table.c.id.type) == "VARCHAR(36)", table.name
