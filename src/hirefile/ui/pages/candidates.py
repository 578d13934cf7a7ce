"""The Candidates page: the whole list, searched as you type (in SQL, debounced), and a
candidate's record opened from it in place of the list.

The page owns its actions (`action_add`, `action_import`, `action_export`, and the bulk
`action_move`, `action_tag`, `action_reject`) so the window can also put them in its menus.
Every undo command pushed from here, or from the record, calls `notify`: on a page of its own
the list is read again (the selection kept), then the open record; in the window, whose change
notification reads every page once, it only tells the window through `sig_changed`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPushButton, QTableView, QWidget

from hirefile.errors import HirefileError
from hirefile.services import listing
from hirefile.services.csv_export import export_csv
from hirefile.services.workspace import Workspace
from hirefile.ui import glyphs, messages, theme
from hirefile.ui.candidate import cv_drop, mail_drop
from hirefile.ui.candidate.bulk import BulkActions, Desk, people
from hirefile.ui.candidate.record import CandidateRecord
from hirefile.ui.candidate.style import style_sheet
from hirefile.ui.changes import (
    APPLICATION,
    ASSESSMENT,
    CANDIDATE,
    OFFER,
    ROLE,
    Change,
    FileChanges,
)
from hirefile.ui.commands.candidates import ImportCandidates
from hirefile.ui.common import guarded
from hirefile.ui.csv import files
from hirefile.ui.csv.import_dialog import ImportCsvDialog
from hirefile.ui.empty_state import EmptyState, configure_desk_empty
from hirefile.ui.generated.ui_candidates_page import Ui_CandidatesPage
from hirefile.ui.models.candidates import COL_NAME, CandidatesModel
from hirefile.ui.models.columns import count_text
from hirefile.ui.overflow import ToolbarOverflow
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.text import isolate

SEARCH_DELAY_MS = 150
NOTICE_MS = 12_000


class CandidatesPage(QWidget):
    """Every candidate in the file; the search waits for a pause in typing before it asks SQL."""

    #: The person asked to fill the empty file with demo data.
    sig_try_demo = Signal()
    #: Something in the file changed from this page (for other pages' counts); no arguments.
    sig_changed = Signal()
    #: A short outcome for the status bar ("Exported 300 candidates to …"); argument: text.
    sig_message = Signal(str)
    #: A candidate's record was opened (argument: id), e.g. for the window to show this page.
    sig_record_opened = Signal(str)
    #: The record wrote what is not an undo step (a merge, a submitted scorecard); argument:
    #: the `Change`, for the window to announce.
    sig_written = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CandidatesPage()
        self.form.setupUi(self)
        f = self.form
        self.overflow = ToolbarOverflow(f.listView, f.toolbarRow, [
            f.addButton, f.importButton, f.exportButton, f.moveButton, f.tagButton,
            f.rejectButton])
        theme.keep_style(self, style_sheet)
        #: The window replaces this with its shared stack before `set_database`.
        self.undo_stack = QUndoStack(self)
        self.model = CandidatesModel(self)
        self.empty = EmptyState(self.form.emptyPage)
        self.form.emptyLayout.addWidget(self.empty)
        self._record: CandidateRecord | None = None  # made when first opened (many widgets)
        self._db: Workspace | None = None
        self._total = 0
        self._desk_empty = False
        #: A change came while the record hid the list: the list reads again when shown.
        self._list_stale = False
        #: The kinds of the changes that came while the page was hidden: read when shown.
        self._hidden_kinds: frozenset[str] = frozenset()
        #: The window's change notification (set by the window): it re-reads this page after
        #: every edit, so the page does not re-read itself a second time.
        self.changes: FileChanges | None = None
        #: What undo commands pushed from this page call after do, undo and redo.
        self.notify = guarded(self, self._after_change)
        self.bulk = BulkActions(self, self._desk, self.show_notice)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self.form.searchEdit.addAction(glyphs.icon("search", "FAINT"),
                                       QLineEdit.ActionPosition.LeadingPosition)
        configure_table(self.form.table, self.model, (COL_NAME, Qt.SortOrder.AscendingOrder))
        self.form.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.form.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.form.noticeBar.hide()
        self._due = 0
        self.due_button = QPushButton(self)
        self.due_button.setObjectName("dueButton")
        self.due_button.hide()
        theme.keep_style(self.due_button, lambda: (
            f"QPushButton#dueButton {{ color: {theme.AMBER}; font-weight: 600; "
            f"border: 1px solid {theme.AMBER}; border-radius: 6px; padding: 5px 12px; }}"))
        row = self.form.headerRow
        row.insertWidget(row.indexOf(self.form.searchEdit), self.due_button)
        self._make_actions()
        self._connect()
        self._update_selection()
        self.setAcceptDrops(True)  # CV files dropped on the page become candidates

    def _make_actions(self) -> None:
        def action(text: str, shortcut: str, tip: str, owner: QWidget) -> QAction:
            """An action whose shortcut works while `owner` is shown (a hidden widget's
            shortcuts are off, so the list's keys rest while a record is open)."""
            a = QAction(text, self)
            a.setShortcut(QKeySequence(shortcut))
            a.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
            a.setStatusTip(tip)
            a.setIconText(text.replace("&", ""))  # buttons keep the "…" of a dialog action
            owner.addAction(a)
            return a

        f = self.form
        self.action_add = action("&Add candidate", "Ctrl+Shift+A",
                                 "Add a person by hand, optionally to a role", self)
        self.action_import = action("&Import CSV…", "Ctrl+Shift+I",
                                    "Import candidates from a spreadsheet or an ATS export", self)
        self.action_export = action("&Export CSV…", "Ctrl+Shift+E",
                                    "Write the candidates listed now to a CSV file", f.listView)
        self.action_open = QAction("&Open", self)
        self.action_email = action("&Write E-mail…", "Ctrl+Shift+M",
                                   "A draft from a template for each selected candidate "
                                   "(e.g. rejections), for your mail app", f.listView)
        self.action_move = action("&Move to stage…", "Ctrl+M",
                                  "Move the selected candidates to a stage of a role", f.listView)
        self.action_tag = action("&Tag…", "Ctrl+T", "Add tags to the selected candidates",
                                 f.listView)
        self.action_reject = action("&Reject…", "Ctrl+Shift+R",
                                    "Reject the selected candidates, with a reason", f.listView)
        for button, a in ((f.addButton, self.action_add), (f.importButton, self.action_import),
                          (f.exportButton, self.action_export), (f.moveButton, self.action_move),
                          (f.tagButton, self.action_tag), (f.rejectButton, self.action_reject)):
            button.setDefaultAction(a)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        f.addButton.setText("+  Add candidate")

    def _connect(self) -> None:
        f = self.form
        f.searchEdit.textChanged.connect(self._search_timer.start)
        f.searchEdit.returnPressed.connect(self._apply_search)
        self._search_timer.timeout.connect(self._apply_search)
        self.due_button.clicked.connect(self.toggle_due)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        self._notice_timer.timeout.connect(f.noticeBar.hide)
        f.noticeClose.clicked.connect(f.noticeBar.hide)
        self.empty.sig_action.connect(self.sig_try_demo)
        f.table.activated.connect(self._open_index)
        f.table.customContextMenuRequested.connect(self._context_menu)
        f.table.selectionModel().selectionChanged.connect(self._update_selection)
        self.model.modelReset.connect(self._update_selection)
        self.action_add.triggered.connect(lambda: self.add_candidate())
        self.action_import.triggered.connect(self.import_csv)
        self.action_export.triggered.connect(self.export_csv)
        self.action_open.triggered.connect(self._open_current)
        self.action_move.triggered.connect(lambda: self.bulk.move_to_stage(self.selected_ids()))
        self.action_tag.triggered.connect(lambda: self.bulk.tag(self.selected_ids()))
        self.action_reject.triggered.connect(lambda: self.bulk.reject(self.selected_ids()))
        self.action_email.triggered.connect(self.write_email)

    @property
    def record(self) -> CandidateRecord:
        """The record view, made on first use: most sessions open the list far more often."""
        if self._record is None:
            self._record = CandidateRecord(self.form.recordView)
            self.form.recordLayout.addWidget(self._record)
            self._record.set_context(self._db, self.undo_stack, self.notify)
            self._record.sig_closed.connect(self.close_record)
            self._record.sig_open_candidate.connect(self.open_candidate)
            self._record.sig_written.connect(self.sig_written)
        return self._record

    @property
    def table(self) -> QTableView:
        return self.form.table

    @property
    def search_edit(self) -> QLineEdit:
        return self.form.searchEdit

    @property
    def total(self) -> int:
        """Candidates in the file, whatever the search."""
        return self._total

    @property
    def list_stale(self) -> bool:
        """A change came while a record or another page hid the list: it reads when shown."""
        return self._list_stale or bool(self._hidden_kinds)

    @property
    def record_open(self) -> bool:
        return self.form.viewStack.currentWidget() is self.form.recordView

    def _desk(self) -> Desk:
        return Desk(self._db, self.undo_stack, self.notify)

    # the file --------------------------------------------------------------------------------

    def set_database(self, db: Workspace | None) -> None:
        self._db = db
        if self._record is not None:
            self._record.set_context(db, self.undo_stack, self.notify)
        self.form.viewStack.setCurrentWidget(self.form.listView)
        self.form.noticeBar.hide()
        self._list_stale = False
        self._hidden_kinds = frozenset()
        self.model.set_database(db)
        self._count_total()
        self._show_state()

    def refresh(self, change: Change | None = None) -> None:
        """Read the list again (the selection kept) and the open record. While a record hides
        the list, only the record reads: the list is marked stale and reads when shown again
        (at 50,000 candidates reading it costs far more than the record). A `change` that
        touches no candidate (a move, a role renamed) keeps the ids, order and counts: only
        the rows on screen read again. Hidden behind another page, it reads nothing but the
        badge's count (when candidates changed), and the change when shown again."""
        if change is not None and not self.isVisible():
            self._hidden_kinds |= change.kinds
            if change.touches(CANDIDATE):
                self._count_total()
            return
        if change is not None and not change.touches(CANDIDATE):
            self.model.refresh_rows()
            if self.record_open:
                self.record.refresh()
            return
        if self.record_open:
            self._list_stale = True
            self._count_total()  # the window's badge and status bar read it now
            self.record.refresh()
            return
        self._read_list()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._hidden_kinds:
            change, self._hidden_kinds = Change(self._hidden_kinds), frozenset()
            self.refresh(change)

    def _read_list(self) -> None:
        self._list_stale = False
        selected, current = self.selected_ids(), self._current_id()
        self.model.refresh()
        self._reselect(selected, current)
        self._count_total()
        self._show_state()

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of rows this page shows (the open record's timeline shows assessments)."""
        shown = frozenset((CANDIDATE, APPLICATION, OFFER, ROLE))
        return shown | {ASSESSMENT} if self.record_open else shown

    def _after_change(self) -> None:
        if self.changes is None:
            self.refresh()
        self.sig_changed.emit()

    def set_desk_empty(self, empty: bool) -> None:
        self._desk_empty = empty
        self._show_state()


    def _count_total(self) -> None:
        self._total = self._due = 0
        if self._db is not None:
            with self._db.reader() as s:
                self._total = listing.candidate_count(s)
                self._due = listing.due_count(s, date.today())
        self._show_due()

    def _show_due(self) -> None:
        """The talent pool's reach-outs that have come due surface here, on their date."""
        button = self.due_button
        filtering = self.model.due_on is not None
        button.setVisible(self._due > 0 or filtering)
        button.setText(f"{count_text(self._due, 'reach-out')} due" if not filtering
                       else "Show everyone")
        button.setToolTip("Talent-pool candidates whose reach-out date has come"
                          if not filtering else "Back to the whole list")

    def focus_search(self) -> None:
        """Ctrl+F: back to the list (when a record is open, it asks first) and into search."""
        if self.record_open and not self.maybe_leave():
            return
        if self.record_open:
            self.close_record()
        self.form.searchEdit.setFocus()
        self.form.searchEdit.selectAll()

    def toggle_due(self) -> None:
        self.show_due(None if self.model.due_on is not None else date.today())

    def show_due(self, day: date | None) -> None:
        """Only the talent-pool candidates due for a reach-out by `day` (None: everyone)."""
        if self.record_open:
            if not self.record.maybe_leave():
                return
            self.close_record()
        self.model.set_due_on(day)
        self._show_due()
        self._show_state()

    # the list --------------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search_text(self.form.searchEdit.text())
        self._show_state()

    def _show_state(self) -> None:
        text = self.model.search_text
        shown = self.model.rowCount()
        if self.model.due_on is not None:
            self.form.countLabel.setText(
                f"{count_text(shown, 'talent-pool candidate')} due for a reach-out")
        elif text:
            self.form.countLabel.setText(
                f"{shown:,} of {count_text(self._total, 'candidate')} match “{isolate(text)}”"
                if shown else f"No candidates match “{isolate(text)}”")
        else:
            self.form.countLabel.setText(count_text(self._total, "candidate") if self._total
                                         else "No candidates yet")
        self.form.searchEdit.setEnabled(self._total > 0)
        if self._desk_empty:
            configure_desk_empty(self.empty)
        elif self._total == 0:
            self.empty.configure(
                title="No candidates yet",
                body="People you add to a role, or import, are listed here.",
                glyph="candidates")
        empty = self._desk_empty or self._total == 0
        self.form.contentStack.setCurrentWidget(
            self.form.emptyPage if empty else self.form.tablePage)
        has_db = self._db is not None
        self.action_add.setEnabled(has_db)
        self.action_import.setEnabled(has_db)
        self.action_export.setEnabled(has_db and shown > 0)

    def listed_ids(self) -> list[str]:
        """The ids of the list as shown: the current search, in the current sort."""
        ids = (self.model.id_at(r) for r in range(self.model.rowCount()))
        return [i for i in ids if i is not None]

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.form.table.selectionModel().selectedRows())
        ids = (self.model.id_at(r) for r in rows)
        return [i for i in ids if i is not None]

    def _current_id(self) -> str | None:
        index = self.form.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _reselect(self, ids: list[str], current: str | None) -> None:
        """Select again, after the list was re-read, the rows that were selected before."""
        sm = self.form.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | \
            QItemSelectionModel.SelectionFlag.Rows
        row = self.model.row_of(current) if current else None
        if row is not None:
            sm.setCurrentIndex(self.model.index(row, COL_NAME),
                               QItemSelectionModel.SelectionFlag.NoUpdate)
        for cid in ids:
            row = self.model.row_of(cid)
            if row is not None:
                sm.select(self.model.index(row, COL_NAME), flags)

    def _update_selection(self, *_args: object) -> None:
        n = len(self.form.table.selectionModel().selectedRows())
        self.form.selectionLabel.setText(f"{n:,} selected" if n > 1 else "")
        for a in (self.action_move, self.action_tag, self.action_reject, self.action_email):
            a.setEnabled(n > 0 and self._db is not None)
        self.action_open.setEnabled(self._current_id() is not None)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.form.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.action_open)
        menu.addSeparator()
        for a in (self.action_move, self.action_tag, self.action_reject, self.action_email):
            menu.addAction(a)
        menu.exec(self.form.table.viewport().mapToGlobal(pos))

    def write_email(self) -> None:
        """Write E-mail… for the selection: one draft per person (rejection first offered
        for several, the first template for one)."""
        ids = self.selected_ids()
        if self._db is None or not ids:
            return
        from hirefile.ui.mail_dialog import write_email

        write_email(self, self._db, ids, done=self._drafted,
                    template_key="rejection" if len(ids) > 1 else "acknowledgement")

    def _drafted(self, line: str) -> None:
        self.show_notice(line)
        if self.record_open and self._record is not None:
            self._record.refresh()

    def show_notice(self, text: str) -> None:
        """A short outcome above the list (and for the status bar through `sig_message`)."""
        self.form.noticeLabel.setText(text)
        self.form.noticeBar.show()
        self._notice_timer.start()
        self.sig_message.emit(text)

    # the record ------------------------------------------------------------------------------

    def open_candidate(self, candidate_id: str) -> bool:
        """Show a candidate's record in place of the list (the board calls this too)."""
        if self._db is None:
            return False
        if self.record_open:
            if self.record.candidate_id == candidate_id:
                return True
            if not self.record.maybe_leave():
                return False
        if not self.record.show_candidate(candidate_id):
            return False
        self.form.viewStack.setCurrentWidget(self.form.recordView)
        self.record.form.backButton.setFocus()
        self.sig_record_opened.emit(self.record.candidate_id or candidate_id)  # merged: kept
        return True

    def maybe_leave(self) -> bool:
        """True when the page may be left or the file closed: no unsaved record, or the
        person saved or discarded it (for the window to ask before switching files)."""
        return not self.record_open or self.record.maybe_leave()

    def add_candidate(self, role_id: str | None = None) -> bool:
        """An empty record to fill in; Save adds the person (to `role_id` when given)."""
        if self._db is None or (self.record_open and not self.record.maybe_leave()):
            return False
        self.record.start_new(role_id)
        self.form.viewStack.setCurrentWidget(self.form.recordView)
        self.record.record_form.form.nameEdit.setFocus()
        return True

    def close_record(self) -> None:
        """Back to the list, with the record's candidate selected when it is listed. The list
        keeps its model: it reads again only when a change came while the record was open
        (nothing is read when nothing changed)."""
        shown = self.record.candidate_id
        self.form.viewStack.setCurrentWidget(self.form.listView)
        if self._list_stale:
            self._read_list()
        row = self.model.row_of(shown) if shown is not None else None
        if row is not None:
            self.form.table.selectRow(row)
            self.form.table.scrollTo(self.model.index(row, COL_NAME))
        self.form.table.setFocus()

    def _open_index(self, index: object) -> None:
        cid = self.model.id_at(index.row())  # type: ignore[attr-defined]
        if cid is not None:
            self.open_candidate(cid)

    def _open_current(self) -> None:
        cid = self._current_id()
        if cid is not None:
            self.open_candidate(cid)

    # import and export -----------------------------------------------------------------------

    def import_csv(self) -> bool:
        if self._db is None:
            return False
        report = ImportCsvDialog.run(self, self._db)
        if report is None:
            return False
        if report.import_id is not None:  # one undo step (an import that wrote nothing is none)
            self.undo_stack.push(ImportCandidates(self._db, self.notify, report))
        self._after_change()
        self.show_notice(f"Import: {report.lines()[0]}.")
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._db is not None and cv_drop.dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = cv_drop.dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.take_dropped(paths))  # after the drag ends

    def take_dropped(self, paths: list[Path], role_id: str | None = None) -> None:
        """E-mails are kept (with the open record, or by address); other files are CVs (put
        in `role_id`'s pipeline when dropped on a role's board)."""
        mails = mail_drop.eml_files(paths)
        if mails:
            self.keep_mail(mails)
        others = [p for p in paths if p not in mails]
        if others:
            self.import_cvs(others, role_id=role_id)

    def keep_mail(self, paths: list[Path]) -> bool:
        """Keep dropped e-mails with the candidate whose record is open, or each with the
        person its addresses name (asking to add one no one has), as one undo step."""
        if self._db is None:
            return False
        on_record = self.record_open and self.record.candidate_id is not None
        if self._db.read_only:
            self._say("This file is open read-only: e-mails cannot be kept in it.", on_record,
                      problem=True)
            return False
        done = mail_drop.keep(self, self._db, self.undo_stack, self.notify, paths,
                              self.record.candidate_id if on_record else None)
        if done is None:
            return False
        if isinstance(done, str):
            self._say(done, on_record, problem=True)
            return False
        people = set(done.candidate_ids)
        if not on_record and len(people) == 1:  # show them, with the e-mail on the timeline
            on_record = self.open_candidate(next(iter(people)))
        self._say(mail_drop.status_line(done), on_record)
        return True

    def _say(self, text: str, on_record: bool, *, problem: bool = False) -> None:
        if on_record:
            self.record.show_message(text, problem=problem)
        else:
            self.show_notice(text)

    def import_cvs(self, paths: list[Path], *, role_id: str | None = None) -> bool:
        """CV files to candidates: read, confirmed in a list, imported as one undo step."""
        if self._db is None:
            return False
        if self._db.read_only:
            self.show_notice("This file is open read-only: CVs cannot be imported into it.")
            return False
        report = cv_drop.import_dropped(self, self._db, paths, self.undo_stack, self.notify,
                                        role_id=role_id)
        if report is None:
            return False
        skipped = f"; {len(report.skipped):,} not imported" if report.skipped else ""
        self.show_notice(f"Created {people(len(report.created))} from CVs, each with the CV "
                         f"attached{skipped}.")
        return True

    def export_csv(self) -> Path | None:
        """Write the list as shown (search and sort) to a CSV file, atomically."""
        if self._db is None:
            return None
        ids = self.listed_ids()
        if not ids:
            self.show_notice("Nothing to export: no candidate is listed.")
            return None
        search = self.model.search_text
        name = "Candidates" + (f" matching {search}" if search else "") + ".csv"
        safe = "".join(c for c in name if c not in '/\\:*?"<>|')
        target = files.ask_export_target(self, self._db.path.parent / safe)
        if target is None:
            return None
        try:
            with self._db.reader() as s:
                n = export_csv(s, target, ids)
        except HirefileError as exc:
            messages.show_problem(self, "Could not export", exc.message)
            return None
        self.show_notice(f"Exported {people(n)} to {isolate(str(target))}")
        return target
