"""The company profile: what letterheads and job descriptions say about the company hiring.

One row per file. Reading never creates it (a read-only file must stay untouched); the first
update does. The logo is kept in the file, like attachments, so copying the file copies it.
"""

from __future__ import annotations

import struct

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.money import is_currency
from hirefile.domain.offers import DEFAULT_TEMPLATE
from hirefile.domain.vocab import ActivityKind
from hirefile.errors import ValidationError
from hirefile.services import company_read
from hirefile.services.activity import record
from hirefile.services.company_read import (  # the reads, given to callers
    CompanyData as CompanyData,
)
from hirefile.services.company_read import (
    CompanyDraft as CompanyDraft,
)
from hirefile.services.company_read import (
    company as company,
)
from hirefile.services.company_read import (
    company_logo as company_logo,
)
from hirefile.services.company_read import (
    zone_of as zone_of,
)
from hirefile.settings import time_zone_name
from hirefile.storage.models import CompanyProfile

#: Larger logos only make every letter heavy; a letterhead shows one a few centimetres wide.
MAX_LOGO_BYTES = 2 * 1024 * 1024


def profile_row(session: Session) -> CompanyProfile | None:
    """The profile's row, for a write (reads go through `company`, one SQL text)."""
    return session.scalars(select(CompanyProfile).where(CompanyProfile.deleted_at.is_(None))
                           .order_by(CompanyProfile.created_at, CompanyProfile.id)).first()


def profile_row_for_write(session: Session) -> CompanyProfile:
    profile = profile_row(session)
    if profile is None:
        profile = CompanyProfile()
        session.add(profile)
    return profile


def default_currency(session: Session) -> str:
    """The company's default currency (upper case; USD when the file names none)."""
    return company(session).default_currency


def company_draft(session: Session) -> CompanyDraft:
    """The profile's editable fields as the company profile dialog starts from them: the
    same read as `company` (every field named once, in `CompanyDraft`)."""
    return company_read.draft_of(company(session))


def update_company(session: Session, draft: CompanyDraft) -> CompanyData:
    """Save the profile's text fields (trimmed; the address keeps its lines)."""
    currency = draft.default_currency.strip().upper()
    if not is_currency(currency):
        raise ValidationError(f"“{draft.default_currency}” is not an ISO 4217 currency code",
                              field="default_currency")
    website = draft.website.strip()
    if any(ch.isspace() for ch in website):
        raise ValidationError("A web address has no spaces", field="website")
    if len(draft.name.strip()) > 200:
        raise ValidationError("Keep the company name under 200 characters", field="name")
    address = "\n".join(line.strip() for line in draft.address.strip().splitlines())
    zone = check_time_zone(draft.time_zone)
    values = {
        "name": " ".join(draft.name.split()), "address": address, "website": website or None,
        "signatory_name": " ".join(draft.signatory_name.split()) or None,
        "signatory_title": " ".join(draft.signatory_title.split()) or None,
        "default_currency": currency, "stage": draft.stage,
        "about": draft.about.strip() or None, "benefits": draft.benefits.strip() or None,
        "how_to_apply": draft.how_to_apply.strip() or None, "time_zone": zone,
    }
    p = profile_row_for_write(session)
    changed = [name for name, value in values.items() if getattr(p, name) != value]
    for name in changed:
        setattr(p, name, values[name])
    if changed:
        record(session, ActivityKind.UPDATED, "company_profile", p.id,
               "Updated the company profile", detail={"fields": changed})
    return company(session)


def check_time_zone(name: str) -> str | None:
    """An IANA time zone name as stored (None for the machine's own zone), or a
    `ValidationError` naming what was typed."""
    return time_zone_name(name) or None


# the logo --------------------------------------------------------------------------------------

def image_kind(data: bytes) -> str | None:
    """`image/png` or `image/jpeg` when `data` really is one (its signature and header are
    sound), else None. Checked by content, never by the file's name."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 33 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return "image/png" if width and height else None
    if data.startswith(b"\xff\xd8\xff") and len(data) > 4:
        return "image/jpeg" if _jpeg_has_frame(data) else None
    return None


def _jpeg_has_frame(data: bytes) -> bool:
    """Walk the JPEG markers up to a start-of-frame with a non-zero size."""
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return False
        marker = data[i + 1]
        if marker == 0xFF:
            i += 1
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return bool(width and height)
        if marker == 0xDA or length < 2:
            return False
        i += 2 + length
    return False


def set_logo(session: Session, data: bytes | None, mime: str | None = None) -> str | None:
    """Store a PNG or JPEG logo (under 2 MB), or remove it with None; returns its MIME type.

    The type is read from the bytes; a `mime` given by the caller (from a file dialog) must
    agree with them, so a renamed GIF or a truncated download is refused, not stored.
    """
    p = profile_row_for_write(session)
    if data is None or not data:
        p.logo, p.logo_mime = None, None
        record(session, ActivityKind.UPDATED, "company_profile", p.id, "Removed the logo")
        return None
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(
            f"The logo is {len(data) / 1024 / 1024:.1f} MB; use an image under 2 MB", "logo")
    found = image_kind(data)
    if found is None or (mime is not None and mime.lower().replace("jpg", "jpeg") != found):
        raise ValidationError("The logo must be a PNG or JPEG image", field="logo")
    mime = found
    p.logo, p.logo_mime = data, mime
    record(session, ActivityKind.UPDATED, "company_profile", p.id, "Changed the logo")
    return mime


# the offer letter template ---------------------------------------------------------------------

def set_letter_template(session: Session, text: str | None) -> None:
    """Keep a custom offer letter template; None or blank goes back to the built-in one."""
    value = (text or "").strip("\n") or None
    if value is not None and value.strip() == DEFAULT_TEMPLATE.strip():
        value = None
    p = profile_row_for_write(session)
    if p.offer_letter_template != value:
        p.offer_letter_template = value
        record(session, ActivityKind.UPDATED, "company_profile", p.id,
               "Changed the offer letter template" if value else
               "Went back to the built-in offer letter template")
