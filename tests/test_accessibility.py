"""A screen reader and a keyboard reach everything: on a demo file in the real window at
1024×700, every page (and the candidate record, a role's board, the role workspace's tabs) and
every dialog the app opens (each QDialog under ui/, none left out) is walked through its
accessibility tree (`a11y_walk`): no visible control is announced without a name. Tab, from a
page's or dialog's first control, visits every focusable control and comes back to where it
started."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import test_small_screen
from a11y_walk import owned_part, unnamed
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from test_conflict_ui import refusal
from test_ui_merge_copies import DANIEL, diverge

import hirefile.ui as ui_package
from hirefile.services import correspondence
from hirefile.services.merging import MergeResult, merge_file
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate
from hirefile.ui import theme
from hirefile.ui.candidate.cv_drop import CvDropDialog
from hirefile.ui.candidate.mail_drop import MailView
from hirefile.ui.conflict_dialog import ConflictDialog
from hirefile.ui.guide import GuideWindow
from hirefile.ui.mail_dialog import WriteEmailDialog
from hirefile.ui.mail_templates_dialog import MailTemplatesDialog
from hirefile.ui.main_window import MainWindow
from hirefile.ui.onboarding_dialogs import CheckInDialog, ItemDialog, OnboardingTemplateDialog
from hirefile.ui.palette import CommandPalette
from hirefile.ui.plan.dialog import HiringPlanDialog
from hirefile.ui.privacy import PrivacyDialog
from hirefile.ui.settings_dialog import SettingsDialog
from hirefile.ui.sharing.merge_copy import ConflictRow, MergePreview, MergeReview, conflict_rows
from hirefile.ui.sharing.restore import RestoreDialog
from hirefile.ui.shortcuts import KeyboardShortcutsDialog
from hirefile.ui.welcome import WelcomeDialog

SIZE = (1024, 700)
Desk, dialogs = test_small_screen.Desk, test_small_screen.dialogs
desk = test_small_screen.desk  # the fixture: the demo file's role, application, interview…

#: A kept e-mail (Edit → Keep E-mail…, then the timeline's row): for the e-mail's own dialog.
EML = Path(__file__).parent / "data" / "mail" / "multipart_alternative.eml"


def merge_of_a_copy(db: Database) -> tuple[MergeResult, list[ConflictRow]]:
    """What File → Merge a Cofounder's Copy… shows for a copy where Daniel changed Ana's e-mail
    (as this file did too) and added people: the merge run dry, and its conflicts' rows."""
    path, _ana, _wang = diverge(db, f"Daniel's copy {uuid.uuid4().hex[:6]}.hirefile")
    result = merge_file(db, path, dry_run=True)
    return result, conflict_rows(db, result.outcome.conflicts)


def window_dialogs(w: MainWindow, d: Desk) -> dict[str, Callable[[], QWidget]]:
    """The dialogs opened from the window's menus, beyond test_small_screen's list."""
    db = w.db
    assert db is not None
    with d.db.reader() as s:
        candidate = s.scalar(select(Candidate.id).order_by(Candidate.id))
    with d.db.session() as s:
        mail = correspondence.keep_eml(s, candidate, EML.read_bytes(), EML.name).row.id
    merged: list[tuple[MergeResult, list[ConflictRow]]] = []

    def merge() -> tuple[MergeResult, list[ConflictRow]]:
        if not merged:
            merged.append(merge_of_a_copy(d.db))
        return merged[0]

    return {
        "conflict": lambda: ConflictDialog(refusal(d.db), w),
        "kept-mail": lambda: MailView(db, mail, w),
        "merge-preview": lambda: MergePreview(*merge(), DANIEL.name, w),
        "merge-review": lambda: MergeReview(w, *merge(), DANIEL.name),
        "privacy": lambda: PrivacyDialog(w),
        "shortcuts": lambda: KeyboardShortcutsDialog(w),
        "palette": lambda: CommandPalette(w),
        "restore": lambda: RestoreDialog(w, db),
        "mail-templates": lambda: MailTemplatesDialog(w, db),
        "write-email": lambda: WriteEmailDialog(w, db, [candidate]),
        "hiring-plan": lambda: HiringPlanDialog(w, db, w.undo_stack),
        "onboarding-template": lambda: OnboardingTemplateDialog(w, db, QUndoStack()),
        "onboarding-item": lambda: ItemDialog(w, text="Laptop", due_on=date(2026, 3, 2)),
        "check-in": lambda: CheckInDialog(w, "Ada Okafor", "30-day check-in", date(2026, 4, 1),
                                          None, ""),
        "cv-drop": lambda: CvDropDialog([]),
        "guide": lambda: GuideWindow(),
        "settings": lambda: SettingsDialog(w),
        "welcome": lambda: WelcomeDialog(w),
    }


def dialog_classes() -> set[str]:
    """Every QDialog subclass defined under ui/."""
    found = set()
    for info in pkgutil.walk_packages(ui_package.__path__, "hirefile.ui."):
        if ".generated" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, cls in vars(module).items():
            if inspect.isclass(cls) and issubclass(cls, QDialog) and \
                    cls.__module__ == info.name:
                found.add(name)
    return found


@pytest.fixture
def window(open_window: Any, demo_db: Any) -> MainWindow:
    return open_window(demo_db, SIZE)


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog that refuses (a message box) or opens another (exec) does not block."""
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)


def screens(w: MainWindow, qtbot: Any) -> list[tuple[str, Callable[[], None]]]:
    """Every page, then a role's workspace tabs, the board and a candidate's record."""
    def page(row: int) -> Callable[[], None]:
        return lambda: w.show_page(row)

    def role_tab(tab: int) -> Callable[[], None]:
        def show() -> None:
            w.show_page(1)
            w.roles_page.table.selectRow(0)
            assert w.roles_page.workspace is not None
            w.roles_page.workspace.tabs.setCurrentIndex(tab)
        return show

    def board() -> None:
        w.show_page(3)
        w.pipeline_page.set_mode("board")
        qtbot.waitUntil(lambda: bool(w.pipeline_page.board.infos))

    def record() -> None:
        assert w.db is not None
        with w.db.reader() as s:
            w.open_candidate(s.scalar(select(Candidate.id).order_by(Candidate.id)))

    names = ["Home", "Roles", "Candidates", "Pipeline", "Interviews", "Offers", "Reports"]
    shown = [(name, page(row)) for row, name in enumerate(names)]
    w.show_page(1)
    assert w.roles_page.workspace is not None
    tabs = w.roles_page.workspace.tabs
    shown += [(f"role: {tabs.tabText(t)}", role_tab(t)) for t in range(tabs.count())]
    return [*shown, ("board", board), ("record", record)]


def test_every_dialog_class_is_walked_or_said_why_not(window: MainWindow, desk: Desk) -> None:
    built = {type(f()).__name__ for f in [*dialogs(desk).values(),
                                          *window_dialogs(window, desk).values()]}
    assert dialog_classes() - built == set()


@pytest.fixture(params=["light", "dark"])
def appearance(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The test runs in the light and in the dark theme (the light one again after)."""
    theme.use(request.param, qapp)
    yield request.param
    theme.apply(qapp, "system")


def test_every_control_on_every_screen_has_a_name(window: MainWindow, qtbot: Any,
                                                  appearance: str) -> None:
    """In both themes: the walk also paints every screen in the theme it runs in."""
    theme.use(appearance)
    unnamed_on: dict[str, list[str]] = {}
    for name, show in screens(window, qtbot):
        show()
        qtbot.wait(20)
        if missing := unnamed(window):
            unnamed_on[name] = missing
    assert unnamed_on == {}


def test_every_control_in_every_dialog_has_a_name(
        window: MainWindow, desk: Desk, qtbot: Any, no_message_boxes: None) -> None:
    unnamed_in: dict[str, list[str]] = {}
    for name, make in [*dialogs(desk).items(), *window_dialogs(window, desk).items()]:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if missing := unnamed(dialog):
            unnamed_in[name] = missing
        dialog.close()
    assert unnamed_in == {}


# ---- Keyboard ----------------------------------------------------------------------------------

def focusable(top: QWidget) -> list[QWidget]:
    """What Tab should reach: focusable by Tab, enabled, on screen, not a part of another."""
    return [w for w in top.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
            and w.isVisibleTo(top) and w.isVisible() and not owned_part(w)
            and w.focusProxy() is None and w.window() is top]


#: Tab steps a control may keep for itself before passing on: a date's sections, a label's links.
STEPS_INSIDE = 8
#: A page of text with links (the guide): Tab goes from link to link, as in a web browser,
#: then on to the next control.
LINKS_INSIDE = 400


def tab_round(top: QWidget, qtbot: Any) -> tuple[list[QWidget], list[str]]:
    """Press Tab from the first control until focus comes back; the controls visited and any
    trap (a control that keeps the focus)."""
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=2000)
    controls = focusable(top)
    first = controls[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = [first]
    traps = []
    stayed = 0
    for _ in range((len(controls) + 1) * (STEPS_INSIDE + 2)):
        now = QApplication.focusWidget()
        QTest.keyClick(now, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is first and (now is not first or len(controls) == 1):
            return visited, traps
        stayed = stayed + 1 if after is now else 0
        if stayed > (LINKS_INSIDE if isinstance(now, QTextBrowser) else STEPS_INSIDE):
            traps.append(f"{type(now).__name__}#{now.objectName()} keeps the focus")
            break
        if after is not now:
            visited.append(after)
    traps.append("Tab never came back to the first control")
    return visited, traps


def unreached(top: QWidget, qtbot: Any) -> list[str]:
    visited, traps = tab_round(top, qtbot)
    missed = [f"{type(w).__name__}#{w.objectName()}" for w in focusable(top)
              if w not in visited]
    return traps + [f"not reached: {m}" for m in missed]


def test_tab_goes_round_every_screen(window: MainWindow, qtbot: Any) -> None:
    problems: dict[str, list[str]] = {}
    for name, show in screens(window, qtbot):
        show()
        qtbot.wait(20)
        if found := unreached(window, qtbot):
            problems[name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_tab_goes_round_every_dialog(
        window: MainWindow, desk: Desk, qtbot: Any, no_message_boxes: None) -> None:
    problems: dict[str, list[str]] = {}
    for name, make in [*dialogs(desk).items(), *window_dialogs(window, desk).items()]:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if found := unreached(dialog, qtbot):
            problems[name] = found
        dialog.close()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def focus_pixels(widget: QWidget) -> int:
    """How many pixels of the focus ring's colour the widget draws."""
    image = widget.grab().toImage()
    ring = QColor(theme.FOCUS).rgb()
    return sum(image.pixel(x, y) == ring
               for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("make", [
    lambda: QPushButton("Import CSV…"), lambda: QLineEdit("Ada"), lambda: QPlainTextEdit(),
    lambda: QTableView(), lambda: QListView(), lambda: QToolButton(text="More"),
], ids=["button", "field", "text", "table", "list", "tool-button"])
def test_the_focused_control_is_ringed(make: Callable[[], QWidget], qtbot: Any,
                                       qapp: QApplication, appearance: str) -> None:
    """In both themes, a focused control draws the ring (theme.FOCUS, 3:1 on its surface)."""
    host = QDialog()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    control, other = make(), QPushButton("Other")
    layout.addWidget(control)
    layout.addWidget(other)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=2000)
    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus())
    before = focus_pixels(control)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: control.hasFocus())
    assert focus_pixels(control) > before + control.width() + control.height()  # a ring
