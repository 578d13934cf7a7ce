"""The question bank: search, add, edit, retire. Retired questions stay in past interviews."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hirefile.domain import anchors as domain_anchors
from hirefile.domain.names import fold
from hirefile.domain.vocab import Axis, Track
from hirefile.errors import NotFound, ValidationError
from hirefile.storage.models import Question
from hirefile.storage.types import utcnow


@dataclass(frozen=True)
class QuestionData:
    id: str
    axis: Axis
    track: Track | None
    text: str
    guidance: str
    builtin: bool
    retired: bool
    #: What a 1, 2, 3 and 4 answer look like (empty: none written).
    anchors: tuple[str, ...] = ()


def _data(q: Question) -> QuestionData:
    return QuestionData(q.id, q.axis, q.track, q.text, q.guidance or "",
                        q.builtin_key is not None, q.retired_at is not None,
                        tuple(q.anchors or ()))


def questions(session: Session, *, axis: Axis | None = None, track: Track | None = None,
              text: str | None = None, include_retired: bool = False) -> list[QuestionData]:
    """The bank filtered in SQL. With a track: that track's questions plus the general ones."""
    stmt = select(Question).where(Question.deleted_at.is_(None))
    if axis is not None:
        stmt = stmt.where(Question.axis == axis)
    if track is not None:
        stmt = stmt.where(or_(Question.track.is_(None), Question.track == track))
    if not include_retired:
        stmt = stmt.where(Question.retired_at.is_(None))
    rows = [_data(q) for q in session.scalars(stmt.order_by(Question.axis, Question.created_at))]
    if text and text.strip():
        # The bank is a few hundred rows: folding in Python matches accents exactly as typed.
        needle = fold(text)
        rows = [r for r in rows if needle in fold(r.text) or needle in fold(r.guidance)]
    return rows


def question(session: Session, question_id: str) -> QuestionData:
    q = session.get(Question, question_id)
    if q is None or q.deleted_at is not None:
        raise NotFound("That question no longer exists")
    return _data(q)


def _clean(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError("A question needs its text", field="text")
    return text


def _anchors(anchors: Sequence[str]) -> list[str]:
    if message := domain_anchors.problem(anchors):
        raise ValidationError(message, field="anchors")
    return domain_anchors.cleaned(anchors)


def add_question(session: Session, *, axis: Axis, text: str, guidance: str = "",
                 track: Track | None = None, anchors: Sequence[str] = ()) -> Question:
    q = Question(axis=axis, track=track, text=_clean(text), guidance=guidance.strip(),
                 anchors=_anchors(anchors))
    session.add(q)
    return q


def update_question(session: Session, question_id: str, *, axis: Axis, text: str,
                    guidance: str, track: Track | None,
                    anchors: Sequence[str] | None = None) -> None:
    """Change a question; `anchors` None leaves its anchors as they are."""
    q = session.get(Question, question_id)
    if q is None or q.deleted_at is not None:
        raise NotFound("That question no longer exists")
    values: dict[str, object] = {"axis": axis, "text": _clean(text),
                                 "guidance": guidance.strip(), "track": track}
    if anchors is not None:
        values["anchors"] = _anchors(anchors)
    for name, value in values.items():
        if getattr(q, name) != value:
            setattr(q, name, value)


def set_retired(session: Session, question_id: str, retired: bool,
                today: date | None = None) -> None:
    q = session.get(Question, question_id)
    if q is None or q.deleted_at is not None:
        raise NotFound("That question no longer exists")
    q.retired_at = (today or date.today()) if retired else None


def set_deleted(session: Session, question_id: str, deleted: bool) -> None:
    """Tombstone (or restore) a question added by mistake; used questions should be retired."""
    q = session.get(Question, question_id)
    if q is None:
        raise NotFound("That question no longer exists")
    q.deleted_at = utcnow() if deleted else None
