"""The pieces documents are composed of: headings, fact tables, grids, ruled lines, boxes.

Every piece takes plain strings and runs them through `text.markup`, so a document module can
never hand user text to ReportLab unescaped.

Text of any length the app accepts must lay out, fast. Two rules, decided per spot:
- where the page can flow (the body, a table's rows), a text is shown whole: `flow` cuts it into
  pieces of at most `PIECE_LINES` lines, shown one after the other with no gap; a table shows
  a long cell as several rows (a row never grows taller than a page, and the table breaks
  between them);
- where it cannot (a running header or footer, the letterhead, a name in a summary grid that is
  shown whole elsewhere), `fit` shortens it with "…" to what that `Spot` holds.
"""

from __future__ import annotations

import copy
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

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
from hirefile.documents.data import Letterhead, RatingLine, ScorecardView
from hirefile.documents.text import breakable, clean, markup, pieces, shorten
from hirefile.domain.limits import SHORT

log = logging.getLogger(__name__)

BOX = "\u2610"  # ☐ BALLOT BOX, in DejaVu Sans
Cell: TypeAlias = "str | Flowable | list[Flowable]"


class Para(Paragraph):
    """A paragraph that remembers how it wrapped at a width, made of as few pieces as its
    styles need.

    A table wraps every cell again each time it breaks across a page, so a long table would
    wrap its last rows once per page before them (quadratic); a paragraph's lines depend only
    on its width, so they are worked out once.

    ReportLab's parser starts a new fragment at every escaped character (`&amp;`, `&lt;`), so
    a line of user text with a few of them became dozens of fragments in the same font, each
    measured and drawn on its own (and a paragraph of more than one fragment never takes
    ReportLab's fast path). Neighbours that differ only by their text are joined
    (`same_style`): the same lines and glyphs, drawn once per run of one style.
    """

    frags: list[Any]  # ReportLab's, set by its parser
    style: ParagraphStyle

    def __init__(self, text: str | None, style: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.frags = joined_frags(self.frags)
        if st.SHAPED_FONTS and any(getattr(f, "fontName", None) in st.SHAPED_FONTS
                                   for f in self.frags):
            # Indic text: shaped (see `shaping.shape_word`)
            self.style = st.shaping(self.style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = getattr(self, "_wrapped", None)
        if done is not None and done[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = done
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.width, self.height, self.blPara, self._wrapWidths)
        return size


#: What marks a fragment that is more than text in a style (a line break, an image, a
#: callback, a self-closing tag): never joined with another.
_SPECIAL = ("lineBreak", "cbDefn", "_selfClosingTag")


def same_style(a: Any, b: Any) -> bool:
    """Whether two fragments of a paragraph differ only by their text."""
    d, e = a.__dict__, b.__dict__
    if len(d) != len(e) or any(k in d or k in e for k in _SPECIAL):
        return False
    return all(k == "text" or (k in e and (e[k] is v or e[k] == v)) for k, v in d.items())


def joined_frags(frags: list[Any]) -> list[Any]:
    """`frags` with each run of neighbours in the same style joined into one fragment."""
    if len(frags) < 2:
        return frags
    out = [frags[0]]
    texts: list[list[str]] = [[]]  # the texts joined to each fragment of `out`
    for frag in frags[1:]:
        last = out[-1]
        if isinstance(getattr(last, "text", None), str) and \
                isinstance(getattr(frag, "text", None), str) and same_style(last, frag):
            texts[-1].append(frag.text)
        else:
            out.append(frag)
            texts.append([])
    for i, more in enumerate(texts):
        if more:  # a copy: the fragments may be shared with the paragraph this was split from
            out[i] = copy.copy(out[i])
            out[i].text = "".join([out[i].text, *more])
    return out


# what each spot shows of a text ----------------------------------------------------------------

@dataclass(frozen=True)
class Spot:
    """A place that cannot flow over pages: the most characters and lines it shows."""

    chars: int
    lines: int = 1


#: The running header and footer (then shortened further until the line fits).
HEADER = Spot(100)
#: The PDF's title and author, as a viewer's title bar and file list show them.
META = Spot(80)
#: The company's name, address and website in the letterhead (whole in the letter's closing).
LETTERHEAD_NAME = Spot(120)
LETTERHEAD_ADDRESS = Spot(400, 6)
LETTERHEAD_LINK = Spot(90)
#: A name or title in a summary grid; the section it sums up shows it whole.
GRID_NAME = Spot(90)
#: One paragraph of names, titles and links (`para`): the longest such line within the limits
#: (a link and its label) is 2,300 characters.
PARA = Spot(3_000, 40)
#: A one-line field where the page cannot break (the letter's addressee and signature, the
#: job description's facts): whole up to the field limits (`domain.limits.SHORT` and under,
#: with room for what a document adds, "(remote)"), shortened past them, as in a file
#: written before the limits.
FIELD = Spot(SHORT + 100)


def fit(text: object, spot: Spot) -> str:
    """`text` shortened with "…" to what `spot` shows: THE way a document shortens text."""
    return shorten(text, spot.chars, spot.lines)


# text that flows ------------------------------------------------------------------------------

#: The most lines one piece of a long text holds: any table row or page has room for it, and
#: ReportLab wraps a piece this size in linear time (a 20,000-character paragraph is not).
PIECE_LINES = 20
#: Width of the body of an A4 page (what `flow` assumes when not told).
BODY_WIDTH = 481.9
_JOINED: dict[tuple[str, bool, bool], ParagraphStyle] = {}
#: More than one blank line in a row shows as one (a page of nothing helps no reader).
_BLANK_LINES = re.compile(r"\n[ \u00a0]*(?:\n[ \u00a0]*){2,}")


def _joined(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """`style` for one piece of a text cut into several: no space between the pieces, and
    only the last one kept with what follows."""
    key = (style.name, first, last)
    if key not in _JOINED:
        _JOINED[key] = ParagraphStyle(
            f"{style.name}-{int(first)}{int(last)}", parent=style,
            spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0,
            keepWithNext=getattr(style, "keepWithNext", 0) if last else 0)
    return _JOINED[key]


def flow(text: object, style: ParagraphStyle | None = None, *, width: float = BODY_WIDTH,
         lead: str = "", bullet: str | None = None, ltr: bool = False) -> list[Paragraph]:
    """A user's text of any length as paragraphs that break across pages and table rows.

    `lead`: markup this package built, put before the text (a bold label); `bullet`: the
    first piece's bullet; `width`: where the text goes (a column's width), for the pieces to
    fit it."""
    style = style or st.styles().body
    cleaned = _BLANK_LINES.sub("\n\n", clean(str(text or "")).strip("\n"))
    if not cleaned and not lead:
        return []
    room = width - style.leftIndent - 1
    # long words broken first, so that pieces end where a line ends
    cleaned = breakable(cleaned, style.fontName, style.fontSize, room)
    parts = pieces(cleaned, int(room / style.fontSize), PIECE_LINES - 1) if cleaned else [""]
    out = []
    for i, part in enumerate(parts):
        first, last = i == 0, i == len(parts) - 1
        built = markup(part, ltr=ltr)
        if first and lead:
            built = f"{lead} {built}"
        out.append(Para(built, style if first and last else _joined(style, first, last),
                        bulletText=bullet if first else None))
    return out


def keep_together(flowables: Sequence[Flowable], size: int) -> list[Flowable]:
    """The flowables on one page when their user text (`size` characters) is short; else as
    they come (a page break before a block longer than a page would only waste the page)."""
    if size <= KEEP_CHARS:
        return [KeepTogether(list(flowables))]
    return list(flowables)


#: The most characters of user text a block kept on one page may hold.
KEEP_CHARS = 1_500


def para(text: object, style: ParagraphStyle | None = None, *, ltr: bool = False) -> Paragraph:
    """A paragraph showing `text` literally (`ltr`: composed from parts, see `markup`): for
    a name, a title, a link, a line composed of such; longer text goes through `flow`. Past
    `PARA` (only a file written before the limits has such a name), shortened."""
    return Para(markup(_capped(text), ltr=ltr), style or st.styles().body)


def _capped(text: object) -> str:
    text = "" if text is None else str(text)
    return fit(text, PARA) if len(text) > PARA.chars else text


def rich_para(built: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph from markup this package built: constants around `markup()` results."""
    return Para(built, style or st.styles().body)


def labelled(label: str, text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """`Label: text` with the label in bold (label and text both escaped)."""
    return Para(f"{bold(label)} {markup(_capped(text), ltr=True)}", style or st.styles().body)


def labelled_flow(label: str, text: object, style: ParagraphStyle | None = None, *,
                  width: float = BODY_WIDTH, ltr: bool = False) -> list[Paragraph]:
    """`Label: text` for text of any length (see `flow`)."""
    return flow(text, style, width=width, lead=bold(label), ltr=ltr)


def bold(label: str) -> str:
    return f'<font name="{st.SANS_BOLD}">{markup(label)}</font>'


def heading(text: object, level: int = 2, *, ltr: bool = False) -> Paragraph:
    s = st.styles()
    return para(text, {1: s.h1, 2: s.h2, 3: s.h3}[level], ltr=ltr)


def rule(width: float | str = "100%", color: Any = None, thickness: float = 0.6,
         space: float = 4) -> HRFlowable:
    return HRFlowable(width=width, thickness=thickness, color=color or st.RULE,
                      spaceBefore=space, spaceAfter=space, hAlign="LEFT")


def bullets(items: Sequence[str], style: ParagraphStyle | None = None, *,
            width: float = BODY_WIDTH) -> list[Flowable]:
    style = style or st.styles().bullet
    return [p for item in items if item.strip()
            for p in flow(item, style, width=width, bullet="•")]


def cell(value: Cell, style: ParagraphStyle | None = None, *,
         width: float = BODY_WIDTH) -> list[Flowable]:
    """A table cell as the flowables of its rows: flowables as they are, text in pieces that
    each fit a row (`flow`) in a column `width` wide."""
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, list):
        return value
    return flow(value, style or st.styles().cell, width=width)


def _stacked(cells: Sequence[list[Flowable]]) -> list[list[Flowable | str]]:
    """One table row whose cells hold several flowables, as rows of one flowable each."""
    height = max(1, *(len(c) for c in cells))
    return [[c[k] if k < len(c) else "" for c in cells] for k in range(height)]


def _row_commands(spans: Sequence[tuple[int, int]]) -> list[tuple[Any, ...]]:
    """Padding that makes the rows a long cell was cut into read as one (no gap, no rule
    between them), for `spans` of (first, last) table rows."""
    commands: list[tuple[Any, ...]] = []
    for first, last in spans:
        if last > first:
            commands += [("TOPPADDING", (0, first + 1), (-1, last), 0),
                         ("BOTTOMPADDING", (0, first), (-1, last - 1), 0)]
    return commands


def facts_table(rows: Sequence[tuple[str, Cell]], width: float,
                label_width: float = 36 * mm) -> Table:
    """Label / value rows (the "at a glance" blocks); rows without a value are left out. A
    long value takes several table rows, so the table breaks across pages."""
    s = st.styles()
    pad = 6
    data: list[list[Flowable | str]] = []
    spans: list[tuple[int, int]] = []
    for label, value in rows:
        if isinstance(value, str) and not value.strip():
            continue
        first = len(data)
        data += _stacked([[para(label, s.label)], cell(value, width=width - label_width - pad)])
        spans.append((first, len(data) - 1))
    if not data:
        data, spans = [[para("—", s.label), para("", s.cell)]], [(0, 0)]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (0, -1), 4.5),
        *_row_commands(spans),
    ]
    commands += [("LINEBELOW", (0, last), (-1, last), 0.4, st.RULE) for _, last in spans[:-1]]
    table.setStyle(TableStyle(commands))
    return table


def grid(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
         centered_from: int | None = None,
         tints: dict[tuple[int, int], Any] | None = None) -> Table:
    """A table with a tinted header row, light rules and a header repeated on each page.

    `centered_from`: columns from this index on are centred (rating columns). `tints`:
    background colours by (column, row) of the body, for ratings. A long cell takes several
    table rows (see `facts_table`).
    """
    s = st.styles()
    pad = 5

    def centered(i: int) -> bool:
        return centered_from is not None and i >= centered_from

    data: list[list[Flowable | str]] = [
        [para(h, s.cell_head_center if centered(i) else s.cell_head)
         for i, h in enumerate(header)]]
    spans: list[tuple[int, int]] = []
    for row in rows:
        first = len(data)
        data += _stacked([cell(v, s.cell_center if centered(i) else s.cell,
                               width=widths[i] - 2 * pad) for i, v in enumerate(row)])
        spans.append((first, len(data) - 1))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT_TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *_row_commands(spans),
    ]
    commands += [("LINEBELOW", (0, last), (-1, last), 0.4, st.RULE) for _, last in spans]
    for (col, at), color in (tints or {}).items():
        top, bottom = spans[at]
        commands.append(("BACKGROUND", (col, top), (col, bottom), color))
    table.setStyle(TableStyle(commands))
    return table


#: Horizontal room a callout's padding and accent bar take from its contents.
CALLOUT_PADDING = 23.0


def callout(flowables: Sequence[Flowable], width: float) -> Table:
    """A tinted box with an accent bar: the few things a reader must not miss. One row per
    flowable, so a long text in it (`flow`, `width - CALLOUT_PADDING` wide) breaks across
    pages."""
    rows = [[f] for f in flowables] or [[""]]
    table = Table(rows, colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, st.ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
    ]))
    return table


def alert(text: str, width: float) -> Table:
    """A box in the alert colour for what changes how a whole document reads (a declined
    offer, a debrief with nothing in it), said in words at the top."""
    table = Table([[para(text, st.styles().banner)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), st.ALERT_TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, st.ALERT),
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
        f'<font size="{st.LEAD}" color="{st.hex_of(st.MUTED)}">{BOX}</font>&nbsp;{markup(label)}'
        for label in labels)


def box_cells(count: int) -> list[Flowable]:
    """Boxes to tick, one per column of a rating grid."""
    return [Para(BOX, st.styles().box) for _ in range(count)]


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
    details: list[Flowable] = [para(fit(lh.name, LETTERHEAD_NAME) or " ", s.company)]
    lines = [fit(lh.address, LETTERHEAD_ADDRESS)] if lh.address.strip() else []
    if lh.website:
        lines.append(fit(lh.website, LETTERHEAD_LINK))
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


#: Evidence longer than this is written out below its table, across the page: a narrow
#: column pages long is hard to read (and costs more lines to lay out).
CELL_TEXT = 1_200


def ratings_table(header: Sequence[str], lines: Sequence[RatingLine],
                  tints: dict[tuple[int, int], Any], width: float) -> tuple[Table, list[Flowable]]:
    """A grid of label, rating and evidence, and the long evidence written out after it."""
    s = st.styles()
    rows: list[list[Cell]] = []
    below: list[Flowable] = []
    for line in lines:
        if len(line.evidence) <= CELL_TEXT:
            rows.append([line.label, line.rating, line.evidence])
            continue
        rows.append([line.label, line.rating, para("Written out below the table.", s.note)])
        below += [spacer(2 * mm),
                  *labelled_flow(f"{line.label} ({line.rating}):", line.evidence, s.body,
                                 width=width)]
    return grid(header, rows, [42 * mm, 24 * mm, width - 66 * mm], tints=tints), below


def scorecard_block(card: ScorecardView, width: float,
                    lead: Sequence[Flowable] = ()) -> list[Flowable]:
    """One submitted scorecard: who, when, the recommendation, each rating with evidence.
    `lead` (a section heading) is kept on the same page as the scorecard's start."""
    s = st.styles()
    head: list[Flowable] = [
        *lead,
        heading(f"{card.interviewer} · {card.step}", 3, ltr=True),
        labelled("Recommendation:", f"{card.recommendation}   ·   {card.when}", s.small),
        spacer(1.5 * mm),
    ]
    below: list[Flowable] = []
    if card.ratings:
        tints = {(1, i): st.RATING_TINTS[v] for i, line in enumerate(card.ratings)
                 if (v := card.scores.get(line.label))}
        table, below = ratings_table(["Axis", "Rating", "Evidence"], card.ratings, tints, width)
        head.append(table)
    out = [*keep_together(head, sum(len(line.evidence) for line in card.ratings
                                    if len(line.evidence) <= CELL_TEXT)), *below]
    if card.takeaways:
        out += [spacer(1.5 * mm), *labelled_flow("Takeaways:", card.takeaways, s.body,
                                                 width=width)]
    out.append(spacer(3 * mm))
    return out
