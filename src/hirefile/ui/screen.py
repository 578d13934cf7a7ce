"""Dialogs fit the screen they open on.

A dialog laid out for a large monitor would open taller than a 1024×700 laptop screen, its
buttons below the bottom edge. Every dialog calls `fit_to_screen` once its form is built: its
size is capped to the screen's available area (less room for the window's title bar), and long
forms scroll inside it instead of growing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget

# What a window manager usually adds around a dialog: borders and a title bar.
DECORATION = QSize(8, 40)


def available_size(window: QWidget) -> QSize:
    """The free area of the screen `window` is on (or the primary screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def room_for(available: QSize) -> QSize:
    """The largest dialog, frame excluded, that fits a screen area of `available`."""
    return (available - DECORATION).expandedTo(QSize(320, 240))


def fit_to_screen(window: QWidget, available: QSize | None = None) -> None:
    """Never wider or taller than the screen: cap `window`'s maximum and its current size."""
    room = room_for(available if available is not None else available_size(window))
    window.setMaximumSize(room.boundedTo(window.maximumSize()))
    if window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.resize(window.size().boundedTo(room))


def needed_width(pane: QWidget) -> int:
    """How wide `pane` must be so that nothing in it is cut, counting what its scroll areas
    that do not scroll sideways hold."""
    need = max(pane.minimumSizeHint().width(), pane.minimumWidth())
    areas = ([pane] if isinstance(pane, QScrollArea) else []) + pane.findChildren(QScrollArea)
    for area in areas:
        inner = area.widget()
        if inner is None or area.isHidden() or \
                area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        frame = area.verticalScrollBar().sizeHint().width() + 2 * area.frameWidth()
        need = max(need, inner.minimumSizeHint().width() + frame)
    return need


class StackWhenNarrow(QObject):
    """Lays a side-by-side splitter's panes out one above the other while the splitter is
    narrower than the panes need side by side (a record's form and its timeline on a 1024-pixel
    screen), and side by side again when it is wide enough."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        splitter.installEventFilter(self)

    def side_by_side_width(self) -> int:
        s = self.splitter
        panes = [s.widget(i) for i in range(s.count())]
        shown = [p for p in panes if p is not None and not p.isHidden()]
        return sum(needed_width(p) for p in shown) + s.handleWidth() * max(0, len(shown) - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            want = (Qt.Orientation.Horizontal
                    if self.splitter.width() >= self.side_by_side_width()
                    else Qt.Orientation.Vertical)
            if self.splitter.orientation() != want:
                QTimer.singleShot(0, self, lambda: self.splitter.setOrientation(want))
        return False
