"""What the assessment screens share: who is looking, field errors, small layout helpers.

Every screen here is written for one person, the one at this machine (`db.identity`): whose
scorecard is edited, whose feedback is sealed, who signs a review. Their row in the file's
`person` table is made on their first write; `ensure_viewer` makes that write happen (an
activity entry saying they joined) before a service that insists on the row is called.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QPlainTextEdit, QWidget

from hirefile.domain.vocab import ActivityKind
from hirefile.errors import HirefileError
from hirefile.services import interviews
from hirefile.services.activity import record
from hirefile.services.workspace import Workspace
from hirefile.ui import messages, theme
from hirefile.ui.common import chip_style, show_text
from hirefile.ui.models.columns import day_text, when_text

__all__ = ["OnChange", "chain_tabs", "clear_layout", "day_text", "ensure_viewer", "esc", "label",
           "report", "set_message", "status_chip", "text_edit",
           "viewer_id", "when_text"]

#: Called after any write, so the caller refreshes what it shows.
OnChange = Callable[[], None] | None


def viewer_id(db: Workspace) -> str:
    return db.identity.person_id


def ensure_viewer(db: Workspace) -> None:
    """Make sure the person at this machine has their row in the file.

    `scorecards.start` and the review and culture services refuse someone who is not a person
    of the file; a person who only ever read the file has no row yet. Their first write makes
    it (the database stamps every write), so the write is a true entry of the activity log.
    """
    me = viewer_id(db)
    with db.reader() as s:
        if any(pid == me for pid, _name, _email in interviews.people(s)):
            return
    with db.session() as s:
        record(s, ActivityKind.CREATED, "person", me,
               f"{db.identity.name} started working in this file")


def report(parent: QWidget | None, title: str, exc: HirefileError) -> None:
    """A problem the person can act on, as a message (never a traceback)."""
    messages.show_problem(parent, title, exc.message)


def esc(text: str) -> str:
    """User text for rich-text labels (names and notes are data, not markup)."""
    return html.escape(text or "").replace("\n", "<br>")






def label(text: str, kind: str | None = None, parent: QWidget | None = None, *,
          wrap: bool = False, rich: bool = False) -> QLabel:
    """A label with a style `kind` (see `style.style_sheet`)."""
    w = QLabel(parent)
    w.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    w.setText(text)
    if kind:
        w.setProperty("kind", kind)
    w.setWordWrap(wrap)
    w.setIndent(0)  # a styled label would otherwise indent its text by half an "x"
    return w


def text_edit(placeholder: str, parent: QWidget | None = None, *, height: int = 64,
              accessible: str = "") -> QPlainTextEdit:
    """A short multi-line field where Tab moves on (keyboard people never get stuck in it)."""
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height + 24)
    if accessible:
        edit.setAccessibleName(accessible)
    return edit


def set_message(target: QLabel, text: str, *, notice: bool = False) -> None:
    """A form's footer message: a refusal in red, or a quiet confirmation in green."""
    target.setProperty("kind", "notice" if notice else "fieldError")
    target.style().unpolish(target)
    target.style().polish(target)
    show_text(target, text)


def status_chip(target: QLabel, text: str, done: bool) -> None:
    """A rounded chip: teal when final (submitted), amber while still a draft."""
    target.setText(text)
    theme.keep_style(target, lambda: chip_style(theme.ACCENT if done else theme.AMBER))
    target.setVisible(bool(text))


def chain_tabs(widgets: Sequence[QWidget]) -> None:
    """Tab goes through `widgets` in this order (rows built in code join the chain here)."""
    for a, b in itertools.pairwise(widgets):
        QWidget.setTabOrder(a, b)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget (and nested layout) of `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        w: Any = item.widget()
        inner = item.layout()
        if w is not None:
            w.setParent(None)
            w.deleteLater()
        elif inner is not None:
            clear_layout(inner)
