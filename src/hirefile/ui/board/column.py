"""One board column: a header with the stage and its count over a list of cards.

The list is a `QListView` with uniform item sizes over a `ColumnModel`, so only the cards on
screen are read and painted. Keys that act on cards (advance, reject, withdrew, open, change
column) are turned into signals here; the board decides what they do.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.vocab import StageKind
from hirefile.services.board import Column
from hirefile.ui import theme
from hirefile.ui.board import style
from hirefile.ui.board.delegate import CardDelegate
from hirefile.ui.board.model import ColumnModel, DropHandler, Fetch, decode_drag
from hirefile.ui.text import isolate

Key = Qt.Key
Mod = Qt.KeyboardModifier

#: What a key press on a card asks for, by (key, modifiers).
ACTION_KEYS: dict[tuple[Key, Mod], str] = {
    (Key.Key_Right, Mod.ControlModifier): "advance",
    (Key.Key_A, Mod.NoModifier): "advance",
    (Key.Key_R, Mod.NoModifier): "reject",
    (Key.Key_W, Mod.NoModifier): "withdrew",
    (Key.Key_Return, Mod.NoModifier): "open",
    (Key.Key_Enter, Mod.NoModifier): "open",
}


def column_key(column: Column) -> str:
    """A column's identity: its stage for one role, its name and kind across roles."""
    return column.stage_id or f"{column.name}\x1f{column.kind.value}"


class CardList(QListView):
    """The cards of a column, with the board's keys and a highlight while a drag hovers."""

    #: An action on the selected cards: "advance", "reject", "withdrew" or "open".
    sig_action = Signal(str)
    #: Left (-1) or Right (+1): go to the neighbouring column.
    sig_step = Signal(int)
    #: The list took the keyboard focus (it becomes the board's current column).
    sig_focused = Signal()
    #: A drag from another column entered (True) or left (False) the list.
    sig_drag_hover = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardList")
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        bar = self.verticalScrollBar()
        bar.setObjectName("cardScroll")  # styled by name (style.py): polish again to match
        bar.style().unpolish(bar)
        bar.style().polish(bar)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_text = "No one here"

    def keyboardSearch(self, search: str) -> None:
        """Off: type-ahead would read the name of every card in a column of thousands."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Mod.KeypadModifier
        key = Key(event.key())
        action = ACTION_KEYS.get((key, mods))
        if action is not None:
            self.sig_action.emit(action)
            event.accept()
            return
        if key in (Key.Key_Left, Key.Key_Right) and mods == Mod.NoModifier:
            self.sig_step.emit(-1 if key == Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.sig_focused.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self.sig_drag_hover.emit(event.isAccepted())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        model = self.model()
        decoded = decode_drag(event.mimeData())
        if decoded is not None and isinstance(model, ColumnModel) and decoded[0] != model.key:
            event.acceptProposedAction()  # anywhere in the list, not only on a card
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self.sig_drag_hover.emit(False)

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.sig_drag_hover.emit(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(theme.FAINT))
            area = QRect(0, 8, self.viewport().width(), 40)
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.empty_text)
            painter.end()


class BoardColumn(QFrame):
    """A stage on the board: its name and count, and its cards (the drop target)."""

    def __init__(self, info: Column, fetch: Fetch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardColumn")
        self.info = info
        self.key = column_key(info)
        self.setProperty("exit", info.kind.is_exit)
        self.setProperty("hired", info.kind is StageKind.HIRED)
        self.setProperty("dropTarget", False)
        self.setFixedWidth(style.COLUMN_WIDTH)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 10, 2, 4)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.setContentsMargins(12, 0, 10, 0)
        header.setSpacing(6)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("columnName")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("columnCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setMinimumHeight(20)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.count_label, 0)
        layout.addLayout(header)
        self.model = ColumnModel(self.key, fetch, self)
        self.view = CardList(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view, muted=info.kind.is_exit))
        self.view.empty_text = "No one here" if not info.kind.is_exit else "No one has left here"
        self.view.sig_drag_hover.connect(self.set_drop_highlight)
        layout.addWidget(self.view, 1)
        self.drop_handler: DropHandler | None = None
        #: True once the board read this column's ids for the current filter.
        self.loaded = False
        self.set_info(info)

    def set_info(self, info: Column) -> None:
        """New count (and name) for the header."""
        self.info = info
        self.name_label.setText(info.name)
        self.count_label.setText(f"{info.count:,}")
        kind = "" if info.kind is StageKind.ACTIVE else f" ({info.kind.label.lower()})"
        self.name_label.setToolTip(f"{info.count:,} in {isolate(info.name)}{kind}. "
                                   "Drop cards here to move them.")
        self.count_label.setToolTip(self.name_label.toolTip())
        self.view.setAccessibleName(f"{info.name}: {info.count:,} candidates")
        self.view.setAccessibleDescription(f"The cards in the {info.name} stage{kind}")

    def set_drop_handler(self, handler: DropHandler) -> None:
        self.drop_handler = handler
        self.model.drop_handler = handler

    def set_drop_highlight(self, on: bool) -> None:
        if bool(self.property("dropTarget")) == on:
            return
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    # drops on the header (the list handles its own through the model) -------------------------

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        decoded = decode_drag(event.mimeData())
        return decoded is not None and decoded[0] != self.key

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
            self.set_drop_highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.set_drop_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.set_drop_highlight(False)
        decoded = decode_drag(event.mimeData())
        if decoded is None or decoded[0] == self.key or self.drop_handler is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, -1, -1,
                                self.model.index(-1, -1))

    # selection ---------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The selected applications in column order, else the current one."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def show_ids(self, ids: list[str], *, changed: Collection[str] | None = None) -> None:
        """Show a new id list, keeping the selection, current card and scroll where they still
        make sense (cards that left simply drop out of the selection). `changed`: the only
        applications that changed (a move); the cards of the others are not read again."""
        view, model = self.view, self.model
        current_id = model.id_at(view.currentIndex().row())
        kept = [model.id_at(i.row()) for i in view.selectionModel().selectedIndexes()]
        scroll = view.verticalScrollBar().value()
        model.set_ids(ids, changed=changed)
        view.doItemsLayout()
        view.verticalScrollBar().setValue(scroll)
        rows = [r for r in (model.row_of(i) for i in kept if i) if r is not None]
        if rows:
            self._select_rows(rows)
        current = model.row_of(current_id) if current_id else None
        if current is not None:
            view.selectionModel().setCurrentIndex(model.index(current, 0),
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)

    def select(self, *, ids: Collection[str] = (), row: int | None = None) -> bool:
        """Select these cards (or the card at `row`, clamped), make the first current and
        scroll to it; False when none of them is in the column."""
        model = self.model
        rows = sorted(r for r in (model.row_of(i) for i in ids) if r is not None)
        if not rows and row is not None and model.rowCount():
            rows = [max(0, min(row, model.rowCount() - 1))]
        if not rows:
            return False
        self._select_rows(rows)
        index = model.index(rows[0], 0)
        self.view.selectionModel().setCurrentIndex(index,
                                                   QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def clear_selection(self) -> None:
        self.view.selectionModel().clearSelection()

    def first_selected_row(self) -> int:
        rows = [i.row() for i in self.view.selectionModel().selectedIndexes()]
        return min(rows) if rows else self.view.currentIndex().row()

    def _select_rows(self, rows: Iterable[int]) -> None:
        """Select `rows` as few ranges (a selection of thousands stays cheap)."""
        selection = QItemSelection()
        for first, last in _runs(rows):
            selection.select(self.model.index(first, 0), self.model.index(last, 0))
        self.view.selectionModel().select(selection,
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def row_near(self, y: int) -> int:
        """The row shown at height `y` (to land beside the card one came from), else the last."""
        index = self.view.indexAt(QPoint(20, max(0, y)))
        return index.row() if index.isValid() else self.model.rowCount() - 1


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive rows as (first, last) pairs: [1, 2, 3, 7] → [(1, 3), (7, 7)]."""
    out: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if out and row == out[-1][1] + 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out
