"""Writing a blind pass's grades into the grader's own records, opening the work under its
neutral label, and revealing who was who when the pass ends (`services.blind` reads).

A grade goes where the same judgement goes without the pass: for a take-home, the grader's
scorecard on that take-home interview (a draft until they submit it; submitting is final and
unseals the others' feedback, as everywhere); for a portfolio, the grader's own latest
portfolio review of the application (made on the first grade, reading the candidate's links).
Nothing the pass writes names a letter or a seed: afterwards the records read as if written in
the scorecard or review editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.vocab import Axis, CheckResult, PortfolioCheck, ScorecardStatus, StepKind
from hirefile.errors import NotFound, ValidationError
from hirefile.services import assessments, attachments
from hirefile.services import scorecards as sc
from hirefile.services.assessments import ReviewDraft
from hirefile.services.blind import (
    CHECK,
    OVERALL,
    RECOMMENDATION,
    BlindPass,
    RevealRow,
    file_suffix,
    own_grades,
)
from hirefile.storage.models import Attachment, Candidate, PortfolioReview, Scorecard


def _check_value(scale: str, value: Any) -> Any:
    if scale == CHECK:
        return CheckResult(value) if value is not None else CheckResult.NA
    if value is not None and value not in (1, 2, 3, 4):
        raise ValidationError("Ratings go from 1 (Strong no) to 4 (Strong yes)")
    return value


def grade(session: Session, p: BlindPass, key: str, criterion: str, value: Any,
          note: str | None = None) -> None:
    """Set the grader's value (and, when given, the note) for one criterion of the candidate
    `key` ("A"), in their own record; every other field of it stays as it was."""
    item = p.item(key)
    crit = p.criterion(criterion)
    if criterion not in item.applies:
        raise ValidationError(f"{crit.title} is not part of Candidate {key}'s take-home")
    value = _check_value(crit.scale, value)
    target = p.targets[key]
    if p.kind is StepKind.TAKE_HOME:
        assert target.interview_id is not None
        card = sc.start(session, target.interview_id, p.grader_id)
        session.flush()
        if card.status is ScorecardStatus.SUBMITTED:
            raise ValidationError(f"Your scorecard for Candidate {key} is submitted and final")
        draft = sc.ScorecardDraft(
            ratings={r.axis: (r.rating, r.evidence) for r in card.ratings
                     if r.deleted_at is None},
            recommendation=card.recommendation, takeaways=card.takeaways or "",
            private_note=card.private_note or "")
        if criterion == RECOMMENDATION:
            draft.recommendation = value
            draft.takeaways = draft.takeaways if note is None else note
        else:
            axis = Axis(criterion.removeprefix("axis:"))
            old = draft.ratings.get(axis, (None, ""))
            draft.ratings[axis] = (value, old[1] if note is None else note)
        sc.save(session, card.id, p.grader_id, draft)
        return
    review = _latest_review(session, target.application_id, p.grader_id)
    if review is None:
        draft_r = ReviewDraft(urls=[(u, "") for u in target.urls])
    else:
        draft_r = ReviewDraft(
            urls=[(u.get("url", ""), u.get("ref", "")) for u in review.urls or []],
            looked_at=review.looked_at or "",
            checks={c.item: (c.result, c.note) for c in review.checks if c.deleted_at is None},
            rating=review.rating, notes=review.notes or "", reviewed_on=review.reviewed_on)
    if criterion == OVERALL:
        draft_r.rating = value
        draft_r.notes = draft_r.notes if note is None else note
    else:
        item_key = PortfolioCheck(criterion.removeprefix("check:"))
        _result, old_note = draft_r.checks.get(item_key, (CheckResult.NA, ""))
        draft_r.checks[item_key] = (value, old_note if note is None else note.strip())
    assessments.save_review(session, target.application_id, p.grader_id, draft_r,
                            review_id=review.id if review else None)


def _latest_review(session: Session, application_id: str,
                   grader_id: str) -> PortfolioReview | None:
    return session.scalar(select(PortfolioReview).where(
        PortfolioReview.application_id == application_id,
        PortfolioReview.reviewer_id == grader_id, PortfolioReview.deleted_at.is_(None))
        .order_by(PortfolioReview.reviewed_on.desc(), PortfolioReview.created_at.desc())
        .limit(1))


@dataclass(frozen=True)
class Submitted:
    """What "Submit all" did: the letters submitted, and why the others were not."""

    done: tuple[str, ...]
    problems: tuple[str, ...]  # "Candidate C: Give an overall recommendation …"


def submit_all(session: Session, p: BlindPass) -> Submitted:
    """Submit the grader's take-home scorecards of this pass that are ready (final: it
    unseals the others' feedback on those candidates); the rest stay drafts, each with the
    reason. Portfolio reviews have no draft state: their grades are saved as given."""
    if p.kind is not StepKind.TAKE_HOME:
        return Submitted((), ())
    done: list[str] = []
    problems: list[str] = []
    for item in p.items:
        target = p.targets[item.letter]
        assert target.interview_id is not None
        card = session.scalar(select(Scorecard).where(
            Scorecard.interview_id == target.interview_id,
            Scorecard.interviewer_id == p.grader_id, Scorecard.deleted_at.is_(None)))
        if card is None:
            problems.append(f"{item.label}: not graded yet")
            continue
        if card.status is ScorecardStatus.SUBMITTED:
            continue
        try:
            sc.check_ready(card)
        except ValidationError as exc:
            problems.append(f"{item.label}: {exc.message}")
            continue
        sc.submit(session, card.id, p.grader_id)
        done.append(item.letter)
    return Submitted(tuple(done), tuple(problems))


def reveal(session: Session, p: BlindPass) -> list[RevealRow]:
    """Who each letter was, in the pass's order, with the grader's own grades (read again)."""
    names = dict(session.execute(select(Candidate.id, Candidate.full_name).where(
        Candidate.id.in_([t.candidate_id for t in p.targets.values()]))).all())
    found = own_grades(session, p)
    return [RevealRow(it.letter, names.get(p.targets[it.letter].candidate_id, ""),
                      p.targets[it.letter].application_id, *found[it.letter])
            for it in p.items]


def open_work(session: Session, p: BlindPass, ref: str) -> str | Path:
    """The link (a string) or a temporary copy of the file (a path named "Candidate A -
    submission 1.zip", not the file's own name) behind a work's `ref` ("A/1")."""
    key, _, number = ref.partition("/")
    target = p.targets.get(key)
    work = next((w for w in p.item(key).work if w.ref == ref), None) if target else None
    if target is None or work is None:
        raise NotFound("That work is not part of this pass")
    index = int(number) - 1
    if not work.is_file:
        return target.urls[index]
    attachment_id = target.files[index]
    filename = session.scalar(select(Attachment.filename).where(Attachment.id == attachment_id))
    if filename is None:
        raise NotFound("That file is no longer kept")
    return attachments.temp_copy(session, attachment_id,
                                 f"Candidate {key} - submission {number}{file_suffix(filename)}")
