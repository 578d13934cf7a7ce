"""Roles, their pipelines, interview loops and the question bank."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hirefile.domain.vocab import (
    Axis,
    EmploymentType,
    Level,
    PayPeriod,
    RemotePolicy,
    RoleStatus,
    StageKind,
    StepKind,
    Track,
)
from hirefile.storage.models.base import Base, Tracked, fk, vocab
from hirefile.storage.models.ordered import Position, in_order, position_column


class Role(Tracked, Base):
    """A position to fill, defined by what the person does day to day."""

    __tablename__ = "role"

    title: Mapped[str] = mapped_column(index=True)
    track: Mapped[Track] = mapped_column(vocab(Track), default=Track.OTHER)
    level: Mapped[Level | None] = mapped_column(vocab(Level))
    employment_type: Mapped[EmploymentType] = mapped_column(
        vocab(EmploymentType), default=EmploymentType.FULL_TIME
    )
    status: Mapped[RoleStatus] = mapped_column(vocab(RoleStatus), default=RoleStatus.DRAFT)
    headcount: Mapped[int] = mapped_column(default=1)
    location: Mapped[str | None]
    remote: Mapped[RemotePolicy | None] = mapped_column(vocab(RemotePolicy))
    responsibilities: Mapped[str] = mapped_column(sa.Text, default="")
    must_haves: Mapped[list[str]] = mapped_column(default=list)
    nice_to_haves: Mapped[list[str]] = mapped_column(default=list)
    tech_stack: Mapped[list[str]] = mapped_column(default=list)
    #: Pay range in minor units of `pay_currency`, per `pay_period`.
    pay_min: Mapped[int | None] = mapped_column(sa.BigInteger)
    pay_max: Mapped[int | None] = mapped_column(sa.BigInteger)
    pay_currency: Mapped[str | None] = mapped_column(sa.String(3))
    pay_period: Mapped[PayPeriod] = mapped_column(vocab(PayPeriod), default=PayPeriod.YEAR)
    #: Equity range in basis points of the company (100 = 1 %).
    equity_min_bp: Mapped[int | None]
    equity_max_bp: Mapped[int | None]
    target_start: Mapped[date | None]
    #: The role's place in the hiring plan (format 4; a gap-based position, as ordered lists
    #: use): None until the plan is first ordered, and then after every placed role.
    plan_position: Mapped[float | None] = mapped_column(Position())
    #: The plan's hints a founder dismissed on this role (`domain.plan` rule names).
    plan_dismissed: Mapped[list[str]] = mapped_column(default=list)
    template_key: Mapped[str | None]
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    stages: Mapped[list[RoleStage]] = relationship(
        back_populates="role", order_by=lambda: in_order(RoleStage)
    )
    axis_weights: Mapped[list[RoleAxisWeight]] = relationship(back_populates="role")
    loop_steps: Mapped[list[LoopStep]] = relationship(
        back_populates="role", order_by=lambda: in_order(LoopStep)
    )


class RoleAxisWeight(Tracked, Base):
    """How much one skill axis counts for a role (relative weights, normalised when scoring)."""

    __tablename__ = "role_axis_weight"
    __table_args__ = (sa.UniqueConstraint("role_id", "axis"),)

    role_id: Mapped[str] = fk("role", index=False)  # the UNIQUE index's start
    axis: Mapped[Axis] = mapped_column(vocab(Axis))
    weight: Mapped[int] = mapped_column(default=20)

    role: Mapped[Role] = relationship(back_populates="axis_weights")


class RoleStage(Tracked, Base):
    """One column of a role's pipeline. Stages are per role so each can be renamed or added."""

    __tablename__ = "role_stage"

    role_id: Mapped[str] = fk("role")
    name: Mapped[str]
    kind: Mapped[StageKind] = mapped_column(vocab(StageKind), default=StageKind.ACTIVE)
    position: Mapped[float] = position_column()

    role: Mapped[Role] = relationship(back_populates="stages")


class LoopStep(Tracked, Base):
    """One step of a role's interview loop."""

    __tablename__ = "loop_step"

    role_id: Mapped[str] = fk("role")
    position: Mapped[float] = position_column()
    kind: Mapped[StepKind] = mapped_column(vocab(StepKind))
    title: Mapped[str]
    minutes: Mapped[int] = mapped_column(default=45)
    axes: Mapped[list[str]] = mapped_column(default=list)
    #: For take-homes: the hours a candidate is expected to spend.
    expected_hours: Mapped[float | None] = mapped_column(sa.Numeric(4, 1, asdecimal=False))
    #: For take-homes: the discussion-based step offered instead.
    alternative_step_id: Mapped[str | None] = fk("loop_step", nullable=True, index=False)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    role: Mapped[Role] = relationship(back_populates="loop_steps", foreign_keys=[role_id])
    questions: Mapped[list[LoopStepQuestion]] = relationship(
        back_populates="step", order_by=lambda: in_order(LoopStepQuestion)
    )


class Question(Tracked, Base):
    """A question of the bank, for one skill axis (and optionally one track)."""

    __tablename__ = "question"

    axis: Mapped[Axis] = mapped_column(vocab(Axis), index=True)
    track: Mapped[Track | None] = mapped_column(vocab(Track))
    text: Mapped[str] = mapped_column(sa.Text)
    guidance: Mapped[str] = mapped_column(sa.Text, default="")
    builtin_key: Mapped[str | None]
    #: Retired questions stay readable in past interviews but are not offered any more.
    retired_at: Mapped[date | None]
    #: What a 1, 2, 3 and 4 answer look like (four texts; empty: no anchors). File format 4.
    anchors: Mapped[list[str]] = mapped_column(default=list, server_default=sa.text("'[]'"))


class AxisAnchors(Tracked, Base):
    """What a 1, 2, 3 and 4 look like on one skill axis, as this file words it: it overrides
    Hirefile's default anchors (`domain.anchors.AXIS_ANCHORS`); deleting the row reverts to
    them. `axis` is unique among live rows (`storage.merge.NATURAL_KEYS`). File format 4."""

    __tablename__ = "axis_anchor"

    axis: Mapped[Axis] = mapped_column(vocab(Axis), index=True)
    anchors: Mapped[list[str]] = mapped_column(default=list)


class LoopStepQuestion(Tracked, Base):
    """A question asked in a loop step: from the bank, or written in place."""

    __tablename__ = "loop_step_question"

    step_id: Mapped[str] = fk("loop_step")
    question_id: Mapped[str | None] = fk("question", nullable=True)
    text: Mapped[str | None] = mapped_column(sa.Text)
    position: Mapped[float] = position_column()

    step: Mapped[LoopStep] = relationship(back_populates="questions")
    question: Mapped[Question | None] = relationship()


class ExitReason(Tracked, Base):
    """A reason offered when a candidate is rejected or withdraws (the editable list)."""

    __tablename__ = "exit_reason"

    kind: Mapped[StageKind] = mapped_column(vocab(StageKind))
    text: Mapped[str]
    position: Mapped[float] = position_column()
