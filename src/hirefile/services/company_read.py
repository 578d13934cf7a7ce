"""The company profile as screens and documents read it: one SQL text for both backends.

Run by storage/rows.py on a file's sqlite3 connection (`hirefile export` reads it before
SQLAlchemy is loaded) or an open `Database`'s session; services/company.py keeps the writes
and gives these reads to its callers.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hirefile.domain.offers import DEFAULT_TEMPLATE
from hirefile.domain.retention import RetentionRule
from hirefile.domain.vocab import CompanyStage
from hirefile.storage.rows import rows_of, stored_choice

#: The profile row (one per file; the oldest live one if a merge brought two).
PROFILE = ("FROM company_profile WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 1")
COMPANY = ("SELECT name, address, website, signatory_name, signatory_title, default_currency, "
           "stage, offer_letter_template, logo_mime, about, benefits, how_to_apply, time_zone "
           + PROFILE)
LOGO = "SELECT logo, logo_mime " + PROFILE
RETENTION = "SELECT retention_months, retention_in_job_description " + PROFILE


@dataclass(frozen=True)
class CompanyDraft:
    """Every editable text field of the profile (the logo has its own functions)."""

    name: str = ""
    address: str = ""
    website: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    default_currency: str = "USD"
    stage: CompanyStage | None = None
    #: The company in its own words, for job descriptions ("" when not written).
    about: str = ""
    benefits: str = ""
    how_to_apply: str = ""
    #: The IANA time zone interview times are printed in (such as `Europe/Berlin`); "" for
    #: the machine's own.
    time_zone: str = ""


@dataclass(frozen=True)
class CompanyData(CompanyDraft):
    """The profile as screens and documents read it: the draft's fields, and what is not
    typed in the profile's fields (no logo bytes: see `company_logo`)."""

    #: The custom offer letter template, or None when the built-in one is used.
    offer_letter_template: str | None = None
    logo_mime: str | None = None

    @property
    def has_logo(self) -> bool:
        return self.logo_mime is not None

    @property
    def letter_template(self) -> str:
        """The template letters use: the custom one, or the built-in default."""
        return self.offer_letter_template or DEFAULT_TEMPLATE


def company(source: Any) -> CompanyData:
    """The profile, or an empty one when the file has none yet (reading never makes it)."""
    found = rows_of(source).all(COMPANY)
    if not found:
        return CompanyData()
    (name, address, website, signatory_name, signatory_title, currency, stage, template, mime,
     about, benefits, how_to_apply, zone) = found[0]
    return CompanyData(
        name=name or "", address=address or "", website=website or "",
        signatory_name=signatory_name or "", signatory_title=signatory_title or "",
        default_currency=(currency or "USD").upper(),
        stage=stored_choice(CompanyStage, stage) if stage else None,
        offer_letter_template=template or None, logo_mime=mime or None,
        about=about or "", benefits=benefits or "", how_to_apply=how_to_apply or "",
        time_zone=zone or "")


def draft_of(c: CompanyData) -> CompanyDraft:
    """The editable fields of a profile read by `company`."""
    return CompanyDraft(**{f.name: getattr(c, f.name) for f in fields(CompanyDraft)})


def company_logo(source: Any) -> tuple[bytes, str] | None:
    """The logo's bytes and MIME type, read only when asked."""
    found = rows_of(source).all(LOGO)
    if not found or not found[0][0] or not found[0][1]:
        return None
    return bytes(found[0][0]), found[0][1]


def retention_rule(source: Any) -> RetentionRule:
    """The file's retention rule (services/retention.py keeps its writes)."""
    found = rows_of(source).all(RETENTION)
    if not found:
        return RetentionRule()
    return RetentionRule(found[0][0], bool(found[0][1]))


def zone_of(c: CompanyData) -> ZoneInfo | None:
    """The zone interview times are shown in: the profile's, or None for this machine's own
    (when the profile names none, or one this machine does not know)."""
    if c.time_zone:
        try:
            return ZoneInfo(c.time_zone)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long, a folder
            pass
    return None
