"""The Hiring Plan dialog: the roles in plan order, moved with Alt+Up (one undo step), a
target start edited in place, the company stage chosen, a hint shown beside its role and
dismissed, and Roles → Hiring Plan… opening it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack

from hirefile.domain.templates import template
from hirefile.domain.vocab import CompanyStage
from hirefile.services import company, plan, roles
from hirefile.storage.database import Database
from hirefile.ui.plan.dialog import COL_DATE, COL_HINTS, HiringPlanDialog

TODAY = date(2026, 12, 6)
KEYS = ("data_scientist", "ml_engineer", "mlops")


@pytest.fixture
def role_ids(new_db: Database) -> dict[str, str]:
    with new_db.session() as s:
        return {k: roles.add_role_from_template(s, template(k)).id for k in KEYS}


def titles(d: HiringPlanDialog) -> list[str]:
    t = d.form.planTable
    return [t.item(r, 1).text() for r in range(t.rowCount())]


def dialog(qtbot: Any, db: Database, stack: QUndoStack) -> HiringPlanDialog:
    d = HiringPlanDialog(None, db, stack, today=TODAY)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_alt_up_moves_a_role_earlier_as_one_undo_step(
        qtbot: Any, new_db: Database, role_ids: dict[str, str]) -> None:
    stack = QUndoStack()
    d = dialog(qtbot, new_db, stack)
    names = [template(k).title for k in KEYS]
    assert titles(d) == names
    t = d.form.planTable
    t.setFocus()
    t.setCurrentCell(2, 1)
    qtbot.keyClick(t, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(d) == [names[0], names[2], names[1]]
    assert t.currentRow() == 1 and stack.count() == 1
    assert t.item(1, 0).text() == "2"
    qtbot.mouseClick(d.form.moveUpButton, Qt.MouseButton.LeftButton)
    assert titles(d) == [names[2], names[0], names[1]]
    assert not d.form.moveUpButton.isEnabled()
    assert d.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    d.undo_action.trigger()  # Ctrl+Z in the dialog
    assert titles(d) == [names[0], names[2], names[1]]
    stack.undo()
    d.reload()
    assert titles(d) == names
    t.sig_moved.emit(0, 2)  # a drop of the first row on the last
    assert titles(d) == [names[1], names[2], names[0]]


def test_a_target_start_edited_in_place_is_kept(
        qtbot: Any, new_db: Database, role_ids: dict[str, str]) -> None:
    stack = QUndoStack()
    d = dialog(qtbot, new_db, stack)
    d.dates.sig_date.emit(1, date(2027, 5, 3))  # what the date editor asks on closing
    qtbot.waitUntil(lambda: d.form.planTable.item(1, COL_DATE).text() == "3 May 2027")
    with new_db.reader() as s:
        assert roles.live_role(s, role_ids["ml_engineer"]).target_start == date(2027, 5, 3)
    assert stack.count() == 1


def test_the_stage_and_a_dismissed_hint(qtbot: Any, new_db: Database,
                                        role_ids: dict[str, str]) -> None:
    stack = QUndoStack()
    d = dialog(qtbot, new_db, stack)
    f = d.form
    f.stageCombo.setCurrentIndex(f.stageCombo.findData(CompanyStage.SEED))
    f.stageCombo.activated.emit(f.stageCombo.currentIndex())
    with new_db.reader() as s:
        assert company.company(s).stage is CompanyStage.SEED
    # the scientist comes first: hinted in its row and, selected, in the hints list
    assert "Plan a data or ML engineer" in f.planTable.item(0, COL_HINTS).text()
    f.planTable.setCurrentCell(0, 1)
    texts = [f.hintList.item(i).text() for i in range(f.hintList.count())]
    assert any(t.startswith("Plan a data or ML engineer before") and "Why: " in t
               for t in texts)
    assert f.hintsLabel.text() == f"&Hints for “{template('data_scientist').title}”"
    before = len(texts)
    f.hintList.setCurrentRow(0)
    first = f.hintList.item(0).text().split("\n")[0]
    qtbot.mouseClick(f.dismissButton, Qt.MouseButton.LeftButton)
    texts = [f.hintList.item(i).text().split("\n")[0] for i in range(f.hintList.count())]
    assert first not in texts and len(texts) in (before - 1, 1)
    assert f.showDismissedButton.isEnabled()
    assert f.showDismissedButton.text() == "Show Dismissed Hints (1)"
    qtbot.mouseClick(f.showDismissedButton, Qt.MouseButton.LeftButton)
    assert first in [f.hintList.item(i).text().split("\n")[0]
                     for i in range(f.hintList.count())]
    assert stack.count() == 3
    with new_db.reader() as s:
        assert plan.read_plan(s, TODAY).dismissed == 0


def test_roles_hiring_plan_opens_the_dialog(qtbot: Any, new_db: Database,
                                            role_ids: dict[str, str], open_window: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(new_db)
    shown: list[int] = []
    monkeypatch.setattr(HiringPlanDialog, "exec",
                        lambda self: shown.append(len(titles(self))) or 0)
    page = window.roles_page
    assert page.plan_action in page.menu.actions()
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert shown == [3]
