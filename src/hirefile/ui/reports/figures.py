"""From a `services.reports.Report` to what each section of the Reports page shows: the chart's
figures, the table's lines, the "n" beside the title and the small-numbers note.

Plain functions over the report's dataclasses (no widget, no session), so what the page says is
tested without painting. Rates come from the report in percent; charts take shares (0–1).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hirefile.domain.vocab import StageKind
from hirefile.services.reports import (
    Funnel,
    LoadRow,
    OfferSummary,
    ReasonRow,
    Reasons,
    SourceRow,
    Spread,
    StageTime,
    TimeToHire,
)
from hirefile.ui.models.columns import Column, count_text
from hirefile.ui.reports.chart_base import count_share, days_text, share_text
from hirefile.ui.reports.charts import Bar, FunnelStep, Group, Span

#: Fewer than this many and a figure is an anecdote, not a rate: the section says so.
FEW = 5
SOURCE_SERIES = ("Applicants", "Interviewed", "Offered", "Hired")
LOAD_SERIES = ("Interviews", "Scorecards submitted", "Scorecards owed", "Portfolio reviews")


@dataclass(frozen=True)
class Line:
    """One row of a section's table: a key and its cells as text."""

    id: str
    cells: tuple[str, ...]


def columns(*spec: tuple[str, int]) -> tuple[Column, ...]:
    """Table columns over `Line.cells`: the first left-aligned, the figures right-aligned."""
    def cell(i: int) -> Callable[[Line], str]:
        return lambda line: line.cells[i]
    return tuple(Column(title, cell(i), width=width, align_right=i > 0)
                 for i, (title, width) in enumerate(spec))


def few_note(n: int, one: str, *, where: str = "", figures: str = "these figures") -> str:
    """The note under a section's title when its n is small (empty when it is not)."""
    if n == 0 or n >= FEW:
        return ""
    return f"Only {count_text(n, one)}{where}: read {figures} as single cases, not as rates."


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _pct(rate: float | None) -> float | None:
    return None if rate is None else rate / 100


def _spread_text(s: Spread) -> tuple[str, str]:
    return days_text(s.median), days_text(s.p90) if s.p90 is not None else "–"


# funnel ----------------------------------------------------------------------------------------

FUNNEL_COLUMNS = columns(("Stage", 120), ("Reached", 70), ("Moved on", 80), ("Stopped", 70),
                         ("Still here", 76), ("Pass-through", 100))


def funnel_steps(f: Funnel) -> list[FunnelStep]:
    return [FunnelStep(s.name, s.reached,
                       None if s.kind is StageKind.HIRED else s.passed,
                       None if s.kind is StageKind.HIRED else s.decided)
            for s in f.stages]


def funnel_lines(f: Funnel) -> list[Line]:
    out = []
    for s in f.stages:
        last = s.kind is StageKind.HIRED
        rate = "" if last or s.pass_rate is None else \
            f"{share_text(_pct(s.pass_rate))} of {s.decided:,}"
        out.append(Line(s.name, (s.name, f"{s.reached:,}", "" if last else f"{s.passed:,}",
                                 "" if last else f"{s.stopped:,}", f"{s.in_process:,}",
                                 rate or ("–" if not last else ""))))
    return out


def funnel_n(f: Funnel) -> str:
    return (f"n = {count_text(f.total, 'application')} · {f.finished:,} finished · "
            f"{f.in_process:,} in process")


# time in stage -------------------------------------------------------------------------------

STAGE_COLUMNS = columns(("Stage", 120), ("Stays (n)", 76), ("Median", 80), ("90th pct", 80),
                        ("In it now", 76))


def stage_spans(stages: Sequence[StageTime]) -> list[Span]:
    return [Span(t.name, t.spread.n, t.spread.median, t.spread.p90) for t in stages]


def stage_lines(stages: Sequence[StageTime]) -> list[Line]:
    return [Line(t.name, (t.name, f"{t.spread.n:,}", *_spread_text(t.spread), f"{t.open:,}"))
            for t in stages]


def stage_n(stages: Sequence[StageTime]) -> tuple[int, str]:
    ended = sum(t.spread.n for t in stages)
    still = sum(t.open for t in stages)
    return ended, f"n = {count_text(ended, 'stay')} ended · {still:,} still open"


# time to hire --------------------------------------------------------------------------------

HIRE_COLUMNS = columns(("Applied to hired", 130), ("Hires (n)", 76), ("Median", 80),
                       ("90th pct", 80))
HIRE_LABEL = "Applied to hired"
HIRE_ROW = "All hires"


def hire_spans(t: TimeToHire) -> list[Span]:
    s = t.spread
    return [Span(HIRE_LABEL, s.n, s.median, s.p90)]


def hire_lines(t: TimeToHire) -> list[Line]:
    s = t.spread
    return [Line("hire", (HIRE_ROW, f"{s.n:,}", *_spread_text(s)))]


def hire_note(t: TimeToHire) -> str:
    n = t.spread.n
    if n == 0 or n >= FEW:
        return ""
    return (f"Only {count_text(n, 'hire')}: the median is a hint, and no 90th percentile is "
            f"given under {FEW}.")


# sources -------------------------------------------------------------------------------------

SOURCE_COLUMNS = columns(("Source", 110), ("Applicants", 84), ("Interviewed", 96),
                         ("Offered", 84), ("Hired", 84))


def source_groups(rows: Sequence[SourceRow]) -> list[Group]:
    return [Group(r.label, (r.applicants, r.interviewed, r.offered, r.hired)) for r in rows]


def source_lines(rows: Sequence[SourceRow]) -> list[Line]:
    return [Line(r.source.value, (
        r.label, f"{r.applicants:,}",
        count_share(r.interviewed, _pct(r.interviewed_rate)),
        count_share(r.offered, _pct(r.offered_rate)),
        count_share(r.hired, _pct(r.hired_rate)))) for r in rows]


def source_n(rows: Sequence[SourceRow]) -> tuple[int, str]:
    n = sum(r.applicants for r in rows)
    return n, f"n = {count_text(n, 'application')}"


# reasons -------------------------------------------------------------------------------------

REASON_COLUMNS = columns(("Reason", 190), ("Left as", 80), ("Count", 84))


def reason_bars(rows: Sequence[ReasonRow]) -> list[Bar]:
    total = sum(r.count for r in rows)
    return [Bar(r.reason, r.count, _share(r.count, total)) for r in rows]


def reason_lines(r: Reasons) -> list[Line]:
    out = []
    for left, rows, total in (("Rejected", r.rejected, r.rejected_total),
                              ("Withdrew", r.withdrew, r.withdrew_total)):
        out += [Line(f"{left}:{x.reason}",
                     (x.reason, left, count_share(x.count, _share(x.count, total))))
                for x in rows]
    return out


def reason_n(r: Reasons) -> tuple[int, str]:
    n = r.rejected_total + r.withdrew_total
    return n, f"n = {r.rejected_total:,} rejected · {r.withdrew_total:,} withdrew"


# offers --------------------------------------------------------------------------------------

OFFER_COLUMNS = columns(("Figure", 200), ("Value", 150))


def offer_bars(o: OfferSummary) -> list[Bar]:
    return [Bar(label, n, _share(n, o.made)) for label, n in (
        ("Accepted", o.accepted), ("Declined", o.declined), ("Expired", o.expired),
        ("Withdrawn by you", o.withdrawn), ("Waiting for an answer", o.pending))]


def acceptance_text(o: OfferSummary) -> str:
    if not o.decided:
        return "no answer yet"
    return f"{share_text(_pct(o.acceptance_rate))} · {o.accepted:,} of {o.decided:,} decided"


def offer_lines(o: OfferSummary) -> list[Line]:
    d = o.days_to_decision
    answer = "–" if not d.n else f"{days_text(d.median)} (n {d.n:,})"
    return [Line("made", ("Offers made", f"{o.made:,}")),
            Line("acceptance", ("Acceptance rate", acceptance_text(o))),
            Line("answer", ("Median time to an answer", answer))]


def offer_n(o: OfferSummary) -> str:
    return f"n = {count_text(o.made, 'offer')} made"


# interviewer load ----------------------------------------------------------------------------

LOAD_COLUMNS = columns(("Person", 130), ("Interviews", 84), ("Submitted", 80), ("Owed", 56),
                       ("Reviews", 70), ("Days to submit", 110))


def load_groups(rows: Sequence[LoadRow]) -> list[Group]:
    return [Group(r.name, (r.interviews, r.submitted, r.outstanding, r.reviews)) for r in rows]


def load_lines(rows: Sequence[LoadRow]) -> list[Line]:
    return [Line(r.person_id, (
        r.name, f"{r.interviews:,}", f"{r.submitted:,}", f"{r.outstanding:,}", f"{r.reviews:,}",
        "–" if not r.days_to_submit.n else
        f"{days_text(r.days_to_submit.median)} (n {r.days_to_submit.n:,})")) for r in rows]


def load_n(rows: Sequence[LoadRow]) -> tuple[int, str]:
    held = sum(r.interviews for r in rows)
    return held, f"{count_text(len(rows), 'person', 'people')} · {held:,} interviews sat in"
