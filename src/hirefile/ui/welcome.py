"""The Welcome (forms/welcome.ui): what a founder sees in a new, empty file, and File → Welcome.

One panel, shown by Home when the file holds no role and no candidate, and in a dialog at any
time: the app's name and what it does; Start with a role and Add candidates (this file's first
steps, routed by Home); Try the demo, New file…, Open file…; the recent files (name, folder,
when last opened here; one no longer on disk greyed "not found" and removable). Enter on a
recent file opens it, Delete takes it off the list.

Try the demo never writes into the open file: it makes a new file in the data folder
(`Demo.hirefile`, then `Demo (2).hirefile`…) in a worker thread, the panel saying so meanwhile,
and opens it as File → Open would. The empty Roles and Candidates pages offer the same button
(`ui.empty_state`), through the same `Welcome.try_demo`: the same message, bar and failure line,
shown on the page that asked. Demo data inside a file is the CLI's `hirefile demo FILE` only
(tests and benchmarks). The panel reads the recent files when Home reads (the
window's change notification) and when the dialog is shown; it reads nothing of the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QPalette
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

from hirefile import paths
from hirefile.locations import is_url
from hirefile.settings import Settings
from hirefile.ui import glyphs
from hirefile.ui.generated.ui_welcome import Ui_WelcomePanel
from hirefile.ui.screen import fit_to_screen

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow
    from hirefile.ui.sharing.team_dialog import Worker

log = logging.getLogger(__name__)

#: How many candidates Try the demo puts in its new file (tests make it smaller).
DEMO_CANDIDATES = 60
DEMO_FILE_NAME = "Demo" + paths.FILE_SUFFIX
NOT_FOUND = "not found"
ENTRY_ROLE = Qt.ItemDataRole.UserRole
#: Try the demo's threads until they are done (they outlive a window closed meanwhile).
_RUNNING: set[QObject] = set()


class DemoAsker(Protocol):
    """Where Try the demo was asked (the Welcome, an empty page): says what is happening."""

    def set_busy(self, text: str | None) -> None: ...

    def say(self, text: str) -> None: ...


@dataclass(frozen=True)
class Recent:
    """One recent file (or team database) as the list shows it."""

    entry: str  # as Settings keeps it: the full path, or the database's URL
    name: str
    folder: str
    opened: datetime | None
    found: bool


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


class Welcome(QObject):
    """File → Welcome, and what the panels (Home's and the dialog's) ask of the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction("Welcome…", window)  # every letter of it is taken in File
        self.action.setStatusTip("Recent files, a new or demo file, and first steps")
        self.action.triggered.connect(self.show_dialog)
        menu, first = window.form.menuFile, window.form.actionNew
        menu.insertAction(first, self.action)
        menu.insertSeparator(first)
        self.dialog: WelcomeDialog | None = None
        #: Try the demo's worker thread, while it runs.
        self.worker: Worker | None = None
        self._demo: tuple[DemoAsker, Path] | None = None
        # Home's, made when a file is empty (Home routes the first steps itself)
        home = window.home_page
        home.welcome_made = lambda panel: self.attach(panel, steps=False)
        if home.welcome is not None:
            self.attach(home.welcome, steps=False)

    def attach(self, panel: WelcomePanel, *, steps: bool) -> None:
        panel.settings = self.window.settings
        panel.current = self._current
        panel.sig_new_file.connect(lambda: self._act(panel, self.window.new_file))
        panel.sig_open_file.connect(lambda: self._act(panel, self.window.open_file))
        panel.sig_open_recent.connect(lambda entry: self._act(panel, lambda: self.open(entry)))
        panel.sig_try_demo.connect(lambda: self.try_demo(panel))
        if steps:
            from hirefile.ui.home import routes

            panel.sig_step.connect(lambda step: self._act(
                panel, lambda: routes.first_step(self.window, step)))

    def _current(self) -> str | None:
        w = self.window
        if w.db is not None:
            return w.db.url if w.db.on_server else str(w.db.path.resolve())
        return str(w.quick.path.resolve()) if w.quick is not None else None

    def show_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = WelcomeDialog(self.window)
            self.attach(self.dialog.panel, steps=True)
        self.dialog.panel.read()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.panel.form.recentList.setFocus()

    def _act(self, panel: DemoAsker, act: Callable[[], object]) -> None:
        """The rest of the window first (at start-up Home is alone); the dialog gives way."""
        self.window.build_rest()
        if not self.window.built:
            return
        if self.dialog is not None and panel is self.dialog.panel:
            self.dialog.close()
        act()

    def open(self, entry: str) -> None:
        """A recent file, as File → Open Recent opens it."""
        if is_url(entry):
            self.window.team.open_recent(entry)
        else:
            self.window.open_path(Path(entry))

    # Try the demo ------------------------------------------------------------------------------

    def try_demo(self, panel: DemoAsker) -> None:
        """A new demo file in the data folder, made in a worker thread, then opened."""
        from hirefile.services.demo import new_demo_file
        from hirefile.ui.mail_dialog import free_path
        from hirefile.ui.sharing.team_dialog import Worker

        if self.worker is not None:
            return
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = free_path(folder, DEMO_FILE_NAME)
        identity, count = self.window.identity, DEMO_CANDIDATES
        self.worker = Worker(lambda _progress: new_demo_file(target, identity,
                                                             candidates=count))
        self._demo = (panel, target)
        self.worker.finished.connect(self._demo_made)
        _RUNNING.add(self.worker)
        message = f"Making a demo file with {count:,} candidates in {folder}…"
        panel.set_busy(message)
        self.window.statusBar().showMessage(message)
        self.worker.start()

    @Slot()
    def _demo_made(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None or self._demo is None:
            return
        worker.wait()
        _RUNNING.discard(worker)
        (panel, target), self._demo = self._demo, None
        panel.set_busy(None)
        self.window.statusBar().clearMessage()
        if worker.failure is not None:
            raise worker.failure  # a bug: the app's handler says so
        if worker.error is not None:
            log.info("could not make the demo file %s: %s", target, worker.error.message)
            panel.say(f"Could not make the demo file: {worker.error.message}")
            return
        summary: dict[str, int] = worker.result
        self._act(panel, lambda: self._open_demo(target, summary))

    def _open_demo(self, target: Path, summary: dict[str, int]) -> None:
        if self.window.open_path(target):
            made = ", ".join(f"{summary[k]:,} {k}" for k in ("candidates", "roles",
                                                              "interviews", "offers")
                             if summary.get(k))
            self.window.statusBar().showMessage(f"Demo file opened: {made}", 10000)


def install(window: MainWindow) -> Welcome:
    """File → Welcome…, and Home's panel acting on the window."""
    return Welcome(window)
