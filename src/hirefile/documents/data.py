"""The plain data each document is built from.

The services' `gather_*` functions read the file and fill these; the builders only lay them
out. Keeping the two apart means a builder never touches the database (and is tested with
hand-made data), and the services never import ReportLab. Every text here is user text: the
builders pass it through `text.markup` before ReportLab sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


def page_size_for(currency: str) -> str:
    """US Letter for companies paying in US or Canadian dollars, A4 everywhere else."""
    return "LETTER" if currency in ("USD", "CAD") else "A4"


@dataclass(frozen=True)
class Letterhead:
    """The company as a letterhead shows it."""

    name: str
    address: str = ""
    website: str = ""
    logo: bytes | None = None
    logo_mime: str | None = None
    #: `A4` or `LETTER`, from the company's country (its default currency).
    page_size: str = "A4"


@dataclass(frozen=True)
class OfferLetterData:
    letterhead: Letterhead
    letter_date: date
    candidate_name: str
    candidate_location: str
    candidate_email: str
    role_title: str
    #: (label, value) rows of the summary of terms; rows without a value are left out.
    terms: tuple[tuple[str, str], ...]
    #: The filled template: plain text, paragraphs separated by blank lines.
    body: str
    signatory_name: str
    signatory_title: str
    expiry_text: str
    #: Not yet approved or sent: the letter is marked as a draft.
    is_draft: bool = False
    #: "Offer of employment", "Contract offer"… (by the employment type).
    heading: str = "Offer of employment"
    #: What the candidate's acceptance says they accept, before the role's title.
    accepts: str = "this offer of employment as"
    #: A letter that no longer stands: its watermark (DECLINED, WITHDRAWN, EXPIRED) and the
    #: sentence of its banner; both empty for a standing offer.
    status_mark: str = ""
    status_banner: str = ""


@dataclass(frozen=True)
class LoopStepInfo:
    """One step of an interview loop as a job description or packet lists it."""

    number: int  # its place in the loop, 1 first
    title: str
    kind: str
    length: str
    axes: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class JobDescriptionData:
    letterhead: Letterhead
    title: str
    summary: str
    facts: tuple[tuple[str, str], ...]
    responsibilities: tuple[str, ...]
    must_haves: tuple[str, ...]
    nice_to_haves: tuple[str, ...]
    tech_stack: tuple[str, ...]
    steps: tuple[LoopStepInfo, ...]
    process_total: str
    #: How the company keeps applicants' data (the file's retention rule), when the founders
    #: chose to print it; else empty.
    privacy_notice: str = ""
    #: From the company profile, in the company's words ("" when not written): who they are,
    #: what they offer (one benefit a line) and how to apply.
    about: str = ""
    benefits: tuple[str, ...] = ()
    how_to_apply: str = ""


@dataclass(frozen=True)
class Question:
    text: str
    guidance: str = ""
    #: What a 1, 2, 3 and 4 answer look like (empty: none written).
    anchors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slot:
    """An interview of a loop step: when, with whom, in what state."""

    when: str
    interviewers: str
    status: str
    place: str = ""


@dataclass(frozen=True)
class PacketStep:
    info: LoopStepInfo
    #: (axis label, what the axis covers)
    axes: tuple[tuple[str, str], ...]
    questions: tuple[Question, ...]
    slots: tuple[Slot, ...] = ()
    #: Each axis's anchors (what a 1, 2, 3 and 4 look like), in the order of `axes`.
    axis_anchors: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class RatingLine:
    label: str
    rating: str
    evidence: str = ""


@dataclass(frozen=True)
class ScorecardView:
    """One submitted scorecard: who, for which step, when, what they rated and wrote."""

    interviewer: str
    step: str
    when: str
    recommendation: str
    ratings: tuple[RatingLine, ...]
    takeaways: str = ""
    #: Rating values 1..4 (None = not assessed) by axis label, for the debrief's grid.
    scores: dict[str, int | None] = field(default_factory=dict)
    recommendation_value: int | None = None
    #: Sealed for the reader (they have not submitted theirs): who and when, never what.
    sealed: bool = False


@dataclass(frozen=True)
class PacketData:
    company: str
    candidate_name: str
    role_title: str
    generated_on: date
    candidate_facts: tuple[tuple[str, str], ...]
    role_facts: tuple[tuple[str, str], ...]
    responsibilities: tuple[str, ...]
    must_haves: tuple[str, ...]
    steps: tuple[PacketStep, ...]
    portfolio_links: tuple[str, ...]
    portfolio_checks: tuple[tuple[str, str], ...]
    culture_dimensions: tuple[tuple[str, str], ...]
    #: Others' submitted scorecards: only filled when asked for (feedback stays independent).
    feedback: tuple[ScorecardView, ...] | None = None
    page_size: str = "A4"
    #: Which time zone the interview times are in, and where it comes from (a sentence).
    time_zone_note: str = ""


@dataclass(frozen=True)
class ReviewView:
    """A portfolio review or a culture assessment, summarised."""

    title: str
    by: str
    when: str
    rating: str
    summary: str
    lines: tuple[RatingLine, ...] = ()
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class AxisScore:
    label: str
    weight_percent: float
    average: float | None
    count: int
    spread: int


@dataclass(frozen=True)
class DebriefData:
    company: str
    candidate_name: str
    role_title: str
    stage: str
    generated_on: date
    axes: tuple[str, ...]
    scorecards: tuple[ScorecardView, ...]
    axis_scores: tuple[AxisScore, ...]
    weighted_score: float | None
    recommendations: tuple[tuple[str, int], ...]
    portfolio: tuple[ReviewView, ...]
    culture: tuple[ReviewView, ...]
    decision: str = ""
    decision_rationale: str = ""
    decision_by: str = ""
    decided_at: datetime | None = None
    drafts_left_out: int = 0
    page_size: str = "A4"
    #: Estimate, discuss, estimate: the weighted score before and after the discussion, and
    #: what moved and why ("Ana: Software engineering 2 → 3 — saw the tests"), as the viewer
    #: may see them; `discussed` once the scores before the discussion were kept.
    discussed: bool = False
    weighted_before: float | None = None
    weighted_after: float | None = None
    moved: tuple[str, ...] = ()
    #: Others' feedback is sealed for the viewer (they have not submitted theirs here).
    sealed: bool = False


@dataclass(frozen=True)
class JobPostingData:
    """A role as a careers page lists it for search engines (schema.org `JobPosting`): the
    job description's data, plus what the posting states as values rather than sentences."""

    description: JobDescriptionData
    date_posted: date
    #: `EmploymentType` values (`full_time`, `contract`…).
    employment_type: str
    #: `RemotePolicy` value (`onsite`, `hybrid`, `remote`), or None when not set.
    remote: str | None
    #: Where the work is, or (remote) where applicants may live; as typed.
    location: str
    #: Pay range in minor units of `pay_currency`, per `pay_period` (a `PayPeriod` value).
    pay_min: int | None = None
    pay_max: int | None = None
    pay_currency: str | None = None
    pay_period: str = "year"
