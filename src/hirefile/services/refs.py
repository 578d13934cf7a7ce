"""Naming a record on the command line: its id, an e-mail, or a unique name or title."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hirefile.domain.names import fold
from hirefile.errors import NotFound, ValidationError
from hirefile.storage.merged import current_id
from hirefile.storage.models import Candidate, Role


def candidate_ref(session: Session, ref: str) -> Candidate:
    """The live candidate `ref` names; the id of a record merged into another names the one
    it was merged into."""
    ref = ref.strip()
    live = Candidate.deleted_at.is_(None)
    found = session.scalar(select(Candidate).where(live, Candidate.id == current_id(session,
                                                                                     ref)))
    if found is None and "@" in ref:
        found = session.scalar(select(Candidate).where(live, Candidate.email == ref.lower()))
    if found is not None:
        return found
    same_name = (live, Candidate.sort_name == fold(ref))
    named = session.scalars(select(Candidate).where(*same_name).limit(5)).all()
    if not named:
        raise NotFound(f"No candidate “{ref}” (give an id, an e-mail or the full name)")
    count = session.scalar(select(func.count()).select_from(Candidate).where(*same_name)) or 0
    if count == 1:
        return named[0]
    who = "; ".join(f"{c.full_name} <{c.email or 'no e-mail'}>" for c in named)
    more = f"; and {count - len(named):,} more" if count > len(named) else ""
    raise ValidationError(f"“{ref}” names {count:,} candidates ({who}{more}); give the e-mail "
                          "or the id")


def role_ref(session: Session, ref: str) -> Role:
    ref = ref.strip()
    live = Role.deleted_at.is_(None)
    found = session.scalar(select(Role).where(live, Role.id == ref))
    if found is not None:
        return found
    titled = session.scalars(select(Role).where(live, func.lower(Role.title) == ref.lower())
                             ).all()
    if len(titled) == 1:
        return titled[0]
    if not titled:
        titles = ", ".join(session.scalars(select(Role.title).where(live).order_by(Role.title)))
        raise NotFound(f"No role “{ref}” (roles: {titles or 'none yet'})")
    raise ValidationError(f"“{ref}” names {len(titled):,} roles; give the role's id "
                          "(hirefile list FILE roles --json)")
