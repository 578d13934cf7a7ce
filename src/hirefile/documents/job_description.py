"""The job description, for posting: the company in its own words (about us, what it offers,
how to apply: the company profile's), what the person does day to day, what they need, the
pay (many places require it to be disclosed) and the interview process with its total length.

Never shows the role's internal notes or the loop's interviewer notes.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from hirefile.documents import components as c
from hirefile.documents import styles as st
from hirefile.documents.data import JobDescriptionData
from hirefile.documents.templates import PageSetup, build_pdf, page_width


def build_job_description(data: JobDescriptionData) -> bytes:
    setup = PageSetup(kind="Job description", subject=data.title,
                      company=data.letterhead.name,
                      footer_note=data.letterhead.website or data.letterhead.name,
                      page_size=data.letterhead.page_size, header_on_first_page=False)
    return build_pdf(_story(data, page_width(setup)), setup)


def _story(data: JobDescriptionData, width: float) -> list[Flowable]:
    s = st.styles()
    story: list[Flowable] = []
    logo = c.logo_image(data.letterhead, 45 * mm, 14 * mm)
    if logo is not None:
        story += [logo, c.spacer(5 * mm)]
    story += [c.para(data.letterhead.name or "We are hiring", s.kicker),
              c.para(data.title, s.title)]
    facts = dict(data.facts)
    tagline = " · ".join(v for v in (facts.get("Employment"), facts.get("Location"),
                                     facts.get("Level")) if v)
    if tagline:
        story.append(c.para(tagline, s.subtitle))
    if data.summary:
        story += c.flow(data.summary, s.letter, width=width)
    if data.facts:  # one table in a box: it cannot break, so each fact is one line's worth
        shown = tuple((label, c.fit(value, c.FIELD)) for label, value in data.facts)
        story += [c.spacer(2 * mm),
                  c.callout([c.facts_table(shown, width - c.CALLOUT_PADDING - 2,
                                           label_width=30 * mm)], width)]
    if data.about.strip():
        story += [c.heading(f"About {c.fit(data.letterhead.name, c.GRID_NAME)}"
                            if data.letterhead.name.strip() else "About us", ltr=True),
                  *_paragraphs(data.about, width)]
    if data.responsibilities:
        story += [c.heading("What you will do, day to day"),
                  *c.bullets(data.responsibilities, width=width)]
    if data.must_haves:
        story += [c.heading("What you need"), *c.bullets(data.must_haves, width=width)]
    if data.nice_to_haves:
        story += [c.heading("Nice to have"), *c.bullets(data.nice_to_haves, width=width)]
    if data.tech_stack:
        story += [c.heading("Tech stack"),
                  *c.flow("  ·  ".join(data.tech_stack), s.body, width=width)]
    if data.benefits:
        story += [c.heading("What we offer"), *c.bullets(data.benefits, width=width)]
    if data.steps:
        story += [c.heading("How we interview"), *_process(data, width)]
    if data.how_to_apply.strip():
        story += [c.heading("How to apply"), *_paragraphs(data.how_to_apply, width)]
    if data.privacy_notice:
        story += [c.spacer(6 * mm), *c.flow(data.privacy_notice, s.small, width=width)]
    return story


def _paragraphs(text: str, width: float) -> list[Flowable]:
    """The company's own text: blank lines separate paragraphs."""
    s = st.styles()
    return [p for block in re.split(r"\n\s*\n", text.strip()) if block.strip()
            for p in c.flow(block, s.body, width=width)]


def _process(data: JobDescriptionData, width: float) -> list[Flowable]:
    s = st.styles()
    rows = []
    for step in data.steps:
        inner = width * 0.38 - 10
        what: list[Flowable] = c.flow(step.title, s.cell_bold, width=inner)
        if step.notes:
            what += c.flow(step.notes, s.note, width=inner)
        rows.append([str(step.number), what, step.length, ", ".join(step.axes)])
    table = c.grid(["", "Step", "Length", "What we look at"], rows,
                   [8 * mm, width * 0.38, width * 0.2, width - 8 * mm - width * 0.58])
    out: list[Flowable] = [table]
    if data.process_total:
        out += [c.spacer(3 * mm), c.para(data.process_total[:1].upper()
                                         + data.process_total[1:] + ".", s.small)]
    return out
