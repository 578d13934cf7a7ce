"""The user guide: Help → Guide (F1) shows it offline, its links and pictures work, the menu
paths it names exist in the window, and its command-line reference is the command's own help."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu

from hirefile import paths
from hirefile.storage.database import Database
from hirefile.ui.guide import CONTENTS, GuideWindow, guide_pages, slug

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "guide"
#: "File → Merge a Cofounder's Copy…", "Roles → Question bank…", "Assess → Debrief…".
MENU_PATH = re.compile(r"\*\*([A-Z][\w ]*(?: → [^*→]+)+)\*\*")
MARKDOWN_LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")
#: Menus that are not in the menu bar: a record's or an application's, or a page's button.
PAGE_MENUS = {"More", "Assess"}


def reference_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_cli_reference", ROOT / "packaging" / "make_cli_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plain(text: str) -> str:
    """A menu entry as the guide writes it: no mnemonic "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def menu_paths(menu: QMenu, above: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], QAction]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = (*above, plain(action.text()))
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield path, action
            yield from menu_paths(sub, path)
        else:
            yield path, action


@pytest.fixture
def guide(qtbot: Any) -> GuideWindow:
    window = GuideWindow()
    qtbot.addWidget(window)
    window.resize(980, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_guide_ships_with_the_app() -> None:
    """Found where the app looks (the repository here, resources/guide installed), with a
    page for every part of the issue, each named by its first heading."""
    assert paths.guide_dir() == GUIDE
    titles = {page.name: page.title for page in guide_pages()}
    assert titles[CONTENTS] == "Hirefile Guide"
    for name in ("getting-started.md", "roles-and-loops.md", "interviewing.md",
                 "candidates.md", "offers-and-documents.md", "sharing.md", "merging.md",
                 "team-database.md", "backups.md", "privacy.md", "cli.md"):
        assert name in titles, f"the contents page does not link {name}"
    assert {p.name for p in GUIDE.glob("*.md")} == set(titles), "a page nobody links to"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"docs/guide" = "hirefile/resources/guide"' in pyproject
    assert '"docs/screenshots" = "hirefile/resources/screenshots"' in pyproject


def test_every_link_and_picture_of_the_guide_resolves() -> None:
    for page in guide_pages():
        for image, target in MARKDOWN_LINK.findall(page.path.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            file, _, anchor = target.partition("#")
            where = (page.path.parent / file).resolve() if file else page.path
            assert where.is_file(), f"{page.name} links to {target}, which is not there"
            if image:
                assert where.parent == (GUIDE.parent / "screenshots").resolve(), (
                    f"{page.name}: pictures come from docs/screenshots ({target})")
            elif anchor:
                headings = [slug(line.lstrip("#")) for line in
                            where.read_text(encoding="utf-8").splitlines()
                            if line.startswith("#")]
                assert anchor in headings, f"{page.name} links to a missing section {target}"


def test_f1_opens_the_guide_on_its_contents(open_window: Callable[..., Any], new_db: Database,
                                            qtbot: Any) -> None:
    window = open_window(new_db)
    assert window.form.actionGuide.text() == "&Guide"
    assert window.form.actionGuide in window.form.menuHelp.actions()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide.window
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.isVisible()
    assert guide.current_page == CONTENTS
    assert guide.windowTitle() == "Hirefile Guide"
    text = guide.browser.toPlainText()
    assert "Hirefile Guide" in text and "Sharing with a cofounder" in text
    assert "#" not in text.split("\n")[0], "the Markdown is shown as text, not read"
    listed = [guide.form.pageList.item(i).text() for i in range(guide.form.pageList.count())]
    assert listed[:3] == ["Hirefile Guide", "Getting started", "Roles and interview loops"]
    assert "Command-line reference" in listed
    assert guide.form.pageList.currentRow() == 0
    guide.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # the same window comes back
    assert window.guide.window is guide and guide.isVisible()


def test_a_link_opens_the_page_it_names(guide: GuideWindow, qtbot: Any) -> None:
    """Clicking "Sharing with a cofounder" on the contents opens that page, selects it in the
    list and Back returns."""
    browser = guide.browser
    found = browser.document().find("Sharing with a cofounder")
    assert not found.isNull()
    inside = QTextCursor(browser.document())
    inside.setPosition(found.selectionStart() + 4)  # within the link's words
    rect = browser.cursorRect(inside)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.waitUntil(lambda: guide.current_page == "sharing.md")
    assert browser.toPlainText().startswith("Sharing with a cofounder")
    assert "Open Read-Only" in browser.toPlainText()
    assert guide.form.pageList.currentItem().text() == "Sharing with a cofounder"
    assert guide.windowTitle() == "Sharing with a cofounder — Hirefile Guide"
    assert guide.form.backButton.isEnabled()
    guide.form.backButton.click()
    assert guide.current_page == CONTENTS
    guide.form.pageList.setCurrentRow(2)  # the list opens pages too
    assert guide.current_page == "roles-and-loops.md"
    # a link to a section of a page, as a click on it asks for it
    browser.setSource(browser.source().resolved(QUrl("cli.md#hirefile-merge")))
    assert guide.current_page == "cli.md"
    assert browser.verticalScrollBar().value() > 0


def test_every_page_reads_and_shows_its_pictures(guide: GuideWindow) -> None:
    shown = 0
    for page in guide.pages:
        guide.open_page(page.name)
        assert guide.current_page == page.name
        assert guide.browser.toPlainText().startswith(page.title)
        assert guide.missing_images() == [], page.name
        for name in guide.image_names():
            image = guide.browser.loadResource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(name))
            assert image.width() / image.devicePixelRatio() <= 640  # fits the page
            shown += 1
    assert shown >= 10


def test_find_marks_the_places_and_goes_on_to_the_next_page(guide: GuideWindow,
                                                            qtbot: Any) -> None:
    qtbot.keyClick(guide, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is guide.form.findEdit
    qtbot.keyClicks(guide.form.findEdit, "cofounder")
    marks = guide.browser.extraSelections()
    assert len(marks) >= 2
    assert guide.form.findStatus.text() == f"{len(marks)} on this page"
    assert guide.browser.textCursor().selectedText().lower() == "cofounder"
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide.form.findEdit, Qt.Key.Key_Return)
    assert guide.browser.textCursor().position() > first
    guide.form.findEdit.setText("hirefile recover")
    assert guide.current_page != CONTENTS  # not on the contents: on to a page that has it
    assert "hirefile recover" in guide.browser.textCursor().selectedText().lower()
    guide.form.findEdit.setText("zebra crossing")
    assert guide.form.findStatus.text() == "Not in the guide"
    assert guide.browser.extraSelections() == []


def test_the_menu_paths_the_guide_names_exist(open_window: Callable[..., Any],
                                              new_db: Database) -> None:
    """"File → Merge a Cofounder's Copy…" and every other path in bold is an action of the
    window's menu bar, spelled as the menu shows it (the record's More and an application's
    Assess menus are checked by their entries' own names)."""
    window = open_window(new_db)
    bar: set[tuple[str, ...]] = set()
    for top in window.menuBar().actions():
        assert isinstance(top.menu(), QMenu)
        bar |= {path for path, _ in menu_paths(top.menu(), (plain(top.text()),))}
    named = 0
    for page in guide_pages():
        for path in MENU_PATH.findall(page.path.read_text(encoding="utf-8")):
            parts = tuple(" ".join(part.split()) for part in path.split("→"))
            named += 1
            if parts[0] in PAGE_MENUS:
                continue
            if parts[0] in {"Help"} | {p[0] for p in bar}:
                assert parts in bar, f"{page.name} names {path}, not a menu of the window"
    assert named >= 30
    for entry in ("Interview packet (PDF)…", "Debrief…", "Export Personal Data…",
                  "Erase Personal Data…", "Write E-mail…"):
        assert any(entry in page.path.read_text(encoding="utf-8") for page in guide_pages())
    assert "Guide" in {p[-1] for p in bar if p[0] == "Help"}
    assert window.form.actionGuide.shortcut().toString() == "F1"


def test_the_shortcuts_the_guide_gives_are_the_menus(open_window: Callable[..., Any],
                                                     new_db: Database) -> None:
    """"**File → Import CSV…** (Ctrl+Shift+I)": the shortcut after a menu path is that
    action's."""
    window = open_window(new_db)
    shortcuts: dict[tuple[str, ...], list[str]] = {}
    for top in window.menuBar().actions():
        for path, action in menu_paths(top.menu(), (plain(top.text()),)):
            shortcuts[path] = [k.toString() for k in action.shortcuts()]
    given = re.compile(r"\*\*([A-Z][\w ]*(?: → [^*→]+)+)\*\*\s*\(([^)]*)\)")
    checked = 0
    for page in guide_pages():
        for path, keys in given.findall(page.path.read_text(encoding="utf-8")):
            parts = tuple(" ".join(part.split()) for part in path.split("→"))
            if parts not in shortcuts or not re.match(r"^(Ctrl|F\d|Shift|Alt)", keys):
                continue
            for key in re.split(r" or |, ", keys):
                assert key in shortcuts[parts], f"{page.name}: {path} is {shortcuts[parts]}"
            checked += 1
    assert checked >= 8


def test_the_command_line_reference_is_the_commands_own_help() -> None:
    maker = reference_module()
    written = (GUIDE / "cli.md").read_text(encoding="utf-8")
    made_with = re.search(r"\(Python (\d+\.\d+)\)", written)
    assert made_with is not None
    if made_with.group(1) != maker.python_version():
        pytest.skip(f"cli.md was made with Python {made_with.group(1)}, whose argparse words "
                    f"help differently from {maker.python_version()}'s")
    assert written == maker.reference(), (
        "docs/guide/cli.md is out of date: run "
        "`.venv/bin/python packaging/make_cli_reference.py`")
    for command in ("init", "merge", "recover", "push", "pull", "erase", "retention"):
        assert f"\n## hirefile {command}\n" in written
    assert "usage: hirefile merge [-h] [--dry-run] [--json] MINE THEIRS" in written


def test_previous_goes_back_and_round_the_pages(guide: GuideWindow, qtbot: Any) -> None:
    guide.open_page("sharing.md")
    guide.form.findEdit.setText("Open Read-Only")
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide, Qt.Key.Key_F3)
    assert guide.browser.textCursor().position() > first
    qtbot.keyClick(guide, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyRelease(guide, Qt.Key.Key_Shift)  # else Qt holds Shift down for later tests
    assert guide.browser.textCursor().position() == first
    guide.open_page("merging.md")
    guide.form.findEdit.setText("Merge a Cofounder's Copy")
    guide.find_previous()  # before the first place here: the page before that has the words
    assert guide.current_page == "sharing.md"
    assert guide.browser.textCursor().selectedText() == "Merge a Cofounder's Copy"


def test_a_missing_guide_is_said_in_the_window(qtbot: Any, tmp_path: Path) -> None:
    window = GuideWindow(folder=tmp_path)
    qtbot.addWidget(window)
    assert window.form.pageList.count() == 0
    assert window.browser.toPlainText() == (
        f"The guide is not installed here (looked in {tmp_path}).")
    window.form.findEdit.setText("anything")
    assert window.form.findStatus.text() == "Not in the guide"
