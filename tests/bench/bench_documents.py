"""Benchmark: every document exported with every text field at its limit.

    PYTHONPATH=src .venv/bin/python tests/bench/bench_documents.py [--rounds 3] [--strict]

Fills a new file with `fill_at_limits` (tests/test_documents_limits.py: every field that
reaches a document at its `column_limit`, in mixed scripts), then exports each document and
prints, best of `--rounds`: the seconds (wall and CPU) per document, its pages and characters,
and the *floor*: a plain ReportLab document of as many characters in one font, built in the
same run; the ratio says what Hirefile's layout adds on top. The budget is 2 s (wall) per
document; `--strict` exits 1 when one is over it. Timings are printed, never asserted in unit
tests.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for the filler

from pypdf import PdfReader
from test_documents_limits import fill_at_limits

from hirefile.documents.markdown import job_description_markdown
from hirefile.documents.person_summary import build_summary
from hirefile.services import documents, packets
from hirefile.services.files import create_file
from hirefile.services.person_export import gather
from hirefile.services.person_summary import summary_data
from hirefile.settings import Identity
from hirefile.storage.models import Application

BUDGET = 2.0


def best(fn: Callable[[], object], rounds: int) -> tuple[float, float, object]:
    """(wall, cpu) seconds of the fastest of `rounds` runs, and the last result."""
    wall, cpu, result = float("inf"), float("inf"), None
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu, result


def floor(chars: int) -> Callable[[], bytes]:
    """A plain document of `chars` characters of Latin words in paragraphs of 1,000, in the
    documents' own font: what ReportLab alone needs for that much text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from hirefile.documents import styles

    style = styles.styles().body
    words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do "
    text = (words * (1000 // len(words) + 1))[:1000]

    def build() -> bytes:
        buf = io.BytesIO()
        story = [Paragraph(text, style) for _ in range(max(1, chars // 1000))]
        SimpleDocTemplate(buf, pagesize=A4).build(story)
        return buf.getvalue()

    return build


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = create_file(Path(folder) / "Limits.hirefile", Identity(str(uuid.uuid4()), "Bench"))
        refs = fill_at_limits(db)
        with db.reader() as s:
            jobs: dict[str, Callable[[], object]] = {
                "offer letter": lambda: documents.offer_letter_pdf(
                    s, refs.offer_id, today=date(2026, 3, 2), allow_empty=True),
                "packet": lambda: packets.packet_pdf(s, refs.app_id),
                "packet + feedback": lambda: packets.packet_pdf(
                    s, refs.app_id, include_feedback=True, viewer_id=refs.viewer_id),
                "job description": lambda: documents.job_description_pdf(s, refs.role_id),
                "job description .md": lambda: job_description_markdown(
                    documents.gather_job_description(s, refs.role_id)),
                "debrief": lambda: packets.debrief_pdf(s, refs.app_id,
                                                       viewer_id=refs.viewer_id),
                "personal data": lambda: build_summary(summary_data(
                    s, gather(s, s.get_one(Application, refs.app_id).candidate_id),
                    datetime(2026, 3, 2, tzinfo=timezone.utc))),
            }
            # the first export of a process also registers the fonts and imports ReportLab
            first = best(jobs["offer letter"], 1)[0]
            print(f"first export in the process (offer letter, fonts loaded): {first:.2f} s")
            over = 0
            print(f"{'document':<20} {'pages':>5} {'chars':>9} {'wall s':>7} {'cpu s':>6} "
                  f"{'floor s':>7} {'ratio':>6}")
            for name, job in jobs.items():
                wall, cpu, out = best(job, args.rounds)
                if isinstance(out, bytes):
                    reader = PdfReader(io.BytesIO(out))
                    pages = len(reader.pages)
                    chars = sum(len(page.extract_text()) for page in reader.pages)
                else:
                    pages, chars = 0, len(str(out))
                floor_wall = best(floor(chars), args.rounds)[0] if pages else 0.0
                ratio = f"{wall / floor_wall:6.1f}" if floor_wall else "     -"
                flag = "  OVER" if wall > BUDGET else ""
                over += wall > BUDGET
                print(f"{name:<20} {pages:>5} {chars:>9,} {wall:>7.2f} {cpu:>6.2f} "
                      f"{floor_wall:>7.2f} {ratio}{flag}", flush=True)
        db.close()
    print(f"budget {BUDGET:.0f} s per document (wall): {over} over")
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    sys.exit(main())
