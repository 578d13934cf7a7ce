"""Benchmark: the retention rule on a big file — who is due, and erasing a batch of them.

    .venv/bin/python tests/bench/bench_retention.py [FILE] [--candidates 50000] [--erase 500]

FILE (default /tmp/hirefile-bench-50k.hirefile, shared with bench_scale.py) is made with
`hirefile demo` when missing, then copied (it is never changed). Printed, on a warm cache:
- `due_for_erasure` under a 1-month rule, best of three, beside its floor: one bare SQL pass
  over the same tables (the latest activity per candidate, grouped), nothing else;
- `erase_due` of the first ERASE people due (a backup, one transaction with the sweep of every
  record's free text for their names, `VACUUM`), once, beside its floor: a bare `VACUUM` of
  the same file (the least an erasure that leaves no bytes must do).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench_scale import best, demo_file  # same folder: run as a script
from ratios import print_ratios

from hirefile.services import retention
from hirefile.settings import Identity
from hirefile.storage.database import Database

#: Budgets: the due list may cost this many times its floor; erasing a batch, this many times
#: a vacuum of the file.
DUE_BUDGET, ERASE_BUDGET = 10, 8


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--erase", type=int, default=500)
    args = p.parse_args()
    demo_file(args.file, args.candidates)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HIREFILE_DATA_DIR"] = tmp
        work = Path(tmp) / args.file.name
        shutil.copyfile(args.file, work)
        vacuumed = Path(tmp) / "floor.hirefile"
        shutil.copyfile(args.file, vacuumed)
        db = Database.open(work, Identity(str(uuid.uuid4()), "Bench"))
        with db.session() as s:
            retention.set_rule(s, 1, False)

        def due() -> list[retention.Due]:
            with db.reader() as s:
                return retention.due_for_erasure(s)

        def floor_due() -> None:
            conn = sqlite3.connect(f"file:{work}?mode=ro", uri=True)
            conn.execute("SELECT c.id, max(a.at) FROM candidate c LEFT JOIN activity a "
                         "ON a.candidate_id = c.id GROUP BY c.id").fetchall()
            conn.close()

        listed = due()
        due_ms, floor_ms = best(due), best(floor_due)
        chosen = [d.candidate_id for d in listed[:args.erase]]
        t0 = time.perf_counter()
        report, _kept = retention.erase_due(db, chosen)
        erase_ms = (time.perf_counter() - t0) * 1000
        db.close()
        t0 = time.perf_counter()
        conn = sqlite3.connect(vacuumed)
        conn.execute("VACUUM")
        conn.close()
        vacuum_ms = (time.perf_counter() - t0) * 1000
    print(f"{len(listed):,} due under a one-month rule; erased {len(chosen):,} "
          f"({report.line() if report else 'nobody'})")
    over = print_ratios([
        ("due for erasure (the list)", due_ms, floor_ms, DUE_BUDGET),
        (f"erase {len(chosen):,} due (one step)", erase_ms, vacuum_ms, ERASE_BUDGET),
    ])
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
