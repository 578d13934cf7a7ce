"""Who am I in this file: asked the first time a file that lists people is opened here, and
File → Switch person… on a shared computer.

The answer links this machine's identity to one of the file's people (kept in the settings per
file lineage), so the second founder opening the first founder's file is the "Daniel Okoye" the
file already knows — one person, with his scorecards and his sealed feedback.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.keys import new_key
from hirefile.errors import HirefileError
from hirefile.services import people
from hirefile.services.people import PersonChoice
from hirefile.services.workspace import Workspace
from hirefile.settings import Identity, Settings, person_name
from hirefile.ui import messages
from hirefile.ui.common import run_modal
from hirefile.ui.identity_dialog import IdentityDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

#: The list entry that stands for "someone the file does not list yet".
NEW = "__new__"


class WhoAmIDialog(QDialog):
    """The file's people to pick from, and "someone new"."""

    def __init__(self, parent: QWidget | None, file_name: str, choices: list[PersonChoice],
                 me: Identity, *, guess: str | None, switching: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle("Switch person" if switching else "Who are you in this file?")
        self.setMinimumWidth(460)
        fit_to_screen(self)
        lay = QVBoxLayout(self)
        if switching:
            intro = ("Use this on a shared computer. From now on your changes are signed by the "
                     "person you choose, and you see sealed feedback as they do: other people's "
                     "scorecards stay sealed until that person has submitted their own.")
        else:
            intro = (f"{isolate(file_name)} already lists these people. Choose yourself, so "
                     "your scorecards, sealed feedback and changes stay under one name — or "
                     "add yourself as someone new.")
        text = QLabel(intro, self)
        text.setWordWrap(True)
        lay.addWidget(text)
        self.list = QListWidget(self)
        self.list.setAccessibleName("People in this file")
        for p in choices:
            label = p.label + ("  — you now" if switching and p.id == me.person_id else "")
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
        new = QListWidgetItem("Someone new…" if switching else
                              f"Someone new: {isolate(me.name)} (as set on this computer)",
                              self.list)
        new.setData(Qt.ItemDataRole.UserRole, NEW)
        lay.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Switch" if switching else "Continue")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == guess:
                self.list.setCurrentRow(row)
        self._enable()

    def _enable(self) -> None:
        self.ok.setEnabled(self.list.currentItem() is not None)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, choices: list[PersonChoice],
            me: Identity, *, guess: str | None, switching: bool = False) -> str | None:
        """The chosen person's key, `NEW`, or None when the person cancelled."""
        dialog = cls(parent, file_name, choices, me, guess=guess, switching=switching)
        return dialog.chosen() if run_modal(dialog) == QDialog.DialogCode.Accepted else None


def settle_person(parent: QWidget | None, db: Workspace, settings: Settings,
                  me: Identity, *, match: bool = False) -> Identity:
    """Who `me` is in `db`, asking the first time a file that lists people is opened here
    (`match`: take the likely person without asking, as `--as NAME` does).

    The answer is linked (by the file's lineage) and `db` signs changes with it. Cancelling
    keeps this machine's own identity for this session and asks again next time."""
    file_uuid = db.file_uuid
    with db.reader() as s:
        settled = people.settle(s, me, settings.file_person(file_uuid), match=match)
        choices = people.people(s) if settled.ask else []
    identity = settled.identity
    if settled.ask:
        answer = WhoAmIDialog.ask(parent, db.path.name, choices, me,
                                  guess=settled.guess.id if settled.guess else None)
        if answer is not None:
            identity = _chosen(me, choices, answer)
            settings.link_file_person(file_uuid, identity.person_id)
    elif settings.file_person(file_uuid) is None and not match:
        settings.link_file_person(file_uuid, identity.person_id)
    db.set_identity(identity)
    return identity


def switch_person(parent: QWidget | None, db: Workspace, settings: Settings) -> Identity | None:
    """File → Switch person…: the new identity in this file, or None when nothing changed."""
    with db.reader() as s:
        choices = people.people(s)
    answer = WhoAmIDialog.ask(parent, db.path.name, choices, db.identity, guess=None,
                              switching=True)
    if answer is None or answer == db.identity.person_id:
        return None
    if answer == NEW:
        typed = IdentityDialog.ask(parent)
        if typed is None:
            return None
        try:
            name = person_name(typed[0])
        except HirefileError as exc:
            messages.show_problem(parent, "Switch person", exc.message)
            return None
        identity = Identity(new_key(), name, typed[1])
    else:
        identity = _chosen(db.identity, choices, answer)
    settings.link_file_person(db.file_uuid, identity.person_id)
    db.set_identity(identity)
    return identity


def _chosen(me: Identity, choices: list[PersonChoice], answer: str) -> Identity:
    if answer == NEW:
        return me
    chosen = next(p for p in choices if p.id == answer)
    return people.as_person(me, chosen)
