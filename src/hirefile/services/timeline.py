"""A candidate's page: their applications, and a timeline of everything that happened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.vocab import ActivityKind, Direction, Rating, ScorecardStatus
from hirefile.services import scorecards
from hirefile.services.people import name_of, names
from hirefile.services.pipeline import Move, history, time_in_stages
from hirefile.storage.models import (
    Activity,
    Application,
    Candidate,
    Correspondence,
    CultureAssessment,
    Interview,
    Note,
    Offer,
    PortfolioReview,
    Role,
    RoleStage,
    Scorecard,
)


@dataclass(frozen=True)
class Event:
    at: datetime
    who: str
    kind: str  # "move", "note", "interview", "scorecard", "review", "culture", "offer", ...
    text: str
    role: str | None = None
    #: The row the entry opens, for entries that open something (a kept e-mail: "mail").
    ref: str | None = None


@dataclass(frozen=True)
class ApplicationSummary:
    id: str
    role_id: str
    role: str
    stage: str
    stage_kind: str
    applied_at: datetime
    stage_entered_at: datetime
    exit_reason: str | None
    moves: tuple[Move, ...]
    time_in_stages: tuple[tuple[str, float], ...]  # (stage, days)
    #: The stage shown (a move from here is refused when someone moved it since).
    stage_id: str = ""


def applications(session: Session, candidate_id: str) -> list[ApplicationSummary]:
    out = []
    for app, title, stage, kind in session.execute(
            select(Application, Role.title, RoleStage.name, RoleStage.kind)
            .join(Role, Role.id == Application.role_id)
            .join(RoleStage, RoleStage.id == Application.stage_id)
            .where(Application.candidate_id == candidate_id, Application.deleted_at.is_(None))
            .order_by(Application.applied_at)):
        moves = history(session, app.id)
        spent = tuple((name, d.total_seconds() / 86400) for name, d in time_in_stages(moves))
        out.append(ApplicationSummary(app.id, app.role_id, title, stage, kind.value,
                                      app.applied_at, app.stage_entered_at, app.exit_reason,
                                      tuple(moves), spent, app.stage_id))
    return out


def mail_text(direction: Direction, name: str, subject: str) -> str:
    """"E-mail from Ana Lima: Subject" (received) or "E-mail to Ana Lima: Subject" (sent)."""
    way = "from" if direction is Direction.RECEIVED else "to"
    return f"E-mail {way} {name}: {subject or '(no subject)'}"


def timeline(session: Session, candidate_id: str, viewer_id: str | None = None) -> list[Event]:
    """Every move, note, interview, scorecard, review, assessment, offer and kept e-mail
    (at its own date; `ref` its key, to open it), newest first,
    as `viewer_id` may see it: others' verdicts only where the sealing rule
    (`scorecards.unsealed_applications`) opens them to the viewer; that someone submitted,
    never what, otherwise. Drafts are nobody's timeline."""
    apps = {a.id: a.role for a in applications(session, candidate_id)}
    ids = list(apps)
    unsealed = scorecards.unsealed_applications(session, viewer_id, ids)
    people = names(session)
    events: list[Event] = []
    for app_id, role in apps.items():
        for m in history(session, app_id):
            text = (f"Added at {m.to_name}" if m.from_name is None
                    else f"{m.from_name} → {m.to_name}")
            if m.reason:
                text += f" ({m.reason})"
            if m.note:
                text += f": {m.note}"
            events.append(Event(m.at, m.by, "move", text, role))
    for n in session.scalars(select(Note).where(Note.candidate_id == candidate_id,
                                                Note.deleted_at.is_(None))):
        events.append(Event(n.created_at, name_of(people, n.created_by), "note", n.body,
                            apps.get(n.application_id or "")))
    if ids:
        for i in session.scalars(select(Interview).where(Interview.application_id.in_(ids),
                                                         Interview.deleted_at.is_(None))):
            when = i.starts_at or i.created_at
            events.append(Event(when, name_of(people, i.created_by), "interview",
                                f"{i.title} ({i.status.label.lower()})",
                                apps[i.application_id]))
        for sc in session.scalars(select(Scorecard).where(
                Scorecard.application_id.in_(ids), Scorecard.deleted_at.is_(None),
                Scorecard.status == ScorecardStatus.SUBMITTED)):
            if sc.interviewer_id == viewer_id or sc.application_id in unsealed:
                rec = (Rating(sc.recommendation).label if sc.recommendation
                       else "no recommendation")
                text = f"Scorecard submitted: {rec}"
            else:
                text = "Scorecard submitted (sealed until you submit yours)"
            events.append(Event(sc.submitted_at or sc.updated_at,
                                name_of(people, sc.interviewer_id, sc.created_by), "scorecard",
                                text, apps[sc.application_id]))
        for r in session.scalars(select(PortfolioReview).where(
                PortfolioReview.application_id.in_(ids), PortfolioReview.deleted_at.is_(None))):
            if r.reviewer_id == viewer_id or r.application_id in unsealed:
                text = f"Portfolio review: {Rating(r.rating).label if r.rating else 'not rated'}"
            else:
                text = "Portfolio review (sealed until you submit your scorecard)"
            events.append(Event(r.created_at, name_of(people, r.reviewer_id, r.created_by),
                                "review", text, apps[r.application_id]))
        for c in session.scalars(select(CultureAssessment).where(
                CultureAssessment.application_id.in_(ids),
                CultureAssessment.deleted_at.is_(None))):
            events.append(Event(c.created_at, name_of(people, c.assessor_id, c.created_by),
                                "culture", "Culture assessment", apps[c.application_id]))
        for o in session.scalars(select(Offer).where(Offer.application_id.in_(ids),
                                                     Offer.deleted_at.is_(None))):
            events.append(Event(o.updated_at, name_of(people, o.updated_by), "offer",
                                f"Offer {o.status.label.lower()}", apps[o.application_id]))
    name = session.scalar(select(Candidate.full_name).where(Candidate.id == candidate_id))
    for k in session.execute(select(Correspondence.id, Correspondence.sent_at,
                                    Correspondence.direction, Correspondence.subject,
                                    Correspondence.created_by, Correspondence.application_id,
                                    Correspondence.sender)
                             .where(Correspondence.candidate_id == candidate_id,
                                    Correspondence.deleted_at.is_(None))):
        sender = k.sender.rpartition(" <")[0] or k.sender  # who wrote it, by their name
        events.append(Event(k.sent_at, sender or name_of(people, k.created_by), "mail",
                            mail_text(k.direction, name or "", k.subject),
                            apps.get(k.application_id or ""), ref=k.id))
    for a in session.scalars(select(Activity).where(
            Activity.candidate_id == candidate_id, Activity.deleted_at.is_(None),
            Activity.kind.in_([ActivityKind.MERGED, ActivityKind.REVEALED,
                               ActivityKind.IMPORTED, ActivityKind.EXPORTED,
                               ActivityKind.CREATED, ActivityKind.UPDATED,
                               ActivityKind.DRAFTED]),
            # About the candidate themselves, and reveals (on the record). Activity about a
            # scorecard or review is never shown as text: those entries come from their rows,
            # through the sealing rule, above.
            (Activity.subject_table == "candidate") | (Activity.kind == ActivityKind.REVEALED))):
        events.append(Event(a.at, a.actor, a.kind.value, a.summary))
    if not any(e.kind == ActivityKind.CREATED.value for e in events):
        candidate = session.get(Candidate, candidate_id)
        if candidate is not None:  # every timeline starts with the person joining the file
            events.append(Event(candidate.created_at, name_of(people, candidate.created_by),
                                "created",
                                f"Added {candidate.full_name}"))
    events.sort(key=lambda e: e.at, reverse=True)
    return events
