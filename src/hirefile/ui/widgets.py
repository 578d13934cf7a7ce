"""Small custom widgets: the navigation list's count badges, the pipeline's stage chips and a
one-line label that shortens itself with "…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from hirefile.ui import theme
from hirefile.ui.text import isolate

#: The item data role holding the count a navigation entry shows in its badge.
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class NavDelegate(QStyledItemDelegate):
    """A navigation entry: the style's icon and text, with a rounded count badge on the right."""

    ROW_HEIGHT = 38

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), self.ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if count is None:
            return
        text = f"{count:,}"
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        font.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(font)
        w = max(fm.horizontalAdvance(text) + 14, 24)
        h = fm.height() + 4
        r = option.rect.adjusted(0, 0, -22, 0)  # inside the item's side margin
        badge = QRectF(r.right() - w, r.center().y() - h / 2 + 1, w, h)
        from PySide6.QtWidgets import QStyle  # once there are counts (after the first paint):
        # QStyle's classes and enums take 15-20 ms to make

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.SURFACE if selected else theme.BORDER))
        painter.drawRoundedRect(badge, h / 2, h / 2)
        painter.setFont(font)
        painter.setPen(QColor(theme.ACCENT_DARK if selected else theme.MUTED))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class ElidedLabel(QLabel):
    """A one-line label that ends with "…" when its row is too narrow, rather than widening
    the row past the window (a search summary quotes whatever was typed). `text()` stays the
    whole text, and the tooltip shows it while it is shortened."""

    MINIMUM = 120  # the least it asks for: a few words before the "…"

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MINIMUM), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect().width()
        whole = self.text()
        shown = self.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight, room)
        self.setToolTip(whole if shown != whole else "")
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()),
                                  self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())


class StageChip(QFrame):
    """One pipeline stage in the strip above the list: its count, big, over its name."""

    def __init__(self, name: str, count: int, *, closed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageChip")
        self.setProperty("closed", closed)
        self.stage_name = name
        self.count = count
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        number = QLabel(f"{count:,}", self)
        number.setObjectName("chipCount")
        label = QLabel(name, self)
        label.setObjectName("chipName")
        layout.addWidget(number)
        layout.addWidget(label)
        self.setToolTip(f"{count:,} in {isolate(name)}")
        self.setMinimumWidth(96)
