"""Keeping None, True and False alive under a PySide6 that drops references to them.

PySide6 6.12 (the `cp310-abi3` wheels) hands `None` back from every call of a Qt function that
returns nothing (`setText`, `update`, every `QPainter.draw…`, an unset `data()` role) and `True`
from `Signal.emit()` / `connect()` without counting the reference it gives away. From Python
3.12 these objects are immortal (PEP 683) and the lost references cost nothing; on Python 3.10
and 3.11 each call takes one away for good. A few thousand calls are enough: painting the
pipeline board once takes about 270, so after a working session the count reaches zero — in
the middle of a repaint, or at quit when Python lets go of its own references — and the
interpreter aborts with `Fatal Python error: none_dealloc: deallocating None` (or
`bool_dealloc` for True). `tests/test_quit_clean.py` shows both, and that this module ends them.

`pin_singletons()` does what Python 3.12 does: it gives the three objects a reference count
no session can use up (2**40 more; a paint takes 270). It runs when `hirefile.ui` is imported,
before Qt is used; it does nothing on Python 3.12 and later, and nothing on an interpreter
whose object layout it does not recognise.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to each singleton: ~10**12, far beyond any session, far below the limit.
MARGIN = 1 << 40

SINGLETONS = (None, True, False)


def needs_pinning() -> bool:
    """True where the singletons are mortal: CPython before 3.12."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def _refcount_cell(obj: object) -> ctypes.c_ssize_t | None:
    """The object's reference count field, when the layout is CPython's plain `PyObject`
    (the count, then the type pointer); None otherwise (e.g. a `Py_TRACE_REFS` build)."""
    address = id(obj)
    type_word = ctypes.c_void_p.from_address(address + ctypes.sizeof(ctypes.c_ssize_t))
    if type_word.value != id(type(obj)):
        return None
    return ctypes.c_ssize_t.from_address(address)


def pin_singletons() -> bool:
    """Make None, True and False as good as immortal; True when they were pinned now."""
    if not needs_pinning():
        return False
    cells = [_refcount_cell(obj) for obj in SINGLETONS]
    if any(cell is None or cell.value >= MARGIN for cell in cells):
        return False  # an unknown layout, or pinned already (idempotent)
    for cell in cells:
        assert cell is not None
        cell.value += MARGIN  # a change by another thread in between: a few, against 2**40
    return True
