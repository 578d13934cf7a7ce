"""The demo file (`hirefile demo`): deterministic, realistic, internally consistent, fast."""

from __future__ import annotations

import random
import re
import sqlite3
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import create_engine, select

from hirefile.cli import main
from hirefile.domain import demo_people
from hirefile.domain.keys import ALPHABET, LENGTH, key_text
from hirefile.domain.names import sort_name
from hirefile.domain.stages import DEFAULT_EXIT_REASONS, DEFAULT_STAGE_NAMES
from hirefile.domain.templates import TEMPLATES
from hirefile.services import listing
from hirefile.services.demo import SUMMARY, _Demo, load_demo
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.bulk import _fast_utc
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Base
from hirefile.storage.types import UTCDateTime

#: The demo is a function of (seed, candidates, today): tests pin today.
TODAY = date(2026, 3, 18)
IDENTITY = Identity(person_id=str(uuid4()), name="Test Founder")

#: Tables whose every column is written by the bulk loader (no wall-clock stamps).
BULK_TABLES = ("candidate", "application", "stage_change", "interview", "interview_panelist",
               "scorecard", "scorecard_rating", "portfolio_review", "culture_assessment",
               "debrief_decision", "offer", "offer_event", "note", "candidate_tag")


def make_demo(path: Path, **kwargs: object) -> dict[str, int]:
    db = create_file(path, IDENTITY)
    try:
        return load_demo(db, today=TODAY, **kwargs)  # type: ignore[arg-type]
    finally:
        db.close()


def query(path: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of the bulk tables, and the roles and their stages without their ORM stamps."""
    out = {t: query(path, f"SELECT * FROM {t} ORDER BY id") for t in BULK_TABLES}
    out["role"] = query(path, "SELECT id, title, status, headcount, pay_min, pay_max, "
                              "pay_currency, created_at FROM role ORDER BY id")
    out["role_stage"] = query(path, "SELECT id, role_id, name, position FROM role_stage "
                                    "ORDER BY id")
    return out


@pytest.fixture(scope="module")
def demo300(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("demo") / "demo300.hirefile"
    return path, make_demo(path)


# determinism ---------------------------------------------------------------------------------

def test_same_inputs_give_identical_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.hirefile", tmp_path / "b.hirefile"
    assert make_demo(a, candidates=120, seed=7) == make_demo(b, candidates=120, seed=7)
    dump_a, dump_b = dump(a), dump(b)
    assert dump_a["candidate"]  # not vacuously equal
    for table in dump_a:
        assert dump_a[table] == dump_b[table], table


def test_another_seed_gives_other_people(tmp_path: Path) -> None:
    a, b = tmp_path / "a.hirefile", tmp_path / "b.hirefile"
    make_demo(a, candidates=120, seed=7)
    make_demo(b, candidates=120, seed=8)
    names = "SELECT full_name, email FROM candidate ORDER BY email"
    assert query(a, names) != query(b, names)
    assert dump(a)["application"] != dump(b)["application"]


def test_ids_are_keys_drawn_from_the_seed() -> None:
    demo, rng = _Demo(random.Random(3), TODAY), random.Random(3)
    for _ in range(2000):
        key = demo.new_id()
        assert key == key_text(rng.getrandbits(128))
        assert len(key) == LENGTH and set(key) <= set(ALPHABET)


def test_fast_time_format_is_sqlalchemys() -> None:
    dialect = create_engine("sqlite://").dialect
    slow = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    fast = _fast_utc(slow)
    rng = random.Random(5)
    base = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for _ in range(500):
        value = base + timedelta(seconds=rng.randrange(-10**9, 10**9),
                                 microseconds=rng.randrange(10**6))
        assert fast(value) == slow(value)
    assert fast(None) is None


def test_times_are_relative_to_today(tmp_path: Path) -> None:
    """Two days later the same demo is the same, two days later (it looks current)."""
    a, b = tmp_path / "a.hirefile", tmp_path / "b.hirefile"
    make_demo(a, candidates=40)
    db = create_file(b, IDENTITY)
    try:
        load_demo(db, candidates=40, today=TODAY + timedelta(days=2))
    finally:
        db.close()
    sql = "SELECT id, stage_entered_at FROM application ORDER BY id"
    shifted = [(i, datetime.fromisoformat(t)) for i, t in query(a, sql)]
    later = [(i, datetime.fromisoformat(t)) for i, t in query(b, sql)]
    assert [(i, t + timedelta(days=2)) for i, t in shifted] == later


# the file is sound and the counts are true -------------------------------------------------

def test_file_passes_check(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    report = check_file(path)
    assert report.ok, report.problems


def test_counts_match_the_rows(demo300: tuple[Path, dict[str, int]]) -> None:
    path, counts = demo300
    assert list(counts) == [label for label, _ in SUMMARY]
    assert counts["candidates"] == 300
    assert counts["roles"] == len(TEMPLATES)
    for label, table in SUMMARY:
        (n,), = query(path, f"SELECT count(*) FROM {table}")
        if table == "person":  # the file's own user is not a demo person
            n -= 1
        assert counts[label] == n, label
    assert all(counts[label] > 0 for label, _ in SUMMARY), counts


def test_bulk_times_are_stored_like_the_orms(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    pattern = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")
    (orm_written,), = query(path, "SELECT updated_at FROM role LIMIT 1")
    assert pattern.match(orm_written)
    for table in ("candidate", "application", "stage_change", "scorecard"):
        for created, updated in query(path, f"SELECT created_at, updated_at FROM {table}"):
            assert pattern.match(created) and pattern.match(updated)
            assert updated >= created


def test_the_page_cache_is_given_back(tmp_path: Path) -> None:
    """The loader enlarges SQLite's page cache for itself; the app's connection gets its own
    setting back."""
    db = create_file(tmp_path / "c.hirefile", IDENTITY)
    try:
        with db.engine.connect() as conn:
            before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        load_demo(db, candidates=5, today=TODAY)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before
    finally:
        db.close()


def test_meta_names_the_last_writer(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    meta = dict(query(path, "SELECT key, value FROM meta"))
    assert meta["last_writer"] == IDENTITY.name
    assert datetime.fromisoformat(meta["last_written_at"]).tzinfo is not None


# roles and the pipeline ------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2])
def test_every_stage_of_every_open_role_holds_someone(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "d.hirefile"
    make_demo(path, seed=seed)
    rows = query(path, """
        SELECT r.title, s.name, count(a.id) FROM role r
        JOIN role_stage s ON s.role_id = r.id
        LEFT JOIN application a ON a.stage_id = s.id
        WHERE r.status = 'open' GROUP BY s.id""")
    assert rows
    assert {name for _, name, _ in rows} == set(DEFAULT_STAGE_NAMES)
    empty = [(title, name) for title, name, n in rows if n == 0]
    assert not empty
    assert max(n for _, _, n in rows) >= 50  # a column that needs scrolling


def test_roles_look_real(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    roles = query(path, "SELECT status, pay_min, pay_max, pay_currency, headcount, location "
                        "FROM role")
    statuses = Counter(status for status, *_ in roles)
    assert statuses["open"] > len(roles) / 2
    if len(roles) >= 4:
        assert statuses["filled"] == 1 and statuses["paused"] == 1
    for _, lo, hi, currency, headcount, location in roles:
        assert 0 < lo < hi and currency in ("EUR", "USD", "GBP") and headcount >= 1
        assert location
    (people,), = query(path, "SELECT count(*) FROM person")
    assert people == 6  # two founders, three interviewers, and the file's user
    (name, currency, signatory), = query(
        path, "SELECT name, default_currency, signatory_name FROM company_profile")
    assert name and currency == "EUR" and signatory


def test_stage_history_leads_to_the_current_stage(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    apps = {i: (stage, entered, applied, reason)
            for i, stage, entered, applied, reason in query(
                path, "SELECT id, stage_id, stage_entered_at, applied_at, exit_reason "
                      "FROM application")}
    history: dict[str, list[tuple]] = {}
    for row in query(path, "SELECT application_id, from_stage_id, to_stage_id, moved_at, "
                           "moved_by, reason FROM stage_change ORDER BY moved_at, rowid"):
        history.setdefault(row[0], []).append(row[1:])
    founders = {name for name, *_ in demo_people.FOUNDERS}
    assert set(history) == set(apps)
    for app_id, (stage, entered, applied, reason) in apps.items():
        moves = history[app_id]
        assert moves[0][0] is None and moves[0][2] == applied
        for before, after in pairwise(moves):
            assert after[0] == before[1]  # from = the previous move's to
        assert moves[-1][1] == stage and moves[-1][2] == entered
        assert all(m[3] in founders for m in moves)
        assert moves[-1][4] == reason


def test_exits_carry_a_known_reason_and_a_note(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    known = {r for reasons in DEFAULT_EXIT_REASONS.values() for r in reasons}
    exits = query(path, """
        SELECT s.name, a.exit_reason, a.exit_note FROM application a
        JOIN role_stage s ON s.id = a.stage_id WHERE s.kind IN ('rejected', 'withdrew')""")
    assert {name for name, _, _ in exits} == {"Rejected", "Withdrew"}
    for _, reason, note in exits:
        assert reason in known and note
    (others,), = query(path, """
        SELECT count(*) FROM application a JOIN role_stage s ON s.id = a.stage_id
        WHERE s.kind NOT IN ('rejected', 'withdrew') AND a.exit_reason IS NOT NULL""")
    assert others == 0


def test_some_candidates_wait_and_some_are_in_two_pipelines(
        demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    week_ago = f"{TODAY - timedelta(days=7)} 09:00:00"
    (waiting,), = query(path, """
        SELECT count(*) FROM application a JOIN role_stage s ON s.id = a.stage_id
        JOIN role r ON r.id = a.role_id
        WHERE s.kind = 'active' AND r.status = 'open' AND a.stage_entered_at < ?""", week_ago)
    assert waiting > 0
    per_candidate = Counter(c for c, in query(path, "SELECT candidate_id FROM application"))
    twice = sum(1 for n in per_candidate.values() if n == 2)
    assert 0.08 * 300 < twice < 0.25 * 300
    assert max(per_candidate.values()) <= 2
    (pool, due), = query(path, "SELECT sum(in_talent_pool), sum(reach_out_on <= ?) "
                               "FROM candidate", TODAY.isoformat())
    assert 5 <= pool <= 30 and due >= 1
    (pool_apps,), = query(path, "SELECT count(*) FROM application a JOIN candidate c "
                                "ON c.id = a.candidate_id WHERE c.in_talent_pool")
    assert pool_apps == 0


# people ----------------------------------------------------------------------------------------

def test_locale_data_is_complete() -> None:
    locales = demo_people.LOCALES
    assert len({loc.key for loc in locales}) == len(locales)
    for loc in locales:
        names = [*loc.female, *loc.male, *(f.male for f in loc.family),
                 *(f.female for f in loc.family)]
        for name in names:
            assert name.text and name.key.isascii() and name.key.isalnum(), (loc.key, name)
            assert not loc.native_script or name.latin.isascii(), (loc.key, name)
        for place in (*loc.places, *demo_people.HUBS):
            assert place.rpartition(", ")[2] in demo_people.PHONES, place
        assert loc.mail and loc.companies


def _scripts(names: list[str]) -> set[str]:
    scripts = set()
    for name in names:
        for ch in name:
            if ch.isalpha():
                scripts.add(unicodedata.name(ch, "UNKNOWN").split()[0])
    return scripts


def test_names_come_from_many_countries_and_scripts(
        demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    names = [n for n, in query(path, "SELECT full_name FROM candidate")]
    scripts = _scripts(names)
    assert len(scripts) >= 15, scripts
    assert {"LATIN", "CYRILLIC", "GREEK", "CJK", "HANGUL", "ARABIC", "HEBREW",
            "DEVANAGARI"} <= scripts
    assert len(demo_people.LOCALES) >= 20
    assert any(not n.isascii() and _scripts([n]) == {"LATIN"} for n in names)  # diacritics
    assert any("'" in n for n in names) or any(" " not in n for n in names)
    places = Counter(loc.rpartition(", ")[2] for loc, in query(
        path, "SELECT location FROM candidate"))
    assert len(places) >= 25


def test_emails_are_unique_ascii_and_plausible(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    emails = [e for e, in query(path, "SELECT email FROM candidate")]
    assert len(emails) == len(set(emails)) == 300
    for email in emails:
        assert email.isascii() and re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", email)


def test_emails_stay_unique_at_scale_and_counts_hold(tmp_path: Path) -> None:
    """A larger file: collisions of common names get numbered, and the counts stay true."""
    path = tmp_path / "d5k.hirefile"
    counts = make_demo(path, candidates=5000, seed=3)
    (n, distinct), = query(path, "SELECT count(email), count(DISTINCT email) FROM candidate")
    assert n == distinct == counts["candidates"] == 5000
    for label, table in SUMMARY:
        (rows,), = query(path, f"SELECT count(*) FROM {table}")
        assert counts[label] == rows - (1 if table == "person" else 0), label
    assert counts["applications"] > 5000
    assert check_file(path).ok
    # the interviewers its interviews need (5,000 / 400, rounded up), no one booked twice
    assert counts["people"] == 2 + 13
    assert query(path, OVERLAPS.format(who=BY_PANELIST)) == []
    assert query(path, OVERLAPS.format(who=BY_CANDIDATE)) == []


def test_candidates_carry_the_details_of_real_people(
        demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    rows = query(path, """SELECT full_name, sort_name, phone, github_url, linkedin_url, source,
                                 referrer_name, current_company, expectation,
                                 expectation_currency, notes FROM candidate""")
    assert all(s == sort_name(n) for n, s, *_ in rows)
    phones = [r[2] for r in rows if r[2]]
    assert len(phones) > 250 and all(p.startswith("+") for p in phones)
    assert sum(1 for r in rows if r[3]) > 100 and sum(1 for r in rows if r[4]) > 150
    sources = Counter(r[5] for r in rows)
    assert {"inbound", "referral", "outreach", "community", "event", "agency"} <= set(sources)
    assert all(r[6] for r in rows if r[5] == "referral")
    assert sum(1 for r in rows if r[7]) > 250
    assert all(r[9] in ("EUR", "USD", "GBP") for r in rows if r[8] is not None)
    assert any(r[10].count("\n\n") >= 2 for r in rows)  # a few long notes


# assessments and offers ------------------------------------------------------------------------

def test_ratings_are_one_to_four_or_not_assessed(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    for sql in ("SELECT rating FROM scorecard_rating", "SELECT rating FROM culture_rating",
                "SELECT rating FROM portfolio_review", "SELECT recommendation FROM scorecard"):
        values = [v for v, in query(path, sql)]
        assert values and all(v is None or 1 <= v <= 4 for v in values), sql
    ratings = [v for v, in query(path, "SELECT rating FROM scorecard_rating")]
    assert None in ratings and set(ratings) - {None} == {1, 2, 3, 4}
    assert all(e for e, in query(path, "SELECT evidence FROM culture_rating"))
    (partial,), = query(path, """SELECT count(*) FROM portfolio_review r WHERE
        (SELECT count(*) FROM portfolio_review_check c WHERE c.review_id = r.id) != 7""")
    assert partial == 0


def test_interviews_past_and_upcoming(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    now = f"{TODAY} 09:00:00"
    in_two_weeks = f"{TODAY + timedelta(days=15)}"
    rows = query(path, "SELECT status, starts_at FROM interview")
    assert all(t < now for s, t in rows if s == "done")
    upcoming = [t for s, t in rows if s == "scheduled"]
    assert upcoming and all(now < t < in_two_weeks for t in upcoming)
    (orphans,), = query(path, """SELECT count(*) FROM scorecard s
        JOIN interview i ON i.id = s.interview_id WHERE i.status != 'done'""")
    assert orphans == 0
    statuses = Counter(s for s, in query(path, "SELECT status FROM scorecard"))
    assert statuses["submitted"] > statuses["draft"] > 0


def test_offers_follow_the_pipeline(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    offers = query(path, """
        SELECT s.name, o.status, o.base_salary, r.pay_min, r.pay_max, o.currency,
               r.pay_currency, o.equity_kind, o.vesting_months, o.cliff_months, o.start_date,
               o.expires_on, (SELECT count(*) FROM offer_event e WHERE e.offer_id = o.id)
        FROM offer o JOIN application a ON a.id = o.application_id
        JOIN role r ON r.id = a.role_id JOIN role_stage s ON s.id = a.stage_id""")
    by_stage: dict[str, set[str]] = {}
    for stage, status, *_ in offers:
        by_stage.setdefault(stage, set()).add(status)
    assert by_stage["Hired"] == {"accepted"}
    assert by_stage["Offer"] <= {"draft", "approved", "sent"}
    assert by_stage.get("Withdrew", {"declined"}) <= {"declined", "expired"}
    (in_offer,), = query(path, """SELECT count(*) FROM application a JOIN role_stage s
        ON s.id = a.stage_id WHERE s.name IN ('Offer', 'Hired')""")
    assert sum(1 for o in offers if o[0] in ("Offer", "Hired")) == in_offer
    for _, _, base, lo, hi, cur, role_cur, equity, vesting, cliff, start, expires, n in offers:
        assert cur == role_cur and 0.9 * lo <= base <= 1.1 * hi
        assert equity == "none" or (vesting, cliff) == (48, 12)
        assert start and expires and n >= 1


def test_debriefs_for_offers_and_hires(demo300: tuple[Path, dict[str, int]]) -> None:
    path, _ = demo300
    (missing,), = query(path, """SELECT count(*) FROM application a JOIN role_stage s
        ON s.id = a.stage_id WHERE s.name IN ('Offer', 'Hired') AND NOT EXISTS
        (SELECT 1 FROM debrief_decision d WHERE d.application_id = a.id AND d.decision = 'hire')""")
    assert missing == 0
    decisions = {d for d, in query(path, "SELECT decision FROM debrief_decision")}
    assert {"hire", "reject"} <= decisions


# loading twice -------------------------------------------------------------------------------

def test_loading_into_a_file_with_data_adds_more(tmp_path: Path) -> None:
    path = tmp_path / "twice.hirefile"
    first = make_demo(path, candidates=60)
    with Database.open(path, IDENTITY) as db:
        second = load_demo(db, candidates=60, today=TODAY)
    assert second["roles"] == first["roles"] and second["people"] == 0
    (candidates, emails), = query(path, "SELECT count(*), count(DISTINCT email) FROM candidate")
    assert candidates == emails == 120
    (people,), = query(path, "SELECT count(*) FROM person")
    assert people == 6
    assert check_file(path).ok


# no one booked twice -------------------------------------------------------------------------

#: Pairs of live interviews that overlap in time (start..end) and share `who`: a panelist
#: (interview_panelist.person_id) or a candidate (application.candidate_id).
OVERLAPS = """
    WITH booked AS (
        SELECT i.id, who.key, CAST(strftime('%s', i.starts_at) AS INTEGER) AS starts,
               CAST(strftime('%s', i.starts_at) AS INTEGER) + 60 * i.minutes AS ends
        FROM interview i JOIN ({who}) AS who ON who.interview_id = i.id
        WHERE i.deleted_at IS NULL AND i.starts_at IS NOT NULL)
    SELECT a.key, a.id, b.id FROM booked a JOIN booked b
      ON b.key = a.key AND a.id < b.id AND a.starts < b.ends AND b.starts < a.ends"""
BY_PANELIST = ("SELECT interview_id, person_id AS key FROM interview_panelist "
               "WHERE deleted_at IS NULL")
BY_CANDIDATE = ("SELECT x.id AS interview_id, p.candidate_id AS key FROM interview x "
                "JOIN application p ON p.id = x.application_id")


def test_the_demo_books_no_interviewer_and_no_candidate_twice(demo_template: Path) -> None:
    assert query(demo_template, "SELECT count(*) FROM interview")[0][0] > 300
    assert query(demo_template, OVERLAPS.format(who=BY_PANELIST)) == []
    assert query(demo_template, OVERLAPS.format(who=BY_CANDIDATE)) == []
    # and in working hours on weekdays, on the quarter hour
    times = [datetime.fromisoformat(t) for (t,) in query(
        demo_template, "SELECT starts_at FROM interview WHERE starts_at IS NOT NULL")]
    assert all(t.weekday() < 5 and 8 <= t.hour < 17 and t.minute % 15 == 0 for t in times)


# the app's Try the demo and `hirefile demo` ---------------------------------------------------

def test_try_the_demos_new_file_holds_what_hirefile_demo_puts_in_a_new_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One maker (`load_demo`) for both: the same rows, counted in the same words by the
    command's line and the app's status bar."""
    from hirefile.domain.demo_desk import added_text
    from hirefile.services.demo import new_demo_file

    by_command, by_app = tmp_path / "Command.hirefile", tmp_path / "Demo.hirefile"
    assert main(["--as", IDENTITY.name, "demo", str(by_command), "--candidates", "12"]) == 0
    said = capsys.readouterr().out
    summary = new_demo_file(by_app, IDENTITY, candidates=12)
    assert dump(by_app) == dump(by_command)
    assert len(dump(by_app)["candidate"]) == 12
    assert said.startswith(f"{by_command}: added 12 candidates, {summary['roles']} roles, ")
    assert said.startswith(f"{by_command}: added {added_text(summary, every=True)} in ")
    shown = added_text(summary)  # the app: "Demo file opened: …"; no offer made: not said
    assert summary["offers"] == 0 and "offers" not in said
    assert shown == f"12 candidates, {summary['roles']} roles, {summary['interviews']} interviews"
    assert set(shown.split(", ")) <= set(added_text(summary, every=True).split(", "))


# on a PostgreSQL server ------------------------------------------------------------------------

def test_the_demo_on_a_server_holds_what_it_holds_in_a_file(
        tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The same seed and day give the same rows on a server as in a file (every column of the
    bulk tables, read back through each column's type); `hirefile demo URL` adds more."""
    path = tmp_path / "demo.hirefile"
    in_file = make_demo(path, candidates=60, seed=7)
    on_server = create_file(pg_url, IDENTITY)
    try:
        assert load_demo(on_server, candidates=60, seed=7, today=TODAY) == in_file
        with Database.open(path, IDENTITY, write=False) as db, db.reader() as s, \
                on_server.reader() as t:
            for name in BULK_TABLES:
                table = Base.metadata.tables[name]
                rows = select(table).order_by(table.c.id)
                mine, theirs = s.execute(rows).all(), t.execute(rows).all()
                assert mine and mine == theirs, name
            last = str(s.scalar(select(Base.metadata.tables["candidate"].c.full_name)
                                .order_by("id"))).split()[-1]
            found = listing.candidate_ids(s, text=last)
            assert found and listing.candidate_ids(t, text=last) == found
    finally:
        on_server.close()
    assert main(["--as", IDENTITY.name, "demo", pg_url, "--candidates", "20"]) == 0
    assert "added 20 candidates" in capsys.readouterr().out
    with Database.open(pg_url, IDENTITY, write=False) as db, db.reader() as s:
        assert len(listing.candidate_ids(s)) == 80


def test_what_a_demo_added_reads_as_counted() -> None:
    from hirefile.domain.demo_desk import added_text

    said = added_text({"candidates": 12, "people": 1, "portfolio reviews": 1, "offers": 0,
                       "stage changes": 2}, every=True)
    assert said == "12 candidates, 1 person, 1 portfolio review, 2 stage changes"
    assert added_text({"candidates": 0}) == "nothing"
