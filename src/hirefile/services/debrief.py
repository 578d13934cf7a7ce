"""The debrief: all submitted evidence side by side, the weighted score, the decision; and
finalists of one role compared.

Everything here is as one viewer may see it (`scorecards.can_see_feedback`): until they have
submitted their own scorecard for the application, or revealed anyway, others' scorecards,
portfolio reviews and culture assessments are counted but not shown, nor scored.

The score counts what `scoring.axis_ratings` says counts: scorecard ratings, and each culture
assessment the viewer may see as one rating on Culture and collaboration. An axis rated only
in evidence sealed for the viewer is "sealed", never a gap ("nobody assessed")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain import scoring
from hirefile.domain.money import money_text
from hirefile.domain.vocab import ActivityKind, Axis, Decision, ScorecardStatus, StageKind
from hirefile.errors import ValidationError
from hirefile.services import assessments, pipeline, scorecards
from hirefile.services.activity import record
from hirefile.services.listing import range_text
from hirefile.services.people import name_of, names
from hirefile.services.roles import axis_weights
from hirefile.storage.models import (
    Candidate,
    CultureAssessment,
    DebriefDecision,
    PortfolioReview,
    Role,
    RoleStage,
    ScorecardRating,
)
from hirefile.storage.types import utcnow


@dataclass(frozen=True)
class DebriefData:
    application_id: str
    candidate: str
    role: str
    stage: str
    weights: dict[Axis, int]
    #: Submitted scorecards (sealed ones when the viewer may not see them yet).
    cards: tuple[scorecards.ScorecardView, ...]
    #: interviewer name -> axis -> rating, for the grid (only unsealed, submitted cards).
    grid: dict[str, dict[Axis, int | None]]
    means: dict[Axis, float | None]
    weighted: float | None
    disagreements: frozenset[Axis]
    #: Weighted axes nobody assessed (in anything: scorecards, culture assessments, sealed).
    gaps: tuple[Axis, ...]
    recommendations: tuple[tuple[str, int | None], ...]
    sealed: bool
    reviews: tuple[assessments.ReviewData, ...]
    culture: tuple[assessments.CultureData, ...]
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


def debrief(session: Session, application_id: str, viewer_id: str) -> DebriefData:
    app = pipeline.live_application(session, application_id)
    candidate = session.get(Candidate, app.candidate_id)
    role = session.get(Role, app.role_id)
    stage = session.get(RoleStage, app.stage_id)
    weights = axis_weights(session, app.role_id)
    cards = [c for c in scorecards.scorecards(session, application_id, viewer_id)
             if c.status is ScorecardStatus.SUBMITTED]
    visible = [c for c in cards if not c.sealed]
    grid: dict[str, dict[Axis, int | None]] = {}
    for c in visible:
        label = f"{c.interviewer} · {c.interview_title}" if c.interview_title else c.interviewer
        grid[label] = {a: c.ratings[a][0] if a in c.ratings else None for a in Axis}
    known = names(session)
    decisions = tuple(
        (d.decision, d.rationale, name_of(known, d.decided_by_id, d.created_by), d.decided_at)
        for d in session.scalars(select(DebriefDecision).where(
            DebriefDecision.application_id == application_id,
            DebriefDecision.deleted_at.is_(None)).order_by(DebriefDecision.decided_at)))
    reviews = assessments.reviews(session, application_id)
    culture = assessments.culture(session, application_id)
    sealed_reviews = sealed_culture = 0
    if not scorecards.can_see_feedback(session, viewer_id, application_id):
        # Others' portfolio and culture ratings are sealed like their scorecards.
        own = set(session.scalars(select(PortfolioReview.id).where(
            PortfolioReview.application_id == application_id,
            PortfolioReview.reviewer_id == viewer_id)))
        own |= set(session.scalars(select(CultureAssessment.id).where(
            CultureAssessment.application_id == application_id,
            CultureAssessment.assessor_id == viewer_id)))
        sealed_reviews = sum(1 for r in reviews if r.id not in own)
        sealed_culture = sum(1 for c in culture if c.id not in own)
        reviews = [r for r in reviews if r.id in own]
        culture = [c for c in culture if c.id in own]
    culture_votes = [[v for v, _ in a.ratings.values()] for a in culture]
    per_axis = scoring.axis_ratings(
        ({a: v for a, (v, _) in c.ratings.items()} for c in visible), culture_votes)
    means = scoring.axis_means(per_axis)
    hidden = _sealed_axes(session, [c.id for c in cards if c.sealed], sealed_culture > 0)
    sealed_axes = tuple(a for a in Axis if a in hidden and weights.get(a, 0) > 0
                        and means[a] is None)
    return DebriefData(
        application_id, candidate.full_name if candidate else "", role.title if role else "",
        stage.name if stage else "", weights, tuple(cards), grid, means,
        scoring.weighted_score(means, weights), frozenset(scoring.disagreements(per_axis)),
        tuple(scoring.gaps(per_axis, weights, sealed=sealed_axes)),
        tuple((c.interviewer, c.recommendation) for c in visible),
        any(c.sealed for c in cards) or sealed_reviews + sealed_culture > 0,
        tuple(reviews), tuple(culture), decisions, sealed_reviews, sealed_culture,
        sealed_axes, sum(1 for votes in culture_votes if scoring.culture_vote(votes) is not None))


def _sealed_axes(session: Session, sealed_cards: Sequence[str], culture: bool) -> set[Axis]:
    """The axes rated in evidence the viewer may not see yet (which axes, never the values):
    sealed scorecards' rated axes, and Culture when a culture assessment is sealed."""
    out = {scoring.CULTURE_AXIS} if culture else set()
    if sealed_cards:
        out |= set(session.scalars(select(ScorecardRating.axis).distinct().where(
            ScorecardRating.scorecard_id.in_(sealed_cards), ScorecardRating.rating.is_not(None),
            ScorecardRating.deleted_at.is_(None))))
    return out


def decide(session: Session, application_id: str, decision: Decision, rationale: str,
           decided_by_id: str, *, viewer_id: str | None = None) -> pipeline.MoveResult | None:
    """Record the decision and apply it to the stage: advance → next stage, hire → Offer
    (or Hired when the role has no Offer stage), reject → Rejected, hold → stays."""
    if not rationale.strip():
        raise ValidationError("Write down why: a decision without its reason cannot be "
                              "revisited", field="rationale")
    app = pipeline.live_application(session, application_id)
    data = debrief(session, application_id, viewer_id or decided_by_id)
    session.add(DebriefDecision(application_id=app.id, decision=decision,
                                rationale=rationale.strip(), decided_by_id=decided_by_id,
                                decided_at=utcnow(), weighted_score=data.weighted))
    record(session, ActivityKind.UPDATED, "application", app.id,
           f"Debrief: {decision.label.lower()} — {rationale.strip()[:120]}",
           candidate_id=app.candidate_id)
    stages = pipeline.stages_of(session, app.role_id)
    target: RoleStage | None = None
    reason = None
    if decision is Decision.ADVANCE:
        active = [s for s in stages if s.kind is StageKind.ACTIVE]
        ids = [s.id for s in active]
        if app.stage_id in ids and ids.index(app.stage_id) + 1 < len(ids):
            target = active[ids.index(app.stage_id) + 1]
    elif decision is Decision.HIRE:
        target = next((s for s in stages if s.name.casefold() == "offer"), None) or \
            pipeline.exit_stage(session, app.role_id, StageKind.HIRED)
    elif decision is Decision.REJECT:
        target = pipeline.exit_stage(session, app.role_id, StageKind.REJECTED)
        reason = "Debrief decision"
    if target is None or target.id == app.stage_id:
        return None
    return pipeline.move(session, app.id, target.id, reason=reason, note=rationale.strip())


# finalists -------------------------------------------------------------------------------

MIN_FINALISTS, MAX_FINALISTS = 2, 5


@dataclass(frozen=True)
class FinalistRow:
    application_id: str
    candidate: str
    stage: str
    days_in_process: int
    means: dict[Axis, float | None]
    weighted: float | None
    rank: int | None
    recommendations: tuple[int | None, ...]
    expectation: str
    against_range: str
    #: Others' feedback exists that the viewer may not see yet (scores left blank).
    sealed: bool = False


def finalists(session: Session, application_ids: Sequence[str],
              viewer_id: str) -> list[FinalistRow]:
    """2–5 candidates of one role side by side, best weighted score first (ties share a rank)."""
    ids = list(dict.fromkeys(application_ids))
    if not MIN_FINALISTS <= len(ids) <= MAX_FINALISTS:
        raise ValidationError(f"Compare between {MIN_FINALISTS} and {MAX_FINALISTS} candidates")
    apps = [pipeline.live_application(session, i) for i in ids]
    if len({a.role_id for a in apps}) != 1:
        raise ValidationError("Finalists are compared within one role")
    role = session.get(Role, apps[0].role_id)
    now = utcnow()
    rows: dict[str, FinalistRow] = {}
    for app in apps:
        d = debrief(session, app.id, viewer_id)
        c = session.get(Candidate, app.candidate_id)
        expectation = money_text(c.expectation, c.expectation_currency) if c else ""
        rows[app.id] = FinalistRow(
            app.id, d.candidate, d.stage, max(0, (now - app.applied_at).days), d.means,
            d.weighted, None, tuple(r for _, r in d.recommendations), expectation,
            _against(c, role), d.sealed)
    ranked = scoring.rank({k: r.weighted for k, r in rows.items()})
    order = {r.key: r.rank for r in ranked}
    out = [FinalistRow(**{**r.__dict__, "rank": order[k]}) for k, r in rows.items()]
    return sorted(out, key=lambda r: (r.rank is None, r.rank or 0, r.candidate))


def _against(c: Candidate | None, role: Role | None) -> str:
    if c is None or role is None or c.expectation is None:
        return "no expectation stated"
    if role.pay_min is None and role.pay_max is None:
        return "the role has no pay range"
    if c.expectation_currency != role.pay_currency or \
            (c.expectation_period or role.pay_period) != role.pay_period:
        return f"range {range_text(role.pay_min, role.pay_max, role.pay_currency)} " \
               "(different currency or period)"
    if role.pay_max is not None and c.expectation > role.pay_max:
        return "above the range"
    if role.pay_min is not None and c.expectation < role.pay_min:
        return "below the range"
    return "within the range"
