"""Logging: warnings to stderr, everything from INFO up to a rotating file in the log folder."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

from hirefile import paths

_file_handler: logging.Handler | None = None
_file_path: Path | None = None
_stderr_handler: logging.Handler | None = None
_fatal_file: TextIO | None = None


def fatal_log() -> Path:
    """Where a crash of the interpreter itself (a fault in Qt, a fatal Python error) is told,
    with every thread's stack: such a crash cannot reach the log."""
    return paths.log_dir() / "fatal.log"


def record_fatal_errors() -> None:
    """Send fatal errors' stacks to `fatal_log()` (the app; idempotent)."""
    global _fatal_file
    if _fatal_file is not None or faulthandler.is_enabled():
        return  # already told somewhere (pytest, `python -X faulthandler`): keep that
    try:
        fatal_log().parent.mkdir(parents=True, exist_ok=True)
        _fatal_file = open(fatal_log(), "a", encoding="utf-8")  # noqa: SIM115 - kept open
    except OSError:
        _fatal_file = sys.stderr  # a read-only home: the terminal still gets it
    faulthandler.enable(file=_fatal_file, all_threads=True)


def log_file() -> Path:
    return paths.log_dir() / "hirefile.log"


def setup_logging(*, gui: bool) -> None:
    """Idempotent; follows the log folder if it moved (tests redirect it per test)."""
    global _file_handler, _file_path, _stderr_handler
    root = logging.getLogger("hirefile")
    root.setLevel(logging.INFO)
    target = log_file()
    if _file_path != target:
        if _file_handler is not None:
            root.removeHandler(_file_handler)
            _file_handler.close()
            _file_handler = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        except OSError:
            handler = None  # a read-only home must not stop the app; stderr still gets warnings
        if handler is not None:
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            root.addHandler(handler)
            _file_handler, _file_path = handler, target
    if gui:
        record_fatal_errors()
    if gui and _stderr_handler is None:
        _stderr_handler = logging.StreamHandler()
        _stderr_handler.setLevel(logging.WARNING)
        root.addHandler(_stderr_handler)
