"""Automatic backups of the open file, made by the window (`services/backups.py` does the work).

`BackupKeeper` backs the file up shortly after it opens (after the first paint), every 30
minutes while it changed since the last backup (the window's one change notification says
when), after a file was brought to this format (the verified copy of its older format), and
on request before a write that replaces much at once: `backup_before(db, reason)`
(a CSV import, demo data, a merge of a cofounder's copy, a restore). A backup that fails (a
full disk) never stops the work: the status bar says so each time, and a warning is shown
once per window. Every backup is followed by the rotation (`make_backup` runs it).

The timed backups (on opening, every 30 minutes) run in a worker thread (`_BackupRun`) on a
connection of their own, in steps, so the window never freezes; the status bar says
"Backed up …" when one is done. One the file kept changing under gives up quietly until the
next time. A backup before a big write runs on the window's thread (the write waits for it,
under a busy cursor) and first stops a timed one that is running; closing the file stops a
running one too (nothing is left of it: backups are written atomically).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication

from hirefile.errors import HirefileError
from hirefile.services.backups import (
    BackupCancelled,
    BackupInfo,
    BackupPostponed,
    keep_migration_backup,
    make_backup,
    make_backup_of_file,
    up_to_date,
)
from hirefile.services.workspace import Workspace
from hirefile.ui import messages
from hirefile.ui.changes import Change

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How long after a file opens its first backup is made (the window is painted by then).
OPEN_DELAY_MS = 1500
#: How often a changed file is backed up.
EVERY_MS = 30 * 60 * 1000
STATUS_MS = 10_000

#: The keeper of each open file, so a dialog holding only the file can ask for a backup. Both
#: sides weak: the keeper holds its window, which holds the file, so a strong value would keep
#: a closed window's file (and the window) alive for good.
_keepers: weakref.WeakKeyDictionary[Workspace, weakref.ref[BackupKeeper]] = \
    weakref.WeakKeyDictionary()


def backup_before(db: Workspace | None, reason: str) -> BackupInfo | None:
    """Back up `db` before a write that changes much at once ("import", "merge", "demo").
    Never raises for a backup that could not be made (the window says so); returns the
    backup, or None when none was made."""
    if db is None or db.read_only or db.on_server:  # a server keeps its own backups
        return None
    found = _keepers.get(db)
    keeper = found() if found is not None else None
    if keeper is not None and shiboken6.isValid(keeper):
        return keeper.backup(reason)
    try:
        return make_backup(db, reason)
    except (HirefileError, OSError, sqlite3.Error) as exc:
        log.warning("could not back up %s before %s: %s", db.path, reason, exc)
        return None


#: The worker threads until they are done (they outlive a window deleted meanwhile).
_runs: set[_BackupRun] = set()


class _BackupRun(QThread):
    """One timed backup of the file at `path`, off the window's thread (`make_backup_of_file`).
    `sig_done` carries the `BackupInfo`, or the exception that stopped it."""

    sig_done = Signal(object)

    def __init__(self, path: Path, file_uuid: str, reason: str) -> None:
        super().__init__()  # no parent: a window that goes away never takes a running thread
        _runs.add(self)
        self.finished.connect(self.deleteLater)
        self.path, self.file_uuid, self.reason = path, file_uuid, reason
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        result: object
        try:
            result = make_backup_of_file(self.path, self.file_uuid, self.reason,
                                         cancelled=self._stop.is_set)
        except Exception as exc:  # the window says why (`BackupKeeper._run_done`)
            result = exc
        self.sig_done.emit(result)


class BackupKeeper(QObject):
    """Makes the window's automatic backups (see the module's docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        #: The file changed since its last backup.
        self.changed_since = False
        self._warned = False
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)
        self._open_timer.timeout.connect(self.back_up_opened)
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_changed)
        window.changes.sig_changed.connect(self._file_changed)
        self.timer.start()
        #: The timed backup running in a worker thread, if any.
        self.running: _BackupRun | None = None
        #: The last timed backup made in the worker (None when it failed or gave up).
        self.last: BackupInfo | None = None
        #: File → Save a Copy for a Cofounder… and File → Restore from Backup… (`install`).
        self.action_copy_for_cofounder: QAction | None = None
        self.action_restore: QAction | None = None

    def file_opened(self, db: Workspace) -> None:
        """`db` is now the window's file: back it up once the window is painted (and keep the
        copy of its older format among its backups, when opening it migrated it)."""
        _keepers[db] = weakref.ref(self)
        self.changed_since = False
        if db.on_server:  # no file to copy: the server's administrator backs it up
            return
        self._open_timer.start()
        if db.backup_path is not None and not db.read_only:
            try:
                keep_migration_backup(db)
            except (HirefileError, OSError, sqlite3.Error) as exc:  # it stays beside the file
                log.warning("could not keep %s among the backups: %s", db.backup_path, exc)

    def back_up_opened(self) -> BackupInfo | None:
        """The backup after opening, in a worker thread (`start`), unless the newest backup
        already holds the file as it is (opened again, unchanged since): then that one is
        returned (and None when a backup was started or none is made)."""
        db = self._window.db
        if db is None or db.read_only:
            return None
        try:
            same = up_to_date(db)
        except (HirefileError, OSError):
            same = None
        if same is None:
            self.start("open")
        return same

    def back_up_if_changed(self) -> bool:
        """The 30-minute timer: a backup in a worker thread when the file changed since the
        last one. True when one was started."""
        return self.start("timer") if self.changed_since else False

    def start(self, reason: str) -> bool:
        """Back up the window's file in a worker thread; the status bar says when it is done.
        False when none was started (no file to back up, or one is running)."""
        db = self._window.db
        if db is None or db.read_only or db.on_server or self.running is not None:
            return False
        self.changed_since = False  # changes from now on are for the next backup
        run = self.running = _BackupRun(db.path, db.file_uuid, reason)
        run.sig_done.connect(self._run_done, Qt.ConnectionType.QueuedConnection)
        run.start()
        return True

    @Slot(object)
    def _run_done(self, result: object) -> None:
        run, self.running = self.running, None
        if run is not None:
            _runs.discard(run)
            if shiboken6.isValid(run):
                run.wait()  # it ends right after saying so (then it deletes itself)
        self.last = result if isinstance(result, BackupInfo) else None
        if isinstance(result, BackupInfo):
            name = run.path.name if run is not None else "the file"
            when = result.taken_at.astimezone().strftime("%H:%M")
            bar = self._window.statusBar()
            if not bar.currentMessage():  # a note made meanwhile matters more than this one
                bar.showMessage(f"Backed up {name} at {when}", STATUS_MS)
            return
        self.changed_since = True  # try again at the next half hour
        if isinstance(result, BackupCancelled):
            return
        if isinstance(result, BackupPostponed):  # a busy file: nothing to worry about
            log.info("backup postponed: %s", result.message)
            return
        if isinstance(result, (HirefileError, OSError, sqlite3.Error)):
            self._failed(run.reason if run is not None else "timer", result, quiet=False)
            return
        log.error("backup failed", exc_info=result if isinstance(result, BaseException)
                  else None)

    def finish(self, *, cancel: bool = False) -> BackupInfo | None:
        """Wait for the running timed backup (stopped first with `cancel`: nothing is left of
        it), and say how it went; the last one made in the worker, or None."""
        run = self.running
        if run is None:
            return self.last
        if cancel:
            run.cancel()
        run.wait()
        QGuiApplication.sendPostedEvents(self)  # its `sig_done`, queued to this thread
        if self.running is run:  # not delivered
            self.running = None
            _runs.discard(run)
        return self.last

    def _file_changed(self, _change: Change) -> None:
        self.changed_since = True

    def backup(self, reason: str, *, quiet: bool = False) -> BackupInfo | None:
        """Back up the window's file now. A failure is said in the status bar (and once in a
        warning, unless `quiet`: the caller says it) and returns None; work goes on."""
        db = self._window.db
        if db is None or db.read_only or db.on_server:
            return None
        self.finish(cancel=True)  # this one replaces a timed backup that is running
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = make_backup(db, reason)
        except (HirefileError, OSError, sqlite3.Error) as exc:
            self._failed(reason, exc, quiet=quiet)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.changed_since = False
        return info

    def _failed(self, reason: str, exc: HirefileError | OSError | sqlite3.Error, *,
                quiet: bool) -> None:
        """Say a backup was not made: in the status bar, and once in a warning."""
        db = self._window.db
        name = db.path.name if db is not None and not db.on_server else "the file"
        text = exc.message if isinstance(exc, HirefileError) else str(exc)
        log.warning("could not back up %s (%s): %s", name, reason, text)
        self._window.statusBar().showMessage(f"Backup not made: {text}", STATUS_MS)
        if not quiet and not self._warned:
            self._warned = True
            messages.show_problem(
                self._window, "Backup not made",
                f"Hirefile could not make its automatic backup of {name}: {text}. "
                f"Your work is saved in the file as usual; Hirefile tries again later "
                f"and says so in the status bar.")


def install(window: MainWindow) -> BackupKeeper:
    """The window's backups: the keeper, and after File → Save a Copy…, the actions
    "Save a Copy for a Cofounder…" and "Restore from Backup…"."""
    from hirefile.ui.sharing.cofounder_copy import save_for_cofounder
    from hirefile.ui.sharing.restore import show_restore

    keeper = BackupKeeper(window)
    menu, after = window.form.menuFile, window.form.actionSaveCopy
    actions = menu.actions()
    before = actions[actions.index(after) + 1] if after in actions[:-1] else None
    copy = keeper.action_copy_for_cofounder = QAction("Save a Copy for a &Cofounder…", window)
    copy.setStatusTip("Write a copy for a cofounder to work in; merge it back when it returns")
    copy.triggered.connect(lambda: save_for_cofounder(window))
    restore = keeper.action_restore = QAction("&Restore from Backup…", window)
    restore.setStatusTip("Open one of this file's automatic backups as a new file, or put it "
                         "in place of this file")
    restore.triggered.connect(lambda: show_restore(window))
    menu.insertAction(before, copy)  # type: ignore[arg-type]
    # Restore stands apart from sharing, in a group of its own just above Quit
    actions = menu.actions()
    quit_at = actions.index(window.form.actionQuit)
    above = actions[quit_at - 1] if quit_at and actions[quit_at - 1].isSeparator() \
        else window.form.actionQuit
    menu.insertAction(above, restore)
    menu.insertSeparator(restore)
    return keeper
