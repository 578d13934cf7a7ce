"""Benchmark: every report metric on the 50,000-candidate demo file, beside a floor.

    .venv/bin/python tests/bench/bench_reports.py [FILE] [--candidates 50000] [--strict]

FILE (default /tmp/hirefile-bench-50k.hirefile, shared with bench_scale.py) is made with
`hirefile demo` when missing. Each metric (best of five, all roles, all dates: the largest
scope, and the largest role) is printed beside floors measured in the same run on a plain
sqlite3 connection, the least each metric must read: a bare GROUP BY over live moves (funnel,
time in stage), applications joined to their candidates (sources; also the yardstick, 1x,
for the metrics that read few rows) and scorecards joined to their interviews (load). The
budget is a ratio; the whole report also has a goal in seconds (under 1 s). `--strict` exits 1
when a metric is over its budget.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import uuid
from pathlib import Path

from bench_scale import demo_file  # tests/bench, beside this script
from ratios import best_ms, print_ratios

from hirefile.services import reports
from hirefile.settings import Identity
from hirefile.storage.database import Database

ROUNDS = 5


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    demo_file(args.file, args.candidates)
    raw = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    db = Database.open(args.file, Identity(str(uuid.uuid4()), "Bench"), write=False)
    counts = raw.execute(
        "SELECT (SELECT count(*) FROM candidate WHERE deleted_at IS NULL), "
        "(SELECT count(*) FROM application WHERE deleted_at IS NULL), "
        "(SELECT count(*) FROM stage_change WHERE deleted_at IS NULL)").fetchone()
    print(f"{args.file}: {counts[0]:,} candidates, {counts[1]:,} applications, "
          f"{counts[2]:,} moves")
    role_id = raw.execute("SELECT role_id, count(*) n FROM application GROUP BY role_id "
                          "ORDER BY n DESC").fetchone()[0]

    def count_floor() -> object:
        return raw.execute("SELECT count(*) FROM application WHERE deleted_at IS NULL").fetchone()

    def moves_floor() -> object:
        return raw.execute("SELECT application_id, max(to_stage_id) FROM stage_change "
                           "WHERE deleted_at IS NULL GROUP BY application_id").fetchall()[:1]

    def people_floor() -> object:
        return raw.execute("SELECT c.source, count(*) FROM application a JOIN candidate c "
                           "ON c.id = a.candidate_id WHERE a.deleted_at IS NULL "
                           "GROUP BY c.source").fetchall()

    def cards_floor() -> object:
        return raw.execute("SELECT s.interviewer_id, count(*) FROM scorecard s JOIN interview i "
                           "ON i.id = s.interview_id WHERE s.deleted_at IS NULL "
                           "GROUP BY s.interviewer_id").fetchall()

    floor_count = best_ms(count_floor, ROUNDS)
    floor_moves = best_ms(moves_floor, ROUNDS)
    floor_people = best_ms(people_floor, ROUNDS)
    floor_cards = best_ms(cards_floor, ROUNDS)
    results: list[tuple[str, float, float, float]] = []
    all_roles = reports.Scope()
    one_role = reports.Scope(role_id)
    with db.reader() as s:
        metrics = [
            ("funnel", lambda sc: reports.funnel(s, sc), floor_moves, 3),
            ("time in stage", lambda sc: reports.stage_times(s, sc), floor_moves, 6),
            ("time to hire", lambda sc: reports.time_to_hire(s, sc), floor_people, 1),
            ("sources", lambda sc: reports.sources(s, sc), floor_people, 3),
            ("reasons", lambda sc: reports.reasons(s, sc), floor_people, 1),
            ("offers", lambda sc: reports.offers(s, sc), floor_people, 1),
            ("interviewer load", lambda sc: reports.interviewer_load(s, sc), floor_cards, 6),
        ]
        for name, fn, floor, budget in metrics:
            for label, scope in (("all roles", all_roles), ("one role", one_role)):
                results.append((f"{name} ({label})", best_ms(lambda: fn(scope), ROUNDS),  # noqa: B023
                                floor, budget))
        whole = best_ms(lambda: reports.report(s, all_roles), ROUNDS)
        results.append(("whole report (all roles)", whole, floor_moves, 20))
    print(f"floors: COUNT over live applications {floor_count:.1f} ms; GROUP BY over live "
          f"moves {floor_moves:.1f} ms; applications JOIN candidates {floor_people:.1f} ms; "
          f"scorecards JOIN interviews {floor_cards:.1f} ms")
    print("(metrics reading few rows — time to hire, reasons, offers — are held to a whole "
          "floor: under 1x the applications-to-candidates join)")
    over = print_ratios(results)
    print(f"whole report: {whole / 1000:.2f} s (goal: under 1 s)")
    db.close()
    return 1 if args.strict and (over or whole > 1000) else 0


if __name__ == "__main__":
    sys.exit(main())
