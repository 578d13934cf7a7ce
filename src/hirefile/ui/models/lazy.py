"""A table model for lists of tens of thousands of rows: ids in memory, rows on demand.

Measured here: a `QSortFilterProxyModel` takes seconds to sort 50,000 Python rows, while SQLite
returns 50,000 ids in order in ~15 ms and a page of 200 rows in well under a millisecond. So
the model holds only the ordered ids; `sort()` and filters ask SQL for a new id list, and
`data()` fetches the page of rows around what the view paints (one query per page, one short
read session each), keeping a bounded number of pages. Views showing it use fixed row heights
so Qt never asks for every row.

Scrolling (bench_gui, 50,000 rows, a screenful a frame): a frame that waited for a page read
took 15-35 ms against 3-8 ms for one that did not. So the page past the last row painted, in
the direction the list moves, is read when the event loop is next idle (a zero timer, after the
frame is on screen), and the frame that shows it finds it cached. Only the pages around what is
shown are kept (MAX_PAGES): opening records all over the list kept up to 60 pages of rows
alive, +2.4 MB over 700 records opened (bench_memory).

`PageCache` is that cache and read-ahead alone, for every lazy list: the tables here and the
board's columns (ui/board/model.py, a `QStringListModel` so that Qt counts its rows in C++).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.models.columns import Column, cell_role_value

AnyIndex = QModelIndex | QPersistentModelIndex
#: Reads the rows of these ids (one query or two, one short read session), by id.
ReadRows = Callable[[Sequence[str]], Mapping[str, Any]]
_NONE = 1 << 62  # no row asked for yet


class PageCache(QObject):
    """The rows of an ordered list of ids, read a page at a time as a view asks for them, and
    the page past what was just shown read ahead while the event loop is idle.

    A page is read in one idle turn of the event loop (or, when the list jumps, inside the
    frame that shows it): 50 rows, ~3 ms at 50,000, more than two screens of a tall window.
    Kept: the pages on screen, the one read ahead, and a few the list was just at (back and
    forth): 400 rows at most, ~0.6 MB."""

    PAGE_SIZE = 50
    MAX_PAGES = 8

    def __init__(self, read: ReadRows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self.ids: list[str] = []
        self._pages: OrderedDict[int, Mapping[str, Any]] = OrderedDict()
        #: Rows read before a change that the change left as they were, by id: a page
        #: reads only the others.
        self._kept: Mapping[str, Any] = {}
        # rows asked for since the read-ahead last ran, and the span shown before them
        self._lo, self._hi, self._shown = _NONE, -1, (0, 0)
        self._ahead_due = False
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(0)
        self._ahead.timeout.connect(self._read_ahead)

    def reset(self, ids: list[str], *, kept: Mapping[str, Any] | None = None) -> None:
        """A new list of ids; nothing read yet but `kept`, rows known to be as they were."""
        self.ids = ids
        self._kept = kept or {}
        self.clear()
        self._ahead.stop()
        self._ahead_due, self._lo, self._hi = False, _NONE, -1

    def clear(self) -> None:
        """The same ids, every row read again when next asked for."""
        self._pages.clear()

    def row(self, row: int) -> Any | None:
        """The row at `row` (None when out of range or gone from the file), its page read now
        when not cached; the page ahead is read after the frame."""
        if not 0 <= row < len(self.ids):
            return None
        if row < self._lo:
            self._lo = row
        if row > self._hi:
            self._hi = row
        page = row // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self.fetch(page)
        else:
            self._pages.move_to_end(page)
        if not self._ahead_due:
            self._ahead_due = True
            self._ahead.start()
        return rows.get(self.ids[row])

    def cached(self, row_id: str) -> Any | None:
        """A row already read, reading nothing."""
        for rows in self._pages.values():
            if row_id in rows:
                return rows[row_id]
        return None

    def rows_read(self) -> dict[str, Any]:
        """Every row held now, by id."""
        held: dict[str, Any] = {}
        for rows in self._pages.values():
            held.update(rows)
        return held

    @property
    def pages(self) -> list[int]:
        return list(self._pages)

    def _read_ahead(self) -> None:
        """After a frame is painted, when the event loop is idle: read the page past the rows
        just shown, the way the list moved."""
        self._ahead_due = False
        if self._hi < 0:
            return
        forward = self._hi >= self._shown[1]
        first, last = self._lo // self.PAGE_SIZE, self._hi // self.PAGE_SIZE
        self._shown = (self._lo, self._hi)
        self._lo, self._hi = _NONE, -1
        page = last + 1 if forward else first - 1
        if 0 <= page * self.PAGE_SIZE < len(self.ids) and page not in self._pages:
            self.fetch(page)

    def fetch(self, page: int) -> Mapping[str, Any]:
        """Read page `page` (the rows `kept` are not read again) and keep it."""
        ids = self.ids[page * self.PAGE_SIZE:(page + 1) * self.PAGE_SIZE]
        kept = self._kept
        rows = {i: kept[i] for i in ids if i in kept}
        missing = [i for i in ids if i not in rows]
        if missing:
            rows.update(self._read(missing))
        self._pages[page] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows


class LazyTableModel(QAbstractTableModel):
    """Base of the big lists. Subclasses give `columns`, `query_ids` and `query_rows`."""

    PAGE_SIZE = PageCache.PAGE_SIZE
    MAX_PAGES = PageCache.MAX_PAGES

    columns: Sequence[Column] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Workspace | None = None
        self.cache = PageCache(self._read_rows, self)
        self._sort_column = 0
        self._descending = False

    # what subclasses provide -----------------------------------------------------------------

    def query_ids(self, session: Unit, sort: str, descending: bool) -> list[str]:
        raise NotImplementedError

    def query_rows(self, session: Unit, ids: Sequence[str]) -> dict[str, Any]:
        raise NotImplementedError

    # loading ---------------------------------------------------------------------------------

    @property
    def _ids(self) -> list[str]:
        return self.cache.ids

    def set_database(self, db: Workspace | None, *, refresh: bool = True) -> None:
        self._db = db
        if refresh or db is None:
            self.refresh()

    def refresh(self) -> None:
        """Ask SQL again for the ids (after a change, a new filter or sort)."""
        self.beginResetModel()
        self.cache.reset(self._load_ids() if self._db is not None else [])
        self.endResetModel()

    def refresh_rows(self) -> None:
        """The same ids, their rows read again when next painted (a change that moves no row
        in or out of the list nor in its order): only the rows on screen are read."""
        self.cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.columns) - 1))

    def _load_ids(self) -> list[str]:
        assert self._db is not None
        sort = self.columns[self._sort_column].sort or self._first_sortable()
        with self._db.reader() as s:
            return self.query_ids(s, sort, self._descending)

    def _read_rows(self, ids: Sequence[str]) -> Mapping[str, Any]:
        if self._db is None:
            return {}
        with self._db.reader() as s:
            return self.query_rows(s, ids)

    def _first_sortable(self) -> str:
        return next(c.sort for c in self.columns if c.sort)

    def row_at(self, row: int) -> Any | None:
        """The plain row shown at `row`, fetching its page when not cached."""
        return self.cache.row(row)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: str) -> int | None:
        """The row showing `row_id` (None when not listed): one scan in C, ~1 ms at 50,000."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    @property
    def cached_pages(self) -> list[int]:
        return self.cache.pages

    # Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in _ROW_ROLES:
            return None
        row = self.row_at(index.row())
        if row is None:  # removed since the ids were read; shown blank until the next refresh
            return None
        return cell_role_value(self.columns[index.column()], row, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].alignment
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort is not None

    @property
    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self._sort_column, order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-read the ids in the new order from SQL; unsortable columns are ignored."""
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._ids:
            return
        self._sort_column, self._descending = column, descending
        self.refresh()


_ROW_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
})
