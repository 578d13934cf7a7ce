"""A row of buttons that folds what does not fit into a "More" menu, last buttons first.

A page's toolbar is laid out for a wide window; on a 1024-pixel laptop screen (or with a larger
font) its buttons would be squeezed until their labels are cut ("ancel interview"). Instead the
buttons at the end of the row leave it, whole, for a "More" menu at its end, and come back when
the window grows. The menu always offers what the buttons offer, enabled as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QMenu, QToolButton, QWidget


class ToolbarOverflow(QObject):
    """Folds `buttons` (in the order they leave: last first) of `layout` into a "More" menu
    whenever the row is narrower than they need."""

    def __init__(self, host: QWidget, layout: QBoxLayout,
                 buttons: Sequence[QAbstractButton]) -> None:
        super().__init__(host)
        self.host, self.layout, self.buttons = host, layout, list(buttons)
        self.folded: list[QAbstractButton] = []
        self.more = QToolButton(host)
        self.more.setObjectName("moreButton")
        self.more.setText("More")
        self.more.setAccessibleName("More actions")
        self.more.setToolTip("The actions that do not fit this window's width")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        menu.aboutToShow.connect(self._fill)
        self.more.setMenu(menu)
        self.more.hide()
        layout.addWidget(self.more)
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self) -> None:
        """Show as many buttons as the row's width holds; fold the others."""
        available = self.layout.geometry().width()
        if available <= 0:
            return
        spacing = max(0, self.layout.spacing())
        others = [self.layout.itemAt(i) for i in range(self.layout.count())]
        fixed = 0
        for item in others:
            w = item.widget() if item is not None else None
            if item is None or w is self.more or w in self.buttons:
                continue
            if w is None or not w.isHidden():
                fixed += item.sizeHint().width() + spacing
        widths = [b.sizeHint().width() + spacing for b in self.buttons]
        keep = len(self.buttons)
        more = self.more.sizeHint().width() + spacing
        while keep > 0 and fixed + sum(widths[:keep]) + (more if keep < len(widths) else 0) \
                > available:
            keep -= 1
        self.folded = self.buttons[keep:]
        for i, button in enumerate(self.buttons):
            button.setVisible(i < keep)
        self.more.setVisible(bool(self.folded))

    def _fill(self) -> None:
        menu = self.more.menu()
        menu.clear()
        for button in self.folded:
            inner = button.menu() if isinstance(button, QToolButton) else None
            action = button.defaultAction() if isinstance(button, QToolButton) else None
            if inner is not None:
                sub = menu.addMenu(inner.title() or button.text())
                sub.setEnabled(button.isEnabled())
                for a in inner.actions():
                    sub.addAction(a)
            elif action is not None:
                menu.addAction(action)
            else:
                item = QAction(button.text(), menu)
                item.setEnabled(button.isEnabled())
                item.setToolTip(button.toolTip())
                item.triggered.connect(button.click)
                menu.addAction(item)
