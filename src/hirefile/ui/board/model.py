"""One board column as a list model: the column's application ids, cards fetched in pages.

A column may hold tens of thousands of applications (50,000 candidates in a file), so the
model keeps only the ordered ids (`board.column_ids`, one query) and its cards in the page
cache every lazy list uses (ui/models/lazy.py `PageCache`): `board.cards` reads a page of 50
cards when the view paints a row of a page not yet read (two queries per page, none per row),
and the page past the cards just shown is read while the event loop is idle after the frame,
so a column scrolled a screenful a frame reads no cards inside its frames.

Drags carry the ids and the column they left (`MIME_TYPE`, JSON). A drop does not move
anything here: it hands the ids to the board's drop handler, posted to the event loop, so the
reason dialog and the refresh run after the drag has ended rather than inside it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)

from hirefile.services.board import Card
from hirefile.ui import preferences
from hirefile.ui.models.lazy import PageCache
from hirefile.ui.text import isolate

AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[str]], Mapping[str, Card]]
#: (application ids, key of the column they were dragged from)
DropHandler = Callable[[list[str], str], None]

MIME_TYPE = "application/x-hirefile-applications"

ID_ROLE = Qt.ItemDataRole.UserRole            # the application id (always known)
CARD_ROLE = Qt.ItemDataRole.UserRole + 1      # the `Card`, or None until its page is read
WAITING_ROLE = Qt.ItemDataRole.UserRole + 2   # True when in one active stage over N days
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 3  # the candidate id (to open the candidate)

_CARD_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole, CARD_ROLE, WAITING_ROLE, CANDIDATE_ROLE,
})


def encode_drag(source_key: str, ids: Sequence[str]) -> QMimeData:
    """The mime data of a drag of `ids` out of the column `source_key`."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps({"source": source_key, "ids": list(ids)}).encode())
    return mime


def decode_drag(mime: QMimeData | None) -> tuple[str, list[str]] | None:
    """(source column key, ids) of a board drag, or None for anything else."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        source, ids = str(payload["source"]), [str(i) for i in payload["ids"]]
    except (ValueError, KeyError, TypeError):
        return None
    return (source, ids) if ids else None


def card_tooltip(card: Card) -> str:
    days = f"{card.days_in_stage} day{'s' if card.days_in_stage != 1 else ''}"
    lines = [f"{isolate(card.name)} — {isolate(card.role)}", f"In {isolate(card.stage)} for {days}"]
    if card.waiting:
        lines[-1] += (f" (waiting: more than {preferences.waiting_days()} days without a "
                      "move)")
    lines.append(f"Source: {isolate(card.source)}")
    if card.recommendation:
        lines.append(f"Latest recommendation: {card.recommendation}")
    elif card.sealed:
        lines.append("Feedback submitted: sealed until you submit yours")
    else:
        lines.append("Latest recommendation: none yet")
    lines.append("")
    lines.append("Enter open · A or Ctrl+→ advance · R reject · W withdrew · drag to move")
    return "\n".join(lines)


class ColumnModel(QStringListModel):
    """The applications of one board column, in order, with their cards read a page at a time.

    The ids are also held as Qt's string list, so the row count the list view asks for every
    row it lays out (twice a row, on each change of the ids) is answered in C++: a Python
    `rowCount` cost 20,000 calls into Python, 25 ms, for a column of 10,000 cards. The list
    is never edited through Qt (no edit, insert, remove or move of rows: a drag hands its ids
    to the board)."""

    PAGE_SIZE = PageCache.PAGE_SIZE
    MAX_PAGES = PageCache.MAX_PAGES

    def __init__(self, key: str, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Identifies the column on the board (a stage id, or name and kind across roles).
        self.key = key
        self.cache = PageCache(fetch, self)
        self._rows: dict[str, int] | None = None
        self.drop_handler: DropHandler | None = None

    # content ---------------------------------------------------------------------------------

    @property
    def _ids(self) -> list[str]:
        return self.cache.ids

    def set_ids(self, ids: list[str], *, changed: Collection[str] | None = None) -> None:
        """Show these applications (after a move, a filter, a refresh); cards are read again,
        except, when `changed` names the only applications that changed (a move), the cards
        already read of the others."""
        kept: dict[str, Card] = {}
        if changed is not None:
            shown = set(ids).difference(changed)
            kept = {i: c for i, c in self.cache.rows_read().items() if i in shown}
        self._rows = None
        self.cache.reset(ids, kept=kept)
        self.setStringList(ids)  # a model reset

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    @property
    def cached_pages(self) -> list[int]:
        return self.cache.pages

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, application_id: str) -> int | None:
        if self._rows is None:
            self._rows = {app_id: row for row, app_id in enumerate(self._ids)}
        return self._rows.get(application_id)

    def card_at(self, row: int) -> Card | None:
        """The card at `row`, reading its page when it is not cached."""
        card: Card | None = self.cache.row(row)
        return card

    def cached_card(self, application_id: str) -> Card | None:
        """A card already read (for names in messages), without reading anything."""
        card: Card | None = self.cache.cached(application_id)
        return card

    # Qt's model interface --------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in _CARD_ROLES:
            return None
        card = self.card_at(index.row())
        if card is None:  # gone since the ids were read: blank until the next refresh
            return None
        if role == CARD_ROLE:
            return card
        if role == WAITING_ROLE:
            return card.waiting
        if role == CANDIDATE_ROLE:
            return card.candidate_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return card_tooltip(card)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (f"{isolate(card.name)}, {isolate(card.role)}, {card.days_in_stage} days in "
                    f"{isolate(card.stage)}")
        return card.name

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
                | Qt.ItemFlag.ItemNeverHasChildren)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return False

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return False  # a drag out of the column moves nothing here: the board moves

    def moveRows(self, source: AnyIndex, row: int, count: int, target: AnyIndex,
                 child: int) -> bool:
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The column's order is the file's (longest waiting first)."""

    # drag and drop ---------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_drag(self.key, [self._ids[r] for r in rows if r < len(self._ids)])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        decoded = decode_drag(data)
        return decoded is not None and decoded[0] != self.key

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        """Hand a drop from another column to the board, once the drag has ended."""
        decoded = decode_drag(data)
        if decoded is None or decoded[0] == self.key or self.drop_handler is None:
            return False
        source, ids = decoded
        handler = self.drop_handler
        QTimer.singleShot(0, self, lambda: handler(ids, source))
        return True
