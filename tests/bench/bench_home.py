"""Benchmark: the Home page's read on a big file, as a ratio to its floor measured in the same run.

    .venv/bin/python tests/bench/bench_home.py [FILE] [--candidates 50000] [--strict]

FILE (default /tmp/hirefile-bench-50k.hirefile, shared with bench_scale.py) is made with
`hirefile demo` when missing. Each section of the dashboard, and the whole read the window makes
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


def _stamp(when: object) -> str:
    """A time as the file stores it (UTCDateTime: naive UTC text)."""
    return str(when).replace("+00:00", "")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
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

    floors = {
        "open roles": sql(
            "SELECT stage_id, count(*) FROM application WHERE deleted_at IS NULL AND role_id IN "
            "(SELECT id FROM role WHERE status = 'open' AND deleted_at IS NULL) "
            "GROUP BY stage_id"),
        "waiting": sql(
            "SELECT count(*) FROM application WHERE deleted_at IS NULL AND stage_id IN "
            "(SELECT id FROM role_stage WHERE kind = 'active' AND deleted_at IS NULL) "
            "AND stage_entered_at <= ?", _stamp(waiting_since(now))),
        "interviews this week": sql(
            "SELECT count(*) FROM interview WHERE deleted_at IS NULL AND status = 'scheduled' "
            "AND starts_at >= ? AND starts_at < ?", _stamp(start.astimezone(now.tzinfo)),
            _stamp(end.astimezone(now.tzinfo))),
        "scorecards owed": sql(
            "SELECT count(*) FROM interview_panelist p JOIN interview i ON i.id = p.interview_id "
            "WHERE p.person_id = ? AND p.deleted_at IS NULL AND i.deleted_at IS NULL "
            "AND (i.status = 'done' OR (i.status = 'scheduled' AND i.starts_at < ?)) "
            "AND NOT EXISTS (SELECT 1 FROM scorecard s WHERE s.interview_id = i.id AND "
            "s.interviewer_id = p.person_id AND s.status = 'submitted')", viewer, _stamp(now)),
        "offers expiring": sql(
            "SELECT count(*) FROM offer WHERE deleted_at IS NULL AND status IN "
            "('approved', 'sent', 'expired') AND expires_on <= ?",
            str(today + timedelta(days=dashboard.OFFER_SOON_DAYS))),
        "talent pool reach-outs": sql(
            "SELECT count(*) FROM candidate WHERE reach_out_on <= ?",
            str(today + timedelta(days=dashboard.REACH_OUT_SOON_DAYS))),
        "onboarding and check-ins": lambda: (
            raw.execute("SELECT count(*) FROM onboarding_item WHERE done_at IS NULL AND "
                        "due_on <= ?", (str(today + timedelta(days=7)),)).fetchall(),
            raw.execute("SELECT count(*) FROM check_in WHERE done_on IS NULL AND due_on <= ?",
                        (str(today + timedelta(days=7)),)).fetchall()),
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
            results.append((name, best_ms(op, ROUNDS), best_ms(floors[name], ROUNDS), 12))
        whole = best_ms(lambda: dashboard.read(s, viewer, now=now), ROUNDS)
        home = dashboard.read(s, viewer, now=now)
    floor = sum(best_ms(f, ROUNDS) for f in floors.values())
    results.append(("the whole Home page", whole, floor, 8))
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
