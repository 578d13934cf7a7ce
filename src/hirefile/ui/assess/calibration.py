"""View → Your Calibration…: how the person at the keyboard rates beside each other person who
assessed the same candidates (`services.calibration`).

A window of its own beside the main one, like the activity view. It shows one person at a
time (the one shared with most first): the number of shared candidates (with fewer than
`drift.MEANINGFUL_SHARED` the figures are called not yet meaningful), who rates higher, a bar
per axis and for the overall recommendation (agreeing exactly, within one step), and the
applications where the two differ most; double-clicking one opens its debrief, and "Open
candidate" their record. Only the viewer's own figures are ever shown, computed for
`db.identity` when the window reads; nothing here is exported. It reads on the window's change
notification while shown (hidden, it marks itself stale and reads on showing), and never on
its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from hirefile.domain import drift
from hirefile.services.calibration import Agreement, Calibration, Pairing, calibration
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess.style import style_sheet, tone_for
from hirefile.ui.changes import APPLICATION, ASSESSMENT, CANDIDATE, PEOPLE, ROLE, Change
from hirefile.ui.generated.ui_calibration import Ui_CalibrationDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

COL_CANDIDATE, COL_ROLE, COL_AXIS, COL_YOU, COL_THEM = range(5)
#: The application (and candidate) behind a row of the differences table.
APPLICATION_ROLE = Qt.ItemDataRole.UserRole + 1
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 2
NOBODY_YET = ("Nobody else has submitted a scorecard on a candidate you submitted one on yet. "
              "Once you and a cofounder have both assessed the same candidates, this shows how "
              "often you agree, who rates higher and where you differ most.")
NOTHING_SUBMITTED = ("You have not submitted a scorecard in this file yet. Your calibration "
                     "compares your submitted scorecards with the others' on the same "
                     "candidates.")
#: The kinds of change that can move the figures (not offers).
READS_ON = (ASSESSMENT, APPLICATION, CANDIDATE, ROLE, PEOPLE)


def difference_text(mean: float | None) -> str:
    if mean is None:
        return ""
    if abs(mean) < drift.ALIKE:
        return "alike"
    return f"you {mean:+.1f}".replace("-", "−")


def agreement_text(a: Agreement) -> str:
    """"40% agree · 60% within one · 5 shared · you +0.4"."""
    return (f"{a.exact_percent}% agree · {a.within_one_percent}% within one · {a.n} shared · "
            f"{difference_text(a.mean_difference)}")


class AgreementChart(QWidget):
    """A bar per axis (and the overall recommendation): exact agreement in the accent colour,
    within one step in its soft shade, the figures in words beside it."""

    ROW = 30
    LEGEND = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementChart")
        self.rows: list[Agreement] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[Agreement]) -> None:
        self.rows = list(rows)
        self.setAccessibleDescription("; ".join(self.texts()))
        self.updateGeometry()
        self.update()

    def texts(self) -> list[str]:
        """What each row says, as drawn."""
        return [f"{a.label}: {agreement_text(a)}" for a in self.rows]

    def sizeHint(self) -> QSize:
        return QSize(600, self.LEGEND + self.ROW * max(1, len(self.rows)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        width = self.width()
        label_w = min(200, int(width * 0.25))
        text_w = min(fm.horizontalAdvance("100% agree · 100% within one · 100 shared · "
                                          "you −0.0") + 8, int(width * 0.48))
        bar_x, bar_w = label_w + 8, max(40, width - label_w - text_w - 24)
        exact, within = QColor(theme.ACCENT), QColor(theme.ACCENT_LINE)
        # the legend
        x = bar_x
        for colour, words in ((exact, "agree exactly"), (within, "within one step")):
            p.fillRect(QRectF(x, 7, 12, 10), colour)
            p.setPen(QColor(theme.MUTED))
            p.drawText(QRectF(x + 16, 0, 160, self.LEGEND), Qt.AlignmentFlag.AlignVCenter,
                       words)
            x += 22 + fm.horizontalAdvance(words) + 12
        for i, a in enumerate(self.rows):
            top = self.LEGEND + i * self.ROW
            p.setPen(QColor(theme.TEXT))
            font = p.font()
            font.setBold(a.key == "overall")
            p.setFont(font)
            p.drawText(QRectF(0, top, label_w, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(a.label, Qt.TextElideMode.ElideRight, label_w))
            font.setBold(False)
            p.setFont(font)
            bar = QRectF(bar_x, top + 8, bar_w, self.ROW - 16)
            p.fillRect(bar, QColor(theme.COLUMN))
            p.fillRect(QRectF(bar.x(), bar.y(), bar_w * (a.within_one_percent or 0) / 100,
                              bar.height()), within)
            p.fillRect(QRectF(bar.x(), bar.y(), bar_w * (a.exact_percent or 0) / 100,
                              bar.height()), exact)
            p.setPen(QColor(theme.MUTED))
            text = fm.elidedText(agreement_text(a), Qt.TextElideMode.ElideRight, text_w)
            p.drawText(QRectF(bar_x + bar_w + 12, top, text_w, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        p.end()


def _rating_colour(value: float | None) -> QColor:
    """A rating as coloured text, in the current theme. Strong yes is light text on green as a
    chip; as text it is the green."""
    tone = tone_for(value)
    return QColor(tone.bg if tone.fg_name == "ON_GREEN" else tone.fg)


class CalibrationWindow(QDialog):
    """Your Calibration. `set_database` follows the window's file; `refresh` re-reads."""

    #: Open a candidate's record in the main window; argument: the candidate's key.
    sig_open_candidate = Signal(str)

    def __init__(self, parent: QWidget | None = None, *,
                 open_debrief: Callable[[QWidget, str], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.form = Ui_CalibrationDialog()
        self.form.setupUi(self)
        theme.keep_style(self, style_sheet)
        self._db: Workspace | None = None
        self._stale = True
        self._open_debrief = open_debrief
        self.figures = Calibration(None, "", 0, ())
        self.reads = 0
        #: View → Your Calibration… (set by `install`).
        self.action: QAction | None = None
        self.chart = AgreementChart(self.form.chartHost)
        self.form.chartHostLayout.addWidget(self.chart)
        self._setup_table()
        self._connect()
        fit_to_screen(self)

    def _setup_table(self) -> None:
        t = self.form.differencesTable
        t.setColumnCount(5)
        t.setHorizontalHeaderLabels(["Candidate", "Role", "Axis", "You", "Them"])
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 12)
        header = t.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CANDIDATE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_ROLE, 180), (COL_AXIS, 180), (COL_YOU, 130),
                           (COL_THEM, 130)):
            t.setColumnWidth(col, width)

    def _connect(self) -> None:
        f = self.form
        f.personCombo.currentIndexChanged.connect(self._show_current)
        f.differencesTable.cellDoubleClicked.connect(lambda row, _col: self.open_debrief(row))
        f.differencesTable.itemSelectionChanged.connect(self._update_buttons)
        f.openDebriefButton.clicked.connect(lambda: self.open_debrief())
        f.openCandidateButton.clicked.connect(self.open_candidate)
        f.closeButton.clicked.connect(self.close)
        f.openDebriefButton.setDefault(True)  # Return on a row opens its debrief

    # the file ------------------------------------------------------------------------------

    def set_database(self, db: Workspace | None) -> None:
        self._db = db
        self._stale = True
        if db is not None and self.isVisible():
            self.refresh()

    def file_changed(self, change: object = None) -> None:
        """The window's change notification: scorecards, people, names and removals move the
        figures. Read now when shown, else on showing."""
        if isinstance(change, Change) and not change.touches(*READS_ON):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.reads += 1
        if self._db is None:
            self.figures = Calibration(None, "", 0, ())
        else:
            with self._db.reader() as s:
                self.figures = calibration(s, self._db.identity.person_id)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """The differences' rating colours are set on table items: set again on a switch of
        theme (light ↔ dark), as the rest of the window is."""
        super().changeEvent(event)
        p = self.current() if event.type() == QEvent.Type.PaletteChange else None
        for row, d in enumerate(p.differences if p is not None else ()):
            for col, value in ((COL_YOU, d.mine), (COL_THEM, d.theirs)):
                item = self.form.differencesTable.item(row, col)
                if item is not None:
                    item.setForeground(_rating_colour(value))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def bring_up(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    # showing -------------------------------------------------------------------------------

    def _fill(self) -> None:
        f, r = self.form, self.figures
        viewer = r.viewer or (self._db.identity.name if self._db else "")
        f.headline.setText(f"Your calibration · {isolate(viewer)}" if viewer
                           else "Your calibration")
        combo = f.personCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for p in r.pairings:
            combo.addItem(f"{p.name} ({p.shared})", p.person_id)
        at = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(at if at >= 0 else 0)
        combo.blockSignals(False)
        empty = not r.pairings
        for w in (f.personLabel, combo, f.sharedLabel, f.leniencyLabel, f.chartHost,
                  f.differencesTitle, f.differencesTable, f.hintLabel, f.openDebriefButton,
                  f.openCandidateButton):
            w.setVisible(not empty)
        f.emptyLabel.setVisible(empty)
        f.emptyLabel.setText(NOTHING_SUBMITTED if not r.submitted else NOBODY_YET)
        self._show_current()

    def current(self) -> Pairing | None:
        person_id = self.form.personCombo.currentData()
        return next((p for p in self.figures.pairings if p.person_id == person_id), None)

    def _show_current(self, *_args: object) -> None:
        f = self.form
        p = self.current()
        t = f.differencesTable
        t.setRowCount(0)
        if p is None:
            self.chart.set_rows([])
            self._update_buttons()
            return
        f.sharedLabel.setText(p.shared_text)
        theme.keep_style(f.sharedLabel,
                         lambda: "" if p.meaningful else f"color: {theme.AMBER};")
        f.leniencyLabel.setText(p.leniency_text)
        self.chart.set_rows([p.overall, *p.axes])
        t.setRowCount(len(p.differences))
        for row, d in enumerate(p.differences):
            cells = (d.candidate, d.role, d.label, drift.mark_text(d.mine),
                     drift.mark_text(d.theirs))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == COL_CANDIDATE:
                    item.setData(APPLICATION_ROLE, d.application_id)
                    item.setData(CANDIDATE_ROLE, d.candidate_id)
                if col in (COL_YOU, COL_THEM):
                    item.setForeground(_rating_colour(d.mine if col == COL_YOU else d.theirs))
                t.setItem(row, col, item)
        f.differencesTitle.setText("Where you differ most" if p.differences
                                   else "Where you differ most: nowhere by half a step or more")
        if p.differences:
            t.selectRow(0)
        self._update_buttons()

    def _selected(self, row: int | None = None) -> tuple[str, str] | None:
        t = self.form.differencesTable
        row = t.currentRow() if row is None else row
        item = t.item(row, COL_CANDIDATE) if row >= 0 else None
        if item is None:
            return None
        return item.data(APPLICATION_ROLE), item.data(CANDIDATE_ROLE)

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.form.openDebriefButton.setEnabled(chosen and self._open_debrief is not None)
        self.form.openCandidateButton.setEnabled(chosen)

    def open_debrief(self, row: int | None = None) -> None:
        chosen = self._selected(row)
        if chosen is not None and self._open_debrief is not None:
            self._open_debrief(self, chosen[0])

    def open_candidate(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.sig_open_candidate.emit(chosen[1])


def install(window: Any) -> CalibrationWindow:
    """View → Your Calibration… in `window` (the main window), also offered in the
    Interviews page's Assess menu: the view follows the window's file and its change
    notification, opens debriefs over itself and candidates in the window."""
    from hirefile.ui.assess import entry
    from hirefile.ui.sharing.activity import open_candidate_in

    def open_debrief(parent: QWidget, application_id: str) -> None:
        if window.db is not None:
            entry.open_debrief(parent, window.db, application_id, stack=window.undo_stack)

    view = CalibrationWindow(window, open_debrief=open_debrief)
    action = QAction("Your &Calibration…", window)
    action.setObjectName("actionCalibration")
    action.setStatusTip("How your ratings compare with each person who assessed the same "
                        "candidates: agreement, who rates higher, where you differ most")
    action.triggered.connect(view.bring_up)
    menu, before = window.form.menuView, window.form.actionRefresh
    menu.insertAction(before, action)
    assess = window.interviews_page.assess_menu
    assess.addSeparator()
    assess.addAction(action)
    window.changes.sig_changed.connect(view.file_changed)
    view.sig_open_candidate.connect(open_candidate_in(window))
    view.action = action
    return view
