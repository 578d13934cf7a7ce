"""Removed text leaves the database's pages (erasure), on each backend.

On a file, SQLite zeroes the pages it frees while `secure_delete` is on, and `VACUUM` then
rewrites the file without them (the write-ahead log checkpointed and truncated). A PostgreSQL
server keeps the old version of every changed row in the table's pages until a vacuum, and a
plain `VACUUM` only marks that space reusable: `VACUUM FULL` of each table written rewrites it,
with its TOAST table (long text, files) and its indexes (the search's trigrams included), into
new files, and the old ones are deleted. It runs after the transaction, outside it (PostgreSQL
runs no VACUUM inside one), and holds each table exclusively while it is rewritten.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def zeroing_freed_pages(raw: Any, dialect: str) -> Iterator[None]:
    """While the block runs, pages freed on the DB-API connection `raw` are zeroed (SQLite's
    `secure_delete`); nothing to set on a server, where `compact` rewrites the tables."""
    if dialect != "sqlite":
        yield
        return
    raw.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        raw.execute("PRAGMA secure_delete = OFF")


def compact(raw: Any, dialect: str, tables: Iterable[str]) -> None:
    """Rewrite the database without the space its removed rows and text took, on the DB-API
    connection `raw` with no transaction open: the whole file on SQLite, each of `tables` on
    a server."""
    if dialect == "sqlite":
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    was = raw.autocommit
    raw.autocommit = True
    try:
        for table in sorted(set(tables)):
            raw.execute(f'VACUUM FULL "{table}"')
    finally:
        raw.autocommit = was
