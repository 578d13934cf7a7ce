"""The hiring plan: the roles in the order the company means to hire them, their target start
dates, the company's stage, and the hints `domain.plan` gives about them.

The order is each role's `plan_position` (a gap-based position, as ordered lists keep:
`storage.ordering.rearrange` writes only the roles that moved, so two founders reordering their
own copies merge into one order). Roles never placed (NULL: a format-3 file, or a role added
since) follow the placed ones in the order they were made. The plan's date is the role's
`target_start` (when the person should start; the hint `open_soon` says when to open the role
for it), so no second date drifts from the one the role editor shows. Closed roles are left
out; filled roles stay, as what is already in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain import plan as rules
from hirefile.domain.plan import Hint, PlannedRole
from hirefile.domain.vocab import (
    ActivityKind,
    CompanyStage,
    EmploymentType,
    Level,
    RoleStatus,
    Track,
)
from hirefile.errors import ValidationError
from hirefile.services import listing
from hirefile.services.activity import record
from hirefile.services.company import company, profile_row_for_write
from hirefile.services.roles import live_role
from hirefile.storage import ordering
from hirefile.storage.models import Role


@dataclass(frozen=True)
class PlanRow:
    """One role of the plan as screens and the CLI show it."""

    id: str
    title: str
    track: Track
    status: RoleStatus
    employment_type: EmploymentType
    level: Level | None
    headcount: int
    target_start: date | None
    #: People in the role's pipeline still in process.
    in_process: int
    hints: tuple[Hint, ...] = ()

    @property
    def planned(self) -> PlannedRole:
        return PlannedRole(self.id, self.title, self.track, self.status, self.employment_type,
                           self.level, self.headcount, self.target_start)


@dataclass(frozen=True)
class Plan:
    """The whole plan: the company's stage, the roles in order, and every hint not
    dismissed (each also listed on the rows it concerns)."""

    stage: CompanyStage | None
    rows: list[PlanRow]
    hints: list[Hint] = field(default_factory=list)
    dismissed: int = 0


def _roles(session: Session) -> list[Role]:
    return list(session.scalars(
        select(Role).where(Role.deleted_at.is_(None), Role.status != RoleStatus.CLOSED)
        .order_by(Role.plan_position.is_(None), Role.plan_position, Role.created_at,
                  Role.id)))


def read_plan(session: Session, today: date | None = None) -> Plan:
    """The plan with its hints as of `today`."""
    today = today or date.today()
    roles = _roles(session)
    in_process = {r.id: r.in_process for r in listing.role_rows(session)}  # one index pass
    stage = company(session).stage
    bare = [PlanRow(r.id, r.title, r.track, r.status, r.employment_type, r.level, r.headcount,
                    r.target_start, in_process.get(r.id, 0)) for r in roles]
    dismissed = {r.id: frozenset(r.plan_dismissed or ()) for r in roles}
    every = rules.hints([r.planned for r in bare], stage, today)
    shown = rules.hints([r.planned for r in bare], stage, today, dismissed)
    rows = [PlanRow(r.id, r.title, r.track, r.status, r.employment_type, r.level,
                    r.headcount, r.target_start, r.in_process,
                    tuple(h for h in shown if r.id in h.role_ids)) for r in bare]
    return Plan(stage, rows, shown, len(every) - len(shown))


def move_role(session: Session, role_id: str, index: int) -> None:
    """Put a role at `index` (clamped) of the plan; writes the roles whose place changed
    (all of them the first time a plan is ordered, one afterwards)."""
    roles = _roles(session)
    role = next((r for r in roles if r.id == role_id), None)
    if role is None:
        raise ValidationError("That role is not in the plan (it is closed or removed)")
    roles.remove(role)
    index = max(0, min(index, len(roles)))
    roles.insert(index, role)
    ordering.rearrange(roles, "plan_position")
    record(session, ActivityKind.UPDATED, "role", role.id,
           f"Put “{role.title}” at place {index + 1} of the hiring plan")


def set_target_start(session: Session, role_id: str, day: date | None) -> None:
    """Set (or clear) when the role's hire should start."""
    role = live_role(session, role_id)
    if role.target_start != day:
        role.target_start = day
        record(session, ActivityKind.UPDATED, "role", role.id,
               f"Set the target start of “{role.title}” to {day.isoformat()}" if day else
               f"Cleared the target start of “{role.title}”")


def set_stage(session: Session, stage: CompanyStage | None) -> None:
    """Set the company's stage (kept in the company profile)."""
    profile = profile_row_for_write(session)
    if profile.stage != stage:
        profile.stage = stage
        record(session, ActivityKind.UPDATED, "company_profile", profile.id,
               f"Set the company stage to {stage.label}" if stage else
               "Cleared the company stage")


def dismiss(session: Session, hint: Hint) -> None:
    """Stop showing `hint` (kept on the first role it concerns, so a copy merges it)."""
    role = live_role(session, hint.role_ids[0])
    if hint.rule not in (role.plan_dismissed or []):
        role.plan_dismissed = [*(role.plan_dismissed or []), hint.rule]


def show_dismissed(session: Session) -> int:
    """Show every dismissed hint again; how many roles held dismissals."""
    n = 0
    for role in _roles(session):
        if role.plan_dismissed:
            role.plan_dismissed = []
            n += 1
    return n
