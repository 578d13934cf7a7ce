"""What a board move means, worked out before any undo command is made.

Kept apart from the widgets so the rules read in one place: where "advance" takes each card
(its own role's next in-process stage, as `pipeline.advance` does, so several roles can be
advanced at once), and how the moved people are named in labels and status messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hirefile.errors import ValidationError
from hirefile.services import pipeline
from hirefile.services.workspace import Unit


@dataclass(frozen=True)
class Target:
    """Where a group of applications goes: a stage name, and its id when it is one stage."""

    name: str
    stage_id: str | None
    application_ids: tuple[str, ...]


def advance_targets(session: Unit, application_ids: Sequence[str]) -> list[Target]:
    """The next in-process stage of each application in its own role, grouped by stage name.

    Refused (nothing moves) when any of them has nowhere further to go, as `pipeline.advance`
    refuses one.
    """
    stages_by_role: dict[str, list[tuple[str, str]]] = {}
    groups: dict[str, list[str]] = {}
    ids_of: dict[str, set[str]] = {}
    for app_id in application_ids:
        app = pipeline.live_application(session, app_id)
        stages = stages_by_role.get(app.role_id)
        if stages is None:
            stages = [(s.id, s.name) for s in pipeline.stages_of(session, app.role_id)
                      if not s.kind.is_exit]
            stages_by_role[app.role_id] = stages
        ids = [sid for sid, _ in stages]
        if app.stage_id not in ids or ids.index(app.stage_id) == len(ids) - 1:
            raise ValidationError("Nowhere further to advance"
                                  + ("" if len(application_ids) == 1 else
                                     " for some of the selected candidates"))
        next_id, next_name = stages[ids.index(app.stage_id) + 1]
        groups.setdefault(next_name, []).append(app_id)
        ids_of.setdefault(next_name, set()).add(next_id)
    return [Target(name, next(iter(ids_of[name])) if len(ids_of[name]) == 1 else None,
                   tuple(ids)) for name, ids in groups.items()]


def who(names: Sequence[str | None], count: int) -> str:
    """'Ana Lima' for one known name, '3 candidates' otherwise."""
    if count == 1 and names and names[0]:
        return names[0]
    return f"{count:,} candidate" + ("" if count == 1 else "s")
