"""The Home page's building blocks: a card per section and a row per thing that needs you.

Cards are built in code: each holds a few rows (at most `dashboard.LIMIT`), each one widget
that draws its own text, so they stay cheap to build before the first frame and to rebuild on
every change. A row opens its record with a click or with Enter (rows take the keyboard focus
in order with Tab); names in any script are cut with "…" to the room they have, the full
text in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.ui import theme


def style_sheet() -> str:
    """This screen's style sheet in the current colours."""
    return f"""
#HomePage {{ background: {theme.SURFACE}; }}
#HomePage QWidget#homeContent {{ background: {theme.SURFACE}; }}
#HomePage QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: {theme.TEXT}; }}
#HomePage QLabel#pageSubtitle {{ color: {theme.MUTED}; }}
#HomePage QFrame#homeCard {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};
    border-radius: 10px; }}
#HomePage QLabel#cardTitle {{ font-size: 11pt; font-weight: 600; color: {theme.TEXT}; }}
#HomePage QLabel#cardCount {{ background: {theme.ACCENT_SOFT}; color: {theme.ACCENT_DARK};
    border-radius: 9px; padding: 1px 8px; font-weight: 600; font-size: 9pt; }}
#HomePage QLabel#cardCount[quiet="true"] {{ background: {theme.QUIET}; color: {theme.FAINT}; }}
#HomePage QLabel#cardHint {{ color: {theme.FAINT}; font-size: 8.5pt; }}
#HomePage QLabel#cardEmpty {{ color: {theme.MUTED}; padding: 6px 2px; }}
#HomePage QLabel#cardMore {{ color: {theme.MUTED}; font-size: 9pt; }}
#HomePage QFrame#homeRow {{ border: none; border-radius: 7px; background: transparent; }}
#HomePage QFrame#homeRow:hover {{ background: {theme.HOVER}; }}
#HomePage QFrame#homeRow:focus {{ background: {theme.ACCENT_SOFT}; }}
#HomePage QFrame#homeRow[mine="true"] {{ border-left: 3px solid {theme.ACCENT}; }}
#HomePage QPushButton#showAll {{ border: none; background: transparent; color: {theme.ACCENT};
    font-weight: 600; padding: 2px 4px; }}
#HomePage QPushButton#showAll:hover {{ color: {theme.ACCENT_DARK}; text-decoration: underline; }}
#HomePage QPushButton#showAll:focus {{ text-decoration: underline; }}
#HomePage QPushButton#secondaryButton {{ background: {theme.SURFACE}; color: {theme.ACCENT_DARK};
    border: 1px solid {theme.CONTROL_LINE}; border-radius: 6px; padding: 6px 16px;
    font-weight: 600; }}
#HomePage QPushButton#secondaryButton:hover {{ background: {theme.HOVER}; }}
#HomePage QFrame#firstSteps {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};
    border-radius: 14px; }}
#HomePage QLabel#stepsTitle {{ font-size: 16pt; font-weight: 600; color: {theme.TEXT}; }}
#HomePage QLabel#stepsBody, #HomePage QLabel#stepText {{ color: {theme.MUTED}; }}
#HomePage QLabel#stepNumber {{ background: {theme.ACCENT_SOFT}; color: {theme.ACCENT_DARK};
    border-radius: 13px; font-weight: 600; }}
#HomePage QLabel#stepName {{ font-weight: 600; color: {theme.TEXT}; font-size: 10.5pt; }}
"""


class RowText:
    """One line of a row, drawn by the row: its whole text, the text shown (cut with "…" to
    `rect`'s width), its font and where it is drawn."""

    def __init__(self, text: str, font: QFont, flags: Qt.AlignmentFlag) -> None:
        self.full_text = text
        self.font = font
        self.flags = flags
        self.rect = QRect()
        self.shown = text
        self.natural: QSize | None = None  # the whole line's room, once measured

    def text(self) -> str:
        """The text on screen (cut to fit)."""
        return self.shown

    def toolTip(self) -> str:  # as a label's
        """The whole text."""
        return self.full_text

    def size(self) -> QSize:
        """The room the whole line takes, measured as a label measures its text."""
        self.natural = QFontMetrics(self.font).boundingRect(
            QRect(0, 0, 2000, 2000), int(self.flags), self.full_text or " ").size()
        return self.natural

    def place(self, rect: QRect, *, cut: bool) -> None:
        self.rect = rect
        if not cut:
            return
        width = max(rect.width(), 20)
        if self.natural is not None and self.natural.width() <= width:
            self.shown = self.full_text  # it fits: no second shaping of the line to cut it
        else:
            self.shown = QFontMetrics(self.font).elidedText(
                self.full_text, Qt.TextElideMode.ElideRight, width)


#: A row's padding (left, top, right, bottom), the gap before "when", between the two lines.
ROW_MARGINS, ROW_GAP, LINE_GAP = (8, 5, 8, 5), 10, 1
#: A name in a right-to-left script starts where every other name starts.
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class HomeRow(QFrame):
    """A person (or role) and what is due: two lines on the left, when on the right. A click
    or Enter emits `sig_open`.

    One widget that draws its three texts (no labels, no layout): Home has up to 38 rows and
    builds them all before its first frame. Names in any script are cut with "…" to the room
    they have; hovering a line shows it whole. Its background (hover, focus, "yours")
    comes from the style sheet; the text colours are the theme's, read when painted."""

    sig_open = Signal()

    def __init__(self, title: str, detail: str, when: str, *, tone: str = "",
                 mine: bool = False, tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("mine", mine)
        self.setMouseTracking(True)  # the tooltip follows the line under the pointer
        self.tone = tone
        self.tip = tip
        if tip:
            self.setToolTip(tip)
        self.title = RowText(title, QFont(), LEFT)
        self.detail = RowText(detail, QFont(), LEFT)
        self.when = RowText(when, QFont(), RIGHT)
        self._set_fonts()
        self.setAccessibleName(f"{title}, {detail}, {when}")

    def _set_fonts(self) -> None:
        """The lines' fonts from the row's own: the title semibold, the rest 9 pt (and
        semibold when late or over)."""
        base = self.font()
        self.title.font = QFont(base)
        self.title.font.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(9)
        self.detail.font = small
        self.when.font = QFont(small)
        if self.tone:
            self.when.font.setWeight(QFont.Weight.DemiBold)
        self._metrics = (self.title.size().height(), self.detail.size().height(),
                         self.when.size().width())
        self._place()

    def sizeHint(self) -> QSize:
        left, top, right, bottom = ROW_MARGINS
        title_h, detail_h, when_w = self._metrics
        border = self.contentsMargins()
        return QSize(border.left() + left + ROW_GAP + when_w + right + border.right(),
                     border.top() + top + title_h + LINE_GAP + detail_h + bottom
                     + border.bottom())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(hint.width() + 20, hint.height())

    def _place(self, *, cut: bool = False) -> None:
        """Where each line goes; the lines cut to fit once shown (`cut`: now), not at each of
        the layouts a page goes through before its first frame."""
        left, top, right, bottom = ROW_MARGINS
        title_h, detail_h, when_w = self._metrics
        inner = self.contentsRect().adjusted(left, top, -right, -bottom)  # inside a border
        lines_w = max(inner.width() - ROW_GAP - when_w, 0)
        lines_h = title_h + LINE_GAP + detail_h
        y = inner.top() + max((inner.height() - lines_h) // 2, 0)
        cut = cut or self.isVisible()
        self.title.place(QRect(inner.left(), y, lines_w, title_h), cut=cut)
        self.detail.place(QRect(inner.left(), y + title_h + LINE_GAP, lines_w, detail_h),
                          cut=cut)
        self.when.place(QRect(inner.right() + 1 - when_w, inner.top(), when_w,
                              inner.height()), cut=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place(cut=True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._set_fonts()
            self.updateGeometry()
        elif event.type() == QEvent.Type.ContentsRectChange:  # a border ("yours") came or went
            self._place()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame: its border when it is yours
        painter = QPainter(self)
        late = {"late": theme.AMBER, "over": theme.RED}.get(self.tone, theme.MUTED)
        for line, colour in ((self.title, theme.TEXT), (self.detail, theme.MUTED),
                             (self.when, late)):
            painter.setFont(line.font)
            painter.setPen(QColor(colour))
            painter.setClipRect(line.rect)  # as a label's text: nothing drawn outside it
            painter.drawText(line.rect, line.flags, line.shown)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._restyle()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._restyle()
        super().focusOutEvent(event)

    def _restyle(self) -> None:
        self.style().unpolish(self)  # :focus in the style sheet follows
        self.style().polish(self)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The tooltip of what the pointer is over: a line whole, else the row's own."""
        at = event.position().toPoint()
        line = next((t for t in (self.title, self.detail) if t.rect.contains(at)), None)
        tip = line.full_text if line is not None else self.tip
        if tip != self.toolTip():
            self.setToolTip(tip)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.sig_open.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.sig_open.emit()
            return
        super().keyPressEvent(event)


class SectionCard(QFrame):
    """A titled card: its count, a hint, its rows (or a friendly line when there are none),
    and "and N more" with a Show all link where a page lists them all."""

    #: "Show all" was clicked.
    sig_show_all = Signal()

    def __init__(self, title: str, hint: str, *, empty: str, show_all: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeCard")
        self.empty_text = empty
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.count = QLabel("0", self)
        self.count.setObjectName("cardCount")
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("cardHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.count, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(1)
        self.more = QLabel(self)
        self.more.setObjectName("cardMore")
        self.show_all = QPushButton("Show all", self)
        self.show_all.setObjectName("showAll")
        self.show_all.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_all.clicked.connect(self.sig_show_all)
        self._can_show_all = show_all
        foot = QHBoxLayout()
        foot.addWidget(self.more)
        foot.addStretch(1)
        foot.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addLayout(self.rows_box)
        layout.addStretch(1)
        layout.addLayout(foot)
        self.rows: list[HomeRow] = []

    def set_rows(self, rows: list[HomeRow], total: int) -> None:
        """Show `rows` (the first of `total`)."""
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        self.rows = rows
        shown: list[QWidget] = list(rows)
        if not rows:
            empty = QLabel(self.empty_text, self)
            empty.setObjectName("cardEmpty")
            empty.setWordWrap(True)
            shown.append(empty)
        for widget in shown:
            widget.setParent(self)
            self.rows_box.addWidget(widget)
            widget.show()  # now, not after the event loop: the card is whole when read
        self.count.setText(f"{total:,}")
        quiet = total == 0
        if self.count.property("quiet") != quiet:
            self.count.setProperty("quiet", quiet)
            # the style sheet reads it when the count is first shown; once shown, again (not
            # before the first frame: a widget's style() makes QStyle's classes, 15-20 ms)
            if self.count.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                self.count.style().unpolish(self.count)
                self.count.style().polish(self.count)
        more = total - len(rows)
        self.more.setText(f"and {more:,} more" if more > 0 else "")
        self.more.setVisible(more > 0)
        self.show_all.setVisible(self._can_show_all and total > 0)

    @property
    def empty_shown(self) -> str:
        """The friendly line shown when there are no rows ("" when there are rows)."""
        return "" if self.rows else self.empty_text
