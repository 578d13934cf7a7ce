"""The assessment screens, headless: the Interviews page, scheduling, the scorecard editor,
sealed feedback, portfolio and culture forms, the debrief and finalists, calendar export.

Questions (confirmations, the file chooser) are stubbed through `ui.assess.ask`; every check of
what was stored reads the file back through the services.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from hirefile.domain import scoring
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import (
    ActivityKind,
    Axis,
    CheckResult,
    CultureDimension,
    Decision,
    InterviewStatus,
    PortfolioCheck,
    ScorecardStatus,
)
from hirefile.services import (
    assessments,
    candidates,
    debrief,
    interviews,
    listing,
    loops,
    pipeline,
)
from hirefile.services import scorecards as sc
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Person
from hirefile.ui import assess, theme
from hirefile.ui.assess import ask, entry
from hirefile.ui.assess.common import ensure_viewer, viewer_id
from hirefile.ui.assess.culture import CultureDialog
from hirefile.ui.assess.debrief import DebriefView
from hirefile.ui.assess.debrief_grid import DebriefGridModel
from hirefile.ui.assess.feedback import ScorecardsDialog
from hirefile.ui.assess.finalists import FinalistsDialog, FinalistsPickDialog
from hirefile.ui.assess.review import ReviewDialog
from hirefile.ui.assess.schedule import ScheduleDialog
from hirefile.ui.assess.scorecard import ScorecardDialog
from hirefile.ui.main_window import PAGE_INTERVIEWS, MainWindow
from hirefile.ui.pages.interviews import PAST, InterviewsPage
from hirefile.ui.text import isolate

WHEN = datetime(2031, 3, 4, 13, 30, tzinfo=timezone.utc)


class Answers:
    """A stubbed question: records each call, answers as told."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any) -> Any:
        self.calls.append(args)
        return self.answer


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> None:
    theme.apply(qapp)


def texts(widget: Any) -> list[str]:
    """The text of every label shown (not hidden) inside `widget`."""
    return [w.text() for w in widget.findChildren(QLabel) if not w.isHidden() and w.text()]


def person_named(db: Database, name: str) -> str:
    with db.reader() as s:
        return next(pid for pid, n, _ in interviews.people(s) if n == name)


def schedule(db: Database, app_id: str, step_index: int, panel: list[str]) -> str:
    with db.session() as s:
        app = pipeline.live_application(s, app_id)
        step = loops.loop(s, app.role_id).steps[step_index]
        return interviews.schedule(s, app_id, title=step.title, kind=step.kind,
                                   loop_step_id=step.id, starts_at=WHEN, minutes=step.minutes,
                                   interviewer_ids=panel).id


def submit_card(db: Database, interview_id: str, person_id: str, rating: int,
                evidence: str = "Built and shipped it") -> str:
    with db.session() as s:
        card = sc.start(s, interview_id, person_id)
        axes = [r.axis for r in card.ratings]
        sc.submit(s, card.id, person_id, sc.ScorecardDraft(
            ratings={a: (rating, f"{evidence} ({a.label})") for a in axes},
            recommendation=rating, takeaways="Clear thinker"))
        return card.id


@pytest.fixture
def demo(demo_db: Database) -> Database:
    """The demo file, with the viewer (a new person on this machine) in the file's people."""
    ensure_viewer(demo_db)
    return demo_db


@pytest.fixture
def kenji(new_db: Database) -> str:
    """A second interviewer in the new file."""
    with new_db.session() as s:
        p = Person(name="Kenji Watanabe", email="kenji@example.jp")
        s.add(p)
        return p.id


@pytest.fixture
def app_id(new_db: Database) -> str:
    """A candidate at Onsite for an ML engineer role (the template's loop)."""
    with new_db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        c = candidates.create_candidate(s, CandidateDraft(full_name="Nguyễn Thị Minh Khai"))
        return pipeline.add_application(s, c.id, role.id,
                                        stage=pipeline.stage_named(s, role.id, "Onsite")).id


# the Interviews page -----------------------------------------------------------------------

def test_interviews_page_lists_upcoming_soonest_first(qtbot: Any, qtmodeltester: Any,
                                                      demo: Database) -> None:
    page = InterviewsPage()
    qtbot.addWidget(page)
    page.set_database(demo)
    qtmodeltester.check(page.model)
    with demo.reader() as s:
        upcoming = interviews.upcoming_ids(s)
    rows = page.model.rows
    assert [r.id for r in rows][:len(upcoming)] == upcoming
    assert page.count == len(rows) > 0
    assert page.form.pageSubtitle.text().startswith(f"{len(rows)} upcoming interviews")
    starts = [r.starts_at for r in rows if r.starts_at is not None]
    assert starts == sorted(starts)
    page.show_mode(PAST)
    qtmodeltester.check(page.model)
    assert page.count == len(rows)  # the badge stays the upcoming count
    past = [r.starts_at for r in page.model.rows if r.starts_at is not None]
    assert past == sorted(past, reverse=True)
    assert all(r.status is not InterviewStatus.SCHEDULED or r.starts_at < datetime.now(
        timezone.utc) for r in page.model.rows)


def test_mark_done_and_cancel_from_the_page(qtbot: Any, demo: Database,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page = InterviewsPage()
    qtbot.addWidget(page)
    page.set_database(demo)
    first, second = page.model.rows[:2]
    assert page.select_id(first.id)
    with qtbot.waitSignal(page.sig_status) as signal:
        page.form.doneButton.click()
    assert "Marked done" in signal.args[0]
    refused = Answers(False)
    monkeypatch.setattr(ask, "confirm_cancel", refused)
    page.select_id(second.id)
    page.form.cancelButton.click()
    assert refused.calls and page.select_id(second.id)  # not cancelled: still listed
    monkeypatch.setattr(ask, "confirm_cancel", Answers(True))
    page.form.cancelButton.click()
    with demo.reader() as s:
        assert interviews.interview_data(s, first.id).status is InterviewStatus.DONE
        assert interviews.interview_data(s, second.id).status is InterviewStatus.CANCELLED
    assert {first.id, second.id}.isdisjoint(r.id for r in page.model.rows)


def test_export_to_calendar_writes_an_ics_file(qtbot: Any, demo: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    page = InterviewsPage()
    qtbot.addWidget(page)
    page.set_database(demo)
    target = tmp_path / "Upcoming.ics"
    chooser = Answers(target)
    monkeypatch.setattr(ask, "ics_path", chooser)
    with qtbot.waitSignal(page.sig_status) as signal:
        page.form.exportButton.click()  # nothing selected: every upcoming interview
    with demo.reader() as s:
        upcoming = interviews.upcoming_ids(s)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(cal.walk("VEVENT")) == len(upcoming)
    assert signal.args[0] == f"Exported {len(upcoming)} interviews to {isolate(str(target))}"
    one = page.model.rows[3]
    page.select_id(one.id)
    page.form.exportButton.click()
    (event,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == f"{one.id}@hirefile"
    assert event.decoded("DTSTART") == one.starts_at
    assert chooser.calls[-1][1].name == f"{one.title} - {one.candidate}.ics"


def test_the_window_shows_the_interviews_page(qtbot: Any, demo: Database, identity: Any) -> None:
    window = MainWindow(demo, Settings(), identity)
    qtbot.addWidget(window)
    assert isinstance(window.interviews_page, InterviewsPage)
    assert window.interviews_page.undo_stack is window.undo_stack
    window.refresh_all()
    assert window.form.navList.item(PAGE_INTERVIEWS).data(Qt.ItemDataRole.UserRole + 1) == \
        window.interviews_page.count


# scheduling --------------------------------------------------------------------------------

def test_schedule_dialog_creates_the_interview(qtbot: Any, new_db: Database, app_id: str,
                                               kenji: str) -> None:
    dialog = ScheduleDialog(None, new_db)
    qtbot.addWidget(dialog)
    f = dialog.form
    f.searchEdit.setText("nguyen khai")  # accents and case ignored
    assert f.applicationCombo.currentData() == app_id
    with new_db.reader() as s:
        steps = loops.loop(s, pipeline.live_application(s, app_id).role_id).steps
    f.stepCombo.setCurrentIndex(f.stepCombo.findData(steps[2].id))
    assert f.titleEdit.text() == steps[2].title
    assert f.minutesSpin.value() == steps[2].minutes
    assert f.axesLabel.text() == ", ".join(a.label for a in steps[2].axes)
    dialog.set_panel([])
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert f.panelError.text() == "Choose at least one interviewer" and not f.panelError.isHidden()
    dialog.set_starts_at(WHEN)
    dialog.set_panel([viewer_id(new_db), kenji])
    f.locationEdit.setText("Café Kraków, Berlin")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with new_db.reader() as s:
        data = interviews.interview_data(s, dialog.interview_id)
    assert (data.application_id, data.loop_step_id, data.title) == (app_id, steps[2].id,
                                                                    steps[2].title)
    assert data.starts_at == WHEN
    assert data.location == "Café Kraków, Berlin"
    assert {pid for pid, _ in data.panel} == {viewer_id(new_db), kenji}


def test_editing_keeps_the_step_and_saves_the_new_time(qtbot: Any, new_db: Database,
                                                      app_id: str) -> None:
    iid = schedule(new_db, app_id, 1, [viewer_id(new_db)])
    dialog = ScheduleDialog(None, new_db, interview_id=iid)
    qtbot.addWidget(dialog)
    assert not dialog.form.stepCombo.isEnabled()
    later = datetime(2031, 3, 5, 9, 0, tzinfo=timezone.utc)
    dialog.set_starts_at(later)
    dialog.form.minutesSpin.setValue(50)
    dialog.accept()
    with new_db.reader() as s:
        data = interviews.interview_data(s, iid)
    assert (data.starts_at, data.minutes) == (later, 50)


# the scorecard editor ----------------------------------------------------------------------

def test_scorecard_saves_a_draft_refuses_then_submits(qtbot: Any, new_db: Database, app_id: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    iid = schedule(new_db, app_id, 3, [viewer_id(new_db)])  # systems, software
    confirm = Answers(True)
    monkeypatch.setattr(ask, "confirm_submit", confirm)
    dialog = ScorecardDialog(None, new_db, iid)
    qtbot.addWidget(dialog)
    assert list(dialog.rows) == [Axis.SYSTEMS, Axis.SOFTWARE]
    assert len(dialog.notes) == 3
    systems = dialog.rows[Axis.SYSTEMS]
    qtbot.keyClick(systems.picker, Qt.Key.Key_4)
    assert systems.picker.value() == 4
    qtbot.keyClick(systems.picker, Qt.Key.Key_0)
    assert systems.picker.value() is None  # not assessed
    qtbot.keyClick(systems.picker, Qt.Key.Key_3)
    systems.evidence.setPlainText("Designed a feature store with backfills")
    dialog.form.privateEdit.setPlainText("Reminds me of a former colleague")
    assert dialog.save_draft()
    assert dialog.form.messageLabel.text().startswith("Draft saved")
    with new_db.reader() as s:
        (mine,) = sc.scorecards(s, app_id, viewer_id(new_db))
    assert mine.status is ScorecardStatus.DRAFT
    assert mine.ratings[Axis.SYSTEMS] == (3, "Designed a feature store with backfills")
    assert mine.private_note == "Reminds me of a former colleague"

    assert not dialog.submit()  # no recommendation yet
    f = dialog.form
    assert "overall recommendation" in f.recommendationError.text()
    assert not f.recommendationError.isHidden()
    assert confirm.calls == []  # refused before anyone was asked to confirm
    qtbot.keyClick(dialog.recommendation, Qt.Key.Key_3)
    assert dialog.submit()
    assert len(confirm.calls) == 1 and dialog.submitted
    with new_db.reader() as s:
        (mine,) = sc.scorecards(s, app_id, viewer_id(new_db))
    assert (mine.status, mine.recommendation) == (ScorecardStatus.SUBMITTED, 3)


def test_evidence_refusal_marks_the_axis(qtbot: Any, new_db: Database, app_id: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    iid = schedule(new_db, app_id, 3, [viewer_id(new_db)])
    monkeypatch.setattr(ask, "confirm_submit", Answers(True))
    dialog = ScorecardDialog(None, new_db, iid)
    qtbot.addWidget(dialog)
    software = dialog.rows[Axis.SOFTWARE]
    software.picker.set_value(2)
    dialog.recommendation.set_value(2)
    assert not dialog.submit()
    assert software.error.text().startswith("Add evidence for Software engineering")
    assert software.evidence.property("invalid") is True


def test_a_submitted_scorecard_opens_read_only(qtbot: Any, new_db: Database,
                                               app_id: str) -> None:
    iid = schedule(new_db, app_id, 2, [viewer_id(new_db)])
    submit_card(new_db, iid, viewer_id(new_db), 4)
    dialog = ScorecardDialog(None, new_db, iid)
    qtbot.addWidget(dialog)
    assert dialog.form.saveButton.isHidden() and dialog.form.submitButton.isHidden()
    assert not dialog.recommendation.isEnabled()
    assert dialog.form.takeawaysEdit.isReadOnly()


# sealed feedback ---------------------------------------------------------------------------

def test_sealed_feedback_and_reveal_on_the_record(qtbot: Any, new_db: Database, app_id: str,
                                                  kenji: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    iid = schedule(new_db, app_id, 2, [viewer_id(new_db), kenji])
    submit_card(new_db, iid, kenji, 4, evidence="Shipped a ranking model")
    dialog = ScorecardsDialog(None, new_db, app_id, open_editor=lambda p, i: None)
    qtbot.addWidget(dialog)
    assert "Submitted by Kenji Watanabe — sealed until you submit yours" in texts(dialog)
    assert not any("Shipped a ranking model" in t for t in texts(dialog))
    assert len(dialog.reveal_buttons) == 1
    assert not dialog.form.writeButton.isHidden()  # the viewer is on the panel
    declined = Answers(False)
    monkeypatch.setattr(ask, "confirm_reveal", declined)
    dialog.reveal_buttons[0].click()
    assert declined.calls == [(dialog, 1)]
    with new_db.reader() as s:
        assert not sc.unsealed_for(s, app_id, viewer_id(new_db))
    monkeypatch.setattr(ask, "confirm_reveal", Answers(True))
    dialog.reveal_buttons[0].click()
    assert dialog.changed and dialog.reveal_buttons == []
    assert any("Shipped a ranking model (ML practice)" in t for t in texts(dialog))
    with new_db.reader() as s:
        log = s.scalars(select(Activity.summary).where(
            Activity.kind == ActivityKind.REVEALED, Activity.subject_id == app_id)).all()
    assert log == ["Amara Okafor revealed sealed feedback before submitting their own"]


# portfolio review and culture --------------------------------------------------------------

def test_portfolio_review_form(qtbot: Any, new_db: Database, app_id: str) -> None:
    dialog = ReviewDialog(None, new_db, app_id)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "at least one link" in dialog.form.urlsError.text()
    dialog.url_rows[0].url.setText("github.com/khai/transformer-from-scratch")
    dialog.url_rows[0].ref.setText("a1b2c3d")
    extra = dialog.add_url("arxiv.org/abs/2401.00001", "v2")
    assert len(dialog.url_rows) == 2 and extra in dialog.url_rows
    picker, note = dialog.checks[PortfolioCheck.TESTS]
    qtbot.keyClick(picker, Qt.Key.Key_A)  # partial
    note.setText("Only smoke tests")
    dialog.rating.set_value(3)
    dialog.form.lookedEdit.setPlainText("Training loop, tests, README")
    assert dialog.save()
    with new_db.reader() as s:
        (review,) = assessments.reviews(s, app_id)
    assert review.urls == (("https://github.com/khai/transformer-from-scratch", "a1b2c3d"),
                           ("https://arxiv.org/abs/2401.00001", "v2"))
    assert review.checks[PortfolioCheck.TESTS] == (CheckResult.PARTIAL, "Only smoke tests")
    assert review.checks[PortfolioCheck.DOCSTRINGS][0] is CheckResult.NA
    assert (review.rating, review.reviewer) == (3, "Amara Okafor")
    again = ReviewDialog(None, new_db, app_id)  # reopening edits the viewer's own review
    qtbot.addWidget(again)
    assert again.existing is not None and again.url_rows[1].ref.text() == "v2"


def test_culture_form_refuses_a_rating_without_evidence(qtbot: Any, new_db: Database,
                                                        app_id: str) -> None:
    dialog = CultureDialog(None, new_db, app_id)
    qtbot.addWidget(dialog)
    comm = dialog.rows[CultureDimension.COMMUNICATION]
    own = dialog.rows[CultureDimension.OWNERSHIP]
    comm.picker.set_value(4)
    comm.evidence.setPlainText("Explained her thesis to our designer")
    qtbot.keyClick(own.picker, Qt.Key.Key_3)
    assert not dialog.save()
    assert own.error.text().startswith("“Ownership and attitude” needs evidence")
    assert not own.error.isHidden() and comm.error.isHidden()
    assert own.evidence.property("invalid") is True
    with new_db.reader() as s:
        assert assessments.culture(s, app_id) == []
    own.evidence.setPlainText("Owned the outage write-up at her last job")
    assert dialog.save()
    with new_db.reader() as s:
        (c,) = assessments.culture(s, app_id)
    assert c.ratings[CultureDimension.OWNERSHIP] == (3, "Owned the outage write-up at her "
                                                     "last job")


# the debrief -------------------------------------------------------------------------------

def test_debrief_shows_score_gap_and_applies_the_decision(qtbot: Any, qtmodeltester: Any,
                                                          new_db: Database, app_id: str,
                                                          kenji: str) -> None:
    iid = schedule(new_db, app_id, 2, [viewer_id(new_db), kenji])  # practice, theory
    submit_card(new_db, iid, viewer_id(new_db), 4)
    submit_card(new_db, iid, kenji, 2)
    changes: list[int] = []
    view = DebriefView(new_db, app_id, on_change=lambda: changes.append(1))
    qtbot.addWidget(view)
    qtmodeltester.check(view.grid)
    with new_db.reader() as s:
        d = debrief.debrief(s, app_id, viewer_id(new_db))
    assert view.weighted_text == f"Weighted: {scoring.rating_label(d.weighted)}"
    assert view.form.scoreLabel.text() == scoring.rating_label(d.weighted) == "Yes (3.0)"
    assert view.form.gapsLabel.text() == (
        "Nobody assessed: Software engineering, ML systems architecture, "
        "Culture and collaboration")
    assert "disagrees on ML practice, ML theory and math:" in view.form.legendLabel.text()
    assert view.grid.rowCount() == 3  # two scorecards and the means
    assert view.form.sealedBanner.isHidden()

    view.set_decision(Decision.ADVANCE, "  ")
    assert not view.decide()
    assert view.form.rationaleError.text().startswith("Write down why")
    view.set_decision(Decision.ADVANCE, "Strong practice, theory to probe")
    assert view.decide()
    assert view.form.resultLabel.text() == \
        f"Advance recorded. Moved from {isolate('Onsite')} to {isolate('Debrief')}."
    assert changes == [1]
    with new_db.reader() as s:
        assert pipeline.history(s, app_id)[-1].to_name == "Debrief"
    assert any("Strong practice, theory to probe" in t for t in texts(view))


def test_debrief_is_sealed_until_the_viewer_submits(qtbot: Any, new_db: Database, app_id: str,
                                                    kenji: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    iid = schedule(new_db, app_id, 2, [viewer_id(new_db), kenji])
    submit_card(new_db, iid, kenji, 4)
    view = DebriefView(new_db, app_id)
    qtbot.addWidget(view)
    assert not view.form.sealedBanner.isHidden()
    assert view.weighted_text == "Weighted: Sealed" and view.grid.rowCount() == 0
    monkeypatch.setattr(ask, "confirm_reveal", Answers(True))
    view.form.revealButton.click()
    assert view.weighted_text == "Weighted: Strong yes (4.0)"


def test_the_grid_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = DebriefGridModel()
    qtmodeltester.check(model)  # empty
    assert model.rowCount() == 0


# finalists ---------------------------------------------------------------------------------

def test_finalists_are_ranked_side_by_side(qtbot: Any, qtmodeltester: Any, new_db: Database,
                                           app_id: str) -> None:
    with new_db.session() as s:
        role_id = pipeline.live_application(s, app_id).role_id
        others = []
        for name in ("Olena Kovalenko", "王磊"):
            c = candidates.create_candidate(s, CandidateDraft(full_name=name))
            others.append(pipeline.add_application(s, c.id, role_id).id)
    ids = [app_id, *others]
    for app, rating in zip(ids, (3, 3, 4), strict=True):
        submit_card(new_db, schedule(new_db, app, 2, [viewer_id(new_db)]), viewer_id(new_db),
                    rating)
    pick = FinalistsPickDialog(None, new_db, role_id)
    qtbot.addWidget(pick)
    assert pick.form.candidateList.count() == 3
    pick.set_chosen(ids[:1])
    assert not pick.ok_button.isEnabled()
    assert pick.form.countLabel.text() == "1 chosen — choose 2 to 5"
    pick.set_chosen(ids)
    assert pick.ok_button.isEnabled() and sorted(pick.chosen()) == sorted(ids)

    dialog = FinalistsDialog(None, new_db, ids)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    ranks = [model.index(0, c).data() for c in range(3)]
    assert list(zip(names, ranks, strict=True)) == [
        ("王磊", "1"), ("Nguyễn Thị Minh Khai", "2"), ("Olena Kovalenko", "2")]
    assert model.index(1, 0).data() == "Strong yes (4.0)"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Rank"
    assert dialog.form.subtitle.text().startswith("Ranked first: 王磊.")


# entry points ------------------------------------------------------------------------------

def test_entry_points_call_on_change_after_a_write(qtbot: Any, new_db: Database, app_id: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert {"open_scorecard", "open_scorecards", "open_review", "open_culture",
            "open_debrief", "open_finalists", "schedule_interview"} <= set(assess.__all__)
    changed: list[str] = []
    monkeypatch.setattr(ReviewDialog, "ask", classmethod(lambda cls, p, db, a, **_: True))
    monkeypatch.setattr(CultureDialog, "ask", classmethod(lambda cls, p, db, a, **_: False))
    assert assess.open_review(None, new_db, app_id, on_change=lambda: changed.append("r"))
    assert not assess.open_culture(None, new_db, app_id, on_change=lambda: changed.append("c"))
    monkeypatch.setattr(ScheduleDialog, "ask",
                        classmethod(lambda cls, p, db, application_id=None, **_: "x"))
    assert entry.schedule_interview(None, new_db, app_id,
                                    on_change=lambda: changed.append("s")) == "x"
    assert changed == ["r", "s"]


def test_a_missing_interview_is_a_message_not_a_traceback(qtbot: Any, new_db: Database,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shown = Answers(None)
    monkeypatch.setattr("hirefile.ui.messages.show_problem", shown)
    assert assess.open_scorecard(None, new_db, "no-such-interview") is None
    assert shown.calls and shown.calls[0][1] == "Could not open the scorecard"


def test_the_viewer_gets_a_row_in_the_file_when_first_needed(demo_db: Database) -> None:
    me = viewer_id(demo_db)
    with demo_db.reader() as s:
        assert me not in {pid for pid, _, _ in interviews.people(s)}
    ensure_viewer(demo_db)
    ensure_viewer(demo_db)  # once is enough
    with demo_db.reader() as s:
        assert me in {pid for pid, _, _ in interviews.people(s)}
        assert listing.application_ids(s)  # the demo is still all there
