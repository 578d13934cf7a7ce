"""How a list shows one column: header, text, sort key, width, alignment, colour.

A column is data, not code in `data()`: the models stay generic and each list is described in
one table of `Column`s that a reader can scan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LONG_TEXT = 18  # characters beyond which a cell's text is also offered as its tooltip


class Column(NamedTuple):
    """One column of a list.

    `sort` is the SQL sort key (lazy models) and `key` a Python sort key (small models); a
    column with neither cannot be sorted. `tone` gives a row's text colour in this column, when
    it should stand out (a status, a wait). The one `stretch` column of a list takes the width
    left over, so the list fits the window without a horizontal scroll bar. A `hidden` column
    starts hidden; the header's context menu shows it.
    """

    title: str
    text: Callable[[Any], str]
    width: int = 140
    sort: str | None = None
    key: Callable[[Any], Any] | None = None
    align_right: bool = False
    emphasis: bool = False
    tone: Callable[[Any], str | None] | None = None
    tip: Callable[[Any], str | None] | None = None
    stretch: bool = False
    hidden: bool = False

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        return RIGHT if self.align_right else LEFT


_bold: QFont | None = None


def bold_font() -> QFont:
    """A semibold copy of the application font (made once, after the application exists)."""
    global _bold
    if _bold is None:
        _bold = QFont()
        _bold.setWeight(QFont.Weight.DemiBold)
    return _bold


def cell_role_value(col: Column, row: Any, role: int) -> Any:
    """What a model returns for `role` of `row` in `col` (shared by every model)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return col.text(row)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return col.alignment
    if role == Qt.ItemDataRole.ForegroundRole and col.tone is not None:
        colour = col.tone(row)
        return QColor(colour) if colour else None
    if role == Qt.ItemDataRole.FontRole and col.emphasis:
        return bold_font()
    if role == Qt.ItemDataRole.ToolTipRole:
        if col.tip is not None:
            return col.tip(row)
        text = col.text(row)
        return text if len(text) > LONG_TEXT else None  # may be elided in its column
    return None


def day_text(value: date | datetime | None) -> str:
    """`27 Nov 2025`: unambiguous in every locale (no 11/12 vs 12/11)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone() if value.tzinfo else value
    return f"{value.day} {value:%b %Y}"


def when_text(value: datetime | None) -> str:
    """`Tue 2 Dec 2025, 14:00` in local time."""
    if value is None:
        return "not scheduled"
    local = value.astimezone() if value.tzinfo else value
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def count_text(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
