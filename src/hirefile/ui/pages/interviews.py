"""The Interviews page: what is coming up (or what took place), and everything done with it.

Upcoming interviews come soonest first, those whose time is still to be agreed after them;
"Past" shows the ones that took place or were called off, most recent first. Both lists hold
every interview (a model over ids, rows read as they are painted) and every figure on the page
is counted in SQL: a file of 50,000 candidates has thousands. From a row a
founder schedules, edits, cancels or closes an interview, writes their scorecard, opens the
candidate's feedback, portfolio review, culture assessment, debrief or the role's finalists,
and exports interviews to their calendar. All signals are connected in `_connect`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QButtonGroup, QMenu, QWidget

from hirefile.domain.vocab import InterviewStatus
from hirefile.errors import HirefileError
from hirefile.services import blind, interviews, listing
from hirefile.services.interviews import InterviewData, UpcomingCounts
from hirefile.services.workspace import Workspace
from hirefile.ui import messages, theme
from hirefile.ui.assess import ask, entry
from hirefile.ui.assess.common import viewer_id
from hirefile.ui.assess.interviews_model import interviews_model
from hirefile.ui.assess.schedule import ScheduleDialog
from hirefile.ui.assess.style import style_sheet
from hirefile.ui.changes import FEEDBACK, FileChanges
from hirefile.ui.commands.base import record
from hirefile.ui.commands.interviews import SetInterviewStatus
from hirefile.ui.empty_state import EmptyState
from hirefile.ui.generated.ui_interview_page import Ui_InterviewsPage
from hirefile.ui.models.columns import count_text
from hirefile.ui.overflow import ToolbarOverflow
from hirefile.ui.pages.shown import ShownPage
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.text import isolate

UPCOMING, PAST = "upcoming", "past"


def _file_name(text: str) -> str:
    """A calendar file name from an interview ("Intro call - Ana Lima.ics")."""
    return re.sub(r'[\\/:*?"<>|]+', " ", text).strip() or "Interview"


class InterviewsPage(ShownPage):
    """Upcoming (or past) interviews and the actions on them."""

    #: A short message for the status bar after a change, e.g. "Scheduled Intro call with …".
    sig_status = Signal(str)
    #: A dialog may have written what is not an undo step (a submitted scorecard, revealed
    #: feedback); argument: the `Change`, for the window to announce. Undo steps need none.
    sig_written = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_InterviewsPage()
        self.form.setupUi(self)
        f = self.form
        self.overflow = ToolbarOverflow(self, f.toolbarRow, [
            f.scheduleButton, f.editButton, f.scorecardButton, f.doneButton, f.cancelButton,
            f.assessButton, f.exportButton])
        theme.keep_style(self, style_sheet)
        self.model = interviews_model(self)
        configure_table(self.form.table, self.model, sort=self.model.natural_sort)
        self.empty = EmptyState(self.form.emptyPage)
        self.form.emptyLayout.addWidget(self.empty)
        self._db: Workspace | None = None
        self._mode = UPCOMING
        self._counts = UpcomingCounts(0, 0, 0)
        self._desk_empty = False
        #: The window's undo stack (set by the window); every edit here is one step on it.
        self.undo_stack: QUndoStack | None = None
        #: The window's change notification (set by the window): it re-reads this page after
        #: every edit, so the page does not re-read itself a second time.
        self.changes: FileChanges | None = None
        self.toggles = QButtonGroup(self)
        self.toggles.addButton(self.form.toggleUpcoming)
        self.toggles.addButton(self.form.togglePast)
        self._build_menus()
        self._connect()
        self._update_actions()

    def _build_menus(self) -> None:
        self.assess_menu = QMenu(self)
        self.action_feedback = self.assess_menu.addAction("&Feedback and scorecards…")
        self.action_review = self.assess_menu.addAction("&Portfolio review…")
        self.action_culture = self.assess_menu.addAction("&Culture assessment…")
        self.assess_menu.addSeparator()
        self.action_debrief = self.assess_menu.addAction("&Debrief…")
        self.action_finalists = self.assess_menu.addAction("Compare &finalists…")
        self.action_blind = self.assess_menu.addAction("&Blind review…")
        self.action_blind.setStatusTip("Grade this role's take-homes or portfolios with names "
                                       "hidden, one question across everyone at a time")
        self.form.assessButton.setMenu(self.assess_menu)
        self.action_scorecard = QAction("Write scorecard", self)
        self.action_scorecard.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                            QKeySequence(Qt.Key.Key_Enter)])
        self.action_cancel = QAction("Cancel interview", self)
        self.action_cancel.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        for action in (self.action_scorecard, self.action_cancel):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.form.table.addAction(action)
        self.form.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _connect(self) -> None:
        f = self.form
        f.toggleUpcoming.toggled.connect(lambda on: self.show_mode(UPCOMING) if on else None)
        f.togglePast.toggled.connect(lambda on: self.show_mode(PAST) if on else None)
        f.scheduleButton.clicked.connect(self.schedule)
        f.editButton.clicked.connect(self.edit)
        f.scorecardButton.clicked.connect(self.write_scorecard)
        f.doneButton.clicked.connect(self.mark_done)
        f.cancelButton.clicked.connect(self.cancel)
        f.exportButton.clicked.connect(self.export)
        self.action_scorecard.triggered.connect(self.write_scorecard)
        self.action_cancel.triggered.connect(self.cancel)
        self.action_feedback.triggered.connect(self.feedback)
        self.action_review.triggered.connect(self.review)
        self.action_culture.triggered.connect(self.culture)
        self.action_debrief.triggered.connect(self.debrief)
        self.action_finalists.triggered.connect(self.finalists)
        self.action_blind.triggered.connect(self.blind_review)
        f.table.doubleClicked.connect(lambda _i: self.write_scorecard())
        f.table.customContextMenuRequested.connect(self._context_menu)
        f.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.empty.sig_action.connect(self.schedule)

    # the page protocol of the main window ---------------------------------------------------

    @property
    def count(self) -> int:
        """Upcoming interviews (the navigation badge), whichever list is shown."""
        return self._counts.total

    @property
    def table(self) -> object:
        return self.form.table

    def set_database(self, db: Workspace | None) -> None:
        self._db = db
        self.model.set_database(db, refresh=False)
        self.refresh()

    def set_desk_empty(self, empty: bool) -> None:
        self._desk_empty = empty
        self._show_state()

    def show_mode(self, mode: str) -> None:
        """Show upcoming or past interviews, in that list's own order (when)."""
        changed = mode != self._mode
        self._mode = mode
        (self.form.toggleUpcoming if mode == UPCOMING else self.form.togglePast).setChecked(True)
        if changed:
            self._set_natural_order()
        self.refresh()

    def _set_natural_order(self) -> None:
        """Soonest first (upcoming) or most recent first (past), with the header saying so."""
        self.model.set_past(self._mode == PAST)
        header = self.form.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self.model.natural_sort)
        header.blockSignals(False)

    def read_count(self) -> None:
        """The upcoming counts (the badge and the subtitle), one query."""
        if self._db is not None:
            with self._db.reader() as s:
                self._counts = interviews.upcoming_counts(s)
        else:
            self._counts = UpcomingCounts(0, 0, 0)

    def read(self) -> None:
        """Read the list again, keeping the selection by interview."""
        keep = {r.id for r in self.selected()}
        self.read_count()
        self.model.refresh()
        self._reselect(keep)
        self.form.pageSubtitle.setText(self._subtitle())
        self._show_state()

    def _subtitle(self) -> str:
        shown = self.model.rowCount()
        if self._mode == PAST:
            return (f"{count_text(shown, 'past interview')}, most recent first" if shown
                    else "Interviews that took place or were cancelled")
        counts = self._counts
        if not counts.total:
            return "Upcoming interviews, soonest first"
        parts = [f"{count_text(counts.total, 'upcoming interview')}, soonest first",
                 f"{counts.this_week:,} in the next 7 days"]
        if counts.undated:
            parts.append(f"{counts.undated:,} still to be given a time")
        return " · ".join(parts)

    def _show_state(self) -> None:
        f = self.form
        has_rows = self.model.rowCount() > 0
        if not has_rows:
            past = self._mode == PAST
            self.empty.configure(
                title="No past interviews" if past else "Nothing scheduled",
                body=("Interviews that took place or were cancelled appear here." if past else
                      "Schedule an interview for a candidate in process: pick the step of the "
                      "role's loop, the time and the interviewers."),
                action=None if past or self._desk_empty else "Schedule interview",
                glyph="interviews")
        f.contentStack.setCurrentWidget(f.tablePage if has_rows else f.emptyPage)

    def _reselect(self, ids: set[str]) -> None:
        view = self.form.table
        sel = view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | \
            QItemSelectionModel.SelectionFlag.Rows
        for row in (self.model.row_of(i) for i in ids):
            if row is not None:
                sel.select(self.model.index(row, 0), flags)

    # selection -----------------------------------------------------------------------------

    def selected(self) -> list[InterviewData]:
        rows = sorted({i.row() for i in self.form.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def current(self) -> InterviewData | None:
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def select_id(self, interview_id: str) -> bool:
        row = self.model.row_of(interview_id)
        if row is not None:
            self.form.table.selectRow(row)
        return row is not None

    def _update_actions(self, *_args: object) -> None:
        f = self.form
        one = self.current()
        chosen = self.selected()
        scheduled = [r for r in chosen if r.status is InterviewStatus.SCHEDULED]
        f.editButton.setEnabled(one is not None and one.status is InterviewStatus.SCHEDULED)
        writable = one is not None and one.status is not InterviewStatus.CANCELLED
        f.scorecardButton.setEnabled(writable)
        self.action_scorecard.setEnabled(writable)
        f.doneButton.setEnabled(bool(scheduled))
        f.cancelButton.setEnabled(one is not None and one.status is InterviewStatus.SCHEDULED)
        self.action_cancel.setEnabled(f.cancelButton.isEnabled())
        f.assessButton.setEnabled(one is not None)
        f.exportButton.setEnabled(self._db is not None and
                                  (bool(chosen) or self._counts.total > 0))
        f.exportButton.setToolTip("Export the selected interviews to an .ics file" if chosen
                                  else "Export every upcoming interview to an .ics file")
        off_panel = one is not None and self._db is not None and \
            viewer_id(self._db) not in {pid for pid, _ in one.panel}
        f.scorecardButton.setToolTip(
            "You are not on this interview's panel; you can still write a scorecard if you "
            "took part" if off_panel else "Your scorecard for the selected interview (Enter)")

    def _context_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.form.table.indexAt(pos)
        if not index.isValid():
            return
        f = self.form
        menu = QMenu(self)
        for text, button in (("Write scorecard…", f.scorecardButton), ("Edit…", f.editButton),
                             ("Mark done", f.doneButton), ("Cancel interview…", f.cancelButton)):
            action = menu.addAction(text)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.addSeparator()
        for action in self.assess_menu.actions():
            menu.addAction(action)
        menu.exec(self.form.table.viewport().mapToGlobal(pos))

    # actions -------------------------------------------------------------------------------

    def _reread(self) -> None:
        """After an edit made here: re-read, unless the window's notification does."""
        if self.changes is None:
            self.refresh()

    def _after_change(self, message: str = "") -> None:
        self._reread()
        self.sig_status.emit(message)

    def _after_final(self) -> None:
        """After a dialog that can submit a scorecard or reveal feedback (final writes)."""
        self._after_change()
        self.sig_written.emit(FEEDBACK)

    def schedule(self) -> None:
        if self._db is None:
            return
        iid = entry.schedule_interview(self, self._db, stack=self.undo_stack)
        if iid is not None:
            if self._mode != UPCOMING:
                self.show_mode(UPCOMING)
            self.select_id(iid)
            row = self.model.row_of(iid)
            data = self.model.row_at(row) if row is not None else None
            self._after_change(f"Scheduled {isolate(data.title)} with "
                               f"{isolate(data.candidate)}" if data
                               else "Interview scheduled")

    def edit(self) -> None:
        one = self.current()
        if self._db is None or one is None:
            return
        try:
            saved = ScheduleDialog.ask(self, self._db, interview_id=one.id,
                                       stack=self.undo_stack)
        except HirefileError as exc:
            messages.show_problem(self, "Could not edit the interview", exc.message)
            return
        if saved:
            self._after_change(f"Saved {isolate(one.title)} with {isolate(one.candidate)}")

    def _set_status(self, rows: list[InterviewData], status: InterviewStatus,
                    text: str) -> bool:
        """One undo step for the rows (the page re-reads when it is made or taken back)."""
        assert self._db is not None
        try:
            record(self.undo_stack, SetInterviewStatus(
                self._db, self._reread, [r.id for r in rows], status, text))
        except HirefileError as exc:
            messages.show_problem(self, "Could not change the interview", exc.message)
            return False
        return True

    def mark_done(self) -> None:
        rows = [r for r in self.selected() if r.status is InterviewStatus.SCHEDULED]
        if self._db is None or not rows:
            return
        what = (f"{isolate(rows[0].title)} with {isolate(rows[0].candidate)}" if len(rows) == 1
                else count_text(len(rows), "interview"))
        if not self._set_status(rows, InterviewStatus.DONE, f"Mark done: {what}"):
            return
        self.sig_status.emit(f"Marked done: {what}. Write your scorecard while it is fresh.")

    def cancel(self) -> None:
        one = self.current()
        if self._db is None or one is None or one.status is not InterviewStatus.SCHEDULED:
            return
        if not ask.confirm_cancel(self, one.title, one.candidate):
            return
        if self._set_status([one], InterviewStatus.CANCELLED,
                            f"Cancel {isolate(one.title)} with {isolate(one.candidate)}"):
            self.sig_status.emit(f"Cancelled {isolate(one.title)} with {isolate(one.candidate)}")

    def write_scorecard(self) -> None:
        one = self.current()
        if self._db is None or one is None or one.status is InterviewStatus.CANCELLED:
            return
        entry.open_scorecard(self, self._db, one.id, on_change=self._after_final,
                             stack=self.undo_stack)

    def feedback(self) -> None:
        if (one := self.current()) is not None and self._db is not None:
            entry.open_scorecards(self, self._db, one.application_id,
                                  on_change=self._after_final,
                                  stack=self.undo_stack)

    def review(self) -> None:
        if (one := self.current()) is not None and self._db is not None:
            entry.open_review(self, self._db, one.application_id, on_change=self._after_change,
                              stack=self.undo_stack)

    def culture(self) -> None:
        if (one := self.current()) is not None and self._db is not None:
            entry.open_culture(self, self._db, one.application_id,
                               on_change=self._after_change,
                               stack=self.undo_stack)

    def debrief(self) -> None:
        if (one := self.current()) is not None and self._db is not None:
            entry.open_debrief(self, self._db, one.application_id,
                               on_change=self._after_final,
                               stack=self.undo_stack)

    def finalists(self) -> None:
        if self._db is None:
            return
        one = self.current()
        role_id = None
        if one is not None:
            with self._db.reader() as s:
                row = listing.application_rows(s, [one.application_id]).get(one.application_id)
            role_id = row.role_id if row else None
        entry.open_finalists(self, self._db, role_id, on_change=self._after_final,
                             stack=self.undo_stack)

    def blind_review(self) -> None:
        """A blind pass over the selected interview's role (everyone in process), grading
        what this interview is (a take-home or a portfolio review), else take-homes."""
        one = self.current()
        if self._db is None or one is None:
            return
        with self._db.reader() as s:
            row = listing.application_rows(s, [one.application_id]).get(one.application_id)
        if row is None:
            return
        kind = one.kind if one.kind in blind.KINDS else None
        entry.open_blind_pass(self, self._db, row.role_id, kind=kind,
                              on_final=self._after_final, stack=self.undo_stack)

    def export(self) -> None:
        """The selected interviews, or every upcoming one, to an .ics file."""
        if self._db is None:
            return
        chosen = self.selected()
        if chosen:
            ids = [r.id for r in chosen]
            name = (f"{chosen[0].title} - {chosen[0].candidate}" if len(chosen) == 1
                    else "Interviews")
        else:
            with self._db.reader() as s:
                ids = interviews.upcoming_ids(s)
            name = "Upcoming interviews"
        path = ask.ics_path(self, self._db.path.parent / f"{_file_name(name)}.ics")
        if path is None:
            return
        try:
            with self._db.reader() as s:
                written = interviews.export_ics(s, ids, path)
        except HirefileError as exc:
            messages.show_problem(self, "Could not export to the calendar", exc.message)
            return
        self.sig_status.emit(f"Exported {count_text(written, 'interview')} to {isolate(str(path))}")
