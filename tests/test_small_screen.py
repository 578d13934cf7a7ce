"""At 1024×700 (a small laptop) no page cuts a button's label: what does not fit folds into a
"More" menu that offers the same actions. Screenshots of every page are saved for a look."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QDialog,
    QLabel,
    QScrollArea,
    QSplitter,
    QWidget,
)
from sqlalchemy import select

from hirefile.domain.vocab import Axis, StageKind, Track
from hirefile.services import loops, people, pipeline
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Candidate, Interview, Offer, Role
from hirefile.ui import exports, screen, theme
from hirefile.ui.assess.blind import BlindPassDialog
from hirefile.ui.assess.calibration import CalibrationWindow
from hirefile.ui.assess.culture import CultureDialog
from hirefile.ui.assess.debrief import DebriefDialog
from hirefile.ui.assess.feedback import ScorecardsDialog
from hirefile.ui.assess.finalists import FinalistsDialog, FinalistsPickDialog
from hirefile.ui.assess.review import ReviewDialog
from hirefile.ui.assess.revise import ReviseScoresDialog
from hirefile.ui.assess.schedule import ScheduleDialog
from hirefile.ui.assess.scorecard import ScorecardDialog
from hirefile.ui.board.dialog import MoveDialog
from hirefile.ui.candidate.dialogs import BulkMoveDialog, ReasonDialog, RoleChoice, TagDialog
from hirefile.ui.candidate.merge import MergeDialog, merge_side
from hirefile.ui.csv.import_dialog import ImportCsvDialog
from hirefile.ui.identity_dialog import IdentityDialog
from hirefile.ui.main_window import MainWindow
from hirefile.ui.offers.company import CompanyDialog
from hirefile.ui.offers.editor import OfferEditor
from hirefile.ui.offers.note_dialog import StatusNoteDialog
from hirefile.ui.offers.picker import ApplicationPicker
from hirefile.ui.people import WhoAmIDialog
from hirefile.ui.roles.axis_anchors import AxisAnchorsDialog
from hirefile.ui.roles.bank import QuestionBankDialog, QuestionDialog
from hirefile.ui.roles.picker import QuestionPicker
from hirefile.ui.roles.step_dialog import StepDialog
from hirefile.ui.roles.templates import TemplateDialog
from hirefile.ui.screen import fit_to_screen, room_for
from hirefile.ui.sharing.activity import ActivityWindow
from hirefile.ui.sharing.team_dialog import Connection, TeamDatabaseDialog

PAGES = ("home", "roles", "candidates", "pipeline", "interviews", "offers", "reports")


def cut_buttons(root: QWidget) -> list[str]:
    """Visible buttons narrower than their label needs."""
    return [f"{b.text()!r}: {b.width()} < {b.sizeHint().width()}"
            for b in root.findChildren(QAbstractButton)
            if b.isVisible() and b.text() and b.width() < b.sizeHint().width() - 2]


@pytest.fixture
def small_window(open_window: Any, demo_db: Database) -> MainWindow:
    return open_window(demo_db, (1024, 700))


def settle(qtbot: Any) -> None:
    for _ in range(3):
        qtbot.wait(10)  # layouts, then the folding that follows them


def test_no_page_cuts_a_button_at_1024_by_700(small_window: MainWindow, qtbot: Any,
                                              tmp_path: Path) -> None:
    assert (small_window.width(), small_window.height()) == (1024, 700)
    for index, name in enumerate(PAGES):
        small_window.show_page(index)
        settle(qtbot)
        small_window.grab().save(str(tmp_path / f"{name}-1024x700.png"))
        assert cut_buttons(small_window) == cut_sideways(small_window) == [], name
        assert overlapping(small_window) == [], name


def test_the_pipeline_filters_fit_beside_each_other_at_1024_by_700(
        small_window: MainWindow, qtbot: Any) -> None:
    page = small_window.pipeline_page
    small_window.show_page(PAGES.index("pipeline"))
    settle(qtbot)
    assert overlapping(page) == [], "all roles: the table"
    page.form.roleCombo.setCurrentIndex(1)  # one role: its board, with more filters
    settle(qtbot)
    assert page.form.tagCombo.isVisible() and overlapping(page) == [], "one role: its board"


def test_folded_actions_are_in_the_more_menu_and_come_back_when_wide(
        small_window: MainWindow, qtbot: Any) -> None:
    page = small_window.offers_page
    small_window.show_page(PAGES.index("offers"))
    settle(qtbot)
    folded = page.overflow.folded
    assert folded and page.overflow.more.isVisible()
    menu = page.overflow.more.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [b.text() for b in folded]
    assert [a.isEnabled() for a in menu.actions()] == [b.isEnabled() for b in folded]
    small_window.resize(1700, 900)
    settle(qtbot)
    assert page.overflow.folded == [] and not page.overflow.more.isVisible()
    assert all(b.isVisible() for b in page.overflow.buttons)


# ---- Dialogs ---------------------------------------------------------------------------------

SCREEN = QSize(1024, 700)  # a small laptop's free screen area, in the helper's terms


def cut_sideways(root: QWidget) -> list[str]:
    """Scroll areas that cannot scroll sideways but hold something wider than they show."""
    return [f"{area.objectName()!r}: {area.viewport().width()} < {area.widget().width()}"
            for area in root.findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None
            and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and area.widget().width() > area.viewport().width() + 1]


def overlapping(root: QWidget) -> list[str]:
    """Visible widgets of one row (a horizontal box layout) drawn over each other: a row whose
    widgets' least widths add up to more than the window gives them."""
    out = []
    for layout in root.findChildren(QBoxLayout):
        if layout.direction() not in (QBoxLayout.Direction.LeftToRight,
                                      QBoxLayout.Direction.RightToLeft):
            continue
        shown = [w for i in range(layout.count())
                 if (w := layout.itemAt(i).widget()) is not None and w.isVisible()]
        shown.sort(key=lambda w: w.geometry().x())
        out += [f"{a.objectName()!r} ends at {a.geometry().right()}, "
                f"{b.objectName()!r} starts at {b.geometry().x()}"
                for a, b in pairwise(shown) if a.geometry().right() >= b.geometry().x()]
    return out


def cut_labels(root: QWidget) -> list[str]:
    """Visible one-line labels whose text is wider than the label, and wrapped labels lower
    than their lines."""
    cut = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text() and \
                label.height() < label.heightForWidth(label.width()) - 2:
            cut.append(f"{label.objectName()!r}: {label.height()} px high < "
                       f"{label.heightForWidth(label.width())}")
            continue
        if not label.isVisible() or label.wordWrap() or not label.text() or \
                label.textFormat() == Qt.TextFormat.RichText or "<" in label.text() or \
                not label.pixmap().isNull():
            continue
        shown = re.sub(r"&(.)", r"\1", label.text()) if label.buddy() else label.text()
        lines = shown.split("\n")
        need = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
        room = label.contentsRect().width() - 2 * label.margin() - label.indent() \
            if label.indent() > 0 else label.contentsRect().width() - 2 * label.margin()
        if need > room + 1:
            cut.append(f"{label.objectName() or label.text()!r}: {room} < {need}")
    return cut


@dataclass
class Desk:
    db: Database
    role_id: str
    track: Track
    application_id: str
    interview_id: str
    offer_id: str
    candidates: tuple[str, str]
    finalists: list[str]


@pytest.fixture
def desk(demo_db: Database) -> Desk:
    with demo_db.reader() as s:
        interview = s.scalars(select(Interview).where(Interview.deleted_at.is_(None))
                              .order_by(Interview.id)).first()
        offer = s.scalars(select(Offer).order_by(Offer.id)).first()
        assert interview is not None and offer is not None
        app = s.get(Application, interview.application_id)
        assert app is not None
        role = s.get(Role, app.role_id)
        assert role is not None
        other = s.scalars(select(Candidate.id).where(Candidate.id != app.candidate_id)
                          .order_by(Candidate.id)).first()
        assert other is not None
        finalists = list(s.scalars(select(Application.id)
                                   .where(Application.role_id == role.id)
                                   .order_by(Application.id).limit(3)))
        return Desk(demo_db, role.id, role.track, app.id, interview.id, offer.id,
                    (app.candidate_id, other), finalists)


def dialogs(d: Desk) -> dict[str, Callable[[], QWidget]]:
    """Every dialog of the app, built as the app builds it."""
    db = d.db

    def step() -> QWidget:
        with db.reader() as s:
            steps = loops.loop(s, d.role_id).steps
        return StepDialog(None, others=steps)

    def bulk_move() -> QWidget:
        with db.reader() as s:
            choices = [RoleChoice(d.role_id, "Founding Machine Learning Engineer", 12,
                                  tuple((st.name, st.kind.is_exit)
                                        for st in pipeline.stages_of(s, d.role_id)))]
        return BulkMoveDialog(choices, 12)

    def who_am_i() -> QWidget:
        with db.reader() as s:
            choices = people.people(s)
        return WhoAmIDialog(None, db.path.name, choices, db.identity, guess=None,
                            switching=True)

    def activity() -> QWidget:
        view = ActivityWindow()
        view.set_database(db)
        return view

    def calibration() -> QWidget:
        view = CalibrationWindow()
        view.set_database(db)
        return view

    return {
        "step": step,
        "question": lambda: QuestionDialog(None),
        "question-bank": lambda: QuestionBankDialog(db, QUndoStack(), lambda: None),
        "axis-anchors": lambda: AxisAnchorsDialog(db, QUndoStack(), lambda: None),
        "question-picker": lambda: QuestionPicker(None, db, list(Axis), d.track, ()),
        "template": lambda: TemplateDialog(None),
        "merge": lambda: MergeDialog(merge_side(db, d.candidates[0]),
                                     merge_side(db, d.candidates[1])),
        "tags": lambda: TagDialog(12),
        "bulk-move": bulk_move,
        "reason": lambda: ReasonDialog(["Role filled", "Not a fit for the stage"], "Rejected",
                                       "Moving 12 people to Rejected."),
        "board-move": lambda: MoveDialog(None, stage="Rejected", kind=StageKind.REJECTED,
                                         reasons=["Role filled"], who="Ada Okafor"),
        "import-csv": lambda: ImportCsvDialog(db),
        "scorecard": lambda: ScorecardDialog(None, db, d.interview_id),
        "scorecards": lambda: ScorecardsDialog(None, db, d.application_id,
                                               open_editor=lambda p, i: None),
        "portfolio-review": lambda: ReviewDialog(None, db, d.application_id),
        "culture": lambda: CultureDialog(None, db, d.application_id),
        "debrief": lambda: DebriefDialog(None, db, d.application_id),
        "revise-scores": lambda: ReviseScoresDialog(None, "Ada Okafor", {},
                                                    lambda scores, reason: None),
        "finalists-pick": lambda: FinalistsPickDialog(None, db, d.role_id),
        "finalists": lambda: FinalistsDialog(None, db, d.finalists),
        "blind-review": lambda: BlindPassDialog(None, db, d.role_id),
        "schedule": lambda: ScheduleDialog(None, db, application_id=d.application_id),
        "offer-new": lambda: OfferEditor(None, db, application_id=d.application_id),
        "offer-edit": lambda: OfferEditor(None, db, offer_id=d.offer_id),
        "offer-picker": lambda: ApplicationPicker(None, db),
        "offer-status-note": lambda: StatusNoteDialog(
            None, title="Withdraw the offer to Ada Okafor?",
            body="The offer is marked withdrawn and stays in its history; you can make a "
                 "new one afterwards. Edit → Undo takes this back.",
            note_label="&Why", confirm="Withdraw offer", required=True,
            placeholder="e.g. the role's budget changed"),
        "company": lambda: CompanyDialog(None, db, QUndoStack()),
        "export-packet": lambda: exports.PacketOptions(None, "Ada Okafor"),
        "identity": lambda: IdentityDialog(),
        "who-am-i": who_am_i,
        "activity": activity,
        "calibration": calibration,
        "team-database": lambda: TeamDatabaseDialog(
            "move", Connection("postgresql://lena@db.example.com/hiring"),
            "db.example.com refused the password: set PGPASSWORD or add the server to "
            "~/.pgpass", file_name="Hiring — Løvström & Søn, Tōkyō office.hirefile"),
    }


DIALOGS = ("step", "question", "question-bank", "axis-anchors", "question-picker", "template",
           "merge", "tags", "bulk-move", "reason", "board-move", "import-csv", "scorecard",
           "scorecards", "portfolio-review", "culture", "debrief", "revise-scores",
           "finalists-pick", "finalists", "blind-review", "schedule",
           "offer-new", "offer-edit", "offer-picker", "offer-status-note", "company",
           "export-packet", "identity", "who-am-i", "activity", "calibration",
           "team-database")


def test_every_dialog_is_listed(desk: Desk) -> None:
    assert tuple(dialogs(desk)) == DIALOGS


@pytest.mark.parametrize("name", DIALOGS)
def test_no_dialog_is_taller_than_the_screen_or_cuts_a_label(
        name: str, qtbot: Any, qapp: QApplication, desk: Desk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    theme.apply(qapp)
    # The dialog sizes itself to the screen it opens on: make that a small laptop's.
    monkeypatch.setattr(screen, "available_size", lambda window: SCREEN)
    dialog = dialogs(desk)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    dialog.grab().save(str(tmp_path / f"{name}-1024x700.png"))
    room = room_for(SCREEN)
    assert dialog.width() <= room.width() and dialog.height() <= room.height(), \
        (name, dialog.size())
    assert cut_buttons(dialog) == [], name
    assert cut_labels(dialog) == [], name
    assert cut_sideways(dialog) == [], name


def test_the_screen_helper_caps_a_dialog_to_the_screen(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(620, 720)
    fit_to_screen(dialog, SCREEN)
    room = room_for(SCREEN)
    assert dialog.size() == QSize(620, room.height())
    assert dialog.maximumSize() == room
    dialog.resize(2000, 2000)
    assert dialog.size() == room


def test_the_candidate_record_and_new_candidate_form_fit_1024_by_700(
        small_window: MainWindow, qtbot: Any, desk: Desk, tmp_path: Path) -> None:
    small_window.open_candidate(desk.candidates[0])
    settle(qtbot)
    small_window.grab().save(str(tmp_path / "candidate-record-1024x700.png"))
    assert cut_buttons(small_window) == cut_labels(small_window) == cut_sideways(small_window) == []
    body = small_window.candidates_page.findChild(QSplitter, "bodySplitter")
    assert body is not None and body.orientation() == Qt.Orientation.Vertical  # form on top
    small_window.resize(1700, 900)
    settle(qtbot)
    assert body.orientation() == Qt.Orientation.Horizontal  # side by side when there is room
    assert cut_sideways(small_window) == []
    small_window.resize(1024, 700)
    settle(qtbot)
    assert small_window.candidates_page.add_candidate()
    settle(qtbot)
    small_window.grab().save(str(tmp_path / "candidate-new-1024x700.png"))
    assert cut_buttons(small_window) == cut_labels(small_window) == cut_sideways(small_window) == []


def test_the_empty_file_welcome_fits_1024_by_700(qtbot: Any, open_window: Any,
                                                 new_db: Database, tmp_path: Path) -> None:
    w = open_window(new_db, (1024, 700))
    for index, name in enumerate(PAGES[:3]):  # first steps, then the welcome
        w.show_page(index)
        settle(qtbot)
        w.grab().save(str(tmp_path / f"empty-{name}-1024x700.png"))
        assert cut_buttons(w) == cut_labels(w) == cut_sideways(w) == [], name


def test_the_pipeline_tables_stage_chips_scroll_instead_of_being_cut(
        small_window: MainWindow, qtbot: Any) -> None:
    from hirefile.ui.pages.pipeline import TABLE
    from hirefile.ui.widgets import StageChip

    small_window.show_page(PAGES.index("pipeline"))
    page = small_window.pipeline_page
    page.set_mode(TABLE)
    settle(qtbot)
    chips = page.form.stageStrip.findChildren(StageChip)
    assert len(chips) >= 10  # every stage of the demo's roles, closed ones included
    assert all(c.width() >= c.sizeHint().width() for c in chips)  # none squeezed
    scroll = page._stage_scroll
    bar = scroll.horizontalScrollBar()
    assert bar.maximum() > 0  # 1024 pixels are too few for all: they scroll
    assert scroll.viewport().width() + bar.maximum() >= page.form.stageStrip.width()
    assert all(c.height() == chips[0].height() > 40 for c in chips)  # whole, not flattened
