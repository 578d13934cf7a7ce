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

COLUMN_BG = "#EEF1F5"
EXIT_COLUMN_BG = "#F6F7F9"
CARD_BG = "#FFFFFF"
CARD_BORDER = "#D9DEE6"
CARD_HOVER_BORDER = "#B9C2CE"
SELECTED_BG = "#EEF7F6"
WAITING_BAR = "#E0A030"
PLACEHOLDER = "#E4E8EE"

#: Latest recommendation → (chip background, text colour): greens for yes, reds for no.
RECOMMENDATION_COLOURS: dict[str, tuple[str, str]] = {
    "Strong yes": ("#CDEBD0", "#1B5E20"),
    "Yes": ("#E6F4E7", theme.GREEN),
    "No": ("#FBE7E5", theme.RED),
    "Strong no": ("#F3CFCB", "#8C1D18"),
}

STYLE_SHEET = f"""
QScrollArea#boardScroll, QWidget#boardCanvas {{ background: transparent; border: none; }}
QFrame#boardColumn {{ background: {COLUMN_BG}; border: 1px solid transparent;
    border-radius: 10px; }}
QFrame#boardColumn[exit="true"] {{ background: {EXIT_COLUMN_BG}; border: 1px dashed #D3D9E1; }}
QFrame#boardColumn[dropTarget="true"] {{ border: 2px solid {theme.ACCENT};
    background: {theme.ACCENT_SOFT}; }}
QLabel#columnName {{ font-weight: 600; color: {theme.TEXT}; }}
QFrame#boardColumn[exit="true"] QLabel#columnName {{ color: {theme.FAINT}; }}
QFrame#boardColumn[hired="true"] QLabel#columnName {{ color: {theme.GREEN}; }}
QLabel#columnCount {{ background: #FFFFFF; color: {theme.MUTED}; border: 1px solid {theme.BORDER};
    border-radius: 9px; padding: 0 7px; font-size: 8.5pt; font-weight: 600; }}
QFrame#boardColumn[exit="true"] QLabel#columnCount {{ color: {theme.FAINT}; }}
QListView#cardList {{ background: transparent; border: none; outline: 0; }}
QScrollBar#cardScroll:vertical {{ background: transparent; width: 10px; margin: 0;
    border: none; }}
QScrollBar#boardHScroll:horizontal {{ background: transparent; height: 10px;
    margin: 0; border: none; }}
QScrollBar#cardScroll::handle:vertical {{ background: #C5CCD6; border-radius: 3px;
    min-height: 28px; margin: 0 2px; }}
QScrollBar#boardHScroll::handle:horizontal {{ background: #C5CCD6;
    border-radius: 3px; min-width: 40px; margin: 2px 0; }}
QScrollBar#cardScroll::handle:vertical:hover,
QScrollBar#boardHScroll::handle:horizontal:hover {{ background: #A9B2BF; }}
QScrollBar#cardScroll::add-line, QScrollBar#cardScroll::sub-line,
QScrollBar#boardHScroll::add-line, QScrollBar#boardHScroll::sub-line {{
    width: 0; height: 0; border: none; background: none; }}
QScrollBar#cardScroll::add-page, QScrollBar#cardScroll::sub-page,
QScrollBar#boardHScroll::add-page, QScrollBar#boardHScroll::sub-page {{
    background: none; }}
QFrame#exitDivider {{ background: {theme.BORDER}; border: none; }}
"""
