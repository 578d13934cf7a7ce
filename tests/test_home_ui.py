"""The Home page in the window: the first screen of an open file, every row opening its record
(click or Enter), Show all leading to the whole list, changes made elsewhere reaching it, and
the welcome in a new file."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.vocab import OfferStatus
from hirefile.services import dashboard, pipeline
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Offer
from hirefile.ui.commands.base import apply, through_changes
from hirefile.ui.commands.candidates import CreateCandidate, MoveApplications
from hirefile.ui.home.cards import HomeRow, SectionCard
from hirefile.ui.main_window import (
    PAGE_CANDIDATES,
    PAGE_HOME,
    PAGE_INTERVIEWS,
    PAGE_OFFERS,
    PAGE_PIPELINE,
    PAGE_ROLES,
    MainWindow,
)
from hirefile.ui.models.applications import COL_DAYS
from hirefile.ui.pages.pipeline import BOARD, TABLE


def fresh(db: Database) -> dashboard.Dashboard:
    with db.reader() as s:
        return dashboard.read(s, db.identity.person_id)


def titles(card: SectionCard) -> list[str]:
    return [row.title.full_text for row in card.rows]


def test_an_open_file_shows_home_first_with_every_section_as_the_file_has_it(
        open_window: Any, demo_db: Database) -> None:
    w: MainWindow = open_window(demo_db, (1024, 700))
    assert w.current_page == PAGE_HOME
    assert w.form.navList.item(PAGE_HOME).text() == "Home"
    home, expected = w.home_page, fresh(demo_db)
    assert home.isVisible() and home.welcome is None  # no welcome made for a file with people
    assert home.reads == 1  # read once, when the file opened
    for key, card in home.cards.items():
        section = getattr(expected, key)
        assert card.count.text() == f"{section.total:,}", key
        assert len(card.rows) == min(section.total, dashboard.LIMIT), key
        assert card.more.isVisible() == (section.more > 0), key
        if section.more:
            assert card.more.text() == f"and {section.more:,} more"
    assert titles(home.cards["waiting"]) == [r.candidate for r in expected.waiting.rows]
    assert expected.waiting.total > 0 and expected.roles.total > 0


def test_a_row_opens_its_record_with_a_click_or_with_enter(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db)
    home, expected = w.home_page, fresh(demo_db)
    waiting = expected.waiting.rows[0]
    qtbot.mouseClick(home.cards["waiting"].rows[0], Qt.MouseButton.LeftButton)
    assert w.current_page == PAGE_CANDIDATES and w.candidates_page.record_open
    assert w.candidates_page.record.candidate_id == waiting.candidate_id

    w.candidates_page.close_record()
    w.show_page(PAGE_HOME)
    role = expected.roles.rows[0]
    row = home.cards["roles"].rows[0]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Return)
    assert w.current_page == PAGE_PIPELINE
    assert w.pipeline_page.mode == BOARD
    assert w.pipeline_page.form.roleCombo.currentData() == role.role_id

    w.show_page(PAGE_HOME)
    if expected.offers.rows:
        qtbot.mouseClick(home.cards["offers"].rows[0], Qt.MouseButton.LeftButton)
        assert w.current_page == PAGE_OFFERS
        selected = w.offers_page.selected()
        assert selected is not None and selected.id == expected.offers.rows[0].offer_id
        w.show_page(PAGE_HOME)
    if expected.interviews.rows:
        qtbot.mouseClick(home.cards["interviews"].rows[0], Qt.MouseButton.LeftButton)
        assert w.current_page == PAGE_INTERVIEWS
        current = w.interviews_page.current()
        assert current is not None and current.id == expected.interviews.rows[0].interview_id


def test_show_all_leads_to_the_whole_list(open_window: Any, demo_db: Database,
                                          qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db)
    home = w.home_page
    qtbot.mouseClick(home.cards["waiting"].show_all, Qt.MouseButton.LeftButton)
    assert w.current_page == PAGE_PIPELINE and w.pipeline_page.mode == TABLE
    assert w.pipeline_page.form.roleCombo.currentData() is None  # every role
    header = w.pipeline_page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (COL_DAYS, Qt.SortOrder.DescendingOrder)  # the longest waiting first
    w.show_page(PAGE_HOME)
    expected = fresh(demo_db).reach_outs
    assert expected.total > 0
    qtbot.mouseClick(home.cards["reach_outs"].show_all, Qt.MouseButton.LeftButton)
    assert w.current_page == PAGE_CANDIDATES
    assert w.candidates_page.model.rowCount() == expected.total
    assert not home.cards["onboarding"].show_all.isVisible()  # no page lists them yet


def test_a_change_made_elsewhere_reaches_home_when_it_is_shown_again(
        open_window: Any, demo_db: Database) -> None:
    w: MainWindow = open_window(demo_db)
    home = w.home_page
    first = fresh(demo_db).waiting.rows[0]
    w.show_page(PAGE_PIPELINE)
    reads = home.reads
    with demo_db.reader() as s:
        rejected = pipeline.stage_named(s, first.role_id, "Rejected").id
    apply(w.undo_stack, MoveApplications(demo_db, through_changes, [first.application_id],
                                         stage_id=rejected, reason="Role filled"))
    assert home.reads == reads  # hidden: only marked stale
    w.show_page(PAGE_HOME)
    assert home.reads == reads + 1
    assert first.candidate_id not in {r.candidate_id for r in home.data.waiting.rows}  # type: ignore[union-attr]
    assert home.cards["waiting"].count.text() == f"{fresh(demo_db).waiting.total:,}"
    w.undo_stack.undo()  # on screen: read at once
    assert home.reads == reads + 2
    assert titles(home.cards["waiting"])[0] == first.candidate


def test_an_offer_sent_elsewhere_appears_among_those_expiring(
        open_window: Any, demo_db: Database) -> None:
    w: MainWindow = open_window(demo_db)
    with demo_db.session() as s:
        app_id = s.scalar(select(Application.id).where(
            Application.deleted_at.is_(None), Application.id.not_in(
                select(Offer.application_id))).order_by(Application.id).limit(1))
        offer = Offer(application_id=app_id, status=OfferStatus.SENT, base_salary=1,
                      currency="EUR", expires_on=date.today() - timedelta(days=30))
        s.add(offer)
        s.flush()
        offer_id = offer.id
    w.changes.changed()  # as a page that wrote it announces
    assert offer_id == w.home_page.data.offers.rows[0].offer_id  # type: ignore[union-attr]
    assert w.home_page.cards["offers"].rows[0].when.text() == "expired 30 days ago"


def test_a_new_file_shows_the_welcome_until_something_is_in_it(
        open_window: Any, new_db: Database, qtbot: Any) -> None:
    w: MainWindow = open_window(new_db, (1024, 700))
    home = w.home_page
    assert w.current_page == PAGE_HOME
    assert home.welcome.isVisible() and not home.cards_area.isVisible()
    qtbot.mouseClick(home.welcome.form.candidateButton, Qt.MouseButton.LeftButton)
    assert w.current_page == PAGE_CANDIDATES and w.candidates_page.record_open
    w.candidates_page.close_record()
    apply(w.undo_stack, CreateCandidate(new_db, through_changes,
                                        CandidateDraft(full_name="Ngozi Eze")))
    w.show_page(PAGE_HOME)
    assert not home.welcome.isVisible() and home.cards_area.isVisible()
    assert home.cards["waiting"].empty_shown == "Nobody is waiting. Good pace."
    assert [lbl.text() for lbl in home.cards["waiting"].findChildren(type(home.title))
            if lbl.objectName() == "cardEmpty" and lbl.isVisible()] == [
        "Nobody is waiting. Good pace."]


def test_names_in_any_script_are_cut_to_fit_and_whole_in_the_tooltip(qtbot: Any) -> None:
    name = "Αλεξάνδρα Παπαδοπούλου-Κωνσταντινίδου 王秀英 محمد عبد الرحمن"
    row = HomeRow(name, "ML Engineer · Screen", "12 days")
    qtbot.addWidget(row)
    row.resize(260, 50)
    row.show()
    qtbot.waitExposed(row)
    assert row.title.text().endswith("…") and row.title.toolTip() == name
    assert row.title.fontMetrics().horizontalAdvance(row.title.text()) <= row.title.width()


def test_the_first_step_new_role_creates_one_from_a_template_and_home_shows_it(
        open_window: Any, new_db: Database, qtbot: Any, monkeypatch: Any) -> None:
    from hirefile.domain.templates import TEMPLATES
    from hirefile.ui.roles import workspace

    monkeypatch.setattr(workspace.TemplateDialog, "ask",
                        classmethod(lambda cls, parent: TEMPLATES[0]))
    w: MainWindow = open_window(new_db, (1024, 700))
    qtbot.mouseClick(w.home_page.welcome.form.roleButton, Qt.MouseButton.LeftButton)
    assert w.current_page == PAGE_ROLES and w.roles_page.count == 1
    w.show_page(PAGE_HOME)
    assert w.home_page.cards_area.isVisible() and not w.home_page.welcome.isVisible()
    assert w.home_page.cards["roles"].count.text() == "0"  # a new role is a draft, not open
