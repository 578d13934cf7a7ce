"""The Home page, the first screen of an open file: what needs a founder today.

One read of `services.dashboard` fills seven cards (open roles, people waiting too long,
this week's interviews, scorecards you owe, offers expiring, talent-pool reach-outs,
onboarding and check-ins). Each row opens its record through `sig_open(kind, key)`; the
window decides where that is. The page reads on the window's change notification, and only
while it is on screen: a hidden page marks itself stale and reads when shown. A file with no
role and no candidate gets the welcome (ui/welcome.py) instead of seven empty cards.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hirefile.services import dashboard
from hirefile.services.dashboard import Dashboard
from hirefile.services.startup import HOME
from hirefile.ui import preferences, theme
from hirefile.ui.changes import FEEDBACK, FileChanges
from hirefile.ui.home.cards import HomeRow, SectionCard, style_sheet
from hirefile.ui.models.columns import count_text, day_text
from hirefile.ui.text import isolate

if TYPE_CHECKING:
    from hirefile.settings import Identity
    from hirefile.ui.welcome import WelcomePanel

#: Sections in the order of the page, with their title, hint and friendly empty line.
SECTIONS: dict[str, tuple[str, str, str]] = {
    "roles": ("Open roles", "People in each stage, and hires against headcount",
              "No open roles. Set a role to Open when you start hiring for it."),
    "waiting": ("Waiting too long", "", "Nobody is waiting. Good pace."),  # hint: `waiting_hint`
    "interviews": ("Interviews this week", "Today and the next six days; yours first",
                   "No interviews in the next seven days."),
    "owed": ("Scorecards you owe", "Interviews you were on, with no scorecard submitted",
             "You are all caught up."),
    "offers": ("Offers expiring", f"Out and expiring within {dashboard.OFFER_SOON_DAYS} days, "
               "or expired and still open", "No offer is about to expire."),
    "reach_outs": ("Talent pool reach-outs", "People who asked to hear from you again",
                   "No one to reach out to this week."),
    "onboarding": ("Onboarding and check-ins", "For your new hires, due soon or overdue",
                   "Nothing due for your new hires."),
}
#: Sections whose whole list lives on another page (Show all).
LISTED_ELSEWHERE = frozenset(("roles", "waiting", "interviews", "owed", "offers", "reach_outs"))


class Source(Protocol):
    """What Home reads: an open `Database`, or at start-up the file opened with sqlite3 alone
    (storage/quick.py `QuickFile`)."""

    @property
    def identity(self) -> Identity: ...

    def reader(self) -> AbstractContextManager[Any]: ...


def waiting_hint(days: int) -> str:
    """The "Waiting too long" card's hint, with this machine's waiting rule."""
    return f"More than {count_text(days, 'day')} in one stage without a move"


def days_text(days: int, *, ahead: str, behind: str) -> str:
    """`in 3 days` / `today` / `2 days ago`, worded by the caller ("expires {}")."""
    if days == 0:
        return "today"
    if days == 1 and ahead == "in {}":
        return "tomorrow"
    return (ahead if days > 0 else behind).format(count_text(abs(days), "day"))


def due_text(days_left: int) -> str:
    """`due in 3 days`, `due today`, `2 days overdue`."""
    if days_left < 0:
        return f"{count_text(-days_left, 'day')} overdue"
    return "due " + days_text(days_left, ahead="in {}", behind="{} ago")


def time_text(when: datetime, today: date) -> str:
    """`Today 14:00`, `Tomorrow 09:30`, `Wed 10 Dec, 11:00`, in local time."""
    local = when.astimezone()
    clock = f"{local:%H:%M}"
    delta = (local.date() - today).days
    if delta == 0:
        return f"Today {clock}"
    if delta == 1:
        return f"Tomorrow {clock}"
    return f"{local:%a} {local.day} {local:%b}, {clock}"


def _joined(*parts: str) -> str:
    return " · ".join(isolate(p) for p in parts if p)


class HomePage(QWidget):
    """The cards of what needs doing, or the welcome in a new file."""

    #: Open a record: (kind, key) with kind "candidate", "role", "interview" or "offer".
    sig_open = Signal(str, str)
    #: Show the page listing a whole section ("roles", "waiting", "interviews", "owed",
    #: "offers", "reach_outs").
    sig_show_all = Signal(str)
    #: A first step of a new file: "role" or "candidate".
    sig_first_step = Signal(str)
    #: A scorecard written from here was submitted (not an undo step); argument: the Change.
    sig_written = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomePage")
        theme.keep_style(self, style_sheet)
        self._db: Source | None = None
        self._stale = False
        #: Called before a row, Show all or a first step acts (the window builds the rest of
        #: itself then, when Home was shown alone at start-up).
        self.before_acting: Callable[[], None] | None = None
        #: What the page shows now (None before the first read).
        self.data: Dashboard | None = None
        self.reads = 0
        #: The window's undo stack and change notification (set by the window).
        self.undo_stack: QUndoStack | None = None
        self.changes: FileChanges | None = None
        #: A new file's welcome (ui/welcome.py), made when first shown; `welcome_made` is
        #: called with it (the window's `Welcome` carries out what it asks).
        self.welcome: WelcomePanel | None = None
        self.welcome_made: Callable[[WelcomePanel], None] | None = None
        self._build()
        self.cards["waiting"].hint.setText(waiting_hint(preferences.waiting_days()))
        self.cards["waiting"].hint.show()
        for key, card in self.cards.items():
            card.sig_show_all.connect(lambda k=key: self._act(self.sig_show_all.emit, k))

    # layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        """Each widget is made inside its final parent: moving a styled widget re-applies the
        style sheet to all it holds, which start-up would pay for before the first frame."""
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("homeScroll")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        #: What the page scrolls: the title, then the welcome or the cards. In the scroll area
        #: while still empty (not through `viewport()`: a widget Qt made, which PySide would
        #: match against every widget class it has, making each of them first).
        self.content = content = QWidget()
        content.setObjectName("homeContent")
        self.scroller.setWidget(content)
        self.title = QLabel("Home", content)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(content)
        self.subtitle.setObjectName("pageSubtitle")
        self.cards_area = QWidget(content)
        self.cards = {key: SectionCard(title, hint, empty=empty,
                                       show_all=key in LISTED_ELSEWHERE,
                                       parent=self.cards_area)
                      for key, (title, hint, empty) in SECTIONS.items()}
        grid = QGridLayout(self.cards_area)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        grid.addWidget(self.cards["roles"], 0, 0, 1, 2)
        for i, key in enumerate(("waiting", "interviews", "owed", "offers", "reach_outs",
                                 "onboarding")):
            grid.addWidget(self.cards[key], 1 + i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addWidget(self.cards_area)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    # the page protocol of the main window ---------------------------------------------------

    @property
    def stale(self) -> bool:
        """Something changed while the page was hidden: it reads when shown."""
        return self._stale

    def set_database(self, db: Source | None, *, read: bool = True, now: bool = False) -> None:
        """Read `db` (`read=False`: the same file, taken over by a `Database`: nothing to
        read again; `now`: before the page is first shown, as at start-up, so the window is
        laid out and painted once with the rows in place)."""
        self._db = db
        if now:
            self._read()
        elif read:
            self.refresh()

    def refresh(self) -> None:
        """Read now when on screen; otherwise when next shown."""
        if self.isVisible():
            self._read()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._read()

    def _read(self) -> None:
        self._stale = False
        self.reads += 1
        if self._db is None:
            self.data = None
            self._show_empty_file(True)
            return
        ahead = getattr(self._db, "ahead", None)  # read while the window was built
        data = ahead(HOME) if ahead is not None else None
        if data is not None and data.waiting_days != preferences.waiting_days():
            data = None  # read ahead before the waiting rule changed
        if data is None:
            with self._db.reader() as s:
                data = dashboard.read(s, self._db.identity.person_id,
                                      waiting_days=preferences.waiting_days())
        self.data = data
        self._show(data)

    # filling the cards ---------------------------------------------------------------------

    def _show_empty_file(self, empty: bool) -> None:
        if empty and self.welcome is None:
            self._make_welcome()
        if self.welcome is not None:
            self.welcome.setVisible(empty)
            if empty:
                self.welcome.read()  # the recent files as they are now
        self.cards_area.setVisible(not empty)
        self.subtitle.setText("A new hiring file" if empty else self.subtitle.text())

    def _make_welcome(self) -> None:
        from hirefile.ui.welcome import WelcomePanel, entry_of  # not for a file with people

        self.welcome = WelcomePanel(self.content)
        self.welcome.current = lambda: entry_of(self._db)  # the open file is not a recent one
        self.welcome.before_asking = lambda: self.before_acting and self.before_acting()
        self.welcome.sig_step.connect(lambda k: self._act(self.sig_first_step.emit, k))
        layout = self.content.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.cards_area), self.welcome)
        if self.welcome_made is not None:
            self.welcome_made(self.welcome)

    def _show(self, d: Dashboard) -> None:
        self.subtitle.setText(f"{d.today:%A} {day_text(d.today)} · what needs you today")
        if d.empty_file:
            self._show_empty_file(True)
            return
        self._fill("roles", d.roles.total, [self._row(
            r.title,
            f"{count_text(r.in_process, 'in process', 'in process')}: " + "  ·  ".join(
                f"{isolate(s.name)} {s.people:,}" for s in r.stages),
            f"{r.hired:,} of {r.headcount:,} hired", ("role", r.role_id))
            for r in d.roles.rows])
        self.cards["waiting"].hint.setText(waiting_hint(d.waiting_days))
        self.cards["waiting"].hint.show()
        self._fill("waiting", d.waiting.total, [self._row(
            w.candidate, _joined(w.role, w.stage), f"{w.days:,} days",
            ("candidate", w.candidate_id), tone="late") for w in d.waiting.rows])
        self._fill("interviews", d.interviews.total, [self._row(
            i.candidate, _joined(i.title, i.role), time_text(i.starts_at, d.today),
            ("interview", i.interview_id), mine=i.mine,
            tip=("You are on this panel. " if i.mine else "") +
            (f"With {', '.join(i.panel)}" if i.panel else "No interviewers yet"))
            for i in d.interviews.rows])
        self._fill("owed", d.owed.total, [self._row(
            o.candidate, _joined(o.title, o.role, "draft started" if o.draft else ""),
            ("no time given" if o.days is None else
             days_text(-o.days, ahead="in {}", behind="{} ago")),
            ("scorecard", o.interview_id), tone="late" if (o.days or 0) > 2 else "")
            for o in d.owed.rows])
        self._fill("offers", d.offers.total, [self._row(
            o.candidate, _joined(o.role, o.status.label),
            ("expires " if o.days_left >= 0 else "expired ") +
            days_text(o.days_left, ahead="in {}", behind="{} ago"),
            ("offer", o.offer_id), tone="over" if o.days_left < 0 else "late")
            for o in d.offers.rows])
        self._fill("reach_outs", d.reach_outs.total, [self._row(
            r.candidate, isolate(r.about) if r.about else "Talent pool",
            due_text(r.days_left),
            ("candidate", r.candidate_id), tone="late" if r.days_left < 0 else "")
            for r in d.reach_outs.rows])
        self._fill("onboarding", d.onboarding.total, [self._row(
            o.candidate, _joined(o.text, o.role),
            due_text(o.days_left),
            ("candidate", o.candidate_id), tone="late" if o.days_left < 0 else "")
            for o in d.onboarding.rows])
        # shown once filled: a card still hidden is styled then, with its count as it is
        # (restyling one already styled needs its style(), see SectionCard.set_rows)
        self._show_empty_file(False)

    def _row(self, title: str, detail: str, when: str, target: tuple[str, str], *,
             tone: str = "", mine: bool = False, tip: str = "") -> HomeRow:
        row = HomeRow(title, detail, when, tone=tone, mine=mine, tip=tip)
        row.sig_open.connect(lambda: self.open(*target))
        return row

    def _fill(self, key: str, total: int, rows: list[HomeRow]) -> None:
        self.cards[key].set_rows(rows, total)

    # opening -------------------------------------------------------------------------------

    def _act(self, act: Callable[[str], object], what: str) -> None:
        if self.before_acting is not None:
            self.before_acting()
        act(what)

    def open(self, kind: str, key: str) -> None:
        """Open what a row is about: a scorecard here, anything else through the window."""
        if self.before_acting is not None:
            self.before_acting()
        if kind == "scorecard":
            self.write_scorecard(key)
        else:
            self.sig_open.emit(kind, key)

    def write_scorecard(self, interview_id: str) -> None:
        """The viewer's scorecard for an interview they owe one for."""
        if self._db is None:
            return
        from hirefile.ui.assess import entry

        db: Any = self._db  # a Database: `before_acting` had the window take the file over
        entry.open_scorecard(self, db, interview_id, on_change=self._after_final,
                             stack=self.undo_stack)

    def _after_final(self) -> None:
        """A scorecard saved or submitted: the window's notification re-reads every page."""
        if self.changes is None:
            self.refresh()
        self.sig_written.emit(FEEDBACK)
