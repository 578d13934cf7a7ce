"""The undo command for candidates made from CV files (`services.cv_import`)."""

from __future__ import annotations

from collections.abc import Sequence

from hirefile.services.cv_import import CvImportReport, CvPlan, Progress, import_cvs
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.commands.base import Notify
from hirefile.ui.commands.candidates import KINDS
from hirefile.ui.commands.written import WriteCommand


class ImportCvs(WriteCommand):
    """Create the candidates of the plans, each with their CV attached; undo takes back
    everything the import wrote (`WriteCommand`). `progress` is called while it first runs
    (raising `ImportCancelled` from it leaves nothing written and no undo step)."""

    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, plans: Sequence[CvPlan], *,
                 role_id: str | None = None, progress: Progress | None = None) -> None:
        n = len(plans)
        super().__init__(f"Import {n:,} candidate{'s' if n != 1 else ''} from CVs", db, notify)
        self.plans, self.role_id, self.progress = list(plans), role_id, progress
        self.report: CvImportReport | None = None

    def write(self, session: Unit) -> None:
        self.report = import_cvs(session, self.plans, self.role_id, progress=self.progress)
        self.progress = None
