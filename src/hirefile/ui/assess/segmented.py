"""A segmented control: one choice out of a few, by mouse or keyboard.

Ratings are picked many times per scorecard, so the control is a single tab stop: Tab reaches
it, the digit keys choose directly (1–4 for Strong no … Strong yes, 0 for "not assessed"),
Left/Right step through the choices, Delete clears when "no choice" is allowed. The buttons
inside take no focus of their own; the frame shows the focus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QToolButton, QWidget

from hirefile.domain.vocab import NOT_ASSESSED_LABEL, CheckResult, Rating
from hirefile.ui.common import set_flag

#: (value, label, key, tone): the tone names a colour rule of `style.style_sheet`.
Choice = tuple[Any, str, str, str]

RATING_CHOICES: tuple[Choice, ...] = tuple(
    (r.value, r.label, str(r.value), str(r.value)) for r in Rating)
NOT_ASSESSED: Choice = (None, NOT_ASSESSED_LABEL, "0", "none")
CHECK_CHOICES: tuple[Choice, ...] = (
    (CheckResult.PASS, CheckResult.PASS.label, "p", "4"),
    (CheckResult.PARTIAL, CheckResult.PARTIAL.label, "a", "2"),
    (CheckResult.FAIL, CheckResult.FAIL.label, "f", "1"),
    (CheckResult.NA, CheckResult.NA.label, "n", "none"),
)


class Segmented(QFrame):
    """Choose one of `choices`; `value()` is the chosen value, or None when nothing is."""

    #: The choice changed; the argument is the new value (None for none).
    sig_changed = Signal(object)
    #: The pointer is over a choice (its index), or left them all (-1).
    sig_hovered = Signal(int)

    def __init__(self, choices: Sequence[Choice], parent: QWidget | None = None, *,
                 accessible: str = "", clearable: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("segmented", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible)
        self._clearable = clearable
        self._values = [c[0] for c in choices]
        self._keys = {c[2]: c[0] for c in choices}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.buttons: list[QToolButton] = []
        for i, (_value, text, key, tone) in enumerate(choices):
            b = QToolButton(self)
            b.setText(text)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setToolTip(f"{text} (key {key.upper()})")
            b.setProperty("segment", True)
            b.setProperty("tone", tone)
            b.setProperty("first", i == 0)
            b.setProperty("last", i == len(choices) - 1)
            self.group.addButton(b, i)
            b.installEventFilter(self)
            layout.addWidget(b)
            self.buttons.append(b)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.Leave) and watched in self.buttons:
            self.sig_hovered.emit(self.buttons.index(watched)
                                  if event.type() == QEvent.Type.Enter else -1)
        return False

    def value_at(self, index: int) -> Any:
        return self._values[index]

    def value(self) -> Any:
        i = self.group.checkedId()
        return self._values[i] if i >= 0 else None

    def has_key(self, key: str) -> bool:
        """Whether a key (a digit, a letter) chooses something here."""
        return key.lower() in self._keys

    def value_for_key(self, key: str) -> Any:
        """The value a key chooses (see `has_key`)."""
        return self._keys[key.lower()]

    def has_choice(self) -> bool:
        return self.group.checkedId() >= 0

    def set_value(self, value: Any, *, notify: bool = False) -> None:
        """Check the button of `value`; a value not offered (or None, if not offered) clears."""
        index = self._values.index(value) if value in self._values else -1
        before = self.group.checkedId()
        if index < 0:
            self.group.setExclusive(False)
            for b in self.buttons:
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[index].setChecked(True)
        if notify and before != index:
            self.sig_changed.emit(self.value())

    def set_invalid(self, on: bool) -> None:
        set_flag(self, "invalid", on)

    def _clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.sig_changed.emit(self._values[index])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().lower()
        if text and text in self._keys:
            self.set_value(self._keys[text], notify=True)
            return
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            current = self.group.checkedId()
            step = -1 if key == Qt.Key.Key_Left else 1
            start = (0 if step > 0 else len(self._values) - 1) if current < 0 else current + step
            if 0 <= start < len(self._values):
                self.set_value(self._values[start], notify=True)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._clearable:
            self.set_value(object(), notify=True)  # a value never offered: clears
            return
        super().keyPressEvent(event)


def rating_picker(parent: QWidget | None = None, *, not_assessed: bool = True,
                  accessible: str = "") -> Segmented:
    """Strong no / No / Yes / Strong yes, and "Not assessed" (key 0) when `not_assessed`.

    Without it (the overall recommendation) nothing is chosen until the person chooses, and
    Delete clears the choice again.
    """
    choices = (*RATING_CHOICES, NOT_ASSESSED) if not_assessed else RATING_CHOICES
    return Segmented(choices, parent, accessible=accessible, clearable=not not_assessed)


def check_picker(parent: QWidget | None = None, *, accessible: str = "") -> Segmented:
    """Pass / Partial / Fail / n.a. for one item of the portfolio checklist (keys P A F N)."""
    return Segmented(CHECK_CHOICES, parent, accessible=accessible)
