"""Figures of a thousand and more read the same in a report's tables as in its charts and
headings: "1,204", not "1204" — on the Reports page and in the PDF. The CSV keeps plain digits
so a spreadsheet reads them as numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import fill_demo
from test_documents import pdf_text
from test_reports_ui import table_cells

from hirefile.documents.report import build_report
from hirefile.services import reports as R
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.ui.main_window import PAGE_REPORTS, MainWindow


def test_a_thousand_applications_read_with_a_separator_on_the_page_and_in_the_pdf(
        open_window: Any, tmp_path: Path, identity: Identity) -> None:
    db = create_file(tmp_path / "Big.hirefile", identity)
    try:
        fill_demo(db, 1100)
        with db.reader() as s:
            rep = R.report(s, R.Scope())
        total = rep.funnel.total
        assert total >= 1000
        w: MainWindow = open_window(db, (1400, 860))
        w.show_page(PAGE_REPORTS)
        funnel = w.reports_page.sections["funnel"]
        first = table_cells(funnel.table)[0]
        assert first[1] == f"{total:,}" and "," in first[1]  # as the chart beside it says
        assert f"{total:,} applications" in funnel.n_label.text()
        found = " ".join(pdf_text(build_report(rep)).split())
        assert f"{first[0]} {total:,} " in found
        csv_cells = R.tables(rep, ["funnel"])[0].rows[0]
        assert csv_cells[1] == str(total)  # plain digits where a spreadsheet reads them
    finally:
        db.close()
