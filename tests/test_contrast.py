"""Readable contrast (WCAG 2.1 AA) in both themes, computed from the theme's own colours: a
colour changed later is checked again. Every check runs on the light and on the dark colours
(`theme.LIGHT`, `theme.DARK`: the same names), and on the Qt palette built from each."""

from __future__ import annotations

import re
from collections.abc import Mapping

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
    ("ON_ACCENT", "ACCENT", NORMAL, "text on an accent button or chip"),
    ("ON_ACCENT", "ACCENT_DARK", NORMAL, "an accent button under the mouse"),
    ("ACCENT_DARK", "SURFACE", NORMAL, "link buttons, the back button"),
    ("LINK", "SURFACE", NORMAL, "links in a record"),
    ("AMBER_TEXT", "AMBER_SOFT", NORMAL, "amber notes and banners"),
    ("RED_TEXT", "RED_SOFT", NORMAL, "problem banners, a \"Strong no\" chip"),
    ("RED_TEXT", "RED_LINE", NORMAL, "a \"Strong no\" chip on the board"),
    ("GREEN_TEXT", "GREEN_SOFT", NORMAL, "a \"Yes\" rating"),
    ("GREEN_TEXT", "GREEN_LINE", NORMAL, "a \"Strong yes\" chip on the board"),
    ("ON_GREEN", "GREEN", NORMAL, "a \"Strong yes\" rating"),
    ("GREEN", "GREEN_SOFT", NORMAL, "a \"Yes\" chip on the board"),
    ("RED", "RED_SOFT", NORMAL, "a \"No\" chip on the board"),
    ("RED", "RED_FIELD", NORMAL, "a field with a problem"),
    ("MUTED", "HOVER", NORMAL, "a \"Not assessed\" rating"),
    ("TEXT", "HOVER", NORMAL, "a row under the mouse"),
    ("TEXT", "MARK", NORMAL, "a found word in the guide"),
    ("TEXT", "COLUMN", NORMAL, "a board column's name"),
    ("MUTED", "COLUMN", NORMAL, "a board card's details"),
    ("ACCENT_DARK", "CARD_SELECTED", NORMAL, "a selected board card"),
    ("TEXT", "ALT_SURFACE", NORMAL, "every other table row"),
    ("MUTED", "ALT_SURFACE", NORMAL, "muted text in every other table row"),
    ("FOCUS", "CARD_SELECTED", EDGE, "the focus ring on a selected card"),
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


THEMES = [theme.LIGHT, theme.DARK]
IDS = ["light", "dark"]


def named_colours(colours: theme.Colours) -> dict[str, str]:
    """A theme's named colours: its #RRGGBB roles."""
    return {name: value for name, value in colours._asdict().items()
            if isinstance(value, str) and HEX.fullmatch(value)}


def too_low(colours: Mapping[str, str]) -> list[str]:
    return [f"{fg} {colours[fg]} on {bg} {colours[bg]}: {contrast(colours[fg], colours[bg]):.2f}"
            f" < {minimum} ({where})"
            for fg, bg, minimum, where in CHECKS
            if contrast(colours[fg], colours[bg]) < minimum]


def test_the_ratio_is_wcag_s() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1)
    assert contrast("#8A93A3", "#FFFFFF") == pytest.approx(3.1, abs=0.05)  # the old FAINT


@pytest.mark.parametrize("colours", THEMES, ids=IDS)
def test_every_text_and_edge_of_the_theme_is_readable(colours: theme.Colours) -> None:
    assert too_low(named_colours(colours)) == []


def test_both_themes_name_the_same_colours_and_differ() -> None:
    light, dark = named_colours(theme.LIGHT), named_colours(theme.DARK)
    assert light.keys() == dark.keys()
    assert luminance(dark["SURFACE"]) < 0.05 < 0.8 < luminance(light["SURFACE"])
    assert len(theme.LIGHT.STAGE_BARS) == len(theme.DARK.STAGE_BARS)


def test_the_dark_theme_is_calm_greys_not_black() -> None:
    """Backgrounds are dark greys (never #000000) and no text is pure white."""
    dark = named_colours(theme.DARK)
    for name in ("WINDOW", "SURFACE", "SIDEBAR", "HEADER"):
        assert 0.005 < luminance(dark[name]) < 0.03, name
    assert luminance(dark["TEXT"]) < 0.9


@pytest.mark.parametrize("colours", THEMES, ids=IDS)
def test_the_qt_palette_roles_are_readable(colours: theme.Colours) -> None:
    p = theme.palette(colours)
    role = QPalette.ColorRole
    low = []
    for fg, bg in ROLE_CHECKS:
        a, b = (p.color(QPalette.ColorGroup.Active, getattr(role, r)).name() for r in (fg, bg))
        if contrast(a, b) < NORMAL:
            low.append(f"{fg} {a} on {bg} {b}: {contrast(a, b):.2f}")
    assert low == []


@pytest.mark.parametrize("colours", THEMES, ids=IDS)
def test_every_text_colour_of_the_style_sheet_is_a_checked_one(colours: theme.Colours) -> None:
    """A colour written into the style sheet for text is one of the checked names."""
    named = named_colours(colours)
    checked = {named[fg] for fg, _bg, _m, _w in CHECKS}
    checked |= {named["ON_ACCENT_MUTED"], named["DISABLED_TEXT"]}  # disabled: exempt (1.4.3)
    used = set(re.findall(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", theme.style_sheet(colours)))
    assert used - checked == set()
