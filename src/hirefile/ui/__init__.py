"""Everything PySide6: the window, its pages, item models and dialogs.

Nothing outside this package imports Qt; the UI reads and writes through `hirefile.services`
and holds plain rows, never ORM objects.
"""
