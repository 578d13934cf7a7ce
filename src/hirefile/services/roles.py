"""Creating roles: from scratch or from a built-in template, always with a full pipeline."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hirefile.domain.stages import DEFAULT_STAGES
from hirefile.domain.templates import RoleTemplate
from hirefile.domain.vocab import Axis, RoleStatus
from hirefile.errors import ValidationError
from hirefile.storage.models import LoopStep, Role, RoleAxisWeight, RoleStage

EQUAL_WEIGHT = 20


def add_role(session: Session, title: str, **fields: Any) -> Role:
    """A new role with the default pipeline and equal axis weights."""
    role = Role(title=_clean_title(title), **fields)
    for axis in Axis:
        role.axis_weights.append(RoleAxisWeight(axis=axis, weight=EQUAL_WEIGHT))
    return _add_with_pipeline(session, role)


def add_role_from_template(session: Session, tpl: RoleTemplate, *, title: str | None = None,
                           status: RoleStatus = RoleStatus.DRAFT, **fields: Any) -> Role:
    """A new role carrying the template's text, weights and default loop."""
    role = Role(
        title=_clean_title(title or tpl.title),
        track=tpl.track,
        level=tpl.level,
        employment_type=tpl.employment_type,
        status=status,
        responsibilities="\n".join(tpl.responsibilities),
        must_haves=list(tpl.must_haves),
        nice_to_haves=list(tpl.nice_to_haves),
        tech_stack=list(tpl.tech_stack),
        template_key=tpl.key,
        **fields,
    )
    for axis in Axis:
        role.axis_weights.append(RoleAxisWeight(axis=axis, weight=tpl.weights.get(axis, 0)))
    for position, step in enumerate(tpl.loop):
        role.loop_steps.append(LoopStep(
            position=position, kind=step.kind, title=step.title, minutes=step.minutes,
            axes=[a.value for a in step.axes], expected_hours=step.expected_hours,
            notes=step.notes,
        ))
    return _add_with_pipeline(session, role)


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise ValidationError("A role needs a title", field="title")
    return title


def _add_with_pipeline(session: Session, role: Role) -> Role:
    for position, spec in enumerate(DEFAULT_STAGES):
        role.stages.append(RoleStage(name=spec.name, kind=spec.kind, position=position))
    session.add(role)
    return role
