"""Names in every script on screen: after the window is built, every writing system Hirefile
ships a font for has one, whatever this computer had installed."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontDatabase

from hirefile.ui import fonts


def test_every_shipped_script_has_a_font_after_lending(qtbot: Any) -> None:
    fonts.lend_missing()
    for system in fonts.SHIPPED:
        assert QFontDatabase.families(system), system.name
    assert fonts.lend_missing() == []  # nothing lent twice

