"""The Interviews list: every interview, upcoming or past, ids in order and rows on demand.

A file of 50,000 candidates holds thousands of upcoming interviews and many more past ones, so
the list is a `LazyTableModel`: SQL sorts the ids (`services.interviews.list_ids`) and the
view fetches the rows (`InterviewData`) of the pages it paints. Times show in local time: they
are stored in UTC, and people think in their own clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from hirefile.domain.vocab import InterviewStatus
from hirefile.services import interviews
from hirefile.services.interviews import InterviewData
from hirefile.services.workspace import Unit
from hirefile.ui import theme
from hirefile.ui.models.columns import Column, when_text
from hirefile.ui.models.lazy import LazyTableModel

COL_WHEN, COL_LENGTH, COL_TITLE, COL_CANDIDATE, COL_ROLE, COL_PANEL, COL_STATUS = range(7)

_STATUS_TONES = {InterviewStatus.SCHEDULED: "ACCENT", InterviewStatus.DONE: "GREEN",
                 InterviewStatus.CANCELLED: "FAINT", InterviewStatus.NO_SHOW: "AMBER"}


def panel_text(row: InterviewData) -> str:
    return ", ".join(name for _pid, name in row.panel)


def _where(row: InterviewData) -> str | None:
    parts = [p for p in (row.location, row.link) if p]
    return "\n".join(parts) if parts else None


INTERVIEW_COLUMNS: tuple[Column, ...] = (
    Column("When", lambda r: when_text(r.starts_at), 212, sort="when", emphasis=True,
           tip=_where),
    Column("Length", lambda r: f"{r.minutes} min", 74, sort="length", align_right=True),
    Column("Interview", lambda r: r.title, 200, sort="title"),
    Column("Candidate", lambda r: r.candidate, 200, sort="candidate"),
    Column("Role", lambda r: r.role, 200, sort="role"),
    Column("Panel", panel_text, 220, stretch=True),
    Column("Status", lambda r: r.status.label, 96, sort="status",
           tone=lambda r: theme.colour_of(_STATUS_TONES.get(r.status))),
)


class InterviewsModel(LazyTableModel):
    """Upcoming or past interviews (`row_at(i)` gives the `InterviewData`)."""

    columns = INTERVIEW_COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._past = False

    def set_past(self, past: bool) -> None:
        """Show past interviews (or upcoming ones) in their natural order, from the next
        `refresh`: when, most recent first for past ones, soonest first for upcoming ones."""
        self._past = past
        self._sort_column, self._descending = COL_WHEN, past

    @property
    def natural_sort(self) -> tuple[int, Qt.SortOrder]:
        return COL_WHEN, (Qt.SortOrder.DescendingOrder if self._past
                          else Qt.SortOrder.AscendingOrder)

    def query_ids(self, session: Unit, sort: str, descending: bool) -> list[str]:
        return interviews.list_ids(session, past=self._past, sort=sort, descending=descending)

    def query_rows(self, session: Unit, ids: Sequence[str]) -> dict[str, Any]:
        return {d.id: d for d in interviews.interviews_data(session, ids)}

    def row_of(self, interview_id: str) -> int | None:
        """The row showing `interview_id`, if it is listed."""
        try:
            return self._ids.index(interview_id)
        except ValueError:
            return None

    @property
    def rows(self) -> list[InterviewData]:
        """Every listed row, fetched page by page (for tests and small files: the view
        itself only ever asks for the rows it paints)."""
        return [r for r in (self.row_at(i) for i in range(self.rowCount())) if r is not None]


def interviews_model(parent: QObject | None = None) -> InterviewsModel:
    """The model of the Interviews page."""
    return InterviewsModel(parent)
