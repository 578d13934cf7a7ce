"""Customising a role's pipeline: rename, add, reorder, remove (only when empty)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hirefile.domain.vocab import StageKind
from hirefile.errors import NotFound, ValidationError
from hirefile.services.pipeline import count_in_stage, stages_of
from hirefile.storage import ordering
from hirefile.storage.models import Application, RoleStage
from hirefile.storage.types import utcnow


def _stage(session: Session, stage_id: str) -> RoleStage:
    stage = session.get(RoleStage, stage_id)
    if stage is None or stage.deleted_at is not None:
        raise NotFound("That stage no longer exists")
    return stage


def _clean(session: Session, role_id: str, name: str, exclude: str | None = None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("A stage needs a name", field="name")
    for other in stages_of(session, role_id):
        if other.id != exclude and other.name.casefold() == clean.casefold():
            raise ValidationError(f"This role already has a stage “{other.name}”", field="name")
    return clean


def rename_stage(session: Session, stage_id: str, name: str) -> str:
    """Returns the old name (history keeps the names stages had at the time of each move)."""
    stage = _stage(session, stage_id)
    old = stage.name
    stage.name = _clean(session, stage.role_id, name, exclude=stage.id)
    return old


def add_stage(session: Session, role_id: str, name: str, *, after_stage_id: str | None = None
              ) -> RoleStage:
    """A new in-process stage, after the given one (or before Hired). Writes that one row."""
    stages = stages_of(session, role_id)
    if after_stage_id is not None:
        index = next(i for i, s in enumerate(stages) if s.id == after_stage_id) + 1
    else:
        index = next((i for i, s in enumerate(stages) if s.kind is not StageKind.ACTIVE),
                     len(stages))
    stage = RoleStage(role_id=role_id, name=_clean(session, role_id, name),
                      kind=StageKind.ACTIVE)
    ordering.place(session, stage, index)
    session.add(stage)
    return stage


def move_stage(session: Session, stage_id: str, new_index: int) -> float:
    """Move a stage to `new_index` of the role's stages (clamped), writing that stage alone;
    returns the position it had, for `put_stage_back`."""
    return ordering.move(session, _stage(session, stage_id), new_index)


def put_stage_back(session: Session, stage_id: str, position: float) -> None:
    """Undo of `move_stage`: the stage takes its old position again (one row)."""
    _stage(session, stage_id).position = position


def remove_stage(session: Session, stage_id: str) -> None:
    """Tombstone an empty in-process stage (one row; it keeps its position for an undo)."""
    stage = _stage(session, stage_id)
    if stage.kind is not StageKind.ACTIVE:
        raise ValidationError(f"“{stage.name}” is needed: every role has its {stage.kind.label} "
                              "stage")
    held = count_in_stage(session, stage_id)
    if held:
        raise ValidationError(f"“{stage.name}” holds {held} candidate(s); move them first")
    stages = stages_of(session, stage.role_id)
    if sum(1 for s in stages if s.kind is StageKind.ACTIVE) <= 1:
        raise ValidationError("A role needs at least one in-process stage")
    stage.deleted_at = utcnow()


def restore_stage(session: Session, stage_id: str) -> None:
    """Undo of `remove_stage`: the stage comes back at the position it kept."""
    stage = session.get(RoleStage, stage_id)
    if stage is None:
        raise NotFound("That stage no longer exists")
    stage.deleted_at = None


@dataclass(frozen=True)
class StageInfo:
    id: str
    name: str
    kind: StageKind
    index: int  # its place in the role's pipeline, 0 first
    count: int


def stage_infos(session: Session, role_id: str) -> list[StageInfo]:
    """The role's stages with how many candidates each holds (one grouped query)."""
    counts = dict(session.execute(
        select(Application.stage_id, func.count())
        .where(Application.role_id == role_id, Application.deleted_at.is_(None))
        .group_by(Application.stage_id)).all())
    return [StageInfo(s.id, s.name, s.kind, i, counts.get(s.id, 0))
            for i, s in enumerate(stages_of(session, role_id))]
