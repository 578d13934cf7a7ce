"""Dialogs fit the screen they open on.

A dialog laid out for a large monitor would open taller than a 1024×700 laptop screen, its
buttons below the bottom edge. Every dialog calls `fit_to_screen` once its form is built: its
size is capped to the screen's available area (less room for the window's title bar), and long
forms scroll inside it instead of growing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

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
