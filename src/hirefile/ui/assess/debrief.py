"""The debrief of one candidate in one role: all the evidence side by side, then the decision.

Read top to bottom the way a debrief meeting runs: the role-weighted score, the grid of who
rated what (disagreements washed amber, unassessed axes named), each recommendation, the
portfolio and culture evidence, then the decision with its reason — applied to the stage at
once, and said in words ("Moved from Onsite to Debrief").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain import scoring
from hirefile.domain.roles import normalise_weights
from hirefile.domain.vocab import Axis, Decision
from hirefile.errors import HirefileError, ValidationError
from hirefile.services import debrief, estimates, scorecards
from hirefile.services.debrief import DebriefData
from hirefile.services.estimates import Estimate, Estimates, score_text
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess import ask
from hirefile.ui.assess.common import (
    clear_layout,
    day_text,
    ensure_viewer,
    label,
    status_chip,
    viewer_id,
)
from hirefile.ui.assess.debrief_grid import COL_WHO, DebriefGridModel, RatingDelegate
from hirefile.ui.assess.feedback import rating_chip
from hirefile.ui.assess.revise import ReviseScoresDialog
from hirefile.ui.assess.style import rating_text, style_sheet
from hirefile.ui.assess.summaries import culture_card, review_card
from hirefile.ui.commands.assess import DecideDebrief, ReviseScores, StartDiscussion
from hirefile.ui.commands.base import record, through_changes
from hirefile.ui.common import set_flag, show_text
from hirefile.ui.generated.ui_debrief import Ui_DebriefView
from hirefile.ui.roles.common import AXIS_SHORT
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

#: What each decision does to the stage, said before it is recorded.
DECISION_HINTS = {
    Decision.ADVANCE: "Moves the candidate to the next stage of the pipeline.",
    Decision.HIRE: "Moves the candidate to Offer (or Hired when the role has no Offer stage).",
    Decision.REJECT: "Moves the candidate to Rejected, with “Debrief decision” as the reason.",
    Decision.HOLD: "Records the decision; the candidate stays where they are.",
}
#: Opens another assessment screen for this application: (parent, application id).
Opener = Callable[[QWidget, str], object]


def culture_note(d: DebriefData) -> str:
    """How the culture assessments shown below count in the grid's Culture mean."""
    votes = [(a.assessor, scoring.culture_vote(v for v, _ in a.ratings.values()))
             for a in d.culture]
    each = ", ".join(f"{isolate(who)} {vote:.1f}" for who, vote in votes if vote is not None)
    n = d.culture_counted
    return (f"The {Axis.CULTURE.label} mean also counts {n} culture assessment"
            f"{'s' if n != 1 else ''} (shown below), each as one rating: the mean of the "
            f"dimensions it rated ({each}).")


def moved_line(e: Estimate) -> str:
    """"Ana: Software engineering 2 → 3 — saw the take-home's tests", the name and the reason
    isolated (they may be written right to left)."""
    text = f"{isolate(e.person)}: {e.label} {score_text(e.before)} → {score_text(e.after)}"
    return f"{text} — {isolate(e.reason)}" if e.reason else text


class DebriefView(QWidget):
    """Everything for one application's debrief; `reload()` reads it again."""

    def __init__(self, db: Workspace, application_id: str, parent: QWidget | None = None, *,
                 openers: Mapping[str, Opener] | None = None,
                 on_change: Callable[[], None] | None = None,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_DebriefView()
        self.form.setupUi(self)
        theme.keep_style(self, style_sheet)
        self.db = db
        #: The window's undo stack: a decision (with the move it made) is one step on it.
        self.stack = stack
        self.application_id = application_id
        self.on_change = on_change
        self.openers = openers or {}
        self.data: DebriefData | None = None
        self.estimates: Estimates | None = None
        self.weighted_text = ""
        self.gaps_text = ""
        #: The "what moved" lines shown (for tests and screen readers alike).
        self.moved_lines: list[str] = []
        f = self.form
        self.grid = DebriefGridModel(self)
        self._setup_grid()
        self.choices = QButtonGroup(self)
        for i, button in enumerate((f.advanceRadio, f.hireRadio, f.rejectRadio, f.holdRadio)):
            self.choices.addButton(button, i)
        self._decisions = list(Decision)
        f.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for name, opens in (("scorecards", f.scorecardsButton), ("review", f.reviewButton),
                            ("culture", f.cultureButton)):
            opens.setVisible(name in self.openers)
            opens.clicked.connect(lambda _c=False, n=name: self._open(n))
        theme.keep_style(f.gapsLabel,
                         lambda: f"QLabel {{ color: {theme.AMBER_TEXT}; font-weight: 600; }}")
        theme.keep_style(f.legendLabel, lambda: f"QLabel {{ color: {theme.AMBER_TEXT}; }}")
        f.revealButton.clicked.connect(self.reveal)
        f.startButton.clicked.connect(self.start_discussion)
        f.reviseButton.clicked.connect(self.revise)
        f.decideButton.clicked.connect(self.decide)
        self.choices.idToggled.connect(self._choice_changed)
        self.reload()

    def _setup_grid(self) -> None:
        view = self.form.gridView
        view.setModel(self.grid)
        view.setItemDelegate(RatingDelegate(view))
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setDefaultSectionSize(36)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setShowGrid(False)
        view.setSelectionMode(view.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        hh = view.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Practice 3…", never cut both ends
        # measured in the weight the style sheet paints headers in: elided in the regular
        # weight, "Software 15%" came out wider than its column and lost both ends
        bold = QFont(hh.font())
        bold.setWeight(QFont.Weight.DemiBold)
        hh.setFont(bold)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(COL_WHO, 290)

    # reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        with self.db.reader() as s:
            self.data = d = debrief.debrief(s, self.application_id, viewer_id(self.db))
            self.estimates = estimates.estimates(s, self.application_id, viewer_id(self.db))
        f = self.form
        f.headline.setText(isolate(d.candidate))  # starts at the left in any script
        f.subtitle.setText(f"{isolate(d.role)} · in {isolate(d.stage)}")
        self.grid.set_debrief(d)
        rows = self.grid.rowCount()
        f.gridView.setVisible(rows > 0)
        f.gridView.setFixedHeight(f.gridView.horizontalHeader().sizeHint().height()
                                  + 36 * rows + 4)
        self._show_score(d)
        self._show_notes(d)
        self._fill_estimates(self.estimates, d)
        self._fill_recommendations(d)
        self._fill_evidence(d)
        self._fill_decisions(d)

    def _show_score(self, d: DebriefData) -> None:
        f = self.form
        counted = "Scorecards"
        if d.culture_counted:
            n = d.culture_counted
            counted += f" and {n} culture assessment{'s' if n != 1 else ''}"
        if d.weighted is not None:
            text = scoring.rating_label(d.weighted)
            hint = f"{counted} weighted by the role: " + " · ".join(
                f"{AXIS_SHORT[a]} {round(100 * w)}%"
                for a, w in normalise_weights(d.weights).items() if w > 0)
        elif d.sealed:
            text, hint = "Sealed", "Submit your scorecard (or reveal) to see the score."
        else:
            text, hint = "Not assessed", ("No submitted scorecard or culture assessment rates "
                                          "an axis yet.")
        if d.reviews:
            hint += ". " + scoring.PORTFOLIO_NOT_SCORED
        e = self.estimates
        if e is not None and e.started and e.weighted_before is not None:
            hint += (f". Before the discussion {score_text(e.weighted_before)}, after "
                     f"{score_text(e.weighted_after)}.")
        self.weighted_text = f"Weighted: {text}"
        f.scoreLabel.setText(text)
        f.scoreHint.setText(hint)
        f.scoreCard.setAccessibleName(self.weighted_text)
        f.scoreCard.setToolTip(self.weighted_text)

    def _show_notes(self, d: DebriefData) -> None:
        f = self.form
        sealed = sum(1 for c in d.cards if c.sealed)
        what = f"{sealed} scorecard{'s' if sealed != 1 else ''}" if sealed else ""
        if d.sealed_evidence:
            n = d.sealed_evidence
            other = f"{n} portfolio or culture assessment{'s' if n != 1 else ''}"
            what = f"{what} and {other}" if what else other
        plural = sealed + d.sealed_evidence != 1
        f.sealedBanner.setVisible(d.sealed)
        f.sealedText.setText(
            f"{what} {'are' if plural else 'is'} sealed until you submit your scorecard, so "
            "that they do not anchor your judgement. Revealing them now is recorded.")
        legend = []
        if d.disagreements:
            names = ", ".join(a.label for a in Axis if a in d.disagreements)
            legend.append(f"⚠ The panel disagrees on {names}: ratings two or more steps "
                          "apart. Talk it through before deciding.")
        if d.culture_counted and d.grid:
            legend.append(culture_note(d))
        show_text(f.legendLabel, "\n".join(legend))
        notes = []
        if d.gaps and (d.grid or d.culture_counted):
            notes.append("Nobody assessed: " + ", ".join(a.label for a in d.gaps))
        if d.sealed_axes:
            notes.append("Sealed for you until you submit your scorecard: "
                         + ", ".join(a.label for a in d.sealed_axes))
        self.gaps_text = "\n".join(notes)
        show_text(f.gapsLabel, self.gaps_text)
        if not d.grid:
            f.gridTitle.setText("Scorecards side by side — none to show yet" if not d.sealed
                                else "Scorecards side by side — sealed")
        else:
            f.gridTitle.setText("Scorecards side by side")

    def _fill_estimates(self, e: Estimates, d: DebriefData) -> None:
        """Everyone's scores before the discussion, side by side, their revisions, and what
        moved and why."""
        f = self.form
        host, lay = f.estimatesHost, f.estimatesHostLayout
        clear_layout(lay)
        f.startButton.setVisible(e.open_to_viewer and (not e.started or e.late > 0))
        f.startButton.setText("Add &Late Scores" if e.started else "S&tart Discussion")
        f.reviseButton.setVisible(e.open_to_viewer and e.started)
        if not e.open_to_viewer:
            f.estimatesHint.setText(estimates.SEALED if e.started else
                                    "Once you have submitted your scorecard, start the "
                                    "discussion here: everyone's scores are kept as they "
                                    "stand and revealed at once.")
            return
        if not e.started:
            f.estimatesHint.setText(
                "Estimate, discuss, estimate: Start Discussion keeps everyone's scores from "
                "their submitted scorecards as they stand and shows them side by side; after "
                "talking, each person may revise theirs, with a reason. Both are kept.")
            return
        when = day_text(min(x.before_at for x in e.rows)) if e.rows else ""
        hint = f"Scores kept before the discussion{' on ' + when if when else ''}."
        if e.weighted_before is not None:
            hint += (f" Weighted score before: {score_text(e.weighted_before)}, after: "
                     f"{score_text(e.weighted_after)}.")
        if e.late:
            hint += (f" {e.late} scorecard{'s' if e.late != 1 else ''} submitted since: "
                     "Add Late Scores keeps them too.")
        f.estimatesHint.setText(hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.addWidget(label("Person", "hint", host), 0, 0)
        for col, aspect in enumerate(estimates.ASPECTS, start=1):
            head = "Overall" if aspect == estimates.OVERALL else AXIS_SHORT[Axis(aspect)]
            grid.addWidget(label(head, "hint", host), 0, col)
        for row, (pid, name) in enumerate(e.people, start=1):
            grid.addWidget(label(name, "fieldTitle", host), row, 0)
            mine = {x.aspect: x for x in e.of(pid)}
            for col, aspect in enumerate(estimates.ASPECTS, start=1):
                x = mine.get(aspect)
                text = "—" if x is None else score_text(x.before) + (
                    f" → {score_text(x.after)}" if x.moved else "")
                cell = label(text, "fieldTitle" if x is not None and x.moved else None, host)
                if x is not None and x.moved:
                    cell.setToolTip(moved_line(x))
                grid.addWidget(cell, row, col)
        grid.setColumnStretch(len(estimates.ASPECTS) + 1, 1)
        lay.addLayout(grid)
        lay.addSpacing(6)
        lay.addWidget(label("What moved", "fieldTitle", host))
        moved = e.moved
        if not moved:
            lay.addWidget(label("Nothing yet: nobody has revised a score after the "
                                "discussion.", "hint", host, wrap=True))
        for x in moved:
            line = label(f"{moved_line(x)} ({day_text(x.revised_at or x.before_at)})",
                         None, host, wrap=True)
            lay.addWidget(line)
        self.moved_lines = [moved_line(x) for x in moved]

    def _fill_recommendations(self, d: DebriefData) -> None:
        """How many interviewers recommend what (who said what is in the grid)."""
        host, lay = self.form.recommendationsHost, self.form.recommendationsHostLayout
        clear_layout(lay)
        given = [r for _who, r in d.recommendations if r is not None]
        if not given:
            lay.addWidget(label("None visible yet.", "hint", host))
            return
        row = QHBoxLayout()
        row.setSpacing(8)
        for value in (4, 3, 2, 1):
            n = given.count(value)
            if n:
                row.addWidget(rating_chip(value, host, text=f"{n} × {rating_text(value)}"))
        row.addStretch(1)
        lay.addLayout(row)
        against = sum(1 for r in given if r <= 2)
        lay.addWidget(label(
            f"{len(given)} recommendation{'s' if len(given) != 1 else ''}; "
            + ("nobody recommends against." if not against else
               f"{against} against: hear them out first."), "hint", host, wrap=True))

    def _fill_evidence(self, d: DebriefData) -> None:
        f = self.form
        clear_layout(f.portfolioHostLayout)
        clear_layout(f.cultureHostLayout)
        if not d.reviews:
            f.portfolioHostLayout.addWidget(label(
                "Sealed until you submit your scorecard." if d.sealed_reviews
                else "No portfolio review.", "hint", f.portfolioHost))
        for review in d.reviews:
            f.portfolioHostLayout.addWidget(review_card(review, f.portfolioHost))
        if not d.culture:
            f.cultureHostLayout.addWidget(label(
                "Sealed until you submit your scorecard." if d.sealed_culture
                else "No culture assessment.", "hint", f.cultureHost))
        for assessment in d.culture:
            f.cultureHostLayout.addWidget(culture_card(assessment, f.cultureHost))

    def _fill_decisions(self, d: DebriefData) -> None:
        host, lay = self.form.decisionsHost, self.form.decisionsHostLayout
        clear_layout(lay)
        if not d.decisions:
            lay.addWidget(label("No decision recorded yet.", "hint", host))
        for decision, rationale, by, at in reversed(d.decisions):
            box = QVBoxLayout()
            box.setSpacing(2)
            head = QHBoxLayout()
            chip = label("", None, host)
            status_chip(chip, decision.label, decision is not Decision.HOLD)
            head.addWidget(chip)
            head.addWidget(label(f"{by} · {day_text(at)}", "hint", host))
            head.addStretch(1)
            box.addLayout(head)
            box.addWidget(label(rationale, None, host, wrap=True))
            lay.addLayout(box)

    # acting --------------------------------------------------------------------------------

    def _choice_changed(self, *_args: object) -> None:
        decision = self.decision()
        show_text(self.form.choiceHint, DECISION_HINTS[decision] if decision else "")

    def decision(self) -> Decision | None:
        i = self.choices.checkedId()
        return self._decisions[i] if i >= 0 else None

    def set_decision(self, decision: Decision, rationale: str) -> None:
        self.choices.button(self._decisions.index(decision)).setChecked(True)
        self.form.rationaleEdit.setPlainText(rationale)

    def decide(self) -> bool:
        """Record the decision and apply it to the stage; say what happened."""
        f = self.form
        show_text(f.rationaleError, "")
        set_flag(f.rationaleEdit, "invalid", False)
        decision = self.decision()
        if decision is None:
            show_text(f.rationaleError, "Choose advance, hire, reject or hold.")
            f.advanceRadio.setFocus()
            return False
        before = self.data.stage if self.data else ""
        try:
            ensure_viewer(self.db)
            me = viewer_id(self.db)
            moved = record(self.stack, DecideDebrief(
                self.db, through_changes, self.application_id, decision,
                f.rationaleEdit.toPlainText(), me,
                self.data.candidate if self.data else "")).moved
        except ValidationError as exc:
            show_text(f.rationaleError, exc.message)
            set_flag(f.rationaleEdit, "invalid", exc.field == "rationale")
            f.rationaleEdit.setFocus()
            return False
        except HirefileError as exc:
            show_text(f.rationaleError, exc.message)
            return False
        self.reload()
        after = self.data.stage if self.data else ""
        f.resultLabel.setText(
            f"{decision.label} recorded. Moved from {isolate(before)} to {isolate(after)}."
            if moved else
            f"{decision.label} recorded. "
            f"{isolate(self.data.candidate) if self.data else ''} stays in {isolate(after)}.")
        f.rationaleEdit.clear()
        self.choices.setExclusive(False)
        for b in self.choices.buttons():
            b.setChecked(False)
        self.choices.setExclusive(True)
        self._changed()
        return True

    def start_discussion(self) -> bool:
        """Keep everyone's scores before the discussion (one undo step)."""
        try:
            ensure_viewer(self.db)
            record(self.stack, StartDiscussion(
                self.db, through_changes, self.application_id, viewer_id(self.db),
                self.data.candidate if self.data else ""))
        except HirefileError as exc:
            show_text(self.form.estimatesHint, exc.message)
            return False
        self.reload()
        self._changed()
        return True

    def revise(self) -> bool:
        """Revise My Score…: the dialog, then one undo step."""
        e = self.estimates
        if e is None:
            return False
        me = viewer_id(self.db)
        candidate = self.data.candidate if self.data else ""

        def save(scores: dict[str, int | None], reason: str) -> object:
            ensure_viewer(self.db)
            return record(self.stack, ReviseScores(self.db, through_changes,
                                                   self.application_id, me, scores, reason,
                                                   candidate))

        dialog = ReviseScoresDialog(self, candidate, {x.aspect: x for x in e.of(me)}, save)
        try:
            dialog.exec()
            saved = dialog.saved
        finally:
            dialog.deleteLater()
        if saved:
            self.reload()
            self._changed()
        return saved

    def reveal(self) -> bool:
        sealed = (sum(1 for c in self.data.cards if c.sealed) + self.data.sealed_evidence
                  if self.data else 0)
        if not sealed or not ask.confirm_reveal(self, sealed):
            return False
        try:
            with self.db.session() as s:
                scorecards.reveal(s, self.application_id, viewer_id(self.db))
        except HirefileError as exc:
            show_text(self.form.sealedText, exc.message)
            return False
        self.reload()
        self._changed()
        return True

    def _open(self, name: str) -> None:
        opener = self.openers.get(name)
        if opener is not None:
            opener(self, self.application_id)
            self.reload()
            self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()


class DebriefDialog(QDialog):
    """The debrief view in a window of its own, with Close."""

    def __init__(self, parent: QWidget | None, db: Workspace, application_id: str, *,
                 openers: Mapping[str, Opener] | None = None,
                 on_change: Callable[[], None] | None = None,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.changed = False

        def changed() -> None:
            self.changed = True
            if on_change is not None:
                on_change()

        self.view = DebriefView(db, application_id, self, openers=openers, on_change=changed,
                                stack=stack)
        theme.keep_style(self, style_sheet)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.view, 1)
        footer = QFrame(self)
        footer.setObjectName("footer")
        row = QHBoxLayout(footer)
        row.setContentsMargins(24, 10, 24, 10)
        row.addStretch(1)
        self.close_button = QPushButton("Close", footer)
        self.close_button.setProperty("kind", "primary")
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        lay.addWidget(footer)
        d = self.view.data
        self.setWindowTitle(f"Debrief — {isolate(d.candidate)}" if d else "Debrief")
        self.resize(1180, 860)
        fit_to_screen(self)
