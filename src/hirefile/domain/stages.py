"""The default pipeline every new role starts with, and the rules of moving through it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from hirefile.domain.vocab import StageKind


class StageSpec(NamedTuple):
    """One stage of a role's pipeline, as created for a new role."""

    name: str
    kind: StageKind


DEFAULT_STAGES: tuple[StageSpec, ...] = (
    StageSpec("Sourced", StageKind.ACTIVE),
    StageSpec("Applied", StageKind.ACTIVE),
    StageSpec("Screen", StageKind.ACTIVE),
    StageSpec("Technical", StageKind.ACTIVE),
    StageSpec("Onsite", StageKind.ACTIVE),
    StageSpec("Debrief", StageKind.ACTIVE),
    StageSpec("Offer", StageKind.ACTIVE),
    StageSpec("Hired", StageKind.HIRED),
    StageSpec("Rejected", StageKind.REJECTED),
    StageSpec("Withdrew", StageKind.WITHDREW),
)

DEFAULT_STAGE_NAMES: tuple[str, ...] = tuple(s.name for s in DEFAULT_STAGES)

#: Reasons offered when a candidate leaves the pipeline; each file keeps its own editable list.
DEFAULT_EXIT_REASONS: dict[StageKind, tuple[str, ...]] = {
    StageKind.REJECTED: (
        "Skills below the bar",
        "Experience does not match the role",
        "Compensation out of range",
        "Location or work permit",
        "Culture assessment",
        "Role filled",
        "Role closed",
    ),
    StageKind.WITHDREW: (
        "Accepted another offer",
        "Compensation",
        "Not looking any more",
        "Process too long",
        "Role not a fit",
        "No response",
    ),
}

#: Days in one stage after which a candidate is shown as waiting too long.
DEFAULT_WAITING_DAYS = 7


def days_in_stage(entered: datetime, now: datetime) -> int:
    """Whole days since a candidate entered their stage (never negative: clocks differ)."""
    return max(0, (now - entered).days)


def is_waiting(kind: StageKind, days: int, waiting_days: int = DEFAULT_WAITING_DAYS) -> bool:
    """Left waiting: still in process and more than `waiting_days` whole days in one stage
    without a move. The one rule the board, the pipeline table and the Home page show."""
    return kind is StageKind.ACTIVE and days > waiting_days


def waiting_since(now: datetime, waiting_days: int = DEFAULT_WAITING_DAYS) -> datetime:
    """The same rule as a bound for SQL: an active application is waiting at `now` exactly
    when it entered its stage at or before this time (more than N whole days ago)."""
    return now - timedelta(days=waiting_days + 1)
