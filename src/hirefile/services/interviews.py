"""Scheduling loop steps as interviews, and exporting them to calendars (.ics).

Double-booking: `conflicts` finds the scheduled interviews that overlap a time for any of the
chosen panelists or for the same candidate (one query; touching end and start is no overlap;
cancelled and undated interviews take no time), and `free_slot` proposes the first working-hours
time where all of them are free."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Session

from hirefile.domain.ics import CalendarEvent, calendar, event_uid
from hirefile.domain.vocab import ActivityKind, Axis, InterviewStatus, StepKind
from hirefile.errors import NotFound, ValidationError
from hirefile.fsutil import write_bytes_atomic
from hirefile.services import concurrency
from hirefile.services.activity import record
from hirefile.services.pipeline import live_application
from hirefile.storage.models import (
    Application,
    Candidate,
    Interview,
    InterviewPanelist,
    LoopStep,
    Person,
    Role,
)
from hirefile.storage.types import utcnow


@dataclass(frozen=True)
class InterviewData:
    id: str
    application_id: str
    candidate_id: str
    candidate: str
    role: str
    loop_step_id: str | None
    kind: StepKind
    title: str
    starts_at: datetime | None
    minutes: int
    location: str
    link: str
    notes: str
    status: InterviewStatus
    axes: tuple[Axis, ...]
    panel: tuple[tuple[str, str], ...]  # (person id, name)
    #: The version read (`services.concurrency`): an edit is checked against it.
    version: int = 0
    #: The calendar event id it was given (`Interview.ical_uid`), "" when none is stored.
    stored_uid: str = ""

    @property
    def uid(self) -> str:
        """Its calendar event id (`ics.event_uid`)."""
        return event_uid(self.id, self.stored_uid)

    def values(self) -> dict[str, Any]:
        """What the schedule dialog edits, as `update` takes it (to pass as `seen`)."""
        return dict(title=self.title, starts_at=self.starts_at, minutes=self.minutes,
                    interviewer_ids=[pid for pid, _ in self.panel], location=self.location,
                    link=self.link, notes=self.notes)


def people(session: Session) -> list[tuple[str, str, str | None]]:
    """Everyone in the file who can interview: (id, name, e-mail), by name."""
    return [tuple(r) for r in session.execute(  # type: ignore[misc]
        select(Person.id, Person.name, Person.email)
        .where(Person.deleted_at.is_(None), Person.active.is_(True)).order_by(Person.name))]


#: The longest an interview may last (`_validate`); bounds the search for overlaps.
MAX_MINUTES = 8 * 60
#: Working hours for proposed slots (local time), the first time tried, and the step.
DAY_START, DAY_END, FIRST_TRY = time(9, 0), time(18, 0), time(10, 0)
SLOT_STEP = timedelta(minutes=30)
#: How many working days ahead `free_slot` looks before giving up.
SEARCH_DAYS = 15


@dataclass(frozen=True)
class Conflict:
    """A scheduled interview that overlaps the time asked about."""

    interview_id: str
    title: str
    candidate: str
    starts_at: datetime
    minutes: int
    #: The chosen panelists who are on it (names, by name).
    people: tuple[str, ...]
    #: True when it is the same candidate's (this or another of their applications).
    same_candidate: bool

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


def _busy(session: Session, start: datetime, end: datetime, person_ids: Sequence[str],
          application_id: str | None, exclude_interview_id: str | None) -> list[Conflict]:
    """Scheduled, dated interviews of these people or this application's candidate that
    overlap [start, end): one query (its rows are one per interview and chosen panelist)."""
    ids = list(dict.fromkeys(person_ids))
    candidate = (select(Application.candidate_id).where(Application.id == application_id)
                 .scalar_subquery())
    same = Application.candidate_id == candidate if application_id else sa_false()
    query = (
        select(Interview.id, Interview.title, Interview.starts_at, Interview.minutes,
               Candidate.full_name, same.label("same"), Person.name)
        .join(Application, Application.id == Interview.application_id)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .outerjoin(InterviewPanelist, and_(InterviewPanelist.interview_id == Interview.id,
                                           InterviewPanelist.deleted_at.is_(None),
                                           InterviewPanelist.person_id.in_(ids)))
        .outerjoin(Person, Person.id == InterviewPanelist.person_id)
        .where(Interview.deleted_at.is_(None), Application.deleted_at.is_(None),
               Interview.status != InterviewStatus.CANCELLED,
               Interview.starts_at.is_not(None),
               Interview.starts_at < end,
               Interview.starts_at > start - timedelta(minutes=MAX_MINUTES),
               or_(InterviewPanelist.id.is_not(None), same))
        .order_by(Interview.starts_at, Interview.id, Person.name))
    if exclude_interview_id is not None:
        query = query.where(Interview.id != exclude_interview_id)
    found: dict[str, Conflict] = {}
    for iid, title, starts, minutes, cname, is_same, pname in session.execute(query):
        if starts is None or starts + timedelta(minutes=minutes) <= start:
            continue  # ended before (or just as) the time asked about begins
        old = found.get(iid)
        people = (old.people if old else ()) + ((pname,) if pname else ())
        found[iid] = Conflict(iid, title, cname, starts, minutes, people, bool(is_same))
    return list(found.values())


def conflicts(session: Session, starts_at: datetime, minutes: int, person_ids: Sequence[str],
              application_id: str | None, exclude_interview_id: str | None = None
              ) -> list[Conflict]:
    """Scheduled interviews overlapping `minutes` from `starts_at` for any of `person_ids` or
    for the candidate of `application_id` (any of their applications), soonest first.
    `exclude_interview_id`: the interview being edited, which cannot clash with itself."""
    if starts_at.tzinfo is None:
        raise ValidationError("The start time needs a time zone", field="starts_at")
    return _busy(session, starts_at, starts_at + timedelta(minutes=minutes), person_ids,
                 application_id, exclude_interview_id)


def free_slot(session: Session, minutes: int, person_ids: Sequence[str],
              application_id: str | None, *, now: datetime | None = None,
              zone: tzinfo | None = None, exclude_interview_id: str | None = None
              ) -> datetime | None:
    """The first time, on a working day from tomorrow, when the panel and the candidate are
    all free for `minutes`: the next working day at 10:00 first, then every 30 minutes within
    09:00–18:00 local time (`zone`, else this computer's), over `SEARCH_DAYS` working days.
    None when nothing is free by then. One query, whatever the number of days."""
    local_now = (now or datetime.now().astimezone()).astimezone(zone)
    length = timedelta(minutes=minutes)
    days: list[datetime] = []
    day = local_now.date() + timedelta(days=1)
    while len(days) < SEARCH_DAYS:
        if day.weekday() < 5:
            days.append(_local(datetime.combine(day, time(0, 0)), zone))
        day += timedelta(days=1)
    window_end = _local(datetime.combine(days[-1].date(), DAY_END), zone)
    busy = sorted((c.starts_at, c.ends_at) for c in _busy(
        session, days[0], window_end, person_ids, application_id, exclude_interview_id))
    for first, d in enumerate(days):
        slot = datetime.combine(d.date(), FIRST_TRY if first == 0 else DAY_START)
        while slot.time() >= DAY_START and (slot + length).time() <= DAY_END \
                and (slot + length).date() == slot.date():
            start = _local(slot, zone)
            if not any(b_start < start + length and start < b_end for b_start, b_end in busy):
                return start
            slot += SLOT_STEP
    return None


def _local(naive: datetime, zone: tzinfo | None) -> datetime:
    """A wall-clock time in `zone`, else in this computer's zone (summer time included)."""
    return naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()


def _validate(starts_at: datetime | None, minutes: int, title: str,
              interviewer_ids: Sequence[str]) -> None:
    if not title.strip():
        raise ValidationError("An interview needs a title", field="title")
    if starts_at is not None and starts_at.tzinfo is None:
        raise ValidationError("The start time needs a time zone", field="starts_at")
    if not 5 <= minutes <= MAX_MINUTES:
        raise ValidationError("An interview lasts between 5 minutes and 8 hours",
                              field="minutes")
    if not interviewer_ids:
        raise ValidationError("Choose at least one interviewer", field="interviewers")


def schedule(session: Session, application_id: str, *, title: str, kind: StepKind,
             starts_at: datetime | None, minutes: int, interviewer_ids: Sequence[str],
             loop_step_id: str | None = None, location: str | None = None,
             link: str | None = None, notes: str = "") -> Interview:
    app = live_application(session, application_id)
    _validate(starts_at, minutes, title, interviewer_ids)
    if loop_step_id is not None:
        step = session.get(LoopStep, loop_step_id)
        if step is None or step.role_id != app.role_id:
            raise ValidationError("That loop step is not in this candidate's role")
    interview = Interview(application_id=app.id, loop_step_id=loop_step_id, kind=kind,
                          title=" ".join(title.split()), starts_at=starts_at, minutes=minutes,
                          location=(location or "").strip() or None,
                          link=(link or "").strip() or None, notes=notes.strip())
    interview.ical_uid = event_uid(interview.id)
    session.add(interview)
    _set_panel(session, interview.id, interviewer_ids)
    record(session, ActivityKind.CREATED, "interview", interview.id,
           f"Scheduled {interview.title}", candidate_id=app.candidate_id)
    return interview


def _set_panel(session: Session, interview_id: str, interviewer_ids: Sequence[str]) -> None:
    wanted = list(dict.fromkeys(interviewer_ids))
    known = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    missing = [p for p in wanted if p not in known]
    if missing:
        raise ValidationError("An interviewer is not a person of this file")
    rows = {p.person_id: p for p in session.scalars(
        select(InterviewPanelist).where(InterviewPanelist.interview_id == interview_id))}
    for pid, row in rows.items():
        live = row.deleted_at is None
        if pid in wanted and not live:
            row.deleted_at = None
        elif pid not in wanted and live:
            row.deleted_at = utcnow()
    for pid in wanted:
        if pid not in rows:
            session.add(InterviewPanelist(interview_id=interview_id, person_id=pid))


def live_interview(session: Session, interview_id: str) -> Interview:
    i = session.get(Interview, interview_id)
    if i is None or i.deleted_at is not None:
        raise NotFound("That interview no longer exists")
    return i


def update(session: Session, interview_id: str, *, title: str, starts_at: datetime | None,
           minutes: int, interviewer_ids: Sequence[str], location: str | None = None,
           link: str | None = None, notes: str = "", seen: dict[str, Any] | None = None,
           version: int | None = None) -> None:
    """Save the dialog's values. With `seen` (`InterviewData.values()` as the dialog loaded
    them) only what was changed there is written — a colleague's new time stays when only
    the notes were edited — checked against `version` (`concurrency.checked`)."""
    i = live_interview(session, interview_id)
    _validate(starts_at, minutes, title, interviewer_ids)
    wanted = _cleaned(dict(title=title, starts_at=starts_at, minutes=minutes,
                           location=location, link=link, notes=notes))
    before = {} if seen is None else _cleaned(seen)
    values = None if seen is None else concurrency.seen_values(
        i, before, _cleaned(interview_data(session, interview_id).values()))
    with concurrency.checked(session, i, version, seen=values, what=i.title,
                             labels=_LABELS, show=_shown):
        for name, value in wanted.items():
            if (name not in before or before[name] != value) and getattr(i, name) != value:
                setattr(i, name, value)
    if seen is None:
        _set_panel(session, interview_id, interviewer_ids)
    elif set(seen["interviewer_ids"]) != set(interviewer_ids):
        # the people this person added and removed, applied to the panel as it is
        now = _panel_now(session, interview_id)
        panel = concurrency.merged(now, seen["interviewer_ids"], interviewer_ids)
        if not panel:
            raise _emptied(session, i, now, seen["interviewer_ids"])
        _set_panel(session, interview_id, panel)


def _panel_now(session: Session, interview_id: str) -> list[str]:
    return list(session.scalars(select(InterviewPanelist.person_id).where(
        InterviewPanelist.interview_id == interview_id, InterviewPanelist.deleted_at.is_(None))
        .order_by(InterviewPanelist.created_at)))


def _emptied(session: Session, i: Interview, now: list[str],
             seen: Sequence[str]) -> ValidationError:
    """The refusal of a panel change that, with a colleague's removals meanwhile, would leave
    no one: naming who changed the panel and when."""
    changed = set(now) ^ set(seen)
    row = session.scalars(select(InterviewPanelist).where(
        InterviewPanelist.interview_id == i.id, InterviewPanelist.person_id.in_(changed))
        .order_by(InterviewPanelist.updated_at.desc()).limit(1)).first()
    if row is None:
        return ValidationError("Choose at least one interviewer", field="interviewers")
    return ValidationError(concurrency.refused_now(
        session, row, "deleted_at", None, "", "",
        lambda c: f"{i.title}: the panel was changed by {c.who} at "
                  f"{concurrency.when_text(c.at)} and your change would leave no one on it",
        not_done="nothing was saved").message, field="interviewers")


def _cleaned(values: dict[str, Any]) -> dict[str, Any]:
    """The dialog's values as stored."""
    return dict(title=" ".join(values["title"].split()), starts_at=values["starts_at"],
                minutes=values["minutes"], location=(values["location"] or "").strip() or None,
                link=(values["link"] or "").strip() or None,
                notes=(values["notes"] or "").strip())


#: The schedule dialog's names of the fields a refusal can name.
_LABELS = {"starts_at": "Time", "minutes": "Length"}


def _shown(name: str, value: Any) -> str:
    if name == "starts_at" and isinstance(value, datetime):
        return concurrency.when_text(value)
    if name == "minutes" and value:
        return f"{value} min"
    return concurrency.shown(name, value)


def set_status(session: Session, interview_id: str, status: InterviewStatus) -> None:
    i = live_interview(session, interview_id)
    i.status = status


def interview_data(session: Session, interview_id: str) -> InterviewData:
    found = interviews_data(session, [interview_id])
    if not found or session.get(Interview, interview_id).deleted_at is not None:  # type: ignore[union-attr]
        raise NotFound("That interview no longer exists")
    return found[0]


def interviews_data(session: Session, ids: Sequence[str]) -> list[InterviewData]:
    """Interviews with candidate, role, axes and panel: three queries, any number of ids."""
    if not ids:
        return []
    rows = session.execute(
        select(Interview, Application.candidate_id, Candidate.full_name, Role.title,
               LoopStep.axes)
        .join(Application, Application.id == Interview.application_id)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .join(Role, Role.id == Application.role_id)
        .outerjoin(LoopStep, LoopStep.id == Interview.loop_step_id)
        .where(Interview.id.in_(ids))).all()
    panels: dict[str, list[tuple[str, str]]] = {}
    for iid, pid, name in session.execute(
            select(InterviewPanelist.interview_id, Person.id, Person.name)
            .join(Person, Person.id == InterviewPanelist.person_id)
            .where(InterviewPanelist.interview_id.in_(ids),
                   InterviewPanelist.deleted_at.is_(None)).order_by(Person.name)):
        panels.setdefault(iid, []).append((pid, name))
    by_id = {}
    for i, cid, cname, rtitle, axes in rows:
        by_id[i.id] = InterviewData(
            i.id, i.application_id, cid, cname, rtitle, i.loop_step_id, i.kind, i.title,
            i.starts_at, i.minutes, i.location or "", i.link or "", i.notes or "", i.status,
            tuple(Axis(a) for a in (axes or [])), tuple(panels.get(i.id, [])),
            concurrency.version_of(i), i.ical_uid or "")
    return [by_id[i] for i in ids if i in by_id]


def _upcoming(now: datetime) -> Any:
    """Scheduled from `now` on (`Interview.starts_at` NULL: a time still to be agreed is
    upcoming too, and `upcoming_ids` leaves those out)."""
    return and_(Interview.deleted_at.is_(None), Interview.status == InterviewStatus.SCHEDULED,
                or_(Interview.starts_at >= now, Interview.starts_at.is_(None)))


def _past(now: datetime) -> Any:
    """Behind us: started before now, or done, cancelled or a no-show."""
    return and_(Interview.deleted_at.is_(None),
                or_(Interview.status != InterviewStatus.SCHEDULED, Interview.starts_at < now))


def upcoming_ids(session: Session, *, after: datetime | None = None) -> list[str]:
    """Every scheduled interview with a time from `after` (default now) on, soonest first."""
    return list(session.scalars(
        select(Interview.id).where(_upcoming(after or utcnow()), Interview.starts_at.is_not(None))
        .order_by(Interview.starts_at, Interview.created_at, Interview.id)))


def past_ids(session: Session) -> list[str]:
    """Every interview behind us, most recent first (those that never got a time last)."""
    return list(session.scalars(
        select(Interview.id).where(_past(utcnow()))
        .order_by(Interview.starts_at.is_(None), Interview.starts_at.desc(),
                  Interview.created_at, Interview.id)))


#: The SQL sort keys of the Interviews list's columns ("when" puts those without a time last).
INTERVIEW_SORTS: dict[str, Any] = {
    "when": Interview.starts_at,
    "length": Interview.minutes,
    "title": func.lower(Interview.title),
    "candidate": Candidate.sort_name,
    "role": func.lower(Role.title),
    "status": Interview.status,
}


def list_ids(session: Session, *, past: bool = False, sort: str = "when",
             descending: bool = False) -> list[str]:
    """Every interview of the Interviews list in the order asked for, not a first page:
    upcoming ones (with a time soonest first, then those still to be given one, oldest
    request first) or past ones. The view fetches rows for the ids it paints."""
    stmt = select(Interview.id).where(_past(utcnow()) if past else _upcoming(utcnow()))
    if sort in ("candidate", "role"):
        stmt = (stmt.join(Application, Application.id == Interview.application_id)
                .join(Candidate, Candidate.id == Application.candidate_id)
                .join(Role, Role.id == Application.role_id))
    key = INTERVIEW_SORTS[sort]
    return list(session.scalars(stmt.order_by(
        Interview.starts_at.is_(None) if sort == "when" else key.desc() if descending
        else key.asc(),
        Interview.starts_at.desc() if descending else Interview.starts_at.asc(),
        Interview.created_at, Interview.id)))


@dataclass(frozen=True)
class UpcomingCounts:
    """The Interviews page's figures, counted in SQL: `total` upcoming (its badge), how
    many of them start within the next seven days, how many still need a time."""

    total: int
    this_week: int
    undated: int


def upcoming_counts(session: Session, *, now: datetime | None = None) -> UpcomingCounts:
    now = now or utcnow()
    total, week, undated = session.execute(
        select(func.count(),
               func.count().filter(Interview.starts_at <= now + timedelta(days=7)),
               func.count().filter(Interview.starts_at.is_(None)))
        .where(_upcoming(now))).one()
    return UpcomingCounts(total, week, undated)


def undated_ids(session: Session) -> list[str]:
    """Scheduled interviews whose time is still to be agreed: upcoming, but not yet placed
    in time (`upcoming_ids` leaves them out), oldest request first."""
    return list(session.scalars(
        select(Interview.id).where(Interview.deleted_at.is_(None),
                                   Interview.status == InterviewStatus.SCHEDULED,
                                   Interview.starts_at.is_(None))
        .order_by(Interview.created_at, Interview.id)))


def ids_for_application(session: Session, application_id: str) -> list[str]:
    """Every live interview of one application, in time order."""
    return list(session.scalars(
        select(Interview.id).where(Interview.application_id == application_id,
                                   Interview.deleted_at.is_(None))
        .order_by(Interview.starts_at.is_(None), Interview.starts_at)))


def calendar_events(session: Session, data: Sequence[InterviewData], *,
                    organizer: tuple[str, str] | None = None,
                    guests: Sequence[tuple[str, str | None]] = ()) -> list[CalendarEvent]:
    """Calendar events for the interviews that have a time: the panel as attendees (with
    `guests` added, e.g. the candidate for an invitation by e-mail), and `organizer` when
    given (an invitation, METHOD:REQUEST, names who invites)."""
    emails = {pid: (name, email) for pid, name, email in people(session)}
    events = []
    for d in data:
        if d.starts_at is None:
            continue
        description = "\n".join(p for p in (
            f"{d.title} with {d.candidate} for {d.role}",
            "Assesses: " + ", ".join(a.label for a in d.axes) if d.axes else "",
            f"Join: {d.link}" if d.link else "",
            d.notes) if p)
        events.append(CalendarEvent(
            uid=d.uid, start=d.starts_at, minutes=d.minutes,
            summary=f"{d.title}: {d.candidate} ({d.role})", description=description,
            location=d.location or d.link or None, url=d.link or None,
            attendees=[*guests, *(emails.get(pid, (name, None)) for pid, name in d.panel)],
            organizer=organizer))
    return events


def export_ics(session: Session, interview_ids: Sequence[str], target: Path | str) -> int:
    """Write the interviews (those with a time) to an .ics file, atomically; returns how many."""
    events = calendar_events(session, interviews_data(session, interview_ids))
    if not events:
        raise ValidationError("None of these interviews has a date and time yet")
    write_bytes_atomic(target, calendar(events).encode("utf-8"))
    return len(events)
