"""Non-modal notes across the top of the window: a sentence, a few buttons, a close box.

A bar never blocks the person (unlike a message box): the file changed on disk, it is open
read-only, it lives in a synced folder. The bars live in one slim, fixed tool bar area at the
top of the window (`NoticeArea`), so nothing in the window's own layout moves for them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.ui import theme

#: Tones: (background, border) per kind of note.
#: A note's tone → the colour names of its (background, edge).
TONES = {"info": ("ACCENT_SOFT", "ACCENT"), "warning": ("AMBER_SOFT", "AMBER")}


class NoticeBar(QFrame):
    """One note: its text (plain), buttons, and a close box (`sig_closed` when pressed)."""

    sig_closed = Signal()

    def __init__(self, name: str, text: str, tone: str = "info",
                 parent: QWidget | None = None, *, closable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        back, border = TONES[tone]
        theme.keep_style(self, lambda: (
            f"QFrame#{name} {{ background: {theme.colour(back)}; border: 1px solid "
            f"{theme.colour(border)}; border-radius: 6px; }}"
            f" QFrame#{name} QLabel {{ color: {theme.TEXT}; }}"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(8)
        self.label = QLabel(text, self)
        self.label.setObjectName("noticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.close_button: QToolButton | None = None
        if closable:
            self.close_button = QToolButton(self)
            self.close_button.setObjectName("noticeClose")
            self.close_button.setText("✕")
            self.close_button.setToolTip("Close this note")
            self.close_button.setAutoRaise(True)
            self.close_button.clicked.connect(self.sig_closed.emit)
            layout.addWidget(self.close_button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A wrapped label's own height hint assumes a narrow width (tool bars ask for no
        height-for-width): give it the height its lines need at the width it got."""
        super().resizeEvent(event)
        needed = self.label.heightForWidth(self.label.width())
        if needed > 0 and needed != self.label.maximumHeight():
            self.label.setFixedHeight(needed)

    @property
    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        needed = self.label.heightForWidth(self.label.width())
        if needed > 0:
            self.label.setFixedHeight(needed)

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _=False: slot())
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(layout.count() - (1 if self.close_button else 0), button)
        self.buttons[text] = button
        return button


class NoticeArea(QToolBar):
    """The window's strip of notes (hidden while there are none)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__("Notes", window)
        self.setObjectName("noticeArea")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not one of the window's tool bars to hide
        self.setStyleSheet("QToolBar#noticeArea { border: none; background: transparent; "
                           "padding: 6px 10px 0 10px; }")
        holder = QWidget(self)
        self._layout = QVBoxLayout(holder)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.addWidget(holder)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()

    def show_bar(self, bar: NoticeBar) -> NoticeBar:
        """Show `bar` (replacing one of the same name)."""
        old = self.bar(bar.objectName())
        if old is not None:
            self.remove(old)
        self._layout.addWidget(bar)
        self.show()
        return bar

    def bar(self, name: str) -> NoticeBar | None:
        for i in range(self._layout.count()):
            item = self._layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, NoticeBar) and widget.objectName() == name:
                return widget
        return None

    def remove(self, bar: NoticeBar | str) -> None:
        found = self.bar(bar) if isinstance(bar, str) else bar
        if found is None:
            return
        self._layout.removeWidget(found)
        found.hide()
        found.setParent(None)
        found.deleteLater()
        if self._layout.count() == 0:
            self.hide()

    @property
    def bars(self) -> list[NoticeBar]:
        found: list[NoticeBar] = []
        for i in range(self._layout.count()):
            item = self._layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, NoticeBar):
                found.append(widget)
        return found
