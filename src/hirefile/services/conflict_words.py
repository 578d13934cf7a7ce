"""Merge conflicts in a founder's words, for fields no edit in Hirefile sets: which
application ("Ana Lima · ML Engineer", not "a application"), which stage ("Offer", not its
id) and when ("7 Dec 2026, 06:33:25", not a stored timestamp).

The merge reports rows as stored; the preview, the review (and any other surface that lists
conflicts) ask here, so they say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.storage.merge import Conflict
from hirefile.storage.models import Application, Candidate, Role, RoleStage

#: Fields as people call them, where the column's name with spaces reads wrong.
FIELD_WORDS = {"full_name": "name", "email": "e-mail", "github_url": "GitHub",
               "linkedin_url": "LinkedIn", "portfolio_url": "portfolio",
               "expectation": "pay expectation", "expectation_currency": "expectation currency",
               "expectation_period": "expectation period", "pay_min": "lowest pay",
               "pay_max": "highest pay", "deleted_at": "removal", "in_talent_pool": "talent pool",
               "reach_out_on": "reach-out date", "retain_until": "keep-until date",
               "stage_id": "stage", "stage_entered_at": "in the stage since"}

def field_words(column: str) -> str:
    """A field as people call it: `in the stage since`, `e-mail`."""
    return FIELD_WORDS.get(column, column.replace("_", " "))


#: Fields that name a stage by its id, per kind of row.
STAGE_FIELDS = {("application", "stage_id")}


def application_labels(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """{application id: "Candidate · Role"} for the applications still in this file."""
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        out.update((app_id, f"{name} · {title}") for app_id, name, title in session.execute(
            select(Application.id, Candidate.full_name, Role.title)
            .join(Candidate, Candidate.id == Application.candidate_id)
            .join(Role, Role.id == Application.role_id)
            .where(Application.id.in_(chunk))))
    return out


def stage_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted({i for i in ids if isinstance(i, str)})
    if not wanted:
        return {}
    return {stage_id: name for stage_id, name in session.execute(
        select(RoleStage.id, RoleStage.name).where(RoleStage.id.in_(wanted)))}


def moment_text(value: Any) -> str | None:
    """A stored instant as a person reads it, in this computer's time, to the second (two
    copies' times of one field often differ by seconds); None when `value` is no instant."""
    if isinstance(value, datetime):
        at = value
    elif isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in " T":
        try:
            at = datetime.fromisoformat(value)
        except ValueError:
            return None
    else:
        return None
    local = (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone()
    return f"{local.day} {local:%b %Y, %H:%M:%S}"


def describe(session: Session, conflicts: list[Conflict]
             ) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str, str, str], str]]:
    """(record labels {(kind, id): label}, value texts {(kind, id, field, side): text}) for
    the conflicts the merge could not name itself."""
    labels = {("application", app_id): label for app_id, label in application_labels(
        session, (c.id for c in conflicts if c.kind == "application" and not c.label)).items()}
    stages = stage_names(session, (v for c in conflicts if (c.kind, c.field) in STAGE_FIELDS
                                   for v in (c.mine, c.theirs)))
    texts: dict[tuple[str, str, str, str], str] = {}
    for c in conflicts:
        for side in ("mine", "theirs"):
            value = getattr(c, side)
            if (c.kind, c.field) in STAGE_FIELDS and value in stages:
                texts[c.kind, c.id, c.field, side] = stages[value]
            elif c.field.endswith("_at") and (moment := moment_text(value)) is not None:
                texts[c.kind, c.id, c.field, side] = moment
    return labels, texts
