"""Candidates, their applications to roles and every move through a pipeline."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hirefile.domain.candidates import derived_fields, link_key
from hirefile.domain.vocab import ActivityKind, Direction, LinkKind, PayPeriod, Source
from hirefile.storage.models.base import Base, Tracked, fk, live_index, updated_at_index, vocab
from hirefile.storage.models.roles import Role, RoleStage

#: The covering indexes the pipeline table of every live application reads by name (SQLite's
#: `INDEXED BY`, `services.listing`; file format 5): a file must hold them (`storage.check`).
PIPELINE_APPLICATIONS = "ix_application_live_candidate_stage"
PIPELINE_CANDIDATES = "ix_candidate_live_id_sort_name"


class Candidate(Tracked, Base):
    """A person who may be hired, once, whatever the roles they are considered for."""

    __tablename__ = "candidate"
    __table_args__ = (
        live_index("ix_candidate_live_sort_name", "sort_name", "id"),
        live_index("ix_candidate_live_created_at", "created_at", "id"),
        updated_at_index("candidate"),
        #: The pipeline table's candidate names from the index alone (file format 5).
        live_index(PIPELINE_CANDIDATES, "id", "sort_name"),
    )

    full_name: Mapped[str] = mapped_column(index=True)
    #: The name to sort by (family name first where known), kept beside the display name.
    sort_name: Mapped[str] = mapped_column(index=True, default="")
    preferred_name: Mapped[str | None]
    pronouns: Mapped[str | None]
    #: Stored lower-case: it is also the key that finds the same person twice.
    email: Mapped[str | None] = mapped_column(index=True)
    phone: Mapped[str | None]
    location: Mapped[str | None]
    github_url: Mapped[str | None]
    linkedin_url: Mapped[str | None]
    portfolio_url: Mapped[str | None]
    #: Normalised forms of phone, GitHub and LinkedIn (`hirefile.domain.contacts`), indexed
    #: so that duplicate checks and imports are one lookup each.
    phone_key: Mapped[str | None] = mapped_column(index=True)
    github_key: Mapped[str | None] = mapped_column(index=True)
    linkedin_key: Mapped[str | None] = mapped_column(index=True)
    source: Mapped[Source] = mapped_column(vocab(Source), default=Source.INBOUND, index=True)
    source_detail: Mapped[str | None]
    referrer_name: Mapped[str | None]
    referrer_person_id: Mapped[str | None] = fk("person", nullable=True, index=False)
    current_company: Mapped[str | None]
    current_title: Mapped[str | None]
    #: Stated salary expectation in minor units of `expectation_currency`.
    expectation: Mapped[int | None] = mapped_column(sa.BigInteger)
    expectation_currency: Mapped[str | None] = mapped_column(sa.String(3))
    expectation_period: Mapped[PayPeriod | None] = mapped_column(vocab(PayPeriod))
    availability: Mapped[str | None]
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    #: Talent pool: not looking now; reach out again on this date.
    in_talent_pool: Mapped[bool] = mapped_column(default=False, index=True)
    reach_out_on: Mapped[date | None] = mapped_column(index=True)
    consent_at: Mapped[datetime | None]
    retain_until: Mapped[date | None]
    anonymised_at: Mapped[datetime | None]
    #: Set on the losing record of a merge of duplicates (a tombstone): the record kept.
    #: Whatever still names the loser follows it (`storage.merged.current_id`).
    #: Indexed: SQLite looks children up by it whenever a candidate is inserted while deferred
    #: references are pending (a bulk import), which without an index is a scan per row.
    merged_into: Mapped[str | None] = fk("candidate", nullable=True)

    applications: Mapped[list[Application]] = relationship(back_populates="candidate")
    links: Mapped[list[CandidateLink]] = relationship(back_populates="candidate")


class CandidateLink(Tracked, Base):
    """A further link or contact of a candidate (papers, a second e-mail, a blog)."""

    __tablename__ = "candidate_link"

    candidate_id: Mapped[str] = fk("candidate")
    kind: Mapped[LinkKind] = mapped_column(vocab(LinkKind))
    value: Mapped[str]
    label: Mapped[str | None]
    #: The normalised form for e-mails, phones, GitHub and LinkedIn links (duplicate checks).
    key: Mapped[str | None] = mapped_column(index=True)

    candidate: Mapped[Candidate] = relationship(back_populates="links")


@event.listens_for(CandidateLink, "before_insert")
@event.listens_for(CandidateLink, "before_update")
def _link_derived(_mapper: Any, _conn: Any, target: CandidateLink) -> None:
    """A link's key follows its kind and value, whoever writes it through the ORM."""
    key = link_key(target.kind, target.value or "") if target.kind is not None else None
    if target.key != key:
        target.key = key


@event.listens_for(Candidate, "before_insert")
@event.listens_for(Candidate, "before_update")
def _candidate_derived(_mapper: Any, _conn: Any, target: Candidate) -> None:
    """Whatever writes a candidate through the ORM, its sort name and contact keys follow its
    name and contacts (the one rule, `derived_fields`; services set them already)."""
    for name, value in derived_fields(target.full_name or "", target.phone, target.github_url,
                                      target.linkedin_url).items():
        if getattr(target, name) != value:
            setattr(target, name, value)


class CandidateTag(Tracked, Base):
    """A tag on a candidate: a row of its own (not a bare link table), to merge and tombstone."""

    __tablename__ = "candidate_tag"
    __table_args__ = (sa.UniqueConstraint("candidate_id", "tag_id"),)

    candidate_id: Mapped[str] = fk("candidate", index=False)  # the UNIQUE index's start
    tag_id: Mapped[str] = fk("tag")


class Application(Tracked, Base):
    """A candidate in one role's pipeline, and where they stand in it."""

    __tablename__ = "application"
    __table_args__ = (
        #: The pipeline table of every live application from the index alone (file format 5).
        live_index(PIPELINE_APPLICATIONS, "candidate_id", "stage_id", "role_id", "id"),
        live_index("ix_application_live_role_stage", "role_id", "stage_id"),
        live_index("ix_application_live_stage", "stage_id", "stage_entered_at", "id"),
        live_index("uq_application_live_candidate_role", "candidate_id", "role_id", unique=True),
    )

    candidate_id: Mapped[str] = fk("candidate")
    role_id: Mapped[str] = fk("role", index=False)
    stage_id: Mapped[str] = fk("role_stage")
    stage_entered_at: Mapped[datetime]
    applied_at: Mapped[datetime]
    owner_person_id: Mapped[str | None] = fk("person", nullable=True)
    exit_reason: Mapped[str | None]
    exit_note: Mapped[str | None] = mapped_column(sa.Text)

    candidate: Mapped[Candidate] = relationship(back_populates="applications")
    role: Mapped[Role] = relationship()
    stage: Mapped[RoleStage] = relationship()


class StageChange(Tracked, Base):
    """One move of an application from a stage to another: the pipeline's history.

    Stage names are copied at the time of the move, so history reads right after a rename.
    """

    __tablename__ = "stage_change"
    __table_args__ = (sa.Index("ix_stage_change_application_at", "application_id", "moved_at"),)

    application_id: Mapped[str] = fk("application", index=False)
    from_stage_id: Mapped[str | None] = fk("role_stage", nullable=True, index=False)
    to_stage_id: Mapped[str] = fk("role_stage", index=False)
    from_name: Mapped[str | None]
    to_name: Mapped[str]
    moved_at: Mapped[datetime]
    moved_by: Mapped[str]
    reason: Mapped[str | None]
    note: Mapped[str | None] = mapped_column(sa.Text)


class Note(Tracked, Base):
    """A free note on a candidate, optionally about one application."""

    __tablename__ = "note"

    candidate_id: Mapped[str] = fk("candidate")
    application_id: Mapped[str | None] = fk("application", nullable=True)
    body: Mapped[str] = mapped_column(sa.Text)


class Attachment(Tracked, Base):
    """A file kept inside the database (a CV, a take-home), so copying the file copies it."""

    __tablename__ = "attachment"

    candidate_id: Mapped[str | None] = fk("candidate", nullable=True)
    application_id: Mapped[str | None] = fk("application", nullable=True)
    filename: Mapped[str]
    mime_type: Mapped[str] = mapped_column(default="application/octet-stream")
    size: Mapped[int] = mapped_column(sa.BigInteger)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    #: Loaded only when asked for: listing attachments never reads their bytes.
    data: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
    #: The text read from a PDF or Word file when attached (capped, `domain.cv_text`), for
    #: search and the preview; None when there is none (another kind of file, a scan, a file
    #: attached before format 3). Loaded only when asked for.
    text: Mapped[str | None] = mapped_column(sa.Text, deferred=True)
    #: Why there is no text, one line (a scan, a damaged file…); None when there is text.
    text_note: Mapped[str | None] = mapped_column(sa.Text)


class Correspondence(Tracked, Base):
    """An e-mail kept with a candidate (an `.eml` dropped on their record): who wrote it to
    whom, when, about what, its text, and the message itself, so nothing of it is lost.

    One message is one row per person: `mail_key` is its Message-ID (lower-case) or, for a
    message without one, `sha256:` and the hash of its bytes; merges hold it unique among live
    rows (`storage.merge.NATURAL_KEYS`), `services.correspondence` when one is kept twice."""

    __tablename__ = "correspondence"
    __table_args__ = (live_index("ix_correspondence_live_candidate_sent", "candidate_id",
                                 "sent_at", "id"),)

    candidate_id: Mapped[str] = fk("candidate", index=False)
    application_id: Mapped[str | None] = fk("application", nullable=True)
    direction: Mapped[Direction] = mapped_column(vocab(Direction))
    #: The message's date; the time it was kept when it carries none.
    sent_at: Mapped[datetime]
    #: "Ana Lima <ana@example.org>", as the message names the sender.
    sender: Mapped[str] = mapped_column(default="")
    #: The sender's address alone, lower-case.
    sender_address: Mapped[str] = mapped_column(default="")
    #: Everyone it was sent to (To, then Cc), one "Name <address>" a line.
    recipients: Mapped[str] = mapped_column(sa.Text, default="")
    subject: Mapped[str] = mapped_column(default="")
    #: The text (the plain part, else the HTML part's text), cut at `limits.LONG`.
    body: Mapped[str] = mapped_column(sa.Text, default="")
    message_id: Mapped[str | None]
    mail_key: Mapped[str]
    #: The `.eml` file's bytes, loaded only when asked for.
    raw: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)


class Activity(Tracked, Base):
    """One entry of the activity log: who did what, to which record, when."""

    __tablename__ = "activity"
    __table_args__ = (sa.Index("ix_activity_candidate_at", "candidate_id", "at"),)

    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str]
    kind: Mapped[ActivityKind] = mapped_column(vocab(ActivityKind))
    subject_table: Mapped[str]
    subject_id: Mapped[str] = mapped_column(sa.String(36))
    candidate_id: Mapped[str | None] = fk("candidate", nullable=True, index=False)
    summary: Mapped[str]
    detail: Mapped[dict[str, Any] | None]
