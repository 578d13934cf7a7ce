"""Logging: warnings to stderr, everything from INFO up to a rotating file in the log folder."""

from __future__ import annotations

import faulthandler
import logging
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
        handler = _LogFile(target)
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


class _LogFile(logging.Handler):
    """The rotating log file, opened at its first record: most commands write none, and
    `logging.handlers` (with socket and pickle) is 12 ms of every command's start. A folder
    that cannot be written must not stop the app: stderr still gets the warnings."""

    def __init__(self, target: Path) -> None:
        super().__init__()
        self.target = target
        self._file: logging.Handler | None = None
        self._unwritable = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            if self._unwritable:
                return
            import logging.handlers

            try:
                self.target.parent.mkdir(parents=True, exist_ok=True)
                self._file = logging.handlers.RotatingFileHandler(
                    self.target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
            except OSError:
                self._unwritable = True
                return
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()
