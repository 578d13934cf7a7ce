"""Item models of the loop editor: the ordered steps, and the selected step's questions.

The step model reorders itself by drag and drop (InternalMove) and through `moveRows`, and
hands each move to a `mover` callback that pushes a `MoveStep` command: the model shows the
move at once, the command stores it, and the refresh that follows finds the same order and
only repaints.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from hirefile.domain.roles import format_minutes
from hirefile.domain.vocab import StepKind
from hirefile.services.loops import LoopData, StepData, StepQuestion
from hirefile.ui import theme
from hirefile.ui.roles.common import AXIS_SHORT

Index = QModelIndex | QPersistentModelIndex
STEP_ROLE = Qt.ItemDataRole.UserRole + 1
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 2
MIME = "application/x-hirefile-loop-step"

#: Move a step to a new position; returns whether the move was stored.
Mover = Callable[[StepData, int], bool]


def step_length(step: StepData) -> str:
    """`45 min`, or `take-home ~3 h` for a take-home (what it asks of the candidate)."""
    if step.kind is StepKind.TAKE_HOME and step.expected_hours:
        return f"take-home ~{step.expected_hours:g} h"
    return format_minutes(step.minutes)


def step_axes(step: StepData) -> str:
    return " · ".join(AXIS_SHORT[a] for a in step.axes)


def questions_text(n: int) -> str:
    return "no questions" if n == 0 else "1 question" if n == 1 else f"{n} questions"


class LoopModel(QAbstractListModel):
    """The steps of one role's loop, in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[StepData] = []
        self.mover: Mover | None = None

    def set_loop(self, loop: LoopData | None) -> None:
        steps = list(loop.steps) if loop is not None else []
        if [s.id for s in steps] == [s.id for s in self._steps] and steps:
            self._steps = steps
            self.dataChanged.emit(self.index(0), self.index(len(steps) - 1))
            return
        self.beginResetModel()
        self._steps = steps
        self.endResetModel()

    def steps(self) -> list[StepData]:
        return list(self._steps)

    def row_of(self, step_id: str | None) -> int:
        return next((i for i, s in enumerate(self._steps) if s.id == step_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{index.row() + 1}. {step.title} — {step.kind.label}, {step_length(step)}"
                    f", {step_axes(step)}, {questions_text(len(step.questions))}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return step.notes or None
        if role == STEP_ROLE:
            return step
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    # reordering ----------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            step = self._steps[rows[0]]
            data.setData(MIME, QByteArray(json.dumps({"id": step.id, "row": rows[0]}).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(MIME) and action in (Qt.DropAction.MoveAction,
                                                   Qt.DropAction.IgnoreAction)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """A step dropped before `row` (or onto `parent`, or after the last step)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            payload = json.loads(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        source = self.row_of(payload.get("id"))
        if source < 0:
            return False
        if source != payload.get("row"):
            return True  # the view already moved it through moveRows during this drop
        if parent.isValid():
            row = parent.row()
        if row < 0:
            row = len(self._steps)
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)

    def moveRows(self, sourceParent: Index, sourceRow: int, count: int,
                 destinationParent: Index, destinationChild: int) -> bool:
        """Move one step before `destinationChild` (Qt's convention) and store the move."""
        if (count != 1 or sourceParent.isValid() or destinationParent.isValid()
                or not 0 <= sourceRow < len(self._steps)
                or not 0 <= destinationChild <= len(self._steps) or self.mover is None):
            return False
        to = destinationChild if destinationChild < sourceRow else destinationChild - 1
        if to == sourceRow:
            return False
        step = self._steps[sourceRow]
        if not self.beginMoveRows(QModelIndex(), sourceRow, sourceRow, QModelIndex(),
                                  destinationChild):
            return False
        self._steps.insert(to, self._steps.pop(sourceRow))
        self.endMoveRows()
        return self.mover(step, to)


class StepQuestionsModel(QAbstractListModel):
    """The questions of one step; retired bank questions stay, marked "retired"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._questions: list[StepQuestion] = []

    def set_questions(self, questions: Sequence[StepQuestion]) -> None:
        self.beginResetModel()
        self._questions = list(questions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._questions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._questions):
            return None
        q = self._questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{q.text}  (retired)" if q.retired else q.text
        if role == Qt.ItemDataRole.ToolTipRole:
            origin = (f"From the bank · {q.axis.label}" if q.question_id and q.axis
                      else "Written for this step")
            return f"{origin} · retired from the bank" if q.retired else origin
        if role == Qt.ItemDataRole.ForegroundRole and q.retired:
            return QColor(theme.FAINT)
        if role == Qt.ItemDataRole.FontRole and q.question_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == QUESTION_ROLE:
            return q
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
