"""The position column of ordered lists and the one order they are read in.

The rule of where an item goes is `hirefile.domain.ordering`; writes that follow it are
`hirefile.storage.ordering`. Every query or relationship that reads an ordered table sorts by
`in_order(Model)`: the position, then the key, so rows that share a position (two copies that
put two items at one place) read in the same order everywhere.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class Position(TypeDecorator[float]):
    """A gap-based position: a float, so an item fits between two others.

    Read back as a float whatever SQLite stored: a file upgraded from format 1 keeps its
    column's INTEGER affinity (SQLite cannot change a column's type in place), so 1024.0 is
    stored there as the integer 1024 while 1536.5 stays a real. Both files read the same.
    """

    impl = sa.Float
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> float | None:
        return None if value is None else float(value)


def position_column() -> Mapped[float]:
    """The `position` column of an ordered table (NOT NULL from its `Mapped[float]`)."""
    return mapped_column(Position())


def in_order(model: Any) -> tuple[Any, Any]:
    """The ORDER BY of an ordered table's rows: `(position, id)`."""
    return (model.position, model.id)
