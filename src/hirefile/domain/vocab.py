"""The domain's closed vocabularies.

Every enum stores its *value* in the file (short, stable, lower-case identifiers), so a value
written by one version of Hirefile is read by every later one. Labels are for people and may be
reworded freely.
"""

from __future__ import annotations

from enum import Enum


class Vocab(str, Enum):
    """A string enum whose members carry a human label."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Vocab:  # label: members only
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    def __str__(self) -> str:
        return str(self.value)


class Axis(Vocab):
    """The five skill axes a scorecard rates."""

    ML_PRACTICE = "ml_practice", "ML practice"
    SOFTWARE = "software", "Software engineering"
    THEORY = "theory", "ML theory and math"
    SYSTEMS = "systems", "ML systems architecture"
    CULTURE = "culture", "Culture and collaboration"


class Track(Vocab):
    """What a role is, in day-to-day terms (the built-in templates)."""

    ML_ENGINEER = "ml_engineer", "ML engineer"
    DATA_SCIENTIST = "data_scientist", "ML / data scientist"
    MLOPS = "mlops", "MLOps engineer"
    DATA_ENGINEER = "data_engineer", "Data / ETL engineer"
    ML_LEAD = "ml_lead", "ML lead"
    SOFTWARE_ENGINEER = "software_engineer", "Software engineer"
    PRODUCT_MANAGER = "product_manager", "Product manager"
    OTHER = "other", "Other"


class Level(Vocab):
    JUNIOR = "junior", "Junior"
    MID = "mid", "Mid-level"
    SENIOR = "senior", "Senior"
    STAFF = "staff", "Staff / principal"
    LEAD = "lead", "Lead / director"


class EmploymentType(Vocab):
    FULL_TIME = "full_time", "Full-time"
    PART_TIME = "part_time", "Part-time"
    CONTRACT = "contract", "Contract"
    FRACTIONAL = "fractional", "Fractional"
    INTERN = "intern", "Intern"


class RoleStatus(Vocab):
    DRAFT = "draft", "Draft"
    OPEN = "open", "Open"
    PAUSED = "paused", "Paused"
    FILLED = "filled", "Filled"
    CLOSED = "closed", "Closed"


class CompanyStage(Vocab):
    SEED = "seed", "Seed"
    PMF = "pmf", "Product-market fit"
    GROWTH = "growth", "Growth"


class OnboardingCategory(Vocab):
    """What an onboarding item is about, so a checklist groups what must be ready by when."""

    PAPERWORK = "paperwork", "Paperwork"
    EQUIPMENT = "equipment", "Equipment"
    ACCESS = "access", "Access"
    BUDDY = "buddy", "Buddy"
    FIRST_PROJECT = "first_project", "First project"
    OTHER = "other", "Other"


class PayPeriod(Vocab):
    YEAR = "year", "per year"
    MONTH = "month", "per month"
    DAY = "day", "per day"
    HOUR = "hour", "per hour"


class RemotePolicy(Vocab):
    ONSITE = "onsite", "On-site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"


class StepKind(Vocab):
    """A step of an interview loop."""

    INTRO_CALL = "intro_call", "Intro call"
    TECH_SCREEN = "tech_screen", "Technical screen"
    PORTFOLIO_REVIEW = "portfolio_review", "Portfolio review"
    TECH_DISCUSSION = "tech_discussion", "Technical discussion"
    TAKE_HOME = "take_home", "Take-home"
    SYSTEM_DESIGN = "system_design", "System design"
    CULTURE = "culture", "Culture conversation"
    FOUNDER_FINAL = "founder_final", "Founder final"
    OTHER = "other", "Other"


class StageKind(Vocab):
    """How a pipeline stage behaves: still in process, hired, or one of the exits."""

    ACTIVE = "active", "In process"
    HIRED = "hired", "Hired"
    REJECTED = "rejected", "Rejected"
    WITHDREW = "withdrew", "Withdrew"

    @property
    def is_exit(self) -> bool:
        return self in (StageKind.REJECTED, StageKind.WITHDREW)

    @property
    def is_closed(self) -> bool:
        return self is not StageKind.ACTIVE


class Source(Vocab):
    INBOUND = "inbound", "Inbound"
    REFERRAL = "referral", "Referral"
    OUTREACH = "outreach", "Outreach"
    AGENCY = "agency", "Agency"
    EVENT = "event", "Event"
    COMMUNITY = "community", "Community"
    OTHER = "other", "Other"


class LinkKind(Vocab):
    GITHUB = "github", "GitHub"
    LINKEDIN = "linkedin", "LinkedIn"
    PORTFOLIO = "portfolio", "Portfolio"
    PAPER = "paper", "Paper"
    EMAIL = "email", "Other e-mail"
    PHONE = "phone", "Other phone"
    OTHER = "other", "Other"


class Rating(int, Enum):
    """The four-step scale ATS users know. "Not assessed" is the absence of a rating (None)."""

    STRONG_NO = 1
    NO = 2
    YES = 3
    STRONG_YES = 4

    @property
    def label(self) -> str:
        return _RATING_LABELS[self]


_RATING_LABELS = {
    Rating.STRONG_NO: "Strong no",
    Rating.NO: "No",
    Rating.YES: "Yes",
    Rating.STRONG_YES: "Strong yes",
}

NOT_ASSESSED_LABEL = "Not assessed"


class InterviewStatus(Vocab):
    SCHEDULED = "scheduled", "Scheduled"
    DONE = "done", "Done"
    CANCELLED = "cancelled", "Cancelled"
    NO_SHOW = "no_show", "No-show"


class ScorecardStatus(Vocab):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"


class CheckResult(Vocab):
    PASS = "pass", "Pass"
    PARTIAL = "partial", "Partial"
    FAIL = "fail", "Fail"
    NA = "na", "n.a."


class PortfolioCheck(Vocab):
    """The portfolio-review checklist."""

    ORGANISATION = "organisation", "Organisation of the code"
    DOCSTRINGS = "docstrings", "Docstrings and type hints"
    TESTS = "tests", "Tests"
    DOCUMENTATION = "documentation", "Documentation"
    ORIGINAL = "original", "Original work, not a clone or tutorial"
    RUNS_TODAY = "runs_today", "Runs with current packages"
    BEYOND_DEFAULTS = "beyond_defaults", "Thought beyond library defaults"


class CultureDimension(Vocab):
    COMMUNICATION = "communication", "Communication"
    OWNERSHIP = "ownership", "Ownership and attitude"
    TEAM_PLAY = "team_play", "Team play"
    SELF_MOTIVATION = "self_motivation", "Self-motivation"
    BEYOND = "beyond", "Going beyond"
    PACE = "pace", "Working style: pace"
    AUTONOMY = "autonomy", "Working style: autonomy"
    COLLABORATION = "collaboration", "Working style: collaboration"


class Decision(Vocab):
    ADVANCE = "advance", "Advance"
    HIRE = "hire", "Hire"
    REJECT = "reject", "Reject"
    HOLD = "hold", "Hold"


class OfferStatus(Vocab):
    DRAFT = "draft", "Draft"
    APPROVED = "approved", "Approved"
    SENT = "sent", "Sent"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    EXPIRED = "expired", "Expired"
    WITHDRAWN = "withdrawn", "Withdrawn"


class EquityKind(Vocab):
    NONE = "none", "None"
    OPTIONS = "options", "Options"
    PERCENT = "percent", "Percent"


class ActivityKind(Vocab):
    """What the activity log records (the timeline and the audit trail)."""

    CREATED = "created", "Created"
    UPDATED = "updated", "Updated"
    DELETED = "deleted", "Deleted"
    MOVED = "moved", "Moved"
    NOTE = "note", "Note"
    REVEALED = "revealed", "Revealed sealed feedback"
    EXPORTED = "exported", "Exported"
    MERGED = "merged", "Merged"
    IMPORTED = "imported", "Imported"
    ERASED = "erased", "Erased"
    DRAFTED = "drafted", "E-mail drafted"


class Direction(Vocab):
    """Which way a kept e-mail went: from the candidate, or to them."""

    RECEIVED = "received", "Received"
    SENT = "sent", "Sent"
