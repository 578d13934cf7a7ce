"""View → Activity: who did what in the file, newest first, by person, time and kind.

A window of its own beside the main one (it stays open while a founder works). The list is a
`LazyTableModel` over the entries' keys: the filters and the order are SQL
(`services.activity_log.entry_ids`), rows come a page at a time, so a file with several
hundred thousand entries opens it as fast as its candidates list. Double-clicking an entry
about a candidate opens their record in the main window. It reads the file again when the
window's one change notification says the file changed (only while shown; hidden, it only
marks itself stale).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.vocab import ActivityKind
from hirefile.services import activity_log
from hirefile.services import people as people_service
from hirefile.services.activity_log import EntryRow, LogFilter
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui import theme
from hirefile.ui.models.columns import Column, count_text
from hirefile.ui.models.lazy import LazyTableModel
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.screen import fit_to_screen

# times ---------------------------------------------------------------------------------------


def _local(value: datetime) -> datetime:
    return value.astimezone() if value.tzinfo else value


def ago_text(value: datetime, now: datetime | None = None) -> str:
    """How long ago, for today ("just now", "5 min ago", "2 h ago"); a local date and time
    for earlier days ("yesterday 14:05", "Tue 2 Dec, 14:05", "2 Dec 2025, 14:05")."""
    at, now = _local(value), _local(now or datetime.now(timezone.utc))
    if at.date() == now.date() and at <= now:
        seconds = (now - at).total_seconds()
        if seconds < 60:
            return "just now"
        if seconds < 3600:
            return f"{int(seconds // 60)} min ago"
        return f"{int(seconds // 3600)} h ago"
    if at.date() == now.date() - timedelta(days=1):
        return f"yesterday {at:%H:%M}"
    if at.year == now.year:
        return f"{at:%a} {at.day} {at:%b, %H:%M}"
    return f"{at.day} {at:%b %Y, %H:%M}"


def day_or_ago(value: datetime, now: datetime | None = None) -> str:
    """For a record's line: "2 h ago" today, else "on 3 Dec" ("on 3 Dec 2025" another year)."""
    at, now = _local(value), _local(now or datetime.now(timezone.utc))
    if at.date() == now.date() and at <= now:
        return ago_text(value, now)
    return f"on {at.day} {at:%b}" if at.year == now.year else f"on {at.day} {at:%b %Y}"


def _start_of(day: date) -> datetime:
    """The first instant of a local day, in UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(timezone.utc)


#: The time ranges offered: label, days back from today (None: from the beginning).
PERIODS: tuple[tuple[str, int | None], ...] = (
    ("Today", 0), ("Last 7 days", 6), ("Last 30 days", 29), ("All time", None),
)
BETWEEN = "Between…"
DEFAULT_PERIOD = "Last 30 days"


def period_filter(label: str, today: date, first: date | None = None,
                  last: date | None = None) -> tuple[datetime | None, datetime | None]:
    """(since, until) in UTC for a period of local days: `label` one of `PERIODS`, or
    `BETWEEN` with the `first` and `last` days (both included)."""
    if label == BETWEEN:
        lo, hi = sorted((first or today, last or today))
        return _start_of(lo), _start_of(hi + timedelta(days=1))
    back = dict(PERIODS)[label]
    return (None if back is None else _start_of(today - timedelta(days=back))), None


# the list --------------------------------------------------------------------------------------

COL_WHEN, COL_WHO, COL_WHAT, COL_CANDIDATE = range(4)

COLUMNS: tuple[Column, ...] = (
    Column("When", lambda r: ago_text(r.at), 150, sort="at",
           tip=lambda r: f"{_local(r.at):%a %d %b %Y, %H:%M:%S}"),
    Column("Who", lambda r: r.who, 150),
    Column("What", lambda r: r.what, 380, stretch=True),
    Column("Candidate", lambda r: r.candidate, 190, emphasis=True),
)


class ActivityModel(LazyTableModel):
    """The file's activity entries under a `LogFilter`, as the file's viewer may see them."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._descending = True  # newest first
        self.log_filter = LogFilter()

    def set_filter(self, log_filter: LogFilter) -> None:
        if log_filter != self.log_filter:
            self.log_filter = log_filter
            self.refresh()

    def query_ids(self, session: Unit, sort: str, descending: bool) -> list[str]:
        ids = activity_log.entry_ids(session, self.log_filter)
        return ids if descending else ids[::-1]

    def query_rows(self, session: Unit, ids: Sequence[str]) -> dict[str, Any]:
        viewer = self._db.identity.person_id if self._db is not None else None
        return activity_log.entry_rows(session, ids, viewer)

    def entry_at(self, row: int) -> EntryRow | None:
        entry: EntryRow | None = self.row_at(row)
        return entry


class ActivityWindow(QDialog):
    """The activity view. `set_database` follows the window's file; `refresh` re-reads."""

    #: Open a candidate's record in the main window; argument: the candidate's key.
    sig_open_candidate = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActivityWindow")
        self.setWindowTitle("Activity — Hirefile")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self._db: Workspace | None = None
        self._stale = True
        self.model = ActivityModel(self)
        self.today: Callable[[], date] = date.today
        #: View → Activity… (set by `install`).
        self.action: QAction | None = None
        self._build()
        self._connect()
        self.resize(980, 620)
        fit_to_screen(self)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("personCombo")
        self.person_combo.setMinimumContentsLength(14)
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        for label, _back in PERIODS:
            self.period_combo.addItem(label)
        self.period_combo.addItem(BETWEEN)
        self.period_combo.setCurrentText(DEFAULT_PERIOD)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setDate(QDate.currentDate())
            edit.hide()
        self.from_edit.setDate(QDate.currentDate().addDays(-29))
        self.to_label = QLabel("to", self)
        self.to_label.hide()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem("Every kind", None)
        for kind in ActivityKind:
            self.kind_combo.addItem(kind.label, kind)
        for text, widget in (("&Who", self.person_combo), ("W&hen", self.period_combo)):
            buddy = QLabel(text, self)
            buddy.setBuddy(widget)
            row.addWidget(buddy)
            row.addWidget(widget)
        row.addWidget(self.from_edit)
        row.addWidget(self.to_label)
        row.addWidget(self.to_edit)
        kind_label = QLabel("&Kind", self)
        kind_label.setBuddy(self.kind_combo)
        row.addWidget(kind_label)
        row.addWidget(self.kind_combo)
        row.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        row.addWidget(self.count_label)
        layout.addLayout(row)
        self.table = QTableView(self)
        self.table.setObjectName("activityTable")
        self.table.setAccessibleName("Activity")
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        configure_table(self.table, self.model, (COL_WHEN, Qt.SortOrder.DescendingOrder))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        hint = QLabel("Double-click an entry to open the candidate's record.", self)
        hint.setObjectName("hintLabel")
        theme.keep_style(hint, lambda: f"color: {theme.MUTED};")
        buttons.addWidget(hint, 1)
        self.open_button = QPushButton("&Open candidate", self)
        self.open_button.setEnabled(False)
        self.close_button = QPushButton("Close", self)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.person_combo.currentIndexChanged.connect(self._apply_filter)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.kind_combo.currentIndexChanged.connect(self._apply_filter)
        self.from_edit.dateChanged.connect(self._apply_filter)
        self.to_edit.dateChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.open_button.clicked.connect(
            lambda: self._open_index(self.table.currentIndex()))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table,
                  lambda: self._open_index(self.table.currentIndex()),
                  context=Qt.ShortcutContext.WidgetShortcut)

    # the file ------------------------------------------------------------------------------

    def set_database(self, db: Workspace | None) -> None:
        """The window's file (None while it switches): the list and the people follow it."""
        self._db = db
        self.model.set_database(None)
        self._stale = True
        if db is not None and self.isVisible():
            self.refresh()

    def file_changed(self, _change: object = None) -> None:
        """The window's change notification: every write logs an entry, so any change
        counts. Read now when shown, else on showing."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._fill_people()
        self.model.set_database(self._db, refresh=False)
        self.model.log_filter = self._current_filter()
        self.model.refresh()
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # filters -------------------------------------------------------------------------------

    def _fill_people(self) -> None:
        combo = self.person_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Everyone", None)
        if self._db is not None:
            with self._db.reader() as s:
                for p in people_service.people(s):
                    combo.addItem(p.name, p.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def bring_up(self) -> None:
        """Show the view in front (View → Activity… again when it is already open)."""
        self.show()
        self.raise_()
        self.activateWindow()

    def _period_changed(self) -> None:
        between = self.period_combo.currentText() == BETWEEN
        for w in (self.from_edit, self.to_label, self.to_edit):
            w.setVisible(between)
        self._apply_filter()

    def _current_filter(self) -> LogFilter:
        first: date = self.from_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        since, until = period_filter(self.period_combo.currentText(), self.today(), first, last)
        kind = self.kind_combo.currentData()
        return LogFilter(person_id=self.person_combo.currentData(), since=since, until=until,
                         kinds=(kind,) if kind is not None else ())

    def _apply_filter(self) -> None:
        if self._db is None or self._stale:
            return
        self.model.set_filter(self._current_filter())
        self._show_count()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(count_text(n, "entry", "entries"))

    # opening -------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        entry = self.model.entry_at(self.table.currentIndex().row())
        self.open_button.setEnabled(entry is not None and entry.candidate_id is not None)

    def _open_index(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index.row()) if index.isValid() else None
        if entry is not None and entry.candidate_id:
            self.sig_open_candidate.emit(entry.candidate_id)


def install(window: Any) -> ActivityWindow:
    """View → Activity… in `window` (the main window): the view follows its file and its
    change notification, and opens candidates there."""
    view = ActivityWindow(window)
    action = QAction("&Activity…", window)
    action.setObjectName("actionActivity")
    action.setShortcut(QKeySequence("Ctrl+Shift+H"))
    action.setStatusTip("Who did what in this file, newest first")
    action.triggered.connect(view.bring_up)
    menu, before = window.form.menuView, window.form.actionRefresh
    menu.insertAction(before, action)
    menu.insertSeparator(before)
    window.changes.sig_changed.connect(view.file_changed)
    view.sig_open_candidate.connect(open_candidate_in(window))
    view.action = action
    return view


def open_candidate_in(window: Any) -> Callable[[str], None]:
    """Open a candidate's record in the main window and bring the window to the front (for
    the views that live beside it)."""

    def open_candidate(candidate_id: str) -> None:
        window.open_candidate(candidate_id)
        window.raise_()
        window.activateWindow()

    return open_candidate
