"""The candidates list: every live candidate, sorted and searched in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from hirefile.services import listing
from hirefile.services.listing import CandidateRow
from hirefile.services.workspace import Unit
from hirefile.ui.models.applications import CLOSED_STAGES
from hirefile.ui.models.columns import Column, day_text
from hirefile.ui.models.lazy import LazyTableModel

COL_NAME, COL_ROLES, COL_CURRENTLY, COL_LOCATION, COL_SOURCE, COL_ADDED, COL_EMAIL = range(7)


def _tip_roles(r: CandidateRow) -> str | None:
    return r.roles.replace("; ", "\n") or None


def _roles_text(r: CandidateRow) -> str:
    """The application that matters most (the latest one still in process), and how many more.

    Showing every role and stage made the column unreadably long for people in several
    pipelines; the tooltip lists them all.
    """
    parts = [p for p in r.roles.split("; ") if p]
    if len(parts) <= 1:
        return r.roles
    open_ones = [p for p in parts if p.rpartition(" · ")[2] not in CLOSED_STAGES]
    shown = (open_ones or parts)[-1]
    return f"{shown}  (+{len(parts) - 1})"


def _currently(r: CandidateRow) -> str:
    if r.title and r.company:
        return f"{r.title}, {r.company}"
    return r.title or r.company


COLUMNS: tuple[Column, ...] = (
    Column("Name", lambda r: r.name, 210, sort="name", emphasis=True,
           tip=lambda r: f"{r.name}\n{r.email}" if r.email else r.name),
    Column("Roles and stages", _roles_text, 260, tip=_tip_roles, stretch=True),
    Column("Currently", _currently, 230, sort="company", tip=_currently),
    Column("Location", lambda r: r.location, 160, sort="location"),
    Column("Source", lambda r: r.source, 100, sort="source"),
    Column("Added", lambda r: day_text(r.created_at), 112, sort="created"),
    Column("E-mail", lambda r: r.email, 220, sort="email", hidden=True),
)


class CandidatesModel(LazyTableModel):
    """Candidates, optionally narrowed by a search text (name or e-mail, matched in SQL)."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._due_on: date | None = None

    @property
    def due_on(self) -> date | None:
        """When set, only talent-pool candidates due for a reach-out by this day are listed."""
        return self._due_on

    def set_due_on(self, day: date | None) -> None:
        if day != self._due_on:
            self._due_on = day
            self.refresh()

    @property
    def search_text(self) -> str:
        return self._text

    def set_search_text(self, text: str) -> None:
        text = text.strip()
        if text != self._text:
            self._text = text
            self.refresh()

    def query_ids(self, session: Unit, sort: str, descending: bool) -> list[str]:
        return listing.candidate_ids(session, sort=sort, descending=descending,
                                     text=self._text or None, due_on=self._due_on)

    def query_rows(self, session: Unit, ids: Sequence[str]) -> dict[str, Any]:
        return listing.candidate_rows(session, ids)
