"""A command for any service write: undo takes back exactly what it wrote.

`WriteCommand.write` calls the service once; everything that unit of work added or changed is
recorded (`services.undoing.recording`), so undo and redo need no inverse written per service,
and both are refused, naming who, when anything it wrote was changed since.
"""

from __future__ import annotations

from hirefile.services import undoing
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.commands.base import Notify, ServiceCommand


class WriteCommand(ServiceCommand):
    """Subclasses implement `write` (the service call) and set `kinds`."""

    def __init__(self, text: str, db: Workspace, notify: Notify) -> None:
        super().__init__(text, db, notify)
        self.written: undoing.Written | None = None

    def write(self, session: Unit) -> None:
        raise NotImplementedError

    def do(self, session: Unit) -> None:
        if self.written is None:
            with undoing.recording(session) as written:
                self.write(session)
            self.written = written
        else:
            self.written.redo(session, self.text())

    def undo_change(self, session: Unit) -> None:
        assert self.written is not None
        self.written.undo(session, self.text())
