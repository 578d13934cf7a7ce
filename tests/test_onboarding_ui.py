"""A hire's Onboarding tab on the candidate record (shown only for a hire): tick an item (one
undo step), add one, record a check-in, export the calendar; and File → Onboarding Template…
saved as one undo step, and back to Hirefile's."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from test_onboarding import application, events

from hirefile.domain import onboarding as rules
from hirefile.domain.vocab import OnboardingCategory
from hirefile.services import onboarding, pipeline
from hirefile.storage.database import Database
from hirefile.ui.candidate import onboarding as panel_ui
from hirefile.ui.candidate.record import CandidateRecord
from hirefile.ui.onboarding_dialogs import OnboardingTemplateDialog


class Accepting:
    """Stands in for a modal dialog: accepted, with `values`."""

    DialogCode = panel_ui.ItemDialog.DialogCode
    given: tuple[Any, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args

    def exec(self) -> Any:
        return self.DialogCode.Accepted

    def values(self) -> tuple[Any, ...]:
        return self.given

    def deleteLater(self) -> None:
        pass


@pytest.fixture
def hired(new_db: Database) -> tuple[str, str]:
    """(candidate id, application id) of a hire."""
    app_id, hired_stage = application(new_db, "Thandiwe Nkosi-Dlamini")
    with new_db.session() as s:
        pipeline.move(s, app_id, hired_stage)
        return pipeline.live_application(s, app_id).candidate_id, app_id


@pytest.fixture
def record(qtbot: Any, new_db: Database) -> tuple[CandidateRecord, QUndoStack]:
    rec = CandidateRecord()
    qtbot.addWidget(rec)
    stack = QUndoStack()
    rec.set_context(new_db, stack, lambda: rec.refresh())
    rec.resize(1100, 800)
    rec.show()
    qtbot.waitExposed(rec)
    return rec, stack


def tab_shown(rec: CandidateRecord) -> bool:
    tabs = rec.form.sideTabs
    return tabs.isTabVisible(tabs.indexOf(rec.onboarding))


def test_the_tab_shows_a_hires_checklist_and_ticking_is_one_undo_step(
        qtbot: Any, new_db: Database, hired: tuple[str, str],
        record: tuple[CandidateRecord, QUndoStack]) -> None:
    rec, stack = record
    other, _ = application(new_db, "Ana Lima")  # in process, not hired
    with new_db.reader() as s:
        other_cid = pipeline.live_application(s, other).candidate_id
    assert rec.show_candidate(other_cid)
    assert not tab_shown(rec)
    cid, _app = hired
    assert rec.show_candidate(cid)
    assert tab_shown(rec)
    tabs = rec.form.sideTabs
    assert tabs.tabText(tabs.indexOf(rec.onboarding)) == f"Onboar&ding ({len(rules.DEFAULT)})"
    f = rec.onboarding.form
    assert f.itemList.count() == len(rules.DEFAULT)
    assert f.itemList.item(0).text().startswith(rules.DEFAULT[0].text + "  — ")
    assert [f.checkInList.item(i).text().split(" · ")[0] for i in range(3)] == \
        ["1 month check-in", "3 months check-in", "6 months check-in"]
    assert "Machine Learning Engineer · Starts " in f.startLabel.text()
    f.itemList.item(0).setCheckState(Qt.CheckState.Checked)
    assert stack.count() == 1
    with new_db.reader() as s:
        assert onboarding.read(s, _app).items[0].done
    assert tabs.tabText(tabs.indexOf(rec.onboarding)) == \
        f"Onboar&ding ({len(rules.DEFAULT) - 1})"
    assert f.itemList.item(0).checkState() == Qt.CheckState.Checked
    stack.undo()
    assert f.itemList.item(0).checkState() == Qt.CheckState.Unchecked


def test_add_an_item_reorder_it_and_record_a_check_in(
        qtbot: Any, new_db: Database, hired: tuple[str, str],
        record: tuple[CandidateRecord, QUndoStack],
        monkeypatch: pytest.MonkeyPatch) -> None:
    rec, stack = record
    cid, app_id = hired
    rec.show_candidate(cid)
    f = rec.onboarding.form
    adding = type("Adding", (Accepting,), {
        "given": ("Coffee with the cofounders", date(2027, 1, 8), OnboardingCategory.BUDDY)})
    monkeypatch.setattr(panel_ui, "ItemDialog", adding)
    qtbot.mouseClick(f.addItemButton, Qt.MouseButton.LeftButton)
    assert f.itemList.count() == len(rules.DEFAULT) + 1
    last = f.itemList.count() - 1
    assert f.itemList.item(last).text() == "Coffee with the cofounders  — 8 Jan 2027"
    f.itemList.setCurrentRow(last)
    qtbot.mouseClick(f.itemUpButton, Qt.MouseButton.LeftButton)
    assert f.itemList.item(last - 1).text().startswith("Coffee with the cofounders")
    holding = type("Holding", (Accepting,), {
        "given": (date(2027, 1, 6), date(2027, 1, 7), "Settling in well; asks for a mentor")})
    monkeypatch.setattr(panel_ui, "CheckInDialog", holding)
    f.checkInList.setCurrentRow(0)
    qtbot.mouseClick(f.checkInButton, Qt.MouseButton.LeftButton)
    assert f.checkInList.item(0).text().endswith(
        "held 7 Jan 2027 — Settling in well; asks for a mentor")
    assert stack.count() == 3
    with new_db.reader() as s:
        o = onboarding.read(s, app_id)
    assert o.check_ins[0].notes == "Settling in well; asks for a mentor"
    assert o.items[-2].category is OnboardingCategory.BUDDY


def test_calendar_writes_the_hires_dates(
        qtbot: Any, tmp_path: Path, hired: tuple[str, str],
        record: tuple[CandidateRecord, QUndoStack],
        monkeypatch: pytest.MonkeyPatch) -> None:
    rec, _stack = record
    rec.show_candidate(hired[0])
    target = tmp_path / "hire.ics"
    monkeypatch.setattr(panel_ui.ask, "ics_path", lambda _parent, _suggested: target)
    with qtbot.waitSignal(rec.onboarding.sig_message) as said:
        qtbot.mouseClick(rec.onboarding.form.icsButton, Qt.MouseButton.LeftButton)
    assert said.args[0].startswith(f"Saved {len(rules.DEFAULT) + 3} dates to hire.ics")
    assert len(events(target.read_bytes().decode("utf-8"))) == len(rules.DEFAULT) + 3


def test_the_template_editor_saves_one_undo_step_and_goes_back_to_hirefiles(
        qtbot: Any, new_db: Database) -> None:
    stack = QUndoStack()
    d = OnboardingTemplateDialog(None, new_db, stack)
    qtbot.addWidget(d)
    f = d.form
    t = f.itemTable
    assert t.rowCount() == len(rules.DEFAULT)
    assert t.item(0, 0).text() == rules.DEFAULT[0].text
    assert t.item(0, 1).toolTip() == "21 days before day one"
    t.item(0, 1).setText("-30")
    qtbot.mouseClick(f.addButton, Qt.MouseButton.LeftButton)
    t.item(t.rowCount() - 1, 0).setText("Send a welcome parcel")
    t.setCurrentCell(t.rowCount() - 1, 0)
    qtbot.mouseClick(f.upButton, Qt.MouseButton.LeftButton)
    f.buttonBox.accepted.emit()
    assert stack.count() == 1
    with new_db.reader() as s:
        saved = onboarding.template(s)
    assert saved[0].days == -30 and saved[-2].text == "Send a welcome parcel"
    # a hire now starts from it
    app_id, hired_stage = application(new_db)
    with new_db.session() as s:
        pipeline.move(s, app_id, hired_stage)
        assert len(onboarding.read(s, app_id).items) == len(rules.DEFAULT) + 1
    d2 = OnboardingTemplateDialog(None, new_db, stack)
    qtbot.addWidget(d2)
    d2.form.itemTable.item(0, 1).setText("soon")
    d2.form.buttonBox.accepted.emit()
    assert "Item 1: days must be a whole number" in d2.form.problemLabel.text()
    qtbot.mouseClick(d2.form.defaultButton, Qt.MouseButton.LeftButton)
    d2.form.buttonBox.accepted.emit()
    with new_db.reader() as s:
        assert not onboarding.is_file_template(s)
    stack.undo()
    with new_db.reader() as s:
        assert onboarding.template(s) == saved


def test_file_onboarding_template_opens_the_editor(
        qtbot: Any, new_db: Database, open_window: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(new_db)
    action = window.action_onboarding_template
    assert action in window.form.menuFile.actions()
    shown: list[int] = []
    monkeypatch.setattr(OnboardingTemplateDialog, "exec",
                        lambda self: shown.append(self.form.itemTable.rowCount()) or 0)
    action.trigger()
    assert shown == [len(rules.DEFAULT)]
