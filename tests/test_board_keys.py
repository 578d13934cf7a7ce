"""Board keys on a real file: after A, R, W or Ctrl+Right the moved card stays selected and
current in the column it went to, with the keyboard there, so the next key acts on the same
person again; undo brings the selection back with the card."""

# ruff: noqa: F811  (the fixtures imported from test_board_ui are parameters here)
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_board_ui import column, page, select, small_db, stage_of  # noqa: F401  (fixtures)

from hirefile.storage.database import Database
from hirefile.ui.board.column import BoardColumn
from hirefile.ui.board.dialog import MoveDialog
from hirefile.ui.pages.pipeline import PipelinePage


def press(qtbot: Any, page: PipelinePage, key: Qt.Key,
          mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard is, as a person would press it (not at a chosen widget)."""
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)
    qtbot.keyClick(focused, key, mods)


def keyboard_on(qtbot: Any, page: PipelinePage, col: BoardColumn, app_id: str) -> None:
    page.activateWindow()
    col.view.setFocus()
    qtbot.waitUntil(lambda: col.view.hasFocus())
    select(col, app_id)


def where_selected(page: PipelinePage) -> dict[str, list[str]]:
    """Every column's selected ids, and which column has the keyboard and the current card."""
    out = {c.info.name: c.selected_ids() for c in page.board.columns
           if c.view.selectionModel().hasSelection()}
    focused = [c.info.name for c in page.board.columns if c.view.hasFocus()]
    out["focus"] = focused
    return out


def current_id(col: BoardColumn) -> str | None:
    return col.model.id_at(col.view.currentIndex().row())


def test_a_a_advances_the_same_candidate_twice(qtbot: Any, page: PipelinePage,
                                               new_db: Database,
                                               small_db: dict[str, str]) -> None:
    ana = small_db["Ana Lima"]
    keyboard_on(qtbot, page, column(page, "Screen"), ana)
    press(qtbot, page, Qt.Key.Key_A)
    assert stage_of(new_db, ana) == "Technical"
    technical = column(page, "Technical")
    assert where_selected(page) == {"Technical": [ana], "focus": ["Technical"]}
    assert current_id(technical) == ana and page.board.active_column is technical
    press(qtbot, page, Qt.Key.Key_A)
    assert stage_of(new_db, ana) == "Onsite"
    assert stage_of(new_db, small_db["Bo Chen"]) == "Screen"  # nobody else moved
    assert where_selected(page) == {"Onsite": [ana], "focus": ["Onsite"]}
    assert current_id(column(page, "Onsite")) == ana
    press(qtbot, page, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_of(new_db, ana) == "Debrief"
    assert where_selected(page) == {"Debrief": [ana], "focus": ["Debrief"]}
    assert page.undo_stack.count() == 3

    page.undo_stack.undo()  # back to Onsite, selected there
    assert stage_of(new_db, ana) == "Onsite"
    assert where_selected(page) == {"Onsite": [ana], "focus": ["Onsite"]}
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert stage_of(new_db, ana) == "Screen"
    assert where_selected(page) == {"Screen": [ana], "focus": ["Screen"]}
    assert current_id(column(page, "Screen")) == ana
    page.undo_stack.redo()
    assert stage_of(new_db, ana) == "Technical"
    assert where_selected(page) == {"Technical": [ana], "focus": ["Technical"]}


def test_r_asks_why_and_leaves_the_card_selected_in_rejected(
        qtbot: Any, page: PipelinePage, new_db: Database,
        small_db: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def ask(parent: Any, **kw: Any) -> tuple[str, str]:
        asked.append(kw["who"])
        return ("Role filled", "")

    monkeypatch.setattr(MoveDialog, "ask", ask)
    bo = small_db["Bo Chen"]
    keyboard_on(qtbot, page, column(page, "Screen"), bo)
    press(qtbot, page, Qt.Key.Key_R)
    assert asked == ["Bo Chen"]
    assert stage_of(new_db, bo) == "Rejected"
    rejected = column(page, "Rejected")
    assert where_selected(page) == {"Rejected": [bo], "focus": ["Rejected"]}
    assert current_id(rejected) == bo
    press(qtbot, page, Qt.Key.Key_W)  # already out: W from Rejected to Withdrew, same person
    assert stage_of(new_db, bo) == "Withdrew"
    assert where_selected(page) == {"Withdrew": [bo], "focus": ["Withdrew"]}
    assert asked == ["Bo Chen", "Bo Chen"]
    page.undo_stack.undo()
    assert where_selected(page) == {"Rejected": [bo], "focus": ["Rejected"]}


def test_a_cancelled_reason_keeps_the_selection_where_it_was(
        qtbot: Any, page: PipelinePage, new_db: Database,
        small_db: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MoveDialog, "ask", lambda parent, **kw: None)
    ana = small_db["Ana Lima"]
    keyboard_on(qtbot, page, column(page, "Screen"), ana)
    press(qtbot, page, Qt.Key.Key_R)
    assert stage_of(new_db, ana) == "Screen" and page.undo_stack.count() == 0
    assert where_selected(page) == {"Screen": [ana], "focus": ["Screen"]}


def test_a_multi_selection_moves_and_stays_selected_together(
        qtbot: Any, page: PipelinePage, new_db: Database,
        small_db: dict[str, str]) -> None:
    screen = column(page, "Screen")
    ana, bo = small_db["Ana Lima"], small_db["Bo Chen"]
    keyboard_on(qtbot, page, screen, ana)
    screen.view.selectAll()
    press(qtbot, page, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert {stage_of(new_db, ana), stage_of(new_db, bo)} == {"Technical"}
    technical = column(page, "Technical")
    assert sorted(technical.selected_ids()) == sorted([ana, bo])
    press(qtbot, page, Qt.Key.Key_A)
    assert {stage_of(new_db, ana), stage_of(new_db, bo)} == {"Onsite"}
    assert sorted(where_selected(page)["Onsite"]) == sorted([ana, bo])
