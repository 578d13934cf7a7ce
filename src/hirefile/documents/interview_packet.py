"""The interview packet: one candidate in one role, printed for an interview or sent to a
cofounder.

A cover with the candidate and the role at a glance and the loop's schedule; then one section
per loop step (its focus, its questions with room to write, a printable scorecard); the
portfolio checklist and the culture guide. Others' feedback only when asked for, at the end,
so that a reader writes their own before seeing it.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from hirefile.documents import components as c
from hirefile.documents import styles as st
from hirefile.documents.data import PacketData, PacketStep, ScorecardView
from hirefile.documents.guides import CULTURE_INTRO, PORTFOLIO_INTRO, SCORECARD_NOTE
from hirefile.documents.templates import (
    PageSetup,
    build_pdf,
    end_running,
    page_width,
    running_heading,
    section_break,
)
from hirefile.domain.offers import date_text
from hirefile.domain.vocab import NOT_ASSESSED_LABEL, Rating

RATINGS = [r.label for r in Rating]
CHECK_RESULTS = ["Pass", "Partial", "Fail", "n.a."]


def build_packet(data: PacketData) -> bytes:
    setup = PageSetup(kind="Interview packet", subject=f"{data.candidate_name} · "
                      f"{data.role_title}", company=data.company,
                      footer_note="Confidential: personal data for the hiring team only",
                      page_size=data.page_size)
    width = page_width(setup)
    story = _cover(data, width)
    sections = [_step(step, len(data.steps), width) for step in data.steps]
    sections += [_portfolio(data, width), _culture(data, width)]
    if data.feedback is not None:
        sections.append(_feedback(data.feedback, width))
    for section in sections:
        story += [section_break(setup), *section, end_running()]
    return build_pdf(story, setup)


# the cover -------------------------------------------------------------------------------------

def _cover(data: PacketData, width: float) -> list[Flowable]:
    s = st.styles()
    note = ("Keep this packet within the hiring team, and destroy printed copies once a "
            "decision is made. " + SCORECARD_NOTE)
    if data.feedback is not None and any(card.sealed for card in data.feedback):
        note += (" This copy lists who has submitted feedback, at the end; what they wrote "
                 "stays sealed until you submit your own scorecard.")
    elif data.feedback is not None:
        note += (" This copy includes the feedback other interviewers have submitted: read "
                 "it only after writing your own.")
    story: list[Flowable] = [
        c.para(f"Interview packet · {date_text(data.generated_on)}", s.kicker),
        c.para(data.candidate_name, s.title),
        c.para(data.role_title, s.subtitle),
        c.callout([c.para(note, s.small)], width),
        *_at_a_glance(data, width),
    ]
    if data.steps:
        story += [c.heading("The loop and its schedule"), _schedule(data, width)]
        if data.time_zone_note and any(step.slots for step in data.steps):
            story.append(c.para(data.time_zone_note, s.note))
    if data.responsibilities or data.must_haves:
        story += [c.heading("What the role asks"), *_day_to_day(data, width)]
    return story


def _facts_height(rows: tuple[tuple[str, str], ...], width: float) -> float:
    """The most height a facts table of `rows` can take in `width` (every character one em)."""
    style = st.styles().cell
    per_line = max(1, int(width / style.fontSize))
    return float(sum(sum(max(1, -(-len(line) // per_line)) for line in value.split("\n"))
                     * style.leading + 6 for _, value in rows if value.strip()))


def _at_a_glance(data: PacketData, width: float) -> list[Flowable]:
    """The candidate and the role at a glance: side by side when both are short (the cover
    then has room for the schedule), else one after the other."""
    gap = 8 * mm
    col = (width - gap) / 2
    label = 24 * mm
    tall = max(_facts_height(data.candidate_facts, col - label),
               _facts_height(data.role_facts, col - label))
    if tall > SIDE_BY_SIDE:
        return [c.heading("The candidate at a glance"), c.facts_table(data.candidate_facts, width),
                c.heading("The role at a glance"), c.facts_table(data.role_facts, width)]
    left = [c.heading("The candidate at a glance"),
            c.facts_table(data.candidate_facts, col, label_width=label)]
    right = [c.heading("The role at a glance"),
             c.facts_table(data.role_facts, col, label_width=label)]
    table = Table([[left, "", right]], colWidths=[col, gap, col], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


#: The most height (points) two lists side by side may take: one table row cannot break
#: across pages, so longer lists are shown one after the other.
SIDE_BY_SIDE = 360.0


def _height(items: tuple[str, ...], width: float) -> float:
    """The most height bullets of `items` can take in `width` (every character one em)."""
    style = st.styles().bullet
    per_line = max(1, int((width - style.leftIndent) / style.fontSize))
    return float(sum(max(1, -(-len(item) // per_line)) * style.leading + style.spaceAfter
                     for item in items))


def _day_to_day(data: PacketData, width: float) -> list[Flowable]:
    """What the person does and must have: side by side when both are short, else one after
    the other across the page."""
    s = st.styles()
    col = (width - 8 * mm) / 2
    if max(_height(data.responsibilities, col), _height(data.must_haves, col)) > SIDE_BY_SIDE:
        return [c.para("Day to day", s.h3), *c.bullets(data.responsibilities, width=width),
                c.para("Must-haves", s.h3), *c.bullets(data.must_haves, width=width)]
    left = [c.para("Day to day", s.h3), *c.bullets(data.responsibilities, width=col)]
    right = [c.para("Must-haves", s.h3), *c.bullets(data.must_haves, width=col)]
    table = Table([[left, "", right]], colWidths=[col, 8 * mm, col], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def _schedule(data: PacketData, width: float) -> Table:
    s = st.styles()
    rows = []
    for step in data.steps:
        when: list[Flowable] = []
        for slot in step.slots:
            who = f" · {c.fit(slot.interviewers, c.GRID_NAME)}" if slot.interviewers else ""
            when.append(c.para(f"{slot.when}{who} ({slot.status.lower()})", s.cell, ltr=True))
        rows.append([str(step.info.number),
                     c.para(c.fit(step.info.title, c.GRID_NAME), s.cell_bold),
                     step.info.length, ", ".join(step.info.axes),
                     when or c.para("Not scheduled yet", s.small)])
    return c.grid(["", "Step", "Length", "Focus", "When and with whom"], rows,
                  [7 * mm, width * 0.22, width * 0.12, width * 0.25,
                   width * 0.41 - 7 * mm])


# one loop step ---------------------------------------------------------------------------------

def _step(step: PacketStep, total: int, width: float) -> list[Flowable]:
    s = st.styles()
    info = step.info
    story: list[Flowable] = [
        c.para(f"Step {info.number} of {total} · {info.kind}", s.kicker),
        c.para(info.title, s.h1),
        c.para(f"{info.length} · focus: {', '.join(info.axes) or 'not set'}", s.subtitle),
        *running_heading(f"Step {info.number}: {c.fit(info.title, c.GRID_NAME)}"),
    ]
    for slot in step.slots:
        where = f" · {slot.place}" if slot.place else ""
        story += c.labelled_flow(slot.status, f"{slot.when} · {slot.interviewers or 'no one yet'}"
                                 f"{where}", s.small, width=width, ltr=True)
    if info.notes:
        story += [c.spacer(2 * mm),
                  c.callout(c.labelled_flow("For the interviewer:", info.notes, s.small,
                                            width=width - c.CALLOUT_PADDING), width)]
    if step.axes:
        story += [c.heading("What this step assesses"),
                  c.facts_table(step.axes, width, label_width=45 * mm)]
    story.append(c.heading("Questions"))
    if not step.questions:
        story += [c.para("No questions chosen for this step yet: use the space for your own.",
                         s.small), *c.ruled(8)]
    for n, q in enumerate(step.questions, 1):
        block: list[Flowable] = [*c.flow(f"{n}. {q.text}", s.h3, width=width),
                                 *c.flow(q.guidance, s.note, width=width)]
        if q.anchors:
            block.append(_anchor_grid(q.anchors, width))
        block.append(c.RuledLines(4))
        story += c.keep_together(block, len(q.text) + len(q.guidance) + sum(map(len, q.anchors)))
    story += [CondPageBreak(120 * mm), *_scorecard(step, width)]
    return story


def _anchor_grid(anchors: tuple[str, ...], width: float) -> Table:
    """What a 1, 2, 3 and 4 answer look like, four small columns under a question."""
    col = width / 4
    cells = [[c.para(f"{n} {label}", _anchor_head()), *c.flow(text, _anchor_style(),
                                                                width=col - 6)]
             for n, label, text in zip((1, 2, 3, 4), RATINGS, anchors, strict=False)]
    table = Table([cells], colWidths=[col] * 4, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _anchor_style() -> ParagraphStyle:
    return ParagraphStyle("anchor", parent=st.styles().note, fontSize=st.SMALL, leading=10,
                          spaceBefore=0, spaceAfter=0)


def _anchor_head() -> ParagraphStyle:
    return ParagraphStyle("anchor_head", parent=_anchor_style(), fontName=st.SANS_BOLD)


def _scorecard(step: PacketStep, width: float) -> list[Flowable]:
    s = st.styles()
    story: list[Flowable] = [
        c.heading(f"Scorecard: {step.info.title}"),
        c.para(SCORECARD_NOTE, s.note), c.spacer(2 * mm),
    ]
    if any(step.axis_anchors):
        # the anchors beside the boxes: what each rating looks like on the axis
        axis_w, none_w = 30 * mm, 24 * mm
        col = (width - axis_w - none_w) / 4
        rows = [[c.para(axis, s.cell_bold),
                 *([c.box_cells(1)[0], *c.flow(text, _anchor_style(), width=col - 10)]
                   for text in anchors), c.box_cells(1)[0]] if anchors else
                [c.para(axis, s.cell_bold), *c.box_cells(5)]
                for (axis, _), anchors in zip(step.axes, step.axis_anchors, strict=False)]
        story.append(c.grid(["Axis", *(f"{n} {r}" for n, r in zip((1, 2, 3, 4), RATINGS,
                                                                  strict=True)),
                             NOT_ASSESSED_LABEL], rows,
                            [axis_w, *([col] * 4), none_w], centered_from=1))
    elif step.axes:
        axis_w = 52 * mm
        col = (width - axis_w) / 5
        labels = [*RATINGS, NOT_ASSESSED_LABEL]
        rows = [[c.para(axis, s.cell_bold), *c.box_cells(5)] for axis, _ in step.axes]
        story.append(c.grid(["Axis", *labels], rows, [axis_w, *([col] * 5)], centered_from=1))
    for axis, _ in step.axes:
        story += [c.spacer(2.5 * mm),
                  *c.ruled(3, f"Evidence for {axis}: what the candidate said or did")]
    story += [
        c.spacer(3 * mm),
        KeepTogether([
            c.para("Overall recommendation", s.h3),
            c.rich_para(c.boxes(RATINGS), s.body),
            c.spacer(2 * mm),
            *c.ruled(2, "Takeaways"),
            c.rich_para(f"Interviewer: {'_' * 34}&nbsp;&nbsp;&nbsp;Date: {'_' * 18}", s.small),
        ]),
    ]
    return story


# the guides ------------------------------------------------------------------------------------

def _portfolio(data: PacketData, width: float) -> list[Flowable]:
    s = st.styles()
    story: list[Flowable] = [c.para("Guide", s.kicker), c.para("Portfolio review", s.h1),
                             c.para(PORTFOLIO_INTRO, s.body),
                             *running_heading("Portfolio review")]
    story.append(c.para("The candidate's public work", s.h3))
    story += (c.bullets(data.portfolio_links, width=width) if data.portfolio_links else
              [c.para("No link to public work on file: ask the candidate for one.", s.small)])
    rows = [[[c.para(label, s.cell_bold), c.para(hint, s.note)], *c.box_cells(4)]
            for label, hint in data.portfolio_checks]
    col = 17 * mm
    story += [c.spacer(3 * mm),
              c.grid(["Check", *CHECK_RESULTS], rows, [width - 4 * col, *([col] * 4)],
                     centered_from=1),
              c.spacer(3 * mm), *c.ruled(2, "What I looked at (link, and the commit or "
                                             "version)"),
              *c.ruled(4, "Notes"),
              c.para("Overall", s.h3), c.rich_para(c.boxes(RATINGS), s.body)]
    return story


def _culture(data: PacketData, width: float) -> list[Flowable]:
    s = st.styles()
    story: list[Flowable] = [c.para("Guide", s.kicker), c.para("Culture conversation", s.h1),
                             c.callout([c.para(CULTURE_INTRO, s.small)], width),
                             *running_heading("Culture conversation"), c.spacer(4 * mm)]
    labels = [*RATINGS, NOT_ASSESSED_LABEL]
    col = 17.5 * mm
    rows = [[[c.para(label, s.cell_bold), c.para(hint, s.note)], *c.box_cells(5)]
            for label, hint in data.culture_dimensions]
    story.append(c.grid(["Dimension", *labels], rows, [width - 5 * col, *([col] * 5)],
                        centered_from=1))
    story += [c.spacer(3 * mm), c.para("Evidence", s.h3)]
    for label, _ in data.culture_dimensions:
        story += [c.spacer(1.5 * mm), *c.ruled(3, label)]
    return story


# others' feedback ------------------------------------------------------------------------------

def _feedback(cards: tuple[ScorecardView, ...], width: float) -> list[Flowable]:
    s = st.styles()
    story: list[Flowable] = [
        c.para("Shared on request", s.kicker), c.para("Submitted feedback", s.h1),
        c.para("Scorecards other interviewers have submitted, in the order of the interviews. "
               "Drafts and private notes are never included.", s.small),
        *running_heading("Submitted feedback"),
    ]
    if not cards:
        story.append(c.para("No scorecard has been submitted yet.", s.body))
    for card in cards:
        story += c.scorecard_block(card, width)
    return story
