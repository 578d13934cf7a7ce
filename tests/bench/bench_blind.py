"""Benchmark: starting a blind review on a big file, as a ratio to its floor in the same run.

    .venv/bin/python tests/bench/bench_blind.py [FILE] [--candidates 50000] [--strict]

FILE (default /tmp/hirefile-bench-50k.hirefile, shared with bench_scale.py) is made with
`hirefile demo` when missing. The pass is a portfolio pass over the busiest in-process stage
that a pass takes (at most `blind.MAX_CANDIDATES`), and a take-home pass over everyone in
process of a role with take-homes; the floor is the bare SQL of the same rows (the stage's
applications and candidates, their links and the grader's reviews with their checks), on a
plain sqlite3 connection. The budget is a ratio, so it reads the same on any machine.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

from ratios import best_ms, print_ratios  # tests/bench, beside this script

from hirefile.domain.vocab import StepKind
from hirefile.services import blind
from hirefile.settings import Identity
from hirefile.storage.database import Database

ROUNDS = 5


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    if not args.file.exists():
        print(f"making {args.file} with {args.candidates:,} demo candidates…", flush=True)
        subprocess.run([sys.executable, "-m", "hirefile", "--as", "Bench", "demo",
                        str(args.file), "--candidates", str(args.candidates)], check=True)
    raw = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    role_id, stage_id, n = raw.execute(
        "SELECT a.role_id, a.stage_id, count(*) n FROM application a "
        "JOIN role_stage st ON st.id = a.stage_id WHERE a.deleted_at IS NULL "
        "AND st.kind = 'active' GROUP BY a.stage_id HAVING n <= ? ORDER BY n DESC LIMIT 1",
        (blind.MAX_CANDIDATES,)).fetchone()
    grader = raw.execute("SELECT reviewer_id FROM portfolio_review GROUP BY reviewer_id "
                         "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    db = Database.open(args.file, Identity(str(uuid.uuid4()), "Bench"), write=False)

    def floor() -> object:
        apps = raw.execute(
            "SELECT a.id, a.candidate_id, c.github_url, c.portfolio_url FROM application a "
            "JOIN candidate c ON c.id = a.candidate_id WHERE a.role_id = ? AND a.stage_id = ? "
            "AND a.deleted_at IS NULL AND c.deleted_at IS NULL", (role_id, stage_id)).fetchall()
        marks = ",".join("?" * len(apps))
        raw.execute(f"SELECT candidate_id, kind, value FROM candidate_link WHERE candidate_id "
                    f"IN ({marks}) AND deleted_at IS NULL", [a[1] for a in apps]).fetchall()
        return raw.execute(
            f"SELECT r.*, k.* FROM portfolio_review r LEFT JOIN portfolio_review_check k "
            f"ON k.review_id = r.id WHERE r.application_id IN ({marks}) AND r.reviewer_id = ? "
            f"AND r.deleted_at IS NULL", [a[0] for a in apps] + [grader]).fetchall()

    with db.reader() as s:
        made = blind.start_pass(s, role_id, grader, StepKind.PORTFOLIO_REVIEW,
                                stage_id=stage_id, seed="bench")
        results = [(f"portfolio pass ({len(made.items)} of {n} in stage)",
                    best_ms(lambda: blind.start_pass(s, role_id, grader,
                                                     StepKind.PORTFOLIO_REVIEW,
                                                     stage_id=stage_id, seed="bench"), ROUNDS),
                    best_ms(floor, ROUNDS), 30)]
    db.close()
    over = print_ratios(results)
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    raise SystemExit(main())
