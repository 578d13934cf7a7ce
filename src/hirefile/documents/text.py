"""`markup()`: THE one way any user string becomes ReportLab paragraph markup.

ReportLab's `Paragraph` reads its text as markup: `<img src="/etc/passwd"/>` would embed a
local file, `<a href="file:///…">` would make a link, an unbalanced `<b>` raises, and a name in
a script the paragraph's font lacks prints as black boxes. So every string a person typed goes
through this function, and markup is only ever built around its result from constants.

What it does, in order:
1. cleans the text: line endings normalised, control characters removed, tabs as spaces;
2. lays out right-to-left lines for display: Arabic letters shaped into their joined forms
   (`arabic_reshaper`), then each line put in visual order (`python-bidi`). ReportLab draws
   glyphs strictly left to right; its HarfBuzz shaping is used for Indic runs only (it would
   reverse Arabic words again: see `shaping.shape_word`). The PDF's ToUnicode map gives each
   joined form back as its letter, so the Arabic text is searched and copied as typed;
3. splits the text into runs by the font that has their glyphs (DejaVu Sans for most scripts,
   the CJK font for Chinese, Japanese and Korean, Noto fonts for Indic scripts, Thai…);
4. escapes each run (`&`, `<`, `>`) and wraps the runs that need another font in
   `<font name="…">`; newlines become `<br/>`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate, groupby
from types import ModuleType

_BASE = ""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufff9-\ufffb]")
_CJK_RANGES = (
    (0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F),
    (0x3130, 0x318F), (0x31A0, 0x31FF), (0x3200, 0x32FF), (0x3300, 0x33FF), (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF), (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x2FA1F),
)


def _escaped(run: str) -> str:
    """`&`, `<` and `>` as entities (as xml.sax.saxutils.escape, whose import pulls in
    urllib.request, HTTP and e-mail: a tenth of an export's start)."""
    return run.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
        safe = _escaped(run).replace("\n", "<br/>")
        out.append(f'<font name="{font}">{safe}</font>' if font else safe)
    return "".join(out)


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def shorten(text: object, chars: int, lines: int = 1) -> str:
    """At most `lines` lines and `chars` characters of `text`, ending in "…" when shortened;
    with `lines=1`, whitespace collapsed. (Documents call it through `components.fit`.)"""
    cleaned = clean(str(text or ""))
    kept = [" ".join(line.split()) for line in cleaned.split("\n")]
    kept = [line for line in kept if line]
    if lines <= 1:
        kept = [" ".join(kept)]
    cut = len(kept) > lines
    kept = kept[:lines]
    out = "\n".join(kept)
    if len(out) > chars:
        at = max(1, chars - 1)
        while at > 1 and unicodedata.combining(out[at]):
            at -= 1  # never a letter without its accent
        out, cut = out[:at], True
    if cut:
        out = out.rstrip() + "…"
    return out


def pieces(text: str, per_line: int, max_lines: int) -> list[str]:
    """`text` cut into pieces of at most `max_lines` lines of `per_line` characters each,
    at line breaks where it can, else at the end of a sentence or a space, else anywhere.

    ReportLab cannot lay out a table cell taller than a page, and wraps one long paragraph in
    more than linear time; pieces of a few lines' worth avoid both. The estimate counts every
    character as one em wide (as CJK is; Latin letters are about half that), so a piece
    hardly ever takes more lines than estimated, and never near a page's worth.
    """
    per_line, max_lines = max(1, per_line), max(1, max_lines)
    out: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        cost = max(1, -(-len(line) // per_line))
        if current and used + cost > max_lines:
            out.append("\n".join(current))
            current, used = [], 0
        while cost > max_lines:
            at = _cut(line, per_line * max_lines)
            out.append(line[:at])
            line = line[at:]
            cost = max(1, -(-len(line) // per_line))
        current.append(line)
        used += cost
    if current:
        out.append("\n".join(current))
    return out


def _cut(line: str, most: int) -> int:
    """Where to cut `line` within its first `most` characters: after a sentence's end, else
    after a space, else at `most` (never between a letter and its accent)."""
    half = most // 2
    for mark in (". ", "。", " "):
        at = line.rfind(mark, half, most)
        if at >= 0:
            return at + len(mark)
    at = most
    while at > half and unicodedata.combining(line[at]):
        at -= 1  # an accent stays with its letter (unless the line is nothing but accents)
    return at if at > half else most


#: Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, their presentation forms…):
#: where `has_rtl` looks for letters before asking each one's direction.
_RTL_BLOCKS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe"
                         "\U00010800-\U00010fff\U0001e800-\U0001efff]")
#: Runs of Arabic letters and what joins them: only these need shaping.
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff"
                         "\ufe70-\ufefe\u200c\u200d]+")


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(m.group()) in ("R", "AL")
               for m in _RTL_BLOCKS.finditer(text))


def visual_order(line: str, *, ltr: bool = False) -> str:
    """One logical line as ReportLab must draw it: shaped, then in left-to-right order.
    Only the runs of Arabic letters are shaped (shaping is slow, and nothing else joins)."""
    if not has_rtl(line):
        return line
    import arabic_reshaper
    from bidi import get_display

    new = list({w for w in _ARABIC_RUN.findall(line) if w not in _SHAPED})
    if new:  # one call for all new words of the line: each call of the reshaper costs much
        if len(_SHAPED) > 100_000:
            _SHAPED.clear()
        _SHAPED.update(zip(new, str(arabic_reshaper.reshape("\n".join(new))).split("\n"),
                           strict=True))
    line = _ARABIC_RUN.sub(lambda m: _SHAPED[m.group()], line)
    return str(get_display(line, base_dir="L" if ltr else None))


#: Arabic words in their joined forms, by word (words repeat: shape each once).
_SHAPED: dict[str, str] = {}


#: No glyph of the documents' fonts is wider than this many ems (a quick test for `breakable`).
_WIDEST_EM = 1.25
#: Each character's width in ems, by the paragraph's font (worked out once per process).
_WIDTHS: dict[str, dict[str, float]] = {}


def breakable(text: str, font: str, size: float, width: float) -> str:
    """`text` with a space inside each word wider than `width` points, where the word would
    leave the line: at the last character that fits (never before an accent).

    ReportLab breaks lines at spaces only; a longer word (a long link, Chinese written without
    spaces) it cuts character by character, measuring each, at great cost. Cut beforehand,
    each piece fills one line and the added space falls at the line's end, where it does not
    show. `font` and `size` are the paragraph's; CJK is measured in the CJK font.
    """
    shortest = int(width / (size * _WIDEST_EM))
    if shortest < 1 or len(text) <= shortest:
        return text
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from hirefile.documents import styles as fonts

    base = fonts.register_base()
    widths = _WIDTHS.setdefault(font, {})

    def cut(m: re.Match[str]) -> str:
        word = m.group()
        for ch in set(word).difference(widths):
            found = _FONT_OF.get(ch) if ch in _FONT_OF else _font_for(fonts, ch, base)
            name = font if found in (_BASE, _FOLLOWS) else found
            widths[ch] = stringWidth(ch, name, 1) if name else 0.0
        edges = list(accumulate(map(widths.__getitem__, word)))
        if edges[-1] <= room:
            return word
        out, start, used = [], 0, 0.0
        while start < len(word):
            end = max(start + 1, bisect_right(edges, used + room, lo=start))
            while end < len(word) and unicodedata.combining(word[end]):
                end += 1  # an accent stays with its letter
            out.append(word[start:end])
            start, used = end, edges[end - 1]
        return " ".join(out)

    room = width / size  # in ems
    return re.sub(rf"\S{{{shortest + 1},}}", cut, text)


def is_cjk(code: int) -> bool:
    return any(first <= code <= last for first, last in _CJK_RANGES)


def runs(text: str) -> list[tuple[str, str]]:
    """(font name, text) pieces; the font is "" for the paragraph's own (DejaVu Sans)."""
    from hirefile.documents import styles as fonts  # ReportLab: only once a PDF is made

    base = fonts.register_base()
    chars = set(text)
    for ch in chars.difference(_FONT_OF):
        _FONT_OF[ch] = _font_for(fonts, ch, base)
    if text and _FONT_OF[text[0]] == _BASE and all(_FONT_OF[ch] in _OWN for ch in chars):
        return [(_BASE, text)]  # the paragraph's own font throughout: one run
    out: list[tuple[str, str]] = []
    for font, group in groupby(text, _FONT_OF.__getitem__):
        if font is None:
            continue  # an invisible formatting character no font here can draw
        piece = "".join(group)
        if font == _FOLLOWS:
            if not out:  # spaces or accents that begin the text: each on its own
                for ch in piece:
                    _add(out, out[-1][0] if out else _font_for(fonts, ch, base, alone=True), ch)
                continue
            font = out[-1][0]
        _add(out, font, piece)
    return out


def _add(out: list[tuple[str, str]], font: str | None, piece: str) -> None:
    if font is None:
        return
    if out and out[-1][0] == font:
        out[-1] = (font, out[-1][1] + piece)
    else:
        out.append((font, piece))


#: What `_font_for` says of a character that depends on the characters before it.
_FOLLOWS = "follows"
#: Characters drawn in the paragraph's own font when the text begins in it.
_OWN = frozenset((_BASE, _FOLLOWS))
#: Each character's font, worked out once per process (fonts are registered once too).
_FONT_OF: dict[str, str | None] = {}


def _font_for(fonts: ModuleType, ch: str, base: frozenset[int], *,
              alone: bool = False) -> str | None:
    """The font that draws `ch`; `_FOLLOWS` for spaces and accents, which take the font of
    the character before them (unless `alone`, at the start of a text)."""
    code = ord(ch)
    if ch in " \n\u00a0" and not alone:
        return _FOLLOWS  # spaces stay in the run they are in: fewer font switches
    if is_cjk(code):
        font = fonts.cjk_font()
        if code not in fonts.cjk_cmap():
            fonts.keep_as_text(font, code)
        return str(font)
    if unicodedata.combining(ch) and not alone:
        return _FOLLOWS  # accents stay with their letter
    if code in base:
        return _BASE
    for family in fonts.fallback_families(code):
        found = fonts.fallback_font(family)
        if found is not None and code in found[1]:
            return str(found[0])
    if unicodedata.category(ch) in ("Cf", "Mn") or 0xFE00 <= code <= 0xFE0F:
        return None  # zero-width joiners, variation selectors: nothing to draw
    fonts.keep_as_text(fonts.SANS, code)
    return _BASE
