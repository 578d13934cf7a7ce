"""The choices of the board's tag and owner filters.

Stand-in: these two small read queries belong in `services/board.py` (as
`filter_options(session) -> FilterOptions`); they live here only until that service exists,
because the board's filters need them and services/ is not this module's to change. They
return plain (id, name) pairs, never ORM rows.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hirefile.storage.models import CandidateTag, Person, Tag


def tags_in_use(session: Session) -> list[tuple[str, str]]:
    """Tags at least one candidate carries, by name."""
    used = select(CandidateTag.tag_id).where(CandidateTag.deleted_at.is_(None))
    return [(i, n) for i, n in session.execute(
        select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None), Tag.id.in_(used))
        .order_by(func.lower(Tag.name)))]


def people(session: Session) -> list[tuple[str, str]]:
    """The people of the file (founders, interviewers): who may own an application."""
    return [(i, n) for i, n in session.execute(
        select(Person.id, Person.name).where(Person.deleted_at.is_(None))
        .order_by(func.lower(Person.name)))]
