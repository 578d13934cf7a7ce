"""The rows of the lists, as SQL text for both backends: the app's pages and `hirefile list`.

Run by storage/rows.py on a file's sqlite3 connection (`hirefile list` on a file loads neither
SQLAlchemy nor the models: it starts about as fast as Python with sqlite3) or on an open
`Database`'s session (the app's lists, a server), so a list printed and a list shown cannot
differ. services/listing.py keeps what only the app asks — the keys in any order, searched and
filtered — and hands the rows on to this module. Values are decoded as the ORM decodes them;
one that cannot be is damage (`StoredValueError`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timezone
from typing import Any

from hirefile.domain.money import money_text
from hirefile.domain.stages import days_in_stage
from hirefile.domain.vocab import (
    EmploymentType,
    Level,
    OfferStatus,
    PayPeriod,
    RoleStatus,
    Source,
    StageKind,
    Track,
)
from hirefile.storage.rows import (
    required_time,
    rows_of,
    stored_choice,
    stored_day,
)


def range_text(lo: int | None, hi: int | None, currency: str | None) -> str:
    if lo is None and hi is None:
        return ""
    if lo is not None and hi is not None:
        return f"{money_text(lo, currency)} – {money_text(hi, currency)}"
    return money_text(lo if lo is not None else hi, currency)


def _with_period(amount: str, period: str) -> str:
    return f"{amount} {period}" if amount else ""


# roles -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RoleRow:
    id: str
    title: str
    track: str
    level: str
    employment_type: str
    status: str
    headcount: int
    location: str
    pay: str
    in_process: int
    total: int
    updated_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


#: Roles being hired for first, then those waiting, then the finished ones.
_STATUS_ORDER = (RoleStatus.OPEN, RoleStatus.PAUSED, RoleStatus.DRAFT, RoleStatus.FILLED,
                 RoleStatus.CLOSED)
STAGE_COUNTS = ("SELECT role_id, stage_id, count(*) FROM application WHERE deleted_at IS NULL "
                "GROUP BY role_id, stage_id")
ROLES = ("SELECT id, title, track, level, employment_type, status, headcount, location, "
         "pay_min, pay_max, pay_currency, pay_period, updated_at FROM role "
         "WHERE deleted_at IS NULL ORDER BY CASE status "
         + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(_STATUS_ORDER))
         + " ELSE 9 END, lower(title)")


def live_stage_counts(source: Any) -> dict[tuple[str, str], int]:
    """(role id, stage id) -> live applications: one pass over a covering index."""
    return {(r, st): int(n) for r, st, n in rows_of(source).all(STAGE_COUNTS)}


def role_rows(source: Any) -> list[RoleRow]:
    """Every live role with its people in process and in all, open ones first."""
    rows = rows_of(source)
    counts = live_stage_counts(rows)
    kinds = dict(rows.all("SELECT id, kind FROM role_stage"))
    totals: dict[str, int] = {}
    active: dict[str, int] = {}
    for (role_id, stage_id), n in counts.items():
        totals[role_id] = totals.get(role_id, 0) + n
        if kinds.get(stage_id) == StageKind.ACTIVE.value:
            active[role_id] = active.get(role_id, 0) + n
    out = []
    for (rid, title, track, level, employment, status, headcount, location, pay_min, pay_max,
         currency, period, updated) in rows.all(ROLES):
        out.append(RoleRow(
            id=rid, title=title, track=stored_choice(Track, track).label,
            level=stored_choice(Level, level).label if level else "",
            employment_type=stored_choice(EmploymentType, employment).label,
            status=stored_choice(RoleStatus, status).label, headcount=headcount,
            location=location or "",
            pay=_with_period(range_text(pay_min, pay_max, currency),
                             stored_choice(PayPeriod, period).label),
            in_process=active.get(rid, 0), total=totals.get(rid, 0),
            updated_at=required_time(updated),
        ))
    return out


# candidates ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CandidateRow:
    id: str
    name: str
    email: str
    phone: str
    location: str
    source: str
    company: str
    title: str
    roles: str
    created_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


#: Who the candidate list shows: live and not erased (an erased person's record stays only as
#: anonymous counts in pipelines). services/listing.py filters the same way.
LISTED = "deleted_at IS NULL AND anonymised_at IS NULL"
CANDIDATE_ROLES = ("SELECT a.candidate_id, r.title, s.name FROM application a "
                   "JOIN role r ON r.id = a.role_id JOIN role_stage s ON s.id = a.stage_id "
                   "WHERE a.deleted_at IS NULL{} ORDER BY a.applied_at")
CANDIDATES = ("SELECT id, full_name, email, phone, location, source, current_company, "
              "current_title, in_talent_pool, reach_out_on, created_at FROM candidate WHERE ")


def _pool(in_talent_pool: bool, reach_out_on: date | None) -> str:
    if not in_talent_pool:
        return ""
    if reach_out_on is None:
        return "Talent pool"
    return f"Talent pool · reach out {reach_out_on.day} {reach_out_on:%b %Y}"


def candidate_rows(source: Any, ids: Sequence[str] | None) -> dict[str, CandidateRow]:
    """The rows for `ids` (a page), with each candidate's roles and stages: two queries. With
    `ids=None`, every listed candidate's, by name (`hirefile list candidates`): two queries in
    all, not two for each page (200 at 50,000 candidates, each with 500 keys to bind)."""
    if ids is not None and not ids:
        return {}
    rows = rows_of(source)
    keys = {} if ids is None else {"ids": list(ids)}
    apps: dict[str, list[str]] = {}
    for cid, title, stage in rows.all(
            CANDIDATE_ROLES.format("" if ids is None else " AND a.candidate_id IN :ids"),
            **keys):
        apps.setdefault(cid, []).append(f"{title} · {stage}")
    which = f"{LISTED} ORDER BY sort_name, id" if ids is None else "id IN :ids"
    out = {}
    # the shown columns only: a page is read while the list scrolls
    for (cid, name, email, phone, location, src, company, job, pool, reach_out,
         created) in rows.all(CANDIDATES + which, **keys):
        out[cid] = CandidateRow(
            id=cid, name=name, email=email or "", phone=phone or "",
            location=location or "", source=stored_choice(Source, src).label,
            company=company or "", title=job or "",
            roles="; ".join(apps.get(cid, [])) or _pool(bool(pool), stored_day(reach_out)),
            created_at=required_time(created),
        )
    return out


# applications (the pipeline) -------------------------------------------------------------------

@dataclass(frozen=True)
class ApplicationRow:
    id: str
    candidate_id: str
    candidate: str
    role_id: str
    role: str
    stage: str
    stage_kind: str
    days_in_stage: int
    source: str
    applied_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


APPLICATIONS = (
    "SELECT a.id, a.candidate_id, a.role_id, a.stage_entered_at, a.applied_at, c.full_name, "
    "c.source, r.title, s.name, s.kind FROM application a "
    "JOIN candidate c ON c.id = a.candidate_id JOIN role r ON r.id = a.role_id "
    "JOIN role_stage s ON s.id = a.stage_id "
    "WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL AND r.deleted_at IS NULL ")
#: The pipeline's first order (services/listing.py `application_ids`, by stage): the stage's
#: place in its pipeline, then the candidate's name.
BY_STAGE = "ORDER BY s.position, s.id, c.sort_name, a.id"


def application_rows(source: Any, ids: Sequence[str] | None,
                     today: date | None = None) -> dict[str, ApplicationRow]:
    """The rows for `ids` (a page); with `ids=None` every live application's, by stage."""
    if ids is not None and not ids:
        return {}
    now = datetime.now(timezone.utc)
    if ids is None:
        found = rows_of(source).all(APPLICATIONS + BY_STAGE)
    else:
        found = rows_of(source).all(APPLICATIONS + "AND a.id IN :ids", ids=list(ids))
    out = {}
    for (app_id, candidate_id, role_id, entered, applied, name, src, title, stage,
         kind) in found:
        out[app_id] = ApplicationRow(
            id=app_id, candidate_id=candidate_id, candidate=name, role_id=role_id,
            role=title, stage=stage, stage_kind=stored_choice(StageKind, kind).value,
            days_in_stage=days_in_stage(required_time(entered), now),
            source=stored_choice(Source, src).label, applied_at=required_time(applied),
        )
    return out


# offers ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OfferRow:
    id: str
    candidate: str
    role: str
    status: str
    base: str
    start_date: date | None
    expires_on: date | None
    updated_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


OFFERS = ("SELECT o.id, c.full_name, r.title, o.status, o.base_salary, o.currency, o.period, "
          "o.start_date, o.expires_on, o.updated_at FROM offer o "
          "JOIN application a ON a.id = o.application_id "
          "JOIN candidate c ON c.id = a.candidate_id JOIN role r ON r.id = a.role_id "
          "WHERE o.deleted_at IS NULL ORDER BY o.updated_at DESC")


def offer_rows(source: Any) -> list[OfferRow]:
    """Every live offer, the latest changed first."""
    return [
        OfferRow(oid, name, title, stored_choice(OfferStatus, status).label,
                 _with_period(money_text(base, currency), stored_choice(PayPeriod, period).label),
                 stored_day(start), stored_day(expires), required_time(updated))
        for oid, name, title, status, base, currency, period, start, expires, updated
        in rows_of(source).all(OFFERS)
    ]


# `hirefile list` -------------------------------------------------------------------------------

#: What `hirefile list KIND` prints of each row, in order.
COLUMNS = {
    "roles": ("title", "status", "employment_type", "pay", "in_process", "total"),
    "candidates": ("name", "email", "location", "source", "roles"),
    "applications": ("candidate", "role", "stage", "days_in_stage", "source"),
    "offers": ("candidate", "role", "status", "base", "start_date", "expires_on"),
}


def listed(source: Any, kind: str) -> list[Any]:
    """Every row of a list (`COLUMNS`' kinds), in the app's first order."""
    if kind == "roles":
        return role_rows(source)
    if kind == "candidates":
        return list(candidate_rows(source, None).values())
    if kind == "applications":
        return list(application_rows(source, None).values())
    return offer_rows(source)
