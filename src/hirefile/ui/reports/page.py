"""The Reports page: where a founder sees how their hiring goes, per role or for all roles,
over a period — funnel, time in stage, time to hire, sources, reasons, offers, interviewer load.

Each section is a chart that reads at a glance and a compact table of the same figures, with n
beside the title and a note when n is too small to be a rate (`section.Section`). The figures
are `services.reports.report`, read in one reader session; the page turns them into chart
figures and table lines through `figures`. Like every page it reads on the window's change
notification, and only while on screen: hidden, it marks itself stale and reads when shown
(a report aggregates the whole file). It never re-reads on its own.

The layout is forms/reports_page.ui; the sections are built here (painted charts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from hirefile.services import listing, reports
from hirefile.services.reports import RANGE_RULES, Report, Scope
from hirefile.services.workspace import Workspace
from hirefile.ui import exports, theme
from hirefile.ui.common import show_text
from hirefile.ui.generated.ui_reports_page import Ui_ReportsPage
from hirefile.ui.models.columns import count_text, day_text
from hirefile.ui.offers.style import style_sheet
from hirefile.ui.reports import figures as fig
from hirefile.ui.reports.charts import BarChart, DurationChart, FunnelChart, GroupedBarChart
from hirefile.ui.reports.section import Section

LAST_30, LAST_QUARTER, THIS_YEAR, EVERYTHING, BETWEEN = (
    "Last 30 days", "Last quarter", "This year", "Everything", "Between dates")
PERIODS = (LAST_30, LAST_QUARTER, THIS_YEAR, EVERYTHING, BETWEEN)


def period_range(period: str, today: date) -> tuple[date | None, date | None]:
    """The days a preset covers, both ends included (None: open). "Last quarter" is the last
    whole calendar quarter before today's."""
    if period == LAST_30:
        return today - timedelta(days=29), today
    if period == LAST_QUARTER:
        first_month = (today.month - 1) // 3 * 3 + 1  # of this quarter
        this_quarter = date(today.year, first_month, 1)
        end = this_quarter - timedelta(days=1)
        return date(end.year, end.month - 2, 1), end
    if period == THIS_YEAR:
        return date(today.year, 1, 1), today
    return None, None


def range_text(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{day_text(start)} – {day_text(end)}"
    if start:
        return f"since {day_text(start)}"
    if end:
        return f"until {day_text(end)}"
    return "every date"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReportsPage(QWidget):
    """The filters, the export buttons and the seven report sections."""

    #: Your Calibration… was pressed (the window opens its private calibration view).
    sig_calibration = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ReportsPage()
        f.setupUi(self)
        theme.keep_style(self, style_sheet)
        #: Today, for the period presets (tests move it).
        self.clock: Callable[[], date] = date.today
        #: The report on screen (None before the first read).
        self.report: Report | None = None
        #: How many times the page read the file (tests count them).
        self.reads = 0
        self._db: Workspace | None = None
        self._stale = True
        for period in PERIODS:
            f.periodCombo.addItem(period)
        f.periodCombo.setCurrentText(EVERYTHING)
        f.roleCombo.addItem("All roles", None)
        self._build_sections()
        self._show_period()
        self._connect()

    def _build_sections(self) -> None:
        f = self.form
        self.funnel_chart = FunnelChart("Funnel")
        self.stage_chart = DurationChart("Time in stage")
        self.hire_chart = DurationChart("Time to hire")
        self.source_chart = GroupedBarChart("Sources", fig.SOURCE_SERIES)
        self.rejected_chart = BarChart("Reasons for rejecting")
        self.withdrew_chart = BarChart("Reasons for withdrawing")
        self.offer_chart = BarChart("Offers")
        self.load_chart = GroupedBarChart("Interviewer load", fig.LOAD_SERIES)
        for chart, empty in ((self.stage_chart, "No stay in a stage ended in this range"),
                             (self.hire_chart, "No hires in this range"),
                             (self.rejected_chart, "No one was rejected in this range"),
                             (self.withdrew_chart, "No one withdrew in this range"),
                             (self.offer_chart, "No offers made in this range"),
                             (self.load_chart, "No interviews or reviews in this range")):
            chart.empty_text = empty
        content = f.content
        self.sections: dict[str, Section] = {
            "funnel": Section("Funnel", [("", self.funnel_chart)],
                              RANGE_RULES["funnel"], content),
            "stages": Section("Time in stage", [("", self.stage_chart)],
                              RANGE_RULES["stages"], content),
            "time_to_hire": Section("Time to hire", [("", self.hire_chart)],
                                    RANGE_RULES["time_to_hire"], content),
            "sources": Section("Sources", [("", self.source_chart)],
                               RANGE_RULES["sources"], content),
            "reasons": Section("Reasons", [("Rejected", self.rejected_chart),
                                           ("Withdrew", self.withdrew_chart)],
                               RANGE_RULES["reasons"], content),
            "offers": Section("Offers", [("", self.offer_chart)],
                              RANGE_RULES["offers"], content),
            "load": Section("Interviewer load", [("", self.load_chart)],
                            RANGE_RULES["load"], content),
        }
        for section in self.sections.values():
            f.sectionsLayout.addWidget(section)
        self.counting_label = QLabel(reports.COUNTING_NOTE, content)
        self.counting_label.setProperty("kind", "faint")
        self.counting_label.setWordWrap(True)
        f.sectionsLayout.addWidget(self.counting_label)
        f.sectionsLayout.addStretch(1)

    def _connect(self) -> None:
        f = self.form
        f.calibrationButton.clicked.connect(self.sig_calibration.emit)
        f.pdfButton.clicked.connect(self.export_pdf)
        f.csvButton.clicked.connect(self.export_csv)
        f.roleCombo.currentIndexChanged.connect(lambda _i: self.read())
        f.periodCombo.currentIndexChanged.connect(lambda _i: self._period_chosen())
        f.fromEdit.dateChanged.connect(lambda _d: self._dates_typed())
        f.toEdit.dateChanged.connect(lambda _d: self._dates_typed())

    # the page protocol of the main window ----------------------------------------------------

    def set_database(self, db: Workspace | None) -> None:
        self._db = db
        self.report = None
        for button in (self.form.pdfButton, self.form.csvButton):
            button.setEnabled(db is not None)
        self.refresh()

    def refresh(self) -> None:
        """The window's change notification: read now when on screen, else when shown."""
        self._stale = True
        if self.isVisible():
            self.read()

    @property
    def stale(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.read()

    # exports ---------------------------------------------------------------------------------

    def export_pdf(self) -> Path | None:
        """Export PDF…: the report for the filters on screen, charts and tables."""
        if self._db is None:
            return None
        return exports.export_report(self, self._db, self.scope())

    def export_csv(self) -> Path | None:
        """Export CSV…: the same figures as one CSV file, for a spreadsheet."""
        if self._db is None:
            return None
        return exports.export_report(self, self._db, self.scope(), as_csv=True)

    # filters ---------------------------------------------------------------------------------

    def scope(self) -> Scope:
        f = self.form
        if f.periodCombo.currentText() != BETWEEN:
            return Scope(f.roleCombo.currentData(),
                         *period_range(f.periodCombo.currentText(), self.clock()))
        start, end = sorted((_date(f.fromEdit.date()), _date(f.toEdit.date())))
        return Scope(f.roleCombo.currentData(), start, end)  # either way round: the days between

    def _show_period(self) -> None:
        """The date fields show the preset's days (hidden for "Everything")."""
        f = self.form
        period = f.periodCombo.currentText()
        start, end = period_range(period, self.clock())
        shown = period != EVERYTHING
        for widget in (f.fromLabel, f.fromEdit, f.toLabel, f.toEdit):
            widget.setVisible(shown)
        if period != BETWEEN and start is not None and end is not None:
            for edit, day in ((f.fromEdit, start), (f.toEdit, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)

    def _period_chosen(self) -> None:
        self._show_period()
        self.read()

    def _dates_typed(self) -> None:
        """A date changed by hand: the period becomes "Between dates" (read once)."""
        combo = self.form.periodCombo
        if combo.currentText() != BETWEEN:
            combo.blockSignals(True)
            combo.setCurrentText(BETWEEN)
            combo.blockSignals(False)
            self._show_period()
        self.read()

    def _fill_roles(self, roles: list[tuple[str, str]]) -> None:
        """The role filter's choices, keeping the chosen role while it exists."""
        combo = self.form.roleCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All roles", None)
        for key, text in roles:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    # reading ---------------------------------------------------------------------------------

    def read(self) -> None:
        """Read the roles and the report for the filters, in one reader session."""
        self._stale = False
        if self._db is None:
            self.report = None
            self._fill_roles([])
            return
        self.reads += 1
        # Every metric over the whole file: seconds at 50,000 candidates, so say it is busy.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self._db.reader() as s:
                self._fill_roles([(r.id, f"{r.title}  ·  {r.status}")
                                  for r in listing.role_rows(s)])
                self.report = reports.report(s, self.scope())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(self.report)

    def _show(self, rep: Report) -> None:
        f = self.form
        role = f.roleCombo.currentText().split("  ·  ")[0]
        f.pageSubtitle.setText(f"{role} · {range_text(rep.scope.start, rep.scope.end)}")
        total = rep.funnel.total
        show_text(f.noteLabel, fig.few_note(total, "application", where=" in this period",
                                            figures="every figure below"))
        s = self.sections
        t = {table.key: table for table in reports.tables(rep)}  # the CLI's, CSV's and PDF's
        self.funnel_chart.set_steps(fig.funnel_steps(rep.funnel))
        s["funnel"].show_figures(t["funnel"], fig.funnel_n(rep.funnel))
        self.stage_chart.set_spans(fig.stage_spans(rep.stages))
        ended, n_text = fig.stage_n(rep.stages)
        s["stages"].show_figures(t["stages"], n_text,
                                 fig.few_note(ended, "stay"))
        self.hire_chart.set_spans(fig.hire_spans(rep.time_to_hire))
        s["time_to_hire"].show_figures(
            t["time_to_hire"],
            f"n = {count_text(rep.time_to_hire.spread.n, 'hire')}",
            fig.hire_note(rep.time_to_hire))
        self.source_chart.set_groups(fig.source_groups(rep.sources))
        applicants, n_text = fig.source_n(rep.sources)
        s["sources"].show_figures(t["sources"], n_text,
                                  fig.few_note(applicants, "application"))
        self.rejected_chart.set_bars(fig.reason_bars(rep.reasons.rejected))
        self.withdrew_chart.set_bars(fig.reason_bars(rep.reasons.withdrew))
        left, n_text = fig.reason_n(rep.reasons)
        s["reasons"].show_figures(t["reasons"], n_text,
                                  fig.few_note(left, "exit"))
        self.offer_chart.set_bars(fig.offer_bars(rep.offers))
        s["offers"].show_figures(t["offers"], fig.offer_n(rep.offers),
                                 fig.few_note(rep.offers.made, "offer"))
        self.load_chart.set_groups(fig.load_groups(rep.load))
        seats, n_text = fig.load_n(rep.load)
        s["load"].show_figures(t["load"], n_text,
                               fig.few_note(seats, "interview"))
