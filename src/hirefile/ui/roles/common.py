"""What the Roles screens share: their style sheet, field errors, combos, keys and messages.

The application style sheet (`ui.theme`) belongs to the main window; the rules here are set on
the workspace and on its dialogs only and address widgets by object name or by the `kind`
property the forms give their labels, so they never leak into other screens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, Literal, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QWidget,
)

from hirefile.domain.vocab import Axis, RoleStatus
from hirefile.services.company import default_currency
from hirefile.services.workspace import Workspace
from hirefile.ui import messages, theme
from hirefile.ui.text import isolate

E = TypeVar("E", bound=Enum)


#: Short names for the five axes where a full label would not fit (chips, bars).
AXIS_SHORT: dict[Axis, str] = {
    Axis.ML_PRACTICE: "Practice", Axis.SOFTWARE: "Software", Axis.THEORY: "Theory",
    Axis.SYSTEMS: "Systems", Axis.CULTURE: "Culture",
}

#: A role status's colour name (read with `theme.colour`).
STATUS_TONES: dict[RoleStatus, str] = {
    RoleStatus.DRAFT: "MUTED", RoleStatus.OPEN: "ACCENT", RoleStatus.PAUSED: "AMBER",
    RoleStatus.FILLED: "GREEN", RoleStatus.CLOSED: "FAINT",
}

def style_sheet() -> str:
    """This screen's style sheet in the current colours."""
    return f"""
QLabel[kind="sectionTitle"] {{ font-size: 11pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="detailTitle"] {{ font-size: 15pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="hint"] {{ color: {theme.MUTED}; }}
QLabel[kind="fieldError"] {{ color: {theme.RED}; font-size: 9pt; }}
QLabel[kind="fieldWarning"] {{ color: {theme.AMBER}; font-size: 9pt; }}
QLabel#headline {{ font-size: 15pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel#roleTitle {{ font-size: 16pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel#roleSubtitle {{ color: {theme.MUTED}; }}
QLabel#loopSummary {{ font-size: 11pt; font-weight: 600; color: {theme.TEXT}; }}
QFrame#warningBanner {{ background: {theme.AMBER_SOFT}; border: 1px solid {theme.AMBER_LINE};
    border-radius: 6px; }}
QFrame#warningBanner QLabel {{ color: {theme.AMBER_TEXT}; }}
QFrame#messageBar {{ background: {theme.RED_SOFT}; border: 1px solid {theme.RED_LINE};
    border-radius: 6px; }}
QFrame#messageBar QLabel {{ color: {theme.RED_TEXT}; }}
QFrame#editorFooter {{ background: {theme.WINDOW}; border-top: 1px solid {theme.BORDER}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {theme.RED};
    border-radius: 3px; padding: 2px 3px; background: {theme.RED_FIELD}; }}
QLineEdit[warning="true"] {{ border: 1px solid {theme.AMBER}; border-radius: 3px;
    padding: 2px 3px; }}
QComboBox[invalid="true"] {{ background: {theme.RED_SOFT}; color: {theme.RED}; }}
QListView[warning="true"] {{ border: 1px solid {theme.AMBER}; }}
QTabWidget#roleTabs::pane {{ border: none; border-top: 1px solid {theme.BORDER}; }}
QTabWidget#roleTabs::tab-bar {{ left: 18px; }}
"""




def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.blockSignals(False)


def fill_enum(combo: QComboBox, enum: type[E], none_label: str | None = None) -> None:
    """Every member by its label; with `none_label`, a first entry meaning "not set".

    Read the choice back with `current(combo, enum)`.
    """
    items: list[tuple[str, Any]] = [(none_label, None)] if none_label is not None else []
    items += [(m.label, m.value) for m in enum]  # type: ignore[attr-defined]
    fill_combo(combo, items)


def current(combo: QComboBox, enum: type[E]) -> E | None:
    """The enum member a combo filled by `fill_enum` shows (None for "not set").

    Qt stores a str-based enum member as a plain string, so it is turned back here.
    """
    value = combo.currentData()
    return None if value is None else enum(value)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))



def company_currency(db: Workspace) -> str:
    """The company's default currency, offered first in the pay range's currency list."""
    with db.reader() as s:
        return default_currency(s)


class UnsavedChanges:
    """Save / Discard / Cancel before leaving a role with unsaved changes."""

    @classmethod
    def ask(cls, parent: QWidget, title: str) -> Literal["save", "discard"] | None:
        return messages.ask_unsaved(parent, f"“{isolate(title)}”" if title else "this role")


class KeyHandler(QObject):
    """Gives a view its own keys (Delete, Ctrl+Up, Ctrl+Down…) ahead of window shortcuts.

    Accepting the ShortcutOverride makes Qt deliver the key to the view instead of firing a
    shortcut, so the workspace's Delete (remove role) never steals a step's Delete.
    """

    def __init__(self, widget: QWidget,
                 keys: dict[tuple[Qt.Key, Qt.KeyboardModifier], Callable[[], None]]) -> None:
        super().__init__(widget)
        self._keys = keys
        widget.installEventFilter(self)

    def _match(self, event: QKeyEvent) -> Callable[[], None] | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        for (key, wanted), handler in self._keys.items():
            if event.key() == key and mods == wanted:
                return handler
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            handler = self._match(event)  # type: ignore[arg-type]
            if handler is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    handler()
                return True
        return False

