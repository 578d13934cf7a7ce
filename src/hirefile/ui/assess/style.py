"""The look of the assessment screens: one style sheet and the colours of the rating scale.

The application style sheet (`ui.theme`) styles the window; these rules are set on the
Interviews page and on the assessment dialogs only, addressed by object name or by the `kind`
property the forms give their labels, so they never leak into other screens. The four ratings
get one colour each, from red to green, used alike by the pickers, the debrief grid and the
finalists table, so a founder learns the colours once.
"""

from __future__ import annotations

from dataclasses import dataclass

from hirefile.domain.vocab import NOT_ASSESSED_LABEL, Rating
from hirefile.ui import theme

AMBER_SOFT = "#FFF4E0"
AMBER_LINE = "#F0D29A"


def amber_note(object_name: str) -> str:
    """The style of a calm amber note (a frame named `object_name` and its labels): for what
    a person may want to reconsider, never an error."""
    return (f"QFrame#{object_name} {{ background: {AMBER_SOFT}; border: 1px solid "
            f"{AMBER_LINE}; border-radius: 6px; }} QFrame#{object_name} QLabel {{ "
            "color: #6B4100; background: transparent; }")


@dataclass(frozen=True)
class Tone:
    """Text, fill and border colours of one rating."""

    fg: str
    bg: str
    line: str


#: Strong no … Strong yes, and "not assessed" (None), which is grey on purpose: it is no score.
RATING_TONES: dict[int | None, Tone] = {
    1: Tone("#8F1D17", "#FBE1DE", "#EBB3AD"),
    2: Tone("#8A4B00", "#FCEBD2", "#EACB9A"),
    3: Tone("#1F6B3A", "#E0F1E4", "#ABD5B6"),
    4: Tone("#FFFFFF", "#2F7D32", "#2F7D32"),
    None: Tone(theme.MUTED, "#F1F3F6", "#DCE1E8"),
}


def rating_text(value: int | None) -> str:
    """`3` → "Yes"; None → "Not assessed"."""
    return Rating(value).label if value in (1, 2, 3, 4) else NOT_ASSESSED_LABEL


def tone_for(value: float | None) -> Tone:
    """The tone of a rating or of a mean (rounded the way `rating_label` rounds it)."""
    if value is None:
        return RATING_TONES[None]
    return RATING_TONES[min(4, max(1, round(value)))]


_BUTTON = f"""border: 1px solid #C8CED8; border-radius: 6px; padding: 5px 12px;
    background: #FFFFFF; color: {theme.TEXT};"""


def _segment_rules() -> str:
    rules = []
    for key, tone in RATING_TONES.items():
        name = "none" if key is None else str(key)
        rules.append(f'QToolButton[segment="true"][tone="{name}"]:checked {{ color: {tone.fg}; '
                     f'background: {tone.bg}; border-color: {tone.line}; font-weight: 600; }}')
    return "\n".join(rules)


STYLE = f"""
QLabel[kind="pageTitle"] {{ font-size: 17pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="headline"] {{ font-size: 15pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="subtitle"], QLabel[kind="hint"] {{ color: {theme.MUTED}; }}
QLabel[kind="faint"] {{ color: {theme.FAINT}; font-size: 9pt; }}
QLabel[kind="sectionTitle"] {{ font-size: 11pt; font-weight: 600; color: {theme.TEXT};
    padding: 6px 0 0 0; margin: 0; }}
QLabel[kind="fieldTitle"] {{ font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="fieldError"] {{ color: {theme.RED}; font-size: 9pt; }}
QLabel[kind="notice"] {{ color: {theme.GREEN}; }}
QLabel[kind="bigScore"] {{ font-size: 22pt; font-weight: 600; color: {theme.TEXT}; }}
QLabel[kind="private"] {{ color: {theme.INDIGO}; font-size: 9pt; }}
QFrame[kind="card"] {{ background: #FFFFFF; border: 1px solid {theme.BORDER};
    border-radius: 8px; }}
QFrame[kind="card"] QLabel {{ background: transparent; }}
QFrame[kind="sealedCard"] {{ background: #F7F8FA; border: 1px dashed #C8CED8;
    border-radius: 8px; }}
QFrame[kind="scoreCard"] {{ background: {theme.ACCENT_SOFT}; border: 1px solid #B9DCDA;
    border-radius: 10px; }}
QFrame[kind="scoreCard"] QLabel {{ background: transparent; }}
QFrame#sealedBanner, QFrame#warningBanner {{ background: {AMBER_SOFT};
    border: 1px solid {AMBER_LINE}; border-radius: 6px; }}
QFrame#sealedBanner QLabel, QFrame#warningBanner QLabel {{ color: #6B4100; }}
QFrame#doneBanner {{ background: {theme.ACCENT_SOFT}; border: 1px solid #B9DCDA;
    border-radius: 6px; }}
QFrame#doneBanner QLabel {{ color: {theme.ACCENT_DARK}; }}
QFrame#footer {{ background: {theme.WINDOW}; border-top: 1px solid {theme.BORDER}; }}
QScrollArea#scroll, QWidget#scrollHost {{ background: #FFFFFF; border: none; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {theme.RED};
    border-radius: 3px; padding: 2px 3px; background: #FFF7F6; }}
QListWidget[invalid="true"] {{ border: 1px solid {theme.RED}; }}
QFrame[segmented="true"] {{ border: 1px solid transparent; border-radius: 8px; }}
QFrame[segmented="true"]:focus {{ border: 1px solid {theme.ACCENT}; }}
QFrame[segmented="true"][invalid="true"] {{ border: 1px solid {theme.RED}; }}
QToolButton[segment="true"] {{ border: 1px solid #C8CED8; background: #FFFFFF;
    color: {theme.TEXT}; padding: 4px 10px; margin: 0; }}
QToolButton[segment="true"]:hover:!checked {{ background: #F1F4F7; }}
QToolButton[segment="true"][first="true"] {{ border-top-left-radius: 6px;
    border-bottom-left-radius: 6px; }}
QToolButton[segment="true"][last="true"] {{ border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }}
{_segment_rules()}
QPushButton[kind="tool"], QToolButton[kind="tool"] {{ {_BUTTON} }}
QPushButton[kind="tool"]:hover, QToolButton[kind="tool"]:hover {{ background: #F1F4F7; }}
QPushButton[kind="tool"]:disabled, QToolButton[kind="tool"]:disabled {{ color: #A7AEBA;
    border-color: #DCE1E8; }}
QToolButton[kind="tool"]::menu-indicator {{ subcontrol-position: right center;
    right: 6px; }}
QToolButton[kind="tool"][menu="true"] {{ padding-right: 22px; }}
QPushButton[kind="primary"] {{ background: {theme.ACCENT}; color: #FFFFFF; border: none;
    border-radius: 6px; padding: 6px 16px; font-weight: 600; }}
QPushButton[kind="primary"]:hover {{ background: {theme.ACCENT_DARK}; }}
QPushButton[kind="primary"]:focus {{ outline: none; border: 2px solid {theme.INDIGO};
    padding: 4px 14px; }}
QPushButton[kind="primary"]:disabled {{ background: #9CC9C8; }}
QPushButton[kind="link"] {{ border: none; color: {theme.ACCENT_DARK}; font-weight: 600;
    padding: 2px 4px; text-align: left; background: transparent; }}
QPushButton[kind="link"]:hover {{ text-decoration: underline; }}
QPushButton[kind="link"]:focus {{ outline: none; border: 1px solid {theme.ACCENT};
    border-radius: 4px; }}
QPushButton#toggleUpcoming, QPushButton#togglePast {{ background: #FFFFFF;
    color: {theme.MUTED}; border: 1px solid #C8CED8; padding: 5px 16px; min-width: 60px;
    font-weight: 600; }}
QPushButton#toggleUpcoming {{ border-top-left-radius: 7px; border-bottom-left-radius: 7px;
    border-right: none; }}
QPushButton#togglePast {{ border-top-right-radius: 7px; border-bottom-right-radius: 7px; }}
QPushButton#toggleUpcoming:checked, QPushButton#togglePast:checked {{
    background: {theme.ACCENT_SOFT}; color: {theme.ACCENT_DARK}; }}
"""
