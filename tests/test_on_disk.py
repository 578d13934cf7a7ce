"""The open file changed under it: told apart from the app's own writes, a replaced file
reopened in place, this copy's changes the new file lacks merged back, and no write ever
landing on the old file (real files, a sync tool's rename as the writer)."""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft
from hirefile.errors import FileReplaced, ReadOnlyFile
from hirefile.services import candidates
from hirefile.services.edits import set_candidate_fields
from hirefile.services.files import create_file
from hirefile.services.on_disk import FileWitness, Seen, missing_changes
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate

DANIEL = Identity(str(uuid.uuid4()), "Daniel Brandt")


def add(db: Database, name: str) -> str:
    with db.session() as s:
        return candidates.create_candidate(s, CandidateDraft(full_name=name)).id


def names(db: Database) -> set[str]:
    with db.reader() as s:
        return set(s.scalars(select(Candidate.full_name).where(Candidate.deleted_at.is_(None))))


def cofounders_version(db: Database, tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """What a sync tool delivers: a copy of the file, edited by the cofounder's Hirefile."""
    copy = db.save_copy(tmp_path / "incoming.hirefile")
    other = Database.open(copy, DANIEL)
    try:
        edit(other)
    finally:
        other.close()
    return copy


@pytest.fixture
def db(tmp_path: Path, identity: Identity) -> Database:
    d = create_file(tmp_path / "Hiring.hirefile", identity)
    yield d  # type: ignore[misc]
    d.close()


def test_own_writes_are_not_changes_on_disk_another_programs_are(db: Database) -> None:
    witness = FileWitness(db)
    try:
        add(db, "Ana Lima")
        assert witness.look() is Seen.SAME
        other = sqlite3.connect(db.path)  # another program, in place
        other.execute("UPDATE candidate SET notes = 'from outside'")
        other.commit()
        other.close()
        assert witness.look() is Seen.CHANGED
        witness.accept()
        assert witness.look() is Seen.SAME
    finally:
        witness.close()


def test_a_replaced_file_refuses_writes_until_reopened_and_the_old_file_is_untouched(
        db: Database, tmp_path: Path) -> None:
    add(db, "Ana Lima")
    witness = FileWitness(db)
    try:
        incoming = cofounders_version(db, tmp_path, lambda d: add(d, "Bo Chen"))
        old_fd = os.open(db.path, os.O_RDONLY)  # the file as it was, to read it afterwards
        try:
            os.replace(incoming, db.path)
            new_bytes = db.path.read_bytes()
            old_bytes = os.pread(old_fd, 1 << 22, 0)
            assert witness.look() is Seen.REPLACED
            with pytest.raises(FileReplaced, match="replaced by another version"):
                add(db, "Written onto the old file")
            assert os.pread(old_fd, 1 << 22, 0) == old_bytes  # nothing went to the old file
            assert db.path.read_bytes() == new_bytes  # nor to the new one
        finally:
            os.close(old_fd)
        taken = witness.take_in()
        assert taken.merged is None  # the new file held everything this copy had
        assert names(db) == {"Ana Lima", "Bo Chen"}
        add(db, "Cleo Diaz")  # writes go to the new file now
        assert witness.look() is Seen.SAME
    finally:
        witness.close()
    assert "Cleo Diaz" in names(db)
    reader = Database.open(db.path, db.identity, write=False)
    try:
        assert names(reader) == {"Ana Lima", "Bo Chen", "Cleo Diaz"}
    finally:
        reader.close()


def test_a_replacing_version_without_our_changes_gets_them_merged_back(
        db: Database, tmp_path: Path) -> None:
    ana = add(db, "Ana Lima")
    witness = FileWitness(db)
    try:
        incoming = cofounders_version(db, tmp_path, lambda d: add(d, "Bo Chen"))
        with db.session() as s:  # made here after the cofounder's copy left
            set_candidate_fields(s, ana, ["location=Lisbon"])
        add(db, "Cleo Diaz")
        os.replace(incoming, db.path)
        taken = witness.take_in()
        assert taken.merged is not None and taken.changes_merged == 2  # the edit, the new one
        assert names(db) == {"Ana Lima", "Bo Chen", "Cleo Diaz"}
        with db.reader() as s:
            assert candidates.candidate_draft(s, ana).location == "Lisbon"
        assert not list((tmp_path / "data" / "replaced").glob("*.hirefile"))  # merged: gone
    finally:
        witness.close()


def test_missing_changes_compares_version_vectors() -> None:
    assert missing_changes({"a": 5, "b": 2}, {"a": 5, "b": 3, "c": 1}) == {}
    assert missing_changes({"a": 5, "b": 2}, {"a": 4}) == {"a": 5, "b": 2}


def test_a_read_only_file_refuses_writes_in_a_sentence(db: Database, identity: Identity) -> None:
    reader = Database.open(db.path, identity, write=False)
    try:
        with pytest.raises(ReadOnlyFile, match="open read-only: you are looking, not editing"):
            add(reader, "Nobody")
    finally:
        reader.close()
