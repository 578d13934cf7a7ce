"""Logging: warnings to stderr, everything from INFO up to a rotating file in the log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from hirefile import paths

_configured = False


def log_file() -> Path:
    return paths.log_dir() / "hirefile.log"


def setup_logging(*, gui: bool) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("hirefile")
    root.setLevel(logging.INFO)
    try:
        log_file().parent.mkdir(parents=True, exist_ok=True)
        fh = logging.handlers.RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=3,
                                                  encoding="utf-8")
        fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(fh)
    except OSError:
        pass  # a read-only home must not stop the app; stderr still gets warnings
    if gui:
        sh = logging.StreamHandler()
        sh.setLevel(logging.WARNING)
        root.addHandler(sh)
