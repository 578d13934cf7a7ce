"""Small widgets and helpers every screen shares: an optional date, undo keys that reach the
Edit menu, status chips, style flags, the notify callback that survives its widget, and the
modal run that frees its dialog."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
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


#: Typed dates understood besides the user's own locale formats: ISO first, then the ways
#: people write dates in mail and notes. Day-first before month-first where both could read.
_DATE_FORMATS = ("yyyy-MM-dd", "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy",
                 "d.M.yyyy", "d/M/yyyy", "M/d/yyyy", "d-M-yyyy", "d MMM yy", "d.M.yy", "d/M/yy")
_TIME_FORMATS = ("HH:mm", "H:mm", "h:mm AP", "h:mmAP", "h AP", "hAP")


def parse_typed_date(text: str, locale: QLocale | None = None) -> QDate:
    """The date in what a person typed ("1 Feb 2027", "2027-02-01", "01.02.2027", the locale's
    own short and long forms, "today"), or an invalid QDate."""
    words = " ".join(text.replace(",", " ").split())
    if not words:
        return QDate()
    if words.casefold() == "today":
        return QDate.currentDate()
    locale = locale or QLocale()
    own = [locale.dateFormat(QLocale.FormatType.ShortFormat),
           locale.dateFormat(QLocale.FormatType.LongFormat)]
    # "M/d/yy" read with four-digit years too: people type the whole year.
    own += [f.replace("yy", "yyyy") for f in own if "yyyy" not in f]
    # … and without the weekday of a long form ("dddd, d. MMMM yyyy").
    own += [re.sub(r"d{3,4}[,.\s]*", "", f) for f in own if "ddd" in f]
    formats = [*own, *_DATE_FORMATS]
    for fmt in formats:
        fmt = " ".join(fmt.replace(",", " ").split())
        for loc in (locale, QLocale.c()):
            day = loc.toDate(words, fmt, 1900)
            if day.isValid():
                return day
    return QDate()


def parse_typed_datetime(text: str, locale: QLocale | None = None) -> QDateTime:
    """A typed date with a time ("1 Feb 2027 14:30", "2027-02-01T09:00"), or invalid."""
    words = " ".join(text.replace("T", " ", 1).replace(",", " ").split()) \
        if text[:4].isdigit() else " ".join(text.replace(",", " ").split())
    parts = words.split(" ")
    for cut in (1, 2):  # the time is the last word, or the last two ("2:30 PM")
        if len(parts) <= cut:
            continue
        day = parse_typed_date(" ".join(parts[:-cut]), locale)
        clock = " ".join(parts[-cut:]).upper()
        if day.isValid():
            for fmt in _TIME_FORMATS:
                when = QTime.fromString(clock, fmt)
                if when.isValid():
                    return QDateTime(day, when)
    return QDateTime()


class _TypedDates:
    """Typing a whole date ("1 Feb 2027", ISO, the locale's forms) into a date edit, instead of
    Qt's section-by-section editing, which drops or misplaces what people type. The text is read
    when the field is left; what cannot be read leaves the date as it was."""

    _typed = False

    def _parse(self, text: str) -> QDateTime:
        raise NotImplementedError

    def _type(self, event: QKeyEvent) -> bool:
        """Take a key as plain typing (True), bypassing the sections that would eat spaces and
        letters; the first typed character replaces the whole field."""
        typed = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                           | Qt.KeyboardModifier.KeypadModifier)
        edit: QLineEdit = self.lineEdit()  # type: ignore[attr-defined]
        if typed and typed.isprintable() and plain:
            if not self._typed:
                self._typed = True
                edit.selectAll()
            edit.insert(typed)
        elif self._typed and event.key() == Qt.Key.Key_Backspace:
            edit.backspace()
        elif self._typed and event.key() == Qt.Key.Key_Delete:
            edit.del_()
        else:
            return False
        event.accept()
        return True

    def validate(self, text: str, pos: int) -> Any:  # Qt's stubs differ per class
        if self._typed:
            state = (QValidator.State.Acceptable if self._parse(text).isValid()
                     else QValidator.State.Intermediate)
            return state, text, pos
        return super().validate(text, pos)  # type: ignore[misc]

    def fixup(self, text: str) -> str:
        return text if self._typed else super().fixup(text)  # type: ignore[misc]

    def dateTimeFromText(self, text: str) -> QDateTime:
        if self._typed:
            when = self._parse(text)
            if when.isValid():
                return when
            return self.dateTime()  # type: ignore[attr-defined]
        return super().dateTimeFromText(text)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish_typing()
        elif self._type(event):
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._finish_typing()
        super().focusOutEvent(event)  # type: ignore[misc]

    def _finish_typing(self) -> None:
        if not self._typed:
            return
        when = self._parse(self.lineEdit().text())  # type: ignore[attr-defined]
        self._typed = False
        if when.isValid():
            self.setDateTime(when)  # type: ignore[attr-defined]
        else:  # unreadable: show the date as it was
            self.setDateTime(self.dateTime())  # type: ignore[attr-defined]
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))  # type: ignore[attr-defined]


class DateEdit(_TypedDates, QDateEdit):
    """A date edit that also takes a whole typed date."""

    def _parse(self, text: str) -> QDateTime:
        day = parse_typed_date(text)
        return QDateTime(day, QTime(0, 0)) if day.isValid() else QDateTime()


class DateTimeEdit(_TypedDates, QDateTimeEdit):
    """A date-and-time edit that also takes a typed "1 Feb 2027 14:30"."""

    def _parse(self, text: str) -> QDateTime:
        return parse_typed_datetime(text)


class OptionalDateEdit(DateEdit):
    """A date edit whose lowest date means "Not set"; Delete or Backspace clears it again.

    Stepping or opening the calendar on "Not set" starts from today, not from the sentinel
    year; a typed date replaces "Not set" whole.
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
        if (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and event.modifiers() == NONE and not self._typed):
            self.setDate(self.SENTINEL)
            event.accept()
            return
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
        field: QObject | None = watched
        if isinstance(watched, QComboBox):
            field = watched.lineEdit()
        elif isinstance(watched, QAbstractSpinBox):
            field = watched.findChild(QLineEdit)
        watched_field = field
        if isinstance(watched_field, QPlainTextEdit):
            doc = watched_field.document()
            local = doc.isUndoAvailable() if undo else doc.isRedoAvailable()
        elif isinstance(watched_field, QLineEdit):
            local = watched_field.isUndoAvailable() if undo else watched_field.isRedoAvailable()
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


def chip_style(tone: str) -> str:
    """A rounded chip's style in the colour `tone` (#RRGGBB), on a pale wash of it."""
    c = QColor(tone)
    wash = f"rgba({c.red()}, {c.green()}, {c.blue()}, 28)"
    line = f"rgba({c.red()}, {c.green()}, {c.blue()}, 90)"
    return (f"QLabel {{ color: {tone}; background: {wash}; border: 1px solid {line}; "
            "border-radius: 9px; padding: 1px 10px; font-weight: 600; font-size: 9pt; }")


def tone_chip(label: QLabel, text: str, tone: str) -> None:
    """A rounded status chip in the colour named `tone` ("ACCENT"), on a pale wash of it."""
    from hirefile.ui import theme

    label.setText(text)
    theme.keep_style(label, lambda: chip_style(theme.colour(tone)))


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


def run_modal(dialog: QDialog) -> int:
    """`dialog.exec()`, then the dialog freed once the event loop runs again (its values stay
    readable until then).

    A dialog made with a parent belongs to that parent: closed, it would stay in memory with
    every widget it holds for as long as the parent lives, and the main window lives as long
    as the app. Every modal dialog or message box that is not kept for reuse runs through here.
    """
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
