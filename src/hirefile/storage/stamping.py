"""This copy's replica id and clock, and the stamping of every change with them.

`CopyClock` belongs to an open `Database`. The first change written through it makes sure the
copy has a replica id of its own: a copy found at another place (another machine, another path:
a saved copy, a file copied or synced behind the app's back) takes a new one, so two copies
never sign changes with the same id. Every change then gets the next hybrid logical clock,
later than every clock the copy holds or has seen (`storage/clock.py`).

`stamp_row` is the one function that stamps a changed row's fields; the ORM flush listener
(`Database._stamp`) and `update_rows` (for the few bulk updates written in SQL) both use it.

On a PostgreSQL server there is no copy to own an id: each open `Database` that writes takes a
replica of its own at its first change (`SessionClock`): a new `replica` row labelled
"postgresql-server person=<person key> host=<host>" (`session_label`, read back by
`label_person`), never touching `meta`'s `replica_id`. Each writer updates only its own row,
so writers never queue on one row, and a field's clock names who changed it.

`current_rows` reads the stored state of the rows a unit of work changes (locked `FOR UPDATE`
on a server, so no one writes them between the check and the write), and `stale_field` is the
one check of an edit against the version its author read (`StaleEdit`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from hirefile.errors import StaleEdit
from hirefile.storage import clock
from hirefile.storage.lock import host_name
from hirefile.storage.models import Meta, Replica

#: Where a server database "lives" for the replica id `hirefile push` gives it, and the start
#: of every server writer's replica label.
SERVER_HOME = "postgresql-server"
#: `session.info` key: (table, id) -> `Expected`, what the editor of that row read; the flush
#: refuses a change to a field changed since (`Database._stamp`, `stale_field`).
EXPECTED = "expected_versions"
#: Rows read (and locked) per statement by `current_rows`.
_CHUNK = 500


def home_of(path: Any) -> str:
    """Where a copy lives: this machine and the file's path."""
    return f"{host_name()}:{path}"


class CopyClock:
    """The replica id and hybrid logical clock of one open copy."""

    def __init__(self, home: str) -> None:
        self.home = home
        self.replica: str | None = None
        self.hlc = 0

    def claim(self, conn: Connection | Session) -> str:
        """This copy's replica id, taking a new one when the file is not where its id was
        given (written in the caller's transaction)."""
        rows = dict(conn.execute(select(Meta.key, Meta.value).where(
            Meta.key.in_(("replica_id", "replica_home")))).all())
        replica = rows.get("replica_id")
        if replica is None or rows.get("replica_home") != self.home:
            replica = clock.new_replica_id()
            _set_meta(conn, replica_id=replica, replica_home=self.home)
            conn.execute(insert(Replica).values(id=replica, seen=0, label=self.home))
        if replica != self.replica:
            self.replica = replica
            seen = conn.execute(select(func.max(Replica.seen))).scalar() or 0
            self.hlc = max(self.hlc, int(seen))
        return replica

    def next(self, conn: Connection | Session, after: int = 0) -> clock.Clock:
        """The next clock, later than `after` (an HLC this change follows), recorded as seen."""
        replica = self.claim(conn)
        self.hlc = clock.tick(max(self.hlc, after))
        conn.execute(update(Replica).where(Replica.id == replica).values(seen=self.hlc))
        return clock.make(self.hlc, replica)


class SessionClock(CopyClock):
    """On a server: the replica of one open `Database`, taken at its first change and
    labelled with the person writing (`session_label`); its HLC starts past every clock the
    server has seen. A first change rolled back takes its replica row with it: the next
    change writes the row again."""

    def __init__(self, person_id: str) -> None:
        super().__init__(SERVER_HOME)
        self.person_id = person_id
        self.label = session_label(person_id, host_name())

    def claim(self, conn: Connection | Session) -> str:
        if self.replica is None:
            self.replica = clock.new_replica_id()
            seen = conn.execute(select(func.max(Replica.seen))).scalar() or 0
            self.hlc = max(self.hlc, int(seen))
        return self.replica

    def next(self, conn: Connection | Session, after: int = 0) -> clock.Clock:
        replica = self.claim(conn)
        self.hlc = clock.tick(max(self.hlc, after))
        done = conn.execute(update(Replica).where(Replica.id == replica).values(seen=self.hlc))
        if not done.rowcount:  # type: ignore[attr-defined]
            conn.execute(insert(Replica).values(id=replica, seen=self.hlc, label=self.label))
        return clock.make(self.hlc, replica)


def session_label(person_id: str, host: str) -> str:
    """The label of a server writer's replica: who wrote and from which machine."""
    return f"{SERVER_HOME} person={person_id} host={'-'.join(host.split()) or '?'}"


def label_person(label: str) -> str | None:
    """The person key a replica's label names (a server writer's), else None (a file copy's
    label is "HOST:PATH": a copy, shared by whoever opened it)."""
    parts = label.split()
    if not parts or parts[0] != SERVER_HOME:
        return None
    found = [p[len("person="):] for p in parts[1:] if p.startswith("person=")]
    return found[0] or None if found else None


def row_key(obj: Any) -> tuple[str, str]:
    """A row's key in `current_rows` and in `EXPECTED`: (table name, id)."""
    return obj.__table__.name, obj.id


def current_rows(session: Session, objs: Iterable[Any]) -> dict[tuple[str, str], Any]:
    """The stored rows of `objs` as they are now, by (table, id) — locked until the unit of
    work ends on a server (`FOR UPDATE`, in key order, so two writers never wait on each
    other in a circle). Within a unit of work the ORM's copy of a row may be older than what
    another writer committed since; clocks are stamped, and edits checked, against this.
    Bytes (an attachment's file) are not read."""
    by_table: dict[Any, list[str]] = {}
    for obj in objs:
        by_table.setdefault(type(obj).__table__, []).append(obj.id)
    found: dict[tuple[str, str], Any] = {}
    for table, ids in by_table.items():
        ids = sorted(set(ids))
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            query = select(*(c for c in table.c if not isinstance(c.type, sa.LargeBinary))) \
                .where(table.c.id.in_(chunk)).order_by(table.c.id)
            for row in session.execute(query.with_for_update()):
                found[(table.name, row.id)] = row
    return found


@dataclass
class Expected:
    """What an editor read of a row: its version (the latest clock it held) and, when known,
    the stored values of its fields then (column name -> value)."""

    version: int
    seen: dict[str, Any] | None = None


def stale_field(model: Any, row: Any, fields: Iterable[str], expected: Expected) -> str | None:
    """The first of `fields` (changed by an edit) changed by someone else since its author
    read the row: stored with a later clock than the version read, or holding another value
    than the one read (a change merged in from a copy keeps its own, older clock)."""
    base = clock.row_base(row.row_clock, row.updated_at)
    columns = sa.inspect(model).column_attrs
    for name in fields:
        if clock.hlc_of(clock.field_clock(name, base, row.field_clocks)) > expected.version:
            return name
        column = columns[name].columns[0].name
        if expected.seen is not None and column in expected.seen and \
                not _same(row._mapping[column], expected.seen[column]):
            return name
    return None


def _same(stored: Any, seen: Any) -> bool:
    if isinstance(stored, datetime) and isinstance(seen, datetime):
        return _utc(stored) == _utc(seen)
    return bool(stored == seen)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def refuse(model: Any, row: Any, name: str, mine: Any) -> StaleEdit:
    """The refusal of an edit of `name` on `row` (stored as it is now), before the services
    name the person and show the values (`services.concurrency`)."""
    base = clock.row_base(row.row_clock, row.updated_at)
    return StaleEdit(f"{name.replace('_', ' ')} was changed by someone else since you read it; "
                     "nothing was saved", model=model, row_id=row.id, field=name,
                     clock=clock.field_clock(name, base, row.field_clocks),
                     theirs=row._mapping[sa.inspect(model).column_attrs[name].columns[0].name],
                     mine=mine, row_updated_by=row.updated_by,
                     row_latest=latest(row.row_clock, row.updated_at, row.field_clocks))


def new_copy(conn: sqlite3.Connection, home: str) -> str:
    """Give a copy just written (plain sqlite3 connection) a replica id of its own."""
    replica = clock.new_replica_id()
    with conn:
        for key, value in (("replica_id", replica), ("replica_home", home)):
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
        conn.execute("INSERT INTO replica (id, seen, label) VALUES (?, 0, ?)", (replica, home))
    return replica


def _set_meta(conn: Connection | Session, **values: str) -> None:
    for key, value in values.items():
        done = conn.execute(update(Meta).where(Meta.key == key).values(value=value))
        if not done.rowcount:  # type: ignore[attr-defined]
            conn.execute(insert(Meta).values(key=key, value=value))


#: The highest HLC a row holds (storage/clock.py, which needs no SQLAlchemy).
latest = clock.latest


def stamp_fields(row_clock: str | None, updated_at: Any, field_clocks: dict[str, str] | None,
                 fields: Iterable[str], now: clock.Clock) -> tuple[str, dict[str, str]]:
    """The (row_clock, field_clocks) of a row after `fields` changed at `now`."""
    base = clock.row_base(row_clock, updated_at)
    out = dict(field_clocks or {})
    out.update(dict.fromkeys(fields, now))
    return base, out


def update_rows(session: Session, model: Any, where: Any, values: dict[str, Any]) -> int:
    """`UPDATE model SET values WHERE where`, stamping each row's changed fields (and
    `updated_at`/`updated_by` when given in `values`) with one new clock. For bulk updates
    written in SQL; ORM changes are stamped by the flush."""
    copy: CopyClock = session.info["copy_clock"]
    rows = session.execute(select(model.id, model.row_clock, model.updated_at,
                                  model.field_clocks).where(where)
                           .order_by(model.id).with_for_update()).all()
    if not rows:
        return 0
    now = copy.next(session, after=max(latest(r.row_clock, r.updated_at, r.field_clocks)
                                       for r in rows))
    fields = [k for k in values if k not in clock.NOT_FIELDS]
    table = model.__table__
    params = []
    for r in rows:
        base, clocks = stamp_fields(r.row_clock, r.updated_at, r.field_clocks, fields, now)
        params.append({"_id": r.id, "row_clock": base, "field_clocks": clocks, **values})
    session.execute(table.update().where(table.c.id == bindparam("_id"))
                    .values({k: bindparam(k) for k in ("row_clock", "field_clocks", *values)}),
                    params)
    return len(rows)


def add_clocks(conn: Connection) -> None:
    """File format 2: every row gains its clocks (empty: format-1 rows read as legacy
    changes), and the tables of replicas, merged keys and merges are created."""
    from hirefile.storage.models import Base, IdAlias, MergeRecord

    created = {IdAlias.__tablename__, MergeRecord.__tablename__, Replica.__tablename__}
    present = set(sa.inspect(conn).get_table_names())  # tables of later formats come later
    for table in Base.metadata.sorted_tables:
        if table.name in created or "row_clock" not in table.c or table.name not in present:
            continue
        conn.exec_driver_sql(f'ALTER TABLE "{table.name}" ADD COLUMN row_clock VARCHAR(32)')
        conn.exec_driver_sql(f'ALTER TABLE "{table.name}" ADD COLUMN field_clocks TEXT')
    Base.metadata.create_all(conn, tables=[Base.metadata.tables[n] for n in sorted(created)])
