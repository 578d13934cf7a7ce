"""From a `services.reports.Report` to what each section of the Reports page shows: the chart's
figures, the "n" beside the title and the small-numbers note. The tables beside the charts are
the report's own `reports.tables` (the text the CLI prints and the CSV and PDF hold), shown as
`Line`s.

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
    ReportTable,
    SourceRow,
    StageTime,
    TimeToHire,
    grouped,
)
from hirefile.ui.models.columns import Column, count_text
from hirefile.ui.reports.chart_base import share_text
from hirefile.ui.reports.charts import Bar, FunnelStep, Group, Span

#: Fewer than this many and a figure is an anecdote, not a rate: the section says so.
FEW = 5
SOURCE_SERIES = ("Applications", "Interviewed", "Offered", "Hired")
LOAD_SERIES = ("Interviews", "Scorecards in", "Scorecards owed", "Portfolio reviews")


@dataclass(frozen=True)
class Line:
    """One row of a section's table: a key and its cells as text."""

    id: str
    cells: tuple[str, ...]


def columns(titles: Sequence[str]) -> tuple[Column, ...]:
    """Table columns over `Line.cells`: the first left-aligned, the figures right-aligned."""
    def cell(i: int) -> Callable[[Line], str]:
        return lambda line: line.cells[i]
    return tuple(Column(title, cell(i), align_right=i > 0) for i, title in enumerate(titles))


def lines(table: ReportTable) -> list[Line]:
    """The table's rows, figures grouped ("54,699") as the chart beside them says them."""
    return [Line(str(i), tuple(grouped(cell) for cell in row))
            for i, row in enumerate(table.rows)]


def few_note(n: int, one: str, *, where: str = "", figures: str = "these figures") -> str:
    """The note under a section's title when its n is small (empty when it is not)."""
    if n == 0 or n >= FEW:
        return ""
    return f"Only {count_text(n, one)}{where}: read {figures} as single cases, not as rates."


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _pct(rate: float | None) -> float | None:
    return None if rate is None else rate / 100


# funnel ----------------------------------------------------------------------------------------

def funnel_steps(f: Funnel) -> list[FunnelStep]:
    return [FunnelStep(s.name, s.reached,
                       None if s.kind is StageKind.HIRED else s.passed,
                       None if s.kind is StageKind.HIRED else s.decided)
            for s in f.stages]


def funnel_n(f: Funnel) -> str:
    return (f"n = {count_text(f.total, 'application')} · {f.finished:,} finished · "
            f"{f.in_process:,} in process")


# time in stage -------------------------------------------------------------------------------

def stage_spans(stages: Sequence[StageTime]) -> list[Span]:
    return [Span(t.name, t.spread.n, t.spread.median, t.spread.p90) for t in stages]


def stage_n(stages: Sequence[StageTime]) -> tuple[int, str]:
    ended = sum(t.spread.n for t in stages)
    still = sum(t.open for t in stages)
    return ended, f"n = {count_text(ended, 'stay')} ended · {still:,} still open"


# time to hire --------------------------------------------------------------------------------

HIRE_LABEL = "Applied to hired"


def hire_spans(t: TimeToHire) -> list[Span]:
    s = t.spread
    return [Span(HIRE_LABEL, s.n, s.median, s.p90)]


def hire_note(t: TimeToHire) -> str:
    n = t.spread.n
    if n == 0 or n >= FEW:
        return ""
    return (f"Only {count_text(n, 'hire')}: the median is a hint, and no 90th percentile is "
            f"given under {FEW}.")


# sources -------------------------------------------------------------------------------------

def source_groups(rows: Sequence[SourceRow]) -> list[Group]:
    return [Group(r.label, (r.applicants, r.interviewed, r.offered, r.hired)) for r in rows]


def source_n(rows: Sequence[SourceRow]) -> tuple[int, str]:
    n = sum(r.applicants for r in rows)
    return n, f"n = {count_text(n, 'application')}"


# reasons -------------------------------------------------------------------------------------

def reason_bars(rows: Sequence[ReasonRow]) -> list[Bar]:
    total = sum(r.count for r in rows)
    return [Bar(r.reason, r.count, _share(r.count, total)) for r in rows]


def reason_n(r: Reasons) -> tuple[int, str]:
    n = r.rejected_total + r.withdrew_total
    return n, f"n = {r.rejected_total:,} rejected · {r.withdrew_total:,} withdrew"


# offers --------------------------------------------------------------------------------------

def offer_bars(o: OfferSummary) -> list[Bar]:
    return [Bar(label, n, _share(n, o.made)) for label, n in (
        ("Accepted", o.accepted), ("Declined", o.declined), ("Expired", o.expired),
        ("Withdrawn by us", o.withdrawn), ("Awaiting an answer", o.pending))]


def offer_n(o: OfferSummary) -> str:
    """`n = 4 offers made · accepted 75% (3 of 4 answered)`; the rate only once one answered."""
    made = f"n = {count_text(o.made, 'offer')} made"
    if not o.decided:
        return made if not o.made else f"{made} · no answer yet"
    return (f"{made} · accepted {share_text(_pct(o.acceptance_rate))} "
            f"({o.accepted:,} of {o.decided:,} answered)")


# interviewer load ----------------------------------------------------------------------------

def load_groups(rows: Sequence[LoadRow]) -> list[Group]:
    return [Group(r.name, (r.interviews, r.submitted, r.outstanding, r.reviews)) for r in rows]


def load_n(rows: Sequence[LoadRow]) -> tuple[int, str]:
    held = sum(r.interviews for r in rows)
    return held, f"{count_text(len(rows), 'person', 'people')} · {held:,} interviews sat in"
