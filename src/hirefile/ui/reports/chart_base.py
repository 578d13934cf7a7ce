"""What every Reports chart shares: the text of a figure, palette colours, tooltips over
the parts painted, accessible text, the legend and the empty line (`Chart`). The charts
themselves are `charts.py`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hirefile.services.reports import percent_text

EMPTY_TEXT = "No applications in this range"
#: Series colour names of grouped bars, in order: calm to strong, told apart by hue and
#: lightness (read with `theme.colour` when painted).
SERIES_COLOURS = ("ACCENT_MUTED", "ACCENT", "INDIGO", "GREEN", "AMBER")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


def share_text(share: float | None) -> str:
    """`38%`, as the report's tables write a rate; under 1 % and above 0 reads `<1%`, so a
    handful never shows as nothing."""
    if share is None:
        return ""
    pct = share * 100
    return "<1%" if 0 < pct < 1 else percent_text(pct)


def count_share(count: int, share: float | None) -> str:
    """`42 · 38%`: the raw count first, then its share when there is one."""
    return f"{count:,} · {share_text(share)}" if share is not None else f"{count:,}"


def days_text(days: float | None) -> str:
    """`6.5 days`, `1 day`, `<1 day`, or `–` when there is no figure."""
    if days is None:
        return "–"
    if days < 1:
        return "<1 day" if days > 0 else "0 days"
    shown = f"{days:.1f}".rstrip("0").rstrip(".") if days < 10 else f"{round(days):d}"
    return f"{shown} day" if shown == "1" else f"{shown} days"



# shared drawing --------------------------------------------------------------------------------

def mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` towards `b`."""
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


class Chart(QWidget):
    """What every chart shares: palette colours, the empty line, tooltips over hit areas,
    accessible text, and a height that follows its rows (it grows, the page scrolls)."""

    PAD = 4

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = EMPTY_TEXT
        self._hits: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by a screen reader's keys
        self._describe()

    # for subclasses ------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        raise NotImplementedError

    def lines(self) -> list[str]:
        """The chart's figures as sentences (accessible description, tests)."""
        raise NotImplementedError

    def content_height(self) -> int:
        raise NotImplementedError

    def paint_content(self, p: QPainter) -> None:
        raise NotImplementedError

    # the widget ----------------------------------------------------------------------------------

    def _changed(self) -> None:
        self._describe()
        self.updateGeometry()
        self.update()

    def _describe(self) -> None:
        text = self.empty_text if self.is_empty() else "; ".join(self.lines())
        self.setAccessibleDescription(f"{self.title}: {text}")

    def accessible_text(self) -> str:
        return self.accessibleDescription()

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height() * 3 if self.is_empty() else self.content_height()
        return QSize(520, height + 2 * self.PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    @property
    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    @property
    def muted_colour(self) -> QColor:
        return mix(self.text_colour, self.palette().color(QPalette.ColorRole.Base), 0.42)

    @property
    def track_colour(self) -> QColor:
        return mix(self.palette().color(QPalette.ColorRole.Base), self.text_colour, 0.07)

    def bold(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font

    def hit(self, rect: QRectF, tip: str) -> None:
        """A region whose tooltip is `tip` (recorded while painting)."""
        self._hits.append((rect, tip))

    def tip_at(self, pos: QPointF) -> str:
        for rect, tip in self._hits:
            if rect.contains(pos):
                return tip
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._hits = []
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font())
        if self.is_empty():
            p.setPen(self.muted_colour)
            p.drawText(QRectF(self.rect()), CENTRE, self.empty_text)
        else:
            p.translate(0, self.PAD)
            self.paint_content(p)
            p.translate(0, -self.PAD)
        if self.hasFocus():  # reached with Tab: show where the keyboard is
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1,
                          Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        p.end()

    def label_width(self, labels: Sequence[str], share: float = 0.34) -> int:
        """Room for the labels: the widest, up to a share of the width."""
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(t) for t in labels), default=0) + 12
        return max(60, min(widest, int(self.width() * share)))

    def draw_label(self, p: QPainter, rect: QRectF, text: str, *,
                   colour: QColor | None = None, align: Qt.AlignmentFlag = LEFT) -> None:
        """A label elided to its room; its full text becomes the tooltip when cut."""
        fm = QFontMetrics(p.font())
        shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        p.setPen(colour or self.text_colour)
        p.drawText(rect, align, shown)
        if shown != text:
            self.hit(rect, text)

    def legend_height(self) -> int:
        return self.fontMetrics().height() + 10

    def draw_legend(self, p: QPainter, x: float, items: Sequence[tuple[str, QColor | None]]
                    ) -> None:
        """A row of swatches and names at the top; a swatch of None is a whisker."""
        p.setFont(self.font())
        fm = self.fontMetrics()
        mid = (self.legend_height() - 4) / 2
        for name, colour in items:
            if colour is None:
                p.setPen(QPen(self.text_colour, 1.5))
                p.drawLine(QPointF(x, mid), QPointF(x + 12, mid))
                p.drawLine(QPointF(x + 12, mid - 5), QPointF(x + 12, mid + 5))
            else:
                self.bar(p, QRectF(x, mid - 5, 12, 10), colour)
            p.setPen(self.text_colour)
            w = fm.horizontalAdvance(name)
            p.drawText(QRectF(x + 17, 0, w + 4, self.legend_height() - 4), LEFT, name)
            x += 17 + w + 18

    def bar(self, p: QPainter, rect: QRectF, colour: QColor) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        radius = min(3.0, rect.height() / 2)
        p.drawRoundedRect(rect, radius, radius)
