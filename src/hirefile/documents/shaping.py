"""What Hirefile changes in ReportLab's drawing of text, for scripts beyond Latin.

Patches of ReportLab's own functions, each made once, and the sets of fonts they act on;
`styles` (fonts, colours, paragraph styles) calls `install` when it registers the base font,
before the first document, and fills the sets as it registers each script's font.

Indic scripts must be shaped (conjuncts, vowel signs placed around their consonant), which
ReportLab only does with HarfBuzz (`uharfbuzz`) and only for paragraphs whose style says
`shaping`. `Para` (components) turns shaping on for a paragraph holding text in an Indic font,
and `shape_word` below shapes only the runs in those fonts: Arabic is shaped and ordered by
`text.markup` already (HarfBuzz would reverse it again), and Latin, Greek, CJK… are drawn as
they always were. A run of another script keeps the weight of the text around it
(`_keep_weight_in_script_fonts`); the PDF's text reads as typed (`_read_in_typed_order`,
`_fix_to_unicode`).
"""

from __future__ import annotations

import logging
import unicodedata
from itertools import groupby
from typing import Any

from reportlab.pdfbase import pdfmetrics

log = logging.getLogger(__name__)

#: The registered names of the Indic fonts in use (`HF-NotoSansDevanagari`, its bold…).
SHAPED_FONTS: set[str] = set()
#: The regular faces of the fonts `text.markup` puts runs of other scripts in: a run in one
#: of them takes the weight of the text around it (`_keep_weight_in_script_fonts`).
SCRIPT_FONTS: set[str] = set()


def install() -> None:
    """Patch ReportLab once (each patch marks itself and is not made twice)."""
    _fix_to_unicode()
    _shape_indic_only()
    _keep_weight_in_script_fonts()
    _read_in_typed_order()


def _shape_indic_only() -> None:
    """Make ReportLab's shaping of a paragraph's words shape only the runs in Indic fonts."""
    from reportlab.platypus import paragraph

    if getattr(paragraph.shapeFragWord, "_hirefile", False):
        return
    shape_word._hirefile = True  # type: ignore[attr-defined]
    paragraph.shapeFragWord = shape_word


def _keep_weight_in_script_fonts() -> None:
    """Make a run of another script keep the weight of the text around it.

    `text.markup` wraps a Devanagari name in `<font name="HF-NotoSansDevanagari">`, and
    ReportLab's parser takes a `<font name>` as naming the face itself: regular, so the name in
    a bold heading or table header printed in the regular face. Within a run in one of
    `SCRIPT_FONTS` the weight of the enclosing text is kept: its bold face where the family
    has one (the shipped Noto Indic fonts do), shaped like the regular one.
    """
    from reportlab.platypus import paragraph

    if getattr(paragraph.ParaParser, "_hirefile", False):
        return
    paragraph.ParaParser = _weight_parser()


def _weight_parser() -> type:
    from reportlab.platypus.paraparser import ParaParser

    class WeightParser(ParaParser):
        """ReportLab's parser, with `<font name>` of a script font keeping the weight."""

        _hirefile = True

        def start_font(self, attr: dict[str, str]) -> None:
            outer = self._stack[-1]
            super().start_font(attr)
            if attr.get("name", attr.get("face")) in SCRIPT_FONTS:
                frag = self._stack[-1]
                frag.bold, frag.italic = getattr(outer, "bold", 0), getattr(outer, "italic", 0)

    return WeightParser


#: Runs of one Indic font already shaped: (font, size, text) → (width, shaped text), or None
#: when shaping changes nothing.
_SHAPED_RUNS: dict[tuple[str, float, str], tuple[float, Any] | None] = {}


def shape_word(word: list[Any]) -> list[Any]:
    """One word of a paragraph (`[width, (fragment, text), …]`) with its runs in Indic fonts
    shaped by HarfBuzz and the rest as it was; the word itself when nothing changed.

    ReportLab's own `shapeFragWord` shapes a whole word in the font of its first fragment, so
    a comma after a Devanagari name would be drawn with a Devanagari glyph number in DejaVu
    Sans: each run of one font is shaped on its own here.
    """
    from reportlab.pdfbase import ttfonts

    parts = word[1:]
    if isinstance(word, ttfonts.ShapedFragWord) or any(hasattr(f, "cbDefn") for f, _ in parts) \
            or not any(f.fontName in SHAPED_FONTS for f, _ in parts):
        return word
    out: list[Any] = []
    total = 0.0
    changed = False
    for shaped, group in groupby(parts, key=lambda p: p[0].fontName in SHAPED_FONTS):
        runs = list(group)
        width = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in runs)
        if shaped:
            width, runs, now = _shape_runs(width, runs)
            changed = changed or now
        total += width
        out.extend(runs)
    if not changed:
        return word
    shaped_word: list[Any] = ttfonts.makeShapedFragWord(word)([total, *out])
    return shaped_word


#: The letters each shaped run was typed as, by its font and shaped text: what `_typed_text`
#: writes as the run's ActualText.
_TYPED: dict[tuple[str, str], str] = {}


def _typed_text(font: str, drawn: str) -> str | None:
    """The letters a line of shaped words in `font` was typed as (words are shaped one by
    one and drawn joined by spaces); None when none of them was shaped here."""
    words = drawn.split(" ")
    typed = [_TYPED.get((font, word)) for word in words]
    if not any(typed):
        return None
    return " ".join(t if t is not None else w for t, w in zip(typed, words, strict=True))


def _read_in_typed_order() -> None:
    """Make text extraction read shaped Indic text in the order it was typed.

    A shaped word's glyphs are drawn in visual order: in शर्मा the reph (र्) is drawn after
    मा, in ശ്രീ the ്ര sign before ശ. A PDF reader extracting, searching or copying by glyph
    gets the letters in drawing order ("शमार्"), even with each glyph's ToUnicode right. Each
    drawn run of shaped words is marked with the letters as typed (a `/Span` with
    `/ActualText`, PDF 1.5, which poppler, pdf.js and Acrobat read instead of the glyphs).
    """
    from reportlab.pdfbase.ttfonts import ShapedStr
    from reportlab.pdfgen import textobject

    draw = textobject.PDFTextObject._formatText
    if getattr(draw, "_hirefile", False):
        return

    def format_text(self: Any, text: Any) -> str:
        out: str = draw(self, text)
        if isinstance(text, ShapedStr) and _TYPED:
            typed = _typed_text(self._fontname, text)
            if typed is not None:
                hexed = typed.encode("utf-16-be", "surrogatepass").hex().upper()
                out = f"/Span <</ActualText <FEFF{hexed}>>> BDC {out} EMC"
        return out

    format_text._hirefile = True  # type: ignore[attr-defined]
    textobject.PDFTextObject._formatText = format_text


#: What each glyph with no character of its own stands for (a conjunct such as प्र), by font
#: face and the private code ReportLab gave the glyph: written in the font's ToUnicode map, so
#: that the text is copied, searched and extracted as the letters that were typed.
_CLUSTER_TEXT: dict[str, dict[int, str]] = {}


def _shape_runs(width: float, runs: list[Any]) -> tuple[float, list[Any], bool]:
    """Runs of one Indic font shaped: (width, runs, whether shaping changed them). A run of
    one fragment is shaped once per process (names repeat on every page)."""
    from reportlab.pdfbase import ttfonts

    frag, text = runs[0]
    key = (frag.fontName, frag.fontSize, text) if len(runs) == 1 else None
    if key is not None and key in _SHAPED_RUNS:
        cached = _SHAPED_RUNS[key]
        if cached is None:
            return width, runs, False
        return cached[0], [(frag, cached[1])], True
    try:
        done = ttfonts.shapeFragWord([width, *runs])
    except Exception:  # HarfBuzz or ReportLab's use of it: letters unshaped beat no document
        log.warning("could not shape %r; printed unshaped", text, exc_info=True)
        return width, runs, False
    if done[1:] == runs:
        if key is not None:
            _SHAPED_RUNS[key] = None
        return width, runs, False
    _remember_clusters("".join(t for _, t in runs), done[1:])
    if len(_SHAPED_RUNS) > 100_000:
        _SHAPED_RUNS.clear()
        _TYPED.clear()
    if len(done) - 1 == len(runs):
        _TYPED.update(((f.fontName, str(shaped)), typed)
                      for (f, shaped), (_, typed) in zip(done[1:], runs, strict=True))
    if key is not None and len(done) == 2:
        _SHAPED_RUNS[key] = (done[0], done[1][1])
    return done[0], list(done[1:]), True


def _remember_clusters(text: str, runs: list[Any]) -> None:
    glyphs: list[tuple[int, str, str]] = []  # (cluster, glyph's character, face name)
    for frag, shaped in runs:
        data = getattr(shaped, "__shapeData__", None)
        if data is None:
            continue
        face = pdfmetrics.getFont(frag.fontName).face.name.decode("latin-1")
        glyphs += [(d.cluster, ch, face) for ch, d in zip(shaped, data, strict=False)]
    starts = sorted({g[0] for g in glyphs})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    for start in starts:
        mine = [g for g in glyphs if g[0] == start]
        private = [g for g in mine if 0xE000 <= ord(g[1]) <= 0xF8FF]
        if not private:
            continue
        # the letters no glyph of the cluster stands for go to its last glyph without a
        # character (the base, after a vowel sign drawn before it); the others say nothing
        own = {g[1] for g in mine} - {g[1] for g in private}
        letters = "".join(x for x in text[start:ends[start]] if x not in own)
        _, ch, face = private[-1]
        if letters:
            _CLUSTER_TEXT.setdefault(face, {}).setdefault(ord(ch), letters)


def _fix_to_unicode() -> None:
    """Make ReportLab's ToUnicode maps right for characters beyond U+FFFF (emoji, rare CJK).

    ReportLab 5.1 writes such a character as five hex digits (`<1F600>`), which is not UTF-16:
    PDF readers then drop it when text is copied, searched or extracted. This is ReportLab's
    function with those characters written as the surrogate pair the PDF specification asks
    for (identical output for every other character).
    """
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "_hirefile", False):
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        face = fontname.partition("+")[2]
        texts = next((v for k, v in _CLUSTER_TEXT.items() if face.startswith(k)), {})
        return "\n".join([
            "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
            "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
            "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{_utf16_hex(v, texts)}>" for i, v in enumerate(subset)),
            "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
            "end",
        ])

    make_cmap._hirefile = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap


def _utf16_hex(code: int, texts: dict[int, str] | None = None) -> str:
    """The UTF-16 a PDF's ToUnicode map gives for `code`: a shaped glyph's letters
    (`_CLUSTER_TEXT`), an Arabic letter's joined form as the letter itself (ﻣ → م, so that a
    search for the typed word finds it), else the character."""
    text = (texts or {}).get(code) or chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE:
        text = unicodedata.normalize("NFKC", text)
    return text.encode("utf-16-be", "surrogatepass").hex().upper()
