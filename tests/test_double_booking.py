"""Double-booking: the service finds the interviews that overlap a time for a panelist or the
candidate and proposes a free working-hours slot; the scheduling dialog warns under the time
(who, which interview, when) without blocking, and offers a free slot by default."""

# ruff: noqa: F811  (the fixtures imported from test_assess_ui are parameters here)
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import event, select
from test_assess_ui import app_id, kenji  # noqa: F401  (fixtures)

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import InterviewStatus, StepKind
from hirefile.services import candidates, interviews, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.storage.models import Person
from hirefile.ui.assess.common import ensure_viewer, viewer_id
from hirefile.ui.assess.schedule import ScheduleDialog
from hirefile.ui.text import isolate

UTC = timezone.utc
BERLIN_WINTER = timezone(timedelta(hours=1))
#: Wednesday 4 March 2031, 13:30 UTC.
WHEN = datetime(2031, 3, 4, 13, 30, tzinfo=UTC)


def book(db: Database, app: str, panel: list[str], starts_at: datetime | None,
         minutes: int = 60, title: str = "Past project deep dive") -> str:
    with db.session() as s:
        return interviews.schedule(s, app, title=title, kind=StepKind.TECH_DISCUSSION,
                                   starts_at=starts_at, minutes=minutes,
                                   interviewer_ids=panel).id


def someone(db: Database, name: str) -> str:
    with db.session() as s:
        p = Person(name=name)
        s.add(p)
        return p.id


def other_application(db: Database, name: str, same_candidate_of: str | None = None) -> str:
    """An application in another role: for a new person, or for `same_candidate_of`'s."""
    with db.session() as s:
        role = add_role_from_template(s, template("mlops"))
        if same_candidate_of is not None:
            cid = pipeline.live_application(s, same_candidate_of).candidate_id
        else:
            cid = candidates.create_candidate(s, CandidateDraft(full_name=name)).id
        return pipeline.add_application(s, cid, role.id).id


def clashes(db: Database, start: datetime, minutes: int, people: list[str],
            app: str | None, exclude: str | None = None) -> list[interviews.Conflict]:
    with db.reader() as s:
        return interviews.conflicts(s, start, minutes, people, app, exclude)


# the service ---------------------------------------------------------------------------------

def test_overlaps_for_a_panelist_touching_is_not_a_clash(new_db: Database, app_id: str,
                                                         kenji: str) -> None:
    other = other_application(new_db, "Ana Lima")
    iid = book(new_db, other, [kenji], WHEN, 60)  # 13:30–14:30
    ana = clashes(new_db, WHEN + timedelta(minutes=59), 30, [kenji], app_id)
    assert [(c.interview_id, c.people, c.candidate, c.same_candidate) for c in ana] == \
        [(iid, ("Kenji Watanabe",), "Ana Lima", False)]
    assert ana[0].ends_at == WHEN + timedelta(hours=1)
    assert clashes(new_db, WHEN - timedelta(minutes=30), 31, [kenji], app_id)  # overlaps 1 min
    assert clashes(new_db, WHEN - timedelta(hours=2), 5 * 60, [kenji], app_id)  # covers it
    assert clashes(new_db, WHEN + timedelta(minutes=10), 10, [kenji], app_id)  # inside it
    assert clashes(new_db, WHEN + timedelta(hours=1), 45, [kenji], app_id) == []  # starts at end
    assert clashes(new_db, WHEN - timedelta(minutes=45), 45, [kenji], app_id) == []  # ends at start
    assert clashes(new_db, WHEN, 60, [someone(new_db, "Lena Fischer")], app_id) == []
    assert clashes(new_db, WHEN, 60, [kenji], app_id, exclude=iid) == []  # itself, when edited


def test_the_same_candidate_clashes_in_any_of_their_applications(new_db: Database,
                                                                  app_id: str,
                                                                  kenji: str) -> None:
    lena = someone(new_db, "Lena Fischer")
    second = other_application(new_db, "", same_candidate_of=app_id)
    iid = book(new_db, second, [lena], WHEN, 45, title="Intro call")
    found = clashes(new_db, WHEN + timedelta(minutes=15), 60, [kenji], app_id)
    assert [(c.interview_id, c.people, c.same_candidate, c.title) for c in found] == \
        [(iid, (), True, "Intro call")]
    assert clashes(new_db, WHEN, 60, [kenji], None) == []  # no candidate given: panel only


def test_cancelled_and_undated_interviews_take_no_time(new_db: Database, app_id: str,
                                                       kenji: str) -> None:
    iid = book(new_db, app_id, [kenji], WHEN)
    book(new_db, app_id, [kenji], None)  # time not agreed yet
    assert len(clashes(new_db, WHEN, 30, [kenji], app_id)) == 1
    with new_db.session() as s:
        interviews.set_status(s, iid, InterviewStatus.CANCELLED)
    assert clashes(new_db, WHEN, 30, [kenji], app_id) == []


def test_several_panelists_on_one_interview_are_named_once_each(new_db: Database,
                                                                app_id: str,
                                                                kenji: str) -> None:
    lena = someone(new_db, "Lena Fischer")
    zoe = someone(new_db, "Zoë Martin")
    book(new_db, other_application(new_db, "Ana Lima"), [kenji, lena, zoe], WHEN)
    (found,) = clashes(new_db, WHEN, 30, [zoe, kenji], app_id)
    assert found.people == ("Kenji Watanabe", "Zoë Martin")  # Lena was not asked about


def test_a_free_slot_skips_busy_times_weekends_and_evenings(new_db: Database, app_id: str,
                                                            kenji: str) -> None:
    friday_evening = datetime(2031, 3, 7, 19, 0, tzinfo=BERLIN_WINTER)
    monday_10 = datetime(2031, 3, 10, 10, 0, tzinfo=BERLIN_WINTER)

    def slot(minutes: int = 60) -> datetime | None:
        with new_db.reader() as s:
            return interviews.free_slot(s, minutes, [kenji], app_id, now=friday_evening,
                                        zone=BERLIN_WINTER)

    assert slot() == monday_10  # the next working day at 10:00
    book(new_db, other_application(new_db, "Ana Lima"), [kenji], monday_10, 60)
    assert slot() == monday_10 + timedelta(hours=1)  # 11:00: touching is free
    book(new_db, app_id, [someone(new_db, "Lena Fischer")], monday_10 + timedelta(hours=1),
         90)  # the candidate, 11:00–12:30
    assert slot() == monday_10 + timedelta(hours=2, minutes=30)
    book(new_db, app_id, [kenji], monday_10 + timedelta(hours=2, minutes=30), 5 * 60)
    # Nothing of 60 minutes is left on Monday (17:30–18:00 is too short): Tuesday 09:00.
    assert slot() == datetime(2031, 3, 11, 9, 0, tzinfo=BERLIN_WINTER)
    assert slot(30) == monday_10 + timedelta(hours=7, minutes=30)  # 17:30–18:00 fits 30 min


def test_no_free_slot_is_none(new_db: Database, app_id: str, kenji: str) -> None:
    now = datetime(2031, 3, 3, 8, 0, tzinfo=UTC)
    with new_db.session() as s:
        for day in range(30):
            start = datetime(2031, 3, 4, 9, 0, tzinfo=UTC) + timedelta(days=day)
            interviews.schedule(s, app_id, title="Block", kind=StepKind.OTHER, starts_at=start,
                                minutes=8 * 60, interviewer_ids=[kenji])
            interviews.schedule(s, app_id, title="Block", kind=StepKind.OTHER,
                                starts_at=start + timedelta(hours=8), minutes=60,
                                interviewer_ids=[kenji])
    with new_db.reader() as s:
        assert interviews.free_slot(s, 30, [kenji], app_id, now=now, zone=UTC) is None


def test_conflicts_and_free_slot_are_one_query_each(new_db: Database, app_id: str,
                                                    kenji: str) -> None:
    book(new_db, app_id, [kenji], WHEN)
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    with new_db.reader() as s:
        s.execute(select(1))  # the session's own setup is not counted
        event.listen(new_db.engine, "before_cursor_execute", count)
        try:
            assert len(interviews.conflicts(s, WHEN, 30, [kenji], app_id)) == 1
            assert interviews.free_slot(s, 60, [kenji], app_id, now=WHEN - timedelta(days=1),
                                        zone=UTC) == datetime(2031, 3, 4, 10, 0, tzinfo=UTC)
        finally:
            event.remove(new_db.engine, "before_cursor_execute", count)
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 2


def test_a_time_without_zone_is_refused(new_db: Database, app_id: str) -> None:
    from hirefile.errors import ValidationError
    with new_db.reader() as s, pytest.raises(ValidationError):
        interviews.conflicts(s, datetime(2031, 3, 4, 10, 0), 30, [], app_id)


# the dialog ----------------------------------------------------------------------------------

def local_text(when: datetime) -> str:
    local = when.astimezone()
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"


def test_the_dialog_warns_under_the_time_and_proposes_a_free_slot(
        qtbot: Any, new_db: Database, app_id: str, kenji: str) -> None:
    ensure_viewer(new_db)
    me = viewer_id(new_db)
    first = ScheduleDialog(None, new_db, application_id=app_id)
    qtbot.addWidget(first)
    proposed = first.starts_at()
    assert proposed is not None and first.form.whenWarning.isHidden()
    with new_db.reader() as s:
        assert interviews.free_slot(s, first.form.minutesSpin.value(), first.panel_ids(),
                                    app_id) == proposed
    booked = book(new_db, other_application(new_db, "Ana Lima"), [me, kenji], proposed, 60,
                  title="Intro call")

    dialog = ScheduleDialog(None, new_db, application_id=app_id)
    qtbot.addWidget(dialog)
    free = dialog.starts_at()
    assert free is not None and free >= proposed + timedelta(hours=1)  # not the booked slot
    with new_db.reader() as s:
        assert interviews.conflicts(s, free, dialog.form.minutesSpin.value(),
                                    dialog.panel_ids(), app_id) == []
    assert dialog.form.whenWarning.isHidden()

    dialog.set_panel([me, kenji])
    dialog.set_starts_at(proposed + timedelta(minutes=30))
    warning = dialog.form.whenWarning
    assert not warning.isHidden()
    me_name = new_db.identity.name
    assert warning.text().startswith("Double-booked (you can still schedule it):")
    assert (f"{isolate(me_name)} and {isolate('Kenji Watanabe')} are on “{isolate('Intro call')}"
            f"” with {isolate('Ana Lima')}, {local_text(proposed)}–"
            f"{proposed.astimezone() + timedelta(hours=1):%H:%M}") in warning.text()
    assert not dialog.form.freeButton.isHidden()

    dialog.form.undatedCheck.setChecked(True)  # no time, no clash
    assert warning.isHidden()
    dialog.form.undatedCheck.setChecked(False)
    assert not warning.isHidden()
    dialog.form.freeButton.click()
    assert dialog.starts_at() == free and warning.isHidden()

    dialog.set_starts_at(proposed)  # not blocking: it saves all the same
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with new_db.reader() as s:
        data = interviews.interview_data(s, dialog.interview_id)
        assert data.starts_at == proposed
        assert [c.interview_id for c in interviews.conflicts(
            s, proposed, 60, [kenji], app_id, dialog.interview_id)] == [booked]


def test_the_candidate_double_booked_is_named(qtbot: Any, new_db: Database, app_id: str,
                                              kenji: str) -> None:
    lena = someone(new_db, "Lena Fischer")
    book(new_db, app_id, [lena], WHEN, 45, title="Intro call")
    dialog = ScheduleDialog(None, new_db, application_id=app_id)
    qtbot.addWidget(dialog)
    dialog.set_panel([kenji])
    dialog.set_starts_at(WHEN)
    text = dialog.form.whenWarning.text()
    assert (f"{isolate('Nguyễn Thị Minh Khai')} already has “{isolate('Intro call')}”, "
            f"{local_text(WHEN)}–") in text
    assert "Lena" not in text  # she is not on this panel


def test_editing_an_interview_does_not_clash_with_itself(qtbot: Any, new_db: Database,
                                                         app_id: str, kenji: str) -> None:
    iid = book(new_db, app_id, [kenji], WHEN)
    dialog = ScheduleDialog(None, new_db, interview_id=iid)
    qtbot.addWidget(dialog)
    assert dialog.starts_at() == WHEN  # an edit keeps its time
    assert dialog.form.whenWarning.isHidden()


def test_choosing_another_candidate_checks_again(qtbot: Any, new_db: Database, app_id: str,
                                                 kenji: str) -> None:
    with new_db.session() as s:  # Ana in the same role: the loop steps stay, the check runs
        role_id = pipeline.live_application(s, app_id).role_id
        c = candidates.create_candidate(s, CandidateDraft(full_name="Ana Lima"))
        ana = pipeline.add_application(s, c.id, role_id).id
    book(new_db, ana, [someone(new_db, "Lena Fischer")], WHEN, 60, title="Intro call")
    dialog = ScheduleDialog(None, new_db)
    qtbot.addWidget(dialog)
    dialog.set_panel([kenji])
    dialog.set_starts_at(WHEN)
    f = dialog.form
    f.searchEdit.setText("nguyen")
    assert f.applicationCombo.currentData() == app_id and f.whenWarning.isHidden()
    f.searchEdit.setText("ana lima")
    assert f.applicationCombo.currentData() == ana
    assert f.whenWarning.text().endswith(f"{isolate('Ana Lima')} already has "
                                         f"“{isolate('Intro call')}”, {local_text(WHEN)}–"
                                         f"{WHEN.astimezone() + timedelta(hours=1):%H:%M}")
    assert dialog.starts_at() == WHEN  # a chosen time is never moved by a proposal
