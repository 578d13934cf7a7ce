"""E-mails (`.eml` files) dropped on the app, kept as correspondence, and a kept one opened.

Dropped on a candidate's record, they are kept with that person. Dropped on the Candidates
list, each goes to the person whose address sent or received it (`services.correspondence.
match_sender`); when no one has it, a small box asks whether to add the sender (name and
e-mail) as a candidate and keep the message with them. Keeping is one undo step
(`ui.commands.mail.KeepMail`); a status line says what was kept where. A kept message opens
(from the timeline) in a read-only view of its headers and text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.mail_drafts import Mailbox
from hirefile.errors import FileProblem, HirefileError
from hirefile.services import correspondence
from hirefile.services.workspace import Workspace
from hirefile.ui.commands.base import Notify, apply
from hirefile.ui.commands.mail import KeepMail, MailFile
from hirefile.ui.common import run_modal
from hirefile.ui.models.columns import when_text
from hirefile.ui.screen import fit_to_screen


def eml_files(paths: Sequence[Path]) -> list[Path]:
    """The e-mails among dropped files."""
    return [p for p in paths if p.suffix.lower() == ".eml"]


def _read(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileProblem(f"Could not read {path.name}: {exc.strerror or exc}") from exc
    correspondence.read(data, path.name)  # refused here, before anything is kept
    return data


def ask_to_add(parent: QWidget | None, box: Mailbox, filename: str) -> bool:
    """No candidate has the address: add the sender as one? Add is the default."""
    who = f"{box.name} ({box.address})" if box.name else box.address
    ask = QMessageBox(QMessageBox.Icon.Question, "Keep E-mail",
                      f"No candidate has {box.address}.", QMessageBox.StandardButton.Cancel,
                      parent)
    ask.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
    ask.setInformativeText(f"Add {who} as a candidate and keep {filename} with them?")
    add = ask.addButton("Add Candidate", QMessageBox.ButtonRole.AcceptRole)
    ask.setDefaultButton(add)
    run_modal(ask)
    return ask.clickedButton() is add


def keep(parent: QWidget, db: Workspace, stack: QUndoStack, notify: Notify,
         paths: Sequence[Path], candidate_id: str | None = None) -> KeepMail | str | None:
    """Keep the dropped e-mails with `candidate_id`, or each with the person its addresses
    name (asking to add one no one has). The command run, a line saying why nothing was
    kept, or None when the person cancelled."""
    files: list[MailFile] = []
    asked: dict[str, Mailbox | None] = {}  # address → the person to add (None: declined)
    try:
        for path in paths:
            data = _read(path)
            if candidate_id is not None:
                files.append(MailFile(path, data, candidate_id))
                continue
            with db.reader() as s:
                found = correspondence.match_sender(s, data, path.name)
                found_id = found.id if found is not None else None
                party = None if found else correspondence.other_party(s, data, path.name)
            if found_id is not None:
                files.append(MailFile(path, data, found_id))
            elif party is None:
                return f"{path.name} names no one to keep it with; open the candidate and " \
                       "drop it on their record"
            else:
                key = party.address.lower()
                if key not in asked:
                    asked[key] = party if ask_to_add(parent, party, path.name) else None
                if asked[key] is not None:
                    files.append(MailFile(path, data, None, asked[key]))
        if not files:
            return None
        cmd = KeepMail(db, notify, files)
        apply(stack, cmd)
        return cmd
    except HirefileError as exc:
        return exc.message


def status_line(cmd: KeepMail) -> str:
    """One line for the status bar: the line of one e-mail, or how many were kept."""
    if len(cmd.lines) == 1:
        return f"{cmd.lines[0][0].upper()}{cmd.lines[0][1:]}: it is on the timeline."
    new = sum(1 for line in cmd.lines if line.startswith("kept "))
    people = len(set(cmd.candidate_ids))
    before = len(cmd.lines) - new
    again = f"; {before} kept before" if before else ""
    whom = cmd.names[0] if people == 1 else f"{people} candidates"
    return f"Kept {new} e-mails with {whom}{again}: they are on the timeline."


class MailView(QDialog):
    """A kept e-mail: who, to whom, when, about what, and its text (read-only)."""

    def __init__(self, db: Workspace, correspondence_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with db.reader() as s:
            m = correspondence.message(s, correspondence_id)
            facts = (("From", m.sender or "(no sender)"), ("To", m.recipients.replace("\n", ", ")),
                     ("Date", when_text(m.sent_at)), ("Subject", m.subject or "(no subject)"))
            body, title = m.body, m.subject or "E-mail"
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        for label, value in facts:
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{label}:", shown)
        layout.addLayout(form)
        self.text = QPlainTextEdit(body)
        self.text.setReadOnly(True)
        self.text.setAccessibleName("E-mail text")
        self.text.setAccessibleDescription("The kept e-mail's text (read-only)")
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)
        fit_to_screen(self)
