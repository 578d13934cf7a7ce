"""A role's interview loop as the loop editor and the documents read it: SQL text for both
backends (storage/rows.py), so `hirefile export` reads it without SQLAlchemy. Its writes are
in services/loops.py, which gives these reads to its callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hirefile.domain.roles import StepLoad, loop_minutes, loop_warnings
from hirefile.domain.vocab import Axis, StepKind
from hirefile.storage.rows import rows_of, stored_choice, stored_list

#: The role's live steps in the loop's order (`storage/models/ordered.py` `in_order`).
STEPS = ("SELECT id, kind, title, minutes, axes, expected_hours, alternative_step_id, notes "
         "FROM loop_step WHERE role_id = :role AND deleted_at IS NULL ORDER BY position, id")
#: The steps' questions in order: a bank question's own text and axis, else the text written
#: in place.
QUESTIONS = ("SELECT lq.id, lq.step_id, lq.question_id, lq.text, q.id, q.text, q.axis, "
             "q.retired_at FROM loop_step_question lq "
             "LEFT JOIN question q ON q.id = lq.question_id "
             "WHERE lq.step_id IN :steps AND lq.deleted_at IS NULL ORDER BY lq.position, lq.id")


@dataclass(frozen=True)
class StepQuestion:
    id: str
    question_id: str | None
    text: str
    axis: Axis | None
    retired: bool


@dataclass(frozen=True)
class StepData:
    """One step as the loop editor shows it."""

    id: str
    number: int  # its place in the loop, 1 first
    kind: StepKind
    title: str
    minutes: int
    axes: tuple[Axis, ...]
    expected_hours: float | None
    alternative_step_id: str | None
    notes: str
    questions: tuple[StepQuestion, ...] = field(default=())

    @property
    def load(self) -> StepLoad:
        return StepLoad(self.kind, self.minutes, self.expected_hours)


@dataclass(frozen=True)
class LoopData:
    role_id: str
    steps: tuple[StepData, ...]

    @property
    def total_minutes(self) -> int:
        return loop_minutes([s.load for s in self.steps])

    @property
    def warnings(self) -> list[str]:
        return loop_warnings([s.load for s in self.steps])

    @property
    def axes_covered(self) -> set[Axis]:
        return {a for s in self.steps for a in s.axes}


def loop(source: Any, role_id: str) -> LoopData:
    """The role's loop with each step's questions: two queries."""
    rows = rows_of(source)
    steps = rows.all(STEPS, role=role_id)
    per_step: dict[str, list[StepQuestion]] = {}
    for lq_id, step_id, question_id, text, q_id, q_text, q_axis, retired in (
            rows.all(QUESTIONS, steps=[s[0] for s in steps]) if steps else ()):
        known = q_id is not None
        per_step.setdefault(step_id, []).append(StepQuestion(
            id=lq_id, question_id=question_id, text=(q_text if known else text) or "",
            axis=stored_choice(Axis, q_axis) if known and q_axis else None,
            retired=known and retired is not None))
    return LoopData(role_id, tuple(
        StepData(sid, n, stored_choice(StepKind, kind), title, minutes,
                 tuple(stored_choice(Axis, a) for a in stored_list(axes)),
                 None if hours is None else float(hours), alternative, notes or "",
                 tuple(per_step.get(sid, [])))
        for n, (sid, kind, title, minutes, axes, hours, alternative, notes) in enumerate(steps, 1)
    ))
