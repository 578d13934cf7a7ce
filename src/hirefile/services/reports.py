"""Hiring reports built for small numbers: funnel, time in stage, time to hire, sources,
reasons, offers and interviewer load — per role or for all roles, over a date range.

Every figure is aggregated in SQL (GROUP BY, window functions); only small grouped tables,
or the one or two middle values of each group for a median, come back to Python. Nothing
here reads a rating, a recommendation, a verdict or evidence: reports are counts and times,
so sealed feedback (`services.scorecards`) cannot leak through them.

What counts, everywhere:
  - live rows only: a removed (tombstoned) application, role, interview, scorecard, offer or
    move never counts; nor does an erased candidate (`anonymised_at`) or a duplicate merged
    into another (a tombstone whose rows moved to the record kept);
  - days are UTC days; a range is inclusive at both ends and either end may be open.

Which records a range selects (the same words are printed under every report):
  - funnel, sources: applications *applied* in the range (`applied_at`);
  - time in stage: stays that *ended* in the range (the move out of the stage);
  - time to hire: applications *hired* in the range (the move into the hired stage);
  - reasons: applications that *left* (rejected, withdrew) in the range;
  - offers: offers *made* (sent) in the range;
  - interviewer load: interviews *held* in the range, scorecards *submitted* in it, portfolio
    reviews *dated* in it; outstanding scorecards are those of interviews held in the range.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from hirefile.domain.stages import DEFAULT_STAGES
from hirefile.domain.vocab import InterviewStatus, OfferStatus, ScorecardStatus, Source, StageKind
from hirefile.errors import ValidationError
from hirefile.storage.models import (
    Application,
    Candidate,
    Interview,
    InterviewPanelist,
    Offer,
    OfferEvent,
    Person,
    PortfolioReview,
    Role,
    RoleStage,
    Scorecard,
    StageChange,
)
from hirefile.storage.models.ordered import in_order
from hirefile.storage.types import utcnow

if TYPE_CHECKING:
    from typing_extensions import Unpack

#: Below this many values a median is shown but no 90th percentile, and the figure is "few".
FEW = 5


# scope ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scope:
    """What a report covers: one role (its id) or all roles (None), and an inclusive range of
    UTC days (None: open at that end). See the module docstring for which date of each record
    the range is applied to."""

    role_id: str | None = None
    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValidationError(f"The range starts ({self.start}) after it ends ({self.end})")

    @property
    def lower(self) -> datetime | None:
        """The first instant of the range (UTC), or None."""
        return datetime.combine(self.start, time(), timezone.utc) if self.start else None

    @property
    def upper(self) -> datetime | None:
        """The first instant after the range (UTC), or None."""
        if self.end is None:
            return None
        return datetime.combine(self.end + timedelta(days=1), time(), timezone.utc)

    def within(self, column: Any) -> ColumnElement[bool]:
        """`column` (a UTC time) falls in the range."""
        parts: list[ColumnElement[bool]] = [column.is_not(None)]
        if self.lower is not None:
            parts.append(column >= self.lower)
        if self.upper is not None:
            parts.append(column < self.upper)
        return and_(*parts)

    def within_days(self, column: Any) -> ColumnElement[bool]:
        """`column` (a date) falls in the range."""
        parts: list[ColumnElement[bool]] = [column.is_not(None)]
        if self.start is not None:
            parts.append(column >= self.start)
        if self.end is not None:
            parts.append(column <= self.end)
        return and_(*parts)


#: What each metric's range selects, for footers and help (the module docstring in short).
RANGE_RULES: dict[str, str] = {
    "funnel": "applications applied in the range",
    "stages": "stays in a stage that ended in the range (stays still open are counted apart)",
    "time_to_hire": "applications hired in the range, from applied to hired",
    "sources": "applications applied in the range, by the candidate's source",
    "reasons": "applications rejected or withdrawn in the range",
    "offers": "offers made (sent) in the range",
    "load": "interviews held, scorecards submitted and portfolio reviews dated in the range",
}

#: How the report counts, in one paragraph for footers (PDF, CSV, CLI).
COUNTING_NOTE = (
    "Counts are of applications (a person in two pipelines counts in each). Removed records, "
    "erased candidates and merged duplicates never count. Days are UTC days; ranges include "
    "both ends. Pass-through counts an application at a stage once its outcome there is known "
    "(it went further, or it was hired, rejected or withdrew); those still at the stage are "
    "shown as in process. An application that moved backwards or was re-opened counts once, "
    "at the furthest stage it reached. Figures are counts and times only: no rating is read."
)


@dataclass(frozen=True)
class _Counting:
    """Which applications count for a scope, before any range: those of its role, live, of a
    live role and of a candidate neither removed, erased nor merged away.

    Read once per report: `skip`, the candidates that never count, and `dropped`, the
    applications that do not (removed, or of such a candidate or role) — both usually few or
    none, so the tables below applications (moves, interviews, scorecards, offers) are scanned
    once and each row checked against a short list, instead of probed once per application.
    Either is None when there are too many to list; a subquery says it then."""

    scope: Scope
    skip: tuple[str, ...] | None
    dropped: tuple[str, ...] | None

    def conditions(self) -> list[ColumnElement[bool]]:
        """Conditions on `Application`."""
        conds: list[ColumnElement[bool]] = [
            Application.deleted_at.is_(None), _scanned(Application.role_id).in_(_LIVE_ROLES)]
        if self.scope.role_id is not None:
            conds.append(Application.role_id == self.scope.role_id)
        if self.skip is None:
            conds.append(Application.candidate_id.not_in(select(Candidate.id).where(_UNCOUNTED)))
        elif self.skip:
            conds.append(Application.candidate_id.not_in(self.skip))
        return conds

    def ids(self) -> Select[str]:
        """The ids of the applications that count."""
        return select(Application.id).where(*self.conditions())

    def of(self, column: Any) -> list[ColumnElement[bool]]:
        """Conditions on a row below an application (`column` holds its id): it counts."""
        if self.dropped is None:
            return [_scanned(column).in_(self.ids())]
        conds: list[ColumnElement[bool]] = []
        if self.dropped:
            conds.append(column.not_in(self.dropped))
        if self.scope.role_id is not None:
            conds.append(_scanned(column).in_(select(Application.id).where(
                Application.role_id == self.scope.role_id, Application.deleted_at.is_(None))))
        return conds


def _scanned(column: Any) -> Any:
    """`column` as an expression SQLite will not look up by index: for `x IN (subquery)` it then
    reads the table once and checks each row against the subquery's rows (built once), rather
    than probing the table's index once for each of tens of thousands of subquery rows."""
    return column.op("||")("")


#: Candidates whose applications never count: removed (merged-away duplicates are removed
#: records too) or erased.
_UNCOUNTED = or_(Candidate.deleted_at.is_not(None), Candidate.anonymised_at.is_not(None))
_LIVE_ROLES = select(Role.id).where(Role.deleted_at.is_(None))

#: Above this many uncounted candidates or applications, a subquery excludes them.
_LISTED = 2000


def _counting(session: Session, scope: Scope) -> _Counting:
    skip = session.scalars(select(Candidate.id).where(_UNCOUNTED).limit(_LISTED + 1)).all()
    listed = tuple(skip) if len(skip) <= _LISTED else None
    gone: list[ColumnElement[bool]] = [Application.deleted_at.is_not(None),
                                       Application.role_id.not_in(_LIVE_ROLES)]
    if listed is None:
        gone.append(Application.candidate_id.in_(select(Candidate.id).where(_UNCOUNTED)))
    elif listed:
        gone.append(Application.candidate_id.in_(listed))
    dropped = session.scalars(select(Application.id).where(or_(*gone))
                              .limit(_LISTED + 1)).all()
    return _Counting(scope, listed, tuple(dropped) if len(dropped) <= _LISTED else None)


def _days_between(session: Session, start: Any, end: Any) -> ColumnElement[Any]:
    """Days (fractional) from `start` to `end`, two UTC time columns, in SQL."""
    return _day_number(session, end) - _day_number(session, start)


def _day_number(session: Session, column: Any) -> ColumnElement[Any]:
    """A UTC time column as a number of days (the Julian day on SQLite), to subtract."""
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", column) / 86400.0
    return func.julianday(column)


def _day_number_of(session: Session, when: datetime) -> float:
    """`_day_number` of a Python time, to compare with numbers computed in SQL."""
    epoch = (when - datetime(1970, 1, 1, tzinfo=timezone.utc)).total_seconds() / 86400.0
    return epoch if session.get_bind().dialect.name == "postgresql" else epoch + 2440587.5


# quantiles -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Spread:
    """How long something took, in days: how many values, their median and, with at least
    `FEW` values, the 90th percentile (nearest rank). `few` says there are under `FEW`
    values, so the median is a hint rather than a figure."""

    n: int = 0
    median: float | None = None
    p90: float | None = None

    @property
    def few(self) -> bool:
        return self.n < FEW


def _spreads(session: Session, durations: Select[Unpack[tuple[Any, ...]]]
             ) -> dict[Any, Spread]:
    """The spread of each group of `durations` (a SELECT of two columns: group, days).

    Only the middle one or two values and the 90th-percentile value of each group are fetched:
    the ranks are numbered in SQL."""
    sub = durations.subquery()
    grp, value = sub.c[0], sub.c[1]
    ranked = select(
        grp.label("grp"), value.label("v"),
        func.row_number().over(partition_by=grp, order_by=value).label("rn"),
        # the same window as the numbering (one sort), its frame the whole group
        func.count().over(partition_by=grp, order_by=value, rows=(None, None)).label("n"),
    ).where(value.is_not(None)).subquery()
    rows = session.execute(select(ranked.c.grp, ranked.c.v, ranked.c.rn, ranked.c.n).where(or_(
        ranked.c.rn == (ranked.c.n + 1) // 2,
        ranked.c.rn == (ranked.c.n + 2) // 2,
        ranked.c.rn == (ranked.c.n * 9 + 9) // 10,
    ))).all()
    picked: dict[Any, dict[int, float]] = defaultdict(dict)
    sizes: dict[Any, int] = {}
    for g, v, rn, n in rows:
        picked[g][int(rn)] = float(v)
        sizes[g] = int(n)
    out = {}
    for g, n in sizes.items():
        at = picked[g]
        median = (at[(n + 1) // 2] + at[(n + 2) // 2]) / 2
        p90 = at[math.ceil(n * 0.9)] if n >= FEW else None
        out[g] = Spread(n, round(median, 1), round(p90, 1) if p90 is not None else None)
    return out


def _rate(part: int, whole: int) -> float | None:
    """`part` of `whole` in percent (one decimal), None when `whole` is 0."""
    return round(100.0 * part / whole, 1) if whole else None


# stages --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Steps:
    """The funnel's steps for a scope and which step each stage of the file counts as."""

    names: tuple[str, ...]
    kinds: tuple[StageKind, ...]
    #: stage id -> step index (exits are not steps: absent).
    step_of: dict[str, int]
    #: stage id -> kind, for every stage concerned (exits included).
    kind_of: dict[str, StageKind]


def _steps(session: Session, scope: Scope) -> _Steps:
    """The steps of the funnel: one role's in-process stages in its order, then its hired
    stage(s); for all roles, the default pipeline (Sourced … Hired), each role's stage counted
    as the default stage of the same name (case aside), an added or renamed in-process stage
    as the default stage before it in its role (the first, if none is), and any hired stage as
    Hired. A removed stage that history still names counts as the step before it."""
    stmt = (select(RoleStage.id, RoleStage.role_id, RoleStage.name, RoleStage.kind,
                   RoleStage.deleted_at.is_(None).label("live"))
            .join(Role, Role.id == RoleStage.role_id)
            .where(Role.deleted_at.is_(None))
            .order_by(RoleStage.role_id, *in_order(RoleStage)))
    if scope.role_id is not None:
        stmt = stmt.where(RoleStage.role_id == scope.role_id)
    rows = session.execute(stmt).all()
    kind_of = {r.id: r.kind for r in rows}
    step_of: dict[str, int] = {}
    if scope.role_id is not None:
        active = [r for r in rows if r.kind is StageKind.ACTIVE and r.live]
        hired = [r for r in rows if r.kind is StageKind.HIRED and r.live]
        names = tuple(r.name for r in active + hired)
        kinds = tuple(r.kind for r in active + hired)
        index = {r.id: i for i, r in enumerate(active + hired)}
        first_hired = len(active) if hired else None
    else:
        defaults = [d for d in DEFAULT_STAGES if not d.kind.is_exit]
        names = tuple(d.name for d in defaults)
        kinds = tuple(d.kind for d in defaults)
        by_name = {d.name.casefold(): i for i, d in enumerate(defaults)
                   if d.kind is StageKind.ACTIVE}
        index = {r.id: by_name[r.name.casefold()] for r in rows
                 if r.kind is StageKind.ACTIVE and r.live and r.name.casefold() in by_name}
        first_hired = kinds.index(StageKind.HIRED)
    last_role, last = None, 0
    for r in rows:
        if r.role_id != last_role:
            last_role, last = r.role_id, 0
        if r.kind is StageKind.ACTIVE:
            last = index.get(r.id, last)
            step_of[r.id] = last
        elif r.kind is StageKind.HIRED and first_hired is not None:
            step_of[r.id] = index.get(r.id, first_hired)
    return _Steps(names, kinds, step_of, kind_of)


def _step_case(steps: _Steps, column: Any) -> Any:
    """SQL: the step index of the stage in `column` (NULL for exits and unknown stages).

    One IN list per step (SQLite looks each up in a small index it builds once), not one
    WHEN per stage: a file with many roles has hundreds of stages."""
    by_step: dict[int, list[str]] = defaultdict(list)
    for sid, step in steps.step_of.items():
        by_step[step].append(sid)
    if not by_step:
        return literal(None)
    return case(*((column.in_(ids), step) for step, ids in sorted(by_step.items())),
                else_=None)


# funnel --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FunnelStage:
    """One step of the funnel.

    `reached`: applications that reached this stage or a later one. Of these, `passed` went
    further, `stopped` ended here (hired here for the last step, else rejected or withdrew with
    this as their furthest stage) and `in_process` are still here or came back here. The
    pass-through rate is `passed` of `decided` (`passed + stopped`); `in_process` is left out
    of it, and said beside it."""

    name: str
    kind: StageKind
    reached: int
    passed: int
    stopped: int
    in_process: int

    @property
    def decided(self) -> int:
        return self.passed + self.stopped

    @property
    def pass_rate(self) -> float | None:
        """Percent of decided applications that went further (None with none decided, and for
        the last step)."""
        if self.kind is StageKind.HIRED:
            return None
        return _rate(self.passed, self.decided)


@dataclass(frozen=True)
class Funnel:
    """The funnel of the applications a scope selects (applied in the range).

    `total` applications; `finished` of them are hired, rejected or withdrew; `in_process`
    are still in an in-process stage. `stages` in pipeline order, the hired step last."""

    total: int
    finished: int
    in_process: int
    hired: int
    stages: tuple[FunnelStage, ...]


def funnel(session: Session, scope: Scope) -> Funnel:
    """The funnel: per stage, how many applications reached it (or a later stage), and of those
    whose outcome at that stage is known, how many went further.

    An application counts once, at the furthest stage it ever reached (its live moves): moving
    backwards or being re-opened after an exit never counts it twice. One grouped query over
    the moves of the selected applications."""
    return _funnel(session, _counting(session, scope), _steps(session, scope))


def _funnel(session: Session, counting: _Counting, steps: _Steps) -> Funnel:
    scope = counting.scope
    far = (select(StageChange.application_id.label("app"),
                  func.max(_step_case(steps, StageChange.to_stage_id)).label("far"))
           .where(StageChange.deleted_at.is_(None), *counting.of(StageChange.application_id))
           .group_by(StageChange.application_id).subquery())
    rows = session.execute(
        select(far.c.far, Application.stage_id, func.count())
        .select_from(Application).outerjoin(far, far.c.app == Application.id)
        .where(*counting.conditions(), scope.within(Application.applied_at))
        .group_by(far.c.far, Application.stage_id)).all()
    n = len(steps.names)
    reached_at = [0] * n     # furthest step == i
    stopped_at = [0] * n     # finished with furthest step == i
    waiting_at = [0] * n     # still in process with furthest step == i
    total = finished = hired = 0
    for furthest, stage_id, count in rows:
        kind = steps.kind_of.get(stage_id, StageKind.ACTIVE)
        current = steps.step_of.get(stage_id)
        if current is not None and (furthest is None or current > furthest):
            furthest = current  # history lost or incomplete: the current stage was reached
        total += count
        if kind is StageKind.HIRED:
            hired += count
        if kind.is_closed:
            finished += count
        if furthest is None:
            continue
        reached_at[furthest] += count
        if kind.is_closed:
            stopped_at[furthest] += count
        else:
            waiting_at[furthest] += count
    out = []
    beyond = 0
    for i in reversed(range(n)):
        reached = reached_at[i] + beyond
        out.append(FunnelStage(steps.names[i], steps.kinds[i], reached, beyond,
                               stopped_at[i], waiting_at[i]))
        beyond = reached
    return Funnel(total, finished, total - finished, hired, tuple(reversed(out)))


# time in stage -------------------------------------------------------------------------------

@dataclass(frozen=True)
class StageTime:
    """Days spent in one in-process stage: the spread of the stays that ended in the range (a
    stay runs from the move into the stage to the application's next move), and `open`, how
    many applications are in it now (stays not ended, left out of the spread)."""

    name: str
    spread: Spread
    open: int


def stage_times(session: Session, scope: Scope) -> list[StageTime]:
    """Median (and, with enough stays, 90th-percentile) days in each in-process stage, from the
    moves' history; for all roles, stages are combined as in the funnel.

    A stay ends at the next live move of the same application, whatever its direction, and
    counts when that move falls in the range. A stay in a stage entered twice counts twice
    (each stay is a wait). The stays are numbered in SQL (LEAD over each application's moves,
    which writers keep at distinct times, `storage.derived.after`); only the middle values
    come back. Open stays are the applications in the stage now."""
    return _stage_times(session, _counting(session, scope), _steps(session, scope))


def _stage_times(session: Session, counting: _Counting, steps: _Steps) -> list[StageTime]:
    scope = counting.scope
    active = {sid: step for sid, step in steps.step_of.items()
              if steps.kind_of[sid] is StageKind.ACTIVE}
    wanted = [i for i, kind in enumerate(steps.kinds) if kind is StageKind.ACTIVE]
    if not active:
        return [StageTime(steps.names[i], Spread(), 0) for i in wanted]
    entered = _day_number(session, StageChange.moved_at)
    stays = (select(_step_case(steps, StageChange.to_stage_id).label("step"),
                    entered.label("entered"),
                    func.lead(entered).over(partition_by=StageChange.application_id,
                                            order_by=StageChange.moved_at).label("left"))
             .where(StageChange.deleted_at.is_(None),
                    *counting.of(StageChange.application_id))).subquery()
    ended: list[ColumnElement[bool]] = [stays.c.left.is_not(None), stays.c.step.is_not(None)]
    if scope.lower is not None:
        ended.append(stays.c.left >= _day_number_of(session, scope.lower))
    if scope.upper is not None:
        ended.append(stays.c.left < _day_number_of(session, scope.upper))
    active_kind = select(RoleStage.id).where(RoleStage.kind == StageKind.ACTIVE)
    spreads = _spreads(session, select(stays.c.step, stays.c.left - stays.c.entered)
                       .where(*ended, stays.c.step.in_(
                           {active[sid] for sid in active})))
    open_now: dict[int, int] = defaultdict(int)
    for stage_id, count in session.execute(
            select(Application.stage_id, func.count())
            .where(*counting.conditions(), Application.stage_id.in_(active_kind))
            .group_by(Application.stage_id)).all():
        if stage_id in active:
            open_now[active[stage_id]] += int(count)
    return [StageTime(steps.names[i], spreads.get(i, Spread()), open_now.get(i, 0))
            for i in wanted]


# time to hire --------------------------------------------------------------------------------

@dataclass(frozen=True)
class TimeToHire:
    """Days from applying to being hired, for the applications hired in the range (those in a
    hired stage now, hired at the time they entered it). `spread.few` says there are under
    `FEW` hires: read the median as a hint."""

    spread: Spread


def time_to_hire(session: Session, scope: Scope) -> TimeToHire:
    return _time_to_hire(session, _counting(session, scope))


def _time_to_hire(session: Session, counting: _Counting) -> TimeToHire:
    hired = select(RoleStage.id).where(RoleStage.kind == StageKind.HIRED)
    durations = (select(literal(0), _days_between(session, Application.applied_at,
                                                  Application.stage_entered_at))
                 .where(*counting.conditions(), Application.stage_id.in_(hired),
                        counting.scope.within(Application.stage_entered_at)))
    return TimeToHire(_spreads(session, durations).get(0, Spread()))


# sources -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SourceRow:
    """One source of candidates: applications applied in the range from candidates of that
    source, and how many of them were interviewed (an interview held: done, or scheduled in the
    past), offered (an offer sent) and hired (in a hired stage now)."""

    source: Source
    applicants: int
    interviewed: int
    offered: int
    hired: int

    @property
    def label(self) -> str:
        return self.source.label

    @property
    def interviewed_rate(self) -> float | None:
        return _rate(self.interviewed, self.applicants)

    @property
    def offered_rate(self) -> float | None:
        return _rate(self.offered, self.applicants)

    @property
    def hired_rate(self) -> float | None:
        return _rate(self.hired, self.applicants)


#: Offer statuses that mean the offer went to the candidate.
MADE = (OfferStatus.SENT, OfferStatus.ACCEPTED, OfferStatus.DECLINED, OfferStatus.EXPIRED)


def _held(now: datetime) -> ColumnElement[bool]:
    """An interview took place: marked done, or still scheduled at a time now past."""
    return or_(Interview.status == InterviewStatus.DONE,
               and_(Interview.status == InterviewStatus.SCHEDULED,
                    Interview.starts_at.is_not(None), Interview.starts_at <= now))


def _sent_at() -> Any:
    """SQL, correlated to `Offer`: when it was first sent (its first live `sent` event)."""
    return (select(func.min(OfferEvent.at))
            .where(OfferEvent.offer_id == Offer.id, OfferEvent.deleted_at.is_(None),
                   OfferEvent.status == OfferStatus.SENT)
            .correlate(Offer).scalar_subquery())


def _was_made() -> ColumnElement[bool]:
    """An offer went to the candidate: it is sent or answered, or it has a live `sent` event
    (withdrawn after sending)."""
    return or_(Offer.status.in_(MADE), _sent_at().is_not(None))


def sources(session: Session, scope: Scope, *, now: datetime | None = None) -> list[SourceRow]:
    """Source quality: per source, applications and how far they got. One grouped query."""
    return _sources(session, _counting(session, scope), now or utcnow())


def _sources(session: Session, counting: _Counting, now: datetime) -> list[SourceRow]:
    interviewed = Application.id.in_(select(Interview.application_id).where(
        Interview.deleted_at.is_(None), _held(now)))
    offered = Application.id.in_(select(Offer.application_id).where(
        Offer.deleted_at.is_(None), _was_made()))
    hired = Application.stage_id.in_(select(RoleStage.id).where(
        RoleStage.kind == StageKind.HIRED))
    rows = session.execute(
        select(Candidate.source, func.count(),
               func.sum(case((interviewed, 1), else_=0)),
               func.sum(case((offered, 1), else_=0)),
               func.sum(case((hired, 1), else_=0)))
        .select_from(Application).join(Candidate, Candidate.id == Application.candidate_id)
        .where(*counting.conditions(), counting.scope.within(Application.applied_at))
        .group_by(Candidate.source)).all()
    got = {src: SourceRow(src, int(n), int(i or 0), int(o or 0), int(h or 0))
           for src, n, i, o, h in rows}
    return [got[s] for s in Source if s in got]


# reasons -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReasonRow:
    reason: str
    count: int


@dataclass(frozen=True)
class Reasons:
    """Why applications ended, for those rejected or withdrawn in the range (by the time they
    moved to the exit; a re-opened application counts only if it is in an exit now), most
    frequent first. An exit without a reason reads "No reason given"."""

    rejected: tuple[ReasonRow, ...]
    withdrew: tuple[ReasonRow, ...]

    @property
    def rejected_total(self) -> int:
        return sum(r.count for r in self.rejected)

    @property
    def withdrew_total(self) -> int:
        return sum(r.count for r in self.withdrew)


NO_REASON = "No reason given"


def reasons(session: Session, scope: Scope) -> Reasons:
    return _reasons(session, _counting(session, scope))


def _reasons(session: Session, counting: _Counting) -> Reasons:
    exits = select(RoleStage.id).where(RoleStage.kind.in_((StageKind.REJECTED,
                                                           StageKind.WITHDREW)))
    rows = session.execute(
        select(RoleStage.kind, Application.exit_reason, func.count())
        .select_from(Application).join(RoleStage, RoleStage.id == Application.stage_id)
        .where(*counting.conditions(), Application.stage_id.in_(exits),
               counting.scope.within(Application.stage_entered_at))
        .group_by(RoleStage.kind, Application.exit_reason)).all()
    by: dict[StageKind, dict[str, int]] = {StageKind.REJECTED: {}, StageKind.WITHDREW: {}}
    for kind, reason, count in rows:
        text = (reason or "").strip() or NO_REASON
        by[kind][text] = by[kind].get(text, 0) + int(count)

    def ordered(counts: dict[str, int]) -> tuple[ReasonRow, ...]:
        return tuple(ReasonRow(r, n) for r, n in
                     sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold())))
    return Reasons(ordered(by[StageKind.REJECTED]), ordered(by[StageKind.WITHDREW]))


# offers --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OfferSummary:
    """Offers made (sent) in the range and where they stand now: `accepted`, `declined`,
    `expired`, `withdrawn` (by the company, after sending) and `pending` (sent, no answer yet).
    The acceptance rate is of the decided ones (accepted, declined, expired); the days to
    decision run from sending to the candidate's answer (accepted or declined)."""

    made: int
    accepted: int
    declined: int
    expired: int
    withdrawn: int
    pending: int
    days_to_decision: Spread = field(default_factory=Spread)

    @property
    def decided(self) -> int:
        return self.accepted + self.declined + self.expired

    @property
    def acceptance_rate(self) -> float | None:
        return _rate(self.accepted, self.decided)


def offers(session: Session, scope: Scope) -> OfferSummary:
    return _offers(session, _counting(session, scope))


def _offers(session: Session, counting: _Counting) -> OfferSummary:
    sent = _sent_at()
    made = [Offer.deleted_at.is_(None), _was_made(),
            counting.scope.within(func.coalesce(sent, Offer.created_at)),
            *counting.of(Offer.application_id)]
    counts = {st: int(n) for st, n in session.execute(
        select(Offer.status, func.count()).where(*made).group_by(Offer.status)).all()}
    answered = (select(func.max(OfferEvent.at))
                .where(OfferEvent.offer_id == Offer.id, OfferEvent.deleted_at.is_(None),
                       OfferEvent.status == Offer.status)
                .correlate(Offer).scalar_subquery())
    durations = (select(literal(0), _days_between(session, sent, answered))
                 .where(*made, Offer.status.in_((OfferStatus.ACCEPTED, OfferStatus.DECLINED))))
    c = counts.get
    return OfferSummary(
        made=sum(counts.values()), accepted=c(OfferStatus.ACCEPTED, 0),
        declined=c(OfferStatus.DECLINED, 0), expired=c(OfferStatus.EXPIRED, 0),
        withdrawn=c(OfferStatus.WITHDRAWN, 0), pending=c(OfferStatus.SENT, 0),
        days_to_decision=_spreads(session, durations).get(0, Spread()))


# interviewer load ----------------------------------------------------------------------------

@dataclass(frozen=True)
class LoadRow:
    """One person's share of the assessing: `interviews` held in the range where they sat on
    the panel, `submitted` scorecards submitted in the range, `outstanding` scorecards not yet
    submitted for interviews held in the range (none or a draft), `reviews` portfolio reviews
    dated in the range, and the days from an interview to its submitted scorecard. Counts and
    times only: never what anyone rated."""

    person_id: str
    name: str
    interviews: int
    submitted: int
    outstanding: int
    reviews: int
    days_to_submit: Spread = field(default_factory=Spread)


def interviewer_load(session: Session, scope: Scope, *,
                     now: datetime | None = None) -> list[LoadRow]:
    return _interviewer_load(session, _counting(session, scope), now or utcnow())


def _interviewer_load(session: Session, counting: _Counting, now: datetime) -> list[LoadRow]:
    scope = counting.scope
    submitted_here = (select(Scorecard.id).where(
        Scorecard.interview_id == Interview.id,
        Scorecard.interviewer_id == InterviewPanelist.person_id,
        Scorecard.deleted_at.is_(None), Scorecard.status == ScorecardStatus.SUBMITTED)
        .correlate(Interview, InterviewPanelist).exists())
    interviews: dict[str, int] = {}
    outstanding: dict[str, int] = {}
    for pid, held, owed in session.execute(
            select(InterviewPanelist.person_id, func.count(),
                   func.sum(case((submitted_here, 0), else_=1)))
            .join(Interview, Interview.id == InterviewPanelist.interview_id)
            .where(InterviewPanelist.deleted_at.is_(None), Interview.deleted_at.is_(None),
                   _held(now), scope.within(Interview.starts_at),
                   *counting.of(Interview.application_id))
            .group_by(InterviewPanelist.person_id)).all():
        interviews[pid], outstanding[pid] = int(held), int(owed or 0)
    card = [Scorecard.deleted_at.is_(None), Scorecard.status == ScorecardStatus.SUBMITTED,
            scope.within(Scorecard.submitted_at), *counting.of(Scorecard.application_id)]
    submitted = {pid: int(n) for pid, n in session.execute(
        select(Scorecard.interviewer_id, func.count()).where(*card)
        .group_by(Scorecard.interviewer_id)).all()}
    reviews = {pid: int(n) for pid, n in session.execute(
        select(PortfolioReview.reviewer_id, func.count())
        .where(PortfolioReview.deleted_at.is_(None),
               scope.within_days(PortfolioReview.reviewed_on),
               *counting.of(PortfolioReview.application_id))
        .group_by(PortfolioReview.reviewer_id)).all()}
    # a scorecard submitted before its interview's (moved) time took no days
    late = _days_between(session, Interview.starts_at, Scorecard.submitted_at)
    spreads = _spreads(session, select(
        Scorecard.interviewer_id, case((late < 0, 0.0), else_=late))
        .join(Interview, Interview.id == Scorecard.interview_id)
        .where(*card, Interview.starts_at.is_not(None)))
    ids = set(interviews) | set(outstanding) | set(submitted) | set(reviews)
    if not ids:
        return []
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())
    rows = [LoadRow(pid, names.get(pid, "?"), interviews.get(pid, 0), submitted.get(pid, 0),
                    outstanding.get(pid, 0), reviews.get(pid, 0), spreads.get(pid, Spread()))
            for pid in ids]
    rows.sort(key=lambda r: (-(r.interviews + r.reviews), r.name.casefold(), r.person_id))
    return rows


# the whole report ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Report:
    """Every metric for one scope, and what the scope names (for titles and footers)."""

    scope: Scope
    role_title: str | None
    made_at: datetime
    funnel: Funnel
    stages: tuple[StageTime, ...]
    time_to_hire: TimeToHire
    sources: tuple[SourceRow, ...]
    reasons: Reasons
    offers: OfferSummary
    load: tuple[LoadRow, ...]

    @property
    def scope_text(self) -> str:
        return scope_text(self.scope, self.role_title)


def scope_text(scope: Scope, role_title: str | None) -> str:
    """"All roles, 2026-01-01 – 2026-06-30" and the like, for titles."""
    who = role_title if scope.role_id is not None and role_title else "All roles"
    if scope.start and scope.end:
        span = f"{scope.start.isoformat()} – {scope.end.isoformat()}"
    elif scope.start:
        span = f"from {scope.start.isoformat()}"
    elif scope.end:
        span = f"until {scope.end.isoformat()}"
    else:
        span = "all dates"
    return f"{who}, {span}"


def report(session: Session, scope: Scope, *, now: datetime | None = None) -> Report:
    """Every metric for `scope`, in one session."""
    now = now or utcnow()
    title = None
    if scope.role_id is not None:
        title = session.scalar(select(Role.title).where(Role.id == scope.role_id))
    counting = _counting(session, scope)
    steps = _steps(session, scope)
    return Report(scope, title, now, _funnel(session, counting, steps),
                  tuple(_stage_times(session, counting, steps)),
                  _time_to_hire(session, counting), tuple(_sources(session, counting, now)),
                  _reasons(session, counting), _offers(session, counting),
                  tuple(_interviewer_load(session, counting, now)))


def _plain(value: Any) -> Any:
    """A report's dataclasses as JSON values, with the derived figures (rates, `few`)."""
    if isinstance(value, Spread):
        return {"n": value.n, "median_days": value.median, "p90_days": value.p90,
                "few": value.few}
    if isinstance(value, FunnelStage):
        return {**asdict(value), "kind": value.kind.value, "decided": value.decided,
                "pass_rate": value.pass_rate}
    if isinstance(value, SourceRow):
        return {"source": value.source.value, "label": value.label,
                "applicants": value.applicants, "interviewed": value.interviewed,
                "offered": value.offered, "hired": value.hired,
                "interviewed_rate": value.interviewed_rate, "offered_rate": value.offered_rate,
                "hired_rate": value.hired_rate}
    if isinstance(value, OfferSummary):
        return {"made": value.made, "accepted": value.accepted, "declined": value.declined,
                "expired": value.expired, "withdrawn": value.withdrawn,
                "pending": value.pending, "decided": value.decided,
                "acceptance_rate": value.acceptance_rate,
                "days_to_decision": _plain(value.days_to_decision)}
    if isinstance(value, Reasons):
        return {"rejected": [_plain(r) for r in value.rejected],
                "withdrew": [_plain(r) for r in value.withdrew],
                "rejected_total": value.rejected_total, "withdrew_total": value.withdrew_total}
    if isinstance(value, Scope):
        return {"role_id": value.role_id,
                "from": value.start.isoformat() if value.start else None,
                "to": value.end.isoformat() if value.end else None}
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(getattr(value, k)) for k in value.__dataclass_fields__}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, StageKind):
        return value.value
    return value


#: The metrics by the names the CLI and exports use, in report order.
METRICS: tuple[str, ...] = ("funnel", "stages", "time_to_hire", "sources", "reasons", "offers",
                            "load")


def report_data(rep: Report, metrics: Iterable[str] = METRICS) -> dict[str, Any]:
    """The report (or some of its metrics) as plain JSON values, with the scope and what each
    metric's range selects."""
    wanted = list(metrics)
    unknown = [m for m in wanted if m not in METRICS]
    if unknown:
        raise ValidationError(f"No metric {unknown[0]!r} (metrics: {', '.join(METRICS)})")
    out: dict[str, Any] = {"scope": {**_plain(rep.scope), "role": rep.role_title},
                           "made_at": rep.made_at.isoformat(),
                           "counting": COUNTING_NOTE,
                           "ranges": {m: RANGE_RULES[m] for m in wanted}}
    for m in wanted:
        out[m] = _plain(getattr(rep, m))
    return out


def report_json(rep: Report, metrics: Sequence[str] = METRICS) -> str:
    """`report_data` as JSON text (sorted keys, two-space indent, UTF-8 characters kept)."""
    return json.dumps(report_data(rep, metrics), indent=2, ensure_ascii=False, sort_keys=True)


# the figures as text: the one wording of the CLI, the CSV and the PDF ---------------------------

def percent_text(rate: float | None) -> str:
    """A rate as a whole percent ("67%"), "—" when there is nothing to divide by."""
    return "—" if rate is None else f"{rate:.0f}%"


def share_text(part: int, whole: int) -> str:
    """A count with its share beside it: "3 (60%)"; a bare "0" of nothing."""
    return f"{part} ({percent_text(_rate(part, whole))})" if whole else str(part)


_LONG_NUMBER = re.compile(r"(?<![\d.,:/-])\d{4,}(?![\d.,:/-])")


def grouped(cell: str) -> str:
    """A figure cell as people read it: "54,699", "47,459 of 50,481 (94%)". The tables keep
    plain digits (a CSV's cells stay numbers); the page and the PDF show their cells through
    this, as their charts and headings say "54,699". Cells that start with a word (a reason,
    a name) are left as written."""
    if not cell[:1].isdigit():
        return cell
    return _LONG_NUMBER.sub(lambda m: f"{int(m.group()):,}", cell)


def days_text(value: float | None) -> str:
    """Days with one decimal ("4.5"), "—" when unknown."""
    return "—" if value is None else f"{value:.1f}"


def spread_text(spread: Spread) -> str:
    """A spread in words: "median 12.0 days, 90th percentile 30.5 (n = 14)"."""
    if spread.n == 0:
        return "none yet"
    if spread.p90 is None:
        return (f"median {days_text(spread.median)} days (n = {spread.n}: too few for a 90th "
                "percentile; read the median as a hint)")
    return (f"median {days_text(spread.median)} days, 90th percentile "
            f"{days_text(spread.p90)} (n = {spread.n})")


@dataclass(frozen=True)
class ReportTable:
    """One metric as a table of text: what the CLI prints, the CSV holds and the PDF shows.
    `key` is the metric's name (`METRICS`); `notes` say what the range selects and how to read
    small numbers."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...] = ()


FEW_NOTE = (f"Under {FEW} values a median is a hint, not a figure, and no 90th percentile "
            "is given.")


def tables(rep: Report, metrics: Iterable[str] = METRICS) -> list[ReportTable]:
    """The report's metrics (in `METRICS` order, those asked for) as tables of text."""
    wanted = set(metrics)
    unknown = wanted - set(METRICS)
    if unknown:
        raise ValidationError(f"No metric {sorted(unknown)[0]!r} (metrics: {', '.join(METRICS)})")
    out = []
    for key in METRICS:
        if key in wanted:
            out.append(_TABLES[key](rep))
    return out


def _funnel_table(rep: Report) -> ReportTable:
    f = rep.funnel
    rows = tuple(
        (st.name, str(st.reached), str(st.passed), str(st.stopped), str(st.in_process),
         "—" if st.kind is StageKind.HIRED else
         f"{st.passed} of {st.decided} ({percent_text(st.pass_rate)})")
        for st in f.stages)
    return ReportTable(
        "funnel", "Funnel",
        ("Stage", "Reached", "Went further", "Ended here", "In process", "Pass-through"), rows,
        (f"{f.total} applications: {f.finished} finished (hired {f.hired}), "
         f"{f.in_process} still in process.",
         "Reached: got to this stage or a later one. Pass-through: of those whose outcome here "
         "is known (went further, or ended here), the share that went further; those in "
         "process are left out of it.",
         f"Counts {RANGE_RULES['funnel']}."))


def _stages_table(rep: Report) -> ReportTable:
    rows = tuple((t.name, str(t.spread.n), days_text(t.spread.median), days_text(t.spread.p90),
                  str(t.open)) for t in rep.stages)
    return ReportTable(
        "stages", "Time in stage (days)",
        ("Stage", "Stays", "Median", "90th percentile", "In it now"), rows,
        (f"Counts {RANGE_RULES['stages']}; a stay runs from entering the stage to the next "
         "move, in either direction.", FEW_NOTE))


def _time_to_hire_table(rep: Report) -> ReportTable:
    sp = rep.time_to_hire.spread
    return ReportTable(
        "time_to_hire", "Time to hire (days)", ("Hires", "Median", "90th percentile"),
        ((str(sp.n), days_text(sp.median), days_text(sp.p90)),),
        (f"Counts {RANGE_RULES['time_to_hire']}.", FEW_NOTE))


def _sources_table(rep: Report) -> ReportTable:
    rows = tuple((r.label, str(r.applicants), share_text(r.interviewed, r.applicants),
                  share_text(r.offered, r.applicants), share_text(r.hired, r.applicants))
                 for r in rep.sources)
    return ReportTable(
        "sources", "Sources", ("Source", "Applications", "Interviewed", "Offered", "Hired"),
        rows, (f"Counts {RANGE_RULES['sources']}; interviewed: an interview took place; "
               "offered: an offer was sent; hired: in a hired stage now.",))


def _reasons_table(rep: Report) -> ReportTable:
    rs = rep.reasons
    rows = tuple(("Rejected", r.reason, share_text(r.count, rs.rejected_total))
                 for r in rs.rejected)
    rows += tuple(("Withdrew", r.reason, share_text(r.count, rs.withdrew_total))
                  for r in rs.withdrew)
    return ReportTable(
        "reasons", "Rejection and withdrawal reasons", ("Exit", "Reason", "Applications"), rows,
        (f"{rs.rejected_total} rejected, {rs.withdrew_total} withdrew. "
         f"Counts {RANGE_RULES['reasons']}.",))


def _offers_table(rep: Report) -> ReportTable:
    o = rep.offers
    rows = (("Made (sent)", str(o.made)), ("Accepted", share_text(o.accepted, o.made)),
            ("Declined", share_text(o.declined, o.made)),
            ("Expired", share_text(o.expired, o.made)),
            ("Withdrawn by us", share_text(o.withdrawn, o.made)),
            ("Awaiting an answer", share_text(o.pending, o.made)),
            ("Acceptance rate", f"{o.accepted} of {o.decided} answered "
                                f"({percent_text(o.acceptance_rate)})"),
            ("Days to an answer: median", days_text(o.days_to_decision.median)),
            ("Days to an answer: 90th percentile", days_text(o.days_to_decision.p90)),
            ("Answers timed", str(o.days_to_decision.n)))
    return ReportTable(
        "offers", "Offers", ("Figure", "Value"), rows,
        (f"Counts {RANGE_RULES['offers']}. The acceptance rate is of the offers answered "
         "(accepted, declined or expired); days to an answer run from sending to accepting "
         "or declining.",))


def _load_table(rep: Report) -> ReportTable:
    rows = tuple((r.name, str(r.interviews), str(r.submitted), str(r.outstanding),
                  str(r.reviews), days_text(r.days_to_submit.median)) for r in rep.load)
    return ReportTable(
        "load", "Interviewer load",
        ("Person", "Interviews", "Scorecards in", "Scorecards owed", "Portfolio reviews",
         "Median days to submit"), rows,
        (f"Counts {RANGE_RULES['load']}; scorecards owed are those of interviews held in "
         "the range not yet submitted (drafts included). Counts only: no rating is read.",))


_TABLES = {"funnel": _funnel_table, "stages": _stages_table,
           "time_to_hire": _time_to_hire_table, "sources": _sources_table,
           "reasons": _reasons_table, "offers": _offers_table, "load": _load_table}
