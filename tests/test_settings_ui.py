"""Edit → Settings… in the window: opened with Ctrl+, and listed among the shortcuts; the days
before a card counts as waiting changed there re-colour the board, the pipeline table and
Home's "Waiting too long" at once, without opening the file again; a value not allowed is said
under its field and nothing is kept; Cancel forgets; the "This file" page shows the open
file's own currency, time zone and retention rule."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from hirefile import paths
from hirefile.services import company, dashboard
from hirefile.settings import NEW_FILE_TIME_ZONE, WAITING_DAYS, Settings
from hirefile.storage.database import Database
from hirefile.ui import settings_dialog, theme
from hirefile.ui.board.model import WAITING_ROLE
from hirefile.ui.main_window import PAGE_HOME, PAGE_PIPELINE, MainWindow
from hirefile.ui.models.applications import COL_DAYS
from hirefile.ui.pages.pipeline import BOARD, TABLE
from hirefile.ui.settings_dialog import (
    APPEARANCE_PAGE,
    BACKUPS,
    NEW_FILES,
    THIS_FILE,
    SettingsDialog,
)
from hirefile.ui.shortcuts import shortcut_rows

SIZE = (1024, 700)


def waiting_total(db: Database, days: int) -> int:
    with db.reader() as s:
        return dashboard.read(s, db.identity.person_id, waiting_days=days).waiting.total


def open_settings(w: MainWindow, qtbot: Any) -> SettingsDialog:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    QTest.keyClick(w, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = w._settings_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def board_waiting(w: MainWindow) -> dict[str, bool]:
    """Every loaded card of the board: waiting or not."""
    out = {}
    for column in w.pipeline_page.board.columns:
        model = column.model
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            out[model.ids[row]] = bool(index.data(WAITING_ROLE))
    return out


def test_ctrl_comma_opens_settings_and_the_shortcuts_list_names_it(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db, SIZE)
    dialog = open_settings(w, qtbot)
    assert dialog.isVisible() and dialog.windowTitle() == "Settings"
    assert [dialog.form.pageList.item(r).text() for r in range(dialog.form.pageList.count())] \
        == ["You", "Pipeline", "Backups", "New files", "This file", "Appearance"]
    assert dialog.form.nameEdit.text() == "Amara Okafor"
    assert ("Edit", "Settings…", "Ctrl+,") in [tuple(r) for r in shortcut_rows(w)]
    assert w.action_settings.menuRole() == w.action_settings.MenuRole.PreferencesRole
    assert open_settings(w, qtbot) is dialog  # one settings window, brought up again


def test_waiting_days_changed_in_settings_recolour_board_table_and_home(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db, SIZE)
    home = w.home_page
    week, month = waiting_total(demo_db, 7), waiting_total(demo_db, 30)
    assert week > month > 0
    assert home.cards["waiting"].count.text() == f"{week:,}"
    assert home.cards["waiting"].hint.text() == "More than 7 days in one stage without a move"
    w.show_page(PAGE_PIPELINE)
    page = w.pipeline_page
    page.set_mode(BOARD)
    qtbot.waitUntil(lambda: bool(page.board.infos))
    before = board_waiting(w)
    w.show_page(PAGE_HOME)
    reads = home.reads

    dialog = open_settings(w, qtbot)
    dialog.show_page(1)
    dialog.form.waitingSpin.setValue(30)
    ok = dialog.form.buttonBox.button(dialog.form.buttonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert Settings().waiting_days == 30  # kept for the next start and the CLI

    assert home.reads == reads + 1  # read once, on the window's notification
    assert home.cards["waiting"].count.text() == f"{month:,}"
    assert home.cards["waiting"].hint.text() == "More than 30 days in one stage without a move"
    assert home.cards["waiting"].rows and all(
        int(row.when.text().split()[0].replace(",", "")) > 30
        for row in home.cards["waiting"].rows)

    w.show_page(PAGE_PIPELINE)
    qtbot.waitUntil(lambda: bool(page.board.infos))
    after = board_waiting(w)
    no_longer = {app for app, waiting in before.items() if waiting and not after.get(app)}
    assert no_longer and not {app for app, waiting in after.items()
                              if waiting and not before.get(app)}
    app = next(iter(no_longer))
    column = next(c for c in page.board.columns if app in c.model.ids)
    tip = column.model.index(column.model.ids.index(app), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "waiting" not in tip

    page.set_mode(TABLE)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    shown = [model.index(r, COL_DAYS).data() for r in range(min(model.rowCount(), 60))]
    flagged = [text for text in shown if text and text.startswith("⚠")]
    assert flagged and all(int(text.split()[1].replace(",", "")) > 30 for text in flagged)


def test_a_value_not_allowed_is_said_under_its_field_and_nothing_is_kept(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db, SIZE)
    dialog = open_settings(w, qtbot)
    f = dialog.form
    dialog.show_page(NEW_FILES)
    f.timeZoneEdit.setFocus()
    qtbot.waitUntil(f.timeZoneEdit.hasFocus)
    f.timeZoneEdit.setText("Mars/Olympus")  # typed (keys would open the zones' completer)
    QTest.keyClick(f.timeZoneEdit, Qt.Key.Key_Tab)  # leaving the field checks it
    assert dialog.error_text(NEW_FILE_TIME_ZONE).startswith("“Mars/Olympus” is not a time zone")
    dialog.show_page(BACKUPS)
    f.recentSpin.setValue(3)
    apply = f.buttonBox.button(f.buttonBox.StandardButton.Apply)
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert f.pages.currentIndex() == NEW_FILES and f.timeZoneEdit.hasFocus()
    assert not paths.settings_path().read_text().count("keep_recent")  # nothing kept
    f.timeZoneEdit.setText("Asia/Kolkata")
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert dialog.error_text(NEW_FILE_TIME_ZONE) == "" and dialog.isVisible()
    kept = Settings()
    assert kept.value(NEW_FILE_TIME_ZONE) == "Asia/Kolkata"
    assert json.loads(paths.settings_path().read_text())["backups.keep_recent"] == 3

    f.nameEdit.setText("  ")
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert f.pages.currentIndex() == 0 and not f.nameError.isHidden()
    cancel = f.buttonBox.button(f.buttonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # forgets what was typed
    assert Settings().identity.name == "Amara Okafor"  # type: ignore[union-attr]
    assert open_settings(w, qtbot).form.nameEdit.text() == "Amara Okafor"


def test_a_damaged_stored_value_is_said_and_its_default_shown(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    kept = json.loads(paths.settings_path().read_text())
    paths.settings_path().write_text(json.dumps({**kept, "waiting_days": "a week"}))
    w: MainWindow = open_window(demo_db, SIZE)
    dialog = open_settings(w, qtbot)
    assert dialog.form.waitingSpin.value() == 7
    assert dialog.error_text(WAITING_DAYS).startswith(
        "Days before a card counts as waiting: “a week” in the settings file is not allowed")


def test_this_file_page_shows_the_files_own_values_and_backups_can_be_made(
        open_window: Any, demo_db: Database, qtbot: Any, monkeypatch: Any) -> None:
    w: MainWindow = open_window(demo_db, SIZE)
    dialog = open_settings(w, qtbot)
    f = dialog.form
    dialog.show_page(THIS_FILE)
    with demo_db.reader() as s:
        profile = company.company(s)
    assert f.fileCurrencyValue.text() == profile.default_currency == "EUR"
    for value in (f.fileCurrencyValue, f.fileTimeZoneValue, f.fileRetentionValue):
        assert isinstance(value, QLabel) and value.text()  # shown, nothing to type in
        assert value.property("role") == "value"  # the theme's read-only text, light or dark
        assert value.accessibleName().endswith("of this file")
    assert demo_db.path.name in f.thisFileHint.text()
    assert f.companyButton.isEnabled() and f.privacyButton.isEnabled()
    dialog.show_page(BACKUPS)
    qtbot.mouseClick(f.backUpNowButton, Qt.MouseButton.LeftButton)
    assert f.backupStatus.text().startswith(f"Backed up {demo_db.path.name} at ")
    opened = []
    monkeypatch.setattr(settings_dialog, "open_folder", lambda folder: opened.append(folder)
                        or True)
    qtbot.mouseClick(f.openBackupsButton, Qt.MouseButton.LeftButton)
    assert opened and opened[0].is_dir() and any(opened[0].iterdir())


def test_appearance_chosen_in_settings_repaints_the_window_and_the_view_menu_agrees(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db, SIZE)
    dialog = open_settings(w, qtbot)
    f = dialog.form
    dialog.show_page(APPEARANCE_PAGE)
    assert f.appearanceSystem.isChecked() and f.appearanceSystem.isVisible()
    window_before = w.palette().color(QPalette.ColorRole.Window).lightness()
    try:
        f.appearanceDark.click()
        assert w.palette().color(QPalette.ColorRole.Window).lightness() == window_before
        qtbot.mouseClick(f.buttonBox.button(QDialogButtonBox.StandardButton.Apply),
                         Qt.MouseButton.LeftButton)
        assert w.palette().color(QPalette.ColorRole.Window).lightness() < 80 < window_before
        assert Settings(paths.settings_path()).appearance == "dark"
        checked = [a.data() for a in w.appearance_menu.actions() if a.isChecked()]
        assert checked == ["dark"]
        w.appearance_menu.actions()[1].trigger()  # View → Appearance → Light
        dialog.load()
        assert f.appearanceLight.isChecked() and not f.appearanceDark.isChecked()
        assert w.palette().color(QPalette.ColorRole.Window).lightness() > 200
    finally:
        theme.use("system")


def test_every_page_is_named_for_a_screen_reader_and_tab_goes_round_it(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    from a11y_walk import unnamed
    from test_accessibility import unreached

    w: MainWindow = open_window(demo_db, SIZE)
    dialog = open_settings(w, qtbot)
    problems = {}
    for row in range(dialog.form.pageList.count()):
        dialog.show_page(row)
        qtbot.wait(10)
        if found := unnamed(dialog) + unreached(dialog, qtbot):
            problems[dialog.form.pageList.item(row).text()] = found
    assert problems == {}


def test_a_new_file_opened_meanwhile_shows_the_currency_new_files_start_with(
        open_window: Any, demo_db: Database, qtbot: Any, tmp_path: Any) -> None:
    from hirefile.services.files import create_file

    w: MainWindow = open_window(demo_db, SIZE)
    dialog = open_settings(w, qtbot)
    f = dialog.form
    dialog.show_page(NEW_FILES)
    f.currencyCombo.setCurrentText("JPY")
    f.timeZoneEdit.setText("Asia/Tokyo")
    qtbot.mouseClick(f.buttonBox.button(f.buttonBox.StandardButton.Apply),
                     Qt.MouseButton.LeftButton)
    tokyo = create_file(tmp_path / "Tokyo.hirefile", w.identity, settings=w.settings)
    w.use_database(tokyo)
    dialog.show_page(THIS_FILE)
    assert (f.fileCurrencyValue.text(), f.fileTimeZoneValue.text()) == ("JPY", "Asia/Tokyo")
    assert "Tokyo.hirefile" in f.thisFileHint.text()
