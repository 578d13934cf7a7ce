"""Your calibration: on the candidates you and another person both assessed, how often you
agree (per axis and on the overall recommendation), who is more lenient, and where you differ
most.

Sealed feedback decides what counts. An application is shared between the viewer and another
person only when BOTH submitted a scorecard there: the viewer's own submitted scorecard is what
unseals the other's ratings to them (`scorecards.unsealed_applications`), and a "Reveal anyway"
does not count — the viewer saw the others' ratings but gave none of their own, so there is
nothing to compare. Drafts never count, the viewer's or anyone's. The figures are the viewer's
own ("you rate higher than …"), computed for the person at the keyboard and never for the
other: nobody reads another person's calibration here.

What is compared: each person's submitted scorecards on the application, one mark per person
and axis (the mean when they rated the axis on several interviews of it), and the overall
recommendation likewise. Culture assessments and portfolio reviews are not scorecards and are
left out. Every figure is aggregated in SQL: the viewer's applications by the scorecard's
interviewer index, then everyone's marks on those applications by its application index, then
the pairs (a self-join on application and axis), grouped per person and axis, with the biggest
differences picked by a window function.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import Select, String, and_, case, func, literal, select, type_coerce, union_all
from sqlalchemy.orm import Session

from hirefile.domain import drift
from hirefile.domain.vocab import Axis, ScorecardStatus
from hirefile.services.people import names
from hirefile.storage.models import (
    Application,
    Candidate,
    Role,
    Scorecard,
    ScorecardRating,
)

#: The key of the overall recommendation among the axes.
OVERALL = "overall"
OVERALL_LABEL = "Overall recommendation"
#: How many of the biggest differences each pairing lists.
DIFFERENCES = 8


def axis_label(key: str) -> str:
    return OVERALL_LABEL if key == OVERALL else Axis(key).label


@dataclass(frozen=True)
class Agreement:
    """How the viewer's and one other person's marks compare on one axis (or overall)."""

    key: str  # an Axis value, or OVERALL
    n: int
    exact: int
    within_one: int
    #: Mean of (yours − theirs): positive when you rate higher.
    mean_difference: float | None

    @property
    def label(self) -> str:
        return axis_label(self.key)

    @property
    def exact_percent(self) -> int | None:
        return drift.percent(self.exact, self.n)

    @property
    def within_one_percent(self) -> int | None:
        return drift.percent(self.within_one, self.n)

    def as_dict(self) -> dict[str, Any]:
        return {"axis": self.key, "label": self.label, "n": self.n,
                "exact_agreement_percent": self.exact_percent,
                "within_one_percent": self.within_one_percent,
                "mean_difference": None if self.mean_difference is None
                else round(self.mean_difference, 2)}


@dataclass(frozen=True)
class Difference:
    """One application where the two differ: the viewer's mark and the other's on one axis."""

    application_id: str
    candidate_id: str
    candidate: str
    role: str
    key: str
    mine: float
    theirs: float

    @property
    def label(self) -> str:
        return axis_label(self.key)

    @property
    def difference(self) -> float:
        return self.mine - self.theirs

    def as_dict(self) -> dict[str, Any]:
        return {"application_id": self.application_id, "candidate": self.candidate,
                "role": self.role, "axis": self.key, "label": self.label,
                "yours": self.mine, "theirs": self.theirs}


@dataclass(frozen=True)
class Pairing:
    """The viewer against one other person, on the applications both submitted feedback on."""

    person_id: str
    name: str
    shared: int
    overall: Agreement
    axes: tuple[Agreement, ...]  # in the axes' usual order, only those both rated
    differences: tuple[Difference, ...]  # biggest first

    @property
    def meaningful(self) -> bool:
        return self.shared >= drift.MEANINGFUL_SHARED

    @property
    def shared_text(self) -> str:
        return drift.shared_text(self.shared)

    @property
    def leniency_text(self) -> str:
        return drift.leniency_text(self.overall.mean_difference, self.name)

    def as_dict(self) -> dict[str, Any]:
        return {"person": self.name, "person_id": self.person_id, "shared": self.shared,
                "meaningful": self.meaningful, "leniency": self.leniency_text,
                "overall": self.overall.as_dict(),
                "axes": [a.as_dict() for a in self.axes],
                "differences": [d.as_dict() for d in self.differences]}


@dataclass(frozen=True)
class Calibration:
    """The viewer's calibration against everyone they share assessed candidates with, the
    person they share most with first."""

    viewer_id: str | None
    viewer: str
    #: Applications the viewer submitted a scorecard on (shared or not).
    submitted: int
    pairings: tuple[Pairing, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"you": self.viewer, "your_submitted_applications": self.submitted,
                "meaningful_from": drift.MEANINGFUL_SHARED,
                "people": [p.as_dict() for p in self.pairings]}


def _live_submitted() -> Any:
    return and_(Scorecard.status == ScorecardStatus.SUBMITTED, Scorecard.deleted_at.is_(None))


def _viewer_applications(viewer_id: str) -> Select[Any]:
    """The live applications the viewer submitted a scorecard on (the interviewer index)."""
    return (select(Scorecard.application_id.label("application_id"))
            .join(Application, Application.id == Scorecard.application_id)
            .where(Scorecard.interviewer_id == viewer_id, _live_submitted(),
                   Application.deleted_at.is_(None))
            .distinct())


def _marks(viewer_id: str) -> Any:
    """Every person's mark per application and axis (and overall) on the viewer's
    applications: (application_id, person_id, axis, mark)."""
    apps = _viewer_applications(viewer_id).cte("viewer_apps")
    on_axes = (select(Scorecard.application_id, Scorecard.interviewer_id.label("person_id"),
                      type_coerce(ScorecardRating.axis, String).label("axis"),
                      func.avg(ScorecardRating.rating).label("mark"))
               .join(apps, apps.c.application_id == Scorecard.application_id)
               .join(ScorecardRating, ScorecardRating.scorecard_id == Scorecard.id)
               .where(_live_submitted(), ScorecardRating.deleted_at.is_(None),
                      ScorecardRating.rating.is_not(None))
               .group_by(Scorecard.application_id, Scorecard.interviewer_id,
                         ScorecardRating.axis))
    overall = (select(Scorecard.application_id, Scorecard.interviewer_id.label("person_id"),
                      literal(OVERALL, String).label("axis"),
                      func.avg(Scorecard.recommendation).label("mark"))
               .join(apps, apps.c.application_id == Scorecard.application_id)
               .where(_live_submitted(), Scorecard.recommendation.is_not(None))
               .group_by(Scorecard.application_id, Scorecard.interviewer_id))
    return union_all(on_axes, overall).cte("marks")


def _pairs(viewer_id: str) -> Any:
    """(person_id, application_id, axis, mine, theirs, difference) for every other person
    and every application and axis both marked: the self-join."""
    marks = _marks(viewer_id)
    mine, theirs = marks.alias("mine"), marks.alias("theirs")
    return (select(theirs.c.person_id, mine.c.application_id, mine.c.axis,
                   mine.c.mark.label("mine"), theirs.c.mark.label("theirs"),
                   (mine.c.mark - theirs.c.mark).label("difference"))
            .join(theirs, and_(theirs.c.application_id == mine.c.application_id,
                               theirs.c.axis == mine.c.axis))
            .where(mine.c.person_id == viewer_id, theirs.c.person_id != viewer_id)
            .cte("pairs"))


def calibration(session: Session, viewer_id: str | None, *,
                differences: int = DIFFERENCES) -> Calibration:
    """The viewer's calibration (nobody's for `None`): one `Pairing` per person who
    submitted scorecards on applications the viewer submitted one on.

    One pass over the pairs: window functions give each (person, axis) its counts and mean
    on every row, and rank each person's rows by the size of the difference; only the first
    row of each axis and the biggest differences come back."""
    if not viewer_id:
        return Calibration(None, "", 0, ())
    known = names(session)
    submitted = session.scalar(select(func.count()).select_from(
        _viewer_applications(viewer_id).subquery())) or 0
    pairs = _pairs(viewer_id)
    d = pairs.c.difference
    per_axis = (pairs.c.person_id, pairs.c.axis)
    ranked = select(
        pairs,
        func.count().over(partition_by=per_axis).label("n"),
        func.sum(case((func.abs(d) < drift.EXACT_WITHIN, 1), else_=0)).over(partition_by=per_axis)
        .label("exact"),
        func.sum(case((func.abs(d) < drift.WITHIN_ONE, 1), else_=0)).over(partition_by=per_axis)
        .label("within"),
        func.avg(d).over(partition_by=per_axis).label("mean"),
        func.row_number().over(partition_by=per_axis).label("in_axis"),
        func.row_number().over(
            partition_by=pairs.c.person_id,
            order_by=(func.abs(d).desc(), case((pairs.c.axis == OVERALL, 0), else_=1),
                      pairs.c.application_id, pairs.c.axis)).label("rank"),
    ).subquery()
    rows = session.execute(
        select(ranked).where((ranked.c.in_axis == 1) | (
            (ranked.c.rank <= differences)
            & (func.abs(ranked.c.difference) >= drift.EXACT_WITHIN)))
        .order_by(ranked.c.person_id, ranked.c.rank)).mappings().all()
    agreements: dict[str, dict[str, Agreement]] = {}
    biggest: dict[str, list[Any]] = {}
    for r in rows:
        if r["in_axis"] == 1:
            agreements.setdefault(r["person_id"], {})[r["axis"]] = Agreement(
                r["axis"], int(r["n"]), int(r["exact"] or 0), int(r["within"] or 0),
                None if r["mean"] is None else float(r["mean"]))
        if r["rank"] <= differences and abs(r["difference"]) >= drift.EXACT_WITHIN:
            biggest.setdefault(r["person_id"], []).append(r)
    found = _where(session, {r["application_id"] for rs in biggest.values() for r in rs})
    # Every submitted scorecard carries a recommendation, so the overall's n is the number
    # of applications both submitted on; the largest axis stands in should one lack it.
    shared = {p: max(a.n for a in by_axis.values()) if OVERALL not in by_axis
              else by_axis[OVERALL].n for p, by_axis in agreements.items()}
    pairings = []
    for person_id in sorted(shared, key=lambda p: (-shared[p], known.get(p, ""), p)):
        by_axis = agreements[person_id]
        pairings.append(Pairing(
            person_id, known.get(person_id, "Someone"), shared[person_id],
            by_axis.get(OVERALL, Agreement(OVERALL, 0, 0, 0, None)),
            tuple(by_axis[a.value] for a in Axis if a.value in by_axis),
            tuple(Difference(r["application_id"], *found[r["application_id"]], r["axis"],
                             float(r["mine"]), float(r["theirs"]))
                  for r in biggest.get(person_id, ()) if r["application_id"] in found)))
    return Calibration(viewer_id, known.get(viewer_id, ""), int(submitted), tuple(pairings))


def _where(session: Session, application_ids: set[str]) -> dict[str, tuple[str, str, str]]:
    """(candidate id, candidate name, role title) of a few applications."""
    if not application_ids:
        return {}
    rows = session.execute(
        select(Application.id, Application.candidate_id, Candidate.full_name, Role.title)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .join(Role, Role.id == Application.role_id)
        .where(Application.id.in_(application_ids))).all()
    return {app_id: (cand_id, name, title) for app_id, cand_id, name, title in rows}


# the daily curve ------------------------------------------------------------------------------

def day_bounds(day: date | None = None) -> tuple[datetime, datetime]:
    """The first instant of a local day and of the next, in UTC."""
    day = day or date.today()
    start = datetime.combine(day, time()).astimezone()
    return (start.astimezone(timezone.utc),
            datetime.combine(day + timedelta(days=1), time()).astimezone()
            .astimezone(timezone.utc))


def recommendations_on(session: Session, person_id: str | None, day: date | None = None, *,
                       excluding: str | None = None) -> dict[int, int]:
    """How many of the person's scorecards submitted on a local day (today by default) gave
    each overall recommendation (value → count), leaving out the scorecard `excluding` (the
    one on screen). Their own figures only; drafts never count."""
    if not person_id:
        return {}
    since, until = day_bounds(day)
    stmt = (select(Scorecard.recommendation, func.count())
            .where(Scorecard.interviewer_id == person_id, _live_submitted(),
                   Scorecard.submitted_at >= since, Scorecard.submitted_at < until,
                   Scorecard.recommendation.is_not(None))
            .group_by(Scorecard.recommendation))
    if excluding:
        stmt = stmt.where(Scorecard.id != excluding)
    return {int(value or 0): int(n) for value, n in session.execute(stmt).all()}
