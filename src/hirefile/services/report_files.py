"""The hiring report as files: a PDF (`documents/report.py`) or one CSV file.

The CSV is one file a spreadsheet opens as it is: a title block (scope, date made), then each
metric as a section — its title on a line, its column headings, its rows, its notes — with a
blank line between sections, and last how the report counts. The rows are `reports.tables`,
the same text the CLI prints and the PDF shows. Cells a spreadsheet would run as formulas are
made plain text (`csv_export.guard_cell`). Both are written atomically; a target that is a
database or the open file is refused first.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy.orm import Session

from hirefile.errors import ValidationError
from hirefile.fsutil import check_output, write_bytes_atomic
from hirefile.services import reports as R
from hirefile.services.csv_export import guard_cell

SUFFIXES = (".pdf", ".csv")


def report_csv(rep: R.Report, metrics: Iterable[str] = R.METRICS) -> bytes:
    """The report as CSV bytes (UTF-8 with a byte-order mark, CRLF: what spreadsheets read)."""
    buffer = io.StringIO(newline="")
    w = csv.writer(buffer, lineterminator="\r\n")

    def row(*cells: str) -> None:
        w.writerow([guard_cell(x) for x in cells])

    row("Hiring report", rep.scope_text)
    row("Made", rep.made_at.date().isoformat())
    for table in R.tables(rep, metrics):
        w.writerow([])
        row(table.title)
        row(*table.columns)
        for r in table.rows:
            row(*r)
        for note in table.notes:
            row(note)
    w.writerow([])
    row("How this report counts", R.COUNTING_NOTE)
    return buffer.getvalue().encode("utf-8-sig")


def report_pdf(session: Session, rep: R.Report, metrics: Iterable[str] = R.METRICS) -> bytes:
    from hirefile.documents.data import page_size_for
    from hirefile.documents.report import build_report
    from hirefile.services.company import company

    profile = company(session)
    return build_report(rep, company=profile.name, metrics=metrics,
                        page_size=page_size_for(profile.default_currency))


def export_report(session: Session, rep: R.Report, target: Path | str,
                  metrics: Iterable[str] = R.METRICS) -> Path:
    """Write the report to `target`: a PDF or a CSV, by its suffix."""
    path = Path(target).expanduser()
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(f"A report is written as PDF or CSV; give -o "
                              f"{path.with_suffix('.pdf').name} or "
                              f"{path.with_suffix('.csv').name}")
    check_output(path)
    metrics = list(metrics)
    data = report_csv(rep, metrics) if suffix == ".csv" else report_pdf(session, rep, metrics)
    write_bytes_atomic(path, data)
    return path
