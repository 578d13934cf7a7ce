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
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ratios import print_ratios  # tests/bench, beside this script

from hirefile.services import board, listing, scorecards
from hirefile.settings import Identity
from hirefile.storage import search_pg
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
    # a file kept from an older Hirefile is brought to this format once (opened for writing)
    Database.open(path, Identity(str(uuid.uuid4()), "Bench")).close()


class Floor:
    """The bare SQL beside each list: a plain sqlite3 connection to the file, or a plain
    psycopg connection to the server database, with the placeholders of each."""

    def __init__(self, backend: str, conn: Any) -> None:
        self.backend, self.conn = backend, conn

    def __call__(self, sql: str, args: Sequence[object] = ()) -> list[Any]:
        if self.backend == "postgresql":
            sql = sql.replace("?", "%s")
        return list(self.conn.execute(sql, tuple(args)).fetchall())

    def marks(self, n: int) -> str:
        return ",".join("?" * n)


#: The bare SQL of the pipeline table by stage; `live` says how the live applications are read.
PIPELINE_SQL = ("SELECT a.id FROM application a JOIN role_stage st ON st.id = a.stage_id "
                "JOIN candidate c ON c.id = a.candidate_id WHERE {live} "
                "ORDER BY st.position, c.sort_name")


def lists(db: Database, floor: Floor, reopen: Callable[[], object],
          reopen_floor: Callable[[], object]) -> tuple[int, list[tuple[str, float, float, float]]]:
    """Every list at scale on `db`, each beside its floor on the same backend."""
    pg = floor.backend == "postgresql"
    results: list[tuple[str, float, float, float]] = []

    def measure(name: str, op: Callable[[], object], floor_op: Callable[[], object],
                budget: float) -> None:
        results.append((name, best(op), best(floor_op), budget))

    with db.reader() as s:
        ids = listing.candidate_ids(s)
        page = ids[:200]
        role_id = floor("SELECT role_id, count(*) n FROM application GROUP BY role_id "
                        "ORDER BY n DESC")[0][0]
        measure("open (read)", reopen, reopen_floor, 40)
        measure("candidate ids by name", lambda: listing.candidate_ids(s),
                lambda: floor("SELECT id FROM candidate WHERE deleted_at IS NULL "
                              "ORDER BY sort_name, id"), 3)
        measure("candidate ids by added, desc",
                lambda: listing.candidate_ids(s, sort="created", descending=True),
                lambda: floor("SELECT id FROM candidate WHERE deleted_at IS NULL "
                              "ORDER BY created_at DESC, id"), 3)
        measure("one page of candidate rows", lambda: listing.candidate_rows(s, page),
                lambda: floor(f"SELECT * FROM candidate WHERE id IN ({floor.marks(len(page))})",
                              page), 15)
        if pg:  # the trigram index over the record (search_pg), as the search uses it
            record = search_pg.RECORD.format(c="candidate")
            garcia = (f"SELECT id FROM candidate WHERE deleted_at IS NULL "
                      f"AND {record} LIKE '%%garcia%%'")
            wang = "SELECT id FROM candidate WHERE sort_name LIKE '%%王%%'"
        else:
            garcia = "SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH '\"garcia\"'"
            wang = "SELECT id FROM candidate WHERE full_name LIKE '%王%'"
        measure("search 'garcia'", lambda: listing.candidate_ids(s, text="garcia"),
                lambda: floor(garcia), 6)
        measure("search '王'", lambda: listing.candidate_ids(s, text="王"),
                lambda: floor(wang), 6)
        # The pipeline table's default order. On SQLite its floor reads the application table
        # in its own order (`+a.deleted_at`), as the list does; `main` prints the shape before
        # (through the index of live applications) beside it.
        pipeline = PIPELINE_SQL.format(live="a.deleted_at IS NULL" if pg else
                                       "+a.deleted_at IS NULL")
        measure("pipeline ids by stage", lambda: listing.application_ids(s),
                lambda: floor(pipeline), 3)
        measure("pipeline ids by name", lambda: listing.application_ids(s, sort="candidate"),
                lambda: floor(pipeline.replace("st.position, ", "")), 3)
        f = board.BoardFilter(role_id=role_id)
        cols = board.columns(s, f)
        biggest = max(cols, key=lambda c: c.count)
        col_ids = board.column_ids(s, f, biggest)
        measure("board columns, one role", lambda: board.columns(s, f),
                lambda: (floor("SELECT id, name, kind FROM role_stage WHERE role_id=? "
                               "AND deleted_at IS NULL ORDER BY position", (role_id,)),
                         floor("SELECT stage_id, count(*) FROM application WHERE "
                               "role_id=? AND deleted_at IS NULL GROUP BY stage_id",
                               (role_id,))), 8)
        measure(f"board column ids ({biggest.count:,})", lambda: board.column_ids(s, f, biggest),
                lambda: floor("SELECT id FROM application WHERE stage_id=? AND deleted_at "
                              "IS NULL ORDER BY stage_entered_at", (biggest.stage_id,)), 8)
        first = col_ids[:100]
        measure("board cards, one page", lambda: board.cards(s, first),
                lambda: floor(f"SELECT * FROM application WHERE id IN "
                              f"({floor.marks(len(first))})", first), 25)
        # Sealed feedback: cards of applications with submitted scorecards, as an interviewer
        # sees them (the sealing rule for the whole page in one query).
        assessed = [r[0] for r in floor(
            "SELECT DISTINCT application_id FROM scorecard WHERE status = 'submitted' "
            "AND deleted_at IS NULL LIMIT 100")]
        viewer = (floor("SELECT interviewer_id FROM scorecard WHERE status = 'submitted' "
                        "GROUP BY interviewer_id ORDER BY count(*) DESC LIMIT 1")
                  or [[None]])[0][0]
        held = floor.marks(len(assessed))
        person = "v.detail ->> 'person_id'" if pg else "json_extract(v.detail, '$.person_id')"
        rule_sql = (
            f"SELECT application_id FROM scorecard WHERE application_id IN ({held}) "
            f"AND {'' if pg else '+'}interviewer_id = ? AND status = 'submitted' "
            "AND deleted_at IS NULL "
            "UNION SELECT v.subject_id FROM activity v JOIN application p ON "
            "p.candidate_id = v.candidate_id AND p.id = v.subject_id WHERE p.id IN "
            f"({held}) AND v.kind = 'revealed' AND v.deleted_at IS NULL AND {person} = ?")
        rule_args = [*assessed, viewer, *assessed, viewer]

        def cards_floor() -> object:
            return (floor(rule_sql, rule_args),
                    floor(f"SELECT application_id, recommendation FROM scorecard WHERE "
                          f"application_id IN ({held}) AND status = 'submitted'", assessed),
                    floor(f"SELECT * FROM application WHERE id IN ({held})", assessed))

        measure("board cards, as an interviewer",
                lambda: board.cards(s, assessed, viewer_id=viewer), cards_floor, 25)
        measure("sealing rule, one page",
                lambda: scorecards.unsealed_applications(s, viewer, assessed),
                lambda: floor(rule_sql, rule_args), 8)
        measure("stage counts, all roles", lambda: listing.stage_counts(s),
                lambda: floor("SELECT stage_id, count(*) FROM application "
                              "GROUP BY stage_id"), 6)
        measure("roles list", lambda: listing.role_rows(s),
                lambda: floor("SELECT role_id, count(*) FROM application "
                              "GROUP BY role_id"), 6)
    return len(ids), results


def on_server(path: Path, ident: Identity) -> tuple[int, list[tuple[str, float, float, float]]]:
    """The same lists on PostgreSQL: the file pushed (`hirefile push`) into a database of a
    throwaway server (tests/pg_server.py), then timed beside the bare SQL there."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for pg_server
    from pg_server import PgServer

    from hirefile.services import transfer

    server = PgServer.start()
    try:
        name = server.create_database()
        url = server.url(name)
        print(f"pushing {path.name} to a throwaway PostgreSQL…", flush=True)
        report = transfer.push(path, url)
        print(f"pushed in {report.seconds:.0f} s", flush=True)
        raw = server.connect(name)
        db = Database.open(url, ident, write=False)
        try:
            return lists(db, Floor("postgresql", raw),
                         lambda: Database.open(url, ident, write=False).close(),
                         lambda: server.connect(name).execute(
                             "SELECT count(*) FROM meta").fetchone())
        finally:
            db.close()
            raw.close()
    finally:
        server.stop()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--strict", action="store_true")
    p.add_argument("--no-server", action="store_true",
                   help="skip PostgreSQL (by default the same lists are timed on a throwaway "
                   "PostgreSQL too, when its programs are installed)")
    args = p.parse_args()
    demo_file(args.file, args.candidates)

    raw = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    ident = Identity(str(uuid.uuid4()), "Bench")
    db = Database.open(args.file, ident, write=False)
    try:
        count, results = lists(
            db, Floor("sqlite", raw),
            lambda: Database.open(args.file, ident, write=False).close(),
            lambda: sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
            .execute("SELECT count(*) FROM meta").fetchone())
    finally:
        db.close()
    print(f"\nSQLite: {count:,} candidates in {args.file} (best of {ROUNDS})\n")
    over = print_ratios(results)
    before = best(lambda: raw.execute(PIPELINE_SQL.format(live="a.deleted_at IS NULL"))
                  .fetchall())
    after = next(ms for name, ms, _f, _b in results if name == "pipeline ids by stage")
    print(f"\npipeline ids by stage: {after:.1f} ms; its bare SQL through the index of live "
          f"applications (the shape before): {before:.1f} ms")
    if not args.no_server:
        pg_count, pg_results = on_server(args.file, ident)
        print(f"\nPostgreSQL: the same {pg_count:,} candidates pushed to a local server "
              f"(best of {ROUNDS})\n")
        over += print_ratios(pg_results)
        print("\nside by side (ms)\n")
        print(f"{'operation':34} {'SQLite':>9} {'PG':>9} {'PG/SQLite':>10}")
        for (name, ms, _f, _b), (_n, pg_ms, _pf, _pb) in zip(results, pg_results, strict=True):
            print(f"{name:34} {ms:9.1f} {pg_ms:9.1f} {pg_ms / max(ms, 0.01):9.1f}x")
    return 1 if (args.strict and over) else 0


if __name__ == "__main__":
    sys.exit(main())
