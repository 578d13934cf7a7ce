"""What `hirefile info` tells about a file, read with plain sqlite3: the header, the `meta`
table and one count per kind of record. No SQLAlchemy and no models are imported, so `hirefile
info` starts about as fast as Python with sqlite3 does (a server database, and the About box,
read the same facts through services/info.py, with the same `COUNTS_SQL`).

The file is opened as `Database.open(write=False)` opens it: foreign, newer and older formats
are refused with the same one-line messages, an interrupted write is finished when nobody
writes, a WAL-mode file is read without side files, and nothing beside the file is created.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from hirefile.errors import FileProblem
from hirefile.storage import fileformat

#: What `hirefile info` counts (records removed in the app are not), and each one's table.
COUNTED = (("roles", "role"), ("candidates", "candidate"), ("applications", "application"),
           ("interviews", "interview"), ("scorecards", "scorecard"),
           ("portfolio_reviews", "portfolio_review"), ("offers", "offer"), ("people", "person"),
           ("attachments", "attachment"))
#: Every count in one statement (one row, in the order of `COUNTED`), on SQLite and PostgreSQL.
COUNTS_SQL = "SELECT " + ", ".join(
    f"(SELECT count(*) FROM {table} WHERE deleted_at IS NULL)" for _name, table in COUNTED)
#: The `meta` keys `hirefile info` shows.
META_KEYS = ("schema_version", "file_uuid", "app_version", "created_at", "last_writer",
             "last_written_at")


def info_fields(meta: dict[str, str], counts: tuple[int, ...]) -> dict[str, object]:
    """The fields of services/info.py's `FileInfo` that come from `meta` and the counts."""
    fields: dict[str, object] = {key: meta.get(key, "") for key in META_KEYS}
    fields["schema_version"] = int(meta.get("schema_version", "0") or "0")
    fields["counts"] = {name: int(n or 0) for (name, _t), n in zip(COUNTED, counts, strict=True)}
    return fields


def open_read_only(path: Path) -> sqlite3.Connection:
    """`path` on a read-only sqlite3 connection in autocommit mode (storage/rows.py
    `file_reader` reads one snapshot of it), opened as `Database.open(write=False)` opens it:
    foreign, newer and older formats refused, an interrupted write finished when nobody
    writes, the pragmas set and checked, a file without `meta` refused. Nothing beside the
    file is created and no SQLAlchemy is loaded (`info`, and `export` on a file)."""
    fileformat.check_format(path, write=False)
    fileformat.recover_interrupted(path)
    try:
        conn = sqlite3.connect(fileformat.read_only_uri(path), uri=True, isolation_level=None)
        try:
            fileformat.apply_pragmas(conn, read_only=True)
            fileformat.verify_pragmas(conn, read_only=True)
            if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                            "name = 'meta'").fetchone() is None:
                raise FileProblem(f"{path} is marked as a Hirefile file but has no meta table")
        except BaseException:
            conn.close()
            raise
    except sqlite3.DatabaseError as exc:
        raise fileformat.describe_sqlite_error(path, exc) from exc
    return conn


def read_info(path: Path) -> dict[str, object]:
    """Every field of `FileInfo` for the file at `path`, as a dict (see services/info.py)."""
    path = Path(path).expanduser().absolute()
    conn = open_read_only(path)
    try:
        try:
            conn.execute("BEGIN")  # one snapshot: the counts and meta agree
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            counts = tuple(conn.execute(COUNTS_SQL).fetchone())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise fileformat.describe_sqlite_error(path, exc) from exc
    holder = note = None
    if os.path.exists(f"{path}.lock"):  # the presence note (storage/lock.py): rarely there
        from hirefile.storage.lock import current_holder, read_presence

        holder = current_holder(path)
        note = read_presence(path) if holder is None else None
    return {"path": path, "size_bytes": path.stat().st_size, **info_fields(meta, counts),
            "in_use_by": f"{holder.name} on {holder.host}" if holder else None,
            "left_by": f"{note.name} on {note.host}" if note else None, "url": None}
