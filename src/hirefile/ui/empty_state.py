"""The centred panel a page shows instead of an empty table: what is missing, what to do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from hirefile.ui import glyphs, theme
from hirefile.ui.generated.ui_empty_state import Ui_EmptyState


class EmptyState(QWidget):
    """Icon, title, one line of guidance, an optional primary button and a quieter hint."""

    #: The primary button was clicked (no arguments).
    sig_action = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_EmptyState()
        self.form.setupUi(self)
        self.form.actionButton.clicked.connect(self.sig_action)

    def configure(self, *, title: str, body: str, action: str | None = None,
                  hint: str | None = None, pixmap: QPixmap | None = None,
                  glyph: str | None = None) -> None:
        """`glyph` names a line glyph (`glyphs`), drawn in the theme's faint grey; `pixmap` is
        shown as it is (the app's icon)."""
        f = self.form
        f.titleLabel.setText(title)
        f.bodyLabel.setText(body)
        f.actionButton.setVisible(action is not None)
        f.actionButton.setText(action or "")
        f.hintLabel.setVisible(hint is not None)
        f.hintLabel.setText(hint or "")
        f.iconLabel.setVisible(pixmap is not None or glyph is not None)
        if glyph is not None:
            glyphs.show(f.iconLabel, glyph, "FAINT", 44)
        elif pixmap is not None:
            theme.keep(f.iconLabel, lambda w: w.setPixmap(pixmap), "pixmap")

    def set_busy(self, busy: bool) -> None:
        self.form.actionButton.setEnabled(not busy)

    @property
    def action_button_visible(self) -> bool:
        return not self.form.actionButton.isHidden()


DESK_EMPTY_TITLE = "Your hiring desk is empty"
DESK_EMPTY_BODY = ("See how Hirefile works with a realistic demo: open roles, 300 candidates "
                   "moving through their pipelines, interviews and offers.")
DESK_EMPTY_ACTION = "Load demo data"
DESK_EMPTY_HINT = ("Starting for real? Roles come from built-in templates (ML engineer, "
                   "data scientist, MLOps engineer and more), each with an interview loop "
                   "ready to edit.")


def configure_desk_empty(state: EmptyState) -> None:
    """The welcome a new, empty file shows on the Roles and Candidates pages."""
    state.configure(title=DESK_EMPTY_TITLE, body=DESK_EMPTY_BODY, action=DESK_EMPTY_ACTION,
                    hint=DESK_EMPTY_HINT, pixmap=glyphs.app_icon().pixmap(88, 88))
