"""Scoring evidence: per-axis means, the role-weighted score, disagreement, gaps, ranking.

Ratings are 1..4 (Strong no .. Strong yes); `None` is "not assessed" and never counts as a
score — an axis nobody assessed is a gap, not a zero.

What counts toward an axis (`axis_ratings`): every rating a scorecard gives it, and each
culture assessment as one rating on Culture and collaboration (the mean of the dimensions it
rated: one assessor, one vote, however many dimensions). A portfolio review's rating is of the
work as a whole, not of one axis, so it is shown beside the score and never counted in it
(`PORTFOLIO_NOT_SCORED` says so in words).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from hirefile.domain.roles import normalise_weights
from hirefile.domain.vocab import Axis, Rating

#: Two ratings this far apart on one axis (e.g. No vs Strong yes) are a disagreement to discuss.
DISAGREEMENT_SPREAD = 2


#: The axis a culture assessment's ratings belong to.
CULTURE_AXIS = Axis.CULTURE
#: Why a portfolio review is not in the weighted score, said where the score is shown.
PORTFOLIO_NOT_SCORED = ("Portfolio reviews rate the work as a whole, not one axis: they are "
                        "shown below, not counted in the score.")

Value = int | float | None


def mean(values: Iterable[Value]) -> float | None:
    rated = [v for v in values if v is not None]
    return sum(rated) / len(rated) if rated else None


def culture_vote(dimensions: Iterable[int | None]) -> float | None:
    """What one culture assessment counts on `CULTURE_AXIS`: the mean of its rated dimensions."""
    return mean(dimensions)


def axis_ratings(scorecards: Iterable[Mapping[Axis, int | None]],
                 culture: Iterable[Iterable[int | None]] = ()) -> dict[Axis, list[Value]]:
    """Every rating that counts, by axis: each scorecard's ratings, then one per culture
    assessment on `CULTURE_AXIS` (the mean of its rated dimensions; none rated adds none)."""
    out: dict[Axis, list[Value]] = {a: [] for a in Axis}
    for card in scorecards:
        for axis, value in card.items():
            out[axis].append(value)
    for dimensions in culture:
        vote = culture_vote(dimensions)
        if vote is not None:
            out[CULTURE_AXIS].append(vote)
    return out


def axis_means(ratings: Mapping[Axis, Sequence[Value]]) -> dict[Axis, float | None]:
    return {axis: mean(ratings.get(axis, ())) for axis in Axis}


def weighted_score(means: Mapping[Axis, float | None],
                   weights: Mapping[Axis, int | float]) -> float | None:
    """Σ wᵢ·meanᵢ / Σ wᵢ over the axes that were assessed and weigh something (1..4)."""
    norm = normalise_weights(weights)
    used = {a: (norm[a], m) for a, m in means.items() if m is not None and norm.get(a, 0) > 0}
    total = sum(w for w, _ in used.values())
    if total == 0:
        return None
    return sum(w * m for w, m in used.values()) / total


def disagreements(ratings: Mapping[Axis, Sequence[Value]]) -> set[Axis]:
    out = set()
    for axis, values in ratings.items():
        rated = [v for v in values if v is not None]
        if len(rated) >= 2 and max(rated) - min(rated) >= DISAGREEMENT_SPREAD:
            out.add(axis)
    return out


def gaps(ratings: Mapping[Axis, Sequence[Value]],
         weights: Mapping[Axis, int | float], *, sealed: Iterable[Axis] = ()) -> list[Axis]:
    """Axes the role weighs that nobody has rated (`sealed`: rated, but not to be shown to
    this viewer yet — those are not gaps)."""
    hidden = set(sealed)
    return [a for a in Axis if weights.get(a, 0) > 0 and a not in hidden
            and not any(v is not None for v in ratings.get(a, ()))]


def nearest_rating(value: float) -> int:
    """The rating a mean reads as, 1 to 4: half up (2.5 reads as Yes, as 3.5 as Strong yes)."""
    return min(4, max(1, int(value + 0.5)))


def score_text(value: float) -> str:
    """A mean or a weighted score as every label shows it: one decimal, half up (2.45 → 2.5,
    where Python's own rounding of the float would print 2.4)."""
    return str(Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def rating_label(value: float | None) -> str:
    """`3.4` → "Yes (3.4)"; `None` → "Not assessed". THE rounding rule: screens and documents
    show means and scores only through this, `nearest_rating` and `score_text`."""
    if value is None:
        return "Not assessed"
    return f"{Rating(nearest_rating(value)).label} ({score_text(value)})"


@dataclass(frozen=True)
class Ranked:
    key: str
    score: float | None
    rank: int | None


def rank(scores: Mapping[str, float | None]) -> list[Ranked]:
    """Highest score first; equal scores share a rank (1, 1, 3); unscored come last, unranked.

    Scores are compared at two decimals, so 3.333… and 3.33 tie as people would read them.
    """
    scored = sorted(((k, s) for k, s in scores.items() if s is not None),
                    key=lambda ks: (-round(ks[1], 2), ks[0]))
    out: list[Ranked] = []
    for i, (key, score) in enumerate(scored):
        if out and round(out[-1].score or 0, 2) == round(score, 2):
            out.append(Ranked(key, score, out[-1].rank))
        else:
            out.append(Ranked(key, score, i + 1))
    out += [Ranked(k, None, None) for k, s in sorted(scores.items()) if s is None]
    return out
