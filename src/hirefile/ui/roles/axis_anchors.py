"""Axis Anchors…: what a 1, 2, 3 and 4 look like on each skill axis, as this file words them.

All five axes in one scrolling form; Save writes the axes that changed as one undo step
(`commands.roles.SaveAxisAnchors`). "Hirefile's Wording" puts the defaults back in an axis's
fields (saving them then keeps no row of the file's own).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from hirefile.domain import anchors as domain
from hirefile.domain.vocab import Axis
from hirefile.errors import HirefileError
from hirefile.services import anchors as file_anchors
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.commands import apply
from hirefile.ui.commands.roles import SaveAxisAnchors
from hirefile.ui.common import show_text
from hirefile.ui.generated.ui_axis_anchors import Ui_AxisAnchorsDialog
from hirefile.ui.roles.common import style_sheet
from hirefile.ui.screen import fit_to_screen

AXES: tuple[Axis, ...] = tuple(Axis)


class AxisAnchorsDialog(QDialog):
    def __init__(self, db: Workspace, stack: QUndoStack, notify: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_AxisAnchorsDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self._db, self._stack, self._notify = db, stack, notify
        self.edits: dict[Axis, list[QLineEdit]] = {}
        with db.reader() as s:
            self.saved = {a: sc.anchors for a, sc in file_anchors.axis_scales(s).items()}
        for i, axis in enumerate(AXES, start=1):
            getattr(self.form, f"axis{i}Title").setText(axis.label)
            self.edits[axis] = [getattr(self.form, f"axis{i}Anchor{n}Edit") for n in range(1, 5)]
            getattr(self.form, f"axis{i}DefaultButton").clicked.connect(
                lambda _c=False, a=axis: self.set_anchors(a, domain.axis_anchors(a)))
            self.set_anchors(axis, self.saved[axis])
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(
            self.save)
        self.form.buttonBox.rejected.connect(self.reject)

    def set_anchors(self, axis: Axis, anchors: tuple[str, ...] | list[str]) -> None:
        for edit, text in zip(self.edits[axis], [*anchors, "", "", "", ""], strict=False):
            edit.setText(text)
            edit.setCursorPosition(0)  # show the start of a long anchor, not its end

    def anchors(self, axis: Axis) -> tuple[str, ...]:
        return tuple(" ".join(e.text().split()) for e in self.edits[axis])

    def changes(self) -> dict[Axis, tuple[str, ...]]:
        out = {}
        for axis in AXES:
            now = self.anchors(axis)
            if tuple(domain.cleaned(now)) != tuple(domain.cleaned(self.saved[axis])):
                out[axis] = now
        return out

    def save(self) -> bool:
        changes = self.changes()
        for axis, anchors in changes.items():
            if message := domain.problem(anchors):
                show_text(self.form.messageLabel, f"{axis.label}: {message}")
                edits = self.edits[axis]
                target = next((e for e in edits if not e.text().strip()), edits[0])
                target.setFocus()
                self.form.scroll.ensureWidgetVisible(target)
                return False
        if changes:
            try:
                apply(self._stack, SaveAxisAnchors(self._db, self._notify, changes))
            except HirefileError as exc:
                show_text(self.form.messageLabel, exc.message)
                return False
        self.accept()
        return True

    @classmethod
    def edit(cls, parent: QWidget | None, db: Workspace, stack: QUndoStack,
             notify: Callable[[], None]) -> bool:
        dialog = cls(db, stack, notify, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
