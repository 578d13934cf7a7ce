"""The Open Team Database dialog (forms/team_database.ui), also asked by Move to a Team
Database…: a database's URL, or its server, port, database and user composing it; a password
used for this connection only; Test Connection, which looks in a worker thread and says in one
line what is there."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QEventLoop, QObject, QThread, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hirefile.errors import HirefileError
from hirefile.locations import public_url
from hirefile.services import servers
from hirefile.services.transfer import Progress, TransferCancelled
from hirefile.ui import theme
from hirefile.ui.candidate.style import style_sheet
from hirefile.ui.common import show_text
from hirefile.ui.generated.ui_team_database import Ui_TeamDatabaseDialog
from hirefile.ui.screen import fit_to_screen

Purpose = Literal["open", "move"]


@dataclass(frozen=True)
class Connection:
    """What the person gave: the URL as typed and the password (for this connection only)."""

    url: str
    password: str = ""

    @property
    def location(self) -> str:
        """The URL to connect with (the password inside it, in this process only)."""
        return servers.with_password(self.url, self.password)

    @property
    def label(self) -> str:
        return servers.label(self.url)


class Worker(QThread):
    """Runs `work(progress)` off the UI thread. `progress` forwards each step as
    `sig_progress` and raises `TransferCancelled` once `stop` is set, so the work rolls back
    where it stands. Afterwards `result`, or `error` (one line), or `failure` (a bug, raised
    again on the UI thread by whoever waits)."""

    sig_progress = Signal(str, str, int, int)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.stop = threading.Event()
        self.result: Any = None
        self.error: HirefileError | None = None
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self._progress)
        except HirefileError as exc:
            self.error = exc
        except Exception as exc:  # handed to the UI thread, which raises it there
            self.failure = exc

    def _progress(self, step: str, table: str, done: int, total: int) -> None:
        if self.stop.is_set():
            raise TransferCancelled("Stopped before the end: nothing was kept")
        self.sig_progress.emit(step, table, done, total)

    def run_here(self) -> None:
        """Start, and wait for the end with the UI thread's events still running (painting,
        the progress dialog, Cancel); a bug in the work is raised here."""
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.start()
        loop.exec()
        self.wait()
        if self.failure is not None:
            raise self.failure

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, TransferCancelled)


def describe(state: servers.ServerState, purpose: Purpose) -> tuple[bool, str]:
    """Test Connection's line, and whether the database suits `purpose`."""
    found = f"Connected to PostgreSQL {state.server_version}"
    if state.hirefile_format is not None:
        if purpose == "open":
            return True, f"{found}: a Hirefile database (format {state.hirefile_format})."
        return False, (f"{found}, but it already holds a Hirefile database: give an empty "
                       "database (or open this one: File → Open Team Database…).")
    if state.other_tables:
        return False, (f"{found}, but the database holds {len(state.other_tables)} other "
                       f"table{'s' if len(state.other_tables) != 1 else ''} "
                       f"({servers.some(list(state.other_tables))}): give Hirefile a database "
                       "of its own.")
    if purpose == "move":
        return True, f"{found}: the database is empty, ready for your file."
    return False, (f"{found}: the database is empty. Move a file there first (File → Move "
                   "to a Team Database…).")


class TeamDatabaseDialog(QDialog):
    """Where a team's database is; `ask` returns the `Connection` or None."""

    def __init__(self, purpose: Purpose, given: Connection | None = None, problem: str = "",
                 file_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.form = f = Ui_TeamDatabaseDialog()
        f.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.worker: Worker | None = None
        self.ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if purpose == "open":
            self.setWindowTitle("Open Team Database")
            f.headline.setText("Open your team's Hirefile database on a PostgreSQL server")
            show_text(f.detailLabel, "Everyone on the team works in it at once. Ask whoever "
                      "set up the server for its address, or paste the URL you were given.")
            self.ok.setText("Open")
        else:
            self.setWindowTitle("Move to a Team Database")
            f.headline.setText(f"Move {file_name or 'this file'} to a team database")
            show_text(f.detailLabel, "Give an EMPTY database on a PostgreSQL server (13 or "
                      "later). Everything in the file is copied there and checked; the file "
                      "itself stays as it is.")
            self.ok.setText("Move Here")
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.testButton.clicked.connect(self.test_connection)
        f.urlEdit.textChanged.connect(self._url_edited)
        for edit in (f.hostEdit, f.portEdit, f.databaseEdit, f.userEdit):
            edit.textEdited.connect(self._part_edited)
        f.passwordEdit.textChanged.connect(lambda _text: self._show_status(""))
        if given is not None:
            f.urlEdit.setText(public_url(given.url))
            f.passwordEdit.setText(given.password)
        self._show_status(problem, problem=True)
        self._update()
        (f.passwordEdit if given is not None and problem else f.urlEdit).setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, purpose: Purpose, given: Connection | None = None,
            problem: str = "", file_name: str = "") -> Connection | None:
        dialog = cls(purpose, given, problem, file_name, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.connection()
        finally:
            dialog.wait_for_test()

    def connection(self) -> Connection:
        return Connection(self.form.urlEdit.text().strip(), self.form.passwordEdit.text())

    # the URL and its parts ------------------------------------------------------------------

    def _url_edited(self, text: str) -> None:
        f = self.form
        try:
            parts = servers.parts(text) if text.strip() else ("", "", "", "")
        except HirefileError:
            parts = None
        if parts is not None:
            for edit, value in zip((f.hostEdit, f.portEdit, f.databaseEdit, f.userEdit), parts,
                                   strict=True):
                if edit.text() != value:
                    edit.setText(value)
        self._show_status("")
        self._update()

    def _part_edited(self, _text: str) -> None:
        f = self.form
        url = servers.compose(f.urlEdit.text(), host=f.hostEdit.text(), port=f.portEdit.text(),
                             database=f.databaseEdit.text(), user=f.userEdit.text())
        f.urlEdit.blockSignals(True)
        f.urlEdit.setText("" if url == "postgresql://" else url)
        f.urlEdit.blockSignals(False)
        self._show_status("")
        self._update()

    def problem(self) -> str:
        """Why the URL cannot be used yet ("" when it can)."""
        text = self.form.urlEdit.text().strip()
        if not text:
            return "Give the database's URL, or its server and database."
        return servers.problem(text)

    def _update(self) -> None:
        ready = not self.problem() and self.worker is None
        self.ok.setEnabled(ready)
        self.form.testButton.setEnabled(ready)

    # Test Connection -------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Look at the database in a worker thread (a server that does not answer takes up to
        `servers.CONNECT_TIMEOUT_S`); the answer shows below, in one line."""
        if self.problem() or self.worker is not None:
            return
        location = self.connection().location
        self.worker = Worker(lambda _progress: servers.probe(location), self)
        self.worker.finished.connect(self._tested)
        self._show_status(f"Connecting to {servers.label(location)}…")
        self._update()
        self.worker.start()

    def _tested(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        worker.wait()
        worker.deleteLater()
        if worker.failure is not None:
            raise worker.failure
        if worker.error is not None:
            self._show_status(worker.error.message, problem=True)
        else:
            fits, line = describe(worker.result, self.purpose)
            self._show_status(line, problem=not fits)
        self._update()

    def wait_for_test(self) -> None:
        if self.worker is not None:
            self.worker.wait()

    def _show_status(self, text: str, *, problem: bool = False) -> None:
        label = self.form.statusLabel
        label.setText(text)
        theme.keep_style(label, lambda: f"color: {theme.RED};" if problem else "")
