"""The pipeline board: one column per stage, cards fetched only for what is on screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from hirefile.domain.stages import DEFAULT_WAITING_DAYS, days_in_stage, is_waiting
from hirefile.domain.vocab import Rating, ScorecardStatus, Source, StageKind
from hirefile.services import scorecards
from hirefile.storage.models import (
    Application,
    Candidate,
    CandidateTag,
    Person,
    Role,
    RoleStage,
    Scorecard,
    Tag,
)
from hirefile.storage.models.ordered import in_order
from hirefile.storage.types import utcnow

if TYPE_CHECKING:
    from typing_extensions import Unpack


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows. With no role, columns are stage names summed across roles."""

    role_id: str | None = None
    tag_id: str | None = None
    source: Source | None = None
    owner_id: str | None = None
    include_exits: bool = True


@dataclass(frozen=True)
class Column:
    name: str
    kind: StageKind
    #: The stage's id when the board shows one role (drop target); None across roles.
    stage_id: str | None
    count: int


@dataclass(frozen=True)
class Card:
    application_id: str
    candidate_id: str
    name: str
    role: str
    stage: str
    days_in_stage: int
    source: str
    #: The latest recommendation the viewer may see (None when none, or when sealed).
    recommendation: str | None
    waiting: bool
    #: Someone submitted feedback the viewer may not see yet (they have not submitted theirs).
    sealed: bool = False


#: A SELECT of any columns: `_filtered` adds its conditions and keeps the statement's type.
_Stmt = TypeVar("_Stmt", bound="Select[Unpack[tuple[Any, ...]]]")


def _filtered(stmt: _Stmt, f: BoardFilter) -> _Stmt:
    """Live applications matching the filter.

    A live application always has a live candidate and role (removing a candidate tombstones
    their applications with it; a role with applications cannot be removed), so the candidate
    table is joined only when a filter needs it: without one, counts and column ids come
    straight from the live index on (stage, time entered).
    """
    stmt = stmt.where(Application.deleted_at.is_(None))
    if f.role_id:
        stmt = stmt.where(Application.role_id == f.role_id)
    if f.owner_id:
        stmt = stmt.where(Application.owner_person_id == f.owner_id)
    if f.source:
        stmt = stmt.where(Application.candidate_id.in_(
            select(Candidate.id).where(Candidate.source == f.source)))
    if f.tag_id:
        stmt = stmt.where(Application.candidate_id.in_(select(CandidateTag.candidate_id).where(
            CandidateTag.tag_id == f.tag_id, CandidateTag.deleted_at.is_(None))))
    return stmt


def columns(session: Session, f: BoardFilter) -> list[Column]:
    """The board's columns in pipeline order, with their counts (one grouped query)."""
    if f.role_id:
        stages = session.execute(
            select(RoleStage.id, RoleStage.name, RoleStage.kind)
            .where(RoleStage.role_id == f.role_id, RoleStage.deleted_at.is_(None))
            .order_by(*in_order(RoleStage))).all()
        counts: dict[str, int] = dict(session.execute(_filtered(
            select(Application.stage_id, func.count()), f)
            .group_by(Application.stage_id)).all())
        out = [Column(name, kind, sid, counts.get(sid, 0)) for sid, name, kind in stages]
    else:
        rows = session.execute(_filtered(
            select(RoleStage.name, RoleStage.kind, func.min(RoleStage.position),
                   func.count())
            .select_from(Application)
            .join(RoleStage, RoleStage.id == Application.stage_id), f)
            .group_by(RoleStage.name, RoleStage.kind)
            .order_by(func.min(RoleStage.position))).all()
        seen = {(name, kind) for name, kind, _, _ in rows}
        extra = session.execute(
            select(RoleStage.name, RoleStage.kind, func.min(RoleStage.position))
            .join(Role, Role.id == RoleStage.role_id)
            .where(RoleStage.deleted_at.is_(None), Role.deleted_at.is_(None))
            .group_by(RoleStage.name, RoleStage.kind)).all()
        merged = [(pos, name, kind, n) for name, kind, pos, n in rows]
        merged += [(pos, name, kind, 0) for name, kind, pos in extra if (name, kind) not in seen]
        merged.sort(key=lambda r: (r[2] is not StageKind.ACTIVE, r[0], r[1]))
        out = [Column(name, kind, None, n) for _, name, kind, n in merged]
    if not f.include_exits:
        out = [c for c in out if not c.kind.is_exit]
    return out


def column_ids(session: Session, f: BoardFilter, column: Column) -> list[str]:
    """Application ids of one column, longest waiting first."""
    stmt = _filtered(select(Application.id), f)
    if column.stage_id:
        stmt = stmt.where(Application.stage_id == column.stage_id)
    else:
        # Across roles: the stages of that name as a set of ids, so SQLite walks the live
        # stage index instead of joining every application to its stage first.
        stmt = stmt.where(Application.stage_id.in_(
            select(RoleStage.id).where(RoleStage.name == column.name,
                                       RoleStage.kind == column.kind)))
    return list(session.scalars(stmt.order_by(Application.stage_entered_at, Application.id)))


def tags_in_use(session: Session) -> list[tuple[str, str]]:
    """Tags at least one candidate carries, by name: the board's tag filter."""
    used = select(CandidateTag.tag_id).where(CandidateTag.deleted_at.is_(None))
    return [(i, n) for i, n in session.execute(
        select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None), Tag.id.in_(used))
        .order_by(func.lower(Tag.name)))]


def owners(session: Session) -> list[tuple[str, str]]:
    """The people of the file (founders, interviewers), who may own an application."""
    return [(i, n) for i, n in session.execute(
        select(Person.id, Person.name).where(Person.deleted_at.is_(None))
        .order_by(func.lower(Person.name)))]


def cards(session: Session, application_ids: Sequence[str], *,
          viewer_id: str | None = None, waiting_days: int = DEFAULT_WAITING_DAYS,
          now: datetime | None = None) -> dict[str, Card]:
    """The cards for some applications: three queries, whatever their number.

    A card shows the latest recommendation only where `viewer_id` may see the feedback
    (`scorecards.unsealed_applications`): sealed feedback never shows on the board."""
    if not application_ids:
        return {}
    now = now or utcnow()
    open_ids = scorecards.unsealed_applications(session, viewer_id, application_ids)
    latest: dict[str, int | None] = {}
    sealed: set[str] = set()
    for app_id, rec in session.execute(
            select(Scorecard.application_id, Scorecard.recommendation)
            .where(Scorecard.application_id.in_(application_ids),
                   Scorecard.deleted_at.is_(None), Scorecard.status == ScorecardStatus.SUBMITTED,
                   Scorecard.recommendation.is_not(None))
            .order_by(Scorecard.submitted_at)):
        if app_id in open_ids:
            latest[app_id] = rec
        else:
            sealed.add(app_id)
    out = {}
    rows = session.execute(
        select(Application.id, Application.candidate_id, Application.stage_entered_at,
               Candidate.full_name, Candidate.source, Role.title, RoleStage.name, RoleStage.kind)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .join(Role, Role.id == Application.role_id)
        .join(RoleStage, RoleStage.id == Application.stage_id)
        .where(Application.id.in_(application_ids)))
    for app_id, cid, entered, name, source, title, stage, kind in rows:
        days = days_in_stage(entered, now)
        rec = latest.get(app_id)
        out[app_id] = Card(app_id, cid, name, title, stage, days, source.label,
                           Rating(rec).label if rec else None,
                           is_waiting(kind, days, waiting_days),
                           app_id in sealed)
    return out
