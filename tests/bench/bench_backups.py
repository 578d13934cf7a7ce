"""Benchmark: what an automatic backup costs, next to SQLite's own backup API.

    .venv/bin/python tests/bench/bench_backups.py [FILE] [--candidates 50000]

FILE (default /tmp/hirefile-bench-50k.hirefile, shared with bench_scale.py) is made with
`hirefile demo` when missing. Printed, best of three, on a warm page cache:
- the floor: SQLite's backup API from a plain connection to a new file, nothing else;
- `make_backup` (the same copy, `quick_check` on it, fsync, atomic rename, then the rotation);
- `list_backups` over the backups just made (a header and two counts each);
- `restore_as_new` (a copy, `quick_check`, a replica id of its own, atomic rename);
- `up_to_date`, which the app asks on opening a file (nothing is copied when the newest backup
  is newer than the file);
- `replace_with_backup` (Restore from Backup → Replace Current File: the lock, a lineage check,
  a copy, `quick_check`, one rename), then opening the file again with its full checks.

The app makes its "open" backup 1.5 s after the window shows, on the main thread: the
`make_backup` line is how long the window does not answer then.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench_scale import best, demo_file  # same folder: run as a script

from hirefile.services import backups
from hirefile.settings import Identity
from hirefile.storage.database import Database


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    args = p.parse_args()
    demo_file(args.file, args.candidates)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HIREFILE_DATA_DIR"] = tmp
        work = Path(tmp) / args.file.name
        shutil.copyfile(args.file, work)
        floor_files = (Path(tmp) / f"floor-{i}.sqlite" for i in itertools.count())

        def floor() -> None:
            src = sqlite3.connect(f"file:{work}?mode=ro", uri=True)
            dst = sqlite3.connect(next(floor_files))
            src.backup(dst)
            dst.close()
            src.close()

        base = datetime(2026, 12, 6, 10, tzinfo=timezone.utc)
        times = (base + timedelta(minutes=30 * i) for i in itertools.count())
        targets = (Path(tmp) / f"restored-{i}.hirefile" for i in itertools.count())
        with Database.open(work, Identity(str(uuid.uuid4()), "Bench")) as db:
            copy = best(floor)
            make = best(lambda: backups.make_backup(db, "timer", now=next(times)))
            listed = backups.list_backups(db.file_uuid)
            listing = best(lambda: backups.list_backups(db.file_uuid))
            restore = best(lambda: backups.restore_as_new(listed[0], next(targets)))
            time.sleep(1.1)  # backups are named to the second: one clearly after the file's time
            backups.make_backup(db, "open")
            assert backups.up_to_date(db) is not None
            fresh = best(lambda: backups.up_to_date(db))
        ident = Identity(str(uuid.uuid4()), "Bench")

        def replace_and_reopen() -> None:
            backups.replace_with_backup(listed[0], work, ident.name)
            Database.open(work, ident).close()

        replace = best(replace_and_reopen)
    size = args.file.stat().st_size / 1024 / 1024
    print(f"{args.file} ({size:,.0f} MiB)")
    print(f"  SQLite backup API             {copy:8.0f} ms  (floor)")
    print(f"  make_backup                   {make:8.0f} ms  ({make / copy:.2f}× floor)")
    print(f"  list_backups ({len(listed)} backups)      {listing:8.0f} ms  "
          f"({listing / copy:.2f}× floor)")
    print(f"  restore_as_new                {restore:8.0f} ms  ({restore / copy:.2f}× floor)")
    print(f"  up_to_date (opened unchanged) {fresh:8.1f} ms  ({fresh / copy:.3f}× floor)")
    print(f"  replace_with_backup + open    {replace:8.0f} ms  ({replace / copy:.2f}× floor)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
