"""Scheduling loop steps as interviews, and exporting them to calendars (.ics)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hirefile.domain.ics import CalendarEvent, calendar
from hirefile.domain.vocab import ActivityKind, Axis, InterviewStatus, StepKind
from hirefile.errors import NotFound, ValidationError
from hirefile.fsutil import write_bytes_atomic
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


def people(session: Session) -> list[tuple[str, str, str | None]]:
    """Everyone in the file who can interview: (id, name, e-mail), by name."""
    return [tuple(r) for r in session.execute(  # type: ignore[misc]
        select(Person.id, Person.name, Person.email)
        .where(Person.deleted_at.is_(None), Person.active.is_(True)).order_by(Person.name))]


def _validate(starts_at: datetime | None, minutes: int, title: str,
              interviewer_ids: Sequence[str]) -> None:
    if not title.strip():
        raise ValidationError("An interview needs a title", field="title")
    if starts_at is not None and starts_at.tzinfo is None:
        raise ValidationError("The start time needs a time zone", field="starts_at")
    if not 5 <= minutes <= 8 * 60:
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
    interview.ical_uid = f"{interview.id}@hirefile"
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
           link: str | None = None, notes: str = "") -> None:
    i = live_interview(session, interview_id)
    _validate(starts_at, minutes, title, interviewer_ids)
    i.title, i.starts_at, i.minutes = " ".join(title.split()), starts_at, minutes
    i.location = (location or "").strip() or None
    i.link = (link or "").strip() or None
    i.notes = notes.strip()
    _set_panel(session, interview_id, interviewer_ids)


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
            tuple(Axis(a) for a in (axes or [])), tuple(panels.get(i.id, [])))
    return [by_id[i] for i in ids if i in by_id]


def upcoming_ids(session: Session, *, after: datetime | None = None,
                 limit: int = 1000) -> list[str]:
    return list(session.scalars(
        select(Interview.id).where(Interview.deleted_at.is_(None),
                                   Interview.status == InterviewStatus.SCHEDULED,
                                   Interview.starts_at >= (after or utcnow()))
        .order_by(Interview.starts_at).limit(limit)))


def past_ids(session: Session, *, limit: int = 1000) -> list[str]:
    """Interviews that are behind us: started before now, or done, cancelled or a no-show;
    most recent first (those that never got a time last)."""
    return list(session.scalars(
        select(Interview.id).where(
            Interview.deleted_at.is_(None),
            or_(Interview.status != InterviewStatus.SCHEDULED, Interview.starts_at < utcnow()))
        .order_by(Interview.starts_at.is_(None), Interview.starts_at.desc()).limit(limit)))


def undated_ids(session: Session) -> list[str]:
    """Scheduled interviews whose time is still to be agreed: upcoming, but not yet placed
    in time (`upcoming_ids` leaves them out), oldest request first."""
    return list(session.scalars(
        select(Interview.id).where(Interview.deleted_at.is_(None),
                                   Interview.status == InterviewStatus.SCHEDULED,
                                   Interview.starts_at.is_(None))
        .order_by(Interview.created_at)))


def ids_for_application(session: Session, application_id: str) -> list[str]:
    """Every live interview of one application, in time order."""
    return list(session.scalars(
        select(Interview.id).where(Interview.application_id == application_id,
                                   Interview.deleted_at.is_(None))
        .order_by(Interview.starts_at.is_(None), Interview.starts_at)))


def export_ics(session: Session, interview_ids: Sequence[str], target: Path | str) -> int:
    """Write the interviews (those with a time) to an .ics file, atomically; returns how many."""
    data = [d for d in interviews_data(session, interview_ids) if d.starts_at is not None]
    if not data:
        raise ValidationError("None of these interviews has a date and time yet")
    emails = {pid: (name, email) for pid, name, email in people(session)}
    events = []
    for d in data:
        assert d.starts_at is not None
        description = "\n".join(p for p in (
            f"{d.title} with {d.candidate} for {d.role}",
            "Assesses: " + ", ".join(a.label for a in d.axes) if d.axes else "",
            f"Join: {d.link}" if d.link else "",
            d.notes) if p)
        events.append(CalendarEvent(
            uid=f"{d.id}@hirefile", start=d.starts_at, minutes=d.minutes,
            summary=f"{d.title}: {d.candidate} ({d.role})", description=description,
            location=d.location or d.link or None, url=d.link or None,
            attendees=[emails.get(pid, (name, None)) for pid, name in d.panel]))
    write_bytes_atomic(target, calendar(events).encode("utf-8"))
    return len(events)
