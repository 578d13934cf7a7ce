"""Closing a candidate's record goes back to the list as it was: the list keeps its model
and reads again only when the file changed while the record was open (at 50,000 candidates
re-reading it took ~650 ms on every close)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from hirefile.services import listing, pipeline
from hirefile.storage.database import Database
from hirefile.storage.models import Application, RoleStage
from hirefile.ui.commands.base import apply
from hirefile.ui.commands.candidates import MoveApplications
from hirefile.ui.main_window import PAGE_CANDIDATES, MainWindow
from hirefile.ui.models.candidates import COL_LOCATION, COL_NAME, COL_ROLES
from hirefile.ui.widgets import COUNT_ROLE


@pytest.fixture
def window(open_window: Any, demo_db: Database) -> MainWindow:
    w: MainWindow = open_window(demo_db, (1024, 700))
    w.show_page(PAGE_CANDIDATES)
    return w


def resets(model: Any) -> list[int]:
    seen: list[int] = []
    model.modelReset.connect(lambda: seen.append(1))
    return seen


def test_closing_a_record_with_nothing_changed_reads_nothing_and_selects_the_candidate(
        qtbot: Any, window: MainWindow) -> None:
    page = window.candidates_page
    row = page.model.rowCount() - 3
    cid = page.model.id_at(row)
    seen = resets(page.model)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, COL_NAME))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.record_open and page.record.candidate_id == cid
    qtbot.keyClick(page.record.form.backButton, Qt.Key.Key_Escape)
    assert not page.record_open
    assert seen == []  # the list kept its model: no re-read
    assert page.selected_ids() == [cid]
    assert page.model.id_at(page.table.currentIndex().row()) == cid
    assert page.table.viewport().rect().intersects(
        page.table.visualRect(page.model.index(row, COL_NAME)))  # scrolled to, on screen


def test_an_edit_in_the_record_shows_in_the_list_after_closing_and_undo_too(
        qtbot: Any, window: MainWindow, demo_db: Database) -> None:
    page = window.candidates_page
    cid = page.model.id_at(0)
    seen = resets(page.model)
    assert page.open_candidate(cid)
    page.record.record_form.form.locationEdit.setText("Zürich — 苏黎世")
    assert page.record.save()
    assert seen == [] and page.list_stale  # hidden behind the record, the list waits
    page.close_record()
    assert len(seen) == 1 and not page.list_stale  # read once, on the way back
    row = page.model.row_of(cid)
    assert row is not None and page.selected_ids() == [cid]
    assert page.model.index(row, COL_LOCATION).data() == "Zürich — 苏黎世"
    window.action_undo.trigger()  # with the list shown, the change reads it at once
    assert len(seen) == 2
    with demo_db.reader() as s:
        before = listing.candidate_rows(s, [cid])[cid].location
    assert page.model.index(page.model.row_of(cid), COL_LOCATION).data() == before
    assert page.selected_ids() == [cid]


def test_a_candidate_added_from_the_record_counts_at_once_and_is_listed_on_closing(
        window: MainWindow, demo_db: Database) -> None:
    page = window.candidates_page
    before = page.total
    assert page.add_candidate()
    page.record.record_form.form.nameEdit.setText("Ngozi Okonkwo-Adeyemi")
    assert page.record.save()
    assert page.record_open
    assert page.total == before + 1  # badge and status bar while the record is open
    assert window.form.navList.item(PAGE_CANDIDATES).data(COUNT_ROLE) == before + 1
    assert f"{before + 1:,} candidates" in window.counts_label.text()
    cid = page.record.candidate_id
    page.close_record()
    assert page.model.row_of(cid) is not None and page.selected_ids() == [cid]
    assert page.model.rowCount() == before + 1


def test_a_move_keeps_the_list_and_its_row_shows_the_new_stage_and_undo_the_old(
        window: MainWindow, demo_db: Database) -> None:
    """A move touches no candidate: the same people in the same order, so the list keeps its
    ids and counts and reads only the rows on screen again."""
    page = window.candidates_page
    with demo_db.reader() as s:
        app_id, role_id, cid = s.execute(
            select(Application.id, Application.role_id, Application.candidate_id)
            .join(RoleStage, RoleStage.id == Application.stage_id)
            .where(RoleStage.name == "Screen", Application.deleted_at.is_(None))).first()
        rejected = pipeline.stage_named(s, role_id, "Rejected").id
    row = page.model.row_of(cid)
    assert row is not None
    page.table.selectRow(row)
    page.table.scrollTo(page.model.index(row, COL_NAME))
    before = page.model.index(row, COL_ROLES).data()
    seen, ids = resets(page.model), page.listed_ids()
    apply(window.undo_stack, MoveApplications(demo_db, lambda: None, [app_id],
                                              stage_id=rejected, reason="Not enough depth"))
    assert seen == [] and page.listed_ids() == ids and page.selected_ids() == [cid]
    page.table.viewport().repaint()
    assert "Rejected" in page.model.index(row, COL_ROLES).data(Qt.ItemDataRole.ToolTipRole)
    window.action_undo.trigger()
    assert seen == [] and page.model.index(row, COL_ROLES).data() == before
