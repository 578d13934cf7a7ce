"""Helpers for tests that run on both backends (the `db_location` fixture): a `.hirefile` file
and a database on the session's throwaway PostgreSQL."""

from __future__ import annotations

from hirefile.storage.check import check_file
from hirefile.storage.database import Database


def location(db: Database) -> str:
    """What a person types after a command for `db`: the file's path or the server URL."""
    return str(db.url) if db.on_server else str(db.path)


def file_checks_pass(db: Database) -> bool:
    """`hirefile check`'s checks of a file pass (integrity, stamps, stages, merged records,
    search index). They read the file with SQLite itself; a server keeps its own integrity
    and `hirefile check URL` checks only its format and tables (tests/test_cli_server.py)."""
    return db.on_server or check_file(db.path).ok
