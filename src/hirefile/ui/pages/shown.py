"""A page that reads the window's change notification only while on screen.

Hidden, a page marks itself stale and reads its badge's count alone (one COUNT query), so a
card moved on the board costs the Offers, Interviews and Roles pages nothing but that; it
reads its rows when shown again. A call with no change (opening a file, a direct call) reads
at once, shown or not.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from hirefile.ui.changes import Change


class ShownPage(QWidget):
    """`refresh(change)` reads when shown, marks stale when hidden; subclasses say how."""

    _stale = False

    @property
    def stale(self) -> bool:
        """A change came while the page was hidden: it reads when shown."""
        return self._stale

    def refresh(self, change: Change | None = None) -> None:
        if change is not None and not self.isVisible():
            self._stale = True
            self.read_count()
            return
        self._stale = False
        self.read()

    def read(self) -> None:
        """Read what the page shows (its rows, summary and count)."""
        raise NotImplementedError

    def read_count(self) -> None:
        """Read the navigation badge's count alone, for a page that is hidden."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
