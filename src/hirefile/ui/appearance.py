"""View → Appearance: System, Light or Dark, this machine's choice (Settings.appearance).

The choice is applied at once (`theme.use`: palette, style sheets, every painted widget) and
kept in the settings, so the next start paints in it from the first frame. "System" follows the
desktop's light or dark scheme, also when it changes while Hirefile runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from hirefile.ui import theme

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

#: (choice, menu text, status tip)
CHOICES = (
    ("system", "&System", "Light or dark as the desktop is set, following it when it changes"),
    ("light", "&Light", "Always the light theme"),
    ("dark", "&Dark", "Always the dark theme"),
)


def install(window: MainWindow) -> QMenu:
    """View → Appearance, before Reload; the window shows the saved choice from now on."""
    menu = QMenu("&Appearance", window)
    menu.setObjectName("menuAppearance")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = window.settings.appearance
    for choice, text, tip in CHOICES:
        action = QAction(text, menu)
        action.setObjectName(f"actionAppearance{choice.title()}")
        action.setCheckable(True)
        action.setChecked(choice == chosen)
        action.setStatusTip(tip)
        action.setData(choice)
        action.triggered.connect(lambda _c=False, c=choice: choose(window, c))
        group.addAction(action)
        menu.addAction(action)
    view = window.form.menuView
    view.insertMenu(window.form.actionRefresh, menu)
    view.insertSeparator(window.form.actionRefresh)
    if chosen != theme.appearance():
        theme.use(chosen)
    return menu


def choose(window: MainWindow, choice: str) -> None:
    """Switch to `choice` now and keep it for the next start."""
    window.settings.set_appearance(choice)
    show(window, choice)


def show(window: MainWindow, choice: str) -> None:
    """The window in `choice` (kept already: the menu or Edit → Settings… kept it)."""
    theme.use(choice)
    for action in window.appearance_menu.actions():
        action.setChecked(action.data() == choice)
