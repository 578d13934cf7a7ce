"""The Reports page as a founder sees it: the funnel of a file built move by move, the role and
period filters, a move made elsewhere reaching the page (or leaving it stale while hidden),
exports, the charts' figures as text for screen readers, and no rating anywhere on it."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPointF
from PySide6.QtWidgets import QLabel, QTableView
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import Source
from hirefile.services import candidates, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.storage.models import Application, RoleStage
from hirefile.ui.commands.base import apply, undo_safely
from hirefile.ui.commands.candidates import MoveApplications
from hirefile.ui.main_window import PAGE_OFFERS, PAGE_REPORTS, MainWindow
from hirefile.ui.reports import figures
from hirefile.ui.reports.chart_base import EMPTY_TEXT, Chart
from hirefile.ui.reports.charts import Bar, BarChart, DurationChart, FunnelChart, Span
from hirefile.ui.reports.page import BETWEEN, EVERYTHING, LAST_30, LAST_QUARTER, period_range

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
REASONS = {"Rejected": "Skills below the bar", "Withdrew": "Took another offer"}


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


class Desk:
    """A file built move by move: two roles, people applying on given days."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.session() as s:
            self.ml = add_role_from_template(s, template("ml_engineer"), title="ML Engineer").id
            self.ops = add_role_from_template(s, template("ml_engineer"),
                                              title="MLOps Engineer").id

    def path(self, name: str, role_id: str, at: float, *stages: str) -> str:
        """Someone applies on day `at` and moves through `stages`, one every two days."""
        with self.db.session() as s:
            cid = candidates.create_candidate(s, CandidateDraft(full_name=name,
                                                                source=Source.INBOUND)).id
            app = pipeline.add_application(s, cid, role_id,
                                           stage=pipeline.stage_named(s, role_id, "Applied"),
                                           at=day(at)).id
        for i, stage in enumerate(stages, 1):
            with self.db.session() as s:
                target = pipeline.stage_named(s, role_id, stage)
                pipeline.move(s, app, target.id, at=day(at + 2 * i),
                              reason=REASONS.get(stage))
        return app


@pytest.fixture
def desk(new_db: Database) -> Desk:
    d = Desk(new_db)
    d.path("Ana Lima", d.ml, 0, "Screen", "Technical", "Onsite", "Debrief", "Offer", "Hired")
    d.path("Bruno Costa", d.ml, 1, "Screen", "Rejected")
    d.path("Chen Wei", d.ml, 2, "Screen", "Technical")
    d.path("Dara Okafor", d.ml, 3, "Withdrew")
    d.path("Émile Moreau", d.ops, 40, "Screen")
    d.path("Farah Haddad", d.ops, 41)
    return d


@pytest.fixture
def window(open_window: Any, desk: Desk) -> Iterator[MainWindow]:
    w = open_window(desk.db, (1024, 700))
    w.show_page(PAGE_REPORTS)
    yield w


def reached(w: MainWindow) -> dict[str, int]:
    return {s.label: s.count for s in w.reports_page.funnel_chart.steps}


def table_cells(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_page_shows_the_funnel_counts_of_the_file(window: MainWindow) -> None:
    page = window.reports_page
    assert page.isVisible() and not page.stale
    f = page.form
    assert f.roleCombo.currentText() == "All roles" and f.periodCombo.currentText() == EVERYTHING
    assert f.pageSubtitle.text() == "All roles · every date"
    funnel = page.sections["funnel"]
    assert funnel.n_label.text() == "n = 6 applications · 3 finished · 3 in process"
    counts = reached(window)
    assert (counts["Applied"], counts["Screen"], counts["Technical"], counts["Hired"]) == \
        (6, 4, 2, 1)
    rows = {r[0]: r for r in table_cells(funnel.table)}
    # Screen: Ana and Chen went further, Bruno was rejected there, Émile still waits
    assert rows["Screen"] == ["Screen", "4", "2", "1", "1", "2 of 3 (67%)"]  # the CLI's text
    assert rows["Hired"][:2] == ["Hired", "1"]
    described = page.funnel_chart.accessibleDescription()
    assert "Screen: 4 · 67%, 67% went further · 2 of 3" in described
    hire = page.sections["time_to_hire"]
    assert hire.n_label.text() == "n = 1 hire"
    assert "Only 1 hire" in hire.note_label.text() and hire.note_label.isVisible()
    assert f.noteLabel.isHidden()  # six applications: no longer a handful
    assert table_cells(page.sections["reasons"].table) == [
        ["Rejected", "Skills below the bar", "1 (100%)"],
        ["Withdrew", "Took another offer", "1 (100%)"]]
    assert page.sections["reasons"].n_label.text() == "n = 1 rejected · 1 withdrew"


def test_the_role_and_the_period_change_the_figures(window: MainWindow, desk: Desk) -> None:
    page = window.reports_page
    f = page.form
    page.clock = lambda: date(2026, 4, 20)
    f.roleCombo.setCurrentIndex(f.roleCombo.findData(desk.ops))
    assert f.pageSubtitle.text().startswith("MLOps Engineer · ")
    assert page.sections["funnel"].n_label.text().startswith("n = 2 applications")
    assert reached(window)["Screen"] == 1
    assert "Only 2 applications in this period" in f.noteLabel.text()
    f.roleCombo.setCurrentIndex(0)
    f.periodCombo.setCurrentText(LAST_30)  # 22 March – 20 April: only the MLOps pair applied
    assert page.report is not None
    assert (page.report.scope.start, page.report.scope.end) == (date(2026, 3, 22),
                                                                date(2026, 4, 20))
    assert page.sections["funnel"].n_label.text().startswith("n = 2 applications")
    assert f.fromEdit.isVisible() and f.fromEdit.date() == QDate(2026, 3, 22)
    f.periodCombo.setCurrentText(LAST_QUARTER)  # January to March: the four ML applications
    assert page.sections["funnel"].n_label.text().startswith("n = 4 applications")
    f.fromEdit.setDate(QDate(2026, 3, 3))  # by hand: between dates, one read
    assert f.periodCombo.currentText() == BETWEEN
    assert page.report is not None and page.report.scope.start == date(2026, 3, 3)
    assert page.sections["funnel"].n_label.text().startswith("n = 3 applications")
    f.toEdit.setDate(QDate(2025, 1, 1))  # the wrong way round: the days between
    assert page.report.scope == page.scope()
    assert (page.scope().start, page.scope().end) == (date(2025, 1, 1), date(2026, 3, 3))
    f.fromEdit.setDate(QDate(2027, 1, 1))
    f.toEdit.setDate(QDate(2027, 1, 31))
    assert page.funnel_chart.is_empty()
    assert page.funnel_chart.accessibleDescription() == f"Funnel: {EMPTY_TEXT}"
    assert page.sections["funnel"].table.isHidden()


def test_presets_cover_the_days_they_say() -> None:
    today = date(2026, 12, 6)
    assert period_range(LAST_30, today) == (date(2026, 11, 7), today)
    assert period_range(LAST_QUARTER, today) == (date(2026, 7, 1), date(2026, 9, 30))
    assert period_range(LAST_QUARTER, date(2026, 2, 1)) == (date(2025, 10, 1),
                                                            date(2025, 12, 31))
    assert period_range(EVERYTHING, today) == (None, None)


def test_a_move_made_elsewhere_reaches_the_page_shown_and_stales_it_hidden(
        window: MainWindow, desk: Desk) -> None:
    page = window.reports_page
    db = desk.db
    with db.reader() as s:
        app_id = s.scalar(select(Application.id).join(
            RoleStage, RoleStage.id == Application.stage_id).where(
            Application.role_id == desk.ops, RoleStage.name == "Applied"))
    with db.reader() as s:
        screen = pipeline.stage_named(s, desk.ops, "Screen").id
    reads = page.reads
    apply(window.undo_stack, MoveApplications(db, lambda: None, [app_id], stage_id=screen))
    assert page.reads == reads + 1 and reached(window)["Screen"] == 5  # on screen: read once
    window.show_page(PAGE_OFFERS)
    assert undo_safely(window.undo_stack) is None  # Edit → Undo while the page is hidden
    assert page.stale and page.reads == reads + 1  # nothing read while hidden
    assert reached(window)["Screen"] == 5  # what it showed, until shown
    window.show_page(PAGE_REPORTS)
    assert not page.stale and page.reads == reads + 2
    assert reached(window)["Screen"] == 4


def test_export_pdf_and_csv_write_files(window: MainWindow, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.ui import exports

    page = window.reports_page
    asked: list[str] = []

    def ask(_parent: Any, title: str, suggested: Path, _filters: Any) -> Path:
        asked.append(f"{title}: {suggested.name}")
        return tmp_path / suggested.name

    monkeypatch.setattr(exports, "ask_save_path", ask)
    page.form.roleCombo.setCurrentIndex(page.form.roleCombo.findText("ML Engineer  ·  Draft"))
    page.form.pdfButton.click()
    page.form.csvButton.click()
    assert asked == ["Save the Report: Hiring report - ML Engineer, all dates.pdf",
                     "Save the Report as CSV: Hiring report - ML Engineer, all dates.csv"]
    pdf = tmp_path / "Hiring report - ML Engineer, all dates.pdf"
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "ML Engineer" in text and "Funnel" in text
    rows = list(csv.reader(io.StringIO(
        (tmp_path / "Hiring report - ML Engineer, all dates.csv").read_text("utf-8-sig"))))
    assert ["Screen", "3", "2", "1", "0", "2 of 3 (67%)"] in rows  # the ML pipeline alone


# the charts on their own -------------------------------------------------------------------

def test_charts_say_their_figures_as_text_and_in_tooltips(qtbot: Any) -> None:
    bars = BarChart("Reasons for rejecting")
    qtbot.addWidget(bars)
    bars.set_bars([Bar("Skills below the bar", 42, 42 / 110), Bar("Location", 1, 1 / 110)])
    assert bars.accessibleName() == "Reasons for rejecting"
    assert bars.accessibleDescription() == \
        "Reasons for rejecting: Skills below the bar: 42 · 38%; Location: 1 · <1%"
    bars.resize(600, bars.sizeHint().height())
    bars.grab()  # paints: the bars' places are known
    first_row = QPointF(bars.width() / 2, bars.PAD + bars.row_height() / 2)
    assert bars.tip_at(first_row) == "Skills below the bar: 42 · 38%"
    times = DurationChart("Time in stage")
    qtbot.addWidget(times)
    times.set_spans([Span("Screen", 12, 3.5, 9.0), Span("Onsite", 0, None, None)])
    assert times.accessibleDescription() == ("Time in stage: Screen: median 3.5 days, "
                                             "90th percentile 9 days, n 12; "
                                             "Onsite: no one yet (n 0)")
    funnel = FunnelChart("Funnel")
    qtbot.addWidget(funnel)
    funnel.set_steps([])
    assert funnel.is_empty() and funnel.accessibleDescription() == f"Funnel: {EMPTY_TEXT}"
    assert figures.few_note(4, "offer") == \
        "Only 4 offers: read these figures as single cases, not as rates."
    assert figures.few_note(5, "offer") == figures.few_note(0, "offer") == ""


# sealed feedback ---------------------------------------------------------------------------

RATING_WORDS = re.compile(r"\b(Strong yes|Strong no|Not assessed|Yes)\b")


def every_text(root: Any) -> list[str]:
    """Everything the page says: labels, table cells and headers, charts' text and tooltips."""
    texts = [label.text() for label in root.findChildren(QLabel)]
    for view in root.findChildren(QTableView):
        model = view.model()
        texts += [str(model.headerData(c, view.horizontalHeader().orientation()) or "")
                  for c in range(model.columnCount())]
        texts += [cell for row in table_cells(view) for cell in row]
    for chart in root.findChildren(Chart):
        chart.grab()
        texts.append(chart.accessible_text())
        texts += [tip for _rect, tip in chart._hits]
    return texts


def test_nothing_on_the_page_shows_a_rating(open_window: Any, demo_db: Database) -> None:
    """The demo file holds submitted scorecards with verdicts, sealed and not: the page shows
    counts and times of the assessing, never what anyone rated."""
    w = open_window(demo_db, (1024, 700))
    w.show_page(PAGE_REPORTS)
    page = w.reports_page
    assert page.report is not None and page.report.load  # people did assess
    texts = every_text(page)
    assert not [t for t in texts if RATING_WORDS.search(t) or t.strip() == "No"]
    assert any(re.search(r"Lena Hoffmann: \d+ interviews, \d+ scorecards in", t)
               for t in texts), texts


def test_an_export_that_cannot_be_written_says_why_in_one_line(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.ui import exports, messages

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(exports, "ask_save_path",
                        lambda *_a: tmp_path / "no such folder" / "Report.pdf")
    monkeypatch.setattr(messages, "show_problem", lambda _p, title, text: said.append(
        (title, text)))
    assert window.reports_page.export_pdf() is None
    assert len(said) == 1 and said[0][0] == "Could not save the report"
    assert "\n" not in said[0][1] and "Traceback" not in said[0][1]
    assert not (tmp_path / "no such folder").exists()


def test_an_empty_file_says_what_is_missing_section_by_section(open_window: Any,
                                                               new_db: Database) -> None:
    w = open_window(new_db, (1024, 700))
    w.show_page(PAGE_REPORTS)
    page = w.reports_page
    assert page.funnel_chart.accessibleDescription() == f"Funnel: {EMPTY_TEXT}"
    assert page.hire_chart.accessibleDescription() == "Time to hire: No hires in this range"
    assert page.offer_chart.accessibleDescription() == "Offers: No offers made in this range"
    assert all(section.table.isHidden() for section in page.sections.values())
    assert page.form.noteLabel.isHidden()


def test_your_calibration_opens_from_the_reports_page(open_window: Any, demo_db: Any) -> None:
    """The Reports page offers the person's own calibration (private: the window's view for
    the person at the keyboard)."""
    window = open_window(demo_db, (1024, 700))
    page = window.reports_page
    assert not window.calibration.isVisible()
    page.form.calibrationButton.click()
    assert window.calibration.isVisible()
    window.calibration.close()
