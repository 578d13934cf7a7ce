"""The Home page: what needs a founder's attention today, read in a few indexed queries.

Each section is the first `limit` rows plus the true total ("and 212 more"), both from SQL:
counts are aggregated there and only the rows shown are fetched, so the whole read stays small
at 50,000 candidates (it is on the start-up path; `tests/bench/bench_home.py`). Rows name
people only through live, unerased candidate records (a merged-away record is a tombstone);
nothing here is built from ratings, so sealed feedback has nothing to leak.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Generic, TypeVar

from sqlalchemy import and_, case, exists, false, func, or_, select
from sqlalchemy.orm import Session

from hirefile.domain.stages import days_in_stage, waiting_since
from hirefile.domain.vocab import (
    InterviewStatus,
    OfferStatus,
    RoleStatus,
    ScorecardStatus,
    StageKind,
)
from hirefile.services.erasure import erased_ids
from hirefile.storage.models import (
    Application,
    Candidate,
    CheckIn,
    Interview,
    InterviewPanelist,
    Offer,
    OnboardingItem,
    Person,
    Role,
    RoleStage,
    Scorecard,
)
from hirefile.storage.models.ordered import in_order
from hirefile.storage.types import utcnow

#: Rows shown per section before "and N more".
LIMIT = 6
#: Offers sent or approved that expire within this many days are "expiring soon".
OFFER_SOON_DAYS = 7
#: Talent-pool reach-outs due within this many days are shown (earlier ones are overdue).
REACH_OUT_SOON_DAYS = 3
#: Onboarding items and check-ins due within this many days are shown.
ONBOARDING_SOON_DAYS = 7
#: "This week": today and the next six days, in the local zone.
WEEK_DAYS = 7

R = TypeVar("R")


@dataclass(frozen=True)
class Section(Generic[R]):
    """The first rows of a section and how many there are in all."""

    rows: tuple[R, ...]
    total: int

    @property
    def more(self) -> int:
        """Rows not shown ("and 212 more")."""
        return self.total - len(self.rows)


@dataclass(frozen=True)
class StageCount:
    stage_id: str
    name: str
    count: int


@dataclass(frozen=True)
class OpenRole:
    """An open role: people per active stage in pipeline order, and hires against headcount."""

    role_id: str
    title: str
    stages: tuple[StageCount, ...]
    hired: int
    headcount: int

    @property
    def in_process(self) -> int:
        return sum(s.count for s in self.stages)


@dataclass(frozen=True)
class Waiting:
    """Someone left in one active stage longer than the board's waiting rule allows."""

    application_id: str
    candidate_id: str
    candidate: str
    role_id: str
    role: str
    stage: str
    days: int


@dataclass(frozen=True)
class WeekInterview:
    interview_id: str
    application_id: str
    candidate_id: str
    candidate: str
    role: str
    title: str
    starts_at: datetime
    minutes: int
    #: The viewer is on its panel.
    mine: bool
    panel: tuple[str, ...]


@dataclass(frozen=True)
class OwedScorecard:
    """An interview that took place with the viewer on its panel and no scorecard of theirs
    submitted yet."""

    interview_id: str
    application_id: str
    candidate_id: str
    candidate: str
    role: str
    title: str
    #: When it took place (None: marked done without a time).
    starts_at: datetime | None
    #: Whole days since then (None without a time).
    days: int | None
    #: The viewer has started a draft.
    draft: bool


@dataclass(frozen=True)
class ExpiringOffer:
    offer_id: str
    application_id: str
    candidate_id: str
    candidate: str
    role: str
    status: OfferStatus
    expires_on: date
    #: Days until it expires; negative once past (0: today).
    days_left: int


@dataclass(frozen=True)
class ReachOut:
    candidate_id: str
    candidate: str
    #: Their current title and company, for context ("" when unknown).
    about: str
    reach_out_on: date
    days_left: int


@dataclass(frozen=True)
class OnboardingDue:
    """An onboarding item or a check-in not done yet, due soon or overdue."""

    #: "item" or "check_in".
    kind: str
    row_id: str
    application_id: str
    candidate_id: str
    candidate: str
    role: str
    text: str
    due_on: date
    days_left: int


@dataclass(frozen=True)
class Dashboard:
    today: date
    #: Nothing in the file yet (no role, no candidate): the page shows first steps instead.
    empty_file: bool
    roles: Section[OpenRole]
    waiting: Section[Waiting]
    interviews: Section[WeekInterview]
    owed: Section[OwedScorecard]
    offers: Section[ExpiringOffer]
    reach_outs: Section[ReachOut]
    onboarding: Section[OnboardingDue]


def read(session: Session, viewer_id: str | None, *, now: datetime | None = None,
         zone: tzinfo | None = None, limit: int = LIMIT) -> Dashboard:
    """Everything the Home page shows for `viewer_id` (the person at the keyboard; None shows
    no scorecards owed). `zone` is the local zone days and weeks are counted in."""
    now = now or utcnow()
    zone = zone or now.astimezone().tzinfo
    today = now.astimezone(zone).date()
    roles = open_roles(session, limit=limit)
    empty = roles.total == 0 and not _anything(session)
    return Dashboard(
        today=today, empty_file=empty, roles=roles,
        waiting=waiting(session, now=now, limit=limit),
        interviews=week_interviews(session, viewer_id, now=now, zone=zone, limit=limit),
        owed=owed_scorecards(session, viewer_id, now=now, limit=limit),
        offers=expiring_offers(session, today=today, limit=limit),
        reach_outs=reach_outs(session, today=today, limit=limit),
        onboarding=onboarding_due(session, today=today, limit=limit),
    )


def _anything(session: Session) -> bool:
    """Any live role or candidate at all (two indexed look-ups)."""
    return bool(session.scalar(select(Role.id).where(Role.deleted_at.is_(None)).limit(1))
                or session.scalar(select(Candidate.id).where(Candidate.deleted_at.is_(None))
                                  .limit(1)))


def _shown(session: Session, stmt: Any, limit: int) -> list[Any]:
    return list(session.execute(stmt.limit(limit)).all()) if limit > 0 else []


def _count(session: Session, stmt: Any) -> int:
    return session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


def _person_seen() -> Any:
    """The candidate may be named: live (not removed or merged away) and not erased."""
    return and_(Candidate.deleted_at.is_(None), Candidate.anonymised_at.is_(None))


def _live_application() -> Any:
    """A live application of someone who may be named. A live application always has a live
    candidate and role (removing or merging away a person tombstones or moves theirs), so
    counts need not read the candidate: only the few erased people are left out."""
    return and_(Application.deleted_at.is_(None), Application.candidate_id.not_in(erased_ids()))


# open roles ------------------------------------------------------------------------------------

def open_roles(session: Session, *, limit: int = LIMIT) -> Section[OpenRole]:
    """Open roles by title, each with its active stages in pipeline order (counts from one
    grouped query over the live (role, stage) index) and hires against headcount."""
    live_open = and_(Role.deleted_at.is_(None), Role.status == RoleStatus.OPEN)
    total = session.scalar(select(func.count(Role.id)).where(live_open)) or 0
    shown = _shown(session, select(Role.id, Role.title, Role.headcount).where(live_open)
                   .order_by(func.lower(Role.title), Role.id), limit)
    ids = [r.id for r in shown]
    counts: dict[str, int] = dict(session.execute(
        select(Application.stage_id, func.count())
        .where(Application.role_id.in_(ids), Application.deleted_at.is_(None))
        .group_by(Application.stage_id)).all()) if ids else {}
    stages: dict[str, list[tuple[str, str, StageKind]]] = {i: [] for i in ids}
    for sid, rid, name, kind in session.execute(
            select(RoleStage.id, RoleStage.role_id, RoleStage.name, RoleStage.kind)
            .where(RoleStage.role_id.in_(ids), RoleStage.deleted_at.is_(None))
            .order_by(*in_order(RoleStage))):
        stages[rid].append((sid, name, kind))
    rows = []
    for rid, title, headcount in shown:
        active = tuple(StageCount(sid, name, counts.get(sid, 0))
                       for sid, name, kind in stages[rid] if kind is StageKind.ACTIVE)
        hired = sum(counts.get(sid, 0) for sid, _n, kind in stages[rid]
                    if kind is StageKind.HIRED)
        rows.append(OpenRole(rid, title, active, hired, headcount or 1))
    return Section(tuple(rows), total)


# waiting ----------------------------------------------------------------------------------------

def waiting(session: Session, *, now: datetime | None = None,
            limit: int = LIMIT) -> Section[Waiting]:
    """Applications in an active stage longer than the waiting rule (`domain.stages`: the
    board's), longest waiting first.

    Read from the live (stage, time entered) index alone, which holds no candidate: the
    erased people among them are counted apart through their few applications, subtracted,
    and the first rows taken from that many more ids in order."""
    now = now or utcnow()
    active = select(RoleStage.id).join(Role, Role.id == RoleStage.role_id).where(
        RoleStage.kind == StageKind.ACTIVE, RoleStage.deleted_at.is_(None),
        Role.deleted_at.is_(None))
    late = and_(Application.deleted_at.is_(None), Application.stage_id.in_(active),
                Application.stage_entered_at <= waiting_since(now))
    of_erased = select(Application.id).where(Application.candidate_id.in_(erased_ids()))
    erased = session.scalar(select(func.count(Application.id)).where(
        late, Application.id.in_(of_erased))) or 0
    total = (session.scalar(select(func.count(Application.id)).where(late)) or 0) - erased
    first = select(Application.id).where(late).order_by(
        Application.stage_entered_at, Application.id).limit(max(limit, 0) + erased)
    rows = _shown(session, select(
        Application.id, Application.candidate_id, Candidate.full_name, Role.id, Role.title,
        RoleStage.name, Application.stage_entered_at)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .join(Role, Role.id == Application.role_id)
        .join(RoleStage, RoleStage.id == Application.stage_id)
        .where(Application.id.in_(first), _person_seen())
        .order_by(Application.stage_entered_at, Application.id), limit)
    return Section(tuple(Waiting(aid, cid, name, rid, title, stage,
                                 days_in_stage(entered, now))
                         for aid, cid, name, rid, title, stage, entered in rows), total)


# interviews this week ---------------------------------------------------------------------------

def week_bounds(now: datetime, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """From the start of today to the start of the seventh day after, in the local zone."""
    zone = zone or now.astimezone().tzinfo
    start = datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)
    return start, start + timedelta(days=WEEK_DAYS)


def _first_and_total(session: Session, found: Any, order: Sequence[Any],
                     limit: int) -> tuple[list[str], int]:
    """The keys of the first `limit` rows `found` selects (its first column) in `order`, and
    how many it selects in all: one pass, the total a window function over that pass."""
    if limit <= 0:
        return [], _count(session, found)
    rows = session.execute(found.add_columns(func.count().over()).order_by(*order)
                           .limit(limit)).all()
    return [r[0] for r in rows], (rows[0][-1] if rows else 0)


def _rows_and_total(session: Session, stmt: Any, order: Sequence[Any],
                    limit: int) -> tuple[list[Any], int]:
    """The first `limit` rows of `stmt` in `order`, and how many it selects in all (one pass,
    as `_first_and_total`)."""
    if limit <= 0:
        return [], _count(session, stmt)
    rows = session.execute(stmt.add_columns(func.count().over()).order_by(*order)
                           .limit(limit)).all()
    return [tuple(r)[:-1] for r in rows], (rows[0][-1] if rows else 0)


def _interviews(session: Session, found: Any, order: Sequence[Any], limit: int,
                *extra: Any) -> tuple[int, list[Any]]:
    """The count of the interviews `found` selects and the first `limit` of them in `order`
    with who and what (joined for those rows only); `extra` columns follow the row."""
    first, total = _first_and_total(session, found, order, limit)
    rows = _shown(session, select(
        Interview.id, Interview.application_id, Application.candidate_id, Candidate.full_name,
        Role.title, Interview.title, Interview.starts_at, Interview.minutes, *extra)
        .join(Application, Application.id == Interview.application_id)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .join(Role, Role.id == Application.role_id)
        .where(Interview.id.in_(first)).order_by(*order), limit) if first else []
    return total, rows


def week_interviews(session: Session, viewer_id: str | None, *, now: datetime | None = None,
                    zone: tzinfo | None = None,
                    limit: int = LIMIT) -> Section[WeekInterview]:
    """Scheduled interviews from today to six days on: the viewer's first, then everyone's,
    each in time order (the time's index, then each interview's application)."""
    now = now or utcnow()
    start, end = week_bounds(now, zone)
    mine = exists().where(InterviewPanelist.interview_id == Interview.id,
                          InterviewPanelist.person_id == viewer_id,
                          InterviewPanelist.deleted_at.is_(None)) \
        if viewer_id else false()
    found = select(Interview.id).join(
        Application, Application.id == Interview.application_id).where(
        Interview.deleted_at.is_(None), _live_application(),
        Interview.status == InterviewStatus.SCHEDULED,
        Interview.starts_at >= start, Interview.starts_at < end)
    total, rows = _interviews(session, found, (case((mine, 0), else_=1), Interview.starts_at,
                                               Interview.id), limit, mine)
    panels = _panels(session, [r[0] for r in rows])
    return Section(tuple(
        WeekInterview(iid, aid, cid, name, role, title, starts_at, minutes, bool(is_mine),
                      panels.get(iid, ()))
        for iid, aid, cid, name, role, title, starts_at, minutes, is_mine in rows), total)


def _panels(session: Session, interview_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    if interview_ids:
        for iid, name in session.execute(
                select(InterviewPanelist.interview_id, Person.name)
                .join(Person, Person.id == InterviewPanelist.person_id)
                .where(InterviewPanelist.interview_id.in_(interview_ids),
                       InterviewPanelist.deleted_at.is_(None))
                .order_by(func.lower(Person.name))):
            out.setdefault(iid, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


# scorecards owed --------------------------------------------------------------------------------

def owed_scorecards(session: Session, viewer_id: str | None, *, now: datetime | None = None,
                    limit: int = LIMIT) -> Section[OwedScorecard]:
    """Interviews done, or scheduled and already begun, with the viewer on the panel and no
    scorecard of theirs submitted; oldest first."""
    if not viewer_id:
        return Section((), 0)
    now = now or utcnow()
    draft = exists().where(Scorecard.interview_id == Interview.id,
                           Scorecard.interviewer_id == viewer_id,
                           Scorecard.status == ScorecardStatus.DRAFT,
                           Scorecard.deleted_at.is_(None))
    taken_place = or_(Interview.status == InterviewStatus.DONE,
                      and_(Interview.status == InterviewStatus.SCHEDULED,
                           Interview.starts_at < now))
    # the viewer's panels less their submitted scorecards, each from its person's index,
    # leaves the few interviews whose time and status need reading
    unwritten = select(InterviewPanelist.interview_id).where(
        InterviewPanelist.person_id == viewer_id, InterviewPanelist.deleted_at.is_(None),
    ).except_(select(Scorecard.interview_id).where(
        Scorecard.interviewer_id == viewer_id, Scorecard.status == ScorecardStatus.SUBMITTED,
        Scorecard.deleted_at.is_(None)))
    found = (select(Interview.id)
             .join(Application, Application.id == Interview.application_id)
             .where(Interview.id.in_(unwritten), Interview.deleted_at.is_(None),
                    _live_application(), taken_place))
    total, rows = _interviews(session, found, (Interview.starts_at.is_(None),
                                               Interview.starts_at, Interview.id),
                              limit, draft)
    return Section(tuple(
        OwedScorecard(iid, aid, cid, name, role, title, starts_at,
                      days_in_stage(starts_at, now) if starts_at else None, bool(has_draft))
        for iid, aid, cid, name, role, title, starts_at, _minutes, has_draft in rows), total)


# offers expiring --------------------------------------------------------------------------------

def expiring_offers(session: Session, *, today: date | None = None,
                    limit: int = LIMIT) -> Section[ExpiringOffer]:
    """Offers out (approved or sent) that expire within `OFFER_SOON_DAYS`, and expired offers
    left open: the application is still in process and has no newer offer going."""
    today = today or date.today()
    newer = select(Offer.application_id).where(
        Offer.deleted_at.is_(None),
        Offer.status.in_((OfferStatus.DRAFT, OfferStatus.APPROVED, OfferStatus.SENT,
                          OfferStatus.ACCEPTED)))
    stmt = (select(Offer.id, Offer.application_id, Application.candidate_id,
                   Candidate.full_name, Role.title, Offer.status, Offer.expires_on)
            .join(Application, Application.id == Offer.application_id)
            .join(Candidate, Candidate.id == Application.candidate_id)
            .join(Role, Role.id == Application.role_id)
            .join(RoleStage, RoleStage.id == Application.stage_id)
            .where(Offer.deleted_at.is_(None), Application.deleted_at.is_(None),
                   Role.deleted_at.is_(None), _person_seen(),
                   Offer.expires_on.is_not(None), or_(
                       and_(Offer.status.in_((OfferStatus.APPROVED, OfferStatus.SENT)),
                            Offer.expires_on <= today + timedelta(days=OFFER_SOON_DAYS)),
                       and_(Offer.status == OfferStatus.EXPIRED,
                            RoleStage.kind == StageKind.ACTIVE,
                            Application.id.not_in(newer)))))
    rows, total = _rows_and_total(session, stmt, (Offer.expires_on, Offer.id), limit)
    return Section(tuple(ExpiringOffer(oid, aid, cid, name, role, status, expires,
                                       (expires - today).days)
                         for oid, aid, cid, name, role, status, expires in rows), total)


# talent pool ------------------------------------------------------------------------------------

def reach_outs(session: Session, *, today: date | None = None,
               limit: int = LIMIT) -> Section[ReachOut]:
    """Talent-pool candidates to reach out to by `REACH_OUT_SOON_DAYS` from today, earliest
    first (the reach-out date's index)."""
    today = today or date.today()
    stmt = select(Candidate.id, Candidate.full_name, Candidate.current_title,
                  Candidate.current_company, Candidate.reach_out_on).where(
        _person_seen(), Candidate.in_talent_pool.is_(True),
        Candidate.reach_out_on <= today + timedelta(days=REACH_OUT_SOON_DAYS))
    rows, total = _rows_and_total(session, stmt, (Candidate.reach_out_on, Candidate.sort_name,
                                                  Candidate.id), limit)
    return Section(tuple(ReachOut(cid, name, " at ".join(p for p in (title, company) if p),
                                  day, (day - today).days)
                         for cid, name, title, company, day in rows), total)


# onboarding -------------------------------------------------------------------------------------

def onboarding_due(session: Session, *, today: date | None = None,
                   limit: int = LIMIT) -> Section[OnboardingDue]:
    """Checklist items and check-ins of people hired, not done, due within
    `ONBOARDING_SOON_DAYS` or overdue; earliest first. Reached through the hired
    applications (the live stage index), then each table's application index."""
    today = today or date.today()
    soon = today + timedelta(days=ONBOARDING_SOON_DAYS)
    hired = select(Application.id).where(
        Application.deleted_at.is_(None), Application.stage_id.in_(
            select(RoleStage.id).where(RoleStage.kind == StageKind.HIRED,
                                       RoleStage.deleted_at.is_(None))))

    def about(stmt: Any, model: Any) -> Any:
        return (stmt.join(Application, Application.id == model.application_id)
                .join(Candidate, Candidate.id == Application.candidate_id)
                .join(Role, Role.id == Application.role_id)
                .where(model.deleted_at.is_(None), model.application_id.in_(hired),
                       model.due_on.is_not(None), model.due_on <= soon, _person_seen()))

    items = about(select(OnboardingItem.id, OnboardingItem.application_id,
                         Application.candidate_id, Candidate.full_name, Role.title,
                         OnboardingItem.text, OnboardingItem.due_on),
                  OnboardingItem).where(OnboardingItem.done_at.is_(None))
    checks = about(select(CheckIn.id, CheckIn.application_id, Application.candidate_id,
                          Candidate.full_name, Role.title, CheckIn.notes, CheckIn.due_on),
                   CheckIn).where(CheckIn.done_on.is_(None))
    total = _count(session, items) + _count(session, checks)
    found = [("item", *r) for r in _shown(session, items.order_by(
        OnboardingItem.due_on, OnboardingItem.position, OnboardingItem.id), limit)]
    found += [("check_in", *r) for r in _shown(session, checks.order_by(
        CheckIn.due_on, CheckIn.id), limit)]
    found.sort(key=lambda r: (r[7], r[0] != "item"))
    rows = []
    for kind, rid, aid, cid, name, role, text, due in found[:max(limit, 0)]:
        what = text if kind == "item" else "Check-in"
        rows.append(OnboardingDue(kind, rid, aid, cid, name, role, what, due,
                                  (due - today).days))
    return Section(tuple(rows), total)
