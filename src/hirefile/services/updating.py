"""How opening a file of an older format shows itself: the storage layer runs the checks,
verified backup and update through `fileformat.update_runner`; the app sets one that runs
them in a worker behind a dialog (`ui/sharing/updating.py`). Loads no SQLAlchemy."""

from __future__ import annotations

from collections.abc import Callable

from hirefile.storage import fileformat

Runner = Callable[[str, int, Callable[[], None]], None]


def show_updates_with(runner: Runner | None) -> None:
    """Run every later update of an older file through `runner(file name, its format, work)`
    (None: inline, as the command line does)."""
    fileformat.update_runner = runner or fileformat.run_inline
