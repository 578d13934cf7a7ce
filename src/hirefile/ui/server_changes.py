"""Other people's changes to a team database reach the open window within a second or so.

On a server every committed write sends a notification naming the tables it touched
(storage/notify.py). `ServerChanges` belongs to the main window: `watch(db)` opens one
connection of its own that LISTENs on the database's channel, watched by a `QSocketNotifier`
on its socket (no thread waits on it), and turns other people's notifications into the
window's one change notification — `changes.changed(Change(kinds))`, the kinds from
`changes.TABLE_KINDS` — so every page reads as it does after the person's own edits, and
no page polls. The window's own writes come back too and are dropped (its undo stack has
announced them already).

- A burst (a colleague importing CVs, several people at once) is read once: notifications
  are gathered for `GATHER_MS` and announced as one `Change` of all their kinds.
- Unsaved edits in a form, or an open dialog, are never thrown away: as for a file changed on
  disk (`ui/sharing/on_disk.py`), a bar says so and the pages read once the person is done.
- A lost connection (the server restarted, the network went away) shows a note in the status
  bar and is tried again after 1, 2, 4 … 30 seconds, in a thread of its own so the window never
  waits; once back, every page reads once (changes may have been missed meanwhile).

Files have no notifications: the window watches the file on disk instead.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QLabel

from hirefile.services import servers
from hirefile.services.workspace import Workspace
from hirefile.ui.changes import ALL_KINDS, Change, kinds_of_tables
from hirefile.ui.sharing.bars import NoticeBar
from hirefile.ui.sharing.on_disk import WAIT_MS, unsaved_edits

if TYPE_CHECKING:  # the driver is loaded only when a window opens a server's database
    import psycopg

    from hirefile.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: Notifications arriving within this long are announced together.
GATHER_MS = 300
#: Waits before trying a lost connection again (the last one repeats).
RETRY_MS = (1000, 2000, 4000, 8000, 15000, 30000)
#: How long one attempt to connect may take (in its own thread).
CONNECT_TIMEOUT_S = 10
#: The listening connection's name on the server (pg_stat_activity.application_name).
APPLICATION_NAME = "Hirefile changes"

WAITING_TEXT = ("Others changed the team database. Your unsaved edits are kept — "
                "Reload when done")
LOST_TEXT = "Not connected to the server — others' changes show when it is back"


class ServerChanges(QObject):
    """Other people's writes to the window's team database, into `window.changes`."""

    #: A connection attempt finished (from its thread): (attempt number, connection or None).
    _sig_attempted = Signal(int, object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db: Workspace | None = None
        self._conn: psycopg.Connection[Any] | None = None
        self._notifier: QSocketNotifier | None = None
        #: Kinds heard and not yet announced.
        self._pending: set[str] = set()
        #: Counts attempts, so that one finishing after `stop()` or a newer one is let go.
        self._attempt = 0
        self._failures = 0
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._announce)
        self._wait = QTimer(self)
        self._wait.setInterval(WAIT_MS)
        self._wait.timeout.connect(self._announce)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._sig_attempted.connect(self._attempted)
        self.lost_label = QLabel(LOST_TEXT)
        self.lost_label.setObjectName("serverLost")
        self.lost_label.setStyleSheet("color: palette(placeholder-text)")
        window.statusBar().insertPermanentWidget(0, self.lost_label)
        self.lost_label.hide()
        #: Announcements made (for the status of tests and the log).
        self.announced = 0

    # the window's database ---------------------------------------------------------------------

    def watch(self, db: Workspace) -> None:
        """`db` (on a server) is the window's database now: listen to it. The first connection
        is made here, so that nothing written after the pages read is missed."""
        import psycopg

        self.stop()
        self.db = db
        self._attempt += 1
        try:
            conn = self._open(db)
        except psycopg.Error as exc:
            log.info("cannot listen to %s: %s", db.url, exc)
            conn = None
        self._attempted(self._attempt, conn, first=True)

    def stop(self) -> None:
        """The window closes its database (or opens a file)."""
        self.db = None
        self._attempt += 1  # an attempt still under way is let go when it finishes
        self._failures = 0
        for timer in (self._gather, self._wait, self._retry):
            timer.stop()
        self._pending.clear()
        self._drop_connection()
        self.lost_label.hide()
        self.window.disk.notes.remove("serverChanged")

    @property
    def listening(self) -> bool:
        return self._conn is not None

    @property
    def backend_pid(self) -> int | None:
        """The listening connection's process on the server."""
        return self._conn.info.backend_pid if self._conn is not None else None

    # connecting --------------------------------------------------------------------------------

    @staticmethod
    def _open(db: Workspace) -> psycopg.Connection[Any]:
        """A connection of its own to `db`'s server, listening on its channel (blocks)."""
        return servers.listen(db, application_name=APPLICATION_NAME,
                              connect_timeout=CONNECT_TIMEOUT_S)

    def _connect(self) -> None:
        """Try again, in a thread: connecting to a server that is away can take seconds."""
        db = self.db
        if db is None:
            return
        self._attempt += 1
        attempt = self._attempt

        def run() -> None:
            import psycopg

            try:
                conn: psycopg.Connection[Any] | None = self._open(db)
            except psycopg.Error as exc:
                log.info("still cannot listen to %s: %s", db.url, exc)
                conn = None
            if conn is not None and attempt != self._attempt:
                conn.close()  # stopped (the window closed), or a newer attempt, meanwhile:
                return  # a connection sent to a window gone would be left open
            try:
                self._sig_attempted.emit(attempt, conn)
            except RuntimeError:  # the window went away meanwhile
                if conn is not None:
                    conn.close()

        threading.Thread(target=run, name="hirefile-listen", daemon=True).start()

    def _attempted(self, attempt: int, conn: psycopg.Connection[Any] | None, *,
                   first: bool = False) -> None:
        if attempt != self._attempt or self.db is None:
            if conn is not None:
                conn.close()  # stopped, or another database since
            return
        if conn is None:
            self.lost_label.show()
            self._retry.start(RETRY_MS[min(self._failures, len(RETRY_MS) - 1)])
            self._failures += 1
            return
        self._conn = conn
        self._notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self.lost_label.hide()
        self._readable()  # anything that came with the LISTEN's own answer
        if not first or self._failures:
            self._heard(ALL_KINDS)  # back: whatever was written meanwhile was not heard
        self._failures = 0

    def _drop_connection(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _lost(self, reason: str) -> None:
        log.info("lost the connection listening to %s: %s",
                 self.db.url if self.db else None, reason)
        self._drop_connection()
        self.lost_label.show()
        self._retry.start(RETRY_MS[0])
        self._failures = 1

    # hearing -----------------------------------------------------------------------------------

    def _readable(self) -> None:
        conn, db = self._conn, self.db
        if conn is None or db is None:
            return
        import psycopg

        pgconn = conn.pgconn
        try:
            pgconn.consume_input()
        except psycopg.OperationalError as exc:
            self._lost(str(exc).splitlines()[0])
            return
        kinds: set[str] = set()
        while (found := pgconn.notifies()) is not None:
            tables = servers.others_tables(db, found.extra.decode("utf-8", "replace"))
            if tables:
                kinds |= kinds_of_tables(tables)
        if kinds:
            self._heard(kinds)

    def _heard(self, kinds: set[str] | frozenset[str]) -> None:
        self._pending |= kinds
        if not self._gather.isActive() and not self._wait.isActive():
            self._gather.start()

    def _announce(self) -> None:
        """Every page showing rows of the kinds heard reads them — unless the person is in the
        middle of an edit: then a bar waits until they are done (or Reload Now)."""
        window = self.window
        if not self._pending or not shiboken6.isValid(window) or window.db is not self.db:
            return
        if unsaved_edits(window):
            if window.disk.notes.bar("serverChanged") is None:
                bar = window.disk.notes.show_bar(
                    NoticeBar("serverChanged", WAITING_TEXT, "warning"))
                bar.add_button("Reload Now", self.reload_now)
                bar.sig_closed.connect(lambda: window.disk.notes.remove("serverChanged"))
            self._wait.start()
            return
        self.reload_now()

    def reload_now(self) -> None:
        """Announce what was heard now ("Reload Now" on the bar: forms keep their edits)."""
        kinds, self._pending = frozenset(self._pending), set()
        self._wait.stop()
        self.window.disk.notes.remove("serverChanged")
        if kinds:
            self.announced += 1
            self.window.changes.changed(Change(kinds))
