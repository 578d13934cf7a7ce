"""Benchmark: the Home page's read on a big file, as a ratio to its floor measured in the same run.

    .venv/bin/python tests/bench/bench_home.py [FILE] [--candidates 50000] [--strict]

FILE (default /tmp/hirefile-bench-home-50k.hirefile) is made with `hirefile demo` when
missing (its own file: one made before format 4's Home indexes would time the plan without
them). Each section of the dashboard, and the whole read the window makes
when a file opens, is timed (best of five) next to its *floor*: the bare counting SQL the
section cannot do without, on a plain sqlite3 connection to the same file. The Home page is on
the start-up path, so beside the ratio the whole read has a goal of 100 ms at 50,000
candidates (printed, never asserted). `--strict` exits 1 when a ratio is over its budget.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bench_scale import demo_file  # tests/bench, beside this script
from ratios import best_ms, print_ratios

from hirefile.domain.stages import waiting_since
from hirefile.services import dashboard
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.types import utcnow

ROUNDS = 5
GOAL_MS = 100.0
#: Sections whose floor is a few rows (hundredths of a millisecond): the ORM's fixed cost of
#: a query or two is the ratio there.
BUDGETS = {"onboarding and check-ins": 100}


def _stamp(when: object) -> str:
    """A time as the file stores it (UTCDateTime: naive UTC text)."""
    return str(when).replace("+00:00", "")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path,
                   default=Path("/tmp/hirefile-bench-home-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    demo_file(args.file, args.candidates)

    raw = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    db = Database.open(args.file, Identity(str(uuid.uuid4()), "Bench"), write=False)
    # the person on most panels: the founder with the most to do
    viewer = raw.execute("SELECT person_id FROM interview_panelist GROUP BY person_id "
                         "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    now = utcnow()
    today = date.today()
    start, end = dashboard.week_bounds(now)
    results: list[tuple[str, float, float, float]] = []

    def sql(text: str, *params: object) -> Callable[[], object]:
        return lambda: raw.execute(text, params).fetchall()

    week = (_stamp(start.astimezone(now.tzinfo)), _stamp(end.astimezone(now.tzinfo)))
    soon = str(today + timedelta(days=dashboard.OFFER_SOON_DAYS))
    pool_by = str(today + timedelta(days=dashboard.REACH_OUT_SOON_DAYS))
    onboard_by = str(today + timedelta(days=dashboard.ONBOARDING_SOON_DAYS))
    who = ("JOIN application a ON a.id = {0}.application_id "
           "JOIN candidate c ON c.id = a.candidate_id JOIN role r ON r.id = a.role_id")
    # Each floor: the count the section needs and its first rows with names, in bare SQL.
    floors = {
        "open roles": sql(
            "SELECT stage_id, count(*) FROM application WHERE deleted_at IS NULL AND role_id IN "
            "(SELECT id FROM role WHERE status = 'open' AND deleted_at IS NULL) "
            "GROUP BY stage_id"),
        "waiting": lambda: (
            raw.execute("SELECT count(*) FROM application WHERE deleted_at IS NULL AND "
                        "stage_id IN (SELECT id FROM role_stage WHERE kind = 'active' AND "
                        "deleted_at IS NULL) AND stage_entered_at <= ?",
                        (_stamp(waiting_since(now)),)).fetchall(),
            raw.execute("SELECT a.id, c.full_name, r.title FROM application a JOIN candidate c "
                        "ON c.id = a.candidate_id JOIN role r ON r.id = a.role_id WHERE a.id IN "
                        "(SELECT id FROM application WHERE deleted_at IS NULL AND stage_id IN "
                        "(SELECT id FROM role_stage WHERE kind = 'active' AND deleted_at IS "
                        "NULL) AND stage_entered_at <= ? ORDER BY stage_entered_at LIMIT 6)",
                        (_stamp(waiting_since(now)),)).fetchall()),
        "interviews this week": lambda: (
            raw.execute("SELECT count(*) FROM interview i JOIN application a ON a.id = "
                        "i.application_id WHERE i.deleted_at IS NULL AND i.status = 'scheduled' "
                        "AND a.deleted_at IS NULL AND i.starts_at >= ? AND i.starts_at < ?",
                        week).fetchall(),
            raw.execute(f"SELECT i.id, c.full_name, r.title FROM interview i {who.format('i')} "
                        "WHERE i.deleted_at IS NULL AND i.status = 'scheduled' AND i.starts_at "
                        ">= ? AND i.starts_at < ? ORDER BY i.starts_at LIMIT 6", week)
            .fetchall()),
        "scorecards owed": sql(
            "SELECT id, starts_at FROM interview WHERE id IN (SELECT interview_id FROM "
            "interview_panelist WHERE person_id = ? AND deleted_at IS NULL EXCEPT SELECT "
            "interview_id FROM scorecard WHERE interviewer_id = ? AND status = 'submitted' AND "
            "deleted_at IS NULL) AND deleted_at IS NULL AND (status = 'done' OR (status = "
            "'scheduled' AND starts_at < ?)) ORDER BY starts_at", viewer, viewer, _stamp(now)),
        "offers expiring": lambda: [
            raw.execute(f"SELECT {cols} FROM offer o {who.format('o')} WHERE o.deleted_at IS "
                        "NULL AND o.status IN ('approved', 'sent', 'expired') AND "
                        f"o.expires_on <= ? {tail}", (soon,)).fetchall()
            for cols, tail in (("count(*)", ""), ("o.id, c.full_name, r.title",
                                                  "ORDER BY o.expires_on LIMIT 6"))],
        "talent pool reach-outs": lambda: [
            raw.execute(f"SELECT {cols} FROM candidate WHERE in_talent_pool = 1 AND "
                        f"reach_out_on <= ? {tail}", (pool_by,)).fetchall()
            for cols, tail in (("count(*)", ""), ("id, full_name, current_title",
                                                  "ORDER BY reach_out_on LIMIT 6"))],
        "onboarding and check-ins": lambda: [
            raw.execute(f"SELECT {cols} FROM {table} t {who.format('t')} WHERE {done} IS NULL "
                        f"AND t.due_on <= ? {tail}", (onboard_by,)).fetchall()
            for table, done in (("onboarding_item", "t.done_at"), ("check_in", "t.done_on"))
            for cols, tail in (("count(*)", ""), ("t.id, c.full_name, r.title",
                                                  "ORDER BY t.due_on LIMIT 6"))],
    }
    with db.reader() as s:
        sections: dict[str, Callable[[], object]] = {
            "open roles": lambda: dashboard.open_roles(s),
            "waiting": lambda: dashboard.waiting(s, now=now),
            "interviews this week": lambda: dashboard.week_interviews(s, viewer, now=now),
            "scorecards owed": lambda: dashboard.owed_scorecards(s, viewer, now=now),
            "offers expiring": lambda: dashboard.expiring_offers(s, today=today),
            "talent pool reach-outs": lambda: dashboard.reach_outs(s, today=today),
            "onboarding and check-ins": lambda: dashboard.onboarding_due(s, today=today),
        }
        for name, op in sections.items():
            results.append((name, best_ms(op, ROUNDS), best_ms(floors[name], ROUNDS),
                            BUDGETS.get(name, 6)))
        whole = best_ms(lambda: dashboard.read(s, viewer, now=now), ROUNDS)
        home = dashboard.read(s, viewer, now=now)
    floor = sum(best_ms(f, ROUNDS) for f in floors.values())
    results.append(("the whole Home page", whole, floor, 3))
    db.close()

    people = raw.execute("SELECT count(*) FROM candidate WHERE deleted_at IS NULL").fetchone()[0]
    print(f"\n{people:,} candidates in {args.file} (best of {ROUNDS})\n")
    over = print_ratios(results)
    print(f"\nthe whole read: {whole:.1f} ms (goal: under {GOAL_MS:.0f} ms)"
          f"{'' if whole < GOAL_MS else '  OVER'}")
    for name in ("roles", "waiting", "interviews", "owed", "offers", "reach_outs",
                 "onboarding"):
        section = getattr(home, name)
        print(f"  {name:12} {len(section.rows)} shown of {section.total:,}")
    return 1 if (args.strict and over) else 0


if __name__ == "__main__":
    sys.exit(main())
