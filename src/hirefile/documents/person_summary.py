"""The summary of a person's data: the readable part of an access request's answer.

A cover saying what this is and that it includes the feedback written about the person, who
they are and how to reach them, consent and retention; then one section per kind of record
(applications with their history, interviews, scorecards, reviews, offers, notes,
attachments), each record a heading and a table of facts. Every string is user text and goes
through `components` (escaped, in fonts that have its script).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from hirefile.documents import components as c
from hirefile.documents import styles as st
from hirefile.documents.templates import PageSetup, build_pdf, page_width
from hirefile.domain.offers import date_text

Facts = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Record:
    """One record: a heading and its facts (label, value; empty values are left out)."""

    title: str
    facts: Facts


@dataclass(frozen=True)
class Section:
    title: str
    records: tuple[Record, ...]
    empty: str


@dataclass(frozen=True)
class PersonSummary:
    name: str
    company: str
    generated_on: date
    page_size: str
    who: Facts
    privacy: Facts
    sections: tuple[Section, ...]
    #: What the reader must know first (the feedback included, removed records held…).
    notes: tuple[str, ...]


def build_summary(data: PersonSummary) -> bytes:
    setup = PageSetup(kind="Personal data", subject=data.name, company=data.company,
                      footer_note="Personal data: for the person it is about",
                      page_size=data.page_size)
    width = page_width(setup)
    s = st.styles()
    story: list[Flowable] = [
        c.para(f"Personal data · {date_text(data.generated_on)}", s.kicker),
        c.para(data.name, s.title),
        c.para(f"What {data.company or 'this hiring file'} holds about this person", s.subtitle,
               ltr=True),
        c.callout([p for note in data.notes
                   for p in c.flow(note, s.small, width=width - c.CALLOUT_PADDING)], width),
        c.heading("Who and how to reach them"),
        c.facts_table(data.who, width),
        c.heading("Consent and retention"),
        c.facts_table(data.privacy, width),
    ]
    for section in data.sections:
        story.append(c.heading(f"{section.title} ({len(section.records)})"))
        if not section.records:
            story.append(c.para(section.empty, s.small))
        for record in section.records:
            story += [c.heading(record.title, 3, ltr=True), c.facts_table(record.facts, width)]
    return build_pdf(story, setup)
