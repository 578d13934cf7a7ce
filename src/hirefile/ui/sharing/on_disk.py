"""The open file and the disk it lives on: changes made outside the app, a file replaced by a
synced folder, looking at a file someone else is editing (read-only), and where the file lives.

`DiskSharing` belongs to the main window, which calls `watch(db)` whenever a file becomes
its file and `stop()` when it closes it. It watches the file and its folder (a sync tool that
replaces the file by a rename drops the watch on the file, which is added again), waits for
the writes to settle, and also looks when the window is activated. What it finds is read by
`services.on_disk.FileWitness`; every page then reads again through the window's one change
notification (`changes.changed(EVERYTHING)`). Unsaved edits in a form (a candidate record, a
role) or an open dialog are never thrown away: a bar says so and the pages read again once
the person has saved or cancelled.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hirefile.errors import FileInUse, HirefileError
from hirefile.services.files import open_file
from hirefile.services.on_disk import FileWitness, Seen, editing_now
from hirefile.services.places import shared_place
from hirefile.services.workspace import Workspace
from hirefile.settings import Identity
from hirefile.ui import file_dialogs, messages
from hirefile.ui.changes import EVERYTHING
from hirefile.ui.common import run_modal
from hirefile.ui.sharing.bars import NoticeArea, NoticeBar
from hirefile.ui.text import isolate

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: Writes come in bursts (a journal made and removed, a rename): look once they settle.
SETTLE_MS = 300
#: While unsaved edits wait, how often to see whether the person is done.
WAIT_MS = 1000
#: Settings: resolved paths whose cloud-folder note was dismissed.
CLOUD_NOTE_KEY = "cloud_note_dismissed"

CHANGED_TEXT = "The file changed on disk — reloaded"
WAITING_TEXT = "The file changed on disk. Your unsaved edits are kept — Reload when done"
REPLACED_TEXT = "The file was replaced by a synced version — reloaded"
UNDO_CLEARED_TEXT = ("Undo history was cleared: its steps were made on the version of the "
                     "file that a synced folder replaced.")


def ask_open_read_only(parent: QWidget | None, path: Path, problem: FileInUse) -> bool:
    """The file is in use: look at it read-only (True) or not."""
    box = QMessageBox(QMessageBox.Icon.Information, "File in use",
                      f"{isolate(path.name)} is being edited by "
                      f"{isolate(problem.holder_name)} on {isolate(problem.host)} "
                      f"(since {problem.since}).", parent=parent)
    box.setInformativeText("You can open it read-only: you see everything and it refreshes "
                           "when they save, but you cannot change it until they close it.")
    read_only = box.addButton("Open Read-Only", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    run_modal(box)
    return box.clickedButton() is read_only


def open_or_offer_read_only(parent: QWidget | None, path: Path,
                            identity: Identity) -> Workspace | None:
    """`open_file(path)` for writing; when the file is in use, offer to open it read-only
    (None: the person declined). Other problems are raised as they are."""
    try:
        return open_file(path, identity)
    except FileInUse as exc:
        if not ask_open_read_only(parent, path, exc):
            return None
    return open_file(path, identity, write=False)


def unsaved_edits(window: MainWindow) -> bool:
    """Is the person in the middle of something a reload could disturb? A form with unsaved
    edits (a candidate record, a role's definition or weights) or any open dialog."""
    if QApplication.activeModalWidget() is not None:
        return True
    page = window.candidates_page
    if page.record_open and page.record.is_dirty:
        return True
    workspace = window.roles_page.workspace
    if workspace is None:
        return False
    return any(getattr(part, "is_dirty", lambda: False)()
               for part in (workspace.editor, getattr(workspace, "weights", None)) if part)


class DiskSharing(QObject):
    """Changes on disk, the read-only state and the synced-folder note of the window's file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.notes = NoticeArea(window)
        self.witness: FileWitness | None = None
        #: Made per file and let go when it closes: each holds an inotify instance, which the
        #: system counts per user (128 on many Linux systems).
        self._watcher: QFileSystemWatcher | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._wait = QTimer(self)
        self._wait.setInterval(WAIT_MS)
        self._wait.timeout.connect(self._reload_when_done)
        #: The status message of a reload that waits for unsaved edits (None: none waits).
        self._waiting: str | None = None
        #: The file (device, inode) that replaced the open one and could not be taken in.
        self._refused: tuple[int, int] | None = None
        window.installEventFilter(self)
        # after the pages have read again (they enable their own actions as they do)
        window.changes.sig_changed.connect(lambda _change: self._enable_editing())
        self.action_open_read_only = QAction("Open &Read-Only…", window)
        self.action_open_read_only.setStatusTip(
            "Look at a file without changing it (while someone else edits it)")
        self.action_open_read_only.triggered.connect(self.open_read_only)
        menu = window.form.menuFile
        actions = menu.actions()
        at = actions.index(window.form.actionOpen) + 1 if window.form.actionOpen in actions \
            else len(actions)
        menu.insertAction(actions[at] if at < len(actions) else None,  # type: ignore[arg-type]
                          self.action_open_read_only)

    # the window's file ------------------------------------------------------------------------

    def watch(self, db: Workspace) -> None:
        """`db` is the window's file now (after `use_database`)."""
        self.stop()
        self.witness = FileWitness(db)
        self._watch_paths(db.path)
        for name in ("diskChanged", "diskProblem", "undoCleared"):
            self.notes.remove(name)
        self._waiting = None
        self._refused = None
        self._show_state(db)
        self._cloud_note(db.path)

    def stop(self) -> None:
        """The window closes its file: stop watching it."""
        self._settle.stop()
        self._wait.stop()
        if self.witness is not None:
            self.witness.close()
            self.witness = None
        if self._watcher is not None:
            self._watcher.blockSignals(True)
            self._watcher.setParent(None)
            shiboken6.delete(self._watcher)  # its inotify instance goes now, not later
            self._watcher = None

    def _watch_paths(self, path: Path) -> None:
        """The file and its folder (a rename over the file drops the file's watch)."""
        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.fileChanged.connect(self._soon)
            self._watcher.directoryChanged.connect(self._soon)
        watched = self._watcher.files() + self._watcher.directories()
        wanted = [p for p in (str(path), str(path.parent))
                  if p not in watched and Path(p).exists()]
        if wanted:
            self._watcher.addPaths(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self._soon()  # back from another app (a sync client, a terminal): look again
        return False

    def _soon(self, *_args: object) -> None:
        if self.witness is not None:
            self._settle.start()

    # looking ----------------------------------------------------------------------------------

    def check(self) -> Seen:
        """Look at the file now and follow what happened to it (also called by tests)."""
        witness, db = self.witness, self.window.db
        if witness is None or db is None or witness.db is not db:
            return Seen.SAME
        self._watch_paths(db.path)
        seen = witness.look()
        if seen is Seen.SAME:
            if db.read_only:
                self._show_state(db)  # the writer may have closed it
            return seen
        if seen is Seen.MISSING:
            self._problem(f"{isolate(db.path.name)} was moved or deleted while open. What you "
                          "see is what it held; changes are refused. Open it where it is now "
                          "(File → Open).")
            return seen
        message = CHANGED_TEXT
        if seen is Seen.REPLACED:
            arrived = witness.arrived()
            if arrived == self._refused:
                return seen  # said already; tried again when another file arrives
            try:
                taken = witness.take_in()
            except HirefileError as exc:
                log.info("could not take in the replaced %s: %s", db.path, exc.message)
                self._refused = arrived
                self._problem(exc.message)
                return seen
            self._refused = None
            self.notes.remove("diskProblem")
            if self._watcher is not None and str(db.path) in self._watcher.files():
                self._watcher.removePath(str(db.path))  # it watched the file that went away
            self._watch_paths(db.path)
            if self.window.undo_stack.count():  # its steps were made on the file that went
                self.window.undo_stack.clear()  # away: say so, where it stays to be read
                bar = self.notes.show_bar(NoticeBar("undoCleared", UNDO_CLEARED_TEXT))
                bar.sig_closed.connect(lambda: self.notes.remove("undoCleared"))
            n = taken.changes_merged
            message = REPLACED_TEXT if not n else (
                f"The file was replaced by a synced version; your {n:,} "
                f"change{'s were' if n != 1 else ' was'} merged back in")
        self._reload(message)
        return seen

    def _reload(self, message: str) -> None:
        """Every page reads the file again, unless the person is mid-edit: then wait."""
        if unsaved_edits(self.window):
            if self._waiting in (None, CHANGED_TEXT):  # "merged back in" is worth keeping
                self._waiting = message
            bar = self.notes.bar("diskChanged")
            if bar is None:
                bar = self.notes.show_bar(NoticeBar("diskChanged", WAITING_TEXT, "warning"))
                bar.add_button("Reload Now", self.reload_now)
                bar.sig_closed.connect(lambda: self.notes.remove("diskChanged"))
            self._wait.start()
            return
        self._read_again(message)

    def reload_now(self) -> None:
        """"Reload Now" on the bar: the pages read again; forms with unsaved edits keep them."""
        self._read_again(self._waiting or CHANGED_TEXT)

    def _read_again(self, message: str) -> None:
        self._waiting = None
        self._wait.stop()
        self.notes.remove("diskChanged")
        if self.witness is not None:
            self.witness.accept()
        self.window.changes.changed(EVERYTHING)
        self.window.statusBar().showMessage(message, 12000)

    def _reload_when_done(self) -> None:
        if self._waiting is not None and not unsaved_edits(self.window):
            self._reload(self._waiting)

    @property
    def waiting(self) -> bool:
        """A reload waits for the person to save or cancel."""
        return self._waiting is not None

    def _problem(self, text: str) -> None:
        self.notes.show_bar(NoticeBar("diskProblem", text, "warning", closable=False))

    # read-only --------------------------------------------------------------------------------

    def open_read_only(self) -> None:
        """File → Open Read-Only…"""
        window = self.window
        path = file_dialogs.ask_open_file(window, window._dialog_dir())
        if path is None:
            return
        if window._is_current(path):
            messages.show_problem(window, "Open Read-Only",
                                  f"{isolate(path.name)} is the file open now.")
            return
        if not window._leave_ok():
            return
        try:
            db = open_file(path, window.identity, write=False)
        except HirefileError as exc:
            messages.show_problem(window, f"Could not open {isolate(path.name)}", exc.message)
            return
        db.set_identity(window.identity)
        window.use_database(db)

    def _show_state(self, db: Workspace) -> None:
        """Title, bar and editing actions for a read-only file (and back for a writer)."""
        window = self.window
        self._enable_editing()
        if not db.read_only:
            self.notes.remove("readOnly")
            return
        window.setWindowTitle(f"{db.path.name} (read-only) — Hirefile")
        holder = editing_now(db.path)
        if holder is not None:
            text = (f"In use by {isolate(holder.name)} on {isolate(holder.host)} — you are "
                    "looking, not editing. What they save appears here.")
        else:
            text = ("Open read-only — you are looking, not editing. Nobody is editing it "
                    "now: open it for editing to make changes.")
        bar = self.notes.bar("readOnly")
        if bar is None:
            bar = self.notes.show_bar(NoticeBar("readOnly", text, "info", closable=False))
            bar.add_button("Open for Editing", self.open_for_editing)
        else:
            bar.set_text(text)
        bar.buttons["Open for Editing"].setVisible(holder is None)

    def _enable_editing(self) -> None:
        """The actions that start an edit, off while the file is open read-only (an edit
        begun elsewhere is refused when saved, with `ReadOnlyFile`'s sentence)."""
        window = self.window
        db = window.db
        if db is None:
            return
        # always there with a file (a writable file enables them all again)
        found: list[QAction | QWidget] = [
            window.candidates_page.action_add, window.candidates_page.action_import,
            window.action_company, window.roles_page.new_button]
        for item in found:
            item.setEnabled(not db.read_only)
        workspace = window.roles_page.workspace  # made anew for each file: off only
        if db.read_only and workspace is not None:
            for action in (workspace.new_role_action, workspace.duplicate_role_action,
                           workspace.remove_role_action):
                action.setEnabled(False)

    def open_for_editing(self) -> None:
        """The writer has closed the file: take it over for editing."""
        window, db = self.window, self.window.db
        if db is None or not db.read_only:
            return
        try:
            writer = open_file(db.path, window.identity)
        except HirefileError as exc:
            messages.show_problem(window, "Could not open for editing", exc.message)
            self._show_state(db)
            return
        writer.set_identity(db.identity)
        window.use_database(writer)

    # where the file lives ---------------------------------------------------------------------

    def _cloud_note(self, path: Path) -> None:
        """Once per file, until dismissed: a synced folder or removable media."""
        self.notes.remove("cloudNote")
        place = shared_place(path)
        key = str(path.resolve())
        if place is None or key in self._dismissed():
            return
        bar = self.notes.show_bar(NoticeBar("cloudNote", (
            f"{isolate(path.name)} is in {place}. Share it safely: take turns (while one of "
            "you edits it, the other can open it read-only), or each works on a copy and "
            "merges (File → Save a Copy for a Cofounder, then File → Merge)."), "info"))
        bar.close_button.setToolTip("Don't show this again for this file")  # type: ignore[union-attr]
        bar.sig_closed.connect(lambda: self.dismiss_cloud_note(key))

    def _dismissed(self) -> list[str]:
        value = self.window.settings.get(CLOUD_NOTE_KEY, [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def dismiss_cloud_note(self, key: str) -> None:
        self.window.settings.set(CLOUD_NOTE_KEY, [*self._dismissed(), key])
        self.notes.remove("cloudNote")
