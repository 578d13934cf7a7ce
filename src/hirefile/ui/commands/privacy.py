"""Undo commands of the privacy page: setting the file's retention rule."""

from __future__ import annotations

from hirefile.domain.retention import RetentionRule
from hirefile.services import retention
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import CANDIDATE
from hirefile.ui.commands.base import Notify, ServiceCommand


class SetRetentionRule(ServiceCommand):
    """One change of the rule (who is due follows it; job descriptions print it)."""

    kinds = frozenset((CANDIDATE,))

    def __init__(self, db: Workspace, notify: Notify, before: RetentionRule,
                 after: RetentionRule) -> None:
        super().__init__("Set retention rule", db, notify)
        self.before, self.after = before, after

    def do(self, session: Unit) -> None:
        retention.set_rule(session, self.after.months, self.after.in_job_description)

    def undo_change(self, session: Unit) -> None:
        retention.set_rule(session, self.before.months, self.before.in_job_description)
