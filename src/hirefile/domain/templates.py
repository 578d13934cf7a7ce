"""Built-in role templates: what each kind of hire does day to day, and how to interview for it.

Written in Hirefile's own words. A template is a starting point: creating a role from one copies
its text, weights and loop into the role, where the founder edits them freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hirefile.domain.vocab import Axis, CompanyStage, EmploymentType, Level, StepKind, Track


@dataclass(frozen=True)
class StepTemplate:
    """One step of a template's default interview loop."""

    kind: StepKind
    title: str
    minutes: int
    axes: tuple[Axis, ...]
    expected_hours: float | None = None
    notes: str = ""


@dataclass(frozen=True)
class RoleTemplate:
    key: str
    track: Track
    title: str
    summary: str
    level: Level
    employment_type: EmploymentType
    responsibilities: tuple[str, ...]
    must_haves: tuple[str, ...]
    nice_to_haves: tuple[str, ...]
    tech_stack: tuple[str, ...]
    #: Relative weight of each axis (they need not sum to 100; scoring normalises).
    weights: dict[Axis, int]
    loop: tuple[StepTemplate, ...]
    fits_stages: tuple[CompanyStage, ...]
    stage_note: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def loop_minutes(self) -> int:
        return sum(s.minutes for s in self.loop)


A = Axis
S = StepKind

ML_ENGINEER = RoleTemplate(
    key="ml_engineer",
    track=Track.ML_ENGINEER,
    title="Machine Learning Engineer",
    summary="A strong software engineer with working ML knowledge who takes models from "
            "data to production, end to end.",
    level=Level.SENIOR,
    employment_type=EmploymentType.FULL_TIME,
    responsibilities=(
        "Build and maintain the pipelines that turn raw data into training sets",
        "Train, evaluate and compare models; keep experiments reproducible",
        "Ship models to production behind an API and watch how they behave there",
        "Write production Python with tests and review teammates' code",
        "Do the data preparation and ETL work a small team needs, when it needs it",
    ),
    must_haves=(
        "Shipped at least one ML model to production",
        "Production Python in a team (tests, code review, git)",
        "One deep-learning or classical ML framework in depth",
        "SQL and data wrangling",
        "Comfortable on Linux and one cloud",
    ),
    nice_to_haves=(
        "Experiment tracking and model registries",
        "Containerised deployment (Docker, Kubernetes)",
        "Distributed training",
    ),
    tech_stack=("Python", "PyTorch", "scikit-learn", "SQL", "Docker", "AWS or GCP"),
    weights={A.ML_PRACTICE: 30, A.SOFTWARE: 30, A.THEORY: 10, A.SYSTEMS: 15, A.CULTURE: 15},
    loop=(
        StepTemplate(S.INTRO_CALL, "Intro call", 30, (A.CULTURE,)),
        StepTemplate(S.PORTFOLIO_REVIEW, "Portfolio review", 45, (A.SOFTWARE, A.ML_PRACTICE)),
        StepTemplate(S.TECH_DISCUSSION, "Past project deep dive", 60,
                     (A.ML_PRACTICE, A.THEORY)),
        StepTemplate(S.SYSTEM_DESIGN, "ML system design", 60, (A.SYSTEMS, A.SOFTWARE)),
        StepTemplate(S.FOUNDER_FINAL, "Founder conversation", 45, (A.CULTURE,)),
    ),
    fits_stages=(CompanyStage.SEED, CompanyStage.PMF),
    stage_note="The usual first hire: a generalist who can go end to end.",
)

TEMPLATES: tuple[RoleTemplate, ...] = (ML_ENGINEER,)


def template(key: str) -> RoleTemplate:
    for t in TEMPLATES:
        if t.key == key:
            return t
    raise KeyError(key)
