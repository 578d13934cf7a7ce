"""The main window on real files: lists, search, sorting, navigation, switching files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hirefile import paths
from hirefile.domain import demo_desk
from hirefile.errors import StorageFailure
from hirefile.services import listing
from hirefile.services.files import create_file
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate
from hirefile.ui import file_dialogs, messages
from hirefile.ui.main_window import (
    PAGE_CANDIDATES,
    PAGE_HOME,
    PAGE_PIPELINE,
    PAGE_REPORTS,
    PAGE_ROLES,
    MainWindow,
)
from hirefile.ui.models.candidates import COL_NAME
from hirefile.ui.models.small import ROLE_COL_TITLE
from hirefile.ui.text import isolate
from hirefile.ui.widgets import StageChip

Opener = Callable[[Database], MainWindow]
DEMO_CANDIDATES = 300  # what the demo_db fixture holds


@pytest.fixture
def window(open_window: Opener, demo_db: Database) -> MainWindow:
    return open_window(demo_db)


def column_texts(model: Any, column: int, rows: int | None = None) -> list[str]:
    n = model.rowCount() if rows is None else min(rows, model.rowCount())
    return [model.index(r, column).data() for r in range(n)]


def test_title_names_the_file(window: MainWindow, demo_db: Database) -> None:
    assert window.windowTitle() == f"{demo_db.path.name} — Hirefile"
    assert window.form.fileName.text() == demo_db.path.name


def test_roles_view_lists_the_roles_of_the_file(window: MainWindow, demo_db: Database) -> None:
    with demo_db.reader() as s:
        titles = sorted(r.title for r in listing.role_rows(s))
    assert titles
    model = window.roles_page.table.model()
    assert model is window.roles_page.model
    assert sorted(column_texts(model, ROLE_COL_TITLE)) == titles
    assert window.roles_page.form.contentStack.currentWidget() is \
        window.roles_page.form.tablePage


def test_candidates_model_has_every_candidate(window: MainWindow, demo_db: Database) -> None:
    with demo_db.reader() as s:
        count = listing.candidate_count(s)
    assert count == DEMO_CANDIDATES
    assert window.candidates_page.model.rowCount() == count
    assert window.candidates_page.form.countLabel.text() == f"{count:,} candidates"


def test_sorting_by_name_in_the_view_sorts_in_sql_order(window: MainWindow,
                                                         demo_db: Database) -> None:
    with demo_db.reader() as s:
        keys = [(c.sort_name, c.id) for c in s.scalars(
            select(Candidate).where(Candidate.deleted_at.is_(None)))]
    model = window.candidates_page.model
    view = window.candidates_page.table

    view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    firsts = [model.index(r, COL_NAME).data(Qt.ItemDataRole.UserRole) for r in range(10)]
    by_name_desc = sorted(keys, key=lambda k: k[0], reverse=True)
    name_of = {i: n for n, i in keys}
    assert [name_of[i] for i in firsts] == [n for n, _ in by_name_desc[:10]]

    view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    firsts = [model.index(r, COL_NAME).data(Qt.ItemDataRole.UserRole) for r in range(10)]
    assert firsts == [i for _, i in sorted(keys)[:10]]
    assert view.horizontalHeader().sortIndicatorSection() == COL_NAME


def test_typing_in_search_narrows_the_list(qtbot: Any, window: MainWindow,
                                           demo_db: Database) -> None:
    with demo_db.reader() as s:
        names = [(c.id, c.full_name) for c in s.scalars(select(Candidate))]
    target_id, name = next((i, n) for i, n in names if n.isascii() and len(n) >= 6)
    page = window.candidates_page
    window.show_page(PAGE_CANDIDATES)
    qtbot.keyClicks(page.search_edit, name)
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < DEMO_CANDIDATES, timeout=3000)
    shown = {page.model.index(r, 0).data(Qt.ItemDataRole.UserRole)
             for r in range(page.model.rowCount())}
    assert target_id in shown
    assert "match" in page.form.countLabel.text()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == DEMO_CANDIDATES, timeout=3000)


def test_status_bar_shows_the_person(window: MainWindow) -> None:
    badge = window.person_badge
    assert badge.text() == "You: " + isolate("Amara Okafor")
    assert badge.isVisible() and badge.parent() is window.statusBar()
    assert "amara@example.com" in badge.toolTip()
    assert f"{DEMO_CANDIDATES:,} candidates" in window.counts_label.text()


def test_ctrl_number_switches_page(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.current_page == PAGE_HOME  # the first screen of an open file
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == PAGE_ROLES
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == PAGE_CANDIDATES
    assert window.form.navList.currentRow() == PAGE_CANDIDATES
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == PAGE_PIPELINE
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == PAGE_REPORTS
    assert window.form.navList.currentItem().text() == "Reports"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == PAGE_HOME


def test_pipeline_page_counts_stages_and_flags_waits(window: MainWindow) -> None:
    page = window.pipeline_page
    assert page.count > 0  # the badge is known before the page is ever shown
    assert page.model.rowCount() == 0  # but the table is read only when shown
    window.show_page(PAGE_PIPELINE)
    chips = {c.stage_name: c.count for c in page.form.stageStrip.findChildren(StageChip)}
    assert "Screen" in chips and sum(chips.values()) >= page.count > 0
    assert page.model.rowCount() == page.count
    assert page.form.roleCombo.count() == 1 + window.roles_page.count


def test_new_file_shows_the_welcome_and_its_button_opens_a_separate_demo_file(
        qtbot: Any, open_window: Opener, new_db: Database, identity: Identity,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_desk, "APP_CANDIDATES", 6)
    w = open_window(new_db)
    mine = new_db.path
    for page in (w.roles_page, w.candidates_page):
        assert page.form.contentStack.currentWidget() is page.form.emptyPage
        assert page.empty.form.titleLabel.text() == "Your hiring desk is empty"
        assert page.empty.form.bodyLabel.text() == (  # the demo in the Welcome's words
            "Try Hirefile in a separate demo file: realistic roles, candidates named "
            "in many scripts, interviews, scorecards and offers. This file stays as it is.")
        assert page.empty.action_button_visible
        assert page.empty.form.actionButton.text() == "Try the demo"
    w.show_page(PAGE_ROLES)
    empty = w.roles_page.empty
    qtbot.mouseClick(empty.form.actionButton, Qt.MouseButton.LeftButton)
    # the Welcome's message and moving bar, on the page that asked; the button waits
    assert empty.form.busyBar.isVisible() and not empty.form.actionButton.isEnabled()
    assert empty.form.statusLabel.text() == (
        f"Making a demo file with 6 candidates in {paths.data_dir()}…")
    demo = paths.data_dir() / "Demo.hirefile"
    qtbot.waitUntil(lambda: w.db is not None and w.db.path == demo, timeout=20000)
    assert w.candidates_page.total == 6  # the badge's count, read at once
    w.show_page(PAGE_CANDIDATES)  # the list, hidden, reads when shown
    assert w.candidates_page.model.rowCount() == 6
    assert w.candidates_page.form.contentStack.currentWidget() is \
        w.candidates_page.form.tablePage
    assert w.statusBar().currentMessage().startswith("Demo file opened: 6 candidates, ")
    with Database.open(mine, identity) as db, db.reader() as s:  # the founder's file: as it was
        assert listing.candidate_count(s) == 0
    assert QApplication.overrideCursor() is None


def test_try_the_demo_on_an_empty_page_says_why_it_failed_and_keeps_the_file(
        qtbot: Any, open_window: Opener, new_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.services import demo

    def refused(path: Path, identity: Identity, *, candidates: int) -> dict[str, int]:
        raise StorageFailure(f"The disk is full: could not write {path}")

    monkeypatch.setattr(demo, "new_demo_file", refused)
    w = open_window(new_db)
    w.show_page(PAGE_CANDIDATES)
    empty = w.candidates_page.empty
    qtbot.mouseClick(empty.form.actionButton, Qt.MouseButton.LeftButton)
    target = paths.data_dir() / "Demo.hirefile"
    qtbot.waitUntil(lambda: empty.form.actionButton.isEnabled(), timeout=20000)
    assert empty.form.statusLabel.text() == (
        f"Could not make the demo file: The disk is full: could not write {target}")
    assert not empty.form.busyBar.isVisible()
    assert w.db is not None and w.db.path == new_db.path
    assert w.candidates_page.form.contentStack.currentWidget() is \
        w.candidates_page.form.emptyPage


def test_pipeline_table_at_1024_shows_whole_role_titles_and_sizes_the_rest_to_content(
        qtbot: Any, open_window: Any, demo_db: Database) -> None:
    from PySide6.QtGui import QFontMetrics

    from hirefile.ui.models.applications import COL_CANDIDATE, COL_DAYS, COL_ROLE, COL_STAGE
    from hirefile.ui.models.columns import bold_font
    from hirefile.ui.pages.pipeline import CELL_PAD, ROLE_LEAST, TABLE

    w = open_window(demo_db, (1024, 700))
    w.show_page(PAGE_PIPELINE)
    page = w.pipeline_page
    page.set_mode(TABLE)
    view, model = page.table, page.model
    fm, bold = view.fontMetrics(), QFontMetrics(bold_font())
    assert model.rowCount() > 0
    shown = range(max(view.rowAt(0), 0), view.rowAt(view.viewport().height() - 1))
    roles = {model.index(r, COL_ROLE).data() for r in shown}
    assert roles and view.columnWidth(COL_ROLE) >= fm.horizontalAdvance(ROLE_LEAST) + CELL_PAD
    for title in roles:  # each role title on screen fits whole, and its tooltip says it
        assert fm.horizontalAdvance(title) + CELL_PAD <= view.columnWidth(COL_ROLE), title
    row = next(r for r in shown if model.index(r, COL_ROLE).data())
    assert model.index(row, COL_ROLE).data(Qt.ItemDataRole.ToolTipRole) == \
        model.index(row, COL_ROLE).data()
    stages = [c.stage_name for c in page.form.stageStrip.findChildren(StageChip)]
    assert all(fm.horizontalAdvance(s) < view.columnWidth(COL_STAGE) for s in stages)
    assert view.columnWidth(COL_STAGE) < 160 and view.columnWidth(COL_DAYS) < 160  # to content
    names = [model.index(r, COL_CANDIDATE).data() for r in shown]
    short = [n for n in names if bold.horizontalAdvance(n) < 180]
    assert short and all(bold.horizontalAdvance(n) < view.columnWidth(COL_CANDIDATE)
                         for n in short)
    w.resize(1600, 860)  # wider: Role takes what the others leave, no scrolling
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0, timeout=3000)
    assert view.columnWidth(COL_ROLE) > fm.horizontalAdvance(ROLE_LEAST) + CELL_PAD


def test_new_switches_to_a_new_file_and_releases_the_old(
        window: MainWindow, tmp_path: Path, identity: Identity,
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = window.db.path
    target = tmp_path / "Second"
    monkeypatch.setattr(file_dialogs, "ask_new_file", lambda parent, folder: target.with_suffix(
        ".hirefile"))
    window.form.actionNew.trigger()
    assert window.db.path == tmp_path / "Second.hirefile"
    assert window.windowTitle() == "Second.hirefile — Hirefile"
    assert window.roles_page.form.contentStack.currentWidget() is \
        window.roles_page.form.emptyPage
    Database.open(old, identity).close()  # the old file's lock was released
    assert str(old.resolve()) in Settings().recent_files


def test_open_switches_file_and_releases_the_old(
        window: MainWindow, tmp_path: Path, identity: Identity,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = create_file(tmp_path / "Other.hirefile", identity)
    other.close()
    old = window.db.path
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda parent, folder: other.path)
    window.form.actionOpen.trigger()
    assert window.db.path == other.path
    assert window.candidates_page.total == 0
    Database.open(old, identity).close()
    recent = [a.text() for a in window.form.menuOpenRecent.actions()]
    assert any(t.startswith(old.name) for t in recent)


def test_opening_a_foreign_file_explains_and_keeps_the_current(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    foreign = tmp_path / "notes.hirefile"
    foreign.write_text("shopping list\n", encoding="utf-8")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda parent, folder: foreign)
    monkeypatch.setattr(messages, "show_problem",
                        lambda parent, title, text: shown.append((title, text)))
    before = window.db
    window.form.actionOpen.trigger()
    assert len(shown) == 1 and "notes.hirefile" in shown[0][0]
    assert "notes.hirefile" in shown[0][1]
    assert window.db is before and window.windowTitle().startswith("Demo.hirefile")
    assert window.candidates_page.total == DEMO_CANDIDATES


def test_recent_menu_greys_out_missing_files(window: MainWindow, tmp_path: Path) -> None:
    gone = tmp_path / "Gone.hirefile"
    window.settings.add_recent(gone)
    window.form.menuOpenRecent.aboutToShow.emit()
    entry = next(a for a in window.form.menuOpenRecent.actions()
                 if a.text().startswith("Gone.hirefile"))
    assert not entry.isEnabled() and "missing" in entry.text()


def test_save_a_copy_writes_an_openable_file(window: MainWindow, tmp_path: Path,
                                             identity: Identity,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "copies" / "Backup.hirefile"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_copy_target", lambda parent, suggested: target)
    window.form.actionSaveCopy.trigger()
    with Database.open(target, identity, write=False) as copy, copy.reader() as s:
        assert listing.candidate_count(s) == DEMO_CANDIDATES


def test_about_names_version_format_and_uuid(window: MainWindow,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_about", lambda parent, html: shown.append(html))
    window.form.actionAbout.trigger()
    assert window.db is not None and window.db.file_uuid in shown[0]
    assert "File format" in shown[0] and str(window.db.path) in shown[0]


def test_closing_the_window_closes_the_file(window: MainWindow, identity: Identity) -> None:
    path = window.db.path
    window.close()
    assert window.db is None
    Database.open(path, identity).close()


def test_heartbeat_refreshes_the_lock_note(window: MainWindow) -> None:
    assert window._heartbeat.isActive() and window._heartbeat.interval() == 60_000
    lock = window.db.lock
    before = lock.presence.heartbeat
    window._heartbeat.timeout.emit()
    assert lock.presence.heartbeat >= before


def test_models_pass_the_model_tester(qtmodeltester: Any, window: MainWindow) -> None:
    qtmodeltester.check(window.candidates_page.model)
    qtmodeltester.check(window.roles_page.model)
    qtmodeltester.check(window.pipeline_page.model)
    qtmodeltester.check(window.offers_page.model)


def test_big_list_fetches_only_the_pages_on_screen(
        qtbot: Any, open_window: Opener, tmp_path: Path, identity: Identity,
        monkeypatch: pytest.MonkeyPatch, add_candidates: Callable[..., None]) -> None:
    db = create_file(tmp_path / "Big.hirefile", identity)
    add_candidates(db, 5000, with_roles=False)
    calls: list[int] = []
    real = listing.candidate_rows

    def counting(session: Any, ids: Any) -> Any:
        calls.append(len(ids))
        return real(session, ids)

    monkeypatch.setattr(listing, "candidate_rows", counting)
    w = open_window(db)
    w.show_page(PAGE_CANDIDATES)
    page = w.candidates_page
    qtbot.waitUntil(lambda: len(calls) >= 2)
    QApplication.processEvents()
    assert page.model.rowCount() == 5000
    size = page.model.PAGE_SIZE
    # the page of the rows on screen, then (the frame painted) the next one, read ahead
    assert calls == [size, size]
    assert page.model.cached_pages == [0, 1]
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(calls) >= 3)
    QApplication.processEvents()
    assert calls == [size] * 3  # the last page; nothing lies ahead of it
    assert page.model.cached_pages == [0, 1, 5000 // size - 1]

    # a screenful a frame, down then up: each frame finds its rows read already (the page
    # ahead is read after the frame before it), and only the pages near the screen are kept
    table, bar = page.table, page.table.verticalScrollBar()
    read_while_painting: list[int] = []
    for value in [*range(0, 12 * bar.pageStep(), bar.pageStep()),
                  *range(12 * bar.pageStep(), 0, -bar.pageStep())]:
        before = len(calls)
        bar.setValue(value)
        table.viewport().repaint()
        read_while_painting.append(len(calls) - before)
        QApplication.processEvents()  # idle: the page ahead is read
    assert table.indexAt(table.viewport().rect().topLeft()).row() == bar.pageStep()
    assert sum(read_while_painting[1:]) == 0 and len(calls) > 4
    assert len(page.model.cached_pages) <= page.model.MAX_PAGES
