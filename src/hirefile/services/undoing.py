"""Undo for any service write: what one unit of work wrote, and how to take it back.

`recording(session)` watches a unit of work while a service makes its change: every row it
added and every column it changed (with the value before), across all the flushes of the unit.
`Written.undo` puts the columns back and tombstones the rows it added; `Written.redo` makes
the change again. Both refuse, naming who, when a row was written since by anyone (its
`updated_at` is no longer the one this change left), so an undo never overwrites a later
edit; a refusal raises before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, update
from sqlalchemy.orm import Session

from hirefile.errors import ValidationError
from hirefile.services.people import name_of, names
from hirefile.storage.models import Person
from hirefile.storage.models.base import Tracked
from hirefile.storage.types import utcnow

#: Columns the database stamps on every write (`Database._stamp`): never put back by hand.
_STAMPS = frozenset(("created_at", "created_by", "updated_at", "updated_by"))


@dataclass
class _Row:
    model: type[Tracked]
    id: str
    #: Column → value before the change; for a row the change added, None.
    before: dict[str, Any] | None
    #: Column → value after the change (the same columns; none for an added row).
    after: dict[str, Any] = field(default_factory=dict)
    #: The row's `updated_at` as the last step (do, undo or redo) left it.
    stamp: datetime | None = None
    #: (updated_at, updated_by) before and after the change: undo and redo put them back,
    #: so the edits before and after this one on the stack still find their own stamps.
    stamp_before: tuple[datetime, str] | None = None
    stamp_after: tuple[datetime, str] | None = None


@dataclass
class Written:
    """What one change wrote, in the order written."""

    rows: list[_Row] = field(default_factory=list)

    def undo(self, session: Session, what: str) -> None:
        """Take the change back; refused (nothing written) when a row changed since."""
        live = self._check(session, what)
        for row, obj in reversed(list(zip(self.rows, live, strict=True))):
            if row.before is None:
                obj.deleted_at = utcnow()
            else:
                for key, value in row.before.items():
                    setattr(obj, key, value)
        self._restamp(session, live, {id(r): r.stamp_before for r in self.rows})

    def redo(self, session: Session, what: str) -> None:
        """Make the change again; refused (nothing written) when a row changed since."""
        live = self._check(session, what)
        for row, obj in zip(self.rows, live, strict=True):
            for key, value in row.after.items():
                setattr(obj, key, value)
            if row.before is None:
                obj.deleted_at = None
        self._restamp(session, live, {id(r): r.stamp_after for r in self.rows})

    def _check(self, session: Session, what: str) -> list[Tracked]:
        found = []
        for row in self.rows:
            obj = session.get(row.model, row.id)
            if obj is None:
                raise ValidationError(f"{what}: a part of it no longer exists in the file")
            if obj.updated_at != row.stamp:
                name = name_of(names(session, [obj.updated_by]), obj.updated_by)
                who = f" by {name}" if name else ""
                raise ValidationError(f"{what} cannot be taken back: it was changed since"
                                      f"{who}")
            found.append(obj)
        return found

    def _restamp(self, session: Session, live: list[Tracked],
                 stamps: dict[int, tuple[datetime, str] | None]) -> None:
        session.flush()
        for row, obj in zip(self.rows, live, strict=True):
            put = stamps[id(row)]
            if put is not None:  # past the flush's own stamping: as the step left the row
                session.execute(update(row.model).where(row.model.id == row.id)
                                .values(updated_at=put[0], updated_by=put[1]))
            row.stamp = obj.updated_at


def _columns(obj: Tracked) -> list[str]:
    return [a.key for a in inspect(obj).mapper.column_attrs if a.key not in _STAMPS]


@contextmanager
def recording(session: Session) -> Iterator[Written]:
    """Watch the unit of work in the `with` block; the `Written` is complete at its end
    (the session is flushed, so every row has its stamp)."""
    written = Written()
    seen: dict[tuple[type[Tracked], str], _Row] = {}

    def note(sess: Session, _ctx: Any, _instances: Any) -> None:
        for obj in list(sess.new):
            # a person's own row, made by the stamping of their first write, stays
            if isinstance(obj, Tracked) and not isinstance(obj, Person) \
                    and (type(obj), obj.id) not in seen:
                row = _Row(type(obj), obj.id, None)
                seen[(row.model, row.id)] = row
                written.rows.append(row)
        for obj in list(sess.dirty):
            if not isinstance(obj, Tracked):
                continue
            key = (type(obj), obj.id)
            found = seen.get(key)
            if found is None:
                found = seen[key] = _Row(type(obj), obj.id, {})
                written.rows.append(found)
            row = found
            if row.before is None:  # added by this change: all of it is the change
                continue
            state = inspect(obj)
            if row.stamp_before is None:
                was = state.attrs["updated_at"].history.deleted
                who = state.attrs["updated_by"].history.deleted
                row.stamp_before = (was[0] if was else obj.updated_at,
                                    who[0] if who else obj.updated_by)
            for name in _columns(obj):
                history = state.attrs[name].history
                if history.has_changes() and name not in row.before:
                    row.before[name] = history.deleted[0] if history.deleted else None

    event.listen(session, "before_flush", note)
    try:
        yield written
        session.flush()
    finally:
        event.remove(session, "before_flush", note)
    kept = []
    for row in written.rows:
        obj = session.get(row.model, row.id)
        assert obj is not None
        if row.before == {}:  # looked at, nothing changed
            continue
        # a row the change added is brought back as it is (its tombstone cleared): nothing of
        # it is held here, so an attachment's bytes are not kept twice
        row.after = {name: getattr(obj, name) for name in row.before or ()}
        row.stamp = obj.updated_at
        row.stamp_after = (obj.updated_at, obj.updated_by)
        kept.append(row)
    written.rows = kept
