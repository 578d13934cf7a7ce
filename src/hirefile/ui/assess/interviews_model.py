"""The Interviews list: one row per interview, read whole (a desk has hundreds, not 50,000).

Rows are `services.interviews.InterviewData`; the columns are a table a reader can scan.
Times show in local time: they are stored in UTC, and people think in their own clock.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject

from hirefile.domain.names import fold
from hirefile.domain.vocab import InterviewStatus
from hirefile.services.interviews import InterviewData
from hirefile.ui import theme
from hirefile.ui.models.columns import Column, when_text
from hirefile.ui.models.rows import RowListModel

_LATEST = datetime.max.replace(tzinfo=timezone.utc)

COL_WHEN, COL_LENGTH, COL_TITLE, COL_CANDIDATE, COL_ROLE, COL_PANEL, COL_STATUS = range(7)

_STATUS_TONES = {InterviewStatus.SCHEDULED: theme.ACCENT, InterviewStatus.DONE: theme.GREEN,
                 InterviewStatus.CANCELLED: theme.FAINT, InterviewStatus.NO_SHOW: theme.AMBER}


def panel_text(row: InterviewData) -> str:
    return ", ".join(name for _pid, name in row.panel)


def _where(row: InterviewData) -> str | None:
    parts = [p for p in (row.location, row.link) if p]
    return "\n".join(parts) if parts else None


INTERVIEW_COLUMNS: tuple[Column, ...] = (
    Column("When", lambda r: when_text(r.starts_at), 190,
           key=lambda r: r.starts_at or _LATEST, emphasis=True, tip=_where),
    Column("Length", lambda r: f"{r.minutes} min", 74, key=lambda r: r.minutes,
           align_right=True),
    Column("Interview", lambda r: r.title, 200, key=lambda r: fold(r.title)),
    Column("Candidate", lambda r: r.candidate, 200, key=lambda r: fold(r.candidate)),
    Column("Role", lambda r: r.role, 200, key=lambda r: fold(r.role)),
    Column("Panel", panel_text, 220, key=lambda r: fold(panel_text(r)), stretch=True),
    Column("Status", lambda r: r.status.label, 96, key=lambda r: r.status.label,
           tone=lambda r: _STATUS_TONES.get(r.status)),
)


def interviews_model(parent: QObject | None = None) -> RowListModel:
    """The model of the Interviews page (`row_at(i)` gives the `InterviewData`)."""
    return RowListModel(INTERVIEW_COLUMNS, parent)
