"""Every question the assessment screens ask, in one place, so tests stub them by name.

Call them as `ask.confirm_submit(...)` (through the module), never imported by name, or a
test's stub would not be seen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from hirefile.ui import file_dialogs, messages
from hirefile.ui.common import run_modal
from hirefile.ui.text import isolate

ICS_FILTER = "Calendar files (*.ics);;All files (*)"


def _question(parent: QWidget | None, title: str, text: str, detail: str, yes: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setInformativeText(detail)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    run_modal(box)
    return box.clickedButton() is ok


def confirm_submit(parent: QWidget | None) -> bool:
    """Submitting is final and unseals the others' feedback: say so before doing it."""
    return _question(
        parent, "Submit scorecard", "Submit your scorecard?",
        "This cannot be undone: submitting is final, and it will show you the others' "
        "feedback for this candidate. You can no longer change your ratings afterwards.",
        "Submit")


def confirm_submit_all(parent: QWidget | None, count: int) -> bool:
    """The blind pass's scorecards, all at once: final, like one."""
    what = "your scorecard" if count == 1 else f"your {count} scorecards"
    return _question(
        parent, "Submit scorecards", f"Submit {what} from this pass?",
        "This cannot be undone: submitting is final, and it will show you the others' "
        "feedback for these candidates. Scorecards that are not complete stay drafts.",
        "Submit")


def confirm_reveal(parent: QWidget | None, sealed: int) -> bool:
    """Reading others' feedback first anchors one's own: it is allowed, and recorded."""
    what = "this scorecard" if sealed == 1 else f"these {sealed} scorecards"
    return _question(
        parent, "Reveal sealed feedback", f"Reveal {what} before you submit yours?",
        "Reading the others' ratings first tends to pull yours towards theirs. If you reveal "
        "them now, it will be recorded in the candidate's activity, with your name. This "
        "cannot be undone.",
        "Reveal and record")


def confirm_cancel(parent: QWidget | None, title: str, candidate: str) -> bool:
    return _question(
        parent, "Cancel interview", f"Cancel “{isolate(title)}” with {isolate(candidate)}?",
        "The interview stays in the file, marked as cancelled. Let the candidate and the "
        "interviewers know.", "Cancel interview")


def unsaved(parent: QWidget | None, what: str) -> Literal["save", "discard"] | None:
    """Save / Discard / Cancel before closing a form with changes."""
    return messages.ask_unsaved(parent, what)


def ics_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write a calendar file (`.ics` added when left out; never over a database)."""
    return file_dialogs.ask_save_target(
        parent, "Export to Calendar", suggested, ICS_FILTER,
        complete=lambda path, _chosen: file_dialogs.with_suffix(path, ".ics"))
