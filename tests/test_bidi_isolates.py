"""Names typed in right-to-left scripts keep their place in the app's own sentences."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

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
