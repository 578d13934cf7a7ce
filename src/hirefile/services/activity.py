"""The activity log: one helper that every service uses to say what happened.

Summaries are shared with everyone who opens the file. They say that something happened and
who did it, never what a person's sealed feedback says: no verdict, rating or evidence goes
into a summary (see `services.scorecards` for the sealing rule)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hirefile.domain.vocab import ActivityKind
from hirefile.settings import Identity
from hirefile.storage.models import Activity
from hirefile.storage.types import utcnow


def actor(session: Session) -> str:
    """Who acts, by name, for history that keeps the name as it was (activity, moves, offer
    events)."""
    ident: Identity | None = session.info.get("identity")
    return ident.name if ident else ""


def stamp_of(session: Session) -> str:
    """Who acts, by person key, for `created_by` / `updated_by` written outside the ORM's
    flush (bulk inserts and updates); `Database._stamp` writes the same."""
    ident: Identity | None = session.info.get("identity")
    return ident.stamp if ident else ""


def record(session: Session, kind: ActivityKind, subject_table: str, subject_id: str,
           summary: str, *, candidate_id: str | None = None,
           detail: dict[str, Any] | None = None) -> Activity:
    entry = Activity(at=utcnow(), actor=actor(session), kind=kind, subject_table=subject_table,
                     subject_id=subject_id, candidate_id=candidate_id, summary=summary,
                     detail=detail)
    session.add(entry)
    return entry
