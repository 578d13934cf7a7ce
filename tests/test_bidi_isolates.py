"""Names typed in right-to-left scripts keep their place in the app's own sentences."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from test_small_screen_pages import first_ink

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.services import candidates, pipeline
from hirefile.services.dedupe import Match
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Candidate, Interview
from hirefile.ui import theme
from hirefile.ui.assess import ask
from hirefile.ui.assess.debrief import DebriefDialog
from hirefile.ui.assess.scorecard import ScorecardDialog
from hirefile.ui.candidate.duplicates import match_text
from hirefile.ui.candidate.merge import comes_along, merge_side
from hirefile.ui.pages.pipeline import PipelinePage
from hirefile.ui.text import FSI, PDI, isolate


def test_a_name_is_an_isolated_run_and_empty_text_stays_empty() -> None:
    assert isolate("محمد علي") == f"{FSI}محمد علي{PDI}"
    assert isolate("") == ""


def test_the_duplicate_banner_isolates_the_arabic_name_and_its_e_mail() -> None:
    m = Match("c1", "محمد علي", "m.ali@example.com", ("same e-mail",))
    text = match_text(m)
    assert text == f"{FSI}محمد علي{PDI} <{FSI}m.ali@example.com{PDI}> — same e-mail"
    # Every isolate is closed, so nothing after the name can be reordered into it.
    assert text.count(FSI) == text.count(PDI) == 2


# ---- The app's sentences with a right-to-left name ------------------------------------------

NAME = "محمد علي"


def balanced(text: str) -> bool:
    """Every isolate opened is closed, in order."""
    depth = 0
    for ch in text:
        depth += (ch == FSI) - (ch == PDI)
        if depth < 0:
            return False
    return depth == 0


@pytest.fixture
def arabic(new_db: Database) -> dict[str, str]:
    """محمد علي waits in Screen for an ML engineer role."""
    with new_db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        c = candidates.create_candidate(s, CandidateDraft(full_name=NAME))
        app = pipeline.add_application(s, c.id, role.id,
                                       stage=pipeline.stage_named(s, role.id, "Screen"))
        return {"role": role.id, "candidate": c.id, "application": app.id}


def test_the_status_after_a_board_move_isolates_the_name_and_the_stage(
        qtbot: Any, qapp: QApplication, new_db: Database, arabic: dict[str, str]) -> None:
    theme.apply(qapp)
    page = PipelinePage()
    qtbot.addWidget(page)
    page.undo_stack = QUndoStack(page)
    page.set_database(new_db)
    page.show()
    page.form.roleCombo.setCurrentIndex(page.form.roleCombo.findData(arabic["role"]))
    screen = page.board.column_named("Screen")
    assert screen is not None
    if not screen.loaded:
        page.board.load([screen])
    screen.view.selectionModel().setCurrentIndex(
        screen.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    with qtbot.waitSignal(page.sig_status) as status:
        assert page.board.advance(screen)
    text = status.args[0]
    assert text.startswith(f"Moved {isolate(NAME)} to {FSI}") and text.endswith(PDI)
    assert balanced(text)
    page.set_database(None)


def test_the_scorecard_and_debrief_titles_isolate_the_candidate(qtbot: Any,
                                                                demo_db: Database) -> None:
    with demo_db.session() as s:
        interview = s.scalars(select(Interview).order_by(Interview.id)).first()
        assert interview is not None
        app = s.get(Application, interview.application_id)
        assert app is not None
        person = s.get(Candidate, app.candidate_id)
        assert person is not None
        person.full_name = NAME
        interview_id, app_id = interview.id, app.id
    card = ScorecardDialog(None, demo_db, interview_id)
    qtbot.addWidget(card)
    assert card.windowTitle() == f"Scorecard — {isolate(NAME)}"
    assert card.form.headline.text().endswith(f" · {isolate(NAME)}")
    assert balanced(card.form.headline.text())
    debrief = DebriefDialog(None, demo_db, app_id)
    qtbot.addWidget(debrief)
    assert debrief.windowTitle() == f"Debrief — {isolate(NAME)}"
    assert debrief.view.form.headline.text() == isolate(NAME)
    debrief.show()
    qtbot.waitExposed(debrief)
    # painted from the left, where the role under it starts (not pushed to the right)
    assert (first_ink(debrief.view.form.headline.grab().toImage()) or 0) <= 8


def test_the_cancel_question_isolates_the_interview_and_the_candidate(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(ask, "_question", lambda parent, title, text, detail, yes:
                        asked.append(text) or True)
    assert ask.confirm_cancel(None, "Pipeline design", NAME)
    assert asked == [f"Cancel “{isolate('Pipeline design')}” with {isolate(NAME)}?"]
    assert balanced(asked[0])


def test_merging_two_records_of_one_arabic_name_says_which_stays_by_e_mail(
        new_db: Database) -> None:
    with new_db.session() as s:
        a = candidates.create_candidate(s, CandidateDraft(full_name=NAME,
                                                          email="m.ali@example.com")).id
        b = candidates.create_candidate(s, CandidateDraft(full_name=NAME,
                                                          email="ali@work.example")).id
    kept, other = merge_side(new_db, a), merge_side(new_db, b)
    text = comes_along(kept, other)
    assert text.startswith(f"{isolate(NAME)} <{isolate('m.ali@example.com')}> stays. "
                           f"From {isolate(NAME)} <{isolate('ali@work.example')}>: ")
    assert f"the e-mail {isolate('ali@work.example')}" in text and balanced(text)


def test_undo_labels_isolate_the_names_they_carry(new_db: Database) -> None:
    from hirefile.domain.candidates import CandidateDraft
    from hirefile.ui.commands.candidates import CreateCandidate, RemoveCandidate

    add = CreateCandidate(new_db, lambda: None, CandidateDraft(full_name="محمد علي"))
    assert add.text() == f"Add {FSI}محمد علي{PDI}"
    remove = RemoveCandidate(new_db, lambda: None, "c1", "محمد علي")
    assert remove.text() == f"Remove {FSI}محمد علي{PDI}"


# ---- Undo labels, accessible names, tooltips and messages that carry typed text --------------

HEBREW = "מהנדסת נתונים"  # a role title typed in Hebrew
STAGE = "ראיון טכני"  # a stage renamed in Hebrew


def test_role_step_and_stage_undo_labels_isolate_what_was_typed(
        new_db: Database, arabic: dict[str, str]) -> None:
    from hirefile.domain.roles import RoleDraft
    from hirefile.ui.commands import roles as rc

    n = lambda: None  # noqa: E731
    labels = [
        rc.CreateRole(new_db, n, draft=RoleDraft(title=HEBREW)).text(),
        rc.EditRole(new_db, n, arabic["role"], RoleDraft(), RoleDraft(title=HEBREW)).text(),
        rc.RemoveRole(new_db, n, arabic["role"], HEBREW).text(),
        rc.AddStep(new_db, n, arabic["role"], {"title": STAGE}).text(),
        rc.EditStep(new_db, n, "s1", {}, {"title": STAGE}).text(),
        rc.MoveStep(new_db, n, "s1", STAGE, 2).text(),
        rc.RemoveStep(new_db, n, "s1", STAGE).text(),
        rc.AddStage(new_db, n, arabic["role"], f" {STAGE} ").text(),
        rc.RenameStage(new_db, n, "st1", STAGE).text(),
        rc.MoveStage(new_db, n, "st1", STAGE, 1).text(),
        rc.RemoveStage(new_db, n, "st1", STAGE).text(),
    ]
    assert labels[:3] == [f"New role “{isolate(HEBREW)}”", f"Edit role “{isolate(HEBREW)}”",
                          f"Remove role “{isolate(HEBREW)}”"]
    assert labels[3:] == [f"Add step “{isolate(STAGE)}”", f"Edit step “{isolate(STAGE)}”",
                          f"Move step “{isolate(STAGE)}”", f"Remove step “{isolate(STAGE)}”",
                          f"Add stage “{isolate(STAGE)}”",
                          f"Rename stage to “{isolate(STAGE)}”",
                          f"Move stage “{isolate(STAGE)}”", f"Remove stage “{isolate(STAGE)}”"]
    assert all(balanced(label) for label in labels)


def test_move_tag_interview_and_offer_undo_labels_isolate_names(
        new_db: Database, arabic: dict[str, str]) -> None:
    from hirefile.domain.vocab import OfferStatus, StepKind
    from hirefile.ui.commands.candidates import MoveApplications, SetTags
    from hirefile.ui.commands.interviews import EditInterview, ScheduleInterview
    from hirefile.ui.commands.offers import ChangeOfferStatus

    n = lambda: None  # noqa: E731
    move = MoveApplications(new_db, n, [arabic["application"]], stage_name=STAGE)
    assert move.text() == f"Move to {isolate(STAGE)}"
    many = MoveApplications(new_db, n, ["a1", "a2"], stage_name=STAGE)
    assert many.text() == f"Move 2 candidates to {isolate(STAGE)}"
    tags = SetTags(new_db, n, ["c1", "c2"], ["מועמד חזק", "python"])
    assert tags.text() == f"Tag 2 candidate(s) {isolate('מועמד חזק')}, {isolate('python')}"
    schedule = ScheduleInterview(new_db, n, arabic["application"], kind=StepKind.TECH_SCREEN,
                                 loop_step_id=None, values={"title": f"  {STAGE}  "})
    assert schedule.text() == f"Schedule {isolate(STAGE)}"
    assert EditInterview(new_db, n, "i1", {"title": STAGE}).text() == \
        f"Edit {isolate(STAGE)}"
    for to in (OfferStatus.APPROVED, OfferStatus.SENT, OfferStatus.ACCEPTED,
               OfferStatus.DECLINED, OfferStatus.WITHDRAWN):
        label = ChangeOfferStatus(new_db, n, "o1", to, candidate_name=NAME).text()
        assert isolate(NAME) in label and balanced(label), label


def test_cancelling_from_the_interviews_page_isolates_the_undo_label_and_status(
        qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.domain.vocab import InterviewStatus
    from hirefile.ui.pages.interviews import InterviewsPage

    with demo_db.session() as s:
        interview = s.scalars(select(Interview).where(
            Interview.status == InterviewStatus.SCHEDULED).order_by(Interview.id)).first()
        assert interview is not None
        app = s.get(Application, interview.application_id)
        assert app is not None
        person = s.get(Candidate, app.candidate_id)
        assert person is not None
        person.full_name = NAME
        interview.title = STAGE
        interview_id = interview.id
    page = InterviewsPage()
    qtbot.addWidget(page)
    page.undo_stack = QUndoStack(page)
    page.set_database(demo_db)
    assert page.select_id(interview_id)
    monkeypatch.setattr(ask, "confirm_cancel", lambda *_a: True)
    with qtbot.waitSignal(page.sig_status) as status:
        page.cancel()
    assert page.undo_stack.undoText() == f"Cancel {isolate(STAGE)} with {isolate(NAME)}"
    assert status.args[0] == f"Cancelled {isolate(STAGE)} with {isolate(NAME)}"
    page.set_database(None)


def test_the_duplicate_banner_buttons_name_the_person_isolated(
        qtbot: Any, new_db: Database) -> None:
    from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

    from hirefile.ui.candidate.duplicates import DuplicateBanner

    with new_db.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name=NAME, email="m.ali@example.com"))
    frame = QFrame()
    qtbot.addWidget(frame)
    layout = QVBoxLayout(frame)
    title = QLabel(frame)
    draft = CandidateDraft(full_name=NAME, email="m.ali@example.com")
    banner = DuplicateBanner(frame, layout, title, lambda: (new_db, draft, "someone-else"))
    assert banner.check_now()
    assert [b.accessibleName() for b in banner.buttons] == [
        f"Open {isolate(NAME)}", f"Merge with {isolate(NAME)}"]


def test_an_application_card_names_its_role_isolated_in_buttons_and_bars(
        qtbot: Any, new_db: Database, arabic: dict[str, str]) -> None:
    from hirefile.services import timeline
    from hirefile.storage.models import Role
    from hirefile.ui.candidate.applications import ApplicationCard

    with new_db.session() as s:
        role = s.get(Role, arabic["role"])
        assert role is not None
        role.title = HEBREW
    with new_db.reader() as s:
        (app,) = timeline.applications(s, arabic["candidate"])
    card = ApplicationCard(lambda *_a: None, on_assess=lambda *_a: None)
    qtbot.addWidget(card)
    card.show_app(app, [])
    assert card.move_button.accessibleName() == f"Move in {isolate(HEBREW)}"
    assert card.assess_button.accessibleName() == f"Assess for {isolate(HEBREW)}"
    from hirefile.ui.candidate.applications import StageBars

    bars = StageBars((("Applied", 2.0), (STAGE, 1.0)), STAGE)
    qtbot.addWidget(bars)
    assert bars.toolTip().splitlines()[1].startswith(f"{isolate(STAGE)}: ")


def test_a_logo_that_is_refused_names_its_file_isolated() -> None:
    from hirefile.ui.offers.company import check_logo

    logo, problem = check_logo(b"not an image", "شعار.png")
    assert logo is None and problem is not None
    assert problem.startswith(f"{isolate('شعار.png')} is not a PNG") and balanced(problem)


def test_stage_chips_record_subtitles_and_application_lines_isolate_typed_text(
        qtbot: Any, new_db: Database, arabic: dict[str, str]) -> None:
    from hirefile.domain.vocab import StageKind
    from hirefile.services import timeline
    from hirefile.ui.candidate.applications import ApplicationCard
    from hirefile.ui.candidate.fields import subtitle_text
    from hirefile.ui.widgets import StageChip

    chip = StageChip(STAGE, 4, closed=False)
    qtbot.addWidget(chip)
    assert chip.toolTip() == f"4 in {isolate(STAGE)}"
    draft = CandidateDraft(full_name=NAME, current_title="مهندسة بيانات",
                           current_company="Acme", referrer_name="דנה לוי", location="حيفا")
    text = subtitle_text(draft)
    assert text.startswith(f"{isolate('مهندسة بيانات')} at {isolate('Acme')}  ·  "
                           f"{isolate('حيفا')}  ·  ")
    assert f"({isolate('דנה לוי')})" in text and balanced(text)
    with new_db.reader() as s:
        (app,) = timeline.applications(s, arabic["candidate"])
    line = ApplicationCard._meta_text(replace(app, stage=STAGE), StageKind.ACTIVE, 2.0, False)
    assert f" in {isolate(STAGE)}" in line and balanced(line)
