"""What every new file starts with: the company profile row, the editable exit reasons and the
starter question bank."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.anchors import question_anchors
from hirefile.domain.ordering import spread
from hirefile.domain.question_bank import STARTER_BANK
from hirefile.domain.stages import DEFAULT_EXIT_REASONS
from hirefile.storage.models import CompanyProfile, ExitReason, Question


def seed_new_file(session: Session, *, currency: str = "USD", time_zone: str = "") -> None:
    """Idempotent: adds only what is missing (a built-in question is never added twice). A
    new company profile starts with `currency` and `time_zone` (this machine's settings for
    new files; "" for the computer's own zone)."""
    if session.scalar(select(CompanyProfile.id).limit(1)) is None:
        session.add(CompanyProfile(name="", default_currency=currency,
                                   time_zone=time_zone or None))
    if session.scalar(select(ExitReason.id).limit(1)) is None:
        for kind, reasons in DEFAULT_EXIT_REASONS.items():
            for position, text in zip(spread(len(reasons)), reasons, strict=True):
                session.add(ExitReason(kind=kind, text=text, position=position))
    seed_question_bank(session)


def seed_question_bank(session: Session) -> int:
    """Add the starter questions the file does not have yet; returns how many were added."""
    known = set(session.scalars(select(Question.builtin_key)
                                .where(Question.builtin_key.is_not(None))))
    added = 0
    for q in STARTER_BANK:
        if q.key not in known:
            session.add(Question(axis=q.axis, track=q.track, text=q.text, guidance=q.guidance,
                                 builtin_key=q.key, anchors=list(question_anchors(q.key))))
            added += 1
    return added
