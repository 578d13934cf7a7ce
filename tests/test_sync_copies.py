"""Copies of the open file that sync tools kept beside it: found by name, confirmed by lineage,
never written; a merged copy moved to the archive folder without replacing anything."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import sqlite3
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from hirefile.errors import FileProblem
from hirefile.services.files import create_file
from hirefile.services.merging import merge_file
from hirefile.services.sync_copies import Sibling, archive, conflicted_copies
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate

FORMAT1 = Path(__file__).parent / "data" / "format1-demo.hirefile.gz"
LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okoye")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_file(path: Path, who: Identity = LENA) -> Database:
    db = create_file(path, who)
    with db.session() as s:
        s.add(Candidate(full_name="Ada Obi", email="ada@example.com"))
    return db


@pytest.fixture
def mine(tmp_path: Path) -> Iterator[Database]:
    """The file the founder has open (open for writing, as in the app)."""
    db = make_file(tmp_path / "Hiring.hirefile")
    yield db
    db.close()


def copy_as(db: Database, name: str) -> Path:
    target = db.path.with_name(name)
    shutil.copy(db.path, target)
    return target


def found(path: Path) -> dict[str, tuple[str, str]]:
    return {s.path.name: (s.tool, s.by) for s in conflicted_copies(path)}


def names_for(stem: str) -> dict[str, tuple[str, str]]:
    """One name per tool (and variant) for a copy of STEM.hirefile, with tool and `by`."""
    return {
        f"{stem} (Daniel’s MacBook's conflicted copy 2026-12-06).hirefile":
            ("Dropbox", "Daniel’s MacBook"),
        f"{stem} (LAPTOP-7's conflicted copy 2026-12-06 (1)).hirefile": ("Dropbox", "LAPTOP-7"),
        f"{stem} (Conflicted copy 2026-12-07 2).hirefile": ("Dropbox", ""),
        f"{stem} (Ноутбук Даниила's conflicted copy 2026-12-06).hirefile":
            ("Dropbox", "Ноутбук Даниила"),
        f"{stem} (1).hirefile": ("Google Drive", ""),
        f"{stem} (12).hirefile": ("Google Drive", ""),
        f"{stem}-DESKTOP-4F2K9Q.hirefile": ("OneDrive", "DESKTOP-4F2K9Q"),
        f"{stem}.sync-conflict-20261206-101112-ABCDEF7.hirefile": ("Syncthing", "ABCDEF7"),
        f"{stem}.sync-conflict-20261206-101112.hirefile": ("Syncthing", ""),
        f"{stem} 2.hirefile": ("iCloud", ""),
        f"{stem} 13.hirefile": ("iCloud", ""),
    }


@pytest.mark.parametrize("stem", ["Hiring", "Найм 2026", "Acme v2.1 (Berlin)"])
def test_each_tools_copy_is_found_with_its_tool(tmp_path: Path, stem: str) -> None:
    db = make_file(tmp_path / f"{stem}.hirefile")
    try:
        expected = names_for(stem)
        for name in expected:
            copy_as(db, name)
        assert found(db.path) == expected
        for s in conflicted_copies(db.path):
            st = s.path.stat()
            assert s.size == st.st_size
            assert s.modified == datetime.fromtimestamp(st.st_mtime, timezone.utc)
            assert s.unseen_changes is False  # a byte copy holds nothing new
            assert s.damaged is None
    finally:
        db.close()


def test_newest_copy_comes_first(mine: Database) -> None:
    old, new = copy_as(mine, "Hiring (1).hirefile"), copy_as(mine, "Hiring 2.hirefile")
    os.utime(old, (1_700_000_000, 1_700_000_000))
    os.utime(new, (1_800_000_000, 1_800_000_000))
    assert [s.path.name for s in conflicted_copies(mine.path)] == [new.name, old.name]


def test_a_name_in_another_unicode_form_is_found(tmp_path: Path) -> None:
    """macOS may hand back "й" as "и" and a combining breve: still the same name."""
    db = make_file(tmp_path / "Найм 2026.hirefile")
    try:
        decomposed = unicodedata.normalize("NFD", "Найм 2026 (1).hirefile")
        assert decomposed != "Найм 2026 (1).hirefile"
        copy_as(db, decomposed)
        assert found(db.path) == {decomposed: ("Google Drive", "")}
    finally:
        db.close()


def test_names_that_only_look_like_copies_are_not_copies(mine: Database) -> None:
    """Same lineage, same bytes, but named by a person: not a sync tool's copy."""
    for name in ("Hiring (draft).hirefile", "Hiring 2026.hirefile", "Hiring (2026).hirefile",
                 "Hiring-2026.hirefile", "Hiring copy.hirefile", "Hiring 2.hirefile.bak",
                 "Hiring 2.csv", "Old Hiring (1).hirefile", "Hiring (1) notes.hirefile",
                 "Hiring (conflicted).hirefile", "Hiring.sync-conflict.hirefile"):
        copy_as(mine, name)
    assert conflicted_copies(mine.path) == []


def test_the_open_file_itself_is_never_listed(mine: Database) -> None:
    os.link(mine.path, mine.path.with_name("Hiring (1).hirefile"))  # the same file, two names
    assert conflicted_copies(mine.path) == []
    assert mine.path.name not in found(mine.path)


def test_another_lineage_is_ignored(tmp_path: Path, mine: Database) -> None:
    (tmp_path / "elsewhere").mkdir()
    other = make_file(tmp_path / "elsewhere" / "Hiring.hirefile", DANIEL)
    other.close()
    shutil.copy(other.path, mine.path.with_name("Hiring (1).hirefile"))
    shutil.copy(other.path, mine.path.with_name("Hiring (Bo's conflicted copy 2026-12-06)"
                                                ".hirefile"))
    copy_as(mine, "Hiring 2.hirefile")
    assert found(mine.path) == {"Hiring 2.hirefile": ("iCloud", "")}


def test_files_of_other_kinds_with_a_copys_name_are_ignored(mine: Database) -> None:
    folder = mine.path.parent
    (folder / "Hiring (1).hirefile").write_text("not a database\n", encoding="utf-8")
    (folder / "Hiring 2.hirefile").write_bytes(b"")
    conn = sqlite3.connect(folder / "Hiring-LAPTOP.hirefile")  # another app's SQLite file
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.commit()
    conn.close()
    (folder / "Hiring 3.hirefile").mkdir()  # a folder
    assert conflicted_copies(mine.path) == []


def test_a_copy_cut_short_is_listed_as_damaged(mine: Database) -> None:
    copy = copy_as(mine, "Hiring (1).hirefile")
    with open(copy, "r+b") as fh:
        fh.truncate(copy.stat().st_size // 2)
    [sibling] = conflicted_copies(mine.path)
    assert sibling.path == copy and sibling.tool == "Google Drive"
    assert sibling.unseen_changes is None
    assert sibling.damaged is not None
    assert "Hiring (1).hirefile is damaged" in sibling.damaged
    assert "may not have finished syncing" in sibling.damaged
    assert "hirefile check" in sibling.damaged


def test_a_copy_with_a_garbled_schema_is_listed_as_damaged(mine: Database) -> None:
    copy = copy_as(mine, "Hiring 2.hirefile")
    with open(copy, "r+b") as fh:  # the schema table on page 1, after the 100-byte header
        fh.seek(100)
        fh.write(b"\xff" * 400)
    [sibling] = conflicted_copies(mine.path)
    assert sibling.tool == "iCloud" and sibling.unseen_changes is None
    assert sibling.damaged is not None and "is damaged" in sibling.damaged


def test_a_header_naming_an_impossible_format_is_damaged(mine: Database) -> None:
    copy = copy_as(mine, "Hiring (1).hirefile")
    with open(copy, "r+b") as fh:
        fh.seek(60)
        fh.write((999_999).to_bytes(4, "big"))
    [sibling] = conflicted_copies(mine.path)
    assert sibling.damaged is not None and "file format 999999" in sibling.damaged


def test_looking_writes_nothing(mine: Database) -> None:
    folder = mine.path.parent
    good = copy_as(mine, "Hiring (1).hirefile")
    cut = copy_as(mine, "Hiring 2.hirefile")
    with open(cut, "r+b") as fh:
        fh.truncate(cut.stat().st_size - 4096)
    before = {p.name: (sha(p), p.stat().st_mtime_ns) for p in (good, cut)}
    listing = sorted(os.listdir(folder))
    assert len(conflicted_copies(mine.path)) == 2
    assert {p.name: (sha(p), p.stat().st_mtime_ns) for p in (good, cut)} == before
    assert sorted(os.listdir(folder)) == listing  # no journal, lock note or -wal left


def test_a_cofounders_changes_are_told_apart_from_a_plain_copy(tmp_path: Path,
                                                               mine: Database) -> None:
    # Daniel's machine: the synced file, edited there; the sync tool brings it back renamed.
    daniels = tmp_path / "daniel" / "Hiring.hirefile"
    daniels.parent.mkdir()
    shutil.copy(mine.path, daniels)
    plain = copy_as(mine, "Hiring 2.hirefile")
    with mine.session() as s:  # Lena goes on working: the plain copy holds nothing she lacks
        s.add(Candidate(full_name="Bo Chen"))
    theirs = Database.open(daniels, DANIEL)
    with theirs.session() as s:
        s.add(Candidate(full_name="Chidi Eze"))
    theirs.close()
    conflicted = mine.path.with_name("Hiring (Daniel's conflicted copy 2026-12-06).hirefile")
    shutil.copy(daniels, conflicted)

    unseen = {s.path.name: s.unseen_changes for s in conflicted_copies(mine.path)}
    assert unseen == {plain.name: False, conflicted.name: True}

    result = merge_file(mine, conflicted)
    assert result.outcome.added["candidate"] == 1
    unseen = {s.path.name: s.unseen_changes for s in conflicted_copies(mine.path)}
    assert unseen == {plain.name: False, conflicted.name: False}


def test_a_copy_in_file_format_1_is_found_but_its_news_cannot_be_told(tmp_path: Path) -> None:
    """A copy still in format 1 (a cofounder on an older Hirefile) kept no version vector."""
    old = tmp_path / "Hiring (1).hirefile"
    with gzip.open(FORMAT1) as src, old.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    shutil.copy(old, tmp_path / "Hiring.hirefile")
    db = Database.open(tmp_path / "Hiring.hirefile", LENA)  # brought to the current format
    try:
        [sibling] = conflicted_copies(db.path)
        assert (sibling.path, sibling.tool) == (old, "Google Drive")
        assert sibling.unseen_changes is None and sibling.damaged is None
    finally:
        db.close()


def test_archive_moves_the_copy_beside_the_file_keeping_its_bytes(mine: Database) -> None:
    copy = copy_as(mine, "Hiring (1).hirefile")
    data, mine_data = copy.read_bytes(), mine.path.read_bytes()
    [sibling] = conflicted_copies(mine.path)
    moved = archive(sibling, mine.path)
    assert moved == mine.path.parent / "Hiring archive" / "Hiring (1).hirefile"
    assert moved.read_bytes() == data
    assert not copy.exists()
    assert mine.path.read_bytes() == mine_data
    assert conflicted_copies(mine.path) == []


def test_archive_never_replaces_an_archived_copy(mine: Database) -> None:
    first = archive(copy_as(mine, "Hiring (1).hirefile"), mine.path)
    first_data = first.read_bytes()
    with mine.session() as s:  # later, another copy of the same name (different bytes)
        s.add(Candidate(full_name="Bo Chen"))
    second_copy = copy_as(mine, "Hiring (1).hirefile")
    second_data = second_copy.read_bytes()
    assert second_data != first_data
    second = archive(conflicted_copies(mine.path)[0], mine.path)
    assert second == first.with_name("Hiring (1) (2).hirefile")
    assert first.read_bytes() == first_data
    assert second.read_bytes() == second_data
    third = archive(copy_as(mine, "Hiring (1).hirefile"), mine.path)
    assert third.name == "Hiring (1) (3).hirefile"
    assert sorted(p.name for p in first.parent.iterdir()) == [
        "Hiring (1) (2).hirefile", "Hiring (1) (3).hirefile", "Hiring (1).hirefile"]


def test_archive_refuses_the_open_file_and_a_copy_open_elsewhere(tmp_path: Path,
                                                                 mine: Database) -> None:
    data = mine.path.read_bytes()
    with pytest.raises(FileProblem, match="is the open file itself"):
        archive(mine.path, mine.path)
    assert mine.path.read_bytes() == data
    copy = copy_as(mine, "Hiring 2.hirefile")
    other = Database.open(copy, DANIEL)
    try:
        with pytest.raises(FileProblem, match="is open in Hirefile by Daniel Okoye"):
            archive(copy, mine.path)
        assert copy.exists()
    finally:
        other.close()
    assert archive(copy, mine.path).parent.name == "Hiring archive"


def test_archive_says_so_when_the_archive_name_is_taken_by_a_file(mine: Database) -> None:
    (mine.path.parent / "Hiring archive").write_text("notes\n", encoding="utf-8")
    copy = copy_as(mine, "Hiring 2.hirefile")
    with pytest.raises(FileProblem, match="Hiring archive exists and is not a folder"):
        archive(Sibling(path=copy, tool="iCloud", by="", modified=None,  # type: ignore[arg-type]
                        size=0, unseen_changes=None), mine.path)
    assert copy.exists()


def test_archive_on_a_disk_without_hard_links_still_never_replaces(
        mine: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """FAT and some network shares refuse hard links: the copy moves with one rename."""
    def no_links(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    first = archive(copy_as(mine, "Hiring 2.hirefile"), mine.path)
    first_data = first.read_bytes()
    monkeypatch.setattr(os, "link", no_links)
    with mine.session() as s:
        s.add(Candidate(full_name="Bo Chen"))
    copy = copy_as(mine, "Hiring 2.hirefile")
    data = copy.read_bytes()
    moved = archive(copy, mine.path)
    assert moved.name == "Hiring 2 (2).hirefile"
    assert (moved.read_bytes(), first.read_bytes()) == (data, first_data)
    assert not copy.exists()
