"""Benchmark: fifty CVs dropped at once (half PDF, half Word) on a file of 2,000 candidates:
the plans (text, fields, duplicate check) and the import (candidates, CVs attached, activity,
one transaction), each as a ratio to its floor measured in the same run.

    .venv/bin/python tests/bench/bench_cv_import.py [--strict]

Floors: for the plans, reading the text of the fifty files (`cv_text.extract_cv_text`, which
the plans cannot do without); for the import, creating the same fifty candidates with
`candidates.create_candidate` in one transaction, without their CVs. Best of three rounds,
each on a fresh copy of the file. `--strict` exits 1 when an operation is over its budget.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for cv_files

from cv_files import docx_cv, pdf_cv
from ratios import print_ratios  # tests/bench, beside this script

from hirefile.domain.cv_text import extract_cv_text
from hirefile.services.candidates import create_candidate
from hirefile.services.cv_import import import_cvs, plan_cvs
from hirefile.services.demo import load_demo
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.database import Database

ROUNDS = 3
PEOPLE = 50
FILE_CANDIDATES = 2_000


def cv_lines(n: int) -> list[str]:
    return ([f"Ada Obi{chr(97 + n % 26)}{chr(97 + n // 26)}",
             f"ada{n}@example.com | +44 20 7946 {n:04d}",
             f"github.com/ada{n} · linkedin.com/in/ada-{n}"]
            + [f"2019 – 2023 Example Ltd: built pipelines on Kubeflow, role {i}"
               for i in range(30)])


def timed(template: Path, folder: Path, fn: Callable[[Database], object]) -> float:
    """The best of `ROUNDS` runs of `fn`, each on a fresh copy of the file (ms)."""
    times = []
    for _ in range(ROUNDS):
        copy = folder / f"{uuid.uuid4()}.hirefile"
        shutil.copyfile(template, copy)
        db = Database.open(copy, Identity(str(uuid.uuid4()), "Bench"))
        try:
            t = time.perf_counter()
            fn(db)
            times.append((time.perf_counter() - t) * 1000)
        finally:
            db.close()
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for n in range(PEOPLE):
            if n % 2:
                path = folder / f"cv{n}.pdf"
                path.write_bytes(pdf_cv([cv_lines(n)[:18], cv_lines(n)[18:]]))
            else:
                path = folder / f"cv{n}.docx"
                path.write_bytes(docx_cv(cv_lines(n)))
            paths.append(path)
        template = folder / "Template.hirefile"
        db = create_file(template, Identity(str(uuid.uuid4()), "Bench"))
        try:
            load_demo(db, candidates=FILE_CANDIDATES)
        finally:
            db.close()
        with Database.open(template, Identity(str(uuid.uuid4()), "Bench")) as db, \
                db.reader() as s:
            plans = plan_cvs(s, paths)
        assert all(p.importable for p in plans), [p.line() for p in plans]

        def plan(db: Database) -> None:
            with db.reader() as s:
                plan_cvs(s, paths)

        def read_only(db: Database) -> None:
            for path in paths:
                extract_cv_text(path.read_bytes(), path.name)

        def import_all(db: Database) -> None:
            with db.session() as s:
                report = import_cvs(s, plans)
            assert len(report.created) == PEOPLE

        def create_only(db: Database) -> None:
            with db.session() as s:
                for p in plans:
                    assert p.draft is not None
                    create_candidate(s, p.draft)

        results = [
            (f"{PEOPLE} CVs: plans", timed(template, folder, plan),
             timed(template, folder, read_only), 1.5),
            (f"{PEOPLE} CVs: import with CVs attached", timed(template, folder, import_all),
             timed(template, folder, create_only), 3.0),
        ]
    over = print_ratios(results)
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    sys.exit(main())
