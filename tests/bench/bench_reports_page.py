"""Benchmark: the Reports page on the 50,000-candidate demo file, beside the bare report.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_reports_page.py [FILE]

FILE (default /tmp/hirefile-bench-50k.hirefile, shared with bench_scale.py) is made with
`hirefile demo` when missing. The page's read (the role list and every metric in one reader
session, then charts and tables filled) is printed beside its floor, `services.reports.report`
alone for the same scope, measured in the same run; painting every section once is printed
in milliseconds. The page adds what it shows, never a second pass over the file: its
budget is a ratio of the report (`tests/bench/bench_reports.py` times the report itself).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_scale import demo_file  # tests/bench, beside this script
from PySide6.QtWidgets import QApplication
from ratios import best_ms, print_ratios

from hirefile.services import reports
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.ui import theme
from hirefile.ui.reports.page import ReportsPage

ROUNDS = 3


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    args = p.parse_args()
    demo_file(args.file, args.candidates)
    app = QApplication([])
    theme.apply(app)
    db = Database.open(args.file, Identity(str(uuid.uuid4()), "Bench"), write=False)
    page = ReportsPage()
    page.resize(800, 700)
    page.set_database(db)
    page.show()  # reads once
    scope = page.scope()

    def floor() -> object:
        with db.reader() as s:
            return reports.report(s, scope)

    report_ms = best_ms(floor, ROUNDS)
    read_ms = best_ms(page.read, ROUNDS)
    paint_ms = best_ms(page.form.content.grab, ROUNDS)
    print(f"{args.file}: all roles, every date; "
          f"{page.report.funnel.total if page.report else 0:,} applications")
    over = print_ratios([("page read (roles, report, show)", read_ms, report_ms, 1.3)])
    print(f"painting every section once: {paint_ms:.1f} ms")
    page.close()
    db.close()
    app.quit()
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
