"""The board's sizes, colours and style sheet, built on the theme's palette.

Kept apart from `ui/theme.py` (shared by every page) and applied to the board widget only, so
nothing here leaks into other pages. Sizes are fixed on purpose: uniform card heights let a
column of 50,000 cards lay out without asking for any card, and a fixed column width lets five
columns fit side by side at 1440×900 beside the sidebar.
"""

from __future__ import annotations

from hirefile.ui import theme

COLUMN_WIDTH = 222
COLUMN_GAP = 8
CARD_HEIGHT = 84
CARD_GAP = 6            # between cards, and around them inside the column
RADIUS = 8

#: Latest recommendation → the colour names of (chip background, text): greens for yes, reds
#: for no (read with `recommendation_colours` at paint time).
_RECOMMENDATION_ROLES: dict[str, tuple[str, str]] = {
    "Strong yes": ("GREEN_LINE", "GREEN_TEXT"),
    "Yes": ("GREEN_SOFT", "GREEN"),
    "No": ("RED_SOFT", "RED"),
    "Strong no": ("RED_LINE", "RED_TEXT"),
}


def recommendation_colours(text: str) -> tuple[str, str]:
    """(chip background, text colour) of a latest recommendation, in the current theme."""
    back, fore = _RECOMMENDATION_ROLES.get(text, ("PLACEHOLDER", "MUTED"))
    return theme.colour(back), theme.colour(fore)



def style_sheet() -> str:
    """This screen's style sheet in the current colours."""
    return f"""
QScrollArea#boardScroll, QWidget#boardCanvas {{ background: transparent; border: none; }}
QFrame#boardColumn {{ background: {theme.COLUMN}; border: 1px solid transparent;
    border-radius: 10px; }}
QFrame#boardColumn[exit="true"] {{ background: {theme.COLUMN_EXIT};
    border: 1px dashed {theme.CARD_LINE}; }}
QFrame#boardColumn[dropTarget="true"] {{ border: 2px solid {theme.ACCENT};
    background: {theme.ACCENT_SOFT}; }}
QLabel#columnName {{ font-weight: 600; color: {theme.TEXT}; }}
QFrame#boardColumn[exit="true"] QLabel#columnName {{ color: {theme.FAINT}; }}
QFrame#boardColumn[hired="true"] QLabel#columnName {{ color: {theme.GREEN}; }}
QLabel#columnCount {{ background: {theme.SURFACE}; color: {theme.MUTED};
    border: 1px solid {theme.BORDER};
    border-radius: 9px; padding: 0 7px; font-size: 8.5pt; font-weight: 600; }}
QFrame#boardColumn[exit="true"] QLabel#columnCount {{ color: {theme.FAINT}; }}
QListView#cardList {{ background: transparent; border: none; outline: 0; }}
QScrollBar#cardScroll:vertical {{ background: transparent; width: 10px; margin: 0;
    border: none; }}
QScrollBar#boardHScroll:horizontal {{ background: transparent; height: 10px;
    margin: 0; border: none; }}
QScrollBar#cardScroll::handle:vertical {{ background: {theme.SCROLL_HANDLE}; border-radius: 3px;
    min-height: 28px; margin: 0 2px; }}
QScrollBar#boardHScroll::handle:horizontal {{ background: {theme.SCROLL_HANDLE};
    border-radius: 3px; min-width: 40px; margin: 2px 0; }}
QScrollBar#cardScroll::handle:vertical:hover,
QScrollBar#boardHScroll::handle:horizontal:hover {{ background: {theme.SCROLL_HANDLE_HOVER}; }}
QScrollBar#cardScroll::add-line, QScrollBar#cardScroll::sub-line,
QScrollBar#boardHScroll::add-line, QScrollBar#boardHScroll::sub-line {{
    width: 0; height: 0; border: none; background: none; }}
QScrollBar#cardScroll::add-page, QScrollBar#cardScroll::sub-page,
QScrollBar#boardHScroll::add-page, QScrollBar#boardHScroll::sub-page {{
    background: none; }}
QFrame#exitDivider {{ background: {theme.BORDER}; border: none; }}
"""
