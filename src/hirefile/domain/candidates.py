"""A candidate's editable record and its rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from hirefile.domain import limits
from hirefile.domain.contacts import (
    email_key,
    github_key,
    github_url,
    is_email,
    linkedin_key,
    normalise_url,
    phone_key,
)
from hirefile.domain.money import is_currency
from hirefile.domain.names import clean_name, sort_name
from hirefile.domain.roles import Issue
from hirefile.domain.vocab import LinkKind, PayPeriod, Source

#: A further e-mail or link of a candidate: (kind, value, label).
Link = tuple[LinkKind, str, str]
#: A link as stored: (kind, value, label or None, normalised key or None).
StoredLink = tuple[LinkKind, str, str | None, str | None]


@dataclass
class CandidateDraft:
    """Every editable field of a candidate, as plain data."""

    full_name: str = ""
    preferred_name: str | None = None
    pronouns: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    github_url: str | None = None
    linkedin_url: str | None = None
    portfolio_url: str | None = None
    source: Source = Source.INBOUND
    source_detail: str | None = None
    referrer_name: str | None = None
    current_company: str | None = None
    current_title: str | None = None
    expectation: int | None = None
    expectation_currency: str | None = None
    expectation_period: PayPeriod | None = None
    availability: str | None = None
    notes: str = ""
    in_talent_pool: bool = False
    reach_out_on: date | None = None
    retain_until: date | None = None
    consent_on: date | None = None
    tags: list[str] = field(default_factory=list)
    #: Further e-mails, papers and other links, beyond the fields above.
    links: list[Link] = field(default_factory=list)
    #: The version of the record this draft was read from (the latest clock its row holds;
    #: 0 for a new one): an edit is checked against it (`services.concurrency`).
    version: int = field(default=0, compare=False)


def validate_candidate(d: CandidateDraft) -> list[Issue]:
    issues: list[Issue] = []
    if not clean_name(d.full_name):
        issues.append(Issue("full_name", "A candidate needs a name"))
    if d.email and not is_email(d.email):
        issues.append(Issue("email", f"“{d.email.strip()}” is not an e-mail address"))
    if d.github_url and github_key(d.github_url) is None:
        issues.append(Issue("github_url", "Not a GitHub profile link (github.com/NAME)"))
    if d.linkedin_url and linkedin_key(d.linkedin_url) is None:
        issues.append(Issue("linkedin_url", "Not a LinkedIn profile link (linkedin.com/in/NAME)"))
    issues.extend(Issue(f, m) for f, m in limits.length_problems({
        "full_name": d.full_name, "preferred_name": d.preferred_name, "pronouns": d.pronouns,
        "email": d.email, "phone": d.phone, "location": d.location, "github_url": d.github_url,
        "linkedin_url": d.linkedin_url, "portfolio_url": d.portfolio_url,
        "source_detail": d.source_detail, "referrer_name": d.referrer_name,
        "current_company": d.current_company, "current_title": d.current_title,
        "availability": d.availability, "notes": d.notes}))
    if d.expectation is not None:
        if d.expectation < 0:
            issues.append(Issue("expectation", "An expectation cannot be negative"))
        too_big = limits.amount_problem(d.expectation, "The expectation")
        if too_big:
            issues.append(Issue("expectation", too_big))
        code = (d.expectation_currency or "").strip().upper()
        if not is_currency(code):
            issues.append(Issue("expectation_currency",
                                "Choose the currency of the salary expectation"))
    if d.source is Source.REFERRAL and not (d.referrer_name or "").strip():
        issues.append(Issue("referrer_name", "Who referred them? (a referral without a name "
                            "cannot be thanked)", error=False))
    if d.in_talent_pool and d.reach_out_on is None:
        issues.append(Issue("reach_out_on", "Set a date to reach out again", error=False))
    for kind, value, label in d.links:
        if not value.strip():
            issues.append(Issue("links", f"Type the {kind.label.lower()}, or remove its row"))
        elif kind is LinkKind.EMAIL and not is_email(value):
            issues.append(Issue("links", f"“{value.strip()}” is not an e-mail address"))
        elif len(value) > limits.URL or len(label) > limits.SHORT:
            issues.append(Issue("links", f"A {kind.label.lower()} is too long (at most "
                                         f"{limits.URL:,} characters, its label "
                                         f"{limits.SHORT:,})"))
    return issues


def link_key(kind: LinkKind, value: str) -> str | None:
    """The normalised form duplicate checks compare (e-mails, phones, GitHub, LinkedIn)."""
    keys = {LinkKind.EMAIL: email_key, LinkKind.PHONE: phone_key,
            LinkKind.GITHUB: github_key, LinkKind.LINKEDIN: linkedin_key}
    return keys[kind](value) if kind in keys else None


def stored_links(d: CandidateDraft) -> list[StoredLink]:
    """The draft's links as stored: cleaned, URLs given a scheme, keyed, without repeats."""
    out: dict[tuple[LinkKind, str], StoredLink] = {}
    for kind, value, label in d.links:
        if kind is LinkKind.EMAIL:
            clean = email_key(value) or ""
        elif kind in (LinkKind.PHONE, LinkKind.OTHER):
            clean = " ".join(value.split())
        elif kind is LinkKind.GITHUB:
            clean = github_url(value) or ""
        else:
            clean = normalise_url(value) or ""
        if clean and (kind, clean) not in out:
            out[kind, clean] = (kind, clean, " ".join(label.split()) or None,
                                link_key(kind, clean))
    return list(out.values())


def derived_fields(full_name: str, phone: str | None, github: str | None,
                   linkedin: str | None) -> dict[str, str | None]:
    """The columns a candidate's stored name and contacts determine: the name to sort by and
    the keys duplicate checks compare. Every writer (the record, the import, the demo, a merge)
    and `storage.derived.recompute` take them from here, from the values as stored."""
    return {"sort_name": sort_name(full_name), "phone_key": phone_key(phone),
            "github_key": github_key(github), "linkedin_key": linkedin_key(linkedin)}


def consent_time(day: date | None) -> datetime | None:
    """The consent date as stored: midnight UTC of that day."""
    return None if day is None else datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def stored_fields(d: CandidateDraft) -> dict[str, object]:
    """The columns a draft becomes: cleaned text, lower-case e-mail, normalised keys."""
    def text(value: str | None) -> str | None:
        return " ".join(value.split()) if value and value.strip() else None

    name, phone = clean_name(d.full_name), text(d.phone)
    github, linkedin = github_url(d.github_url), normalise_url(d.linkedin_url)
    keys = derived_fields(name, phone, github, linkedin)
    return {
        "full_name": name,
        "sort_name": keys["sort_name"],
        "preferred_name": text(d.preferred_name),
        "pronouns": text(d.pronouns),
        "email": email_key(d.email),
        "phone": phone,
        "phone_key": keys["phone_key"],
        "location": text(d.location),
        "github_url": github,
        "github_key": keys["github_key"],
        "linkedin_url": linkedin,
        "linkedin_key": keys["linkedin_key"],
        "portfolio_url": normalise_url(d.portfolio_url),
        "source": d.source,
        "source_detail": text(d.source_detail),
        "referrer_name": text(d.referrer_name),
        "current_company": text(d.current_company),
        "current_title": text(d.current_title),
        "expectation": d.expectation,
        "expectation_currency": (d.expectation_currency or "").strip().upper() or None
        if d.expectation is not None else None,
        "expectation_period": d.expectation_period if d.expectation is not None else None,
        "availability": text(d.availability),
        "notes": d.notes.strip(),
        "in_talent_pool": d.in_talent_pool,
        "reach_out_on": d.reach_out_on if d.in_talent_pool else None,
        "retain_until": d.retain_until,
        "consent_at": consent_time(d.consent_on),
    }
