"""Portfolio reviews (a candidate's public work) and culture assessments (with evidence)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from hirefile.domain.contacts import normalise_url
from hirefile.domain.vocab import ActivityKind, CheckResult, CultureDimension, PortfolioCheck
from hirefile.errors import NotFound, ValidationError
from hirefile.services.activity import record
from hirefile.services.debrief_read import CultureData as CultureData
from hirefile.services.debrief_read import ReviewData as ReviewData
from hirefile.services.debrief_read import culture as culture
from hirefile.services.debrief_read import reviews as reviews
from hirefile.services.pipeline import live_application
from hirefile.storage.models import (
    CultureAssessment,
    CultureRating,
    Person,
    PortfolioReview,
    PortfolioReviewCheck,
)

# portfolio reviews -----------------------------------------------------------------------


@dataclass
class ReviewDraft:
    urls: list[tuple[str, str]] = field(default_factory=list)  # (url, commit or ref)
    looked_at: str = ""
    checks: dict[PortfolioCheck, tuple[CheckResult, str]] = field(default_factory=dict)
    rating: int | None = None
    notes: str = ""
    reviewed_on: date | None = None


def _check_review(draft: ReviewDraft) -> list[dict[str, str]]:
    urls = []
    for url, ref in draft.urls:
        clean = normalise_url(url)
        if clean:
            if " " in clean.strip() or "." not in clean:
                raise ValidationError(f"“{url.strip()}” is not a link", field="urls")
            urls.append({"url": clean, "ref": ref.strip()})
    if not urls:
        raise ValidationError("Say what you reviewed: at least one link (a repository, a "
                              "paper, a notebook)", field="urls")
    if draft.rating is not None and draft.rating not in (1, 2, 3, 4):
        raise ValidationError("The rating goes from 1 (Strong no) to 4 (Strong yes)",
                              field="rating")
    return urls


def save_review(session: Session, application_id: str, reviewer_id: str, draft: ReviewDraft,
                *, review_id: str | None = None) -> PortfolioReview:
    app = live_application(session, application_id)
    urls = _check_review(draft)
    if session.get(Person, reviewer_id) is None:
        raise ValidationError("The reviewer must be a person of this file")
    if review_id is None:
        review = PortfolioReview(application_id=app.id, reviewer_id=reviewer_id,
                                 reviewed_on=draft.reviewed_on or date.today())
        session.add(review)
        record(session, ActivityKind.CREATED, "portfolio_review", review.id,
               "Reviewed the portfolio", candidate_id=app.candidate_id)
    else:
        found = session.get(PortfolioReview, review_id)
        if found is None or found.deleted_at is not None:
            raise NotFound("That review no longer exists")
        review = found
        review.reviewed_on = draft.reviewed_on or review.reviewed_on
    review.urls, review.looked_at = urls, draft.looked_at.strip()
    review.rating, review.notes = draft.rating, draft.notes.strip()
    rows = {c.item: c for c in review.checks}
    for item in PortfolioCheck:
        result, note = draft.checks.get(item, (CheckResult.NA, ""))
        row = rows.get(item)
        if row is None:
            review.checks.append(PortfolioReviewCheck(item=item, result=result, note=note))
        else:
            row.result, row.note = result, note
    return review


# culture assessments -----------------------------------------------------------------------

def save_culture(session: Session, application_id: str, assessor_id: str,
                 ratings: Mapping[CultureDimension, tuple[int | None, str]], summary: str = "",
                 *, assessed_on: date | None = None,
                 assessment_id: str | None = None) -> CultureAssessment:
    """Every rating needs its evidence (what the candidate said or did): refused otherwise."""
    app = live_application(session, application_id)
    rated = {d: (v, e.strip()) for d, (v, e) in ratings.items() if v is not None}
    if not rated:
        raise ValidationError("Rate at least one dimension", field="ratings")
    for dim, (value, evidence) in rated.items():
        if value not in (1, 2, 3, 4):
            raise ValidationError("Ratings go from 1 (Strong no) to 4 (Strong yes)",
                                  field=dim.value)
        if not evidence:
            raise ValidationError(f"“{dim.label}” needs evidence: what did the candidate say "
                                  "or do that shows it?", field=dim.value)
    if session.get(Person, assessor_id) is None:
        raise ValidationError("The assessor must be a person of this file")
    if assessment_id is None:
        assessment = CultureAssessment(application_id=app.id, assessor_id=assessor_id,
                                       assessed_on=assessed_on or date.today(),
                                       summary=summary.strip())
        session.add(assessment)
        record(session, ActivityKind.CREATED, "culture_assessment", assessment.id,
               "Assessed culture and collaboration", candidate_id=app.candidate_id)
    else:
        existing = session.get(CultureAssessment, assessment_id)
        if existing is None or existing.deleted_at is not None:
            raise NotFound("That assessment no longer exists")
        assessment = existing
        assessment.summary = summary.strip()
    rows = {r.dimension: r for r in assessment.ratings}
    for dim, (value, evidence) in rated.items():
        row = rows.get(dim)
        if row is None:
            assessment.ratings.append(CultureRating(dimension=dim, rating=value,
                                                    evidence=evidence))
        else:
            row.rating, row.evidence, row.deleted_at = value, evidence, None
    return assessment


def summary_counts(results: Sequence[CheckResult]) -> dict[CheckResult, int]:
    return {r: sum(1 for x in results if x is r) for r in CheckResult}
