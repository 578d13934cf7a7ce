"""Benchmark: what watching the open file for changes on disk costs.

    .venv/bin/python tests/bench/bench_on_disk.py [--candidates 5000]

Printed, best of several rounds, each next to its floor measured in the same run:
- `FileWitness.look()` (run when the file or its folder changes, and when the window is
  activated) against a bare `os.stat` plus reading SQLite's 4-byte change counter;
- the write guard (`Database.require_writable`, one `os.stat` before every write) against one
  small write (a candidate's location) that it protects;
- taking in a replaced file that lacks this copy's latest edit (`take_in`: compare version
  vectors, copy the old file through the anchor, reopen, merge back) against opening that file
  for writing and merging the same copy with `merge_file`, the steps a person would otherwise
  take by hand.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from bench_scale import best  # same folder: run as a script

from hirefile.services.demo import load_demo
from hirefile.services.edits import set_candidate_fields
from hirefile.services.files import create_file
from hirefile.services.merging import merge_file
from hirefile.services.on_disk import FileWitness, Seen, change_counter
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate

ME = Identity(str(uuid.uuid4()), "Bench Me")
THEM = Identity(str(uuid.uuid4()), "Bench Them")


def many(fn, n: int = 2000):  # type: ignore[no-untyped-def]
    def run() -> None:
        for _ in range(n):
            fn()
    return lambda: best(run) / n * 1000  # µs per call


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--candidates", type=int, default=5000)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HIREFILE_DATA_DIR"] = tmp
        template = Path(tmp) / "template.hirefile"
        db = create_file(template, ME)
        load_demo(db, candidates=args.candidates, seed=1)
        with db.reader() as s:
            cid = s.query(Candidate.id).filter(Candidate.deleted_at.is_(None)).first()[0]
        db.close()
        size = template.stat().st_size / 2**20
        path = Path(tmp) / "Hiring.hirefile"
        shutil.copyfile(template, path)
        db = Database.open(path, ME)
        witness = FileWitness(db)

        def floor_look() -> None:
            os.stat(path)
            change_counter(path)

        look_us, floor_us = many(witness.look)(), many(floor_look)()
        assert witness.look() is Seen.SAME

        def write() -> None:
            with db.session() as s:
                set_candidate_fields(s, cid, [f"location=City {time.perf_counter_ns()}"])

        guard_us = many(db.require_writable)()
        write_us = best(write) * 1000
        print(f"file: {args.candidates:,} candidates, {size:.0f} MiB")
        print(f"look():        {look_us:8.1f} µs   floor (stat + counter) {floor_us:8.1f} µs   "
              f"ratio {look_us / floor_us:.2f}")
        print(f"write guard:   {guard_us:8.1f} µs   one small write {write_us:10.1f} µs   "
              f"share {guard_us / write_us:.2%}")

        def replaced_copy() -> Path:
            incoming = db.save_copy(Path(tmp) / "incoming.hirefile")
            other = Database.open(incoming, THEM)
            with other.session() as s:
                set_candidate_fields(s, cid, ["current_title=Staff engineer"])
            other.close()
            write()  # this copy's edit the delivered version lacks
            return incoming

        takes, hands = [], []
        for _ in range(3):
            incoming = replaced_copy()
            os.replace(incoming, path)
            t0 = time.perf_counter()
            taken = witness.take_in()
            takes.append(time.perf_counter() - t0)
            assert taken.changes_merged >= 1
            # the floor: by hand, a copy of this file merged into the new one
            mine = db.save_copy(Path(tmp) / "mine.hirefile")
            write()
            incoming = replaced_copy()
            witness.close()
            db.close()
            os.replace(incoming, path)
            t0 = time.perf_counter()
            db = Database.open(path, ME)
            merge_file(db, mine)
            hands.append(time.perf_counter() - t0)
            mine.unlink()
            witness = FileWitness(db)
        take, hand = min(takes) * 1000, min(hands) * 1000
        print(f"take_in():     {take:8.0f} ms   floor (open + merge_file) {hand:8.0f} ms   "
              f"ratio {take / hand:.2f}")
        witness.close()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
