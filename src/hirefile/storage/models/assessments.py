"""Interviews, scorecards, portfolio reviews, culture assessments and debrief decisions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hirefile.domain.vocab import (
    Axis,
    CheckResult,
    CultureDimension,
    Decision,
    InterviewStatus,
    PortfolioCheck,
    ScorecardStatus,
    StepKind,
)
from hirefile.storage.models.base import Base, Tracked, fk, live_index, vocab
from hirefile.storage.models.ordered import in_order, position_column

#: Ratings are 1..4 (Strong no .. Strong yes); NULL means "not assessed", never a score.
RATING_CHECK = "rating IS NULL OR rating BETWEEN 1 AND 4"


class Interview(Tracked, Base):
    """A loop step scheduled for one application."""

    __tablename__ = "interview"

    application_id: Mapped[str] = fk("application")
    loop_step_id: Mapped[str | None] = fk("loop_step", nullable=True, index=False)
    kind: Mapped[StepKind] = mapped_column(vocab(StepKind))
    title: Mapped[str]
    starts_at: Mapped[datetime | None] = mapped_column(index=True)
    minutes: Mapped[int] = mapped_column(default=45)
    location: Mapped[str | None]
    link: Mapped[str | None]
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[InterviewStatus] = mapped_column(
        vocab(InterviewStatus), default=InterviewStatus.SCHEDULED
    )
    #: A stable UID for calendar exports, so re-exporting updates instead of duplicating.
    ical_uid: Mapped[str | None]


class InterviewPanelist(Tracked, Base):
    """An interviewer (a person of the file) on an interview."""

    __tablename__ = "interview_panelist"
    __table_args__ = (
        sa.UniqueConstraint("interview_id", "person_id"),
        #: A person's interviews from the index alone (Home: the scorecards they owe).
        live_index("ix_interview_panelist_live_person", "person_id", "interview_id"),
    )

    interview_id: Mapped[str] = fk("interview", index=False)  # the UNIQUE index's start
    person_id: Mapped[str] = fk("person")


class Scorecard(Tracked, Base):
    """One interviewer's written feedback on one interview."""

    __tablename__ = "scorecard"
    __table_args__ = (
        sa.UniqueConstraint("interview_id", "interviewer_id"),
        sa.CheckConstraint(
            "recommendation IS NULL OR recommendation BETWEEN 1 AND 4", name="recommendation"
        ),
        #: A person's submitted scorecards from the index alone (Home: what they still owe).
        live_index("ix_scorecard_live_interviewer", "interviewer_id", "status", "interview_id"),
    )

    interview_id: Mapped[str] = fk("interview", index=False)  # the UNIQUE index's start
    #: Denormalised so sealing ("have I submitted for this application?") is one indexed query.
    application_id: Mapped[str] = fk("application")
    interviewer_id: Mapped[str] = fk("person")
    status: Mapped[ScorecardStatus] = mapped_column(
        vocab(ScorecardStatus), default=ScorecardStatus.DRAFT
    )
    submitted_at: Mapped[datetime | None]
    recommendation: Mapped[int | None]
    takeaways: Mapped[str] = mapped_column(sa.Text, default="")
    private_note: Mapped[str] = mapped_column(sa.Text, default="")

    ratings: Mapped[list[ScorecardRating]] = relationship(back_populates="scorecard")
    question_notes: Mapped[list[ScorecardQuestionNote]] = relationship(
        back_populates="scorecard", order_by=lambda: in_order(ScorecardQuestionNote)
    )


class ScorecardRating(Tracked, Base):
    """A rating and its evidence for one axis of a scorecard."""

    __tablename__ = "scorecard_rating"
    __table_args__ = (
        sa.UniqueConstraint("scorecard_id", "axis"),
        sa.CheckConstraint(RATING_CHECK, name="rating"),
    )

    scorecard_id: Mapped[str] = fk("scorecard", index=False)  # the UNIQUE index's start
    axis: Mapped[Axis] = mapped_column(vocab(Axis))
    rating: Mapped[int | None]
    evidence: Mapped[str] = mapped_column(sa.Text, default="")

    scorecard: Mapped[Scorecard] = relationship(back_populates="ratings")


class ScorecardQuestionNote(Tracked, Base):
    """What the interviewer noted for one question asked."""

    __tablename__ = "scorecard_question_note"

    scorecard_id: Mapped[str] = fk("scorecard")
    question_id: Mapped[str | None] = fk("question", nullable=True, index=False)
    question_text: Mapped[str] = mapped_column(sa.Text)
    note: Mapped[str] = mapped_column(sa.Text, default="")
    position: Mapped[float] = position_column()

    scorecard: Mapped[Scorecard] = relationship(back_populates="question_notes")


class PortfolioReview(Tracked, Base):
    """A review of a candidate's public work (a repository, a paper, a notebook)."""

    __tablename__ = "portfolio_review"
    __table_args__ = (sa.CheckConstraint(RATING_CHECK, name="rating"),)

    application_id: Mapped[str] = fk("application")
    reviewer_id: Mapped[str] = fk("person")
    reviewed_on: Mapped[date]
    #: [{"url": ..., "ref": commit or tag}]
    urls: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    looked_at: Mapped[str] = mapped_column(sa.Text, default="")
    rating: Mapped[int | None]
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    checks: Mapped[list[PortfolioReviewCheck]] = relationship(back_populates="review")


class PortfolioReviewCheck(Tracked, Base):
    """One item of the portfolio checklist: pass, partial, fail or n.a., with a note."""

    __tablename__ = "portfolio_review_check"
    __table_args__ = (sa.UniqueConstraint("review_id", "item"),)

    review_id: Mapped[str] = fk("portfolio_review", index=False)  # the UNIQUE index's start
    item: Mapped[PortfolioCheck] = mapped_column(vocab(PortfolioCheck))
    result: Mapped[CheckResult] = mapped_column(vocab(CheckResult))
    note: Mapped[str] = mapped_column(sa.Text, default="")

    review: Mapped[PortfolioReview] = relationship(back_populates="checks")


class CultureAssessment(Tracked, Base):
    """A culture assessment: ratings that each carry written evidence."""

    __tablename__ = "culture_assessment"

    application_id: Mapped[str] = fk("application")
    assessor_id: Mapped[str] = fk("person")
    assessed_on: Mapped[date]
    summary: Mapped[str] = mapped_column(sa.Text, default="")

    ratings: Mapped[list[CultureRating]] = relationship(back_populates="assessment")


class CultureRating(Tracked, Base):
    __tablename__ = "culture_rating"
    __table_args__ = (
        sa.UniqueConstraint("assessment_id", "dimension"),
        sa.CheckConstraint(RATING_CHECK, name="rating"),
    )

    assessment_id: Mapped[str] = fk("culture_assessment", index=False)  # the UNIQUE's start
    dimension: Mapped[CultureDimension] = mapped_column(vocab(CultureDimension))
    rating: Mapped[int | None]
    evidence: Mapped[str] = mapped_column(sa.Text)

    assessment: Mapped[CultureAssessment] = relationship(back_populates="ratings")


class DebriefDecision(Tracked, Base):
    """The decision taken at a debrief, with its reason and who took it."""

    __tablename__ = "debrief_decision"

    application_id: Mapped[str] = fk("application")
    decision: Mapped[Decision] = mapped_column(vocab(Decision))
    rationale: Mapped[str] = mapped_column(sa.Text)
    decided_by_id: Mapped[str] = fk("person", index=False)
    decided_at: Mapped[datetime]
    #: The role-weighted score at the time of the decision (1..4), kept for the record.
    weighted_score: Mapped[float | None] = mapped_column(sa.Float)


class DebriefEstimate(Tracked, Base):
    """One person's score on one aspect of an application (an axis, or "overall"): the score
    before the debrief's discussion, taken from their submitted scorecards when the discussion
    started (a snapshot: later edits never rewrite it), and the score they revised it to after
    hearing the others, with the reason. File format 4 (`services/estimates.py`).

    (application, person, aspect) is unique among live rows (`storage.merge.NATURAL_KEYS`), so
    two copies that each started the discussion merge into one row, field by field."""

    __tablename__ = "debrief_estimate"
    __table_args__ = (
        sa.CheckConstraint("after_score IS NULL OR after_score BETWEEN 1 AND 4",
                           name="after_score"),
        sa.CheckConstraint("before_score IS NULL OR before_score BETWEEN 1 AND 4",
                           name="before_score"),
    )

    application_id: Mapped[str] = fk("application")
    person_id: Mapped[str] = fk("person", index=False)
    #: An `Axis` value, or "overall" (the recommendation).
    aspect: Mapped[str] = mapped_column(sa.String(20))
    #: The mean of the person's submitted ratings on the aspect (1..4), None: not assessed.
    before_score: Mapped[float | None] = mapped_column(sa.Float)
    before_at: Mapped[datetime]
    #: The revised score (1..4); None: not revised.
    after_score: Mapped[int | None]
    reason: Mapped[str] = mapped_column(default="")
    revised_at: Mapped[datetime | None]
