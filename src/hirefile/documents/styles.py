"""Fonts, colours and paragraph styles of every Hirefile document, in one place.

Why these fonts: ReportLab's built-in Helvetica prints black squares for Ł, Ż and every
non-Latin-1 script, and ReportLab never falls back from one font to another. So documents use
DejaVu Sans (shipped in resources/fonts: Latin, Greek, Cyrillic, Arabic, Hebrew…), and
`text.markup` wraps runs of other scripts in a font that has them: WenQuanYi Micro Hei for
Chinese, Japanese and Korean (shipped too), Noto Sans Devanagari, Bengali, Malayalam and
Tamil (shipped, regular and bold), and Noto Sans fonts from the system for the other Indic
scripts, Thai, Ethiopic and symbols when they are installed. Each font is registered once, the
first time a document needs it: the CJK font alone costs about 60 ms. Such a run keeps the
weight of the text around it (`_keep_weight_in_script_fonts`): a name in a heading is bold.

Indic scripts must be shaped (conjuncts, vowel signs placed around their consonant), which
ReportLab only does with HarfBuzz (`uharfbuzz`) and only for paragraphs whose style says
`shaping`. `Para` (components) turns shaping on for a paragraph holding text in an Indic font,
and `shape_word` below shapes only the runs in those fonts: Arabic is shaped and ordered by
`text.markup` already (HarfBuzz would reverse it again), and Latin, Greek, CJK… are drawn as
they always were.
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

from hirefile.errors import HirefileError
from hirefile.paths import resource

log = logging.getLogger(__name__)

# colours ---------------------------------------------------------------------------------------

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
FAINT = colors.HexColor("#9AA5B1")
RULE = colors.HexColor("#D3DAE1")
ACCENT = colors.HexColor("#1C6B73")
ACCENT_TINT = colors.HexColor("#E7F1F2")
ZEBRA = colors.HexColor("#F6F8FA")
#: A letter that no longer stands (declined, withdrawn, expired): its banner and watermark.
ALERT = colors.HexColor("#A8322A")
ALERT_TINT = colors.HexColor("#FBE9E7")
#: Soft backgrounds for ratings 1..4 (Strong no .. Strong yes): disagreements show at a glance.
RATING_TINTS = {1: colors.HexColor("#F5D3CF"), 2: colors.HexColor("#FBE6CC"),
                3: colors.HexColor("#D9EEDD"), 4: colors.HexColor("#B9E0C3")}



def hex_of(color: colors.Color) -> str:
    """`#1C6B73`: a colour as paragraph markup's `color` attribute takes it."""
    return "#" + str(color.hexval())[2:].upper()


# fonts -----------------------------------------------------------------------------------------

SANS, SANS_BOLD = "HF-Sans", "HF-Sans-Bold"
CJK = "HF-CJK"
CJK_FILE = "wqy-microhei.ttc"
CJK_SYSTEM_PATHS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc")
FONT_DIRS = ("/usr/share/fonts/truetype/noto", "/usr/share/fonts/noto",
             "/usr/share/fonts/google-noto", "/usr/share/fonts/truetype/ancient-scripts",
             "/usr/local/share/fonts")
_SYMBOLS = ("NotoSansSymbols2", "NotoSansSymbols", "Symbola")
#: Scripts whose letters combine and reorder: their runs are shaped with HarfBuzz.
INDIC = ("NotoSansDevanagari", "NotoSansBengali", "NotoSansGurmukhi", "NotoSansGujarati",
         "NotoSansOriya", "NotoSansTamil", "NotoSansTelugu", "NotoSansKannada",
         "NotoSansMalayalam", "NotoSansSinhala")
#: The registered names of the Indic fonts in use (`HF-NotoSansDevanagari`, its bold…).
SHAPED_FONTS: set[str] = set()
#: The regular faces of the fonts `text.markup` puts runs of other scripts in: a run in one
#: of them takes the weight of the text around it (`_keep_weight_in_script_fonts`).
SCRIPT_FONTS: set[str] = set()

#: Scripts neither shipped font covers, drawn with a system font when one is installed
#: (Debian: fonts-noto-core; fonts-symbola for emoji): (first, last code point, families).
FALLBACK_RANGES: tuple[tuple[int, int, tuple[str, ...]], ...] = (
    (0x0900, 0x097F, ("NotoSansDevanagari",)), (0x0980, 0x09FF, ("NotoSansBengali",)),
    (0x0A00, 0x0A7F, ("NotoSansGurmukhi",)), (0x0A80, 0x0AFF, ("NotoSansGujarati",)),
    (0x0B00, 0x0B7F, ("NotoSansOriya",)), (0x0B80, 0x0BFF, ("NotoSansTamil",)),
    (0x0C00, 0x0C7F, ("NotoSansTelugu",)), (0x0C80, 0x0CFF, ("NotoSansKannada",)),
    (0x0D00, 0x0D7F, ("NotoSansMalayalam",)), (0x0D80, 0x0DFF, ("NotoSansSinhala",)),
    (0x0E00, 0x0E7F, ("NotoSansThai",)), (0x0E80, 0x0EFF, ("NotoSansLao",)),
    (0x1000, 0x109F, ("NotoSansMyanmar",)), (0x1200, 0x139F, ("NotoSansEthiopic",)),
    (0x1780, 0x17FF, ("NotoSansKhmer",)), (0x2D80, 0x2DDF, ("NotoSansEthiopic",)),
    (0x2190, 0x2BFF, _SYMBOLS), (0x1F000, 0x1FAFF, _SYMBOLS),
)


class MissingFont(HirefileError):
    """A document needs a font that is neither shipped nor installed."""


@functools.cache
def register_base() -> frozenset[int]:
    """Register DejaVu Sans (regular and bold) once; returns the code points it covers."""
    _fix_to_unicode()
    _shape_indic_only()
    _keep_weight_in_script_fonts()
    _read_in_typed_order()
    pdfmetrics.registerFont(TTFont(SANS, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    face = pdfmetrics.getFont(SANS).face
    return frozenset(face.charToGlyph)


@functools.cache
def cjk_font() -> str:
    """Register the CJK font (shipped, else the system's) and return its name."""
    shipped = resource("fonts", CJK_FILE)
    for path in (str(shipped), *CJK_SYSTEM_PATHS):
        if Path(path).is_file():
            pdfmetrics.registerFont(TTFont(CJK, path, subfontIndex=0))
            registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
            SCRIPT_FONTS.add(CJK)
            return CJK
    raise MissingFont("Chinese, Japanese and Korean text needs the WenQuanYi Micro Hei font, "
                      "which is missing; reinstall Hirefile or install fonts-wqy-microhei")


@functools.cache
def cjk_cmap() -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(cjk_font()).face.charToGlyph)


@functools.cache
def fallback_font(family: str) -> tuple[str, frozenset[int]] | None:
    """Register a shipped or system font (and its bold) by family; None when there is none."""
    for folder in (str(resource("fonts")), *FONT_DIRS):
        for regular in (f"{family}-Regular.ttf", f"{family}_hint.ttf", f"{family}.ttf"):
            path = Path(folder) / regular
            if path.is_file():
                return _register_family(family, path, Path(folder) / f"{family}-Bold.ttf")
    log.info("no %s font installed: some characters will print as empty boxes", family)
    return None


def _register_family(family: str, regular: Path, bold_path: Path) -> tuple[str, frozenset[int]]:
    name = f"HF-{family}"
    pdfmetrics.registerFont(TTFont(name, str(regular)))
    bold = name
    if bold_path.is_file():
        bold = f"{name}-Bold"
        pdfmetrics.registerFont(TTFont(bold, str(bold_path)))
    registerFontFamily(name, normal=name, bold=bold, italic=name, boldItalic=bold)
    SCRIPT_FONTS.add(name)
    if family in INDIC:
        SHAPED_FONTS.update((name, bold))
    return name, frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def fallback_families(code: int) -> tuple[str, ...]:
    for first, last, families in FALLBACK_RANGES:
        if first <= code <= last:
            return families
    return ()


def keep_as_text(font: str, code: int) -> None:
    """Let a character no installed font can draw still be drawn (as the font's empty box)
    and, above all, stay in the PDF's text: copied, searched and extracted as itself.

    ReportLab writes characters missing from a font as code 0, which loses them for good.
    Mapping the character to the font's "missing glyph" (glyph 0) in its regular and bold
    faces keeps the character in the font's ToUnicode map.
    """
    for name in (font, f"{font}-Bold"):
        try:
            face = pdfmetrics.getFont(name).face
        except KeyError:
            continue
        face.charToGlyph.setdefault(code, 0)


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


# paragraph styles ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Styles:
    """The paragraph styles documents compose with (sizes in points)."""

    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    letter: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_center: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle
    company: ParagraphStyle
    company_detail: ParagraphStyle
    big_number: ParagraphStyle
    box: ParagraphStyle
    body_right: ParagraphStyle
    banner: ParagraphStyle


_SHAPING: dict[str, ParagraphStyle] = {}


def shaping(style: ParagraphStyle) -> ParagraphStyle:
    """`style` with HarfBuzz shaping on (see `shape_word`), for a paragraph in an Indic font."""
    if style.name not in _SHAPING:
        _SHAPING[style.name] = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return _SHAPING[style.name]


#: The type scale, in points: every style's size is one of these (each step about 1.2 to 1.5
#: times the one before). One body size for all running text, table cells included.
SMALL, BODY, LEAD, HEAD, TITLE = 8, 9.5, 11.5, 15, 22
#: The line height of each size.
LEADING = {SMALL: 11, BODY: 13.5, LEAD: 15.5, HEAD: 19, TITLE: 27}


@functools.cache
def styles() -> Styles:
    register_base()

    def style(name: str, size: float, *, bold: bool = False, color: colors.Color = INK,
              **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=SANS_BOLD if bold else SANS, fontSize=size,
                              leading=LEADING[size], textColor=color, **kw)

    return Styles(
        kicker=style("kicker", SMALL, bold=True, color=ACCENT, spaceAfter=4),
        title=style("title", TITLE, bold=True, spaceAfter=4),
        subtitle=style("subtitle", LEAD, color=MUTED, spaceAfter=14),
        h1=style("h1", HEAD, bold=True, spaceBefore=4, spaceAfter=8, keepWithNext=1),
        h2=style("h2", LEAD, bold=True, color=ACCENT, spaceBefore=14, spaceAfter=5,
                 keepWithNext=1),
        h3=style("h3", BODY, bold=True, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        body=style("body", BODY, spaceAfter=5),
        letter=style("letter", BODY, spaceAfter=7),
        small=style("small", SMALL, color=MUTED),
        note=style("note", SMALL, color=MUTED, spaceBefore=1, spaceAfter=3),
        bullet=style("bullet", BODY, leftIndent=12, bulletIndent=2, spaceAfter=2.5,
                     bulletFontName=SANS, bulletColor=ACCENT),
        label=style("label", SMALL, color=MUTED),
        cell=style("cell", BODY),
        cell_bold=style("cell_bold", BODY, bold=True),
        cell_center=style("cell_center", BODY, alignment=TA_CENTER),
        cell_head=style("cell_head", SMALL, bold=True, color=ACCENT),
        cell_head_center=style("cell_head_center", SMALL, bold=True, color=ACCENT,
                               alignment=TA_CENTER),
        header=style("header", SMALL, color=MUTED),
        header_right=style("header_right", SMALL, color=MUTED, alignment=TA_RIGHT),
        company=style("company", HEAD, bold=True, color=ACCENT, alignment=TA_RIGHT),
        company_detail=style("company_detail", SMALL, color=MUTED, alignment=TA_RIGHT),
        big_number=style("big_number", TITLE, bold=True, color=ACCENT),
        box=style("box", LEAD, color=MUTED, alignment=TA_CENTER),
        body_right=style("body_right", BODY, alignment=TA_RIGHT),
        banner=style("banner", BODY, bold=True, color=ALERT),
    )
