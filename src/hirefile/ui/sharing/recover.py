"""File → Recover a Damaged File…, and the offer made when a file to open is damaged.

Recovery writes what can still be read of the damaged file into a new file (the damaged one is
only read: `services/recovery.py`), shows what was saved and lost, and offers to open it. When
opening a file fails because it is damaged, the problem box offers "Recover…" and, when a sound
backup of that file exists, "Open the Newest Backup" (written to a new file, then opened).
The message boxes are module functions, so tests can stub them by name.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hirefile.errors import CorruptFile, HirefileError, NotSQLiteFile
from hirefile.paths import FILE_SUFFIX
from hirefile.services.backups import BackupInfo, restore_as_new
from hirefile.services.recovery import RecoveryReport, newest_backup, recover
from hirefile.settings import Identity
from hirefile.ui import file_dialogs, messages
from hirefile.ui.common import run_modal
from hirefile.ui.sharing.restore import ask_new_file as ask_backup_target
from hirefile.ui.sharing.restore import when_text
from hirefile.ui.text import isolate

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow


#: SQLite's smallest page; a database file is always a whole number of pages.
_SMALLEST_PAGE = 512


class DamagedChoice(Enum):
    RECOVER = "recover"
    BACKUP = "backup"
    CLOSE = "close"


def looks_damaged(exc: HirefileError, path: Path) -> bool:
    """Is `exc`, met opening `path`, damage worth a recovery? A file SQLite finds damaged, or a
    `.hirefile` whose header is no longer an SQLite header (overwritten, zeroed) but that is
    still made of whole database pages; a text or other file merely named so is foreign."""
    if isinstance(exc, CorruptFile):
        return True
    if not (isinstance(exc, NotSQLiteFile) and path.suffix.lower() == FILE_SUFFIX
            and path.is_file()):
        return False
    size = path.stat().st_size
    return size >= _SMALLEST_PAGE * 2 and size % _SMALLEST_PAGE == 0


def install(window: MainWindow) -> QAction:
    """File → Recover a Damaged File…, just below Restore from Backup…."""
    action = QAction("Recover a &Damaged File…", window)
    action.setStatusTip("Save what can still be read of a damaged file into a new file")
    action.triggered.connect(lambda: recover_file(window))
    menu = window.form.menuFile
    actions = menu.actions()
    restore = window.backups.action_restore
    at = actions.index(restore) + 1 if restore in actions else len(actions) - 1
    menu.insertAction(actions[at] if at < len(actions) else None, action)  # type: ignore[arg-type]
    return action


def ask_damaged_choice(parent: QWidget | None, title: str, message: str,
                       backup: BackupInfo | None) -> DamagedChoice:
    """The file is damaged: recover it, open the newest backup (when there is one), or close."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        "Recover… saves what can still be read into a new file and leaves this one as it is."
        + (f" The newest backup of this file was taken {when_text(backup)}." if backup else ""))
    recover_button = box.addButton("Recover…", QMessageBox.ButtonRole.AcceptRole)
    backup_button = box.addButton("Open the Newest Backup", QMessageBox.ButtonRole.ActionRole) \
        if backup is not None else None
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(recover_button)
    box.setEscapeButton(close)
    run_modal(box)
    clicked = box.clickedButton()
    if clicked is recover_button:
        return DamagedChoice.RECOVER
    if backup_button is not None and clicked is backup_button:
        return DamagedChoice.BACKUP
    return DamagedChoice.CLOSE


def show_report(parent: QWidget | None, report: RecoveryReport) -> bool:
    """What was saved and lost; True when the person wants to open the new file."""
    box = QMessageBox(QMessageBox.Icon.Information, "Recover a Damaged File",
                      f"Recovered {report.saved:,} rows into {report.target.name}.",
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(f"{report.damaged.name} was left as it was.")
    box.setDetailedText("\n".join(report.lines()))
    open_button = box.addButton("Open the Recovered File", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(open_button)
    run_modal(box)
    return box.clickedButton() is open_button


def ask_damaged_file(parent: QWidget | None, directory: Path) -> Path | None:
    return file_dialogs.ask_open_file(parent, directory)


def ask_target(parent: QWidget | None, damaged: Path) -> Path | None:
    return file_dialogs.ask_save_target(
        parent, "Save the Recovered File", damaged.with_name(f"{damaged.stem} recovered"
                                                              f"{FILE_SUFFIX}"),
        file_dialogs.FILTER, complete=lambda path, _chosen: file_dialogs.with_suffix(path))


def recover_file(window: MainWindow, damaged: Path | None = None) -> Path | None:
    """Pick the damaged file (unless given) and where to save, recover, report, offer to open.
    Returns the new file's path, None when nothing was written."""
    if damaged is None:
        damaged = ask_damaged_file(window, window._dialog_dir())
        if damaged is None:
            return None
    written, open_it = salvage(window, damaged, window.identity)
    if written is not None and open_it:
        window.open_path(written)
    return written


def salvage(parent: QWidget | None, damaged: Path, identity: Identity,
            ) -> tuple[Path | None, bool]:
    """Ask where, recover `damaged` into it under a wait cursor, and report: the new file (None
    when nothing was written) and whether the person wants it opened."""
    target = ask_target(parent, damaged)
    if target is None:
        return None, False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = recover(damaged, target, identity=identity)
    except HirefileError as exc:
        QGuiApplication.restoreOverrideCursor()
        messages.show_problem(parent, "Could not recover the file", exc.message)
        return None, False
    QGuiApplication.restoreOverrideCursor()
    return report.target, show_report(parent, report)


def offer(parent: QWidget | None, path: Path, message: str, identity: Identity) -> Path | None:
    """Opening `path` failed because it is damaged: say so and offer recovery or the newest
    backup. Returns the file to open instead (recovered, or the backup written as a new file),
    or None."""
    backup = newest_backup(path)
    choice = ask_damaged_choice(parent, f"Could not open {isolate(path.name)}", message, backup)
    if choice is DamagedChoice.RECOVER:
        written, open_it = salvage(parent, path, identity)
        return written if open_it else None
    if choice is DamagedChoice.BACKUP and backup is not None:
        local = backup.taken_at.astimezone()
        target = ask_backup_target(parent, path.with_name(
            f"{path.stem} as of {local:%Y-%m-%d %H%M}{FILE_SUFFIX}"))
        if target is None:
            return None
        try:
            return restore_as_new(backup, target)
        except HirefileError as exc:
            messages.show_problem(parent, "Could not restore the backup", exc.message)
    return None


def offer_for_damaged(window: MainWindow, path: Path, message: str) -> None:
    """The window met a damaged file: the offer, then the file chosen is opened."""
    instead = offer(window, path, message, window.identity)
    if instead is not None:
        window.open_path(instead)
