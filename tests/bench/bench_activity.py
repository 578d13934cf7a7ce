"""Benchmark: View → Activity on a big file, as a ratio to its floor measured in the same run.

    .venv/bin/python tests/bench/bench_activity.py [FILE] [--candidates 50000] [--strict]

FILE (default /tmp/hirefile-bench-activity.hirefile) is made once: `hirefile demo` with
50,000 candidates (which logs about 8,000 entries), then one activity entry per stage move,
scorecard, interview and candidate of the file, written in bare SQL, as a busy file would have
logged them (about 330,000 entries). Each operation is timed (best of five) next to its
*floor*: the bare SQL it cannot do without, on a plain sqlite3 connection to the same file.
The budget is a ratio, so it holds on a slow laptop and a fast one alike. `--strict` exits 1
when an operation is over its budget.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ratios import print_ratios  # tests/bench, beside this script

from hirefile.domain.vocab import ActivityKind
from hirefile.services import activity_log
from hirefile.services.activity_log import LogFilter
from hirefile.settings import Identity
from hirefile.storage.database import Database

ROUNDS = 5

_UUID = ("lower(hex(randomblob(4))||'-'||hex(randomblob(2))||'-4'||substr(hex(randomblob(2)),2)"
         "||'-a'||substr(hex(randomblob(2)),2)||'-'||hex(randomblob(6)))")
_COLS = ("id, at, actor, kind, subject_table, subject_id, candidate_id, summary, created_at, "
         "created_by, updated_at, updated_by")
#: One entry per row of a busy file's history, as the services log them.
_FILL = (
    f"INSERT INTO activity ({_COLS}) SELECT {_UUID}, s.moved_at, s.moved_by, 'moved', "
    "'application', s.application_id, a.candidate_id, 'Moved from '||coalesce(s.from_name, "
    "'—')||' to '||s.to_name, s.moved_at, s.created_by, s.moved_at, s.created_by "
    "FROM stage_change s JOIN application a ON a.id = s.application_id",
    f"INSERT INTO activity ({_COLS}) SELECT {_UUID}, coalesce(s.submitted_at, s.updated_at), "
    "p.name, 'updated', 'scorecard', s.id, a.candidate_id, 'Submitted a scorecard', "
    "s.updated_at, s.interviewer_id, s.updated_at, s.interviewer_id FROM scorecard s "
    "JOIN application a ON a.id = s.application_id JOIN person p ON p.id = s.interviewer_id",
    f"INSERT INTO activity ({_COLS}) SELECT {_UUID}, i.created_at, p.name, 'created', "
    "'interview', i.id, a.candidate_id, 'Scheduled '||i.title, i.created_at, i.created_by, "
    "i.created_at, i.created_by FROM interview i JOIN application a ON a.id = i.application_id "
    "JOIN person p ON p.id = i.created_by",
    f"INSERT INTO activity ({_COLS}) SELECT {_UUID}, c.created_at, p.name, 'created', "
    "'candidate', c.id, c.id, 'Added '||c.full_name, c.created_at, c.created_by, c.created_at, "
    "c.created_by FROM candidate c JOIN person p ON p.id = c.created_by",
)


def best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def big_file(path: Path, candidates: int) -> None:
    """The demo file with a busy log, made once and kept between runs."""
    if path.exists():
        return
    print(f"making {path} with {candidates:,} demo candidates…", flush=True)
    subprocess.run([sys.executable, "-m", "hirefile", "--as", "Bench", "demo", str(path),
                    "--candidates", str(candidates)], check=True)
    conn = sqlite3.connect(path)
    with conn:
        for sql in _FILL:
            conn.execute(sql)
    conn.close()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path,
                   default=Path("/tmp/hirefile-bench-activity.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    big_file(args.file, args.candidates)

    raw = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    entries = raw.execute("SELECT count(*) FROM activity").fetchone()[0]
    person = raw.execute("SELECT created_by FROM activity GROUP BY created_by "
                         "ORDER BY count(*) LIMIT 1").fetchone()[0]
    viewer = raw.execute("SELECT interviewer_id FROM scorecard GROUP BY interviewer_id "
                         "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    ident = Identity(viewer, "Bench")
    db = Database.open(args.file, ident, write=False)
    results: list[tuple[str, float, float, float]] = []

    def measure(name: str, op: Callable[[], object], floor: Callable[[], object],
                budget: float) -> None:
        results.append((name, best(op), best(floor), budget))

    def floor_ids(where: str = "", *params: object) -> Callable[[], object]:
        sql = (f"SELECT id FROM activity WHERE deleted_at IS NULL {where} "
               "ORDER BY at DESC, id DESC")
        return lambda: raw.execute(sql, params).fetchall()

    from hirefile.ui.sharing.activity import period_filter

    since, _ = period_filter("Last 30 days", date.today())
    newest = raw.execute("SELECT max(at) FROM activity").fetchone()[0]
    with db.reader() as s:
        ids = activity_log.entry_ids(s)
        page = ids[:200]
        marks = ",".join("?" * len(page))
        measure("entry ids, all", lambda: activity_log.entry_ids(s), floor_ids(), 3)
        measure("entry ids, last 30 days",
                lambda: activity_log.entry_ids(s, LogFilter(since=since)),
                floor_ids("AND at >= ?", since.strftime("%Y-%m-%d %H:%M:%S.%f")), 3)
        measure("entry ids, one person",
                lambda: activity_log.entry_ids(s, LogFilter(person_id=person)),
                floor_ids("AND created_by = ?", person), 3)
        measure("entry ids, one kind",
                lambda: activity_log.entry_ids(s, LogFilter(kinds=(ActivityKind.NOTE,))),
                floor_ids("AND kind = 'note'"), 3)
        measure("one page of entries (200)",
                lambda: activity_log.entry_rows(s, page, viewer),
                lambda: (raw.execute(f"SELECT * FROM activity WHERE id IN ({marks})", page)
                         .fetchall(),
                         raw.execute(f"SELECT full_name FROM candidate WHERE id IN (SELECT "
                                     f"candidate_id FROM activity WHERE id IN ({marks}))",
                                     page).fetchall()), 8)

    # the view itself: the window made, the filters filled, the ids read, the first page shown
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from hirefile.ui.sharing.activity import ActivityWindow

    app = QApplication.instance() or QApplication([])
    view = ActivityWindow()

    def open_view(period: str) -> Callable[[], object]:
        def run() -> object:
            view.period_combo.setCurrentText(period)
            view.set_database(db)
            view.refresh()
            view.model.index(0, 0).data()  # the first page, as painting asks for it
            return view.model.rowCount()
        return run

    measure("open the view, last 30 days", open_view("Last 30 days"),
            floor_ids("AND at >= ?", since.strftime("%Y-%m-%d %H:%M:%S.%f")), 4)
    measure("open the view, all time", open_view("All time"), floor_ids(), 4)
    view.set_database(None)
    view.deleteLater()
    app.processEvents()
    db.close()

    print(f"\n{entries:,} activity entries in {args.file} (newest {newest}; best of {ROUNDS})\n")
    over = print_ratios(results)
    return 1 if (args.strict and over) else 0


if __name__ == "__main__":
    sys.exit(main())
