"""A team's database on a PostgreSQL server, from the File menu — no command line needed:

- **Open Team Database…** asks where it is (`TeamDatabaseDialog`) and opens it in the window;
  team databases then appear in Open Recent by their label ("hiring on db.example.com").
- **Move to a Team Database…** copies the open file into an empty database
  (`services/transfer.push`, holding the lock the window already holds on the file), then
  offers to open it.
- On a server, **Save a Copy as a File…** makes a new file from it (`transfer.pull`), then
  offers to open that.

Each copy runs in a worker thread behind a progress dialog (table by table, rows done); Cancel
stops it at the next batch and the copy rolls back: the server is left empty, or no file is
written. A password typed in the dialog is kept in this process's memory only (`_given`), for
the connections of this session; settings and Open Recent keep the URL without it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from hirefile.errors import HirefileError
from hirefile.locations import public_url
from hirefile.paths import FILE_SUFFIX
from hirefile.services import transfer
from hirefile.services.files import open_file
from hirefile.services.servers import label
from hirefile.services.workspace import Workspace
from hirefile.ui import file_dialogs, messages
from hirefile.ui.common import run_modal
from hirefile.ui.sharing.team_dialog import Connection, TeamDatabaseDialog, Worker
from hirefile.ui.text import isolate

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: The URL each team database was opened with this session (its password inside), by the
#: URL shown and remembered without it. Memory only: never written anywhere.
_given: dict[str, str] = {}
#: The progress bar's steps (copying and verifying every table share them).
STEPS = 1000
STATUS_MS = 10_000


def remember(location: str) -> None:
    """Keep the URL a database was reached with (for Save a Copy as a File… and reopening)."""
    _given[public_url(location)] = location


def given(url: str) -> str:
    """The URL to connect to `url` with: as given this session, else as it is (libpq then
    finds the password in PGPASSWORD or ~/.pgpass)."""
    return _given.get(public_url(url), url)


def ask_open_now(parent: QWidget | None, title: str, text: str, detail: str,
                 button: str) -> bool:
    """After a copy: open what was made? (Not now keeps the window as it is.)"""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    yes = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Not Now", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    run_modal(box)
    return box.clickedButton() is yes


def run_with_progress(parent: QWidget, title: str, text: str,
                      work: Callable[[transfer.Progress], Any]) -> tuple[Any, str | None]:
    """Run `work(progress)` in a worker behind a modal progress dialog; wait for it with the
    window still painting. Returns (result, None), or (None, the one-line problem), or
    (None, None) when the person cancelled (the copy rolled back)."""
    worker = Worker(work, parent)
    dialog = QProgressDialog(text, "Cancel", 0, STEPS, parent)
    dialog.setObjectName("transferProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(460)
    tables = len(transfer.copied_tables())
    seen: dict[tuple[str, str], int] = {}

    def show(step: str, table: str, done: int, total: int) -> None:
        place = seen.setdefault((step, table), len(seen))
        part = done / total if total else 1.0
        dialog.setValue(min(STEPS - 1, int(STEPS * (place + part) / (2 * tables))))
        what = table.replace("_", " ")
        if step == "copying":
            dialog.setLabelText(f"{text}\n\nCopying {what}: {done:,} of {total:,} rows "
                                f"(table {place + 1} of {tables})")
        else:
            dialog.setLabelText(f"{text}\n\nChecking every table against the original: "
                                f"{what} (table {place - tables + 1} of {tables})")

    def cancel() -> None:
        worker.stop.set()  # the copy stops at its next batch and rolls back
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        stopping.append(True)

    stopping: list[bool] = []

    worker.sig_progress.connect(show)
    dialog.canceled.connect(cancel)
    dialog.show()
    try:
        worker.run_here()
    finally:
        dialog.canceled.disconnect(cancel)  # closing a progress dialog says "canceled"
        dialog.close()
        if stopping:
            QGuiApplication.restoreOverrideCursor()
        dialog.deleteLater()
        worker.deleteLater()
    if worker.cancelled:
        return None, None
    if worker.error is not None:
        return None, worker.error.message
    return worker.result, None


class TeamActions(QObject):
    """The window's File menu entries for team databases (see the module's docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: A copy is running (the window does not close meanwhile).
        self.running = False
        self.action_open = QAction("Open Team Data&base…", window)
        self.action_open.setStatusTip("Open your team's Hirefile database on a PostgreSQL "
                                      "server")
        self.action_open.triggered.connect(lambda: self.open_team_database())
        self.action_move = QAction("Move to a Team Databa&se…", window)
        self.action_move.setStatusTip("Copy this whole file into an empty database on a "
                                      "PostgreSQL server, for the whole team to work in")
        self.action_move.triggered.connect(self.move_to_server)
        menu = window.form.menuFile
        menu.insertAction(window.form.menuOpenRecent.menuAction(), self.action_open)
        actions = menu.actions()
        after = window.backups.action_copy_for_cofounder or window.form.actionSaveCopy
        before = actions[actions.index(after) + 1] if after in actions[:-1] else None
        menu.insertAction(before, self.action_move)  # type: ignore[arg-type]

    def file_opened(self, db: Workspace) -> None:
        self.action_move.setEnabled(not db.on_server)
        save = self.window.form.actionSaveCopy
        if db.on_server:
            save.setText("Save a Copy as a &File…")
            save.setToolTip("Make a new file holding everything in this team database (for a "
                            "laptop, an archive or a cofounder without the server)")
        else:
            save.setText("Save a &Copy…")
            save.setToolTip("Write a copy of the whole file, for a backup or to hand to a "
                            "cofounder")

    def _run(self, title: str, text: str, work: Callable[[transfer.Progress], Any]
             ) -> tuple[Any, str | None]:
        self.running = True
        try:
            return run_with_progress(self.window, title, text, work)
        finally:
            self.running = False

    def _copied(self, report: transfer.TransferReport, done: str, title: str, text: str,
                question: str, button: str) -> bool:
        """Say what a finished copy holds (status bar, then the box); open what it made?"""
        self.window.statusBar().showMessage(
            f"{done}: {report.count('candidate'):,} candidates, every table verified", STATUS_MS)
        summary = report.summary()
        return ask_open_now(self.window, title, text,
                            f"{summary[0].upper()}{summary[1:]}.\n\n{question}", button)

    # opening ---------------------------------------------------------------------------------

    def open_team_database(self, start: Connection | None = None, problem: str = "") -> bool:
        """File → Open Team Database… (and a team database in Open Recent whose password is
        not known): ask until it opens or the person cancels."""
        window = self.window
        if not window._leave_ok():
            return False
        answer = start
        while True:
            answer = TeamDatabaseDialog.ask(window, "open", answer, problem)
            if answer is None:
                return False
            problem = self._open(answer.location) or ""
            if not problem:
                return True

    def open_recent(self, url: str) -> bool:
        """A team database from Open Recent: opened with what this session or libpq knows;
        when that is not enough (a password), the dialog asks, saying why."""
        if not self.window._leave_ok():
            return False
        problem = self._open(given(url))
        if problem is None:
            return True
        return self.open_team_database(Connection(url), problem)

    def _open(self, location: str) -> str | None:
        """Open `location` in the window; None when it opened, else the problem."""
        from hirefile.ui.people import settle_person

        window = self.window
        # connecting waits for the server (up to `servers.CONNECT_TIMEOUT_S`): off the UI
        # thread, the window greyed meanwhile
        worker = Worker(lambda _progress: open_file(location, window.identity), window)
        try:
            where = label(location)
        except HirefileError as exc:  # not a database URL: said as the dialog says it
            return exc.message
        window.statusBar().showMessage(f"Connecting to {isolate(where)}…")
        window.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            worker.run_here()
        finally:
            QGuiApplication.restoreOverrideCursor()
            window.setEnabled(True)
            window.statusBar().clearMessage()
            worker.deleteLater()
        if worker.error is not None:
            log.info("could not open %s: %s", public_url(location), worker.error.message)
            return worker.error.message
        db: Workspace = worker.result
        remember(location)
        settle_person(window, db, window.settings, window.identity)
        window.use_database(db)
        window.show_page(0)  # Home: the first screen of an open database
        return None

    # moving a file to a server ---------------------------------------------------------------

    def move_to_server(self) -> None:
        """File → Move to a Team Database…: push the open file into an empty database."""
        window, db = self.window, self.window.db
        if db is None or db.on_server or not window._leave_ok():
            return
        answer: Connection | None = None
        problem: str | None = ""
        path, lock, holder = db.path, db.lock, window.identity.name
        while True:
            answer = TeamDatabaseDialog.ask(window, "move", answer, problem or "",
                                            file_name=path.name)
            if answer is None:
                return
            location, label = answer.location, answer.label

            def push(progress: transfer.Progress, location: str = location) -> Any:
                return transfer.push(path, location, progress=progress, holder=holder,
                                     lock=lock)

            report, problem = self._run(
                "Move to a Team Database", f"Copying {isolate(path.name)} to {isolate(label)}…",
                push)
            if report is not None:
                break
            if problem is None:
                window.statusBar().showMessage(
                    f"Move stopped: nothing was kept on {isolate(label)}", STATUS_MS)
                return
        remember(location)
        if self._copied(report, f"Moved to {isolate(label)}", "Moved to the Team Database",
                        f"{path.name} is now on {label} too.",
                        "Open the team database now? From now on, work there so everyone sees "
                        "your changes; the file stays where it is, as it was.",
                        "Open Team Database"):
            refused = self._open(location)
            if refused is not None:
                messages.show_problem(window, "Could not open the team database", refused)

    # a file from a server --------------------------------------------------------------------

    def save_copy_as_file(self) -> None:
        """On a server, File → Save a Copy as a File…: pull it into a new file."""
        window, db = self.window, self.window.db
        if db is None or not db.on_server or db.url is None:
            return
        name = db.path.name.split(" on ")[0] or "Hiring"
        target = file_dialogs.ask_copy_target(window, Path.home() / f"{name}{FILE_SUFFIX}")
        if target is None:
            return
        location, label = given(db.url), db.path.name
        report, problem = self._run(
            "Save a Copy as a File",
            f"Copying {isolate(label)} into {isolate(target.name)}…",
            lambda progress: transfer.pull(location, target, progress=progress))
        if report is None:
            if problem is not None:
                messages.show_problem(window, "Could not save a copy", problem)
            else:
                window.statusBar().showMessage("Copy stopped: no file was written", STATUS_MS)
            return
        if self._copied(report, f"Saved {isolate(str(target))}", "Saved a Copy as a File",
                        f"{target.name} holds everything in {label}.",
                        "Open the file now? Changes made in it stay in the file; the team "
                        "database goes on as it is.", "Open the File"):
            window.open_path(target)


def install(window: MainWindow) -> TeamActions:
    """File → Open Team Database… (above Open Recent) and Move to a Team Database… (with the
    other ways of sharing the file)."""
    return TeamActions(window)
