"""Every edit a person makes is one undo step: do → the file changed → undo → the file is
exactly as before (every live row, every column but the stamps) → redo → changed again; an
undo refused because someone changed the rows since leaves the stack and the file as they
were and says why. And no write path of the UI is outside an undo command unless it is on
the documented list below."""

# ruff: noqa: F811  (the fixtures imported from test_assess_ui are parameters here)
from __future__ import annotations

import ast
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QTableView
from sqlalchemy import select
from test_assess_ui import app_id, kenji, schedule  # noqa: F401  (fixtures)

from hirefile.domain.vocab import (
    CultureDimension,
    Decision,
    InterviewStatus,
    ScorecardStatus,
    StepKind,
)
from hirefile.services import interviews, pipeline
from hirefile.settings import Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Base, Interview, RoleStage, Scorecard
from hirefile.ui.assess import ask
from hirefile.ui.assess.common import ensure_viewer, viewer_id
from hirefile.ui.assess.culture import CultureDialog
from hirefile.ui.assess.debrief import DebriefView
from hirefile.ui.assess.review import ReviewDialog
from hirefile.ui.assess.schedule import ScheduleDialog
from hirefile.ui.assess.scorecard import ScorecardDialog
from hirefile.ui.candidate.attachments import AttachmentsPanel
from hirefile.ui.commands.base import ServiceCommand, apply, redo_safely, undo_safely
from hirefile.ui.commands.interviews import (
    EditInterview,
    ScheduleInterview,
    SetInterviewStatus,
)
from hirefile.ui.main_window import PAGE_INTERVIEWS, MainWindow
from hirefile.ui.pages.interviews import InterviewsPage
from hirefile.ui.text import isolate
from hirefile.ui.widgets import COUNT_ROLE

WHEN = datetime(2031, 3, 4, 13, 30, tzinfo=timezone.utc)
STAMPS = {"created_at", "created_by", "updated_at", "updated_by", "row_clock", "field_clocks"}
Rows = dict[str, set[tuple[Any, ...]]]


def live_rows(db: Database) -> Rows:
    """Every live row of every table, all columns but the stamps: the file as a person sees
    it (and as a merge would carry it)."""
    out: Rows = {}
    with db.reader() as s:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if c.name not in STAMPS]
            query = select(*cols)
            if "deleted_at" in table.columns:
                query = query.where(table.columns["deleted_at"].is_(None))
            elif table.name in ("meta", "replica"):
                continue  # who wrote last, when, and this copy's clock: bookkeeping
            out[table.name] = {tuple(repr(v) for v in r) for r in s.execute(query)}
    return out


def changed_tables(before: Rows, after: Rows) -> set[str]:
    return {t for t in before if before[t] != after[t]}


def round_trip(db: Database, stack: QUndoStack, command: ServiceCommand,
               expect: set[str]) -> Rows:
    """Apply `command`, undo it, redo it; the file at each step. Returns the rows after."""
    before = live_rows(db)
    apply(stack, command)
    done = live_rows(db)
    assert expect <= changed_tables(before, done)
    assert undo_safely(stack) is None
    assert live_rows(db) == before
    assert redo_safely(stack) is None
    assert live_rows(db) == done
    return done


@pytest.fixture
def me(new_db: Database) -> str:
    ensure_viewer(new_db)
    return viewer_id(new_db)


def stage(db: Database, app: str) -> str:
    with db.reader() as s:
        row = s.get(Application, app)
        assert row is not None
        found = s.get(RoleStage, row.stage_id)
        assert found is not None
        return found.name


def values(panel: list[str], title: str = "Past project deep dive") -> dict[str, Any]:
    return dict(title=title, starts_at=WHEN, minutes=60, interviewer_ids=panel,
                location="Room 2", link="", notes="")


def scheduled(db: Database, app: str, panel: list[str]) -> str:
    with db.session() as s:
        return interviews.schedule(s, app, kind=StepKind.TECH_DISCUSSION,
                                   **values(panel)).id  # type: ignore[arg-type]


def refused_undo(db: Database, stack: QUndoStack, someone_else: Any) -> str:
    """Someone changes the rows after the last edit; undo must refuse, moving nothing."""
    someone_else()
    index, rows = stack.index(), live_rows(db)
    refused = undo_safely(stack)
    assert refused is not None
    assert stack.index() == index
    assert live_rows(db) == rows
    return refused.message


# interviews -------------------------------------------------------------------------------

def test_scheduling_an_interview_is_one_step(qapp: Any, new_db: Database, app_id: str,
                                             me: str) -> None:
    stack = QUndoStack()
    command = ScheduleInterview(new_db, lambda: None, app_id, kind=StepKind.TECH_DISCUSSION,
                                loop_step_id=None, values=values([me]))
    done = round_trip(new_db, stack, command, {"interview", "interview_panelist", "activity"})
    assert any(r[0] == repr(command.interview_id) for r in done["interview"])


def test_editing_marking_done_and_cancelling_are_steps(qapp: Any, new_db: Database,
                                                       app_id: str, me: str,
                                                       kenji: str) -> None:
    iid = scheduled(new_db, app_id, [me])
    stack = QUndoStack()
    round_trip(new_db, stack, EditInterview(new_db, lambda: None, iid,
                                            values([kenji], "Deep dive, longer")),
               {"interview", "interview_panelist"})
    round_trip(new_db, stack, SetInterviewStatus(new_db, lambda: None, [iid],
                                                 InterviewStatus.DONE, "Mark done"),
               {"interview"})
    with new_db.reader() as s:
        assert s.get(Interview, iid).status is InterviewStatus.DONE  # type: ignore[union-attr]


def test_an_interview_edited_since_refuses_the_undo(qapp: Any, new_db: Database, app_id: str,
                                                    me: str, kenji: str) -> None:
    iid = scheduled(new_db, app_id, [me])
    stack = QUndoStack()
    apply(stack, SetInterviewStatus(new_db, lambda: None, [iid], InterviewStatus.CANCELLED,
                                    "Cancel"))

    def moved_by_someone_else() -> None:
        with new_db.session() as s:
            interviews.update(s, iid, **values([kenji], "Moved to Friday"))  # type: ignore[arg-type]

    message = refused_undo(new_db, stack, moved_by_someone_else)
    assert "changed since" in message and "Moved to Friday" not in message
    with new_db.reader() as s:
        row = s.get(Interview, iid)
        assert row is not None
        assert (row.title, row.status) == ("Moved to Friday", InterviewStatus.CANCELLED)


def test_a_redo_over_a_later_edit_is_refused_and_moves_nothing(
        qapp: Any, new_db: Database, app_id: str, me: str, kenji: str) -> None:
    iid = scheduled(new_db, app_id, [me])
    stack = QUndoStack()
    apply(stack, EditInterview(new_db, lambda: None, iid, values([kenji], "Longer deep dive")))
    assert undo_safely(stack) is None
    with new_db.session() as s:
        interviews.set_status(s, iid, InterviewStatus.DONE)  # a cofounder closes it
    index, rows = stack.index(), live_rows(new_db)
    refused = redo_safely(stack)
    assert refused is not None and "changed since" in refused.message
    assert (stack.index(), live_rows(new_db)) == (index, rows)
    assert stack.canRedo()


# the dialogs, as a person uses them, on one stack --------------------------------------------

def test_the_schedule_dialog_schedules_and_edits_as_steps(qtbot: Any, new_db: Database,
                                                          app_id: str, me: str,
                                                          kenji: str) -> None:
    stack = QUndoStack()
    dialog = ScheduleDialog(None, new_db, application_id=app_id, stack=stack)
    qtbot.addWidget(dialog)
    dialog.set_starts_at(WHEN)
    dialog.set_panel([me, kenji])

    def accepted() -> bool:
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    dialog_round_trip(new_db, stack, accepted, {"interview", "interview_panelist"})
    assert stack.undoText().startswith("Schedule ")
    edit = ScheduleDialog(None, new_db, interview_id=dialog.interview_id, stack=stack)
    qtbot.addWidget(edit)
    edit.set_starts_at(WHEN + timedelta(days=1))
    edit.set_panel([kenji])

    def saved() -> bool:
        edit.accept()
        return edit.result() == edit.DialogCode.Accepted

    dialog_round_trip(new_db, stack, saved, {"interview", "interview_panelist"})
    assert undo_safely(stack) is None and undo_safely(stack) is None
    with new_db.reader() as s:
        assert not interviews.ids_for_application(s, app_id)


def dialog_round_trip(db: Database, stack: QUndoStack, act: Any, expect: set[str]) -> Rows:
    """`act()` is one edit made in a screen; it must be exactly one step on the stack."""
    before, steps = live_rows(db), stack.index()
    assert act()
    done = live_rows(db)
    assert stack.index() == stack.count() == steps + 1
    assert expect <= changed_tables(before, done)
    assert undo_safely(stack) is None
    assert live_rows(db) == before
    assert redo_safely(stack) is None
    assert live_rows(db) == done
    return done


def test_a_saved_scorecard_draft_is_a_step_and_a_submit_is_final(
        qtbot: Any, new_db: Database, app_id: str, me: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    iid = schedule(new_db, app_id, 1, [me])
    stack = QUndoStack()
    dialog = ScorecardDialog(None, new_db, iid, stack=stack)
    qtbot.addWidget(dialog)
    row = next(iter(dialog.rows.values()))
    row.picker.set_value(3)
    row.evidence.setPlainText("Walked through the retry logic")
    dialog_round_trip(new_db, stack, dialog.save_draft, {"scorecard", "scorecard_rating"})
    # a second draft over the first is its own step, and undo puts the first back
    row.evidence.setPlainText("Walked through the retry logic, then the backoff")
    first = live_rows(new_db)
    dialog_round_trip(new_db, stack, dialog.save_draft, {"scorecard_rating"})
    assert undo_safely(stack) is None and live_rows(new_db) == first
    assert redo_safely(stack) is None
    # undo the very first save, then write again: the scorecard starts afresh, no clash
    assert undo_safely(stack) is None and undo_safely(stack) is None
    assert not live_rows(new_db)["scorecard"]
    assert dialog.save_draft()
    stack.clear()

    asked: list[str] = []
    monkeypatch.setattr(ask, "_question", lambda _p, _t, _q, text, _b: asked.append(text) or True)
    dialog.recommendation.set_value(3)
    for r in dialog.rows.values():
        r.picker.set_value(3)
        r.evidence.setPlainText("Seen in the session")
    steps = stack.count()
    assert dialog.submit()
    assert stack.count() == steps  # final: not on the stack
    assert asked and asked[0].startswith("This cannot be undone")
    with new_db.reader() as s:
        card = s.scalar(select(Scorecard).where(Scorecard.interview_id == iid,
                                                Scorecard.deleted_at.is_(None)))
        assert card is not None and card.status is ScorecardStatus.SUBMITTED


def test_portfolio_review_and_culture_saves_are_steps(qtbot: Any, new_db: Database,
                                                     app_id: str, me: str) -> None:
    stack = QUndoStack()
    review = ReviewDialog(None, new_db, app_id, stack=stack)
    qtbot.addWidget(review)
    review.url_rows[0].url.setText("https://github.com/minh/khai")
    review.rating.set_value(3)
    dialog_round_trip(new_db, stack, review.save,
                      {"portfolio_review", "portfolio_review_check", "activity"})
    again = ReviewDialog(None, new_db, app_id, stack=stack)  # edits the saved one
    qtbot.addWidget(again)
    again.rating.set_value(2)
    dialog_round_trip(new_db, stack, again.save, {"portfolio_review"})

    culture = CultureDialog(None, new_db, app_id, stack=stack)
    qtbot.addWidget(culture)
    comm = culture.rows[CultureDimension.COMMUNICATION]
    comm.picker.set_value(4)
    comm.evidence.setPlainText("Explained her thesis to our designer")
    dialog_round_trip(new_db, stack, culture.save,
                      {"culture_assessment", "culture_rating", "activity"})


def test_a_debrief_decision_is_taken_back_with_its_move(qtbot: Any, new_db: Database,
                                                        app_id: str, me: str) -> None:
    stack = QUndoStack()
    view = DebriefView(new_db, app_id, stack=stack)
    qtbot.addWidget(view)
    view.set_decision(Decision.REJECT, "Not enough depth on systems")
    done = dialog_round_trip(new_db, stack, view.decide,
                             {"debrief_decision", "application", "stage_change"})
    assert stage(new_db, app_id) == "Rejected"
    assert undo_safely(stack) is None
    assert stage(new_db, app_id) == "Onsite"
    assert redo_safely(stack) is None and live_rows(new_db) == done


def test_a_debrief_decision_is_not_undone_once_the_candidate_moved_on(
        qtbot: Any, new_db: Database, app_id: str, me: str) -> None:
    stack = QUndoStack()
    view = DebriefView(new_db, app_id, stack=stack)
    qtbot.addWidget(view)
    view.set_decision(Decision.ADVANCE, "Strong practice, theory to probe")
    assert view.decide()
    moved_to = stage(new_db, app_id)
    assert moved_to != "Onsite"

    def moved_again_by_someone() -> None:
        with new_db.session() as s:
            app = pipeline.live_application(s, app_id)
            pipeline.move(s, app_id, pipeline.stage_named(s, app.role_id, "Rejected").id,
                          reason="Took another offer")

    message = refused_undo(new_db, stack, moved_again_by_someone)
    assert "changed since" in message
    assert stage(new_db, app_id) == "Rejected"
    assert not stack.canRedo()


def test_attachments_added_and_removed_are_steps(qtbot: Any, new_db: Database, app_id: str,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF-1.4 a CV")
    with new_db.reader() as s:
        candidate_id = pipeline.live_application(s, app_id).candidate_id
    table, buttons = QTableView(), [QPushButton() for _ in range(3)]
    for w in (table, *buttons):
        qtbot.addWidget(w)
    panel = AttachmentsPanel(table, *buttons, on_change=lambda: None)
    stack = QUndoStack()
    panel.set_database(new_db, stack)
    panel.load(candidate_id)
    monkeypatch.setattr("hirefile.ui.candidate.attachments.ask_files", lambda _p, _d: [cv])
    monkeypatch.setattr("hirefile.ui.candidate.attachments.ask_remove", lambda _p, _n: True)
    dialog_round_trip(new_db, stack, panel.add_files, {"attachment", "activity"})
    assert panel.count == 1  # the panel re-read after the redo
    table.selectRow(0)
    dialog_round_trip(new_db, stack, panel.remove_selected, {"attachment"})
    assert panel.count == 0
    assert undo_safely(stack) is None and panel.count == 1


def test_the_interviews_page_marks_done_and_cancels_as_steps(
        qtbot: Any, new_db: Database, app_id: str, me: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    iid = scheduled(new_db, app_id, [me])
    page = InterviewsPage()
    qtbot.addWidget(page)
    page.undo_stack = QUndoStack(page)
    page.set_database(new_db)
    page.select_id(iid)
    dialog_round_trip(new_db, page.undo_stack, lambda: page.mark_done() or True,
                      {"interview"})
    assert undo_safely(page.undo_stack) is None
    assert [r.status for r in page.model.rows] == [InterviewStatus.SCHEDULED]
    monkeypatch.setattr(ask, "confirm_cancel", lambda *_a: True)
    page.select_id(iid)
    dialog_round_trip(new_db, page.undo_stack, lambda: page.cancel() or True, {"interview"})


# every write path of the UI is an undo step, or on this list with its reason ----------------

UI = Path(__file__).resolve().parents[1] / "src" / "hirefile" / "ui"
#: Writes outside `ui/commands/` that are deliberately not undo steps.
NOT_UNDO_STEPS = {
    # the viewer's own row in the file, made before their first write (the stamps need it)
    ("assess/common.py", "ensure_viewer"),
    # reveal anyway: recorded in the activity for everyone; its confirmation says it is final
    ("assess/debrief.py", "reveal"),
    ("assess/feedback.py", "reveal"),
    # submitting a scorecard unseals the others' feedback: final, and its confirmation says
    # "This cannot be undone" (a saved draft is an undo step)
    ("assess/scorecard.py", "_write"),
    # the same for a blind review's scorecards, submitted together after one confirmation
    ("assess/blind.py", "submit_all"),
    # the import is made by the dialog (progress, Cancel), then pushed as one undo step
    ("csv/import_dialog.py", "import_now"),
    # offers whose deadline passed while the file was closed expire on open: nobody's edit
    ("pages/offers.py", "expire_due"),
    # an e-mail drafted is noted on the timeline: the draft has left (mail app, file,
    # clipboard), so taking the note back would hide what was written to the person
    ("mail_dialog.py", "_record"),
}


def writes_outside_commands() -> set[tuple[str, str]]:
    """(file, function) of every `.session()` (a unit of work that writes) in the UI outside
    the undo commands; the function is the innermost one around it."""
    found = set()
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        if rel.startswith(("commands/", "generated/")):
            continue
        source = path.read_text(encoding="utf-8")
        functions = [n for n in ast.walk(ast.parse(source))
                     if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        for number, line in enumerate(source.splitlines(), 1):
            if ".session()" not in line:
                continue
            around = [f for f in functions if f.lineno <= number <= (f.end_lineno or 0)]
            found.add((rel, min(around, key=lambda f: f.end_lineno or 0).name
                       if around else "<module>"))
    return found


def test_every_write_of_the_ui_is_an_undo_step_or_says_why_not() -> None:
    assert writes_outside_commands() == NOT_UNDO_STEPS


def test_in_the_window_edit_undo_takes_back_a_page_edit_and_the_page_follows(
        qtbot: Any, demo_db: Database, identity: Any) -> None:
    ensure_viewer(demo_db)
    window = MainWindow(demo_db, Settings(), identity)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_INTERVIEWS)  # the page on screen reads each change (hidden: marks)
    page = window.interviews_page
    assert page.undo_stack is window.undo_stack
    first, upcoming = page.model.rows[0], page.count

    def badge() -> int:  # the sidebar's Interviews count, updated by the change notification
        return int(window.form.navList.item(PAGE_INTERVIEWS).data(COUNT_ROLE) or 0)

    assert badge() == upcoming
    assert page.select_id(first.id)
    page.form.doneButton.click()
    assert first.id not in {r.id for r in page.model.rows}  # done: no longer upcoming
    assert badge() == upcoming - 1
    assert window.action_undo.text() == \
        f"&Undo Mark done: {isolate(first.title)} with {isolate(first.candidate)}"
    window.action_undo.trigger()
    assert first.id in {r.id for r in page.model.rows}  # back, without a reload
    assert badge() == upcoming
    window.action_redo.trigger()
    assert first.id not in {r.id for r in page.model.rows}
    assert badge() == upcoming - 1
