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


def amber_note(object_name: str) -> str:
    """The style of a calm amber note (a frame named `object_name` and its labels): for what
    a person may want to reconsider, never an error."""
    return (f"QFrame#{object_name} {{ background: {theme.AMBER_SOFT}; border: 1px solid "
            f"{theme.AMBER_LINE}; border-radius: 6px; }} QFrame#{object_name} QLabel {{ "
            f"color: {theme.AMBER_TEXT}; background: transparent; }}")


@dataclass(frozen=True)
class Tone:
    """Text, fill and border colours of one rating, by colour name: read in the current
    theme when asked for (`fg`, `bg`, `line`)."""

    fg_name: str
    bg_name: str
    line_name: str

    @property
    def fg(self) -> str:
        return theme.colour(self.fg_name)

    @property
    def bg(self) -> str:
        return theme.colour(self.bg_name)

    @property
    def line(self) -> str:
        return theme.colour(self.line_name)


#: Strong no … Strong yes, and "not assessed" (None), which is grey on purpose: it is no score.
RATING_TONES: dict[int | None, Tone] = {
    1: Tone("RED_TEXT", "RED_SOFT", "RED_LINE"),
    2: Tone("AMBER_TEXT", "AMBER_SOFT", "AMBER_LINE"),
    3: Tone("GREEN_TEXT", "GREEN_SOFT", "GREEN_LINE"),
    4: Tone("ON_GREEN", "GREEN", "GREEN"),
    None: Tone("MUTED", "HOVER", "BORDER"),
}


def rating_text(value: int | None) -> str:
    """`3` → "Yes"; None → "Not assessed"."""
    return Rating(value).label if value in (1, 2, 3, 4) else NOT_ASSESSED_LABEL


def tone_for(value: float | None) -> Tone:
    """The tone of a rating or of a mean (rounded the way `rating_label` rounds it)."""
    if value is None:
        return RATING_TONES[None]
    return RATING_TONES[min(4, max(1, round(value)))]


def _button() -> str:
    return f"""border: 1px solid {theme.CONTROL_LINE}; border-radius: 6px; padding: 5px 12px;
    background: {theme.SURFACE}; color: {theme.TEXT};"""


def _segment_rules() -> str:
    rules = []
    for key, tone in RATING_TONES.items():
        name = "none" if key is None else str(key)
        rules.append(f'QToolButton[segment="true"][tone="{name}"]:checked {{ color: {tone.fg}; '
                     f'background: {tone.bg}; border-color: {tone.line}; font-weight: 600; }}')
    return "\n".join(rules)


def style_sheet() -> str:
    """This screen's style sheet in the current colours."""
    return f"""
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
QFrame[kind="card"] {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};
    border-radius: 8px; }}
QFrame[kind="card"] QLabel {{ background: transparent; }}
QFrame[kind="sealedCard"] {{ background: {theme.HEADER}; border: 1px dashed {theme.CONTROL_LINE};
    border-radius: 8px; }}
QFrame[kind="scoreCard"] {{ background: {theme.ACCENT_SOFT}; border: 1px solid {theme.ACCENT_LINE};
    border-radius: 10px; }}
QFrame[kind="scoreCard"] QLabel {{ background: transparent; }}
QFrame#sealedBanner, QFrame#warningBanner {{ background: {theme.AMBER_SOFT};
    border: 1px solid {theme.AMBER_LINE}; border-radius: 6px; }}
QFrame#sealedBanner QLabel, QFrame#warningBanner QLabel {{ color: {theme.AMBER_TEXT}; }}
QFrame#doneBanner {{ background: {theme.ACCENT_SOFT}; border: 1px solid {theme.ACCENT_LINE};
    border-radius: 6px; }}
QFrame#doneBanner QLabel {{ color: {theme.ACCENT_DARK}; }}
QFrame#footer {{ background: {theme.WINDOW}; border-top: 1px solid {theme.BORDER}; }}
QScrollArea#scroll, QWidget#scrollHost {{ background: {theme.SURFACE}; border: none; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {theme.RED};
    border-radius: 3px; padding: 2px 3px; background: {theme.RED_FIELD}; }}
QListWidget[invalid="true"] {{ border: 1px solid {theme.RED}; }}
QFrame[segmented="true"] {{ border: 1px solid transparent; border-radius: 8px; }}
QFrame[segmented="true"]:focus {{ border: 1px solid {theme.ACCENT}; }}
QFrame[segmented="true"][invalid="true"] {{ border: 1px solid {theme.RED}; }}
QToolButton[segment="true"] {{ border: 1px solid {theme.CONTROL_LINE}; background: {theme.SURFACE};
    color: {theme.TEXT}; padding: 4px 10px; margin: 0; }}
QToolButton[segment="true"]:hover:!checked {{ background: {theme.HOVER}; }}
QToolButton[segment="true"][first="true"] {{ border-top-left-radius: 6px;
    border-bottom-left-radius: 6px; }}
QToolButton[segment="true"][last="true"] {{ border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }}
{_segment_rules()}
QPushButton[kind="tool"], QToolButton[kind="tool"] {{ {_button()} }}
QPushButton[kind="tool"]:hover, QToolButton[kind="tool"]:hover {{ background: {theme.HOVER}; }}
QPushButton[kind="tool"]:disabled, QToolButton[kind="tool"]:disabled {{
    color: {theme.DISABLED_TEXT};
    border-color: {theme.BORDER}; }}
QToolButton[kind="tool"]::menu-indicator {{ subcontrol-position: right center;
    right: 6px; }}
QToolButton[kind="tool"][menu="true"] {{ padding-right: 22px; }}
QPushButton[kind="primary"] {{ background: {theme.ACCENT}; color: {theme.ON_ACCENT}; border: none;
    border-radius: 6px; padding: 6px 16px; font-weight: 600; }}
QPushButton[kind="primary"]:hover {{ background: {theme.ACCENT_DARK}; }}
QPushButton[kind="primary"]:focus {{ outline: none; border: 2px solid {theme.INDIGO};
    padding: 4px 14px; }}
QPushButton[kind="primary"]:disabled {{ background: {theme.ACCENT_MUTED}; }}
QPushButton[kind="link"] {{ border: none; color: {theme.ACCENT_DARK}; font-weight: 600;
    padding: 2px 4px; text-align: left; background: transparent; }}
QPushButton[kind="link"]:hover {{ text-decoration: underline; }}
QPushButton[kind="link"]:focus {{ outline: none; border: 1px solid {theme.ACCENT};
    border-radius: 4px; }}
QPushButton#toggleUpcoming, QPushButton#togglePast {{ background: {theme.SURFACE};
    color: {theme.MUTED}; border: 1px solid {theme.CONTROL_LINE}; padding: 5px 16px;
    min-width: 60px;
    font-weight: 600; }}
QPushButton#toggleUpcoming {{ border-top-left-radius: 7px; border-bottom-left-radius: 7px;
    border-right: none; }}
QPushButton#togglePast {{ border-top-right-radius: 7px; border-bottom-right-radius: 7px; }}
QPushButton#toggleUpcoming:checked, QPushButton#togglePast:checked {{
    background: {theme.ACCENT_SOFT}; color: {theme.ACCENT_DARK}; }}
"""
