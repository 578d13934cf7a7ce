"""The candidate's timeline: every move, note, interview, scorecard and edit, newest first.

A list model over `services.timeline.timeline()` events and a delegate that draws each as a
dot on a line, the event in the text colour (wrapped to two lines at most; whole in the
tooltip) and who/when/role beneath it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTextLayout
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hirefile.services.timeline import Event
from hirefile.ui import theme
from hirefile.ui.models.columns import when_text

AnyIndex = QModelIndex | QPersistentModelIndex
META_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

_KIND_COLOURS = {"move": "ACCENT", "note": "INDIGO", "interview": "AMBER",
                 "scorecard": "INDIGO", "review": "INDIGO", "culture": "INDIGO",
                 "offer": "GREEN", "merged": "RED", "drafted": "INDIGO",
                 "mail": "INDIGO"}


def wrap(text: str, font: QFont, width: int, max_lines: int = 2) -> list[str]:
    """`text` broken into at most `max_lines` lines of `width` pixels, the last one elided."""
    if width <= 0 or not text:
        return [text]
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[a:a + n].strip() for a, n in spans]
    if spans and sum(spans[-1]) < len(text):
        rest = text[spans[-1][0]:]
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


def meta_text(e: Event) -> str:
    return " · ".join(v for v in (e.who, when_text(e.at), e.role) if v)


class TimelineModel(QAbstractListModel):
    """Events in the order given (the service gives newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []

    def set_events(self, events: Sequence[Event]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    @property
    def events(self) -> list[Event]:
        return list(self._events)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        e = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(e.text.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.text}\n\n{meta_text(e)}"
        if role == META_ROLE:
            return meta_text(e)
        if role == KIND_ROLE:
            return e.kind
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{e.text}. {meta_text(e)}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


class TimelineDelegate(QStyledItemDelegate):
    """A dot on a vertical line, the event, and who/when/role in a smaller muted line."""

    ROW_HEIGHT = 50
    INDENT = 30

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) \
            else option.rect.width()
        return max(100, width - self.INDENT - 10)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        lines = wrap(index.data() or "", option.font, self._text_width(option))
        extra = (len(lines) - 1) * QFontMetrics(option.font).lineSpacing()
        return QSize(self._text_width(option), self.ROW_HEIGHT + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        r = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(r, QColor(theme.SELECTION))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(r, QColor(theme.HOVER))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = r.left() + 14
        painter.setPen(QPen(QColor(theme.BORDER), 2))
        last = index.row() == index.model().rowCount() - 1
        painter.drawLine(QPointF(x, r.top() if index.row() else r.top() + 16),
                         QPointF(x, r.top() + 16 if last else r.bottom() + 1))
        colour = QColor(theme.colour(_KIND_COLOURS.get(index.data(KIND_ROLE), "FAINT")))
        painter.setPen(QPen(QColor(theme.SURFACE), 2))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(x, r.top() + 16), 5.5, 5.5)

        font = QFont(option.font)
        fm = QFontMetrics(font)
        width = r.width() - self.INDENT - 10
        painter.setFont(font)
        painter.setPen(QColor(theme.TEXT))
        top = r.top() + 6
        for line in wrap(index.data() or "", font, width):
            painter.drawText(QRect(r.left() + self.INDENT, top, width, fm.height() + 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            top += fm.lineSpacing()
        small = QFont(option.font)
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1.5))
        painter.setFont(small)
        painter.setPen(QColor(theme.MUTED))
        meta_rect = QRect(r.left() + self.INDENT, top + 4, width, 18)
        painter.drawText(meta_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(small).elidedText(index.data(META_ROLE) or "",
                                                        Qt.TextElideMode.ElideRight,
                                                        meta_rect.width()))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor(theme.ACCENT), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r.adjusted(1, 1, -2, -2))
        painter.restore()
