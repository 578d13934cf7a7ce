"""The last gate before the file: every text and number written fits its column's limit.

Forms, importers and the command line check their own fields first, to say so next to the
field. This `before_flush` listener is the one place that holds for every path in, including
ones written later: control characters are removed (line breaks kept only in multi-line
fields), text over its limit and numbers beyond what the file can hold are refused with a
message that names the field. Nothing is ever stored cut short.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from hirefile.domain import limits
from hirefile.errors import ValidationError
from hirefile.storage.models import Tracked


def check_values(session: Session, _ctx: Any = None, _instances: Any = None) -> None:
    """Clean and check the changed columns of every new or changed row (a flush listener)."""
    new = session.new
    for obj in chain(new, session.dirty):
        if not isinstance(obj, Tracked):
            continue
        state = inspect(obj)
        values = state.dict
        for attr in state.mapper.column_attrs:
            key = attr.key
            if key not in values:
                continue
            if obj not in new and not state.attrs[key].history.has_changes():
                continue
            value = values[key]
            if isinstance(value, str):
                _check_text(obj, key, value)
            elif isinstance(value, int) and not isinstance(value, bool):
                _check_number(key, value)


def _check_text(obj: Tracked, key: str, value: str) -> None:
    cleaned = limits.clean_text(value, multiline=not limits.is_one_line(key))
    if cleaned != value:
        setattr(obj, key, cleaned)
    problem = limits.too_long(cleaned, limits.column_limit(key), limits.label_of(key))
    if problem:
        raise ValidationError(problem, field=key)


def _check_number(key: str, value: int) -> None:
    if key in limits.AMOUNT_COLUMNS:
        problem = limits.amount_problem(value, limits.label_of(key))
    elif abs(value) > limits.MAX_INTEGER:
        problem = f"{limits.label_of(key)} is too large to keep"
    else:
        problem = None
    if problem:
        raise ValidationError(problem, field=key)
