"""The duplicate warning: as the person types a name or contact, the file is searched (after a
pause in typing) for the same person, and a banner lists the matches with their reasons.

Each match offers "Open" (go to that record) and, on a record that exists already, "Merge…".
Catching a duplicate while it is typed is cheaper than merging it later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hirefile.domain.candidates import CandidateDraft
from hirefile.errors import HirefileError
from hirefile.services.dedupe import Match, find_duplicates
from hirefile.services.workspace import Workspace
from hirefile.ui.text import isolate

CHECK_DELAY_MS = 350
MAX_SHOWN = 3

#: What a check needs: the file, the draft as typed, and the record's own id (None if new).
Provider = Callable[[], tuple[Workspace | None, CandidateDraft, str | None]]


def match_text(m: Match) -> str:
    who = f"{isolate(m.name)} <{isolate(m.email)}>" if m.email else isolate(m.name)
    return f"{who} — {', '.join(m.reasons)}"


class DuplicateBanner(QObject):
    """Fills `frame` with the matches of the last check; hidden when there are none."""

    #: Open this candidate instead (argument: candidate id).
    sig_open = Signal(str)
    #: Merge this candidate with the shown record (argument: the other candidate's id).
    sig_merge = Signal(str)
    #: The banner was filled again (its buttons changed); no arguments.
    sig_updated = Signal()

    def __init__(self, frame: QFrame, layout: QVBoxLayout, title: QLabel, provider: Provider,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.frame, self.layout, self.title = frame, layout, title
        self._provider = provider
        self._rows: list[QWidget] = []
        self.matches: list[Match] = []
        self.buttons: list[QPushButton] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        title.setTextFormat(Qt.TextFormat.PlainText)
        frame.hide()

    def schedule(self) -> None:
        """Check after a pause in typing (each keystroke restarts the wait)."""
        self.timer.start()

    def clear(self) -> None:
        self.timer.stop()
        self._show([], existing=False)

    def check_now(self) -> list[Match]:
        self.timer.stop()
        db, draft, own_id = self._provider()
        matches: list[Match] = []
        if db is not None and any((draft.full_name.strip(), draft.email, draft.phone,
                                   draft.github_url, draft.linkedin_url)):
            try:
                with db.reader() as s:
                    matches = find_duplicates(s, draft, exclude_id=own_id)
            except HirefileError:
                matches = []  # a check that cannot run is no reason to interrupt typing
        self._show(matches, existing=own_id is not None)
        return matches

    def _show(self, matches: list[Match], *, existing: bool) -> None:
        for row in self._rows:
            self.layout.removeWidget(row)
            row.deleteLater()
        self._rows, self.buttons = [], []
        self.matches = matches
        if not matches:
            self.frame.hide()
            self.sig_updated.emit()
            return
        strong = any(m.strong for m in matches)
        if existing:
            lead = "This may be the same person as" if strong else "A similar name is on file"
        else:
            lead = "Already in the file?" if strong else "A similar name is already on file"
        self.title.setText(f"⚠  {lead}" + ("" if lead.endswith("?") else ":"))
        for m in matches[:MAX_SHOWN]:
            self._rows.append(self._row(m, existing))
        if len(matches) > MAX_SHOWN:
            more = QLabel(f"…and {len(matches) - MAX_SHOWN} more", self.frame)
            self.layout.addWidget(more)
            self._rows.append(more)
        self.frame.show()
        self.sig_updated.emit()

    def _row(self, m: Match, existing: bool) -> QWidget:
        row = QWidget(self.frame)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(18, 0, 0, 0)
        layout.setSpacing(8)
        label = QLabel(match_text(m), row)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        open_button = QPushButton("Open", row)
        open_button.setAccessibleName(f"Open {isolate(m.name)}")
        open_button.clicked.connect(lambda _c=False, cid=m.candidate_id: self.sig_open.emit(cid))
        layout.addWidget(open_button)
        self.buttons.append(open_button)
        if existing:
            merge = QPushButton("Merge…", row)
            merge.setAccessibleName(f"Merge with {isolate(m.name)}")
            merge.clicked.connect(lambda _c=False, cid=m.candidate_id: self.sig_merge.emit(cid))
            layout.addWidget(merge)
            self.buttons.append(merge)
        self.layout.addWidget(row)
        return row
