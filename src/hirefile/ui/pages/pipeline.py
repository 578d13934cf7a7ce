"""The Pipeline page: the board (a column per stage) or the table of applications.

The board is where people move through stages; the table is the long sortable list. Board is
shown when a role is picked and the table for all roles, until the person chooses with the
Board | Table toggle; from then on their choice holds. Filters by role apply to both; tag,
source and owner filter the board (the table's SQL takes a role and "closed" only).

The table's columns fit what they show (`PipelinePage.fit_columns`): Candidate the names on
screen, Stage the stages of the strip, In stage the longest wait, Source and Applied their
longest values; Role takes the rest and never less than `ROLE_LEAST` (cut with "…" at the end
beyond, the whole title in its tooltip), so at 1024 wide the role is read and the last
columns scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent, QUndoStack
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QTableView, QWidget

from hirefile.domain.stages import DEFAULT_STAGES
from hirefile.domain.vocab import Source, StageKind
from hirefile.services import board as board_service
from hirefile.services import listing
from hirefile.services.board import BoardFilter
from hirefile.services.workspace import Workspace
from hirefile.ui.assess import entry
from hirefile.ui.board import Board
from hirefile.ui.changes import APPLICATION, FEEDBACK, Change
from hirefile.ui.empty_state import EmptyState
from hirefile.ui.generated.ui_pipeline_page import Ui_PipelinePage
from hirefile.ui.models.applications import (
    CLOSED_STAGES,
    COL_APPLIED,
    COL_CANDIDATE,
    COL_DAYS,
    COL_ROLE,
    COL_SOURCE,
    COL_STAGE,
    ApplicationsModel,
)
from hirefile.ui.models.columns import bold_font, count_text
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.widgets import StageChip

BOARD, TABLE = "board", "table"
#: The Role column is never narrower than this title (the longest of the built-in templates).
ROLE_LEAST = "Machine Learning Engineer"
#: The Candidate column's most, in average characters (a longer name is cut, its tooltip whole).
CANDIDATE_MAX_CHARS = 30
#: A cell's padding (the sheet's and the style's) and a header's (its sort arrow included).
CELL_PAD, HEADER_PAD = 28, 34
#: The widest a wait and a date are written.
WIDEST_WAIT, WIDEST_DAY = "⚠ 9,999 days", "30 Sep 2026"


class PipelinePage(QWidget):
    """Board or table of applications, with the filters above them."""

    #: Open this candidate (Enter or a double click on a card); the argument is its id.
    sig_open_candidate = Signal(str)
    #: A short message for the status bar, e.g. "Moved Ana Lima to Technical".
    sig_status = Signal(str)
    #: A write that is not an undo step (scorecards submitted from a blind review); the
    #: argument is the `Change`, for the window to announce.
    sig_written = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_PipelinePage()
        self.form.setupUi(self)
        self._stage_scroll = self._scrolling_stage_strip()
        # its style sheet is the application's (`theme.style_sheet`, "pages/pipeline.py")
        self.model = ApplicationsModel(self)
        self.board = Board(self.form.boardPage)
        self.form.boardLayout.addWidget(self.board)
        self.empty = EmptyState(self.form.emptyPage)
        self.form.emptyLayout.addWidget(self.empty)
        self.empty.configure(
            title="No one in the pipeline",
            body="When candidates apply to a role or you add them to one, they show up here, "
                 "stage by stage.",
            glyph="pipeline")
        self._db: Workspace | None = None
        self._shown_stale = False  # set_database or refresh happened while hidden
        self._in_process = 0
        self._total = 0
        self._all_counts: dict[str, int] = {}
        self._counts_stale = False
        #: The view the person chose with the toggle; None until they choose.
        self._chosen: str | None = None
        self._table_stale = False
        self._board_stale = True
        self.form.hintLabel.setToolTip("Keys act on the selected cards of the board")
        self.form.sourceCombo.addItem("Any source", None)
        for source in Source:
            self.form.sourceCombo.addItem(source.label, source)
        configure_table(self.form.table, self.model, (COL_STAGE, Qt.SortOrder.AscendingOrder))
        self._stage_names: list[str] = []
        self.form.table.viewport().installEventFilter(self)
        self._connect()

    def _connect(self) -> None:
        f = self.form
        f.roleCombo.currentIndexChanged.connect(self._apply_filter)
        f.closedCheck.toggled.connect(self._apply_filter)
        for combo in (f.tagCombo, f.sourceCombo, f.ownerCombo):
            combo.currentIndexChanged.connect(self._apply_filter)
        f.blindButton.clicked.connect(self.blind_review)
        f.boardButton.clicked.connect(lambda: self.set_mode(BOARD))
        f.tableButton.clicked.connect(lambda: self.set_mode(TABLE))
        self.board.sig_open_candidate.connect(self.sig_open_candidate)
        self.board.sig_status.connect(self.sig_status)
        self.board.sig_changed.connect(self._board_changed)

    # what the window uses ----------------------------------------------------------------------

    @property
    def table(self) -> QTableView:
        return self.form.table

    @property
    def count(self) -> int:
        """Applications in process across all roles (the navigation badge)."""
        if self._counts_stale:
            self._read_all_counts()
        return self._in_process

    @property
    def undo_stack(self) -> QUndoStack:
        return self.board.undo_stack

    @undo_stack.setter
    def undo_stack(self, stack: QUndoStack) -> None:
        """The window's stack: board moves become Edit → Undo steps."""
        self.board.undo_stack = stack

    @property
    def mode(self) -> str:
        """BOARD or TABLE: what the page shows now."""
        if self._chosen is not None:
            return self._chosen
        return BOARD if self.form.roleCombo.currentData() else TABLE

    def set_mode(self, mode: str) -> None:
        """Board or table, as the person chose (it holds until they choose again)."""
        self._chosen = mode
        self._apply_filter()

    def set_database(self, db: Workspace | None) -> None:
        self._db = db
        self.model.set_database(db, refresh=False)
        self.board.set_database(db, read=False)  # read by refresh, with this file's filters
        self.refresh()

    def refresh(self, change: Change | None = None) -> None:
        """Filters now (when roles or candidates changed) and counts when the badge asks; the
        board or table only when the page is on screen — at 50,000 candidates that read is
        the expensive part. A move the board made (or undid) it has shown already: its two
        columns read again, and nothing else of the page reads."""
        shown = self.board.take_shown_change()
        self._counts_stale = True  # read when the badge asks, right after
        if shown and change is not None and change.kinds <= {APPLICATION}:
            return
        self._fill_filters()
        self._read_all_counts()
        self._board_stale = self._table_stale = True
        if self.isVisible():
            self._apply_filter(reload=True)
        else:
            self._shown_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_stale:
            self._shown_stale = False
            self._apply_filter(reload=True)

    # filters -----------------------------------------------------------------------------------

    def board_filter(self) -> BoardFilter:
        f = self.form
        return BoardFilter(role_id=f.roleCombo.currentData(), tag_id=f.tagCombo.currentData(),
                           source=f.sourceCombo.currentData(),
                           owner_id=f.ownerCombo.currentData())

    def _read_all_counts(self) -> None:
        self._all_counts = self._read_counts(None)
        self._total = sum(self._all_counts.values())
        self._in_process = sum(n for name, n in self._all_counts.items()
                               if name not in CLOSED_STAGES)
        self._counts_stale = False

    def _read_counts(self, role_id: str | None) -> dict[str, int]:
        """Applications per stage, every default stage included (an empty one shows 0)."""
        counts: dict[str, int] = {s.name: 0 for s in DEFAULT_STAGES}
        if self._db is not None:
            with self._db.reader() as s:
                counts.update(listing.stage_counts(s, role_id))
        return counts

    def _fill_filters(self) -> None:
        roles: list[tuple[str, str]] = []
        tags: list[tuple[str, str]] = []
        people: list[tuple[str, str]] = []
        if self._db is not None:
            with self._db.reader() as s:
                roles = [(r.id, f"{r.title}  ·  {r.status}") for r in listing.role_rows(s)]
                tags = board_service.tags_in_use(s)
                people = board_service.owners(s)
        _refill(self.form.roleCombo, "All roles", roles)
        _refill(self.form.tagCombo, "Any tag", tags)
        _refill(self.form.ownerCombo, "Anyone", people)

    def _apply_filter(self, *_args: object, reload: bool = False) -> None:
        f = self.form
        role_id = f.roleCombo.currentData()
        board = self.mode == BOARD
        for w in (f.tagLabel, f.tagCombo, f.sourceLabel, f.sourceCombo, f.ownerLabel,
                  f.ownerCombo, f.hintLabel):
            w.setVisible(board)
        f.closedCheck.setVisible(not board)
        self._stage_scroll.setVisible(not board)
        f.blindButton.setEnabled(bool(role_id))
        f.blindButton.setToolTip(
            "Grade this role's take-homes or portfolios with names hidden (the selected "
            "stage), one question across everyone at a time" if role_id
            else "Choose a role to grade its take-homes or portfolios blind")
        f.boardButton.setChecked(board)
        f.tableButton.setChecked(not board)
        if self._total == 0:
            f.contentStack.setCurrentWidget(f.emptyPage)
            f.hintLabel.setVisible(False)
            self.form.pageSubtitle.setText("No one in process yet")
            return
        if board:
            self._show_board(reload)
        else:
            self._show_table(role_id, reload)

    def _show_board(self, reload: bool) -> None:
        self.board.set_filter(self.board_filter(), reload=reload or self._board_stale)
        self._board_stale = False
        self.form.contentStack.setCurrentWidget(self.form.boardPage)
        self._board_subtitle()

    def _board_subtitle(self) -> None:
        f = self.board.filter
        in_process = sum(c.count for c in self.board.infos if c.kind is StageKind.ACTIVE)
        scope = "in this role" if f.role_id else "across all roles"
        narrowed = [w for w, on in (("tag", f.tag_id), ("source", f.source),
                                    ("owner", f.owner_id)) if on]
        text = f"{count_text(in_process, 'person', 'people')} in process {scope}"
        if narrowed:
            text += f" · filtered by {', '.join(narrowed)}"
        self.form.pageSubtitle.setText(text)

    def _show_table(self, role_id: str | None, reload: bool) -> None:
        active_only = not self.form.closedCheck.isChecked()
        changed = self.model.set_filter(role_id, active_only)
        if not changed and (reload or self._table_stale):
            self.model.refresh()
        self._table_stale = False
        self._show_stages(role_id)
        has_rows = self.model.rowCount() > 0
        self.form.contentStack.setCurrentWidget(
            self.form.tablePage if has_rows else self.form.emptyPage)
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.form.table.viewport():
            self._fit_role()
        return False

    def fit_columns(self) -> None:
        """Candidate, Stage, In stage, Source and Applied as wide as what they show (the
        names on screen, read from the rows already read), then Role (`_fit_role`)."""
        view = self.form.table
        plain, bold = view.fontMetrics(), QFontMetrics(bold_font())  # headers are bold too

        def fit(column: int, texts: list[str], metrics: QFontMetrics,
                most: int | None = None) -> None:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max([metrics.horizontalAdvance(t) + CELL_PAD for t in texts]
                        + [bold.horizontalAdvance(title) + HEADER_PAD])
            view.setColumnWidth(column, width if most is None else min(width, most))

        first = max(view.rowAt(0), 0)
        last = view.rowAt(max(view.viewport().height() - 1, 0))
        last = min(self.model.rowCount() - 1 if last < 0 else last, first + 80)
        names = [self.model.index(r, COL_CANDIDATE).data() or ""
                 for r in range(first, last + 1)]
        fit(COL_CANDIDATE, names, bold, CANDIDATE_MAX_CHARS * plain.averageCharWidth())
        fit(COL_STAGE, self._stage_names, plain)
        fit(COL_DAYS, [WIDEST_WAIT], plain)
        fit(COL_SOURCE, [s.label for s in Source], plain)
        fit(COL_APPLIED, [WIDEST_DAY], plain)
        self._fit_role()

    def _fit_role(self) -> None:
        """Role takes the width the other columns leave, never less than ROLE_LEAST."""
        view = self.form.table
        others = sum(view.columnWidth(c) for c in range(self.model.columnCount())
                     if c != COL_ROLE and not view.isColumnHidden(c))
        least = view.fontMetrics().horizontalAdvance(ROLE_LEAST) + CELL_PAD
        view.setColumnWidth(COL_ROLE, max(least, view.viewport().width() - others))

    def blind_stage(self) -> str | None:
        """The stage a blind review starts on: the board's current column, when it is an
        in-process stage of the chosen role; else everyone in process."""
        column = self.board.active_column if self.mode == BOARD else None
        info = column.info if column is not None else None
        return info.stage_id if info is not None and info.kind is StageKind.ACTIVE else None

    def blind_review(self) -> None:
        role_id = self.form.roleCombo.currentData()
        if self._db is None or not role_id:
            return
        entry.open_blind_pass(self, self._db, role_id, stage_id=self.blind_stage(),
                              on_final=lambda: self.sig_written.emit(FEEDBACK),
                              stack=self.undo_stack)

    def _board_changed(self) -> None:
        """A board move (or its undo): counts here and the table are stale (read when shown:
        the counts across all roles cost a scan of every application)."""
        self._counts_stale = self._table_stale = True
        if not self.isVisible():
            self._board_stale = self._shown_stale = True
        elif self.mode == BOARD:
            self._board_subtitle()
        else:
            self._show_table(self.form.roleCombo.currentData(), False)

    def _scrolling_stage_strip(self) -> QScrollArea:
        """The stage chips scroll sideways when the window is too narrow for all of them (ten
        stages need about 1,040 pixels), instead of the last ones being cut."""
        strip = self.form.stageStrip
        layout = self.form.pageLayout
        at = layout.indexOf(strip)
        scroll = QScrollArea(self)
        scroll.setObjectName("stageScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidgetResizable(True)
        scroll.setWidget(strip)
        layout.insertWidget(at, scroll)
        return scroll

    def _show_stages(self, role_id: str | None) -> None:
        if self._counts_stale:
            self._read_all_counts()
        counts = self._all_counts if role_id is None else self._read_counts(role_id)
        layout = self.form.stageLayout
        while layout.count():
            item = layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        self._stage_names = list(counts)
        for name, n in counts.items():
            layout.addWidget(StageChip(name, n, closed=name in CLOSED_STAGES,
                                       parent=self.form.stageStrip))
        layout.addStretch(1)
        chips = self.form.stageStrip.findChildren(StageChip)
        tallest = max((c.sizeHint().height() for c in chips), default=0)
        bar = self._stage_scroll.horizontalScrollBar().sizeHint().height()
        self._stage_scroll.setFixedHeight(tallest + bar + 2)
        in_process = sum(n for name, n in counts.items() if name not in CLOSED_STAGES)
        scope = "in this role" if role_id else "across all roles"
        self.form.pageSubtitle.setText(f"{count_text(in_process, 'person', 'people')} in "
                                       f"process {scope}")


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter's choices, keeping the current one when it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for key, text in items:
        combo.addItem(text, key)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
