"""Page templates: the running header, the footer with "Page 3 of 7", the draft mark.

Every document is built by `build_pdf(story, PageSetup(...))`. The header and footer are drawn
by the page template's `onPage` hook; the total page count is only known at the end, so the
canvas keeps each page until the document is complete and then numbers them all.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.flowables import SetTopFlowables

from hirefile.documents import styles as st
from hirefile.documents.components import HEADER, META, Para, Spot, fit
from hirefile.documents.text import markup
from hirefile.fsutil import atomic_path

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_Y = 13 * mm  # from the top edge
FOOTER_Y = 10 * mm  # from the bottom edge
PAGE_SIZES = {"A4": A4, "LETTER": LETTER}


@dataclass(frozen=True)
class PageSetup:
    """What the running header and footer say. `kind` is ours; the rest is user text."""

    kind: str
    subject: str
    company: str
    footer_note: str = ""
    page_size: str = "A4"
    header_on_first_page: bool = True
    draft: bool = False
    #: A word across every page (DECLINED, WITHDRAWN…), in the alert colour; `draft` marks
    #: DRAFT in grey.
    mark: str = ""


def page_width(setup: PageSetup) -> float:
    return float(PAGE_SIZES.get(setup.page_size, A4)[0] - 2 * MARGIN_X)


def frame_height(setup: PageSetup) -> float:
    return float(PAGE_SIZES.get(setup.page_size, A4)[1] - MARGIN_TOP - MARGIN_BOTTOM)


#: A new section starts on the same page when at least this part of the page is still free
#: (the page holds only the end of the section before), else on a new page: never a page
#: with a few lines on it.
SECTION_ROOM = 0.6


def section_break(setup: PageSetup) -> Flowable:
    """Between two sections (the packet's steps and guides): a new page, unless the page so
    far holds so little that it would be left nearly empty."""
    return CondPageBreak(frame_height(setup) * SECTION_ROOM)


def running_heading(title: str) -> list[Flowable]:
    """From here on, each new page starts with `title (continued)`, until `end_running`: a
    section that breaks across pages says on each page what it is."""
    s = st.styles()
    style = ParagraphStyle("continued", parent=s.h2, spaceBefore=0, keepWithNext=0)
    return [SetTopFlowables([Para(markup(f"{title} (continued)", ltr=True), style)])]


def end_running() -> Flowable:
    return SetTopFlowables([])


def build_pdf(story: list[Flowable], setup: PageSetup) -> bytes:
    """Lay out `story` on pages with the header and footer of `setup`; the PDF's bytes."""
    st.register_base()
    size = PAGE_SIZES.get(setup.page_size, A4)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{setup.kind} — {fit(setup.subject, META)}",
        author=fit(setup.company, META), creator="Hirefile", subject=setup.kind,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, size[0] - 2 * MARGIN_X,
                  size[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", frames=[frame],
                                       onPage=functools.partial(_decorate, setup))])
    doc.keepTogetherClass = _KeepWithNext
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buf.getvalue()


class _KeepWithNext(KeepTogether):
    """What `keepWithNext` binds (a heading and the block after it): to the next page when it
    does not fit, unless it could not fit any page and nearly half of this one is left, where
    it starts (a long table or text would otherwise leave most of a page blank)."""

    #: The part of a page that must be left for a block longer than a page to start on it.
    ROOM = 0.45

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        height = frame._height if frame is not None else aH
        if height < self._H and aH > height * self.ROOM:
            return list(self._content)
        return list(super().split(aW, aH))


def write_output(path: Path | str, data: bytes) -> Path:
    """Write a finished document atomically: the old file or the complete new one, never
    half; a folder that is missing or not writable, or a full disk, is a `StorageFailure`."""
    target = Path(path).expanduser()
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return target


def _decorate(setup: PageSetup, canvas: Canvas, doc: Any) -> None:
    width, height = doc.pagesize
    canvas.saveState()
    if setup.draft or setup.mark:
        _draft_mark(canvas, width, height, setup.mark or "DRAFT",
                    st.ALERT if setup.mark else st.RULE)
    if setup.header_on_first_page or canvas.getPageNumber() > 1:
        inner = width - 2 * MARGIN_X
        kind = (f'<font name="{st.SANS_BOLD}" color="{st.hex_of(st.ACCENT)}">'
                f"{markup(setup.kind)}</font>&nbsp;&nbsp;&nbsp;")
        _one_line(canvas, _fitted(kind, setup.subject, "header", inner * 0.68, True),
                  MARGIN_X, height - HEADER_Y)
        _one_line(canvas, _fitted("", setup.company, "header_right", inner * 0.3, False),
                  MARGIN_X + inner * 0.7, height - HEADER_Y)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.6)
        y = height - HEADER_Y - 4.5 * mm
        canvas.line(MARGIN_X, y, width - MARGIN_X, y)
    if setup.footer_note:
        _one_line(canvas, _fitted("", setup.footer_note, "header",
                                  (width - 2 * MARGIN_X) * 0.78, False),
                  MARGIN_X, FOOTER_Y + 3 * mm)
    canvas.restoreState()


def _one_line(canvas: Canvas, p: Paragraph, x: float, top: float) -> None:
    _, h = p.wrapOn(canvas, p.width, 30 * mm)  # the width `_fitted` wrapped it to
    p.drawOn(canvas, x, top - h)


@functools.lru_cache(maxsize=64)
def _fitted(prefix: str, text: str, style_name: str, width: float, ltr: bool) -> Paragraph:
    """User text on one line of a header or footer after `prefix` (markup of ours), shortened
    (`fit`, then shorter still) until it fits `width`. The same on every page: worked out
    once (a `Para` keeps its lines, so each page only draws it)."""
    style: ParagraphStyle = getattr(st.styles(), style_name)
    limit = HEADER.chars
    while True:
        p = Para(prefix + markup(fit(text, Spot(limit)), ltr=ltr), style)
        _, h = p.wrap(width, 30 * mm)
        if h <= style.leading * 1.2 or limit <= 8:
            break
        limit = int(limit * 0.85)
    return p


def _draft_mark(canvas: Canvas, width: float, height: float, word: str, color: Any) -> None:
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.setFillAlpha(0.45 if color is st.RULE else 0.13)
    size = min(96.0, 0.95 * (width ** 2 + height ** 2) ** 0.5 /
               max(1.0, canvas.stringWidth(word, st.SANS_BOLD, 1)))
    canvas.setFont(st.SANS_BOLD, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -size * 0.3, word)
    canvas.restoreState()


class _NumberedCanvas(Canvas):
    """Keeps every page until the end, then writes "Page n of N" on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kept: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._kept)
        for state in self._kept:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.saveState()
            self.setFont(st.SANS, st.SMALL)
            self.setFillColor(st.MUTED)
            self.drawRightString(width - MARGIN_X, FOOTER_Y + 3 * mm - st.SMALL,
                                 f"Page {self._pageNumber} of {total}")
            self.restoreState()
            super().showPage()
        super().save()
