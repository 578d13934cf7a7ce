"""Undo commands for what a merge of copies leaves to decide: "Use the other value"."""

from __future__ import annotations

from typing import Any

from hirefile.services import edits
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import APPLICATION, CANDIDATE, ROLE
from hirefile.ui.commands.base import Notify
from hirefile.ui.commands.written import WriteCommand


class UseOtherValue(WriteCommand):
    """A conflict of a merge kept one value of a field; this writes the other one (with the
    other side's currency, for an amount whose currency was in conflict too), through the
    same service as an edit of that field. Undo puts back the values the merge kept."""

    def __init__(self, db: Workspace, notify: Notify, text: str, kind: str, row_id: str,
                 values: dict[str, Any]) -> None:
        super().__init__(text, db, notify)
        #: {column: value as stored}: the field, and an amount's currency set with it
        self.kind, self.row_id, self.values = kind, row_id, values
        self.kinds = frozenset((ROLE, APPLICATION)) if kind == "role" else \
            frozenset((CANDIDATE, APPLICATION))

    def write(self, session: Unit) -> None:
        edits.set_stored_values(session, self.kind, self.row_id, self.values)
