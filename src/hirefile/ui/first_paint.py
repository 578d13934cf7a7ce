"""The first frame with the file's own data: what start-up waits for (ui/app.py `run`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow


class FirstDataPaint(QObject):
    """Calls `then` right after the first frame that shows the file's own data.

    Home reads the file when it is first shown, so the first paint of its content after that
    read is the first frame with the file's rows and cards (or a new file's first steps).
    `then` is queued, so the whole frame is painted and flushed first: the app builds the rest
    of the window then, or quits (`hirefile --exit-after-first-paint`, to time start-up from
    outside)."""

    def __init__(self, window: MainWindow, then: Callable[[], object]) -> None:
        super().__init__(window)
        self.home = window.home_page
        self.content = self.home.content
        self.then = then
        self.content.installEventFilter(self)
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.painted and watched is self.content and event.type() == QEvent.Type.Paint
                and self.home.data is not None):
            self.painted = True
            self.content.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False
