"""The "Pipeline" tab of a role: its stages (rename, add, reorder, remove when empty) and the
file's editable lists of reasons for rejecting and withdrawing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.vocab import StageKind
from hirefile.errors import HirefileError
from hirefile.services import pipeline, stages
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.commands import apply
from hirefile.ui.commands.base import ServiceCommand
from hirefile.ui.commands.roles import (
    AddStage,
    MoveStage,
    RemoveStage,
    RenameStage,
    SetExitReasons,
)

_ID = Qt.ItemDataRole.UserRole


class StagesPanel(QWidget):
    """Stages of the shown role, and the reason lists every role shares."""

    def __init__(self, db: Workspace, stack: QUndoStack, notify: Callable[[], None],
                 show_message: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._stack, self._notify = db, stack, notify
        self._show_message = show_message
        self._role_id: str | None = None
        self._infos: list[stages.StageInfo] = []
        self.stage_list = QListWidget(self)
        self.stage_list.setAccessibleName("Pipeline stages")
        self.add_button = QPushButton("&Add stage…", self)
        self.rename_button = QPushButton("Re&name…", self)
        self.remove_button = QPushButton("Remo&ve", self)
        self.up_button = QPushButton("↑", self)
        self.down_button = QPushButton("↓", self)
        self.up_button.setToolTip("Move up (Ctrl+Up)")
        self.down_button.setToolTip("Move down (Ctrl+Down)")
        self.reason_lists = {kind: QListWidget(self) for kind in
                             (StageKind.REJECTED, StageKind.WITHDREW)}
        self._build()
        self._connect()

    def _build(self) -> None:
        title = QLabel("Stages of this role", self)
        title.setProperty("kind", "sectionTitle")
        hint = QLabel("Candidates move through these columns on the board. A stage that holds "
                      "candidates cannot be removed; Hired, Rejected and Withdrew are always "
                      "there.", self)
        hint.setProperty("kind", "hint")
        hint.setWordWrap(True)
        self.stage_list.setMinimumHeight(120)
        side = QVBoxLayout()
        for b in (self.add_button, self.rename_button, self.remove_button):
            side.addWidget(b)
        arrows = QHBoxLayout()
        arrows.addWidget(self.up_button)
        arrows.addWidget(self.down_button)
        side.addLayout(arrows)
        side.addStretch(1)
        stages_row = QHBoxLayout()
        stages_row.addWidget(self.stage_list, 1)
        stages_row.addLayout(side)

        rtitle = QLabel("Reasons offered when someone leaves", self)
        rtitle.setProperty("kind", "sectionTitle")
        rhint = QLabel("Shared by every role of this file. Double-click a reason to edit it.",
                       self)
        rhint.setProperty("kind", "hint")
        rhint.setWordWrap(True)
        reasons_row = QHBoxLayout()
        reasons_row.setSpacing(16)
        for kind, lst in self.reason_lists.items():
            lst.setAccessibleName(f"{kind.label} reasons")
            label = QLabel(f"{kind.label}", self)
            theme.keep_style(label, lambda: f"font-weight: 600; color: {theme.MUTED};")
            add = QPushButton("Add…", self)
            add.setToolTip(f"Add a reason for {kind.label.lower()}")
            remove = QPushButton("Remove", self)
            add.clicked.connect(lambda _c=False, k=kind: self._add_reason(k))
            remove.clicked.connect(lambda _c=False, k=kind: self._remove_reason(k))
            lst.itemDoubleClicked.connect(lambda item, k=kind: self._edit_reason(k, item))
            row = QHBoxLayout()
            row.addWidget(add)
            row.addWidget(remove)
            row.addStretch(1)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(lst, 1)
            column.addLayout(row)
            reasons_row.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(stages_row, 3)
        layout.addSpacing(12)
        layout.addWidget(rtitle)
        layout.addWidget(rhint)
        layout.addLayout(reasons_row, 2)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_stage)
        self.rename_button.clicked.connect(self.rename_stage)
        self.remove_button.clicked.connect(self.remove_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(+1))
        self.stage_list.currentRowChanged.connect(self._update_buttons)
        self.stage_list.itemDoubleClicked.connect(lambda _item: self.rename_stage())
        self.up_button.setShortcut("Ctrl+Up")
        self.down_button.setShortcut("Ctrl+Down")

    # showing -------------------------------------------------------------------------------

    def load(self, role_id: str | None) -> None:
        self._role_id = role_id
        keep = self.current_id()
        with self._db.reader() as s:
            self._infos = stages.stage_infos(s, role_id) if role_id else []
            reasons = {k: pipeline.exit_reasons(s, k) for k in self.reason_lists}
        self.stage_list.clear()
        for info in self._infos:
            text = info.name + (f"   ·   {info.count:,} in it" if info.count else "")
            if info.kind is not StageKind.ACTIVE:
                text += f"   ({info.kind.label.lower()})"
            item = QListWidgetItem(text)
            item.setData(_ID, info.id)
            self.stage_list.addItem(item)
            if info.id == keep:
                self.stage_list.setCurrentItem(item)
        for kind, lst in self.reason_lists.items():
            lst.clear()
            lst.addItems(reasons[kind])
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.stage_list.currentItem()
        return item.data(_ID) if item is not None else None

    def _current(self) -> stages.StageInfo | None:
        row = self.stage_list.currentRow()
        return self._infos[row] if 0 <= row < len(self._infos) else None

    def _update_buttons(self) -> None:
        info = self._current()
        active = info is not None and info.kind is StageKind.ACTIVE
        self.rename_button.setEnabled(info is not None)
        self.remove_button.setEnabled(active and info is not None and info.count == 0)
        self.up_button.setEnabled(info is not None and self.stage_list.currentRow() > 0)
        self.down_button.setEnabled(info is not None and
                                    self.stage_list.currentRow() < len(self._infos) - 1)
        self.add_button.setEnabled(self._role_id is not None)

    # commands ------------------------------------------------------------------------------

    def _run(self, command: ServiceCommand) -> bool:
        try:
            apply(self._stack, command)
        except HirefileError as exc:
            self._show_message(exc.message)
            return False
        return True

    def add_stage(self, name: str | None = None) -> None:
        if self._role_id is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, "Add stage", "Name of the new stage:")
            if not ok:
                return
        info = self._current()
        after = info.id if info is not None and info.kind is StageKind.ACTIVE else None
        self._run(AddStage(self._db, self._notify, self._role_id, name, after))

    def rename_stage(self, name: str | None = None) -> None:
        info = self._current()
        if info is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, "Rename stage", "New name:", text=info.name)
            if not ok or name.strip() == info.name:
                return
        self._run(RenameStage(self._db, self._notify, info.id, name))

    def remove_stage(self) -> None:
        info = self._current()
        if info is not None:
            self._run(RemoveStage(self._db, self._notify, info.id, info.name))

    def move_stage(self, delta: int) -> None:
        info = self._current()
        if info is not None:
            self._run(MoveStage(self._db, self._notify, info.id, info.name,
                                info.index + delta))

    def _reasons(self, kind: StageKind) -> list[str]:
        lst = self.reason_lists[kind]
        return [lst.item(i).text() for i in range(lst.count())]

    def _set_reasons(self, kind: StageKind, after: list[str]) -> None:
        self._run(SetExitReasons(self._db, self._notify, kind, self._reasons(kind), after))

    def _add_reason(self, kind: StageKind, text: str | None = None) -> None:
        if text is None:
            text, ok = QInputDialog.getText(self, f"Add {kind.label.lower()} reason", "Reason:")
            if not ok:
                return
        if text.strip():
            self._set_reasons(kind, [*self._reasons(kind), text])

    def _remove_reason(self, kind: StageKind) -> None:
        row = self.reason_lists[kind].currentRow()
        if row >= 0:
            reasons = self._reasons(kind)
            del reasons[row]
            self._set_reasons(kind, reasons)

    def _edit_reason(self, kind: StageKind, item: QListWidgetItem) -> None:
        text, ok = QInputDialog.getText(self, "Edit reason", "Reason:", text=item.text())
        if ok and text.strip():
            reasons = self._reasons(kind)
            reasons[self.reason_lists[kind].row(item)] = text
            self._set_reasons(kind, reasons)
