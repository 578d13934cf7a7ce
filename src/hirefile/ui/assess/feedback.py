"""The scorecards of one candidate in one role, as the viewer may see them (sealed feedback).

Until the viewer has submitted a scorecard of their own for the application, the others'
cards show only who submitted them: reading them first anchors one's own judgement. "Reveal
anyway…" is there for the founder who must decide today, and it is written to the activity
log with their name (`services.scorecards.reveal`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.vocab import Axis, InterviewStatus, ScorecardStatus
from hirefile.errors import HirefileError
from hirefile.services import interviews, listing
from hirefile.services import scorecards as sc
from hirefile.services.interviews import InterviewData
from hirefile.services.scorecards import ScorecardView
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess import ask
from hirefile.ui.assess.common import clear_layout, label, report, viewer_id
from hirefile.ui.assess.style import rating_text, style_sheet, tone_for
from hirefile.ui.generated.ui_scorecards import Ui_ScorecardsDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

#: Opens the scorecard editor for an interview (the entry point, injected to avoid a cycle).
OpenEditor = Callable[[QWidget, str], None]


def rating_chip(value: float | None, parent: QWidget | None = None, *,
                text: str | None = None) -> QLabel:
    """A rating as a small coloured chip ("Strong yes"), in the colours of the scale."""
    tone = tone_for(value)
    chip = QLabel(text if text is not None else rating_text(
        None if value is None else round(value)), parent)
    theme.keep_style(chip, lambda: f"QLabel {{ color: {tone.fg}; background: {tone.bg}; "
                                   f"border: 1px solid {tone.line}; border-radius: 9px; "
                                   "padding: 1px 10px; font-weight: 600; font-size: 9pt; }")
    return chip


def _card(parent: QWidget, kind: str = "card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setProperty("kind", kind)
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(16, 12, 16, 12)
    lay.setSpacing(8)
    return frame, lay


class ScorecardsDialog(QDialog):
    """Every scorecard of an application for the viewer; sealed ones with "Reveal anyway…"."""

    def __init__(self, parent: QWidget | None, db: Workspace, application_id: str, *,
                 open_editor: OpenEditor | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ScorecardsDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.db = db
        self.application_id = application_id
        self.open_editor = open_editor
        self.changed = False
        self.cards: list[ScorecardView] = []
        self.reveal_buttons: list[QPushButton] = []
        self._write_target: str | None = None
        self.form.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form.statusChip.hide()
        self.form.writeButton.clicked.connect(self._write)
        self.form.closeButton.clicked.connect(self.accept)
        self.reload()

    # reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        me = viewer_id(self.db)
        with self.db.reader() as s:
            row = listing.application_rows(s, [self.application_id]).get(self.application_id)
            self.cards = sc.scorecards(s, self.application_id, me)
            mine = interviews.interviews_data(
                s, interviews.ids_for_application(s, self.application_id))
        f = self.form
        who = row.candidate if row else "this candidate"
        self.setWindowTitle(f"Feedback — {isolate(who)}")
        f.headline.setText(f"Feedback on {isolate(who)}")
        submitted = [c for c in self.cards if c.status is ScorecardStatus.SUBMITTED]
        f.subtitle.setText(f"{isolate(row.role) if row else ''} · {len(submitted)} submitted "
                           f"scorecard{'s' if len(submitted) != 1 else ''}")
        sealed = [c for c in self.cards if c.sealed]
        f.sealedBanner.setVisible(bool(sealed))
        f.sealedText.setText(
            "Feedback stays sealed until you submit your own scorecard for this candidate, so "
            "that the first opinion does not anchor yours. Revealing it anyway is recorded.")
        self._fill(who)
        self._offer_writing(mine)

    def _fill(self, who: str) -> None:
        host, lay = self.form.cardsHost, self.form.cardsHostLayout
        clear_layout(lay)
        self.reveal_buttons = []
        if not self.cards:
            lay.addWidget(label(f"No scorecards for {isolate(who)} yet.", "hint", host))
        for card in self.cards:
            if card.sealed:
                lay.addWidget(self._sealed(card, host))
            else:
                lay.addWidget(self._open(card, host))

    def _sealed(self, card: ScorecardView, host: QWidget) -> QFrame:
        frame, lay = _card(host, "sealedCard")
        row = QHBoxLayout()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(label(card.sealed_text, "fieldTitle", frame, wrap=True))
        if card.interview_title:
            text.addWidget(label(card.interview_title, "hint", frame))
        row.addLayout(text, 1)
        button = QPushButton("Reveal anyway…", frame)
        button.setProperty("kind", "tool")
        button.setToolTip("Read the sealed feedback before you submit yours (recorded)")
        button.clicked.connect(self.reveal)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.reveal_buttons.append(button)
        lay.addLayout(row)
        return frame

    def _open(self, card: ScorecardView, host: QWidget) -> QFrame:
        frame, lay = _card(host)
        head = QHBoxLayout()
        who = "Your scorecard" if card.mine else card.interviewer
        title = f"{isolate(who)} · {isolate(card.interview_title)}" if card.interview_title else who
        head.addWidget(label(title, "fieldTitle", frame, wrap=True), 1)
        if card.status is ScorecardStatus.DRAFT:
            head.addWidget(label("Draft — only you see it", "hint", frame))
            if self.open_editor is not None:
                cont = QPushButton("Continue writing…", frame)
                cont.setProperty("kind", "tool")
                cont.clicked.connect(lambda _c=False, i=card.interview_id: self._edit(i))
                head.addWidget(cont)
        else:
            head.addWidget(label("Recommends", "hint", frame))
            head.addWidget(rating_chip(card.recommendation, frame))
        lay.addLayout(head)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for r, axis in enumerate(a for a in Axis if a in card.ratings):
            value, evidence = card.ratings[axis]
            top_left = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
            grid.addWidget(label(axis.label, None, frame), r, 0, top_left)
            grid.addWidget(rating_chip(value, frame), r, 1, top_left)
            grid.addWidget(label(evidence or "—", "hint" if not evidence else None, frame,
                                 wrap=True), r, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(0, 190)
        grid.setColumnMinimumWidth(1, 110)
        lay.addLayout(grid)
        for _nid, question, note in card.question_notes:
            if note.strip():
                lay.addWidget(label(f"{question}\n{note}", None, frame, wrap=True))
        if card.takeaways:
            lay.addWidget(label("Key take-aways", "fieldTitle", frame))
            lay.addWidget(label(card.takeaways, None, frame, wrap=True))
        if card.mine and card.private_note:
            lay.addWidget(label("Private note — only you see this", "private", frame))
            lay.addWidget(label(card.private_note, None, frame, wrap=True))
        return frame

    def _offer_writing(self, data: list[InterviewData]) -> None:
        """"Write your scorecard…" for the first interview of the viewer without a submitted
        card of theirs."""
        me = viewer_id(self.db)
        done = {c.interview_id for c in self.cards
                if c.mine and c.status is ScorecardStatus.SUBMITTED}
        mine = [d for d in data if me in {pid for pid, _ in d.panel} and d.id not in done
                and d.status is not InterviewStatus.CANCELLED]
        self._write_target = mine[0].id if mine else None
        f = self.form
        f.writeButton.setVisible(self._write_target is not None and self.open_editor is not None)
        if mine:
            f.writeButton.setToolTip(f"Your scorecard for {isolate(mine[0].title)}")

    # acting --------------------------------------------------------------------------------

    def reveal(self) -> bool:
        """Confirm, then reveal the sealed cards (recorded); True when revealed."""
        sealed = sum(1 for c in self.cards if c.sealed)
        if not sealed or not ask.confirm_reveal(self, sealed):
            return False
        try:
            with self.db.session() as s:
                sc.reveal(s, self.application_id, viewer_id(self.db))
        except HirefileError as exc:
            report(self, "Could not reveal the feedback", exc)
            return False
        self.changed = True
        self.reload()
        return True

    def _write(self) -> None:
        if self._write_target is not None:
            self._edit(self._write_target)

    def _edit(self, interview_id: str) -> None:
        if self.open_editor is None:
            return
        self.open_editor(self, interview_id)
        self.changed = True
        self.reload()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace, application_id: str, *,
            open_editor: OpenEditor | None = None) -> bool:
        """Show the feedback; True when something was written (a reveal, a scorecard)."""
        dialog = cls(parent, db, application_id, open_editor=open_editor)
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()

