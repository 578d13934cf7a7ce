"""Walks what a screen reader gets from a window: QAccessible interfaces from the top.

`unnamed(widget)` lists every visible interactive control under `widget` whose accessible name
is empty, described by class, object name and parent chain. Internal parts of composite
controls are left out by role and ownership, not by name: nothing is walked below an item view
(its cells are its model's rows), a combo box or a spin box (their line edit and popup belong
to them), and scroll bars and header views are parts of the scroll area or view that owns them.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Node:
    """One interface as a screen reader gets it (the interface itself is not kept: Qt owns
    and deletes it, and a kept Python wrapper could outlive it)."""

    role: QAccessible.Role
    name: str
    shown: bool
    widget: QWidget | None
    where: str  # the widget behind it, or the nearest one above


def nodes(top: QWidget) -> list[Node]:
    """Every interface a screen reader can reach under `top`."""
    found: list[Node] = []
    seen: set[int] = set()

    def visit(iface: QAccessibleInterface | None, depth: int, above: str) -> None:
        if iface is None or not iface.isValid() or depth > 60:
            return
        obj = iface.object()
        widget = obj if isinstance(obj, QWidget) else None
        if widget is not None:
            if id(widget) in seen or not widget.isVisible() or owned_part(widget):
                return
            seen.add(id(widget))
            above = describe(widget)
        state = iface.state()
        role = iface.role()
        found.append(Node(role, iface.text(QAccessible.Text.Name).strip(),
                          not (state.invisible or state.offscreen), widget, above))
        if role in COMPOSITE or isinstance(widget, QAbstractItemView):
            return
        for i in range(iface.childCount()):
            visit(iface.child(i), depth + 1, above)

    visit(QAccessible.queryAccessibleInterface(top), 0, describe(top))
    gc.collect()  # no wrapper of an interface outlives the walk
    return found


def unnamed(top: QWidget) -> list[str]:
    """The visible interactive controls under `top` a screen reader would announce unnamed."""
    return [f"{n.role.name}: {n.where}" if n.widget is not None
            else f"{n.role.name} element in {n.where}"
            for n in nodes(top)
            if n.role in INTERACTIVE and n.role != Role.ScrollBar and n.shown and not n.name]
