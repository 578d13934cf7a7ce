"""What the Roles screens share: their style sheet, field errors, combos, keys and messages.

The application style sheet (`ui.theme`) belongs to the main window; the rules here are set on
the workspace and on its dialogs only and address widgets by object name or by the `kind`
property the forms give their labels, so they never leak into other screens.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, Literal, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from hirefile.domain.vocab import Axis, RoleStatus
from hirefile.storage.database import Database
from hirefile.storage.models import CompanyProfile
from hirefile.ui import theme

E = TypeVar("E", bound=Enum)

AMBER_SOFT = "#FFF4E0"
AMBER_LINE = "#F0D29A"

#: Short names for the five axes where a full label would not fit (chips, bars).
AXIS_SHORT: dict[Axis, str] = {
    Axis.ML_PRACTICE: "Practice", Axis.SOFTWARE: "Software", Axis.THEORY: "Theory",
    Axis.SYSTEMS: "Systems", Axis.CULTURE: "Culture",
}

STATUS_TONES: dict[RoleStatus, str] = {
    RoleStatus.DRAFT: theme.MUTED, RoleStatus.OPEN: theme.ACCENT, RoleStatus.PAUSED: theme.AMBER,
    RoleStatus.FILLED: theme.GREEN, RoleStatus.CLOSED: theme.FAINT,
}

STYLE = f"""
QLabel[kind="sectionTitle"] {{ font-size: 11pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="detailTitle"] {{ font-size: 15pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="hint"] {{ color: {theme.MUTED}; }}
QLabel[kind="fieldError"] {{ color: {theme.RED}; font-size: 9pt; }}
QLabel[kind="fieldWarning"] {{ color: {theme.AMBER}; font-size: 9pt; }}
QLabel#headline {{ font-size: 15pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel#roleTitle {{ font-size: 16pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel#roleSubtitle {{ color: {theme.MUTED}; }}
QLabel#loopSummary {{ font-size: 11pt; font-weight: 600; color: {theme.TEXT}; }}
QFrame#warningBanner {{ background: {AMBER_SOFT}; border: 1px solid {AMBER_LINE};
    border-radius: 6px; }}
QFrame#warningBanner QLabel {{ color: #6B4100; }}
QFrame#messageBar {{ background: #FDECEA; border: 1px solid #F1C0BB; border-radius: 6px; }}
QFrame#messageBar QLabel {{ color: #7D1A14; }}
QFrame#editorFooter {{ background: {theme.WINDOW}; border-top: 1px solid {theme.BORDER}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {theme.RED};
    border-radius: 3px; padding: 2px 3px; background: #FFF7F6; }}
QLineEdit[warning="true"] {{ border: 1px solid {theme.AMBER}; border-radius: 3px;
    padding: 2px 3px; }}
QComboBox[invalid="true"] {{ background: #FBE0DC; color: {theme.RED}; }}
QListView[warning="true"] {{ border: 1px solid {theme.AMBER}; }}
QTabWidget#roleTabs::pane {{ border: none; border-top: 1px solid {theme.BORDER}; }}
QTabWidget#roleTabs::tab-bar {{ left: 18px; }}
"""


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Set a boolean style property and re-polish, so the style sheet sees the change.

    (A combo box is only tinted inside, not at its border: a style-sheet border on a combo
    loses Fusion's drop-down arrow.)
    """
    if bool(widget.property(name)) == on:
        return
    widget.setProperty(name, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def show_text(label: QLabel, text: str) -> None:
    """A message label shows its text, or hides when there is none (no empty gap)."""
    label.setText(text)
    label.setVisible(bool(text))


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


def tone_chip(label: QLabel, text: str, tone: str) -> None:
    """A rounded status chip in a tone's colour, on a pale wash of the same colour."""
    c = QColor(tone)
    wash = f"rgba({c.red()}, {c.green()}, {c.blue()}, 28)"
    line = f"rgba({c.red()}, {c.green()}, {c.blue()}, 90)"
    label.setText(text)
    label.setStyleSheet(
        f"QLabel {{ color: {tone}; background: {wash}; border: 1px solid {line}; "
        "border-radius: 9px; padding: 1px 10px; font-weight: 600; font-size: 9pt; }")


def company_currency(db: Database) -> str:
    """The company's default currency, offered first in the pay range's currency list.

    A read of the company profile; there is no company service yet, so it lives here.
    """
    with db.reader() as s:
        code = s.scalar(select(CompanyProfile.default_currency).where(
            CompanyProfile.deleted_at.is_(None)).limit(1))
    return (code or "USD").upper()


class UnsavedChanges:
    """Save / Discard / Cancel before leaving a role with unsaved changes."""

    @classmethod
    def ask(cls, parent: QWidget, title: str) -> Literal["save", "discard"] | None:
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                          f"Save your changes to “{title or 'this role'}”?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText("If you don't save, the changes are lost.")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return None


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


class UndoPassThrough(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's Edit menu when a field has nothing of
    its own to undo, instead of the field swallowing the keys."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        key = event  # a QKeyEvent
        undo = key.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
        redo = key.matches(QKeySequence.StandardKey.Redo)  # type: ignore[attr-defined]
        if not (undo or redo):
            return False
        if isinstance(watched, QComboBox):
            watched = watched.lineEdit()
        elif isinstance(watched, QAbstractSpinBox):
            watched = watched.findChild(QLineEdit)
        if isinstance(watched, QPlainTextEdit):
            doc = watched.document()
            local = doc.isUndoAvailable() if undo else doc.isRedoAvailable()
        elif isinstance(watched, QLineEdit):
            local = watched.isUndoAvailable() if undo else watched.isRedoAvailable()
        else:
            local = False
        if local:
            return False
        event.ignore()
        return True


def pass_undo_through(widgets: Iterable[QWidget], owner: QObject) -> UndoPassThrough:
    """Install one `UndoPassThrough` on every text field in `widgets`."""
    f = UndoPassThrough(owner)
    for w in widgets:
        w.installEventFilter(f)
        inner = w.findChild(QLineEdit) if isinstance(w, (QComboBox, QAbstractSpinBox)) else None
        if inner is not None:
            inner.installEventFilter(f)
    return f


def guarded(owner: QObject, method: Callable[[], None],
            outer: Callable[[], None] | None = None) -> Callable[[], None]:
    """A notify for undo commands: `outer()`, then `method` while `owner` still exists.

    Commands outlive the widgets that pushed them (they stay on the stack), so the callback
    must not reach into a widget Qt has already deleted.
    """
    ref = weakref.ref(owner)
    name = method.__name__

    def notify() -> None:
        if outer is not None:
            outer()
        obj = ref()
        if obj is not None and shiboken6.isValid(obj):
            getattr(obj, name)()
    return notify
