"""The look of the candidate screens, and small helpers for flags, messages and chips.

The application style sheet (`ui.theme`) styles the window; these rules are set on the
Candidates page and on its dialogs only, and address widgets by object name or by the `kind`
property the forms give their labels, so they never leak into other screens.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hirefile.ui import theme


def _button() -> str:
    return f"""border: 1px solid {theme.CONTROL_LINE}; border-radius: 6px; padding: 5px 12px;
    background: {theme.SURFACE}; color: {theme.TEXT};"""

def style_sheet() -> str:
    """This screen's style sheet in the current colours."""
    return f"""
QLabel[kind="sectionTitle"] {{ font-size: 11pt; font-weight: 600; color: {theme.TEXT};
    padding-top: 10px; }}
QLabel[kind="hint"] {{ color: {theme.MUTED}; }}
QLabel[kind="fieldError"] {{ color: {theme.RED}; font-size: 9pt; }}
QLabel[kind="fieldWarning"] {{ color: {theme.AMBER}; font-size: 9pt; }}
QLabel[kind="bigNumber"] {{ font-size: 22pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel#headline {{ font-size: 14pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel#headerName {{ font-size: 18pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel#headerSubtitle {{ color: {theme.MUTED}; }}
QToolButton#backButton {{ color: {theme.ACCENT_DARK}; font-weight: 600; padding: 2px 4px; }}
QFrame#duplicateBanner, QFrame#warningBanner {{ background: {theme.AMBER_SOFT};
    border: 1px solid {theme.AMBER_LINE}; border-radius: 6px; }}
QFrame#duplicateBanner QLabel, QFrame#warningBanner QLabel {{ color: {theme.AMBER_TEXT}; }}
QFrame#messageBar, QFrame#noticeBar {{ background: {theme.ACCENT_SOFT};
    border: 1px solid {theme.ACCENT_LINE}; border-radius: 6px; }}
QFrame#messageBar[problem="true"], QFrame#problemFrame {{ background: {theme.RED_SOFT};
    border: 1px solid {theme.RED_LINE}; border-radius: 6px; }}
QFrame#messageBar[problem="true"] QLabel, QFrame#problemFrame QLabel {{ color: {theme.RED_TEXT}; }}
QFrame#applicationCard {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};
    border-radius: 8px; }}
QFrame#applicationCard QLabel#roleName {{ font-weight: 600; color: {theme.TEXT}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {theme.RED};
    border-radius: 3px; padding: 2px 3px; background: {theme.RED_FIELD}; }}
QLineEdit[warning="true"] {{ border: 1px solid {theme.AMBER}; border-radius: 3px;
    padding: 2px 3px; }}
QLineEdit[link="true"] {{ color: {theme.LINK}; }}
QComboBox[invalid="true"] {{ background: {theme.RED_SOFT}; color: {theme.RED}; }}
QScrollArea#formScroll, QScrollArea#applicationsScroll, QWidget#formHost,
QWidget#applicationsHost, QWidget#qt_scrollarea_viewport {{ background: {theme.SURFACE}; }}
QTabWidget#sideTabs::pane {{ border: none; border-top: 1px solid {theme.BORDER}; }}
QToolButton#importButton,
QToolButton#exportButton, QToolButton#moveButton, QToolButton#tagButton,
QToolButton#rejectButton, QToolButton#addRoleButton, QToolButton#moveStageButton {{ {_button()} }}
QToolButton#addRoleButton::menu-indicator, QToolButton#moveStageButton::menu-indicator {{
    subcontrol-position: right center; right: 6px; }}
QToolButton#addRoleButton, QToolButton#moveStageButton {{ padding-right: 22px; }}
QToolButton:hover#importButton, QToolButton:hover#exportButton, QToolButton:hover#moveButton,
QToolButton:hover#tagButton, QToolButton:hover#rejectButton, QToolButton:hover#addRoleButton,
QToolButton:hover#moveStageButton {{ background: {theme.HOVER}; }}
QToolButton:focus {{ border-color: {theme.ACCENT}; }}
QToolButton:disabled#moveButton, QToolButton:disabled#tagButton,
QToolButton:disabled#rejectButton, QToolButton:disabled#exportButton {{
    color: {theme.DISABLED_TEXT};
    border-color: {theme.BORDER}; }}
QToolButton[primary="true"], QPushButton[primary="true"] {{ background: {theme.ACCENT};
    color: {theme.ON_ACCENT}; border: 1px solid {theme.ACCENT_DARK}; border-radius: 6px;
    padding: 5px 14px; font-weight: 600; }}
QToolButton[primary="true"]:hover, QPushButton[primary="true"]:hover {{
    background: {theme.ACCENT_DARK}; }}
QToolButton[primary="true"]:focus, QPushButton[primary="true"]:focus {{
    border: 2px solid {theme.INDIGO}; }}
QPushButton[primary="true"]:disabled {{ background: {theme.ACCENT_MUTED};
    border-color: {theme.ACCENT_MUTED}; }}
"""



def polish_kinds(root: QWidget) -> None:
    """Re-polish the widgets whose look depends on a dynamic property set by a form.

    `pyside6-uic` sets dynamic properties in `retranslateUi`, after layouts may already have
    polished the widget, and Qt does not re-polish on a property change by itself.
    """
    for w in root.findChildren(QWidget):
        if w.property("kind") is not None or w.property("primary") is not None:
            w.style().unpolish(w)
            w.style().polish(w)

