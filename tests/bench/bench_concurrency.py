"""Benchmark: what checking an edit against the version its form read costs, and two writers
on one team database at once.

    .venv/bin/python tests/bench/bench_concurrency.py [FILE] [--strict]

FILE (default /tmp/hirefile-bench-50k-now.hirefile, made with `hirefile demo` when missing) is
copied. On it, and on a throwaway PostgreSQL server (tests/pg_server.py) holding 2,000
candidates, one candidate's phone is saved as the record form saves it: checked (`seen` and
`version`, `services.concurrency`) against the same save unchecked (the floor; both read the
changed row as stored, locked on the server). Then on the server 100 edits of different
candidates by one writer (the floor) against 2×50 by two writer processes at once: with a row
every writer updated (the old shared replica row) the two would queue; each has its own now.
`--strict` exits 1 when a ratio is over its budget.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench_scale import demo_file
from ratios import best_ms, print_ratios

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for pg_server
from pg_server import PgServer

from hirefile.domain.candidates import CandidateDraft
from hirefile.services import candidates
from hirefile.settings import Identity
from hirefile.storage.database import Database

ROUNDS = 15
#: A 50,000-candidate demo file of this format, made once and kept between runs.
DEFAULT_FILE = Path("/tmp/hirefile-bench-50k-now.hirefile")
FORK = multiprocessing.get_context("fork")


def save(db: Database, cid: str, n: list[int], *, checked: bool) -> None:
    with db.reader() as s:
        seen = candidates.candidate_draft(s, cid)
    n[0] += 1
    with db.session() as s:
        candidates.update_candidate(s, cid, dataclasses.replace(seen, phone=f"+1 555 {n[0]:04}"),
                                    seen=seen if checked else None,
                                    version=seen.version if checked else None)


def edits(url: str, who: Identity, cids: list[str], start: Any, out: Any) -> None:
    db = Database.open(url, who)
    try:
        start.wait(60)
        t = time.perf_counter()
        for cid in cids:
            save(db, cid, [0], checked=True)
        out.put(time.perf_counter() - t)
    finally:
        db.close()


def writers(url: str, groups: list[list[str]]) -> float:
    """Wall time of len(groups) processes each editing its candidates, started together."""
    start, out = FORK.Barrier(len(groups) + 1), FORK.Queue()
    procs = [FORK.Process(target=edits, args=(url, Identity(str(uuid.uuid4()), f"W{i}"), g,
                                              start, out)) for i, g in enumerate(groups)]
    for p in procs:
        p.start()
    start.wait(60)
    t = time.perf_counter()
    for _ in procs:
        out.get(timeout=300)
    wall = time.perf_counter() - t
    for p in procs:
        p.join(60)
    return wall * 1000


def check_cost(db: Database, label: str) -> list[tuple[str, float, float, float]]:
    with db.reader() as s:
        from sqlalchemy import select

        from hirefile.storage.models import Candidate
        cid = s.scalar(select(Candidate.id).where(Candidate.deleted_at.is_(None)).limit(1))
    assert cid is not None
    n = [0]
    plain = best_ms(lambda: save(db, cid, n, checked=False), ROUNDS)
    checked = best_ms(lambda: save(db, cid, n, checked=True), ROUNDS)
    return [(f"save a record, checked ({label})", checked, plain, 1.3)]


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    demo_file(args.file, 50_000)
    me = Identity(str(uuid.uuid4()), "Bench")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.hirefile"
        shutil.copyfile(args.file, copy)
        db = Database.open(copy, me)
        try:
            results += check_cost(db, "file, 50,000")
        finally:
            db.close()
    server = PgServer.start()
    try:
        url = server.empty_database_url()
        db = Database.create(url, me)
        try:
            with db.session() as s:
                ids = [candidates.create_candidate(s, CandidateDraft(full_name=f"P {i}")).id
                       for i in range(2000)]
            results += check_cost(db, "server, 2,000")
        finally:
            db.close()
        one = writers(url, [ids[:100]])
        two = writers(url, [ids[100:200:2], ids[101:200:2]])
        results.append(("2×50 edits at once vs 1×100", two, one, 1.2))
    finally:
        server.stop()
    over = print_ratios(results)
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    raise SystemExit(main())
