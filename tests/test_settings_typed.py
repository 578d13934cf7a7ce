"""This computer's typed settings (hirefile/settings.py): kept across a restart, checked with
one-line messages, a damaged value falling back with a message, read the same by the CLI; the
backups keep what they say; a new file starts with the currency and time zone they give."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_cli import run

from hirefile import paths
from hirefile.errors import ValidationError
from hirefile.services import backups, company, dashboard
from hirefile.services.backups import Rotation, list_backups, make_backup
from hirefile.services.files import create_file
from hirefile.settings import (
    BACKUPS_DAYS,
    BACKUPS_RECENT,
    BACKUPS_WEEKS,
    NEW_FILE_CURRENCY,
    NEW_FILE_TIME_ZONE,
    WAITING_DAYS,
    Identity,
    Settings,
)
from hirefile.storage.database import Database


def test_settings_are_kept_across_a_restart_and_unknown_keys_survive(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"appearance": "dark", "recent_files": ["/x.hirefile"]}))
    first = Settings(path)
    assert first.value(WAITING_DAYS) == 7 and first.value(NEW_FILE_CURRENCY) == "USD"
    changed = first.set_values({WAITING_DAYS: "12", NEW_FILE_CURRENCY: " eur ",
                                NEW_FILE_TIME_ZONE: "Europe/Berlin", BACKUPS_RECENT: 10})
    assert changed == {"waiting_days", "new_file.currency", "new_file.time_zone"}
    again = Settings(path)  # the next start of the app, or the CLI
    assert again.waiting_days == 12
    assert again.value(NEW_FILE_CURRENCY) == "EUR"
    assert again.value(NEW_FILE_TIME_ZONE) == "Europe/Berlin"
    assert again.get("appearance") == "dark"  # a newer Hirefile's key is kept
    assert again.recent_files == ["/x.hirefile"]
    assert again.set_values({WAITING_DAYS: 12}) == set()  # the same value: no write, no change


@pytest.mark.parametrize(("setting", "typed", "message"), [
    (WAITING_DAYS, 0, "Waiting days must be a whole number from 1 to 90"),
    (WAITING_DAYS, "91", "Waiting days must be a whole number from 1 to 90"),
    (WAITING_DAYS, "seven", "Waiting days must be a whole number from 1 to 90"),
    (BACKUPS_RECENT, 0, "Recent backups kept must be a whole number from 1 to 100"),
    (BACKUPS_WEEKS, -1, "Weeks of weekly backups must be a whole number from 0 to 104"),
    (NEW_FILE_CURRENCY, "EURO", "“EURO” is not an ISO 4217 currency code (such as EUR or USD)"),
    (NEW_FILE_TIME_ZONE, "Mars/Olympus", "“Mars/Olympus” is not a time zone; use a name such as "
     "Europe/Berlin or America/New_York, or leave it empty for this computer's"),
])
def test_a_value_not_allowed_is_refused_in_one_line_and_nothing_is_kept(
        tmp_path: Path, setting: object, typed: object, message: str) -> None:
    kept = Settings(tmp_path / "settings.json")
    with pytest.raises(ValidationError) as refused:
        kept.set_values({BACKUPS_DAYS: 3, setting: typed})  # type: ignore[dict-item]
    assert refused.value.message == message and "\n" not in message
    assert refused.value.field == setting.key  # type: ignore[attr-defined]
    assert Settings(tmp_path / "settings.json").value(BACKUPS_DAYS) == 7  # all or nothing


def test_a_damaged_value_falls_back_to_its_default_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"waiting_days": "soon", "new_file.currency": 12,
                                "backups.keep_weeks": 20}))
    kept = Settings(path)
    assert kept.waiting_days == 7 and kept.value(NEW_FILE_CURRENCY) == "USD"
    assert kept.value(BACKUPS_WEEKS) == 20 and kept.problem(BACKUPS_WEEKS) is None
    assert kept.problem(WAITING_DAYS) == (
        "Days before a card counts as waiting: “soon” in the settings file is not allowed "
        "(Waiting days must be a whole number from 1 to 90); 7 is used")
    assert kept.set_values({WAITING_DAYS: 7}) == {"waiting_days"}  # set again: repaired
    assert Settings(path).problem(WAITING_DAYS) is None


def test_the_cli_reads_and_sets_the_same_settings(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "settings", "waiting_days", "14") == (0, "14\n", "")
    assert Settings().waiting_days == 14
    assert run(capsys, "settings", "new_file.currency", "yen") == (
        1, "", "hirefile: “yen” is not an ISO 4217 currency code (such as EUR or USD)\n")
    code, out, _ = run(capsys, "settings")
    listed = out.splitlines()
    assert code == 0 and [line.split()[:2] for line in listed[2:4]] == [
        ["waiting_days", "14"], ["backups.keep_recent", "10"]]
    code, _, err = run(capsys, "settings", "colour")
    assert code == 2 and "no setting 'colour'" in err
    paths.settings_path().write_text(json.dumps({"waiting_days": 300}))
    code, out, err = run(capsys, "settings", "waiting_days")
    assert (code, out) == (0, "7\n") and "“300” in the settings file is not allowed" in err


# the waiting rule ------------------------------------------------------------------------------

def test_the_dashboard_counts_waiting_by_the_days_it_is_given(demo_db: Database) -> None:
    with demo_db.reader() as s:
        week = dashboard.read(s, demo_db.identity.person_id)
        month = dashboard.read(s, demo_db.identity.person_id, waiting_days=30)
    assert week.waiting_days == 7 and month.waiting_days == 30
    assert 0 < month.waiting.total < week.waiting.total
    assert all(w.days > 30 for w in month.waiting.rows)


# backups ---------------------------------------------------------------------------------------

def test_backups_keep_what_the_settings_say(new_db: Database) -> None:
    Settings().set_values({BACKUPS_RECENT: 2, BACKUPS_DAYS: 0, BACKUPS_WEEKS: 0})
    now = datetime.now(timezone.utc)
    for hours in (4, 3, 2, 1):
        make_backup(new_db, "timer", now=now - timedelta(hours=hours))
    kept = list_backups(new_db.file_uuid)
    assert len(kept) == 2  # the two newest of the last 24 hours, nothing else
    assert sorted(b.taken_at for b in kept)[0] > now - timedelta(hours=2, minutes=1)
    Settings().set_values({BACKUPS_RECENT: 10})
    make_backup(new_db, "timer", now=now)
    assert len(list_backups(new_db.file_uuid)) == 3


def test_the_rotation_keeps_days_and_weeks_as_asked() -> None:
    now = datetime(2026, 12, 7, 12, tzinfo=timezone.utc)  # a Monday
    daily = [(now - timedelta(days=d), 1) for d in range(0, 30)]  # one a day, newest first
    # the last 7 days, and the newest of each week (Sunday's for last week, then Saturdays')
    assert backups.kept(daily, now) == {0, 1, 2, 3, 4, 5, 6, 8, 15, 22, 29}
    assert backups.kept(daily, now, rotation=Rotation(recent=1, days=3, weeks=3)) == \
        {0, 1, 2, 8}
    assert Rotation.of_machine() == Rotation(10, 7, 8)


# new files -------------------------------------------------------------------------------------

def test_a_new_file_starts_with_this_computers_currency_and_time_zone(
        tmp_path: Path, identity: Identity) -> None:
    plain = create_file(tmp_path / "Plain.hirefile", identity)
    with plain.reader() as s:
        assert (company.company(s).default_currency, company.company(s).time_zone) == ("USD", "")
    plain.close()
    Settings().set_values({NEW_FILE_CURRENCY: "EUR", NEW_FILE_TIME_ZONE: "Europe/Berlin"})
    db = create_file(tmp_path / "Berlin.hirefile", identity)
    try:
        with db.reader() as s:
            profile = company.company(s)
            assert (profile.default_currency, profile.time_zone) == ("EUR", "Europe/Berlin")
            assert company.default_currency(s) == "EUR"
    finally:
        db.close()
