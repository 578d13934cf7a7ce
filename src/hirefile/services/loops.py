"""A role's interview loop: ordered steps, each with minutes, axes and questions.

Steps and their questions are ordered lists (`domain.ordering`): adding, moving or removing
one writes that row alone; a removed step is tombstoned and keeps its position, so restoring
it (undo) puts it back where it was.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.vocab import Axis, StepKind
from hirefile.errors import NotFound, ValidationError
from hirefile.services.loop_read import (  # the reads, given to callers
    LoopData as LoopData,
)
from hirefile.services.loop_read import (
    StepData as StepData,
)
from hirefile.services.loop_read import (
    StepQuestion as StepQuestion,
)
from hirefile.services.loop_read import (
    loop as loop,
)
from hirefile.storage import ordering
from hirefile.storage.models import LoopStep, LoopStepQuestion
from hirefile.storage.models.ordered import in_order
from hirefile.storage.types import utcnow


def _live_steps(session: Session, role_id: str) -> list[LoopStep]:
    return list(session.scalars(
        select(LoopStep).where(LoopStep.role_id == role_id, LoopStep.deleted_at.is_(None))
        .order_by(*in_order(LoopStep))))


def _step(session: Session, step_id: str) -> LoopStep:
    step = session.get(LoopStep, step_id)
    if step is None or step.deleted_at is not None:
        raise NotFound("That loop step no longer exists")
    return step


def _validate(title: str, minutes: int, axes: list[Axis], kind: StepKind,
              expected_hours: float | None) -> None:
    if not title.strip():
        raise ValidationError("A step needs a title", field="title")
    if not 5 <= minutes <= 8 * 60:
        raise ValidationError("A step lasts between 5 minutes and 8 hours", field="minutes")
    if not axes:
        raise ValidationError("Choose at least one axis the step assesses", field="axes")
    if kind is StepKind.TAKE_HOME and (expected_hours is None or expected_hours <= 0):
        raise ValidationError("Say how many hours the take-home is expected to take",
                              field="expected_hours")
    if expected_hours is not None and expected_hours > 40:
        raise ValidationError("A take-home of more than 40 hours is not a take-home",
                              field="expected_hours")


def add_step(session: Session, role_id: str, *, kind: StepKind, title: str, minutes: int,
             axes: list[Axis], expected_hours: float | None = None, notes: str = "",
             index: int | None = None) -> LoopStep:
    """A new step at `index` of the loop (None: at the end); writes that one row."""
    _validate(title, minutes, axes, kind, expected_hours)
    step = LoopStep(role_id=role_id, kind=kind, title=" ".join(title.split()), minutes=minutes,
                    axes=[a.value for a in axes], expected_hours=expected_hours, notes=notes)
    ordering.place(session, step, index)
    session.add(step)
    return step


def update_step(session: Session, step_id: str, *, kind: StepKind, title: str, minutes: int,
                axes: list[Axis], expected_hours: float | None = None, notes: str = "",
                alternative_step_id: str | None = None) -> None:
    _validate(title, minutes, axes, kind, expected_hours)
    step = _step(session, step_id)
    if alternative_step_id == step_id:
        raise ValidationError("A step cannot be its own alternative")
    values = {"kind": kind, "title": " ".join(title.split()), "minutes": minutes,
              "axes": [a.value for a in axes], "expected_hours": expected_hours,
              "notes": notes, "alternative_step_id": alternative_step_id}
    for name, value in values.items():
        if getattr(step, name) != value:
            setattr(step, name, value)


def move_step(session: Session, step_id: str, new_index: int) -> float:
    """Move a step to `new_index` of the loop (clamped), writing that step alone; returns the
    position it had, for `put_step_back`."""
    return ordering.move(session, _step(session, step_id), new_index)


def put_step_back(session: Session, step_id: str, position: float) -> None:
    """Undo of `move_step`: the step takes its old position again (one row)."""
    _step(session, step_id).position = position


def remove_step(session: Session, step_id: str) -> None:
    """Tombstone a step (it keeps its position for an undo); steps that named it as their
    alternative lose that link."""
    step = _step(session, step_id)
    step.deleted_at = utcnow()
    for other in _live_steps(session, step.role_id):
        if other.alternative_step_id == step_id:
            other.alternative_step_id = None


def restore_step(session: Session, step_id: str) -> None:
    """Undo of `remove_step`: the step comes back at the position it kept."""
    step = session.get(LoopStep, step_id)
    if step is None:
        raise NotFound("That loop step no longer exists")
    step.deleted_at = None


def add_step_question(session: Session, step_id: str, *, question_id: str | None = None,
                      text: str | None = None) -> LoopStepQuestion:
    """Attach a bank question, or a question written in place, at the end of the step."""
    step = _step(session, step_id)
    if (question_id is None) == (not (text or "").strip()):
        raise ValidationError("Choose a question from the bank or write one")
    existing = [q for q in step.questions if q.deleted_at is None]
    if question_id is not None and any(q.question_id == question_id for q in existing):
        raise ValidationError("That question is already in this step")
    lq = LoopStepQuestion(step_id=step_id, question_id=question_id,
                          text=" ".join(text.split()) if text else None)
    ordering.place(session, lq, None)
    step.questions.append(lq)
    return lq


def remove_step_question(session: Session, link_id: str) -> None:
    lq = session.get(LoopStepQuestion, link_id)
    if lq is None or lq.deleted_at is not None:
        raise NotFound("That question is no longer in the step")
    lq.deleted_at = utcnow()


def restore_step_question(session: Session, link_id: str) -> None:
    lq = session.get(LoopStepQuestion, link_id)
    if lq is None:
        raise NotFound("That question no longer exists")
    lq.deleted_at = None
