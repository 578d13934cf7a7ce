"""The file choosers, as plain functions returning a path or None, so tests can stub them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from hirefile.paths import DEFAULT_FILE_NAME, FILE_SUFFIX

FILTER = f"Hirefile files (*{FILE_SUFFIX});;All files (*)"


def with_suffix(path: Path) -> Path:
    return path if path.suffix == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)


def ask_new_file(parent: QWidget | None, directory: Path) -> Path | None:
    """Where to create a new file (`.hirefile` added when left out)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, "New Hiring File", str(directory / DEFAULT_FILE_NAME), FILTER, FILTER,
        QFileDialog.Option.DontConfirmOverwrite)  # an existing file is refused, not replaced
    return with_suffix(Path(name)) if name else None


def ask_open_file(parent: QWidget | None, directory: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open Hiring File", str(directory), FILTER)
    return Path(name) if name else None


def ask_copy_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write a copy of the open file."""
    name, _ = QFileDialog.getSaveFileName(parent, "Save a Copy", str(suggested), FILTER)
    return with_suffix(Path(name)) if name else None
