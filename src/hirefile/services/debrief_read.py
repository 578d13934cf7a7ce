"""What a debrief shows, as one viewer may see it: SQL text for both backends.

Run by storage/rows.py on an open `Database`'s session (the debrief screen, finalists) or on
a file's sqlite3 connection (`hirefile export debrief` reads it without SQLAlchemy). The
writes stay where they were (services/debrief.py, scorecards.py, assessments.py, roles.py),
which give these reads to their callers. Everything here follows the sealing rule
(services/sealing.py): until the viewer has submitted their own scorecard for the
application, or revealed anyway, others' scorecards, portfolio reviews and culture
assessments are counted but not shown, nor scored.

The score counts what `scoring.axis_ratings` says counts: scorecard ratings, and each culture
assessment the viewer may see as one rating on Culture and collaboration. An axis rated only
in evidence sealed for the viewer is "sealed", never a gap ("nobody assessed").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from hirefile.domain import scoring
from hirefile.domain.vocab import (
    Axis,
    CheckResult,
    CultureDimension,
    Decision,
    PortfolioCheck,
    ScorecardStatus,
)
from hirefile.errors import NotFound
from hirefile.services.people import name_of, names
from hirefile.services.sealing import can_see_feedback
from hirefile.storage.rows import (
    Rows,
    required_day,
    required_time,
    rows_of,
    stored_choice,
    stored_list,
)

WEIGHTS = ("SELECT axis, weight FROM role_axis_weight WHERE role_id = :role "
           "AND deleted_at IS NULL")
CARDS = ("SELECT id, interview_id, interviewer_id, created_by, status, recommendation, "
         "takeaways, private_note FROM scorecard WHERE application_id = :app "
         "AND deleted_at IS NULL ORDER BY submitted_at, created_at")
TITLES = "SELECT id, title FROM interview WHERE application_id = :app"
CARD_RATINGS = ("SELECT scorecard_id, axis, rating, evidence FROM scorecard_rating "
                "WHERE scorecard_id IN :ids AND deleted_at IS NULL")
CARD_NOTES = ("SELECT scorecard_id, id, question_text, note FROM scorecard_question_note "
              "WHERE scorecard_id IN :ids AND deleted_at IS NULL ORDER BY position, id")
#: Axes rated on the given (sealed) scorecards: which, never the values.
RATED_AXES = ("SELECT DISTINCT axis FROM scorecard_rating WHERE scorecard_id IN :ids "
              "AND rating IS NOT NULL AND deleted_at IS NULL")
REVIEWS = ("SELECT id, reviewer_id, created_by, reviewed_on, urls, looked_at, rating, notes "
           "FROM portfolio_review WHERE application_id = :app AND deleted_at IS NULL "
           "ORDER BY reviewed_on")
REVIEW_CHECKS = ("SELECT review_id, item, result, note FROM portfolio_review_check "
                 "WHERE review_id IN :ids AND deleted_at IS NULL")
CULTURE = ("SELECT id, assessor_id, created_by, assessed_on, summary FROM culture_assessment "
           "WHERE application_id = :app AND deleted_at IS NULL ORDER BY assessed_on")
CULTURE_RATINGS = ("SELECT assessment_id, dimension, rating, evidence FROM culture_rating "
                   "WHERE assessment_id IN :ids AND deleted_at IS NULL")
#: The viewer's own reviews and assessments (removed ones too: they are theirs).
OWN_EVIDENCE = ("SELECT id FROM portfolio_review WHERE application_id = :app "
                "AND reviewer_id = :viewer UNION SELECT id FROM culture_assessment "
                "WHERE application_id = :app AND assessor_id = :viewer")
DECISIONS = ("SELECT decision, rationale, decided_by_id, created_by, decided_at "
             "FROM debrief_decision WHERE application_id = :app AND deleted_at IS NULL "
             "ORDER BY decided_at")
APPLICATION = ("SELECT c.full_name, r.title, s.name, a.role_id FROM application a "
               "LEFT JOIN candidate c ON c.id = a.candidate_id "
               "LEFT JOIN role r ON r.id = a.role_id LEFT JOIN role_stage s ON s.id = a.stage_id "
               "WHERE a.id = :id AND a.deleted_at IS NULL")


def axis_weights(source: Any, role_id: str) -> dict[Axis, int]:
    """How much each axis counts for the role (0 for an axis without a weight)."""
    found = {stored_choice(Axis, axis): weight
             for axis, weight in rows_of(source).all(WEIGHTS, role=role_id)}
    return {axis: found.get(axis, 0) for axis in Axis}


# scorecards ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScorecardView:
    """A scorecard as one viewer may see it."""

    id: str
    interview_id: str
    interview_title: str
    interviewer_id: str
    interviewer: str
    status: ScorecardStatus
    sealed: bool
    mine: bool
    recommendation: int | None = None
    ratings: dict[Axis, tuple[int | None, str]] = field(default_factory=dict)
    question_notes: tuple[tuple[str, str, str], ...] = ()  # (row id, question, note)
    takeaways: str = ""
    private_note: str = ""  # only ever filled for the author

    @property
    def sealed_text(self) -> str:
        return f"Submitted by {self.interviewer} — sealed until you submit yours"


def scorecards(source: Any, application_id: str, viewer_id: str) -> list[ScorecardView]:
    """Every scorecard of an application as `viewer_id` may see it (sealed or not): their own
    (drafts too), and others' submitted ones."""
    rows = rows_of(source)
    open_to_viewer = can_see_feedback(rows, viewer_id, application_id)
    cards = []
    for card in rows.all(CARDS, app=application_id):
        status = stored_choice(ScorecardStatus, card[4])
        if card[2] != viewer_id and status is not ScorecardStatus.SUBMITTED:
            continue  # others' drafts are nobody's business yet
        cards.append((card, status))
    if not cards:
        return []
    known = names(rows)
    titles = dict(rows.all(TITLES, app=application_id))
    shown = [c[0] for c, _ in cards if c[2] == viewer_id or open_to_viewer]
    ratings: dict[str, dict[Axis, tuple[int | None, str]]] = defaultdict(dict)
    notes: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    if shown:
        for card_id, axis, rating, evidence in rows.all(CARD_RATINGS, ids=shown):
            ratings[card_id][stored_choice(Axis, axis)] = (rating, evidence)
        for card_id, note_id, question, note in rows.all(CARD_NOTES, ids=shown):
            notes[card_id].append((note_id, question, note))
    out = []
    for (card_id, interview_id, interviewer_id, created_by, _status, recommendation, takeaways,
         private_note), status in cards:
        mine = interviewer_id == viewer_id
        base: dict[str, Any] = dict(
            id=card_id, interview_id=interview_id,
            interview_title=titles.get(interview_id, ""), interviewer_id=interviewer_id,
            interviewer=name_of(known, interviewer_id, created_by), status=status, mine=mine)
        if not mine and not open_to_viewer:
            out.append(ScorecardView(**base, sealed=True))
            continue
        out.append(ScorecardView(
            **base, sealed=False, recommendation=recommendation, ratings=ratings[card_id],
            question_notes=tuple(notes[card_id]), takeaways=takeaways or "",
            private_note=private_note if mine else ""))
    return out


# portfolio reviews and culture assessments -----------------------------------------------------

@dataclass(frozen=True)
class ReviewData:
    id: str
    reviewer: str
    reviewed_on: date
    urls: tuple[tuple[str, str], ...]
    looked_at: str
    checks: dict[PortfolioCheck, tuple[CheckResult, str]]
    rating: int | None
    notes: str


@dataclass(frozen=True)
class CultureData:
    id: str
    assessor: str
    assessed_on: date
    ratings: dict[CultureDimension, tuple[int | None, str]]
    summary: str


def reviews(source: Any, application_id: str) -> list[ReviewData]:
    """The application's portfolio reviews, oldest first (whoever may see them: the caller
    applies the sealing rule)."""
    rows = rows_of(source)
    found = rows.all(REVIEWS, app=application_id)
    if not found:
        return []
    known = names(rows)
    checks: dict[str, dict[PortfolioCheck, tuple[CheckResult, str]]] = defaultdict(dict)
    for review_id, item, result, note in rows.all(REVIEW_CHECKS, ids=[r[0] for r in found]):
        checks[review_id][stored_choice(PortfolioCheck, item)] = (
            stored_choice(CheckResult, result), note)
    return [ReviewData(
        rid, name_of(known, reviewer, created_by), required_day(reviewed_on),
        tuple((u.get("url", ""), u.get("ref", "")) for u in stored_list(urls)), looked_at,
        checks[rid], rating, notes)
        for rid, reviewer, created_by, reviewed_on, urls, looked_at, rating, notes in found]


def culture(source: Any, application_id: str) -> list[CultureData]:
    """The application's culture assessments, oldest first (the caller applies sealing)."""
    rows = rows_of(source)
    found = rows.all(CULTURE, app=application_id)
    if not found:
        return []
    known = names(rows)
    ratings: dict[str, dict[CultureDimension, tuple[int | None, str]]] = defaultdict(dict)
    for aid, dimension, rating, evidence in rows.all(CULTURE_RATINGS, ids=[a[0] for a in found]):
        ratings[aid][stored_choice(CultureDimension, dimension)] = (rating, evidence)
    return [CultureData(aid, name_of(known, assessor, created_by), required_day(assessed_on),
                        ratings[aid], summary or "")
            for aid, assessor, created_by, assessed_on, summary in found]


# the debrief -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DebriefData:
    application_id: str
    candidate: str
    role: str
    stage: str
    weights: dict[Axis, int]
    #: Submitted scorecards (sealed ones when the viewer may not see them yet).
    cards: tuple[ScorecardView, ...]
    #: interviewer name -> axis -> rating, for the grid (only unsealed, submitted cards).
    grid: dict[str, dict[Axis, int | None]]
    means: dict[Axis, float | None]
    weighted: float | None
    disagreements: frozenset[Axis]
    #: Weighted axes nobody assessed (in anything: scorecards, culture assessments, sealed).
    gaps: tuple[Axis, ...]
    recommendations: tuple[tuple[str, int | None], ...]
    sealed: bool
    reviews: tuple[ReviewData, ...]
    culture: tuple[CultureData, ...]
    decisions: tuple[tuple[Decision, str, str, datetime], ...]  # decision, rationale, by, at
    #: Others' portfolio reviews and culture assessments left out while sealed.
    sealed_reviews: int = 0
    sealed_culture: int = 0
    #: Weighted axes assessed only in evidence sealed for this viewer (not gaps: sealed).
    sealed_axes: tuple[Axis, ...] = ()
    #: Culture assessments counted in the means and the score (one rating each on Culture).
    culture_counted: int = 0

    @property
    def sealed_evidence(self) -> int:
        return self.sealed_reviews + self.sealed_culture


def debrief(source: Any, application_id: str, viewer_id: str) -> DebriefData:
    """All submitted evidence side by side as `viewer_id` may see it, the weighted score and
    the decisions taken."""
    rows = rows_of(source)
    found = rows.all(APPLICATION, id=application_id)
    if not found:
        raise NotFound("That application no longer exists")
    candidate, role, stage, role_id = found[0]
    weights = axis_weights(rows, role_id)
    cards = [c for c in scorecards(rows, application_id, viewer_id)
             if c.status is ScorecardStatus.SUBMITTED]
    visible = [c for c in cards if not c.sealed]
    grid: dict[str, dict[Axis, int | None]] = {}
    for c in visible:
        label = f"{c.interviewer} · {c.interview_title}" if c.interview_title else c.interviewer
        grid[label] = {a: c.ratings[a][0] if a in c.ratings else None for a in Axis}
    decided = rows.all(DECISIONS, app=application_id)
    known = names(rows) if decided else {}
    decisions = tuple(
        (stored_choice(Decision, d), rationale, name_of(known, by, created_by), required_time(at))
        for d, rationale, by, created_by, at in decided)
    found_reviews = reviews(rows, application_id)
    found_culture = culture(rows, application_id)
    sealed_reviews = sealed_culture = 0
    if not can_see_feedback(rows, viewer_id, application_id):
        # Others' portfolio and culture ratings are sealed like their scorecards.
        own = {r[0] for r in rows.all(OWN_EVIDENCE, app=application_id, viewer=viewer_id)}
        sealed_reviews = sum(1 for r in found_reviews if r.id not in own)
        sealed_culture = sum(1 for c in found_culture if c.id not in own)
        found_reviews = [r for r in found_reviews if r.id in own]
        found_culture = [c for c in found_culture if c.id in own]
    culture_votes = [[v for v, _ in a.ratings.values()] for a in found_culture]
    per_axis = scoring.axis_ratings(
        ({a: v for a, (v, _) in c.ratings.items()} for c in visible), culture_votes)
    means = scoring.axis_means(per_axis)
    hidden = _sealed_axes(rows, [c.id for c in cards if c.sealed], sealed_culture > 0)
    sealed_axes = tuple(a for a in Axis if a in hidden and weights.get(a, 0) > 0
                        and means[a] is None)
    return DebriefData(
        application_id, candidate or "", role or "", stage or "", weights, tuple(cards), grid,
        means, scoring.weighted_score(means, weights), frozenset(scoring.disagreements(per_axis)),
        tuple(scoring.gaps(per_axis, weights, sealed=sealed_axes)),
        tuple((c.interviewer, c.recommendation) for c in visible),
        any(c.sealed for c in cards) or sealed_reviews + sealed_culture > 0,
        tuple(found_reviews), tuple(found_culture), decisions, sealed_reviews, sealed_culture,
        sealed_axes, sum(1 for votes in culture_votes if scoring.culture_vote(votes) is not None))


def _sealed_axes(rows: Rows, sealed_cards: Sequence[str], culture: bool) -> set[Axis]:
    """The axes rated in evidence the viewer may not see yet (which axes, never the values):
    sealed scorecards' rated axes, and Culture when a culture assessment is sealed."""
    out = {scoring.CULTURE_AXIS} if culture else set()
    if sealed_cards:
        out |= {stored_choice(Axis, a) for a, in rows.all(RATED_AXES, ids=list(sealed_cards))}
    return out
