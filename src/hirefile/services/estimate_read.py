"""Estimate, discuss, estimate, as one viewer may see it: SQL text for both backends
(storage/rows.py), so the debrief screen and `hirefile export debrief` (without SQLAlchemy)
read it the same way. services/estimates.py keeps the writes (`start`, `revise`) and gives
these reads to its callers; see it for the rule."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hirefile.domain import scoring
from hirefile.domain.vocab import Axis, ScorecardStatus
from hirefile.errors import NotFound
from hirefile.services.debrief_read import axis_weights
from hirefile.services.people import name_of, names
from hirefile.services.sealing import can_see_feedback
from hirefile.storage.rows import (
    required_time,
    rows_of,
    stored_time,
)

#: The aspect of the overall recommendation (the others are `Axis` values).
OVERALL = "overall"
#: Every aspect, in the order they are shown.
ASPECTS: tuple[str, ...] = (*(a.value for a in Axis), OVERALL)
#: Each person's mean rating per axis on their submitted scorecards, and their mean
#: recommendation (aggregated in SQL).
AXIS_MEANS = ("SELECT sc.interviewer_id, r.axis, avg(r.rating) FROM scorecard sc "
              "JOIN scorecard_rating r ON r.scorecard_id = sc.id WHERE sc.application_id = :app "
              "AND sc.status = :submitted AND sc.deleted_at IS NULL AND r.deleted_at IS NULL "
              "AND r.rating IS NOT NULL GROUP BY sc.interviewer_id, r.axis")
RECOMMENDATION_MEANS = ("SELECT interviewer_id, avg(recommendation) FROM scorecard "
                        "WHERE application_id = :app AND status = :submitted "
                        "AND deleted_at IS NULL GROUP BY interviewer_id")
ESTIMATES = ("SELECT person_id, created_by, aspect, before_score, before_at, after_score, "
             "reason, revised_at FROM debrief_estimate WHERE application_id = :app "
             "AND deleted_at IS NULL ORDER BY before_at, id")
ROLE_OF = "SELECT role_id FROM application WHERE id = :id AND deleted_at IS NULL"

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


def submitted_scores(source: Any, application_id: str
                     ) -> dict[tuple[str, str], float | None]:
    """(person, aspect) -> the mean of their submitted ratings (aggregated in SQL)."""
    rows = rows_of(source)
    out: dict[tuple[str, str], float | None] = {}
    for person, axis, mean in rows.all(AXIS_MEANS, app=application_id,
                                       submitted=ScorecardStatus.SUBMITTED):
        out[(person, Axis(axis).value)] = float(mean)
    for person, mean in rows.all(RECOMMENDATION_MEANS, app=application_id,
                                 submitted=ScorecardStatus.SUBMITTED):
        out.setdefault((person, OVERALL), None if mean is None else float(mean))
    return out


def estimates(source: Any, application_id: str, viewer_id: str | None) -> Estimates:
    """The application's estimates as `viewer_id` may see them: their own always, the
    others' once they have submitted (or revealed); the role-weighted score before and after
    the discussion over what they may see."""
    read = rows_of(source)
    role_id = read.scalar(ROLE_OF, id=application_id)
    if role_id is None:
        raise NotFound("That application no longer exists")
    rows = read.all(ESTIMATES, app=application_id)
    open_to_viewer = can_see_feedback(read, viewer_id, application_id)
    visible = [r for r in rows if open_to_viewer or r[0] == viewer_id]
    known = names(read) if visible else {}
    out = [Estimate(person, name_of(known, person, created_by), aspect, before,
                    required_time(before_at), after, reason or "", stored_time(revised_at))
           for person, created_by, aspect, before, before_at, after, reason, revised_at
           in visible]
    order = {a: n for n, a in enumerate(ASPECTS)}
    out.sort(key=lambda e: (e.person.casefold(), e.person_id, order.get(e.aspect, 99)))
    weights = axis_weights(read, role_id)
    taken = {r[0] for r in rows}
    late = 0
    if rows and open_to_viewer:
        late = len({p for p, _a in submitted_scores(read, application_id)} - taken)
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
