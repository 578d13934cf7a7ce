"""No stale view: a change made anywhere — a command from any page, undo, redo, an edit that
announces itself, demo data — reaches every page and every count through the window's one
change notification, with no View → Reload."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from hirefile.domain.templates import template
from hirefile.services import board as board_service
from hirefile.services import listing, pipeline
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Role, RoleStage
from hirefile.ui.changes import APPLICATION, Change
from hirefile.ui.commands.base import apply
from hirefile.ui.commands.candidates import MoveApplications
from hirefile.ui.commands.roles import CreateRole
from hirefile.ui.main_window import MainWindow
from hirefile.ui.models.small import ROLE_COL_IN_PROCESS, ROLE_COL_TITLE
from hirefile.ui.pages.pipeline import BOARD
from hirefile.ui.widgets import COUNT_ROLE

PIPELINE_ROW = 2


@pytest.fixture
def window(open_window: Any, demo_db: Database) -> MainWindow:
    return open_window(demo_db, (1400, 860))


def in_process_in_file(db: Database) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(Application)
                        .join(RoleStage, RoleStage.id == Application.stage_id)
                        .where(Application.deleted_at.is_(None),
                               RoleStage.name.not_in(("Hired", "Rejected", "Withdrew")))) or 0


def sidebar_badge(w: MainWindow, row: int) -> int:
    return w.form.navList.item(row).data(COUNT_ROLE) or 0


def role_in_process(w: MainWindow, title: str) -> int:
    model = w.roles_page.list.model
    for r in range(model.rowCount()):
        if model.index(r, ROLE_COL_TITLE).data() == title:
            return int(model.index(r, ROLE_COL_IN_PROCESS).data())
    raise AssertionError(f"{title} is not in the roles list")


def filter_titles(w: MainWindow) -> list[str]:
    combo = w.pipeline_page.form.roleCombo
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_new_role_reaches_the_pipeline_filter_and_the_roles_list(window: MainWindow) -> None:
    db = window.db
    assert db is not None
    command = apply(window.undo_stack, CreateRole(db, lambda: None,
                                                  template=template("data_engineer")))
    with db.reader() as s:
        title = s.get(Role, command.role_id).title
    assert [t.split("  ·  ")[0] for t in filter_titles(window)].count(title) == 2  # +the demo's
    assert sidebar_badge(window, 0) == window.roles_page.count == 7
    window.undo_stack.undo()
    assert [t.split("  ·  ")[0] for t in filter_titles(window)].count(title) == 1
    assert sidebar_badge(window, 0) == 6


def test_a_move_from_anywhere_updates_every_count_and_undo_takes_it_back(
        window: MainWindow, qtbot: Any) -> None:
    db = window.db
    assert db is not None
    window.show_page(PIPELINE_ROW)
    window.pipeline_page.set_mode(BOARD)  # the board is on screen
    qtbot.waitUntil(lambda: bool(window.pipeline_page.board.infos))
    before = in_process_in_file(db)
    assert sidebar_badge(window, PIPELINE_ROW) == window.pipeline_page.count == before
    with db.reader() as s:
        app_id, role_id = s.execute(select(Application.id, Application.role_id).join(
            RoleStage, RoleStage.id == Application.stage_id).where(
            RoleStage.name == "Screen", Application.deleted_at.is_(None))).first()
        title = s.get(Role, role_id).title
        rejected = pipeline.stage_named(s, role_id, "Rejected").id
    role_before = role_in_process(window, title)
    apply(window.undo_stack, MoveApplications(db, lambda: None, [app_id], stage_id=rejected,
                                              reason="Not enough depth"))
    assert in_process_in_file(db) == before - 1
    assert sidebar_badge(window, PIPELINE_ROW) == window.pipeline_page.count == before - 1
    assert role_in_process(window, title) == role_before - 1
    board = window.pipeline_page.board
    with db.reader() as s:
        in_file = [(c.name, c.count) for c in board_service.columns(s, board.filter)]
    assert [(c.name, c.count) for c in board.infos] == in_file  # the board as the file says
    window.undo_stack.undo()
    assert sidebar_badge(window, PIPELINE_ROW) == window.pipeline_page.count == before
    assert role_in_process(window, title) == role_before
    window.undo_stack.redo()
    assert sidebar_badge(window, PIPELINE_ROW) == before - 1


def test_an_edit_that_announces_itself_reaches_the_pages(window: MainWindow) -> None:
    db = window.db
    assert db is not None
    with db.session() as s:  # as a page's own write that is not an undo step
        app_id, role_id = s.execute(select(Application.id, Application.role_id).join(
            RoleStage, RoleStage.id == Application.stage_id).where(
            RoleStage.name == "Screen", Application.deleted_at.is_(None))).first()
        pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Withdrew").id,
                      reason="Took another offer")
    window.changes.changed(Change(frozenset((APPLICATION,))))
    assert sidebar_badge(window, PIPELINE_ROW) == in_process_in_file(db)
    with db.reader() as s:
        rows = listing.application_rows(s, [app_id])
    assert rows[app_id].stage == "Withdrew"
