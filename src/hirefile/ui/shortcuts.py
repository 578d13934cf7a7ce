"""Help → Keyboard Shortcuts: every key the window answers to, generated from its actions
(`palette.window_commands`) and the board's card keys (`board.column.ACTION_KEYS`), grouped
by where they work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem

from hirefile.domain.names import fold
from hirefile.ui.generated.ui_keyboard_shortcuts import Ui_KeyboardShortcutsDialog
from hirefile.ui.palette import window_commands

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

#: What each of the board's card keys does (`ACTION_KEYS` names the keys).
CARD_KEYS = {"advance": "Move the selected cards to the next stage",
             "reject": "Reject the selected cards…",
             "withdrew": "Mark the selected cards as withdrawn…",
             "open": "Open the candidate's record"}
BOARD = "Pipeline board (a card selected)"


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(where, action, keys) for every action with keys, in menu order, then the board's
    card keys."""
    rows = [(c.where.split(" → ")[0], c.title, c.keys)
            for c in window_commands(window) if c.keys]
    from hirefile.ui.board.column import ACTION_KEYS

    keys: dict[str, list[str]] = {}
    for (key, mods), name in ACTION_KEYS.items():
        text = QKeySequence(mods.value | key.value).toString(
            QKeySequence.SequenceFormat.NativeText)
        keys.setdefault(name, []).append(text)
    rows += [(BOARD, CARD_KEYS.get(name, name), " or ".join(texts))
             for name, texts in keys.items()]
    rows.append((BOARD, "The previous or next column", "Left or Right"))
    return rows


class KeyboardShortcutsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.form = Ui_KeyboardShortcutsDialog()
        self.form.setupUi(self)
        tree = self.form.tree
        groups: dict[str, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        for where, title, keys in shortcut_rows(window):
            if where not in groups:
                group = QTreeWidgetItem(tree, [where])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[where] = (group, [])
            group, items = groups[where]
            items.append(QTreeWidgetItem(group, [title, keys]))
        #: Each place's header and its shortcuts, in order.
        self.groups = list(groups.values())
        tree.expandAll()
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.form.filterEdit.textChanged.connect(self.filter)

    def filter(self, text: str) -> None:
        """Show the shortcuts whose action, keys or place has every typed word."""
        words = fold(text).split()
        for group, items in self.groups:
            shown = 0
            for item in items:
                hay = fold(f"{group.text(0)} {item.text(0)} {item.text(1)}")
                hide = not all(w in hay for w in words)
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(where, action, keys) as listed now."""
        return [(group.text(0), item.text(0), item.text(1)) for group, items in self.groups
                if not group.isHidden() for item in items if not item.isHidden()]
