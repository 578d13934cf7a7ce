"""The Welcome (forms/welcome.ui): what a founder sees in a new, empty file, and File → Welcome.

One panel, shown by Home when the file holds no role and no candidate, and in a dialog at any
time: the app's name and what it does; Start with a role and Add candidates (this file's first
steps, routed by Home); Try the demo, New file…, Open file…; the recent files (name, folder,
when last opened here; one no longer on disk greyed "not found" and removable). Enter on a
recent file opens it, Delete takes it off the list.

This module is what an empty file's first screen needs: the panel and the dialog around it.
What they ask of the window (open a file, Try the demo) is `ui.welcome_actions.Welcome`,
loaded with the rest of the window (`install`). Try the demo never writes into the open file:
it makes a new one in the data folder; demo data inside a given file is `hirefile demo FILE`
(both made by `services.demo.load_demo`, described in `domain.demo_desk`'s words). The panel
reads the recent files when Home reads (the window's change notification) and when the dialog
is shown; it reads nothing of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain import demo_desk
from hirefile.locations import is_url
from hirefile.settings import Settings
from hirefile.ui import glyphs
from hirefile.ui.generated.ui_welcome import Ui_WelcomePanel
from hirefile.ui.screen import fit_to_screen

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow
    from hirefile.ui.welcome_actions import Welcome as Welcome

NOT_FOUND = "not found"
ENTRY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Recent:
    """One recent file (or team database) as the list shows it."""

    entry: str  # as Settings keeps it: the full path, or the database's URL
    name: str
    folder: str
    opened: datetime | None
    found: bool


def entry_of(source: object) -> str | None:
    """How the recent files name the file `source` (a window's database, or the file read
    before it) has open: a team database by its URL, a file by its whole path."""
    if source is None:
        return None
    if getattr(source, "on_server", False):
        return str(source.url)  # type: ignore[attr-defined]
    return str(Path(source.path).resolve())  # type: ignore[attr-defined]


def recent_files(settings: Settings, current: str | None = None) -> list[Recent]:
    """The recent files but the one open now (`current`, as Settings keeps it)."""
    shown = []
    for entry in settings.recent_files:
        if entry == current:
            continue
        opened = settings.opened_at(entry)
        if is_url(entry):  # (servers loads SQLAlchemy: not at start-up for files alone)
            from hirefile.services.servers import label

            shown.append(Recent(entry, label(entry), "team database", opened, True))
        else:
            path = Path(entry)
            shown.append(Recent(entry, path.name, folder_text(path.parent), opened,
                                path.exists()))
    return shown


def folder_text(folder: Path) -> str:
    """`~/Dropbox/Acme` for a folder in the home folder (the whole path in the tooltip)."""
    home = Path.home()
    if folder == home or not folder.is_relative_to(home):
        return str(folder)
    return str(Path("~") / folder.relative_to(home))


def opened_text(when: datetime | None, today: date | None = None) -> str:
    """`Today 14:05`, `Wed 3 Dec, 09:12` (local time); empty when not known."""
    if when is None:
        return ""
    from hirefile.ui.home.page import time_text

    return time_text(when, today or date.today())


class WelcomePanel(QFrame):
    """The panel; the window's `Welcome` carries out what it asks for."""

    #: A first step in the open file: "role" or "candidate".
    sig_step = Signal(str)
    sig_new_file = Signal()
    sig_open_file = Signal()
    #: Open a recent file: its entry (a path, or a team database's URL).
    sig_open_recent = Signal(str)
    sig_try_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = f = Ui_WelcomePanel()
        f.setupUi(self)
        #: Where the recent files are kept (the window's; this machine's file when unset).
        self.settings: Settings | None = None
        #: The open file as Settings keeps it, left out of the list.
        self.current: Callable[[], str | None] = lambda: None
        self.entries: list[Recent] = []
        #: Called before the panel asks for anything (at start-up, Home has the window
        #: build the rest of itself, the `Welcome` that answers included).
        self.before_asking: Callable[[], object] | None = None
        f.iconLabel.setPixmap(glyphs.app_icon().pixmap(56, 56))
        f.iconLabel.setAccessibleName("Hirefile")
        for button in (f.roleButton, f.demoButton):
            button.setObjectName("primaryButton")  # the app's accent button
        f.demoHint.setText(demo_desk.app_hint(demo_desk.APP_CANDIDATES))
        f.busyBar.hide()
        f.statusLabel.hide()
        tree = f.recentList
        tree.setAccessibleName("Recent files")
        tree.setAccessibleDescription("Enter opens the file; Delete takes it off the list")
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 185)
        tree.installEventFilter(self)  # Delete takes the chosen file off the list
        self._connect()

    def _connect(self) -> None:
        f = self.form
        f.roleButton.clicked.connect(lambda: self.sig_step.emit("role"))
        f.candidateButton.clicked.connect(lambda: self.sig_step.emit("candidate"))
        f.demoButton.clicked.connect(lambda: self._ask(self.sig_try_demo.emit))
        f.newButton.clicked.connect(lambda: self._ask(self.sig_new_file.emit))
        f.openButton.clicked.connect(lambda: self._ask(self.sig_open_file.emit))
        f.recentList.itemActivated.connect(lambda item, _col: self.open_recent(item))
        f.recentList.currentItemChanged.connect(lambda *_: self._enable())
        f.openRecentButton.clicked.connect(lambda: self.open_recent(f.recentList.currentItem()))
        f.removeButton.clicked.connect(self.remove_current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (or Backspace) on the recent files removes the chosen one: before any
        window shortcut of the same key (`ShortcutOverride`)."""
        if watched is self.form.recentList and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # reading ---------------------------------------------------------------------------------

    def read(self) -> None:
        """Read the recent files again (when Home reads, or the dialog is shown)."""
        self.show_recent(recent_files(self.settings or Settings(), self.current()))

    def show_recent(self, entries: list[Recent]) -> None:
        f = self.form
        tree = f.recentList
        self.entries = entries
        current = tree.currentItem()
        chosen = current.data(0, ENTRY_ROLE) if current is not None else None
        tree.clear()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for recent in entries:
            when = opened_text(recent.opened) if recent.found else NOT_FOUND
            item = QTreeWidgetItem([recent.name, recent.folder, when])
            item.setData(0, ENTRY_ROLE, recent.entry)
            for column in (0, 1):  # the whole path (or URL), cut in the columns
                item.setToolTip(column, recent.entry)
            said = f"{recent.name}, in {recent.folder}"
            if not recent.found:
                for column in range(3):
                    item.setForeground(column, grey)
                item.setToolTip(2, "Not found where it was: Remove from list takes it off")
                said += ", not found"
            elif when:
                said += f", last opened {when}"
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, said)
            tree.addTopLevelItem(item)
            if recent.entry == chosen:
                tree.setCurrentItem(item)
        first = tree.topLevelItem(0)
        if tree.currentItem() is None and first is not None:
            tree.setCurrentItem(first)
        tree.setVisible(bool(entries))
        f.recentEmpty.setVisible(not entries)
        self._enable()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.entries:
            self.show_recent(self.entries)  # "not found" greyed in the new theme's grey

    def _enable(self) -> None:
        f = self.form
        item = f.recentList.currentItem()
        busy = f.busyBar.isVisible()
        f.openRecentButton.setEnabled(item is not None and not busy and
                                      self._recent(item).found)
        f.removeButton.setEnabled(item is not None)

    def _recent(self, item: QTreeWidgetItem) -> Recent:
        entry = item.data(0, ENTRY_ROLE)
        return next(r for r in self.entries if r.entry == entry)

    # acting ----------------------------------------------------------------------------------

    def open_recent(self, item: QTreeWidgetItem | None) -> None:
        """Open a recent file (Enter, a double-click, Open); one not found is said."""
        if item is None or self.form.busyBar.isVisible():
            return
        recent = self._recent(item)
        if not recent.found:
            self.say(f"{recent.name} is not in {recent.folder} any more. Remove it from the "
                     "list, or open it where it is now with Open file….")
            return
        self._ask(lambda: self.sig_open_recent.emit(recent.entry))

    def _ask(self, emit: Callable[[], None]) -> None:
        if self.before_asking is not None:
            self.before_asking()
        emit()

    def remove_current(self) -> None:
        """Take the chosen entry off the recent files (the file itself is left alone)."""
        item = self.form.recentList.currentItem()
        if item is None:
            return
        (self.settings or Settings()).remove_recent(self._recent(item).entry)
        self.read()
        self.form.recentList.setFocus()

    def say(self, text: str) -> None:
        """One line under the panel (a problem, or what was done)."""
        self.form.statusLabel.setText(text)
        self.form.statusLabel.setVisible(bool(text))

    def set_busy(self, text: str | None) -> None:
        """While the demo file is made: the message and a moving bar, the buttons that open
        another file disabled."""
        f = self.form
        f.busyBar.setVisible(text is not None)
        self.say(text or "")
        for button in (f.demoButton, f.newButton, f.openButton):
            button.setEnabled(text is None)
        self._enable()


class WelcomeDialog(QDialog):
    """File → Welcome: the panel in a window of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Hirefile")
        self.setObjectName("WelcomeDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.panel = WelcomePanel(self)
        self.panel.setProperty("framed", False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        buttons.setContentsMargins(0, 0, 16, 0)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter on a recent file opens it, not a button
        self.resize(780, 480)
        fit_to_screen(self)


def install(window: MainWindow) -> Welcome:
    """File → Welcome…, and Home's panel acting on the window (made with the rest of it)."""
    from hirefile.ui.welcome_actions import Welcome

    return Welcome(window)
