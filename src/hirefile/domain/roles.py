"""The rules of a role and its interview loop, independent of storage and screens."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from hirefile.domain import limits
from hirefile.domain.money import is_currency
from hirefile.domain.vocab import (
    Axis,
    EmploymentType,
    Level,
    PayPeriod,
    RemotePolicy,
    RoleStatus,
    StepKind,
    Track,
)

#: Past this many must-haves, the pool of applicants shrinks for little gain.
MUST_HAVE_SOFT_LIMIT = 7
#: A loop asking more than this of a candidate loses people to faster companies.
LOOP_MAX_STEPS = 5
LOOP_MAX_MINUTES = 5 * 60


@dataclass(frozen=True)
class Issue:
    """A problem with what was typed: `error`s block saving, warnings only inform."""

    field: str
    message: str
    error: bool = True


@dataclass
class RoleDraft:
    """Every editable field of a role, as plain data (what the editor shows and saves)."""

    title: str = ""
    track: Track = Track.OTHER
    level: Level | None = None
    employment_type: EmploymentType = EmploymentType.FULL_TIME
    status: RoleStatus = RoleStatus.DRAFT
    headcount: int = 1
    location: str = ""
    remote: RemotePolicy | None = None
    responsibilities: str = ""
    must_haves: list[str] = field(default_factory=list)
    nice_to_haves: list[str] = field(default_factory=list)
    tech_stack: list[str] = field(default_factory=list)
    pay_min: int | None = None
    pay_max: int | None = None
    pay_currency: str | None = None
    pay_period: PayPeriod = PayPeriod.YEAR
    equity_min_bp: int | None = None
    equity_max_bp: int | None = None
    target_start: date | None = None
    notes: str = ""
    #: The version of the role this draft was read from (0 for a new one): an edit is
    #: checked against it (`services.concurrency`). Not a column.
    version: int = field(default=0, compare=False)


def clean_list(items: Iterable[str]) -> list[str]:
    """Trimmed, non-empty, de-duplicated (first wins, case-insensitive) list items."""
    seen: set[str] = set()
    out = []
    for item in items:
        text = " ".join(item.split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return out


def validate_role(d: RoleDraft) -> list[Issue]:
    """Everything wrong with a draft, in the order of the form."""
    issues: list[Issue] = []
    if not d.title.strip():
        issues.append(Issue("title", "A role needs a title"))
    elif len(d.title.strip()) > 120:
        issues.append(Issue("title", "Keep the title under 120 characters"))
    if d.headcount < 1:
        issues.append(Issue("headcount", "Headcount is at least 1"))
    if d.pay_min is not None or d.pay_max is not None:
        code = (d.pay_currency or "").strip().upper()
        if not code:
            issues.append(Issue("pay_currency", "Choose the currency of the pay range"))
        elif not is_currency(code):
            issues.append(Issue("pay_currency",
                                f"“{d.pay_currency}” is not an ISO 4217 currency code"))
    if (d.pay_min or 0) < 0 or (d.pay_max or 0) < 0:
        issues.append(Issue("pay_min", "Pay cannot be negative"))
    if d.pay_min is not None and d.pay_max is not None and d.pay_min > d.pay_max:
        issues.append(Issue("pay_max", "The maximum pay is below the minimum"))
    for name, value in (("pay_min", d.pay_min), ("pay_max", d.pay_max)):
        too_big = limits.amount_problem(value, "Pay")
        if too_big:
            issues.append(Issue(name, too_big))
    issues.extend(Issue(f, m) for f, m in limits.length_problems(
        {"location": d.location, "responsibilities": d.responsibilities, "notes": d.notes}))
    for name, items in (("must_haves", d.must_haves), ("nice_to_haves", d.nice_to_haves),
                        ("tech_stack", d.tech_stack)):
        if any(len(item) > limits.SHORT for item in items):
            issues.append(Issue(name, f"Keep each line under {limits.SHORT} characters"))
    for name, value in (("equity_min_bp", d.equity_min_bp), ("equity_max_bp", d.equity_max_bp)):
        if value is not None and not 0 <= value <= 10_000:
            issues.append(Issue(name, "Equity is a percentage between 0 and 100"))
    if (d.equity_min_bp is not None and d.equity_max_bp is not None
            and d.equity_min_bp > d.equity_max_bp):
        issues.append(Issue("equity_max_bp", "The maximum equity is below the minimum"))
    musts = clean_list(d.must_haves)
    if len(musts) > MUST_HAVE_SOFT_LIMIT:
        issues.append(Issue(
            "must_haves",
            f"{len(musts)} must-haves: past about {MUST_HAVE_SOFT_LIMIT}, good people rule "
            "themselves out. Move some to nice-to-have?", error=False))
    if d.status is RoleStatus.OPEN and d.pay_min is None and d.pay_max is None:
        issues.append(Issue("pay_min", "Many places require a pay range in a job posting",
                            error=False))
    return issues


def errors(issues: Sequence[Issue]) -> list[Issue]:
    return [i for i in issues if i.error]


def normalise_weights(weights: Mapping[Axis, int | float]) -> dict[Axis, float]:
    """Relative weights as fractions of 1 over all five axes (equal when all are zero)."""
    values = {axis: max(0.0, float(weights.get(axis, 0))) for axis in Axis}
    total = sum(values.values())
    if total == 0:
        return {axis: 1 / len(Axis) for axis in Axis}
    return {axis: v / total for axis, v in values.items()}


@dataclass(frozen=True)
class StepLoad:
    """What one loop step asks of a candidate."""

    kind: StepKind
    minutes: int
    expected_hours: float | None = None

    @property
    def candidate_minutes(self) -> int:
        if self.kind is StepKind.TAKE_HOME and self.expected_hours:
            return round(self.expected_hours * 60)
        return self.minutes


def loop_minutes(steps: Sequence[StepLoad]) -> int:
    return sum(s.candidate_minutes for s in steps)


def loop_warnings(steps: Sequence[StepLoad]) -> list[str]:
    """Warnings when a loop asks too much of a candidate."""
    out = []
    if len(steps) > LOOP_MAX_STEPS:
        out.append(f"{len(steps)} steps: every step past {LOOP_MAX_STEPS} loses candidates to "
                   "faster companies")
    total = loop_minutes(steps)
    if total > LOOP_MAX_MINUTES:
        out.append(f"{format_minutes(total)} in total asks a lot of a candidate (more than "
                   f"{LOOP_MAX_MINUTES // 60} hours)")
    return out


def format_minutes(minutes: int) -> str:
    """`45 min`, `2 h`, `3 h 30 min`."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" if not rest else f"{hours} h {rest} min"
