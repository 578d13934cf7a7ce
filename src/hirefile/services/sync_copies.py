"""Copies of the open file that sync tools made beside it ("conflicted copies").

When two founders change a synced file at once, Dropbox, Google Drive, OneDrive, Syncthing and
iCloud each keep both versions: the file and a sibling with a name of their own. This finds
those siblings so the app can offer to merge them in (`services/merging.merge_file`) and then
to move them to an archive folder (`archive`).

A sibling is found by its name first (`TOOLS`, one pattern per tool), then confirmed by its
content: a Hirefile file (`fileformat.check_is_hirefile`) of the same lineage (`meta.file_uuid`),
read through a read-only SQLite connection, so it is never written and nothing appears beside
it. Another lineage or another kind of file with a matching name is not a copy and is left out;
a copy that cannot be read (cut short by a sync, damaged) is listed with the reason.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import struct
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from hirefile.errors import FileProblem, NotHirefileFile, NotSQLiteFile, StorageFailure
from hirefile.fsutil import describe_os_error
from hirefile.storage import clock, fileformat
from hirefile.storage.lock import current_holder

#: How each sync tool names the copy it keeps, for a file NAME.EXT: the tool and a pattern in
#: which `{name}` and `{ext}` stand for the open file's name and extension. The group `by`,
#: when there is one, is the computer or person the tool names. First match wins.
TOOLS: tuple[tuple[str, str], ...] = (
    # NAME (HOST's conflicted copy 2026-12-06).EXT, … 2026-12-06 (1)), (Conflicted copy …)
    ("Dropbox", r"{name} \((?:(?P<by>.+?)['’]s )?conflicted copy"
                r"(?: \d{{4}}-\d{{2}}-\d{{2}})?(?: \(\d{{1,3}}\)| \d{{1,3}})?\){ext}"),
    # NAME (1).EXT; a number of at most three digits ("Hiring (2026)" is a name of its own)
    ("Google Drive", r"{name} \([1-9]\d{{0,2}}\){ext}"),
    # NAME.sync-conflict-20261206-101112-ABCDEF7.EXT (older Syncthing: no device id)
    ("Syncthing", r"{name}\.sync-conflict-\d{{8}}-\d{{6}}(?:-(?P<by>[A-Z2-7]{{7}}))?{ext}"),
    # NAME-HOSTNAME.EXT: a computer name (letters, digits, hyphens; at least one letter)
    ("OneDrive", r"{name}-(?P<by>(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{{0,62}}){ext}"),
    # NAME 2.EXT; two digits at most ("Hiring 2026" is a name of its own)
    ("iCloud", r"{name} (?:[2-9]|[1-9]\d){ext}"),
)


@dataclass(frozen=True)
class Sibling:
    """A copy of the open file that a sync tool kept beside it."""

    path: Path
    tool: str  # "Dropbox", "Google Drive", "OneDrive", "Syncthing", "iCloud"
    #: The computer or person the copy's name mentions ("" when the tool names none).
    by: str
    modified: datetime  # UTC
    size: int
    #: Does it hold changes the open file has not seen (merging it would bring something in)?
    #: None when that cannot be told (a copy that cannot be read, or of file format 1, which
    #: kept no record of its changes).
    unseen_changes: bool | None
    #: Why the copy cannot be read, in a sentence for a person; None when it reads.
    damaged: str | None = None


def conflicted_copies(path: Path) -> list[Sibling]:
    """The copies sync tools made of the file at `path` beside it, newest first.

    Neither the copies nor the file are written; the file itself is never listed."""
    path = Path(path).expanduser().absolute()
    lineage, mine = _lineage_and_vector(path)
    found = []
    for candidate, tool, by in _named_like(path):
        try:
            st = candidate.stat()
        except OSError:
            continue  # gone meanwhile (a sync tool renaming it)
        damaged = None
        unseen: bool | None = None
        try:
            fileformat.check_is_hirefile(candidate)
            _check_length(candidate, st.st_size)
            their_lineage, theirs = _lineage_and_vector(candidate)
        except (NotSQLiteFile, NotHirefileFile):
            continue  # another kind of file that happens to be named like a copy
        except FileProblem as exc:
            damaged = exc.message
        else:
            if their_lineage != lineage:
                continue  # another file (another company's, or started separately)
            if theirs is not None:
                unseen = any(seen > (mine or {}).get(replica, 0)
                             for replica, seen in theirs.items())
        found.append(Sibling(path=candidate, tool=tool, by=by, size=st.st_size,
                             modified=datetime.fromtimestamp(st.st_mtime, timezone.utc),
                             unseen_changes=unseen, damaged=damaged))
    found.sort(key=lambda s: (-s.modified.timestamp(), s.path.name))
    return found


def _named_like(path: Path) -> list[tuple[Path, str, str]]:
    """Files beside `path` whose names a sync tool would give a copy of it: (path, tool, by).

    Names are compared in one Unicode form (macOS may store "й" as two code points) and
    regardless of letter case."""
    name = _nfc(path.stem)
    ext = _nfc(path.suffix)
    patterns = [(tool, re.compile(template.format(name=re.escape(name), ext=re.escape(ext)),
                                  re.IGNORECASE))
                for tool, template in TOOLS]
    try:
        entries = list(os.scandir(path.parent))
    except OSError as exc:
        raise FileProblem(f"Could not list the folder of {path}: {exc.strerror or exc}") from exc
    out = []
    for entry in entries:
        for tool, pattern in patterns:
            m = pattern.fullmatch(_nfc(entry.name))
            if m is None:
                continue
            candidate = Path(entry.path)
            if entry.is_file() and not _same_file(candidate, path):
                out.append((candidate, tool, (m.groupdict().get("by") or "").strip()))
            break
    return out


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _check_length(path: Path, size: int) -> None:
    """A copy shorter than its header says was cut short (a sync that did not finish)."""
    with open(path, "rb") as fh:
        head = fh.read(100)
    page_size, = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    counter, pages, valid_for = (struct.unpack(">I", head[i:i + 4])[0] for i in (24, 28, 92))
    expected = pages * page_size if counter == valid_for and pages else 0
    if size < expected or (page_size and size % page_size):
        raise fileformat.damaged(path, f"it is {size:,} bytes long where its header says "
                                 f"{expected:,}; it may not have finished syncing")


def _lineage_and_vector(path: Path) -> tuple[str, clock.Vector | None]:
    """The file's UUID and version vector (None in file format 1), read without writing
    anything."""
    try:
        conn = sqlite3.connect(fileformat.read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise FileProblem(f"Could not read {path}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {fileformat.BUSY_TIMEOUT_MS}")
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        has_replicas = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                    "AND name = 'replica'").fetchone()
        vector = {str(r): int(s) for r, s in conn.execute("SELECT id, seen FROM replica")} \
            if has_replicas else None
    except sqlite3.DatabaseError as exc:
        raise fileformat.describe_sqlite_error(path, exc) from exc
    finally:
        conn.close()
    lineage = meta.get("file_uuid")
    if not lineage:
        raise fileformat.damaged(path, "it has no file UUID")
    return str(lineage), vector


def last_writer(path: Path) -> str:
    """Who last wrote the copy at `path` (its `meta`), read without writing anything; "" when
    it does not say or cannot be read."""
    try:
        conn = sqlite3.connect(fileformat.read_only_uri(Path(path)), uri=True)
    except sqlite3.Error:
        return ""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'last_writer'").fetchone()
    except sqlite3.DatabaseError:
        return ""
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else ""


def archive(sibling: Sibling | Path, base: Path) -> Path:
    """Move a copy that was merged into the folder "NAME archive" beside `base` (the open file
    NAME.EXT), creating it; return where it went. A file of that name already archived is
    never replaced: the copy gets a number ("… (2).hirefile"). The move is one rename."""
    source = Path(sibling.path if isinstance(sibling, Sibling) else sibling).absolute()
    base = Path(base).expanduser().absolute()
    if _same_file(source, base):
        raise FileProblem(f"{source.name} is the open file itself; only a copy is archived")
    if not source.is_file():
        raise FileProblem(f"{source} is no longer there; nothing was moved")
    holder = current_holder(source)
    if holder is not None:
        raise FileProblem(f"{source.name} is open in Hirefile by {holder.name} on "
                          f"{holder.host}; close it there, then archive it")
    if fileformat.hot_journal(source):
        raise fileformat.interrupted(source)
    folder = base.parent / f"{base.stem} archive"
    try:
        folder.mkdir(exist_ok=True)
    except FileExistsError:
        raise FileProblem(f"{folder} exists and is not a folder; rename it, then archive "
                          f"{source.name} again") from None
    except OSError as exc:
        raise StorageFailure(describe_os_error(exc, folder)) from exc
    n = 1
    while True:
        target = folder / (source.name if n == 1 else f"{source.stem} ({n}){source.suffix}")
        try:
            if _move_new(source, target):
                break
        except OSError as exc:
            raise StorageFailure(describe_os_error(exc, target)) from exc
        n += 1
    for folder_ in {source.parent, folder}:
        _sync_folder(folder_)
    return target


def _move_new(source: Path, target: Path) -> bool:
    """Move `source` to `target` unless something is there (False): a hard link, which never
    replaces, then the old name removed; where hard links are not supported, one rename."""
    if os.path.lexists(target):
        return False
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError:
        os.replace(source, target)  # no hard links here (FAT, some network shares)
        return True
    os.unlink(source)
    return True


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; elsewhere nothing to do)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

