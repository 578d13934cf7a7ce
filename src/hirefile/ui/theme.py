"""The look of Hirefile: Fusion, a calm light palette, and one accent taken from the icon.

Fusion looks the same on every platform, so what the screenshots show is what people get. The
palette does most of the work; the style sheet only styles what a palette cannot (the sidebar,
page titles, the primary button, chips), addressed by object name under its form's name so it
does not leak into other windows. Tables and their headers are styled app-wide on purpose.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# The icon's teal and indigo; text and surfaces in cool greys.
ACCENT = "#0E7C7B"
ACCENT_DARK = "#0B5F5E"
ACCENT_SOFT = "#DDEFEE"
INDIGO = "#2E3A8C"
TEXT = "#1D2433"
MUTED = "#5F6B7D"
FAINT = "#687180"  # the lightest grey small text may use: 4.5:1 on WINDOW (WCAG 2.1 AA)
WINDOW = "#F4F6F9"
SIDEBAR = "#EBEEF3"
BORDER = "#DCE1E8"  # decorative lines only (cards, tables): a control's edge is INPUT_BORDER
SURFACE = "#FFFFFF"
HEADER = "#F7F8FA"
NAV_TEXT = "#2B3445"
NAV_HOVER = "#E1E6ED"
SELECTION = "#D5ECEA"
INPUT_BORDER = "#8B95A3"  # 3:1 on SURFACE: an input's edge is seen (WCAG 1.4.11)
FOCUS = ACCENT  # the focus ring: 3:1 on every surface it is drawn on
AMBER = "#A35F00"
GREEN = "#2F7D32"
RED = "#B3261E"

TONES: dict[str, str] = {
    "accent": ACCENT, "muted": FAINT, "amber": AMBER, "green": GREEN, "red": RED,
    "indigo": INDIGO,
}


def palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#FFFFFF",
        QPalette.ColorRole.AlternateBase: "#F8FAFB",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#F7F8FA",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#FFFFFF",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#1F5A8A",
        QPalette.ColorRole.LinkVisited: INDIGO,
        QPalette.ColorRole.ToolTipBase: "#FFFFFF",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: FAINT,
        QPalette.ColorRole.Light: "#FFFFFF",
        QPalette.ColorRole.Midlight: "#E9ECF1",
        QPalette.ColorRole.Mid: "#C8CED8",
        QPalette.ColorRole.Dark: "#A3ABB8",
        QPalette.ColorRole.Shadow: "#737D8C",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(disabled, role, QColor("#A7AEBA"))
    p.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#B9C2CC"))
    return p


STYLE_SHEET = f"""
QStackedWidget#pages {{ background: #FFFFFF; }}
QFrame#sidebar {{ background: {SIDEBAR}; border-right: 1px solid {BORDER}; }}
QLabel#brandName {{ font-size: 13pt; font-weight: 600; color: {TEXT}; }}
QFrame#fileCard {{ background: #FFFFFF; border: 1px solid {BORDER}; border-radius: 8px;
    margin: 0 12px; }}
QLabel#fileCaption {{ font-size: 7.5pt; font-weight: 600; color: {FAINT};
    letter-spacing: 1px; }}
QLabel#fileName {{ font-weight: 600; color: {TEXT}; }}
QLabel#sidebarFooter {{ color: {MUTED}; font-size: 8.5pt; padding: 0 20px; }}
QListWidget#navList {{ background: transparent; border: none; outline: 0; }}
QListWidget#navList::item {{ color: {NAV_TEXT}; padding: 0 10px; margin: 1px 10px;
    border-radius: 7px; }}
QListWidget#navList::item:hover:!selected {{ background: {NAV_HOVER}; }}
QListWidget#navList::item:selected {{ background: {ACCENT_SOFT}; color: {ACCENT_DARK}; }}
QListWidget#navList::item:selected:focus {{ border: 2px solid {FOCUS}; }}

#ListPage QLabel#pageTitle, #CandidatesPage QLabel#pageTitle, #PipelinePage QLabel#pageTitle {{
    font-size: 17pt; font-weight: 600; color: {TEXT}; }}
#ListPage QLabel#pageSubtitle, #CandidatesPage QLabel#countLabel,
#PipelinePage QLabel#pageSubtitle {{ color: {MUTED}; }}

QTableView {{ border: 1px solid {BORDER}; border-radius: 6px; gridline-color: #EEF0F4;
    selection-background-color: {SELECTION}; selection-color: {TEXT}; }}
QTableView:focus, QTreeView:focus, QListView:focus {{ border: 2px solid {FOCUS}; }}
QTableView::item {{ padding: 0 6px; }}
QHeaderView::section {{ background: {HEADER}; color: {MUTED}; font-weight: 600;
    padding: 6px 8px; border: none; border-bottom: 1px solid {BORDER}; }}

QLineEdit#searchEdit {{ padding: 6px 8px; border: 1px solid {INPUT_BORDER}; border-radius: 7px;
    background: {SURFACE}; }}
QLineEdit#searchEdit:focus {{ border: 2px solid {FOCUS}; padding: 5px 7px; }}
QPushButton:focus {{ border: 2px solid {FOCUS}; border-radius: 5px; background: {HEADER};
    padding: 3px 6px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {FOCUS};
    border-radius: 4px; padding: 0 1px; }}
QToolButton:focus {{ border: 2px solid {FOCUS}; border-radius: 5px; padding: 1px; }}

#EmptyState QFrame#card {{ background: #FFFFFF; border: 1px solid {BORDER};
    border-radius: 14px; }}
#EmptyState QLabel#titleLabel {{ font-size: 16pt; font-weight: 600; color: {TEXT}; }}
#EmptyState QLabel#bodyLabel {{ font-size: 10.5pt; color: {MUTED}; }}
#EmptyState QLabel#hintLabel {{ font-size: 9pt; color: {FAINT}; }}
#EmptyState QPushButton#actionButton {{ background: {ACCENT}; color: #FFFFFF; border: none;
    border-radius: 8px; padding: 10px 26px; font-weight: 600; font-size: 10.5pt; }}
#EmptyState QPushButton#actionButton:hover {{ background: {ACCENT_DARK}; }}
#EmptyState QPushButton#actionButton:disabled {{ background: #9CC9C8; }}
QPushButton#primaryButton {{ background: {ACCENT}; color: #FFFFFF; border: none;
    border-radius: 6px; padding: 6px 16px; font-weight: 600; }}
QPushButton#primaryButton:hover {{ background: {ACCENT_DARK}; }}
QPushButton#primaryButton:disabled {{ background: #9CC9C8; }}
QPushButton#primaryButton:focus {{ outline: none; border: 2px solid {INDIGO}; padding: 4px 14px; }}

#PipelinePage QFrame#stageChip {{ background: #F7F8FA; border: 1px solid {BORDER};
    border-radius: 8px; }}
#PipelinePage QFrame#stageChip[closed="true"] {{ background: #FFFFFF; }}
#PipelinePage QLabel#chipCount {{ font-size: 14pt; font-weight: 600; color: {TEXT}; }}
#PipelinePage QFrame#stageChip[closed="true"] QLabel#chipCount {{ color: {FAINT}; }}
#PipelinePage QLabel#chipName {{ color: {MUTED}; font-size: 8.5pt; }}

#IdentityDialog QLabel#headline {{ font-size: 15pt; font-weight: 600; color: {TEXT}; }}
#IdentityDialog QLabel#intro {{ color: {MUTED}; }}
#IdentityDialog QLabel#nameError, #IdentityDialog QLabel#emailError {{ color: {RED};
    font-size: 8.5pt; }}

QStatusBar {{ background: {WINDOW}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 10px; }}
QStatusBar::item {{ border: none; }}

/* settings_dialog (Edit → Settings…) */
#SettingsDialog QListWidget#pageList::item {{ padding: 6px 10px; }}
#SettingsDialog QLabel[role="heading"] {{ font-size: 13pt; font-weight: 600; color: {TEXT}; }}
#SettingsDialog QLabel[role="hint"] {{ color: {MUTED}; }}
#SettingsDialog QLabel[role="error"] {{ color: {RED}; font-size: 8.5pt; }}

/* welcome.ui (ui/welcome.py) */
#WelcomePanel {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 14px; }}
#WelcomePanel[framed="false"] {{ border: none; border-radius: 0; }}
#WelcomePanel QLabel#titleLabel {{ font-size: 18pt; font-weight: 600; color: {TEXT}; }}
#WelcomePanel QLabel#startLabel, #WelcomePanel QLabel#recentLabel {{ font-weight: 600;
    color: {TEXT}; font-size: 10.5pt; }}
#WelcomePanel QLabel#taglineLabel, #WelcomePanel QLabel#roleHint, #WelcomePanel QLabel#demoHint,
#WelcomePanel QLabel#recentEmpty, #WelcomePanel QLabel#statusLabel {{ color: {MUTED}; }}
#WelcomePanel QTreeWidget#recentList::item {{ padding: 4px 2px; }}
"""


def apply(app: QApplication) -> None:
    """Fusion, the palette, a readable base font and the style sheet, once per application."""
    app.setStyle("Fusion")
    app.setPalette(palette())
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
