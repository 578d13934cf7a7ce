"""The Offers page: every offer with its status and deadline, and everything done with one.

From a row a founder edits the terms and the letter, approves, marks the offer sent, records
the answer (accepting moves the candidate to Hired), withdraws it, or saves the letter as a
PDF. Each change is one command on the window's undo stack. When a file is opened, offers
whose expiry date has passed while they were out are marked expired, and the status bar says
how many. The layout is forms/offer_page.ui; all signals are connected in `_connect`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from hirefile.domain import offers as rules
from hirefile.domain.vocab import OfferStatus
from hirefile.errors import HirefileError
from hirefile.services import listing, offers
from hirefile.services.listing import OfferRow
from hirefile.services.workspace import Workspace
from hirefile.ui import exports, theme
from hirefile.ui.changes import OFFER, Change, FileChanges
from hirefile.ui.commands import ServiceCommand, apply
from hirefile.ui.commands.offers import ChangeOfferStatus, CreateOffer, EditOffer
from hirefile.ui.common import show_text
from hirefile.ui.conflict_dialog import save_or_ask
from hirefile.ui.empty_state import EmptyState
from hirefile.ui.generated.ui_offer_page import Ui_OffersPage
from hirefile.ui.models.columns import count_text
from hirefile.ui.offers.editor import OfferEditor
from hirefile.ui.offers.model import FILTERS, filtered, lapsed, offers_model
from hirefile.ui.offers.note_dialog import StatusNoteDialog
from hirefile.ui.offers.picker import ApplicationPicker
from hirefile.ui.offers.style import set_tone, style_sheet
from hirefile.ui.overflow import ToolbarOverflow
from hirefile.ui.pages.shown import ShownPage
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.text import isolate

S = OfferStatus
_BY_LABEL = {s.label: s for s in S}


class OffersPage(ShownPage):
    """The offers table, its status filter and the actions on the selected offer."""

    #: A message for the status bar after a change ("Approved the offer to …").
    sig_status = Signal(str)
    #: Offers marked expired when the file opened (no undo step); argument: the `Change`,
    #: for the window to announce.
    sig_written = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = f = Ui_OffersPage()
        f.setupUi(self)
        self.overflow = ToolbarOverflow(self, f.toolbarRow, [
            f.newButton, f.editButton, f.approveButton, f.sentButton, f.acceptedButton,
            f.declinedButton, f.withdrawButton, f.letterButton])
        theme.keep_style(self, style_sheet)
        self.model = offers_model(self)
        configure_table(f.table, self.model)
        f.table.setSelectionMode(f.table.SelectionMode.SingleSelection)
        f.table.setTabKeyNavigation(False)
        f.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty = EmptyState(f.emptyPage)
        f.emptyLayout.addWidget(self.empty)
        f.messageBar.hide()
        for label, keep in FILTERS:
            f.statusCombo.addItem(label, keep)
        #: Set by the window before `set_database`; a page of its own gets its own stack.
        self.undo_stack: QUndoStack | None = None
        #: The window's change notification (set by the window): it re-reads this page after
        #: every edit, so the page does not re-read itself a second time.
        self.changes: FileChanges | None = None
        #: Today, for expiring offers (tests move it).
        self.clock: Callable[[], date] = date.today
        self._db: Workspace | None = None
        self._rows: list[OfferRow] = []
        self._count = 0  # the badge while hidden and stale
        self._make_actions()
        self._connect()
        self._update_actions()

    def _make_actions(self) -> None:
        def action(text: str, tip: str, shortcut: QKeySequence | str | None = None,
                   owner: QWidget | None = None) -> QAction:
            a = QAction(text, self)
            a.setStatusTip(tip)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
                if owner is not None:
                    a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            (owner or self).addAction(a)
            return a

        table = self.form.table
        self.action_new = action("&New offer…", "Draft an offer for someone in process",
                                 "Ctrl+Shift+O")
        self.action_edit = action("&Edit…", "Change the terms and the letter",
                                  QKeySequence(Qt.Key.Key_Return), table)
        self.action_edit.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.action_approve = action("A&pprove", "Record that the terms are approved")
        self.action_send = action("Mark &sent", "Record that the offer went out")
        self.action_accept = action("&Accepted", "The candidate said yes")
        self.action_decline = action("&Declined…", "The candidate said no")
        self.action_withdraw = action("&Withdraw…", "Take the offer back",
                                      QKeySequence(Qt.Key.Key_Delete), table)
        self.action_letter = action("Offer &letter…", "Save the offer letter as a PDF",
                                    "Ctrl+Shift+L")
        f = self.form
        self._buttons = ((f.newButton, self.action_new), (f.editButton, self.action_edit),
                         (f.approveButton, self.action_approve),
                         (f.sentButton, self.action_send),
                         (f.acceptedButton, self.action_accept),
                         (f.declinedButton, self.action_decline),
                         (f.withdrawButton, self.action_withdraw),
                         (f.letterButton, self.action_letter))
        #: The buttons' own tooltips (from the form), shown while they are enabled.
        self._tips = {button: button.toolTip() for button, _a in self._buttons}

    def _connect(self) -> None:
        f = self.form
        for button, a in self._buttons:
            button.clicked.connect(a.trigger)
        self.action_new.triggered.connect(self.new_offer)
        self.action_edit.triggered.connect(self.edit_offer)
        self.action_approve.triggered.connect(lambda: self.set_status(S.APPROVED))
        self.action_send.triggered.connect(lambda: self.set_status(S.SENT))
        self.action_accept.triggered.connect(lambda: self.set_status(S.ACCEPTED))
        self.action_decline.triggered.connect(lambda: self.set_status(S.DECLINED))
        self.action_withdraw.triggered.connect(lambda: self.set_status(S.WITHDRAWN))
        self.action_letter.triggered.connect(self.export_letter)
        f.statusCombo.currentIndexChanged.connect(lambda _i: self._show_rows())
        f.table.doubleClicked.connect(lambda _i: self.edit_offer())
        f.table.customContextMenuRequested.connect(self._context_menu)
        f.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        f.messageClose.clicked.connect(self.clear_message)
        self.empty.sig_action.connect(self.new_offer)

    # the page protocol of the main window ---------------------------------------------------

    @property
    def count(self) -> int:
        """Every offer in the file (the navigation badge), whatever the filter shows."""
        return self._count if self.stale else len(self._rows)

    @property
    def table(self) -> object:
        return self.form.table

    def set_database(self, db: Workspace | None) -> None:
        self._db = db
        self.clear_message()
        self.refresh()
        if db is not None:
            self.expire_due()

    def read_count(self) -> None:
        self._count = 0
        if self._db is not None:
            with self._db.reader() as s:
                self._count = listing.offer_count(s)

    def read(self) -> None:
        """Read the offers again, keeping the selected one selected."""
        rows: list[OfferRow] = []
        if self._db is not None:
            with self._db.reader() as s:
                rows = listing.offer_rows(s)
        self._rows = rows
        self._show_rows()

    def _show_rows(self, select: str | None = None) -> None:
        current = self.selected()
        keep = select or (current.id if current else None)
        shown = filtered(self._rows, self.form.statusCombo.currentData())
        self.model.set_rows(shown)
        self.form.pageSubtitle.setText(self._summary())
        self._show_state(bool(shown))
        if not (keep is not None and self.select_offer(keep)) and self.model.rowCount():
            self.form.table.selectRow(0)  # a row to act on from the keyboard straight away
        self._update_actions()

    def _summary(self) -> str:
        rows = self._rows
        if not rows:
            return "Offers you draft, send and close, with their deadlines"
        n_open = sum(r.status in ("Draft", "Approved", "Sent") for r in rows)
        accepted = sum(r.status == S.ACCEPTED.label for r in rows)
        late = sum(lapsed(r, self.clock()) for r in rows if r.status != S.EXPIRED.label)
        parts = [count_text(len(rows), "offer"), f"{n_open:,} open", f"{accepted:,} accepted"]
        if late:
            parts.append(f"{late:,} past the deadline")
        return " · ".join(parts)

    def _show_state(self, has_rows: bool) -> None:
        f = self.form
        if not has_rows:
            if self._rows:
                self.empty.configure(
                    title="No offers with this status",
                    body="Choose “All offers” in Status to see the others.",
                    glyph="offers")
            else:
                self.empty.configure(
                    title="No offers yet",
                    body="When someone reaches the end of your loop, draft their offer here: "
                         "the terms checked against the role's range, a deadline, and the "
                         "letter as a PDF.",
                    action="New offer…" if self._db is not None else None,
                    glyph="offers")
        f.contentStack.setCurrentWidget(f.tablePage if has_rows else f.emptyPage)

    def expire_due(self) -> int:
        """Mark offers that lapsed while out as expired; how many (said in the status bar)."""
        today = self.clock()
        db = self._db
        if db is None or db.read_only or not any(
                lapsed(r, today) for r in self._rows if r.status != S.EXPIRED.label):
            return 0
        try:
            with db.session() as s:
                expired = offers.expire_due(s, today)
        except HirefileError as exc:
            self.show_message(f"Could not mark lapsed offers as expired: {exc.message}")
            return 0
        names = {r.id: f"{isolate(r.candidate)} ({isolate(r.role)})" for r in self._rows}
        self.refresh()
        if expired:
            self.sig_written.emit(Change(frozenset((OFFER,))))
            self.sig_status.emit(
                f"{count_text(len(expired), 'offer')} expired: the last day to accept "
                f"passed before {rules.date_text(today)}")
            self.show_message(
                "Expired when the file opened (the last day to accept had passed): "
                f"{', '.join(names.get(i, '?') for i in expired)}. To try again, make a new "
                "offer.", tone="info")
        return len(expired)

    # selection ---------------------------------------------------------------------------------

    def selected(self) -> OfferRow | None:
        index = self.form.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_offer(self, offer_id: str) -> bool:
        for row, r in enumerate(self.model.rows):
            if r.id == offer_id:
                self.form.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def _update_actions(self) -> None:
        row = self.selected()
        status = _BY_LABEL.get(row.status) if row else None
        has_db = self._db is not None
        self.action_new.setEnabled(has_db)
        editable = status is None or status in rules.EDITABLE_STATUSES
        self.action_edit.setEnabled(row is not None)
        self.action_edit.setText("&Edit…" if editable else "&View…")
        self.form.editButton.setText("Ed&it…" if editable else "V&iew…")
        self.action_letter.setEnabled(status is not None and status is not S.WITHDRAWN)
        for a, target in ((self.action_approve, S.APPROVED), (self.action_send, S.SENT),
                          (self.action_accept, S.ACCEPTED), (self.action_decline, S.DECLINED),
                          (self.action_withdraw, S.WITHDRAWN)):
            why = rules.transition_error(status, target) if status is not None else None
            a.setEnabled(status is not None and why is None)
            a.setToolTip(why or a.statusTip())
        for button, a in self._buttons:
            button.setEnabled(a.isEnabled())
            why = a.toolTip() if not a.isEnabled() and a.toolTip() != a.statusTip() else ""
            button.setToolTip(why or self._tips[button])

    def _context_menu(self, pos: QPoint) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.action_edit)
        menu.addSeparator()
        for a in (self.action_approve, self.action_send, self.action_accept,
                  self.action_decline, self.action_withdraw):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.action_letter)
        menu.exec(self.form.table.viewport().mapToGlobal(pos))

    # messages ----------------------------------------------------------------------------------

    def show_message(self, text: str, *, tone: str = "problem") -> None:
        """A refusal (e.g. sending an offer past its expiry date) or, with tone "info", a
        note (offers that expired when the file opened), shown until dismissed."""
        bar = self.form.messageBar
        set_tone(bar, tone)
        show_text(self.form.messageLabel, text)
        bar.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")

    # actions -----------------------------------------------------------------------------------

    def _stack(self) -> QUndoStack:
        if self.undo_stack is None:
            self.undo_stack = QUndoStack(self)
        return self.undo_stack

    def _notify(self) -> None:
        """After any offer command (do, undo, redo): re-read, unless the window's change
        notification does (it also brings the counts)."""
        if self.changes is None:
            self.refresh()

    def _apply(self, command: ServiceCommand, message: str, *,
               again: Callable[[int], ServiceCommand] | None = None) -> bool:
        """Make the change; with `again` (the same edit at a given version), an edit refused
        as stale asks whose change stays (`save_or_ask`)."""
        try:
            if again is None:
                apply(self._stack(), command)
            elif not save_or_ask(self, lambda version: apply(
                    self._stack(), command if version is None else again(version))):
                self._notify()  # theirs kept: shown
                return False
        except HirefileError as exc:
            self.show_message(exc.message)
            return False
        self.clear_message()
        self.sig_status.emit(message)
        return True

    def new_offer(self) -> str | None:
        """Choose whom, fill in the terms, and draft the offer; returns its id."""
        db = self._db
        if db is None:
            return None
        application_id = ApplicationPicker.ask(self, db)
        if application_id is None:
            return None
        new = OfferEditor.ask_new(self, db, application_id)
        if new is None:
            return None
        command = CreateOffer(db, self._notify, new.application_id, new.terms,
                              candidate_name=new.candidate_name, letter_body=new.letter_body)
        if not self._apply(command, f"Drafted an offer to {isolate(new.candidate_name)}"):
            return None
        self.form.statusCombo.setCurrentIndex(0)
        self._show_rows(select=command.offer_id)
        return command.offer_id

    def edit_offer(self) -> bool:
        row, db = self.selected(), self._db
        if row is None or db is None:
            return False
        edit = OfferEditor.ask_edit(self, db, row.id)
        if edit is None:
            return False
        back = " (back to draft: approve it again)" \
            if edit.status is S.APPROVED and edit.terms_changed else ""
        return self._apply(EditOffer(db, self._notify, edit),
                           f"Saved the offer to {isolate(row.candidate)}{back}",
                           again=lambda version: EditOffer(db, self._notify,
                                                           replace(edit, version=version)))

    def set_status(self, to: OfferStatus) -> bool:
        """Move the selected offer to `to`, asking for a note where one is wanted."""
        row, db = self.selected(), self._db
        if row is None or db is None:
            return False
        note: str | None = None
        if to in (S.WITHDRAWN, S.DECLINED):
            note = self._ask_note(row, to)
            if note is None:
                return False
        command = ChangeOfferStatus(db, self._notify, row.id, to, candidate_name=row.candidate,
                                    note=note or None, seen_status=_BY_LABEL.get(row.status))
        return self._apply(command, _done_text(row, to))

    def _ask_note(self, row: OfferRow, to: OfferStatus) -> str | None:
        if to is S.WITHDRAWN:
            return StatusNoteDialog.ask(
                self, title=f"Withdraw the offer to {isolate(row.candidate)}?",
                body="The offer is marked withdrawn and stays in its history; you can make a "
                     "new one afterwards. Edit → Undo takes this back.",
                note_label="&Why", confirm="Withdraw offer",
                required=row.status == S.SENT.label,
                placeholder="e.g. the role's budget changed")
        return StatusNoteDialog.ask(
            self, title=f"Record that {isolate(row.candidate)} declined",
            body="Record the candidate's answer. Their reason helps with the next offer.",
            note_label="&Why they declined", confirm="Record decline", required=False,
            placeholder="e.g. accepted another offer; the equity")

    def export_letter(self) -> None:
        row = self.selected()
        if row is not None and self._db is not None:
            exports.export_offer_letter(self, self._db, row.id)


def _done_text(row: OfferRow, to: OfferStatus) -> str:
    name = isolate(row.candidate)
    return {
        S.APPROVED: f"Approved the offer to {name}",
        S.SENT: f"Marked the offer to {name} as sent",
        S.ACCEPTED: f"Offer accepted: {name} moved to Hired for {isolate(row.role)}",
        S.DECLINED: f"Recorded that {name} declined",
        S.WITHDRAWN: f"Withdrew the offer to {name}",
    }.get(to, f"Offer to {name}: {to.label.lower()}")
