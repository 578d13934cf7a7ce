"""Conflicted copies found for you: a bar at the top of the window, never a dialog on opening.

When the open file has siblings a sync tool made (`services.sync_copies.conflicted_copies`:
names first, then a read-only look at each), the bar says so and offers to merge them in, one
after the other, through the same preview and review as File → Merge a Cofounder's Copy…;
after each merge (or a copy with nothing new) it offers to move the copy into the archive
folder beside the file. A copy that cannot be read is named as such and skipped. Dismissing
the bar hides it for this file until a copy it has not shown appears (settings:
`dismissed_copies`, per file, the copies it showed).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from hirefile.errors import HirefileError
from hirefile.services import sync_copies
from hirefile.services.sync_copies import Sibling
from hirefile.ui import messages, theme
from hirefile.ui.common import run_modal
from hirefile.ui.sharing.bars import TONES
from hirefile.ui.text import isolate

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow
    from hirefile.ui.sharing.merge_copy import CopyMerging

log = logging.getLogger(__name__)

DISMISSED_KEY = "dismissed_copies"


def sibling_key(sibling: Sibling) -> str:
    """A copy as the bar remembers it: a copy written again counts as new."""
    return f"{sibling.path.name}|{sibling.size}|{sibling.modified.isoformat()}"


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def bar_text(siblings: list[Sibling]) -> str:
    """"2 copies of this file made by Dropbox were found beside it", and which are
    skipped because they cannot be read."""
    tools = _and(sorted({s.tool for s in siblings}))
    n = len(siblings)
    text = (f"A copy of this file made by {tools} was found beside it" if n == 1 else
            f"{n} copies of this file made by {tools} were found beside it")
    new = sum(1 for s in siblings if s.unseen_changes)
    if new:
        text += (" — it holds changes your file does not have" if n == 1 else
                 f" — {new} hold changes your file does not have")
    damaged = [s for s in siblings if s.damaged]
    for s in damaged[:2]:
        text += f"\n{isolate(s.path.name)} cannot be read and is skipped: {s.damaged}"
    if len(damaged) > 2:
        text += f"\n… and {len(damaged) - 2} more that cannot be read"
    return text


def ask_to_archive(parent: QWidget, copy: Path, folder: str) -> bool:
    """After a merge: move the merged copy into the archive folder? (tests stub this)"""
    box = QMessageBox(QMessageBox.Icon.Question, "Move the merged copy",
                      f"Move {isolate(copy.name)} into the folder “{isolate(folder)}” beside "
                      "your file?", parent=parent)
    box.setInformativeText("Everything in it is now in your file. It is moved, not deleted, "
                           "so you can still open it.")
    move = box.addButton("Move to Archive", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Leave It", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(move)
    run_modal(box)
    return box.clickedButton() is move


class CopiesBar(QToolBar):
    """The bar: what was found, "Merge Them In…", "Dismiss"."""

    def __init__(self, window: MainWindow, merging: CopyMerging) -> None:
        super().__init__("Conflicted copies", window)
        self.window_, self.merging = window, merging
        self.setObjectName("copiesBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.siblings: list[Sibling] = []
        box = QWidget(self)
        box.setObjectName("copiesBox")
        # drawn like the window's other notes (ui/sharing/bars.py: the "info" tone)
        back, border = TONES["info"]
        self.setStyleSheet("QToolBar#copiesBar { border: none; background: transparent; "
                           "padding: 6px 10px 0 10px; }")
        theme.keep_style(box, lambda: (
            f"#copiesBox {{ background: {theme.colour(back)}; border: 1px solid "
            f"{theme.colour(border)}; border-radius: 6px; }}"))
        layout = QHBoxLayout(box)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel(box)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.merge_button = QPushButton("Merge Them In…", box)
        self.merge_button.clicked.connect(self.merge_them)
        layout.addWidget(self.merge_button)
        self.dismiss_button = QPushButton("Dismiss", box)
        self.dismiss_button.setToolTip("Hide this until another copy appears")
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.dismiss_button)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(box)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()

    def _dismissed(self) -> list[str]:
        db = self.window_.db
        if db is None:
            return []
        saved = self.window_.settings.get(DISMISSED_KEY, {})
        value = saved.get(str(db.path.resolve()), []) if isinstance(saved, dict) else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def check(self) -> None:
        """Look for copies beside the open file (cheap: names first) and show the bar when
        there are copies it has not shown before a dismissal."""
        db = self.window_.db
        self.siblings = []
        if db is not None:
            try:
                self.siblings = sync_copies.conflicted_copies(db.path)
            except HirefileError as exc:  # the folder cannot be listed: nothing to offer
                log.info("could not look for copies of %s: %s", db.path, exc.message)
        dismissed = set(self._dismissed())
        if not self.siblings or all(sibling_key(s) in dismissed for s in self.siblings):
            self.hide()
            return
        readable = [s for s in self.siblings if not s.damaged]
        self.label.setText(bar_text(self.siblings))
        self.merge_button.setVisible(bool(readable))
        self.merge_button.setText("Merge It In…" if len(readable) == 1 else "Merge Them In…")
        self.show()

    def dismiss(self) -> None:
        db = self.window_.db
        if db is not None:
            saved = self.window_.settings.get(DISMISSED_KEY, {})
            saved = dict(saved) if isinstance(saved, dict) else {}
            saved[str(db.path.resolve())] = [sibling_key(s) for s in self.siblings]
            self.window_.settings.set(DISMISSED_KEY, saved)
        self.hide()

    def merge_them(self) -> None:
        """Each readable copy in turn: preview, merge, review; then offer the archive."""
        w = self.window_
        if w.db is None or not w._leave_ok():
            return
        for sibling in [s for s in self.siblings if not s.damaged]:
            outcome = self.merging.merge_path(sibling.path)
            if outcome in ("merged", "nothing") and w.db is not None:
                folder = f"{w.db.path.stem} archive"
                if ask_to_archive(w, sibling.path, folder):
                    try:
                        moved = sync_copies.archive(sibling, w.db.path)
                    except HirefileError as exc:
                        messages.show_problem(w, f"Could not move {isolate(sibling.path.name)}",
                                              exc.message)
                    else:
                        w.statusBar().showMessage(
                            f"Moved {isolate(sibling.path.name)} to {isolate(str(moved.parent))}",
                            10000)
        self.check()
