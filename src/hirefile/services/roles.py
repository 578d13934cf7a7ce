"""Roles: create (blank or from a template), edit, duplicate, weigh the axes, remove.

Every function works inside the caller's session (one user action = one session), so an undo
command can call the same functions to go back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, fields, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hirefile.domain.ordering import spread
from hirefile.domain.question_bank import questions_for
from hirefile.domain.roles import RoleDraft, clean_list, errors, validate_role
from hirefile.domain.stages import DEFAULT_STAGES
from hirefile.domain.templates import RoleTemplate
from hirefile.domain.vocab import Axis, RoleStatus
from hirefile.errors import NotFound, ValidationError
from hirefile.services import concurrency
from hirefile.services.debrief_read import axis_weights as axis_weights
from hirefile.storage.models import (
    Application,
    LoopStep,
    LoopStepQuestion,
    Question,
    Role,
    RoleAxisWeight,
    RoleStage,
)
from hirefile.storage.types import utcnow

EQUAL_WEIGHT = 20
#: Bank questions attached to each step of a loop created from a template.
QUESTIONS_PER_STEP = 3
_DRAFT_FIELDS = tuple(f.name for f in fields(RoleDraft) if f.name != "version")


def live_role(session: Session, role_id: str) -> Role:
    role = session.get(Role, role_id)
    if role is None or role.deleted_at is not None:
        raise NotFound("That role no longer exists")
    return role


def _check(draft: RoleDraft) -> RoleDraft:
    problems = errors(validate_role(draft))
    if problems:
        raise ValidationError(problems[0].message, field=problems[0].field)
    return _clean(draft)


def _clean(draft: RoleDraft) -> RoleDraft:
    """A draft as it is stored: trimmed text and lists, an upper-case currency."""
    return RoleDraft(**{**asdict(draft), "title": " ".join(draft.title.split()),
                        "must_haves": clean_list(draft.must_haves),
                        "nice_to_haves": clean_list(draft.nice_to_haves),
                        "tech_stack": clean_list(draft.tech_stack),
                        "pay_currency": (draft.pay_currency or "").strip().upper() or None})


def role_draft(session: Session, role_id: str) -> RoleDraft:
    role = live_role(session, role_id)
    values: dict[str, Any] = {name: getattr(role, name) for name in _DRAFT_FIELDS}
    for name in ("location", "responsibilities", "notes"):
        values[name] = values[name] or ""
    for name in ("must_haves", "nice_to_haves", "tech_stack"):
        values[name] = list(values[name] or [])
    return RoleDraft(**values, version=concurrency.version_of(role))


def _columns(draft: RoleDraft) -> dict[str, Any]:
    """A draft's values as the role's columns."""
    return {name: getattr(draft, name) for name in _DRAFT_FIELDS}


def role_draft_copy(draft: RoleDraft, **changes: Any) -> RoleDraft:
    """A copy of `draft` with some fields changed (drafts are mutable; edits must not alias)."""
    return replace(draft, must_haves=list(draft.must_haves),
                   nice_to_haves=list(draft.nice_to_haves), tech_stack=list(draft.tech_stack),
                   **changes)


def create_role(session: Session, draft: RoleDraft) -> Role:
    """A new role from a draft, with the default pipeline and equal axis weights."""
    role = Role(**_columns(_check(draft)))
    for axis in Axis:
        role.axis_weights.append(RoleAxisWeight(axis=axis, weight=EQUAL_WEIGHT))
    return _add_with_pipeline(session, role)


def add_role(session: Session, title: str, **fields: Any) -> Role:
    """Shorthand for scripts and tests: a role from a title and some fields."""
    return create_role(session, RoleDraft(title=title, **fields))


def update_role(session: Session, role_id: str, draft: RoleDraft, *,
                seen: RoleDraft | None = None, version: int | None = None) -> None:
    """Write `draft` over the role: with `seen` (what the editor loaded) only what the person
    changed, checked against `version` (`concurrency.checked`) as the candidate form is."""
    role = live_role(session, role_id)
    before = _columns(_clean(seen)) if seen is not None else {}
    values = None if seen is None else concurrency.seen_values(
        role, before, _columns(_clean(role_draft(session, role_id))))
    with concurrency.checked(session, role, version, seen=values, what=role.title):
        for name, value in _columns(_check(draft)).items():
            if name in before and before[name] == value:
                continue  # not changed in the editor
            if getattr(role, name) != value:
                setattr(role, name, value)


def add_role_from_template(session: Session, tpl: RoleTemplate, *, title: str | None = None,
                           status: RoleStatus = RoleStatus.DRAFT, **fields: Any) -> Role:
    """A new role carrying the template's text, weights and default loop with bank questions."""
    draft = _check(RoleDraft(
        title=title or tpl.title, track=tpl.track, level=tpl.level,
        employment_type=tpl.employment_type, status=status,
        responsibilities="\n".join(tpl.responsibilities), must_haves=list(tpl.must_haves),
        nice_to_haves=list(tpl.nice_to_haves), tech_stack=list(tpl.tech_stack), **fields,
    ))
    role = Role(**_columns(draft), template_key=tpl.key)
    for axis in Axis:
        role.axis_weights.append(RoleAxisWeight(axis=axis, weight=tpl.weights.get(axis, 0)))
    bank = _bank_ids(session)
    used: set[str] = set()
    for position, step in zip(spread(len(tpl.loop)), tpl.loop, strict=True):
        loop_step = LoopStep(position=position, kind=step.kind, title=step.title,
                             minutes=step.minutes, axes=[a.value for a in step.axes],
                             expected_hours=step.expected_hours, notes=step.notes)
        picks = [q for axis in step.axes for q in questions_for(axis, tpl.track)
                 if q.key in bank and q.key not in used]
        # Prefer questions written for this track, then the general ones.
        picks.sort(key=lambda q: q.track is None)
        picks = picks[:QUESTIONS_PER_STEP]
        for qpos, q in zip(spread(len(picks)), picks, strict=True):
            used.add(q.key)
            loop_step.questions.append(LoopStepQuestion(question_id=bank[q.key], position=qpos))
        role.loop_steps.append(loop_step)
    return _add_with_pipeline(session, role)


def _bank_ids(session: Session) -> dict[str, str]:
    rows = session.execute(select(Question.builtin_key, Question.id).where(
        Question.builtin_key.is_not(None), Question.deleted_at.is_(None),
        Question.retired_at.is_(None)))
    return {key: qid for key, qid in rows if key is not None}


def duplicate_role(session: Session, role_id: str) -> Role:
    """A copy in Draft with its weights, stages and loop (questions included), no candidates."""
    src = live_role(session, role_id)
    draft = role_draft(session, role_id)
    draft.title = _copy_title(session, src.title)
    draft.status = RoleStatus.DRAFT
    role = Role(**_columns(draft), template_key=src.template_key)
    for w in src.axis_weights:
        role.axis_weights.append(RoleAxisWeight(axis=w.axis, weight=w.weight))
    for stage in src.stages:
        if stage.deleted_at is None:
            role.stages.append(RoleStage(name=stage.name, kind=stage.kind,
                                         position=stage.position))
    for step in src.loop_steps:
        if step.deleted_at is not None:
            continue
        copy = LoopStep(position=step.position, kind=step.kind, title=step.title,
                        minutes=step.minutes, axes=list(step.axes),
                        expected_hours=step.expected_hours, notes=step.notes)
        for q in step.questions:
            if q.deleted_at is None:
                copy.questions.append(LoopStepQuestion(question_id=q.question_id, text=q.text,
                                                       position=q.position))
        role.loop_steps.append(copy)
    session.add(role)
    return role


def _copy_title(session: Session, title: str) -> str:
    base = f"{title} (copy)"
    taken = set(session.scalars(select(Role.title).where(Role.title.like(f"{title} (copy%"),
                                                         Role.deleted_at.is_(None))))
    if base not in taken:
        return base
    n = 2
    while f"{title} (copy {n})" in taken:
        n += 1
    return f"{title} (copy {n})"


def set_axis_weights(session: Session, role_id: str, weights: Mapping[Axis, int]) -> None:
    """Store relative weights (0–100 each); scoring normalises them."""
    for axis, w in weights.items():
        if not 0 <= int(w) <= 100:
            raise ValidationError(f"The weight of {axis.label} must be between 0 and 100",
                                  field=axis.value)
    if sum(int(weights.get(a, 0)) for a in Axis) == 0:
        raise ValidationError("At least one axis needs a weight above zero")
    role = live_role(session, role_id)
    existing = {w.axis: w for w in role.axis_weights}
    for axis in Axis:
        value = int(weights.get(axis, 0))
        row = existing.get(axis)
        if row is None:
            role.axis_weights.append(RoleAxisWeight(axis=axis, weight=value))
        elif row.weight != value:
            row.weight = value


def remove_role(session: Session, role_id: str) -> None:
    """Tombstone a role that never had candidates; others are closed, not removed."""
    role = live_role(session, role_id)
    in_use = session.scalar(select(func.count()).where(
        Application.role_id == role_id, Application.deleted_at.is_(None)))
    if in_use:
        raise ValidationError(
            f"“{role.title}” has {in_use} candidate(s); set its status to Closed instead")
    role.deleted_at = utcnow()


def restore_role(session: Session, role_id: str) -> None:
    role = session.get(Role, role_id)
    if role is None:
        raise NotFound("That role no longer exists")
    role.deleted_at = None


def _add_with_pipeline(session: Session, role: Role) -> Role:
    for position, spec in zip(spread(len(DEFAULT_STAGES)), DEFAULT_STAGES, strict=True):
        role.stages.append(RoleStage(name=spec.name, kind=spec.kind, position=position))
    session.add(role)
    return role
