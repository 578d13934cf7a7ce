"""Benchmark: CV text and fields for a drop of fifty CVs, and a 300-page PDF, each as a ratio to
its floor measured in the same run.

    .venv/bin/python tests/bench/bench_cv_text.py [--strict]

The CVs are made here (ReportLab PDFs of two pages, python-docx Word files), as in the tests.
Floors: the bare library calls the reading cannot do without (pypdf's `extract_text` of every
page; python-docx's paragraphs). For the 300-page PDF the floor is pypdf reading its first
`cv_text.MAX_PAGES` pages, where Hirefile stops (reading all 300 is shown too). Best of three
rounds. `--strict` exits 1 when an operation is over its budget.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for cv_files

from cv_files import docx_cv, pdf_cv
from ratios import best_ms, print_ratios  # tests/bench, beside this script

from hirefile.domain.cv_fields import cv_fields
from hirefile.domain.cv_text import MAX_PAGES, extract_cv_text

ROUNDS = 3
PEOPLE = 50


def best(fn: Callable[[], object]) -> float:
    return best_ms(fn, ROUNDS)


def cv_lines(n: int) -> list[list[str]]:
    head = [f"Ada Obi{n:03d}".replace("0", "o"), f"ada{n}@example.com | +44 20 7946 {n:04d}",
            f"github.com/ada{n} · linkedin.com/in/ada-{n}"]
    body = [f"2019 – 2023 Example Ltd: built pipelines on Kubeflow, role {i}" for i in range(30)]
    return [head + body, body]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    pdfs = [pdf_cv(cv_lines(n)) for n in range(PEOPLE)]
    docs = [docx_cv(cv_lines(n)[0] + cv_lines(n)[1]) for n in range(PEOPLE)]
    thesis = pdf_cv([[f"Page {n}", "Some text of a thesis " * 40] for n in range(300)])

    from docx import Document
    from pypdf import PdfReader

    def pdf_floor(data: bytes, pages: int | None = None) -> str:
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages[:pages])

    def docx_floor(data: bytes) -> str:
        return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)

    def read(data: bytes) -> None:
        got = extract_cv_text(data, "cv")
        cv_fields(got.text, got.links)

    results = [
        (f"{PEOPLE} PDF CVs: text and fields", best(lambda: [read(d) for d in pdfs]),
         best(lambda: [pdf_floor(d) for d in pdfs]), 1.5),
        (f"{PEOPLE} Word CVs: text and fields", best(lambda: [read(d) for d in docs]),
         best(lambda: [docx_floor(d) for d in docs]), 2.0),
        (f"300-page PDF (reads {MAX_PAGES})", best(lambda: extract_cv_text(thesis, "thesis")),
         best(lambda: pdf_floor(thesis, MAX_PAGES)), 1.5),
    ]
    print(f"(pypdf reading all 300 pages: {best(lambda: pdf_floor(thesis)):.0f} ms)")
    over = print_ratios(results)
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    sys.exit(main())
