"""Ordered lists in the file: putting one row in its place, and format 2's gap-based positions.

The rule is `hirefile.domain.ordering`; the read order is `models.ordered.in_order`. Here are
the six ordered tables, what makes one list of each (`LISTS`), and the writes: `place` gives
one row its position among the others of its list (writing that row alone, unless the list has
to be renumbered, which is rare), `rearrange` makes a list follow a wanted order writing as few
rows as it can.
Format 4's ordered rows (a role's place in the hiring plan, `role.plan_position`, and the
onboarding template's items) follow the same rule through `rearrange`; they are not in `LISTS`,
whose tables format 2 respaced (`gap_positions`), since format 4 made them gap-based already.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from hirefile.domain import ordering
from hirefile.storage.models import (
    ExitReason,
    LoopStep,
    LoopStepQuestion,
    OnboardingItem,
    RoleStage,
    ScorecardQuestionNote,
)
from hirefile.storage.types import utcnow

#: Each ordered table, with the column whose value makes one list of it.
LISTS: dict[type[Any], str] = {
    RoleStage: "role_id",
    LoopStep: "role_id",
    LoopStepQuestion: "step_id",
    ScorecardQuestionNote: "scorecard_id",
    ExitReason: "kind",
    OnboardingItem: "application_id",
}


def _sort_key(row: Any) -> ordering.SortKey:
    return (row.position, row.id)


def rows_of_list(session: Session, row: Any) -> list[Any]:
    """Every row of `row`'s list, tombstones included, in order, as the session holds them:
    rows added or moved and not yet flushed count (nothing is flushed, since `row` may be
    new and not placed yet)."""
    model = type(row)
    column = LISTS[model]
    scope = getattr(row, column)
    with session.no_autoflush:
        rows = set(session.scalars(select(model).where(getattr(model, column) == scope)))
    rows.update(o for o in session.new if type(o) is model and getattr(o, column) == scope)
    return sorted((r for r in rows if r.position is not None), key=_sort_key)


def renumber(rows: Sequence[Any]) -> None:
    """Space out a whole list again, in its order (rare: its gaps are used up)."""
    for row, position in zip(rows, ordering.spread(len(rows)), strict=True):
        if row.position != position:
            row.position = position


def place(session: Session, row: Any, index: int | None) -> None:
    """Give `row` the position of `index` among the other live rows of its list (None: the
    end). The row may be new (not yet flushed). Writes its position only, unless the gap there
    is used up: then the list is renumbered first."""
    for attempt in range(2):
        everyone = rows_of_list(session, row)
        others = [r.position for r in everyone if r is not row and r.deleted_at is None]
        position = ordering.slot(others, index)
        if position is not None:
            if row.position != position:
                row.position = position
            return
        assert attempt == 0, "a renumbered list always has room"
        renumber([r for r in everyone if r is not row])


def move(session: Session, row: Any, index: int) -> float:
    """Move a live row to `index` (clamped) of its list's live rows; returns the position it
    had, for an undo to put back. Writes that one row (nothing when it is already there)."""
    old: float = row.position
    live = [r for r in rows_of_list(session, row) if r.deleted_at is None]
    if live.index(row) != max(0, min(index, len(live) - 1)):
        place(session, row, index)
    return old


def rearrange(wanted: Sequence[Any], column: str = "position") -> None:
    """Make `wanted` (live rows of one list, some perhaps new and unpositioned) read in that
    order, writing as few positions as possible; rows of the list not in `wanted` keep theirs.
    `column` names the position column (a role's place in the hiring plan is `plan_position`).
    """
    current = [(getattr(r, column), r.id) if getattr(r, column) is not None else None
               for r in wanted]
    positions = ordering.arrange(current)
    if positions is None:  # a gap is used up: the wanted rows take a fresh spread
        positions = ordering.spread(len(wanted))
    for row, position in zip(wanted, positions, strict=True):
        if getattr(row, column) != position:
            setattr(row, column, position)


def keep_list(session: Session, listed: Sequence[Any], dropped: Iterable[Any]) -> None:
    """A list saved whole: `listed` (live rows, some perhaps new) in that order, added to the
    session when new, and every row of `dropped` tombstoned."""
    rearrange(listed)
    for row in listed:
        if row not in session:
            session.add(row)
    for row in dropped:
        if row.deleted_at is None:
            row.deleted_at = utcnow()


def gap_positions(conn: Connection) -> None:
    """Format 2 step: dense positions 0, 1, 2, … become 0, 1024, 2048, … so an item fits
    between two others. Deterministic, and the order of every list stays as it was."""
    for model in LISTS:
        table = model.__table__
        conn.execute(sa.update(table).values(position=table.c.position * ordering.STEP))
