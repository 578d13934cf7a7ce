"""The centred panel a page shows instead of an empty table: what is missing, what to do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from hirefile.domain import demo_desk
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
        self.form.busyBar.hide()
        self.form.statusLabel.hide()

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

    def say(self, text: str) -> None:
        """One line under the panel (a problem, or what is being done)."""
        self.form.statusLabel.setText(text)
        self.form.statusLabel.setVisible(bool(text))

    def set_busy(self, text: str | None) -> None:
        """While the action works (Try the demo): the message and a moving bar, the button
        disabled; `None` when it is done."""
        self.form.busyBar.setVisible(text is not None)
        self.say(text or "")
        self.form.actionButton.setEnabled(text is None)

    @property
    def action_button_visible(self) -> bool:
        return not self.form.actionButton.isHidden()


DESK_EMPTY_TITLE = "Your hiring desk is empty"
DESK_EMPTY_BODY = (f"Try Hirefile in a separate demo file: {demo_desk.contents()}. "
                   "This file stays as it is.")
DESK_EMPTY_ACTION = "Try the demo"
DESK_EMPTY_HINT = ("Starting for real? Roles come from built-in templates (ML engineer, "
                   "data scientist, MLOps engineer and more), each with an interview loop "
                   "ready to edit.")


def configure_desk_empty(state: EmptyState) -> None:
    """The welcome a new, empty file shows on the Roles and Candidates pages; its button is
    the Welcome's Try the demo (a new demo file, opened: `ui.welcome_actions.Welcome.try_demo`)."""
    state.configure(title=DESK_EMPTY_TITLE, body=DESK_EMPTY_BODY, action=DESK_EMPTY_ACTION,
                    hint=DESK_EMPTY_HINT, pixmap=glyphs.app_icon().pixmap(88, 88))
