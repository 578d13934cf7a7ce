"""Column tables of the short lists: roles and offers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from hirefile.domain.names import fold
from hirefile.services.listing import OfferRow
from hirefile.ui import theme
from hirefile.ui.models.columns import Column, day_text
from hirefile.ui.models.rows import RowListModel

ROLE_COL_TITLE, ROLE_COL_STATUS, ROLE_COL_TYPE, ROLE_COL_LEVEL, ROLE_COL_PAY, \
    ROLE_COL_LOCATION, ROLE_COL_IN_PROCESS, ROLE_COL_TOTAL = range(8)

#: Roles read best with the ones being hired for first.
ROLE_STATUS_ORDER = {"Open": 0, "Paused": 1, "Draft": 2, "Filled": 3, "Closed": 4}
_ROLE_STATUS_TONES = {"Open": "ACCENT", "Paused": "AMBER", "Filled": "GREEN",
                      "Closed": "FAINT", "Draft": "MUTED"}

ROLE_COLUMNS: tuple[Column, ...] = (
    Column("Title", lambda r: r.title, 280, key=lambda r: fold(r.title), emphasis=True,
           stretch=True),
    Column("Status", lambda r: r.status, 90, key=lambda r: ROLE_STATUS_ORDER.get(r.status, 9),
           tone=lambda r: theme.colour_of(_ROLE_STATUS_TONES.get(r.status))),
    Column("Type", lambda r: r.employment_type, 100, key=lambda r: r.employment_type),
    Column("Level", lambda r: r.level, 130, key=lambda r: r.level),
    Column("Pay", lambda r: r.pay, 200),  # a formatted range: not sortable as text
    Column("Location", lambda r: r.location, 190, key=lambda r: fold(r.location)),
    Column("In process", lambda r: f"{r.in_process:,}", 95, key=lambda r: r.in_process,
           align_right=True),
    Column("Total", lambda r: f"{r.total:,}", 70, key=lambda r: r.total, align_right=True),
)


def roles_model(parent: QObject | None = None) -> RowListModel:
    return RowListModel(ROLE_COLUMNS, parent)


_OFFER_STATUS_TONES = {"Accepted": "GREEN", "Sent": "ACCENT", "Approved": "INDIGO",
                       "Declined": "RED", "Expired": "FAINT", "Withdrawn": "FAINT"}


def _expiry_tone(r: OfferRow) -> str | None:
    if r.expires_on and r.status in ("Sent", "Approved") and r.expires_on <= date.today():
        return theme.AMBER
    return None


OFFER_COLUMNS: tuple[Column, ...] = (
    Column("Candidate", lambda r: r.candidate, 220, key=lambda r: fold(r.candidate),
           emphasis=True),
    Column("Role", lambda r: r.role, 260, key=lambda r: fold(r.role), stretch=True),
    Column("Status", lambda r: r.status, 110, key=lambda r: r.status,
           tone=lambda r: theme.colour_of(_OFFER_STATUS_TONES.get(r.status))),
    Column("Base salary", lambda r: r.base, 150, align_right=True),  # text: not sortable
    Column("Start", lambda r: day_text(r.start_date), 120,
           key=lambda r: r.start_date or date.min),
    Column("Expires", lambda r: day_text(r.expires_on), 120,
           key=lambda r: r.expires_on or date.min, tone=_expiry_tone),
    Column("Updated", lambda r: day_text(r.updated_at), 120, key=lambda r: r.updated_at),
)


def offers_model(parent: QObject | None = None) -> RowListModel:
    return RowListModel(OFFER_COLUMNS, parent)
