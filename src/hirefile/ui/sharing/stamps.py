"""The small muted line under a record's title: who added it and when, who changed it last.

"Added by Lena Hoffmann on 3 Dec · changed by Daniel Okafor 2 h ago". The names and times
come from `services.activity_log.stamps` (the record's `created_*` / `updated_*` stamps, by
person key, named through `services.people.names`); the candidate record, the role editor and
the offer editor each show one `StampLine` and call `show_for` when they load a record.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QWidget

from hirefile.services import activity_log
from hirefile.services.activity_log import Stamped, Stamps
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.sharing.activity import day_or_ago
from hirefile.ui.text import isolate


def stamp_text(st: Stamps, now: datetime | None = None) -> str:
    """The line for `st`; a change within a minute of the adding by the same person is part
    of adding it, and a stamp naming nobody the file knows says only when."""
    added = f"Added by {isolate(st.created_by)}" if st.created_by else "Added"
    text = f"{added} {day_or_ago(st.created_at, now)}"
    later = (st.updated_at - st.created_at).total_seconds()
    if st.changed and (later >= 60 or st.updated_by != st.created_by):
        who = f"changed by {isolate(st.updated_by)}" if st.updated_by else "changed"
        text += f" · {who} {day_or_ago(st.updated_at, now)}"
    return text


class StampLine(QLabel):
    """A muted, selectable one-line label; empty (hidden) for a record not in the file yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stampLine")
        theme.keep_style(self, lambda: f"color: {theme.MUTED}; font-size: 8.5pt;")
        self.setWordWrap(True)
        self.hide()

    def show_for(self, db: Workspace | None, kind: Stamped, record_id: str | None) -> None:
        """Read and show who added and changed the `kind` record `record_id` (hide for None)."""
        found = None
        if db is not None and record_id is not None:
            with db.reader() as s:
                found = activity_log.stamps(s, kind, record_id)
        self.setText(stamp_text(found) if found is not None else "")
        self.setVisible(found is not None)


def _holder(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    """The box layout, among `layout` and those nested in it, that holds `widget`."""
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None and (found := _holder(inner, widget)) is not None:
            return found
    return None


def stamp_line_under(widget: QWidget) -> StampLine:
    """A `StampLine` placed right under `widget` in the box layout that holds it."""
    host = widget.parentWidget()
    line = StampLine(host)
    top = host.layout() if host is not None else None
    box = _holder(top, widget) if top is not None else None
    if box is None:
        raise ValueError(f"{widget.objectName()} is not in a box layout")
    box.insertWidget(box.indexOf(widget) + 1, line)
    return line
