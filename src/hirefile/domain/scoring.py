"""Scoring evidence: per-axis means, the role-weighted score, disagreement, gaps, ranking.

Ratings are 1..4 (Strong no .. Strong yes); `None` is "not assessed" and never counts as a
score — an axis nobody assessed is a gap, not a zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from hirefile.domain.roles import normalise_weights
from hirefile.domain.vocab import Axis, Rating

#: Two ratings this far apart on one axis (e.g. No vs Strong yes) are a disagreement to discuss.
DISAGREEMENT_SPREAD = 2


def mean(values: Iterable[int | None]) -> float | None:
    rated = [v for v in values if v is not None]
    return sum(rated) / len(rated) if rated else None


def axis_means(ratings: Mapping[Axis, Sequence[int | None]]) -> dict[Axis, float | None]:
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


def disagreements(ratings: Mapping[Axis, Sequence[int | None]]) -> set[Axis]:
    out = set()
    for axis, values in ratings.items():
        rated = [v for v in values if v is not None]
        if len(rated) >= 2 and max(rated) - min(rated) >= DISAGREEMENT_SPREAD:
            out.add(axis)
    return out


def gaps(ratings: Mapping[Axis, Sequence[int | None]],
         weights: Mapping[Axis, int | float]) -> list[Axis]:
    """Axes the role weighs that nobody has rated."""
    return [a for a in Axis if weights.get(a, 0) > 0
            and not any(v is not None for v in ratings.get(a, ()))]


def rating_label(value: float | None) -> str:
    """`3.4` → "Yes (3.4)"; `None` → "Not assessed"."""
    if value is None:
        return "Not assessed"
    nearest = int(value + 0.5)  # half up: 2.5 reads as Yes, as 3.5 reads as Strong yes
    shown = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{Rating(min(4, max(1, nearest))).label} ({shown})"


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
