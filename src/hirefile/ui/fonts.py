"""Names in every script on screen: the fonts Hirefile ships for its PDFs (resources/fonts)
lent to Qt for the scripts this computer has no font for, so a Malayalam, Tamil, Bengali,
Devanagari or Chinese name shows as written, not as empty boxes, on a minimal Linux.

Registered after the first paint (the window's `build_rest`), and only for missing scripts: a
desktop with its own fonts loads nothing. Qt's font fallback then finds them by script."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from hirefile import paths

WS = QFontDatabase.WritingSystem
#: Which shipped font covers which writing system.
SHIPPED = {
    WS.Devanagari: "NotoSansDevanagari-Regular.ttf",
    WS.Bengali: "NotoSansBengali-Regular.ttf",
    WS.Malayalam: "NotoSansMalayalam-Regular.ttf",
    WS.Tamil: "NotoSansTamil-Regular.ttf",
    WS.SimplifiedChinese: "wqy-microhei.ttc",
    WS.Japanese: "wqy-microhei.ttc",
    WS.Korean: "wqy-microhei.ttc",
}


def lend_missing() -> list[str]:
    """Register the shipped fonts for the writing systems no installed font covers; returns
    the files registered, and repaints the windows when there were any."""
    folder = paths.resources_dir() / "fonts"
    wanted = []
    for system, name in SHIPPED.items():
        if name not in wanted and not QFontDatabase.families(system):
            wanted.append(name)
    added = []
    for name in wanted:
        path = folder / name
        if path.is_file() and QFontDatabase.addApplicationFont(str(path)) >= 0:
            added.append(name)
    if added:
        for widget in QApplication.topLevelWidgets():
            widget.update()
    return added
