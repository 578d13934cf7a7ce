"""After the yes: the file's onboarding template, each hire's checklist and check-ins, and
their calendar.

**The template.** Hirefile's own (`domain.onboarding.DEFAULT`) is used while the file keeps no
live `onboarding_template_item`; saving a different list writes it whole (built-in items under
their keys, added ones under "custom-" keys), and saving Hirefile's list again, or an empty
one, tombstones the rows, so Hirefile's template is used again.

**A hire.** When an application enters its role's Hired stage (`pipeline.move`, so a move on
the board and an accepted offer alike), `begin` gives it the checklist from the template (due
dates from the accepted offer's start date, else the day of the move) and check-ins at one,
three and six months, once: an application that already holds a live item or check-in gets
nothing more. Their keys derive from the application and the template item, so two copies
that record the same hire make the same rows, and a redo after an undo (which tombstones
them) brings the same rows back.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain import limits
from hirefile.domain import onboarding as rules
from hirefile.domain.ics import CalendarEvent, calendar, event_uid
from hirefile.domain.onboarding import TemplateItem
from hirefile.domain.ordering import spread
from hirefile.domain.vocab import ActivityKind, OfferStatus, OnboardingCategory, StageKind
from hirefile.errors import NotFound, ValidationError
from hirefile.fsutil import write_bytes_atomic
from hirefile.services.activity import record
from hirefile.storage import ordering
from hirefile.storage.models import (
    Application,
    Candidate,
    CheckIn,
    Offer,
    OnboardingItem,
    OnboardingTemplateItem,
    Role,
    RoleStage,
    StageChange,
)
from hirefile.storage.models.ordered import in_order
from hirefile.storage.types import utcnow

# the template ----------------------------------------------------------------------------------

def _template_rows(session: Session, *, live: bool = True) -> list[OnboardingTemplateItem]:
    query = select(OnboardingTemplateItem)
    if live:
        query = query.where(OnboardingTemplateItem.deleted_at.is_(None))
    return list(session.scalars(query.order_by(*in_order(OnboardingTemplateItem))))


def template(session: Session) -> list[TemplateItem]:
    """The template new hires' checklists start from: this file's, else Hirefile's."""
    rows = _template_rows(session)
    if not rows:
        return list(rules.DEFAULT)
    return [TemplateItem(r.item_key, r.text, r.days, r.category) for r in rows]


def is_file_template(session: Session) -> bool:
    """Whether the file keeps a template of its own."""
    return bool(_template_rows(session))


def new_item_key() -> str:
    return f"{rules.CUSTOM_PREFIX}{uuid.uuid4()}"


def _cleaned(item: TemplateItem) -> TemplateItem:
    return TemplateItem(item.key, " ".join(item.text.split()), item.days, item.category)


def set_template(session: Session, items: Sequence[TemplateItem]) -> None:
    """Make the file's template `items`, in order (refused, naming the row's problem, when
    one has no text, too long a text, or days out of range). Hirefile's list, or none,
    means Hirefile's template: the file keeps no rows then."""
    items = [_cleaned(i) for i in items]
    found = rules.problems(items)
    if found:
        at, message = found[0]
        raise ValidationError(f"Item {at + 1}: {message}", field="items")
    use_default = not items or tuple(items) == rules.DEFAULT
    wanted = [] if use_default else items
    every = {r.item_key: r for r in _template_rows(session, live=False)}
    listed = []
    for item in wanted:
        row = every.pop(item.key, None)
        if row is None:
            row = OnboardingTemplateItem(item_key=item.key)
        elif row.deleted_at is not None:
            row.deleted_at = None
        for name in ("text", "days", "category"):
            if getattr(row, name) != getattr(item, name):
                setattr(row, name, getattr(item, name))
        listed.append(row)
    ordering.keep_list(session, listed, every.values())
    record(session, ActivityKind.UPDATED, "onboarding_template", "onboarding",
           "Went back to Hirefile's onboarding template" if use_default else
           f"Edited the onboarding template ({len(wanted)} items)")


# a hire ----------------------------------------------------------------------------------------

def _accepted_start(session: Session, application_id: str) -> date | None:
    return session.scalar(select(Offer.start_date).where(
        Offer.application_id == application_id, Offer.deleted_at.is_(None),
        Offer.status == OfferStatus.ACCEPTED, Offer.start_date.is_not(None))
        .order_by(Offer.updated_at.desc(), Offer.id).limit(1))


def _rows_of(session: Session, application_id: str) -> dict[str, OnboardingItem | CheckIn]:
    """Every onboarding item and check-in of an application, tombstones too, by key (two
    queries, no flush between)."""
    rows: dict[str, OnboardingItem | CheckIn] = {}
    with session.no_autoflush:
        rows.update((r.id, r) for r in session.scalars(
            select(OnboardingItem).where(OnboardingItem.application_id == application_id)))
        rows.update((r.id, r) for r in session.scalars(
            select(CheckIn).where(CheckIn.application_id == application_id)))
    return rows


def begin(session: Session, application_id: str, hired_on: date) -> tuple[str, ...]:
    """Give a new hire their checklist and check-ins (once); the keys of the rows made or
    brought back, for an undo to tombstone."""
    existing = _rows_of(session, application_id)
    if any(r.deleted_at is None for r in existing.values()):
        return ()
    start = _accepted_start(session, application_id) or hired_on
    made: list[str] = []
    items = template(session)
    for item, position in zip(items, spread(len(items)), strict=True):
        row_id = rules.row_key(application_id, f"item/{item.key}")
        row = existing.get(row_id)
        if row is None:
            session.add(OnboardingItem(
                id=row_id, application_id=application_id, text=item.text, position=position,
                due_on=rules.due_on(start, item.days), category=item.category))
        else:
            row.deleted_at = None
        made.append(row_id)
    for months, due in rules.check_in_dates(start):
        row_id = rules.row_key(application_id, f"check-in/{months}")
        check = existing.get(row_id)
        if check is None:
            session.add(CheckIn(id=row_id, application_id=application_id, due_on=due))
        else:
            check.deleted_at = None
        made.append(row_id)
    return tuple(made)


def take_back(session: Session, ids: Sequence[str]) -> None:
    """Undo `begin`: tombstone the rows it made or brought back."""
    if not ids:
        return
    now = utcnow()
    with session.no_autoflush:
        rows: list[OnboardingItem | CheckIn] = [
            *session.scalars(select(OnboardingItem).where(OnboardingItem.id.in_(ids))),
            *session.scalars(select(CheckIn).where(CheckIn.id.in_(ids)))]
    for row in rows:
        if row.deleted_at is None:
            row.deleted_at = now


@dataclass(frozen=True)
class ItemData:
    id: str
    text: str
    category: OnboardingCategory | None
    due_on: date | None
    done_at: datetime | None
    #: Its calendar event id (`uid_of`).
    uid: str = ""

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class CheckInData:
    id: str
    label: str
    due_on: date
    done_on: date | None
    notes: str
    #: Its calendar event id (`uid_of`).
    uid: str = ""


@dataclass(frozen=True)
class Onboarding:
    """One hire's checklist and check-ins."""

    application_id: str
    candidate_id: str
    candidate: str
    role: str
    start: date | None
    items: list[ItemData]
    check_ins: list[CheckInData]

    @property
    def open_items(self) -> int:
        return sum(not i.done for i in self.items)


def hires(session: Session, candidate_id: str) -> list[str]:
    """The candidate's live applications in a Hired stage (ids, oldest first)."""
    return list(session.scalars(
        select(Application.id).join(RoleStage, RoleStage.id == Application.stage_id)
        .where(Application.candidate_id == candidate_id, Application.deleted_at.is_(None),
               RoleStage.kind == StageKind.HIRED)
        .order_by(Application.applied_at, Application.id)))


def _hired_on(session: Session, application_id: str) -> date | None:
    moved = session.scalar(
        select(StageChange.moved_at).join(RoleStage, RoleStage.id == StageChange.to_stage_id)
        .where(StageChange.application_id == application_id, StageChange.deleted_at.is_(None),
               RoleStage.kind == StageKind.HIRED)
        .order_by(StageChange.moved_at.desc()).limit(1))
    return moved.astimezone().date() if moved is not None else None


def _check_in_label(start: date | None, due: date) -> str:
    """"3 months check-in": the whole months from the start to the due date, nearest."""
    months = round((due - start).days / 30.44) if start is not None else 0
    return f"{rules.months_text(months)} check-in" if months > 0 else "Check-in"


def uid_of(row: OnboardingItem | CheckIn) -> str:
    """A checklist row's calendar event id (`ics.event_uid`)."""
    return event_uid(row.id, row.ical_uid)


def read(session: Session, application_id: str) -> Onboarding:
    """One hire's checklist (in order) and check-ins (by due date)."""
    app = session.get(Application, application_id)
    if app is None or app.deleted_at is not None:
        raise NotFound("That application no longer exists")
    candidate = session.get(Candidate, app.candidate_id)
    role = session.get(Role, app.role_id)
    start = _accepted_start(session, app.id) or _hired_on(session, app.id)
    items = [ItemData(r.id, r.text, r.category, r.due_on, r.done_at, uid_of(r))
             for r in session.scalars(
                 select(OnboardingItem).where(OnboardingItem.application_id == app.id,
                                              OnboardingItem.deleted_at.is_(None))
                 .order_by(*in_order(OnboardingItem)))]
    checks = [CheckInData(c.id, _check_in_label(start, c.due_on), c.due_on, c.done_on, c.notes,
                          uid_of(c))
              for c in session.scalars(
                  select(CheckIn).where(CheckIn.application_id == app.id,
                                        CheckIn.deleted_at.is_(None))
                  .order_by(CheckIn.due_on, CheckIn.id))]
    return Onboarding(app.id, app.candidate_id, candidate.full_name if candidate else "",
                      role.title if role else "", start, items, checks)


def _item(session: Session, item_id: str) -> OnboardingItem:
    row = session.get(OnboardingItem, item_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("That onboarding item is no longer in the file")
    return row


def _clean_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise ValidationError("Write what has to be done", field="text")
    if problem := limits.too_long(text, limits.SHORT, "The item"):
        raise ValidationError(problem, field="text")
    return text


def set_done(session: Session, item_id: str, done: bool) -> None:
    row = _item(session, item_id)
    if done != (row.done_at is not None):
        row.done_at = utcnow() if done else None


def add_item(session: Session, application_id: str, text: str, due_on: date | None,
             category: OnboardingCategory = OnboardingCategory.OTHER) -> str:
    """Add an item at the end of a hire's checklist; its key."""
    row = OnboardingItem(application_id=application_id, text=_clean_text(text), due_on=due_on,
                         category=category)
    ordering.place(session, row, None)
    session.add(row)
    return row.id


def edit_item(session: Session, item_id: str, text: str, due_on: date | None) -> None:
    row = _item(session, item_id)
    text = _clean_text(text)
    if row.text != text:
        row.text = text
    if row.due_on != due_on:
        row.due_on = due_on


def remove_item(session: Session, item_id: str) -> None:
    _item(session, item_id).deleted_at = utcnow()


def move_item(session: Session, item_id: str, index: int) -> None:
    ordering.move(session, _item(session, item_id), index)


def set_check_in(session: Session, check_in_id: str, due_on: date, done_on: date | None,
                 notes: str) -> None:
    """Record a check-in: its due date, when it happened (None: not yet) and notes."""
    row = session.get(CheckIn, check_in_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("That check-in is no longer in the file")
    notes = limits.clean_text(notes).strip()
    if problem := limits.too_long(notes, limits.LONG, "The notes"):
        raise ValidationError(problem, field="notes")
    for name, value in (("due_on", due_on), ("done_on", done_on), ("notes", notes)):
        if getattr(row, name) != value:
            setattr(row, name, value)


# the calendar ----------------------------------------------------------------------------------

def calendar_events(data: Sequence[Onboarding]) -> list[CalendarEvent]:
    """All-day events for every item with a due date and every check-in. The UIDs are the
    rows' (`uid_of`), so importing a later export updates the same events; an item done or a
    check-in held says so in its title."""
    events = []
    for o in data:
        who = f"{o.candidate} ({o.role})"
        for item in o.items:
            if item.due_on is None:
                continue
            done = "Done: " if item.done else ""
            events.append(CalendarEvent(
                uid=event_uid(item.id, item.uid), start=_day(item.due_on), minutes=24 * 60,
                all_day=True, summary=f"{done}Onboarding {who}: {item.text}",
                description=item.category.label if item.category else ""))
        for check in o.check_ins:
            held = f"Held {check.done_on.isoformat()}: " if check.done_on else ""
            events.append(CalendarEvent(
                uid=event_uid(check.id, check.uid), start=_day(check.due_on), minutes=24 * 60,
                all_day=True, summary=f"{held}{check.label} with {who}",
                description=check.notes))
    return events


def _day(day: date) -> datetime:
    return datetime.combine(day, time(), timezone.utc)


def ics_text(data: Sequence[Onboarding], *, now: datetime | None = None) -> str:
    return calendar(calendar_events(data), now=now, name="Hirefile onboarding")


def export_ics(data: Sequence[Onboarding], target: Path | str) -> int:
    """Write the hires' due items and check-ins to an .ics file, atomically; how many."""
    events = calendar_events(data)
    if not events:
        raise ValidationError("Nothing here has a due date yet")
    write_bytes_atomic(target, calendar(events, name="Hirefile onboarding").encode("utf-8"))
    return len(events)
