"""Applications and their moves through a role's stages, with the full history of each move."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hirefile.domain.vocab import ActivityKind, StageKind
from hirefile.errors import NotFound, StaleEdit, ValidationError
from hirefile.services import concurrency, onboarding
from hirefile.services.activity import actor, record
from hirefile.services.candidates import live_candidate
from hirefile.services.roles import live_role
from hirefile.storage import derived, ordering
from hirefile.storage.models import Application, Candidate, ExitReason, RoleStage, StageChange
from hirefile.storage.models.ordered import in_order
from hirefile.storage.types import utcnow


def stages_of(session: Session, role_id: str) -> list[RoleStage]:
    return list(session.scalars(
        select(RoleStage).where(RoleStage.role_id == role_id, RoleStage.deleted_at.is_(None))
        .order_by(*in_order(RoleStage))))


def stage_named(session: Session, role_id: str, name: str) -> RoleStage:
    for stage in stages_of(session, role_id):
        if stage.name.casefold() == name.strip().casefold():
            return stage
    names = ", ".join(s.name for s in stages_of(session, role_id))
    raise ValidationError(f"No stage “{name.strip()}” in this role (stages: {names})",
                          field="stage")


def live_application(session: Session, application_id: str) -> Application:
    app = session.get(Application, application_id)
    if app is None or app.deleted_at is not None:
        raise NotFound("That application no longer exists")
    return app


def application_for(session: Session, candidate_id: str, role_id: str) -> Application | None:
    return session.scalar(select(Application).where(
        Application.candidate_id == candidate_id, Application.role_id == role_id,
        Application.deleted_at.is_(None)))


def add_application(session: Session, candidate_id: str, role_id: str, *,
                    stage: RoleStage | None = None, at: datetime | None = None,
                    reason: str | None = None) -> Application:
    """Put a candidate in a role's pipeline (first stage unless told), recording the entry."""
    candidate = live_candidate(session, candidate_id)
    role = live_role(session, role_id)
    if application_for(session, candidate_id, role_id) is not None:
        raise ValidationError(f"{candidate.full_name} is already in the pipeline of "
                              f"“{role.title}”")
    stages = stages_of(session, role_id)
    target = stage or stages[0]
    when = at or utcnow()
    app = Application(candidate_id=candidate_id, role_id=role_id, stage_id=target.id,
                      stage_entered_at=when, applied_at=when)
    session.add(app)
    session.add(StageChange(application_id=app.id, from_stage_id=None, to_stage_id=target.id,
                            from_name=None, to_name=target.name, moved_at=when,
                            moved_by=actor(session), reason=reason))
    record(session, ActivityKind.CREATED, "application", app.id,
           f"Added to “{role.title}” at {target.name}", candidate_id=candidate_id)
    return app


def remove_application(session: Session, application_id: str) -> None:
    """Take a candidate out of a role's pipeline (a tombstone; undo restores it)."""
    app = live_application(session, application_id)
    app.deleted_at = utcnow()


def restore_application(session: Session, application_id: str) -> None:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFound("That application no longer exists")
    if application_for(session, app.candidate_id, app.role_id) not in (None, app):
        raise ValidationError("The candidate is in that role's pipeline again already")
    app.deleted_at = None


@dataclass(frozen=True)
class MoveResult:
    application_id: str
    from_stage_id: str
    to_stage_id: str
    change_id: str
    #: The onboarding items and check-ins a move into Hired made (`onboarding.begin`).
    onboarding: tuple[str, ...] = ()


def move(session: Session, application_id: str, to_stage_id: str, *, reason: str | None = None,
         note: str | None = None, at: datetime | None = None,
         seen_stage_id: str | None = None) -> MoveResult:
    """Move an application to a stage of its role. Exits need a reason. With `seen_stage_id`
    (the stage the card or row showed), a candidate moved since by someone else is not moved
    again: `StaleEdit` names the move ("moved to Technical by Daniel Okafor at 14:32")."""
    app = live_application(session, application_id)
    if seen_stage_id is not None:
        session.refresh(app, with_for_update=True)  # on a server: held until the commit
        if app.stage_id != seen_stage_id:
            raise _moved_since(session, app, to_stage_id)
    target = session.get(RoleStage, to_stage_id)
    if target is None or target.deleted_at is not None or target.role_id != app.role_id:
        raise ValidationError("That stage is not in this candidate's role", field="stage")
    if target.id == app.stage_id:
        raise ValidationError(f"Already in {target.name}", field="stage")
    reason = " ".join((reason or "").split()) or None
    if target.kind.is_exit and not reason:
        raise ValidationError(f"Say why ({target.name.lower()}): choose or write a reason",
                              field="reason")
    source = session.get(RoleStage, app.stage_id)
    latest = derived.latest_stage_change(session, app.id)
    when = derived.after(latest.moved_at if latest else None, at or utcnow())
    change = StageChange(application_id=app.id, from_stage_id=app.stage_id,
                         to_stage_id=target.id, from_name=source.name if source else None,
                         to_name=target.name, moved_at=when, moved_by=actor(session),
                         reason=reason, note=(note or "").strip() or None)
    session.add(change)
    made = onboarding.begin(session, app.id, when.astimezone().date()) \
        if target.kind is StageKind.HIRED else ()
    result = MoveResult(app.id, app.stage_id, target.id, change.id, made)
    app.stage_id = target.id
    app.stage_entered_at = when
    if target.kind.is_exit:
        app.exit_reason, app.exit_note = reason, (note or "").strip() or None
    elif source is not None and source.kind.is_exit:
        app.exit_reason = app.exit_note = None
    candidate = session.get(Candidate, app.candidate_id)
    record(session, ActivityKind.MOVED, "application", app.id,
           f"Moved from {change.from_name} to {target.name}" + (f" ({reason})" if reason else ""),
           candidate_id=candidate.id if candidate else None)
    return result


def _moved_since(session: Session, app: Application, to_stage_id: str) -> StaleEdit:
    now, mine = session.get(RoleStage, app.stage_id), session.get(RoleStage, to_stage_id)
    candidate = session.get(Candidate, app.candidate_id)
    name = candidate.full_name if candidate else "The candidate"
    theirs = now.name if now else "another stage"
    return concurrency.refused_now(
        session, app, "stage_id", to_stage_id, theirs, mine.name if mine else "",
        lambda c: f"{name} was moved to {theirs} by {c.who} at {concurrency.when_text(c.at)}",
        not_done="nothing was moved", label="Stage")


def undo_move(session: Session, result: MoveResult) -> None:
    """Take a move back: the history row is tombstoned, and the stage, its entry time and (for
    an exit) its reason are again those of the move before it (the latest live one)."""
    app = live_application(session, result.application_id)
    change = session.get(StageChange, result.change_id)
    if change is None or app.stage_id != result.to_stage_id:
        raise ValidationError("The candidate has moved since; undo the later move first")
    change.deleted_at = utcnow()
    onboarding.take_back(session, result.onboarding)
    session.flush()
    previous = derived.latest_stage_change(session, app.id)  # where the history now ends
    app.stage_id = previous.to_stage_id if previous else result.from_stage_id
    app.stage_entered_at = previous.moved_at if previous else app.applied_at
    stage = session.get(RoleStage, app.stage_id)
    if stage is not None and not stage.kind.is_exit:
        app.exit_reason = app.exit_note = None
    elif previous is not None:  # back in an exit: its reason is the one the move into it gave
        app.exit_reason, app.exit_note = previous.reason, previous.note


def advance(session: Session, application_id: str) -> MoveResult:
    """To the next in-process stage (keyboard: advance)."""
    app = live_application(session, application_id)
    stages = [s for s in stages_of(session, app.role_id) if not s.kind.is_exit]
    ids = [s.id for s in stages]
    if app.stage_id not in ids or ids.index(app.stage_id) == len(ids) - 1:
        raise ValidationError("Nowhere further to advance")
    return move(session, application_id, ids[ids.index(app.stage_id) + 1])


def exit_stage(session: Session, role_id: str, kind: StageKind) -> RoleStage:
    for stage in stages_of(session, role_id):
        if stage.kind is kind:
            return stage
    raise ValidationError(f"This role has no {kind.label} stage")


@dataclass(frozen=True)
class BulkMoved:
    """What a bulk move did: the moves made, and the applications someone else moved since
    the table showed them, left where that person put them (the refusal naming who)."""

    moved: list[MoveResult]
    skipped: list[StaleEdit]

    def meanwhile(self, named: Callable[[str], str] = str) -> str:
        """"2 were moved by Daniel Okafor meanwhile and stay where they are", one per person
        (their name through `named`); empty when none was skipped."""
        by: dict[str, int] = {}
        for refusal in self.skipped:
            by[refusal.who] = by.get(refusal.who, 0) + 1
        return "; ".join(f"{n} {'was' if n == 1 else 'were'} moved by {named(who)} meanwhile and "
                         f"stay{'s' if n == 1 else ''} where {'it is' if n == 1 else 'they are'}"
                         for who, n in by.items())


def stages_named(session: Session, application_ids: Iterable[str],
                 stage_name: str) -> dict[str, str]:
    """Application -> the stage of this name in its role: what cards shown in a column of
    that name across roles showed (`bulk_move(seen_stages=…)`)."""
    return {app_id: stage_named(session, live_application(session, app_id).role_id,
                                stage_name).id for app_id in application_ids}


def bulk_move(session: Session, application_ids: Iterable[str], stage_name: str, *,
              reason: str | None = None, note: str | None = None,
              seen_stages: Mapping[str, str] | None = None) -> BulkMoved:
    """Move many (of possibly different roles) to the stage with this name in each role.
    With `seen_stages` (application -> the stage the table showed), one someone moved since
    is not moved again but skipped, named in `BulkMoved.skipped`; the rest move."""
    out, skipped = [], []
    for app_id in application_ids:
        app = live_application(session, app_id)
        target = stage_named(session, app.role_id, stage_name)
        if target.id == app.stage_id:
            continue
        try:
            out.append(move(session, app_id, target.id, reason=reason, note=note,
                            seen_stage_id=(seen_stages or {}).get(app_id)))
        except StaleEdit as refusal:
            skipped.append(refusal)
    return BulkMoved(out, skipped)


# history -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Move:
    at: datetime
    by: str
    from_name: str | None
    to_name: str
    reason: str | None
    note: str | None


def history(session: Session, application_id: str) -> list[Move]:
    rows = session.scalars(select(StageChange).where(
        StageChange.application_id == application_id, StageChange.deleted_at.is_(None))
        .order_by(StageChange.moved_at, StageChange.created_at))
    return [Move(r.moved_at, r.moved_by, r.from_name, r.to_name, r.reason, r.note)
            for r in rows]


def time_in_stages(moves: list[Move], now: datetime | None = None) -> list[tuple[str, timedelta]]:
    """Time spent in each stage, in the order first entered (repeat visits add up)."""
    now = now or utcnow()
    totals: dict[str, timedelta] = {}
    for i, m in enumerate(moves):
        end = moves[i + 1].at if i + 1 < len(moves) else now
        totals[m.to_name] = totals.get(m.to_name, timedelta()) + max(timedelta(), end - m.at)
    return list(totals.items())


# exit reasons and the talent pool -------------------------------------------------------------

def exit_reasons(session: Session, kind: StageKind) -> list[str]:
    return list(session.scalars(select(ExitReason.text).where(
        ExitReason.kind == kind, ExitReason.deleted_at.is_(None))
        .order_by(*in_order(ExitReason))))


def set_exit_reasons(session: Session, kind: StageKind, texts: list[str]) -> None:
    """Make the list for `kind` exactly `texts` (in order); removed reasons are tombstoned.
    Writes only what changed: an added, removed or edited reason, or the one that moved."""
    wanted = [" ".join(t.split()) for t in texts if t.strip()]
    rows = {r.text.casefold(): r for r in session.scalars(
        select(ExitReason).where(ExitReason.kind == kind).order_by(*in_order(ExitReason)))}
    listed: list[ExitReason] = []
    for text in wanted:
        row = rows.pop(text.casefold(), None)
        if row is None:
            row = ExitReason(kind=kind, text=text)
        else:
            if row.text != text:
                row.text = text
            if row.deleted_at is not None:
                row.deleted_at = None
        listed.append(row)
    ordering.keep_list(session, listed, rows.values())


def due_for_reach_out(session: Session, today: date | None = None) -> list[str]:
    """Talent-pool candidates whose reach-out date has come (ids, earliest first)."""
    today = today or date.today()
    return list(session.scalars(select(Candidate.id).where(
        Candidate.deleted_at.is_(None), Candidate.in_talent_pool.is_(True),
        Candidate.reach_out_on <= today).order_by(Candidate.reach_out_on)))


def count_in_stage(session: Session, stage_id: str) -> int:
    return session.scalar(select(func.count()).where(
        Application.stage_id == stage_id, Application.deleted_at.is_(None))) or 0
