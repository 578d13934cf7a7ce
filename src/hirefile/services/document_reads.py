"""What the documents read of a role and a candidate: SQL text for both backends.

Run by storage/rows.py on a file's sqlite3 connection (`hirefile export` on a file loads
neither SQLAlchemy nor the models) or on an open `Database`'s session (the app's exports, a
server): one text per query whichever front end asks. Values are decoded as the ORM decodes
them; one that cannot be is damage (`StoredValueError`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from hirefile.domain.vocab import EmploymentType, Level, PayPeriod, RemotePolicy, Source
from hirefile.errors import NotFound
from hirefile.storage.rows import (
    Rows,
    required_time,
    stored_choice,
    stored_day,
    stored_list,
)

ROLE = ("SELECT id, title, level, employment_type, headcount, location, remote, "
        "responsibilities, must_haves, nice_to_haves, tech_stack, pay_min, pay_max, "
        "pay_currency, pay_period, equity_min_bp, equity_max_bp, target_start, template_key, "
        "created_at FROM role WHERE id = :id AND deleted_at IS NULL")


@dataclass(frozen=True)
class RoleFacts:
    """A live role as documents show it."""

    id: str
    title: str
    level: Level | None
    employment_type: EmploymentType
    headcount: int
    location: str | None
    remote: RemotePolicy | None
    responsibilities: str
    must_haves: tuple[str, ...]
    nice_to_haves: tuple[str, ...]
    tech_stack: tuple[str, ...]
    pay_min: int | None
    pay_max: int | None
    pay_currency: str | None
    pay_period: PayPeriod
    equity_min_bp: int | None
    equity_max_bp: int | None
    target_start: date | None
    template_key: str | None
    created_at: datetime


def _choice(vocabulary: Any, value: Any) -> Any:
    return stored_choice(vocabulary, value) if value is not None else None


def role_facts(rows: Rows, role_id: str) -> RoleFacts:
    """The live role `role_id` (`NotFound` when removed)."""
    found = rows.all(ROLE, id=role_id)
    if not found:
        raise NotFound("That role no longer exists")
    (rid, title, level, employment, headcount, location, remote, responsibilities, must, nice,
     stack, pay_min, pay_max, currency, period, eq_min, eq_max, start, template_key,
     created_at) = found[0]
    return RoleFacts(
        rid, title, _choice(Level, level), stored_choice(EmploymentType, employment),
        headcount, location, _choice(RemotePolicy, remote), responsibilities or "",
        tuple(stored_list(must)), tuple(stored_list(nice)), tuple(stored_list(stack)),
        pay_min, pay_max, currency, stored_choice(PayPeriod, period), eq_min, eq_max,
        stored_day(start), template_key, required_time(created_at))


CANDIDATE = ("SELECT id, full_name, preferred_name, email, phone, location, pronouns, "
             "current_title, current_company, github_url, linkedin_url, portfolio_url, source, "
             "source_detail, referrer_name, expectation, expectation_currency, "
             "expectation_period, availability FROM candidate WHERE id = :id")


@dataclass(frozen=True)
class CandidateFacts:
    """A candidate as documents show them."""

    id: str
    full_name: str
    preferred_name: str | None
    email: str | None
    phone: str | None
    location: str | None
    pronouns: str | None
    current_title: str | None
    current_company: str | None
    github_url: str | None
    linkedin_url: str | None
    portfolio_url: str | None
    source: Source
    source_detail: str | None
    referrer_name: str | None
    expectation: int | None
    expectation_currency: str | None
    expectation_period: PayPeriod | None
    availability: str | None


def candidate_facts(rows: Rows, candidate_id: str) -> CandidateFacts:
    """The candidate `candidate_id` (an application's or an offer's: kept while they are)."""
    found = rows.all(CANDIDATE, id=candidate_id)
    if not found:
        raise NotFound("That candidate no longer exists")
    row = list(found[0])
    row[12] = stored_choice(Source, row[12])
    row[17] = _choice(PayPeriod, row[17])
    return CandidateFacts(*row)
