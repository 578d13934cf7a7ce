"""Save a Copy: a complete, consistent file of the same lineage, written atomically."""

from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path

import pytest
from files import beside
from sqlalchemy import select

from hirefile.errors import FileProblem, StorageFailure
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate

ADA = Identity(str(uuid.uuid4()), "Ada Obi")


@pytest.fixture
def db(tmp_path: Path):
    db = create_file(tmp_path / "Hiring.hirefile", ADA)
    with db.session() as s:
        s.add(Candidate(full_name="Chidi Okonkwo", email="chidi@example.ng"))
    yield db
    db.close()


def test_copy_holds_everything_and_keeps_the_lineage(db: Database, tmp_path: Path) -> None:
    target = db.save_copy(tmp_path / "Copy.hirefile")
    assert target == tmp_path / "Copy.hirefile"
    assert check_file(target).ok
    with Database.open(target, ADA, write=False) as copy, copy.reader() as s:
        assert s.scalars(select(Candidate.full_name)).all() == ["Chidi Okonkwo"]
        assert copy.meta()["file_uuid"] == db.meta()["file_uuid"]
    assert beside(tmp_path) == ["Copy.hirefile", "Hiring.hirefile",
                                                          "Hiring.hirefile.lock"]


def test_copy_cannot_replace_the_open_file(db: Database) -> None:
    with pytest.raises(FileProblem, match="is the Hirefile file that is open"):
        db.save_copy(db.path)


def test_copy_into_a_missing_folder_says_so(db: Database, tmp_path: Path) -> None:
    with pytest.raises(StorageFailure, match="does not exist"):
        db.save_copy(tmp_path / "no" / "such" / "Copy.hirefile")


def test_a_full_disk_leaves_no_half_written_copy(db: Database, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "Copy.hirefile"
    target.write_bytes(b"previous copy")

    def full(src, dst):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StorageFailure, match="The disk is full"):
        db.save_copy(target)
    monkeypatch.undo()
    assert target.read_bytes() == b"previous copy"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
