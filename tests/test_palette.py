"""The command palette (Ctrl+K) and Help → Keyboard Shortcuts, on a real window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.services import candidates, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.ui.main_window import PAGE_CANDIDATES, PAGE_OFFERS, PAGE_ROLES, MainWindow
from hirefile.ui.palette import KIND_ROLE, CommandPalette
from hirefile.ui.shortcuts import BOARD, KeyboardShortcutsDialog

NAMES = ["Ana Lima", "Anaïs Dubois", "Łucja Wiśniewska", "Anand Krishnan", "Hana Sato",
         "Ananya Iyer", "Joana Silva", "Anastasia Petrova", "Bo Chen"]


def filled(db: Database) -> tuple[str, dict[str, str]]:
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"), title="Applied Scientist")
        add_role_from_template(s, template("mlops"), title="Platform Engineer")
        ids = {}
        for name in NAMES:
            c = candidates.create_candidate(s, CandidateDraft(full_name=name))
            pipeline.add_application(s, c.id, role.id)
            ids[name] = c.id
    return role.id, ids


def typed(palette: CommandPalette, qtbot: Any, text: str) -> list[tuple[str, str]]:
    """Type `text` and wait for the file's answer: (kind, title) of every row listed."""
    palette.form.queryEdit.setText(text)
    qtbot.waitUntil(lambda: not palette._search.isActive())
    model = palette.model
    return [(model.index(r, 0).data(KIND_ROLE), model.index(r, 0).data())
            for r in range(model.rowCount())]


def press(palette: CommandPalette, qtbot: Any, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(palette.form.queryEdit, key)


def test_ctrl_k_opens_the_palette_from_the_view_menu(
        qtbot: Any, new_db: Database,
        open_window: Callable[..., MainWindow]) -> None:
    w = open_window(new_db, (1024, 700))
    action = w.action_palette
    assert action.shortcut() == QKeySequence("Ctrl+K")
    assert action in w.form.menuView.actions()
    seen: list[str] = []

    def look() -> None:
        shown = QApplication.activeModalWidget()
        seen.append(type(shown).__name__)
        if shown is not None:
            shown.close()

    QTimer.singleShot(50, look)
    action.trigger()
    assert seen == ["CommandPalette"]


def test_typing_finds_candidates_with_a_true_count_and_enter_opens_the_record(
        qtbot: Any, new_db: Database,
        open_window: Callable[..., MainWindow]) -> None:
    _, ids = filled(new_db)
    w = open_window(new_db, (1024, 700))
    palette = CommandPalette(w)
    qtbot.addWidget(palette)
    rows = typed(palette, qtbot, "ana")
    # Ana, Anaïs, Anand, Hana, Ananya, Joana, Anastasia: seven, the first six listed by name
    assert rows[0] == ("header", "Candidates — first 6 of 7")
    people = [title for kind, title in rows if kind == "candidate"]
    assert people == ["Ana Lima", "Anaïs Dubois", "Anand Krishnan", "Ananya Iyer",
                      "Anastasia Petrova", "Hana Sato"]  # by name, as the list sorts them
    assert typed(palette, qtbot, "lucja")[:2] == [("header", "Candidates"),
                                                   ("candidate", "Łucja Wiśniewska")]
    press(palette, qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_page == PAGE_CANDIDATES)
    record = w.candidates_page.record
    qtbot.waitUntil(lambda: record.isVisible() and record.candidate_id == ids["Łucja Wiśniewska"])


def test_a_role_opens_in_the_roles_page(
        qtbot: Any, new_db: Database,
        open_window: Callable[..., MainWindow]) -> None:
    filled(new_db)
    w = open_window(new_db, (1024, 700))
    palette = CommandPalette(w)
    qtbot.addWidget(palette)
    rows = typed(palette, qtbot, "platform")
    assert ("role", "Platform Engineer") in rows
    at = rows.index(("role", "Platform Engineer"))
    palette.form.resultsView.setCurrentIndex(palette.model.index(at, 0))
    press(palette, qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_page == PAGE_ROLES)
    workspace = w.roles_page.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.role_id is not None)
    assert workspace.editor.form.titleEdit.text() == "Platform Engineer"


def test_actions_are_found_by_name_with_their_place_and_keys_and_the_arrows_choose(
        qtbot: Any, new_db: Database,
        open_window: Callable[..., MainWindow]) -> None:
    filled(new_db)
    w = open_window(new_db, (1024, 700))
    palette = CommandPalette(w)
    qtbot.addWidget(palette)
    rows = typed(palette, qtbot, "merge")
    assert ("command", "Merge a Cofounder's Copy…") in rows
    assert ("command", "Offer letter…") not in typed(palette, qtbot, "offer letter")  # none
    rows = typed(palette, qtbot, "new offer")
    assert rows[:2] == [("header", "Pages and actions"), ("command", "New offer…")]
    item = palette.model.index(1, 0)
    assert (item.data(Qt.ItemDataRole.UserRole + 3), item.data(Qt.ItemDataRole.UserRole + 4)) \
        == ("Offers page", "Ctrl+Shift+O")
    assert typed(palette, qtbot, "undo") == []  # nothing to undo yet: not offered
    assert palette.form.hintLabel.text() == "Nothing matches “\u2068undo\u2069”"
    rows = typed(palette, qtbot, "")  # every action, the pages first
    assert ("command", "Go To…") not in rows  # the palette does not list itself
    assert [t for k, t in rows[1:8]] == ["Home", "Roles", "Candidates", "Pipeline",
                                         "Interviews", "Offers", "Reports"]
    assert palette.form.resultsView.currentIndex().row() == 1
    press(palette, qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down,
          Qt.Key.Key_Down, Qt.Key.Key_Up)
    assert palette.form.resultsView.currentIndex().data() == "Interviews"
    press(palette, qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_page == PAGE_OFFERS)


def test_keyboard_shortcuts_lists_every_key_the_window_has(
        qtbot: Any, new_db: Database,
        open_window: Callable[..., MainWindow]) -> None:
    w = open_window(new_db, (1024, 700))
    dialog = KeyboardShortcutsDialog(w)
    qtbot.addWidget(dialog)
    rows = dialog.visible_rows()
    listed = {(title, keys) for _, title, keys in rows}
    for action in w.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and action.text():
            title = action.text().replace("&", "")
            assert (title, keys) in listed, f"{title} ({keys}) missing"
    assert ("View", "Go To…", "Ctrl+K") in rows
    assert ("Help", "Keyboard Shortcuts", "Ctrl+/") in rows
    assert ("Offers page", "Offer letter…", "Ctrl+Shift+L") in rows
    assert [r[1:] for r in rows if r[0] == BOARD] == [
        ("Move the selected cards to the next stage", "Ctrl+Right or A"),
        ("Reject the selected cards…", "R"), ("Mark the selected cards as withdrawn…", "W"),
        ("Open the candidate's record", "Return or Enter"),
        ("The previous or next column", "Left or Right")]
    dialog.filter("ctrl+shift+l")
    assert dialog.visible_rows() == [("Offers page", "Offer letter…", "Ctrl+Shift+L")]
    dialog.filter("no such key")
    assert dialog.visible_rows() == []
