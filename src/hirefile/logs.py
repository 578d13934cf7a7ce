"""Logging: warnings to stderr, everything from INFO up to a rotating file in the log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from hirefile import paths

_file_handler: logging.Handler | None = None
_file_path: Path | None = None
_stderr_handler: logging.Handler | None = None


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
    if gui and _stderr_handler is None:
        _stderr_handler = logging.StreamHandler()
        _stderr_handler.setLevel(logging.WARNING)
        root.addHandler(_stderr_handler)
