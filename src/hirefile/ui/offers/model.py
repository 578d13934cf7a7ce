"""The Offers page's table: one row per offer, status coloured, lapsed deadlines in amber.

Offers stay few (one or two per hire), so the whole list is read at once and filtered and
sorted in Python (`RowListModel`). An offer whose expiry date has passed while it was still
out, or that is marked expired, shows its date in amber, so nothing lapses unnoticed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from hirefile.domain.names import fold
from hirefile.domain.offers import EXPIRING_STATUSES, OPEN_STATUSES
from hirefile.domain.vocab import OfferStatus
from hirefile.services.listing import OfferRow
from hirefile.ui import theme
from hirefile.ui.models.columns import Column, day_text
from hirefile.ui.models.rows import RowListModel
from hirefile.ui.offers.style import STATUS_TONES_BY_LABEL

S = OfferStatus
COL_CANDIDATE, COL_ROLE, COL_STATUS, COL_BASE, COL_START, COL_EXPIRES, COL_UPDATED = range(7)
_STATUS_ORDER = {s.label: i for i, s in enumerate(S)}
_OUT = {s.label for s in EXPIRING_STATUSES}
_OPEN = {s.label for s in OPEN_STATUSES}

#: The status filter: (label, the status labels it keeps, or None for every offer).
FILTERS: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("All offers", None),
    ("Open (draft, approved, sent)", frozenset(_OPEN)),
    *((s.label, frozenset({s.label})) for s in S),
)


def lapsed(r: OfferRow, today: date | None = None) -> bool:
    """Expired, or still out (approved, sent) after its last day."""
    if r.status == S.EXPIRED.label:
        return True
    return (r.status in _OUT and r.expires_on is not None
            and r.expires_on < (today or date.today()))


def _expires_text(r: OfferRow) -> str:
    text = day_text(r.expires_on)
    if r.status in (S.ACCEPTED.label, S.DECLINED.label, S.WITHDRAWN.label):
        return ""  # decided: the deadline no longer means anything
    if not text or r.status not in _OPEN:
        return text
    days = (r.expires_on - date.today()).days if r.expires_on else 0
    if days < 0:
        return f"{text} · passed"
    if days == 0:
        return f"{text} · today"
    return f"{text} · {days} d left"


def _expires_tone(r: OfferRow) -> str | None:
    if lapsed(r):
        return theme.AMBER
    if r.status in _OUT and r.expires_on is not None \
            and (r.expires_on - date.today()).days <= 2:
        return theme.AMBER  # the last days: worth a call to the candidate
    return None


def _expires_tip(r: OfferRow) -> str | None:
    if r.status == S.EXPIRED.label:
        return f"Lapsed: it was open until {day_text(r.expires_on)}"
    if lapsed(r):
        return "Its expiry date has passed; it will be marked expired"
    return None


OFFER_PAGE_COLUMNS: tuple[Column, ...] = (
    Column("Candidate", lambda r: r.candidate, 220, key=lambda r: fold(r.candidate),
           emphasis=True),
    Column("Role", lambda r: r.role, 240, key=lambda r: fold(r.role), stretch=True),
    Column("Status", lambda r: r.status, 110, key=lambda r: _STATUS_ORDER.get(r.status, 99),
           tone=lambda r: theme.colour_of(STATUS_TONES_BY_LABEL.get(r.status))),
    Column("Base salary", lambda r: r.base, 140, align_right=True),
    Column("Start", lambda r: day_text(r.start_date), 115,
           key=lambda r: r.start_date or date.min),
    Column("Expires", _expires_text, 170, key=lambda r: r.expires_on or date.min,
           tone=_expires_tone, tip=_expires_tip),
    Column("Updated", lambda r: day_text(r.updated_at), 115, key=lambda r: r.updated_at),
)


def offers_model(parent: QObject | None = None) -> RowListModel:
    return RowListModel(OFFER_PAGE_COLUMNS, parent)


def filtered(rows: list[OfferRow], keep: frozenset[str] | None) -> list[OfferRow]:
    return list(rows) if keep is None else [r for r in rows if r.status in keep]
