"""The job description as Markdown, for job boards and sites that take text.

No ReportLab here. User text is escaped for Markdown so that a `<script>` in a title or a `*`
in a list item shows as typed wherever the Markdown is rendered.
"""

from __future__ import annotations

import re

from hirefile.documents.data import JobDescriptionData
from hirefile.documents.text import clean

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^([#=+-]|\d+(?=[.)]))")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def md(text: str, *, start: bool = True) -> str:
    """One line of user text with what Markdown would read as markup escaped (emphasis,
    links, HTML, tables, entities; with `start`, headings and lists that would begin where
    the text begins a line or a list item)."""
    line = " ".join(clean(text).split())
    line = _ENTITY.sub("&amp;", _SPECIAL.sub(r"\\\1", line))
    if not start:
        return line
    return _LINE_START.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit()
                           else "\\" + m.group(1), line)


def job_description_markdown(data: JobDescriptionData) -> str:
    out = [f"# {md(data.title)}", ""]
    if data.letterhead.name:
        out += [f"**{md(data.letterhead.name, start=False)}**", ""]
    if data.summary:
        out += [md(data.summary), ""]
    for label, value in data.facts:
        out.append(f"- **{md(label)}:** {md(value, start=False)}")
    if data.facts:
        out.append("")
    if data.about.strip():
        name = md(data.letterhead.name, start=False) if data.letterhead.name.strip() else "us"
        out += [f"## About {name}", "", *_paragraphs(data.about)]
    for title, items in (("What you will do, day to day", data.responsibilities),
                         ("What you need", data.must_haves),
                         ("Nice to have", data.nice_to_haves)):
        if items:
            out += [f"## {title}", "", *(f"- {md(i)}" for i in items), ""]
    if data.tech_stack:
        out += ["## Tech stack", "", md(", ".join(data.tech_stack)), ""]
    if data.benefits:
        out += ["## What we offer", "", *(f"- {md(i)}" for i in data.benefits), ""]
    if data.steps:
        out += ["## How we interview", ""]
        for step in data.steps:
            line = (f"{step.number}. **{md(step.title, start=False)}** "
                    f"({md(step.length, start=False)})")
            if step.axes:
                line += f": {md(', '.join(step.axes), start=False)}"
            out.append(line)
            if step.notes:
                out.append(f"   {md(step.notes)}")
        out.append("")
        if data.process_total:
            out += [md(data.process_total[:1].upper() + data.process_total[1:]) + ".", ""]
    if data.how_to_apply.strip():
        out += ["## How to apply", "", *_paragraphs(data.how_to_apply)]
    if data.privacy_notice:
        out += [f"*{md(data.privacy_notice, start=False)}*", ""]
    if data.letterhead.website:
        out += [md(data.letterhead.website), ""]
    return "\n".join(out).rstrip() + "\n"


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of the company's own text, each followed by a blank line."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", clean(text).strip()):
        if block.strip():
            out += [md(block), ""]
    return out
