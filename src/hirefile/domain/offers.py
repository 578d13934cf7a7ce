"""The rules of an offer: its terms, its statuses, its warnings and its letter's placeholders.

Plain Python, so the GUI, the CLI and the tests share one set of rules. Money is integer minor
units plus an ISO code (see `money.py`); equity is either a number of options or a percentage
in basis points (100 bp = 1 %).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from hirefile.domain import limits, placeholders
from hirefile.domain.money import Money, is_currency, money_text
from hirefile.domain.retention import months_text
from hirefile.domain.roles import Issue
from hirefile.domain.vocab import EmploymentType, EquityKind, OfferStatus, PayPeriod

S = OfferStatus

#: Where an offer may go from each status. Accepted, declined, expired and withdrawn are final:
#: a new offer is made instead, so the history of the old one stays true.
TRANSITIONS: dict[OfferStatus, frozenset[OfferStatus]] = {
    S.DRAFT: frozenset({S.APPROVED, S.SENT, S.WITHDRAWN}),
    S.APPROVED: frozenset({S.DRAFT, S.SENT, S.EXPIRED, S.WITHDRAWN}),
    S.SENT: frozenset({S.ACCEPTED, S.DECLINED, S.EXPIRED, S.WITHDRAWN}),
    S.ACCEPTED: frozenset(),
    S.DECLINED: frozenset(),
    S.EXPIRED: frozenset(),
    S.WITHDRAWN: frozenset(),
}
#: Statuses in which an offer is still open (at most one open offer per application).
OPEN_STATUSES = frozenset({S.DRAFT, S.APPROVED, S.SENT})
#: Statuses whose terms can still be edited (editing an approved offer clears the approval).
EDITABLE_STATUSES = frozenset({S.DRAFT, S.APPROVED})
#: Statuses that can lapse: the offer is out (or ready to go out) and has an expiry date.
EXPIRING_STATUSES = frozenset({S.APPROVED, S.SENT})

DEFAULT_VESTING_MONTHS = 48
DEFAULT_CLIFF_MONTHS = 12


@dataclass(frozen=True)
class OfferTerms:
    """Every editable field of an offer, as the offer form shows and saves it."""

    base_salary: int
    currency: str
    period: PayPeriod = PayPeriod.YEAR
    equity_kind: EquityKind = EquityKind.NONE
    equity_options: int | None = None
    equity_bp: int | None = None
    vesting_months: int | None = None
    cliff_months: int | None = None
    bonus: int | None = None
    bonus_note: str | None = None
    start_date: date | None = None
    expires_on: date | None = None
    notes: str = ""

    @property
    def base(self) -> Money:
        return Money(self.base_salary, self.currency)


def validate_terms(t: OfferTerms) -> list[Issue]:
    """Everything wrong with the terms, errors first in the order of the form, then warnings."""
    issues: list[Issue] = []
    if not is_currency(t.currency.strip().upper()):
        issues.append(Issue("currency", f"“{t.currency}” is not an ISO 4217 currency code"))
    if t.base_salary <= 0:
        issues.append(Issue("base_salary", "The base salary must be more than zero"))
    if t.equity_kind is EquityKind.OPTIONS and not (t.equity_options or 0) > 0:
        issues.append(Issue("equity_options", "Give the number of options (more than zero)"))
    if t.equity_kind is EquityKind.PERCENT and not 0 < (t.equity_bp or 0) <= 10_000:
        issues.append(Issue("equity_bp", "Equity is a percentage above 0 and at most 100"))
    if t.equity_kind is not EquityKind.NONE:
        months, cliff = t.vesting_months, t.cliff_months
        if months is not None and not 1 <= months <= 120:
            issues.append(Issue("vesting_months", "Vesting lasts between 1 and 120 months"))
        if cliff is not None and (cliff < 0 or (months is not None and cliff > months)):
            issues.append(Issue("cliff_months",
                                "The cliff is between 0 months and the whole vesting period"))
    if t.bonus is not None and t.bonus < 0:
        issues.append(Issue("bonus", "A bonus cannot be negative"))
    for name, value, label in (("base_salary", t.base_salary, "The base salary"),
                               ("bonus", t.bonus, "The bonus"),
                               ("equity_options", t.equity_options, "The number of options")):
        too_big = limits.amount_problem(value, label)
        if too_big:
            issues.append(Issue(name, too_big))
    issues.extend(Issue(f, m) for f, m in limits.length_problems(
        {"bonus_note": t.bonus_note, "notes": t.notes}))
    if t.start_date and t.expires_on and t.expires_on > t.start_date:
        issues.append(Issue("expires_on", "The offer would still be open after the start date",
                            error=False))
    return issues


def clean_terms(t: OfferTerms) -> OfferTerms:
    """The terms as stored: currency upper-case, equity fields only for the chosen kind."""
    kind = t.equity_kind
    has_equity = kind is not EquityKind.NONE
    return OfferTerms(
        base_salary=t.base_salary, currency=t.currency.strip().upper(), period=t.period,
        equity_kind=kind,
        equity_options=t.equity_options if kind is EquityKind.OPTIONS else None,
        equity_bp=t.equity_bp if kind is EquityKind.PERCENT else None,
        vesting_months=(t.vesting_months or DEFAULT_VESTING_MONTHS) if has_equity else None,
        cliff_months=(t.cliff_months if t.cliff_months is not None else DEFAULT_CLIFF_MONTHS)
        if has_equity else None,
        bonus=t.bonus or None,
        bonus_note=((t.bonus_note or "").strip() or None) if t.bonus else None,
        start_date=t.start_date, expires_on=t.expires_on, notes=(t.notes or "").strip(),
    )


def transition_error(current: OfferStatus, target: OfferStatus) -> str | None:
    """Why an offer cannot go from `current` to `target`, or None when it can."""
    if target in TRANSITIONS[current]:
        return None
    if current is target:
        return f"The offer is already {current.label.lower()}"
    if not TRANSITIONS[current]:
        return (f"The offer was {current.label.lower()}; that is final. Make a new offer "
                "instead")
    if target is S.APPROVED:
        return "Only a draft offer can be approved"
    if target in (S.ACCEPTED, S.DECLINED):
        return (f"Only a sent offer can be {target.label.lower()}; mark it as sent first "
                f"(it is {current.label.lower()})")
    if target is S.EXPIRED:
        return "Only an approved or sent offer can expire"
    if target is S.DRAFT:
        return "Only an approved offer can go back to draft"
    allowed = ", ".join(s.label.lower() for s in sorted(TRANSITIONS[current], key=list(S).index))
    return f"A {current.label.lower()} offer can become: {allowed}"


def is_expired(status: OfferStatus, expires_on: date | None, today: date) -> bool:
    """An approved or sent offer whose expiry date has passed (it lapses the day after)."""
    return status in EXPIRING_STATUSES and expires_on is not None and expires_on < today


# money against ranges and expectations ---------------------------------------------------------


def pay_text(minor: int | None, currency: str | None, period: PayPeriod | None) -> str:
    """`€95,000 per year`."""
    amount = money_text(minor, currency)
    return f"{amount} {period.label}" if amount and period else amount


def range_text(lo: int | None, hi: int | None, currency: str | None,
               period: PayPeriod | None) -> str:
    """`€85,000 – €115,000 per year`, `from €85,000 per year`, or "" without a range."""
    if lo is None and hi is None:
        return ""
    if lo is not None and hi is not None:
        text = f"{money_text(lo, currency)} – {money_text(hi, currency)}"
    elif lo is not None:
        text = f"from {money_text(lo, currency)}"
    else:
        text = f"up to {money_text(hi, currency)}"
    return f"{text} {period.label}" if period else text


def compare_to_range(amount: int, currency: str, period: PayPeriod, lo: int | None,
                     hi: int | None, range_currency: str | None,
                     range_period: PayPeriod | None) -> tuple[int, str]:
    """Where an amount stands against a range (-1 below, 0 within, 1 above, 2 when it cannot
    be compared) and a sentence saying so. Only the same currency and period are compared:
    converting would pretend to a precision nobody has."""
    if lo is None and hi is None:
        return 2, "the role has no pay range to compare with"
    if range_currency != currency or range_period is not period:
        return 2, (f"not compared: the role's range is in {range_currency} "
                   f"{range_period.label if range_period else ''}".rstrip()
                   + f", this is in {currency} {period.label}")
    shown = range_text(lo, hi, range_currency, range_period)
    if lo is not None and amount < lo:
        return -1, (f"below the role's range ({shown}) by "
                    f"{money_text(lo - amount, currency)}")
    if hi is not None and amount > hi:
        return 1, f"above the role's range ({shown}) by {money_text(amount - hi, currency)}"
    return 0, f"within the role's range ({shown})"


def pay_warnings(terms: OfferTerms, *, range_lo: int | None, range_hi: int | None,
                 range_currency: str | None, range_period: PayPeriod | None,
                 expectation: int | None, expectation_currency: str | None,
                 expectation_period: PayPeriod | None) -> list[str]:
    """Warnings (never errors) about the base salary: outside the role's range, below what the
    candidate said they expect, or not comparable with either."""
    out: list[str] = []
    base = pay_text(terms.base_salary, terms.currency, terms.period)
    where, sentence = compare_to_range(terms.base_salary, terms.currency, terms.period,
                                       range_lo, range_hi, range_currency, range_period)
    if where in (-1, 1):
        out.append(f"{base} is {sentence}")
    elif where == 2 and (range_lo is not None or range_hi is not None):
        out.append(f"The base salary was {sentence}")
    if expectation is not None and expectation_currency:
        wanted = pay_text(expectation, expectation_currency, expectation_period)
        if expectation_currency != terms.currency or expectation_period is not terms.period:
            out.append(f"The candidate's expectation ({wanted}) is in another currency or "
                       "period, so it was not compared")
        elif terms.base_salary < expectation:
            short = money_text(expectation - terms.base_salary, terms.currency)
            out.append(f"{base} is {short} below the candidate's stated expectation "
                       f"({wanted})")
    return out


# equity ----------------------------------------------------------------------------------------

def percent_text(bp: int) -> str:
    """Basis points as a percentage without trailing zeros: 25 → `0.25%`, 100 → `1%`."""
    whole, rest = divmod(bp, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


def equity_text(kind: EquityKind, options: int | None, bp: int | None) -> str:
    if kind is EquityKind.OPTIONS and options:
        return f"{options:,} stock options"
    if kind is EquityKind.PERCENT and bp:
        return f"{percent_text(bp)} of the company"
    return ""


def _span(months: int, *, adjective: bool = False) -> str:
    """`4 years` / `4-year`, `30 months` / `30-month` (the noun form is `months_text`)."""
    if not adjective:
        return months_text(months)
    return f"{months // 12}-year" if months % 12 == 0 else f"{months}-month"


def vesting_text(months: int | None, cliff: int | None) -> str:
    """`over 4 years with a 1-year cliff`, `over 36 months, no cliff`."""
    if not months:
        return ""
    text = f"over {_span(months)}"
    if not cliff:
        return f"{text}, no cliff"
    return f"{text} with a {_span(cliff, adjective=True)} cliff"


def date_text(value: date | None, *, unbroken: bool = False) -> str:
    """`3 June 2026`: no ambiguity between day and month, whatever the reader's country;
    `unbroken`: with no-break spaces, for documents (a date never split across lines)."""
    if not value:
        return ""
    return f"{value.day}\u00a0{value:%B}\u00a0{value:%Y}" if unbroken \
        else f"{value.day} {value:%B %Y}"


# the offer letter's template ---------------------------------------------------------------------

#: The placeholders a letter template may use, with what each stands for (shown in the editor).
PLACEHOLDERS: dict[str, str] = {
    "candidate_name": "the candidate's full name",
    "candidate_first_name": "the candidate's preferred or first name",
    "role_title": "the role's title",
    "employment_type": "full-time, part-time, contract…",
    "location": "where the role is based",
    "company_name": "your company's name",
    "base_salary": "the base salary, e.g. €95,000",
    "pay_period": "per year, per month, per day or per hour",
    "salary": "the base salary with its period, e.g. €95,000 per year",
    "currency": "the ISO code of the salary's currency",
    "equity": "the equity, e.g. 12,000 stock options or 0.25% of the company",
    "vesting": "the vesting, e.g. over 4 years with a 1-year cliff",
    "bonus": "the bonus and what it is for",
    "equity_and_bonus": "a sentence on the equity and bonus (left out when there is neither)",
    "start_date": "the start date",
    "expiry_date": "the last day to accept",
    "letter_date": "the date of the letter",
    "signatory_name": "who signs for the company",
    "signatory_title": "the signatory's title",
}

DEFAULT_TEMPLATE = """\
Dear {candidate_name},

We are delighted to offer you the position of {role_title} at {company_name}. Thank you for \
the time and care you put into our conversations: we would love to have you on the team.

Your base salary will be {base_salary} {pay_period}, and we would be glad to welcome you on \
{start_date}. {equity_and_bonus} The full terms of the offer are set out in the summary below.

This offer is open until {expiry_date}. To accept it, please sign and date the acceptance \
section at the end of this letter and send a copy back to us. If anything is unclear, or you \
would like to talk any part of it through, reach out at any time.

We are excited about what we will build together.
"""

#: The built-in letter for a contractor or a fractional specialist: an engagement, paid a rate
#: or a fee, never "employment" or a "salary".
CONTRACT_TEMPLATE = """\
Dear {candidate_name},

We are delighted to offer you an engagement as {role_title} with {company_name}, on a \
{employment_type} basis. Thank you for the time and care you put into our conversations: we \
would love to work with you.

Your rate will be {base_salary} {pay_period}, starting on {start_date}. {equity_and_bonus} The \
full terms of the engagement are set out in the summary below.

This offer is open until {expiry_date}. To accept it, please sign and date the acceptance \
section at the end of this letter and send a copy back to us. If anything is unclear, or you \
would like to talk any part of it through, reach out at any time.

We are excited about what we will build together.
"""

#: Placeholders that may be empty: a sentence that is simply left out when there is nothing
#: to say (no equity and no bonus).
OPTIONAL_PLACEHOLDERS = frozenset({"equity_and_bonus"})

#: Employment types engaged as contractors: paid a rate or a fee, not employed.
CONTRACTOR_TYPES = frozenset({EmploymentType.CONTRACT, EmploymentType.FRACTIONAL})


def default_template(kind: EmploymentType | None) -> str:
    """The built-in letter for this employment type."""
    return CONTRACT_TEMPLATE if kind in CONTRACTOR_TYPES else DEFAULT_TEMPLATE


def is_builtin_template(text: str) -> bool:
    return text.strip() in (DEFAULT_TEMPLATE.strip(), CONTRACT_TEMPLATE.strip())


@dataclass(frozen=True)
class LetterWording:
    """The words of a letter that depend on the employment type and the pay period."""

    #: The letter's heading, before the role: "Offer of employment", "Contract offer".
    heading: str
    #: The summary's label for the pay: "Base salary", "Day rate", "Monthly fee"…
    pay_label: str
    #: The summary's label for the employment type: "Employment" or "Engagement".
    kind_label: str
    #: What the candidate accepts: "this offer of employment as", "this engagement as".
    accepts: str


def letter_wording(kind: EmploymentType | None, period: PayPeriod) -> LetterWording:
    """A contractor is never offered "employment" nor paid a "base salary"."""
    if kind in CONTRACTOR_TYPES:
        pay = {PayPeriod.DAY: "Day rate", PayPeriod.HOUR: "Hourly rate",
               PayPeriod.MONTH: "Monthly fee", PayPeriod.YEAR: "Annual fee"}[period]
        heading = "Fractional engagement" if kind is EmploymentType.FRACTIONAL \
            else "Contract offer"
        return LetterWording(heading, pay, "Engagement", "this engagement as")
    pay = {PayPeriod.DAY: "Day rate", PayPeriod.HOUR: "Hourly rate"}.get(period, "Base salary")
    if kind is EmploymentType.INTERN:
        return LetterWording("Internship offer", pay, "Employment",
                             "this offer of an internship as")
    return LetterWording("Offer of employment", pay, "Employment",
                         "this offer of employment as")


def equity_and_bonus(t: OfferTerms) -> str:
    """The letter's sentence on equity and bonus, or "" when the offer has neither."""
    equity = equity_text(t.equity_kind, t.equity_options, t.equity_bp)
    parts = []
    if equity:
        vesting = vesting_text(t.vesting_months, t.cliff_months)
        parts.append(f"{equity}, vesting {vesting}" if vesting else equity)
    if t.bonus:
        bonus = money_text(t.bonus, t.currency)
        parts.append(f"a bonus of {bonus} ({t.bonus_note})" if t.bonus_note
                     else f"a bonus of {bonus}")
    if not parts:
        return ""
    return f"The offer also includes {' and '.join(parts)}."


def template_names(text: str) -> list[str]:
    """The names in braces in `text`, in order of first use, each once."""
    return placeholders.names(text)


def check_template(text: str, values: Mapping[str, str | None]) -> tuple[list[str], list[str]]:
    """(unknown placeholders, placeholders whose value is empty), in order of first use.

    Unknown means not one of `PLACEHOLDERS` (a typo, or `{ role }` with spaces); empty means a
    known placeholder with nothing to put there for this offer (no start date yet, no equity).
    The GUI and the CLI list both before a letter is exported.
    """
    return placeholders.check(text, PLACEHOLDERS, values, optional=OPTIONAL_PLACEHOLDERS)


def fill_template(text: str, values: Mapping[str, str | None]) -> str:
    """The template with every known placeholder replaced by its value, as plain text.

    Unknown placeholders are left as typed so that they show in the letter. The result is
    plain text, never markup: the PDF turns it into safe markup like any other user text.
    """
    return _DOUBLE_SPACE.sub(" ", placeholders.fill(text, PLACEHOLDERS, values))


#: Two spaces or more inside a line: where an optional sentence was left out.
_DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")


def first_name(full_name: str, preferred: str | None = None) -> str:
    """The preferred name when given; else the first word, or the whole name for CJK names
    (written without spaces, family name first)."""
    if preferred and preferred.strip():
        return preferred.strip()
    words = full_name.split()
    if not words:
        return ""
    if any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in full_name):
        return full_name.strip()
    return words[0]
