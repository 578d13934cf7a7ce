"""Pick a bank question for a loop step: offered for the step's axes and the role's track,
with a search, so the right question is a few keys away and unrelated ones stay out of sight.

Built in code rather than in a form: it is a search field, one filter, a list and a preview.
The preview says how often and when last the question was asked (`services.question_use`),
and warns, as the bank does, when candidates may have shared it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain import drift
from hirefile.domain.vocab import Axis, Track
from hirefile.services import questions as bank
from hirefile.services.question_use import QuestionUse, question_use
from hirefile.services.questions import QuestionData
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.roles.common import AXIS_SHORT, fill_combo, style_sheet
from hirefile.ui.screen import fit_to_screen

Index = QModelIndex | QPersistentModelIndex
STEP_AXES = "step"


class PickModel(QAbstractListModel):
    """Bank questions as "[Axis] text" rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[QuestionData] = []

    def set_rows(self, rows: Sequence[QuestionData]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        q = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"[{AXIS_SHORT[q.axis]}] {q.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return q.guidance or None
        return None


class QuestionPicker(QDialog):
    """Search the bank within the step's axes (or any axis) and the role's track."""

    def __init__(self, parent: QWidget | None, db: Workspace, axes: Collection[Axis],
                 track: Track | None, exclude: Collection[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a question from the bank")
        theme.keep_style(self, style_sheet)
        self.resize(760, 520)
        fit_to_screen(self)
        self._db, self._axes, self._track, self._exclude = db, set(axes), track, set(exclude)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Words in the question or its guidance")
        self.search.setClearButtonEnabled(True)
        self.axis_combo = QComboBox(self)
        fill_combo(self.axis_combo, [
            ("This step's axes", STEP_AXES), *((a.label, a.value) for a in Axis),
            ("All axes", None)])
        self.model = PickModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName("Bank questions")
        self.view.setSpacing(2)
        self.guidance = QLabel(self)
        self.guidance.setWordWrap(True)
        self.guidance.setProperty("kind", "hint")
        self.guidance.setMinimumHeight(48)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.use_label = QLabel(self)
        self.use_label.setObjectName("useLabel")
        self.use_label.setWordWrap(True)
        self.use: dict[str, QuestionUse] = {}
        self._use_read = False
        self.count = QLabel(self)
        self.count.setProperty("kind", "hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add to step")
        search_label = QLabel("&Search", self)
        search_label.setBuddy(self.search)
        axis_label = QLabel("A&xis", self)
        axis_label.setBuddy(self.axis_combo)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(axis_label)
        top.addWidget(self.axis_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.guidance)
        layout.addWidget(self.use_label)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.refresh)
        self.axis_combo.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.refresh()
        self.search.setFocus()

    def refresh(self, *_args: object) -> None:
        chosen = self.axis_combo.currentData()
        axis = Axis(chosen) if chosen not in (None, STEP_AXES) else None
        with self._db.reader() as s:
            rows = bank.questions(s, axis=axis,
                                  track=self._track, text=self.search.text())
            if not self._use_read:  # once: picking changes nothing of what was asked
                self.use, self._use_read = question_use(s), True
        if chosen == STEP_AXES and self._axes:
            rows = [q for q in rows if q.axis in self._axes]
        rows = [q for q in rows if q.id not in self._exclude]
        self.model.set_rows(rows)
        self.count.setText(f"{len(rows)} question{'s' if len(rows) != 1 else ''}"
                           + (f" for the {self._track.label} track" if self._track else ""))
        if rows:
            self.view.setCurrentIndex(self.model.index(0))
        self._current_changed()

    def chosen(self) -> str | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def _current_changed(self, *_args: object) -> None:
        row = self.view.currentIndex().row()
        q = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        self.guidance.setText(q.guidance if q else "")
        use = (self.use.get(q.id) or QuestionUse(q.id)) if q else None
        text = use.text() if use else ""
        if use is not None and use.often:
            text += f". {drift.REFRESH_TEXT}."
        self.use_label.setText(text)
        often = bool(use and use.often)
        theme.keep_style(self.use_label,
                         lambda: f"color: {theme.AMBER if often else theme.MUTED};")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(q is not None)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace, *, axes: Collection[Axis],
            track: Track | None, exclude: Collection[str] = ()) -> str | None:
        """The id of the chosen bank question, or None."""
        dialog = cls(parent, db, axes, track, exclude)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()
