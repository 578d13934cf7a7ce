"""The Roles workspace: what the Roles page shows beside its list of roles.

One role at a time, in three tabs — Definition (the role editor), Interview loop and Axis
weights — under a header with the role's title and status. Its actions (new, duplicate,
remove, question bank) are public attributes so the main window can put them in its menus.
Every change goes through an undo command on the shared stack; after each do, undo or redo
the workspace re-reads what it shows and then calls the main window's `notify`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.roles import RoleDraft
from hirefile.domain.templates import RoleTemplate
from hirefile.errors import HirefileError, NotFound
from hirefile.services import loops, roles
from hirefile.services.workspace import Workspace
from hirefile.ui import exports, theme
from hirefile.ui.commands import apply
from hirefile.ui.commands.roles import CreateRole, RemoveRole
from hirefile.ui.common import guarded, show_text, tone_chip
from hirefile.ui.empty_state import EmptyState
from hirefile.ui.overflow import ToolbarOverflow
from hirefile.ui.roles.bank import QuestionBankDialog
from hirefile.ui.roles.common import STATUS_TONES, style_sheet
from hirefile.ui.roles.editor import RoleEditor
from hirefile.ui.roles.loop_editor import LoopEditor
from hirefile.ui.roles.stages_panel import StagesPanel
from hirefile.ui.roles.templates import BLANK_TITLE, TemplateDialog
from hirefile.ui.roles.weights import WeightsPanel
from hirefile.ui.sharing.stamps import StampLine

TAB_DEFINITION, TAB_LOOP, TAB_WEIGHTS, TAB_STAGES = range(4)
_TAB_TITLES = ("&Definition", "Interview &loop", "Axis &weights", "&Pipeline stages")


class RoleWorkspace(QWidget):
    """Shows and edits one role; `show_role` picks which (None shows an empty state)."""

    #: A role was created here (new or duplicate); argument: its id, for the list to select.
    sig_role_created = Signal(str)
    #: The shown role was removed here; argument: its id.
    sig_role_removed = Signal(str)

    def __init__(self, db: Workspace, stack: QUndoStack, notify: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleWorkspace")
        theme.keep_style(self, style_sheet)
        self._db, self._stack, self._outer_notify = db, stack, notify
        self._role_id: str | None = None
        self._title = ""
        #: What undo commands pushed from here call: refresh, then the main window's notify.
        self.notify = guarded(self, self.refresh, notify)
        self.editor = RoleEditor(db, stack, self.notify, self)
        self.loop_editor = LoopEditor(db, stack, self.notify, self)
        self.weights = WeightsPanel(db, stack, self.notify, self)
        self.stages = StagesPanel(db, stack, self.notify, self.show_message, self)
        self._build()
        self._make_actions()
        self._connect()
        self.refresh()

    # building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("roleTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chip = QLabel(self)
        self.status_chip.setObjectName("statusChip")
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("roleSubtitle")
        self.subtitle_label.setWordWrap(True)  # track · level · … · location: long on a laptop
        self.export_jd_button = QToolButton(self)
        self.duplicate_button = QToolButton(self)
        self.remove_button = QToolButton(self)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        title_row.addWidget(self.export_jd_button)
        title_row.addWidget(self.duplicate_button)
        title_row.addWidget(self.remove_button)
        self.overflow = ToolbarOverflow(self, title_row, [
            self.export_jd_button, self.duplicate_button, self.remove_button])
        header = QVBoxLayout()
        header.setContentsMargins(24, 18, 24, 6)
        header.setSpacing(2)
        header.addLayout(title_row)
        header.addWidget(self.subtitle_label)
        self.stamp_line = StampLine(self)  # who added and last changed the role
        header.addWidget(self.stamp_line)

        self.message_bar = QFrame(self)
        self.message_bar.setObjectName("messageBar")
        self.message_label = QLabel(self.message_bar)
        self.message_label.setWordWrap(True)
        close = QToolButton(self.message_bar)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName("Dismiss message")
        close.clicked.connect(self.clear_message)
        bar = QHBoxLayout(self.message_bar)
        bar.setContentsMargins(12, 6, 6, 6)
        bar.addWidget(self.message_label, 1)
        bar.addWidget(close)
        self.message_bar.hide()
        message_row = QHBoxLayout()
        message_row.setContentsMargins(24, 4, 24, 4)
        message_row.addWidget(self.message_bar)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("roleTabs")
        self.tabs.setDocumentMode(True)
        for widget, title in zip((self.editor, self.loop_editor, self.weights, self.stages),
                                 _TAB_TITLES, strict=True):
            self.tabs.addTab(widget, title)
        self.empty = EmptyState(self)
        self.empty.configure(title="No role selected",
                             body="Choose a role in the list, or start a new one from a "
                                  "template: responsibilities, weights and an interview loop "
                                  "come ready to edit.",
                             action="New role…")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.tabs)
        self.header = QWidget(self)
        self.header.setLayout(header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(message_row)
        layout.addWidget(self.pages, 1)

    def _make_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str,
                   tip: str) -> QAction:
            a = QAction(text, self)
            a.setShortcut(QKeySequence(shortcut))
            a.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
            a.setStatusTip(tip)
            self.addAction(a)
            return a

        self.new_role_action = action("&New role…", "Ctrl+Shift+N",
                                      "Start a new role from a template or blank")
        self.duplicate_role_action = action("&Duplicate role", "Ctrl+D",
                                            "Copy this role with its loop and weights")
        self.remove_role_action = action("&Remove role", QKeySequence.StandardKey.Delete,
                                         "Remove this role (only if it has no candidates)")
        self.remove_role_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.question_bank_action = action("&Question bank…", "Ctrl+B",
                                           "Browse and edit the interview question bank")
        self.export_jd_action = action("&Job description…", "Ctrl+Shift+J",
                                       "Save the role's job description as PDF or Markdown")
        self.save_role_action = self.editor.save_action
        self.export_jd_action.setIconText("Job description…")  # the button keeps the "…"
        self.export_jd_button.setDefaultAction(self.export_jd_action)
        self.duplicate_button.setDefaultAction(self.duplicate_role_action)
        self.remove_button.setDefaultAction(self.remove_role_action)
        self.duplicate_button.setText("Duplicate")
        self.remove_button.setText("Remove")

    def _connect(self) -> None:
        self.new_role_action.triggered.connect(self.new_role)
        self.duplicate_role_action.triggered.connect(self.duplicate_role)
        self.remove_role_action.triggered.connect(self.remove_role)
        self.question_bank_action.triggered.connect(self.open_question_bank)
        self.export_jd_action.triggered.connect(self.export_job_description)
        self.empty.sig_action.connect(self.new_role)
        self.editor.sig_dirty_changed.connect(
            lambda dirty: self._mark_tab(TAB_DEFINITION, dirty))
        self.weights.sig_dirty_changed.connect(
            lambda dirty: self._mark_tab(TAB_WEIGHTS, dirty))

    def _mark_tab(self, tab: int, dirty: bool) -> None:
        self.tabs.setTabText(tab, _TAB_TITLES[tab] + (" •" if dirty else ""))

    # showing -------------------------------------------------------------------------------

    @property
    def role_id(self) -> str | None:
        return self._role_id

    def show_role(self, role_id: str | None) -> bool:
        """Show a role (or nothing). Returns False when the person chose to stay on the
        current role with unsaved changes (the list should then keep its selection)."""
        if role_id == self._role_id:
            return True
        if not self.editor.confirm_leave():
            return False
        self._role_id = role_id
        self.editor.clear()
        self.clear_message()
        self.refresh()
        return True

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes before the window closes or another file opens."""
        return self.editor.confirm_leave()

    def refresh(self) -> None:
        """Re-read the shown role from the file (after any do, undo or redo)."""
        if self._role_id is not None:
            try:
                with self._db.reader() as s:
                    draft = roles.role_draft(s, self._role_id)
                    loop = loops.loop(s, self._role_id)
                    weights = roles.axis_weights(s, self._role_id)
            except NotFound:
                self._role_id = None
            else:
                self._show(self._role_id, draft, loop, weights)
                return
        self.editor.clear()
        self.loop_editor.clear()
        self.weights.set_weights(None, {})
        self.stages.load(None)
        self.header.hide()
        self.pages.setCurrentWidget(self.empty)
        self._update_actions()

    def _show(self, role_id: str, draft: RoleDraft, loop: loops.LoopData,
              weights: dict) -> None:
        self._title = draft.title
        self.title_label.setText(draft.title)
        tone_chip(self.status_chip, draft.status.label, STATUS_TONES[draft.status])
        parts = [draft.track.label, draft.level.label if draft.level else "",
                 draft.employment_type.label,
                 ", ".join(p for p in (draft.location, draft.remote.label if draft.remote
                                       else "") if p),
                 f"{draft.headcount} to hire" if draft.headcount > 1 else ""]
        self.subtitle_label.setText(" · ".join(p for p in parts if p))
        self.stamp_line.show_for(self._db, "role", role_id)
        self.editor.reload_if_clean(role_id, draft)
        self.loop_editor.load(role_id, loop, draft.track)
        self.weights.set_weights(role_id, weights)
        self.stages.load(role_id)
        self.header.show()
        self.pages.setCurrentWidget(self.tabs)
        self._update_actions()

    def _update_actions(self) -> None:
        has = self._role_id is not None
        self.duplicate_role_action.setEnabled(has)
        self.remove_role_action.setEnabled(has)
        self.export_jd_action.setEnabled(has)

    def show_message(self, text: str) -> None:
        """A refusal (e.g. removing a role that has candidates), shown until dismissed."""
        show_text(self.message_label, text)
        self.message_bar.setVisible(bool(text))

    def clear_message(self) -> None:
        show_text(self.message_label, "")
        self.message_bar.hide()

    # actions -------------------------------------------------------------------------------

    def _create(self, command: CreateRole) -> str | None:
        if not self.editor.confirm_leave():
            return None
        try:
            apply(self._stack, command)
        except HirefileError as exc:
            self.show_message(exc.message)
            return None
        role_id = command.role_id
        assert role_id is not None
        self._role_id = None
        self.show_role(role_id)
        self.tabs.setCurrentIndex(TAB_DEFINITION)
        self.sig_role_created.emit(role_id)
        return role_id

    def new_role(self) -> str | None:
        """Ask for a template (or blank) and create the role; returns its id."""
        choice = TemplateDialog.ask(self)
        if choice is None:
            return None
        if isinstance(choice, RoleTemplate):
            return self._create(CreateRole(self._db, self.notify, template=choice))
        role_id = self._create(CreateRole(self._db, self.notify,
                                          draft=RoleDraft(title=BLANK_TITLE)))
        if role_id is not None:
            self.editor.focus_title()
        return role_id

    def duplicate_role(self) -> str | None:
        if self._role_id is None:
            return None
        return self._create(CreateRole(self._db, self.notify, duplicate_of=self._role_id))

    def remove_role(self) -> bool:
        """Remove the shown role; refused (with the reason shown) when it has candidates."""
        role_id = self._role_id
        if role_id is None:
            return False
        try:
            apply(self._stack, RemoveRole(self._db, self.notify, role_id, self._title))
        except HirefileError as exc:
            self.show_message(exc.message)
            return False
        self.clear_message()
        self.sig_role_removed.emit(role_id)
        return True

    def open_question_bank(self) -> None:
        QuestionBankDialog.open_bank(self, self._db, self._stack, self.notify)

    def export_job_description(self) -> None:
        """The saved role as a job description; unsaved edits are not in the file yet."""
        if self._role_id is None:
            return
        if self.editor.is_dirty():
            self.show_message("Save the role first (Ctrl+S): the job description is made from "
                              "what is saved.")
            return
        exports.export_job_description(self, self._db, self._role_id)
