"""How often and when last each bank question was asked, and the nudge to refresh one that
candidates may have shared — on constructed interviews."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select
from test_calibration import AMARA, DANIEL, applicant

from hirefile.domain import drift
from hirefile.domain.templates import template
from hirefile.domain.vocab import Axis, InterviewStatus
from hirefile.services import interviews, loops, pipeline
from hirefile.services import questions as bank
from hirefile.services import scorecards as sc
from hirefile.services.files import create_file
from hirefile.services.question_use import QuestionUse, question_use
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.storage.models import Interview, Person, Role
from hirefile.storage.types import utcnow
from hirefile.ui.roles import bank as bank_ui
from hirefile.ui.roles.bank import QuestionBankDialog
from hirefile.ui.roles.bank_model import COL_ASKED, COL_LAST, COL_TEXT

NOW = datetime.now(timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()
DEEP_DIVE, DESIGN = 2, 3  # the ML engineer loop's steps, three bank questions each



@pytest.fixture(autouse=True)
def today_now() -> None:
    """`NOW` and `TODAY` as the test starts, not as the module was collected: a run crossing
    midnight would otherwise say "3 days ago" of what the test made 2 days ago."""
    global NOW, TODAY
    NOW = datetime.now(timezone.utc).replace(microsecond=0)
    TODAY = NOW.astimezone().date()

def held(s: Any, app_id: str, step_index: int, days_ago: int | None, panel: list[str], *,
         submit: bool = True, done: bool = False) -> str:
    """An interview of a loop step, `days_ago` (None: undated), each panelist's scorecard."""
    app = pipeline.live_application(s, app_id)
    step = loops.loop(s, app.role_id).steps[step_index]
    starts = None if days_ago is None else NOW - timedelta(days=days_ago)
    iid = interviews.schedule(s, app_id, title=step.title, kind=step.kind,
                              loop_step_id=step.id, starts_at=starts, minutes=step.minutes,
                              interviewer_ids=panel).id
    for person in panel:
        sc.write(s, iid, person, sc.ScorecardDraft(
            ratings={Axis.ML_PRACTICE: (3, "Explained the trade-offs")}, recommendation=3),
            submit_it=submit)
    if done:
        interviews.set_status(s, iid, InterviewStatus.DONE)
    return iid


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[Path, list[str], list[str]]]:
    """Deep-dive questions: 4 interviews long ago, one with two panelists 3 days ago, one
    held (marked done) with only a draft 2 days ago; a scheduled one with a draft and a
    removed one never count. Design questions: 5 interviews 10 days ago."""
    path = tmp_path / "Questions.hirefile"
    with create_file(path, AMARA) as db, db.session() as s:
        s.add(Person(id=DANIEL.person_id, name=DANIEL.name, email=DANIEL.email))
        role = add_role_from_template(s, template("ml_engineer"))
        s.flush()
        steps = loops.loop(s, role.id).steps
        deep = [q.question_id for q in steps[DEEP_DIVE].questions]
        design = [q.question_id for q in steps[DESIGN].questions]
        me, him = AMARA.person_id, DANIEL.person_id
        for i in range(4):
            held(s, applicant(s, role.id, f"Long Ago {i}"), DEEP_DIVE, 200 + i, [me])
        held(s, applicant(s, role.id, "Two Panelists"), DEEP_DIVE, 3, [me, him])
        held(s, applicant(s, role.id, "Held, Draft"), DEEP_DIVE, 2, [me], submit=False,
             done=True)
        held(s, applicant(s, role.id, "Tomorrow"), DEEP_DIVE, -1, [me], submit=False)
        gone = held(s, applicant(s, role.id, "Removed"), DEEP_DIVE, 1, [me])
        s.get(Interview, gone).deleted_at = utcnow()
        for i in range(5):
            held(s, applicant(s, role.id, f"Recent {i}"), DESIGN, 10, [me])
    yield path, [q for q in deep if q], [q for q in design if q]


def use_in(path: Path) -> dict[str, QuestionUse]:
    with Database.open(path, AMARA, write=False) as db, db.reader() as s:
        return question_use(s, today=TODAY)


def test_counts_held_interviews_once_each_and_the_last_day(desk: Any) -> None:
    path, deep, design = desk
    use = use_in(path)
    for qid in deep:
        assert (use[qid].asked, use[qid].recent) == (6, 2)
        assert use[qid].last == TODAY - timedelta(days=2)
        assert not use[qid].often
        assert use[qid].text(TODAY) == "Asked 6× · last 2 days ago"
    for qid in design:
        assert (use[qid].asked, use[qid].recent) == (5, 5)
        assert use[qid].often  # five in the last 90 days
        assert use[qid].text(TODAY) == "Asked 5× · last 10 days ago"
    with Database.open(path, AMARA, write=False) as db, db.reader() as s:
        never = [q.id for q in bank.questions(s) if q.id not in deep + design]
        assert never and not set(never) & set(use)
        assert set(question_use(s, deep[:1])) == {deep[0]}
    assert QuestionUse("x").text(TODAY) == "Never asked"


def test_ten_in_all_is_often_however_long_ago(desk: Any) -> None:
    path, deep, _design = desk
    with Database.open(path, AMARA) as db, db.session() as s:
        role_id = s.scalar(select(Role.id))
        for i in range(4):
            held(s, applicant(s, role_id, f"Older {i}"), DEEP_DIVE, 400, [AMARA.person_id])
    use = use_in(path)[deep[0]]
    assert (use.asked, use.recent) == (10, 2) and use.often


def test_the_rule_and_its_words() -> None:
    assert drift.asked_often(10, 0) and drift.asked_often(5, 5)
    assert not drift.asked_often(9, 4)
    today = date(2026, 12, 6)
    assert drift.use_text(14, date(2026, 12, 3), today) == "Asked 14× · last 3 days ago"
    assert drift.use_text(1, today, today) == "Asked 1× · last today"
    assert drift.ago(date(2026, 12, 5), today) == "yesterday"
    assert drift.ago(date(2026, 10, 25), today) == "6 weeks ago"
    assert drift.ago(date(2025, 10, 6), today) == "14 months ago"


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


def test_the_bank_shows_use_sorts_by_it_and_nudges(qtbot: Any, desk: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path, deep, design = desk
    db = Database.open(path, AMARA)
    try:
        stack = QUndoStack()
        dialog = QuestionBankDialog(db, stack, Counter())
        qtbot.addWidget(dialog)
        dialog.resize(1024, 700)
        dialog.show()
        view, proxy = dialog.form.tableView, dialog.proxy

        def cell(row: int, col: int) -> str:
            return str(proxy.index(row, col).data())

        view.sortByColumn(COL_ASKED, Qt.SortOrder.DescendingOrder)
        top = [proxy.index(r, COL_TEXT).data(bank_ui.QUESTION_ROLE).id for r in range(6)]
        assert set(top[:3]) == set(deep) and set(top[3:]) == set(design)
        assert (cell(0, COL_ASKED), cell(0, COL_LAST)) == ("6×", "2 days ago")
        assert (cell(3, COL_ASKED), cell(3, COL_LAST)) == ("5×", "10 days ago")
        assert cell(6, COL_ASKED) == "Never" and cell(6, COL_LAST) == ""
        view.sortByColumn(COL_LAST, Qt.SortOrder.DescendingOrder)
        assert proxy.index(0, COL_TEXT).data(bank_ui.QUESTION_ROLE).id in deep

        dialog.select(deep[0])  # asked 6×, 2 recently: no nudge
        assert dialog.form.refreshBanner.isHidden()
        dialog.select(design[0])
        banner = dialog.form.refreshBanner
        assert banner.isVisible()
        assert dialog.form.refreshText.text() == (
            "Asked 5× · last 10 days ago. Candidates may have shared this one — consider a "
            "fresh variant, then retire this one.")
        original = dialog.selected()
        assert original is not None
        asked: list[dict[str, object]] = []

        def fill(_parent: Any, *, values: Any = None, title: str = "",
                 error: Any = None) -> dict[str, object]:
            asked.append({"title": title, **values})
            return {**values, "text": values["text"] + " (this time for a streaming system)"}

        monkeypatch.setattr(bank_ui.QuestionDialog, "ask", fill)
        qtbot.mouseClick(dialog.form.variantButton, Qt.MouseButton.LeftButton)
        assert asked[0]["title"] == "Write a fresh variant"
        assert asked[0]["text"] == original.text and asked[0]["axis"] is original.axis
        variant = dialog.selected()
        assert variant is not None and variant.id != original.id
        assert variant.text.endswith("(this time for a streaming system)")
        assert variant.guidance == original.guidance
        assert dialog.form.refreshBanner.isHidden()  # the new one was never asked
        stack.undo()  # one step, as any added question
        with db.reader() as s:
            assert variant.id not in {q.id for q in bank.questions(s)}
    finally:
        db.close()


def test_the_loop_editors_picker_says_the_same(qtbot: Any, desk: Any) -> None:
    from hirefile.ui.roles.picker import QuestionPicker

    path, deep, design = desk
    db = Database.open(path, AMARA, write=False)
    try:
        picker = QuestionPicker(None, db, [Axis.SYSTEMS, Axis.ML_PRACTICE], None, ())
        qtbot.addWidget(picker)
        picker.show()
        rows = picker.model.rows

        def pick(question_id: str) -> str:
            picker.view.setCurrentIndex(picker.model.index(
                next(i for i, q in enumerate(rows) if q.id == question_id)))
            return picker.use_label.text()

        assert pick(design[0]) == ("Asked 5× · last 10 days ago. Candidates may have shared "
                                   "this one — consider a fresh variant.")
        assert pick(deep[0]) == "Asked 6× · last 2 days ago"
        never = next(q.id for q in rows if q.id not in deep + design)
        assert pick(never) == "Never asked"
    finally:
        db.close()
