"""Benchmark: switching light ↔ dark on a window with every page built and read.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_theme_switch.py [FILE]

FILE (default /tmp/hirefile-bench-theme.hirefile, 300 demo candidates) is made with
`hirefile demo` when missing. A switch (`theme.use`) is the palette, the application's style
sheet taken off and set again (Qt polishes every widget once; the pages' sheets are part of
it, `theme.APP_SCOPED`) and the few things still drawn once from colours (`theme.keep`). Its
median CPU time (the machine is shared: wall time is printed too) is set beside its floor,
the same sheet taken off and set again on the same window in the same run. Budget: 0.3 s a
switch, and 2× the floor. Before the pages' sheets moved: 1.1-1.6 s a switch.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HIREFILE_CONFIG_DIR", tempfile.mkdtemp(prefix="hirefile-bench-config-"))
os.environ.setdefault("HIREFILE_DATA_DIR", tempfile.mkdtemp(prefix="hirefile-bench-data-"))

from bench_scale import demo_file  # tests/bench, beside this script
from PySide6.QtWidgets import QApplication
from ratios import print_ratios

from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.ui import theme

ROUNDS = 4
BUDGET_MS = 300.0


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path,
                   default=Path("/tmp/hirefile-bench-theme.hirefile"))
    p.add_argument("--candidates", type=int, default=300)
    args = p.parse_args()
    demo_file(args.file, args.candidates)
    app = QApplication([])
    theme.apply(app, "light")
    from hirefile.ui.main_window import MainWindow

    identity = Identity(str(uuid.uuid4()), "Bench")
    db = Database.open(args.file, identity, write=False)
    w = MainWindow(db, Settings(), identity)
    w.resize(1024, 700)
    w.show()
    w.build_rest()
    for index in range(len(w.pages)):  # every page built and read once
        w.show_page(index)
        app.processEvents()
    w.show_page(0)
    app.processEvents()

    def timed(fn: Callable[[], object]) -> tuple[float, float]:
        """(wall ms, this process's CPU ms): the CPU time holds on a busy shared machine."""
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        app.processEvents()
        return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000

    switches = [timed(lambda c=choice: theme.use(c))  # type: ignore[misc]
                for _ in range(ROUNDS) for choice in ("dark", "light")]

    def bare() -> None:  # the least Qt does for a new sheet: every widget polished once
        sheet = theme.style_sheet()
        app.setStyleSheet("")
        app.setStyleSheet(sheet)

    floors = [timed(bare) for _ in range(ROUNDS)]
    kept = sum(len(v) for v in theme._kept.values())
    print(f"{args.file}: {len(app.allWidgets()):,} widgets, {kept} things kept by theme.keep")
    print("switches, wall ms: " + ", ".join(f"{wall:.0f}" for wall, _ in switches))
    print("switches, CPU ms:  " + ", ".join(f"{cpu:.0f}" for _, cpu in switches))
    cpu_ms = statistics.median(cpu for _, cpu in switches)
    floor_ms = statistics.median(cpu for _, cpu in floors)
    over = print_ratios([("switch light ↔ dark (median CPU)", cpu_ms, floor_ms, 2.0)])
    print(f"median switch {cpu_ms:.0f} ms CPU (budget {BUDGET_MS:.0f} ms)"
          f"{'  OVER' if cpu_ms > BUDGET_MS else ''}")
    w.close()
    db.close()
    return 1 if over or cpu_ms > BUDGET_MS else 0


if __name__ == "__main__":
    sys.exit(main())
