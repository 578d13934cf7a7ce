"""Undo never lies: a refused undo or redo leaves the stack and the file as they were, says why,
and Redo answers Ctrl+Shift+Z and Ctrl+Y without an ambiguous shortcut."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hirefile.services import pipeline
from hirefile.storage.database import Database
from hirefile.storage.models import Application, RoleStage
from hirefile.ui import messages
from hirefile.ui.commands.base import apply
from hirefile.ui.commands.candidates import MoveApplications
from hirefile.ui.main_window import MainWindow, redo_keys


@pytest.fixture
def window(open_window: Any, demo_db: Database) -> MainWindow:
    return open_window(demo_db, (1200, 800))


def stage_of(db: Database, app_id: str) -> str:
    with db.reader() as s:
        app = s.get(Application, app_id)
        assert app is not None
        stage = s.get(RoleStage, app.stage_id)
        assert stage is not None
        return stage.name


def an_application_in(db: Database, stage: str) -> tuple[str, str, str]:
    """(application, role, the next stage's id) of someone sitting in `stage`."""
    with db.reader() as s:
        app, role_id = s.execute(
            select(Application.id, Application.role_id).join(
                RoleStage, RoleStage.id == Application.stage_id)
            .where(RoleStage.name == stage, Application.deleted_at.is_(None))).first()
        return app, role_id, pipeline.stage_named(s, role_id, "Technical").id


def moved(window: MainWindow, app_id: str, stage_id: str) -> None:
    db = window.db
    apply(window.undo_stack, MoveApplications(db, lambda: None, [app_id], stage_id=stage_id,
                                              stage_name="Technical"))


def test_an_undo_the_file_refuses_moves_neither_the_stack_nor_the_candidate(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda _p, title, text: shown.append(text))
    db = window.db
    app_id, role_id, technical = an_application_in(db, "Screen")
    moved(window, app_id, technical)
    # Meanwhile the candidate is rejected (the debrief, or a cofounder's command line).
    with db.session() as s:
        pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Rejected").id,
                      reason="Not enough depth")
    stack = window.undo_stack
    index, count = stack.index(), stack.count()

    window.action_undo.trigger()

    assert (stack.index(), stack.count()) == (index, count)
    assert stage_of(db, app_id) == "Rejected"
    assert shown == ["The candidate has moved since; undo the later move first"]
    assert not stack.canRedo()  # nothing a later redo could silently replay
    window.action_redo.trigger()
    assert stage_of(db, app_id) == "Rejected"


def test_redo_answers_ctrl_shift_z_and_ctrl_y(window: MainWindow, qtbot: Any) -> None:
    keys = redo_keys()
    assert len({k.toString() for k in keys}) == len(keys)
    assert {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")} <= set(keys)
    db = window.db
    app_id, _, technical = an_application_in(db, "Screen")
    moved(window, app_id, technical)
    for key in ("Ctrl+Y", "Ctrl+Shift+Z"):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert stage_of(db, app_id) == "Screen"
        seq = QKeySequence(key)[0]
        qtbot.keyClick(window, seq.key(), seq.keyboardModifiers())
        assert stage_of(db, app_id) == "Technical", key
    # A last key without modifiers: Qt keeps the last event's modifiers as the application's
    # (QGuiApplication.keyboardModifiers), which would turn later tests' clicks into Ctrl+clicks.
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
