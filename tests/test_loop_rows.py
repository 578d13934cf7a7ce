"""A loop step's row in the role's Interview loop tab, as painted: its length whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont, QFontMetrics

from hirefile.domain.vocab import StepKind
from hirefile.storage.database import Database
from hirefile.ui.main_window import MainWindow
from hirefile.ui.roles.loop_model import STEP_ROLE, step_length


def ink_columns(image: Any, top: int, bottom: int, left: int, right: int) -> list[int]:
    """The x of every column between `left` and `right` with a dark (text) pixel in the band."""
    return [x for x in range(max(left, 0), min(right, image.width()))
            if any(QColor(image.pixel(x, y)).lightness() < 120
                   for y in range(max(top, 0), min(bottom, image.height())))]


def test_a_take_homes_length_is_painted_whole(open_window: Any, demo_db: Database,
                                               qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db, (1400, 860))
    w.show_page(1)
    page = w.roles_page
    workspace = page.workspace
    assert workspace is not None
    editor = workspace.loop_editor
    for role in page.list.model.rows:  # the first role whose loop has a take-home
        page.select_role(role.id)
        rows = [r for r in range(editor.model.rowCount())
                if editor.model.index(r, 0).data(STEP_ROLE).kind is StepKind.TAKE_HOME]
        if rows:
            break
    assert rows, "the demo has a take-home step"
    workspace.tabs.setCurrentWidget(editor)
    qtbot.wait(20)
    view = editor.form.stepsView
    index = editor.model.index(rows[0], 0)
    step = index.data(STEP_ROLE)
    text = step_length(step)
    assert text.startswith("take-home ~")
    rect = view.visualRect(index)
    image = view.viewport().grab(rect).toImage()
    bold = QFont(view.font())
    bold.setWeight(QFont.Weight.DemiBold)
    needs = QFontMetrics(bold).horizontalAdvance(text)
    line = QFontMetrics(view.font()).height()
    text_right = rect.width() - 4 - 14
    top = 3 + (rect.height() - 6 - 2 * line - 4) // 2
    inked = ink_columns(image, top, top + line, text_right - needs - 40, text_right + 2)
    assert inked, "the length is painted"
    # from its first letter to its last: nothing of "take-home" cut off on the left
    assert max(inked) - min(inked) >= needs - 3, (min(inked), max(inked), needs)
