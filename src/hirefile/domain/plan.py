"""The hiring plan's gentle hints: what the role templates know about who to hire when.

A plan is the company's roles in the order it means to hire them, each with a target start
date, and the company's stage. Every rule here is one function: a condition over the ordered
plan and the stage, giving at most a few `Hint`s, each naming the roles it concerns and saying
why. Hints advise and never block; a founder who disagrees dismisses one (it is kept on the
role it concerns first, so the other founder's copy stops showing it too).

The plan holds every role but closed ones; a filled role is already in place (it counts as
hired before everything still open).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hirefile.domain.vocab import CompanyStage, EmploymentType, Level, RoleStatus, Track

#: Roles two founders can hire for at once while doing their own work, before loops slow
#: down and candidates go to faster companies.
MAX_AT_ONCE = 3
#: Time from opening a role to a signed offer, plus notice, in a small company's experience.
LEAD_TIME = timedelta(weeks=8)

GENERALISTS = frozenset({Track.ML_ENGINEER, Track.SOFTWARE_ENGINEER})
DATA_ENGINEERING = frozenset({Track.DATA_ENGINEER, Track.ML_ENGINEER})
ML_BUILDERS = frozenset({Track.ML_ENGINEER, Track.DATA_SCIENTIST})
SPECIALISTS = frozenset({Track.DATA_SCIENTIST, Track.MLOPS, Track.DATA_ENGINEER,
                         Track.ML_LEAD})
PART_TIME = frozenset({EmploymentType.CONTRACT, EmploymentType.FRACTIONAL,
                       EmploymentType.PART_TIME})
SENIOR = frozenset({Level.SENIOR, Level.STAFF, Level.LEAD})


@dataclass(frozen=True)
class PlannedRole:
    """One role as the plan sees it."""

    id: str
    title: str
    track: Track
    status: RoleStatus
    employment_type: EmploymentType = EmploymentType.FULL_TIME
    level: Level | None = None
    headcount: int = 1
    target_start: date | None = None

    @property
    def filled(self) -> bool:
        return self.status is RoleStatus.FILLED


@dataclass(frozen=True)
class Hint:
    """Advice about the plan: `rule` names the rule, `role_ids` the roles it concerns (the
    first holds its dismissal), `text` what to consider, `reason` why."""

    rule: str
    role_ids: tuple[str, ...]
    text: str
    reason: str


Rule = Callable[[Sequence[PlannedRole], CompanyStage | None, date], list[Hint]]


def _in_order(plan: Sequence[PlannedRole]) -> list[PlannedRole]:
    """Filled roles first (already in place, in plan order), then the rest in plan order."""
    return [r for r in plan if r.filled] + [r for r in plan if not r.filled]


def scientist_before_data(plan: Sequence[PlannedRole], stage: CompanyStage | None,
                          today: date) -> list[Hint]:
    """A research-heavy scientist planned before any data or ML engineering is in place."""
    out = []
    seen_engineering = False
    for role in _in_order(plan):
        if role.track in DATA_ENGINEERING:
            seen_engineering = True
        elif role.track is Track.DATA_SCIENTIST and not role.filled and not seen_engineering:
            out.append(Hint(
                "scientist_before_data", (role.id,),
                f"Plan a data or ML engineer before “{role.title}”",
                "A scientist improves models on data that flows already; hired first, they "
                "spend their first months building pipelines instead of experimenting."))
    return out


def seed_generalist_first(plan: Sequence[PlannedRole], stage: CompanyStage | None,
                          today: date) -> list[Hint]:
    """At seed, with no generalist hired yet, the next hire is a full-time specialist
    rather than an end-to-end generalist (a contractor or fractional specialist is fine)."""
    if stage is not CompanyStage.SEED or any(r.filled and r.track in GENERALISTS
                                             for r in plan):
        return []
    todo = [r for r in plan if not r.filled]
    if not todo:
        return []
    first = todo[0]
    if first.track not in SPECIALISTS or first.employment_type in PART_TIME:
        return []
    return [Hint("seed_generalist_first", (first.id,),
                 f"At seed, consider an ML engineer before “{first.title}”",
                 "A generalist who can go from data to a model in production is the usual "
                 "first hire; specialists pay off once the product has found its market.")]


def seed_specialists_part_time(plan: Sequence[PlannedRole], stage: CompanyStage | None,
                               today: date) -> list[Hint]:
    """At seed, a full-time specialist where a contractor or fractional hire would do."""
    if stage is not CompanyStage.SEED:
        return []
    return [Hint("seed_specialists_part_time", (r.id,),
                 f"“{r.title}” could start as a contract or fractional role",
                 "At seed the product still changes shape; contractors and fractional "
                 "specialists cover specialist work without a full-time commitment.")
            for r in plan
            if not r.filled and r.track in SPECIALISTS - {Track.ML_LEAD}
            and r.employment_type is EmploymentType.FULL_TIME]


def mlops_early(plan: Sequence[PlannedRole], stage: CompanyStage | None,
                today: date) -> list[Hint]:
    """Two or more model builders planned before any MLOps engineer."""
    builders = []
    for role in _in_order(plan):
        if role.track is Track.MLOPS:
            break
        if role.track in ML_BUILDERS:
            builders.append(role)
    todo = [r for r in builders if not r.filled]
    if len(builders) < 2 or not todo:
        return []
    return [Hint("mlops_early", (todo[0].id,),
                 "Consider an MLOps engineer early, even a fractional one",
                 "Reproducible environments, deployment and monitoring are harder to add the "
                 "more models a team ships; a few days a week of MLOps early saves months "
                 "later.")]


def lead_fractional(plan: Sequence[PlannedRole], stage: CompanyStage | None,
                    today: date) -> list[Hint]:
    """A full-time ML lead before the company is growing."""
    if stage is CompanyStage.GROWTH:
        return []
    return [Hint("lead_fractional", (r.id,),
                 f"“{r.title}” could start interim or fractional",
                 "ML leads are rare and expensive, and a young team may not need one full "
                 "time yet; interim and fractional leads are common until it grows.")
            for r in plan if r.track is Track.ML_LEAD and not r.filled
            and r.employment_type not in PART_TIME]


def too_many_at_once(plan: Sequence[PlannedRole], stage: CompanyStage | None,
                     today: date) -> list[Hint]:
    """More people to hire in open roles than two founders can interview well."""
    open_roles = [r for r in plan if r.status is RoleStatus.OPEN]
    people = sum(max(1, r.headcount) for r in open_roles)
    if people <= MAX_AT_ONCE:
        return []
    return [Hint("too_many_at_once", tuple(r.id for r in open_roles),
                 f"{people} people to hire at once in {len(open_roles)} open roles",
                 f"Each open role needs sourcing, interviews and debriefs; beside their own "
                 f"work two founders rarely run more than {MAX_AT_ONCE} well, and slow loops "
                 "lose candidates. Consider pausing the later ones.")]


def growth_seniors(plan: Sequence[PlannedRole], stage: CompanyStage | None,
                   today: date) -> list[Hint]:
    """At growth, no senior who leads and mentors among the roles still to fill."""
    if stage is not CompanyStage.GROWTH:
        return []
    todo = [r for r in plan if not r.filled]
    if len(todo) < 2 or any(r.level in SENIOR for r in plan):
        return []
    return [Hint("growth_seniors", tuple(r.id for r in todo),
                 "Plan a senior who leads and mentors",
                 "A growing team needs people who set direction and bring the next hires up "
                 "to speed; without one, the founders stay the only reviewers.")]


def dates_out_of_order(plan: Sequence[PlannedRole], stage: CompanyStage | None,
                       today: date) -> list[Hint]:
    """A role later in the plan is due to start before one earlier in it."""
    out = []
    latest: PlannedRole | None = None
    for role in plan:
        if role.filled or role.target_start is None:
            continue
        if latest is not None and latest.target_start is not None \
                and role.target_start < latest.target_start:
            out.append(Hint("dates_out_of_order", (role.id, latest.id),
                            f"“{role.title}” is due before “{latest.title}”, which comes "
                            "first in the plan",
                            "The order and the dates disagree: move the role up, or change "
                            "a date, so the plan says one thing."))
        else:
            latest = role
    return out


def date_passed(plan: Sequence[PlannedRole], stage: CompanyStage | None,
                today: date) -> list[Hint]:
    """A role still to fill whose target start has passed."""
    return [Hint("date_passed", (r.id,), f"The target start of “{r.title}” has passed",
                 "Set a date you can still meet, so the plan shows what comes next.")
            for r in plan if not r.filled and r.target_start is not None
            and r.target_start < today]


def open_soon(plan: Sequence[PlannedRole], stage: CompanyStage | None,
              today: date) -> list[Hint]:
    """A draft or paused role due to start within the usual time it takes to hire."""
    weeks = LEAD_TIME.days // 7
    return [Hint("open_soon", (r.id,), f"Open “{r.title}” now to start on time",
                 f"From opening a role to a first day usually takes about {weeks} weeks "
                 "(sourcing, interviews, an offer, notice).")
            for r in plan if r.status in (RoleStatus.DRAFT, RoleStatus.PAUSED)
            and r.target_start is not None and today <= r.target_start <= today + LEAD_TIME]


#: Every rule, in the order their hints are listed.
RULES: tuple[Rule, ...] = (scientist_before_data, seed_generalist_first,
                           seed_specialists_part_time, mlops_early, lead_fractional,
                           too_many_at_once, growth_seniors, dates_out_of_order, date_passed,
                           open_soon)


def hints(plan: Sequence[PlannedRole], stage: CompanyStage | None, today: date,
          dismissed: dict[str, frozenset[str]] | None = None) -> list[Hint]:
    """Every rule's hints for `plan` (in order), without those dismissed: `dismissed` maps a
    role id to the rules dismissed on it, and a hint is dismissed on its first role."""
    dismissed = dismissed or {}
    return [h for rule in RULES for h in rule(plan, stage, today)
            if h.rule not in dismissed.get(h.role_ids[0], frozenset())]
