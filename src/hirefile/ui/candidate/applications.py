"""A candidate's applications: each role with its stage, the days in it, a menu to move, the
time spent in every stage (small bars), and "Add to role…".

A person is in a handful of pipelines at most, so each application is a small card of widgets
rather than a view over a model. Moves and additions are undo commands; a move to an exit stage
first asks why (`ReasonDialog.ask`), because the file refuses an exit without a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.stages import days_in_stage, is_waiting
from hirefile.domain.vocab import StageKind
from hirefile.errors import HirefileError
from hirefile.services import listing, pipeline, timeline
from hirefile.services.timeline import ApplicationSummary
from hirefile.services.workspace import Workspace
from hirefile.ui import messages, theme
from hirefile.ui.candidate.dialogs import ReasonDialog
from hirefile.ui.changes import FEEDBACK
from hirefile.ui.commands import apply
from hirefile.ui.commands.candidates import AddToRole, MoveApplications
from hirefile.ui.common import tone_chip
from hirefile.ui.conflict_dialog import save_or_ask
from hirefile.ui.models.columns import day_text
from hirefile.ui.text import isolate

Notify = Callable[[], None]
_STAGE_TONES = {StageKind.ACTIVE: "ACCENT", StageKind.HIRED: "GREEN",
                StageKind.REJECTED: "FAINT", StageKind.WITHDREW: "FAINT"}


#: The Assess menu of an application: (key, label); "-" is a separator.
ASSESS_ACTIONS: tuple[tuple[str, str], ...] = (
    ("schedule", "Schedule interview…"),
    ("feedback", "Feedback and scorecards…"),
    ("review", "Portfolio review…"),
    ("culture", "Culture assessment…"),
    ("debrief", "Debrief…"),
    ("-", ""),
    ("packet", "Interview packet (PDF)…"),
    ("debrief_pdf", "Debrief summary (PDF)…"),
)


@dataclass(frozen=True)
class StageOption:
    id: str
    name: str
    kind: StageKind


def days_text(days: float) -> str:
    return "<1 d" if days < 1 else f"{round(days):,} d"


class StageBars(QWidget):
    """Time spent in each stage as one bar of proportional segments, the current one darkest."""

    def __init__(self, spent: tuple[tuple[str, float], ...] = (), current: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Time in each stage")
        self.set_spent(spent, current)

    def set_spent(self, spent: tuple[tuple[str, float], ...], current: str) -> None:
        self.spent, self.current = spent, current
        self.setToolTip("\n".join(f"{isolate(name)}: {days_text(d)}" for name, d in spent))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        total = sum(max(d, 0.0) for _, d in self.spent)
        if not self.spent or total <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = float(self.width())
        gap, x = 2.0, 0.0
        n = len(self.spent)
        usable = width - gap * (n - 1)
        for i, (name, d) in enumerate(self.spent):
            w = max(4.0, usable * max(d, 0.0) / total) if d > 0 else 4.0
            if i == n - 1:
                w = max(4.0, width - x)
            colour = QColor(theme.STAGE_BARS[min(i, len(theme.STAGE_BARS) - 1)])
            if name in ("Rejected", "Withdrew"):
                colour = QColor(theme.ENDED_BAR)
            elif name == "Hired":
                colour = QColor(theme.GREEN)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, 1, w, self.height() - 2), 3, 3)
            x += w + gap
        painter.end()


class ApplicationCard(QFrame):
    """One application: role, stage chip, days in stage, the move menu and the stage bars.

    A card is made once and shown again for the next record's applications (`show_app`):
    buttons made and deleted under the app's palette leave heap behind in Qt on every record
    opened (0.25 KB a button, growing for good); filled in place, the same cards stay flat."""

    def __init__(self, on_move: Callable[[ApplicationSummary, StageOption], object],
                 parent: QWidget | None = None,
                 on_assess: Callable[[ApplicationSummary, str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationCard")
        self._on_move = on_move
        self.role = QLabel(self)
        self.role.setObjectName("roleName")
        self.role.setTextFormat(Qt.TextFormat.PlainText)
        self.role.setWordWrap(True)  # a long title takes two lines rather than cutting the buttons
        self.chip = QLabel(self)
        self.chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.move_button = QToolButton(self)
        self.move_button.setObjectName("moveStageButton")
        self.move_button.setText("Move to…")
        self.move_button.setToolTip("Move to another stage of this role")
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.menu = QMenu(self.move_button)
        self.move_button.setMenu(self.menu)
        self.assess_button = QToolButton(self)
        self.assess_button.setText("Assess…")
        self.assess_button.setToolTip("Interviews, feedback, reviews and the debrief")
        self.assess_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assess_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        assess = QMenu(self.assess_button)
        for key, text in ASSESS_ACTIONS:
            if key == "-":
                assess.addSeparator()
                continue
            action = QAction(text, assess)
            action.setEnabled(on_assess is not None)
            if on_assess is not None:
                action.triggered.connect(lambda _c=False, k=key: on_assess(self.app, k))
            assess.addAction(action)
        self.assess_button.setMenu(assess)
        self.assess_menu = assess
        self.meta = QLabel(self)
        self.meta.setProperty("kind", "hint")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.bars = StageBars(parent=self)
        self.legend = QLabel(self)
        self.legend.setProperty("kind", "hint")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("font-size: 8.5pt;")

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.role)
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        top.addWidget(self.assess_button)
        top.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(5)
        layout.addLayout(top)
        layout.addWidget(self.meta)
        layout.addWidget(self.bars)
        layout.addWidget(self.legend)

    def show_app(self, app: ApplicationSummary, stages: list[StageOption]) -> None:
        """Show this application (the card's widgets filled in place)."""
        self.app = app
        self.role.setText(app.role)
        kind = StageKind(app.stage_kind)
        tone_chip(self.chip, app.stage, _STAGE_TONES.get(kind, "ACCENT"))
        self.move_button.setAccessibleName(f"Move in {isolate(app.role)}")
        self.assess_button.setAccessibleName(f"Assess for {isolate(app.role)}")
        self.menu.clear()
        exits_started = False
        for stage in stages:
            if stage.kind.is_exit and not exits_started:
                self.menu.addSeparator()
                exits_started = True
            action = QAction(stage.name + ("…" if stage.kind.is_exit else ""), self.menu)
            action.setEnabled(stage.name != app.stage)
            action.triggered.connect(lambda _c=False, s=stage: self._on_move(self.app, s))
            self.menu.addAction(action)
        now = datetime.now(timezone.utc)
        days = (now - app.stage_entered_at).total_seconds() / 86400
        waiting = is_waiting(kind, days_in_stage(app.stage_entered_at, now))
        self.meta.setText(self._meta_text(app, kind, days, waiting))
        theme.keep_style(self.meta, lambda: f"color: {theme.AMBER};" if waiting else "")
        spent = app.time_in_stages
        if kind.is_closed and len(spent) > 1:
            spent = spent[:-1]  # time since leaving or being hired is not time in a stage
        self.bars.set_spent(spent, app.stage)
        self.legend.setText(" · ".join(f"{n} {days_text(d)}" for n, d in spent))

    @staticmethod
    def _meta_text(app: ApplicationSummary, kind: StageKind, days: float,
                   waiting: bool) -> str:
        applied = f"applied {day_text(app.applied_at)}"
        if kind.is_exit:
            why = f": {isolate(app.exit_reason)}" if app.exit_reason else ""
            return f"{isolate(app.stage)} on {day_text(app.stage_entered_at)}{why} · {applied}"
        if kind is StageKind.HIRED:
            return f"Hired on {day_text(app.stage_entered_at)} · {applied}"
        late = " — waiting" if waiting else ""
        return f"{days_text(days)} in {isolate(app.stage)}{late} · {applied}"


class ApplicationsPanel(QObject):
    """Fills the record's applications area and runs its moves and additions."""

    #: A dialog wrote what is not an undo step (a submitted scorecard, revealed feedback);
    #: argument: the `Change`, for the window to announce.
    sig_written = Signal(object)

    def __init__(self, host: QWidget, layout: QVBoxLayout, empty_label: QLabel,
                 add_button: QToolButton, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host, self.layout, self.empty_label = host, layout, empty_label
        self.add_button = add_button
        self.add_menu = QMenu(add_button)
        add_button.setMenu(self.add_menu)
        add_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        #: The cards showing the record's applications, in order.
        self.cards: list[ApplicationCard] = []
        #: Every card made so far (the ones past `cards` hidden), kept to be filled again.
        self._made: list[ApplicationCard] = []
        self._db: Workspace | None = None
        self._stack: QUndoStack | None = None
        self._notify: Notify = lambda: None
        self._candidate: tuple[str, str] | None = None
        self.applications: list[ApplicationSummary] = []

    def set_context(self, db: Workspace | None, stack: QUndoStack, notify: Notify) -> None:
        self._db, self._stack, self._notify = db, stack, notify

    def load(self, candidate_id: str | None, name: str = "") -> None:
        """Show the applications of a candidate (None: none, as for a new record): the cards
        made for earlier records are filled again, more made only when this one has more."""
        self.applications = []
        self._candidate = (candidate_id, name) if candidate_id else None
        stages: dict[str, list[StageOption]] = {}
        roles: list[listing.RoleRow] = []
        if self._db is not None and candidate_id is not None:
            with self._db.reader() as s:
                # the ones still in process first, then the most recent
                self.applications = sorted(
                    timeline.applications(s, candidate_id),
                    key=lambda a: (a.stage_kind != StageKind.ACTIVE.value,
                                   -a.applied_at.timestamp()))
                for app in self.applications:
                    stages[app.role_id] = [StageOption(st.id, st.name, st.kind)
                                           for st in pipeline.stages_of(s, app.role_id)]
                roles = listing.role_rows(s)
        while len(self._made) < len(self.applications):
            card = ApplicationCard(self.move, self.host, on_assess=self.assess)
            self.layout.insertWidget(len(self._made), card)
            self._made.append(card)
        for card, app in zip(self._made, self.applications, strict=False):
            card.show_app(app, stages.get(app.role_id, []))
        self.cards = self._made[:len(self.applications)]
        for i, card in enumerate(self._made):
            card.setVisible(i < len(self.applications))
        self.empty_label.setVisible(not self.applications and candidate_id is not None)
        self._fill_add_menu(roles)

    def _fill_add_menu(self, roles: list[listing.RoleRow]) -> None:
        self.add_menu.clear()
        taken = {a.role_id for a in self.applications}
        free = [r for r in roles if r.id not in taken]
        for r in free:
            action = self.add_menu.addAction(f"{r.title}  ·  {r.status}")
            action.triggered.connect(lambda _c=False, r=r: self.add_to_role(r.id, r.title))
        self.add_button.setEnabled(self._candidate is not None and bool(free))
        self.add_button.setToolTip("Put this candidate in another role's pipeline" if free
                                   else "Already in every role's pipeline")

    def focus_chain(self) -> list[QWidget]:
        return [w for c in self.cards for w in (c.assess_button, c.move_button)]

    def assess(self, app: ApplicationSummary, key: str) -> None:
        """Open an assessment screen or a document for one application (see ASSESS_ACTIONS)."""
        if self._db is None:
            return
        from hirefile.ui import assess, exports

        db, host, done = self._db, self.host, self._notify

        def final() -> None:  # the dialog may have written what is no undo step
            self._notify()
            self.sig_written.emit(FEEDBACK)
        openers: dict[str, Callable[[], object]] = {
            "schedule": lambda: assess.schedule_interview(host, db, app.id, on_change=done,
                                                          stack=self._stack),
            "feedback": lambda: assess.open_scorecards(host, db, app.id, on_change=final,
                                                       stack=self._stack),
            "review": lambda: assess.open_review(host, db, app.id, on_change=done,
                                                 stack=self._stack),
            "culture": lambda: assess.open_culture(host, db, app.id, on_change=done,
                                                   stack=self._stack),
            "debrief": lambda: assess.open_debrief(host, db, app.id, on_change=final,
                                                   stack=self._stack),
            "packet": lambda: exports.export_packet(host, db, app.id),
            "debrief_pdf": lambda: exports.export_debrief(host, db, app.id),
        }
        openers[key]()

    # actions ---------------------------------------------------------------------------------

    def add_to_role(self, role_id: str, title: str) -> bool:
        if self._db is None or self._stack is None or self._candidate is None:
            return False
        cid, name = self._candidate
        try:
            apply(self._stack, AddToRole(self._db, self._notify, cid, role_id,
                                         f"Add {isolate(name)} to {isolate(title)}"))
        except HirefileError as exc:
            messages.show_problem(self.host, "Could not add to the role", exc.message)
            return False
        return True

    def move(self, app: ApplicationSummary, stage: StageOption) -> bool:
        """Move one application; an exit asks why first. False when cancelled or refused."""
        if self._db is None or self._stack is None or self._candidate is None:
            return False
        reason = note = None
        if stage.kind.is_exit:
            with self._db.reader() as s:
                reasons = pipeline.exit_reasons(s, stage.kind)
            answer = ReasonDialog.ask(self.host, reasons, stage=stage.name,
                                      detail=f"{isolate(self._candidate[1])} in "
                                             f"“{isolate(app.role)}”, now in "
                                             f"{isolate(app.stage)}.")
            if answer is None:
                return False
            reason, note = answer
        label = f"Move {isolate(self._candidate[1])} to {isolate(stage.name)}"
        command = MoveApplications(self._db, self._notify, [app.id], stage_id=stage.id,
                                   stage_name=stage.name, reason=reason, note=note,
                                   label=label, seen_stage_id=app.stage_id or None)
        def move(anyway: int | None) -> None:
            if anyway is not None:  # from wherever it is now
                command.seen_stage_id = None
            apply(stack, command)

        stack = self._stack
        try:
            if not save_or_ask(self.host, move):  # moved by someone since it was read
                self._notify()
                return False
        except HirefileError as exc:
            messages.show_problem(self.host, "Could not move", exc.message)
            return False
        return True

