"""Anchored rating scales of a file: what a 1, 2, 3 and 4 look like on each skill axis and for
each question of the bank.

Axis anchors: Hirefile's defaults (`domain.anchors.AXIS_ANCHORS`), each overridden by an
`axis_anchor` row when the file words that axis its own way, as e-mail templates are
(`services/mail_templates.py`): saving Hirefile's wording keeps no row, `revert` tombstones
the row. One set per file, not per role: a Strong yes in software engineering looks the same
whichever role asks, and the role's weights already say how much the axis counts.

Question anchors live on the question (`question.anchors`, edited with it in the question
editor, `services.questions.update_question`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain import anchors as domain
from hirefile.domain.vocab import ActivityKind, Axis
from hirefile.errors import ValidationError
from hirefile.services import overrides, scorecards
from hirefile.services.activity import record
from hirefile.services.anchor_read import AxisScale as AxisScale
from hirefile.services.anchor_read import axis_scales as axis_scales
from hirefile.services.anchor_read import question_anchors as question_anchors
from hirefile.storage.models import AxisAnchors, ScorecardQuestionNote


def state(session: Session, axis: Axis) -> tuple[str, ...] | None:
    """What the file keeps for an axis: its wording, or None (Hirefile's)."""
    row = overrides.find(session, AxisAnchors.axis, axis)
    return None if row is None else tuple(row.anchors)


def restore(session: Session, axis: Axis, anchors: Iterable[str] | None) -> None:
    """Make the file keep `anchors` for `axis` (None: Hirefile's), without checks."""
    if anchors is None:
        overrides.drop(session, AxisAnchors.axis, axis)
    else:
        overrides.keep(session, AxisAnchors.axis, axis).anchors = list(anchors)


def save_axis(session: Session, axis: Axis, anchors: Iterable[str]) -> AxisScale:
    """Word an axis's anchors for this file: four texts (`domain.anchors.problem` says what is
    refused), or none to score that axis without anchors. Hirefile's wording keeps no row."""
    given = list(anchors)
    if message := domain.problem(given):
        raise ValidationError(message, field="anchors")
    kept = domain.cleaned(given)
    wanted: tuple[str, ...] | None = \
        None if tuple(kept) == domain.axis_anchors(axis) else tuple(kept)
    if state(session, axis) != wanted:
        restore(session, axis, wanted)
        record(session, ActivityKind.UPDATED, "axis_anchor", axis.value,
               f"Edited the anchors of {axis.label}", detail={"axis": axis.value})
    return axis_scales(session)[axis]


def revert_axis(session: Session, axis: Axis) -> AxisScale:
    """An axis back to Hirefile's anchors."""
    if state(session, axis) is not None:
        restore(session, axis, None)
        record(session, ActivityKind.UPDATED, "axis_anchor", axis.value,
               f"Reverted the anchors of {axis.label} to Hirefile's", detail={"axis": axis.value})
    return axis_scales(session)[axis]


def note_anchors(session: Session, interview_id: str, note_ids: Iterable[str]
                 ) -> dict[str, tuple[str, ...]]:
    """The anchors of the questions a scorecard notes, by note id (`ScorecardView`'s: a row's
    id, or "#n" for the n-th question of a scorecard not written yet); questions without
    anchors, and questions written in place, are left out."""
    notes = list(note_ids)
    asked: dict[str, str | None] = {}
    written = [n for n in notes if not n.startswith("#")]
    if written:
        asked.update((n, q) for n, q in session.execute(
            select(ScorecardQuestionNote.id, ScorecardQuestionNote.question_id)
            .where(ScorecardQuestionNote.id.in_(written))))
    if len(written) < len(notes):
        for i, (qid, _text) in enumerate(scorecards.step_questions(session, interview_id)):
            asked[f"#{i}"] = qid
    found = question_anchors(session, asked.values())
    return {n: found[q] for n in notes if (q := asked.get(n)) and q in found}
