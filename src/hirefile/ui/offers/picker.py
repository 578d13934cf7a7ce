"""Who a new offer is for: the applications still in process, nearest to an offer first.

People in the Offer and Debrief stages come first (that is where offers are made), then the
rest from the furthest stage back, as the pipeline orders them. A person who already has an
open or accepted offer for the role can be seen but not chosen, with the reason shown, so the
editor never opens on an offer the service would refuse.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QDialog, QWidget

from hirefile.domain.names import fold
from hirefile.domain.offers import OPEN_STATUSES
from hirefile.domain.vocab import OfferStatus
from hirefile.services import listing, offers
from hirefile.services.listing import ApplicationRow
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.generated.ui_offer_picker import Ui_ApplicationPicker
from hirefile.ui.models.columns import Column, count_text
from hirefile.ui.models.rows import RowListModel
from hirefile.ui.offers.style import style_sheet
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

#: The list is for choosing, not browsing: the furthest along are the ones that get offers.
MAX_ROWS = 2000
#: Stages named like these come first, in this order.
FIRST_STAGES = ("offer", "debrief")

PICK_COLUMNS: tuple[Column, ...] = (
    Column("Candidate", lambda r: r.candidate, 240, emphasis=True),
    Column("Role", lambda r: r.role, 240, stretch=True),
    Column("Stage", lambda r: r.stage, 120),
    Column("In stage", lambda r: f"{r.days_in_stage} d", 80, align_right=True),
)


def _stage_rank(row: ApplicationRow) -> int:
    name = row.stage.casefold()
    return FIRST_STAGES.index(name) if name in FIRST_STAGES else len(FIRST_STAGES)


def candidate_rows(db: Workspace) -> tuple[list[ApplicationRow], int]:
    """The first `MAX_ROWS` in-process applications, Offer and Debrief first, then furthest
    stage first; and how many are in process in all (the dialog says both)."""
    with db.reader() as s:
        ids = listing.application_ids(s, sort="stage", descending=True, active_only=True)
        total, ids = len(ids), ids[:MAX_ROWS]
        rows = listing.application_rows(s, ids)
    ordered = [rows[i] for i in ids if i in rows]
    return sorted(ordered, key=_stage_rank), total  # stable: the SQL order within each rank


class _Filter(QSortFilterProxyModel):
    """Matches the typed words against the name and role, accents and case folded.

    It carries the columns (widths for `configure_table`); the order is the picker's own,
    so no column sorts."""

    columns = PICK_COLUMNS

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def is_sortable(self, _column: int) -> bool:
        return False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row = self.sourceModel().row_at(source_row)  # type: ignore[attr-defined]
        if row is None:
            return False
        hay = fold(f"{row.candidate} {row.role} {row.stage}")
        return all(w in hay for w in self._words)


class ApplicationPicker(QDialog):
    """Choose an in-process application for a new offer."""

    def __init__(self, parent: QWidget | None, db: Workspace) -> None:
        super().__init__(parent)
        self.form = f = Ui_ApplicationPicker()
        f.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self._db = db
        self.model = RowListModel(PICK_COLUMNS, self)
        rows, self._in_process = candidate_rows(db)
        self.model.set_rows(rows)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        configure_table(f.table, self.proxy)
        f.table.setSortingEnabled(False)
        f.table.horizontalHeader().setSortIndicatorShown(False)
        f.table.horizontalHeader().setSectionsClickable(False)
        f.table.setSelectionMode(f.table.SelectionMode.SingleSelection)
        f.table.setTabKeyNavigation(False)
        self.chosen: str | None = None
        self._blocked: str | None = None
        self._connect()
        self._update()
        if self.proxy.rowCount():
            f.table.selectRow(0)
        f.searchEdit.setFocus()

    def _connect(self) -> None:
        f = self.form
        f.searchEdit.textChanged.connect(self._filter)
        f.searchEdit.returnPressed.connect(self.accept)
        f.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        f.table.activated.connect(lambda _i: self.accept())
        f.okButton.clicked.connect(self.accept)
        f.cancelButton.clicked.connect(self.reject)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.form.table.selectRow(0)
        self._update()

    def current_row(self) -> ApplicationRow | None:
        index = self.form.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_application(self, application_id: str) -> bool:
        """Select one application (tests, and callers that know whom they mean)."""
        for r in range(self.proxy.rowCount()):
            row = self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if row is not None and row.id == application_id:
                self.form.table.selectRow(r)
                return True
        return False

    def _update(self) -> None:
        f = self.form
        row = self.current_row()
        self._blocked = self._why_not(row) if row else None
        f.noteLabel.setText(self._blocked or "")
        f.noteLabel.setVisible(bool(self._blocked))
        f.okButton.setEnabled(row is not None and self._blocked is None)
        shown, listed = self.proxy.rowCount(), self.model.rowCount()
        everyone = count_text(self._in_process, "person in process", "people in process")
        if listed < self._in_process:  # a long pipeline: the true count, and what is listed
            f.countLabel.setText(f"{everyone} · the {listed:,} furthest along listed"
                                 if shown == listed else
                                 f"{shown:,} of the {listed:,} furthest along shown")
        else:
            f.countLabel.setText(everyone if shown == listed else f"{shown:,} of {listed:,} shown")

    def _why_not(self, row: ApplicationRow) -> str | None:
        with self._db.reader() as s:
            existing = offers.offers_for(s, row.id)
        for o in existing:
            if o.status in OPEN_STATUSES:
                return (f"There is already a {o.status.label.lower()} offer to "
                        f"{isolate(row.candidate)} for “{isolate(row.role)}”: "
                        "edit or withdraw it on the Offers "
                        "page first.")
            if o.status is OfferStatus.ACCEPTED:
                return (f"An offer for “{isolate(row.role)}” was already accepted by "
                        f"{isolate(row.candidate)}.")
        return None

    def accept(self) -> None:
        row = self.current_row()
        if row is None or self._blocked:
            return
        self.chosen = row.id
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace) -> str | None:
        """The chosen application's id, or None when cancelled."""
        dialog = cls(parent, db)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen if accepted else None
        dialog.deleteLater()
        return chosen
