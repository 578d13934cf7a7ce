"""The Pipeline page: how many people sit in each stage, and who has waited too long."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from hirefile.domain.stages import DEFAULT_STAGES
from hirefile.services import listing
from hirefile.storage.database import Database
from hirefile.ui import glyphs, theme
from hirefile.ui.empty_state import EmptyState
from hirefile.ui.generated.ui_pipeline_page import Ui_PipelinePage
from hirefile.ui.models.applications import CLOSED_STAGES, COL_STAGE, ApplicationsModel
from hirefile.ui.models.columns import count_text
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.widgets import StageChip


class PipelinePage(QWidget):
    """Stage counts across the top, a role filter, and the applications in pipeline order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_PipelinePage()
        self.form.setupUi(self)
        self.model = ApplicationsModel(self)
        self.empty = EmptyState(self.form.emptyPage)
        self.form.emptyLayout.addWidget(self.empty)
        self.empty.configure(
            title="No one in the pipeline",
            body="When candidates apply to a role or you add them to one, they show up here, "
                 "stage by stage.",
            pixmap=glyphs.pixmap("pipeline", theme.FAINT, 44))
        self._db: Database | None = None
        self._in_process = 0
        self._all_counts: dict[str, int] = {}
        configure_table(self.form.table, self.model, (COL_STAGE, Qt.SortOrder.AscendingOrder))
        self._connect()

    def _connect(self) -> None:
        self.form.roleCombo.currentIndexChanged.connect(self._apply_filter)
        self.form.closedCheck.toggled.connect(self._apply_filter)

    @property
    def table(self) -> QTableView:
        return self.form.table

    @property
    def count(self) -> int:
        """Applications in process across all roles (the navigation badge)."""
        return self._in_process

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.model.set_database(db, refresh=False)
        self.refresh()

    def refresh(self) -> None:
        self._fill_roles()
        self._all_counts = self._read_counts(None)
        self._in_process = sum(n for name, n in self._all_counts.items()
                               if name not in CLOSED_STAGES)
        self._apply_filter(reload=True)

    def _read_counts(self, role_id: str | None) -> dict[str, int]:
        """Applications per stage, every default stage included (an empty one shows 0)."""
        counts: dict[str, int] = {s.name: 0 for s in DEFAULT_STAGES}
        if self._db is not None:
            with self._db.reader() as s:
                counts.update(listing.stage_counts(s, role_id))
        return counts

    def _fill_roles(self) -> None:
        combo = self.form.roleCombo
        current = combo.currentData()
        roles = []
        if self._db is not None:
            with self._db.reader() as s:
                roles = listing.role_rows(s)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All roles", None)
        for r in roles:
            combo.addItem(f"{r.title}  ·  {r.status}", r.id)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _apply_filter(self, *_args: object, reload: bool = False) -> None:
        role_id = self.form.roleCombo.currentData()
        active_only = not self.form.closedCheck.isChecked()
        if not self.model.set_filter(role_id, active_only) and reload:
            self.model.refresh()
        self._show_stages(role_id)
        has_rows = self.model.rowCount() > 0
        self.form.contentStack.setCurrentWidget(
            self.form.tablePage if has_rows else self.form.emptyPage)

    def _show_stages(self, role_id: str | None) -> None:
        counts = self._all_counts if role_id is None else self._read_counts(role_id)
        layout = self.form.stageLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for name, n in counts.items():
            layout.addWidget(StageChip(name, n, closed=name in CLOSED_STAGES,
                                       parent=self.form.stageStrip))
        layout.addStretch(1)
        in_process = sum(n for name, n in counts.items() if name not in CLOSED_STAGES)
        scope = "in this role" if role_id else "across all roles"
        self.form.pageSubtitle.setText(f"{count_text(in_process, 'person', 'people')} in "
                                       f"process {scope}")
