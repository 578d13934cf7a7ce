"""Walks what a screen reader gets from a window: QAccessible interfaces from the top.

`unnamed(widget)` lists every visible interactive control under `widget` whose accessible name
is empty, described by class, object name and parent chain. Internal parts of composite
controls are left out by role and ownership, not by name: nothing is walked below an item view
(its cells are its model's rows), a combo box or a spin box (their line edit and popup belong
to them), and scroll bars and header views are parts of the scroll area or view that owns them.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QScrollBar,
    QWidget,
)

Role = QAccessible.Role

#: Controls a person operates: each needs a name a screen reader can say.
INTERACTIVE = frozenset({
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.Slider, Role.Dial, Role.List, Role.Table, Role.Tree, Role.PageTabList,
    Role.PageTab, Role.ButtonMenu, Role.ButtonDropDown, Role.ButtonDropGrid, Role.Link,
    Role.ScrollBar,
})

#: Roles whose children are the control's own parts, never separate controls.
COMPOSITE = frozenset({Role.ComboBox, Role.SpinBox, Role.List, Role.Table, Role.Tree,
                       Role.ScrollBar, Role.Slider, Role.EditableText})


def owned_part(widget: QWidget | None) -> bool:
    """A scroll bar, a header or a combo's/spin box's inner widget: part of its owner."""
    if widget is None:
        return False
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget in (
                parent.horizontalScrollBar(), parent.verticalScrollBar()):
            return True
        parent = parent.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 6:
        chain.append(f"{type(parent).__name__}#{parent.objectName()}")
        parent = parent.parentWidget()
    return f"{type(widget).__name__}#{widget.objectName()} in {' < '.join(chain)}"


def interfaces(top: QWidget) -> list[tuple[QAccessibleInterface, QWidget | None]]:
    """Every interface a screen reader can reach under `top`, with the widget behind it."""
    found: list[tuple[QAccessibleInterface, QWidget | None]] = []
    seen: set[int] = set()

    def visit(iface: QAccessibleInterface, depth: int) -> None:
        if iface is None or not iface.isValid() or depth > 60:
            return
        obj = iface.object()
        widget = obj if isinstance(obj, QWidget) else None
        if widget is not None:
            if id(widget) in seen or not widget.isVisible() or owned_part(widget):
                return
            seen.add(id(widget))
        found.append((iface, widget))
        if iface.role() in COMPOSITE or isinstance(widget, QAbstractItemView):
            return
        for i in range(iface.childCount()):
            visit(iface.child(i), depth + 1)

    visit(QAccessible.queryAccessibleInterface(top), 0)
    return found


def unnamed(top: QWidget) -> list[str]:
    """The visible interactive controls under `top` a screen reader would announce unnamed."""
    missing = []
    for iface, widget in interfaces(top):
        if iface.role() not in INTERACTIVE or iface.role() == Role.ScrollBar:
            continue
        if iface.state().invisible or iface.state().offscreen:
            continue
        if iface.text(QAccessible.Text.Name).strip():
            continue
        if widget is None:  # a child element (a tab) without text
            parent = iface.parent()
            pw = parent.object() if parent is not None else None
            where = describe(pw) if isinstance(pw, QWidget) else "?"
            missing.append(f"{iface.role().name} element in {where}")
        else:
            missing.append(f"{iface.role().name}: {describe(widget)}")
    return missing
