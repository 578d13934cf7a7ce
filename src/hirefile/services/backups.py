"""Automatic backups of an open file, kept in the user data folder with a rotation.

A backup is a whole `.hirefile` written with SQLite's backup API from the open file's own
connection (a consistent snapshot even mid-session), checked with `PRAGMA quick_check`, and put
in place under a temporary name (`Database.save_copy`, the one copy writer, which a copy for a
cofounder also uses). Backups of one file live in
`data_dir()/backups/<file_uuid>/`, one file each, named by when and why they were made
(`2026-12-06T101500Z-open.hirefile`; `…-open-2.hirefile` when two fall in one second), so no
side file is needed: a backup that cannot be read is still listed, marked damaged.

The rotation (`rotate`, run after every backup) keeps, by UTC time (the numbers are this
machine's settings, Edit → Settings… → Backups; `Rotation.of_machine`):
- every backup of the last 24 hours, up to the 10 newest;
- the newest backup of each of the last 7 calendar days (today included);
- the newest backup of each of the last 8 ISO weeks (this week included);
then, oldest first, removes kept backups until the folder is under the size cap (2 GiB by
default); the newest backup is always kept. The newest of a day or a week never changes once
that day or week is over, so what the rotation keeps stays kept until it ages out.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select

from hirefile.errors import FileProblem, HirefileError, OutputRefused, StorageFailure
from hirefile.fsutil import describe_os_error
from hirefile.paths import FILE_SUFFIX, data_dir
from hirefile.services.workspace import Workspace
from hirefile.settings import BACKUPS_DAYS, BACKUPS_RECENT, BACKUPS_WEEKS, Settings
from hirefile.storage import fileformat, migrations, stamping
from hirefile.storage.database import (
    CopyCancelled,
    CopyRestarted,
    write_copy,
)
from hirefile.storage.lock import FileLock
from hirefile.storage.models import Candidate

log = logging.getLogger(__name__)

#: Why a backup was made (the last part of its name).
REASONS = ("open", "timer", "merge", "import", "migrate", "erase", "demo", "before-restore",
           "asked")
RECENT_WINDOW = timedelta(hours=24)
DEFAULT_SIZE_CAP = 2 * 1024**3

_STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{6})Z-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?"
                   + re.escape(FILE_SUFFIX) + "$")


@dataclass(frozen=True)
class Rotation:
    """How many backups the rotation keeps: up to `recent` of the last 24 hours, the newest of
    each of the last `days` days and of the last `weeks` weeks."""

    recent: int = BACKUPS_RECENT.default
    days: int = BACKUPS_DAYS.default
    weeks: int = BACKUPS_WEEKS.default

    @classmethod
    def of_machine(cls, settings: Settings | None = None) -> Rotation:
        """The rotation this machine's settings ask for (its defaults when unset)."""
        settings = settings or Settings()
        return cls(settings.value(BACKUPS_RECENT), settings.value(BACKUPS_DAYS),
                   settings.value(BACKUPS_WEEKS))


@dataclass(frozen=True)
class BackupInfo:
    """One backup as a list shows it. `damaged` says why it cannot be used, to follow "it"
    ("is damaged (…)"; None: sound); the counts are live candidates and roles, None when
    damaged."""

    path: Path
    file_uuid: str
    taken_at: datetime
    reason: str
    size: int
    candidates: int | None
    roles: int | None
    damaged: str | None = None


def backups_dir(file_uuid: str) -> Path:
    """The folder holding the backups of the file (lineage) `file_uuid`."""
    try:
        folder = str(uuid.UUID(file_uuid))
    except ValueError:
        raise FileProblem(f"The file has no valid id ({file_uuid!r}), so it cannot be backed "
                          f"up; run `hirefile check` on it") from None
    return data_dir() / "backups" / folder


# making ------------------------------------------------------------------------------------------

def make_backup(db: Workspace, reason: str, *, now: datetime | None = None) -> BackupInfo:
    """Back up the open file `db` now, then rotate its backups. The open file is only read.

    Raises `StorageFailure` (nothing left behind) when the copy cannot be written or does not
    pass `quick_check`."""
    return _keep(db.file_uuid, reason, lambda target: _write_backup(db, target), now=now,
                 source=db.path)


#: A backup made while the window works copies this many pages (4 KiB each) per step: a write
#: from the window waits for one step at most (a few milliseconds).
STEP_PAGES = 1024
#: How many times a backup made while the window works starts over (the file was written
#: meanwhile) before it gives up until the next time.
RESTARTS = 3


class BackupPostponed(HirefileError):
    """The file kept changing while it was copied: no backup this time (the next one tries)."""


def make_backup_of_file(path: Path, file_uuid: str, reason: str, *,
                        cancelled: Callable[[], bool] | None = None) -> BackupInfo:
    """`make_backup` for a worker thread: the open file at `path` (lineage `file_uuid`) is read
    on a connection of its own, in steps, while the window keeps its lock and may write.
    Raises `BackupPostponed` when the file changed under it `RESTARTS` times, `BackupCancelled`
    when `cancelled()` said so between two steps (neither leaves a file), `StorageFailure`
    as `make_backup` does."""

    def write(target: Path) -> None:
        try:  # not `read_only_uri`: the file is live, never read as immutable
            src = sqlite3.connect(f"{fileformat.sqlite_uri(path)}?mode=ro", uri=True,
                                  check_same_thread=False)
        except sqlite3.Error as exc:
            raise StorageFailure(f"Could not read {path} to back it up: {exc}") from exc
        try:
            src.execute(f"PRAGMA busy_timeout = {fileformat.BUSY_TIMEOUT_MS}")
            write_copy(src, target, home=None, pages=STEP_PAGES, restarts=RESTARTS,
                       cancelled=cancelled)
        except CopyRestarted:
            raise BackupPostponed(f"{path.name} kept changing while it was copied; "
                                  "it is backed up next time") from None
        except CopyCancelled:
            raise BackupCancelled from None
        finally:
            src.close()

    return _keep(file_uuid, reason, write, source=path)


class BackupCancelled(Exception):
    """A backup in a worker thread was stopped (the window closed): nothing was kept."""


def keep_migration_backup(db: Workspace) -> BackupInfo | None:
    """When opening `db` brought it to this format, the verified copy of the older file that
    was made beside it (`Database.backup_path`) is also kept among its backups, reason
    "migrate", so Restore from Backup lists it. None when the file was not migrated."""
    old = db.backup_path
    if old is None:
        return None

    return _keep(db.file_uuid, "migrate",
                 lambda target: _copy_backup(old, target, home=None,
                                             unreadable=f"Could not read {old} to keep it"),
                 source=old)


def _copy_backup(source: Path, target: Path, *, home: str | None, unreadable: str) -> None:
    """A checked, atomic copy of the file `source` (only read) at `target` (`write_copy`)."""
    try:
        src = sqlite3.connect(_read_only_uri(source), uri=True)
    except sqlite3.Error as exc:
        raise FileProblem(f"{unreadable}: {exc}") from exc
    try:
        write_copy(src, target, home=home)
    finally:
        src.close()


def _keep(file_uuid: str, reason: str, write: Callable[[Path], None], *,
          now: datetime | None = None, source: Path) -> BackupInfo:
    """Write a backup of lineage `file_uuid` under a name of its time and reason (`write`
    makes the file at the path it is given, atomically), then rotate."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    now = _utc(now or datetime.now(timezone.utc))
    folder = backups_dir(file_uuid)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageFailure(describe_os_error(exc, folder)) from exc
    base = f"{now.strftime(_STAMP)}Z-{reason}"
    for seq in range(1, 1000):
        target = folder / (base + (f"-{seq}" if seq > 1 else "") + FILE_SUFFIX)
        if os.path.lexists(target):
            continue
        try:
            write(target)
        except OutputRefused:
            if os.path.lexists(target):
                continue  # another backup of this lineage took the name meanwhile
            raise
        break
    else:
        raise StorageFailure(f"Too many backups named {base} in {folder}")
    log.info("backed up %s to %s (%s)", source, target, reason)
    rotate(file_uuid, now=now)
    return describe(target)


def _write_backup(db: Workspace, target: Path) -> None:
    db.save_copy(target, own_replica=False)  # an exact image, checked, put in place atomically


def up_to_date(db: Workspace) -> BackupInfo | None:
    """The newest backup of `db` when it was taken after the file last changed on disk (and
    is sound): backing up again would only repeat it. None when a backup is due."""
    named = sorted(_named(backups_dir(db.file_uuid)), key=lambda item: (item[1], _seq(item[0])))
    if not named:
        return None
    try:
        changed = db.path.stat().st_mtime
    except OSError:
        return None
    path, when = named[-1]
    if changed >= when.timestamp():  # names keep whole seconds: the same second is "after"
        return None
    newest = describe(path)
    return newest if newest.damaged is None else None


# listing -----------------------------------------------------------------------------------------

def holding_erased(db: Workspace) -> list[BackupInfo]:
    """The backups of `db` taken before its latest erasure: they may still hold the people
    erased since (an erasure request reaches them only when they are purged)."""
    with db.reader() as s:
        latest = s.scalar(select(func.max(Candidate.anonymised_at)))
    if latest is None:
        return []
    latest = _utc(latest)
    return [b for b in list_backups(db.file_uuid) if b.taken_at <= latest]


def purge(backups: Iterable[BackupInfo]) -> int:
    """Delete these backups for good; how many went. A file already gone counts as gone."""
    gone = 0
    for info in backups:
        try:
            info.path.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageFailure(describe_os_error(exc, info.path)) from exc
        gone += 1
    return gone


def list_backups(file_uuid: str) -> list[BackupInfo]:
    """The backups of `file_uuid`, newest first. Never raises for a backup that cannot be read:
    it is listed with `damaged` saying why."""
    folder = backups_dir(file_uuid)
    found = [describe(path) for path, _when in _named(folder)]
    # names keep whole seconds: within one second, the one written last is the newest
    return sorted(found, key=lambda b: (b.taken_at, _seq(b.path), _written(b.path)),
                  reverse=True)


def _written(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def describe(path: Path) -> BackupInfo:
    """What the backup at `path` holds, read without writing anything (a header, the file's
    id and two counts)."""
    match = _NAME.match(path.name)
    if match is None:
        raise ValueError(f"{path.name} is not named like a backup")
    taken_at = _parse_time(match.group(1))
    reason = match.group(2)
    file_uuid = path.parent.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        return BackupInfo(path, file_uuid, taken_at, reason, 0, None, None,
                          f"cannot be read ({exc.strerror or exc})")
    damaged: str | None = None
    counts: tuple[int | None, int | None] = (None, None)
    try:
        header = fileformat.check_is_hirefile(path)
        if header.user_version > migrations.SCHEMA_VERSION:
            damaged = f"was written in file format {header.user_version}, newer than this Hirefile"
        else:
            counts, owner = _read_counts(path)
            if owner != file_uuid:
                damaged = "belongs to another file (its id differs)"
    except FileProblem as exc:
        damaged = _short(exc, path)
    except sqlite3.Error as exc:
        damaged = f"is damaged ({exc})"
    if damaged is not None:
        counts = (None, None)
    return BackupInfo(path, file_uuid, taken_at, reason, size, *counts, damaged=damaged)


def _read_counts(path: Path) -> tuple[tuple[int | None, int | None], str | None]:
    conn = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        owner = conn.execute("SELECT value FROM meta WHERE key = 'file_uuid'").fetchone()
        candidates = conn.execute(
            "SELECT count(*) FROM candidate WHERE deleted_at IS NULL").fetchone()[0]
        roles = conn.execute("SELECT count(*) FROM role WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()
    return (candidates, roles), (owner[0] if owner else None)


def _read_only_uri(path: Path) -> str:
    # a backup is never written after it is made: read it as immutable (no lock, no side file)
    return fileformat.read_only_uri(path) + "&immutable=1"


def _short(exc: FileProblem, path: Path) -> str:
    """What the error says of the backup, to follow "it" (the list already names the file;
    what to do about a damaged file is to choose another backup)."""
    return str(exc).replace(f"{path} ", "", 1).split("; ")[0]


# rotating ----------------------------------------------------------------------------------------

def rotate(file_uuid: str, now: datetime | None = None, *,
           size_cap: int = DEFAULT_SIZE_CAP, rotation: Rotation | None = None) -> list[Path]:
    """Remove the backups of `file_uuid` the rotation (this machine's settings unless given)
    no longer keeps; returns those removed. Only files named like backups are considered; a
    file that cannot be removed is logged and left."""
    now = _utc(now or datetime.now(timezone.utc))
    rotation = rotation or Rotation.of_machine()
    folder = backups_dir(file_uuid)
    entries = []
    for path, when in _named(folder):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        entries.append((when, _seq(path), size, path))
    entries.sort(reverse=True)  # newest first
    keep = kept(((when, size) for when, _s, size, _p in entries), now, size_cap=size_cap,
                rotation=rotation)
    removed = []
    for index, (_when, _s, _size, path) in enumerate(entries):
        if index in keep:
            continue
        try:
            path.unlink()
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", path, exc)
        else:
            removed.append(path)
    return removed


def kept(backups: Iterable[tuple[datetime, int]], now: datetime, *,
         size_cap: int = DEFAULT_SIZE_CAP, rotation: Rotation = Rotation()) -> set[int]:
    """Which of `backups` ((time, size), newest first) the rotation keeps, by position."""
    items = list(backups)
    if not items:
        return set()
    keep = {0}
    recent = [i for i, (when, _size) in enumerate(items) if now - when < RECENT_WINDOW]
    keep.update(recent[:rotation.recent])
    today = now.date()
    this_week = _monday(today)
    days: set[date] = set()
    weeks: set[date] = set()
    for i, (when, _size) in enumerate(items):
        day = when.date()
        if (today - day).days < rotation.days and day not in days:
            days.add(day)
            keep.add(i)
        week = _monday(day)
        if (this_week - week).days < 7 * rotation.weeks and week not in weeks:
            weeks.add(week)
            keep.add(i)
    total = sum(items[i][1] for i in keep)
    for i in sorted(keep, reverse=True):  # oldest first
        if total <= size_cap or i == 0:
            break
        keep.discard(i)
        total -= items[i][1]
    return keep


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _named(folder: Path) -> list[tuple[Path, datetime]]:
    """The files in `folder` named like backups, with their times."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StorageFailure(f"Could not read the backups folder {folder}: "
                             f"{exc.strerror or exc}") from exc
    out = []
    for name in names:
        match = _NAME.match(name)
        if match is None:
            continue
        try:
            out.append((folder / name, _parse_time(match.group(1))))
        except ValueError:
            continue
    return out


def _seq(path: Path) -> int:
    match = _NAME.match(path.name)
    return int(match.group(3) or 1) if match else 0


def _parse_time(text: str) -> datetime:
    return datetime.strptime(text, _STAMP).replace(tzinfo=timezone.utc)


def _utc(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("backup times must be timezone-aware")
    return when.astimezone(timezone.utc)


# restoring ---------------------------------------------------------------------------------------

def restore_as_new(info: BackupInfo, target: Path | str) -> Path:
    """Write the backup `info` as a new file at `target` (which must not exist), atomically,
    integrity-checked, with a replica id of its own. The backup itself is only read."""
    target = Path(target).expanduser().absolute()
    if os.path.lexists(target):
        raise OutputRefused(f"Not written: {target} already exists; choose a new name for the "
                            f"restored file")
    when = info.taken_at.strftime("%Y-%m-%d %H:%M UTC")
    current = describe(info.path)
    if current.damaged is not None:
        raise FileProblem(f"The backup of {when} cannot be restored: it {current.damaged}; "
                          f"choose another backup")
    _copy_backup(info.path, target, home=stamping.home_of(target),
                 unreadable=f"The backup of {when} cannot be read")
    log.info("restored the backup %s as %s", info.path, target)
    return target


def replace_with_backup(info: BackupInfo, path: Path | str, person: str) -> Path:
    """Put the content of the backup `info` in place of the file at `path` (closed; the same
    lineage), in one rename: written beside it, checked, with a replica id of its own, while
    the file's lock is held for `person` (`FileInUse` when someone has it open). The file is
    either its old self or the backup's content; the backup itself is only read."""
    path = Path(path).expanduser().absolute()
    when = info.taken_at.strftime("%Y-%m-%d %H:%M UTC")
    current = describe(info.path)
    if current.damaged is not None:
        raise FileProblem(f"The backup of {when} cannot be restored: it {current.damaged}; "
                          f"choose another backup")
    lock = FileLock.acquire(path, person)
    try:
        if lineage(path) != info.file_uuid:
            raise FileProblem(f"The backup of {when} is not a backup of {path.name}; "
                              f"open it as a new file instead")
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.restoring-", suffix=FILE_SUFFIX,
                                    dir=path.parent)
        os.close(fd)
        staged = Path(name)
        staged.unlink()  # `write_copy` puts the checked copy at this free name
        _copy_backup(info.path, staged, home=stamping.home_of(path),
                     unreadable=f"The backup of {when} cannot be read")
        try:
            os.replace(staged, path)
        except OSError as exc:
            staged.unlink(missing_ok=True)
            raise StorageFailure(describe_os_error(exc, path)) from exc
    finally:
        lock.release()
    log.info("replaced %s with the backup %s", path, info.path)
    return path


def lineage(path: Path) -> str | None:
    """The file id (`file_uuid`) of the Hirefile file at `path`, read without writing."""
    fileformat.check_is_hirefile(path)
    try:
        conn = sqlite3.connect(fileformat.read_only_uri(path), uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'file_uuid'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise fileformat.describe_sqlite_error(path, exc) from exc
    return row[0] if row else None
