"""File → Restore from Backup…: this file's automatic backups, newest first, each opened as a
new file or put in place of the current one (after a confirmation and a backup of it).

Replacing closes the file (its pages let go of it first), writes the backup's content in its
place in one rename under the file's lock (`services.backups.replace_with_backup`), opens it
again, clears the undo stack (its steps were edits of the content just replaced) and tells
every view through the window's one change notification.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirefile.errors import HirefileError
from hirefile.services.attachments import size_text
from hirefile.services.backups import (
    BackupInfo,
    backups_dir,
    holding_erased,
    list_backups,
    make_backup,
    purge,
    replace_with_backup,
    restore_as_new,
)
from hirefile.services.files import open_file
from hirefile.services.workspace import Workspace
from hirefile.ui import file_dialogs, messages, theme
from hirefile.ui.changes import EVERYTHING
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

#: Why a backup was made, as the list says it.
REASON_TEXT = {
    "open": "When the file opened",
    "timer": "Every 30 minutes",
    "merge": "Before a merge",
    "import": "Before a CSV import",
    "migrate": "Before an upgrade",
    "erase": "Before an erasure",
    "demo": "Before demo data",
    "before-restore": "Before a restore",
    "asked": "Backed up on request",
}
COL_TIME, COL_REASON, COL_SIZE, COL_CANDIDATES, COL_ROLES, COL_NOTE = range(6)
HEADERS = ("Taken", "Why", "Size", "Candidates", "Roles", "")


def when_text(info: BackupInfo) -> str:
    """The backup's time in this computer's time zone ("Sun 6 Dec 2026, 11:15")."""
    local = info.taken_at.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def ask_replace(parent: QWidget | None, file_name: str, when: str) -> bool:
    """Replace the open file by the backup of `when`? (Cancel is the default.)"""
    return messages.confirm_destructive(
        parent, "Replace Current File",
        f"Replace {isolate(file_name)} with the backup of {when}?",
        "Everything changed in the file since then is taken out of it. Hirefile first backs "
        "up the file as it is now (listed here as \u201cBefore a restore\u201d), so you can "
        "come back to it. The undo history is cleared.", "Replace")


def ask_new_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write a backup as a new file (never over a database)."""
    return file_dialogs.ask_save_target(
        parent, "Open Backup as New File", suggested, file_dialogs.FILTER,
        complete=lambda path, _chosen: file_dialogs.with_suffix(path))


class RestoreDialog(QDialog):
    """The backups of the window's file, newest first, and what to do with one."""

    def __init__(self, window: MainWindow, db: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self.setWindowTitle("Restore from Backup")
        self.resize(960, 460)
        lay = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.intro)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName("Backups")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(HEADERS)
        header = self.list.header()
        header.setStretchLastSection(True)
        metrics = self.list.fontMetrics()
        for col, sample in ((COL_TIME, "Wed 30 Sep 2026, 23:59"),
                            (COL_REASON, "Before a CSV import"),
                            (COL_SIZE, "999.9 MB"), (COL_CANDIDATES, "Candidates"),
                            (COL_ROLES, "Roles")):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 28)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Interactive)
        lay.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton("Open as New File…", self)
        self.open_button.setToolTip("Write this backup as a file of its own and open it; "
                                    "the current file stays as it is")
        self.replace_button = QPushButton("Replace Current File…", self)
        self.replace_button.setToolTip("Put this backup's content in place of the current "
                                       "file (after backing up the file as it is now)")
        self.purge_button = QPushButton("Purge Backups Before an Erasure…", self)
        self.purge_button.setToolTip("Delete the backups taken before the latest erasure: "
                                     "they may still hold the people erased since")
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.open_button.clicked.connect(self.open_as_new)
        self.replace_button.clicked.connect(self.replace_current)
        self.purge_button.clicked.connect(self.purge_before_erasure)
        self.list.itemSelectionChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.open_as_new())
        self.backups: list[BackupInfo] = []
        self.fill()
        fit_to_screen(self)

    def fill(self) -> None:
        """Read the backups folder again and show what it holds."""
        try:
            self.backups = list_backups(self._db.file_uuid)
        except HirefileError as exc:
            self.backups = []
            messages.show_problem(self, "Restore from Backup", exc.message)
        folder = backups_dir(self._db.file_uuid)
        if self.backups:
            self.intro.setText(
                f"Backups of {isolate(self._db.path.name)}, newest first. Hirefile makes one "
                f"when the file opens, every 30 minutes while it changes, and before imports, "
                f"merges and demo data, and keeps the recent ones, one a day for a week and "
                f"one a week for eight weeks.")
        else:
            self.intro.setText(
                f"No backups of {isolate(self._db.path.name)} yet. Hirefile makes one shortly "
                f"after the file opens, then every 30 minutes while it changes.")
        self.intro.setToolTip(f"Kept in {folder}")
        self.list.clear()
        muted = QBrush(QColor(theme.FAINT))
        for info in self.backups:
            damaged = info.damaged is not None
            why = (info.damaged or "").split(" (")[0]  # the detail is in the tooltip
            item = QTreeWidgetItem([
                when_text(info), REASON_TEXT.get(info.reason, info.reason), size_text(info.size),
                "—" if info.candidates is None else f"{info.candidates:,}",
                "—" if info.roles is None else f"{info.roles:,}",
                f"Cannot be used: it {why}" if damaged else ""])
            for col in (COL_SIZE, COL_CANDIDATES, COL_ROLES):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(COL_TIME, f"{info.path.name}\n{info.taken_at:%Y-%m-%d %H:%M} UTC")
            if damaged:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed, not selectable
                for col in range(len(HEADERS)):
                    item.setForeground(col, muted)
                    item.setToolTip(col, f"This backup cannot be used: it {info.damaged}")
            self.list.addTopLevelItem(item)
        try:
            self.holding_erased = holding_erased(self._db)
        except HirefileError:
            self.holding_erased = []
        self.purge_button.setVisible(bool(self.holding_erased))
        usable = [i for i, b in enumerate(self.backups) if b.damaged is None]
        first = self.list.topLevelItem(usable[0]) if usable else None
        if first is not None:
            self.list.setCurrentItem(first)
        self._selected()

    def purge_before_erasure(self) -> int:
        """Delete, after one confirmation, the backups that may still hold erased people."""
        found = self.holding_erased
        if not found or not messages.confirm_purge(self, len(found)):
            return 0
        try:
            gone = purge(found)
        except HirefileError as exc:
            messages.show_problem(self, "Could not purge the backups", exc.message)
            gone = 0
        self.fill()
        return gone

    @property
    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        info = self.backups[self.list.indexOfTopLevelItem(item)]
        return info if info.damaged is None else None

    def _selected(self) -> None:
        ok = self.chosen is not None
        self.open_button.setEnabled(ok)
        self.replace_button.setEnabled(ok and not self._db.read_only)

    def open_as_new(self) -> Path | None:
        """Write the chosen backup to a new file and open it in the window."""
        info = self.chosen
        if info is None:
            return None
        local = info.taken_at.astimezone()
        suggested = self._db.path.with_name(
            f"{self._db.path.stem} as of {local:%Y-%m-%d %H%M}{self._db.path.suffix}")
        target = ask_new_file(self, suggested)
        if target is None:
            return None
        try:
            written = restore_as_new(info, target)
        except HirefileError as exc:
            messages.show_problem(self, "Could not restore the backup", exc.message)
            return None
        self.accept()
        if self._window.open_path(written):
            self._window.statusBar().showMessage(
                f"Opened the backup of {when_text(info)} as {isolate(written.name)}", 10000)
        return written

    def replace_current(self) -> bool:
        """Put the chosen backup in place of the open file, after asking and a backup."""
        info = self.chosen
        if info is None or self._db.read_only:
            return False
        if not ask_replace(self, self._db.path.name, when_text(info)):
            return False
        if not self._window._leave_ok():  # unsaved edits in a form: save, discard or stay
            return False
        done = replace_current(self._window, info, parent=self)
        if done:
            self.accept()
        return done


def replace_current(window: MainWindow, info: BackupInfo, *,
                    parent: QWidget | None = None) -> bool:
    """Back up the window's file, close it, put the backup `info` in its place, open it again
    and show it everywhere. On a problem the file is left (or put back) as it was."""
    db = window.db
    if db is None:
        return False
    parent = parent or window
    path = db.path
    try:
        before = make_backup(db, "before-restore")
    except HirefileError as exc:
        messages.show_problem(parent, "Could not restore the backup",
                              f"Nothing was changed: the file as it is now could not be backed "
                              f"up first ({exc.message}).")
        return False
    window.close_database()  # every view lets go of it, then its lock is released
    window._heartbeat.start()  # the window goes on, with the file opened again below
    problem = None
    try:
        replace_with_backup(info, path, window.identity.name)
    except HirefileError as exc:
        problem = f"The file was not changed: {exc.message}"
    try:
        try:
            reopened = open_file(path, window.identity)
        except HirefileError as exc:
            if problem is not None:
                raise
            # the restored content does not open: put the file as it was back
            problem = f"The backup could not be opened ({exc.message}); the file is as it was."
            replace_with_backup(before, path, window.identity.name)
            reopened = open_file(path, window.identity)
    except HirefileError as exc:
        messages.show_problem(parent, "Could not open the file again",
                              f"{exc.message}. The file as it was before the restore is the "
                              f"backup {before.path}.")
        return False
    reopened.set_identity(db.identity)  # the same file: the same person signs its changes
    window.use_database(reopened)  # clears the undo stack: its steps edited the old content
    window.changes.changed(EVERYTHING)
    if problem is not None:
        messages.show_problem(parent, "Could not restore the backup", problem)
        return False
    window.statusBar().showMessage(
        f"Restored the backup of {when_text(info)}; the file as it was is kept as the backup "
        f"\u201cBefore a restore\u201d", 15000)
    return True


def show_restore(window: MainWindow) -> None:
    """File → Restore from Backup…"""
    if window.db is None:
        return
    dialog = RestoreDialog(window, window.db)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
