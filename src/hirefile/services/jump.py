"""What the command palette jumps to: the candidates and roles that typed text finds, the
first few of each with their true counts (the rest are a keystroke away, never silently cut)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.names import fold
from hirefile.domain.vocab import RoleStatus
from hirefile.services import listing
from hirefile.storage.models import Candidate, Role

#: Open roles first, then the ones still being written, then the rest.
_STATUS_ORDER = {RoleStatus.OPEN: 0, RoleStatus.DRAFT: 1, RoleStatus.PAUSED: 2,
                 RoleStatus.FILLED: 3, RoleStatus.CLOSED: 4}


@dataclass(frozen=True)
class Found:
    """A candidate or role to jump to: its key, what it is called and one line about it."""

    id: str
    title: str
    detail: str


#: Candidates are counted up to this many: past it the palette says "more than 1,000".
COUNTED = 1000


@dataclass(frozen=True)
class Jumps:
    candidates: list[Found]
    #: How many candidates the text finds in all (`candidates` holds the first of them), or
    #: COUNTED + 1 when more than COUNTED do.
    candidate_count: int
    roles: list[Found]
    role_count: int

    def candidates_said(self) -> str:
        """"first 6 of 20", "first 6 of more than 1,000", or "" when all are listed."""
        if self.candidate_count <= len(self.candidates):
            return ""
        total = (f"more than {COUNTED:,}" if self.candidate_count > COUNTED
                 else f"{self.candidate_count:,}")
        return f"first {len(self.candidates)} of {total}"


def words_match(text: str, title: str) -> bool:
    """Whether every typed word is in `title`, ignoring case and accents ("lodz" finds
    "Łódź")."""
    folded = fold(title)
    return all(word in folded for word in fold(text).split())


def _by_name(session: Session, text: str, limit: int) -> list[str]:
    """The first candidates, by name, whose name holds every typed word (folded): a jump is
    to a person, so "ria" lists Maria before someone from Nigeria."""
    words = fold(text).split()
    return list(session.scalars(
        select(Candidate.id)
        .where(Candidate.deleted_at.is_(None), Candidate.anonymised_at.is_(None),
               *(Candidate.sort_name.like(f"%{w}%") for w in words))
        .order_by(Candidate.sort_name, Candidate.id).limit(limit)))


def jumps(session: Session, text: str, *, limit: int = 6) -> Jumps:
    """The first `limit` candidates and roles (open first, by title) that `text` finds, with
    how many each finds in all: candidates whose name holds the words first, by name, then
    the ones the candidate search finds elsewhere in their record."""
    ids = _by_name(session, text, limit) if text.strip() else []
    if len(ids) < limit and text.strip():  # then those found elsewhere in their record
        ids += [cid for cid in listing.candidate_ids(session, text=text, limit=limit * 2)
                if cid not in ids][:limit - len(ids)]
    count = len(ids) if len(ids) < limit else listing.candidate_count(session, text,
                                                                          at_most=COUNTED)
    rows = listing.candidate_rows(session, ids)
    people = [Found(cid, rows[cid].name, rows[cid].roles) for cid in ids if cid in rows]
    roles = sorted(
        ((rid, title, status) for rid, title, status in session.execute(
            select(Role.id, Role.title, Role.status).where(Role.deleted_at.is_(None)))
         if words_match(text, title)),
        key=lambda r: (_STATUS_ORDER.get(r[2], 9), fold(r[1])))
    found = [Found(rid, title, f"Role · {status.label}") for rid, title, status in roles[:limit]]
    return Jumps(people, count, found, len(roles))
