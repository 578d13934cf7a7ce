"""The default pipeline every new role starts with, and the rules of moving through it."""

from __future__ import annotations

from dataclasses import dataclass

from hirefile.domain.vocab import StageKind


@dataclass(frozen=True)
class StageSpec:
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
