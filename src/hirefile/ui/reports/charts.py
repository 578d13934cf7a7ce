"""Charts a founder reads at a glance, painted with QPainter.

Why not QtCharts: it ships in PySide6-Addons only (QtCharts, QtGraphs and more: about 160 MB
more in a venv), and Hirefile depends on PySide6-Essentials, which has no chart module. Four
small painted widgets do what the Reports page needs, in the app's font and palette:

- `BarChart`: horizontal bars, the label on the left, the raw count and its share on the
  right ("42 · 38%"), so a percentage is never read without its count;
- `FunnelChart`: one centred bar per stage, shrinking as people leave, with the share that
  went further written between two stages;
- `DurationChart`: the median as a bar and the 90th percentile as a whisker, with n;
- `GroupedBarChart`: a few series side by side per group (applicants, interviewed, offered,
  hired per source), with a legend.

Each chart is fed plain figures (the page turns the report's dataclasses into them), so it
holds no rule of its own. Its figures are also text: the accessible description lists them
(what a screen reader says) and each bar has a tooltip. With nothing to count a chart shows
one calm line ("No applications in this range") instead of empty axes. Colours come from the
widget's palette (text, background), so a dark palette reads as well as the light one; the
bars use the theme's accent and its companions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from hirefile.ui import theme
from hirefile.ui.reports.chart_base import (
    CENTRE,
    LEFT,
    RIGHT,
    SERIES_COLOURS,
    Chart,
    count_share,
    days_text,
    share_text,
)

# the figures a chart draws ---------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    """One bar: its label, the raw count, its share (0–1) when one means something."""

    label: str
    count: int
    share: float | None = None
    tip: str = ""


@dataclass(frozen=True)
class FunnelStep:
    """One stage of a funnel: how many reached it, and (but for the last) how many of those
    whose outcome there is known went further: `onward` of `finished`."""

    label: str
    count: int
    onward: int | None = None
    finished: int | None = None
    tip: str = ""


@dataclass(frozen=True)
class Span:
    """A duration in days over `n` applications: median and 90th percentile."""

    label: str
    n: int
    median: float | None
    p90: float | None
    tip: str = ""


@dataclass(frozen=True)
class Group:
    """One group of side-by-side bars, a value per series."""

    label: str
    values: tuple[int, ...]


# horizontal bars -------------------------------------------------------------------------------

class BarChart(Chart):
    """Labelled horizontal bars with "count · share" on the right; longest bar = largest count."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self.bars: tuple[Bar, ...] = ()
        super().__init__(title, parent)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self._changed()

    def is_empty(self) -> bool:
        return not any(b.count for b in self.bars)

    def lines(self) -> list[str]:
        return [f"{b.label}: {count_share(b.count, b.share)}" for b in self.bars]

    def fraction(self, bar: Bar) -> float:
        """How much of the track `bar` fills: with shares, its share against the largest one
        or half, whichever is more (five reasons of one each read as fifths, not as five full
        bars); with counts alone, its count against the largest."""
        if all(b.share is not None for b in self.bars):
            return (bar.share or 0.0) / max(0.5, *(b.share or 0.0 for b in self.bars))
        return bar.count / max(b.count for b in self.bars)

    def row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def content_height(self) -> int:
        return self.row_height() * len(self.bars)

    def paint_content(self, p: QPainter) -> None:
        fm = self.fontMetrics()
        row_h = self.row_height()
        label_w = self.label_width([b.label for b in self.bars])
        value_w = max(fm.horizontalAdvance(count_share(b.count, b.share))
                      for b in self.bars) + 14
        track_w = max(30.0, self.width() - label_w - value_w)
        bar_h = min(14.0, row_h - 8.0)
        accent = QColor(theme.ACCENT)
        for i, b in enumerate(self.bars):
            y = i * row_h
            p.setFont(self.font())
            self.draw_label(p, QRectF(0, y, label_w - 10, row_h), b.label)
            track = QRectF(label_w, y + (row_h - bar_h) / 2, track_w, bar_h)
            self.bar(p, track, self.track_colour)
            if b.count:
                self.bar(p, QRectF(track.left(), track.top(),
                                   max(3.0, track_w * self.fraction(b)), bar_h), accent)
            p.setFont(self.bold())
            p.setPen(self.text_colour if b.count else self.muted_colour)
            p.drawText(QRectF(label_w + track_w, y, value_w, row_h), RIGHT,
                       count_share(b.count, b.share))
            self.hit(QRectF(label_w, y, track_w + value_w, row_h),
                     b.tip or f"{b.label}: {count_share(b.count, b.share)}")


# the funnel ------------------------------------------------------------------------------------

class FunnelChart(Chart):
    """Centred bars per stage, each as wide as its share of the first stage, and between two
    stages the share of those decided at the first that went further ("↓ 60% went further ·
    12 of 20")."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self.steps: tuple[FunnelStep, ...] = ()
        super().__init__(title, parent)

    def set_steps(self, steps: Sequence[FunnelStep]) -> None:
        self.steps = tuple(steps)
        self._changed()

    def is_empty(self) -> bool:
        return not any(s.count for s in self.steps)

    @staticmethod
    def through_text(step: FunnelStep) -> str:
        if step.onward is None or step.finished is None:
            return ""
        if not step.finished:
            return "no one has finished this stage yet"
        return (f"{share_text(step.onward / step.finished)} went further · "
                f"{step.onward:,} of {step.finished:,}")

    def share_of_first(self, step: FunnelStep) -> float | None:
        first = self.steps[0].count if self.steps else 0
        return step.count / first if first else None

    def lines(self) -> list[str]:
        out = []
        for s in self.steps:
            line = f"{s.label}: {count_share(s.count, self.share_of_first(s))}"
            through = self.through_text(s)
            out.append(f"{line}, {through}" if through else line)
        return out

    def row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def gap_height(self) -> int:
        return QFontMetrics(self.small()).height() + 4

    def content_height(self) -> int:
        n = len(self.steps)
        return n * self.row_height() + max(0, n - 1) * self.gap_height()

    def paint_content(self, p: QPainter) -> None:
        fm = self.fontMetrics()
        row_h, gap_h = self.row_height(), self.gap_height()
        label_w = self.label_width([s.label for s in self.steps], 0.26)
        value_w = max(fm.horizontalAdvance(count_share(s.count, self.share_of_first(s)))
                      for s in self.steps) + 14
        area_w = max(40.0, self.width() - label_w - value_w)
        top = max(s.count for s in self.steps)
        bar_h = row_h - 8.0
        accent = QColor(theme.ACCENT)
        y = 0.0
        for i, s in enumerate(self.steps):
            p.setFont(self.font())
            self.draw_label(p, QRectF(0, y, label_w - 10, row_h), s.label)
            width = max(3.0, area_w * s.count / top) if s.count else 0.0
            rect = QRectF(label_w + (area_w - width) / 2, y + 4, width, bar_h)
            if s.count:
                self.bar(p, rect, accent)
            else:
                p.setPen(self.muted_colour)
                p.drawText(QRectF(label_w, y, area_w, row_h), CENTRE, "no one")
            share = self.share_of_first(s)
            p.setFont(self.bold())
            p.setPen(self.text_colour if s.count else self.muted_colour)
            p.drawText(QRectF(label_w + area_w, y, value_w, row_h), RIGHT,
                       count_share(s.count, share))
            self.hit(QRectF(label_w, y, area_w + value_w, row_h), s.tip or (
                f"{s.count:,} reached {s.label}"
                + (f" ({share_text(share)} of those who entered)" if share is not None else "")))
            y += row_h
            through = self.through_text(s)
            if i < len(self.steps) - 1:
                p.setFont(self.small())
                p.setPen(self.muted_colour)
                text = f"↓  {through}" if through else "↓"
                p.drawText(QRectF(label_w, y, area_w, gap_h), CENTRE, text)
                if through:
                    self.hit(QRectF(label_w, y, area_w, gap_h),
                             f"Of those whose outcome at {s.label} is known, {through}")
                y += gap_h


# durations -------------------------------------------------------------------------------------

class DurationChart(Chart):
    """Per row, the median in days as a bar and the 90th percentile as a whisker beyond it,
    with "median · p90 · n" on the right; a row with no finished time says so."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self.spans: tuple[Span, ...] = ()
        super().__init__(title, parent)

    def set_spans(self, spans: Sequence[Span]) -> None:
        self.spans = tuple(spans)
        self._changed()

    def is_empty(self) -> bool:
        return not any(s.n for s in self.spans)

    @staticmethod
    def value_text(s: Span) -> str:
        if not s.n or s.median is None:
            return "n 0"
        p90 = f" · p90 {days_text(s.p90)}" if s.p90 is not None else ""
        return f"{days_text(s.median)}{p90} · n {s.n:,}"

    def lines(self) -> list[str]:
        out = []
        for s in self.spans:
            if not s.n or s.median is None:
                out.append(f"{s.label}: no one yet (n 0)")
            else:
                p90 = f", 90th percentile {days_text(s.p90)}" if s.p90 is not None else ""
                out.append(f"{s.label}: median {days_text(s.median)}{p90}, n {s.n:,}")
        return out

    def row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def content_height(self) -> int:
        return self.legend_height() + self.row_height() * len(self.spans)

    def paint_content(self, p: QPainter) -> None:
        fm = QFontMetrics(self.bold())
        row_h = self.row_height()
        label_w = self.label_width([s.label for s in self.spans], 0.28)
        value_w = max(fm.horizontalAdvance(self.value_text(s)) for s in self.spans) + 14
        track_w = max(30.0, self.width() - label_w - value_w)
        top = max((max(s.p90 or 0.0, s.median or 0.0) for s in self.spans), default=0.0) or 1.0
        bar_h = min(14.0, row_h - 8.0)
        accent = QColor(theme.ACCENT)
        self.draw_legend(p, label_w, [("median", accent), ("90th percentile", None)])
        for i, s in enumerate(self.spans):
            y = self.legend_height() + i * row_h
            p.setFont(self.font())
            self.draw_label(p, QRectF(0, y, label_w - 10, row_h), s.label)
            mid = y + row_h / 2
            track = QRectF(label_w, mid - bar_h / 2, track_w, bar_h)
            self.bar(p, track, self.track_colour)
            if s.n and s.median is not None:
                length = max(3.0, track_w * s.median / top)
                self.bar(p, QRectF(track.left(), track.top(), length, bar_h), accent)
                if s.p90 is not None and s.p90 > s.median:
                    end = track.left() + track_w * s.p90 / top
                    p.setPen(QPen(self.text_colour, 1.5))
                    p.drawLine(QPointF(track.left() + length, mid), QPointF(end, mid))
                    p.drawLine(QPointF(end, mid - bar_h / 2), QPointF(end, mid + bar_h / 2))
            p.setFont(self.bold())
            p.setPen(self.text_colour if s.n else self.muted_colour)
            p.drawText(QRectF(label_w + track_w, y, value_w, row_h), RIGHT, self.value_text(s))
            self.hit(QRectF(label_w, y, track_w + value_w, row_h), s.tip or self.lines()[i])


# grouped bars ----------------------------------------------------------------------------------

class GroupedBarChart(Chart):
    """Per group, one thin bar per series (applicants, interviewed, offered, hired), each with
    its count; a legend above names the series in their colours."""

    def __init__(self, title: str, series: Sequence[str], parent: QWidget | None = None) -> None:
        self.series = tuple(series)
        self.groups: tuple[Group, ...] = ()
        super().__init__(title, parent)

    def set_groups(self, groups: Sequence[Group]) -> None:
        self.groups = tuple(groups)
        self._changed()

    def is_empty(self) -> bool:
        return not any(any(g.values) for g in self.groups)

    def lines(self) -> list[str]:
        return [f"{g.label}: " + ", ".join(f"{v:,} {name.lower()}"
                                           for name, v in zip(self.series, g.values, strict=True))
                for g in self.groups]

    def bar_height(self) -> int:
        return QFontMetrics(self.small()).height()

    def group_height(self) -> int:
        return len(self.series) * self.bar_height() + 10

    def content_height(self) -> int:
        return self.legend_height() + len(self.groups) * self.group_height()

    def colour(self, i: int) -> QColor:
        return QColor(theme.colour(SERIES_COLOURS[i % len(SERIES_COLOURS)]))

    def paint_content(self, p: QPainter) -> None:
        small = self.small()
        fs = QFontMetrics(small)
        label_w = self.label_width([g.label for g in self.groups], 0.28)
        value_w = max((fs.horizontalAdvance(f"{v:,}") for g in self.groups for v in g.values),
                      default=0) + 12
        track_w = max(30.0, self.width() - label_w - value_w)
        top = max(max(g.values, default=0) for g in self.groups) or 1
        self.draw_legend(p, label_w, [(name, self.colour(i))
                                      for i, name in enumerate(self.series)])
        y = float(self.legend_height())
        bar_h = self.bar_height()
        for g in self.groups:
            gh = self.group_height()
            p.setFont(self.font())
            self.draw_label(p, QRectF(0, y, label_w - 10, gh - 8), g.label)
            for i, v in enumerate(g.values):
                by = y + i * bar_h
                length = max(3.0, track_w * v / top) if v else 0.0
                if v:
                    self.bar(p, QRectF(label_w, by + 1, length, bar_h - 3), self.colour(i))
                p.setFont(small)
                p.setPen(self.text_colour if v else self.muted_colour)
                p.drawText(QRectF(label_w + length + 6, by, value_w, bar_h), LEFT, f"{v:,}")
                name = self.series[i] if i < len(self.series) else ""
                self.hit(QRectF(label_w, by, track_w + value_w, bar_h),
                         f"{g.label}: {v:,} {name.lower()}")
            y += gh
