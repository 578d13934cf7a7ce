"""The look of the offer screens: one style sheet and one colour per offer status.

The application style sheet (`ui.theme`) styles the window; these rules are set on the Offers
page and on its dialogs only, addressed by object name or by the `kind` property the forms
give their widgets, so they never leak into other screens. A status has the same colour in the
list, in the editor's chip and in the history, so a founder learns it once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hirefile.domain.vocab import OfferStatus
from hirefile.ui import theme

S = OfferStatus

#: An offer status's colour name (`status_tone` reads it in the current theme).
STATUS_TONES: dict[OfferStatus, str] = {
    S.DRAFT: "MUTED", S.APPROVED: "INDIGO", S.SENT: "ACCENT",
    S.ACCEPTED: "GREEN", S.DECLINED: "RED", S.EXPIRED: "AMBER",
    S.WITHDRAWN: "FAINT",
}
#: The same colour names by label, for list rows that carry the status as text.
STATUS_TONES_BY_LABEL: dict[str, str] = {s.label: tone for s, tone in STATUS_TONES.items()}


def status_tone(status: OfferStatus) -> str:
    """The colour of an offer status in the current theme."""
    return theme.colour(STATUS_TONES[status])


def _button() -> str:
    return f"""border: 1px solid {theme.CONTROL_LINE}; border-radius: 6px; padding: 5px 12px;
    background: {theme.SURFACE}; color: {theme.TEXT};"""

def style_sheet() -> str:
    """This screen's style sheet in the current colours."""
    return f"""
QLabel[kind="pageTitle"] {{ font-size: 17pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="headline"] {{ font-size: 16pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="subtitle"], QLabel[kind="hint"] {{ color: {theme.MUTED}; }}
QLabel[kind="faint"] {{ color: {theme.FAINT}; font-size: 9pt; }}
QLabel[kind="sectionTitle"] {{ font-size: 11pt; font-weight: 600; color: {theme.TEXT};
    padding: 4px 0 2px 0; }}
QLabel[kind="fieldError"] {{ color: {theme.RED}; font-size: 9pt; }}
QLabel[kind="summary"] {{ color: {theme.ACCENT_DARK}; font-weight: 600; }}
QLabel[kind="ok"] {{ color: {theme.GREEN}; }}
QLabel[kind="note"] {{ color: {theme.AMBER}; }}
QFrame[kind="card"] {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};
    border-radius: 8px; }}
QFrame[kind="card"] QLabel {{ background: transparent; border: none; }}
QFrame#warningBanner, QFrame#problemsBanner {{ background: {theme.AMBER_SOFT};
    border: 1px solid {theme.AMBER_LINE}; border-radius: 6px; }}
QFrame#warningBanner QLabel, QFrame#problemsBanner QLabel {{ color: {theme.AMBER_TEXT};
    background: transparent; }}
QFrame#infoBanner {{ background: {theme.ACCENT_SOFT}; border: 1px solid {theme.ACCENT_LINE};
    border-radius: 6px; }}
QFrame#infoBanner QLabel {{ color: {theme.ACCENT_DARK}; background: transparent; }}
QFrame#messageBar {{ background: {theme.RED_SOFT}; border: 1px solid {theme.RED_LINE};
    border-radius: 6px; }}
QFrame#messageBar QLabel {{ color: {theme.RED_TEXT}; background: transparent; }}
QFrame#messageBar[tone="info"] {{ background: {theme.AMBER_SOFT};
    border: 1px solid {theme.AMBER_LINE}; }}
QFrame#messageBar[tone="info"] QLabel {{ color: {theme.AMBER_TEXT}; }}
QFrame#footer {{ background: {theme.WINDOW}; border-top: 1px solid {theme.BORDER}; }}
QFrame#logoFrame {{ background: {theme.SURFACE}; border: 1px dashed {theme.CONTROL_LINE};
    border-radius: 8px; }}
QWidget#termsPage, QWidget#letterPage, QWidget#historyPage, QWidget#profilePage,
QWidget#templatePage {{ background: {theme.SURFACE}; }}
QTabWidget#tabs::pane {{ border: none; border-top: 1px solid {theme.BORDER}; }}
QTabWidget#tabs::tab-bar {{ left: 20px; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {theme.RED};
    border-radius: 3px; padding: 2px 3px; background: {theme.RED_FIELD}; }}
QLineEdit[warning="true"] {{ border: 1px solid {theme.AMBER}; border-radius: 3px;
    padding: 2px 3px; }}
QPlainTextEdit#bodyEdit {{ font-size: 10.5pt; padding: 6px; }}
QPushButton[kind="tool"], QToolButton[kind="tool"] {{ {_button()} }}
QPushButton[kind="tool"]:hover, QToolButton[kind="tool"]:hover {{ background: {theme.HOVER}; }}
QPushButton[kind="tool"]:focus, QToolButton[kind="tool"]:focus {{
    border: 1px solid {theme.ACCENT}; }}
QPushButton[kind="tool"]:disabled, QToolButton[kind="tool"]:disabled {{
    color: {theme.DISABLED_TEXT};
    border-color: {theme.BORDER}; }}
QPushButton[kind="primary"] {{ background: {theme.ACCENT}; color: {theme.ON_ACCENT}; border: none;
    border-radius: 6px; padding: 6px 16px; font-weight: 600; }}
QPushButton[kind="primary"]:hover {{ background: {theme.ACCENT_DARK}; }}
QPushButton[kind="primary"]:focus {{ outline: none; border: 2px solid {theme.INDIGO};
    padding: 4px 14px; }}
QPushButton[kind="primary"]:disabled {{ background: {theme.ACCENT_MUTED}; }}
QPushButton[kind="link"] {{ border: none; color: {theme.ACCENT_DARK}; font-weight: 600;
    padding: 2px 6px; background: transparent; }}
QPushButton[kind="link"]:hover {{ text-decoration: underline; }}
QPushButton[kind="link"]:focus {{ outline: none; border: 1px solid {theme.ACCENT};
    border-radius: 4px; }}
QToolButton[kind="separator"] {{ border: none; }}
"""


def set_tone(widget: QWidget, tone: str, name: str = "tone") -> None:
    """Set a style property (`tone`, `kind`) and re-polish, so the style sheet sees it."""
    if widget.property(name) == tone:
        return
    widget.setProperty(name, tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    for child in widget.findChildren(QWidget):
        child.style().unpolish(child)
        child.style().polish(child)
