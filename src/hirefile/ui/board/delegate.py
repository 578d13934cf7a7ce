"""How a card looks: painted by a delegate, because a column may hold 50,000 of them.

A widget per card would cost memory and layout time per row; a delegate paints only the rows
on screen, from the `Card` the model read for that page. Every card has the same height, so the
view never measures one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hirefile.services.board import Card
from hirefile.ui import theme
from hirefile.ui.board import style
from hirefile.ui.board.model import CARD_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

PAD_X = 12
PAD_Y = 9
BAR = 4


def days_text(card: Card) -> str:
    """'⚠ 12 d' for a card left waiting, '12 d in stage' otherwise."""
    return f"⚠ {card.days_in_stage} d" if card.waiting else f"{card.days_in_stage} d in stage"


#: The chip of a card whose feedback is sealed for the viewer (never the verdict itself).
SEALED_CHIP = "Sealed"


class CardDelegate(QStyledItemDelegate):
    """Paints one card: name, role, days in stage, source and the latest recommendation."""

    def __init__(self, parent: QWidget | None = None, *, muted: bool = False) -> None:
        super().__init__(parent)
        #: Cards of an exit column are drawn quieter: those people have left the process.
        self.muted = muted
        base = QFont(parent.font() if parent is not None else QFont())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        self.name_font = QFont(base)
        self.name_font.setPointSizeF(size)
        self.name_font.setWeight(QFont.Weight.DemiBold)
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(size - 1)
        self.meta_font = QFont(base)
        self.meta_font.setPointSizeF(size - 1.5)
        self.chip_font = QFont(self.meta_font)
        self.chip_font.setWeight(QFont.Weight.DemiBold)
        self.waiting_font = QFont(self.meta_font)
        self.waiting_font.setWeight(QFont.Weight.Bold)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(style.COLUMN_WIDTH - 20, style.CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = QRect(option.rect).adjusted(style.CARD_GAP, style.CARD_GAP // 2,
                                           -style.CARD_GAP, -(style.CARD_GAP - style.CARD_GAP // 2))
        card = index.data(CARD_ROLE)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hover = bool(state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), style.RADIUS,
                            style.RADIUS)
        painter.fillPath(path, QColor(theme.CARD_SELECTED if selected else theme.SURFACE))
        if isinstance(card, Card) and card.waiting:
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()),
                             QColor(theme.WAITING_BAR))
            painter.restore()
        border = (theme.ACCENT if selected else theme.CARD_HOVER_LINE if hover
                  else theme.CARD_LINE)
        painter.setPen(QPen(QColor(border), 1.5 if selected else 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X + 2, -PAD_Y)
        if isinstance(card, Card):
            self._paint_text(painter, inner, card)
        else:
            self._paint_placeholder(painter, inner)
        painter.restore()

    def _paint_text(self, painter: QPainter, r: QRect, card: Card) -> None:
        text_colour = QColor(theme.MUTED if self.muted else theme.TEXT)
        faint = QColor(theme.FAINT)
        fm = QFontMetrics(self.name_font)
        painter.setFont(self.name_font)
        painter.setPen(text_colour)
        name_rect = QRect(r.left(), r.top(), r.width(), fm.height())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(card.name, Qt.TextElideMode.ElideRight, r.width()))
        sm = QFontMetrics(self.small_font)
        painter.setFont(self.small_font)
        painter.setPen(QColor(theme.MUTED))
        role_rect = QRect(r.left(), name_rect.bottom() + 3, r.width(), sm.height())
        painter.drawText(role_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         sm.elidedText(card.role, Qt.TextElideMode.ElideRight, r.width()))
        mm = QFontMetrics(self.chip_font)
        line = QRect(r.left(), r.bottom() - mm.height() - 3, r.width(), mm.height() + 4)
        right = line.right()
        if card.recommendation:
            right = self._paint_chip(painter, line, card.recommendation) - 6
        elif card.sealed:  # someone submitted; what, the viewer sees after submitting theirs
            right = self._paint_chip(painter, line, SEALED_CHIP) - 6
        x = line.left()
        days = days_text(card)
        font = self.waiting_font if card.waiting else self.meta_font
        dm = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(QColor(theme.AMBER) if card.waiting else faint)
        width = dm.horizontalAdvance(days)
        painter.drawText(QRect(x, line.top(), width + 1, line.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, days)
        x += width
        source = f"  ·  {card.source}"
        sm2 = QFontMetrics(self.meta_font)
        painter.setFont(self.meta_font)
        painter.setPen(faint)
        room = right - x
        if room > 12:
            painter.drawText(QRect(x, line.top(), room, line.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             sm2.elidedText(source, Qt.TextElideMode.ElideRight, room))

    def _paint_chip(self, painter: QPainter, line: QRect, text: str) -> int:
        """A small pill at the right of `line`; returns its left edge."""
        bg, fg = style.recommendation_colours(text)
        fm = QFontMetrics(self.chip_font)
        w = fm.horizontalAdvance(text) + 14
        chip = QRectF(line.right() - w, line.top(), w, line.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setFont(self.chip_font)
        painter.setPen(QColor(fg))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        return int(chip.left())

    def _paint_placeholder(self, painter: QPainter, r: QRect) -> None:
        """A card whose row vanished since the ids were read: grey bars until the refresh."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.PLACEHOLDER))
        for y, w in ((r.top() + 2, r.width() * 0.6), (r.top() + 24, r.width() * 0.8),
                     (r.bottom() - 12, r.width() * 0.4)):
            painter.drawRoundedRect(QRectF(r.left(), y, w, 10), 4, 4)
