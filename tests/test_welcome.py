"""The Welcome: what a new, empty file shows on Home (and File → Welcome… at any time): the
recent files (a missing one marked and removable, Enter opening one), New, Open, Try the demo
(a new file in the data folder, never the open one), the first steps; and a file opened from
Finder (macOS's QFileOpenEvent) before and after the window exists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from a11y_walk import unnamed
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFileOpenEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget
from sqlalchemy import func, select

from hirefile import paths
from hirefile.domain import demo_desk
from hirefile.domain.candidates import CandidateDraft
from hirefile.services.files import create_file
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate
from hirefile.ui import file_dialogs, open_events
from hirefile.ui.commands.base import apply, through_changes
from hirefile.ui.commands.candidates import CreateCandidate
from hirefile.ui.main_window import PAGE_ROLES, MainWindow

SIZE = (1024, 700)


def rows(tree: QTreeWidget) -> list[list[str]]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [[item.text(c) for c in range(3)] for item in items if item is not None]


def candidates_in(path: Path, identity: Identity) -> int:
    db = Database.open(path, identity, write=False)
    try:
        with db.reader() as s:
            return s.scalar(select(func.count()).select_from(Candidate)) or 0
    finally:
        db.close()


@pytest.fixture
def other(tmp_path: Path, identity: Identity) -> Path:
    """Another hiring file on this computer, in the recent files."""
    db = create_file(tmp_path / "Other.hirefile", identity)
    db.close()
    return db.path


@pytest.fixture
def remembered(other: Path, tmp_path: Path) -> Path:
    """Recent files: one gone from its folder, then `other`; returns the missing one."""
    gone = tmp_path / "gone" / "Old plan.hirefile"
    settings = Settings()
    settings.add_recent(gone)
    settings.add_recent(other)
    return gone


def test_a_new_file_shows_the_welcome_and_a_file_with_people_does_not(
        open_window: Any, new_db: Database, identity: Identity) -> None:
    w: MainWindow = open_window(new_db, SIZE)
    home, form = w.home_page, w.home_page.welcome.form
    assert home.welcome.isVisible() and not home.cards_area.isVisible()
    assert form.titleLabel.text() == "Hirefile" and "hiring desk" in form.taglineLabel.text()
    assert [b.text() for b in (form.roleButton, form.candidateButton, form.demoButton,
                               form.newButton, form.openButton)] == [
        "Start with a role…", "Add candidates…", "Try the demo", "New file…", "Open file…"]
    assert form.recentEmpty.isVisible() and not form.recentList.isVisible()  # none yet
    assert unnamed(home) == []  # a screen reader can name every control of the panel
    apply(w.undo_stack, CreateCandidate(new_db, through_changes,
                                        CandidateDraft(full_name="Ngozi Eze")))
    assert not home.welcome.isVisible() and home.cards_area.isVisible()


def test_tab_reaches_every_control_of_the_welcome(open_window: Any, new_db: Database,
                                                 other: Path, remembered: Path,
                                                 qtbot: Any) -> None:
    from test_accessibility import tab_round

    w: MainWindow = open_window(new_db, SIZE)
    form = w.home_page.welcome.form
    visited, traps = tab_round(w, qtbot)
    assert traps == []
    assert [c for c in (form.roleButton, form.candidateButton, form.demoButton, form.newButton,
                        form.openButton, form.recentList, form.openRecentButton,
                        form.removeButton) if c not in visited] == []


def test_a_file_with_roles_shows_its_cards_not_the_welcome(
        open_window: Any, demo_db: Database) -> None:
    w: MainWindow = open_window(demo_db, SIZE)
    assert w.home_page.cards_area.isVisible() and w.home_page.welcome is None  # not even made


def test_recent_files_are_listed_a_missing_one_greyed_not_found_and_removable(
        open_window: Any, new_db: Database, other: Path, remembered: Path,
        qtbot: Any) -> None:
    w: MainWindow = open_window(new_db, SIZE)
    panel = w.home_page.welcome
    tree = panel.form.recentList
    shown = rows(tree)  # newest first; the open file is not listed
    assert [r[:2] for r in shown] == [["Other.hirefile", str(other.parent)],
                                      ["Old plan.hirefile", str(remembered.parent)]]
    assert shown[0][2].startswith("Today ") and shown[1][2] == "not found"
    missing = tree.topLevelItem(1)
    assert missing is not None
    grey = panel.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert missing.foreground(0).color() == grey
    assert missing.data(0, Qt.ItemDataRole.AccessibleTextRole).endswith("not found")
    tree.setFocus()
    tree.setCurrentItem(missing)
    assert not panel.form.openRecentButton.isEnabled()
    QTest.keyClick(tree, Qt.Key.Key_Return)  # not opened: said why
    assert w.db is new_db and "Old plan.hirefile is not in" in panel.form.statusLabel.text()
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert [r[0] for r in rows(tree)] == ["Other.hirefile"]
    assert str(remembered) not in Settings().recent_files  # kept off the list
    assert str(other.resolve()) in Settings().recent_files


def test_enter_on_a_recent_file_opens_it(open_window: Any, new_db: Database, other: Path,
                                         remembered: Path, qtbot: Any) -> None:
    w: MainWindow = open_window(new_db, SIZE)
    tree = w.home_page.welcome.form.recentList
    tree.setFocus()
    assert tree.currentItem() is not None and tree.currentItem().text(0) == "Other.hirefile"
    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert w.db is not None and w.db.path == other
    assert w.windowTitle() == "Other.hirefile — Hirefile"
    # the file left is now the first recent file, and the open one is not listed
    assert rows(w.home_page.welcome.form.recentList)[0][0] == "Hiring.hirefile"


def test_new_and_open_file_from_the_welcome(open_window: Any, new_db: Database, other: Path,
                                            tmp_path: Path, qtbot: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    w: MainWindow = open_window(new_db, SIZE)
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda parent, folder: other)
    qtbot.mouseClick(w.home_page.welcome.form.openButton, Qt.MouseButton.LeftButton)
    assert w.db is not None and w.db.path == other
    made = tmp_path / "Fresh.hirefile"
    monkeypatch.setattr(file_dialogs, "ask_new_file", lambda parent, folder: made)
    qtbot.mouseClick(w.home_page.welcome.form.newButton, Qt.MouseButton.LeftButton)
    assert w.db is not None and w.db.path == made and w.home_page.welcome.isVisible()


def test_the_welcome_works_while_home_is_shown_alone_at_start_up(
        qtbot: Any, new_db: Database, identity: Identity, other: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    recent = Settings()
    recent.add_recent(other)
    recent.add_recent(new_db.path)  # the file opened last, as at every start
    w = MainWindow(new_db, Settings(), identity, lazy=True)  # as `run` starts: Home alone
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert not w.built and w.home_page.welcome is not None
    assert w.home_page.welcome.isVisible()
    # the open file is not among the recent ones, from the first frame on
    assert [r[0] for r in rows(w.home_page.welcome.form.recentList)] == ["Other.hirefile"]
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda parent, folder: other)
    qtbot.mouseClick(w.home_page.welcome.form.openButton, Qt.MouseButton.LeftButton)
    assert w.built and w.db is not None and w.db.path == other


def test_try_the_demo_makes_a_new_file_in_the_data_folder_and_opens_it(
        open_window: Any, new_db: Database, identity: Identity, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_desk, "APP_CANDIDATES", 6)
    w: MainWindow = open_window(new_db, SIZE)
    form = w.home_page.welcome.form
    mine = new_db.path
    assert form.demoHint.text() == (  # in the words `hirefile demo` is described in
        "A new file in your data folder: realistic roles, 6 candidates named in many "
        "scripts, interviews, scorecards and offers. This file stays as it is.")
    qtbot.mouseClick(form.demoButton, Qt.MouseButton.LeftButton)
    assert form.busyBar.isVisible() and not form.demoButton.isEnabled()  # working, not frozen
    assert form.statusLabel.text() == (
        f"Making a demo file with 6 candidates in {paths.data_dir()}…")
    demo = paths.data_dir() / "Demo.hirefile"
    qtbot.waitUntil(lambda: w.db is not None and w.db.path == demo, timeout=20000)
    assert w.candidates_page.total == 6
    assert w.home_page.cards_area.isVisible() and not w.home_page.welcome.isVisible()
    assert w.statusBar().currentMessage().startswith("Demo file opened: 6 candidates, ")
    assert candidates_in(mine, identity) == 0  # the file that was open is as it was
    w.welcome.show_dialog()  # again: a second demo file beside the first, opened
    assert w.welcome.dialog is not None
    qtbot.mouseClick(w.welcome.dialog.panel.form.demoButton, Qt.MouseButton.LeftButton)
    second = paths.data_dir() / "Demo (2).hirefile"
    qtbot.waitUntil(lambda: w.db is not None and w.db.path == second, timeout=20000)
    assert not w.welcome.dialog.isVisible()


def test_file_welcome_shows_the_panel_in_a_dialog(open_window: Any, demo_db: Database,
                                                  other: Path, remembered: Path,
                                                  qtbot: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.domain.templates import TEMPLATES
    from hirefile.ui.roles import workspace

    w: MainWindow = open_window(demo_db, SIZE)
    action = next(a for a in w.form.menuFile.actions() if a.text() == "Welcome…")
    assert w.form.menuFile.actions()[0] is action
    action.trigger()
    dialog = w.welcome.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    tree = dialog.panel.form.recentList
    assert [r[0] for r in rows(tree)] == ["Other.hirefile", "Old plan.hirefile"]
    monkeypatch.setattr(workspace.TemplateDialog, "ask",
                        classmethod(lambda cls, parent: TEMPLATES[0]))
    roles = w.roles_page.count
    qtbot.mouseClick(dialog.panel.form.roleButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert w.current_page == PAGE_ROLES and w.roles_page.count == roles + 1
    action.trigger()
    qtbot.waitUntil(tree.hasFocus)  # the list has the keyboard
    assert tree.currentItem() is not None
    QTest.keyClick(tree, Qt.Key.Key_Return)  # Enter opens the file, not a dialog button
    assert w.db is not None and w.db.path == other and not dialog.isVisible()


@pytest.fixture
def finder(qapp: Any) -> Any:
    opened = open_events.install(qapp)
    yield opened
    opened.uninstall()
    opened.deleteLater()


def test_a_file_opened_from_finder_before_the_window_is_the_start_file(
        finder: Any, other: Path) -> None:
    QCoreApplication.postEvent(QCoreApplication.instance(), QFileOpenEvent(str(other)))
    QCoreApplication.processEvents()
    assert finder.pending == other
    assert finder.start_file(None, None) == (other, None)
    assert finder.pending is None
    QCoreApplication.postEvent(QCoreApplication.instance(), QFileOpenEvent(str(other)))
    QCoreApplication.processEvents()
    named = Path("named.hirefile")  # a file named on the command line comes first
    assert finder.start_file(named, None) == (named, None)


def test_a_file_opened_from_finder_later_opens_in_the_window(
        finder: Any, open_window: Any, new_db: Database, other: Path, qtbot: Any) -> None:
    w: MainWindow = open_window(new_db, SIZE)
    finder.attach(w)
    QCoreApplication.postEvent(QCoreApplication.instance(), QFileOpenEvent(str(other)))
    qtbot.waitUntil(lambda: w.db is not None and w.db.path == other)
    assert w.windowTitle() == "Other.hirefile — Hirefile"


def test_a_demo_file_that_cannot_be_made_is_said_and_the_open_file_stays(
        open_window: Any, new_db: Database, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.errors import StorageFailure
    from hirefile.services import demo

    def full_disk(path: Path, identity: Identity, *, candidates: int) -> dict[str, int]:
        raise StorageFailure("The disk is full: free some space and try again")

    monkeypatch.setattr(demo, "new_demo_file", full_disk)
    w: MainWindow = open_window(new_db, SIZE)
    form = w.home_page.welcome.form
    qtbot.mouseClick(form.demoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.demoButton.isEnabled())
    assert form.statusLabel.text() == (
        "Could not make the demo file: The disk is full: free some space and try again")
    assert w.db is new_db and not form.busyBar.isVisible()


def test_settings_keep_when_each_recent_file_was_last_opened(tmp_path: Path) -> None:
    one, two = tmp_path / "One.hirefile", tmp_path / "Two.hirefile"
    settings = Settings()
    settings.add_recent(one)
    settings.add_recent(two)
    again = Settings()  # read back from the settings file
    first = again.opened_at(str(one.resolve()))
    assert first is not None and first.tzinfo is not None
    assert again.opened_at(str(two.resolve())) is not None
    again.remove_recent(one)
    assert Settings().opened_at(str(one.resolve())) is None
    assert Settings().opened_at("never opened") is None


def test_a_file_from_finder_waits_for_a_dialog_on_the_open_file(
        finder: Any, open_window: Any, new_db: Database, other: Path, qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialog

    w: MainWindow = open_window(new_db, SIZE)
    finder.attach(w)
    busy = QDialog(w)
    busy.setModal(True)
    busy.show()
    qtbot.waitUntil(lambda: busy.isVisible())
    finder.open_now(other)
    assert w.db is new_db
    assert w.statusBar().currentMessage() == (
        "Finish or close the dialog first, then open \u2068Other.hirefile\u2069 again")
    busy.close()
    w.welcome.show_dialog()  # the Welcome gives way
    finder.open_now(other)
    assert w.db is not None and w.db.path == other and not w.welcome.dialog.isVisible()
