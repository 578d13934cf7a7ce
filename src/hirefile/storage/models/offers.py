"""Offers, their history, and what follows a yes (onboarding and check-ins)."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hirefile.domain.vocab import EquityKind, OfferStatus, OnboardingCategory, PayPeriod
from hirefile.storage.models.base import Base, Tracked, fk, updated_at_index, vocab
from hirefile.storage.models.ordered import position_column


class Offer(Tracked, Base):
    """An offer made to one application. Money in minor units; equity options or basis points."""

    __tablename__ = "offer"
    __table_args__ = (updated_at_index("offer"),)

    application_id: Mapped[str] = fk("application")
    status: Mapped[OfferStatus] = mapped_column(
        vocab(OfferStatus), default=OfferStatus.DRAFT, index=True
    )
    base_salary: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str] = mapped_column(sa.String(3))
    period: Mapped[PayPeriod] = mapped_column(vocab(PayPeriod), default=PayPeriod.YEAR)
    equity_kind: Mapped[EquityKind] = mapped_column(vocab(EquityKind), default=EquityKind.NONE)
    equity_options: Mapped[int | None] = mapped_column(sa.BigInteger)
    equity_bp: Mapped[int | None]
    vesting_months: Mapped[int | None]
    cliff_months: Mapped[int | None]
    bonus: Mapped[int | None] = mapped_column(sa.BigInteger)
    bonus_note: Mapped[str | None]
    start_date: Mapped[date | None]
    expires_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    letter_body: Mapped[str | None] = mapped_column(sa.Text)
    approved_by_id: Mapped[str | None] = fk("person", nullable=True, index=False)
    approved_at: Mapped[datetime | None]

    events: Mapped[list[OfferEvent]] = relationship(
        back_populates="offer", order_by="OfferEvent.at"
    )


class OfferEvent(Tracked, Base):
    """A change of an offer's status: to what, when, by whom."""

    __tablename__ = "offer_event"

    offer_id: Mapped[str] = fk("offer")
    status: Mapped[OfferStatus] = mapped_column(vocab(OfferStatus))
    at: Mapped[datetime]
    by: Mapped[str]
    note: Mapped[str | None] = mapped_column(sa.Text)

    offer: Mapped[Offer] = relationship(back_populates="events")


class OnboardingItem(Tracked, Base):
    """One item of a new hire's onboarding checklist (paperwork, equipment, buddy, project)."""

    __tablename__ = "onboarding_item"

    application_id: Mapped[str] = fk("application")
    text: Mapped[str]
    position: Mapped[float] = position_column()
    due_on: Mapped[date | None]
    done_at: Mapped[datetime | None]
    #: From the template item it was made from (format 4); None for items written before.
    category: Mapped[OnboardingCategory | None] = mapped_column(vocab(OnboardingCategory))
    #: The calendar event id kept from before file format 6 (`KEY@hirefile` of its key then,
    #: `storage.format6.keep_calendar_ids`); None: made from its key (`services.onboarding`).
    ical_uid: Mapped[str | None]


class CheckIn(Tracked, Base):
    """A check-in with a new hire (after one, three and six months)."""

    __tablename__ = "check_in"

    application_id: Mapped[str] = fk("application")
    due_on: Mapped[date]
    done_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    #: The calendar event id kept from before file format 6 (`KEY@hirefile` of its key then,
    #: `storage.format6.keep_calendar_ids`); None: made from its key (`services.onboarding`).
    ical_uid: Mapped[str | None]


class OnboardingTemplateItem(Tracked, Base):
    """An item of this file's onboarding template (format 4): what every new hire's checklist
    starts with, `days` from the start date (negative: before day one).

    While the file keeps no live row, Hirefile's own template (`domain.onboarding.DEFAULT`)
    is used; the first edit writes the whole list, each built-in item under its key, so two
    copies that both edit it meet row by row (`item_key` is unique among live rows:
    `storage.merge.NATURAL_KEYS`). An added item's key is "custom-" and a new uuid."""

    __tablename__ = "onboarding_template_item"

    item_key: Mapped[str] = mapped_column(index=True)
    text: Mapped[str] = mapped_column(sa.Text, default="")
    days: Mapped[int] = mapped_column(default=0)
    category: Mapped[OnboardingCategory] = mapped_column(
        vocab(OnboardingCategory), default=OnboardingCategory.OTHER)
    position: Mapped[float] = position_column()
