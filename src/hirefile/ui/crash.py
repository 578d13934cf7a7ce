"""What happens to an exception nobody caught: logged with its traceback, told calmly.

Qt calls `sys.excepthook` for exceptions raised in slots and virtual methods; the default hook
prints a traceback to a terminal the person never sees, and the app carries on in an unknown
state. Hirefile writes the traceback to its log file and shows a short message instead, or the
message of a `HirefileError` (a problem the person can act on) that escaped a handler.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication

from hirefile.errors import HirefileError
from hirefile.logs import log_file

log = logging.getLogger("hirefile.ui")

_showing = False


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    from hirefile.ui import messages  # dialogs: loaded when one is needed

    parent = QApplication.activeWindow()
    if isinstance(exc, HirefileError):
        log.warning("problem: %s", exc.message)
        if not _showing:
            _showing = True
            try:
                messages.show_problem(parent, "Hirefile", exc.message)
            finally:
                _showing = False
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if _showing:  # a second failure while the first is on screen: logged is enough
        return
    _showing = True
    try:
        messages.show_crash(parent, log_file())
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception
