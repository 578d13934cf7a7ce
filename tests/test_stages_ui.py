"""The Pipeline stages tab: rename, add, reorder and remove stages, edit exit reasons, undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import StageKind
from hirefile.services import candidates, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.ui.roles.workspace import TAB_STAGES, RoleWorkspace


@pytest.fixture
def setup(qtbot: Any, new_db: Database) -> tuple[RoleWorkspace, QUndoStack, str]:
    with new_db.session() as s:
        role_id = add_role_from_template(s, template("ml_engineer")).id
        c = candidates.create_candidate(s, CandidateDraft(full_name="Ana Lima"))
        pipeline.add_application(s, c.id, role_id)
    stack = QUndoStack()
    ws = RoleWorkspace(new_db, stack, lambda: None)
    qtbot.addWidget(ws)
    ws.show_role(role_id)
    ws.tabs.setCurrentIndex(TAB_STAGES)
    return ws, stack, role_id


def names(db: Database, role_id: str) -> list[str]:
    with db.reader() as s:
        return [st.name for st in pipeline.stages_of(s, role_id)]


def test_tab_lists_stages_with_counts(setup) -> None:
    ws, _, _ = setup
    texts = [ws.stages.stage_list.item(i).text() for i in range(ws.stages.stage_list.count())]
    assert texts[0] == "Sourced   ·   1 in it"
    assert texts[-1] == "Withdrew   (withdrew)"


def test_rename_add_move_remove_with_undo(setup, new_db: Database) -> None:
    ws, stack, role_id = setup
    panel = ws.stages
    original = names(new_db, role_id)
    panel.stage_list.setCurrentRow(4)  # Onsite
    panel.rename_stage("Founder day")
    assert names(new_db, role_id)[4] == "Founder day"
    panel.add_stage("Reference check")
    assert names(new_db, role_id)[5] == "Reference check"
    panel.stage_list.setCurrentRow(5)
    panel.move_stage(-1)
    assert names(new_db, role_id)[4:6] == ["Reference check", "Founder day"]
    panel.stage_list.setCurrentRow(4)
    assert panel.remove_button.isEnabled()
    panel.remove_stage()
    assert "Reference check" not in names(new_db, role_id)
    for _ in range(4):
        stack.undo()
    assert names(new_db, role_id) == original


def test_refusals_are_shown_not_raised(setup, new_db: Database) -> None:
    ws, stack, _ = setup
    panel = ws.stages
    panel.stage_list.setCurrentRow(0)  # Sourced holds Ana
    assert not panel.remove_button.isEnabled()
    panel.remove_stage()
    assert "holds 1 candidate" in ws.message_label.text()
    panel.stage_list.setCurrentRow(1)
    panel.rename_stage("sourced")
    assert "already has a stage" in ws.message_label.text()
    assert stack.count() == 0


def test_exit_reasons_edit_and_undo(setup, new_db: Database) -> None:
    ws, stack, _ = setup
    with new_db.reader() as s:
        before = pipeline.exit_reasons(s, StageKind.REJECTED)
    ws.stages._add_reason(StageKind.REJECTED, "No work permit for the EU")
    with new_db.reader() as s:
        assert pipeline.exit_reasons(s, StageKind.REJECTED)[-1] == "No work permit for the EU"
    stack.undo()
    with new_db.reader() as s:
        assert pipeline.exit_reasons(s, StageKind.REJECTED) == before
