"""What the Welcome's panels ask of the window: open a file, a recent one, Try the demo.

`ui.welcome` holds the panel (Home's, on an empty file's first screen) and File → Welcome's
dialog; this `Welcome` is made with the rest of the window (`welcome.install`) and carries out
what either asks: New, Open, a recent file, the first steps through Home's routes. A panel
asking before the rest is built has the window build it first.

Try the demo never writes into the open file: it makes a new file in the data folder
(`Demo.hirefile`, then `Demo (2).hirefile`…) with `services.demo.new_demo_file` in a worker
thread, the panel saying so meanwhile, and opens it as File → Open would. The empty Roles and
Candidates pages offer the same button (`ui.empty_state`), through the same `try_demo`: the
same message, bar and failure line, shown on the page that asked (`DemoAsker`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from hirefile import paths
from hirefile.domain import demo_desk
from hirefile.locations import is_url
from hirefile.ui.welcome import WelcomeDialog, WelcomePanel, entry_of

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow
    from hirefile.ui.sharing.team_dialog import Worker

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "Demo" + paths.FILE_SUFFIX
#: Try the demo's threads until they are done (they outlive a window closed meanwhile).
_RUNNING: set[QObject] = set()


class DemoAsker(Protocol):
    """Where Try the demo was asked (the Welcome, an empty page): says what is happening."""

    def set_busy(self, text: str | None) -> None: ...

    def say(self, text: str) -> None: ...


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
        return entry_of(w.db if w.db is not None else w.quick)

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
        identity, count = self.window.identity, demo_desk.APP_CANDIDATES
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
            self.window.statusBar().showMessage(
                f"Demo file opened: {demo_desk.added_text(summary)}", 10000)
