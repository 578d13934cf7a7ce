"""What `hirefile info` tells about a file, read with plain sqlite3: the header, the `meta`
table and one count per kind of record. No SQLAlchemy and no models are imported, so `hirefile
info` starts about as fast as Python with sqlite3 does (a server database, and the About box,
read the same facts through services/info.py, with the same `COUNTS_SQL`).

**Counts the file keeps.** `count(*)` reads every entry of a table or of its smallest index:
at 50,000 candidates the nine counts took 15 ms of CPU, as much as Python importing sqlite3,
so `info` could not come near that floor. A file keeps them instead, true by construction:
table `live_count` holds each counted table's live rows, and triggers on those tables
(`live_count_*`: a row added, removed, or its `deleted_at` set or cleared) keep it current on
every write path (the ORM, bulk inserts, imports, merges, erasing, any SQLite tool).
`keep_counts` adds the table and the triggers, counting once, in one transaction, when the
file is opened for writing and any of them is missing (an earlier Hirefile's file, or a table
rebuilt by a migration, which drops its triggers). `read_info` trusts the kept counts only
when every trigger is there, and counts otherwise. Only a change made behind the triggers'
back (another SQLite tool dropping and re-adding them, or writing `live_count` itself) can
make a kept count wrong: `hirefile check` compares each with a real count (`wrong_counts`)
and `hirefile upgrade` counts them again (`recount`). A server database counts with
`COUNTS_SQL` (no triggers there).

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
#: The table of counts the file keeps, and the names of the triggers that keep it current.
KEPT = "live_count"
KEPT_TRIGGERS = frozenset(f"{KEPT}_{table}_{event}" for _name, table in COUNTED
                          for event in ("ai", "ad", "au"))
#: The `meta` keys `hirefile info` shows.
META_KEYS = ("schema_version", "file_uuid", "app_version", "created_at", "last_writer",
             "last_written_at")


def _trigger_sql(table: str) -> list[str]:
    change = f"UPDATE {KEPT} SET n = n + {{}} WHERE tbl = '{table}'; END"
    return [
        f"CREATE TRIGGER IF NOT EXISTS {KEPT}_{table}_ai AFTER INSERT ON {table} "
        f"WHEN NEW.deleted_at IS NULL BEGIN {change.format(1)}",
        f"CREATE TRIGGER IF NOT EXISTS {KEPT}_{table}_ad AFTER DELETE ON {table} "
        f"WHEN OLD.deleted_at IS NULL BEGIN {change.format(-1)}",
        f"CREATE TRIGGER IF NOT EXISTS {KEPT}_{table}_au AFTER UPDATE OF deleted_at ON {table} "
        "WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) "
        f"BEGIN {change.format('(NEW.deleted_at IS NULL) - (OLD.deleted_at IS NULL)')}",
    ]


def keeps_counts(conn: sqlite3.Connection) -> bool:
    """Are the counts kept, every trigger that keeps them there?"""
    names = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB ?",
        (f"{KEPT}_*",))}
    return names >= KEPT_TRIGGERS


def keep_counts(conn: sqlite3.Connection) -> bool:
    """Make the file keep its counts (a file opened for writing): the table and its triggers
    added, and the counts counted, in one transaction, when any of them is missing. True when
    they were added now. `conn` is a SQLite connection of a file in this format, outside a
    transaction."""
    if keeps_counts(conn):
        return False
    _count_again(conn)
    return True


def wrong_counts(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """(what, kept, counted) for each count the file keeps that its table disagrees with:
    only a change made with the triggers away, or to `live_count` itself, leaves one (the
    triggers keep them on every write path). Empty when the file keeps no counts (they are
    counted then)."""
    if not keeps_counts(conn):
        return []
    kept = dict(conn.execute(f"SELECT tbl, n FROM {KEPT}").fetchall())
    counted = conn.execute(COUNTS_SQL).fetchone()
    return [(name, kept[table], n) for (name, table), n in zip(COUNTED, counted, strict=True)
            if table in kept and kept[table] != n]


def recount(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """Count every kept count again (`hirefile upgrade`): the table and the triggers made
    whole, in one transaction. The counts that were wrong, as `wrong_counts` gives them."""
    wrong = wrong_counts(conn)
    _count_again(conn)
    return wrong


def _count_again(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {KEPT} (tbl TEXT PRIMARY KEY, "
                     "n INTEGER NOT NULL) WITHOUT ROWID")
        conn.execute(f"DELETE FROM {KEPT}")
        for _name, table in COUNTED:
            for sql in _trigger_sql(table):
                conn.execute(sql)
            conn.execute(f"INSERT INTO {KEPT} (tbl, n) SELECT ?, count(*) FROM {table} "
                         "WHERE deleted_at IS NULL", (table,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def read_counts(conn: sqlite3.Connection) -> tuple[int, ...]:
    """The counts, in the order of `COUNTED`: those the file keeps when it keeps them (every
    trigger there), counted otherwise. Read inside the caller's transaction."""
    if keeps_counts(conn):
        kept = dict(conn.execute(f"SELECT tbl, n FROM {KEPT}").fetchall())
        if all(table in kept for _name, table in COUNTED):
            return tuple(int(kept[table]) for _name, table in COUNTED)
    return tuple(conn.execute(COUNTS_SQL).fetchone())


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
            counts = read_counts(conn)
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
