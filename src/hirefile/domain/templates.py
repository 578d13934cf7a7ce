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
        StepTemplate(S.INTRO_CALL, "Intro call", 30, (A.CULTURE,),
                     notes="What they want next, what they have shipped, practicalities."),
        StepTemplate(S.PORTFOLIO_REVIEW, "Portfolio review", 45, (A.SOFTWARE, A.ML_PRACTICE),
                     notes="Read a repository they choose before the call; discuss it with "
                           "them."),
        StepTemplate(S.TECH_DISCUSSION, "Past project deep dive", 60,
                     (A.ML_PRACTICE, A.THEORY),
                     notes="One model they took to production: data, choices, evaluation, "
                           "impact."),
        StepTemplate(S.SYSTEM_DESIGN, "ML system design", 60, (A.SYSTEMS, A.SOFTWARE),
                     notes="A simplified version of a system we actually need to build."),
        StepTemplate(S.FOUNDER_FINAL, "Founder conversation", 45, (A.CULTURE,)),
    ),
    fits_stages=(CompanyStage.SEED, CompanyStage.PMF),
    stage_note="The usual first hire: a generalist who can go end to end.",
)

DATA_SCIENTIST = RoleTemplate(
    key="data_scientist",
    track=Track.DATA_SCIENTIST,
    title="ML / Data Scientist",
    summary="Improves models and decisions through careful experiments: analyses data and "
            "errors, reads papers, designs A/B tests.",
    level=Level.SENIOR,
    employment_type=EmploymentType.FULL_TIME,
    responsibilities=(
        "Explore data in notebooks and turn questions into measurable hypotheses",
        "Run modelling experiments against a fixed evaluation set and report what worked",
        "Dig into model errors by segment and decide whether data, labels or model come next",
        "Design A/B tests with the product team and read their results honestly",
        "Read relevant papers and try the ideas that could pay off on our data",
        "Hand validated models and analyses to engineers in a form they can build on",
    ),
    must_haves=(
        "Statistics and probability used in real decisions, not only coursework",
        "Trained and evaluated ML models on messy, real-world data",
        "Fluent Python for analysis (pandas or polars, NumPy, a plotting library)",
        "Designed or analysed at least one controlled experiment or A/B test",
        "Explains results and their uncertainty to non-specialists",
    ),
    nice_to_haves=(
        "Publications, a thesis or public write-ups of experiments",
        "Deep learning for text, images or tabular data",
        "Causal inference beyond A/B tests",
        "Writes notebooks that others can rerun",
    ),
    tech_stack=("Python", "Jupyter", "pandas", "scikit-learn", "PyTorch", "SQL",
                "An experiment tracker"),
    weights={A.ML_PRACTICE: 30, A.SOFTWARE: 10, A.THEORY: 35, A.SYSTEMS: 10, A.CULTURE: 15},
    loop=(
        StepTemplate(S.INTRO_CALL, "Intro call", 30, (A.CULTURE,),
                     notes="Their research or analysis interests, and what data they need."),
        StepTemplate(S.PORTFOLIO_REVIEW, "Notebook or paper review", 45,
                     (A.ML_PRACTICE, A.SOFTWARE),
                     notes="A notebook, paper or report they choose; read it before the "
                           "call."),
        StepTemplate(S.TECH_DISCUSSION, "Experiment deep dive", 60, (A.ML_PRACTICE, A.THEORY),
                     notes="One experiment end to end: hypothesis, set-up, error analysis, "
                           "conclusion."),
        StepTemplate(S.TECH_DISCUSSION, "Statistics and A/B test case", 45,
                     (A.THEORY, A.SYSTEMS),
                     notes="Design a test for a real product change: randomisation unit, "
                           "logging, power, pitfalls."),
        StepTemplate(S.FOUNDER_FINAL, "Founder conversation", 45, (A.CULTURE,)),
    ),
    fits_stages=(CompanyStage.PMF, CompanyStage.GROWTH),
    stage_note="Rarely the first hire: without data pipelines and storage in place, the "
               "first months go on plumbing instead of experiments.",
)

MLOPS = RoleTemplate(
    key="mlops",
    track=Track.MLOPS,
    title="MLOps Engineer",
    summary="DevOps for the ML team: makes training, deployment and monitoring of models "
            "reproducible, automatic and affordable.",
    level=Level.SENIOR,
    employment_type=EmploymentType.FRACTIONAL,
    responsibilities=(
        "Set up CI/CD for training and serving code, including jobs that need GPUs",
        "Keep environments reproducible: pinned dependencies, container images, drivers",
        "Run experiment tracking and the model registry, and keep them tidy",
        "Deploy models with canary and rollback, and automate retraining where it pays",
        "Monitor models and data in production, and page the right person when they drift",
        "Watch cloud and GPU spend, and set alerts before a bill surprises anyone",
    ),
    must_haves=(
        "Built and ran CI/CD pipelines for production services",
        "Containers and one orchestrator (Kubernetes, a managed batch service or similar)",
        "Infrastructure as code on one major cloud",
        "Deployed and monitored ML models in production",
        "Solid Python and shell scripting",
    ),
    nice_to_haves=(
        "GPU scheduling and CUDA driver compatibility",
        "Experiment trackers and model registries",
        "Cost monitoring and budget alerts",
        "Data and model versioning tools",
    ),
    tech_stack=("Docker", "Kubernetes", "Terraform", "GitHub Actions or GitLab CI",
                "An experiment tracker", "Prometheus and Grafana", "Python"),
    weights={A.ML_PRACTICE: 20, A.SOFTWARE: 30, A.THEORY: 0, A.SYSTEMS: 35, A.CULTURE: 15},
    loop=(
        StepTemplate(S.INTRO_CALL, "Intro call", 30, (A.CULTURE,),
                     notes="Availability (days per week), current engagements, what they "
                           "have run in production."),
        StepTemplate(S.TECH_SCREEN, "Infrastructure screen", 45, (A.SOFTWARE, A.SYSTEMS),
                     notes="Debug a failing pipeline or container together; talk, no "
                           "trick questions."),
        StepTemplate(S.PORTFOLIO_REVIEW, "Infrastructure code review", 45,
                     (A.SOFTWARE, A.ML_PRACTICE),
                     notes="CI configs, Dockerfiles or Terraform they wrote; public or "
                           "shown on screen."),
        StepTemplate(S.SYSTEM_DESIGN, "ML platform design", 60, (A.SYSTEMS, A.ML_PRACTICE),
                     notes="From a training notebook to a monitored, rollback-able "
                           "deployment."),
        StepTemplate(S.FOUNDER_FINAL, "Founder conversation", 45, (A.CULTURE,)),
    ),
    fits_stages=(CompanyStage.SEED, CompanyStage.PMF, CompanyStage.GROWTH),
    stage_note="Worth having early, usually fractional for a few days a week until several "
               "models are in production.",
)

DATA_ENGINEER = RoleTemplate(
    key="data_engineer",
    track=Track.DATA_ENGINEER,
    title="Data Engineer",
    summary="Builds the ingestion, cleaning and orchestration that feed reliable data to "
            "training, validation and the product.",
    level=Level.MID,
    employment_type=EmploymentType.FULL_TIME,
    responsibilities=(
        "Ingest data from customers, partners and our own product into one place",
        "Write the cleaning and pre-processing steps that produce training and validation sets",
        "Schedule and orchestrate pipelines so a failed step can be rerun safely",
        "Check data quality and stop bad data before it reaches a training run",
        "Backfill and fix data when a source or a transformation was wrong",
        "Document datasets so scientists and engineers know what each column means",
    ),
    must_haves=(
        "Production SQL and Python for data pipelines",
        "Built and operated scheduled pipelines with an orchestrator",
        "Data modelling for analytics or ML (partitions, keys, history)",
        "Tested and monitored pipelines, not only written them",
    ),
    nice_to_haves=(
        "Streaming ingestion",
        "Data quality and validation tools",
        "Columnar formats and a data warehouse or lakehouse",
        "Has prepared data for ML training before",
    ),
    tech_stack=("Python", "SQL", "Airflow, Dagster or Prefect", "Parquet",
                "A cloud warehouse", "dbt"),
    weights={A.ML_PRACTICE: 10, A.SOFTWARE: 35, A.THEORY: 0, A.SYSTEMS: 40, A.CULTURE: 15},
    loop=(
        StepTemplate(S.INTRO_CALL, "Intro call", 30, (A.CULTURE,),
                     notes="The pipelines they ran, their size, and what broke."),
        StepTemplate(S.TAKE_HOME, "Ingestion exercise", 45, (A.SOFTWARE, A.SYSTEMS),
                     expected_hours=2.0,
                     notes="A small load-clean-validate task on a sample file, capped at two "
                           "hours, then a 45-minute walk-through. Offer the alternative just as "
                           "readily: a live discussion of pipeline code the candidate already "
                           "wrote, or pairing on the same task."),
        StepTemplate(S.SYSTEM_DESIGN, "Pipeline design", 60, (A.SYSTEMS, A.SOFTWARE),
                     notes="Late files, changed schemas and backfills in a pipeline feeding "
                           "training."),
        StepTemplate(S.FOUNDER_FINAL, "Founder conversation", 45, (A.CULTURE, A.ML_PRACTICE)),
    ),
    fits_stages=(CompanyStage.PMF, CompanyStage.GROWTH),
    stage_note="Hire when data sources outgrow what the ML engineer can maintain on the side; "
               "earlier if the product is mostly data ingestion.",
)

ML_LEAD = RoleTemplate(
    key="ml_lead",
    track=Track.ML_LEAD,
    title="ML Lead",
    summary="Sets the technical direction and architecture of ML work, hands-on or leading a "
            "small team.",
    level=Level.LEAD,
    employment_type=EmploymentType.FULL_TIME,
    responsibilities=(
        "Decide which ML problems to work on, in what order, and when to stop one",
        "Design the architecture of data, training and serving, and review others' designs",
        "Build key parts hands-on, especially the first version of anything new",
        "Hire, mentor and unblock ML engineers and scientists",
        "Translate between founders, product and the ML team on what is feasible and when",
        "Set the team's standards for evaluation, code quality and reproducibility",
    ),
    must_haves=(
        "Led ML projects from problem framing to production impact",
        "Designed an ML system architecture that others built on",
        "Depth in at least one modelling area relevant to our product",
        "Mentored or managed engineers or scientists",
        "Explains trade-offs clearly to founders and non-specialists",
    ),
    nice_to_haves=(
        "Built an ML team from its first hires",
        "Research record (papers, patents, open-source work)",
        "Startup experience with tight budgets",
    ),
    tech_stack=("Python", "PyTorch", "One major cloud", "Experiment tracking",
                "Model serving"),
    weights={A.ML_PRACTICE: 25, A.SOFTWARE: 15, A.THEORY: 20, A.SYSTEMS: 20, A.CULTURE: 20},
    loop=(
        StepTemplate(S.INTRO_CALL, "Intro call", 30, (A.CULTURE,),
                     notes="Hands-on or managing, full-time or fractional, and why now."),
        StepTemplate(S.TECH_DISCUSSION, "Past project and direction deep dive", 60,
                     (A.ML_PRACTICE, A.THEORY),
                     notes="A programme they led: what they chose, what they dropped, what "
                           "it changed."),
        StepTemplate(S.SYSTEM_DESIGN, "Architecture review", 60, (A.SYSTEMS, A.SOFTWARE),
                     notes="Review our current set-up with them and discuss what they would "
                           "change."),
        StepTemplate(S.CULTURE, "Leadership conversation", 45, (A.CULTURE,),
                     notes="Hiring, mentoring, disagreement and underperformance, with "
                           "examples."),
        StepTemplate(S.FOUNDER_FINAL, "Founders' final", 60, (A.CULTURE, A.ML_PRACTICE),
                     notes="Both founders: roadmap, expectations for the first six "
                           "months."),
    ),
    fits_stages=(CompanyStage.SEED, CompanyStage.PMF, CompanyStage.GROWTH),
    stage_note="Rare and expensive: young teams often start with an interim or fractional "
               "lead and hire full-time at growth, when there is a team to lead.",
)

SOFTWARE_ENGINEER = RoleTemplate(
    key="software_engineer",
    track=Track.SOFTWARE_ENGINEER,
    title="Software Engineer",
    summary="Builds and runs the product around the models: back end, front end, integrations "
            "and the plumbing in between.",
    level=Level.MID,
    employment_type=EmploymentType.FULL_TIME,
    responsibilities=(
        "Build product features end to end, from database to user interface",
        "Integrate model predictions into the product with sensible fallbacks",
        "Write tests and review teammates' code",
        "Keep services deployed, observable and fast enough",
        "Talk to users and founders to understand what a feature is for",
    ),
    must_haves=(
        "Shipped and maintained production software in a team",
        "One back-end language in depth (Python preferred)",
        "Relational databases and SQL",
        "Automated tests, code review and git as daily habits",
    ),
    nice_to_haves=(
        "A front-end framework",
        "Cloud deployment and containers",
        "Has worked next to ML or data teams",
    ),
    tech_stack=("Python", "TypeScript", "PostgreSQL", "Docker", "AWS or GCP"),
    weights={A.ML_PRACTICE: 5, A.SOFTWARE: 50, A.THEORY: 0, A.SYSTEMS: 25, A.CULTURE: 20},
    loop=(
        StepTemplate(S.INTRO_CALL, "Intro call", 30, (A.CULTURE,)),
        StepTemplate(S.TECH_SCREEN, "Pairing session", 60, (A.SOFTWARE,),
                     notes="A small change in a realistic code base, with their own editor; "
                           "talk it through."),
        StepTemplate(S.TECH_DISCUSSION, "Code review conversation", 45,
                     (A.SOFTWARE, A.CULTURE),
                     notes="Review a short pull request together: what would they ask, "
                           "change, approve?"),
        StepTemplate(S.SYSTEM_DESIGN, "System design", 60,
                     (A.SYSTEMS, A.SOFTWARE, A.ML_PRACTICE),
                     notes="A feature of our product, including how it calls a model."),
        StepTemplate(S.FOUNDER_FINAL, "Founder conversation", 45, (A.CULTURE,)),
    ),
    fits_stages=(CompanyStage.SEED, CompanyStage.PMF, CompanyStage.GROWTH),
    stage_note="Useful at every stage: an ML product is mostly ordinary software around a "
               "model.",
)

#: The built-in templates, in the order the app offers them.
TEMPLATES: tuple[RoleTemplate, ...] = (
    ML_ENGINEER,
    DATA_SCIENTIST,
    MLOPS,
    DATA_ENGINEER,
    ML_LEAD,
    SOFTWARE_ENGINEER,
)


def template(key: str) -> RoleTemplate:
    for t in TEMPLATES:
        if t.key == key:
            return t
    raise KeyError(key)
