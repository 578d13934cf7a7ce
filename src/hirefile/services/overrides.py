"""Rows that override what Hirefile ships, one per key among live rows: a file's own text of a
built-in e-mail template (`mail_templates`), a file's wording of an axis's anchors
(`anchors`). `drop` tombstones the row (Hirefile's own comes back); `keep` makes the key's row
live again — the tombstone a drop left, else a new row — so an undo, or a revert then a save,
reuses the key's row rather than adding twins.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hirefile.storage.types import utcnow


def find(session: Session, key_column: InstrumentedAttribute[Any], key: object, *,
         live: bool = True) -> Any:
    """The row kept under `key` (live only, unless `live` is False: then the live one first,
    else the latest tombstone), or None."""
    model = key_column.class_
    query = select(model).where(key_column == key)
    if live:
        query = query.where(model.deleted_at.is_(None))
    return session.scalar(query.order_by(model.deleted_at.desc().nulls_first(), model.id)
                          .limit(1))


def keep(session: Session, key_column: InstrumentedAttribute[Any], key: object) -> Any:
    """The live row under `key`: the one there, a tombstone brought back, or a new row."""
    row = find(session, key_column, key)
    if row is None:
        row = find(session, key_column, key, live=False)
        if row is None:
            model: Any = key_column.class_
            row = model(**{key_column.key: key})
            session.add(row)
        row.deleted_at = None
    return row


def drop(session: Session, key_column: InstrumentedAttribute[Any], key: object) -> None:
    """Tombstone the live row under `key`, if there is one."""
    row = find(session, key_column, key)
    if row is not None:
        row.deleted_at = utcnow()
