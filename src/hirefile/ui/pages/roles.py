"""The Roles page: the list of roles beside the workspace that defines the selected one.

The list is the short-list page (`ListPage`) narrowed to title, status and people in process;
the workspace (`ui/roles`) edits the selected role in three tabs. The workspace belongs to one
open file, so it is made again whenever the window switches files.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMenu, QPushButton, QSplitter, QVBoxLayout, QWidget

from hirefile.services import listing
from hirefile.services.workspace import Workspace
from hirefile.ui.changes import FileChanges
from hirefile.ui.models.columns import count_text
from hirefile.ui.models.small import (
    ROLE_COL_IN_PROCESS,
    ROLE_COL_STATUS,
    ROLE_COL_TITLE,
    ROLE_COLUMNS,
    roles_model,
)
from hirefile.ui.pages.list_page import ListPage, ListSpec
from hirefile.ui.pages.shown import ShownPage
from hirefile.ui.roles.workspace import RoleWorkspace

ROLES = ListSpec(
    "Roles", listing.role_rows,
    lambda rows: (f"{count_text(len(rows), 'role')} · "
                  f"{sum(r.status == 'Open' for r in rows)} open · "
                  f"{count_text(sum(r.in_process for r in rows), 'person', 'people')} in process"
                  if rows else "What you are hiring for"),
    "roles", "No roles yet",
    "A role says what the person will do day to day; its pipeline and interview loop follow. "
    "Start one from a template with Ctrl+Shift+N.")
_SHOWN = {ROLE_COL_TITLE, ROLE_COL_STATUS, ROLE_COL_IN_PROCESS}


class RolesPage(ShownPage):
    """Roles on the left, the selected role's definition, loop and weights on the right."""

    #: The person asked to fill the empty file with demo data.
    sig_try_demo = Signal()
    #: Something in the file changed here (a role added, edited, removed): counts may differ.
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack: QUndoStack | None = None  # set by the window before set_database
        #: The window's change notification (set by the window): it re-reads this page after
        #: every edit, so the page does not re-read itself a second time.
        self.changes: FileChanges | None = None
        self.list = ListPage(ROLES, roles_model(self), self,
                             sort=(ROLE_COL_STATUS, Qt.SortOrder.AscendingOrder))
        self.form, self.empty = self.list.form, self.list.empty  # the list's parts
        for col in range(len(ROLE_COLUMNS)):
            self.list.table.setColumnHidden(col, col not in _SHOWN)
        self.list.table.setSelectionMode(self.list.table.SelectionMode.SingleSelection)
        self.new_button = QPushButton("New role…", self.list)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip("Start a role from a template or blank (Ctrl+Shift+N)")
        self.new_button.clicked.connect(self._new_role)
        self.plan_action = QAction("Hiring &Plan…", self)
        self.plan_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.plan_action.setStatusTip("The roles in the order you mean to hire them, their "
                                      "target dates and hints (Ctrl+Shift+P)")
        self.plan_action.triggered.connect(self.show_plan)
        self.addAction(self.plan_action)
        self.plan_button = QPushButton("Plan…", self.list)
        self.plan_button.setToolTip("The hiring plan: roles in order, target dates, the "
                                    "company stage and hints (Ctrl+Shift+P)")
        self.plan_button.clicked.connect(self.show_plan)
        self.list.form.headerLayout.addSpacing(8)
        self.list.form.headerLayout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list.form.headerLayout.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.workspace: RoleWorkspace | None = None
        self._holder = QWidget(self)
        self._holder_layout = QVBoxLayout(self._holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self._holder)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.list.setMinimumWidth(230)
        self._sized = False
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.menu = QMenu("&Roles", self)
        self._db: Workspace | None = None
        self._count = 0  # the badge while hidden and stale
        self._selecting = False
        self.list.sig_try_demo.connect(self.sig_try_demo)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the page has a size, give the list what it needs and the workspace
        the rest (sizes set before the splitter has a width are not kept)."""
        super().showEvent(event)
        if not self._sized and self.width() > 0:
            self._sized = True
            # a third of the page for the list, never less than it needs nor more than 380
            listed = max(230, min(380, self.width() // 3))
            self.splitter.setSizes([listed, max(400, self.width() - listed)])

    # what the window asks of every page ---------------------------------------------------

    @property
    def table(self) -> Any:
        return self.list.table

    @property
    def model(self) -> Any:
        return self.list.model

    @property
    def count(self) -> int:
        return self._count if self.stale else self.list.count

    def set_database(self, db: Workspace | None) -> None:
        """Show `db`'s roles; the workspace is rebuilt for the new file (or dropped)."""
        self._db = db
        self._stale = False  # read below
        if self.workspace is not None:
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        self.menu.clear()
        if db is not None and self.undo_stack is not None:
            self.workspace = RoleWorkspace(db, self.undo_stack, self._changed, self._holder)
            self._holder_layout.addWidget(self.workspace)
            self.workspace.sig_role_created.connect(self._select_created)
            self.workspace.sig_role_removed.connect(lambda _id: self._changed())
            self.menu.addActions(self.actions_for_menu())
            self.menu.addSeparator()
            self.menu.addAction(self.plan_action)
        self.list.set_database(db)
        self._connect_selection()
        self._select_first()

    def actions_for_menu(self) -> Sequence[QAction]:
        if self.workspace is None:
            return ()
        w = self.workspace
        return (w.new_role_action, w.duplicate_role_action, w.remove_role_action,
                w.export_jd_action, w.question_bank_action)

    def read_count(self) -> None:
        self._count = 0
        if self._db is not None:
            with self._db.reader() as s:
                self._count = listing.role_count(s)

    def read(self) -> None:
        keep = self.current_role_id()
        self.list.refresh()
        self._connect_selection()
        if keep is None or not self.select_role(keep):
            self._select_first()
        elif self.workspace is not None:
            self.workspace.refresh()

    def set_desk_empty(self, empty: bool) -> None:
        self.list.set_desk_empty(empty)
        self._holder.setVisible(not empty)


    def confirm_leave(self) -> bool:
        """Ask about unsaved role edits before the window closes or switches files."""
        return self.workspace is None or self.workspace.confirm_leave()

    # selection -----------------------------------------------------------------------------

    def current_role_id(self) -> str | None:
        return self.workspace.role_id if self.workspace is not None else None

    def _row_of(self, role_id: str) -> int:
        for row, r in enumerate(self.list.model.rows):
            if r.id == role_id:
                return row
        return -1

    def select_role(self, role_id: str) -> bool:
        row = self._row_of(role_id)
        if row < 0:
            return False
        self._selecting = True
        try:
            self.table.selectionModel().setCurrentIndex(
                self.list.model.index(row, ROLE_COL_TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._selecting = False
        if self.workspace is not None and self.workspace.role_id != role_id:
            self.workspace.show_role(role_id)
        return True

    def _select_first(self) -> None:
        rows = self.list.model.rows
        if rows:
            self.select_role(rows[0].id)
        elif self.workspace is not None:
            self.workspace.show_role(None)

    def _connect_selection(self) -> None:
        sm = self.table.selectionModel()
        if sm is not None and not getattr(sm, "_hirefile_connected", False):
            sm.currentRowChanged.connect(self._on_current_row)
            sm._hirefile_connected = True

    def _on_current_row(self, current: Any, previous: Any) -> None:
        if self._selecting or self.workspace is None or not current.isValid():
            return
        role = self.list.model.row_at(current.row())
        if role is None or role.id == self.workspace.role_id:
            return
        if not self.workspace.show_role(role.id):  # unsaved edits and the person cancelled
            back = self.workspace.role_id
            if back is not None:
                self.select_role(back)

    def show_plan(self) -> None:
        """Roles → Hiring Plan…: each change an undo step on the window's stack."""
        if self._db is None:
            return
        from hirefile.ui.plan.dialog import show_plan

        show_plan(self, self._db, self.undo_stack, self._changed)

    def _new_role(self) -> None:
        if self.workspace is not None:
            self.workspace.new_role()

    def _select_created(self, role_id: str) -> None:
        self.list.refresh()
        self.select_role(role_id)
        self.sig_changed.emit()

    def _changed(self) -> None:
        """After any role command (do, undo, redo): the list (unless the window's change
        notification re-reads it) and the window's counts."""
        if self.changes is None:
            keep = self.current_role_id()
            self.list.refresh()
            if keep is not None and self._row_of(keep) >= 0:
                self.select_role(keep)
            else:
                self._select_first()
        self.sig_changed.emit()
