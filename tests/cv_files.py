"""Real CV files for tests: PDFs drawn by ReportLab with the fonts Hirefile's documents use (so
non-Latin text is embedded with its ToUnicode map, as in a CV saved from a word processor), and
Word files written by python-docx."""

from __future__ import annotations

import io

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from hirefile.documents.styles import styles
from hirefile.documents.text import markup


def pdf_cv(pages: list[list[str]], links: dict[str, str] | None = None) -> bytes:
    """A PDF with one page per list of lines; `links` maps a word shown on page 1 to the
    address it links to (drawn as a link annotation, as word processors do)."""
    s = styles()
    story: list = []
    for number, lines in enumerate(pages):
        if number:
            story.append(PageBreak())
        story += [Paragraph(markup(line), s.body) for line in lines]
        if number == 0:
            for word, href in (links or {}).items():
                story.append(Paragraph(f'<a href="{href}">{markup(word)}</a>', s.body))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def image_only_pdf() -> bytes:
    """A "scan": a page with shapes and no text at all."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for i in range(40):
        c.rect(50 + i * 10, 400 + (i % 7) * 20, 8, 30, fill=1)
    c.showPage()
    c.save()
    return out.getvalue()


#: A text box as Word writes it: the DrawingML box, and the same box again in VML for old
#: versions of Word (which a reader must not read twice).
_TEXT_BOX = (
    '<w:r {w} {mc} {wps} {v}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    "<wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
    "<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>"
    "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def docx_cv(lines: list[str], *, header: list[str] = (), table: list[list[str]] = (),
            links: dict[str, str] | None = None, text_box: str = "") -> bytes:
    """A Word file: `header` in the page header, `text_box` in a text box anchored in the
    first paragraph, `lines` as paragraphs, `table` as a table after them, and `links` as
    hyperlinked words in a last paragraph."""
    document = Document()
    if text_box:
        anchor = document.add_paragraph("Anchor")
        anchor._p.append(parse_xml(_TEXT_BOX.format(
            w=nsdecls("w"), mc='xmlns:mc="http://schemas.openxmlformats.org/'
                              'markup-compatibility/2006"',
            wps='xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
                'wordprocessingShape"',
            v='xmlns:v="urn:schemas-microsoft-com:vml"', text=text_box)))
    for line in header:
        document.sections[0].header.add_paragraph(line)
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    if links:
        paragraph = document.add_paragraph()
        for word, href in links.items():
            rid = document.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            link = OxmlElement("w:hyperlink")
            link.set(qn("r:id"), rid)
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = word
            run.append(text)
            link.append(run)
            paragraph._p.append(link)
            paragraph.add_run(" ")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
