"""No silent caps: a list holds every row and a count is the true number.

The Interviews page once read `limit=1000` ids: on a file of 50,000 candidates it said "1,000
upcoming interviews" (badge 1,000) while the file held 3,093. These tests build a file with
more interviews than that old cap (bulk inserts: a second or two) and check what a founder
sees: the page's count, the sidebar badge, the rows of the list, and the last row on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import insert, select

from hirefile.domain.vocab import InterviewStatus, StepKind
from hirefile.services import interviews
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Interview
from hirefile.storage.types import new_id, utcnow
from hirefile.ui.assess.interviews_model import COL_CANDIDATE, COL_TITLE
from hirefile.ui.main_window import PAGE_INTERVIEWS
from hirefile.ui.pages.interviews import PAST

OLD_CAP = 1000
UPCOMING, UNDATED, PAST_DONE = OLD_CAP + 150, 7, OLD_CAP + 60
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


@pytest.fixture
def busy_db(new_db: Database, add_candidates: Callable[..., None]) -> Database:
    """A file with more upcoming and more past interviews than the old cap of 1,000."""
    add_candidates(new_db, UPCOMING + PAST_DONE, with_roles=True)
    now = utcnow()
    stamp = new_db.identity.stamp
    with new_db.session() as s:
        apps = list(s.scalars(select(Application.id).order_by(Application.id)))
        rows: list[dict[str, Any]] = []
        for i, app in enumerate(apps):
            past = i >= UPCOMING
            starts = (now - timedelta(hours=1 + i) if past else now + timedelta(hours=1 + i))
            rows.append({"id": new_id(), "application_id": app, "kind": StepKind.INTRO_CALL,
                         "title": f"Intro call {i:04d}", "starts_at": starts, "minutes": 30,
                         "status": InterviewStatus.DONE if past else InterviewStatus.SCHEDULED,
                         "created_by": stamp, "updated_by": stamp})
        for i, app in enumerate(apps[:UNDATED]):
            rows.append({"id": new_id(), "application_id": app, "kind": StepKind.FOUNDER_FINAL,
                         "title": f"Final to agree {i}", "starts_at": None, "minutes": 60,
                         "created_by": stamp, "updated_by": stamp,
                         "created_at": now + timedelta(seconds=i)})
        s.execute(insert(Interview), rows)
    return new_db


def test_the_services_list_and_count_every_interview(busy_db: Database) -> None:
    with busy_db.reader() as s:
        assert len(interviews.upcoming_ids(s)) == UPCOMING
        assert len(interviews.past_ids(s)) == PAST_DONE
        assert len(interviews.list_ids(s)) == UPCOMING + UNDATED
        assert len(interviews.list_ids(s, past=True, sort="candidate")) == PAST_DONE
        counts = interviews.upcoming_counts(s)
    # one interview an hour from an hour ahead: 168 hours in the next seven days
    assert counts == interviews.UpcomingCounts(UPCOMING + UNDATED, 7 * 24, UNDATED)


def test_the_interviews_page_shows_the_true_count_and_scrolls_to_the_last(
        open_window: Callable[..., Any], qtbot: Any, busy_db: Database) -> None:
    w = open_window(busy_db, (1024, 700))
    w.form.navList.setCurrentRow(PAGE_INTERVIEWS)
    page = w.interviews_page
    total = UPCOMING + UNDATED
    assert page.form.pageSubtitle.text() == (
        f"{total:,} upcoming interviews, soonest first · 168 in the next 7 days · "
        f"{UNDATED} still to be given a time")
    assert page.count == page.model.rowCount() == total
    assert w.form.navList.item(PAGE_INTERVIEWS).data(COUNT_ROLE) == total

    table = page.form.table
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.indexAt(
        QPoint(4, table.viewport().height() - 4)).row() == total - 1)
    last = page.model.index(total - 1, COL_TITLE)
    assert last.data() == f"Final to agree {UNDATED - 1}"  # undated ones last, in order
    assert page.model.cached_pages[-1] == (total - 1) // page.model.PAGE_SIZE
    assert len(page.model.cached_pages) < total // page.model.PAGE_SIZE  # rows on demand

    page.show_mode(PAST)
    assert page.form.pageSubtitle.text() == f"{PAST_DONE:,} past interviews, most recent first"
    assert page.model.rowCount() == PAST_DONE
    assert page.count == total  # the badge stays the upcoming count
    assert w.form.navList.item(PAGE_INTERVIEWS).data(COUNT_ROLE) == total
    interviews_by_when = [page.model.id_at(r) for r in range(page.model.rowCount())]
    first = page.model.row_at(0)
    assert first is not None and first.title == f"Intro call {UPCOMING:04d}"  # most recent

    table.horizontalHeader().setSortIndicator(COL_CANDIDATE, Qt.SortOrder.DescendingOrder)
    with busy_db.reader() as s:
        by_name = interviews.list_ids(s, past=True, sort="candidate", descending=True)
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == by_name
    assert by_name != interviews_by_when


def test_the_offer_picker_says_how_many_are_in_process_beyond_what_it_lists(
        qtbot: Any, new_db: Database, add_candidates: Callable[..., None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.services import listing
    from hirefile.ui.offers import picker

    add_candidates(new_db, 300, with_roles=True)
    with new_db.reader() as s:
        in_process = len(listing.application_ids(s, active_only=True))
    monkeypatch.setattr(picker, "MAX_ROWS", 120)  # the 2,000 of a big file, made small
    dialog = picker.ApplicationPicker(None, new_db)
    qtbot.addWidget(dialog)
    assert in_process > 120 and dialog.model.rowCount() == 120
    assert dialog.form.countLabel.text() == (
        f"{in_process} people in process · the 120 furthest along listed")
    dialog.form.searchEdit.setText("Okafor")
    shown = dialog.proxy.rowCount()
    assert 0 < shown < 120
    assert dialog.form.countLabel.text() == f"{shown} of the 120 furthest along shown"


def test_a_name_shared_by_many_candidates_is_counted_true(new_db: Database) -> None:
    from hirefile.domain.names import sort_name
    from hirefile.errors import ValidationError
    from hirefile.services import refs
    from hirefile.storage.models import Candidate

    stamp = new_db.identity.stamp
    with new_db.session() as s:
        s.execute(insert(Candidate), [
            {"id": new_id(), "full_name": "Wei Zhang", "sort_name": sort_name("Wei Zhang"),
             "email": f"wei{i}@example.org", "created_by": stamp, "updated_by": stamp}
            for i in range(9)])
    with new_db.reader() as s, pytest.raises(ValidationError) as refused:
        refs.candidate_ref(s, "wei zhang")
    assert refused.value.message.startswith("“wei zhang” names 9 candidates (Wei Zhang <")
    assert "; and 4 more); give the e-mail or the id" in refused.value.message


def test_the_schedule_dialog_says_how_many_more_candidates_match(
        qtbot: Any, new_db: Database, add_candidates: Callable[..., None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.ui.assess import schedule

    add_candidates(new_db, 100, with_roles=True)
    monkeypatch.setattr(schedule, "MAX_MATCHES", 20)  # the 300 of a big file, made small
    dialog = schedule.ScheduleDialog(None, new_db)
    qtbot.addWidget(dialog)
    combo = dialog.form.applicationCombo
    everyone = len(dialog._choices)
    assert everyone > 20 and combo.count() == 21
    assert combo.itemText(20) == f"… and {everyone - 20} more: type a name to narrow"
    assert not combo.model().item(20).isEnabled()
    dialog.form.searchEdit.setText("Okafor")  # a narrower search lists all it finds
    assert 0 < combo.count() <= 20
    assert all("Okafor" in combo.itemText(i) for i in range(combo.count()))
