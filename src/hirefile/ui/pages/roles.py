"""The Roles page: the list of roles beside the workspace that defines the selected one.

The list is the short-list page (`ListPage`) narrowed to title, status and people in process;
the workspace (`ui/roles`) edits the selected role in three tabs. The workspace belongs to one
open file, so it is made again whenever the window switches files.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QHeaderView, QMenu, QPushButton, QSplitter, QVBoxLayout, QWidget

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
_CELL_PADDING = 10  # each side of a cell's text: the style's padding and the focus frame


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
        self.form.pageSubtitle.setWordWrap(True)  # "6 roles · 4 open · …" beside the workspace
        for col in range(len(ROLE_COLUMNS)):
            self.list.table.setColumnHidden(col, col not in _SHOWN)
        # The title is the role's name: never squeezed below its longest title when the list
        # has room (three roles read "ML …" when squeezed), and never wider than the list
        # (cut mid-word at its edge): the other columns are a sideways scroll away.
        self.list.table.horizontalHeader().setSectionResizeMode(
            ROLE_COL_TITLE, QHeaderView.ResizeMode.Interactive)
        self.list.table.viewport().installEventFilter(self)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.list.table.viewport():
            self._fit_title()
        return super().eventFilter(watched, event)

    def _fit_title(self) -> None:
        """The title column: the room the other shown columns leave, never less than the
        longest title needs, nor more than the list shows (past it, "…")."""
        table = self.list.table
        others = sum(table.columnWidth(c) for c in range(len(ROLE_COLUMNS))
                     if c != ROLE_COL_TITLE and not table.isColumnHidden(c))
        font = QFont(table.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        longest = max((metrics.horizontalAdvance(r.title) for r in self.list.model.rows),
                      default=0)
        room = table.viewport().width()
        table.setColumnWidth(ROLE_COL_TITLE,
                             max(min(longest + 2 * _CELL_PADDING, room), room - others))

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the page has a size, give the list what it needs and the workspace
        the rest (sizes set before the splitter has a width are not kept)."""
        super().showEvent(event)
        if not self._sized and self.width() > 0:
            self._sized = True
            self._size_splitter()
            # again once the workspace has folded its buttons into More: only then does it
            # say how narrow it can be
            QTimer.singleShot(0, self, self._size_splitter)

    def _size_splitter(self) -> None:
        """What the list's shown columns want, within 230 to 380, as long as the workspace
        keeps what its Definition form needs (on a small laptop the list gives way, down to
        230: the form is where a role is edited)."""
        table = self.list.table
        chrome = self.list.width() - table.viewport().width()
        wanted = chrome + sum(table.columnWidth(c) for c in range(len(ROLE_COLUMNS))
                              if not table.isColumnHidden(c))
        handle = self.splitter.handleWidth()
        need = self._holder.minimumSizeHint().width()
        if self.workspace is not None:
            need = max(need, self.workspace.editor.needed_width())
        room = self.width() - handle - need
        listed = max(230, min(380, wanted, room))
        self.splitter.setSizes([listed, self.width() - handle - listed])

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
        self._fit_title()
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
        self._fit_title()
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
        self._fit_title()
        self.select_role(role_id)
        self.sig_changed.emit()

    def _changed(self) -> None:
        """After any role command (do, undo, redo): the list (unless the window's change
        notification re-reads it) and the window's counts."""
        if self.changes is None:
            keep = self.current_role_id()
            self.list.refresh()
            self._fit_title()
            if keep is not None and self._row_of(keep) >= 0:
                self.select_role(keep)
            else:
                self._select_first()
        self.sig_changed.emit()
