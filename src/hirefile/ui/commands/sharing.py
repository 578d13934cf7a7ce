"""Undo commands for what a merge of copies leaves to decide: "Use the other value"."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hirefile.services import edits
from hirefile.storage.database import Database
from hirefile.ui.changes import APPLICATION, CANDIDATE, ROLE
from hirefile.ui.commands.base import Notify
from hirefile.ui.commands.written import WriteCommand


class UseOtherValue(WriteCommand):
    """A conflict of a merge kept one value of a field; this writes the other one, through
    the same service as an edit of that field. Undo puts back the value the merge kept."""

    def __init__(self, db: Database, notify: Notify, text: str, kind: str, row_id: str,
                 column: str, value: Any) -> None:
        super().__init__(text, db, notify)
        self.kind, self.row_id, self.column, self.value = kind, row_id, column, value
        self.kinds = frozenset((ROLE, APPLICATION)) if kind == "role" else \
            frozenset((CANDIDATE, APPLICATION))

    def write(self, session: Session) -> None:
        edits.set_stored_value(session, self.kind, self.row_id, self.column, self.value)
