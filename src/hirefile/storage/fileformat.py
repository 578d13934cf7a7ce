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
from dataclasses import dataclass
from pathlib import Path

from hirefile.errors import CorruptFile, FileMissing, FileProblem, NotHirefileFile, NotSQLiteFile

#: "HIRF" — the value of `PRAGMA application_id` in every Hirefile file.
APPLICATION_ID = 0x48495246
SQLITE_MAGIC = b"SQLite format 3\x00"

#: Pragmas set on every connection, and the values they must read back as.
REQUIRED_PRAGMAS: dict[str, str] = {
    "journal_mode": "delete",
    "synchronous": "2",  # FULL
    "foreign_keys": "1",
}
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int


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
            f"{path} is an SQLite database but not a Hirefile file "
            f"(application id {header.application_id:#x}, expected {APPLICATION_ID:#x})"
        )
    return header


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


def describe_sqlite_error(path: Path, exc: sqlite3.DatabaseError) -> FileProblem:
    text = str(exc)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptFile(f"{path} is damaged and cannot be read ({text})")
    if "locked" in text or "busy" in text:
        return FileProblem(f"{path} is busy: another program is writing it ({text})")
    if "readonly" in text or "read-only" in text:
        return FileProblem(f"{path} cannot be written: it is read-only ({text})")
    return FileProblem(f"{path} could not be opened: {text}")
