"""Estimate, discuss, estimate: each person's score before a debrief's discussion, and the
score they revise it to after hearing the others, with the reason.

"Start discussion" (`start`) takes a snapshot of everyone's submitted scorecards on the
application: per person, per axis the mean of their ratings and overall the mean of their
recommendations (`debrief_estimate` rows, `before_score`). It is a snapshot: a scorecard
changed or added later never rewrites what was estimated before the discussion (pressing it
again only adds the people, and aspects, not yet taken). Drafts never count.

Sealed feedback holds here as everywhere (`scorecards.can_see_feedback`): a person sees the
others' estimates only once they have submitted their own scorecard on the application (or
revealed anyway, recorded); starting the discussion and revising are theirs only then, so
nobody revises before seeing what the others said (that is the point). A revision is 1–4,
or cleared; a reason is required when it differs from the score before. `moved` says what
moved and why ("Ana: Software engineering 2 → 3 — saw the take-home's tests").
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain import limits
from hirefile.domain.vocab import ActivityKind
from hirefile.errors import ValidationError
from hirefile.services import pipeline, scorecards
from hirefile.services.activity import record
from hirefile.services.estimate_read import ASPECTS as ASPECTS
from hirefile.services.estimate_read import OVERALL as OVERALL
from hirefile.services.estimate_read import SEALED as SEALED
from hirefile.services.estimate_read import Estimate as Estimate
from hirefile.services.estimate_read import Estimates as Estimates
from hirefile.services.estimate_read import aspect_label as aspect_label
from hirefile.services.estimate_read import estimates as estimates
from hirefile.services.estimate_read import score_text as score_text
from hirefile.services.estimate_read import submitted_scores as submitted_scores
from hirefile.storage.models import DebriefEstimate, Person
from hirefile.storage.types import utcnow

#: The most characters a reason keeps (one line, like other reasons).
REASON_LIMIT = limits.column_limit("reason")

def _rows(session: Session, application_id: str) -> list[DebriefEstimate]:
    return list(session.scalars(select(DebriefEstimate).where(
        DebriefEstimate.application_id == application_id,
        DebriefEstimate.deleted_at.is_(None)).order_by(DebriefEstimate.before_at,
                                                       DebriefEstimate.id)))


def _require_open(session: Session, application_id: str, person_id: str) -> None:
    if not scorecards.can_see_feedback(session, person_id, application_id):
        raise ValidationError("Submit your scorecard first: the estimates before the "
                              "discussion are revealed to those who have written theirs",
                              field="estimates")


def start(session: Session, application_id: str, person_id: str) -> int:
    """Take everyone's scores before the discussion from their submitted scorecards (only
    those not taken yet: a snapshot is never rewritten); how many were taken."""
    app = pipeline.live_application(session, application_id)
    _require_open(session, application_id, person_id)
    have = {(r.person_id, r.aspect) for r in _rows(session, application_id)}
    now = utcnow()
    added = 0
    for (person, aspect), score in sorted(submitted_scores(session, application_id).items()):
        if (person, aspect) in have or (score is None and aspect != OVERALL):
            continue
        session.add(DebriefEstimate(application_id=application_id, person_id=person,
                                    aspect=aspect, before_score=score, before_at=now))
        added += 1
    if added:
        record(session, ActivityKind.UPDATED, "application", application_id,
               "Started the debrief discussion: everyone's scores before it were kept",
               candidate_id=app.candidate_id)
    return added


def revise(session: Session, application_id: str, person_id: str,
           scores: Mapping[str, int | None], reason: str) -> int:
    """Revise the person's own scores after the discussion: aspect -> 1..4, or None to clear
    the revision. A reason is required when a score differs from the one before; how many
    aspects changed. The person's scores before are taken first if they were not yet."""
    pipeline.live_application(session, application_id)
    _require_open(session, application_id, person_id)
    if session.get(Person, person_id) is None:
        raise ValidationError("Only people of this file can revise a score")
    reason = limits.clean_text(reason, multiline=False).strip()
    if problem := limits.too_long(reason, REASON_LIMIT, "The reason"):
        raise ValidationError(problem, field="reason")
    for aspect, value in scores.items():
        if aspect not in ASPECTS:
            raise ValidationError(f"No such aspect “{aspect}”", field="scores")
        if value is not None and not 1 <= value <= 4:
            raise ValidationError("A score is 1 (Strong no) to 4 (Strong yes)", field="scores")
    start(session, application_id, person_id)
    mine = {r.aspect: r for r in _rows(session, application_id) if r.person_id == person_id}
    changing = {a: v for a, v in scores.items()
                if (mine[a].after_score if a in mine else None) != v}
    if any(v is not None and v != (mine[a].before_score if a in mine else None)
           for a, v in changing.items()) and not reason:
        raise ValidationError("Say why the score moved: what in the discussion changed your "
                              "mind", field="reason")
    now = utcnow()
    for aspect, value in changing.items():
        row = mine.get(aspect)
        if row is None:
            row = DebriefEstimate(application_id=application_id, person_id=person_id,
                                  aspect=aspect, before_score=None, before_at=now)
            session.add(row)
        row.after_score = value
        row.reason = reason if value is not None else ""
        row.revised_at = now if value is not None else None
    if changing:
        app = pipeline.live_application(session, application_id)
        record(session, ActivityKind.UPDATED, "application", application_id,
               "Revised their debrief scores after the discussion",
               candidate_id=app.candidate_id)
    return len(changing)
