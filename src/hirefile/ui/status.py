"""The status bar's person badge: whose name every change in this window is signed with."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from hirefile.settings import Identity
from hirefile.ui import glyphs
from hirefile.ui.text import isolate


class PersonBadge(QWidget):
    """A person glyph and the name, with the e-mail and what it is for in the tooltip."""

    def __init__(self, identity: Identity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personBadge")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 0, 6, 0)
        layout.setSpacing(6)
        self.glyph = QLabel(self)
        glyphs.show(self.glyph, "person", "ACCENT", 16)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("personName")
        layout.addWidget(self.glyph)
        layout.addWidget(self.name_label)
        self.set_identity(identity)

    def set_identity(self, identity: Identity) -> None:
        self.name_label.setText(f"You: {isolate(identity.name)}")
        who = identity.name + (f" ({identity.email})" if identity.email else "")
        self.setToolTip(f"Changes you make in this file are signed “{isolate(who)}”.\n"
                        "On a shared computer, File → Switch person… changes it.")

    def text(self) -> str:
        return self.name_label.text()
