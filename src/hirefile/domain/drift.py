"""How interviewers drift, in three rules: founders differ in leniency, people grade each day
on a curve, and questions leak once candidates share them.

Each rule is one function here, so the screens, the command line and the tests read the same
thresholds. Ratings are 1..4 (Strong no .. Strong yes); the overall recommendation is on the
same scale.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from hirefile.domain.scoring import rating_label
from hirefile.domain.vocab import Rating

# calibration between two people ----------------------------------------------------------------

#: Below this many shared applications the figures are shown but called not yet meaningful.
MEANINGFUL_SHARED = 5
#: Two ratings of one application on one axis "agree" when they are this close. A person who
#: submitted two scorecards on one application (a screen and a final) counts once, with the
#: mean of their ratings, so differences may be halves: 0 agrees, 0.5 does not.
EXACT_WITHIN = 0.5
#: ... and are "within one" step when this close (1 is within one, 1.5 is not).
WITHIN_ONE = 1.5
#: Mean differences smaller than this read as "alike".
ALIKE = 0.05


def agrees(difference: float) -> bool:
    return abs(difference) < EXACT_WITHIN


def within_one(difference: float) -> bool:
    return abs(difference) < WITHIN_ONE


def mark_text(value: float) -> str:
    """A person's mark: "Yes (3)"; the mean of their scorecards: "Yes–Strong yes (3.5)"
    halfway, else the nearest rating ("Yes (3.3)")."""
    if float(value).is_integer() and 1 <= value <= 4:
        return f"{Rating(int(value)).label} ({int(value)})"
    if (2 * value).is_integer() and 1 < value < 4:
        low, high = Rating(int(value)), Rating(int(value) + 1)
        return f"{low.label}–{high.label} ({value:.1f})"
    return rating_label(value)


def percent(part: int, whole: int) -> int | None:
    """Whole percent, rounded half up; None of nothing."""
    return int(100 * part / whole + 0.5) if whole else None


def leniency_text(mean_difference: float | None, other: str) -> str:
    """"You rate 0.4 higher than Daniel on average" (`mean_difference` = yours − theirs)."""
    if mean_difference is None:
        return f"No ratings shared with {other} yet"
    if abs(mean_difference) < ALIKE:
        return f"You and {other} rate alike on average"
    side = "higher" if mean_difference > 0 else "lower"
    return f"You rate {abs(mean_difference):.1f} {side} than {other} on average"


def shared_text(shared: int) -> str:
    """The number of shared applications, and whether the figures mean much yet."""
    what = f"{shared} shared candidate{'' if shared == 1 else 's'}"
    if shared < MEANINGFUL_SHARED:
        return f"{what}: not yet meaningful (fewer than {MEANINGFUL_SHARED})"
    return what


# the daily curve -------------------------------------------------------------------------------

#: The note on a day's ratings appears from this many scorecards that day (this one included)…
SAME_DAY_MIN = 4
#: … when at least this share of them carry the same overall recommendation.
SAME_DAY_SHARE = 0.8


@dataclass(frozen=True)
class SameDay:
    """Most of today's recommendations were one value, and this one is it too."""

    same: int
    total: int
    recommendation: Rating

    @property
    def text(self) -> str:
        return (f"You rated {self.same} of today's {self.total} candidates "
                f"“{self.recommendation.label}”. People grade on a daily curve; is this one "
                "really the same?")


def same_day(earlier: Mapping[int, int], current: int | None) -> SameDay | None:
    """The gentle note for a scorecard about to be submitted: `earlier` counts the person's
    recommendations on the scorecards they submitted today (value → how many), `current` is
    this one's. A note when, with this one, there are at least `SAME_DAY_MIN` and at least
    `SAME_DAY_SHARE` of them are this one's value; never for a scorecard with no
    recommendation yet or one that differs from the run."""
    if current is None:
        return None
    total = sum(earlier.values()) + 1
    same = earlier.get(current, 0) + 1
    if total < SAME_DAY_MIN or same < SAME_DAY_SHARE * total:
        return None
    return SameDay(same, total, Rating(current))


# questions that leak ---------------------------------------------------------------------------

#: A bank question asked this many times in all…
OFTEN_TOTAL = 10
#: … or this many times in the last `RECENT_DAYS` days may have been shared by candidates.
OFTEN_RECENT = 5
RECENT_DAYS = 90
REFRESH_TEXT = "Candidates may have shared this one — consider a fresh variant"


def asked_often(total: int, recent: int) -> bool:
    return total >= OFTEN_TOTAL or recent >= OFTEN_RECENT


def ago(day: date, today: date) -> str:
    """"today", "yesterday", "3 days ago", "5 weeks ago", "14 months ago"."""
    days = (today - day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 28:
        return f"{days} days ago"
    if days < 120:
        return f"{days // 7} weeks ago"
    return f"{days * 12 // 365} months ago"


def use_text(total: int, last: date | None, today: date) -> str:
    """"Asked 14× · last 3 days ago"; "Never asked"."""
    if not total:
        return "Never asked"
    return f"Asked {total}×" + (f" · last {ago(last, today)}" if last else "")
