"""Opening a file of an older format in the app: its checks, verified backup and update (and,
for format 5, the file rewritten smaller) take seconds on a large file, so they run in a
worker thread while a dialog says what is happening and the windows keep painting.

Opening a large file that this computer has not seen as it is now (a copy from another
laptop, a synced file the other founder wrote) checks it first: seconds too, shown the same
way (`run_checking`). `install()` (from `app.application()`) hands both to the storage layer
through `services.updating`; the command line keeps running them inline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog

from hirefile.services.updating import show_checks_with, show_updates_with


class _Work(QThread):
    """`work()` off the window's thread; what it raised, kept for the window's thread."""

    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self.work = work
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            self.work()
        except BaseException as exc:  # raised again on the window's thread
            self.failure = exc


def message(name: str, version: int) -> str:
    return (f"Updating {name} from file format {version} to this Hirefile's.\n\n"
            "A copy of it as it was is kept first (and checked); on a large file this can "
            "take a minute or two.")


def checking_message(name: str) -> str:
    return (f"Checking {name} before opening it.\n\n"
            "This computer has not seen it as it is now: it is a copy\n"
            "from another computer, or was changed there since.\n"
            "On a large file this takes a few seconds.")


def run_showing(name: str, version: int, work: Callable[[], None]) -> None:
    """Run `work` in a worker behind a dialog saying the file is being updated; wait for it
    with the event loop running; raise what it raised."""
    _behind_dialog("updatingFile", "Updating the file", message(name, version), work)


#: A file this large is checked behind a dialog (about a third of a second here; 8 s at
#: 50,000 candidates, 371 MB); a smaller one's checks are over before a dialog could be read.
CHECK_SHOWN_FROM = 16 * 1024 * 1024


def run_checking(path: Path, work: Callable[[], None]) -> None:
    """Run a large file's checks (`work`) in a worker behind a dialog saying so, as an update
    is; a small file's at once."""
    try:
        large = path.stat().st_size >= CHECK_SHOWN_FROM
    except OSError:
        large = False  # the checks say what is wrong with it
    if not large:
        work()
        return
    _behind_dialog("checkingFile", "Checking the file", checking_message(path.name), work)


def _behind_dialog(object_name: str, title: str, text: str, work: Callable[[], None]) -> None:
    if not isinstance(QApplication.instance(), QApplication) or \
            threading.current_thread() is not threading.main_thread():
        work()  # no window, or already in a worker (the checks inside an update)
        return
    dialog = QProgressDialog(text, "", 0, 0, QApplication.activeWindow())
    dialog.setObjectName(object_name)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # one transaction: it finishes or leaves the file as it was
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(460)
    worker = _Work(work)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dialog.show()
    worker.start()
    try:
        loop.exec()
        worker.wait()
    finally:
        dialog.close()
        dialog.deleteLater()
        worker.deleteLater()
    if worker.failure is not None:
        raise worker.failure


def install() -> None:
    show_updates_with(run_showing)
    show_checks_with(run_checking)
