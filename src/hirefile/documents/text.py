"""`markup()`: THE one way any user string becomes ReportLab paragraph markup.

ReportLab's `Paragraph` reads its text as markup: `<img src="/etc/passwd"/>` would embed a
local file, `<a href="file:///…">` would make a link, an unbalanced `<b>` raises, and a name in
a script the paragraph's font lacks prints as black boxes. So every string a person typed goes
through this function, and markup is only ever built around its result from constants.

What it does, in order:
1. cleans the text: line endings normalised, control characters removed, tabs as spaces;
2. lays out right-to-left lines for display: Arabic letters shaped into their joined forms
   (`arabic_reshaper`), then each line put in visual order (`python-bidi`). ReportLab draws
   glyphs strictly left to right, and must not have `uharfbuzz` installed (with it, words of
   Arabic come out in the wrong order);
3. splits the text into runs by the font that has their glyphs (DejaVu Sans for most scripts,
   the CJK font for Chinese, Japanese and Korean, Noto fonts for Indic scripts, Thai…);
4. escapes each run (`&`, `<`, `>`) and wraps the runs that need another font in
   `<font name="…">`; newlines become `<br/>`.
"""

from __future__ import annotations

import re
import unicodedata
from types import ModuleType
from xml.sax.saxutils import escape

_BASE = ""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufff9-\ufffb]")
_CJK_RANGES = (
    (0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F),
    (0x3130, 0x318F), (0x31A0, 0x31FF), (0x3200, 0x32FF), (0x3300, 0x33FF), (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF), (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x2FA1F),
)


def markup(text: object, *, ltr: bool = False) -> str:
    """Safe ReportLab markup showing `text` literally, in fonts that have its glyphs.

    A line's direction follows its first letter, as in any editor, so a paragraph written in
    Arabic reads right to left. `ltr` forces left to right, for strings the documents compose
    from parts ("name · role"), where the first part's script says nothing about the whole.
    """
    if text is None:
        return ""
    cleaned = clean(str(text))
    if not cleaned:
        return ""
    if has_rtl(cleaned):
        cleaned = "\n".join(visual_order(line, ltr=ltr) for line in cleaned.split("\n"))
    out = []
    for font, run in runs(cleaned):
        safe = escape(run).replace("\n", "<br/>")
        out.append(f'<font name="{font}">{safe}</font>' if font else safe)
    return "".join(out)


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def one_line(text: object, limit: int = 120) -> str:
    """A string for a single line (headers, table cells): whitespace collapsed, shortened."""
    line = " ".join(clean(str(text or "")).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual_order(line: str, *, ltr: bool = False) -> str:
    """One logical line as ReportLab must draw it: shaped, then in left-to-right order."""
    if not has_rtl(line):
        return line
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(line), base_dir="L" if ltr else None))


def is_cjk(code: int) -> bool:
    return any(first <= code <= last for first, last in _CJK_RANGES)


def runs(text: str) -> list[tuple[str, str]]:
    """(font name, text) pieces; the font is "" for the paragraph's own (DejaVu Sans)."""
    from hirefile.documents import styles as fonts  # ReportLab: only once a PDF is made

    base = fonts.register_base()
    out: list[tuple[str, str]] = []
    current: str | None = None
    buf: list[str] = []
    for ch in text:
        font = _font_for(fonts, ch, current, base)
        if font is None:
            continue  # an invisible formatting character no font here can draw
        if font != current and buf:
            out.append((current or _BASE, "".join(buf)))
            buf = []
        current = font
        buf.append(ch)
    if buf:
        out.append((current or _BASE, "".join(buf)))
    return out


def _font_for(fonts: ModuleType, ch: str, current: str | None,
              base: frozenset[int]) -> str | None:
    code = ord(ch)
    if ch in " \n\u00a0" and current is not None:
        return current  # spaces stay in the run they are in: fewer font switches
    if is_cjk(code):
        font = fonts.cjk_font()
        if code not in fonts.cjk_cmap():
            fonts.keep_as_text(font, code)
        return font
    if unicodedata.combining(ch) and current is not None:
        return current  # accents stay with their letter
    if code in base:
        return _BASE
    for family in fonts.fallback_families(code):
        found = fonts.fallback_font(family)
        if found is not None and code in found[1]:
            return found[0]
    if unicodedata.category(ch) in ("Cf", "Mn") or 0xFE00 <= code <= 0xFE0F:
        return None  # zero-width joiners, variation selectors: nothing to draw
    fonts.keep_as_text(fonts.SANS, code)
    return _BASE
