"""Benchmark: merging two founders' 10,000-candidate copies that each changed 1,000 records.

    .venv/bin/python tests/bench/bench_merge.py [--candidates 10000] [--changed 1000]

A demo file (/tmp/hirefile-bench-10k.hirefile, made once) is copied twice; in each copy 1,000
candidates are changed (different candidates, and 100 changed on both sides, which are
conflicts), and 200 candidates are added. Printed, best of three:
- the floor: the same differing and new rows found by a join on the key and copied with bare
  SQL (`INSERT OR REPLACE … SELECT` over an attached copy), no rules;
- the merge engine alone (one transaction: field by field, conflicts, derived columns);
- `hirefile merge` as a founder runs it: a snapshot of the other copy brought to this format
  and checked, a verified backup of this copy, then the merge.
Goal: the merge ≤ 2 s and ≤ 5× the floor.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from bench_scale import demo_file  # same folder: run as a script
from sqlalchemy import select

from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.merge import Merger, tracked_tables
from hirefile.storage.models import Candidate

ROUNDS = 3
LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okoye")


def change(path: Path, who: Identity, ids: list[str], field: str, value: str,
           added: int) -> None:
    with Database.open(path, who) as db, db.session() as s:
        for key in ids:
            row = s.get(Candidate, key)
            assert row is not None
            setattr(row, field, f"{value} {key[:4]}")
        for i in range(added):
            s.add(Candidate(full_name=f"{value} Newcomer {i}"))


def timed(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


def floor(mine: Path, theirs: Path) -> float:
    conn = sqlite3.connect(mine, isolation_level=None)
    conn.execute("ATTACH DATABASE ? AS theirs", (str(theirs),))
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    for t in tracked_tables():
        conn.execute(
            f"INSERT OR REPLACE INTO main.{t.name} SELECT t.* FROM theirs.{t.name} t "
            f"LEFT JOIN main.{t.name} m ON m.id = t.id WHERE m.id IS NULL "
            "OR m.row_clock IS NOT t.row_clock OR m.field_clocks IS NOT t.field_clocks")
    conn.execute("COMMIT")
    took = time.perf_counter() - t0
    conn.close()
    return took


def engine_only(mine: Path, theirs: Path) -> float:
    with Database.open(mine, LENA) as db, db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("ATTACH DATABASE ? AS theirs", (str(theirs),))
        with db.session_on(conn) as session:
            tx = session.begin()
            t0 = time.perf_counter()
            outcome = Merger(session.connection(), now=db.copy_clock.next(session),
                             by="Bench").run()
            from hirefile.services.merging import _recompute

            _recompute(session, outcome)
            tx.commit()
            took = time.perf_counter() - t0
        conn.rollback()
        raw.execute("DETACH DATABASE theirs")
    assert sum(outcome.changed.values()) >= 1000, outcome.changed
    return took


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--candidates", type=int, default=10_000)
    p.add_argument("--changed", type=int, default=1_000)
    args = p.parse_args()
    source = Path(f"/tmp/hirefile-bench-{args.candidates // 1000}k.hirefile")
    demo_file(source, args.candidates)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HIREFILE_DATA_DIR"] = tmp
        folder = Path(tmp)
        a, b = folder / "lena" / "Hiring.hirefile", folder / "daniel" / "Hiring.hirefile"
        for path in (a, b):
            path.parent.mkdir()
            shutil.copyfile(source, path)
        with Database.open(a, LENA, write=False) as db, db.reader() as s:
            ids = s.scalars(select(Candidate.id).where(Candidate.deleted_at.is_(None))
                            .order_by(Candidate.id)).all()
        n, both = args.changed, args.changed // 10
        change(a, LENA, ids[:n], "location", "Berlin", 200)
        change(b, DANIEL, ids[n - both:2 * n - both], "notes", "Daniel", 200)
        results = {"floor": [], "engine": [], "command": []}
        for _ in range(ROUNDS):
            work = folder / "work" / "Hiring.hirefile"
            for label, fn in (("floor", floor), ("engine", engine_only)):
                shutil.rmtree(work.parent, ignore_errors=True)
                work.parent.mkdir()
                shutil.copyfile(a, work)
                results[label].append(fn(work, b))
            shutil.rmtree(work.parent)
            work.parent.mkdir()
            shutil.copyfile(a, work)
            with Database.open(work, LENA) as db:
                results["command"].append(timed(lambda db=db: merge_file(db, b)))
    size = source.stat().st_size / 1024 / 1024
    low = {k: min(v) * 1000 for k, v in results.items()}
    print(f"two copies of {source.name} ({size:,.0f} MiB), {args.changed:,} candidates changed "
          f"in each ({args.changed // 10:,} in both), 200 added in each")
    print(f"  floor: copy differing rows, bare SQL   {low['floor']:8.0f} ms")
    print(f"  merge engine (one transaction)        {low['engine']:8.0f} ms  "
          f"({low['engine'] / low['floor']:.1f}× floor; goal ≤ 2,000 ms and ≤ 5×)")
    print(f"  hirefile merge (snapshot, check,      {low['command']:8.0f} ms  "
          f"({low['command'] / low['floor']:.1f}× floor)")
    print("    backup, merge)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
