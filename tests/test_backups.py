"""Automatic backups: made from the open file, listed with what they hold, rotated (recent,
daily, weekly, a size cap) and restored as a new file, never touching the open one."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hirefile.domain.templates import TEMPLATES
from hirefile.domain.vocab import RoleStatus
from hirefile.errors import FileInUse, FileProblem, OutputRefused
from hirefile.paths import data_dir
from hirefile.services.backups import (
    BackupInfo,
    backups_dir,
    list_backups,
    make_backup,
    replace_with_backup,
    restore_as_new,
    rotate,
    up_to_date,
)
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, Role

NOON = datetime(2026, 12, 6, 10, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def db(new_db: Database, add_candidates: Callable[..., None]) -> Database:
    add_candidates(new_db, 12, with_roles=False)
    with new_db.session() as s:
        add_role_from_template(s, TEMPLATES[0], status=RoleStatus.OPEN)
        add_role_from_template(s, TEMPLATES[1], status=RoleStatus.DRAFT)
        # one removed candidate, which a count must leave out
        s.scalars(select(Candidate).limit(1)).one().deleted_at = NOON
    assert check_file(new_db.path).ok
    return new_db


def live_counts(db: Database) -> tuple[int, int]:
    with db.reader() as s:
        return (s.scalar(select(func.count()).select_from(Candidate)
                         .where(Candidate.deleted_at.is_(None))) or 0,
                s.scalar(select(func.count()).select_from(Role)
                         .where(Role.deleted_at.is_(None))) or 0)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_backup_is_made_in_the_data_folder_and_listed_with_its_counts(db: Database) -> None:
    info = make_backup(db, "open", now=NOON)
    folder = data_dir() / "backups" / db.file_uuid
    assert info.path == folder / "2026-12-06T101500Z-open.hirefile"
    assert check_file(info.path).ok
    assert live_counts(db) == (11, 2)
    assert (info.candidates, info.roles, info.damaged) == (11, 2, None)
    assert info.size == info.path.stat().st_size > 0

    second = make_backup(db, "merge", now=NOON)  # the same second: a name of its own
    later = make_backup(db, "timer", now=NOON + timedelta(minutes=30))
    assert names(folder) == ["2026-12-06T101500Z-merge.hirefile",
                             "2026-12-06T101500Z-open.hirefile",
                             "2026-12-06T104500Z-timer.hirefile"]
    listed = list_backups(db.file_uuid)
    assert [b.path for b in listed] == [later.path, second.path, info.path]
    assert [(b.reason, b.taken_at) for b in listed] == [
        ("timer", NOON + timedelta(minutes=30)), ("merge", NOON), ("open", NOON)]
    assert all((b.candidates, b.roles) == (11, 2) for b in listed)


def test_two_backups_of_one_second_and_reason_get_two_names(db: Database) -> None:
    first = make_backup(db, "timer", now=NOON)
    second = make_backup(db, "timer", now=NOON)
    assert first.path.name == "2026-12-06T101500Z-timer.hirefile"
    assert second.path.name == "2026-12-06T101500Z-timer-2.hirefile"
    assert [b.path for b in list_backups(db.file_uuid)] == [second.path, first.path]


def test_a_backup_holds_the_file_as_it_was_then(db: Database) -> None:
    before = make_backup(db, "open", now=NOON)
    with db.session() as s:
        s.add(Candidate(full_name="Zainab Bello", email="zainab@example.ng"))
    after = make_backup(db, "timer", now=NOON + timedelta(hours=1))
    assert (before.candidates, after.candidates) == (11, 12)


def test_the_open_file_is_untouched(db: Database, tmp_path: Path) -> None:
    original = db.path.read_bytes()
    beside = sorted(p.name for p in db.path.parent.iterdir())
    info = make_backup(db, "open", now=NOON)
    list_backups(db.file_uuid)
    rotate(db.file_uuid, now=NOON + timedelta(days=400))
    restore_as_new(info, tmp_path / "data" / "Restored.hirefile")
    assert db.path.read_bytes() == original
    assert sorted(p.name for p in db.path.parent.iterdir()) == sorted({*beside, "data"})


def test_an_unknown_reason_is_a_bug(db: Database) -> None:
    with pytest.raises(ValueError, match="unknown backup reason"):
        make_backup(db, "whenever", now=NOON)


def test_rotation_over_ten_simulated_weeks_keeps_exactly_the_expected_set(
        db: Database) -> None:
    """A backup every twelve hours from Monday 28 September to Sunday 6 December, then one every
    half hour on the last day, each followed by the rotation as `make_backup` runs it."""
    start = datetime(2026, 9, 28, tzinfo=timezone.utc)
    burst = datetime(2026, 12, 6, 8, tzinfo=timezone.utc)
    end = datetime(2026, 12, 6, 18, tzinfo=timezone.utc)
    times = [start + timedelta(hours=6 + 12 * i) for i in range(139)]  # 06:00, 18:00
    times += [burst + timedelta(minutes=30 * i) for i in range(21)]  # 08:00 … 18:00
    assert times == sorted(times) and times[138] < burst and times[-1] == end
    for when in times:
        make_backup(db, "timer", now=when)

    recent = [f"2026-12-06T{h:02d}{m:02d}00Z-timer.hirefile"
              for h, m in [(13, 30), (14, 0), (14, 30), (15, 0), (15, 30), (16, 0), (16, 30),
                           (17, 0), (17, 30), (18, 0)]]
    daily = [f"2026-{d}T180000Z-timer.hirefile"
             for d in ("11-30", "12-01", "12-02", "12-03", "12-04", "12-05")]
    weekly = [f"2026-{d}T180000Z-timer.hirefile"  # the Sunday evening of each earlier week
              for d in ("10-18", "10-25", "11-01", "11-08", "11-15", "11-22", "11-29")]
    folder = backups_dir(db.file_uuid)
    assert names(folder) == sorted(recent + daily + weekly)
    # nothing more goes while time stands still; a day later (a new week) the burst is down
    # to its newest, 30 November is past seven days and the week of 12 October past eight
    assert rotate(db.file_uuid, now=end) == []
    rotate(db.file_uuid, now=end + timedelta(days=1))
    assert names(folder) == sorted([recent[-1], *daily[1:], *weekly[1:]])


def test_the_size_cap_removes_the_oldest_but_keeps_the_newest(db: Database) -> None:
    made = [make_backup(db, "timer", now=NOON + timedelta(minutes=30 * i)) for i in range(4)]
    size = made[-1].size
    assert all(b.size == size for b in made)
    folder = backups_dir(db.file_uuid)
    removed = rotate(db.file_uuid, now=made[-1].taken_at, size_cap=int(size * 2.5))
    assert sorted(removed) == [made[0].path, made[1].path]
    assert names(folder) == [made[2].path.name, made[3].path.name]
    rotate(db.file_uuid, now=made[-1].taken_at, size_cap=1)  # smaller than any backup
    assert names(folder) == [made[3].path.name]


def test_a_damaged_backup_is_listed_as_damaged_and_not_restored(db: Database,
                                                                  tmp_path: Path) -> None:
    good = make_backup(db, "open", now=NOON)
    folder = good.path.parent
    cut = folder / "2026-12-06T111500Z-timer.hirefile"  # half a file, as after a bad disk
    data = good.path.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    junk = folder / "2026-12-06T121500Z-merge.hirefile"
    junk.write_bytes(b"not a database at all" * 10)
    (folder / "notes.txt").write_text("not a backup")  # ignored: not named like one

    listed = {b.path.name: b for b in list_backups(db.file_uuid)}
    assert sorted(listed) == sorted([good.path.name, cut.name, junk.name])
    assert listed[good.path.name].damaged is None
    assert listed[cut.name].damaged is not None and "damaged" in listed[cut.name].damaged
    assert listed[cut.name].candidates is None
    assert listed[junk.name].damaged == "is not a Hirefile file: it is not an SQLite database"
    with pytest.raises(FileProblem, match=r"backup of 2026-12-06 12:15 UTC cannot be restored: "
                                          r"it is not a Hirefile file"):
        restore_as_new(listed[junk.name], tmp_path / "Restored.hirefile")
    with pytest.raises(FileProblem, match="cannot be restored: it is damaged"):
        restore_as_new(listed[cut.name], tmp_path / "Restored.hirefile")
    assert not (tmp_path / "Restored.hirefile").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_backup_of_another_file_in_the_folder_is_not_offered(db: Database, tmp_path: Path,
                                                                identity: Identity) -> None:
    from hirefile.services.files import create_file

    other = create_file(tmp_path / "Other.hirefile", identity)
    try:
        theirs = make_backup(other, "open", now=NOON)
    finally:
        other.close()
    moved = backups_dir(db.file_uuid) / theirs.path.name
    moved.parent.mkdir(parents=True)
    theirs.path.rename(moved)
    [listed] = list_backups(db.file_uuid)
    assert listed.damaged == "belongs to another file (its id differs)"


def test_restore_as_new_gives_an_openable_file_with_the_same_rows(
        db: Database, tmp_path: Path, identity: Identity) -> None:
    info = make_backup(db, "open", now=NOON)
    backup_bytes = info.path.read_bytes()
    with db.session() as s:  # a change after the backup is not in the restored file
        s.add(Candidate(full_name="Zainab Bello", email="zainab@example.ng"))
    target = restore_as_new(info, tmp_path / "Restored.hirefile")
    assert target == tmp_path / "Restored.hirefile"
    assert check_file(target).ok
    assert info.path.read_bytes() == backup_bytes
    with db.reader() as s:
        now_names = set(s.scalars(select(Candidate.full_name)
                                  .where(Candidate.deleted_at.is_(None))))
    with Database.open(target, identity) as restored, restored.reader() as s:
        restored_names = set(s.scalars(select(Candidate.full_name)
                                       .where(Candidate.deleted_at.is_(None))))
        assert restored.meta()["file_uuid"] == db.file_uuid
        assert restored.meta()["replica_id"] != db.meta().get("replica_id")
    assert restored_names == now_names - {"Zainab Bello"}
    assert len(restored_names) == info.candidates == 11


def test_restore_as_new_never_replaces_a_file(db: Database, tmp_path: Path) -> None:
    info = make_backup(db, "open", now=NOON)
    existing = tmp_path / "Notes.hirefile"
    existing.write_bytes(b"something of mine")
    with pytest.raises(OutputRefused, match="already exists; choose a new name"):
        restore_as_new(info, existing)
    assert existing.read_bytes() == b"something of mine"
    original = db.path.read_bytes()
    with pytest.raises(OutputRefused, match="already exists"):
        restore_as_new(info, db.path)
    assert db.path.read_bytes() == original


def test_listing_a_file_with_no_backups_is_empty(db: Database) -> None:
    assert list_backups(db.file_uuid) == []
    assert rotate(db.file_uuid, now=NOON) == []


def test_backup_info_is_plain_data(db: Database) -> None:
    info = make_backup(db, "import", now=NOON)
    assert isinstance(info, BackupInfo)
    assert info.file_uuid == db.file_uuid and info.reason == "import"


def test_a_file_open_read_only_is_backed_up_too(db: Database, identity: Identity) -> None:
    with Database.open(db.path, identity, write=False) as reader:
        info = make_backup(reader, "open", now=NOON)
    assert (info.candidates, info.roles, info.damaged) == (11, 2, None)
    assert check_file(info.path).ok


def test_within_one_second_the_backup_written_last_is_listed_first(db: Database) -> None:
    first = make_backup(db, "timer", now=NOON)
    second = make_backup(db, "before-restore", now=NOON)  # a reason with a hyphen, too
    third = make_backup(db, "import", now=NOON)
    assert second.path.name == "2026-12-06T101500Z-before-restore.hirefile"
    assert [(b.path, b.reason) for b in list_backups(db.file_uuid)] == [
        (third.path, "import"), (second.path, "before-restore"), (first.path, "timer")]


def test_an_unchanged_file_is_up_to_date_with_its_newest_backup(db: Database) -> None:
    assert up_to_date(db) is None  # no backup yet
    info = make_backup(db, "open", now=datetime.now(timezone.utc) + timedelta(seconds=2))
    assert up_to_date(db) == info
    with db.session() as s:
        s.add(Candidate(full_name="Zainab Bello", email="zainab@example.ng"))
    os.utime(db.path, (info.taken_at.timestamp() + 1,) * 2)  # written after the backup
    assert up_to_date(db) is None


def test_a_backup_replaces_its_closed_file_in_one_piece(
        db: Database, tmp_path: Path, identity: Identity) -> None:
    info = make_backup(db, "open", now=NOON)
    with db.session() as s:
        s.add(Candidate(full_name="Zainab Bello", email="zainab@example.ng"))
    path, replica = db.path, db.meta()["replica_id"]
    with pytest.raises(FileInUse):  # the file is open here: its lock is held
        replace_with_backup(info, path, identity.name)
    db.close()
    assert replace_with_backup(info, path, identity.name) == path
    assert check_file(path).ok
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []
    with Database.open(path, identity) as restored:
        assert live_counts(restored) == (info.candidates, info.roles)
        assert restored.meta()["file_uuid"] == info.file_uuid
        assert restored.meta()["replica_id"] != replica


def test_a_backup_never_replaces_another_file(db: Database, tmp_path: Path,
                                              identity: Identity) -> None:
    from hirefile.services.files import create_file

    info = make_backup(db, "open", now=NOON)
    other = create_file(tmp_path / "Other.hirefile", identity)
    other.close()
    original = other.path.read_bytes()
    with pytest.raises(FileProblem, match=r"is not a backup of Other\.hirefile"):
        replace_with_backup(info, other.path, identity.name)
    assert other.path.read_bytes() == original
    assert not (tmp_path / "Other.hirefile.lock").exists()
