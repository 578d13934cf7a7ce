"""How one loop step looks in the list: its number, title, kind and length, the axes it
assesses as small chips, and how many questions it has — a row a founder can scan."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hirefile.ui import theme
from hirefile.ui.roles.common import AXIS_SHORT
from hirefile.ui.roles.loop_model import STEP_ROLE, questions_text, step_length

Index = QModelIndex | QPersistentModelIndex


class StepDelegate(QStyledItemDelegate):
    """Paints a step as a two-line row with a numbered badge and axis chips."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(400, fm.height() * 2 + 26)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        step = index.data(STEP_ROLE)
        if step is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect).adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setPen(QPen(QColor(theme.ACCENT if selected else theme.BORDER), 1))
        painter.setBrush(QColor(theme.CARD_SELECTED if selected else theme.SURFACE))
        painter.drawRoundedRect(r, 7, 7)
        if focused and selected:
            painter.setPen(QPen(QColor(theme.ACCENT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 6, 6)

        base = QFont(option.font)
        fm = QFontMetrics(base)
        line_h = fm.height()
        # the number badge
        d = line_h + 8
        badge = QRectF(r.left() + 12, r.center().y() - d / 2, d, d)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.ACCENT if selected else theme.ACCENT_SOFT))
        painter.drawEllipse(badge)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(QColor(theme.ON_ACCENT if selected else theme.ACCENT_DARK))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(index.row() + 1))

        # right column: length over question count
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        sfm = QFontMetrics(small)
        bfm = QFontMetrics(bold)  # the length and the title are painted bold: measured so
        right_w = max(bfm.horizontalAdvance(step_length(step)),
                      sfm.horizontalAdvance(questions_text(len(step.questions)))) + 8
        top = r.top() + (r.height() - 2 * line_h - 4) / 2
        right = QRectF(r.right() - right_w - 14, top, right_w, line_h)
        painter.setFont(bold)
        painter.setPen(QColor(theme.TEXT))
        painter.drawText(right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         step_length(step))
        painter.setFont(small)
        painter.setPen(QColor(theme.MUTED if step.questions else theme.AMBER))
        painter.drawText(right.translated(0, line_h + 4),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         questions_text(len(step.questions)))

        # middle: title and kind, then axis chips
        left = badge.right() + 12
        width = right.left() - left - 12
        painter.setFont(bold)
        painter.setPen(QColor(theme.TEXT))
        title = bfm.elidedText(step.title, Qt.TextElideMode.ElideRight, int(width * 0.6))
        title_w = bfm.horizontalAdvance(title)
        painter.drawText(QRectF(left, top, title_w + 2, line_h),
                         Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(base)
        painter.setPen(QColor(theme.MUTED))
        kind = fm.elidedText(f"  ·  {step.kind.label}", Qt.TextElideMode.ElideRight,
                             int(width - title_w - 4))
        painter.drawText(QRectF(left + title_w + 2, top, width - title_w, line_h),
                         Qt.AlignmentFlag.AlignVCenter, kind)
        x = left
        chip_h = sfm.height() + 2
        y = top + line_h + 4 + (line_h - chip_h) / 2
        painter.setFont(small)
        for axis in step.axes:
            text = AXIS_SHORT[axis]
            w = sfm.horizontalAdvance(text) + 14
            if x + w > left + width:
                break
            chip = QRectF(x, y, w, chip_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.ACCENT_SOFT if not selected else theme.SURFACE))
            painter.drawRoundedRect(chip, chip_h / 2, chip_h / 2)
            painter.setPen(QColor(theme.ACCENT_DARK))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x += w + 6
        painter.restore()
