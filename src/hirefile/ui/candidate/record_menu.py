"""The candidate record's "More" menu: what is done to the whole record rather than one of its
fields or applications: Write E-mail… (a draft from a template, `ui.mail_dialog`), Export
Personal Data… (an access request: a ZIP with a PDF summary,
every record as JSON and the attachments; `services.person_export`) and Erase Personal Data…
(an erasure request, after a confirmation; `services.erasure`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QMenu, QToolButton, QWidget

from hirefile.errors import HirefileError
from hirefile.services.erasure import ErasureReport, erase_candidate
from hirefile.services.person_export import export_person
from hirefile.services.workspace import Workspace
from hirefile.ui import exports, messages
from hirefile.ui.sharing.merge_copy import waiting
from hirefile.ui.text import isolate

ZIP_FILTER = "ZIP archive (*.zip)"


class RecordMenu(QToolButton):
    """A "More" button whose menu acts on the record shown (`current()`: the file and the
    candidate's key and name, or None for a new, unsaved record)."""

    #: A draft was written to the person shown: the line that says how.
    sig_drafted = Signal(str)

    def __init__(self, parent: QWidget,
                 current: Callable[[], tuple[Workspace, str, str] | None],
                 erased: Callable[[ErasureReport], None] | None = None,
                 may_leave: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self.setObjectName("recordMoreButton")
        self.setText("More")
        self.setToolTip("More actions on this candidate")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._current = current
        self.menu_ = QMenu(self)
        self.email_action = QAction("Write E-mail…", self)
        self.email_action.setToolTip("A draft from a template (acknowledgement, interview "
                                     "time, rejection…) for your mail app; noted on the "
                                     "timeline")
        self.email_action.triggered.connect(self.write_email)
        self.menu_.addAction(self.email_action)
        self.menu_.addSeparator()
        self.export_action = QAction("Export Personal Data…", self)
        self.export_action.setToolTip("Everything the file holds about this person, for their "
                                      "access request: a PDF summary, the records as data and "
                                      "their files, in one ZIP")
        self.export_action.triggered.connect(self.export_personal_data)
        self.menu_.addAction(self.export_action)
        self.menu_.addSeparator()
        self.erase_action = QAction("Erase Personal Data…", self)
        self.erase_action.setToolTip("Remove this person's data from the file for good (an "
                                     "erasure request); anonymous counts stay")
        self.erase_action.triggered.connect(self.erase_personal_data)
        self.menu_.addAction(self.erase_action)
        self._erased, self._may_leave = erased, may_leave
        self.setMenu(self.menu_)

    def write_email(self) -> None:
        found = self._current()
        if found is None:
            return
        from hirefile.ui.mail_dialog import write_email

        db, candidate_id, _name = found
        write_email(self.window(), db, [candidate_id], done=self.sig_drafted.emit)

    def export_personal_data(self) -> Path | None:
        found = self._current()
        if found is None:
            return None
        return export_personal_data(self.window(), *found)


    def erase_personal_data(self) -> ErasureReport | None:
        """Ask, then erase the person shown (under a wait cursor); `erased` is told after."""
        found = self._current()
        if found is None or not self._may_leave():
            return None
        db, candidate_id, name = found
        if db.read_only:
            messages.show_problem(self.window(), "Erase Personal Data",
                                  f"{isolate(db.path.name)} is open read-only: you are looking, "
                                  "not editing; nothing was erased.")
            return None
        if not messages.confirm_erase(self.window(), isolate(name)):
            return None
        try:
            with waiting():
                report = erase_candidate(db, candidate_id)
        except HirefileError as exc:
            messages.show_problem(self.window(), "Could not erase the personal data",
                                  exc.message)
            return None
        if self._erased is not None:
            self._erased(report)
        return report


def export_personal_data(parent: QWidget | None, db: Workspace, candidate_id: str,
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
            current: Callable[[], tuple[Workspace, str, str] | None],
            erased: Callable[[ErasureReport], None] | None = None,
            may_leave: Callable[[], bool] = lambda: True) -> RecordMenu:
    """Put the More button in `layout` at `index`."""
    button = RecordMenu(parent, current, erased, may_leave)
    layout.insertWidget(index, button)
    return button
