"""No stale view: a change made anywhere — a command from any page, undo, redo, an edit that
announces itself, demo data — reaches every page and every count through the window's one
change notification, with no View → Reload."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import (
    InterviewStatus,
    OfferStatus,
    RoleStatus,
    ScorecardStatus,
    StageKind,
    StepKind,
)
from hirefile.services import board as board_service
from hirefile.services import candidates, dashboard, interviews, listing, pipeline, reports
from hirefile.services import roles as roles_service
from hirefile.storage.database import Database
from hirefile.storage.models import (
    Application,
    Candidate,
    Interview,
    Offer,
    Role,
    RoleStage,
    Scorecard,
)
from hirefile.ui.assess import ask
from hirefile.ui.assess.feedback import ScorecardsDialog
from hirefile.ui.assess.scorecard import ScorecardDialog
from hirefile.ui.candidate.merge import MergeDialog
from hirefile.ui.changes import APPLICATION, Change
from hirefile.ui.commands.base import apply, redo_safely, through_changes, undo_safely
from hirefile.ui.commands.candidates import (
    CreateCandidate,
    EditCandidate,
    MoveApplications,
    RemoveCandidate,
    SetTags,
)
from hirefile.ui.commands.interviews import ScheduleInterview
from hirefile.ui.commands.roles import CreateRole, EditRole, RenameStage
from hirefile.ui.csv import files as csv_files
from hirefile.ui.csv.import_dialog import ImportCsvDialog
from hirefile.ui.main_window import MainWindow
from hirefile.ui.models.columns import count_text
from hirefile.ui.models.lazy import LazyTableModel
from hirefile.ui.models.small import ROLE_COL_IN_PROCESS, ROLE_COL_TITLE
from hirefile.ui.offers.editor import OfferEditor
from hirefile.ui.offers.model import filtered
from hirefile.ui.offers.picker import ApplicationPicker
from hirefile.ui.pages.interviews import PAST, UPCOMING
from hirefile.ui.pages.pipeline import BOARD, TABLE, PipelinePage
from hirefile.ui.pages.shown import ShownPage
from hirefile.ui.widgets import COUNT_ROLE, StageChip

ROLES_ROW, CANDIDATES_ROW, PIPELINE_ROW, INTERVIEWS_ROW, OFFERS_ROW, REPORTS_ROW = 1, 2, 3, 4, 5, 6
#: The sidebar rows with a count (Home, row 0, and Reports have none).
COUNTED_ROWS = range(1, 6)


@pytest.fixture
def window(open_window: Any, demo_db: Database) -> MainWindow:
    return open_window(demo_db, (1400, 860))


def in_process_in_file(db: Database) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(Application)
                        .join(RoleStage, RoleStage.id == Application.stage_id)
                        .where(Application.deleted_at.is_(None),
                               RoleStage.name.not_in(("Hired", "Rejected", "Withdrew")))) or 0


def sidebar_badge(w: MainWindow, row: int) -> int:
    return w.form.navList.item(row).data(COUNT_ROLE) or 0


def role_in_process(w: MainWindow, title: str) -> int:
    """The role's people in process as the Roles page shows them (a hidden Roles page reads
    a change when shown: the founder goes there and back)."""
    back = w.current_page
    w.show_page(ROLES_ROW)
    assert not w.roles_page.stale
    model = w.roles_page.list.model
    rows = [model.index(r, ROLE_COL_TITLE).data() for r in range(model.rowCount())]
    in_process = [int(model.index(r, ROLE_COL_IN_PROCESS).data())
                  for r in range(model.rowCount())]
    w.show_page(back)
    if title not in rows:
        raise AssertionError(f"{title} is not in the roles list")
    return in_process[rows.index(title)]


def filter_titles(w: MainWindow) -> list[str]:
    combo = w.pipeline_page.form.roleCombo
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_new_role_reaches_the_pipeline_filter_and_the_roles_list(window: MainWindow) -> None:
    db = window.db
    assert db is not None
    command = apply(window.undo_stack, CreateRole(db, lambda: None,
                                                  template=template("data_engineer")))
    with db.reader() as s:
        title = s.get(Role, command.role_id).title
    assert [t.split("  ·  ")[0] for t in filter_titles(window)].count(title) == 2  # +the demo's
    assert sidebar_badge(window, ROLES_ROW) == window.roles_page.count == 7
    window.undo_stack.undo()
    assert [t.split("  ·  ")[0] for t in filter_titles(window)].count(title) == 1
    assert sidebar_badge(window, ROLES_ROW) == 6


def test_a_move_from_anywhere_updates_every_count_and_undo_takes_it_back(
        window: MainWindow, qtbot: Any) -> None:
    db = window.db
    assert db is not None
    window.show_page(PIPELINE_ROW)
    window.pipeline_page.set_mode(BOARD)  # the board is on screen
    qtbot.waitUntil(lambda: bool(window.pipeline_page.board.infos))
    before = in_process_in_file(db)
    assert sidebar_badge(window, PIPELINE_ROW) == window.pipeline_page.count == before
    with db.reader() as s:
        app_id, role_id = s.execute(select(Application.id, Application.role_id).join(
            RoleStage, RoleStage.id == Application.stage_id).where(
            RoleStage.name == "Screen", Application.deleted_at.is_(None))).first()
        title = s.get(Role, role_id).title
        rejected = pipeline.stage_named(s, role_id, "Rejected").id
    role_before = role_in_process(window, title)
    apply(window.undo_stack, MoveApplications(db, lambda: None, [app_id], stage_id=rejected,
                                              reason="Not enough depth"))
    assert in_process_in_file(db) == before - 1
    assert sidebar_badge(window, PIPELINE_ROW) == window.pipeline_page.count == before - 1
    assert role_in_process(window, title) == role_before - 1
    board = window.pipeline_page.board
    with db.reader() as s:
        in_file = [(c.name, c.count) for c in board_service.columns(s, board.filter)]
    assert [(c.name, c.count) for c in board.infos] == in_file  # the board as the file says
    window.undo_stack.undo()
    assert sidebar_badge(window, PIPELINE_ROW) == window.pipeline_page.count == before
    assert role_in_process(window, title) == role_before
    window.undo_stack.redo()
    assert sidebar_badge(window, PIPELINE_ROW) == before - 1


def test_an_edit_that_announces_itself_reaches_the_pages(window: MainWindow) -> None:
    db = window.db
    assert db is not None
    with db.session() as s:  # as a page's own write that is not an undo step
        app_id, role_id = s.execute(select(Application.id, Application.role_id).join(
            RoleStage, RoleStage.id == Application.stage_id).where(
            RoleStage.name == "Screen", Application.deleted_at.is_(None))).first()
        pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Withdrew").id,
                      reason="Took another offer")
    window.changes.changed(Change(frozenset((APPLICATION,))))
    assert sidebar_badge(window, PIPELINE_ROW) == in_process_in_file(db)
    with db.reader() as s:
        rows = listing.application_rows(s, [app_id])
    assert rows[app_id].stage == "Withdrew"


# ---- Every page and count, read against the file -----------------------------------------------

def lazy_rows_match_the_file(model: LazyTableModel, db: Database) -> None:
    """A big list shows, in its order, exactly the rows a fresh read of the file gives."""
    column, order = model.sort_state
    sort = model.columns[column].sort or next(c.sort for c in model.columns if c.sort)
    with db.reader() as s:
        ids = model.query_ids(s, sort, order == Qt.SortOrder.DescendingOrder)
        rows = model.query_rows(s, ids)
    shown = range(model.rowCount())
    assert [model.id_at(r) for r in shown] == ids
    assert [model.row_at(r) for r in shown] == [rows[i] for i in ids]


def board_matches_the_file(page: PipelinePage, db: Database) -> None:
    """Columns, counts, and every card of the columns read (names, roles, chips)."""
    board = page.board
    with db.reader() as s:
        assert board.infos == board_service.columns(s, board.filter)
        for column in board.columns:
            if not column.loaded:
                continue
            ids = board_service.column_ids(s, board.filter, column.info)
            assert column.model.ids == ids, column.info.name
            cards = board_service.cards(s, ids, viewer_id=db.identity.person_id)
            assert [column.model.card_at(r) for r in range(len(ids))] == \
                [cards[i] for i in ids], column.info.name


def stage_chips(page: PipelinePage) -> dict[str, int]:
    layout = page.form.stageLayout
    chips: dict[str, int] = {}
    for i in range(layout.count()):
        item = layout.itemAt(i)
        chip = item.widget() if item is not None else None
        if isinstance(chip, StageChip):
            name = chip.findChild(QLabel, "chipName").text()
            chips[name] = int(chip.findChild(QLabel, "chipCount").text().replace(",", ""))
    return chips


def table_matches_the_file(page: PipelinePage, db: Database) -> None:
    lazy_rows_match_the_file(page.model, db)
    with db.reader() as s:
        counts = dict(listing.stage_counts(s, page.form.roleCombo.currentData()))
    chips = stage_chips(page)
    assert set(counts) <= set(chips)
    assert chips == {name: counts.get(name, 0) for name in chips}


def pipeline_matches_the_file(page: PipelinePage, db: Database) -> None:
    """What is on screen first (it must be right without a reload), then the other view."""
    shown = page.mode
    for mode in (shown, TABLE if shown == BOARD else BOARD):
        if mode != page.mode:
            page.set_mode(mode)  # the person's own toggle, no View → Reload
        (board_matches_the_file if mode == BOARD else table_matches_the_file)(page, db)
    page.set_mode(shown)


def shown_or_fresh(page: ShownPage) -> bool:
    """Whether the page's rows must be the file's now: on screen, or hidden and not stale."""
    return page.isVisible() or not page.stale


def every_view_matches_the_file(w: MainWindow) -> None:
    """The sidebar, the status bar, and every page's rows, as the file has them now."""
    db = w.db
    assert db is not None
    with db.reader() as s:
        roles = listing.role_rows(s)
        people = listing.candidate_count(s)
        upcoming = interviews.upcoming_ids(s) + interviews.undated_ids(s)
        listed = upcoming if w.interviews_page._mode == UPCOMING else interviews.past_ids(s)
        interview_rows = interviews.interviews_data(s, listed)
        offer_rows = listing.offer_rows(s)
    assert [sidebar_badge(w, row) for row in COUNTED_ROWS] == [
        len(roles), people, in_process_in_file(db), len(upcoming), len(offer_rows)]
    assert w.counts_label.text() == \
        f"{count_text(len(roles), 'role')}  ·  {count_text(people, 'candidate')}"
    # a hidden page marks itself stale on a change (its badge's count read alone) and reads
    # when shown: on screen, or not stale, it shows the file as it is
    if shown_or_fresh(w.roles_page):
        assert sorted(w.roles_page.list.model.rows, key=lambda r: r.id) == \
            sorted(roles, key=lambda r: r.id)
    combo = w.pipeline_page.form.roleCombo
    assert [(combo.itemData(i), combo.itemText(i).split("  ·  ")[0])
            for i in range(1, combo.count())] == [(r.id, r.title) for r in roles]
    with db.reader() as s:
        tags, owners = board_service.tags_in_use(s), board_service.owners(s)
    for combo, expected in ((w.pipeline_page.form.tagCombo, tags),
                            (w.pipeline_page.form.ownerCombo, owners)):
        assert [(combo.itemData(i), combo.itemText(i))
                for i in range(1, combo.count())] == list(expected)
    if not w.candidates_page.list_stale:  # hidden behind a record, it reads when shown
        lazy_rows_match_the_file(w.candidates_page.model, db)
    if shown_or_fresh(w.interviews_page):
        assert w.interviews_page.model.rows == interview_rows
    if shown_or_fresh(w.offers_page):
        assert w.offers_page.model.rows == filtered(
            offer_rows, w.offers_page.form.statusCombo.currentData())
    if w.current_page == PIPELINE_ROW:
        pipeline_matches_the_file(w.pipeline_page, db)
    reports_match_the_file(w)
    home_matches_the_file(w)


def reports_match_the_file(w: MainWindow) -> None:
    """The Reports page on screen shows the file's figures now; hidden, it is stale (it reads
    when shown) or still right."""
    page, db = w.reports_page, w.db
    assert db is not None
    if page.report is None:
        assert not page.isVisible()
        return
    with db.reader() as s:
        fresh = reports.report(s, page.scope(), now=page.report.made_at)
    if page.isVisible():
        assert not page.stale and page.report == fresh
    else:
        assert page.stale or page.report == fresh


def home_summary(home: dashboard.Dashboard) -> dict[str, tuple[int, list[object]]]:
    """Each section's true total and the keys of its rows, in order."""
    return {name: (section.total, [r[0] for r in section.rows])
            for name, section in home._asdict().items() if isinstance(section, dashboard.Section)}


def home_matches_the_file(w: MainWindow) -> None:
    """Home on screen shows the file as it is; hidden, it is as the file is or it knows it
    is stale (and reads when shown)."""
    db, home = w.db, w.home_page
    assert db is not None
    with db.reader() as s:
        fresh = dashboard.read(s, db.identity.person_id)
    if home.isVisible() or not home.stale:
        assert home.data is not None and home_summary(home.data) == home_summary(fresh)


@pytest.fixture
def desk(window: MainWindow, qtbot: Any) -> MainWindow:
    """The window with the pipeline's board on screen, every view as the file has it."""
    window.show_page(PIPELINE_ROW)
    window.pipeline_page.set_mode(BOARD)
    qtbot.waitUntil(lambda: bool(window.pipeline_page.board.infos))
    every_view_matches_the_file(window)
    return window


def test_the_views_check_finds_a_view_left_stale(desk: MainWindow) -> None:
    """The check itself: a write nobody announces leaves views that it must catch."""
    db = desk.db
    assert db is not None
    with db.session() as s:
        app_id, role_id = s.execute(select(Application.id, Application.role_id).join(
            RoleStage, RoleStage.id == Application.stage_id).where(
            RoleStage.name == "Screen", Application.deleted_at.is_(None))).first()
        pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Withdrew").id,
                      reason="Took another offer")
    with pytest.raises(AssertionError):
        every_view_matches_the_file(desk)


def steps_match_the_file(w: MainWindow) -> None:
    """Undo, then redo, the last step: every view follows each time."""
    assert undo_safely(w.undo_stack) is None
    every_view_matches_the_file(w)
    assert redo_safely(w.undo_stack) is None
    every_view_matches_the_file(w)


def an_application_in(db: Database, stage: str) -> tuple[str, str, str]:
    """(application, candidate, role) of someone in `stage`."""
    with db.reader() as s:
        row = s.execute(select(Application.id, Application.candidate_id, Application.role_id)
                        .join(RoleStage, RoleStage.id == Application.stage_id)
                        .where(RoleStage.name == stage, Application.deleted_at.is_(None))
                        .order_by(Application.id)).first()
    assert row is not None
    return row[0], row[1], row[2]


def test_a_candidate_added_and_removed_reaches_every_view_and_undo_too(
        desk: MainWindow) -> None:
    db = desk.db
    assert db is not None
    _app, someone, role_id = an_application_in(db, "Screen")
    before = listing_names(desk)
    add = apply(desk.undo_stack, CreateCandidate(
        db, through_changes, CandidateDraft(full_name="Ngozi Eze", email="ngozi@example.org"),
        role_id=role_id))
    every_view_matches_the_file(desk)
    assert "Ngozi Eze" in listing_names(desk)
    steps_match_the_file(desk)
    assert add.candidate_id is not None
    with db.reader() as s:
        name = s.get(Candidate, someone).full_name
    apply(desk.undo_stack, RemoveCandidate(db, through_changes, someone, name))
    every_view_matches_the_file(desk)
    assert name not in listing_names(desk)
    steps_match_the_file(desk)
    assert undo_safely(desk.undo_stack) is None and undo_safely(desk.undo_stack) is None
    every_view_matches_the_file(desk)
    assert listing_names(desk) == before


def listing_names(w: MainWindow) -> list[str]:
    """The names the Candidates list shows when the founder goes there (and back)."""
    back = w.current_page
    w.show_page(CANDIDATES_ROW)
    model = w.candidates_page.model
    names = [model.row_at(r).name for r in range(model.rowCount())]
    w.show_page(back)
    return names


def test_a_renamed_candidate_shows_the_new_name_on_every_page(
        open_window: Any, demo_db: Database) -> None:
    _app, cid, role_id = an_application_in(demo_db, "Screen")
    with demo_db.session() as s:  # they have an interview coming, so the list shows them
        app_id = _app
        interviews.schedule(s, app_id, title="Intro call", kind=StepKind.INTRO_CALL,
                            starts_at=datetime.now(timezone.utc) + timedelta(days=2),
                            minutes=30, interviewer_ids=[interviews.people(s)[0][0]])
        before = candidates.candidate_draft(s, cid)
    w = open_window(demo_db, (1400, 860))
    w.show_page(PIPELINE_ROW)
    w.pipeline_page.set_mode(BOARD)
    combo = w.pipeline_page.form.roleCombo
    combo.setCurrentIndex(combo.findData(role_id))  # the role's board: Screen is in view
    screen = w.pipeline_page.board.column_named("Screen")
    assert screen is not None and screen.loaded
    after = replace(before, full_name="Adaeze Nwankwo-Okafor")
    apply(w.undo_stack, EditCandidate(demo_db, through_changes, cid, before, after))
    every_view_matches_the_file(w)
    apply(w.undo_stack, SetTags(demo_db, through_changes, [cid], ["Returning founder"]))
    every_view_matches_the_file(w)  # the board's tag filter offers the new tag
    tags = w.pipeline_page.form.tagCombo
    assert "Returning founder" in [tags.itemText(i) for i in range(tags.count())]
    assert undo_safely(w.undo_stack) is None
    every_view_matches_the_file(w)
    screen = w.pipeline_page.board.column_named("Screen")
    assert screen is not None and screen.loaded
    row = screen.model.row_of(app_id)
    assert row is not None and screen.model.card_at(row).name == "Adaeze Nwankwo-Okafor"
    assert "Adaeze Nwankwo-Okafor" in listing_names(w)
    w.show_page(INTERVIEWS_ROW)  # stale while hidden: it reads when shown
    assert any(r.candidate == "Adaeze Nwankwo-Okafor" for r in w.interviews_page.model.rows)
    w.show_page(PIPELINE_ROW)
    w.pipeline_page.set_mode(TABLE)
    table = w.pipeline_page.model
    assert "Adaeze Nwankwo-Okafor" in [table.row_at(r).candidate for r in range(table.rowCount())]
    steps_match_the_file(w)
    assert undo_safely(w.undo_stack) is None
    every_view_matches_the_file(w)
    assert "Adaeze Nwankwo-Okafor" not in listing_names(w)


def test_a_role_closed_and_renamed_reaches_the_filter_the_roles_list_and_the_cards(
        desk: MainWindow) -> None:
    db = desk.db
    assert db is not None
    app_id, _cid, role_id = an_application_in(db, "Screen")
    combo = desk.pipeline_page.form.roleCombo
    combo.setCurrentIndex(combo.findData(role_id))  # that role's board, on screen
    with db.reader() as s:
        before = roles_service.role_draft(s, role_id)
    after = roles_service.role_draft_copy(before, title="Founding Data Engineer (closed)",
                                          status=RoleStatus.CLOSED)
    apply(desk.undo_stack, EditRole(db, through_changes, role_id, before, after))
    every_view_matches_the_file(desk)
    assert combo.currentData() == role_id  # the filter keeps the role it showed
    assert combo.currentText() == "Founding Data Engineer (closed)  ·  Closed"
    screen = desk.pipeline_page.board.column_named("Screen")
    assert screen is not None and screen.loaded
    row = screen.model.row_of(app_id)
    assert row is not None
    assert screen.model.card_at(row).role == "Founding Data Engineer (closed)"
    steps_match_the_file(desk)
    assert undo_safely(desk.undo_stack) is None
    every_view_matches_the_file(desk)
    assert combo.currentText().split("  ·  ")[0] == before.title


def test_interviews_scheduled_done_and_cancelled_reach_the_list_and_the_sidebar(
        desk: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    db = desk.db
    assert db is not None
    app_id, _cid, _role = an_application_in(db, "Screen")
    with db.reader() as s:
        someone = interviews.people(s)[0][0]
        upcoming = len(interviews.upcoming_ids(s)) + len(interviews.undated_ids(s))
    ids = []
    for days in (2, 3):
        command = apply(desk.undo_stack, ScheduleInterview(
            db, through_changes, app_id, kind=StepKind.INTRO_CALL, loop_step_id=None,
            values={"title": "Intro call", "minutes": 30, "interviewer_ids": [someone],
                    "starts_at": datetime.now(timezone.utc) + timedelta(days=days)}))
        assert command.interview_id is not None
        ids.append(command.interview_id)
        every_view_matches_the_file(desk)
    assert sidebar_badge(desk, INTERVIEWS_ROW) == desk.interviews_page.count == upcoming + 2
    steps_match_the_file(desk)
    desk.show_page(INTERVIEWS_ROW)  # hidden, the list was only marked stale: shown, it reads
    page = desk.interviews_page
    assert not page.stale and page.select_id(ids[0])
    page.mark_done()  # from the interviews page, as a founder does
    every_view_matches_the_file(desk)
    assert sidebar_badge(desk, INTERVIEWS_ROW) == upcoming + 1
    steps_match_the_file(desk)
    monkeypatch.setattr(ask, "confirm_cancel", lambda *_a: True)
    assert page.select_id(ids[1])
    page.cancel()
    every_view_matches_the_file(desk)
    assert sidebar_badge(desk, INTERVIEWS_ROW) == upcoming
    steps_match_the_file(desk)
    for _ in range(4):  # cancel, done, both schedules
        assert undo_safely(desk.undo_stack) is None
        every_view_matches_the_file(desk)
    assert sidebar_badge(desk, INTERVIEWS_ROW) == upcoming


def test_an_offer_drafted_and_accepted_reaches_the_offers_page_sidebar_and_pipeline(
        desk: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = desk.db
    assert db is not None
    app_id, _cid, role_id = an_application_in(db, "Screen")
    combo = desk.pipeline_page.form.roleCombo
    combo.setCurrentIndex(combo.findData(role_id))

    def fill_in(parent: Any, db: Database, application_id: str) -> Any:
        editor = OfferEditor(parent, db, application_id=application_id)
        qtbot.addWidget(editor)
        editor.form.startEdit.set_value(date.today() + timedelta(days=45))
        assert editor.form.saveButton.isEnabled()
        editor.accept()
        return editor.result_value

    monkeypatch.setattr(ApplicationPicker, "ask", classmethod(lambda cls, *a: app_id))
    monkeypatch.setattr(OfferEditor, "ask_new", classmethod(lambda cls, *a: fill_in(*a)))
    offers_before = desk.offers_page.count
    desk.show_page(OFFERS_ROW)  # Offers → New offer…
    offer_id = desk.offers_page.new_offer()
    assert offer_id is not None
    every_view_matches_the_file(desk)
    assert sidebar_badge(desk, OFFERS_ROW) == offers_before + 1
    steps_match_the_file(desk)
    in_process = in_process_in_file(db)
    for status in (OfferStatus.APPROVED, OfferStatus.SENT, OfferStatus.ACCEPTED):
        assert desk.offers_page.select_offer(offer_id)
        assert desk.offers_page.set_status(status), desk.offers_page.form.messageLabel.text()
        every_view_matches_the_file(desk)
    with db.reader() as s:
        assert listing.application_rows(s, [app_id])[app_id].stage == "Hired"
    assert sidebar_badge(desk, PIPELINE_ROW) == in_process - 1  # hired: out of process
    steps_match_the_file(desk)
    for _ in range(4):  # accepted, sent, approved, drafted
        assert undo_safely(desk.undo_stack) is None
        every_view_matches_the_file(desk)
    assert sidebar_badge(desk, OFFERS_ROW) == offers_before
    assert sidebar_badge(desk, PIPELINE_ROW) == in_process


def test_a_submitted_scorecard_unseals_the_board_card_for_its_writer(
        open_window: Any, demo_db: Database, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Amara submits her scorecard from the interviews page: the card she sees on the board
    stops saying "Sealed" and shows the latest recommendation, without a reload."""
    with demo_db.reader() as s:
        interview_id, app_id, role_id, stage = s.execute(
            select(Interview.id, Application.id, Application.role_id, RoleStage.name)
            .join(Scorecard, Scorecard.interview_id == Interview.id)
            .join(Application, Application.id == Interview.application_id)
            .join(RoleStage, RoleStage.id == Application.stage_id)
            .where(Scorecard.status == ScorecardStatus.SUBMITTED,
                   Scorecard.recommendation.is_not(None), Scorecard.deleted_at.is_(None),
                   Interview.status != InterviewStatus.CANCELLED,
                   RoleStage.kind == StageKind.ACTIVE, Application.deleted_at.is_(None))
            .order_by(Interview.id)).first()
    w = open_window(demo_db, (1400, 860))
    w.show_page(PIPELINE_ROW)
    w.pipeline_page.set_mode(BOARD)
    combo = w.pipeline_page.form.roleCombo
    combo.setCurrentIndex(combo.findData(role_id))
    column = w.pipeline_page.board.column_named(stage)
    assert column is not None
    w.pipeline_page.board.strip.ensureWidgetVisible(column)
    qtbot.waitUntil(lambda: column.loaded)

    def card() -> Any:
        row = column.model.row_of(app_id)
        assert row is not None
        return column.model.card_at(row)

    assert card().sealed and card().recommendation is None
    every_view_matches_the_file(w)

    def write_and_submit(cls: Any, parent: Any, db: Database, iid: str, *,
                         stack: Any = None) -> str:
        dialog = cls(parent, db, iid, stack=stack)
        qtbot.addWidget(dialog)
        dialog.recommendation.set_value(3)
        for r in dialog.rows.values():
            r.picker.set_value(3)
            r.evidence.setPlainText("Reasoned clearly about the trade-offs")
        assert dialog.submit()
        return "submitted"

    monkeypatch.setattr(ask, "_question", lambda *_a: True)  # "This cannot be undone"
    monkeypatch.setattr(ScorecardDialog, "ask", classmethod(write_and_submit))
    monkeypatch.setattr(ScorecardsDialog, "ask", classmethod(lambda cls, *_a, **_k: False))
    page = w.interviews_page
    page.show_mode(PAST if interview_id not in
                   [r.id for r in page.model.rows] else page._mode)
    assert page.select_id(interview_id)
    page.write_scorecard()  # Enter on the interview, as a founder does
    assert column.loaded
    assert not card().sealed and card().recommendation == "Yes"  # her own, the latest
    every_view_matches_the_file(w)


def test_the_demo_file_tried_from_an_empty_page_reaches_every_page_and_count(
        open_window: Any, new_db: Database, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.domain import demo_desk

    monkeypatch.setattr(demo_desk, "APP_CANDIDATES", 60)
    w = open_window(new_db, (1400, 860))
    w.show_page(PIPELINE_ROW)
    every_view_matches_the_file(w)
    assert [sidebar_badge(w, row) for row in COUNTED_ROWS] == [0, 0, 0, 0, 0]
    w.candidates_page.empty.form.actionButton.click()  # Try the demo: a file of its own
    qtbot.waitUntil(lambda: w.db is not None and w.db.path != new_db.path, timeout=20000)
    every_view_matches_the_file(w)
    assert all(sidebar_badge(w, row) > 0 for row in COUNTED_ROWS)


def test_a_csv_import_reaches_every_page_and_its_undo_too(
        desk: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = desk.db
    assert db is not None
    _app, _cid, role_id = an_application_in(db, "Screen")
    with db.reader() as s:
        title = s.get(Role, role_id).title
    path = tmp_path / "referrals.csv"
    path.write_text("Name,Email,Job,Stage\n"
                    f"Ifeoma Chukwu,ifeoma@example.org,{title},Screen\n"
                    f"Tunde Bakare,tunde@example.org,{title},Screen\n"
                    "Zainab Musa,zainab@example.org,,\n", encoding="utf-8")
    monkeypatch.setattr(csv_files, "ask_csv_file", lambda parent, directory: path)

    def run(cls: Any, parent: Any, db: Database) -> Any:
        dialog = cls(db, parent)
        assert dialog.choose_file()
        report = dialog.import_now()
        dialog.deleteLater()
        return report

    monkeypatch.setattr(ImportCsvDialog, "run", classmethod(run))
    before = in_process_in_file(db)
    assert desk.candidates_page.import_csv()  # File → Import CSV…
    every_view_matches_the_file(desk)
    assert {"Ifeoma Chukwu", "Tunde Bakare", "Zainab Musa"} <= set(listing_names(desk))
    assert sidebar_badge(desk, PIPELINE_ROW) == before + 2
    assert undo_safely(desk.undo_stack) is None
    every_view_matches_the_file(desk)
    assert sidebar_badge(desk, PIPELINE_ROW) == before
    assert redo_safely(desk.undo_stack) is None
    every_view_matches_the_file(desk)
    assert sidebar_badge(desk, PIPELINE_ROW) == before + 2


def sealed_application(db: Database) -> tuple[str, str, str, str]:
    """(application, candidate, role, stage) in process with someone's submitted verdict."""
    with db.reader() as s:
        row = s.execute(
            select(Application.id, Application.candidate_id, Application.role_id,
                   RoleStage.name)
            .join(Scorecard, Scorecard.application_id == Application.id)
            .join(RoleStage, RoleStage.id == Application.stage_id)
            .where(Scorecard.status == ScorecardStatus.SUBMITTED,
                   Scorecard.recommendation.is_not(None), Scorecard.deleted_at.is_(None),
                   RoleStage.kind == StageKind.ACTIVE, Application.deleted_at.is_(None))
            .order_by(Application.id)).first()
    assert row is not None
    return row[0], row[1], row[2], row[3]


def board_on(w: MainWindow, qtbot: Any, role_id: str, stage: str) -> Any:
    """The role's board on screen, scrolled to `stage` (its cards read)."""
    w.show_page(PIPELINE_ROW)
    w.pipeline_page.set_mode(BOARD)
    combo = w.pipeline_page.form.roleCombo
    combo.setCurrentIndex(combo.findData(role_id))
    column = w.pipeline_page.board.column_named(stage)
    assert column is not None
    w.pipeline_page.board.strip.ensureWidgetVisible(column)
    qtbot.waitUntil(lambda: column.loaded)
    return column


def test_feedback_revealed_from_a_candidate_record_unseals_the_board_card(
        open_window: Any, demo_db: Database, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"Reveal anyway" is no undo step: it announces itself, so the board (hidden while the
    record is open) shows the verdict when the founder comes back to it."""
    app_id, cid, role_id, stage = sealed_application(demo_db)
    w = open_window(demo_db, (1400, 860))
    column = board_on(w, qtbot, role_id, stage)
    card = column.model.card_at(column.model.row_of(app_id))
    assert card.sealed and card.recommendation is None

    def reveal(cls: Any, parent: Any, db: Database, application_id: str, **_k: Any) -> bool:
        dialog = cls(parent, db, application_id)
        qtbot.addWidget(dialog)
        assert dialog.reveal()
        return dialog.changed

    monkeypatch.setattr(ask, "confirm_reveal", lambda *_a: True)
    monkeypatch.setattr(ScorecardsDialog, "ask", classmethod(reveal))
    w.open_candidate(cid)
    panel = w.candidates_page.record.applications
    (summary,) = [c.app for c in panel.cards if c.app.id == app_id]
    panel.assess(summary, "feedback")  # Assess… → Feedback and scorecards → Reveal anyway
    w.show_page(PIPELINE_ROW)
    every_view_matches_the_file(w)
    column = w.pipeline_page.board.column_named(stage)
    assert column is not None
    qtbot.waitUntil(lambda: column.loaded)
    card = column.model.card_at(column.model.row_of(app_id))
    assert not card.sealed and card.recommendation is not None


def test_a_merge_from_a_candidate_record_reaches_the_board_and_every_list(
        open_window: Any, demo_db: Database, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A merge is no undo step: it announces itself, so the merged-away name leaves the board,
    the pipeline table, the interviews and offers lists too."""
    app_id, gone_id, role_id, stage = sealed_application(demo_db)
    with demo_db.session() as s:
        keep = candidates.create_candidate(s, CandidateDraft(full_name="Chiamaka Obi")).id
        gone = s.get(Candidate, gone_id).full_name
    w = open_window(demo_db, (1400, 860))
    column = board_on(w, qtbot, role_id, stage)
    assert column.model.card_at(column.model.row_of(app_id)).name == gone
    monkeypatch.setattr(MergeDialog, "ask", classmethod(lambda cls, _p, left, right: (
        keep, gone_id)))
    w.open_candidate(keep)
    assert w.candidates_page.record.merge_with(gone_id)
    w.candidates_page.close_record()  # the list, hidden behind the record, reads on the way back
    w.show_page(PIPELINE_ROW)
    every_view_matches_the_file(w)
    column = w.pipeline_page.board.column_named(stage)
    assert column is not None
    qtbot.waitUntil(lambda: column.loaded)
    assert column.model.card_at(column.model.row_of(app_id)).name == "Chiamaka Obi"


# ---- One re-read per edit ----------------------------------------------------------------------

PAGES = ("home_page", "roles_page", "candidates_page", "pipeline_page", "interviews_page",
         "offers_page", "reports_page")


@pytest.fixture
def reads(desk: MainWindow, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many times each page (and the board) read the file again since last cleared: a
    page that reads only when shown (`ShownPage`) counts its reads, not the notifications
    it marked itself stale on; "columns" counts the board's columns read one by one."""
    counts: dict[str, int] = {}

    def counting(owner: Any, method: str, key: str) -> None:
        original = getattr(owner, method)

        def wrapped(*args: Any) -> Any:
            counts[key] = counts.get(key, 0) + 1
            return original(*args)
        monkeypatch.setattr(owner, method, wrapped)

    for name in PAGES:
        page = getattr(desk, name)
        counting(page, "read" if isinstance(page, ShownPage) else "refresh", name)
    counting(desk.pipeline_page.board, "reload", "board")
    counting(board_service, "column_ids", "columns")
    return counts


def read_once(reads: dict[str, int], *shown: str) -> None:
    """Every page that shows the change read it once, no page twice."""
    assert all(reads.get(page) == 1 for page in shown), reads
    assert max(reads.values(), default=0) == 1, reads
    reads.clear()


def test_an_edit_made_on_a_page_is_read_once_by_each_page(
        desk: MainWindow, reads: dict[str, int], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = desk.db
    assert db is not None
    desk.show_page(OFFERS_ROW)
    reads.clear()
    offers_page = desk.offers_page
    draft = next(r for r in offers_page.model.rows if r.status == "Draft")
    assert offers_page.select_offer(draft.id)
    assert offers_page.set_status(OfferStatus.APPROVED)
    # the board and the other lists are hidden: they are marked stale, not read
    assert not {"roles_page", "interviews_page", "board", "columns"} & set(reads)
    read_once(reads, "offers_page", "pipeline_page")
    assert undo_safely(desk.undo_stack) is None  # Edit → Undo
    read_once(reads, "offers_page", "pipeline_page")
    desk.show_page(INTERVIEWS_ROW)
    assert "interviews_page" not in reads  # an offer's status is nothing of theirs
    interviews_page = desk.interviews_page
    assert interviews_page.select_id(interviews_page.model.rows[0].id)
    interviews_page.mark_done()
    read_once(reads, "interviews_page", "pipeline_page")
    page = desk.candidates_page
    apply(desk.undo_stack, CreateCandidate(db, page.notify, CandidateDraft(full_name="Ada Eze")))
    read_once(reads, "candidates_page")
    desk.show_page(PIPELINE_ROW)
    assert reads.pop("board") == 1  # stale while hidden: read once, now shown
    reads.clear()
    screen = desk.pipeline_page.board.column_named("Screen")
    assert screen is not None
    screen.view.selectionModel().setCurrentIndex(
        screen.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert desk.pipeline_page.board.advance(screen)  # A on the board
    # the move's two columns are read again, with their counts, and nothing else: no page
    # reads a list, the board is not read again, hidden pages are marked stale
    assert reads.pop("columns") == 2
    read_once(reads, "pipeline_page")
    assert "board" not in reads
    assert desk.roles_page.stale and desk.interviews_page.stale and desk.offers_page.stale
    every_view_matches_the_file(desk)
    reads.clear()  # the check reads the board's columns itself
    for row in (ROLES_ROW, INTERVIEWS_ROW, OFFERS_ROW):  # shown, each reads the move once
        desk.show_page(row)
    read_once(reads, "roles_page", "interviews_page", "offers_page")
    every_view_matches_the_file(desk)


def test_the_reports_page_reads_a_change_when_shown_and_only_marks_it_when_hidden(
        desk: MainWindow, reads: dict[str, int]) -> None:
    db = desk.db
    assert db is not None
    page = desk.reports_page
    desk.show_page(REPORTS_ROW)  # shown: it reads the file once
    assert not page.stale and page.report is not None
    before = page.reads
    screen_before = page.report.funnel.stages
    app_id, _cid, role_id = an_application_in(db, "Screen")
    with db.reader() as s:
        rejected = pipeline.stage_named(s, role_id, "Rejected").id
    reads.clear()
    apply(desk.undo_stack, MoveApplications(db, lambda: None, [app_id], stage_id=rejected,
                                            reason="Not enough depth"))
    read_once(reads, "reports_page", "pipeline_page")
    assert desk.roles_page.stale  # hidden: marked, read when shown
    assert page.reads == before + 1 and page.report.funnel.stages != screen_before
    every_view_matches_the_file(desk)
    desk.show_page(OFFERS_ROW)
    assert undo_safely(desk.undo_stack) is None
    assert page.stale and page.reads == before + 1  # hidden: marked, not read
    every_view_matches_the_file(desk)
    desk.show_page(REPORTS_ROW)
    assert not page.stale and page.reads == before + 2
    assert page.report.funnel.stages == screen_before
    every_view_matches_the_file(desk)


def test_a_renamed_stage_reaches_the_board_columns_and_the_table_chips(
        desk: MainWindow) -> None:
    db = desk.db
    assert db is not None
    _app, _cid, role_id = an_application_in(db, "Screen")
    combo = desk.pipeline_page.form.roleCombo
    combo.setCurrentIndex(combo.findData(role_id))
    with db.reader() as s:
        stage_id = pipeline.stage_named(s, role_id, "Screen").id
    apply(desk.undo_stack, RenameStage(db, through_changes, stage_id, "Phone screen"))
    every_view_matches_the_file(desk)
    board = desk.pipeline_page.board
    assert board.column_named("Phone screen") is not None
    assert board.column_named("Screen") is None
    steps_match_the_file(desk)
    assert undo_safely(desk.undo_stack) is None
    every_view_matches_the_file(desk)
    assert board.column_named("Screen") is not None


def test_offers_that_expire_as_the_file_opens_are_shown_expired_everywhere(
        open_window: Any, demo_db: Database) -> None:
    with demo_db.session() as s:
        sent = s.scalars(select(Offer).where(Offer.status == OfferStatus.SENT,
                                             Offer.deleted_at.is_(None))).all()
        assert sent
        for offer in sent:
            offer.expires_on = date.today() - timedelta(days=1)
        ids = {o.id for o in sent}
    w = open_window(demo_db, (1400, 860))
    w.show_page(PIPELINE_ROW)
    every_view_matches_the_file(w)
    shown = {r.id: r.status for r in w.offers_page.model.rows}
    assert all(shown.get(i, "Expired") == "Expired" for i in ids)
    with demo_db.reader() as s:
        assert {o.status for o in s.scalars(select(Offer).where(Offer.id.in_(ids)))} == {
            OfferStatus.EXPIRED}


def test_home_hidden_behind_the_board_reads_a_move_when_shown_again(
        desk: MainWindow, reads: dict[str, int]) -> None:
    """The board is on screen: Home only marks itself stale on a move (no read), then reads
    once when the founder goes back to it, and shows the file as it is."""
    db = desk.db
    assert db is not None
    home = desk.home_page
    app_id, _cid, role_id = an_application_in(db, "Screen")
    with db.reader() as s:
        withdrew = pipeline.stage_named(s, role_id, "Withdrew").id
    apply(desk.undo_stack, MoveApplications(db, through_changes, [app_id], stage_id=withdrew,
                                            reason="Took another offer"))
    assert reads.get("home_page") == 1 and home.stale and home.reads == 1
    every_view_matches_the_file(desk)
    desk.show_page(0)  # Home
    assert not home.stale and home.reads == 2
    every_view_matches_the_file(desk)
