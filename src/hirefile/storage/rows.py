"""One SQL text for both backends: a file's sqlite3 connection, or a server's SQLAlchemy one.

A query the first screen needs (Home's dashboard, who I am in the file) is written once, as SQL
text with named parameters (`:name`), portable between SQLite and PostgreSQL, every time and
date computed in Python and passed as a parameter. `Rows` runs it: on a file through sqlite3
alone (at start-up, before SQLAlchemy is loaded, and through an open `Database`'s own
connection after), on a server through SQLAlchemy's `text()`. Parameters are converted as the
ORM stores them (a time as naive UTC, a date, a choice by its value); a tuple or list
parameter becomes an `IN` list. Stored values are read back with `stored_time`, `stored_day`
and `stored_choice`, which say a value that cannot be read is damage (`StoredValueError`), not
a bug. No SQLAlchemy is imported here.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from hirefile.storage import fileformat

E = TypeVar("E", bound=Enum)

#: How SQLAlchemy's SQLite dialect stores a point in time (naive UTC, microseconds).
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"


class StoredValueError(ValueError):
    """A value read from the file cannot be decoded (a time, a date, a choice): damage."""


class Rows:
    """Runs SQL text with named parameters on one open connection (see the module)."""

    def all(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        """Every row of `sql` with `params` (a tuple or list parameter is an IN list)."""
        sql, values = expanded(sql, params)
        return self._run(sql, {name: self._value(v) for name, v in values.items()})

    def scalar(self, sql: str, **params: Any) -> Any:
        """The first column of the first row (None without rows)."""
        rows = self.all(sql, **params)
        return rows[0][0] if rows else None

    def _run(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _value(self, value: Any) -> Any:
        if isinstance(value, Enum):
            return value.value
        return value


class SqliteRows(Rows):
    """A file's sqlite3 connection; times are bound as SQLAlchemy's SQLite dialect stores them
    so comparisons in SQL agree with the ORM's."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    def _run(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise fileformat.describe_sqlite_error(self.path, exc) from exc

    def _value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            return _naive_utc(value).strftime(SQLITE_TIME)
        if isinstance(value, date):
            return value.isoformat()
        return super()._value(value)


class ServerRows(Rows):
    """A server database's SQLAlchemy connection (`text()`; imported only when used)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def _run(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        from sqlalchemy import text

        return [tuple(r) for r in self.conn.execute(text(sql), params).all()]

    def _value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            return _naive_utc(value)
        return super()._value(value)


def rows_of(source: Any) -> Rows:
    """`source` as `Rows`: itself, or a SQLAlchemy session of an open `Database` (its own
    connection, inside its transaction: sqlite3 on a file, SQLAlchemy on a server; flushed
    first unless autoflush is off)."""
    if isinstance(source, Rows):
        return source
    if getattr(source, "autoflush", False) and not getattr(source, "_flushing", False):
        source.flush()  # pending rows are read too, as the ORM's autoflush has them read
    conn = source.connection()
    if conn.dialect.name == "sqlite":
        database = source.info.get("database")
        path = database.path if database is not None else Path("the file")
        return SqliteRows(conn.connection.driver_connection, path)
    return ServerRows(conn)


@contextmanager
def file_reader(conn: sqlite3.Connection, path: Path) -> Iterator[SqliteRows]:
    """One read-only snapshot of a file on a plain sqlite3 connection (autocommit mode):
    everything read inside agrees; a value that cannot be decoded says the file is damaged."""
    try:
        conn.execute("BEGIN")
        try:
            yield SqliteRows(conn, path)
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        raise fileformat.describe_sqlite_error(path, exc) from exc
    except StoredValueError as exc:
        raise fileformat.damaged(path, f"a stored value cannot be read: {exc}") from exc


def expanded(sql: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """`:name` of a tuple or list parameter becomes `(:name_0, :name_1, …)` (`(NULL)` when
    empty: nothing matches)."""
    out: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, (list, tuple)):
            keys = [f"{name}_{i}" for i in range(len(value))]
            listed = "(" + (", ".join(f":{k}" for k in keys) or "NULL") + ")"
            sql = re.sub(rf":{name}\b", listed, sql)
            out.update(zip(keys, value, strict=True))
        else:
            out[name] = value
    return sql, out


def _naive_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime: Hirefile stores only timezone-aware times")
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def stored_time(value: Any) -> datetime | None:
    """A stored point in time, timezone-aware (UTC), as `storage.types.UTCDateTime` reads it."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc)
    try:
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    except (TypeError, ValueError) as exc:
        raise StoredValueError(f"{value!r} is not a time") from exc


def required_time(value: Any) -> datetime:
    """A stored point in time of a column that is never empty (NOT NULL)."""
    found = stored_time(value)
    if found is None:
        raise StoredValueError("a time that is never empty is empty")
    return found


def required_day(value: Any) -> date:
    """A stored date of a column that is never empty (NOT NULL)."""
    found = stored_day(value)
    if found is None:
        raise StoredValueError("a date that is never empty is empty")
    return found


def stored_day(value: Any) -> date | None:
    """A stored date."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise StoredValueError(f"{value!r} is not a date") from exc


def stored_choice(vocabulary: type[E], value: Any) -> E:
    """A stored choice of one of the domain's vocabularies (stored as its value)."""
    try:
        return vocabulary(value)
    except ValueError as exc:
        raise StoredValueError(f"{value!r} is not a {vocabulary.__name__}") from exc


def stored_list(value: Any) -> list[Any]:
    """A stored JSON list (text in SQLite, already a list from PostgreSQL); NULL is empty."""
    if value is None:
        return []
    if isinstance(value, (str, bytes)):
        import json

        try:
            value = json.loads(value)
        except ValueError as exc:
            raise StoredValueError(f"{value!r} is not a JSON list") from exc
    if not isinstance(value, list):
        raise StoredValueError(f"{value!r} is not a list")
    return value
