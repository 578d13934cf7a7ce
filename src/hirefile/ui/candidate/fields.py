"""Editing widgets the candidate form needs and Qt lacks (promoted in forms/candidate_record.ui).

`LinkEdit` is a profile link or an e-mail address that stays editable but reads as a link when
the field is not being edited, with a trailing button (or Ctrl+Enter) that opens it.
`OptionalDateEdit` is a date that may be "not set", which QDateEdit cannot express.
`pass_undo_through` lets Ctrl+Z reach Edit → Undo when a field has nothing of its own to undo.
`links_html` and `subtitle_text` say who the person is in the record's header.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFocusEvent,
    QIcon,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.contacts import is_email, normalise_url
from hirefile.ui import glyphs
from hirefile.ui.text import isolate

NONE = Qt.KeyboardModifier.NoModifier
_OPEN_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
             'stroke="{c}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">'
             '<path d="M14 4h6v6"/><path d="M20 4l-9 9"/>'
             '<path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/></svg>')


def _open_icon() -> QIcon:
    return glyphs.icon("open", "ACCENT_DARK")


def link_url(text: str, *, mail: bool) -> QUrl | None:
    """What a typed link opens: only http(s) and mailto, never a local file or a script."""
    text = text.strip()
    if not text:
        return None
    if mail:
        return QUrl(f"mailto:{text}") if is_email(text) else None
    url = QUrl(normalise_url(text) or "", QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
        return None
    return url


def open_url(url: QUrl) -> bool:
    """Hand a link to the system (browser, mail client); tests stub QDesktopServices.openUrl."""
    return QDesktopServices.openUrl(url)


def links_html(d: CandidateDraft) -> str:
    """The record's links as rich text: only web and mail links, every value escaped."""
    items = []
    for label, text, mail in (("E-mail", d.email, True), ("GitHub", d.github_url, False),
                              ("LinkedIn", d.linkedin_url, False),
                              ("Portfolio", d.portfolio_url, False)):
        url = link_url(text or "", mail=mail)
        if url is not None:
            href = html.escape(url.toString(QUrl.ComponentFormattingOption.FullyEncoded), True)
            items.append(f'<a href="{href}" style="text-decoration: none;">'
                         f"{label}&nbsp;↗</a>")
    return "&nbsp;&nbsp;&nbsp;".join(items)


def subtitle_text(d: CandidateDraft) -> str:
    work = " at ".join(isolate(v) for v in (d.current_title, d.current_company) if v)
    source = d.source.label + (f" ({isolate(d.referrer_name)})" if d.referrer_name else "")
    parts = [work, isolate(d.location or ""), source, d.pronouns or ""]
    return "  ·  ".join(p for p in parts if p)



class LinkEdit(QLineEdit):
    """A line edit for a link; shown as a link, with an open button, while not being edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mail = False
        self.open_action = self.addAction(_open_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.open_action.setToolTip("Open (Ctrl+Enter)")
        self.open_action.triggered.connect(self.open_link)
        self.textChanged.connect(self._restyle)
        self._restyle()

    def set_mail(self, mail: bool) -> None:
        """An e-mail address (opens the mail client) rather than a web link."""
        self.mail = mail
        self.open_action.setToolTip("Write an e-mail (Ctrl+Enter)" if mail
                                    else "Open in the browser (Ctrl+Enter)")
        self._restyle()

    def url(self) -> QUrl | None:
        return link_url(self.text(), mail=self.mail)

    def open_link(self) -> bool:
        url = self.url()
        return open_url(url) if url is not None else False

    def _restyle(self, *_args: object) -> None:
        is_link = self.url() is not None
        self.open_action.setVisible(is_link)
        shown = is_link and not self.hasFocus()
        font = self.font()
        if font.underline() != shown:
            font.setUnderline(shown)
            self.setFont(font)
        if bool(self.property("link")) != shown:
            self.setProperty("link", shown)
            self.style().unpolish(self)
            self.style().polish(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._restyle()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._restyle()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.open_link()
            event.accept()
            return
        super().keyPressEvent(event)
