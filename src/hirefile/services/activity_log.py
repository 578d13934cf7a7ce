"""Who did what: the file's activity log as a list, and who added and last changed a record.

The log grows to hundreds of thousands of entries, so it is read like the big lists
(`services.listing`): `entry_ids()` returns the keys newest first, filtered in SQL by person,
time and kind on the `at` index; `entry_rows()` fetches one page of entries for the keys on
screen. An entry about a scorecard or a portfolio review shows its verdict only to a viewer the
sealing rule (`scorecards.unsealed_applications`) opens it to; otherwise it says that someone
submitted, never what. Entries are written by `services.activity.record`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hirefile.domain.vocab import ActivityKind, Rating
from hirefile.services import scorecards
from hirefile.services.people import name_of, names
from hirefile.storage.models import (
    Activity,
    Candidate,
    Offer,
    PortfolioReview,
    Role,
    Scorecard,
)
from hirefile.storage.models.base import Tracked

#: The records whose stamps a screen shows under their title.
Stamped = Literal["candidate", "role", "offer"]
_STAMPED: dict[str, type[Tracked]] = {"candidate": Candidate, "role": Role, "offer": Offer}

#: What a sealed entry says instead of a verdict.
SEALED_SCORECARD = "Submitted a scorecard (sealed until you submit yours)"
SEALED_REVIEW = "Reviewed the portfolio (sealed until you submit your scorecard)"


@dataclass(frozen=True)
class LogFilter:
    """Which entries to list: by one person (key), from `since` up to `until` (UTC, `until`
    excluded), of some kinds (empty: every kind)."""

    person_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    kinds: tuple[ActivityKind, ...] = ()


@dataclass(frozen=True)
class EntryRow:
    id: str
    at: datetime
    who: str
    kind: ActivityKind
    what: str
    #: The candidate the entry is about (to open their record), and their name.
    candidate_id: str | None
    candidate: str


def _filtered(stmt: Any, f: LogFilter) -> Any:
    stmt = stmt.where(Activity.deleted_at.is_(None))
    if f.person_id:
        stmt = stmt.where(Activity.created_by == f.person_id)
    if f.since is not None:
        stmt = stmt.where(Activity.at >= f.since)
    if f.until is not None:
        stmt = stmt.where(Activity.at < f.until)
    if f.kinds:
        stmt = stmt.where(Activity.kind.in_(f.kinds))
    return stmt


def entry_ids(session: Session, f: LogFilter = LogFilter()) -> list[str]:
    """The keys of the entries `f` selects, newest first (ties by key)."""
    stmt = _filtered(select(Activity.id), f)
    return list(session.scalars(stmt.order_by(Activity.at.desc(), Activity.id.desc())))


def entry_rows(session: Session, ids: Sequence[str],
               viewer_id: str | None) -> dict[str, EntryRow]:
    """The entries of `ids` (a page) as `viewer_id` may see them: four queries a page."""
    if not ids:
        return {}
    entries = list(session.scalars(select(Activity).where(Activity.id.in_(ids))))
    candidate_ids = {a.candidate_id for a in entries if a.candidate_id}
    people = {a.created_by for a in entries if not a.actor}
    known = names(session, people) if people else {}
    shown = {cid: name for cid, name in session.execute(
        select(Candidate.id, Candidate.full_name).where(Candidate.id.in_(candidate_ids)))} \
        if candidate_ids else {}
    verdicts = _verdicts(session, entries, viewer_id)
    out = {}
    for a in entries:
        out[a.id] = EntryRow(
            id=a.id, at=a.at, who=a.actor or name_of(known, a.created_by), kind=a.kind,
            what=verdicts.get(a.id, a.summary), candidate_id=a.candidate_id,
            candidate=shown.get(a.candidate_id or "", ""))
    return out


def _verdicts(session: Session, entries: Sequence[Activity],
              viewer_id: str | None) -> dict[str, str]:
    """Entry key → its text, for entries about scorecards and portfolio reviews: the verdict
    when the sealing rule lets the viewer see it, else only that it was given."""
    cards = {a.subject_id: a.id for a in entries if a.subject_table == "scorecard"}
    reviews = {a.subject_id: a.id for a in entries if a.subject_table == "portfolio_review"}
    #: (entry, application, by whom, verdict, what), for each scorecard and review of the page
    found: list[tuple[str, str, str | None, int | None, str]] = []
    if cards:
        for sc in session.execute(select(Scorecard.id, Scorecard.application_id,
                                         Scorecard.interviewer_id, Scorecard.recommendation)
                                  .where(Scorecard.id.in_(cards))):
            found.append((cards[sc.id], sc.application_id, sc.interviewer_id,
                          sc.recommendation, "scorecard"))
    if reviews:
        for r in session.execute(select(PortfolioReview.id, PortfolioReview.application_id,
                                        PortfolioReview.reviewer_id, PortfolioReview.rating)
                                 .where(PortfolioReview.id.in_(reviews))):
            found.append((reviews[r.id], r.application_id, r.reviewer_id, r.rating, "review"))
    unsealed = scorecards.unsealed_applications(session, viewer_id, [f[1] for f in found])
    out = {}
    for entry, app_id, by, verdict, what in found:
        open_to_viewer = (viewer_id is not None and by == viewer_id) or app_id in unsealed
        if what == "scorecard":
            out[entry] = (SEALED_SCORECARD if not open_to_viewer else
                          f"Submitted a scorecard: {Rating(verdict).label}" if verdict else
                          "Submitted a scorecard: no recommendation")
        else:
            out[entry] = (SEALED_REVIEW if not open_to_viewer else
                          f"Reviewed the portfolio: {Rating(verdict).label}" if verdict else
                          "Reviewed the portfolio: not rated")
    return out


def entry_count(session: Session) -> int:
    """Live entries in the file (for the view's title)."""
    return session.scalar(select(func.count()).select_from(Activity)
                          .where(Activity.deleted_at.is_(None))) or 0


# who added and changed a record ------------------------------------------------------------

@dataclass(frozen=True)
class Stamps:
    """Who added a record and when, and who changed it last and when (names, UTC)."""

    created_by: str
    created_at: datetime
    updated_by: str
    updated_at: datetime

    @property
    def changed(self) -> bool:
        """Changed since it was added (by anyone, at a later time)."""
        return self.updated_at > self.created_at


def stamps(session: Session, kind: Stamped, record_id: str) -> Stamps | None:
    """Who added and last changed the `kind` record `record_id` (a candidate, role, offer),
    by name; None when the file has no such record."""
    model = _STAMPED[kind]
    row = session.execute(select(model.created_by, model.created_at, model.updated_by,
                                 model.updated_at).where(model.id == record_id)).first()
    if row is None:
        return None
    known = names(session, {row.created_by, row.updated_by})
    return Stamps(name_of(known, row.created_by), row.created_at,
                  name_of(known, row.updated_by), row.updated_at)

