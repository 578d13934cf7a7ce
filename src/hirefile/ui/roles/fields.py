"""Two editing widgets the role form needs and Qt lacks (promoted in forms/role_editor.ui).

`StringListEdit` edits a short ordered list (must-haves, nice-to-haves): type and press Enter,
drag or Ctrl+Up/Down to reorder, Delete to remove, double-click to reword. `OptionalDateEdit`
is a date that may be "not set", which QDateEdit cannot express on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.roles import clean_list
from hirefile.ui.roles.common import KeyHandler

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


class StringListEdit(QWidget):
    """A line edit with Add over a reorderable list; `sig_changed` after every change."""

    #: The items changed (added, removed, reworded or reordered); no arguments.
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText("Type one and press Enter")
        self.add_button = QPushButton("Add", self)
        self.add_button.setEnabled(False)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMinimumHeight(120)
        self.view.setToolTip("Drag or Ctrl+Up/Down to reorder, F2 to reword, Delete to remove")
        self.count_label = QLabel(self)
        self.count_label.setProperty("kind", "hint")
        self.remove_button = QToolButton(self)
        self.remove_button.setText("Remove")
        self.up_button = QToolButton(self)
        self.up_button.setText("↑")
        self.up_button.setAccessibleName("Move up")
        self.up_button.setToolTip("Move up (Ctrl+Up)")
        self.down_button = QToolButton(self)
        self.down_button.setText("↓")
        self.down_button.setAccessibleName("Move down")
        self.down_button.setToolTip("Move down (Ctrl+Down)")
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setAutoRaise(True)

        entry_row = QHBoxLayout()
        entry_row.setSpacing(6)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        tools = QHBoxLayout()
        tools.setSpacing(2)
        tools.addWidget(self.count_label, 1)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.up_button)
        tools.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(entry_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(tools)
        self.setFocusProxy(self.entry)
        QWidget.setTabOrder(self.entry, self.add_button)
        QWidget.setTabOrder(self.add_button, self.view)
        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        self.entry.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.entry.returnPressed.connect(self.add_current)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.rowsMoved, self.model.modelReset):
            signal.connect(self._changed)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        KeyHandler(self.view, {
            (Qt.Key.Key_Delete, NONE): self.remove_selected,
            (Qt.Key.Key_Up, CTRL): lambda: self.move_selected(-1),
            (Qt.Key.Key_Down, CTRL): lambda: self.move_selected(1),
        })

    # the list -----------------------------------------------------------------------------

    def set_noun(self, noun: str) -> None:
        """Name what the list holds ("must-have") in its placeholder and accessible names."""
        self.entry.setPlaceholderText(f"Add a {noun} and press Enter")
        self.entry.setAccessibleName(f"New {noun}")
        self.view.setAccessibleName(f"{noun.capitalize()}s")
        self.add_button.setAccessibleName(f"Add {noun}")
        self.remove_button.setAccessibleName(f"Remove {noun}")

    def items(self) -> list[str]:
        return list(self.model.stringList())

    def set_items(self, items: list[str]) -> None:
        self.model.setStringList(list(items))

    def add_current(self) -> None:
        """Add what was typed at the end; a duplicate is selected instead of added twice."""
        text = " ".join(self.entry.text().split())
        if not text:
            return
        existing = [s.casefold() for s in self.items()]
        if text.casefold() in existing:
            row = existing.index(text.casefold())
        else:
            row = self.model.rowCount()
            self.model.insertRows(row, 1)
            self.model.setData(self.model.index(row), text)
        self.view.setCurrentIndex(self.model.index(row))
        self.entry.clear()

    def remove_selected(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRows(row, 1)

    def move_selected(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(),
                            target + 1 if delta > 0 else target)

    def _changed(self, *_args: object) -> None:
        self._update_buttons()
        self.sig_changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        n = len(clean_list(self.items()))
        self.count_label.setText("None yet" if n == 0 else "1 item" if n == 1 else f"{n} items")
        row = self.view.currentIndex().row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
