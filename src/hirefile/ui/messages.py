"""Every message box the window shows, in one place, so tests can stub them by name."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from hirefile.ui.common import run_modal


class AfterFailure(Enum):
    """What the person chose after a file could not be opened at start-up."""

    OPEN = "open"
    NEW = "new"
    READ_ONLY = "read-only"
    QUIT = "quit"


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """A problem the person can act on (a `HirefileError`'s message), never a traceback."""
    QMessageBox.warning(parent, title, message)


def show_about(parent: QWidget | None, html: str) -> None:
    QMessageBox.about(parent, "About Hirefile", html)


def ask_after_failure(parent: QWidget | None, message: str, *,
                      read_only: bool = False) -> AfterFailure:
    """The start-up file cannot be opened: open another, create a new one, or quit (and, when
    someone else is editing it, `read_only`: look at it read-only)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Hirefile",
                      "This file is in use." if read_only else "This file cannot be opened.",
                      parent=parent)
    box.setInformativeText(message)
    open_button = box.addButton("Open Another…", QMessageBox.ButtonRole.AcceptRole)
    new_button = box.addButton("New File…", QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    look_button = box.addButton("Open Read-Only", QMessageBox.ButtonRole.AcceptRole) \
        if read_only else None
    box.setDefaultButton(look_button or open_button)
    box.setEscapeButton(quit_button)
    run_modal(box)
    clicked = box.clickedButton()
    if look_button is not None and clicked is look_button:
        return AfterFailure.READ_ONLY
    if clicked is open_button:
        return AfterFailure.OPEN
    if clicked is new_button:
        return AfterFailure.NEW
    return AfterFailure.QUIT


def show_crash(parent: QWidget | None, log_path: Path) -> None:
    """A bug: say so calmly, point to the log, never show the traceback itself."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Hirefile", "Something went wrong.",
                      parent=parent)
    box.setInformativeText(
        "Hirefile ran into an unexpected problem and stopped what it was doing. Everything "
        "saved before is safe in your file.\n\n"
        f"Details were written to {log_path}; please include them if you report this.")
    run_modal(box)


def ask_unsaved(parent: QWidget | None, what: str) -> Literal["save", "discard"] | None:
    """Save / Discard / Cancel before leaving a form with changes (`what` is shown as text)."""
    box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                      f"Save your changes to {what}?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText("If you don't save, the changes are lost.")
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = run_modal(box)
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return None


def confirm_destructive(parent: QWidget | None, title: str, question: str, why: str,
                        button: str, details: str = "") -> bool:
    """A step that cannot be undone: the question, why it matters, and a button named for
    the step; Cancel is the default (Return or Escape never does it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, question,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
    box.setInformativeText(why)
    if details:
        box.setDetailedText(details)
    do_it = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    run_modal(box)
    return box.clickedButton() is do_it


_ERASE_WHY = ("{their} contacts, notes, files and every written word of feedback about them "
              "leave this file and its bytes on disk; applications, stages and ratings stay as "
              "anonymous counts. This cannot be undone (Edit → Undo forgets the steps before "
              "it). A backup is made first; it still holds them until it is rotated away or "
              "purged (File → Restore from Backup…).")


def confirm_erase(parent: QWidget | None, name: str) -> bool:
    """Erasing a person cannot be undone: ask, with Cancel as the default."""
    return confirm_destructive(parent, "Erase Personal Data", f"Erase {name} for good?",
                               _ERASE_WHY.format(their="Their name,"), "Erase")


def confirm_bulk_erase(parent: QWidget | None, names: list[str]) -> bool:
    """Erasing people due under the retention rule: one question for all of them, their names
    in the box's details."""
    who = "1 candidate" if len(names) == 1 else f"{len(names):,} candidates"
    return confirm_destructive(parent, "Erase Personal Data", f"Erase {who} for good?",
                               _ERASE_WHY.format(their="Their names,"), f"Erase {who}",
                               "\n".join(names))


def confirm_purge(parent: QWidget | None, count: int) -> bool:
    """Deleting backups cannot be undone: ask once, Cancel by default."""
    which = "1 backup" if count == 1 else f"{count:,} backups"
    return confirm_destructive(
        parent, "Purge Backups", f"Delete {which} taken before the latest erasure?",
        "They may still hold the personal data of people erased since. The file itself and "
        "later backups are kept. This cannot be undone.", "Delete")
