"""Benchmark: every list operation at scale, as a ratio to its floor measured in the same run.

    .venv/bin/python tests/bench/bench_scale.py [FILE] [--candidates 50000] [--strict]

FILE (default /tmp/hirefile-bench-50k.hirefile) is made with `hirefile demo` when missing. Each
operation is timed (best of five) next to its *floor*: the bare SQL the operation cannot do
without, run on a plain sqlite3 connection to the same file. The ratio says what Hirefile adds
on top (ORM, paging, shaping rows); the budget is a ratio, so it holds on a slow laptop and a
fast one alike. Timings are printed, never asserted in unit tests. `--strict` exits 1 when an
operation is over its budget.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from ratios import print_ratios  # tests/bench, beside this script

from hirefile.services import board, listing, scorecards
from hirefile.settings import Identity
from hirefile.storage.database import Database

ROUNDS = 5


def best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def demo_file(path: Path, candidates: int) -> None:
    """The big demo file, made once and kept between runs (other benchmarks use it too)."""
    if not path.exists():
        print(f"making {path} with {candidates:,} demo candidates…", flush=True)
        subprocess.run([sys.executable, "-m", "hirefile", "--as", "Bench", "demo",
                        str(path), "--candidates", str(candidates)], check=True)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    demo_file(args.file, args.candidates)

    raw = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    ident = Identity(str(uuid.uuid4()), "Bench")
    db = Database.open(args.file, ident, write=False)
    results: list[tuple[str, float, float, float]] = []

    def measure(name: str, op: Callable[[], object], floor: Callable[[], object],
                budget: float) -> None:
        results.append((name, best(op), best(floor), budget))

    with db.reader() as s:
        ids = listing.candidate_ids(s)
        page = ids[:200]
        role_id = raw.execute("SELECT role_id, count(*) n FROM application GROUP BY role_id "
                              "ORDER BY n DESC").fetchone()[0]
        measure("open file (read)", lambda: Database.open(args.file, ident, write=False).close(),
                lambda: sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
                .execute("SELECT count(*) FROM meta").fetchone(), 40)
        measure("candidate ids by name", lambda: listing.candidate_ids(s),
                lambda: raw.execute("SELECT id FROM candidate WHERE deleted_at IS NULL "
                                    "ORDER BY sort_name, id").fetchall(), 3)
        measure("candidate ids by added, desc",
                lambda: listing.candidate_ids(s, sort="created", descending=True),
                lambda: raw.execute("SELECT id FROM candidate WHERE deleted_at IS NULL "
                                    "ORDER BY created_at DESC, id").fetchall(), 3)
        marks = ",".join("?" * len(page))
        measure("one page of candidate rows", lambda: listing.candidate_rows(s, page),
                lambda: raw.execute(f"SELECT * FROM candidate WHERE id IN ({marks})",
                                    page).fetchall(), 15)
        measure("search 'garcia'", lambda: listing.candidate_ids(s, text="garcia"),
                lambda: raw.execute("SELECT rowid FROM candidate_fts WHERE candidate_fts "
                                    "MATCH '\"garcia\"'").fetchall(), 6)
        measure("search '王'", lambda: listing.candidate_ids(s, text="王"),
                lambda: raw.execute("SELECT id FROM candidate WHERE full_name LIKE '%王%'")
                .fetchall(), 6)
        # The pipeline table's default order. Its floor reads the application table in its own
        # order (`+a.deleted_at`); the shape before, through the index of live applications,
        # fetched each row from wherever it lies (printed below the table as "before").
        pipeline_sql = (
            "SELECT a.id FROM application a JOIN role_stage st ON st.id = a.stage_id "
            "JOIN candidate c ON c.id = a.candidate_id WHERE {live} "
            "ORDER BY st.position, c.sort_name")
        measure("pipeline ids by stage", lambda: listing.application_ids(s),
                lambda: raw.execute(pipeline_sql.format(live="+a.deleted_at IS NULL"))
                .fetchall(), 3)
        pipeline_before = best(lambda: raw.execute(
            pipeline_sql.format(live="a.deleted_at IS NULL")).fetchall())
        measure("pipeline ids by name", lambda: listing.application_ids(s, sort="candidate"),
                lambda: raw.execute(pipeline_sql.format(live="+a.deleted_at IS NULL")
                                    .replace("st.position, ", "")).fetchall(), 3)
        f = board.BoardFilter(role_id=role_id)
        cols = board.columns(s, f)
        biggest = max(cols, key=lambda c: c.count)
        col_ids = board.column_ids(s, f, biggest)
        measure("board columns, one role", lambda: board.columns(s, f),
                lambda: (raw.execute("SELECT id, name, kind FROM role_stage WHERE role_id=? "
                                     "AND deleted_at IS NULL ORDER BY position",
                                     (role_id,)).fetchall(),
                         raw.execute("SELECT stage_id, count(*) FROM application WHERE "
                                     "role_id=? AND deleted_at IS NULL GROUP BY stage_id",
                                     (role_id,)).fetchall()), 8)
        measure(f"board column ids ({biggest.count:,})", lambda: board.column_ids(s, f, biggest),
                lambda: raw.execute("SELECT id FROM application WHERE stage_id=? AND deleted_at "
                                    "IS NULL ORDER BY stage_entered_at",
                                    (biggest.stage_id,)).fetchall(), 8)
        marks = ",".join("?" * min(100, len(col_ids)))
        measure("board cards, one page", lambda: board.cards(s, col_ids[:100]),
                lambda: raw.execute(f"SELECT * FROM application WHERE id IN ({marks})",
                                    col_ids[:100]).fetchall(), 25)
        # Sealed feedback: cards of applications with submitted scorecards, as an interviewer
        # sees them (the sealing rule for the whole page in one query).
        assessed = [r[0] for r in raw.execute(
            "SELECT DISTINCT application_id FROM scorecard WHERE status = 'submitted' "
            "AND deleted_at IS NULL LIMIT 100")]
        viewer = (raw.execute("SELECT interviewer_id FROM scorecard WHERE status = 'submitted' "
                              "GROUP BY interviewer_id ORDER BY count(*) DESC LIMIT 1")
                  .fetchone() or [None])[0]
        held = ",".join("?" * len(assessed))
        rule_sql = (
            f"SELECT application_id FROM scorecard WHERE application_id IN ({held}) "
            "AND +interviewer_id = ? AND status = 'submitted' AND deleted_at IS NULL "
            "UNION SELECT v.subject_id FROM activity v JOIN application p ON "
            "p.candidate_id = v.candidate_id AND p.id = v.subject_id WHERE p.id IN "
            f"({held}) AND v.kind = 'revealed' AND v.deleted_at IS NULL AND "
            "json_extract(v.detail, '$.person_id') = ?")
        rule_args = [*assessed, viewer, *assessed, viewer]

        def cards_floor() -> object:
            return (raw.execute(rule_sql, rule_args).fetchall(),
                    raw.execute(f"SELECT application_id, recommendation FROM scorecard WHERE "
                                f"application_id IN ({held}) AND status = 'submitted'",
                                assessed).fetchall(),
                    raw.execute(f"SELECT * FROM application WHERE id IN ({held})",
                                assessed).fetchall())

        measure("board cards, as an interviewer",
                lambda: board.cards(s, assessed, viewer_id=viewer), cards_floor, 25)
        measure("sealing rule, one page",
                lambda: scorecards.unsealed_applications(s, viewer, assessed),
                lambda: raw.execute(rule_sql, rule_args).fetchall(), 8)
        measure("stage counts, all roles", lambda: listing.stage_counts(s),
                lambda: raw.execute("SELECT stage_id, count(*) FROM application "
                                    "GROUP BY stage_id").fetchall(), 6)
        measure("roles list", lambda: listing.role_rows(s),
                lambda: raw.execute("SELECT role_id, count(*) FROM application "
                                    "GROUP BY role_id").fetchall(), 6)
    db.close()

    print(f"\n{len(ids):,} candidates in {args.file} (best of {ROUNDS})\n")
    over = print_ratios(results)
    after = next(ms for name, ms, _f, _b in results if name == "pipeline ids by stage")
    print(f"\npipeline ids by stage: {after:.1f} ms; the same SQL through the index of live "
          f"applications (the shape before): {pipeline_before:.1f} ms")
    return 1 if (args.strict and over) else 0


if __name__ == "__main__":
    sys.exit(main())
