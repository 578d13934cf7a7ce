"""What the offer editor knows besides the terms: who, for which role, against which range.

Read once when the editor opens (one reader session), so typing never waits on the file for
anything but the warnings. The letter's placeholder values are split the same way: those of
the candidate, role and company come from here; those of the terms are computed from the form
as it is typed, so the list of empty placeholders follows the form, not the saved offer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hirefile.domain import offers as rules
from hirefile.domain.money import money_text
from hirefile.domain.offers import OfferTerms
from hirefile.domain.vocab import EquityKind
from hirefile.services import candidates, company, listing, offers, roles
from hirefile.services.documents import offer_date
from hirefile.services.offers import OfferData
from hirefile.services.workspace import Unit


@dataclass(frozen=True)
class OfferContext:
    """The application an offer is for, as the editor shows it."""

    application_id: str
    candidate_name: str
    role_title: str
    stage: str
    #: "€85,000 – €115,000 per year", or "" when the role has no range.
    role_range: str
    #: "€100,000 per year", or "" when the candidate gave none.
    expectation: str
    default_currency: str
    company_template: str
    #: Placeholder values that do not depend on the terms (names, role, company, date).
    fixed_values: dict[str, str] = field(default_factory=dict)
    #: The offer being edited, or None for a new one.
    offer: OfferData | None = None


def read_context(session: Unit, *, application_id: str | None = None,
                 offer_id: str | None = None, today: date | None = None) -> OfferContext:
    """The context of an existing offer (`offer_id`) or of a new one (`application_id`)."""
    offer = offers.get_offer(session, offer_id) if offer_id else None
    app_id = offer.application_id if offer else application_id
    assert app_id is not None, "give an application or an offer"
    row = listing.application_rows(session, [app_id])[app_id]
    role = roles.role_draft(session, row.role_id)
    person = candidates.candidate_draft(session, row.candidate_id)
    c = company.company(session)
    expectation = rules.pay_text(person.expectation, person.expectation_currency,
                                 person.expectation_period or role.pay_period)
    location = role.location or (role.remote.label if role.remote else "")
    fixed = {
        "candidate_name": person.full_name,
        "candidate_first_name": rules.first_name(person.full_name, person.preferred_name),
        "role_title": role.title,
        "employment_type": role.employment_type.label.lower(),
        "location": location,
        "company_name": c.name,
        # an offer's letter carries the day it was sent (or drafted), not today's
        "letter_date": rules.date_text(offer_date(offer) if offer else today or date.today()),
        "signatory_name": c.signatory_name,
        "signatory_title": c.signatory_title,
    }
    return OfferContext(
        application_id=app_id, candidate_name=person.full_name, role_title=role.title,
        stage=row.stage,
        role_range=rules.range_text(role.pay_min, role.pay_max, role.pay_currency,
                                    role.pay_period),
        expectation=expectation, default_currency=c.default_currency,
        company_template=c.offer_letter_template or rules.default_template(role.employment_type),
        fixed_values=fixed, offer=offer)


def letter_values(ctx: OfferContext, terms: OfferTerms | None) -> dict[str, str]:
    """Every placeholder's value for these (unsaved) terms, as `documents.letter_values`
    would give it once they are saved; None terms (unreadable form) leave them empty."""
    values = dict(ctx.fixed_values)
    if terms is None:
        return values
    t = terms
    has_equity = t.equity_kind is not EquityKind.NONE
    bonus = money_text(t.bonus, t.currency) if t.bonus else ""
    if bonus and t.bonus_note:
        bonus = f"{bonus} ({t.bonus_note})"
    values.update({
        "base_salary": money_text(t.base_salary, t.currency) if t.base_salary else "",
        "pay_period": t.period.label,
        "salary": rules.pay_text(t.base_salary, t.currency, t.period) if t.base_salary else "",
        "currency": t.currency,
        "equity": rules.equity_text(t.equity_kind, t.equity_options, t.equity_bp),
        "vesting": rules.vesting_text(t.vesting_months, t.cliff_months) if has_equity else "",
        "bonus": bonus,
        "equity_and_bonus": rules.equity_and_bonus(t),
        "start_date": rules.date_text(t.start_date),
        "expiry_date": rules.date_text(t.expires_on),
    })
    return values
