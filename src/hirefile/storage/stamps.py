"""`created_by` / `updated_by` name the person by key (file format 2).

Format 1 stamped rows with the person's display name. The step below maps each distinct name
to the `person` row of that name (trimmed, case-insensitive; a live row before a removed one,
then the oldest); a name with no person row gets a new, inactive person whose key is derived
from the file's UUID and the name, so two copies of one file migrated apart agree. An empty
stamp stays empty. Names for display are looked up through `services.people.names`.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy import Connection

from hirefile.storage.types import UTCDateTime

STAMP_COLUMNS = ("created_by", "updated_by")

_person = sa.table("person", sa.column("id", sa.String()), sa.column("name", sa.String()),
                   sa.column("email", sa.String()), sa.column("title", sa.String()),
                   sa.column("active", sa.Boolean()),
                   sa.column("created_at", UTCDateTime()), sa.column("created_by", sa.String()),
                   sa.column("updated_at", UTCDateTime()), sa.column("updated_by", sa.String()),
                   sa.column("deleted_at", UTCDateTime()))


def name_key(name: str) -> str:
    """How a stamped name is matched to a person's name."""
    return name.strip().casefold()


def derived_person_id(file_uuid: str, name: str) -> str:
    """The key of the person made for a stamped name no person row carries."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"hirefile:person:{file_uuid}:{name_key(name)}"))


def stamped_tables(conn: Connection) -> list[str]:
    """Every table with both stamp columns, by name (so later steps' tables count too)."""
    found = sa.inspect(conn)
    return sorted(t for t in found.get_table_names()
                  if set(STAMP_COLUMNS) <= {c["name"] for c in found.get_columns(t)})


def stamps_by_key(conn: Connection) -> None:
    """The format-2 step: every stamp that holds a name holds that person's key instead."""
    tables = stamped_tables(conn)
    names: Counter[str] = Counter()
    for table in tables:
        t = sa.table(table, *(sa.column(c, sa.String()) for c in STAMP_COLUMNS))
        for column in STAMP_COLUMNS:
            col = t.c[column]
            names.update({v: n for v, n in conn.execute(
                sa.select(col, sa.func.count()).where(col != "").group_by(col))})
    if not names:
        return
    people: dict[str, str] = {}
    for pid, name in conn.execute(sa.select(_person.c.id, _person.c.name).order_by(
            _person.c.deleted_at.is_not(None), _person.c.created_at, _person.c.id)):
        people.setdefault(name_key(name), pid)
    meta = sa.table("meta", sa.column("key", sa.String()), sa.column("value", sa.String()))
    file_uuid = conn.scalar(sa.select(meta.c.value).where(meta.c.key == "file_uuid")) or ""
    created = conn.scalar(sa.select(meta.c.value).where(meta.c.key == "created_at"))
    since = _when(created)
    mapping: dict[str, str] = {}
    # the spelling most rows carry names a new person (ties: the first in code point order)
    for name in sorted(names, key=lambda n: (-names[n], n)):
        key = name_key(name)
        if not key:
            mapping[name] = ""  # only spaces: nobody to name, as an empty stamp
            continue
        if key not in people:
            pid = people[key] = derived_person_id(file_uuid, name)
            conn.execute(sa.insert(_person).values(
                id=pid, name=" ".join(name.split()), email=None, title=None, active=False,
                created_at=since, created_by=pid, updated_at=since, updated_by=pid,
                deleted_at=None))
        mapping[name] = people[key]
    for table in tables:
        t = sa.table(table, *(sa.column(c, sa.String()) for c in STAMP_COLUMNS))
        for column in STAMP_COLUMNS:
            col = t.c[column]
            conn.execute(sa.update(t).where(col.in_(list(mapping)))
                         .values({column: sa.case(mapping, value=col, else_=col)}))


def _when(text: str | None) -> datetime:
    """The file's creation time (meta), or the epoch: never "now", so copies agree."""
    try:
        value = datetime.fromisoformat(text or "")
    except ValueError:
        return datetime(1970, 1, 1, tzinfo=timezone.utc)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
