"""The question bank as a table: a few hundred rows, filtered by the service in SQL and sorted
by a QSortFilterProxyModel (fine at this size; the big lists sort in SQL instead). How often
and when last each question was asked is counted in SQL for the whole bank at once
(`services.question_use`); the proxy sorts those columns by number and date."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from hirefile.domain.names import fold
from hirefile.services.question_use import QuestionUse
from hirefile.services.questions import QuestionData
from hirefile.ui import theme

Index = QModelIndex | QPersistentModelIndex
COL_TEXT, COL_AXIS, COL_TRACK, COL_ORIGIN, COL_STATUS, COL_ASKED, COL_LAST = range(7)
HEADERS = ("Question", "Axis", "Track", "Origin", "Status", "Asked", "Last asked")
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class QuestionBankModel(QAbstractTableModel):
    """One row per question; `QUESTION_ROLE` gives the `QuestionData` of a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[QuestionData] = []
        self.use: Mapping[str, QuestionUse] = {}
        self.today = date.today()

    def set_rows(self, rows: Sequence[QuestionData],
                 use: Mapping[str, QuestionUse] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.use = use or {}
        self.today = date.today()
        self.endResetModel()

    def use_of(self, q: QuestionData) -> QuestionUse:
        return self.use.get(q.id) or QuestionUse(q.id)

    def row_of(self, question_id: str | None) -> int:
        return next((i for i, q in enumerate(self.rows) if q.id == question_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return HEADERS[section]
        return None

    def _text(self, q: QuestionData, column: int) -> str:
        if column == COL_TEXT:
            return q.text
        if column == COL_AXIS:
            return q.axis.label
        if column == COL_TRACK:
            return q.track.label if q.track else "Any track"
        if column == COL_ORIGIN:
            return "Built-in" if q.builtin else "Yours"
        if column == COL_ASKED:
            asked = self.use_of(q).asked
            return f"{asked}×" if asked else "Never"
        if column == COL_LAST:
            return self.use_of(q).last_text(self.today)
        return "Retired" if q.retired else "In use"

    def _sort_key(self, q: QuestionData, column: int) -> object:
        use = self.use_of(q)
        if column == COL_ASKED:
            return use.asked
        if column == COL_LAST:
            return use.last.toordinal() if use.last else 0
        return fold(self._text(q, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        q = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(q, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TEXT, COL_AXIS, COL_TRACK):
            return self._text(q, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ASKED, COL_LAST):
            return self.use_of(q).text(self.today)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ASKED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            if q.retired:
                return QColor(theme.FAINT)
            if column == COL_ASKED and self.use_of(q).often:
                return QColor(theme.AMBER)
            if column in (COL_TRACK, COL_ORIGIN, COL_STATUS):
                return QColor(theme.MUTED)
        if role == SORT_ROLE:
            return self._sort_key(q, column)
        if role == QUESTION_ROLE:
            return q
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
