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
        self._rows: list[_MatchRow] = []  # made once, filled again (the rest hidden)
        self.matches: list[Match] = []
        self.buttons: list[QPushButton] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        title.setTextFormat(Qt.TextFormat.PlainText)
        self._more = QLabel(frame)
        layout.addWidget(self._more)
        self._more.hide()
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
        """Fill the banner; its rows are made once and filled again for the next record
        (buttons made and deleted under the app's palette leave heap behind in Qt)."""
        self.buttons = []
        self.matches = matches
        shown = matches[:MAX_SHOWN]
        while len(self._rows) < len(shown):
            row = _MatchRow(self.frame)
            row.open_button.clicked.connect(
                lambda _c=False, r=row: self.sig_open.emit(r.candidate_id))
            row.merge_button.clicked.connect(
                lambda _c=False, r=row: self.sig_merge.emit(r.candidate_id))
            self.layout.insertWidget(self.layout.indexOf(self._more), row)
            self._rows.append(row)
        for i, row in enumerate(self._rows):
            if i < len(shown):
                row.show_match(shown[i], existing)
                self.buttons += [row.open_button] + ([row.merge_button] if existing else [])
            row.setVisible(i < len(shown))
        more = len(matches) - len(shown)
        self._more.setText(f"…and {more} more")
        self._more.setVisible(more > 0)
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
        self.frame.show()
        self.sig_updated.emit()


class _MatchRow(QWidget):
    """One possible duplicate: who, and Open (and Merge… on a saved record)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.candidate_id = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 0, 0, 0)
        layout.setSpacing(8)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.open_button = QPushButton("Open", self)
        layout.addWidget(self.open_button)
        self.merge_button = QPushButton("Merge…", self)
        layout.addWidget(self.merge_button)

    def show_match(self, m: Match, existing: bool) -> None:
        self.candidate_id = m.candidate_id
        self.label.setText(match_text(m))
        self.open_button.setAccessibleName(f"Open {isolate(m.name)}")
        self.merge_button.setAccessibleName(f"Merge with {isolate(m.name)}")
        self.merge_button.setVisible(existing)
