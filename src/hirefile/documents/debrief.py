"""The debrief summary: all feedback on one application side by side, for the decision.

The decision (when recorded) first; then the role-weighted score, every interviewer's ratings
per axis in one grid (tinted, so disagreements show at a glance), each scorecard's evidence,
the portfolio reviews and the culture assessments.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from hirefile.documents import components as c
from hirefile.documents import styles as st
from hirefile.documents.data import DebriefData, ReviewView
from hirefile.documents.templates import PageSetup, build_pdf, page_width
from hirefile.documents.text import markup
from hirefile.domain.offers import date_text
from hirefile.domain.scoring import nearest_rating, rating_label, score_text
from hirefile.domain.vocab import NOT_ASSESSED_LABEL, Axis, Rating

#: Two ratings this far apart on one axis are a disagreement worth discussing.
SPREAD_TO_DISCUSS = 2
#: Column headings of the ratings grid: the full axis names do not fit five across.
SHORT = {Axis.ML_PRACTICE.label: "ML practice", Axis.SOFTWARE.label: "Software",
         Axis.THEORY.label: "Theory and math", Axis.SYSTEMS.label: "ML systems",
         Axis.CULTURE.label: "Culture"}
RATING_VALUES = {r.label: r.value for r in Rating}


def _label(value: float | None) -> str:
    """The labels' rounding (`scoring.rating_label`): the screen and the PDF read alike."""
    return NOT_ASSESSED_LABEL if value is None else rating_label(value)


def is_empty(data: DebriefData) -> bool:
    """Nothing to debrief: no scorecard (submitted, or sealed for the viewer), no portfolio
    review and no culture assessment."""
    return not (data.scorecards or data.portfolio or data.culture)


def build_debrief(data: DebriefData) -> bytes:
    setup = PageSetup(kind="Debrief", subject=f"{data.candidate_name} · {data.role_title}",
                      company=data.company,
                      footer_note="Confidential: personal data for the hiring team only",
                      page_size=data.page_size, mark="NO FEEDBACK" if is_empty(data) else "")
    return build_pdf(_story(data, page_width(setup)), setup)


def _story(data: DebriefData, width: float) -> list[Flowable]:
    s = st.styles()
    story: list[Flowable] = [
        c.para(f"Debrief summary · {date_text(data.generated_on)}", s.kicker),
        c.para(data.candidate_name, s.title),
        c.para(f"{data.role_title}  ·  now in {data.stage}", s.subtitle, ltr=True),
    ]
    if is_empty(data):
        return [*story, *_nothing_yet(data, width)]
    story += [
        _decision(data, width), c.spacer(5 * mm), _headline(data, width),
        c.heading("Scores by axis"), _axes(data, width),
    ]
    if data.scorecards:
        story += [c.heading("Ratings by interviewer"), _grid(data, width)]
    if data.discussed:
        story += _moved(data, width)
    if data.drafts_left_out:
        story.append(c.para(f"{data.drafts_left_out} draft scorecard(s) are not included.",
                            s.note))
    story.append(c.para(
        "The role-weighted score is the mean rating of each axis over the submitted "
        "scorecards, weighted by the role's axis weights and normalised over the axes that "
        "were assessed; “Not assessed” never counts as a score.", s.note))
    lead: list[Flowable] = [c.heading("Evidence, scorecard by scorecard")]
    for card in data.scorecards:
        story += c.scorecard_block(card, width, lead)
        lead = []
    for review in data.portfolio:
        story += _review(review, width, "Check", "Result")
    for review in data.culture:
        story += _review(review, width, "Dimension", "Rating")
    return story


def _nothing_yet(data: DebriefData, width: float) -> list[Flowable]:
    """An empty debrief says so, instead of a page of empty grids and dashes."""
    drafts = ""
    if data.drafts_left_out:
        n = data.drafts_left_out
        drafts = (f" {n} draft scorecard{'s are' if n != 1 else ' is'} not counted until "
                  "submitted.")
    sentence = ("Nothing to debrief yet: no interviewer has submitted a scorecard, and there "
                f"is no portfolio review or culture assessment.{drafts}")
    out: list[Flowable] = [c.alert(sentence, width)]
    if data.decision:
        out += [c.spacer(5 * mm), _decision(data, width)]
    return out


def _decision(data: DebriefData, width: float) -> Flowable:
    s = st.styles()
    if not data.decision:
        return c.callout([c.para("No decision recorded yet.", s.body)], width)
    when = date_text(data.decided_at.date()) if data.decided_at else ""
    items: list[Flowable] = [
        c.rich_para(f'<font name="{st.SANS_BOLD}" size="{st.LEAD}" color="{st.hex_of(st.ACCENT)}">'
                    f"Decision: {markup(data.decision)}</font>", s.body),
        c.para(f"by {data.decision_by}, {when}".strip(", "), s.small, ltr=True),
    ]
    if data.decision_rationale:
        items += [c.spacer(1.5 * mm),
                  *c.flow(data.decision_rationale, s.body, width=width - c.CALLOUT_PADDING)]
    return c.callout(items, width)


def _headline(data: DebriefData, width: float) -> Table:
    s = st.styles()
    score = score_text(data.weighted_score) if data.weighted_score is not None else "—"
    left: list[Flowable] = [
        c.rich_para(f'{score}<font size="{st.BODY}" color="{st.hex_of(st.MUTED)}"> / 4</font>',
                    s.big_number),
        c.para(_label(data.weighted_score) if data.weighted_score is not None
               else "Sealed until you submit your scorecard" if data.sealed
               else "No ratings yet", s.cell_bold),
        c.para("Role-weighted score", s.small),
    ]
    tally = {r: 0 for r in Rating}
    for _, value in data.recommendations:
        tally[Rating(value)] += 1
    right: list[Flowable] = [c.para("Overall recommendations", s.cell_bold)]
    if data.sealed and not data.recommendations:  # sealed, not "0 of each"
        right.append(c.para("Sealed until you submit your scorecard", s.cell))
    else:
        right += [c.para(f"{r.label}: {n}", s.cell) for r, n in reversed(tally.items())]
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBEFORE", (1, 0), (1, 0), 0.6, st.RULE), ("LEFTPADDING", (1, 0), (1, 0), 12),
    ]))
    return table


def _axes(data: DebriefData, width: float) -> Table:
    rows, tints = [], {}
    for i, a in enumerate(data.axis_scores):
        note = ""
        if a.spread >= SPREAD_TO_DISCUSS:
            note = "Ratings differ by two steps or more: discuss"
        elif a.weight_percent > 0 and a.count == 0:
            note = ("Sealed: others' ratings show once you submit yours" if data.sealed
                    else "Weighted by the role, but nobody assessed it")
        sealed = data.sealed and a.count == 0  # others' ratings are there, not shown
        rows.append([a.label, f"{a.weight_percent:.0f}%",
                     "Sealed" if sealed else _label(a.average), "—" if sealed else str(a.count),
                     note])
        if a.average is not None:
            tints[(2, i)] = st.RATING_TINTS[nearest_rating(a.average)]
    return c.grid(["Axis", "Weight", "Mean", "Ratings", ""], rows,
                  [50 * mm, 18 * mm, 32 * mm, 17 * mm, width - 117 * mm], tints=tints)


def _grid(data: DebriefData, width: float) -> Table:
    first = 44 * mm
    rec = 22 * mm
    col = (width - first - rec) / max(1, len(data.axes))
    rows, tints = [], {}
    for i, card in enumerate(data.scorecards):
        who = f"{c.fit(card.interviewer, c.GRID_NAME)}\n{c.fit(card.step, c.GRID_NAME)}"
        row: list[c.Cell] = [c.para(who, st.styles().cell, ltr=True)]
        for j, axis in enumerate(data.axes, 1):
            if axis not in card.scores:
                row.append("")
                continue
            value = card.scores[axis]
            row.append(Rating(value).label if value else "n.a.")
            if value:
                tints[(j, i)] = st.RATING_TINTS[value]
        row.append(card.recommendation)
        if card.recommendation_value:
            tints[(len(data.axes) + 1, i)] = st.RATING_TINTS[card.recommendation_value]
        rows.append(row)
    return c.grid(["Interviewer and step", *(SHORT.get(a, a) for a in data.axes), "Overall"],
                  rows,
                  [first, *([col] * len(data.axes)), rec], centered_from=1, tints=tints)


def _moved(data: DebriefData, width: float) -> list[Flowable]:
    """Estimate, discuss, estimate: the weighted score before and after the discussion, and
    each revision with its reason."""
    s = st.styles()

    def score(value: float | None) -> str:  # as the debrief screen says it: 3, 3.4
        return "—" if value is None else score_text(value).removesuffix(".0")

    out: list[Flowable] = [
        c.heading("What moved in the discussion"),
        c.para(f"Role-weighted score before the discussion {score(data.weighted_before)}, "
               f"after it {score(data.weighted_after)} (scorecards only; each person's "
               "revised score where they revised it).", s.small),
        c.spacer(1.5 * mm),
    ]
    items = c.bullets(data.moved, width=width) if data.moved else \
        [c.para("Nobody revised a score after the discussion.", s.body)]
    # the heading stays on the page of the first line under it
    return [KeepTogether([*out, items[0]]), *items[1:]]


def _review(review: ReviewView, width: float, what: str, result: str) -> list[Flowable]:
    s = st.styles()
    head = f"{review.title} · {review.by} · {review.when}"
    out: list[Flowable] = [c.heading(head, ltr=True)]
    if review.rating:
        out.append(c.labelled("Overall:", review.rating, s.body))
    for link in review.links:
        out.append(c.labelled("Looked at:", link, s.small))
    if review.summary:
        out += c.flow(review.summary, s.body, width=width)
    if review.lines:
        tints = {(1, i): st.RATING_TINTS[RATING_VALUES[line.rating]]
                 for i, line in enumerate(review.lines) if line.rating in RATING_VALUES}
        table, below = c.ratings_table([what, result, "Evidence and notes"], review.lines,
                                       tints, width)
        out += [*c.keep_together([c.spacer(1.5 * mm), table],
                                 sum(len(line.evidence) for line in review.lines
                                     if len(line.evidence) <= c.CELL_TEXT)), *below]
    return out
