"""Who uses the file (founders, interviewers), the company profile, tags."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hirefile.domain.vocab import CompanyStage
from hirefile.storage.models.base import Base, Tracked, vocab


class Person(Tracked, Base):
    """A founder or interviewer who uses this file.

    A person's key is the identity kept in their machine's settings, so every copy of the file
    knows them as the same row.
    """

    __tablename__ = "person"

    name: Mapped[str]
    email: Mapped[str | None]
    title: Mapped[str | None]
    active: Mapped[bool] = mapped_column(default=True)


class CompanyProfile(Tracked, Base):
    """The company hiring: used on letterheads and job descriptions. One row per file."""

    __tablename__ = "company_profile"

    name: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(sa.Text, default="")
    website: Mapped[str | None]
    logo: Mapped[bytes | None] = mapped_column(sa.LargeBinary, deferred=True)
    logo_mime: Mapped[str | None]
    signatory_name: Mapped[str | None]
    signatory_title: Mapped[str | None]
    default_currency: Mapped[str] = mapped_column(sa.String(3), default="USD")
    stage: Mapped[CompanyStage | None] = mapped_column(vocab(CompanyStage))
    offer_letter_template: Mapped[str | None] = mapped_column(sa.Text)
    #: The retention rule (file format 3; `services/retention.py`): rejected and withdrawn
    #: candidates are due for erasure this many months after their last activity; None: no rule.
    retention_months: Mapped[int | None]
    #: Whether job descriptions end with the rule, in words.
    retention_in_job_description: Mapped[bool] = mapped_column(
        default=False, server_default=sa.false())
    #: File format 5: the company in its own words, for job descriptions.
    about: Mapped[str | None] = mapped_column(sa.Text)
    benefits: Mapped[str | None] = mapped_column(sa.Text)
    how_to_apply: Mapped[str | None] = mapped_column(sa.Text)
    #: File format 5: the IANA time zone interview times are shown in (None: the machine's).
    time_zone: Mapped[str | None]


class Tag(Tracked, Base):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(index=True)
    color: Mapped[str | None] = mapped_column(sa.String(9))


class MailTemplateText(Tracked, Base):
    """An e-mail template this file keeps: a built-in one as edited here (`template_key` is
    the built-in's key, and the row overrides it; deleting the row reverts to Hirefile's
    text), or one added here (`template_key` is "custom-" and a new uuid).

    `template_key` is unique among live rows (`storage.merge.NATURAL_KEYS`): two copies that
    each edit the same built-in merge into one row, field by field."""

    __tablename__ = "mail_template"

    template_key: Mapped[str] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(default="")
    subject: Mapped[str] = mapped_column(default="")
    body: Mapped[str] = mapped_column(sa.Text, default="")
