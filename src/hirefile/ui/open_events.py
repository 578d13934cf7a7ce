"""Files opened from the desktop while Hirefile runs or starts: macOS's QFileOpenEvent.

On macOS a `.hirefile` double-clicked in Finder (or dropped on the Dock icon) does not come as
an argument: the application gets a `QFileOpenEvent`. An event filter on the QApplication
(`install`) takes it. One that arrives before the window exists is the start file
(`start_file`, in place of the last file); after, it opens in the window as File → Open opens
a file (there is nothing to save first: every edit is saved as it is made). On Linux and
Windows the file is the command's argument, and no such event comes.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from hirefile.services.startup import QuickFile
    from hirefile.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class FileOpenEvents(QObject):
    """The application's event filter for files opened from the desktop."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        #: A file opened before there was a window to open it in (the newest one).
        self.pending: Path | None = None
        #: The window files open in, once it is shown.
        self.window: MainWindow | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        name = event.file()
        if not name:  # a URL that is not a file: nothing Hirefile opens
            return False
        path = Path(name)
        log.info("asked by the desktop to open %s", path)
        if self.window is None:
            self.pending = path
        else:  # after the event is handled: opening may ask (in use, damaged…)
            QTimer.singleShot(0, self.window, lambda: self.open_now(path))
        return True

    def start_file(self, path: Path | str | None,
                   quick: QuickFile | None) -> tuple[Path | str | None, QuickFile | None]:
        """The file to start with: `path` when named, else one opened from Finder meanwhile
        (the last file, opened already with sqlite3 alone as `quick`, is closed then)."""
        if sys.platform == "darwin":  # Finder's open-documents event arrives with launch
            QCoreApplication.processEvents()
        if path is not None or self.pending is None:
            return path, quick
        chosen, self.pending = self.pending, None
        if quick is not None:
            quick.close()
        return chosen, None

    def attach(self, window: MainWindow) -> None:
        """From now on files open in `window` (one that came meanwhile opens now)."""
        self.window = window
        if self.pending is not None:
            path, self.pending = self.pending, None
            QTimer.singleShot(0, window, lambda: self.open_now(path))

    def open_now(self, path: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from hirefile.ui.text import isolate
        from hirefile.ui.welcome import WelcomeDialog

        window = self.window
        if window is None:
            return
        busy = QApplication.activeModalWidget()
        if isinstance(busy, WelcomeDialog):
            busy.close()
        elif busy is not None:  # a dialog on the open file (a scorecard, an offer…) stays
            window.statusBar().showMessage(
                f"Finish or close the dialog first, then open {isolate(path.name)} again",
                10000)
            return
        window.build_rest()  # at start-up Home may still be alone
        if window.built and window.open_path(path):
            window.raise_()
            window.activateWindow()

    def uninstall(self) -> None:
        self.app.removeEventFilter(self)
        self.window = None


def install(app: QCoreApplication) -> FileOpenEvents:
    """Start taking files opened from the desktop (before the window is built)."""
    return FileOpenEvents(app)
