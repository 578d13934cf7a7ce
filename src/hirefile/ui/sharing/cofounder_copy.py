"""File → Save a Copy for a Cofounder…: a checked snapshot of the whole file with a replica id
of its own, named "COMPANY — for PERSON.hirefile", then a short "what next".

The copy is written by `Database.save_copy` (SQLite's backup API from the open connection,
`quick_check`, one atomic rename; the copy signs its changes with its own replica id), so the
cofounder's work in it merges back with File → Merge a Cofounder's Copy… (`merge_file`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from hirefile.domain import limits
from hirefile.domain.limits import clean_text
from hirefile.errors import HirefileError
from hirefile.paths import FILE_SUFFIX
from hirefile.services import company, people
from hirefile.services.workspace import Workspace
from hirefile.ui import file_dialogs, messages
from hirefile.ui.common import run_modal
from hirefile.ui.exports import file_name
from hirefile.ui.text import isolate

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

TITLE = "Save a Copy for a Cofounder"
#: The menu action that brings the copy back (built beside this one).
MERGE_ACTION = "File \u2192 Merge a Cofounder\u2019s Copy\u2026"


def others(db: Workspace) -> list[str]:
    """The names of the file's people other than me, by name."""
    with db.reader() as s:
        return [p.name for p in people.people(s) if p.id != db.identity.person_id]


def suggested_name(db: Workspace, person: str) -> str:
    """"Acme Robotics — for Daniel Okoye.hirefile": the company of the company profile, else
    the file's own name."""
    with db.reader() as s:
        name = company.company(s).name.strip()
    return file_name(f"{name or db.path.stem} \u2014 for {person}", suffix=FILE_SUFFIX)


def ask_person(parent: QWidget | None, choices: list[str]) -> str | None:
    """Who the copy is for: one of the file's people, or a name typed in."""
    label = ("Who is this copy for? Choose a person of this file or type a name; it goes "
             "into the copy's file name.")
    text, ok = QInputDialog.getItem(parent, TITLE, label, choices, 0, True)
    return text if ok else None


def ask_target(parent: QWidget | None, suggested: Path) -> Path | None:
    return file_dialogs.ask_save_target(
        parent, TITLE, suggested, file_dialogs.FILTER,
        complete=lambda path, _chosen: file_dialogs.with_suffix(path))


def what_next_text(copy: Path, person: str) -> tuple[str, str]:
    """The "what next" note: a headline and the steps."""
    who = isolate(person)
    return (f"Saved {isolate(copy.name)} for {who}.",
            f"What next:\n\n"
            f"1. Send it to {who}: by e-mail, on a USB stick, or in a shared folder. It is a "
            f"whole hiring file; send it only to them.\n\n"
            f"2. In Hirefile, {who} opens it and works in it. You go on working in your own "
            f"file; the copy is theirs now.\n\n"
            f"3. When it comes back, choose {MERGE_ACTION} and pick it. Their changes come "
            f"in beside yours: nothing of either of you is lost, and where you both changed "
            f"the same field you see both values.")


def show_what_next(parent: QWidget | None, copy: Path, person: str) -> None:
    """Say what to do with the copy, with a button that shows its folder."""
    headline, steps = what_next_text(copy, person)
    box = QMessageBox(QMessageBox.Icon.Information, TITLE, headline, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(steps)
    folder = box.addButton("Show in Folder", QMessageBox.ButtonRole.ActionRole)
    done = box.addButton("Done", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(done)
    run_modal(box)
    if box.clickedButton() is folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy.parent)))


def save_for_cofounder(window: MainWindow) -> Path | None:
    """File → Save a Copy for a Cofounder…: ask for whom and where, write, say what next."""
    db = window.db
    if db is None:
        return None
    typed = ask_person(window, others(db))
    person = " ".join(clean_text(typed or "", multiline=False).split())[:limits.NAME]
    if not person:
        return None
    target = ask_target(window, db.path.with_name(suggested_name(db, person)))
    if target is None:
        return None
    try:
        written = db.save_copy(target)
    except HirefileError as exc:
        messages.show_problem(window, "Could not save a copy", exc.message)
        return None
    window.statusBar().showMessage(f"Saved a copy for {isolate(person)} to "
                                   f"{isolate(str(written))}", 10000)
    show_what_next(window, written, person)
    return written
