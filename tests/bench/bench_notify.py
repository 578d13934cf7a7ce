"""Benchmark: other people's changes on a team database, from their commit to an open window.

    .venv/bin/python tests/bench/bench_notify.py [--rounds 15] [--strict]

A throwaway PostgreSQL server (tests/pg_server.py) gets a team database (one role, 40
candidates). Rows:
- "a write, notifying": one unit of work (a candidate added) on a `Database` whose commits
  notify (storage/notify.py), best of `--rounds` × 20; floor: the same writes on an engine
  without the hook, so the ratio is what notifying adds to every write.
- "commit → window's change": another `Database` moves a candidate; the time until the main
  window's one change notification fires (ui/server_changes.py), best and median; floor: a
  bare `NOTIFY` heard by a bare `LISTEN` connection plus the 300 ms the window gathers
  notifications for, so the ratio is what the window's own path adds.
`--strict` exits 1 when a row is over its budget.
"""

from __future__ import annotations

import argparse
import os
import select as io_select
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for pg_server
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import psycopg
from pg_server import PgServer
from ratios import best_ms, print_ratios
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.services import candidates, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity, Settings
from hirefile.storage import database
from hirefile.storage.database import Database
from hirefile.storage.models import RoleStage
from hirefile.ui.server_changes import GATHER_MS

WRITES = 20


def writes(db: Database) -> None:
    for i in range(WRITES):
        with db.session() as s:
            candidates.create_candidate(s, CandidateDraft(full_name=f"Nguyễn Văn {i}"))


def bare_round_trip_ms(url: str, rounds: int) -> float:
    """A bare NOTIFY from one connection heard by another, best of `rounds`."""
    with psycopg.connect(url, autocommit=True) as ear, \
            psycopg.connect(url, autocommit=True) as mouth:
        ear.execute("LISTEN bench")
        times = []
        for _ in range(rounds):
            t = time.perf_counter()
            mouth.execute("NOTIFY bench, 'x'")
            io_select.select([ear.fileno()], [], [], 5)
            ear.pgconn.consume_input()
            while ear.pgconn.notifies() is not None:
                pass
            times.append((time.perf_counter() - t) * 1000)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="hirefile-bench-notify-")
    os.environ["HIREFILE_DATA_DIR"] = f"{folder}/data"
    os.environ["HIREFILE_CONFIG_DIR"] = f"{folder}/config"
    server = PgServer.start()
    try:
        url = server.empty_database_url()
        identity: Identity = Settings().set_identity("Lena Hoffmann", "lena@example.com")
        with create_file(url, identity) as db, db.session() as s:
            role = add_role_from_template(s, template("ml_engineer"))
            apps = []
            for i in range(40):
                cand = candidates.create_candidate(s, CandidateDraft(full_name=f"Ana Lima {i}"))
                apps.append(pipeline.add_application(s, cand.id, role.id).id)
            stages = list(s.scalars(select(RoleStage.id).where(RoleStage.role_id == role.id)
                                    .order_by(RoleStage.position)))
        rows: list[tuple[str, float, float, float]] = []
        notifying = Database.open(url, identity)
        installed, database.notify_on_commit = database.notify_on_commit, lambda *_a: None
        try:
            plain = Database.open(url, identity)
        finally:
            database.notify_on_commit = installed
        with notifying, plain:
            writes(notifying)  # warm
            writes(plain)
            rows.append(("a write, notifying (×20)", best_ms(lambda: writes(notifying),
                                                              args.rounds),
                         best_ms(lambda: writes(plain), args.rounds), 2.0))
        latencies = window_latencies(url, identity, apps, stages, args.rounds)
        floor = bare_round_trip_ms(url, args.rounds) + GATHER_MS
        rows.append(("commit → window's change (best)", min(latencies), floor, 2.0))
        rows.append(("commit → window's change (median)", statistics.median(latencies),
                     floor, 2.0))
        over = print_ratios(rows)
    finally:
        server.stop()
    return 1 if args.strict and over else 0


def window_latencies(url: str, identity: Identity, apps: list[str], stages: list[str],
                     rounds: int) -> list[float]:
    """Milliseconds from another `Database`'s commit to the window's `changed`."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from hirefile.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(Database.open(url, identity), Settings(), identity)
    window.resize(1024, 700)
    window.show()
    heard: list[float] = []
    window.changes.sig_changed.connect(lambda _c: heard.append(time.perf_counter()))
    found: list[float] = []
    with Database.open(url, identity) as other:
        for i in range(rounds):
            heard.clear()
            with other.session() as s:
                pipeline.move(s, apps[i], stages[1 + i % 2])
            t = time.perf_counter()
            while not heard and time.perf_counter() - t < 5:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            found.append((heard[0] - t) * 1000 if heard else 5000.0)
            time.sleep(0.1)
    window.close_database()
    window.deleteLater()
    return found


if __name__ == "__main__":
    sys.exit(main())
