"""The pipeline list: applications with their stage and how long they have waited in it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject

from hirefile.domain.stages import DEFAULT_STAGES
from hirefile.domain.stages import is_waiting as waiting_rule
from hirefile.domain.vocab import StageKind
from hirefile.services import listing
from hirefile.services.listing import ApplicationRow
from hirefile.services.workspace import Unit
from hirefile.ui import preferences, theme
from hirefile.ui.models.columns import Column, count_text, day_text
from hirefile.ui.models.lazy import LazyTableModel
from hirefile.ui.text import isolate

#: Stage names that end a pipeline (hired or an exit), by the default pipeline's names.
CLOSED_STAGES = frozenset(s.name for s in DEFAULT_STAGES if s.kind != StageKind.ACTIVE)

COL_CANDIDATE, COL_ROLE, COL_STAGE, COL_DAYS, COL_SOURCE, COL_APPLIED = range(6)

_STAGE_TONES = {StageKind.HIRED.value: "GREEN", StageKind.REJECTED.value: "FAINT",
                StageKind.WITHDREW.value: "FAINT"}


def is_waiting(r: ApplicationRow) -> bool:
    """Still in process and left in one stage longer than a candidate should wait."""
    return waiting_rule(StageKind(r.stage_kind), r.days_in_stage, preferences.waiting_days())


def _days_text(r: ApplicationRow) -> str:
    return ("⚠ " if is_waiting(r) else "") + count_text(r.days_in_stage, "day")


def _days_tip(r: ApplicationRow) -> str | None:
    if is_waiting(r):
        return (f"Waiting {r.days_in_stage} days in {isolate(r.stage)}: more than "
                f"{preferences.waiting_days()} days without a move")
    return None


COLUMNS: tuple[Column, ...] = (
    Column("Candidate", lambda r: r.candidate, 230, sort="candidate", emphasis=True),
    # the page gives Role what the others leave, never less than a title's width (pipeline.py)
    Column("Role", lambda r: r.role, 260, sort="role", tip=lambda r: r.role),
    Column("Stage", lambda r: r.stage, 130, sort="stage",
           tone=lambda r: theme.colour_of(_STAGE_TONES.get(r.stage_kind))),
    Column("In stage", _days_text, 115, sort="days",
           tone=lambda r: theme.AMBER if is_waiting(r) else None, tip=_days_tip),
    Column("Source", lambda r: r.source, 115),
    Column("Applied", lambda r: day_text(r.applied_at), 120, sort="applied"),
)


class ApplicationsModel(LazyTableModel):
    """Applications, for one role or all, in process only unless closed ones are asked for."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role_id: str | None = None
        self._active_only = True
        self._sort_column = COL_STAGE

    def set_filter(self, role_id: str | None, active_only: bool) -> bool:
        """Narrow the list; True when that re-read the ids (the filter changed)."""
        if (role_id, active_only) == (self._role_id, self._active_only):
            return False
        self._role_id, self._active_only = role_id, active_only
        self.refresh()
        return True

    def query_ids(self, session: Unit, sort: str, descending: bool) -> list[str]:
        return listing.application_ids(session, sort=sort, descending=descending,
                                       role_id=self._role_id, active_only=self._active_only)

    def query_rows(self, session: Unit, ids: Sequence[str]) -> dict[str, Any]:
        return listing.application_rows(session, ids)
