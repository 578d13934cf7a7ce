"""A gentle note under the overall recommendation when most of today's are the same.

People grade each day on a curve (Simonsohn and Gino): after several candidates rated one way,
the next is easily rated the same. When the recommendation picked would make most of the
person's scorecards submitted today the same (`domain.drift.same_day`), the scorecard says so,
calmly, once: it never blocks submitting, and "Dismiss" hides it for the rest of this
scorecard. The day's figures are read once, when the scorecard opens; only the person's own
submitted scorecards count, never drafts or anyone else's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from hirefile.domain import drift
from hirefile.domain.drift import SameDay
from hirefile.services.calibration import recommendations_on
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess.common import label
from hirefile.ui.assess.style import amber_note


class SameDayNote(QFrame):
    """The note; `update_for(recommendation)` shows or hides it for the value picked."""

    def __init__(self, db: Workspace, person_id: str, scorecard_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sameDayNote")
        theme.keep_style(self, lambda: amber_note("sameDayNote"))
        with db.reader() as s:
            self.earlier = recommendations_on(s, person_id, excluding=scorecard_id)
        self.dismissed = False
        self.note: SameDay | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.setSpacing(10)
        self.text = label("", None, self, wrap=True)
        self.text.setObjectName("sameDayText")
        self.dismiss_button = QPushButton("&Dismiss", self)
        self.dismiss_button.setObjectName("sameDayDismiss")
        self.dismiss_button.setProperty("kind", "link")
        self.dismiss_button.setToolTip("Hide this note for this scorecard")
        self.dismiss_button.clicked.connect(self.dismiss)
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss_button)
        self.hide()

    def update_for(self, recommendation: int | None) -> None:
        self.note = drift.same_day(self.earlier, recommendation)
        if self.note is not None:
            self.text.setText(self.note.text)
        self.setVisible(self.note is not None and not self.dismissed)

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()
