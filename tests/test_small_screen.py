"""At 1024×700 (a small laptop) no page cuts a button's label: what does not fit folds into a
"More" menu that offers the same actions. Screenshots of every page are saved for a look."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.ui import theme
from hirefile.ui.main_window import MainWindow

PAGES = ("roles", "candidates", "pipeline", "interviews", "offers")


def cut_buttons(root: QWidget) -> list[str]:
    """Visible buttons narrower than their label needs."""
    return [f"{b.text()!r}: {b.width()} < {b.sizeHint().width()}"
            for b in root.findChildren(QAbstractButton)
            if b.isVisible() and b.text() and b.width() < b.sizeHint().width() - 2]


@pytest.fixture
def small_window(qtbot: Any, qapp: QApplication, identity: Identity,
                 demo_db: Database) -> MainWindow:
    theme.apply(qapp)
    w = MainWindow(demo_db, Settings(), identity)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def settle(qtbot: Any) -> None:
    for _ in range(3):
        qtbot.wait(10)  # layouts, then the folding that follows them


def test_no_page_cuts_a_button_at_1024_by_700(small_window: MainWindow, qtbot: Any,
                                              tmp_path: Path) -> None:
    assert (small_window.width(), small_window.height()) == (1024, 700)
    for index, name in enumerate(PAGES):
        small_window.show_page(index)
        settle(qtbot)
        small_window.grab().save(str(tmp_path / f"{name}-1024x700.png"))
        assert cut_buttons(small_window) == [], name


def test_folded_actions_are_in_the_more_menu_and_come_back_when_wide(
        small_window: MainWindow, qtbot: Any) -> None:
    page = small_window.offers_page
    small_window.show_page(PAGES.index("offers"))
    settle(qtbot)
    folded = page.overflow.folded
    assert folded and page.overflow.more.isVisible()
    menu = page.overflow.more.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [b.text() for b in folded]
    assert [a.isEnabled() for a in menu.actions()] == [b.isEnabled() for b in folded]
    small_window.resize(1700, 900)
    settle(qtbot)
    assert page.overflow.folded == [] and not page.overflow.more.isVisible()
    assert all(b.isVisible() for b in page.overflow.buttons)
