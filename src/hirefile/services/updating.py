"""How the slow part of opening a file shows itself: the storage layer runs an older file's
checks, verified backup and update through `fileformat.update_runner`, and the checks of a
file this computer has not seen as it is now through `fileformat.check_runner`; the app sets
runners that do the work in a worker behind a dialog (`ui/sharing/updating.py`). Loads no
SQLAlchemy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hirefile.storage import fileformat

Runner = Callable[[str, int, Callable[[], None]], None]


def show_updates_with(runner: Runner | None) -> None:
    """Run every later update of an older file through `runner(file name, its format, work)`
    (None: inline, as the command line does)."""
    fileformat.update_runner = runner or fileformat.run_inline


def show_checks_with(runner: Callable[[Path, Callable[[], None]], None] | None) -> None:
    """Run the checks of a file opened for writing that this computer has not seen as it is
    now through `runner(path, work)` (None: inline, as the command line does)."""
    fileformat.check_runner = runner or fileformat.check_inline
