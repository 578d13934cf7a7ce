"""Bulk inserts for the demo loader and CSV import: thousands of rows a second, exactly as the
ORM would write them (values converted by each column's own type).

Rows written here bypass the ORM's flush, so the caller stamps them and checks their values
against the field limits itself (`domain.limits`), as the demo and the importer do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy import types as sa_types

from hirefile.storage.types import UTCDateTime

UTC = timezone.utc


class BulkWriter:
    """Bulk inserts that stay fast at a million rows.

    SQLAlchemy writes each table's INSERT and converts every value with the column's own type,
    so the file holds exactly what the ORM would write. Three things differ from a plain Core
    `executemany`, each measured to matter at 50,000 candidates on a small laptop:
    - each distinct value is converted once per batch: times repeat across a row's stamps and
      across rows, and converting an aware datetime costs more than inserting the row;
    - UTC times are formatted directly, in half the time; the result is checked against
      SQLAlchemy's own conversion when the writer starts, which is used if they ever differ;
    - rows of tables with triggers go to SQLite in multi-row statements. SQLite opens a
      statement transaction per statement, and the search index (FTS5, kept current by triggers
      on `candidate`) flushes its pending terms at each: a row per statement makes candidates
      four times slower. Other tables are faster with one row per statement (`executemany`).

    On a PostgreSQL server the rows go through SQLAlchemy's own multi-row INSERTs
    (`insertmanyvalues`, a thousand rows a statement) with each column's type, as the ORM
    writes them; the server has no triggers to batch for (its search indexes are native).
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.on_server = conn.dialect.name == "postgresql"
        dbapi = conn.connection.dbapi_connection
        limit = getattr(dbapi, "getlimit", None)
        # sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER (Python 3.11+): how many ? a statement takes
        what = getattr(sqlite3, "SQLITE_LIMIT_VARIABLE_NUMBER", None)
        self.max_params: int = limit(what) if limit and what is not None else 999
        self.plans: dict[str, tuple[str, str, Callable[[Any], tuple[Any, ...]],
                                    list[tuple[int, Callable[[Any], Any]]]]] = {}
        self.caches: dict[tuple[type, Any], dict[Any, Any]] = {}
        self.triggered: set[str] = set() if self.on_server else set(conn.exec_driver_sql(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'").scalars())

    def _plan(self, table: Table, keys: Sequence[str]) -> tuple[
            str, str, Callable[[Any], tuple[Any, ...]], list[tuple[int, Callable[[Any], Any]]]]:
        """The INSERT for the columns every queued row of `table` has (those of its first row)."""
        plan = self.plans.get(table.name)
        if plan is None:
            compiled = insert(table).compile(dialect=self.conn.dialect, column_keys=list(keys))
            head, _, group = str(compiled).partition(" VALUES ")
            names = list(compiled.positiontup or ())
            converters = [(i, self._converter(table.c[name].type))
                          for i, name in enumerate(names)]
            plan = self.plans[table.name] = (
                head, group, itemgetter(*names),
                [(i, c) for i, c in converters if c is not None],
            )
        return plan

    def _converter(self, type_: Any) -> Callable[[Any], Any] | None:
        dialect = self.conn.dialect
        process: Callable[[Any], Any] | None = \
            type_.dialect_impl(dialect).bind_processor(dialect)
        if process is None:
            return None
        if isinstance(type_, (sa_types.JSON, sa_types.LargeBinary)):
            return process  # unhashable or large values: nothing to share
        if isinstance(type_, UTCDateTime):
            process = _fast_utc(process)
        # Columns of one type share their converted values (a row's stamps are often equal).
        cache = self.caches.setdefault((type(type_), getattr(type_, "enum_class", None)), {})

        def convert(value: Any) -> Any:
            try:
                return cache[value]
            except KeyError:
                out = cache[value] = process(value)
                return out

        return convert

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if self.on_server:
            self.conn.execute(insert(table), rows)
            return
        head, group, get, converters = self._plan(table, list(rows[0]))
        values = []
        for row in rows:
            record = list(get(row))
            for i, convert in converters:
                record[i] = convert(record[i])
            values.append(tuple(record))
        if table.name not in self.triggered:
            self.conn.exec_driver_sql(f"{head} VALUES {group}", values)
            return
        per_statement = max(1, self.max_params // len(values[0]))
        sql = f"{head} VALUES {', '.join([group] * per_statement)}"
        for start in range(0, len(values), per_statement):
            chunk = values[start:start + per_statement]
            if len(chunk) < per_statement:
                sql = f"{head} VALUES {', '.join([group] * len(chunk))}"
            self.conn.exec_driver_sql(sql, tuple(chain.from_iterable(chunk)))

    def forget(self) -> None:
        """Drop the converted values of the last batch (memory stays flat)."""
        for cache in self.caches.values():
            cache.clear()


@contextmanager
def big_page_cache(conn: Connection) -> Iterator[None]:
    """Let SQLite keep up to 512 MiB of pages for a big load (a 50,000-candidate file is about
    430 MB); with its default 2 MiB, random-key index inserts re-read pages all the time.
    A server manages its own memory: nothing to do there."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size = -524288")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _fast_utc(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`process` (SQLAlchemy's conversion of a time for SQLite) for UTC times, twice as fast,
    if it gives the same text on a few probes; otherwise `process` itself."""

    def fast(value: Any) -> Any:
        if value is None or value.tzinfo is not UTC:
            return process(value)
        return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:"
                f"{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")

    probes = (datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
              datetime(1999, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC))
    return fast if all(fast(p) == process(p) for p in probes) else process
