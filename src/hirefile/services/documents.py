"""Documents from the file: gather the data (offer letter, job description) and export.

Each `gather_*` reads what one document needs into the plain dataclasses of
`hirefile.documents.data`; each `export_*` builds the document and writes it atomically. The
PDF modules (and ReportLab with them) are imported inside the export functions only, so that
importing this module costs nothing at start-up. The interview packet and debrief gathers are
in `services/packets.py`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hirefile.documents.data import (
    JobDescriptionData,
    Letterhead,
    LoopStepInfo,
    OfferLetterData,
    page_size_for,
)
from hirefile.domain import offers as rules
from hirefile.domain.limits import DOCUMENT
from hirefile.domain.money import money_text
from hirefile.domain.offers import check_template, fill_template
from hirefile.domain.roles import format_minutes
from hirefile.domain.templates import template
from hirefile.domain.vocab import OfferStatus, StepKind
from hirefile.errors import NotFound, ValidationError
from hirefile.services.company_read import company, company_logo, retention_rule
from hirefile.services.document_reads import candidate_facts, role_facts
from hirefile.services.loop_read import loop
from hirefile.services.offer_read import OfferData, get_offer, latest_offer
from hirefile.storage.rows import rows_of

#: The most characters a filled-in letter may have: a template at its limit (`DOCUMENT`) with
#: room for what its placeholders add. (Each placeholder can add a few hundred characters, so
#: a template made of placeholders only would otherwise come to millions.)
FILLED_LETTER_LIMIT = 2 * DOCUMENT


class TemplateProblem(ValidationError):
    """The letter's template names placeholders that are unknown, or empty for this offer."""

    def __init__(self, unknown: list[str], empty: list[str]) -> None:
        parts = []
        if unknown:
            parts.append("unknown placeholders " + ", ".join(f"{{{n}}}" for n in unknown))
        if empty:
            parts.append("nothing to fill in for " + ", ".join(f"{{{n}}}" for n in empty))
        super().__init__("The offer letter template has " + " and ".join(parts) + "; correct "
                         "the template or the offer, or export anyway with --allow-empty",
                         field="template")
        self.unknown, self.empty = unknown, empty


# the letterhead --------------------------------------------------------------------------------

def letterhead(source: Any, *, with_logo: bool = True) -> Letterhead:
    c = company(source)
    logo = company_logo(source) if with_logo and c.has_logo else None
    return Letterhead(name=c.name, address=c.address, website=c.website,
                      logo=logo[0] if logo else None, logo_mime=logo[1] if logo else None,
                      page_size=page_size_for(c.default_currency))


# the offer letter ------------------------------------------------------------------------------

def _location(location: str | None, remote: object) -> str:
    label = getattr(remote, "label", "")
    if location and label and label.casefold() not in location.casefold():
        return f"{location} ({label.lower()})"
    return location or label


def offer_date(offer: OfferData) -> date:
    """The date a letter carries: the day the offer was sent, else the day it was drafted
    (never the day it is exported: a letter printed again says what it said then)."""
    sent = next((e.at for e in offer.events if e.status is OfferStatus.SENT), None)
    return (sent or offer.created_at).astimezone().date()


def letter_values(source: Any, offer_id: str, *, today: date | None = None) -> dict[str, str]:
    """What each placeholder of the letter template stands for, for this offer."""
    rows = rows_of(source)
    o = get_offer(rows, offer_id, today=today)
    t = o.terms
    role = role_facts(rows, o.role_id)
    cand = candidate_facts(rows, o.candidate_id)
    c = company(rows)
    bonus = money_text(t.bonus, t.currency) if t.bonus else ""
    if bonus and t.bonus_note:
        bonus = f"{bonus} ({t.bonus_note})"
    return {
        "candidate_name": cand.full_name,
        "candidate_first_name": rules.first_name(cand.full_name, cand.preferred_name),
        "role_title": role.title,
        "employment_type": role.employment_type.label.lower(),
        "location": _location(role.location, role.remote),
        "company_name": c.name,
        "base_salary": money_text(t.base_salary, t.currency),
        "pay_period": t.period.label,
        "salary": o.base_text,
        "currency": t.currency,
        "equity": o.equity_text,
        "vesting": o.vesting_text if o.equity_text else "",
        "bonus": bonus,
        "equity_and_bonus": rules.equity_and_bonus(t),
        "start_date": rules.date_text(t.start_date),
        "expiry_date": rules.date_text(t.expires_on),
        "letter_date": rules.date_text(offer_date(o)),
        "signatory_name": c.signatory_name,
        "signatory_title": c.signatory_title,
    }


def letter_template(source: Any, offer_id: str) -> str:
    """The offer's own letter text, else the company's template, else the built-in one for
    the role's employment type (a contractor's letter offers an engagement)."""
    rows = rows_of(source)
    o = get_offer(rows, offer_id)
    custom = o.letter_body or company(rows).offer_letter_template
    return custom or rules.default_template(role_facts(rows, o.role_id).employment_type)


def template_problems(source: Any, offer_id: str, *,
                      today: date | None = None) -> tuple[list[str], list[str]]:
    """(unknown, empty) placeholders of this offer's letter, for the GUI to list."""
    rows = rows_of(source)
    return check_template(letter_template(rows, offer_id),
                          letter_values(rows, offer_id, today=today))


#: The status a letter is marked with, and how its banner says so (`{}`: the date).
_MARKS = {
    OfferStatus.DECLINED: ("DECLINED", "The candidate declined this offer on {}."),
    OfferStatus.WITHDRAWN: ("WITHDRAWN", "This offer was withdrawn on {}; it no longer "
                                         "stands."),
    OfferStatus.EXPIRED: ("EXPIRED", "This offer expired on {} without being accepted."),
}


def _status_mark(o: OfferData) -> tuple[str, str]:
    """(watermark, banner sentence) for a letter that no longer stands, else ("", "")."""
    if o.is_expired or (o.status is OfferStatus.EXPIRED and o.terms.expires_on):
        shown = rules.date_text(o.terms.expires_on, unbroken=True)
        return "EXPIRED", f"This offer was open until {shown} and has expired."
    if o.status not in _MARKS:
        return "", ""
    word, sentence = _MARKS[o.status]
    at = next((e.at for e in reversed(o.events) if e.status is o.status), None)
    if at is None:
        return word, sentence.replace(" on {}", "")
    return word, sentence.format(rules.date_text(at.astimezone().date(), unbroken=True))


def gather_offer_letter(source: Any, offer_id: str, *, today: date | None = None,
                        allow_empty: bool = False) -> OfferLetterData:
    """Everything the letter shows. Refuses (`TemplateProblem`) when the template has unknown
    or empty placeholders, unless `allow_empty`. A declined, withdrawn or expired offer's
    letter is marked as such (a banner and a watermark), never passed off as standing."""
    rows = rows_of(source)
    o = get_offer(rows, offer_id, today=today)
    values = letter_values(rows, offer_id, today=today)
    text = letter_template(rows, offer_id)
    unknown, empty = check_template(text, values)
    if (unknown or empty) and not allow_empty:
        raise TemplateProblem(unknown, empty)
    t = o.terms
    # in the letter, a date is never split across two lines
    dates = {"start_date": t.start_date, "expiry_date": t.expires_on,
             "letter_date": offer_date(o)}
    body = fill_template(text, values | {k: rules.date_text(v, unbroken=True)
                                          for k, v in dates.items()})
    if len(body) > FILLED_LETTER_LIMIT:
        raise ValidationError(
            f"The offer letter comes to {len(body):,} characters once its placeholders are "
            f"filled in, more than the {FILLED_LETTER_LIMIT:,} a letter can hold; shorten the "
            "letter or use fewer placeholders", field="template")
    cand = candidate_facts(rows, o.candidate_id)
    role = role_facts(rows, o.role_id)
    wording = rules.letter_wording(role.employment_type, t.period)
    vesting = values["vesting"]
    terms = (
        ("Position", values["role_title"]),
        (wording.kind_label, values["employment_type"].capitalize()),
        ("Location", values["location"]),
        ("Start date", rules.date_text(t.start_date, unbroken=True)),
        (wording.pay_label, o.base_text),
        ("Equity", values["equity"]),
        ("Vesting", vesting[:1].upper() + vesting[1:]),
        ("Bonus", values["bonus"]),
        ("Offer open until", rules.date_text(t.expires_on, unbroken=True)),
    )
    c = company(rows)
    mark, banner = _status_mark(o)
    return OfferLetterData(
        letterhead=letterhead(rows), letter_date=offer_date(o),
        candidate_name=cand.full_name, candidate_location=cand.location or "",
        candidate_email=cand.email or "", role_title=o.role_title,
        terms=tuple((k, v) for k, v in terms if v), body=body,
        signatory_name=c.signatory_name, signatory_title=c.signatory_title,
        expiry_text=rules.date_text(t.expires_on, unbroken=True),
        is_draft=o.status is OfferStatus.DRAFT, heading=wording.heading,
        accepts=wording.accepts, status_mark=mark, status_banner=banner,
    )


def application_offer(source: Any, application_id: str) -> str:
    """The id of the offer a letter is exported from: the newest one not withdrawn."""
    found = latest_offer(source, application_id)
    if found is None:
        raise NotFound("There is no offer for this candidate in this role (withdrawn offers "
                       "do not count); make one first")
    return found.id


# the job description ---------------------------------------------------------------------------

def _step_length(kind: StepKind, minutes: int, hours: float | None) -> str:
    if kind is StepKind.TAKE_HOME and hours:
        shown = f"{hours:g}"
        return f"about {shown} hour{'s' if hours != 1 else ''}, on your own time"
    return format_minutes(minutes)


def gather_job_description(source: Any, role_id: str) -> JobDescriptionData:
    """Everything a job description shows (a session, or `Rows` on a file: SQL text)."""
    rows = rows_of(source)
    role = role_facts(rows, role_id)
    profile = company(rows)
    summary = ""
    if role.template_key:
        try:
            summary = template(role.template_key).summary
        except KeyError:
            summary = ""
    equity = ""
    if role.equity_min_bp or role.equity_max_bp:
        lo, hi = role.equity_min_bp, role.equity_max_bp
        if lo and hi and lo != hi:
            equity = f"{rules.percent_text(lo)} – {rules.percent_text(hi)} of the company"
        else:
            equity = f"{rules.percent_text(hi or lo or 0)} of the company"
    facts = (
        ("Pay", rules.range_text(role.pay_min, role.pay_max, role.pay_currency,
                                 role.pay_period)),
        ("Equity", equity),
        ("Employment", role.employment_type.label),
        ("Level", role.level.label if role.level else ""),
        ("Location", _location(role.location, role.remote)),
        ("Start", rules.date_text(role.target_start)),
        ("Openings", str(role.headcount) if role.headcount > 1 else ""),
    )
    data = loop(rows, role_id)
    alternatives = {s.alternative_step_id for s in data.steps if s.alternative_step_id}
    steps = []
    for s in data.steps:
        note = ""
        if s.kind is StepKind.TAKE_HOME and s.alternative_step_id:
            note = "A conversation-based alternative is available if a take-home does not " \
                   "suit you."
        if s.id in alternatives:
            note = "Offered instead of the take-home, if you prefer."
        steps.append(LoopStepInfo(s.number, s.title, s.kind.label,
                                  _step_length(s.kind, s.minutes, s.expected_hours),
                                  tuple(a.label for a in s.axes), note))
    total = ""
    if data.steps:
        n = len(data.steps)
        total = (f"{n} step{'s' if n != 1 else ''}, about "
                 f"{format_minutes(data.total_minutes)} of your time in total")
    return JobDescriptionData(
        letterhead=letterhead(rows), title=role.title, summary=summary,
        facts=tuple((k, v) for k, v in facts if v),
        responsibilities=tuple(line.strip(" -•\t") for line in role.responsibilities
                               .splitlines() if line.strip(" -•\t")),
        must_haves=role.must_haves, nice_to_haves=role.nice_to_haves,
        tech_stack=role.tech_stack, steps=tuple(steps), process_total=total,
        privacy_notice=_privacy_notice(rows), about=profile.about,
        benefits=tuple(line.strip(" -•\t") for line in profile.benefits.splitlines()
                       if line.strip(" -•\t")),
        how_to_apply=profile.how_to_apply,
    )


def _privacy_notice(source: Any) -> str:
    from hirefile.domain.retention import applicant_notice

    kept = retention_rule(source)
    return (applicant_notice(kept) or "") if kept.in_job_description else ""


# exports ---------------------------------------------------------------------------------------

def offer_letter_pdf(source: Any, offer_id: str, *, today: date | None = None,
                     allow_empty: bool = False) -> bytes:
    from hirefile.documents.offer_letter import build_offer_letter

    return build_offer_letter(gather_offer_letter(source, offer_id, today=today,
                                                  allow_empty=allow_empty))


def export_offer_letter(source: Any, offer_id: str, path: Path | str, *,
                        today: date | None = None, allow_empty: bool = False) -> Path:
    from hirefile.documents.templates import write_output

    return write_output(path, offer_letter_pdf(source, offer_id, today=today,
                                               allow_empty=allow_empty))


def job_description_pdf(source: Any, role_id: str) -> bytes:
    from hirefile.documents.job_description import build_job_description

    return build_job_description(gather_job_description(source, role_id))


def export_job_description(source: Any, role_id: str, path: Path | str) -> Path:
    """PDF, or Markdown when `path` ends in `.md` (for job boards that take text)."""
    from hirefile.documents.markdown import job_description_markdown
    from hirefile.fsutil import write_bytes_atomic

    target = Path(path).expanduser()
    if target.suffix.lower() in (".md", ".markdown"):
        text = job_description_markdown(gather_job_description(source, role_id))
        write_bytes_atomic(target, text.encode("utf-8"))
        return target
    from hirefile.documents.templates import write_output

    return write_output(target, job_description_pdf(source, role_id))
