"""The Home page: what needs a founder's attention today, read in a few indexed queries.

Each section is the first `limit` rows plus the true total ("and 212 more"), both from SQL:
counts are aggregated there and only the rows shown are fetched, so the whole read stays small
at 50,000 candidates (it is on the start-up path; `tests/bench/bench_home.py`). Rows name
people only through live, unerased candidate records (a merged-away record is a tombstone);
nothing here is built from ratings, so sealed feedback has nothing to leak.

Every query is SQL text, written once and run by `storage.rows` on either backend: on a file
through sqlite3 alone, so the app's first paint reads Home before SQLAlchemy is loaded
(ARCHITECTURE, Start-up), on a server through SQLAlchemy. `read` and each section take a
`Rows` or an open `Database`'s session.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any, Generic, NamedTuple, TypeVar

from hirefile.domain.retention import ERASED_NAME
from hirefile.domain.stages import DEFAULT_WAITING_DAYS, days_in_stage, waiting_since
from hirefile.domain.vocab import (
    InterviewStatus,
    OfferStatus,
    RoleStatus,
    ScorecardStatus,
    StageKind,
)
from hirefile.storage.rows import Rows, rows_of, stored_choice, stored_day, stored_time

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


class Section(NamedTuple, Generic[R]):
    """The first rows of a section and how many there are in all."""

    rows: tuple[R, ...]
    total: int

    @property
    def more(self) -> int:
        """Rows not shown ("and 212 more")."""
        return self.total - len(self.rows)


class StageCount(NamedTuple):
    stage_id: str
    name: str
    #: People in the stage now.
    people: int


class OpenRole(NamedTuple):
    """An open role: people per active stage in pipeline order, and hires against headcount."""

    role_id: str
    title: str
    stages: tuple[StageCount, ...]
    hired: int
    headcount: int

    @property
    def in_process(self) -> int:
        return sum(s.people for s in self.stages)


class Waiting(NamedTuple):
    """Someone left in one active stage longer than the board's waiting rule allows."""

    application_id: str
    candidate_id: str
    candidate: str
    role_id: str
    role: str
    stage: str
    days: int


class WeekInterview(NamedTuple):
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


class OwedScorecard(NamedTuple):
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


class ExpiringOffer(NamedTuple):
    offer_id: str
    application_id: str
    candidate_id: str
    candidate: str
    role: str
    status: OfferStatus
    expires_on: date
    #: Days until it expires; negative once past (0: today).
    days_left: int


class ReachOut(NamedTuple):
    candidate_id: str
    candidate: str
    #: Their current title and company, for context ("" when unknown).
    about: str
    reach_out_on: date
    days_left: int


class OnboardingDue(NamedTuple):
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


class Dashboard(NamedTuple):
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
    #: The waiting rule `waiting` was read with (days in one stage; this machine's setting).
    waiting_days: int = DEFAULT_WAITING_DAYS



def read(source: Any, viewer_id: str | None, *, now: datetime | None = None,
         zone: tzinfo | None = None, limit: int = LIMIT,
         waiting_days: int = DEFAULT_WAITING_DAYS) -> Dashboard:
    """Everything the Home page shows for `viewer_id` (the person at the keyboard; None shows
    no scorecards owed). `zone` is the local zone days and weeks are counted in. `source`: a
    `Rows`, or a session of an open `Database`."""
    rows = rows_of(source)
    now = now or _utcnow()
    zone = zone or now.astimezone().tzinfo
    today = now.astimezone(zone).date()
    roles = open_roles(rows, limit=limit)
    empty = roles.total == 0 and not _anything(rows)
    return Dashboard(
        today=today, empty_file=empty, roles=roles,
        waiting=waiting(rows, now=now, limit=limit, waiting_days=waiting_days),
        interviews=week_interviews(rows, viewer_id, now=now, zone=zone, limit=limit),
        owed=owed_scorecards(rows, viewer_id, now=now, limit=limit),
        offers=expiring_offers(rows, today=today, limit=limit),
        reach_outs=reach_outs(rows, today=today, limit=limit),
        onboarding=onboarding_due(rows, today=today, limit=limit),
        waiting_days=waiting_days,
    )


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


# the SQL ----------------------------------------------------------------------------------------
# Portable between SQLite and PostgreSQL; every time and date is a parameter.

#: The keys of erased candidates (erasure always writes `ERASED_NAME`: the name's index finds
#: them, `anonymised_at` confirms each; as services/erasure.py `erased_ids`).
ERASED = ("SELECT candidate.id FROM candidate WHERE candidate.full_name = :erased "
          "AND candidate.anonymised_at IS NOT NULL")
#: The candidate may be named: live (not removed or merged away) and not erased.
PERSON_SEEN = "candidate.deleted_at IS NULL AND candidate.anonymised_at IS NULL"
#: A live application of someone who may be named. A live application always has a live
#: candidate and role (removing or merging away a person tombstones or moves theirs), so
#: counts need not read the candidate: only the few erased people are left out.
LIVE_APPLICATION = f"application.deleted_at IS NULL AND application.candidate_id NOT IN ({ERASED})"
#: Who, for, and in which role an interview is (joined for the rows shown only).
ABOUT_INTERVIEW = ("FROM interview JOIN application ON application.id = interview.application_id "
                   "JOIN candidate ON candidate.id = application.candidate_id "
                   "JOIN role ON role.id = application.role_id")

ANYTHING = ("SELECT (SELECT 1 FROM role WHERE deleted_at IS NULL LIMIT 1), "
            "(SELECT 1 FROM candidate WHERE deleted_at IS NULL LIMIT 1)")

OPEN_ROLES = "FROM role WHERE role.deleted_at IS NULL AND role.status = :open"
#: Live applications in each stage of the roles: the live (stage, …) index alone, one range
#: per stage (50,000 candidates: 4 ms, where grouping the (role, stage) index took 25).
#: People in each stage shown (the active ones) and hired: the stages where people end
#: otherwise (rejected, withdrew) hold most of a big file's applications, counted for nothing.
ROLE_COUNTS = ("SELECT application.stage_id, count(*) FROM application "
               "WHERE application.stage_id IN (SELECT role_stage.id FROM role_stage "
               "WHERE role_stage.role_id IN :roles AND role_stage.kind IN (:active, :hired)) "
               "AND application.deleted_at IS NULL GROUP BY application.stage_id")
ROLE_STAGES = ("SELECT role_stage.id, role_stage.role_id, role_stage.name, role_stage.kind "
               "FROM role_stage WHERE role_stage.role_id IN :roles "
               "AND role_stage.deleted_at IS NULL ORDER BY role_stage.position, role_stage.id")

#: Applications in an active stage of a live role since before `:since`: the live (stage,
#: time entered) index alone, which holds no candidate.
LATE = ("FROM application WHERE application.deleted_at IS NULL AND application.stage_id IN ("
        "SELECT role_stage.id FROM role_stage JOIN role ON role.id = role_stage.role_id "
        "WHERE role_stage.kind = :active AND role_stage.deleted_at IS NULL "
        "AND role.deleted_at IS NULL) AND application.stage_entered_at <= :since")
LATE_ORDER = "application.stage_entered_at, application.id"
#: Erased people's applications among those: read from the few erased people's applications,
#: each stage looked up (not every late application's row read to find its person).
ERASED_LATE = ("SELECT count(*) FROM application "
               f"WHERE application.candidate_id IN ({ERASED}) "
               "AND application.deleted_at IS NULL AND application.stage_entered_at <= :since "
               "AND EXISTS (SELECT 1 FROM role_stage JOIN role ON role.id = role_stage.role_id "
               "WHERE role_stage.id = application.stage_id AND role_stage.kind = :active "
               "AND role_stage.deleted_at IS NULL AND role.deleted_at IS NULL)")
WAITING_ROWS = (
    "SELECT application.id, application.candidate_id, candidate.full_name, role.id, "
    "role.title, role_stage.name, application.stage_entered_at FROM application "
    "JOIN candidate ON candidate.id = application.candidate_id "
    "JOIN role ON role.id = application.role_id "
    "JOIN role_stage ON role_stage.id = application.stage_id "
    f"WHERE application.id IN (SELECT application.id {LATE} ORDER BY {LATE_ORDER} "
    f"LIMIT :first) AND {PERSON_SEEN} ORDER BY {LATE_ORDER} LIMIT :limit")

#: The viewer is on the interview's panel (`:viewer` NULL: never).
MINE = ("EXISTS (SELECT 1 FROM interview_panelist "
        "WHERE interview_panelist.interview_id = interview.id "
        "AND interview_panelist.person_id = :viewer AND interview_panelist.deleted_at IS NULL)")
WEEK = ("FROM interview JOIN application ON application.id = interview.application_id "
        f"WHERE interview.deleted_at IS NULL AND {LIVE_APPLICATION} "
        "AND interview.status = :scheduled AND interview.starts_at >= :start "
        "AND interview.starts_at < :end")
WEEK_ORDER = f"CASE WHEN {MINE} THEN 0 ELSE 1 END, interview.starts_at, interview.id"
PANELS = ("SELECT interview_panelist.interview_id, person.name FROM interview_panelist "
          "JOIN person ON person.id = interview_panelist.person_id "
          "WHERE interview_panelist.interview_id IN :ids "
          "AND interview_panelist.deleted_at IS NULL ORDER BY lower(person.name)")

#: The viewer has a draft scorecard for the interview.
DRAFT = ("EXISTS (SELECT 1 FROM scorecard WHERE scorecard.interview_id = interview.id "
         "AND scorecard.interviewer_id = :viewer AND scorecard.status = :draft "
         "AND scorecard.deleted_at IS NULL)")
#: The viewer's panels less their submitted scorecards, each from its person's index, leaves
#: the few interviews whose time and status need reading. Both indexes hold the interview in
#: order: ordered, the difference is one merge of the two (a founder on 17,000 panels: 12 ms,
#: where sorting them into a temporary tree took 29).
OWED = ("FROM interview JOIN application ON application.id = interview.application_id "
        "WHERE interview.id IN (SELECT interview_panelist.interview_id FROM interview_panelist "
        "WHERE interview_panelist.person_id = :viewer AND interview_panelist.deleted_at IS NULL "
        "EXCEPT SELECT scorecard.interview_id FROM scorecard "
        "WHERE scorecard.interviewer_id = :viewer AND scorecard.status = :submitted "
        "AND scorecard.deleted_at IS NULL ORDER BY 1) "
        f"AND interview.deleted_at IS NULL AND {LIVE_APPLICATION} "
        "AND (interview.status = :done OR "
        "(interview.status = :scheduled AND interview.starts_at < :now))")
OWED_ORDER = "interview.starts_at IS NULL, interview.starts_at, interview.id"

OFFERS_COLUMNS = ("offer.id, offer.application_id, application.candidate_id, "
                  "candidate.full_name, role.title, offer.status, offer.expires_on")
OFFERS = ("FROM offer JOIN application ON application.id = offer.application_id "
          "JOIN candidate ON candidate.id = application.candidate_id "
          "JOIN role ON role.id = application.role_id "
          "JOIN role_stage ON role_stage.id = application.stage_id "
          "WHERE offer.deleted_at IS NULL AND application.deleted_at IS NULL "
          f"AND role.deleted_at IS NULL AND {PERSON_SEEN} AND offer.expires_on IS NOT NULL "
          "AND ((offer.status IN (:approved, :sent) AND offer.expires_on <= :soon) "
          "OR (offer.status = :expired AND role_stage.kind = :active "
          "AND application.id NOT IN (SELECT newer.application_id FROM offer AS newer "
          "WHERE newer.deleted_at IS NULL "
          "AND newer.status IN (:draft, :approved, :sent, :accepted))))")
OFFERS_ORDER = "offer.expires_on, offer.id"

REACH_OUTS_COLUMNS = ("candidate.id, candidate.full_name, candidate.current_title, "
                      "candidate.current_company, candidate.reach_out_on")
#: `IS TRUE`, not `= true`: the pool's own index (every pool member, 2,500 at 50,000
#: candidates) would be taken over the reach-out date's (those due), which is the faster.
REACH_OUTS = (f"FROM candidate WHERE {PERSON_SEEN} AND candidate.in_talent_pool IS TRUE "
              "AND candidate.reach_out_on <= :by")
REACH_OUTS_ORDER = "candidate.reach_out_on, candidate.sort_name, candidate.id"

#: Applications in a hired stage (the live stage index).
HIRED = ("SELECT application.id FROM application WHERE application.deleted_at IS NULL "
         "AND application.stage_id IN (SELECT role_stage.id FROM role_stage "
         "WHERE role_stage.kind = :hired AND role_stage.deleted_at IS NULL)")


def _due(table: str, text: str, done: str) -> tuple[str, str]:
    """The columns and FROM … WHERE of one onboarding table's rows not done, due by `:soon`."""
    columns = (f"{table}.id, {table}.application_id, application.candidate_id, "
               f"candidate.full_name, role.title, {table}.{text}, {table}.due_on")
    body = (f"FROM {table} JOIN application ON application.id = {table}.application_id "
            "JOIN candidate ON candidate.id = application.candidate_id "
            "JOIN role ON role.id = application.role_id "
            f"WHERE {table}.deleted_at IS NULL AND {table}.application_id IN ({HIRED}) "
            f"AND {table}.due_on IS NOT NULL AND {table}.due_on <= :soon AND {PERSON_SEEN} "
            f"AND {table}.{done} IS NULL")
    return columns, body


ITEMS_COLUMNS, ITEMS = _due("onboarding_item", "text", "done_at")
ITEMS_ORDER = "onboarding_item.due_on, onboarding_item.position, onboarding_item.id"
CHECKS_COLUMNS, CHECKS = _due("check_in", "notes", "done_on")
CHECKS_ORDER = "check_in.due_on, check_in.id"


# running it ---------------------------------------------------------------------------------

def _count(rows: Rows, body: str, **params: Any) -> int:
    return int(rows.scalar(f"SELECT count(*) {body}", **params) or 0)


def _rows_and_total(rows: Rows, columns: str, body: str, order: str, limit: int,
                    **params: Any) -> tuple[list[tuple[Any, ...]], int]:
    """The first `limit` rows of `columns` `body` in `order`, and how many it selects in all:
    one pass, the total a window function over that pass."""
    if limit <= 0:
        return [], _count(rows, body, **params)
    found = rows.all(f"SELECT {columns}, count(*) OVER () {body} ORDER BY {order} "
                     "LIMIT :limit", limit=limit, **params)
    return [r[:-1] for r in found], (int(found[0][-1]) if found else 0)


def _anything(rows: Rows) -> bool:
    """Any live role or candidate at all (two indexed look-ups)."""
    found = rows.all(ANYTHING)
    return bool(found and (found[0][0] or found[0][1]))


# open roles ------------------------------------------------------------------------------------

def open_roles(source: Any, *, limit: int = LIMIT) -> Section[OpenRole]:
    """Open roles by title, each with its active stages in pipeline order (counts from one
    grouped query over the live (role, stage) index) and hires against headcount."""
    rows = rows_of(source)
    shown, total = _rows_and_total(rows, "role.id, role.title, role.headcount", OPEN_ROLES,
                                   "lower(role.title), role.id", limit, open=RoleStatus.OPEN)
    ids = [r[0] for r in shown]
    counts: dict[str, int] = {sid: int(n) for sid, n in rows.all(
        ROLE_COUNTS, roles=ids, active=StageKind.ACTIVE, hired=StageKind.HIRED)} if ids else {}
    stages: dict[str, list[tuple[str, str, StageKind]]] = {i: [] for i in ids}
    if ids:
        for sid, rid, name, kind in rows.all(ROLE_STAGES, roles=ids):
            stages[rid].append((sid, name, stored_choice(StageKind, kind)))
    out = []
    for rid, title, headcount in shown:
        active = tuple(StageCount(sid, name, counts.get(sid, 0))
                       for sid, name, kind in stages[rid] if kind is StageKind.ACTIVE)
        hired = sum(counts.get(sid, 0) for sid, _n, kind in stages[rid]
                    if kind is StageKind.HIRED)
        out.append(OpenRole(rid, title, active, hired, headcount or 1))
    return Section(tuple(out), total)


# waiting ----------------------------------------------------------------------------------------

def waiting(source: Any, *, now: datetime | None = None, limit: int = LIMIT,
            waiting_days: int = DEFAULT_WAITING_DAYS) -> Section[Waiting]:
    """Applications in an active stage more than `waiting_days` days (`domain.stages`: the
    board's rule, with this machine's setting), longest waiting first.

    Read from the live (stage, time entered) index alone, which holds no candidate: the
    erased people among them are counted apart through their few applications, subtracted,
    and the first rows taken from that many more ids in order."""
    rows = rows_of(source)
    now = now or _utcnow()
    late = {"active": StageKind.ACTIVE, "since": waiting_since(now, waiting_days)}
    erased = int(rows.scalar(ERASED_LATE, erased=ERASED_NAME, **late) or 0)
    total = _count(rows, LATE, **late) - erased
    found = rows.all(WAITING_ROWS, first=max(limit, 0) + erased, limit=max(limit, 0),
                     **late) if limit > 0 else []
    return Section(tuple(Waiting(aid, cid, name, rid, title, stage,
                                 days_in_stage(_time(entered), now))
                         for aid, cid, name, rid, title, stage, entered in found), total)


def _time(value: Any) -> datetime:
    """A stored time that is never NULL."""
    when = stored_time(value)
    assert when is not None
    return when


def _day(value: Any) -> date:
    """A stored date that is never NULL (the query asked for it)."""
    day = stored_day(value)
    assert day is not None
    return day


# interviews this week ---------------------------------------------------------------------------

def week_bounds(now: datetime, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """From the start of today to the start of the seventh day after, in the local zone."""
    zone = zone or now.astimezone().tzinfo
    start = datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)
    return start, start + timedelta(days=WEEK_DAYS)


def _interviews(rows: Rows, body: str, order: str, limit: int, extra: str,
                **params: Any) -> tuple[int, list[tuple[Any, ...]]]:
    """The count of the interviews `body` selects and the first `limit` of them in `order`
    with who and what (joined for those rows only); the `extra` column follows the row."""
    first, total = _rows_and_total(rows, "interview.id", body, order, limit, **params)
    return total, _about(rows, [r[0] for r in first], order, limit, extra, **params)


def _about(rows: Rows, ids: list[str], order: str, limit: int, extra: str,
           **params: Any) -> list[tuple[Any, ...]]:
    """Who and what of the interviews `ids`, in `order`; the `extra` column follows each."""
    return rows.all(
        "SELECT interview.id, interview.application_id, application.candidate_id, "
        "candidate.full_name, role.title, interview.title, interview.starts_at, "
        f"interview.minutes, {extra} {ABOUT_INTERVIEW} WHERE interview.id IN :ids "
        f"ORDER BY {order} LIMIT :limit", ids=ids, limit=limit, **params) if ids else []


def _first_ids(rows: Rows, body: str, limit: int, **params: Any) -> list[str]:
    """The first `limit` interviews `body` selects in time order (the time's index)."""
    return [r[0] for r in rows.all(
        f"SELECT interview.id {body} ORDER BY interview.starts_at, interview.id LIMIT :limit",
        limit=limit, **params)] if limit > 0 else []


def week_interviews(source: Any, viewer_id: str | None, *, now: datetime | None = None,
                    zone: tzinfo | None = None,
                    limit: int = LIMIT) -> Section[WeekInterview]:
    """Scheduled interviews from today to six days on: the viewer's first, then everyone's,
    each in time order. The week is counted, not sorted: the viewer's few are read from
    their panels, the rest along the time's index until enough are found (sorting the whole
    week by "yours first" took 5 ms at 50,000 candidates, 945 interviews a week)."""
    rows = rows_of(source)
    now = now or _utcnow()
    start, end = week_bounds(now, zone)
    params: dict[str, Any] = dict(viewer=viewer_id, erased=ERASED_NAME,
                                  scheduled=InterviewStatus.SCHEDULED, start=start, end=end)
    total = _count(rows, WEEK, **params)
    ids = _first_ids(rows, f"{WEEK} AND {MINE}", limit, **params) if viewer_id else []
    ids += _first_ids(rows, f"{WEEK} AND NOT {MINE}", limit - len(ids), **params)
    found = _about(rows, ids, WEEK_ORDER, limit, MINE, **params)
    panels = _panels(rows, [r[0] for r in found])
    return Section(tuple(
        WeekInterview(iid, aid, cid, name, role, title, _time(starts_at), minutes,
                      bool(is_mine), panels.get(iid, ()))
        for iid, aid, cid, name, role, title, starts_at, minutes, is_mine in found), total)


def _panels(rows: Rows, interview_ids: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    if interview_ids:
        for iid, name in rows.all(PANELS, ids=interview_ids):
            out.setdefault(iid, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


# scorecards owed --------------------------------------------------------------------------------

def owed_scorecards(source: Any, viewer_id: str | None, *, now: datetime | None = None,
                    limit: int = LIMIT) -> Section[OwedScorecard]:
    """Interviews done, or scheduled and already begun, with the viewer on the panel and no
    scorecard of theirs submitted; oldest first."""
    if not viewer_id:
        return Section((), 0)
    rows = rows_of(source)
    now = now or _utcnow()
    total, found = _interviews(rows, OWED, OWED_ORDER, limit, DRAFT, viewer=viewer_id,
                               erased=ERASED_NAME, draft=ScorecardStatus.DRAFT,
                               submitted=ScorecardStatus.SUBMITTED,
                               done=InterviewStatus.DONE, scheduled=InterviewStatus.SCHEDULED,
                               now=now)
    out = []
    for iid, aid, cid, name, role, title, stored_start, _minutes, has_draft in found:
        starts_at = stored_time(stored_start)
        out.append(OwedScorecard(iid, aid, cid, name, role, title, starts_at,
                                 days_in_stage(starts_at, now) if starts_at else None,
                                 bool(has_draft)))
    return Section(tuple(out), total)


# offers expiring --------------------------------------------------------------------------------

def expiring_offers(source: Any, *, today: date | None = None,
                    limit: int = LIMIT) -> Section[ExpiringOffer]:
    """Offers out (approved or sent) that expire within `OFFER_SOON_DAYS`, and expired offers
    left open: the application is still in process and has no newer offer going."""
    today = today or date.today()
    found, total = _rows_and_total(
        rows_of(source), OFFERS_COLUMNS, OFFERS, OFFERS_ORDER, limit,
        approved=OfferStatus.APPROVED, sent=OfferStatus.SENT, expired=OfferStatus.EXPIRED,
        draft=OfferStatus.DRAFT, accepted=OfferStatus.ACCEPTED, active=StageKind.ACTIVE,
        soon=today + timedelta(days=OFFER_SOON_DAYS))
    out = []
    for oid, aid, cid, name, role, status, stored_expiry in found:
        expires = _day(stored_expiry)
        out.append(ExpiringOffer(oid, aid, cid, name, role, stored_choice(OfferStatus, status),
                                 expires, (expires - today).days))
    return Section(tuple(out), total)


# talent pool ------------------------------------------------------------------------------------

def reach_outs(source: Any, *, today: date | None = None,
               limit: int = LIMIT) -> Section[ReachOut]:
    """Talent-pool candidates to reach out to by `REACH_OUT_SOON_DAYS` from today, earliest
    first (the reach-out date's index)."""
    today = today or date.today()
    found, total = _rows_and_total(
        rows_of(source), REACH_OUTS_COLUMNS, REACH_OUTS, REACH_OUTS_ORDER, limit,
        by=today + timedelta(days=REACH_OUT_SOON_DAYS))
    out = []
    for cid, name, title, company, stored_on in found:
        day = _day(stored_on)
        out.append(ReachOut(cid, name, " at ".join(p for p in (title, company) if p), day,
                            (day - today).days))
    return Section(tuple(out), total)


# onboarding -------------------------------------------------------------------------------------

def onboarding_due(source: Any, *, today: date | None = None,
                   limit: int = LIMIT) -> Section[OnboardingDue]:
    """Checklist items and check-ins of people hired, not done, due within
    `ONBOARDING_SOON_DAYS` or overdue; earliest first. Reached through the hired
    applications (the live stage index), then each table's application index."""
    rows = rows_of(source)
    today = today or date.today()
    params: dict[str, Any] = {"hired": StageKind.HIRED,
                              "soon": today + timedelta(days=ONBOARDING_SOON_DAYS)}
    total = _count(rows, ITEMS, **params) + _count(rows, CHECKS, **params)
    found: list[tuple[Any, ...]] = []
    if limit > 0:
        for kind, columns, body, order in (("item", ITEMS_COLUMNS, ITEMS, ITEMS_ORDER),
                                           ("check_in", CHECKS_COLUMNS, CHECKS, CHECKS_ORDER)):
            found += [(kind, *r[:-1], _day(r[-1])) for r in rows.all(
                f"SELECT {columns} {body} ORDER BY {order} LIMIT :limit", limit=limit,
                **params)]
    found.sort(key=lambda r: (r[7], r[0] != "item"))
    out = []
    for kind, rid, aid, cid, name, role, text, due in found[:max(limit, 0)]:
        what = text if kind == "item" else "Check-in"
        out.append(OnboardingDue(kind, rid, aid, cid, name, role, what, due,
                                 (due - today).days))
    return Section(tuple(out), total)
