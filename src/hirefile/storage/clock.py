"""Clocks that say, for every field of every row, which change it holds and from which copy.

Two founders' laptops disagree about the time, and a merge must know more than "which is
newer": whether a change was made *knowing* the other. Hirefile uses a hybrid logical clock
(HLC) per copy — a physical time in milliseconds with a counter beside it, never going
backwards and always past every clock the copy has seen — and stamps each change with it and
with the copy's **replica id**:

    clock = "%016x" % hlc + replica        (32 characters; text order = (hlc, replica) order)

A row keeps the clock of its insert (`row_clock`) and, for each field changed since, that
field's clock (`field_clocks`, a small JSON map). A copy also keeps a **version vector**: for
every replica it has merged (and itself), the highest clock of that replica it has seen
(table `replica`). A change `(hlc, r)` is *known* to a copy when its vector holds `r` at `hlc`
or later. Merges compare field clocks: the higher one wins; when neither side knew the other's
change, both values are reported as a conflict.

Rows written before format 2 carry no clocks: their clock is derived from `updated_at` under
the *legacy* replica, the same on every copy, and legacy changes are known everywhere (format 1
had no way to tell concurrent changes apart, so the newer row wins, as it did).
"""

from __future__ import annotations

import secrets
import time
from datetime import datetime, timedelta, timezone

#: The replica of changes made before format 2 (clocks derived from `updated_at`).
LEGACY = "0" * 16
HLC_DIGITS = 16
#: The counter's share of the HLC: 16 bits below the milliseconds.
COUNTER_BITS = 16

Clock = str
#: A version vector: replica id -> the highest HLC of that replica seen.
Vector = dict[str, int]

_MS = timedelta(milliseconds=1)

#: Columns that are not fields: keys, stamps and the clocks themselves.
NOT_FIELDS = frozenset(("id", "created_at", "created_by", "updated_at", "updated_by",
                        "row_clock", "field_clocks"))


def new_replica_id() -> str:
    """A new copy's id: 64 random bits as 16 hex digits."""
    return secrets.token_hex(8)


def make(hlc: int, replica: str) -> Clock:
    return f"{hlc:0{HLC_DIGITS}x}{replica}"


def hlc_of(clock: Clock) -> int:
    return int(clock[:HLC_DIGITS], 16)


def replica_of(clock: Clock) -> str:
    return clock[HLC_DIGITS:]


def physical(ms: int) -> int:
    return ms << COUNTER_BITS


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: int, now: int | None = None) -> int:
    """The next HLC after `last`: the wall clock when it is ahead, else `last` + 1."""
    return max(physical(now_ms() if now is None else now), last + 1)


def legacy(updated_at: datetime) -> Clock:
    """The clock of a row (or field) last written before format 2."""
    if updated_at.tzinfo is None:
        updated_at = updated_at.replace(tzinfo=timezone.utc)
    ms = (updated_at - datetime(1970, 1, 1, tzinfo=timezone.utc)) // _MS
    return make(physical(ms), LEGACY)


def row_base(row_clock: Clock | None, updated_at: datetime) -> Clock:
    """The clock of a row's fields that have none of their own."""
    return row_clock or legacy(updated_at)


def latest(row_clock: Clock | None, updated_at: datetime,
           field_clocks: dict[str, Clock] | None) -> int:
    """The highest HLC a row holds."""
    base = row_base(row_clock, updated_at)
    return max(hlc_of(c) for c in (base, *(field_clocks or {}).values()))


def known(clock: Clock, vector: Vector) -> bool:
    """Has a copy with `vector` seen the change stamped `clock`?"""
    replica = replica_of(clock)
    return replica == LEGACY or vector.get(replica, -1) >= hlc_of(clock)


def field_clock(field: str, row_clock: Clock, field_clocks: dict[str, Clock] | None) -> Clock:
    """The clock of one field of a row."""
    if field_clocks and field in field_clocks:
        return field_clocks[field]
    return row_clock


def describe(clock: Clock) -> str:
    """A clock for people: its wall time and its copy."""
    ms = hlc_of(clock) >> COUNTER_BITS
    at = datetime.fromtimestamp(ms / 1000, timezone.utc)
    return f"{at:%Y-%m-%d %H:%M:%S} UTC by copy {replica_of(clock)}"
