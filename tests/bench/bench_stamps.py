"""Benchmark: the format-2 step that turns stamped names into person keys, next to its floor.

    .venv/bin/python tests/bench/bench_stamps.py [FILE] [--candidates 10000]

FILE (default /tmp/hirefile-bench-stamps-10k.hirefile) is made with `hirefile demo` when
missing. A copy gets names in its stamps again (as format 1 wrote them); then, best of five,
each rolled back:
- the floor: bare SQL, one `UPDATE … SET created_by = (SELECT id FROM person WHERE name = …)`
  per stamped table and column, on a plain sqlite3 connection;
- the step (`storage.stamps.stamps_by_key`), through SQLAlchemy as the migration runs it;
- the stamp check of `hirefile check` (every stamp names a person), beside all the checks.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
from pathlib import Path

from bench_scale import best, demo_file  # same folder: run as a script
from sqlalchemy import create_engine

from hirefile.storage import check
from hirefile.storage.stamps import STAMP_COLUMNS, stamps_by_key


def stamped_tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return [t for t in names if set(STAMP_COLUMNS) <= {
        r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')}]


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path,
                   default=Path("/tmp/hirefile-bench-stamps-10k.hirefile"))
    p.add_argument("--candidates", type=int, default=10_000)
    args = p.parse_args()
    demo_file(args.file, args.candidates)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / args.file.name
        shutil.copyfile(args.file, work)
        raw = sqlite3.connect(work, isolation_level=None)
        tables = stamped_tables(raw)
        raw.execute("BEGIN")
        for t in tables:  # back to names, as format 1 stamped
            for c in STAMP_COLUMNS:
                raw.execute(f'UPDATE "{t}" SET {c} = (SELECT name FROM person '
                            f'WHERE person.id = "{t}".{c}) WHERE {c} != \'\'')
        raw.execute("COMMIT")
        rows = sum(raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)

        def floor() -> None:
            raw.execute("BEGIN")
            for t in tables:
                for c in STAMP_COLUMNS:
                    raw.execute(f'UPDATE "{t}" SET {c} = (SELECT id FROM person '
                                f'WHERE person.name = "{t}".{c}) WHERE {c} != \'\'')
            raw.execute("ROLLBACK")

        engine = create_engine(f"sqlite+pysqlite:///{work}")

        def step() -> None:
            with engine.connect() as conn:
                trans = conn.begin()
                stamps_by_key(conn)
                trans.rollback()

        bare = best(floor)
        ours = best(step)
        raw.close()
        engine.dispose()
        shutil.copyfile(args.file, work)
        raw = sqlite3.connect(f"file:{work}?mode=ro", uri=True)
        who = best(lambda: [raw.execute(
            f'SELECT count(*) FROM "{t}" WHERE (created_by != \'\' AND created_by NOT IN '
            "(SELECT id FROM person)) OR (updated_by != '' AND updated_by NOT IN "
            "(SELECT id FROM person))").fetchone() for t in tables])
        raw.close()
        full = best(lambda: check.check_file(work))
    print(f"{args.file}: {rows:,} stamped rows in {len(tables)} tables")
    print(f"  names → keys, bare SQL          {bare:8.0f} ms  (floor)")
    print(f"  names → keys, the format-2 step {ours:8.0f} ms  ({ours / bare:.2f}× floor)")
    print(f"  check: every stamp names a person {who:6.0f} ms  "
          f"(all checks {full:.0f} ms, {who / full:.0%} of them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
