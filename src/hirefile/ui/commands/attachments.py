"""Undo commands for a candidate's attachments: attach files, remove one."""

from __future__ import annotations

from pathlib import Path

from hirefile.services import attachments
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import CANDIDATE
from hirefile.ui.commands.base import Notify
from hirefile.ui.commands.written import WriteCommand
from hirefile.ui.text import isolate


class AttachFiles(WriteCommand):
    """Keep files in the hiring file; undo takes them out again (tombstones)."""
    kinds = frozenset((CANDIDATE,))

    def __init__(self, db: Workspace, notify: Notify, candidate_id: str,
                 paths: list[Path]) -> None:
        super().__init__(f"Attach {isolate(paths[0].name)}" if len(paths) == 1 else
                         f"Attach {len(paths)} files", db, notify)
        self.candidate_id, self.paths = candidate_id, paths

    def write(self, session: Unit) -> None:
        for path in self.paths:
            attachments.attach_file(session, self.candidate_id, path)


class RemoveAttachment(WriteCommand):
    kinds = frozenset((CANDIDATE,))

    def __init__(self, db: Workspace, notify: Notify, attachment_id: str,
                 filename: str) -> None:
        super().__init__(f"Remove {isolate(filename)}", db, notify)
        self.attachment_id = attachment_id

    def write(self, session: Unit) -> None:
        attachments.remove_attachment(session, self.attachment_id)
