"""Benchmark: `hirefile push` and `pull` of a big demo file, beside a bare copy of the same rows.

    .venv/bin/python tests/bench/bench_transfer.py [--candidates 10000] [--files 100] [FILE]

The demo file (FILE, default /tmp/hirefile-bench-{N}k.hirefile, shared with the other
benchmarks, made with `hirefile demo` when missing) is copied, brought to this format and
given FILES attachments of 1 MB of random bytes each (the demo has none), then, against a
throwaway PostgreSQL server (tests/pg_server.py):
- push: `transfer.push` into an empty database (schema, streamed COPY, verification, indexes);
- push floor: the same rows read with plain sqlite3 and written with a bare psycopg COPY into
  an empty database with the same tables (no types, no checksums, no verification);
- pull: `transfer.pull` into a new file (streamed, verified, search indexes, `check`);
- pull floor: the same rows read with a plain psycopg cursor and written with sqlite3's
  executemany into a new file with the same tables.
Each runs in a process of its own, so its peak memory (RSS) is its own. Printed: seconds,
rows per second, peak RSS and the ratio to the floor.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench_scale import demo_file  # same folder: run as a script

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for pg_server

from pg_server import PgServer  # noqa: E402

from hirefile.services import transfer  # noqa: E402
from hirefile.settings import Identity  # noqa: E402
from hirefile.storage.database import Database, create_empty_tables  # noqa: E402


def prepare(source: Path, work: Path, files: int) -> None:
    shutil.copyfile(source, work)
    ident = Identity(str(uuid.uuid4()), "Bench")
    with Database.open(work, ident) as db:  # brings an older file to this format
        if not files:
            return
        from sqlalchemy import select

        from hirefile.services.attachments import attach_file
        from hirefile.storage.models import Candidate

        with db.session() as s:
            ids = s.scalars(select(Candidate.id).limit(files)).all()
        blob = work.parent / "take-home.bin"
        import os

        for cid in ids:
            blob.write_bytes(os.urandom(1_000_000))
            with db.session() as s:
                attach_file(s, cid, blob)
        blob.unlink()


def step(kind: str, file: str, url: str) -> dict[str, float]:
    """One measured step (in this process): seconds and rows."""
    t0 = time.perf_counter()
    rows = 0
    if kind == "push":
        rows = transfer.push(file, url).rows
    elif kind == "pull":
        rows = transfer.pull(url, file).rows
    elif kind == "push-floor":
        import psycopg
        from sqlalchemy import create_engine

        from hirefile.storage import server

        engine = create_engine(server.parse(url))
        with engine.begin() as conn:
            create_empty_tables(conn)
        engine.dispose()
        src = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        params = server.parse(url)
        with psycopg.connect(host=params.query["host"], port=params.query["port"],
                             user=params.username, dbname=params.database) as dst, \
                dst.cursor() as cur:
            for table in transfer.copied_tables():
                names = ", ".join(f'"{c.name}"' for c in table.columns)
                with cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                    for row in src.execute(f'SELECT {names} FROM "{table.name}"'):
                        copy.write_row(row)
                        rows += 1
    elif kind == "pull-floor":
        import psycopg

        from hirefile.storage import server

        params = server.parse(url)
        dst = sqlite3.connect(file, isolation_level=None)
        from sqlalchemy import create_engine

        engine = create_engine(f"sqlite:///{file}")
        with engine.begin() as conn:
            create_empty_tables(conn)
        engine.dispose()
        dst.execute("BEGIN")
        with psycopg.connect(host=params.query["host"], port=params.query["port"],
                             user=params.username, dbname=params.database) as src:
            for table in transfer.copied_tables():
                names = ", ".join(f'"{c.name}"' for c in table.columns)
                marks = ", ".join("?" for _ in table.columns)
                with src.cursor(name="floor") as cur:
                    cur.execute(f'SELECT {names} FROM "{table.name}"')
                    while batch := cur.fetchmany(2000):
                        dst.executemany(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
                                        [tuple(_plain(v) for v in r) for r in batch])
                        rows += len(batch)
        dst.execute("COMMIT")
        dst.close()
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "rows": rows, "rss_mb": rss}


def _plain(value: object) -> object:
    """What plain sqlite3 can bind: JSON as text, numerics as floats, times as text."""
    from datetime import date, datetime
    from decimal import Decimal

    if isinstance(value, (dict, list)):
        return json.dumps(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def run(kind: str, file: Path, url: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--step", kind, str(file), url],
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--candidates", type=int, default=10_000)
    p.add_argument("--files", type=int, default=100)
    p.add_argument("--step", nargs=3, metavar=("KIND", "FILE", "URL"))
    p.add_argument("file", nargs="?", type=Path)
    args = p.parse_args()
    if args.step:
        print(json.dumps(step(*args.step)))
        return 0
    source = args.file or Path(f"/tmp/hirefile-bench-{args.candidates // 1000}k.hirefile")
    demo_file(source, args.candidates)
    server = PgServer.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / "Hiring.hirefile"
            prepare(source, work, args.files)
            size = work.stat().st_size / 1_000_000
            print(f"{args.candidates:,} candidates, {args.files} attachments of 1 MB, "
                  f"file {size:,.0f} MB")
            results = {}
            for kind in ("push-floor", "push"):
                results[kind] = run(kind, work, server.url(server.create_database()))
            url = server.url(server.create_database())
            transfer.push(work, url)
            for kind in ("pull-floor", "pull"):
                target = Path(tmp) / f"{kind}.hirefile"
                results[kind] = run(kind, target, url)
                target.unlink()
    finally:
        server.stop()
    print(f"{'step':12} {'s':>7} {'rows/s':>9} {'peak RSS MB':>12} {'ratio':>6}")
    for kind in ("push-floor", "push", "pull-floor", "pull"):
        r = results[kind]
        floor = results[kind.split("-")[0] + "-floor"]["seconds"]
        print(f"{kind:12} {r['seconds']:7.1f} {r['rows'] / r['seconds']:9,.0f} "
              f"{r['rss_mb']:12,.0f} {r['seconds'] / floor:5.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
