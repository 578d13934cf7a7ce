"""The Home page's building blocks: a card per section and a row per thing that needs you.

Cards are built in code: each holds a few rows (widgets, at most `dashboard.LIMIT`), so they
stay cheap to rebuild on every change. A row opens its record with a click or with Enter
(rows take the keyboard focus in order with Tab); names in any script are cut with "…" to
the room they have, the full text in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
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
#HomePage QLabel#rowTitle {{ font-weight: 600; color: {theme.TEXT}; }}
#HomePage QLabel#rowDetail {{ color: {theme.MUTED}; font-size: 9pt; }}
#HomePage QLabel#rowWhen {{ color: {theme.MUTED}; font-size: 9pt; }}
#HomePage QLabel#rowWhen[tone="late"] {{ color: {theme.AMBER}; font-weight: 600; }}
#HomePage QLabel#rowWhen[tone="over"] {{ color: {theme.RED}; font-weight: 600; }}
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


class ElidedLabel(QLabel):
    """One line of text cut with "…" to the label's width; the whole text in the tooltip."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # a name in a right-to-left script starts where every other name starts
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
                          | Qt.AlignmentFlag.AlignVCenter)
        self.full_text = text
        self.setToolTip(text)
        self.setText(text)  # cut to its width once shown (`_fit`)
        #: The width the text was last cut for: cut again only when it changes, and only
        #: while shown (a page of rows is laid out several times before its first paint).
        self._cut_for = -1

    def minimumSizeHint(self) -> QSize:
        return QSize(20, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the style sheet's font: cut again
            self._cut_for = -1
            if self.isVisible():
                self._fit()

    def _fit(self) -> None:
        width = max(self.contentsRect().width(), 20)
        if width == self._cut_for:
            return
        self._cut_for = width
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)


class HomeRow(QFrame):
    """A person (or role) and what is due: two lines on the left, when on the right. A click
    or Enter emits `sig_open`."""

    sig_open = Signal()

    def __init__(self, title: str, detail: str, when: str, *, tone: str = "",
                 mine: bool = False, tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("mine", mine)
        self.title = ElidedLabel(title, "rowTitle", self)
        self.detail = ElidedLabel(detail, "rowDetail", self)
        self.when = QLabel(when, self)
        self.when.setObjectName("rowWhen")
        self.when.setTextFormat(Qt.TextFormat.PlainText)
        self.when.setProperty("tone", tone)
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if tip:
            self.setToolTip(tip)
        lines = QVBoxLayout()
        lines.setSpacing(1)
        lines.addWidget(self.title)
        lines.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(10)
        layout.addLayout(lines, 1)
        layout.addWidget(self.when, 0)
        self.setAccessibleName(f"{title}, {detail}, {when}")

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

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.style().unpolish(self)  # :focus in the style sheet follows
            self.style().polish(self)
        return super().event(event)


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
        self.count.setProperty("quiet", total == 0)
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
