"""Everything PySide6: the window, its pages, item models and dialogs.

Nothing outside this package imports Qt; the UI reads and writes through `hirefile.services`
and holds plain rows, never ORM objects.

Importing it first makes None, True and False immortal on Python before 3.12, where PySide6
6.12 drops references to them until the interpreter aborts (`refcounts.py`).
"""

from hirefile.ui.refcounts import pin_singletons

pin_singletons()
