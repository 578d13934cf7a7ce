"""The `.hirefile` file format: a standard SQLite database with a Hirefile signature.

- `PRAGMA application_id` = `APPLICATION_ID` marks the file as Hirefile's (`file(1)` and any
  SQLite tool can read it);
- `PRAGMA user_version` = the schema version;
- the `meta` table holds the file's UUID (its lineage across copies), the schema version, the
  app version that last wrote it and when it was created;
- every connection runs with `journal_mode=DELETE` (no `-wal` side file that a sync client or a
  USB copy could separate from the database), `synchronous=FULL` and `foreign_keys=ON`, and
  reads them back: a connection that does not hold them is refused.

The header is read straight from the first 100 bytes, so a foreign file is refused without
SQLite ever opening it for writing: it stays byte-identical.
"""

from __future__ import annotations

import sqlite3
import struct
import sys
from pathlib import Path

if sys.platform == "win32":
    from nturl2path import pathname2url
else:  # what urllib.request does, without importing it (HTTP, e-mail, SSL: ~10 ms to start)
    from urllib.parse import quote as pathname2url

from hirefile.errors import (
    CorruptFile,
    FileMissing,
    FileProblem,
    NewerSchemaFile,
    NotHirefileFile,
    NotSQLiteFile,
    OlderSchemaFile,
)

TYPE_CHECKING = False  # as `typing.TYPE_CHECKING`, without importing typing (`info` starts fast)
if TYPE_CHECKING:
    from collections.abc import Callable

#: The file format this Hirefile writes (`PRAGMA user_version`); storage/migrations.py holds
#: the steps up to it. Kept here so reading a file's header needs no SQLAlchemy.
SCHEMA_VERSION = 6
#: "HIRF" — the value of `PRAGMA application_id` in every Hirefile file.
APPLICATION_ID = 0x48495246
SQLITE_MAGIC = b"SQLite format 3\x00"
#: The first bytes of a rollback journal that still holds a transaction to undo.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

#: Pragmas set on every connection, and the values they must read back as.
REQUIRED_PRAGMAS: dict[str, str] = {
    "journal_mode": "delete",
    "synchronous": "2",  # FULL
    "foreign_keys": "1",
}
BUSY_TIMEOUT_MS = 5000
#: A file format number no Hirefile will reach: a header that names one is damaged.
IMPLAUSIBLE_VERSION = 10_000



def run_inline(name: str, version: int, work: Callable[[], None]) -> None:
    work()


#: How opening an older file runs its checks, verified backup and update (`Database.open`):
#: `update_runner(file name, its format, work)` runs `work()` and returns when it is done.
#: Inline by default; the app runs it in a worker behind a dialog saying what happens
#: (`ui/sharing/updating.py`, set through `services/updating.py`), so the window does not
#: freeze for those seconds.
update_runner: Callable[[str, int, Callable[[], None]], None] = run_inline


def check_inline(path: Path, work: Callable[[], None]) -> None:
    work()


#: How opening a file for writing runs its checks when this computer has not seen it as it
#: is now (a copy from another laptop, a synced file the other founder wrote: `check.
#: require_sound`): `check_runner(path, work)`. Seconds at 50,000 candidates, so the app runs
#: a large file's behind a dialog too (`ui/sharing/updating.py`); inline by default.
check_runner: Callable[[Path, Callable[[], None]], None] = check_inline


class Header:
    """The header fields Hirefile reads (a plain class: `hirefile info` starts without the
    dataclasses module, a few milliseconds)."""

    __slots__ = ("application_id", "user_version")

    def __init__(self, *, application_id: int, user_version: int) -> None:
        self.application_id = application_id
        self.user_version = user_version


def read_header(path: Path) -> Header:
    """Read the SQLite header of `path`, refusing anything that is not an SQLite database."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise FileMissing(f"{path} does not exist") from None
    except IsADirectoryError:
        raise NotSQLiteFile(f"{path} is a folder, not a Hirefile file") from None
    except OSError as exc:
        raise FileProblem(f"Could not read {path}: {exc.strerror or exc}") from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise NotSQLiteFile(f"{path} is not a Hirefile file: it is not an SQLite database")
    user_version, = struct.unpack(">I", head[60:64])
    application_id, = struct.unpack(">I", head[68:72])
    return Header(application_id=application_id, user_version=user_version)


def check_is_hirefile(path: Path) -> Header:
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise NotHirefileFile(
            f"{path} is an SQLite database but not a Hirefile file: another program made it, "
            "and Hirefile leaves it as it is"
        )
    if header.user_version > IMPLAUSIBLE_VERSION:
        raise damaged(path, f"its header names file format {header.user_version}, which no "
                      "Hirefile ever wrote")
    if header.user_version == 0:
        raise NotHirefileFile(
            f"{path} has no file format (user_version 0); it was not made by Hirefile or its "
            "creation was interrupted"
        )
    return header


def check_format(path: Path, *, write: bool, current: int = SCHEMA_VERSION,
                 then: str = "") -> Header:
    """The header of a Hirefile file this Hirefile can open as asked; everything else refused
    with its one message: not SQLite, not Hirefile's, a damaged header (`check_is_hirefile`),
    a newer format, and an older one unless opened for writing (only a writer updates it).
    `current` is the format this Hirefile writes (`migrations.SCHEMA_VERSION`)."""
    header = check_is_hirefile(path)
    if header.user_version > current:
        raise NewerSchemaFile(str(path), header.user_version, current)
    if not write and header.user_version < current:
        raise OlderSchemaFile(str(path), header.user_version, current, then)
    return header


def sqlite_uri(path: Path) -> str:
    """`file:…`, the SQLite URI of `path` (add `?mode=ro` and such)."""
    return f"file:{pathname2url(str(path))}"


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads `path` without writing anything beside it.

    A file another program switched to WAL mode would get `-wal` and `-shm` side files from an
    ordinary read-only connection; with no pending `-wal` it is read as immutable (nothing is
    created), and with one it is refused: only a writer may fold that log into the file.
    """
    uri = f"{sqlite_uri(path)}?mode=ro"
    if not wal_mode(path):
        return uri
    if wal_pending(path):
        raise FileProblem(
            f"{path} is in WAL mode (set by another program) with changes not yet folded into "
            "it; open it in Hirefile to convert it"
        )
    return uri + "&immutable=1"


def recover_interrupted(path: Path) -> None:
    """Roll back the write a crash left half done (a hot journal), when nobody is writing.

    SQLite restores the file from the journal as soon as a read-write connection reads it;
    read-only connections cannot, and fail. This takes the file's lock briefly so no Hirefile
    writes meanwhile; when the lock is taken or the folder is read-only, nothing happens and
    readers say the file was interrupted (`describe_sqlite_error`).
    """
    if not hot_journal(path):
        return
    from hirefile.errors import HirefileError
    from hirefile.storage.lock import FileLock

    try:
        lock = FileLock.acquire(path, "Hirefile (finishing an interrupted write)")
    except HirefileError:
        return
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # left as it was; the reader reports it
    finally:
        lock.release()


def apply_pragmas(dbapi_conn: sqlite3.Connection, *, read_only: bool = False) -> None:
    """Set the file's required pragmas on a new connection (an engine `connect` event)."""
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode = DELETE")
            cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def verify_pragmas(dbapi_conn: sqlite3.Connection, *, read_only: bool = False) -> None:
    """Read the pragmas back; a connection that does not hold them must not touch the file."""
    cur = dbapi_conn.cursor()
    try:
        for name, expected in REQUIRED_PRAGMAS.items():
            if read_only and name != "foreign_keys":
                continue
            value = str(cur.execute(f"PRAGMA {name}").fetchone()[0]).lower()
            if value != expected:
                raise FileProblem(
                    f"SQLite refused the setting {name}={expected} (it reads {value}); "
                    "the file was not changed"
                )
    finally:
        cur.close()


def damaged(path: Path, detail: str) -> CorruptFile:
    """The one message for a damaged file: what was found and what to do."""
    detail = " ".join(detail.split())
    if len(detail) > 160:
        detail = detail[:159] + "…"
    return CorruptFile(
        f"{path} is damaged ({detail}); run `hirefile check {path}`, and restore a backup or "
        "a cofounder's copy"
    )


def interrupted(path: Path) -> FileProblem:
    """A hot rollback journal beside the file: a write was cut short (a crash, a kill)."""
    return FileProblem(
        f"{path} was interrupted while being written; opening it in Hirefile finishes the "
        "recovery"
    )


def hot_journal(path: Path) -> bool:
    """Is there a rollback journal beside `path` that SQLite would roll back on the next write?

    A journal left by a crash starts with its magic number; an empty or zeroed one (a commit
    that finished) is not hot.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        with open(journal, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return head == JOURNAL_MAGIC


def wal_mode(path: Path) -> bool:
    """Was the file switched to WAL mode (by another program; Hirefile never uses it)?

    Bytes 18 and 19 of the header are the read and write versions: 2 means WAL.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(20)
    except OSError:
        return False
    return len(head) == 20 and head[18] == 2 and head[19] == 2


def wal_pending(path: Path) -> bool:
    """Does a `-wal` log beside `path` hold changes not yet folded into the file?"""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def describe_sqlite_error(path: Path, exc: sqlite3.DatabaseError) -> FileProblem:
    text = str(exc)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return damaged(path, text)
    if "decode to UTF-8" in text:  # sqlite3 reading text that is not UTF-8
        return damaged(path, text.split(" with text ")[0])
    if "locked" in text or "busy" in text:
        return FileProblem(f"{path} is busy: another program is writing it ({text})")
    if ("readonly" in text or "read-only" in text) and hot_journal(path):
        return interrupted(path)
    if "readonly" in text or "read-only" in text:
        return FileProblem(f"{path} cannot be written: it is read-only ({text})")
    return FileProblem(f"{path} could not be opened: {text}")
