"""Readable contrast (WCAG 2.1 AA), computed from the theme's own colours: a colour changed
later is checked again. The checks take a palette of named colours, so a second theme (dark) is
checked by giving its names the same way."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import ModuleType

import pytest
from PySide6.QtGui import QPalette

from hirefile.ui import theme

NORMAL, LARGE, EDGE = 4.5, 3.0, 3.0  # body text; ≥14pt bold or ≥18pt text; a control's edge

#: (text or edge, background, minimum, where it is seen), by the theme's colour names.
CHECKS: tuple[tuple[str, str, float, str], ...] = (
    ("TEXT", "SURFACE", NORMAL, "text in pages, tables and fields"),
    ("TEXT", "WINDOW", NORMAL, "text on the window"),
    ("TEXT", "SELECTION", NORMAL, "a selected table row"),
    ("MUTED", "SURFACE", NORMAL, "subtitles, counts, the empty state's body"),
    ("MUTED", "WINDOW", NORMAL, "the status bar"),
    ("MUTED", "HEADER", NORMAL, "table headers"),
    ("MUTED", "SIDEBAR", NORMAL, "the sidebar's footer"),
    ("FAINT", "SURFACE", NORMAL, "hints, placeholders, the file card's caption"),
    ("FAINT", "WINDOW", NORMAL, "hints on the window"),
    ("FAINT", "HEADER", NORMAL, "a closed stage's count"),
    ("NAV_TEXT", "SIDEBAR", NORMAL, "the sidebar's pages"),
    ("NAV_TEXT", "NAV_HOVER", NORMAL, "a sidebar page under the mouse"),
    ("ACCENT_DARK", "ACCENT_SOFT", NORMAL, "the current page in the sidebar"),
    ("SURFACE", "ACCENT", NORMAL, "the primary button's label"),
    ("SURFACE", "ACCENT_DARK", NORMAL, "the primary button under the mouse"),
    ("ACCENT", "SURFACE", NORMAL, "accent text and chips"),
    ("AMBER", "SURFACE", NORMAL, "waiting chips"),
    ("GREEN", "SURFACE", NORMAL, "done chips"),
    ("RED", "SURFACE", NORMAL, "field errors"),
    ("INDIGO", "SURFACE", NORMAL, "indigo chips"),
    ("TEXT", "ACCENT_SOFT", NORMAL, "text on a soft accent"),
    ("INPUT_BORDER", "SURFACE", EDGE, "the search field's edge"),
    ("FOCUS", "SURFACE", EDGE, "the focus ring on a page"),
    ("FOCUS", "WINDOW", EDGE, "the focus ring on the window"),
    ("FOCUS", "ACCENT_SOFT", EDGE, "the focus ring on the current sidebar page"),
    ("FOCUS", "HEADER", EDGE, "the focus ring around a focused button"),
    ("INDIGO", "SURFACE", EDGE, "the focus ring of the primary button"),
)

#: The palette's text roles on the backgrounds they are drawn on (disabled text is exempt).
ROLE_CHECKS = (
    ("Text", "Base"), ("WindowText", "Window"), ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"), ("PlaceholderText", "Base"), ("ToolTipText", "ToolTipBase"),
    ("Link", "Base"), ("LinkVisited", "Base"), ("Text", "AlternateBase"),
)

HEX = re.compile(r"#[0-9A-Fa-f]{6}")


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of #RRGGBB."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def named_colours(module: ModuleType) -> dict[str, str]:
    """A theme's palette of named colours: its upper-case #RRGGBB constants."""
    return {name: value for name, value in vars(module).items()
            if name.isupper() and isinstance(value, str) and HEX.fullmatch(value)}


def too_low(colours: Mapping[str, str]) -> list[str]:
    return [f"{fg} {colours[fg]} on {bg} {colours[bg]}: {contrast(colours[fg], colours[bg]):.2f}"
            f" < {minimum} ({where})"
            for fg, bg, minimum, where in CHECKS
            if contrast(colours[fg], colours[bg]) < minimum]


def test_the_ratio_is_wcag_s() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1)
    assert contrast("#8A93A3", "#FFFFFF") == pytest.approx(3.1, abs=0.05)  # the old FAINT


@pytest.mark.parametrize("palette", [theme], ids=["light"])
def test_every_text_and_edge_of_the_theme_is_readable(palette: ModuleType) -> None:
    assert too_low(named_colours(palette)) == []


def test_the_qt_palette_roles_are_readable() -> None:
    p = theme.palette()
    role = QPalette.ColorRole
    low = []
    for fg, bg in ROLE_CHECKS:
        a, b = (p.color(QPalette.ColorGroup.Active, getattr(role, r)).name() for r in (fg, bg))
        if contrast(a, b) < NORMAL:
            low.append(f"{fg} {a} on {bg} {b}: {contrast(a, b):.2f}")
    assert low == []


def test_every_text_colour_of_the_style_sheet_is_a_checked_one() -> None:
    """A colour written into the style sheet for text is one of the checked names."""
    colours = named_colours(theme)
    checked = {colours[fg] for fg, _bg, _m, _w in CHECKS}
    used = set(re.findall(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", theme.STYLE_SHEET))
    assert used - checked == set()
