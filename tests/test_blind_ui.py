"""The blind review on screen: grade one criterion across three candidates with the keyboard
(digits, N, P, Enter), undo a grade, see only letters until the end, then the names."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import CheckResult, PortfolioCheck, ScorecardStatus, StepKind
from hirefile.services import assessments, attachments, candidates, interviews, loops, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.ui.assess import ask
from hirefile.ui.assess.blind import BlindPassDialog

ADA = Identity(str(uuid.uuid4()), "Ada Obi", "ada@example.org")
NAMES = ("Zofia Wiśniewska", "Kwame Mensah", "Leilani Kahale")


@pytest.fixture
def db(tmp_path: Path):
    db = create_file(tmp_path / "Hiring.hirefile", ADA)
    yield db
    db.close()


def _role(db: Database, key: str) -> tuple[str, str, list[str]]:
    """A role with three people in Technical: (role id, stage id, application ids)."""
    with db.session() as s:
        role = add_role_from_template(s, template(key))
        stage = pipeline.stage_named(s, role.id, "Technical")
        ids = []
        for name in NAMES:
            handle = name.split()[0].lower()
            c = candidates.create_candidate(s, CandidateDraft(
                full_name=name, email=f"{handle}@example.org",
                github_url=f"https://github.com/{handle}"))
            ids.append(pipeline.add_application(s, c.id, role.id, stage=stage).id)
        return role.id, stage.id, ids


def _key(qtbot: QtBot, widget: QWidget, *keys: str | Qt.Key) -> None:
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(widget, key)
        else:
            qtbot.keyClick(widget, key)


def _rows(dialog: BlindPassDialog) -> list[str]:
    lst = dialog.form.candidateList
    return [lst.item(i).text() for i in range(lst.count())]


def _screen_text(dialog: BlindPassDialog) -> str:
    f = dialog.form
    buttons = [b.text() for b in f.workHost.findChildren(QWidget) if hasattr(b, "text")]
    return " ".join([*_rows(dialog), f.candidateTitle.text(), *buttons,
                     f.subtitle.text(), f.headline.text()])


def test_grade_one_criterion_across_three_with_the_keyboard_then_reveal(
        qtbot: QtBot, db: Database) -> None:
    role_id, stage_id, _apps = _role(db, "ml_engineer")
    stack = QUndoStack()
    dialog = BlindPassDialog(None, db, role_id, stage_id=stage_id,
                             kind=StepKind.PORTFOLIO_REVIEW, stack=stack)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 660)
    dialog.show()
    assert dialog.form.scopeCombo.currentText() == "Technical (3)"
    qtbot.mouseClick(dialog.form.nextButton, Qt.MouseButton.LeftButton)
    f = dialog.form
    assert f.pages.currentWidget() is f.gradePage
    assert f.criterionTitle.text() == "Organisation of the code"
    assert f.criterionStep.text() == "Question 1 of 8"
    assert _rows(dialog) == ["Candidate A    —", "Candidate B    —", "Candidate C    —"]
    text = _screen_text(dialog)
    for name in NAMES:  # no name, handle or e-mail anywhere on the grading screen
        for part in (*name.split(), name.split()[0].lower()):
            assert part not in text
    assert "Open Repository 1" in text
    lst = f.candidateList
    # Organisation: A Pass, B Fail, C Partial; N moves on, P goes back
    _key(qtbot, lst, "3", "n", "1", "n", "2")
    assert _rows(dialog) == ["Candidate A    Pass", "Candidate B    Fail",
                             "Candidate C    Partial"]
    _key(qtbot, lst, "p")
    assert f.candidateTitle.text() == "Candidate B"
    _key(qtbot, lst, "3")  # B changes their mind: Pass
    assert _rows(dialog)[1] == "Candidate B    Pass"
    assert stack.count() == 4  # one undo step per grade
    qtbot.keyClick(lst, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(dialog)[1] == "Candidate B    Fail"
    # Enter: the next criterion, everyone again from the top
    _key(qtbot, lst, Qt.Key.Key_Return)
    assert f.criterionTitle.text() == "Docstrings and type hints"
    assert f.candidateTitle.text() == "Candidate A"
    # each grade made the grader's review, whose other items read n.a. until graded
    assert _rows(dialog) == ["Candidate A    n.a.", "Candidate B    n.a.",
                             "Candidate C    n.a."]
    # a note typed for A stays with A's grade
    _key(qtbot, lst, "2")
    f.noteEdit.setFocus()
    qtbot.keyClicks(f.noteEdit, "Types on the public functions only")
    qtbot.keyClick(f.noteEdit, Qt.Key.Key_Escape)
    _key(qtbot, lst, "n")
    # a note typed for B stays with B when C is picked with the mouse
    f.noteEdit.setFocus()
    qtbot.keyClicks(f.noteEdit, "No docstrings")
    rect = lst.visualItemRect(lst.item(2))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert f.candidateTitle.text() == "Candidate C" and f.noteEdit.toPlainText() == ""
    _key(qtbot, lst, "p")
    assert f.noteEdit.toPlainText() == "No docstrings"
    # grades are in the normal record, the grader's own review
    by_letter = {k: t.application_id for k, t in dialog.blind_pass.targets.items()}
    with db.reader() as s:
        review = assessments.reviews(s, by_letter["A"])[0]
    assert review.checks[PortfolioCheck.ORGANISATION][0] is CheckResult.PASS
    assert review.checks[PortfolioCheck.DOCSTRINGS] == (
        CheckResult.PARTIAL, "Types on the public functions only")
    assert review.reviewer == ADA.name
    # through the last question, then the names
    for _ in range(6):
        _key(qtbot, lst, Qt.Key.Key_Return)
    assert f.nextButton.text() == "&Finish and reveal names"
    _key(qtbot, lst, "4", Qt.Key.Key_Return)
    assert f.pages.currentWidget() is f.summaryPage
    table = f.summaryTable
    rows = {table.item(r, 0).text(): [table.item(r, c).text()
                                      for c in range(1, table.columnCount())]
            for r in range(table.rowCount())}
    assert sorted(r[0] for r in rows.values()) == sorted(NAMES)
    name_a = next(v for v in rows.values() if v[0] == rows["A"][0])
    assert name_a[1:4] == ["Pass", "Partial", "n.a."] and name_a[-1] == "Strong yes"
    assert rows["B"][1] == "Fail" and rows["C"][1] == "Partial"
    assert table.horizontalHeaderItem(3).text() == "Docstrings"
    assert not f.submitButton.isVisible()  # portfolio reviews have no drafts to submit


def test_take_home_pass_submits_the_complete_scorecards(
        qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    role_id, stage_id, app_ids = _role(db, "data_engineer")
    for app_id, name in zip(app_ids, NAMES, strict=True):
        with db.session() as s:
            step = next(st for st in loops.loop(s, role_id).steps
                        if st.kind is StepKind.TAKE_HOME)
            interviews.schedule(s, app_id, title=step.title, kind=step.kind,
                                loop_step_id=step.id, starts_at=None, minutes=45,
                                interviewer_ids=[ADA.person_id])
        work = tmp_path / f"{name}.zip"
        work.write_bytes(b"PK work")
        with db.session() as s:
            attachments.attach_file(s, pipeline.live_application(s, app_id).candidate_id, work)
    dialog = BlindPassDialog(None, db, role_id, stage_id=stage_id, kind=StepKind.TAKE_HOME)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start()
    f, lst = dialog.form, dialog.form.candidateList
    assert f.criterionTitle.text() == "Software engineering"
    assert all(name not in _screen_text(dialog) for name in NAMES)
    assert "Open Submission 1 · .zip" in _screen_text(dialog)
    for letter_grade in ("4", "2", "3"):
        _key(qtbot, lst, letter_grade)
        f.noteEdit.setFocus()
        qtbot.keyClicks(f.noteEdit, f"Evidence {letter_grade}")
        qtbot.keyClick(f.noteEdit, Qt.Key.Key_Escape)
        _key(qtbot, lst, "n")
    _key(qtbot, lst, Qt.Key.Key_Return)  # systems: left ungraded
    _key(qtbot, lst, Qt.Key.Key_Return)  # recommendation for A and B only
    assert f.criterionTitle.text() == "Overall recommendation"
    _key(qtbot, lst, "4", "n", "2", Qt.Key.Key_Return)
    assert f.pages.currentWidget() is f.summaryPage
    assert f.submitButton.isVisible()
    monkeypatch.setattr(ask, "confirm_submit_all", lambda _parent, count: count == 3)
    assert dialog.submit_all()
    assert "Submitted 2 scorecards" in f.messageLabel.text()
    assert "Give an overall recommendation" in f.messageLabel.text()
    statuses = {f.summaryTable.item(r, 0).text(): f.summaryTable.item(r, 5).text()
                for r in range(f.summaryTable.rowCount())}
    assert statuses == {"A": "Submitted", "B": "Submitted", "C": "Draft"}
    a_interview = dialog.blind_pass.targets["A"].interview_id
    with db.reader() as s:
        from hirefile.services import scorecards as sc
        view = sc.blank(s, a_interview, ADA.person_id)
    assert view.status is ScorecardStatus.SUBMITTED and view.recommendation == 4
    assert dialog.submitted


def test_board_and_interviews_open_a_blind_review(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Blind Review…" on the board takes the selected stage; the Interviews page's
    assessment menu takes the interview's role and what kind of step it is."""
    from hirefile.ui.pages.interviews import InterviewsPage
    from hirefile.ui.pages.pipeline import PipelinePage

    role_id, stage_id, app_ids = _role(db, "data_engineer")
    opened: list[tuple[str, str | None, StepKind | None]] = []

    def fake_ask(cls: type, _parent: object, _db: Database, role: str, *,
                 stage_id: str | None = None, kind: StepKind | None = None,
                 stack: object = None) -> str | None:
        opened.append((role, stage_id, kind))
        return None

    monkeypatch.setattr(BlindPassDialog, "ask", classmethod(fake_ask))
    page = PipelinePage()
    qtbot.addWidget(page)
    page.set_database(db)
    page.show()
    f = page.form
    assert not f.blindButton.isEnabled()  # all roles: choose one first
    f.roleCombo.setCurrentIndex(f.roleCombo.findData(role_id))
    assert f.blindButton.isEnabled()
    column = page.board.column_named("Technical")
    assert column is not None
    page.board.select_only(column, row=0)
    qtbot.mouseClick(f.blindButton, Qt.MouseButton.LeftButton)
    assert opened == [(role_id, stage_id, None)]

    with db.session() as s:
        step = next(st for st in loops.loop(s, role_id).steps if st.kind is StepKind.TAKE_HOME)
        interviews.schedule(s, app_ids[0], title=step.title, kind=step.kind,
                            loop_step_id=step.id, starts_at=None, minutes=45,
                            interviewer_ids=[ADA.person_id])
    interviews_page = InterviewsPage()
    qtbot.addWidget(interviews_page)
    interviews_page.set_database(db)
    interviews_page.form.table.selectRow(0)
    assert interviews_page.action_blind.text() == "&Blind review…"
    interviews_page.action_blind.trigger()
    assert opened[-1] == (role_id, None, StepKind.TAKE_HOME)
