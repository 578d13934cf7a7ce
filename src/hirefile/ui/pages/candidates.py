"""The Candidates page: the whole list, searched as you type (in SQL, debounced)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from hirefile.services import listing
from hirefile.storage.database import Database
from hirefile.ui import glyphs, theme
from hirefile.ui.empty_state import EmptyState, configure_desk_empty
from hirefile.ui.generated.ui_candidates_page import Ui_CandidatesPage
from hirefile.ui.models.candidates import COL_NAME, CandidatesModel
from hirefile.ui.models.columns import count_text
from hirefile.ui.pages.tables import configure_table

SEARCH_DELAY_MS = 150


class CandidatesPage(QWidget):
    """Every candidate in the file; the search waits for a pause in typing before it asks SQL."""

    #: The person asked to fill the empty file with demo data.
    sig_load_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CandidatesPage()
        self.form.setupUi(self)
        self.model = CandidatesModel(self)
        self.empty = EmptyState(self.form.emptyPage)
        self.form.emptyLayout.addWidget(self.empty)
        self._db: Database | None = None
        self._total = 0
        self._desk_empty = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.form.searchEdit.addAction(glyphs.icon("search", theme.FAINT, size=16),
                                       QLineEdit.ActionPosition.LeadingPosition)
        configure_table(self.form.table, self.model, (COL_NAME, Qt.SortOrder.AscendingOrder))
        self._connect()

    def _connect(self) -> None:
        self.form.searchEdit.textChanged.connect(self._search_timer.start)
        self.form.searchEdit.returnPressed.connect(self._apply_search)
        self._search_timer.timeout.connect(self._apply_search)
        self.empty.sig_action.connect(self.sig_load_demo)

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

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.model.set_database(db)
        self._count_total()
        self._show_state()

    def refresh(self) -> None:
        self.model.refresh()
        self._count_total()
        self._show_state()

    def set_desk_empty(self, empty: bool) -> None:
        self._desk_empty = empty
        self._show_state()

    def set_busy(self, busy: bool) -> None:
        self.empty.set_busy(busy)

    def _count_total(self) -> None:
        self._total = 0
        if self._db is not None:
            with self._db.reader() as s:
                self._total = listing.candidate_count(s)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search_text(self.form.searchEdit.text())
        self._show_state()

    def _show_state(self) -> None:
        text = self.model.search_text
        shown = self.model.rowCount()
        if text:
            self.form.countLabel.setText(
                f"{shown:,} of {count_text(self._total, 'candidate')} match “{text}”"
                if shown else f"No candidates match “{text}”")
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
                pixmap=glyphs.pixmap("candidates", theme.FAINT, 44))
        empty = self._desk_empty or self._total == 0
        self.form.contentStack.setCurrentWidget(
            self.form.emptyPage if empty else self.form.tablePage)
