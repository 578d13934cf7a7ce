"""The candidate record page: the form beside the applications, the timeline and attachments.

The layout is forms/candidate_view.ui; this controller moves data between the services and
the widgets. Saving is one undo step (`CreateCandidate` for a new record, `EditCandidate` for an
existing one), and every command pushed from here calls the page's `notify`, which re-reads the
list and then this record (`refresh`), so undo and redo show at once. A record whose form has
unsaved edits keeps them across such a refresh; everything else is read again.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from hirefile.domain.candidates import CandidateDraft
from hirefile.errors import HirefileError, NotFound, ValidationError
from hirefile.services import candidates, listing
from hirefile.services import timeline as timeline_service
from hirefile.services.erasure import ErasureReport
from hirefile.services.workspace import Workspace
from hirefile.ui import messages
from hirefile.ui.candidate.applications import ApplicationsPanel
from hirefile.ui.candidate.attachments import AttachmentsPanel
from hirefile.ui.candidate.dialogs import UnsavedChanges
from hirefile.ui.candidate.duplicates import DuplicateBanner
from hirefile.ui.candidate.fields import links_html, open_url, subtitle_text
from hirefile.ui.candidate.mail_drop import MailView
from hirefile.ui.candidate.merge import MergeDialog, merge_side
from hirefile.ui.candidate.onboarding import OnboardingPanel
from hirefile.ui.candidate.record_form import RecordForm
from hirefile.ui.candidate.record_menu import install as install_more_menu
from hirefile.ui.candidate.style import polish_kinds
from hirefile.ui.candidate.timeline import TimelineDelegate, TimelineModel
from hirefile.ui.changes import APPLICATION, CANDIDATE, EVERYTHING, Change
from hirefile.ui.commands import apply
from hirefile.ui.commands.candidates import (
    CreateCandidate,
    EditCandidate,
    merge_now,
    merged_record,
)
from hirefile.ui.common import run_modal, set_flag
from hirefile.ui.conflict_dialog import save_or_ask
from hirefile.ui.generated.ui_candidate_view import Ui_CandidateView
from hirefile.ui.screen import StackWhenNarrow
from hirefile.ui.sharing.stamps import stamp_line_under
from hirefile.ui.text import isolate

Notify = Callable[[], None]
MESSAGE_MS = 8000


class CandidateRecord(QWidget):
    """One candidate (or a new one): `show_candidate`, `start_new`, `save`, `revert`."""

    #: The person went back to the list (Esc or "‹ Candidates"); no arguments.
    sig_closed = Signal()
    #: Open another candidate instead (argument: id), e.g. a duplicate from the banner.
    sig_open_candidate = Signal(str)
    #: Written here what is not an undo step (a merge, a submitted scorecard, revealed
    #: feedback); argument: the `Change`, for the window to announce to every page.
    sig_written = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CandidateView()
        self.form.setupUi(self)
        f = self.form
        self.record_form: RecordForm = f.recordForm
        self._db: Workspace | None = None
        self._stack = QUndoStack(self)
        self._notify: Notify = lambda: None
        self._candidate_id: str | None = None
        self._loaded = CandidateDraft()
        #: The draft the form was last loaded from (with its version): a save writes only
        #: what was changed from it, checked against its version.
        self._base = CandidateDraft()
        self.timeline_model = TimelineModel(self)
        f.timelineList.setModel(self.timeline_model)
        f.timelineList.setItemDelegate(TimelineDelegate(f.timelineList))
        f.timelineList.setResizeMode(f.timelineList.ResizeMode.Adjust)  # re-wrap on resize
        f.timelineList.setMouseTracking(True)
        self.applications = ApplicationsPanel(f.applicationsHost, f.applicationsLayout,
                                              f.noApplicationsLabel, f.addRoleButton, self)
        self.attachments = AttachmentsPanel(f.attachmentsTable, f.addFileButton,
                                            f.openFileButton, f.removeFileButton,
                                            self._attachments_changed, self)
        self.onboarding = OnboardingPanel(f.sideTabs)
        f.sideTabs.addTab(self.onboarding, "Onboar&ding")
        self.duplicates = DuplicateBanner(f.duplicateBanner, f.duplicateLayout,
                                          f.duplicateTitle, self._duplicate_query, self)
        f.applicationsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f.formScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f.bodySplitter.setStretchFactor(0, 5)
        f.bodySplitter.setStretchFactor(1, 6)
        f.bodySplitter.setSizes([540, 620])
        f.sideSplitter.setSizes([300, 420])
        self.stacking = StackWhenNarrow(f.bodySplitter)  # form above timeline on small screens
        self.stamp_line = stamp_line_under(f.headerLinks)  # who added and last changed them
        f.messageBar.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._make_actions()
        self._connect()
        self.more = install_more_menu(f.actionsRow, f.actionsRow.indexOf(f.revertButton),
                                      f.actionsBox, self._shown, self._erased, self.maybe_leave)
        self.more.sig_drafted.connect(self._drafted)
        self._update_buttons()
        polish_kinds(self)

    def _make_actions(self) -> None:
        self.save_action = QAction("Save candidate", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_action = QAction("Back to the list", self)
        self.back_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape),
                                       QKeySequence("Alt+Left")])
        self.back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([self.save_action, self.back_action])

    def _connect(self) -> None:
        f = self.form
        f.saveButton.clicked.connect(self.save)
        f.revertButton.clicked.connect(self.revert)
        f.backButton.clicked.connect(self.go_back)
        f.messageClose.clicked.connect(f.messageBar.hide)
        f.headerLinks.linkActivated.connect(self._open_link)
        self._message_timer.timeout.connect(f.messageBar.hide)
        self.save_action.triggered.connect(self.save)
        self.back_action.triggered.connect(self.go_back)
        self.record_form.sig_changed.connect(self._update_buttons)
        self.record_form.sig_contact_changed.connect(self.duplicates.schedule)
        self.duplicates.sig_open.connect(self.sig_open_candidate)
        self.duplicates.sig_merge.connect(self.merge_with)
        self.duplicates.sig_updated.connect(self._set_tab_order)
        self.applications.sig_written.connect(self.sig_written)
        self.onboarding.sig_message.connect(self.show_message)
        f.timelineList.activated.connect(self._open_event)

    # context ---------------------------------------------------------------------------------

    def set_context(self, db: Workspace | None, stack: QUndoStack, notify: Notify) -> None:
        """The file, the window's undo stack and what commands call after each change."""
        self._db, self._stack, self._notify = db, stack, notify
        self.applications.set_context(db, stack, notify)
        self.attachments.set_database(db, stack)
        self.onboarding.set_context(db, stack, notify)
        if db is None:
            self._candidate_id = None

    @property
    def candidate_id(self) -> str | None:
        return self._candidate_id

    @property
    def is_new(self) -> bool:
        return self._candidate_id is None

    @property
    def is_dirty(self) -> bool:
        return self.record_form.is_dirty

    def _shown(self) -> tuple[Workspace, str, str] | None:
        """The file and the saved record shown (key, name), for the More menu."""
        if self._db is None or self._candidate_id is None:
            return None
        return self._db, self._candidate_id, self._loaded.full_name

    def _erased(self, report: ErasureReport) -> None:
        """After an erasure: no undo step may put the person's data back, and every view
        reads the file again (the person is gone from lists, names and feedback)."""
        self._stack.clear()
        self.sig_written.emit(EVERYTHING)
        self.show_message(report.line())

    def _drafted(self, line: str) -> None:
        """After Write E-mail…: the draft's entry shows on the timeline."""
        self._read_related()
        self.show_message(line)

    def _open_event(self, index: QModelIndex) -> None:
        """An entry that opens something (a kept e-mail) opens it: Enter or a double-click."""
        events = self.timeline_model.events
        if self._db is None or not 0 <= index.row() < len(events):
            return
        event = events[index.row()]
        if event.kind != "mail" or event.ref is None:
            return
        try:
            view = MailView(self._db, event.ref, self)
        except HirefileError as exc:
            self.show_message(exc.message, problem=True)
            return
        run_modal(view)

    # showing ---------------------------------------------------------------------------------

    def show_candidate(self, candidate_id: str) -> bool:
        """Load a candidate from the file; False (with a message) when it no longer exists.
        A record merged into another opens the one it was merged into."""
        if self._db is None:
            return False
        try:
            with self._db.reader() as s:
                candidate_id = candidates.current_id(s, candidate_id)
                draft = candidates.candidate_draft(s, candidate_id)
        except HirefileError as exc:
            messages.show_problem(self, "Could not open the candidate", exc.message)
            return False
        self._candidate_id = candidate_id
        self._set_mode(new=False)
        self._loaded = draft
        self._load_form(draft, new=False)
        self._read_related()
        self.duplicates.check_now()
        self.form.messageBar.hide()
        self.form.formScroll.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, self._fit_applications)  # once laid out
        return True

    def _fit_applications(self) -> None:
        """Give the applications the height they need (within limits), the timeline the rest."""
        f = self.form
        cards = self.applications.cards
        need = 48 + sum(c.sizeHint().height() + 8 for c in cards) if cards else 90
        total = max(f.sideSplitter.height(), 400)
        top = min(max(need, 90), int(total * 0.55))
        f.sideSplitter.setSizes([top, total - top])

    def start_new(self, role_id: str | None = None) -> None:
        """An empty record; Save adds the person (to `role_id`'s pipeline when given)."""
        self._candidate_id = None
        self._loaded = CandidateDraft()
        self._set_mode(new=True)
        self._fill_roles(role_id)
        self._load_form(CandidateDraft(), new=True)
        self._read_related()
        self.duplicates.clear()
        self.form.messageBar.hide()
        self.record_form.form.nameEdit.setFocus()

    def _set_mode(self, *, new: bool) -> None:
        f = self.form
        for w in (f.roleLabel, f.roleCombo):
            w.setVisible(new)
        f.sideSplitter.setVisible(not new)
        f.formScroll.setMaximumWidth(760 if new else 16777215)
        f.saveButton.setText("&Add candidate" if new else "&Save")
        f.revertButton.setText("&Clear" if new else "Re&vert")
        self.more.setVisible(not new)

    def _fill_roles(self, role_id: str | None) -> None:
        combo = self.form.roleCombo
        combo.clear()
        combo.addItem("No role yet", None)
        if self._db is not None:
            with self._db.reader() as s:
                for r in listing.role_rows(s):
                    combo.addItem(f"{r.title}  ·  {r.status}", r.id)
        combo.setCurrentIndex(max(0, combo.findData(role_id)) if role_id else 0)

    def _read_related(self) -> None:
        """Applications, timeline and attachments of the shown candidate."""
        cid = self._candidate_id
        events: list[timeline_service.Event] = []
        if self._db is not None and cid is not None:
            with self._db.reader() as s:
                events = timeline_service.timeline(s, cid, self._db.identity.person_id)
        self.timeline_model.set_events(events)
        self.applications.load(cid, self._loaded.full_name)
        self.attachments.load(cid)
        f = self.form
        f.sideTabs.setTabText(0, f"&Timeline ({len(events)})" if events else "&Timeline")
        n = self.attachments.count
        f.sideTabs.setTabText(1, f"Attac&hments ({n})" if n else "Attac&hments")
        self.onboarding.load(cid)
        tab = f.sideTabs.indexOf(self.onboarding)
        f.sideTabs.setTabVisible(tab, self.onboarding.shown)
        todo = self.onboarding.data.open_items if self.onboarding.data is not None else 0
        f.sideTabs.setTabText(tab, f"Onboar&ding ({todo})" if todo else "Onboar&ding")
        self._update_header()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes down the page: back, duplicates, the form, Save, then the side panel.

        Application cards and banner rows are made at run time, so the order is set here.
        """
        f = self.form
        chain: list[QWidget] = [
            f.backButton, f.headerLinks, *self.duplicates.buttons, f.roleCombo, self.record_form,
            *self.record_form.tab_chain(),
            f.saveButton, f.revertButton, f.addRoleButton, *self.applications.focus_chain(),
            f.sideTabs, f.timelineList, f.attachmentsTable, f.addFileButton, f.openFileButton,
            f.removeFileButton, *self.onboarding.focus_chain()]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def refresh(self) -> None:
        """Read the record again after a change (do, undo, redo); keep unsaved edits."""
        if self._db is None or self._candidate_id is None:
            return
        try:
            with self._db.reader() as s:
                draft = candidates.candidate_draft(s, self._candidate_id)
        except NotFound:
            self._candidate_id = None
            self._load_form(CandidateDraft(), new=True)
            self.sig_closed.emit()
            return
        if not self.record_form.is_dirty:
            self._load_form(draft, new=False)
        self._loaded = draft
        self._read_related()

    def _update_header(self) -> None:
        f = self.form
        if self.is_new:
            name = " ".join(self.record_form.form.nameEdit.text().split())
            f.headerName.setText(name or "New candidate")
            f.headerSubtitle.setText("Not in the file yet: Add candidate saves it")
            f.headerLinks.clear()
        else:
            f.headerName.setText(self._loaded.full_name)
            f.headerSubtitle.setText(subtitle_text(self._loaded))
            f.headerLinks.setText(links_html(self._loaded))
        f.headerLinks.setVisible(bool(f.headerLinks.text()))
        self.stamp_line.show_for(self._db, "candidate", self._candidate_id)

    def _update_buttons(self) -> None:
        f = self.form
        dirty = self.record_form.is_dirty
        error = self.record_form.first_error()
        can_save = (dirty or self.is_new) and error is None
        f.saveButton.setEnabled(can_save)
        self.save_action.setEnabled(can_save)
        f.saveButton.setToolTip(error.message if error is not None else "Save (Ctrl+S)")
        f.revertButton.setEnabled(dirty)
        if self.is_new:
            self._update_header()

    def _open_link(self, href: str) -> None:
        url = QUrl(href)
        if url.scheme().lower() in ("http", "https", "mailto"):
            open_url(url)

    def show_message(self, text: str, *, problem: bool = False) -> None:
        f = self.form
        f.messageLabel.setText(text)
        set_flag(f.messageBar, "problem", problem)
        f.messageBar.show()
        if not problem:
            self._message_timer.start()

    # saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the form as one undo step; on a refusal, say why at the field."""
        form = self.record_form
        if self._db is None:
            return False
        if form.has_errors:
            form.reveal_all()
            form.focus_first_error()
            return False
        draft = form.draft()
        try:
            if self.is_new:
                cmd = CreateCandidate(self._db, self._notify, draft,
                                      role_id=self.form.roleCombo.currentData())
                apply(self._stack, cmd)
                assert cmd.candidate_id is not None
                self.show_candidate(cmd.candidate_id)
                self.show_message(f"Added {isolate(draft.full_name.strip())}. Edit → Undo takes it "
                                  "back out.")
                return True
            if not form.is_dirty:
                return True
            assert self._candidate_id is not None
            self._save_edit(draft)
        except ValidationError as exc:
            if not form.show_issue(exc.field, exc.message):
                self.show_message(exc.message, problem=True)
            return False
        except HirefileError as exc:
            messages.show_problem(self, "Could not save", exc.message)
            return False
        self._load_form(self._loaded_from_file(), new=False)
        self._read_related()
        self._update_buttons()
        return True

    def _save_edit(self, draft: CandidateDraft) -> None:
        """Save an edit of the shown record; refused as stale, the person chooses whose value
        stays (`ConflictDialog`): theirs reloads the form, mine saves it over theirs."""
        db, cid = self._db, self._candidate_id
        assert db is not None and cid is not None
        if not save_or_ask(self, lambda version: apply(self._stack, EditCandidate(
                db, self._notify, cid, self._base, draft, version=version))):
            self.show_message("Kept the change made meanwhile; yours was discarded.")

    def _load_form(self, draft: CandidateDraft, *, new: bool) -> None:
        self._base = draft
        self.record_form.load(draft, new=new)

    def _loaded_from_file(self) -> CandidateDraft:
        assert self._db is not None and self._candidate_id is not None
        with self._db.reader() as s:
            self._loaded = candidates.candidate_draft(s, self._candidate_id)
        return self._loaded

    def revert(self) -> None:
        self._load_form(self._loaded, new=self.is_new)
        if self.is_new:
            self.duplicates.clear()
        else:
            self.duplicates.check_now()
        self._update_buttons()

    def maybe_leave(self) -> bool:
        """True when the record may be left: nothing unsaved, saved, or discarded."""
        if not self.record_form.is_dirty:
            return True
        answer = UnsavedChanges.ask(self, self._loaded.full_name
                                    or self.record_form.form.nameEdit.text())
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._load_form(self._loaded, new=self.is_new)
            return True
        return False

    def go_back(self) -> None:
        if self.maybe_leave():
            self.sig_closed.emit()

    # duplicates and merging ------------------------------------------------------------------

    def _duplicate_query(self) -> tuple[Workspace | None, CandidateDraft, str | None]:
        return self._db, self.record_form.draft(), self._candidate_id

    def merge_with(self, other_id: str) -> bool:
        """Ask how to merge this record with `other_id`, then merge (not undoable)."""
        if self._db is None or self._candidate_id is None or not self.maybe_leave():
            return False
        try:
            left = merge_side(self._db, self._candidate_id)
            right = merge_side(self._db, other_id)
        except HirefileError as exc:
            messages.show_problem(self, "Could not merge", exc.message)
            return False
        answer = MergeDialog.ask(self, left, right)
        if answer is None:
            return False
        keep, other = answer
        shown = self._candidate_id
        try:
            # the page's refresh after the merge reads the record that stays
            self._candidate_id = stays = merged_record(self._db, keep, other)
            merge_now(self._db, self._notify, keep, other)
        except HirefileError as exc:
            self._candidate_id = shown
            messages.show_problem(self, "Could not merge", exc.message)
            return False
        # the other's applications, interviews and offers now carry the kept name
        self.sig_written.emit(Change(frozenset((CANDIDATE, APPLICATION))))
        self.show_candidate(stays)
        kept, gone = (left, right) if keep == left.candidate_id else (right, left)
        self.show_message(f"Merged {isolate(gone.draft.full_name)} into "
                          f"{isolate(kept.draft.full_name)}. "
                          "Merging cannot be undone.")
        return True

    def _attachments_changed(self) -> None:
        n = self.attachments.count
        self.form.sideTabs.setTabText(1, f"Attac&hments ({n})" if n else "Attac&hments")

