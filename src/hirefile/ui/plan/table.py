"""The plan's table: a row is dropped, or moved with Alt+Up and Alt+Down, by asking for the
move (`sig_moved`) rather than moving items itself; the dialog then reads the plan again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableWidget, QWidget

from hirefile.ui.common import OptionalDateEdit

#: The item data role holding a row's target start (a `date` or None).
DATE_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class PlanTable(QTableWidget):
    """Rows in plan order; `sig_moved(from_row, to_row)` asks for a move."""

    sig_moved = Signal(int, int)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentRow()
        target = self.rowAt(event.position().toPoint().y())
        if target < 0:
            target = self.rowCount() - 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0 and target != source:
            self.sig_moved.emit(source, target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and row >= 0 and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            to = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
            if 0 <= to < self.rowCount():
                self.sig_moved.emit(row, to)
            event.accept()
            return
        super().keyPressEvent(event)


class DateDelegate(QStyledItemDelegate):
    """Edits a target start in place; a change is asked for (`sig_date(row, date)`), not
    written into the table."""

    sig_date = Signal(int, object)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        return OptionalDateEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        editor.set_value(index.data(DATE_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        value: date | None = editor.value()
        if value != index.data(DATE_ROLE):
            self.sig_date.emit(index.row(), value)
