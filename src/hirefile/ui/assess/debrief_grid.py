"""The debrief grid: interviewers down, axes across, each rating a coloured cell.

A founder reads a debrief for two things: where the panel agrees and where it does not. So
every rating shows as a chip in the colour of the scale, the columns where ratings are two or
more steps apart are washed amber (and marked ⚠ in the header), and a last row gives each
axis's mean. The same model backs the cells and their accessible text.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hirefile.domain import scoring
from hirefile.domain.roles import normalise_weights
from hirefile.domain.vocab import Axis
from hirefile.services.debrief import DebriefData
from hirefile.ui import theme
from hirefile.ui.assess.style import rating_text, tone_for
from hirefile.ui.roles.common import AXIS_SHORT

AnyIndex = QModelIndex | QPersistentModelIndex
#: The rating behind a cell (int, a mean as float, or None).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 10
#: True in the columns of an axis the panel disagrees on.
DISAGREE_ROLE = Qt.ItemDataRole.UserRole + 11
#: True for cells `RatingDelegate` paints as a chip (the others paint as plain text).
CHIP_ROLE = Qt.ItemDataRole.UserRole + 12
#: True on a summary row (the means), which `RatingDelegate` sets off with a rule above it.
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 13

COL_WHO = 0
AXES: tuple[Axis, ...] = tuple(Axis)
COL_RECOMMENDATION = len(AXES) + 1
MEAN_ROW_TITLE = "Mean"


class DebriefGridModel(QAbstractTableModel):
    """Rows: one per submitted (visible) scorecard, then the means. Columns: who, the five
    axes, the overall recommendation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, dict[Axis, Any], Any]] = []
        self._disagree: frozenset[Axis] = frozenset()
        self._weights: dict[Axis, float] = {}

    def set_debrief(self, d: DebriefData | None) -> None:
        self.beginResetModel()
        self._rows = []
        if d is not None and d.grid:
            recs = [r for _who, r in d.recommendations]
            for (who, ratings), rec in zip(d.grid.items(), recs, strict=False):
                self._rows.append((who, dict(ratings), rec))
            self._rows.append((MEAN_ROW_TITLE, dict(d.means), scoring.mean(recs)))
        self._disagree = d.disagreements if d is not None else frozenset()
        self._weights = normalise_weights(d.weights) if d is not None else {}
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COL_RECOMMENDATION + 1

    def is_mean_row(self, row: int) -> bool:
        return bool(self._rows) and row == len(self._rows) - 1

    def _value(self, row: int, column: int) -> Any:
        _who, ratings, rec = self._rows[row]
        if column == COL_RECOMMENDATION:
            return rec
        return ratings.get(AXES[column - 1])

    def _text(self, row: int, column: int) -> str:
        if column == COL_WHO:
            return self._rows[row][0]
        value = self._value(row, column)
        if self.is_mean_row(row):
            return scoring.rating_label(value) if value is not None else "—"
        return rating_text(value) if value is not None else "—"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == VALUE_ROLE:
            return None if column == COL_WHO else self._value(row, column)
        if role == CHIP_ROLE:
            return column != COL_WHO
        if role == SUMMARY_ROLE:
            return self.is_mean_row(row)
        if role == DISAGREE_ROLE:
            return 0 < column < COL_RECOMMENDATION and AXES[column - 1] in self._disagree
        if role == Qt.ItemDataRole.FontRole and (self.is_mean_row(row) or column == COL_WHO):
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column != COL_WHO:
            what = "Overall recommendation" if column == COL_RECOMMENDATION \
                else AXES[column - 1].label
            tip = f"{self._rows[row][0]} — {what}: {self._text(row, column)}"
            if self.data(index, DISAGREE_ROLE):
                tip += "\nThe panel disagrees here (two or more steps apart): talk it through."
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if column == COL_WHO else Qt.AlignmentFlag.AlignHCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= COL_RECOMMENDATION:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_WHO:
                return "Interviewer · interview"
            if section == COL_RECOMMENDATION:
                return "Recommends"
            axis = AXES[section - 1]
            weight = round(100 * self._weights.get(axis, 0))
            mark = "⚠ " if axis in self._disagree else ""
            return f"{mark}{AXIS_SHORT[axis]} {weight}%"
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section < COL_RECOMMENDATION:
            axis = AXES[section - 1]
            weight = round(100 * self._weights.get(axis, 0))
            tip = f"{axis.label}: weighs {weight}% in this role's score"
            if axis in self._disagree:
                tip += "\nThe panel disagrees on this axis."
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if section == COL_WHO
                else Qt.AlignmentFlag.AlignHCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


def fitted_chip_text(metrics: QFontMetrics, text: str, room: int) -> str:
    """A chip's text in `room` pixels: whole, or a mean's figure alone ("Strong yes (3.8)" →
    "3.8": the colour says the rest), or cut with "…"."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    figure = re.search(r"\(([\d.]+)\)$", text)
    if figure and metrics.horizontalAdvance(figure.group(1)) <= room:
        return figure.group(1)
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))


class RatingDelegate(QStyledItemDelegate):
    """Paints a rating as a rounded chip in the scale's colours (text stays the label); cells
    whose `CHIP_ROLE` is not true paint as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: AnyIndex) -> None:
        if index.data(CHIP_ROLE):
            self._paint_chip(painter, option, index)
        else:
            super().paint(painter, option, index)
        if index.data(SUMMARY_ROLE):
            painter.save()
            painter.setPen(QPen(QColor(theme.BORDER), 1))
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
            painter.restore()

    def _paint_chip(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: AnyIndex) -> None:
        painter.save()
        rect = option.rect
        if index.data(DISAGREE_ROLE):
            painter.fillRect(rect, QColor(theme.AMBER_SOFT))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor(theme.ACCENT), 1))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        value = index.data(VALUE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        painter.setFont(font)
        tone = tone_for(value)
        text = fitted_chip_text(painter.fontMetrics(), text, rect.width() - 34)
        width = min(rect.width() - 12, painter.fontMetrics().horizontalAdvance(text) + 22)
        chip = QRectF(rect.center().x() - width / 2, rect.center().y() - 11, width, 22)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if value is not None:
            painter.setPen(QPen(QColor(tone.line), 1))
            painter.setBrush(QColor(tone.bg))
            painter.drawRoundedRect(chip, 11, 11)
        painter.setPen(QColor(tone.fg))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), 34))
