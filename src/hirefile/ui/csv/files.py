"""The CSV file choosers, as plain functions returning a path or None, so tests can stub them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

FILTER = "CSV files (*.csv *.tsv *.txt);;All files (*)"


def ask_csv_file(parent: QWidget | None, directory: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Import Candidates from CSV", str(directory),
                                          FILTER)
    return Path(name) if name else None


def ask_export_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write the export (`.csv` added when left out)."""
    name, _ = QFileDialog.getSaveFileName(parent, "Export Candidates to CSV", str(suggested),
                                          "CSV files (*.csv)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")
