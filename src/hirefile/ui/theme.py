"""The look of Hirefile: Fusion, a calm light or dark palette, and one accent from the icon.

Fusion looks the same on every platform, so what the screenshots show is what people get. Two
sets of named colours (`LIGHT`, `DARK`: one `Colours` each, the same names) stand behind the
module's upper-case names (`theme.ACCENT`, `theme.TEXT`, …): `use()` rebinds them, so a colour
read at paint or style time is the current theme's. Never copy one at import or construction
(`from hirefile.ui.theme import ACCENT` would keep the light one for good).

The palette does most of the work; the style sheet (`style_sheet()`, built from the current
colours) only styles what a palette cannot (the sidebar, page titles, the primary button,
chips), addressed by object name under its form's name so it does not leak into other windows.
A screen with its own sheet sets it with `keep_style(widget, build)`, which builds it again on
every switch; other things drawn once from colours (glyph pixmaps) use `keep()`.

The theme follows the desktop's light or dark scheme (`QStyleHints.colorScheme`) unless the
person chose one in View → Appearance ("system" | "light" | "dark", in the settings); a switch,
either way, is live.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hirefile.settings import APPEARANCES

W = TypeVar("W", bound=QWidget)


class Colours(NamedTuple):
    """Every colour the window draws with, by role (#RRGGBB). A named tuple: defined in a
    tenth of a frozen dataclass's time, on the start-up path."""

    ACCENT: str  # the icon's teal: accent text, chips, the primary button, the focus ring
    ACCENT_DARK: str  # the accent for text on ACCENT_SOFT and a primary button under the mouse
    ACCENT_SOFT: str  # the current page in the sidebar, soft accent banners
    ACCENT_LINE: str  # the edge of a soft accent banner
    ACCENT_MUTED: str  # a disabled primary button, a second chart series
    ON_ACCENT: str  # text on ACCENT or ACCENT_DARK
    ON_ACCENT_MUTED: str  # text on ACCENT_MUTED (disabled)
    INDIGO: str
    TEXT: str
    MUTED: str
    FAINT: str  # the lightest grey small text may use: 4.5:1 on WINDOW (WCAG 2.1 AA)
    DISABLED_TEXT: str
    WINDOW: str
    SIDEBAR: str
    BORDER: str  # decorative lines only (cards, tables): a control's edge is INPUT_BORDER
    CONTROL_LINE: str  # the edge of a tool button, a segment, a dashed frame
    SURFACE: str  # pages, cards, fields
    ALT_SURFACE: str  # every other table row
    HEADER: str  # table headers, buttons
    HOVER: str  # a row or button under the mouse
    QUIET: str  # a quiet chip, grid lines, an empty bar's track
    NAV_TEXT: str
    NAV_HOVER: str
    SELECTION: str
    INPUT_BORDER: str  # 3:1 on SURFACE: an input's edge is seen (WCAG 1.4.11)
    FOCUS: str  # the focus ring: 3:1 on every surface it is drawn on
    LINK: str
    MARK: str  # a found word in the guide
    AMBER: str
    AMBER_SOFT: str
    AMBER_LINE: str
    AMBER_TEXT: str  # text on AMBER_SOFT
    GREEN: str
    ON_GREEN: str  # text on GREEN ("Strong yes")
    GREEN_SOFT: str
    GREEN_LINE: str
    GREEN_TEXT: str  # text on GREEN_SOFT / GREEN_LINE
    RED: str
    RED_SOFT: str
    RED_LINE: str
    RED_TEXT: str  # text on RED_SOFT / RED_LINE
    RED_FIELD: str  # the background of a field with a problem
    COLUMN: str  # a board column
    COLUMN_EXIT: str  # the board's Rejected / Withdrew columns
    CARD_LINE: str  # a board card's edge
    CARD_HOVER_LINE: str
    CARD_SELECTED: str
    WAITING_BAR: str  # the bar of a card waiting too long
    PLACEHOLDER: str  # a card not read yet
    SCROLL_HANDLE: str
    SCROLL_HANDLE_HOVER: str
    ENDED_BAR: str  # the time in Rejected / Withdrew in a record's stage bars
    STAGE_BARS: tuple[str, ...]  # a record's time in each stage, first to last


LIGHT = Colours(
    ACCENT="#0E7C7B", ACCENT_DARK="#0B5F5E", ACCENT_SOFT="#DDEFEE", ACCENT_LINE="#B9DCDA",
    ACCENT_MUTED="#9CC9C8", ON_ACCENT="#FFFFFF", ON_ACCENT_MUTED="#FFFFFF", INDIGO="#2E3A8C",
    TEXT="#1D2433", MUTED="#5F6B7D", FAINT="#646C7B", DISABLED_TEXT="#A7AEBA",
    WINDOW="#F4F6F9", SIDEBAR="#EBEEF3", BORDER="#DCE1E8", CONTROL_LINE="#C8CED8",
    SURFACE="#FFFFFF", ALT_SURFACE="#F8FAFB", HEADER="#F7F8FA", HOVER="#F1F4F7",
    QUIET="#EEF0F4", NAV_TEXT="#2B3445", NAV_HOVER="#E1E6ED", SELECTION="#D5ECEA",
    INPUT_BORDER="#8B95A3", FOCUS="#0E7C7B", LINK="#1F5A8A", MARK="#FFE58A",
    AMBER="#A35F00", AMBER_SOFT="#FFF4E0", AMBER_LINE="#F0D29A", AMBER_TEXT="#6B4100",
    GREEN="#2F7D32", ON_GREEN="#FFFFFF", GREEN_SOFT="#E6F4E7", GREEN_LINE="#CDEBD0",
    GREEN_TEXT="#1B5E20",
    RED="#B3261E", RED_SOFT="#FDECEA", RED_LINE="#F1C0BB", RED_TEXT="#7D1A14",
    RED_FIELD="#FFF7F6",
    COLUMN="#EEF1F5", COLUMN_EXIT="#F6F7F9", CARD_LINE="#D9DEE6", CARD_HOVER_LINE="#B9C2CE",
    CARD_SELECTED="#EEF7F6", WAITING_BAR="#E0A030", PLACEHOLDER="#E4E8EE",
    SCROLL_HANDLE="#C5CCD6", SCROLL_HANDLE_HOVER="#A9B2BF", ENDED_BAR="#C9CED6",
    STAGE_BARS=("#9CCFCB", "#6FB7B2", "#3F9C97", "#2E7F95", "#3D5FA0", "#5A4FA0", "#7A4F9A"),
)

#: Calm dark greys (never black), the teal lightened so text keeps 4.5:1 and edges 3:1; text
#: on the accent turns dark.
DARK = Colours(
    ACCENT="#4DB6B2", ACCENT_DARK="#7ACFCB", ACCENT_SOFT="#173A3A", ACCENT_LINE="#2D5F5D",
    ACCENT_MUTED="#2F5554", ON_ACCENT="#0B1A1A", ON_ACCENT_MUTED="#8FA9A8", INDIGO="#A3ADF5",
    TEXT="#E6E9EE", MUTED="#A9B2BF", FAINT="#939CAA", DISABLED_TEXT="#5F6775",
    WINDOW="#1A1D23", SIDEBAR="#16191E", BORDER="#333943", CONTROL_LINE="#4A515D",
    SURFACE="#20242B", ALT_SURFACE="#252A32", HEADER="#272C34", HOVER="#2B313A",
    QUIET="#2B3038", NAV_TEXT="#D5DAE2", NAV_HOVER="#252A32", SELECTION="#1E4746",
    INPUT_BORDER="#6E7787", FOCUS="#4DB6B2", LINK="#8EC3F0", MARK="#6E5B10",
    AMBER="#E7A94E", AMBER_SOFT="#3A2F1A", AMBER_LINE="#6E5628", AMBER_TEXT="#F3CD86",
    GREEN="#72C277", ON_GREEN="#0D1B0E", GREEN_SOFT="#1C3320", GREEN_LINE="#2E5233",
    GREEN_TEXT="#A8DDAB",
    RED="#F2847B", RED_SOFT="#3B2223", RED_LINE="#6E3532", RED_TEXT="#F6B9B3",
    RED_FIELD="#2E2022",
    COLUMN="#262B33", COLUMN_EXIT="#21252C", CARD_LINE="#3A414C", CARD_HOVER_LINE="#5A6371",
    CARD_SELECTED="#1B3433", WAITING_BAR="#D99A3A", PLACEHOLDER="#2E343D",
    SCROLL_HANDLE="#48505C", SCROLL_HANDLE_HOVER="#66707E", ENDED_BAR="#4A515C",
    STAGE_BARS=("#2F6663", "#3A817D", "#4A9E99", "#4C8FA6", "#5A7CC0", "#7A70C4", "#9A72BA"),
)

#: The current colours; `use()` changes them.
current: Colours = LIGHT

# The current colours by name, as module attributes read at use time (`theme.ACCENT`). They are
# rebound by `use()`; the annotations tell type checkers what they are.
ACCENT: str
ACCENT_DARK: str
ACCENT_SOFT: str
ACCENT_LINE: str
ACCENT_MUTED: str
ON_ACCENT: str
ON_ACCENT_MUTED: str
INDIGO: str
TEXT: str
MUTED: str
FAINT: str
DISABLED_TEXT: str
WINDOW: str
SIDEBAR: str
BORDER: str
CONTROL_LINE: str
SURFACE: str
ALT_SURFACE: str
HEADER: str
HOVER: str
QUIET: str
NAV_TEXT: str
NAV_HOVER: str
SELECTION: str
INPUT_BORDER: str
FOCUS: str
LINK: str
MARK: str
AMBER: str
AMBER_SOFT: str
AMBER_LINE: str
AMBER_TEXT: str
GREEN: str
ON_GREEN: str
GREEN_SOFT: str
GREEN_LINE: str
GREEN_TEXT: str
RED: str
RED_SOFT: str
RED_LINE: str
RED_TEXT: str
RED_FIELD: str
COLUMN: str
COLUMN_EXIT: str
CARD_LINE: str
CARD_HOVER_LINE: str
CARD_SELECTED: str
WAITING_BAR: str
PLACEHOLDER: str
SCROLL_HANDLE: str
SCROLL_HANDLE_HOVER: str
ENDED_BAR: str
STAGE_BARS: tuple[str, ...]



def _bind(colours: Colours) -> None:
    global current
    current = colours
    globals().update(colours._asdict())


_bind(LIGHT)


def colour(name: str) -> str:
    """The current colour of the role `name` ("ACCENT", "MUTED", …), read now."""
    value = getattr(current, name)
    assert isinstance(value, str), name
    return value




def colour_of(name: str | None) -> str | None:
    """`colour(name)`, or None for no name (a table cell without a tone)."""
    return None if name is None else colour(name)


def palette(colours: Colours | None = None) -> QPalette:
    c = colours or current
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.WINDOW,
        QPalette.ColorRole.WindowText: c.TEXT,
        QPalette.ColorRole.Base: c.SURFACE,
        QPalette.ColorRole.AlternateBase: c.ALT_SURFACE,
        QPalette.ColorRole.Text: c.TEXT,
        QPalette.ColorRole.Button: c.HEADER,
        QPalette.ColorRole.ButtonText: c.TEXT,
        QPalette.ColorRole.BrightText: c.ON_ACCENT,
        QPalette.ColorRole.Highlight: c.ACCENT,
        QPalette.ColorRole.HighlightedText: c.ON_ACCENT,
        QPalette.ColorRole.Link: c.LINK,
        QPalette.ColorRole.LinkVisited: c.INDIGO,
        QPalette.ColorRole.ToolTipBase: c.SURFACE,
        QPalette.ColorRole.ToolTipText: c.TEXT,
        QPalette.ColorRole.PlaceholderText: c.FAINT,
        QPalette.ColorRole.Light: c.SURFACE if c is LIGHT else "#3A404A",
        QPalette.ColorRole.Midlight: "#E9ECF1" if c is LIGHT else "#30363F",
        QPalette.ColorRole.Mid: c.CONTROL_LINE,
        QPalette.ColorRole.Dark: "#A3ABB8" if c is LIGHT else "#121418",
        QPalette.ColorRole.Shadow: "#737D8C" if c is LIGHT else "#0B0C0F",
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(disabled, role, QColor(c.DISABLED_TEXT))
    p.setColor(disabled, QPalette.ColorRole.Highlight, QColor(c.CONTROL_LINE))
    return p


def style_sheet(colours: Colours | None = None) -> str:
    """The application's style sheet in `colours` (the current ones by default). A rule may
    name a colour as `{c.TEXT}` or as the module's `{TEXT}`: both are `colours` here."""
    c = colours or current
    if c is not current:  # the module's names are the current colours: bind `colours` a moment
        previous = current
        _bind(c)
        try:
            return style_sheet()
        finally:
            _bind(previous)
    return f"""
QStackedWidget#pages {{ background: {c.SURFACE}; }}
QFrame#sidebar {{ background: {c.SIDEBAR}; border-right: 1px solid {c.BORDER}; }}
QLabel#brandName {{ font-size: 13pt; font-weight: 600; color: {c.TEXT}; }}
QFrame#fileCard {{ background: {c.SURFACE}; border: 1px solid {c.BORDER}; border-radius: 8px;
    margin: 0 12px; }}
QLabel#fileCaption {{ font-size: 7.5pt; font-weight: 600; color: {c.FAINT};
    letter-spacing: 1px; }}
QLabel#fileName {{ font-weight: 600; color: {c.TEXT}; }}
QLabel#sidebarFooter {{ color: {c.MUTED}; font-size: 8.5pt; padding: 0 20px; }}
QListWidget#navList {{ background: transparent; border: none; outline: 0; }}
QListWidget#navList::item {{ color: {c.NAV_TEXT}; padding: 0 10px; margin: 1px 10px;
    border-radius: 7px; }}
QListWidget#navList::item:hover:!selected {{ background: {c.NAV_HOVER}; }}
QListWidget#navList::item:selected {{ background: {c.ACCENT_SOFT}; color: {c.ACCENT_DARK}; }}
QListWidget#navList::item:selected:focus {{ border: 2px solid {c.FOCUS}; }}

#ListPage QLabel#pageTitle, #CandidatesPage QLabel#pageTitle, #PipelinePage QLabel#pageTitle {{
    font-size: 17pt; font-weight: 600; color: {c.TEXT}; }}
#ListPage QLabel#pageSubtitle, #CandidatesPage QLabel#countLabel,
#PipelinePage QLabel#pageSubtitle {{ color: {c.MUTED}; }}

QTableView {{ border: 1px solid {c.BORDER}; border-radius: 6px; gridline-color: {c.QUIET};
    selection-background-color: {c.SELECTION}; selection-color: {c.TEXT}; }}
QTableView:focus, QTreeView:focus, QListView:focus {{ border: 2px solid {c.FOCUS}; }}
QTableView::item {{ padding: 0 6px; }}
/* the header's own font, not its sections': a header measures and cuts its titles in its
   font, and a bolder section font lost both ends of narrow titles */
QHeaderView {{ font-weight: 600; }}
QHeaderView::section {{ background: {c.HEADER}; color: {c.MUTED};
    padding: 6px 8px; border: none; border-bottom: 1px solid {c.BORDER}; }}
QTableCornerButton::section {{ background: {c.HEADER}; border: none; }}

QLineEdit#searchEdit {{ padding: 6px 8px; border: 1px solid {c.INPUT_BORDER};
    border-radius: 7px; background: {c.SURFACE}; }}
QLineEdit#searchEdit:focus {{ border: 2px solid {c.FOCUS}; padding: 5px 7px; }}
QPushButton:focus {{ border: 2px solid {c.FOCUS}; border-radius: 5px; background: {c.HEADER};
    padding: 3px 6px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {c.FOCUS};
    border-radius: 4px; padding: 0 1px; }}
QToolButton:focus {{ border: 2px solid {c.FOCUS}; border-radius: 5px; padding: 1px; }}
QToolTip {{ background: {c.SURFACE}; color: {c.TEXT}; border: 1px solid {c.CONTROL_LINE}; }}

#EmptyState QFrame#card {{ background: {c.SURFACE}; border: 1px solid {c.BORDER};
    border-radius: 14px; }}
#EmptyState QLabel#titleLabel {{ font-size: 16pt; font-weight: 600; color: {c.TEXT}; }}
#EmptyState QLabel#bodyLabel {{ font-size: 10.5pt; color: {c.MUTED}; }}
#EmptyState QLabel#hintLabel {{ font-size: 9pt; color: {c.FAINT}; }}
#EmptyState QPushButton#actionButton {{ background: {c.ACCENT}; color: {c.ON_ACCENT};
    border: none; border-radius: 8px; padding: 10px 26px; font-weight: 600;
    font-size: 10.5pt; }}
#EmptyState QPushButton#actionButton:hover {{ background: {c.ACCENT_DARK}; }}
#EmptyState QPushButton#actionButton:disabled {{ background: {c.ACCENT_MUTED};
    color: {c.ON_ACCENT_MUTED}; }}
QPushButton#primaryButton {{ background: {c.ACCENT}; color: {c.ON_ACCENT}; border: none;
    border-radius: 6px; padding: 6px 16px; font-weight: 600; }}
QPushButton#primaryButton:hover {{ background: {c.ACCENT_DARK}; }}
QPushButton#primaryButton:disabled {{ background: {c.ACCENT_MUTED}; color: {c.ON_ACCENT_MUTED}; }}
QPushButton#primaryButton:focus {{ outline: none; border: 2px solid {c.INDIGO};
    padding: 4px 14px; }}

#PipelinePage QFrame#stageChip {{ background: {c.HEADER}; border: 1px solid {c.BORDER};
    border-radius: 8px; }}
#PipelinePage QFrame#stageChip[closed="true"] {{ background: {c.SURFACE}; }}
#PipelinePage QLabel#chipCount {{ font-size: 14pt; font-weight: 600; color: {c.TEXT}; }}
#PipelinePage QFrame#stageChip[closed="true"] QLabel#chipCount {{ color: {c.FAINT}; }}
#PipelinePage QLabel#chipName {{ color: {c.MUTED}; font-size: 8.5pt; }}

#IdentityDialog QLabel#headline {{ font-size: 15pt; font-weight: 600; color: {c.TEXT}; }}
#IdentityDialog QLabel#intro {{ color: {c.MUTED}; }}
#IdentityDialog QLabel#nameError, #IdentityDialog QLabel#emailError {{ color: {c.RED};
    font-size: 8.5pt; }}

QStatusBar {{ background: {c.WINDOW}; border-top: 1px solid {c.BORDER}; color: {c.MUTED}; }}
QStatusBar QLabel {{ color: {c.MUTED}; padding: 0 10px; }}
QStatusBar::item {{ border: none; }}

/* settings_dialog (Edit → Settings…) */
#SettingsDialog QListWidget#pageList::item {{ padding: 6px 10px; }}
#SettingsDialog QLabel[role="heading"] {{ font-size: 13pt; font-weight: 600; color: {c.TEXT}; }}
#SettingsDialog QLabel[role="hint"] {{ color: {c.MUTED}; }}
#SettingsDialog QLabel[role="error"] {{ color: {c.RED}; font-size: 8.5pt; }}
/* "This file": shown, not typed in (the buttons beside open the dialogs that change them) */
#SettingsDialog QLabel[role="value"] {{ color: {c.TEXT}; font-weight: 600; padding: 3px 0; }}

/* welcome.ui (ui/welcome.py) */
#WelcomePanel {{ background: {c.SURFACE}; border: 1px solid {c.BORDER}; border-radius: 14px; }}
#WelcomePanel[framed="false"] {{ border: none; border-radius: 0; }}
#WelcomePanel QLabel#titleLabel {{ font-size: 18pt; font-weight: 600; color: {c.TEXT}; }}
#WelcomePanel QLabel#startLabel, #WelcomePanel QLabel#recentLabel {{ font-weight: 600;
    color: {c.TEXT}; font-size: 10.5pt; }}
#WelcomePanel QLabel#taglineLabel, #WelcomePanel QLabel#roleHint, #WelcomePanel QLabel#demoHint,
#WelcomePanel QLabel#recentEmpty, #WelcomePanel QLabel#statusLabel {{ color: {c.MUTED}; }}
#WelcomePanel QTreeWidget#recentList::item {{ padding: 4px 2px; }}

/* pages/pipeline.py */
#PipelinePage QPushButton#boardButton, #PipelinePage QPushButton#tableButton {{
    background: {c.SURFACE}; color: {c.MUTED}; border: 1px solid {c.CONTROL_LINE};
    padding: 5px 16px; min-width: 52px; }}
#PipelinePage QPushButton#boardButton {{ border-top-left-radius: 7px;
    border-bottom-left-radius: 7px; border-right: none; }}
#PipelinePage QPushButton#tableButton {{ border-top-right-radius: 7px;
    border-bottom-right-radius: 7px; }}
#PipelinePage QPushButton#boardButton:checked, #PipelinePage QPushButton#tableButton:checked {{
    background: {c.ACCENT_SOFT}; color: {c.ACCENT_DARK}; font-weight: 600; }}
#PipelinePage QPushButton#boardButton:hover:!checked,
#PipelinePage QPushButton#tableButton:hover:!checked {{ background: {c.HOVER}; }}
#PipelinePage QLabel#roleLabel, #PipelinePage QLabel#tagLabel, #PipelinePage QLabel#sourceLabel,
#PipelinePage QLabel#ownerLabel {{ color: {c.MUTED}; }}
#PipelinePage QLabel#hintLabel {{ color: {c.FAINT}; font-size: 8.5pt; }}
""" + _page_sheets()


# Things drawn from colours once (a widget's own style sheet, a glyph's pixmap), done again on
# every switch. Weak: a widget gone is forgotten.
_kept: weakref.WeakKeyDictionary[QWidget, dict[str, Callable[[Any], None]]] = (
    weakref.WeakKeyDictionary())


def keep(widget: W, redo: Callable[[W], None], what: str) -> None:
    """Call `redo(widget)` now and again whenever the theme switches, while `widget` lives; a
    later `redo` for the same `what` ("style", "pixmap") replaces the earlier one. `redo` must
    not hold the widget itself (it is handed to it): the widget would never be freed."""
    redo(widget)
    _kept.setdefault(widget, {})[what] = redo


def keep_style(widget: QWidget, build: Callable[[], str]) -> None:
    """Give `widget` the style sheet `build()` returns, built again on every switch.

    A main window page (`APP_SCOPED`: its object name) hands its sheet to the application's
    instead, scoped by that name (`_scoped`): from the first switch on, a switch is one
    application sheet set, Qt polishing each widget once, where a page's own sheet made Qt
    re-polish its whole subtree again (1.1-1.4 s with every page built). Until then (and for a
    page made before its first switch) the page keeps its own sheet, so start-up neither
    imports every page's sheet nor sets the application's twice."""
    name = widget.objectName()
    if name in APP_SCOPED:
        _app_parts[name] = build
        if name in _applied_parts:
            return
    keep(widget, lambda w: w.setStyleSheet(build()), "style")


#: The pages whose sheets become part of the application's (their object names).
APP_SCOPED = frozenset({"HomePage", "CandidatesPage", "InterviewsPage", "OffersPage",
                        "ReportsPage", "roleWorkspace", "board", "CalibrationDialog",
                        "PrivacyDialog"})
#: Each page's sheet by its object name, as `keep_style` met them.
_app_parts: dict[str, Callable[[], str]] = {}
#: The pages whose sheets the application's sheet holds now.
_applied_parts: set[str] = set()


def _page_sheets() -> str:
    """The pages' sheets met so far, each scoped by its object name."""
    return "\n".join(_scoped(name, build()) for name, build in sorted(_app_parts.items()))


def _hand_over_page_sheets() -> None:
    """Before a switch: the pages' own sheets are dropped; the application's holds them."""
    import shiboken6

    for widget, redos in list(_kept.items()):
        if (shiboken6.isValid(widget) and "style" in redos
                and widget.objectName() in _app_parts):
            del redos["style"]
            widget.setStyleSheet("")
    _applied_parts.update(_app_parts)


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def _scoped(scope: str, sheet: str) -> str:
    """`sheet`, written for a widget's own style sheet, as rules of the application's that
    reach only the widget named `scope` and what is inside it: each selector gets `#scope `
    in front (one already starting with it is kept). The added id also keeps the page's rules
    above the application's general ones, as a widget's own sheet was."""
    rules = []
    for selectors, body in _RULE.findall(_COMMENT.sub("", sheet)):
        scoped = []
        for selector in (s.strip() for s in selectors.split(",")):
            own = selector == f"#{scope}" or selector.startswith((f"#{scope} ", f"#{scope}:",
                                                                  f"#{scope}["))
            scoped.append(selector if own else f"#{scope} {selector}")
        rules.append(f"{', '.join(scoped)} {{{body}}}")
    return "\n".join(rules)



_appearance = "system"


def appearance() -> str:
    """The person's choice: "system", "light" or "dark"."""
    return _appearance


def scheme_for(choice: str) -> Colours:
    """The colours a choice stands for now ("system": the desktop's scheme; unknown: light)."""
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    hints = QGuiApplication.styleHints() if QGuiApplication.instance() else None
    dark = hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark
    return DARK if dark else LIGHT


def _restyle(app: QApplication) -> None:
    _hand_over_page_sheets()
    app.setPalette(palette())
    # Off, then on: Qt's update of a sheet already set re-polishes each widget once for every
    # widget above it (about 0.7 s on a built window), while a first sheet is one new style
    # polished once per widget (about 0.1 s); the window is painted after both.
    app.setStyleSheet("")
    app.setStyleSheet(style_sheet())
    import shiboken6

    for widget, redos in list(_kept.items()):
        if not shiboken6.isValid(widget):
            continue
        for redo in list(redos.values()):
            redo(widget)
    for widget in app.allWidgets():
        widget.update()


def use(choice: str, app: QApplication | None = None) -> None:
    """Follow `choice` ("system", "light", "dark") from now on: the colours, the palette and
    every style sheet switch at once, live."""
    global _appearance
    _appearance = choice if choice in APPEARANCES else "system"
    colours = scheme_for(_appearance)
    instance = app or QApplication.instance()
    changed = colours is not current
    _bind(colours)
    if isinstance(instance, QApplication) and (changed or app is not None):
        _restyle(instance)


def _system_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    if _appearance == "system":
        use("system")


#: Qt's style under the theme's palette and style sheets, the same on every platform.
STYLE = "Fusion"


def apply(app: QApplication, choice: str = "system", *, styled: bool = False) -> None:
    """Fusion, a readable base font, then the palette and style sheet `choice` asks for; the
    theme follows the desktop's scheme from then on while the choice is "system".

    `styled`: `app` was made in Fusion already (`-style`, as `ui/app.application` makes it)."""
    if not styled:
        app.setStyle(STYLE)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    if not app.property("hirefileFollowsScheme"):
        app.setProperty("hirefileFollowsScheme", True)
        app.styleHints().colorSchemeChanged.connect(_system_scheme_changed)
    use(choice, app)
