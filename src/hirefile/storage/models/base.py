"""The declarative base and the columns every row carries.

Every row of every table has a random UUID key, who created and last changed it and when (in
UTC), and a `deleted_at` tombstone instead of being deleted. That is what lets two founders'
copies of one file be merged later: rows are matched by key across copies, the newer change of
a row is known, and a deletion travels as a change instead of vanishing.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hirefile.storage.types import ClockMap, UTCDateTime, new_id, utcnow

#: Explicit constraint names keep migrations portable (SQLite and PostgreSQL alike).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every Hirefile table."""

    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        date: sa.Date(),
        str: sa.String(),
        dict[str, Any]: sa.JSON(),
        list[str]: sa.JSON(),
        list[dict[str, Any]]: sa.JSON(),
        bytes: sa.LargeBinary(),
    }


class Tracked:
    """Key, stamps and tombstone: the columns of every domain row."""

    id: Mapped[str] = mapped_column(
        sa.String(36), primary_key=True, default=new_id, sort_order=-10
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow, sort_order=90)
    created_by: Mapped[str] = mapped_column(default="", sort_order=91)
    #: Not indexed (file format 5): only the candidate and offer lists sort by it, and those
    #: two tables index it themselves (`updated_at_index`).
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, sort_order=92)
    updated_by: Mapped[str] = mapped_column(default="", sort_order=93)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None, sort_order=94)
    #: The clock of the row's insert, and of every field not in `field_clocks`
    #: (`storage/clock.py`); NULL for rows last written before file format 2.
    row_clock: Mapped[str | None] = mapped_column(sa.String(32), default=None, sort_order=95)
    #: The clock of each field changed since the insert.
    field_clocks: Mapped[dict[str, str] | None] = mapped_column(
        ClockMap(), default=None, sort_order=96)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


@event.listens_for(Tracked, "init", propagate=True)
def _key_at_birth(target: Tracked, _args: Any, kwargs: dict[str, Any]) -> None:
    """Give every new row its key when it is made, not at flush, so services and undo commands
    can refer to it at once."""
    if kwargs.get("id") is None:
        kwargs["id"] = new_id()


#: Where an index keeps its PostgreSQL predicate until a server engine is made (`info` key).
SERVER_WHERE = "postgresql_where"


def live_index(name: str, *columns: str, unique: bool = False) -> sa.Index:
    """An index over live rows only (`deleted_at IS NULL`), on SQLite and PostgreSQL alike.

    Lists filter on live rows and sort on one column; with the key as the last column, such an
    index answers "ids of live rows in this order" without reading the table.

    The PostgreSQL predicate is given by `server_options` (every server engine is made after
    it): a `postgresql_*` argument here would load SQLAlchemy's PostgreSQL dialect, with its
    asyncpg and psycopg modules, in every command on a file (30 ms of a command's start).
    """
    live = sa.text("deleted_at IS NULL")
    return sa.Index(name, *columns, unique=unique, sqlite_where=live,
                    info={SERVER_WHERE: live})


def server_options(metadata: sa.MetaData) -> None:
    """Give the live indexes their PostgreSQL predicate (idempotent; `server.make_engine`
    calls it before a server database is created, migrated or checked)."""
    for table in metadata.tables.values():
        for index in table.indexes:
            where = index.info.get(SERVER_WHERE)
            if where is not None:
                index.dialect_kwargs["postgresql_where"] = where


def updated_at_index(table: str) -> sa.Index:
    """The `updated_at` index of a table whose list sorts by it (the name format 4 gave it)."""
    return sa.Index(f"ix_{table}_updated_at", "updated_at")


def vocab(enum: type[Enum]) -> sa.Enum:
    """A column type for one of the domain's vocabularies, stored as its short value."""
    return sa.Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def fk(target: str, *, nullable: bool = False, index: bool = True) -> Any:
    """A foreign key to `target`'s UUID key, checked when the transaction commits.

    Deferred checking (SQLite and PostgreSQL alike) lets one unit of work insert rows in any
    order — a merge or an import writes parents and children together — while a commit that
    would leave a dangling reference still fails.
    """
    return mapped_column(
        sa.String(36),
        sa.ForeignKey(f"{target}.id", deferrable=True, initially="DEFERRED"),
        nullable=nullable, index=index,
    )
