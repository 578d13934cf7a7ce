"""The file choosers, as plain functions returning a path or None, so tests can stub them.

Every "save as" in the app goes through `ask_save_target`: a name Hirefile never writes over (a
Hirefile or other SQLite file, the open file, a database's lock note or journal, a folder) is
refused with its one-line reason and the dialog opens again, so nothing is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from hirefile.errors import OutputRefused
from hirefile.fsutil import check_output
from hirefile.paths import DEFAULT_FILE_NAME, FILE_SUFFIX
from hirefile.ui import messages

FILTER = f"Hirefile files (*{FILE_SUFFIX});;All files (*)"


def with_suffix(path: Path, suffix: str = FILE_SUFFIX) -> Path:
    """`path`, with `suffix` added when the name does not already end in it (any case)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_new_file(parent: QWidget | None, directory: Path) -> Path | None:
    """Where to create a new file (`.hirefile` added when left out)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, "New Hiring File", str(directory / DEFAULT_FILE_NAME), FILTER, FILTER,
        QFileDialog.Option.DontConfirmOverwrite)  # an existing file is refused, not replaced
    return with_suffix(Path(name)) if name else None


def ask_open_file(parent: QWidget | None, directory: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open Hiring File", str(directory), FILTER)
    return Path(name) if name else None


def ask_save_target(parent: QWidget | None, title: str, suggested: Path, filters: str,
                    selected: str = "",
                    complete: Callable[[Path, str], Path] = lambda path, _chosen: path,
                    ) -> Path | None:
    """The save dialog until the person picks a name that may be written, or cancels (None).

    `complete` turns the typed name and the chosen filter into the path (adds a suffix)."""
    while True:
        name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters,
                                                   selected)
        if not name:
            return None
        path = complete(Path(name), chosen)
        try:
            return check_output(path)
        except OutputRefused as exc:
            messages.show_problem(parent, title, exc.message)
        suggested = path.parent / suggested.name


def ask_copy_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write a copy of the open file (never over a file that exists as a database)."""
    return ask_save_target(parent, "Save a Copy", suggested, FILTER,
                           complete=lambda path, _chosen: with_suffix(path))
