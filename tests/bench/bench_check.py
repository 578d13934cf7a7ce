"""Benchmark: what guarding every write against a damaged file costs, next to SQLite's floor.

    .venv/bin/python tests/bench/bench_check.py [FILE] [--candidates 50000]

FILE (default /tmp/hirefile-bench-50k.hirefile, shared with bench_scale.py) is made with
`hirefile demo` when missing. Printed, best of three, on a warm page cache:
- the floors: SQLite's `PRAGMA quick_check` and `PRAGMA integrity_check` on a plain connection;
- `check` (every check of `hirefile check`), which an open for writing runs on a file changed
  outside Hirefile, and the part of it that compares derived state with its sources
  (`storage.derived.problems`: current stages, offer statuses, sort names, keys, search index);
- opening for writing when the file is as Hirefile last left it (the checks are skipped), and
  opening for reading, for comparison.
The ratio of `check` to `integrity_check` says what Hirefile adds on top of SQLite's own pass.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

from bench_scale import best, demo_file  # same folder: run as a script

from hirefile.settings import Identity
from hirefile.storage import check, derived
from hirefile.storage.database import Database


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    args = p.parse_args()
    demo_file(args.file, args.candidates)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HIREFILE_DATA_DIR"] = tmp  # the remembered-sound list of this run only
        work = Path(tmp) / args.file.name
        shutil.copyfile(args.file, work)
        ident = Identity(str(uuid.uuid4()), "Bench")
        raw = sqlite3.connect(f"file:{work}?mode=ro", uri=True)
        quick = best(lambda: raw.execute("PRAGMA quick_check").fetchall())
        integrity = best(lambda: raw.execute("PRAGMA integrity_check").fetchall())
        agree = best(lambda: derived.problems(raw))
        raw.close()
        full = best(lambda: check.check_file(work))
        Database.open(work, ident).close()  # checked once, then remembered
        cached = best(lambda: Database.open(work, ident).close())
        reading = best(lambda: Database.open(work, ident, write=False).close())
    size = args.file.stat().st_size / 1024 / 1024
    print(f"{args.file} ({size:,.0f} MiB)")
    print(f"  PRAGMA quick_check            {quick:8.0f} ms")
    print(f"  PRAGMA integrity_check        {integrity:8.0f} ms  (floor)")
    print(f"  hirefile check                {full:8.0f} ms  ({full / integrity:.2f}× floor): "
          "an open for writing after an outside change")
    print(f"    of which derived state      {agree:8.0f} ms  ({agree / integrity:.2f}× floor): "
          "stages, offer statuses, sort names, keys and search index against their sources")
    print(f"  open for writing, remembered  {cached:8.0f} ms")
    print(f"  open for reading              {reading:8.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
