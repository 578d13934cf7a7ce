"""Several people editing at once: an edit made on stale data is refused, never overwriting.

An editor reads a row with its **version** — the latest hybrid logical clock the row holds
(`version_of`; the service's draft carries it) — and writes inside `checked(session, row,
version, seen=…)`. The flush (`Database._stamp`, every ORM write, both backends) compares each
field the edit actually changes with that field's stored clock, the same clocks merging uses,
and with the value the editor read (a change merged in from a cofounder's copy keeps its own,
possibly older clock); either raises `StaleEdit` before anything is written, and `checked`
names who made the change and when (`changed_by`) and shows their value beside the refused
one: "Ana Lima: email changed by Daniel Okafor at 14:32 — here is the new value: “…”". Fields
the edit does not change never conflict. On a server the checked rows are locked from that check to
the commit (`stamping.current_rows`), so no one writes between the check and the write.

"Save mine anyway" is the same edit again with the version the refusal carries
(`Anyway(StaleEdit.row_latest)`): a knowing overwrite. Undo keeps its own refusal
(services/undoing.py); stage moves compare the stage the card showed (`services.pipeline`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from hirefile.errors import StaleEdit
from hirefile.services.people import name_of, names
from hirefile.storage import clock, stamping
from hirefile.storage.models import Replica

#: How a stored value of a field reads on screen (field name, value) -> text.
Show = Callable[[str, Any], str]
#: How much of a long value (notes) a refusal quotes.
_QUOTED = 160


T = TypeVar("T")


def merged(now: Iterable[T], seen: Iterable[T], mine: Iterable[T],
           key: Callable[[T], Hashable] = lambda item: item) -> list[T]:
    """A set edited on `seen` (tags, a panel): the items the person added and removed, applied
    to the set as it is `now` — an item someone else added (or removed) meanwhile stays added
    (or removed). Items compare by `key`; the order is `now`'s, then the person's additions."""
    before = {key(item) for item in seen}
    wanted = {key(item): item for item in mine}
    removed = before - set(wanted)
    kept = [item for item in now if key(item) not in removed]
    have = {key(item) for item in kept}
    return kept + [item for k, item in wanted.items() if k not in before and k not in have]

class Anyway(int):
    """The version a refusal carried, given back by "Save mine anyway": a change made after
    it is still refused, the values read before it are not compared (mine knowingly
    replaces theirs)."""


@dataclass(frozen=True)
class Change:
    """Who changed a field and when (from its clock)."""

    who: str
    at: datetime


def version_of(row: Any) -> int:
    """The version an editor reads: the latest clock the row holds."""
    return stamping.latest(row.row_clock, row.updated_at, row.field_clocks)


def changed_by(session: Session, field_clock: str, row_updated_by: str,
               row_latest: int) -> Change:
    """Who made the change stamped `field_clock` and when: the time is the clock's own wall
    time; the person is the one its replica names on a server, else (a file) the row's last
    writer when this change is the row's latest, else "someone"."""
    ms = clock.hlc_of(field_clock) >> clock.COUNTER_BITS
    at = datetime.fromtimestamp(ms / 1000, timezone.utc)
    with session.no_autoflush:  # the refused change is still pending: never flush it
        replica = session.get(Replica, clock.replica_of(field_clock))
        person = stamping.label_person(replica.label) if replica is not None else None
        if person is None and clock.hlc_of(field_clock) >= row_latest:
            person = row_updated_by
        who = name_of(names(session, [person]), person) if person else ""
    # a file keeps one writer per row, not per field: an earlier change of a field the row's
    # later writer did not touch names no one
    return Change(who or "someone", at)


def when_text(at: datetime, now: datetime | None = None) -> str:
    """A time for a sentence, local: "14:32" today, "yesterday 09:10", else "3 Dec 14:32"."""
    local = at.astimezone()
    today = (now or datetime.now(timezone.utc)).astimezone().date()
    if local.date() == today:
        return f"{local:%H:%M}"
    if local.date() == today - timedelta(days=1):
        return f"yesterday {local:%H:%M}"
    return f"{local.day} {local:%b %H:%M}" if local.year == today.year else \
        f"{local.day} {local:%b %Y %H:%M}"


def shown(_field: str, value: Any) -> str:
    """A stored value as a person reads it (the default `Show`)."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(getattr(value, "label", "") or value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text if len(text) <= _QUOTED else text[:_QUOTED - 1] + "…"


def explain(session: Session, exc: StaleEdit, *, what: str = "",
            show: Show = shown, label: str = "") -> StaleEdit:
    """The refusal as a person reads it: which field, who, when, and the value now."""
    change = changed_by(session, exc.clock, exc.row_updated_by, exc.row_latest)
    theirs, mine = show(exc.field, exc.theirs), show(exc.field, exc.mine)
    label = label or exc.label
    summary = (f"{what}: {label.lower()}" if what else label) + \
        f" changed by {change.who} at {when_text(change.at)}"
    message = f"{summary} — here is the new value: “{theirs}”. Nothing was saved."
    return StaleEdit(message, model=exc.model, row_id=exc.row_id, field=exc.field,
                     clock=exc.clock, theirs=exc.theirs, mine=exc.mine,
                     row_updated_by=exc.row_updated_by, row_latest=exc.row_latest,
                     who=change.who, at=change.at, theirs_text=theirs, mine_text=mine,
                     label=label, summary=summary)


def seen_values(row: Any, seen: dict[str, Any], now: dict[str, Any]) -> dict[str, Any]:
    """What `checked` compares the stored row with: `seen` is what the editor read and `now`
    the row read again as the editor would show it (both through the service's own
    normalising, so a value stored another way — a demo's consent time — reads the same);
    a field whose value is no longer the one read is marked changed, the others carry the
    stored value, so the flush refuses a change of the one and a write in between of any."""
    return {name: getattr(row, name) if now.get(name) == value else CHANGED
            for name, value in seen.items()}


#: A value `seen_values` found changed since it was read: equal to nothing stored.
CHANGED = object()


def refused_now(session: Session, row: Any, field: str, mine: Any, theirs_text: str,
                mine_text: str, sentence: Callable[[Change], str], *,
                not_done: str = "nothing was saved", label: str = "") -> StaleEdit:
    """The refusal of an edit found stale by its service (a card's stage that is no longer
    the application's): who and when from `field`'s clock, the sentence from `sentence`."""
    base = clock.row_base(row.row_clock, row.updated_at)
    stamp = clock.field_clock(field, base, row.field_clocks)
    latest = version_of(row)
    change = changed_by(session, stamp, row.updated_by, latest)
    summary = sentence(change)
    return StaleEdit(f"{summary}; {not_done}", model=type(row), row_id=row.id, field=field,
                     clock=stamp, theirs=getattr(row, field), mine=mine,
                     row_updated_by=row.updated_by, row_latest=latest, who=change.who,
                     at=change.at, theirs_text=theirs_text, mine_text=mine_text, label=label,
                     summary=summary)


@contextmanager
def checked(session: Session, row: Any, version: int | None, *, seen: dict[str, Any] | None,
            what: str = "", show: Show = shown,
            labels: dict[str, str] | None = None) -> Iterator[None]:
    """Write to `row` in the block, checked against `version` and the stored values `seen`
    when the editor read it (column -> value; None: the clocks alone). `version` None:
    unchecked, as the CLI's read-and-write in one unit. A stale field raises the explained
    `StaleEdit`."""
    if version is None:
        yield
        return
    expected = session.info.setdefault(stamping.EXPECTED, {})
    key = stamping.row_key(row)
    expected[key] = stamping.Expected(version, None if isinstance(version, Anyway) else seen)
    try:
        yield
        session.flush()
    except StaleEdit as exc:
        if exc.who:  # already explained (a nested check)
            raise
        raise explain(session, exc, what=what, show=show,
                      label=(labels or {}).get(exc.field, "")) from None
    finally:
        expected.pop(key, None)
