"""The CSV file choosers, as plain functions returning a path or None, so tests can stub them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from hirefile.ui.file_dialogs import ask_save_target, with_suffix

FILTER = "CSV files (*.csv *.tsv *.txt);;All files (*)"


def ask_csv_file(parent: QWidget | None, directory: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Import Candidates from CSV", str(directory),
                                          FILTER)
    return Path(name) if name else None


def ask_export_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write the export (`.csv` added when left out; never over a database)."""
    return ask_save_target(parent, "Export Candidates to CSV", suggested, "CSV files (*.csv)",
                           complete=lambda path, _chosen: with_suffix(path, ".csv"))
