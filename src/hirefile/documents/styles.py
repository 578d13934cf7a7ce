"""Fonts, colours and paragraph styles of every Hirefile document, in one place.

Why these fonts: ReportLab's built-in Helvetica prints black squares for Ł, Ż and every
non-Latin-1 script, and ReportLab never falls back from one font to another. So documents use
DejaVu Sans (shipped in resources/fonts: Latin, Greek, Cyrillic, Arabic, Hebrew…), and
`text.markup` wraps runs of other scripts in a font that has them: WenQuanYi Micro Hei for
Chinese, Japanese and Korean (shipped too), Noto Sans Devanagari, Bengali, Malayalam and
Tamil (shipped, regular and bold), and Noto Sans fonts from the system for the other Indic
scripts, Thai, Ethiopic and symbols when they are installed. Each font is registered once, the
first time a document needs it: the CJK font alone costs about 60 ms. Such a run keeps the
weight of the text around it: a name in a heading is bold.

How runs of those scripts are drawn (Indic shaping with HarfBuzz, the weight kept, the PDF's
text read as typed) is `documents.shaping`: patches of ReportLab made once, by `register_base`.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

from hirefile.documents import shaping as shaping_patches
from hirefile.documents.shaping import SCRIPT_FONTS
from hirefile.documents.shaping import SHAPED_FONTS as SHAPED_FONTS  # (read by `Para`)
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
    shaping_patches.install()
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
    """`style` with HarfBuzz shaping on (see `shaping.shape_word`), for a paragraph in an
    Indic font."""
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
