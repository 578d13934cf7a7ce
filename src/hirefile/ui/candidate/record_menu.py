"""The candidate record's "More" menu: what is done to the whole record rather than one of its
fields or applications. Today: Export Personal Data… (an access request: a ZIP with a PDF
summary, every record as JSON and the attachments; `services.person_export`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QMenu, QToolButton, QWidget

from hirefile.services.person_export import export_person
from hirefile.storage.database import Database
from hirefile.ui import exports

ZIP_FILTER = "ZIP archive (*.zip)"


class RecordMenu(QToolButton):
    """A "More" button whose menu acts on the record shown (`current()`: the file and the
    candidate's key and name, or None for a new, unsaved record)."""

    def __init__(self, parent: QWidget,
                 current: Callable[[], tuple[Database, str, str] | None]) -> None:
        super().__init__(parent)
        self.setObjectName("recordMoreButton")
        self.setText("More")
        self.setToolTip("More actions on this candidate")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._current = current
        self.menu_ = QMenu(self)
        self.export_action = QAction("Export Personal Data…", self)
        self.export_action.setToolTip("Everything the file holds about this person, for their "
                                      "access request: a PDF summary, the records as data and "
                                      "their files, in one ZIP")
        self.export_action.triggered.connect(self.export_personal_data)
        self.menu_.addAction(self.export_action)
        self.setMenu(self.menu_)

    def export_personal_data(self) -> Path | None:
        found = self._current()
        if found is None:
            return None
        return export_personal_data(self.window(), *found)


def export_personal_data(parent: QWidget | None, db: Database, candidate_id: str,
                         name: str) -> Path | None:
    """Ask where, then write the person's ZIP under a wait cursor; "Saved to …" after."""
    path = exports.ask_save_path(parent, "Export Personal Data", exports.export_folder()
                                 / exports.file_name("Personal data", name, suffix=".zip"),
                                 (ZIP_FILTER,))
    if path is None:
        return None
    return exports.write_with_wait(parent, "personal data",
                                   lambda: export_person(db, candidate_id, path).path)


def install(layout: QBoxLayout, index: int, parent: QWidget,
            current: Callable[[], tuple[Database, str, str] | None]) -> RecordMenu:
    """Put the More button in `layout` at `index`."""
    button = RecordMenu(parent, current)
    layout.insertWidget(index, button)
    return button
