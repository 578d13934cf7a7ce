"""Reading a PDF's layout back, for the documents' layout tests: each page's lines of text with
where they sit and in which font and size (pypdf), the part of the page's text area used, and
the headings a page ends on."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader

#: The body's frame (templates.py): 24 mm from the top, 20 mm from the bottom, in points.
TOP_MARGIN = 24 * 72 / 25.4
BOTTOM_MARGIN = 20 * 72 / 25.4
#: Text larger than this is a watermark across the page (DRAFT, DECLINED), not the body's.
WATERMARK = 30


@dataclass(frozen=True)
class Line:
    text: str
    y: float
    font: str
    size: float

    @property
    def bold(self) -> bool:
        return "Bold" in self.font


@dataclass(frozen=True)
class Page:
    number: int
    height: float
    lines: tuple[Line, ...]

    @property
    def body(self) -> tuple[Line, ...]:
        """The lines inside the body's frame (no running header or footer, no watermark)."""
        top, bottom = self.height - TOP_MARGIN + 2, BOTTOM_MARGIN - 2
        return tuple(line for line in self.lines
                     if bottom <= line.y <= top and line.size <= WATERMARK)

    @property
    def used(self) -> float:
        """The part of the frame's height between its first and last line of text."""
        body = self.body
        if not body:
            return 0.0
        frame = self.height - TOP_MARGIN - BOTTOM_MARGIN
        top = self.height - TOP_MARGIN
        lowest = min(line.y for line in body)
        return (top - lowest) / frame

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def pages(pdf: bytes) -> list[Page]:
    out = []
    for n, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        pieces: list[tuple[float, str, str, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  pieces: list[tuple[float, str, str, float]] = pieces) -> None:
            if not text.strip():
                return
            name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            y = cm[5] + tm[5] * cm[3]
            pieces.append((round(y, 1), text.strip(), name, float(size) * abs(tm[3] or 1)))

        page.extract_text(visitor_text=visit)
        lines: list[Line] = []
        for y, text, font, size in pieces:
            if lines and abs(lines[-1].y - y) < 0.5:
                last = lines[-1]
                lines[-1] = Line(f"{last.text} {text}", last.y, last.font,
                                 max(last.size, size))
            else:
                lines.append(Line(text, y, font, size))
        out.append(Page(n, float(page.mediabox.height), tuple(lines)))
    return out


def near_empty_pages(pdf: bytes | list[Page], least: float = 0.15) -> list[int]:
    """Pages but the last whose text uses less than `least` of the text area's height."""
    found = pages(pdf) if isinstance(pdf, bytes) else pdf
    return [p.number for p in found[:-1] if p.used < least]


def is_heading(line: Line) -> bool:
    """A section heading (h1, h2: bold, larger than the body's 9.5 pt)."""
    return line.bold and line.size >= 11


def pages_ending_on_a_heading(pdf: bytes | list[Page]) -> list[tuple[int, str]]:
    """(page, heading) for each page whose last line of body text is a heading."""
    out = []
    for p in pages(pdf) if isinstance(pdf, bytes) else pdf:
        body = p.body
        if body:
            last = min(body, key=lambda line: line.y)
            if is_heading(last):
                out.append((p.number, last.text))
    return out
