"""This copy's replica id and clock, and the stamping of every change with them.

`CopyClock` belongs to an open `Database`. The first change written through it makes sure the
copy has a replica id of its own: a copy found at another place (another machine, another path:
a saved copy, a file copied or synced behind the app's back) takes a new one, so two copies
never sign changes with the same id. Every change then gets the next hybrid logical clock,
later than every clock the copy holds or has seen (`storage/clock.py`).

`stamp_row` is the one function that stamps a changed row's fields; the ORM flush listener
(`Database._stamp`) and `update_rows` (for the few bulk updates written in SQL) both use it.
"""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from hirefile.storage import clock
from hirefile.storage.models import Meta, Replica


def home_of(path: Any) -> str:
    """Where a copy lives: this machine and the file's path."""
    return f"{socket.gethostname()}:{path}"


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


def latest(row_clock: str | None, updated_at: Any, field_clocks: dict[str, str] | None) -> int:
    """The highest HLC a row holds."""
    base = clock.row_base(row_clock, updated_at)
    return max(clock.hlc_of(c) for c in (base, *(field_clocks or {}).values()))


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
                                  model.field_clocks).where(where)).all()
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
