"""An offer as screens, the CLI and documents read it: SQL text for both backends.

Run by storage/rows.py on a file's sqlite3 connection (`hirefile export offer` reads it
without SQLAlchemy) or an open `Database`'s session; services/offers.py keeps the writes and
gives these reads to its callers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from hirefile.domain import offers as rules
from hirefile.domain.offers import OfferTerms
from hirefile.domain.vocab import EquityKind, OfferStatus, PayPeriod
from hirefile.errors import NotFound
from hirefile.services.people import name_of, names
from hirefile.storage import clock
from hirefile.storage.rows import (
    Rows,
    required_time,
    rows_of,
    stored_choice,
    stored_day,
    stored_time,
)

#: The offer with what its warnings compare it with (the role's range, the candidate's
#: expectation) and what its version is made of (`services.concurrency.version_of`).
OFFER = ("SELECT o.id, o.application_id, c.id, c.full_name, r.id, r.title, o.status, "
         "o.base_salary, o.currency, o.period, o.equity_kind, o.equity_options, o.equity_bp, "
         "o.vesting_months, o.cliff_months, o.bonus, o.bonus_note, o.start_date, "
         "o.expires_on, o.notes, o.letter_body, o.approved_by_id, o.approved_at, "
         "o.created_by, o.created_at, o.row_clock, o.updated_at, o.field_clocks, "
         "r.pay_min, r.pay_max, r.pay_currency, r.pay_period, c.expectation, "
         "c.expectation_currency, c.expectation_period, a.deleted_at "
         "FROM offer o JOIN application a ON a.id = o.application_id "
         "JOIN candidate c ON c.id = a.candidate_id JOIN role r ON r.id = a.role_id "
         "WHERE o.deleted_at IS NULL AND ")
EVENTS = ("SELECT status, at, by, note FROM offer_event WHERE offer_id = :offer "
          "AND deleted_at IS NULL ORDER BY at, created_at")


@dataclass(frozen=True)
class OfferEventData:
    status: OfferStatus
    at: datetime
    by: str
    note: str | None


@dataclass(frozen=True)
class OfferData:
    """One offer as screens, the CLI and documents read it."""

    id: str
    application_id: str
    candidate_id: str
    candidate_name: str
    role_id: str
    role_title: str
    status: OfferStatus
    terms: OfferTerms
    letter_body: str | None
    approved_by: str | None
    approved_at: datetime | None
    #: The name of the person who drafted it.
    created_by: str
    created_at: datetime
    events: tuple[OfferEventData, ...] = ()
    #: Approved or sent, and the expiry date has passed (see `expire_due`).
    is_expired: bool = False
    #: Base outside the role's range, below the candidate's expectation, not comparable…
    warnings: tuple[str, ...] = field(default=())
    #: The version read (`services.concurrency`): an edit of the terms is checked against it.
    version: int = 0

    @property
    def is_open(self) -> bool:
        return self.status in rules.OPEN_STATUSES

    @property
    def base_text(self) -> str:
        t = self.terms
        return rules.pay_text(t.base_salary, t.currency, t.period)

    @property
    def equity_text(self) -> str:
        t = self.terms
        return rules.equity_text(t.equity_kind, t.equity_options, t.equity_bp)

    @property
    def vesting_text(self) -> str:
        return rules.vesting_text(self.terms.vesting_months, self.terms.cliff_months)


def _period(value: Any) -> PayPeriod | None:
    return stored_choice(PayPeriod, value) if value is not None else None


def _offer(rows: Rows, row: tuple[Any, ...], today: date | None) -> OfferData:
    (oid, app_id, cand_id, cand_name, role_id, role_title, status, base, currency, period,
     equity_kind, options, bp, vesting, cliff, bonus, bonus_note, start, expires, notes,
     letter_body, approver_id, approved_at, created_by, created_at, row_clock, updated_at,
     field_clocks, pay_min, pay_max, pay_currency, pay_period, expectation,
     expectation_currency, expectation_period, app_removed) = row
    if app_removed is not None:
        raise NotFound("That application no longer exists")
    status = stored_choice(OfferStatus, status)
    terms = OfferTerms(
        base_salary=base, currency=currency, period=stored_choice(PayPeriod, period),
        equity_kind=stored_choice(EquityKind, equity_kind), equity_options=options,
        equity_bp=bp, vesting_months=vesting, cliff_months=cliff, bonus=bonus,
        bonus_note=bonus_note, start_date=stored_day(start), expires_on=stored_day(expires),
        notes=notes or "")
    who = names(rows, [x for x in (approver_id, created_by) if x])
    events = rows.all(EVENTS, offer=oid)
    warnings = rules.pay_warnings(
        terms, range_lo=pay_min, range_hi=pay_max, range_currency=pay_currency,
        range_period=_period(pay_period), expectation=expectation,
        expectation_currency=expectation_currency,
        expectation_period=_period(expectation_period))
    version = clock.latest(row_clock, required_time(updated_at),
                           json.loads(field_clocks) if field_clocks else None)
    return OfferData(
        id=oid, application_id=app_id, candidate_id=cand_id, candidate_name=cand_name,
        role_id=role_id, role_title=role_title, status=status, terms=terms,
        letter_body=letter_body, approved_by=who.get(approver_id) if approver_id else None,
        approved_at=stored_time(approved_at), created_by=name_of(who, created_by),
        created_at=required_time(created_at),
        events=tuple(OfferEventData(stored_choice(OfferStatus, s), required_time(at), by, note)
                     for s, at, by, note in events),
        is_expired=rules.is_expired(status, terms.expires_on, today or date.today()),
        warnings=tuple(warnings), version=version)


def get_offer(source: Any, offer_id: str, *, today: date | None = None) -> OfferData:
    """The live offer `offer_id` (`NotFound` when removed)."""
    rows = rows_of(source)
    found = rows.all(OFFER + "o.id = :id", id=offer_id)
    if not found:
        raise NotFound("That offer no longer exists")
    return _offer(rows, found[0], today)


def offers_for(source: Any, application_id: str, *,
               today: date | None = None) -> list[OfferData]:
    """The application's offers, newest first."""
    rows = rows_of(source)
    return [_offer(rows, row, today) for row in rows.all(
        OFFER + "o.application_id = :app ORDER BY o.created_at DESC, o.id", app=application_id)]


def latest_offer(source: Any, application_id: str, *,
                 today: date | None = None) -> OfferData | None:
    """The newest offer that was not withdrawn (what a letter is exported from)."""
    return next((o for o in offers_for(source, application_id, today=today)
                 if o.status is not OfferStatus.WITHDRAWN), None)
