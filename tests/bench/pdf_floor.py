"""The bare ReportLab floor of an exported document (tests/bench/bench_cli.py runs it).

    python tests/bench/pdf_floor.py OUT.pdf PAGES

Imports ReportLab, registers the fonts Hirefile's documents use (DejaVu Sans and its bold,
from resources/fonts) and builds a document of PAGES pages with paragraphs in them: no
Hirefile code, no file to read. What a document command costs beyond this is Hirefile's.
It ends as `hirefile export` does, without the interpreter's teardown.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
TEXT = ("Clear ownership of the migration, careful trade-offs between speed and safety; "
        "asked good questions about the on-call rota and the team's release rhythm. ") * 3


def main(out: str, pages: int) -> None:
    pdfmetrics.registerFont(TTFont("Sans", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("body", fontName="Sans", fontSize=9.5, leading=13)
    title = ParagraphStyle("title", fontName="Sans-Bold", fontSize=14, leading=18)
    story: list[object] = []
    for page in range(pages):
        story.append(Paragraph(f"Section {page + 1}", title))
        story += [Paragraph(TEXT, body) for _ in range(12)]
        story.append(PageBreak())
    SimpleDocTemplate(out, pagesize=A4).build(story)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
    os._exit(0)
