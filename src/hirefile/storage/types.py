"""Portable column types and key generation."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import DateTime, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from hirefile.domain import keys

#: SQL true for the key of a row `id`: 16 base-36 characters (file format 6 writes no other;
#: a migration rewrites the keys of earlier formats), or one of those earlier shapes — 25
#: base-36 characters or a UUID as text — that another program may have written: readable,
#: and found by `WHERE id = …` like any other. `hirefile check` counts the rest.
KEY_SHAPE = (f"(length(id) IN ({keys.LENGTH}, 25) AND id NOT GLOB '*[^0-9a-z]*') "
             "OR (length(id) = 36 AND id LIKE '%-%-%-%-%')")


def new_id() -> str:
    """A new primary key: 16 random base-36 characters (`domain.keys`), unique across every
    copy of every file."""
    return keys.new_key()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """A point in time, always stored as UTC and always read back timezone-aware.

    SQLite has no time zones, PostgreSQL has; storing naive UTC and re-attaching UTC on the way
    out gives the same values on both, and refuses naive datetimes that would be ambiguous.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Hirefile stores only timezone-aware times")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


class ClockMap(TypeDecorator[dict[str, str]]):
    """A row's field clocks ({field: clock}) as compact JSON with sorted keys, so two copies
    holding the same clocks hold the same text (a merge compares rows in SQL by it).
    An empty map is stored as NULL."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dict[str, str] | None, dialect: Dialect) -> str | None:
        return clocks_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> dict[str, str] | None:
        return json.loads(value) if value else None


def clocks_text(value: dict[str, str] | None) -> str | None:
    """Field clocks as stored: compact JSON with sorted keys, NULL when empty."""
    if not value:
        return None
    return json.dumps(value, sort_keys=True, separators=(",", ":"))
