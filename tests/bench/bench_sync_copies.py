"""Benchmark: what looking for sync tools' copies costs when a file is opened.

    .venv/bin/python tests/bench/bench_sync_copies.py [--others 10000] [--copies 5]

A folder holds the open file, COPIES copies of it named as sync tools name them, and OTHERS
unrelated files. Printed, best of three: `conflicted_copies` next to its floor measured in the
same run (listing the folder and reading each copy's meta table with plain sqlite3), and the
ratio. The cost does not grow with the file's size: only each copy's header, `meta` and
`replica` tables are read.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

from bench_scale import best  # same folder: run as a script

from hirefile.services.files import create_file
from hirefile.services.sync_copies import conflicted_copies
from hirefile.settings import Identity

NAMES = ("Hiring (1).hirefile", "Hiring 2.hirefile", "Hiring-LAPTOP-7.hirefile",
         "Hiring (Daniel's conflicted copy 2026-12-06).hirefile",
         "Hiring.sync-conflict-20261206-101112-ABCDEF7.hirefile", "Hiring (2).hirefile",
         "Hiring 3.hirefile", "Hiring (3).hirefile")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--others", type=int, default=10_000)
    p.add_argument("--copies", type=int, default=5, choices=range(1, len(NAMES) + 1))
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HIREFILE_DATA_DIR"] = tmp
        folder = Path(tmp) / "Dropbox"
        folder.mkdir()
        db = create_file(folder / "Hiring.hirefile", Identity(str(uuid.uuid4()), "Bench"))
        try:
            copies = [folder / n for n in NAMES[:args.copies]]
            for c in copies:
                shutil.copy(db.path, c)
            for i in range(args.others):
                (folder / f"notes {i:05d}.txt").write_bytes(b"x")

            def floor() -> None:
                names = [e.name for e in os.scandir(folder)]
                assert len(names) >= args.others + args.copies + 1  # and the lock note
                for c in copies:
                    conn = sqlite3.connect(f"file:{c}?mode=ro", uri=True)
                    conn.execute("SELECT key, value FROM meta").fetchall()
                    conn.close()

            bare = best(floor)
            assert len(conflicted_copies(db.path)) == args.copies
            ours = best(lambda: conflicted_copies(db.path))
        finally:
            db.close()
    print(f"folder of {args.others:,} other files and {args.copies} copies")
    print(f"  list + read each copy's meta  {bare:8.1f} ms  (floor)")
    print(f"  conflicted_copies             {ours:8.1f} ms  ({ours / bare:.2f}× floor)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
