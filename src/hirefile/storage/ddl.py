"""The DDL moves the format steps make (`format3`, `format4`): add missing columns, and
create missing tables or indexes from the models. Each is idempotent, so a step can run
twice."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Connection


def add_columns(conn: Connection, table: str, columns: dict[str, str]) -> None:
    """Add the `columns` (name → SQL type and default) that `table` lacks."""
    have = {c["name"] for c in sa.inspect(conn).get_columns(table)}
    for name, sql_type in columns.items():
        if name not in have:
            conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {name} {sql_type}"))


def create_tables(conn: Connection, *names: str) -> None:
    """Create the tables `names` from the models (with their indexes), if missing."""
    from hirefile.storage.models import Base

    for name in names:
        Base.metadata.tables[name].create(conn, checkfirst=True)


def create_indexes(conn: Connection, table: str, *names: str) -> None:
    """Create the indexes `names` of `table` from the models, if missing."""
    from hirefile.storage.models import Base

    for index in Base.metadata.tables[table].indexes:
        if index.name in names:
            index.create(conn, checkfirst=True)
