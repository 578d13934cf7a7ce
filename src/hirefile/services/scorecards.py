"""Scorecards: evidence per axis, written independently, then revealed.

Sealed feedback: until the person looking has submitted a scorecard of their own for an
application (a candidate in a role), the other people's scorecards, portfolio-review ratings
and culture ratings for it show only "submitted by NAME — sealed until you submit yours".
Revealing them anyway is possible and is written to the activity log: anchoring on the first
opinion is the classic failure of panels.

This module holds the one rule every surface asks (`can_see_feedback` for one application,
`unsealed_applications` for a list of them in one query): the timeline, the board, the
debrief, finalists and the exports. A viewer's own feedback is always theirs to see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.ordering import spread
from hirefile.domain.vocab import ActivityKind, Axis, ScorecardStatus
from hirefile.errors import NotFound, ValidationError
from hirefile.services.activity import record
from hirefile.services.debrief_read import ScorecardView as ScorecardView
from hirefile.services.debrief_read import scorecards as scorecards
from hirefile.services.interviews import live_interview
from hirefile.services.loops import loop
from hirefile.services.sealing import (  # the rule, given to its callers
    can_see_feedback as can_see_feedback,
)
from hirefile.services.sealing import has_revealed as has_revealed
from hirefile.services.sealing import (
    unsealed_applications as unsealed_applications,
)
from hirefile.storage.models import (
    Application,
    Interview,
    LoopStep,
    Person,
    Scorecard,
    ScorecardQuestionNote,
    ScorecardRating,
)
from hirefile.storage.types import utcnow


@dataclass
class ScorecardDraft:
    """What an interviewer writes; `ratings[axis] = (1..4 or None for not assessed, evidence)`."""

    ratings: dict[Axis, tuple[int | None, str]] = field(default_factory=dict)
    question_notes: dict[str, str] = field(default_factory=dict)  # note row id -> note
    recommendation: int | None = None
    takeaways: str = ""
    private_note: str = ""


def _template(session: Session,
              interview: Interview) -> tuple[list[Axis], list[tuple[str | None, str]]]:
    """The axes a new scorecard rates and the questions it notes (from the loop step)."""
    axes: list[Axis] = []
    questions: list[tuple[str | None, str]] = []
    if interview.loop_step_id:
        step = session.get(LoopStep, interview.loop_step_id)
        if step is not None:
            axes = [Axis(a) for a in step.axes or []]
            app = session.get(Application, interview.application_id)
            data = loop(session, app.role_id) if app else None
            for s in data.steps if data else ():
                if s.id == step.id:
                    questions = [(q.question_id, q.text) for q in s.questions]
    return axes or list(Axis), questions


def step_questions(session: Session, interview_id: str) -> list[tuple[str | None, str]]:
    """(question id or None, text) of the questions a new scorecard for the interview notes,
    in the step's order (the order of `blank`'s "#n" notes)."""
    return _template(session, live_interview(session, interview_id))[1]


def _existing(session: Session, interview_id: str, interviewer_id: str) -> Scorecard | None:
    return session.scalar(select(Scorecard).where(
        Scorecard.interview_id == interview_id, Scorecard.interviewer_id == interviewer_id,
        Scorecard.deleted_at.is_(None)))


def start(session: Session, interview_id: str, interviewer_id: str) -> Scorecard:
    """The interviewer's scorecard for an interview (made on first use, with a rating row per
    axis the step assesses and a note row per question of the step)."""
    interview = live_interview(session, interview_id)
    existing = _existing(session, interview_id, interviewer_id)
    if existing is not None:
        return existing
    taken_back = session.scalar(select(Scorecard).where(
        Scorecard.interview_id == interview_id, Scorecard.interviewer_id == interviewer_id))
    if taken_back is not None:  # its first save was undone: the next save writes it again
        taken_back.deleted_at, taken_back.status = None, ScorecardStatus.DRAFT
        for rating in taken_back.ratings:
            rating.deleted_at = None
        for note in taken_back.question_notes:
            note.deleted_at = None
        return taken_back
    if session.get(Person, interviewer_id) is None:
        raise ValidationError("Only people of this file can write scorecards")
    card = Scorecard(interview_id=interview_id, application_id=interview.application_id,
                     interviewer_id=interviewer_id, status=ScorecardStatus.DRAFT)
    session.add(card)
    axes, questions = _template(session, interview)
    for axis in axes:
        card.ratings.append(ScorecardRating(axis=axis, rating=None, evidence=""))
    for position, (qid, text) in zip(spread(len(questions)), questions, strict=True):
        card.question_notes.append(ScorecardQuestionNote(question_id=qid, question_text=text,
                                                         note="", position=position))
    return card


def blank(session: Session, interview_id: str, interviewer_id: str) -> ScorecardView:
    """The interviewer's scorecard as the editor shows it, writing nothing: their existing
    one, or an empty one (id "") that `write` makes on the first save. Question notes of an
    empty one are keyed "#n", n counting from 0 in the step's order."""
    interview = live_interview(session, interview_id)
    card = _existing(session, interview_id, interviewer_id)
    if card is not None:
        return next(v for v in scorecards(session, interview.application_id, interviewer_id)
                    if v.id == card.id)
    axes, questions = _template(session, interview)
    person = session.get(Person, interviewer_id)
    return ScorecardView(
        id="", interview_id=interview_id, interview_title=interview.title,
        interviewer_id=interviewer_id, interviewer=person.name if person else "",
        status=ScorecardStatus.DRAFT, sealed=False, mine=True,
        ratings={a: (None, "") for a in axes},
        question_notes=tuple((f"#{i}", text, "") for i, (_qid, text) in enumerate(questions)))


def write(session: Session, interview_id: str, person_id: str, draft: ScorecardDraft, *,
          submit_it: bool = False) -> str:
    """Save (or submit) the person's scorecard for an interview, making it on this first
    write; its id. Nothing is written before this: opening the editor and cancelling leaves
    the file as it was."""
    card = start(session, interview_id, person_id)
    session.flush()
    if submit_it:
        submit(session, card.id, person_id, draft)
    else:
        save(session, card.id, person_id, draft)
    return card.id


def _own(session: Session, scorecard_id: str, person_id: str) -> Scorecard:
    card = session.get(Scorecard, scorecard_id)
    if card is None or card.deleted_at is not None:
        raise NotFound("That scorecard no longer exists")
    if card.interviewer_id != person_id:
        raise ValidationError("Only its interviewer can change a scorecard")
    if card.status is ScorecardStatus.SUBMITTED:
        raise ValidationError("This scorecard is submitted and final; add a note to the "
                              "candidate instead")
    return card


def save(session: Session, scorecard_id: str, person_id: str, draft: ScorecardDraft) -> None:
    card = _own(session, scorecard_id, person_id)
    for value, _ in draft.ratings.values():
        if value is not None and value not in (1, 2, 3, 4):
            raise ValidationError("Ratings go from 1 (Strong no) to 4 (Strong yes)")
    if draft.recommendation is not None and draft.recommendation not in (1, 2, 3, 4):
        raise ValidationError("The recommendation goes from 1 (Strong no) to 4 (Strong yes)")
    rows = {r.axis: r for r in card.ratings}
    for axis, (value, evidence) in draft.ratings.items():
        row = rows.get(axis)
        if row is None:
            card.ratings.append(ScorecardRating(axis=axis, rating=value, evidence=evidence))
        else:
            row.rating, row.evidence = value, evidence
    notes = {n.id: n for n in card.question_notes}
    notes.update({f"#{i}": n for i, n in enumerate(card.question_notes)})
    for note_id, text in draft.question_notes.items():
        if note_id in notes:
            notes[note_id].note = text
    card.recommendation = draft.recommendation
    card.takeaways = draft.takeaways.strip()
    card.private_note = draft.private_note.strip()


def submit(session: Session, scorecard_id: str, person_id: str,
           draft: ScorecardDraft | None = None) -> None:
    """Save (optionally) and submit: final, and it unseals the others' for this person."""
    if draft is not None:
        save(session, scorecard_id, person_id, draft)
    card = _own(session, scorecard_id, person_id)
    check_ready(card)
    card.status = ScorecardStatus.SUBMITTED
    card.submitted_at = utcnow()
    app = session.get(Application, card.application_id)
    # Shared activity says that someone submitted, never what (the verdict stays sealed).
    record(session, ActivityKind.UPDATED, "scorecard", card.id, "Submitted a scorecard",
           candidate_id=app.candidate_id if app else None)


def check_ready(card: Scorecard) -> None:
    """Refuse (one line, naming the field) a scorecard that cannot be submitted yet."""
    if card.recommendation is None:
        raise ValidationError("Give an overall recommendation before submitting",
                              field="recommendation")
    rated = [r for r in card.ratings if r.rating is not None]
    if not rated:
        raise ValidationError("Rate at least one axis (or say why in the take-aways and rate "
                              "what you saw)", field="ratings")
    missing = [r.axis.label for r in rated if not r.evidence.strip()]
    if missing:
        raise ValidationError(f"Add evidence for {', '.join(missing)}: what did the candidate "
                              "say or do?", field="evidence")


# sealing -----------------------------------------------------------------------------------

def has_submitted(session: Session, application_id: str, person_id: str) -> bool:
    return session.scalar(select(Scorecard.id).where(
        Scorecard.application_id == application_id, Scorecard.interviewer_id == person_id,
        Scorecard.status == ScorecardStatus.SUBMITTED, Scorecard.deleted_at.is_(None))
        .limit(1)) is not None


def unsealed_for(session: Session, application_id: str, person_id: str) -> bool:
    return can_see_feedback(session, person_id, application_id)


def reveal(session: Session, application_id: str, person_id: str) -> None:
    """Show the others' feedback before submitting one's own — on the record."""
    app = session.get(Application, application_id)
    if app is None:
        raise NotFound("That application no longer exists")
    if has_revealed(session, application_id, person_id):
        return
    person = session.get(Person, person_id)
    record(session, ActivityKind.REVEALED, "application", application_id,
           f"{person.name if person else 'Someone'} revealed sealed feedback before "
           "submitting their own", candidate_id=app.candidate_id,
           detail={"person_id": person_id})
