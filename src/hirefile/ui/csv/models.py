"""The import dialog's two tables: what each CSV column becomes, and the rows as they will be
imported.

`MappingModel` is edited in place (column "Import as"); `MappingDelegate` draws that cell as a
combo box at all times, so the person sees at a glance that it can be changed, and opens a real
one to change it. `PreviewModel` holds plain `PreviewRow`s the dialog computes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from hirefile.domain.csv_layouts import TARGETS
from hirefile.services.csv_import import CsvTable
from hirefile.ui import theme

AnyIndex = QModelIndex | QPersistentModelIndex
COL_HEADER, COL_TARGET, COL_SAMPLE = range(3)
SAMPLES = 3


def one_line(text: str) -> str:
    """A cell value on one line: line breaks of multi-line fields shown as ⏎."""
    return " ⏎ ".join(part.strip() for part in text.strip().splitlines() if part.strip())


class MappingModel(QAbstractTableModel):
    """One row per CSV column: its header, the target it maps to, a few sample values."""

    #: The person changed what a column maps to; no arguments (read `mapping`).
    sig_mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._targets: list[str] = []
        self._samples: list[str] = []

    def set_table(self, table: CsvTable | None, mapping: list[str] | None = None) -> None:
        self.beginResetModel()
        if table is None:
            self._headers, self._targets, self._samples = [], [], []
        else:
            self._headers = [h or f"(column {i + 1})" for i, h in enumerate(table.headers)]
            self._targets = list(mapping or ["ignore"] * len(table.headers))
            self._samples = []
            for i in range(len(table.headers)):
                values: list[str] = []
                for r in table.rows:  # the first few only: a file may have 200,000 rows
                    if i < len(r) and r[i].strip():
                        values.append(one_line(r[i]))
                        if len(values) == SAMPLES:
                            break
                self._samples.append("  ·  ".join(values))
        self.endResetModel()

    @property
    def mapping(self) -> list[str]:
        return list(self._targets)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_HEADER:
                return self._headers[row]
            if col == COL_TARGET:
                return TARGETS[self._targets[row]]
            return self._samples[row] or ("(empty)" if role == Qt.ItemDataRole.DisplayRole
                                          else None)
        if role == Qt.ItemDataRole.EditRole and col == COL_TARGET:
            return self._targets[row]
        muted = col == COL_SAMPLE or (col == COL_TARGET and self._targets[row] == "ignore")
        if role == Qt.ItemDataRole.ForegroundRole and muted:
            return QColor(theme.MUTED)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != COL_TARGET
                or role != Qt.ItemDataRole.EditRole or value not in TARGETS):
            return False
        if self._targets[index.row()] == value:
            return True
        self._targets[index.row()] = value
        self.dataChanged.emit(index, index)
        self.sig_mapping_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = ("Column in the file", "Import as", "Sample values")
        return titles[section] if 0 <= section < 3 else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class MappingDelegate(QStyledItemDelegate):
    """The "Import as" cell: painted as a combo box, edited with a real one."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for key, label in TARGETS.items():
            combo.addItem(label, key)
        combo.setAccessibleName("Import as")
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: AnyIndex) -> None:
        editor.setGeometry(option.rect.adjusted(2, 2, -2, -2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            widget)
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.currentText = str(index.data() or "")
        box.palette = option.palette
        box.frame = True
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)


# the preview ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PreviewRow:
    """One CSV row as it will be imported; `tone` is "problem", "duplicate" or "new"."""

    line: int
    name: str
    email: str
    source: str
    role: str
    stage: str
    status: str
    tone: str


PREVIEW_COLUMNS = ("Line", "Name", "E-mail", "Source", "Role", "Stage", "Will be")
_TONES = {"problem": theme.RED, "duplicate": theme.AMBER, "new": theme.GREEN}


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, as the import will treat them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PREVIEW_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        values = (str(r.line), r.name, r.email, r.source, r.role, r.stage, r.status)
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return values[col] if role == Qt.ItemDataRole.DisplayRole else values[col] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == len(values) - 1 or (r.tone == "problem" and col == 1):
                return QColor(_TONES[r.tone])
            if col == 0:
                return QColor(theme.FAINT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return PREVIEW_COLUMNS[section] if 0 <= section < len(PREVIEW_COLUMNS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
