"""Benchmark: importing a big CSV, as a ratio to its floor measured in the same run.

    .venv/bin/python tests/bench/bench_import.py [--rows 5000 20000 200000] [--narrow] [--strict]

Each size runs in a fresh process (so peak memory is that import's own): a CSV of realistic
people (names in many scripts, e-mails, phones, companies, a two-line note) is written, then
imported with the command line's own path (`read_csv` → `iter_plans` → `import_rows` in one
transaction) into a new file; `--narrow` writes only a name and an e-mail per row (about 55
bytes, as in a plain export of contacts). The *floor* is a bare `executemany` of the same
rows into the candidate table of another new file, on a plain sqlite3 connection: what any
import must at least pay for SQLite and the search index. Printed: seconds, rows/s, peak RSS
(`resource.getrusage`), and the ratio to the floor. Budgets: 20,000 rows in 20 s, and peak
memory under 500 MB at any size. Timings are printed, never asserted in unit tests.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from hirefile.domain import demo_people as dp

BUDGET_S_PER_20K = 20.0
BUDGET_RSS_MB = 500


def make_csv(path: Path, rows: int, seed: int = 7, *, narrow: bool = False) -> None:
    """`rows` people from the demo locales, each with a unique e-mail (so all are new)."""
    rng = random.Random(seed)
    weights = [loc.weight for loc in dp.LOCALES]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["First name", "Last name", "Email", "Phone", "Location", "Company",
                    "Title", "Source", "Notes"])
        for i in range(rows):
            loc = rng.choices(dp.LOCALES, weights)[0]
            female = rng.random() < 0.5
            given = rng.choice(loc.female if female else loc.male)
            fam = rng.choice(loc.family)
            family = fam.female if female else fam.male
            latin = not loc.native_script or rng.random() < loc.latin_share
            first = given.latin if latin else given.text
            last = family.latin if latin else family.text
            place = rng.choice(loc.places)
            phone = "".join(str(rng.randrange(10)) if c == "#" else c
                            for c in dp.PHONES.get(place.split(", ")[-1], "+1 ###-###-####"))
            email = f"{given.key}.{family.key}.{i}@{rng.choice(loc.mail)}"
            if narrow:
                w.writerow([first, last, email, "", "", "", "", "", ""])
                continue
            w.writerow([first, last, email, phone, place, rng.choice(loc.companies),
                        "ML Engineer", rng.choice(("LinkedIn", "Referral", "Inbound", "Meetup")),
                        f"Imported for the benchmark.\nRow {i}, {place}."])


def run_one(rows: int, work: Path, narrow: bool) -> dict[str, float]:
    """Import `rows` rows and the floor for them; returns the figures (in this process)."""
    from hirefile.services.csv_import import import_rows, iter_plans, read_csv
    from hirefile.services.files import create_file
    from hirefile.settings import Identity
    from hirefile.storage.database import Database

    path = work / f"people-{rows}.csv"
    make_csv(path, rows, narrow=narrow)
    identity = Identity(str(uuid.uuid4()), "Bench")

    target = work / f"import-{rows}.hirefile"
    create_file(target, identity).close()
    t0 = time.perf_counter()
    table = read_csv(path)
    with Database.open(target, identity) as db, db.session() as s:
        report = import_rows(s, iter_plans(table), file_name=path.name)
    seconds = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert len(report.imported) == rows, report.summary()

    floor_file = work / f"floor-{rows}.hirefile"
    create_file(floor_file, identity).close()
    with path.open(encoding="utf-8", newline="") as f:
        records = list(csv.reader(f))[1:]
    now = "2026-01-01 00:00:00.000000"
    values = [(str(uuid.uuid4()), f"{r[0]} {r[1]}", f"{r[0]} {r[1]}".casefold(), r[2], r[3],
               r[4], r[5], r[6], r[8], now, now) for r in records]
    t0 = time.perf_counter()
    conn = sqlite3.connect(floor_file)
    with conn:
        conn.executemany(
            "INSERT INTO candidate (id, full_name, sort_name, email, phone, location, "
            "current_company, current_title, notes, source, in_talent_pool, created_at, "
            "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "'inbound', 0, ?, 'Bench', ?, 'Bench')", values)
    conn.close()
    floor = time.perf_counter() - t0
    return {"rows": rows, "seconds": seconds, "floor": floor, "rss_mb": rss_mb,
            "megabytes": path.stat().st_size / 1e6}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, nargs="+", default=[5_000, 20_000, 200_000])
    p.add_argument("--strict", action="store_true")
    p.add_argument("--narrow", action="store_true", help="only a name and an e-mail per row")
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)
    p.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.work, args.narrow)))
        return 0
    over = 0
    print(f"{'rows':>9} {'MB':>6} {'s':>8} {'rows/s':>8} {'floor s':>8} {'ratio':>7} "
          f"{'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            out = subprocess.run([sys.executable, __file__, "--one", str(rows), "--work", tmp,
                                  *(["--narrow"] if args.narrow else [])],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            budget = BUDGET_S_PER_20K * rows / 20_000
            flag = "" if r["seconds"] <= budget and r["rss_mb"] <= BUDGET_RSS_MB else "  OVER"
            over += bool(flag)
            print(f"{rows:9,} {r['megabytes']:6.1f} {r['seconds']:8.1f} "
                  f"{rows / r['seconds']:8,.0f} {r['floor']:8.2f} "
                  f"{r['seconds'] / max(r['floor'], 1e-3):6.1f}x {r['rss_mb']:12.0f}{flag}",
                  flush=True)
    return 1 if (args.strict and over) else 0


if __name__ == "__main__":
    sys.exit(main())
