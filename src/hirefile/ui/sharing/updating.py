"""Opening a file of an older format in the app: its checks, verified backup and update (and,
for format 5, the file rewritten smaller) take seconds on a large file, so they run in a
worker thread while a dialog says what is happening and the windows keep painting.

`install()` (from `app.application()`) hands `run_showing` to the storage layer through
`services.updating`; the command line keeps running updates inline.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog

from hirefile.services.updating import show_updates_with


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


def run_showing(name: str, version: int, work: Callable[[], None]) -> None:
    """Run `work` in a worker behind a dialog saying the file is being updated; wait for it
    with the event loop running; raise what it raised."""
    if not isinstance(QApplication.instance(), QApplication):
        work()
        return
    dialog = QProgressDialog(message(name, version), "", 0, 0, QApplication.activeWindow())
    dialog.setObjectName("updatingFile")
    dialog.setWindowTitle("Updating the file")
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
