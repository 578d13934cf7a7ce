"""Reads the Interviews page needs and `services.interviews` does not offer yet.

Stop-gap, read-only, and kept to one module so it moves in one piece: these belong in
`services.interviews` (`past_ids`, `undated_ids`, `ids_for_application`) next to
`upcoming_ids`, and the page switches to them when they land. Nothing here writes.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hirefile.domain.vocab import InterviewStatus
from hirefile.storage.models import Interview
from hirefile.storage.types import utcnow


def past_ids(session: Session, *, limit: int = 1000) -> list[str]:
    """Interviews that are behind us: started before now, or done, cancelled or a no-show;
    most recent first (those that never got a time last)."""
    return list(session.scalars(
        select(Interview.id).where(
            Interview.deleted_at.is_(None),
            or_(Interview.status != InterviewStatus.SCHEDULED, Interview.starts_at < utcnow()))
        .order_by(Interview.starts_at.is_(None), Interview.starts_at.desc()).limit(limit)))


def undated_ids(session: Session) -> list[str]:
    """Scheduled interviews whose time is still to be agreed: upcoming, but not yet placed
    in time (`upcoming_ids` leaves them out), oldest request first."""
    return list(session.scalars(
        select(Interview.id).where(Interview.deleted_at.is_(None),
                                   Interview.status == InterviewStatus.SCHEDULED,
                                   Interview.starts_at.is_(None))
        .order_by(Interview.created_at)))


def ids_for_application(session: Session, application_id: str) -> list[str]:
    """Every live interview of one application, in time order."""
    return list(session.scalars(
        select(Interview.id).where(Interview.application_id == application_id,
                                   Interview.deleted_at.is_(None))
        .order_by(Interview.starts_at.is_(None), Interview.starts_at)))
