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
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hirefile.domain import limits, scoring
from hirefile.domain.vocab import ActivityKind, Axis, ScorecardStatus
from hirefile.errors import ValidationError
from hirefile.services import pipeline, scorecards
from hirefile.services.activity import record
from hirefile.services.people import name_of, names
from hirefile.services.roles import axis_weights
from hirefile.storage.models import DebriefEstimate, Person, Scorecard, ScorecardRating
from hirefile.storage.types import utcnow

#: The aspect of the overall recommendation (the others are `Axis` values).
OVERALL = "overall"
#: Every aspect, in the order they are shown.
ASPECTS: tuple[str, ...] = (*(a.value for a in Axis), OVERALL)
#: The most characters a reason keeps (one line, like other reasons).
REASON_LIMIT = limits.column_limit("reason")

SEALED = ("Sealed until you submit your scorecard: everyone's estimates are revealed at "
          "once to those who have written theirs.")


def aspect_label(aspect: str) -> str:
    return "Overall" if aspect == OVERALL else Axis(aspect).label


def score_text(value: float | None) -> str:
    """A score as the debrief says it: 3, 2.5, or — for not assessed (the labels' rounding,
    `scoring.score_text`)."""
    return "—" if value is None else scoring.score_text(value).removesuffix(".0")


@dataclass(frozen=True)
class Estimate:
    """One person's estimate on one aspect, before the discussion and after it."""

    person_id: str
    person: str
    aspect: str
    before: float | None
    before_at: datetime
    after: int | None = None
    reason: str = ""
    revised_at: datetime | None = None

    @property
    def label(self) -> str:
        return aspect_label(self.aspect)

    @property
    def moved(self) -> bool:
        return self.after is not None and self.after != self.before

    @property
    def now(self) -> float | None:
        """The score after the discussion: the revision, else the score before."""
        return self.after if self.after is not None else self.before

    def moved_text(self) -> str:
        """"Ana: Software engineering 2 → 3 — saw the take-home's tests"."""
        text = (f"{self.person}: {self.label} {score_text(self.before)} → "
                f"{score_text(self.after)}")
        return f"{text} — {self.reason}" if self.reason else text


@dataclass(frozen=True)
class Estimates:
    """An application's estimates as one viewer may see them."""

    application_id: str
    #: The discussion has started (someone's scores were taken), whoever's they are.
    started: bool
    #: Others' estimates exist that the viewer may not see yet.
    sealed: bool
    #: The viewer may start the discussion and revise (they submitted, or revealed).
    open_to_viewer: bool
    #: Every estimate the viewer may see, person by person in `ASPECTS` order.
    rows: tuple[Estimate, ...] = ()
    weighted_before: float | None = None
    weighted_after: float | None = None
    #: People who submitted a scorecard since the discussion started (not yet taken).
    late: int = 0

    def of(self, person_id: str) -> tuple[Estimate, ...]:
        return tuple(e for e in self.rows if e.person_id == person_id)

    @property
    def moved(self) -> tuple[Estimate, ...]:
        """What moved, in the order it was revised."""
        return tuple(sorted((e for e in self.rows if e.moved),
                            key=lambda e: (e.revised_at or e.before_at, e.person, e.aspect)))

    @property
    def people(self) -> tuple[tuple[str, str], ...]:
        return tuple(dict.fromkeys((e.person_id, e.person) for e in self.rows))


def _submitted_scores(session: Session, application_id: str
                      ) -> dict[tuple[str, str], float | None]:
    """(person, aspect) -> the mean of their submitted ratings (aggregated in SQL)."""
    live = (Scorecard.application_id == application_id,
            Scorecard.status == ScorecardStatus.SUBMITTED, Scorecard.deleted_at.is_(None))
    out: dict[tuple[str, str], float | None] = {}
    for person, axis, mean in session.execute(
            select(Scorecard.interviewer_id, ScorecardRating.axis,
                   func.avg(ScorecardRating.rating))
            .join(ScorecardRating, ScorecardRating.scorecard_id == Scorecard.id)
            .where(*live, ScorecardRating.deleted_at.is_(None),
                   ScorecardRating.rating.is_not(None))
            .group_by(Scorecard.interviewer_id, ScorecardRating.axis)):
        out[(person, Axis(axis).value)] = float(mean)
    for person, mean in session.execute(
            select(Scorecard.interviewer_id, func.avg(Scorecard.recommendation))
            .where(*live).group_by(Scorecard.interviewer_id)):
        out.setdefault((person, OVERALL), None if mean is None else float(mean))
    return out


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
    for (person, aspect), score in sorted(_submitted_scores(session, application_id).items()):
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


def estimates(session: Session, application_id: str, viewer_id: str | None) -> Estimates:
    """The application's estimates as `viewer_id` may see them: their own always, the
    others' once they have submitted (or revealed); the role-weighted score before and after
    the discussion over what they may see."""
    app = pipeline.live_application(session, application_id)
    rows = _rows(session, application_id)
    open_to_viewer = scorecards.can_see_feedback(session, viewer_id, application_id)
    visible = [r for r in rows if open_to_viewer or r.person_id == viewer_id]
    known = names(session)
    out = [Estimate(r.person_id, name_of(known, r.person_id, r.created_by), r.aspect,
                    r.before_score, r.before_at, r.after_score, r.reason or "", r.revised_at)
           for r in visible]
    order = {a: n for n, a in enumerate(ASPECTS)}
    out.sort(key=lambda e: (e.person.casefold(), e.person_id, order.get(e.aspect, 99)))
    weights = axis_weights(session, app.role_id)
    taken = {r.person_id for r in rows}
    late = 0
    if rows and open_to_viewer:
        late = len({p for p, _a in _submitted_scores(session, application_id)} - taken)
    return Estimates(
        application_id, bool(rows), len(visible) < len(rows), open_to_viewer, tuple(out),
        _weighted(out, weights, after=False), _weighted(out, weights, after=True), late)


def _weighted(rows: list[Estimate], weights: Mapping[Axis, int], *,
              after: bool) -> float | None:
    per_axis: dict[Axis, list[float | int | None]] = {a: [] for a in Axis}
    for e in rows:
        if e.aspect != OVERALL:
            per_axis[Axis(e.aspect)].append(e.now if after else e.before)
    return scoring.weighted_score(scoring.axis_means(per_axis), weights)
