"""Small widgets and helpers every screen shares: an optional date, undo keys that reach the
Edit menu, status chips, style flags, and the notify callback that survives its widget."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hirefile.domain import limits

NONE = Qt.KeyboardModifier.NoModifier


def limit_fields(form: object, columns: Mapping[str, str | int]) -> None:
    """Cap each one-line field (`widget name → column`, or a number) at what it may keep."""
    for widget, column in columns.items():
        edit: QLineEdit = getattr(form, widget)
        edit.setMaxLength(column if isinstance(column, int) else limits.column_limit(column))


class OptionalDateEdit(QDateEdit):
    """A date edit whose lowest date means "Not set"; Delete or Backspace clears it again.

    Stepping, typing or opening the calendar on "Not set" starts from today, not from the
    sentinel year.
    """

    SENTINEL = QDate(2000, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(self.SENTINEL)
        self.setMaximumDate(QDate(2099, 12, 31))
        self.setSpecialValueText("Not set")
        self.setDisplayFormat("d MMM yyyy")
        self.setDate(self.SENTINEL)

    def value(self) -> date | None:
        d = self.date()
        return None if d == self.SENTINEL else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(self.SENTINEL if value is None
                     else QDate(value.year, value.month, value.day))

    def _start_from_today(self) -> bool:
        if self.date() == self.SENTINEL:
            self.setDate(QDate.currentDate())
            return True
        return False

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field (Left/Right move inside it), so the tab order is not trapped."""
        return QWidget.focusNextPrevChild(self, next)

    def stepBy(self, steps: int) -> None:
        if not self._start_from_today():
            super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start_from_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and event.modifiers() == NONE:
            self.setDate(self.SENTINEL)
            event.accept()
            return
        if event.text().isdigit():
            self._start_from_today()
        super().keyPressEvent(event)


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


def tone_chip(label: QLabel, text: str, tone: str) -> None:
    """A rounded status chip in a tone's colour, on a pale wash of the same colour."""
    c = QColor(tone)
    wash = f"rgba({c.red()}, {c.green()}, {c.blue()}, 28)"
    line = f"rgba({c.red()}, {c.green()}, {c.blue()}, 90)"
    label.setText(text)
    label.setStyleSheet(
        f"QLabel {{ color: {tone}; background: {wash}; border: 1px solid {line}; "
        "border-radius: 9px; padding: 1px 10px; font-weight: 600; font-size: 9pt; }")


def guarded(owner: QObject, method: Callable[[], None],
            outer: Callable[[], None] | None = None) -> Callable[[], None]:
    """A notify for undo commands: `method` while `owner` still exists, then `outer()`.

    Commands outlive the widgets that pushed them (they stay on the stack), so the callback
    must not reach into a widget Qt has already deleted.
    """
    ref = weakref.ref(owner)
    name = method.__name__

    def notify() -> None:
        obj = ref()
        if obj is not None and shiboken6.isValid(obj):
            getattr(obj, name)()
        if outer is not None:
            outer()
    return notify
