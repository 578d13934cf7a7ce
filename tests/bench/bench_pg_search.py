"""Benchmark: the candidates' search on 50,000 candidates, on PostgreSQL beside the same file.

    .venv/bin/python tests/bench/bench_pg_search.py [FILE] [--cvs 5000] [--strict]

FILE (default /tmp/hirefile-bench-50k.hirefile, made with `hirefile demo` when missing) is
copied; CVs of about 5,000 characters (bench_cv_search's vocabulary, ten say "Kubeflow") and a
kept e-mail are added to the first `--cvs` candidates of the copy. A throwaway PostgreSQL
server (tests/pg_server.py) gets the same candidates, tags, CVs and e-mails (COPY, then
VACUUM ANALYZE as autovacuum would). Each search is the app's (`listing.candidate_ids`, as
the list runs it), best of five, on both; "same" says both found the same candidates. The
ratio is PostgreSQL's search to the same search on the file, measured in the same run (a
server adds a round trip and the planning of the query, a few milliseconds, to every search).
`--strict` exits 1 when a search is over its budget or the two disagree.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import uuid
from pathlib import Path

import sqlalchemy as sa
from bench_cv_search import cv_text, vocabulary  # tests/bench, beside this script
from bench_scale import demo_file
from ratios import best_ms, print_ratios
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for pg_server
from pg_server import PgServer

from hirefile.services import listing
from hirefile.settings import Identity
from hirefile.storage import search
from hirefile.storage.database import Database
from hirefile.storage.models import Base

ROUNDS = 5
TABLES = ("candidate", "tag", "candidate_tag", "attachment", "correspondence")
#: Columns whose bytes the search never reads: copied empty.
EMPTY = {"data": "X''", "raw": "X''"}
QUERIES = ("garcia", "王", "aarti agarwal", "example.com", "needs visa", "kube", "kubeflow",
           "Go", "interview", "mlops kafka", "nobody-like-this")


def add_cvs(path: Path, n: int) -> None:
    rng = random.Random(7)
    words = vocabulary(rng)
    raw = sqlite3.connect(path)
    ids = [r[0] for r in raw.execute(
        "SELECT id FROM candidate WHERE deleted_at IS NULL ORDER BY rowid LIMIT ?", (n,))]
    now = "2026-12-01 10:00:00.000000"
    for i, cid in enumerate(ids):
        text = cv_text(rng, words, i)
        raw.execute("INSERT INTO attachment (id, candidate_id, filename, mime_type, size, sha256, "
                    "data, text, created_at, created_by, updated_at, updated_by) VALUES "
                    "(?, ?, 'cv.pdf', 'application/pdf', ?, '', X'', ?, ?, '', ?, '')",
                    (str(uuid.uuid4()), cid, len(text), text, now, now))
        raw.execute("INSERT INTO correspondence (id, candidate_id, direction, sent_at, sender, "
                    "sender_address, recipients, subject, body, mail_key, raw, created_at, "
                    "created_by, updated_at, updated_by) VALUES (?, ?, 'received', ?, '', '', "
                    "'', ?, ?, ?, X'', ?, '', ?, '')",
                    (str(uuid.uuid4()), cid, now, f"Interview {i}", " ".join(
                        rng.choice(words[:300]) for _ in range(80)), f"<{i}@bench>", now, now))
    raw.commit()
    raw.close()


def copy_to_pg(path: Path, engine: sa.Engine) -> None:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        search.create(conn)
    pg = engine.raw_connection()
    try:
        cur = pg.cursor()
        cur.execute("SET session_replication_role = replica")  # keys are checked in the file
        for table in TABLES:
            file_cols = [r[1] for r in raw.execute(f"PRAGMA table_info({table})")]
            cur.execute("SELECT column_name FROM information_schema.columns "
                        "WHERE table_name = %s", (table,))
            on_server = {r[0] for r in cur.fetchall()}
            cols = [c for c in file_cols if c in on_server]
            exprs = ", ".join(EMPTY.get(c, c) for c in cols)
            with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for row in raw.execute(f"SELECT {exprs} FROM {table}"):
                    copy.write_row(row)
        pg.commit()
    finally:
        pg.close()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--cvs", type=int, default=5_000)
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    demo_file(args.file, 50_000)
    work = Path(tempfile.mkdtemp(prefix="hirefile-pg-bench-"))
    server = PgServer.start()
    try:
        path = work / "copy.hirefile"
        shutil.copyfile(args.file, path)
        add_cvs(path, args.cvs)
        engine = sa.create_engine(server.url(server.create_database())
                                  .replace("postgresql://", "postgresql+psycopg://", 1))
        copy_to_pg(path, engine)
        db = Database.open(path, Identity(str(uuid.uuid4()), "Bench"), write=False)
        results: list[tuple[str, float, float, float]] = []
        beside: list[tuple[str, float, float, int, bool]] = []
        with db.reader() as lite, Session(engine) as pg:
            candidates = listing.candidate_count(pg)
            for q in QUERIES:
                got = listing.candidate_ids(pg, text=q)
                same = sorted(got) == sorted(listing.candidate_ids(lite, text=q))
                pg_ms = best_ms(lambda q=q: listing.candidate_ids(pg, text=q), ROUNDS)
                lite_ms = best_ms(lambda q=q: listing.candidate_ids(lite, text=q), ROUNDS)
                results.append((f"search {q!r}", pg_ms, lite_ms, 10))
                beside.append((q, lite_ms, pg_ms, len(got), same))
        db.close()
        engine.dispose()
        print(f"{candidates:,} candidates, {args.cvs:,} with a CV and a kept e-mail")
        print(f"{'search':22} {'file ms':>9} {'PostgreSQL ms':>14} {'found':>7} same")
        for q, lite_ms, pg_ms, n, same in beside:
            print(f"{q!r:22} {lite_ms:9.1f} {pg_ms:14.1f} {n:7,} {'yes' if same else 'NO'}")
        print("\nPostgreSQL beside its floor, the same search on the file:")
        over = print_ratios(results)
        differ = sum(not same for *_, same in beside)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 1 if args.strict and (over or differ) else 0


if __name__ == "__main__":
    sys.exit(main())
