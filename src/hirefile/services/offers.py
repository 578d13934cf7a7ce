"""Offers: draft, edit, approve, send, and record the answer — each change an `OfferEvent`.

Every function works inside the caller's session (one user action, one session) and returns
plain data (`OfferData`, `StatusChange`), never ORM rows. Status changes return what an undo
command needs to take them back (`undo_status_change`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain import offers as rules
from hirefile.domain.offers import OfferTerms
from hirefile.domain.roles import errors
from hirefile.domain.vocab import ActivityKind, EquityKind, OfferStatus, PayPeriod, StageKind
from hirefile.errors import NotFound, ValidationError
from hirefile.services import concurrency, onboarding, pipeline
from hirefile.services.activity import actor, record
from hirefile.services.company import company
from hirefile.services.offer_read import (  # the reads, given to callers
    OfferData as OfferData,
)
from hirefile.services.offer_read import (
    OfferEventData as OfferEventData,
)
from hirefile.services.offer_read import (
    get_offer as get_offer,
)
from hirefile.services.offer_read import (
    latest_offer as latest_offer,
)
from hirefile.services.offer_read import (
    offers_for as offers_for,
)
from hirefile.settings import Identity
from hirefile.storage import derived
from hirefile.storage.models import (
    Application,
    Candidate,
    Offer,
    OfferEvent,
    Role,
    RoleStage,
)
from hirefile.storage.types import utcnow

S = OfferStatus
HIRED_REASON = "Offer accepted"


@dataclass(frozen=True)
class StatusChange:
    """What a status change did, so an undo command can take it back."""

    offer_id: str
    before: OfferStatus
    after: OfferStatus
    event_id: str
    approved_before: tuple[str | None, datetime | None]
    move: pipeline.MoveResult | None = None
    #: An offer accepted for someone already in Hired: the onboarding rows it made.
    onboarding: tuple[str, ...] = ()


# reading ---------------------------------------------------------------------------------------

def _live_offer(session: Session, offer_id: str) -> Offer:
    o = session.get(Offer, offer_id)
    if o is None or o.deleted_at is not None:
        raise NotFound("That offer no longer exists")
    return o


def _terms(o: Offer) -> OfferTerms:
    return OfferTerms(
        base_salary=o.base_salary, currency=o.currency, period=o.period,
        equity_kind=o.equity_kind, equity_options=o.equity_options, equity_bp=o.equity_bp,
        vesting_months=o.vesting_months, cliff_months=o.cliff_months, bonus=o.bonus,
        bonus_note=o.bonus_note, start_date=o.start_date, expires_on=o.expires_on,
        notes=o.notes or "")


def _warnings(terms: OfferTerms, role: Role, c: Candidate) -> list[str]:
    return rules.pay_warnings(
        terms, range_lo=role.pay_min, range_hi=role.pay_max, range_currency=role.pay_currency,
        range_period=role.pay_period, expectation=c.expectation,
        expectation_currency=c.expectation_currency, expectation_period=c.expectation_period)


def _context(session: Session, application_id: str) -> tuple[Application, Candidate, Role]:
    app = pipeline.live_application(session, application_id)
    return app, session.get_one(Candidate, app.candidate_id), session.get_one(Role, app.role_id)


def _data(session: Session, o: Offer, today: date | None = None) -> OfferData:
    return get_offer(session, o.id, today=today)


# making and editing ----------------------------------------------------------------------------

def new_terms(session: Session, application_id: str) -> OfferTerms:
    """A starting point for a new offer: the role's currency and period (else the company's
    currency), the candidate's expectation when comparable, else the middle of the range."""
    _app, c, role = _context(session, application_id)
    currency = role.pay_currency or company(session).default_currency
    period = role.pay_period or PayPeriod.YEAR
    base = 0
    if c.expectation and c.expectation_currency == currency and c.expectation_period is period:
        base = c.expectation
    elif role.pay_min is not None and role.pay_max is not None:
        base = (role.pay_min + role.pay_max) // 2
    else:
        base = role.pay_min or role.pay_max or 0
    kind = EquityKind.PERCENT if role.equity_min_bp or role.equity_max_bp else EquityKind.NONE
    bp = role.equity_min_bp if kind is EquityKind.PERCENT else None
    return OfferTerms(base_salary=base, currency=currency, period=period, equity_kind=kind,
                      equity_bp=bp, start_date=role.target_start)


def _checked(terms: OfferTerms) -> OfferTerms:
    problems = errors(rules.validate_terms(terms))
    if problems:
        raise ValidationError(problems[0].message, field=problems[0].field)
    return rules.clean_terms(terms)


def check_offer(session: Session, application_id: str, terms: OfferTerms) -> list[str]:
    """Warnings for terms about to be saved (raises `ValidationError` on an error)."""
    cleaned = _checked(terms)
    _app, c, role = _context(session, application_id)
    soft = [i.message for i in rules.validate_terms(terms) if not i.error]
    return soft + _warnings(cleaned, role, c)


def _apply(o: Offer, terms: OfferTerms) -> None:
    for name, value in vars(terms).items():
        if getattr(o, name) != value:
            setattr(o, name, value)


def _event(session: Session, o: Offer, status: OfferStatus, note: str | None,
           at: datetime | None = None) -> OfferEvent:
    latest = derived.latest_offer_event(session, o.id)
    e = OfferEvent(offer_id=o.id, status=status,
                   at=derived.after(latest.at if latest else None, at or utcnow()),
                   by=actor(session),
                   note=(note or "").strip() or None)
    session.add(e)
    return e


def _log(session: Session, o: Offer, summary: str) -> None:
    _app, c, role = _context(session, o.application_id)
    record(session, ActivityKind.UPDATED, "offer", o.id,
           f"{summary}: {c.full_name} for “{role.title}”", candidate_id=c.id,
           detail={"status": o.status.value})


def create_offer(session: Session, application_id: str, terms: OfferTerms, *,
                 note: str | None = None) -> OfferData:
    """A draft offer. One open offer per application: withdraw the old one first."""
    app, c, role = _context(session, application_id)
    stage = session.get(RoleStage, app.stage_id)
    if stage is not None and stage.kind.is_exit:
        raise ValidationError(f"{c.full_name} is in {stage.name} for “{role.title}”; move "
                              "them back into the pipeline before making an offer")
    for other in session.scalars(select(Offer).where(
            Offer.application_id == application_id, Offer.deleted_at.is_(None))):
        if other.status in rules.OPEN_STATUSES:
            raise ValidationError(f"There is already a {other.status.label.lower()} offer for "
                                  f"{c.full_name}; edit or withdraw it first")
        if other.status is S.ACCEPTED:
            raise ValidationError(f"{c.full_name} has already accepted an offer for "
                                  f"“{role.title}”")
    o = Offer(application_id=application_id, status=S.DRAFT)
    _apply(o, _checked(terms))
    session.add(o)
    _event(session, o, S.DRAFT, note)
    record(session, ActivityKind.CREATED, "offer", o.id,
           f"Drafted an offer: {c.full_name} for “{role.title}”", candidate_id=c.id)
    session.flush()
    return _data(session, o)


def update_offer(session: Session, offer_id: str, terms: OfferTerms, *,
                 seen: OfferTerms | None = None, version: int | None = None) -> OfferData:
    """Change the terms of a draft or approved offer. Approval was given to the old terms, so
    changing an approved offer's terms sends it back to draft. With `seen` (the terms the
    editor showed) only the terms changed there are written, checked against `version`."""
    o = _live_offer(session, offer_id)
    if o.status not in rules.EDITABLE_STATUSES:
        raise ValidationError(f"A {o.status.label.lower()} offer cannot be changed; withdraw "
                              "it and make a new one")
    cleaned = _checked(terms)
    before: dict[str, object] = {}
    if seen is not None:  # keep what someone else changed and this editor did not
        before = dict(vars(rules.clean_terms(seen)))
        cleaned = replace(cleaned, **{name: getattr(o, name)
                                      for name, value in vars(cleaned).items()
                                      if before.get(name) == value})
    if cleaned == _terms(o):
        return _data(session, o)
    _app, c, _role = _context(session, o.application_id)
    values = concurrency.seen_values(o, before, dict(vars(rules.clean_terms(_terms(o))))) \
        if seen is not None else None
    with concurrency.checked(session, o, version, seen=values,
                             what=f"The offer to {c.full_name}"):
        _apply(o, cleaned)
    if o.status is S.APPROVED:
        o.status, o.approved_by_id, o.approved_at = S.DRAFT, None, None
        _event(session, o, S.DRAFT, "Terms changed after approval")
    _log(session, o, "Changed an offer")
    session.flush()
    return _data(session, o)


def set_letter_body(session: Session, offer_id: str, text: str | None, *,
                    seen: str | None = None, version: int | None = None) -> None:
    """A letter text for this offer only; None goes back to the company's template. With
    `version` (and `seen`, the text the editor loaded) a text someone else changed since is
    refused (`concurrency.checked`), naming who."""
    o = _live_offer(session, offer_id)
    value = _body(text)
    if o.letter_body == value:
        return
    _app, c, _role = _context(session, o.application_id)
    values = concurrency.seen_values(o, {"letter_body": _body(seen)},
                                     {"letter_body": o.letter_body})
    with concurrency.checked(session, o, version, seen=values,
                             what=f"The offer to {c.full_name}",
                             labels={"letter_body": "Letter text"}):
        o.letter_body = value


def _body(text: str | None) -> str | None:
    return (text or "").strip("\n") or None


def remove_offer(session: Session, offer_id: str) -> None:
    """Tombstone a draft made by mistake; anything further is withdrawn instead."""
    o = _live_offer(session, offer_id)
    if o.status is not S.DRAFT:
        raise ValidationError("Only a draft offer can be removed; withdraw this one instead")
    o.deleted_at = utcnow()


def restore_offer(session: Session, offer_id: str) -> None:
    o = session.get(Offer, offer_id)
    if o is None:
        raise NotFound("That offer no longer exists")
    o.deleted_at = None


# status changes --------------------------------------------------------------------------------

def change_status(session: Session, offer_id: str, to: OfferStatus, *, note: str | None = None,
                  today: date | None = None, at: datetime | None = None,
                  require_other_approver: bool = False,
                  seen_status: OfferStatus | None = None) -> StatusChange:
    """Move an offer to another status, recording who and when; refuses what the rules forbid.

    Approving records the person at the keyboard as approver; with `require_other_approver`
    the person who drafted the offer may not approve it (two-person approval). Accepting moves
    the application to the role's Hired stage. With `seen_status` (the status the screen
    showed), an offer someone else moved on since is refused (`StaleEdit`), naming who and
    when, whatever the rules would say of the change.
    """
    o = _live_offer(session, offer_id)
    if seen_status is not None:
        session.refresh(o, with_for_update=True)  # on a server: held until the commit
        if o.status is not seen_status:
            _app, c, _role = _context(session, o.application_id)
            now = o.status.label.lower()
            raise concurrency.refused_now(
                session, o, "status", to, o.status.label, to.label,
                lambda ch: f"The offer to {c.full_name} was marked {now} by {ch.who} at "
                           f"{concurrency.when_text(ch.at)}",
                not_done="nothing was changed", label="Status")
    today = today or date.today()
    problem = rules.transition_error(o.status, to)
    if problem:
        raise ValidationError(problem, field="status")
    if to is S.SENT and o.expires_on is not None and o.expires_on < today:
        raise ValidationError(f"The offer's expiry date ({rules.date_text(o.expires_on)}) has "
                              "passed; set a new one before sending it", field="expires_on")
    if to is S.WITHDRAWN and o.status is S.SENT and not (note or "").strip():
        raise ValidationError("Say why the offer is withdrawn", field="note")
    ident: Identity | None = session.info.get("identity")
    before = (o.approved_by_id, o.approved_at)
    if to is S.APPROVED:
        if ident is None:
            raise ValidationError("Set your name before approving an offer")
        if require_other_approver and o.created_by == ident.stamp:
            raise ValidationError("You drafted this offer; another person of the file must "
                                  "approve it")
        o.approved_by_id, o.approved_at = ident.person_id, at or utcnow()
    elif to is S.DRAFT:
        o.approved_by_id, o.approved_at = None, None
    old = o.status
    o.status = to
    event = _event(session, o, to, note, at)
    move = None
    made: tuple[str, ...] = ()
    if to is S.ACCEPTED:
        app = pipeline.live_application(session, o.application_id)
        hired = pipeline.exit_stage(session, app.role_id, StageKind.HIRED)
        if app.stage_id != hired.id:
            move = pipeline.move(session, app.id, hired.id, reason=HIRED_REASON, at=at)
        else:  # moved to Hired before the yes was recorded: the checklist, if none yet
            made = onboarding.begin(session, app.id, today)
    _log(session, o, f"Offer {to.label.lower()}")
    return StatusChange(o.id, old, to, event.id, before, move, made)


def approve(session: Session, offer_id: str, *, note: str | None = None,
            require_other_approver: bool = False) -> StatusChange:
    return change_status(session, offer_id, S.APPROVED, note=note,
                         require_other_approver=require_other_approver)


def send(session: Session, offer_id: str, *, note: str | None = None,
         today: date | None = None) -> StatusChange:
    return change_status(session, offer_id, S.SENT, note=note, today=today)


def accept(session: Session, offer_id: str, *, note: str | None = None) -> StatusChange:
    return change_status(session, offer_id, S.ACCEPTED, note=note)


def decline(session: Session, offer_id: str, *, note: str | None = None) -> StatusChange:
    return change_status(session, offer_id, S.DECLINED, note=note)


def withdraw(session: Session, offer_id: str, *, note: str | None = None) -> StatusChange:
    return change_status(session, offer_id, S.WITHDRAWN, note=note)


def undo_status_change(session: Session, change: StatusChange) -> None:
    """Take a status change back: the status, approval and pipeline move as they were."""
    o = _live_offer(session, change.offer_id)
    if o.status is not change.after:
        raise ValidationError("The offer has changed since; undo the later change first")
    if change.move is not None:
        pipeline.undo_move(session, change.move)
    onboarding.take_back(session, change.onboarding)
    event = session.get(OfferEvent, change.event_id)
    if event is not None:
        event.deleted_at = utcnow()
        session.flush()
    previous = derived.latest_offer_event(session, o.id)  # where the history now ends
    o.status = previous.status if previous is not None else change.before
    o.approved_by_id, o.approved_at = change.approved_before


def expire_due(session: Session, today: date | None = None) -> list[str]:
    """Mark approved and sent offers whose expiry date has passed as expired; their ids."""
    today = today or date.today()
    due = list(session.scalars(select(Offer).where(
        Offer.deleted_at.is_(None), Offer.status.in_(rules.EXPIRING_STATUSES),
        Offer.expires_on < today).order_by(Offer.expires_on)))
    out = []
    for o in due:
        change_status(session, o.id, S.EXPIRED, today=today,
                      note=f"Expired: open until {rules.date_text(o.expires_on)}")
        out.append(o.id)
    return out
