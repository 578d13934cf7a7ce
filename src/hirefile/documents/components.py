"""The pieces documents are composed of: headings, fact tables, grids, ruled lines, boxes.

Every piece takes plain strings and runs them through `text.markup`, so a document module can
never hand user text to ReportLab unescaped. Tables allow a row to split across pages
(`splitInRow`), so a 5,000-character answer cannot make a cell taller than a page.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hirefile.documents import styles as st
from hirefile.documents.data import Letterhead, ScorecardView
from hirefile.documents.text import markup

log = logging.getLogger(__name__)

BOX = "\u2610"  # ☐ BALLOT BOX, in DejaVu Sans
Cell = str | Flowable | list[Flowable]


def para(text: object, style: ParagraphStyle | None = None, *, ltr: bool = False) -> Paragraph:
    """A paragraph showing `text` literally (`ltr`: composed from parts, see `markup`)."""
    return Paragraph(markup(text, ltr=ltr), style or st.styles().body)


def rich_para(built: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph from markup this package built: constants around `markup()` results."""
    return Paragraph(built, style or st.styles().body)


def labelled(label: str, text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """`Label: text` with the label in bold (label and text both escaped)."""
    return Paragraph(f'<font name="{st.SANS_BOLD}">{markup(label)}</font> '
                     f"{markup(text, ltr=True)}", style or st.styles().body)


def heading(text: object, level: int = 2, *, ltr: bool = False) -> Paragraph:
    s = st.styles()
    return para(text, {1: s.h1, 2: s.h2, 3: s.h3}[level], ltr=ltr)


def rule(width: float | str = "100%", color: Any = None, thickness: float = 0.6,
         space: float = 4) -> HRFlowable:
    return HRFlowable(width=width, thickness=thickness, color=color or st.RULE,
                      spaceBefore=space, spaceAfter=space, hAlign="LEFT")


def bullets(items: Sequence[str], style: ParagraphStyle | None = None) -> list[Flowable]:
    style = style or st.styles().bullet
    return [Paragraph(markup(item), style, bulletText="•") for item in items if item.strip()]


def numbered(items: Sequence[str], style: ParagraphStyle | None = None) -> list[Flowable]:
    style = style or st.styles().bullet
    return [Paragraph(markup(item), style, bulletText=f"{i}.")
            for i, item in enumerate(items, 1)]


def cell(value: Cell, style: ParagraphStyle | None = None) -> Flowable | list[Flowable]:
    """A table cell: flowables as they are, text as a paragraph."""
    if isinstance(value, (Flowable, list)):
        return value
    return para(value, style or st.styles().cell)


def facts_table(rows: Sequence[tuple[str, Cell]], width: float,
                label_width: float = 36 * mm) -> Table:
    """Label / value rows (the "at a glance" blocks); rows without a value are left out."""
    s = st.styles()
    data = [[para(label, s.label), cell(value)] for label, value in rows
            if not isinstance(value, str) or value.strip()]
    if not data:
        data = [[para("—", s.label), para("", s.cell)]]
    table = Table(data, colWidths=[label_width, width - label_width], splitInRow=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, st.RULE),
        ("TOPPADDING", (0, 0), (0, -1), 4.5),
    ]))
    return table


def grid(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
         centered_from: int | None = None,
         tints: dict[tuple[int, int], Any] | None = None) -> Table:
    """A table with a tinted header row, light rules and a header repeated on each page.

    `centered_from`: columns from this index on are centred (rating columns). `tints`:
    background colours by (column, row) of the body, for ratings.
    """
    s = st.styles()

    def head_cell(i: int, text: str) -> Flowable:
        centered = centered_from is not None and i >= centered_from
        return para(text, s.cell_head_center if centered else s.cell_head)

    def body_cell(i: int, value: Cell) -> Flowable | list[Flowable]:
        centered = centered_from is not None and i >= centered_from
        return cell(value, s.cell_center if centered else s.cell)

    data = [[head_cell(i, h) for i, h in enumerate(header)]]
    data += [[body_cell(i, v) for i, v in enumerate(row)] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT_TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, st.RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for (col, row), color in (tints or {}).items():
        commands.append(("BACKGROUND", (col, row + 1), (col, row + 1), color))
    table.setStyle(TableStyle(commands))
    return table


#: Horizontal room a callout's padding and accent bar take from its contents.
CALLOUT_PADDING = 23.0


def callout(flowables: Sequence[Flowable], width: float) -> Table:
    """A tinted box with an accent bar: the few things a reader must not miss."""
    table = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, st.ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


class RuledLines(Flowable):
    """Lines to write on, for answers and evidence on a printed page, with an optional small
    label above them. One flowable, so the label never sits on one page and its lines on the
    next (and no nested KeepTogether, which ReportLab pushes to a new page)."""

    def __init__(self, count: int, label: str | None = None, gap: float = 7.5 * mm) -> None:
        super().__init__()
        self.count, self.gap = count, gap
        self.label = para(label, st.styles().note) if label else None
        self._label_h = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        if self.label is not None:
            self._label_h = self.label.wrap(available_width, available_height)[1] + 1
        return available_width, self._label_h + self.count * self.gap + 2

    def draw(self) -> None:
        c = self.canv
        lines_h = self.count * self.gap
        if self.label is not None:
            self.label.drawOn(c, 0, lines_h + 2)
        c.setStrokeColor(st.RULE)
        c.setLineWidth(0.5)
        for i in range(self.count):
            y = lines_h - (i + 1) * self.gap + 1
            c.line(0, y, self.width, y)


def ruled(count: int, label: str | None = None) -> list[Flowable]:
    """Optionally a small label, then `count` ruled lines (one flowable, kept together)."""
    return [RuledLines(count, label)]


def boxes(labels: Sequence[str]) -> str:
    """`☐ Strong no   ☐ No …` as markup (our labels, escaped all the same)."""
    return "&nbsp;&nbsp;&nbsp;&nbsp;".join(
        f'<font size="13" color="{st.hex_of(st.MUTED)}">{BOX}</font>&nbsp;{markup(label)}'
        for label in labels)


def box_cells(count: int) -> list[Flowable]:
    """Boxes to tick, one per column of a rating grid."""
    return [Paragraph(BOX, st.styles().box) for _ in range(count)]


def spacer(height: float) -> Spacer:
    return Spacer(1, height)


def logo_image(letterhead: Letterhead, max_width: float, max_height: float) -> Image | None:
    """The company's logo scaled to fit, or None (none set, or an image that cannot be read:
    a letter without its logo is better than no letter)."""
    if not letterhead.logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(letterhead.logo))
        w, h = reader.getSize()
    except Exception:  # a damaged image: ReportLab and Pillow raise many kinds of error
        log.warning("the company logo could not be read; left out of the document")
        return None
    scale = min(max_width / w, max_height / h)
    return Image(io.BytesIO(letterhead.logo), width=w * scale, height=h * scale,
                 hAlign="LEFT")


def letterhead(lh: Letterhead, width: float) -> Table:
    """Logo on the left; the company's name, address and website on the right."""
    s = st.styles()
    details: list[Flowable] = [para(lh.name or " ", s.company)]
    lines = [line for line in lh.address.splitlines() if line.strip()]
    if lh.website:
        lines.append(lh.website)
    if lines:
        details.append(para("\n".join(lines), s.company_detail))
    logo = logo_image(lh, 55 * mm, 20 * mm)
    table = Table([[logo or "", details]], colWidths=[width * 0.45, width * 0.55],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def scorecard_block(card: ScorecardView, width: float,
                    lead: Sequence[Flowable] = ()) -> list[Flowable]:
    """One submitted scorecard: who, when, the recommendation, each rating with evidence.
    `lead` (a section heading) is kept on the same page as the scorecard's start."""
    s = st.styles()
    rows = [[line.label, line.rating, line.evidence] for line in card.ratings]
    head: list[Flowable] = [
        *lead,
        heading(f"{card.interviewer} · {card.step}", 3, ltr=True),
        labelled("Recommendation:", f"{card.recommendation}   ·   {card.when}", s.small),
        spacer(1.5 * mm),
    ]
    if rows:
        tints = {(1, i): st.RATING_TINTS[v] for i, line in enumerate(card.ratings)
                 if (v := card.scores.get(line.label))}
        head.append(grid(["Axis", "Rating", "Evidence"], rows,
                         [42 * mm, 24 * mm, width - 66 * mm], tints=tints))
    out: list[Flowable] = [KeepTogether(head)]
    if card.takeaways:
        out += [spacer(1.5 * mm), labelled("Takeaways:", card.takeaways, s.body)]
    out.append(spacer(3 * mm))
    return out
