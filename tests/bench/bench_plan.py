"""Benchmark: the hiring plan and a hire's onboarding on a big file.

    .venv/bin/python tests/bench/bench_plan.py [FILE] [--candidates 50000]

FILE (default /tmp/hirefile-bench-50k.hirefile, shared with bench_scale.py) is made with
`hirefile demo` when missing, then copied (it is never changed). Printed, on a warm cache:
- `read_plan` (roles in order, people in process per role, every hint), best of three, beside
  its floor: the Roles page's list (`listing.role_rows`), the same pass over the applications;
- a move to Hired, which makes the checklist and check-ins, beside a move to another stage of
  the same application (each undone after), best of three.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import uuid
from pathlib import Path

from bench_scale import best, demo_file  # same folder: run as a script
from ratios import print_ratios
from sqlalchemy import select

from hirefile.domain.vocab import StageKind
from hirefile.services import listing, pipeline, plan
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Application, RoleStage

#: Budgets: the plan may cost this many times the role list; a hire, this many times a move.
PLAN_BUDGET, HIRE_BUDGET = 2, 5


def _as_format3_if_stale(path: Path) -> None:
    """A cached file made before the plan's columns existed (an early format 4) is marked
    format 3 again, so opening the copy runs the format-4 steps (they are idempotent)."""
    conn = sqlite3.connect(path)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(role)")}
        if "plan_position" not in columns:
            conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
            conn.execute("PRAGMA user_version = 3")
            conn.commit()
    finally:
        conn.close()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    args = p.parse_args()
    demo_file(args.file, args.candidates)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HIREFILE_DATA_DIR"] = tmp
        work = Path(tmp) / args.file.name
        shutil.copyfile(args.file, work)
        _as_format3_if_stale(work)
        db = Database.open(work, Identity(str(uuid.uuid4()), "Bench"))

        def read_plan() -> None:
            with db.reader() as s:
                plan.read_plan(s)

        def role_list() -> None:
            with db.reader() as s:
                listing.role_rows(s)

        with db.reader() as s:
            app = s.scalars(select(Application).join(
                RoleStage, RoleStage.id == Application.stage_id)
                .where(RoleStage.kind == StageKind.ACTIVE).limit(1)).one()
            app_id, role_id = app.id, app.role_id
            stage = {k: pipeline.stage_named(s, role_id, k).id for k in ("Debrief", "Hired")}

        def move_to(name: str) -> None:
            with db.session() as s:
                done = pipeline.move(s, app_id, stage[name])
            with db.session() as s:
                pipeline.undo_move(s, done)

        plan_ms, list_ms = best(read_plan), best(role_list)
        hire_ms, move_ms = best(lambda: move_to("Hired")), best(lambda: move_to("Debrief"))
        db.close()
    print(f"{args.file.name}: the plan and a hire (each move undone after)")
    over = print_ratios([
        ("hiring plan with hints", plan_ms, list_ms, PLAN_BUDGET),
        ("move to Hired + checklist, undo", hire_ms, move_ms, HIRE_BUDGET),
    ])
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
