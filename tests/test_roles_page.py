"""The Roles page in the window: the list beside the workspace, the Roles menu, undo from the
window's Edit menu, and unsaved edits guarded when the file changes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hirefile.services import roles
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.ui.main_window import MainWindow
from hirefile.ui.models.small import ROLE_COL_TITLE


@pytest.fixture
def window(qtbot: Any, qapp: QApplication, identity: Identity, demo_db: Database) -> MainWindow:
    w = MainWindow(demo_db, Settings(), identity)
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    return w


def test_selecting_a_role_shows_it_in_the_workspace(window: MainWindow) -> None:
    page = window.roles_page
    model = page.model
    assert model.rowCount() >= 6
    first = model.row_at(0)
    assert page.workspace is not None and page.workspace.role_id == first.id
    page.table.selectRow(2)
    third = model.row_at(2)
    assert page.workspace.role_id == third.id
    assert page.workspace.title_label.text() == third.title


def test_roles_menu_carries_the_workspace_actions(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.roles_page.menu.actions()]
    assert any(t.startswith("New role") for t in texts)
    assert any(t.startswith("Question bank") for t in texts)
    assert window.roles_page.menu.menuAction() in window.menuBar().actions()


def test_edit_weights_then_undo_from_the_window(window: MainWindow,
                                                demo_db: Database) -> None:
    page = window.roles_page
    role_id = page.workspace.role_id
    with demo_db.reader() as s:
        before = roles.axis_weights(s, role_id)
    from hirefile.domain.vocab import Axis
    from hirefile.ui.commands import apply
    from hirefile.ui.commands.roles import SetWeights

    after = {**before, Axis.CULTURE: 90}
    apply(window.undo_stack, SetWeights(demo_db, page.workspace.notify, role_id, before, after))
    assert window.action_undo.isEnabled()
    assert window.action_undo.text() == "&Undo Change axis weights"
    window.action_undo.trigger()
    with demo_db.reader() as s:
        assert roles.axis_weights(s, role_id) == before
    window.action_redo.trigger()
    with demo_db.reader() as s:
        assert roles.axis_weights(s, role_id)[Axis.CULTURE] == 90


def test_a_role_created_is_listed_and_selected(window: MainWindow, monkeypatch) -> None:
    from hirefile.domain.templates import template
    from hirefile.ui.roles.templates import TemplateDialog

    monkeypatch.setattr(TemplateDialog, "ask", classmethod(lambda cls, *a, **k:
                                                           template("ml_lead")))
    n = window.roles_page.count
    window.roles_page.new_button.click()
    assert window.roles_page.count == n + 1
    ws = window.roles_page.workspace
    row = window.roles_page.table.currentIndex().row()
    assert window.roles_page.model.row_at(row).id == ws.role_id
    assert window.roles_page.model.index(row, ROLE_COL_TITLE).data() == template("ml_lead").title
