"""Benchmark: the import preview's duplicate check, and undoing an import, at 20,000 rows.

    .venv/bin/python tests/bench/bench_import_preview.py [--rows 20000] [--strict]

A file is filled by importing `rows` realistic people (names in many scripts; see
bench_import.py). Then a second CSV of `rows` other people from the same locales (so family
names repeat: many rows are "maybe here") plus a tenth of the first file's rows again (already
here) is previewed the way the dialog does it: `read_csv`, `plan_rows` (the floor: what the
preview paid before duplicates were shown), then `check_rows` (one query, in memory), then the
dialog itself (`ImportCsvDialog.load_file`, offscreen Qt: plans, checks, every preview row,
counts). Then the first import is undone and redone (`undo_import` / `redo_import`).
Printed: seconds, and the check's ratio to the plan it checks. Budget: the whole dialog
preview of 20,000 rows within 5 s and the check within 3x planning. Never asserted in unit
tests.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_import import make_csv

BUDGET_DIALOG_S = 5.0
BUDGET_CHECK_RATIO = 3.0


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=20_000)
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    from PySide6.QtWidgets import QApplication

    from hirefile.services.csv_import import (
        Found,
        check_rows,
        import_rows,
        plan_rows,
        read_csv,
        redo_import,
        undo_import,
    )
    from hirefile.services.files import create_file
    from hirefile.settings import Identity
    from hirefile.storage.database import Database
    from hirefile.ui.csv.import_dialog import ImportCsvDialog

    rows = args.rows
    identity = Identity(str(uuid.uuid4()), "Bench")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        first, second = work / "first.csv", work / "second.csv"
        make_csv(first, rows, seed=7)
        make_csv(second, rows, seed=11)
        with first.open(encoding="utf-8", newline="") as f:
            again = list(csv.reader(f))[1:rows // 10 + 1]
        with second.open("a", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(again)
        target = work / "bench.hirefile"
        create_file(target, identity).close()
        with Database.open(target, identity) as db:
            t0 = time.perf_counter()
            with db.session() as s:
                report = import_rows(s, plan_rows(read_csv(first)), file_name=first.name)
            fill = time.perf_counter() - t0
            assert report.import_id is not None

            t0 = time.perf_counter()
            plans = plan_rows(read_csv(second))
            plan_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            with db.reader() as s:
                checks = check_rows(s, plans)
            check_s = time.perf_counter() - t0
            found = {kind: sum(c.found is kind for c in checks) for kind in Found}

            app = QApplication.instance() or QApplication([])
            dialog = ImportCsvDialog(db)
            t0 = time.perf_counter()
            dialog.load_file(second)
            dialog_s = time.perf_counter() - t0
            assert dialog.preview_model.rowCount() == len(plans)
            summary = dialog.form.summaryLabel.text()
            dialog.deleteLater()
            app.processEvents()

            t0 = time.perf_counter()
            with db.session() as s:
                undo_import(s, report.import_id)
            undo_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            with db.session() as s:
                redo_import(s, report.import_id)
            redo_s = time.perf_counter() - t0

    ratio = check_s / max(plan_s, 1e-3)
    print(f"file filled with {rows:,} people in {fill:.1f} s")
    print(f"preview of {len(plans):,} rows: " + ", ".join(f"{n:,} {k.value}"
                                                          for k, n in found.items()))
    print(f"  read + plan (floor)   {plan_s:6.2f} s")
    print(f"  duplicate check       {check_s:6.2f} s  ({ratio:.1f}x the plan)")
    print(f"  dialog, end to end    {dialog_s:6.2f} s  ({summary})")
    print(f"undo the {rows:,}-row import {undo_s:6.2f} s, redo it {redo_s:6.2f} s")
    over = dialog_s > BUDGET_DIALOG_S or ratio > BUDGET_CHECK_RATIO
    if over:
        print("OVER budget")
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    sys.exit(main())
