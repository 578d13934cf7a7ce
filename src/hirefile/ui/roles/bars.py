"""Horizontal bars of the five axis weights, as shares of the score that sum to 100 %.

Painted rather than built from progress bars: five rows of label, bar and percentage read at a
glance, in the theme's accent, at any size (small in the template dialog, large on the Axis
weights tab).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hirefile.domain.roles import normalise_weights
from hirefile.domain.vocab import Axis
from hirefile.ui import theme


def percentages(weights: Mapping[Axis, int | float]) -> dict[Axis, int]:
    """Whole percentages that sum to exactly 100 (largest remainder), so the bars add up."""
    shares = normalise_weights(weights)
    exact = {axis: share * 100 for axis, share in shares.items()}
    floors = {axis: int(v) for axis, v in exact.items()}
    missing = 100 - sum(floors.values())
    for axis in sorted(exact, key=lambda a: exact[a] - floors[a], reverse=True)[:missing]:
        floors[axis] += 1
    return floors


class WeightBars(QWidget):
    """Five labelled bars on tracks spanning 50 % of the score (or the top share)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._percent: dict[Axis, int] = {axis: 20 for axis in Axis}
        self._empty = False
        self.compact = False
        self.row_height: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_weights(self, weights: Mapping[Axis, int | float]) -> None:
        self._empty = sum(max(0.0, float(v)) for v in weights.values()) == 0
        self._percent = percentages(weights)
        self.setAccessibleDescription(", ".join(
            f"{axis.label} {p} %" for axis, p in self._percent.items()))
        self.update()

    def percent(self) -> dict[Axis, int]:
        return dict(self._percent)

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        self.updateGeometry()
        self.update()

    def set_row_height(self, height: int) -> None:
        """Line the rows up with something beside them (the weights tab's sliders)."""
        self.row_height = height
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        if self.row_height:
            return self.row_height
        return self.fontMetrics().height() + (6 if self.compact else 14)

    def sizeHint(self) -> QSize:
        return QSize(360, self._row_height() * len(Axis) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        row_h = self._row_height()
        label_w = max(fm.horizontalAdvance(a.label) for a in Axis) + 16
        if self.compact or self.width() < 460:
            label_w = max(fm.horizontalAdvance(a.label) for a in Axis) + 12
        number_w = fm.horizontalAdvance("100 %") + 12
        track_w = max(40, self.width() - label_w - number_w)
        bar_h = 8 if self.compact else 12
        # The track spans at least half the score, so a 20 % bar reads as "a fifth", not "full".
        scale = max(50, max(self._percent.values()))
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for i, axis in enumerate(Axis):
            y = i * row_h + 2
            p.setPen(QColor(theme.TEXT))
            p.setFont(self.font())
            p.drawText(QRectF(0, y, label_w - 8, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, axis.label)
            track = QRectF(label_w, y + (row_h - bar_h) / 2, track_w, bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.ACCENT_SOFT))
            p.drawRoundedRect(track, bar_h / 2, bar_h / 2)
            share = self._percent[axis]
            if share and not self._empty:
                fill = QRectF(track.left(), track.top(),
                              max(bar_h, track_w * share / scale), bar_h)
                p.setBrush(QColor(theme.ACCENT))
                p.drawRoundedRect(fill, bar_h / 2, bar_h / 2)
            p.setPen(QColor(theme.FAINT if self._empty else theme.TEXT))
            p.setFont(bold)
            p.drawText(QRectF(label_w + track_w, y, number_w, row_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       "–" if self._empty else f"{share} %")
        p.end()
