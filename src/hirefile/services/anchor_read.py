"""The anchors a file scores with (services/anchors.py keeps their writes): SQL text for both
backends (storage/rows.py), so `hirefile export packet` reads them without SQLAlchemy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hirefile.domain import anchors as domain
from hirefile.domain.vocab import Axis
from hirefile.storage.rows import rows_of, stored_choice, stored_list

#: The file's own wording per axis (the newest row wins when a merge brought two).
AXIS_ANCHORS = ("SELECT axis, anchors FROM axis_anchor WHERE deleted_at IS NULL "
                "ORDER BY created_at, id")
QUESTION_ANCHORS = "SELECT id, anchors FROM question WHERE id IN :ids"


@dataclass(frozen=True)
class AxisScale:
    """One axis's anchors as this file scores with them; `changed` when the file words them
    its own way."""

    axis: Axis
    anchors: tuple[str, ...]
    changed: bool = False


def axis_scales(source: Any) -> dict[Axis, AxisScale]:
    """Every axis's anchors, as this file words them (one query)."""
    kept = {stored_choice(Axis, axis): tuple(stored_list(anchors))
            for axis, anchors in rows_of(source).all(AXIS_ANCHORS)}
    return {axis: AxisScale(axis, kept[axis], True) if axis in kept else
            AxisScale(axis, domain.axis_anchors(axis)) for axis in Axis}


def question_anchors(source: Any, question_ids: Iterable[str | None]
                     ) -> dict[str, tuple[str, ...]]:
    """The anchors of the given questions (those that have any), by id, in one query."""
    ids = sorted({i for i in question_ids if i})
    if not ids:
        return {}
    return {qid: tuple(found) for qid, anchors in rows_of(source).all(QUESTION_ANCHORS, ids=ids)
            if (found := stored_list(anchors))}
