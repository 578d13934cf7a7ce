"""The offer letter: letterhead, date, candidate, the letter itself, a summary of the terms,
the company's signature and the candidate's acceptance.

The body is the company's template filled in (plain text, escaped like any user text); the
terms are printed again as a table so that the numbers are never lost in prose.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from hirefile.documents import components as c
from hirefile.documents import styles as st
from hirefile.documents.data import OfferLetterData
from hirefile.documents.templates import PageSetup, build_pdf, page_width
from hirefile.domain.offers import date_text


def build_offer_letter(data: OfferLetterData) -> bytes:
    setup = PageSetup(kind="Offer letter", subject=data.candidate_name,
                      company=data.letterhead.name, footer_note="Private and confidential",
                      page_size=data.letterhead.page_size, header_on_first_page=False,
                      draft=data.is_draft, mark=data.status_mark)
    return build_pdf(_story(data, page_width(setup)), setup)


def _story(data: OfferLetterData, width: float) -> list[Flowable]:
    s = st.styles()
    story: list[Flowable] = [
        c.letterhead(data.letterhead, width),
        c.rule(color=st.ACCENT, thickness=1.2, space=9),
        _addressee(data, width),
        c.spacer(7 * mm),
    ]
    if data.status_banner:
        story += [c.alert(f"{data.status_mark.capitalize()}: {data.status_banner}", width),
                  c.spacer(5 * mm)]
    story.append(c.para(f"{data.heading}: {data.role_title}", s.h1, ltr=True))
    for block in _paragraphs(data.body):
        story += c.flow(block, s.letter, width=width)
    story += [c.heading("Summary of terms"),
              c.facts_table(data.terms, width, label_width=44 * mm),
              c.spacer(8 * mm), _closing(data, width)]
    return story


def _paragraphs(body: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks stay inside one."""
    blocks, current = [], []
    for line in body.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def _addressee(data: OfferLetterData, width: float) -> Table:
    s = st.styles()
    who: list[Flowable] = [c.para(c.fit(data.candidate_name, c.FIELD), s.cell_bold)]
    for line in (data.candidate_location, data.candidate_email):
        if line:
            who.append(c.para(c.fit(line, c.FIELD), s.cell))
    table = Table([[who, c.para(date_text(data.letter_date, unbroken=True), s.body_right)]],
                  colWidths=[width * 0.65, width * 0.35], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _closing(data: OfferLetterData, width: float) -> Flowable:
    """The company's signature on the left, the candidate's acceptance on the right."""
    s = st.styles()
    gap = 8 * mm
    left_w = (width - gap) * 0.42
    right_w = width - gap - left_w
    line_w = right_w - 20

    def sign_line(label: str, w: float) -> list[Flowable]:
        return [c.spacer(10 * mm), c.rule(width=w, color=st.INK, thickness=0.6, space=2),
                c.para(label, s.small)]

    name, role = c.fit(data.candidate_name, c.FIELD), c.fit(data.role_title, c.FIELD)
    company: list[Flowable] = [c.para("Yours sincerely,", s.letter)]
    company += sign_line("Signature", left_w)[:-1]
    company.append(c.para(c.fit(data.signatory_name, c.FIELD) or " ", s.cell_bold))
    if data.signatory_title:
        company.append(c.para(c.fit(data.signatory_title, c.FIELD), s.cell))
    company.append(c.para(f"for {c.fit(data.letterhead.name, c.FIELD)}", s.small))
    lines = Table([[sign_line("Signature", line_w * 0.6), sign_line("Date", line_w * 0.34)]],
                  colWidths=[line_w * 0.66, line_w * 0.34], hAlign="LEFT")
    lines.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    accept: list[Flowable] = [
        c.para("Acceptance", s.h3),
        c.para(f"I, {name}, accept {data.accepts} {role} on the terms set out in this letter.",
               s.cell, ltr=True),
        lines,
    ]
    table = Table([[company, "", accept]], colWidths=[left_w, gap, right_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (1, 0), 0), ("RIGHTPADDING", (0, 0), (1, 0), 0),
        ("BACKGROUND", (2, 0), (2, 0), st.ACCENT_TINT),
        ("LINEBEFORE", (2, 0), (2, 0), 2.5, st.ACCENT),
        ("LEFTPADDING", (2, 0), (2, 0), 10), ("RIGHTPADDING", (2, 0), (2, 0), 10),
        ("TOPPADDING", (2, 0), (2, 0), 6), ("BOTTOMPADDING", (2, 0), (2, 0), 8),
    ]))
    return KeepTogether([table])
