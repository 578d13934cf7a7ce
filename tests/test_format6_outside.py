"""File format 6 rewrites every key; what left the file with an old key still meets its row.
A calendar that imported an interview or a hire's checklist before the update gets the same
events from an export after it (the same UIDs, in every copy), and a checklist started in a
copy before the update and again in a copy after it merges row by row, without duplicates.
The format-5 file is `tests/data/format5-demo.hirefile.gz` (see test_format6)."""

from __future__ import annotations

import re
import sqlite3
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from test_format6 import DANIEL, LENA, rows, unpack_format5

from hirefile.domain import keys
from hirefile.domain import onboarding as rules
from hirefile.domain.ordering import spread
from hirefile.domain.vocab import StepKind
from hirefile.services import interviews, onboarding
from hirefile.services.merging import merge_file
from hirefile.storage import check, clock, format6
from hirefile.storage.database import Database
from hirefile.storage.models import CheckIn, OnboardingItem


def uids(text: str) -> list[str]:
    return re.findall(r"^UID:(.*)\r$", text, re.M)


def export_interview(path: Path, key: str, target: Path) -> list[str]:
    with Database.open(path, LENA) as db, db.reader() as s:
        interviews.export_ics(s, [key], target)
    return uids(target.read_bytes().decode("utf-8"))


def test_an_interview_exported_before_the_update_is_the_same_calendar_event_after(
        tmp_path: Path) -> None:
    mine = unpack_format5(tmp_path / "lena")
    theirs = unpack_format5(tmp_path / "daniel")
    (old, stored), = rows(mine, "SELECT id, ical_uid FROM interview WHERE starts_at IS NOT NULL "
                                "AND deleted_at IS NULL ORDER BY rowid LIMIT 1")
    assert stored is None  # nothing kept: format 5 exported it as KEY@hirefile of its key
    format5_uid = f"{old}@hirefile"
    new = keys.compact(old)
    assert export_interview(mine, new, tmp_path / "mine.ics") == [format5_uid]
    # updated apart on the other laptop: the same event there too, and after a merge
    assert export_interview(theirs, new, tmp_path / "theirs.ics") == [format5_uid]
    with Database.open(mine, LENA) as db:
        assert merge_file(db, theirs).outcome.conflicts == []
        with db.reader() as s:
            events = interviews.calendar_events(s, interviews.interviews_data(s, [new]))
            assert [e.uid for e in events] == [format5_uid]
    assert check.check_file(mine).ok


def test_a_uid_format5_stored_is_kept_and_a_new_interview_uses_its_own_key(
        tmp_path: Path) -> None:
    path = unpack_format5(tmp_path)
    (old, app), = rows(path, "SELECT id, application_id FROM interview "
                             "WHERE starts_at IS NOT NULL ORDER BY rowid LIMIT 1 OFFSET 1")
    conn = sqlite3.connect(path)  # as format 5's `schedule` stored it
    conn.execute("UPDATE interview SET ical_uid = id || '@hirefile' WHERE id = ?", (old,))
    conn.commit()
    conn.close()
    with Database.open(path, LENA) as db, db.session() as s:
        person = rows(path, "SELECT id FROM person ORDER BY rowid LIMIT 1")[0][0]
        made = interviews.schedule(
            s, keys.compact(str(app)), title="Systems design", kind=StepKind.SYSTEM_DESIGN,
            starts_at=datetime(2027, 1, 12, 9, 30, tzinfo=timezone.utc), minutes=60,
            interviewer_ids=[keys.compact(str(person))])
        s.flush()
        events = interviews.calendar_events(
            s, interviews.interviews_data(s, [keys.compact(str(old)), made.id]))
    assert [e.uid for e in events] == [f"{old}@hirefile", f"{made.id}@hirefile"]
    assert keys.is_key(made.id)


# a hire's checklist ----------------------------------------------------------------------------

def hire_the_format5_way(path: Path, application_id: str) -> list[str]:
    """What format 5's `onboarding.begin` wrote for a hire (Hirefile's template, due from
    2027-02-01), its keys uuid5 of the application's key: written with plain SQL in this
    format-5 copy, with a clock of its own copy. The keys made."""
    start = date(2027, 2, 1)
    conn = sqlite3.connect(path)
    try:
        replica, seen = conn.execute(
            "SELECT r.id, r.seen FROM replica r JOIN meta m ON m.value = r.id "
            "WHERE m.key = 'replica_id'").fetchone()
        person = conn.execute("SELECT id FROM person ORDER BY rowid LIMIT 1").fetchone()[0]
        stamp = "2026-11-30 09:00:00.000000"
        made = []
        for n, (item, position) in enumerate(zip(rules.DEFAULT, spread(len(rules.DEFAULT)),
                                                  strict=True)):
            key = str(uuid.uuid5(rules.NAMESPACE, f"{application_id}/item/{item.key}"))
            conn.execute(
                "INSERT INTO onboarding_item (id, application_id, text, position, due_on, "
                "category, created_at, created_by, updated_at, updated_by, row_clock) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, application_id, item.text, position, rules.due_on(start, item.days),
                 item.category.value, stamp, person, stamp, person,
                 clock.make(seen + n + 1, replica)))
            made.append(key)
        for months, due in rules.check_in_dates(start):
            key = str(uuid.uuid5(rules.NAMESPACE, f"{application_id}/check-in/{months}"))
            conn.execute(
                "INSERT INTO check_in (id, application_id, due_on, notes, created_at, "
                "created_by, updated_at, updated_by, row_clock) VALUES (?, ?, ?, '', ?, ?, ?, "
                "?, ?)", (key, application_id, due, stamp, person, stamp, person,
                          clock.make(seen + 100 + months, replica)))
            made.append(key)
        conn.execute("UPDATE replica SET seen = ? WHERE id = ?", (seen + 200, replica))
        conn.commit()
    finally:
        conn.close()
    return made


def an_application(path: Path) -> str:
    return str(rows(path, "SELECT id FROM application WHERE deleted_at IS NULL AND id NOT IN "
                          "(SELECT application_id FROM onboarding_item) ORDER BY rowid "
                          "LIMIT 1")[0][0])


def live_checklist(db: Database, application_id: str) -> tuple[int, int]:
    with db.reader() as s:
        return (len(s.scalars(sa.select(OnboardingItem.id).where(
                    OnboardingItem.application_id == application_id,
                    OnboardingItem.deleted_at.is_(None))).all()),
                len(s.scalars(sa.select(CheckIn.id).where(
                    CheckIn.application_id == application_id,
                    CheckIn.deleted_at.is_(None))).all()))


def test_a_checklist_started_before_the_update_and_again_after_it_merges_as_one(
        tmp_path: Path) -> None:
    mine = unpack_format5(tmp_path / "lena")
    theirs = unpack_format5(tmp_path / "daniel")
    old_app = an_application(theirs)
    made = hire_the_format5_way(theirs, old_app)  # Daniel has not updated Hirefile
    app = keys.compact(old_app)
    with Database.open(mine, LENA) as db:  # Lena has: her copy is format 6
        with db.session() as s:  # she records the same hire
            begun = onboarding.begin(s, app, date(2027, 2, 1))
        assert len(begun) == len(rules.DEFAULT) + len(rules.CHECK_IN_MONTHS)
        assert merge_file(db, theirs).outcome.conflicts == []  # one hire, nothing to ask
        assert live_checklist(db, app) == (len(rules.DEFAULT), len(rules.CHECK_IN_MONTHS))
        with db.reader() as s:
            assert set(begun) == set(s.scalars(sa.select(OnboardingItem.id).where(
                OnboardingItem.application_id == app))) | set(s.scalars(
                    sa.select(CheckIn.id).where(CheckIn.application_id == app)))
            # the calendar Daniel exported to before his update keeps its events
            exported = {e.uid for e in onboarding.calendar_events([onboarding.read(s, app)])}
        assert exported == {f"{k}@hirefile" for k in made}
    assert rows(theirs, "PRAGMA user_version") == [(5,)]  # read, not changed
    assert len(made) == len(begun)
    assert check.check_file(mine).ok


def test_a_checklist_updated_keeps_its_calendar_events_and_meets_the_same_hire_made_after(
        tmp_path: Path) -> None:
    path = unpack_format5(tmp_path)
    old_app = an_application(path)
    made = hire_the_format5_way(path, old_app)
    app = keys.compact(old_app)
    with Database.open(path, DANIEL) as db:
        with db.reader() as s:
            data = onboarding.read(s, app)
        exported = {e.uid for e in onboarding.calendar_events([data])}
        assert exported == {f"{k}@hirefile" for k in made}  # as format 5 exported them
        with db.session() as s:  # a hire already begun is not begun twice
            assert onboarding.begin(s, app, date(2027, 2, 1)) == ()
        assert live_checklist(db, app) == (len(rules.DEFAULT), len(rules.CHECK_IN_MONTHS))
        with db.reader() as s:  # the keys are those this format derives for the hire
            assert set(s.scalars(sa.select(CheckIn.id).where(CheckIn.application_id == app))) \
                == {rules.row_key(app, f"check-in/{m}") for m in rules.CHECK_IN_MONTHS}
    with Database.open(path, LENA) as db, db.engine.begin() as conn:
        before = list(conn.execute(sa.text("SELECT id, ical_uid FROM check_in ORDER BY id")))
        format6.upgrade(conn)  # again: nothing changes
        assert list(conn.execute(sa.text(
            "SELECT id, ical_uid FROM check_in ORDER BY id"))) == before


def test_a_checklist_moved_with_merged_duplicates_is_found_by_its_first_application(
        tmp_path: Path) -> None:
    """Merging two records of one person moves a checklist to the application kept: its keys
    still name the first application, tombstoned, which every copy holding them holds."""
    path = unpack_format5(tmp_path)
    old_app = an_application(path)
    made = hire_the_format5_way(path, old_app)
    (other,), = rows(path, f"SELECT id FROM application WHERE id NOT IN ('{old_app}') "
                           "AND deleted_at IS NULL ORDER BY rowid DESC LIMIT 1")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE onboarding_item SET application_id = ? WHERE application_id = ?",
                 (other, old_app))
    conn.commit()
    conn.close()
    Database.open(path, LENA).close()
    items = {r[0] for r in rows(path, "SELECT id FROM onboarding_item WHERE application_id = "
                                      f"'{keys.compact(str(other))}'")}
    assert items >= {rules.row_key(keys.compact(old_app), f"item/{t.key}")
                     for t in rules.DEFAULT}
    assert len(made) == len(rules.DEFAULT) + 3



def test_a_roles_key_from_before_names_the_role_in_a_script(tmp_path: Path) -> None:
    from hirefile.services.refs import role_ref

    path = unpack_format5(tmp_path)
    (old, title), = rows(path, "SELECT id, title FROM role WHERE deleted_at IS NULL "
                               "ORDER BY rowid LIMIT 1")
    with Database.open(path, LENA) as db, db.reader() as s:
        found = role_ref(s, str(old))  # `--role KEY` as a script written before has it
    assert (found.id, found.title) == (keys.compact(str(old)), title)


def test_a_format5_file_recovered_keeps_its_calendar_event_ids(tmp_path: Path) -> None:
    from hirefile.services.recovery import recover

    path = unpack_format5(tmp_path / "damaged")
    (old,), = rows(path, "SELECT id FROM interview WHERE starts_at IS NOT NULL "
                         "ORDER BY rowid LIMIT 1")
    made = hire_the_format5_way(path, an_application(path))
    new = tmp_path / "Recovered.hirefile"
    report = recover(path, new, use_shell=False)
    assert report.check_ok, report.check_problems
    assert rows(new, f"SELECT ical_uid FROM interview WHERE id = '{keys.compact(old)}'") == [
        (f"{old}@hirefile",)]
    check_ins = made[-len(rules.CHECK_IN_MONTHS):]  # made after the items
    assert {u for (u,) in rows(new, "SELECT ical_uid FROM check_in")} >= {
        f"{k}@hirefile" for k in check_ins}
