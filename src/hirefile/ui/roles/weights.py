"""The Axis weights tab: how much each axis counts in a role's weighted debrief score.

Weights are relative (0–100 each); the bars show what they mean once normalised, live, so a
founder sees "Theory is 35 % of the score" rather than doing the sum. Apply is one
`SetWeights` undo step. Built in code: five identical rows are clearer as a loop than a form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.vocab import Axis
from hirefile.errors import HirefileError
from hirefile.services.workspace import Workspace
from hirefile.ui.commands import apply
from hirefile.ui.commands.roles import SetWeights
from hirefile.ui.common import pass_undo_through, show_text
from hirefile.ui.roles.bars import WeightBars

_MNEMONIC = {Axis.ML_PRACTICE: "ML &practice", Axis.SOFTWARE: "&Software engineering",
             Axis.THEORY: "ML t&heory and math", Axis.SYSTEMS: "ML s&ystems architecture",
             Axis.CULTURE: "&Culture and collaboration"}
_ALL_ZERO = "Give at least one axis a weight above zero: the score needs something to weigh."


class WeightsPanel(QWidget):
    """Five sliders with spin boxes, live normalised bars, Apply and Revert."""

    #: Whether the sliders differ from the stored weights (bool).
    sig_dirty_changed = Signal(bool)

    def __init__(self, db: Workspace, stack: QUndoStack, notify: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._stack, self._notify = db, stack, notify
        self._role_id: str | None = None
        self._stored: dict[Axis, int] = {axis: 0 for axis in Axis}
        self._dirty = False
        self.sliders: dict[Axis, QSlider] = {}
        self.spins: dict[Axis, QSpinBox] = {}
        intro = QLabel("How much each skill axis counts in this role's weighted debrief "
                       "score. Weights are relative: 30 and 30 count the same as 50 and 50.",
                       self)
        intro.setWordWrap(True)
        intro.setProperty("kind", "hint")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        for row, axis in enumerate(Axis):
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(0, 100)
            slider.setPageStep(10)
            slider.setAccessibleName(axis.label)
            spin = QSpinBox(self)
            spin.setRange(0, 100)
            spin.setAccessibleName(f"{axis.label} weight")
            label = QLabel(_MNEMONIC[axis], self)
            label.setBuddy(slider)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(spin, row, 2)
            slider.valueChanged.connect(spin.setValue)
            spin.valueChanged.connect(slider.setValue)
            spin.valueChanged.connect(self._changed)
            self.sliders[axis], self.spins[axis] = slider, spin
        grid.setColumnStretch(1, 1)
        share_title = QLabel("Share of the score", self)
        share_title.setProperty("kind", "sectionTitle")
        self.bars = WeightBars(self)
        self.bars.set_row_height(self.spins[Axis.CULTURE].sizeHint().height()
                                 + grid.verticalSpacing())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("kind", "fieldError")
        self.message.hide()
        self.revert_button = QPushButton("Revert", self)
        self.apply_button = QPushButton("&Apply weights", self)
        self.apply_button.setDefault(True)
        weight_title = QLabel("Relative weight", self)
        weight_title.setProperty("kind", "sectionTitle")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(weight_title)
        left.addLayout(grid)
        left.addSpacing(6)
        left.addLayout(buttons)
        left.addWidget(self.message)
        right = QVBoxLayout()
        right.setSpacing(10 - grid.verticalSpacing() // 2)
        right.addWidget(share_title)
        right.addWidget(self.bars)
        right.addStretch(1)
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(40)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self._columns = columns
        self._left, self._right = left, right
        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addStretch(1)
        prev: QWidget | None = None
        for axis in Axis:
            for w in (self.sliders[axis], self.spins[axis]):
                if prev is not None:
                    QWidget.setTabOrder(prev, w)
                prev = w
        assert prev is not None
        QWidget.setTabOrder(prev, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.apply_button)
        self._undo_filter = pass_undo_through(self.spins.values(), self)
        self.apply_button.clicked.connect(self.apply_weights)
        self.revert_button.clicked.connect(lambda: self.set_weights(self._role_id,
                                                                    self._stored))
        self._changed()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the sliders alone: the share moves below them when the panel is
        narrower than both side by side (so a hidden tab never widens the workspace)."""
        hint = super().minimumSizeHint()
        margins = self._outer.contentsMargins()
        stacked = (max(self._left.minimumSize().width(), self._right.minimumSize().width())
                   + margins.left() + margins.right())
        return QSize(min(hint.width(), stacked), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The share of the score sits beside the sliders when both fit (their least widths
        and the gap between them), and below them when not: on a small laptop the role's
        workspace is narrower than the two side by side, and squeezed they cut the axes'
        names and flatten the sliders."""
        super().resizeEvent(event)
        margins = self._outer.contentsMargins()
        beside = (self._left.minimumSize().width() + self._columns.spacing()
                  + self._right.minimumSize().width() + margins.left() + margins.right())
        wanted = (QBoxLayout.Direction.LeftToRight if event.size().width() >= beside
                  else QBoxLayout.Direction.TopToBottom)
        if self._columns.direction() != wanted:
            self._columns.setDirection(wanted)
            self._columns.setSpacing(40 if wanted == QBoxLayout.Direction.LeftToRight else 18)

    def set_weights(self, role_id: str | None, weights: dict[Axis, int]) -> None:
        """Show a role's stored weights (what Revert and every refresh come back to); weights
        being changed for the same role stay as they are until applied or reverted."""
        editing = (role_id is not None and role_id == self._role_id
                   and self.values() != self._stored)
        self._role_id, self._stored = role_id, dict(weights)
        if editing:
            self._changed()
            return
        for axis, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(int(weights.get(axis, 0)))
            spin.blockSignals(False)
            self.sliders[axis].blockSignals(True)
            self.sliders[axis].setValue(int(weights.get(axis, 0)))
            self.sliders[axis].blockSignals(False)
        show_text(self.message, "")
        self._changed()

    def values(self) -> dict[Axis, int]:
        return {axis: spin.value() for axis, spin in self.spins.items()}

    def is_dirty(self) -> bool:
        return self._dirty

    def _changed(self, *_args: object) -> None:
        values = self.values()
        self.bars.set_weights(values)
        dirty = self._role_id is not None and values != self._stored
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if sum(values.values()) == 0 and self._role_id is not None:
            show_text(self.message, _ALL_ZERO)
        elif self.message.text() == _ALL_ZERO:
            show_text(self.message, "")
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_dirty_changed.emit(dirty)

    def apply_weights(self) -> bool:
        """Push `SetWeights`; the service refuses all-zero weights with its own message."""
        if self._role_id is None:
            return False
        after = self.values()
        if after == self._stored:
            return True
        try:
            apply(self._stack, SetWeights(self._db, self._notify, self._role_id,
                                          self._stored, after))
        except HirefileError as exc:
            show_text(self.message, exc.message)
            return False
        self.set_weights(self._role_id, after)
        return True
