"""Finalists of one role side by side: pick 2–5 candidates in process, compare them in columns.

The last decision in a search is a comparison, and a table with the candidates as columns
reads like the sheet founders otherwise make by hand: rank by the role-weighted score (ties
share a rank), each axis's mean, the recommendations, what they expect against the role's
range, where they are and how long they have waited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QWidget,
)

from hirefile.domain import scoring
from hirefile.domain.names import fold
from hirefile.domain.vocab import Axis
from hirefile.errors import HirefileError
from hirefile.services import debrief, listing
from hirefile.services.debrief import MAX_FINALISTS, MIN_FINALISTS, FinalistRow
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess.common import report, viewer_id
from hirefile.ui.assess.debrief_grid import CHIP_ROLE, VALUE_ROLE, RatingDelegate
from hirefile.ui.assess.style import rating_text, style_sheet
from hirefile.ui.generated.ui_finalists import Ui_FinalistsDialog
from hirefile.ui.generated.ui_finalists_pick import Ui_FinalistsPickDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

AnyIndex = QModelIndex | QPersistentModelIndex

#: The comparison's rows: (title, text of a finalist, value for a chip or None).
ROW_RANK, ROW_WEIGHTED = 0, 1
_AXIS_ROWS = {2 + i: axis for i, axis in enumerate(Axis)}
ROW_TITLES: tuple[str, ...] = ("Rank", "Weighted score", *(a.label for a in Axis),
                               "Recommendations", "Expectation", "Against the range",
                               "Stage", "Days in process")


#: A blank that is blank because others' feedback is sealed for the viewer.
SEALED_CELL = "sealed"


def _score(value: float | None, sealed: bool = False) -> str:
    if value is not None:
        return scoring.rating_label(value)
    return SEALED_CELL if sealed else "—"


def _cell(row: FinalistRow, r: int) -> str:
    if r == ROW_RANK:
        return str(row.rank) if row.rank is not None else "not ranked"
    if r == ROW_WEIGHTED:
        return _score(row.weighted, row.sealed)
    if r in _AXIS_ROWS:
        return _score(row.means.get(_AXIS_ROWS[r]), row.sealed)
    extra = r - 2 - len(Axis)
    recommendations = ", ".join(rating_text(v) for v in row.recommendations)
    values = (recommendations or (SEALED_CELL if row.sealed else "—"),
              row.expectation or "—", row.against_range, row.stage,
              f"{row.days_in_process} day{'s' if row.days_in_process != 1 else ''}")
    return values[extra]


class FinalistsModel(QAbstractTableModel):
    """Columns: the finalists, best first. Rows: `ROW_TITLES`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finalists: list[FinalistRow] = []

    def set_finalists(self, rows: list[FinalistRow]) -> None:
        self.beginResetModel()
        self.finalists = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(ROW_TITLES)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.finalists)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.finalists):
            return None
        row, r = self.finalists[index.column()], index.row()
        scored = r == ROW_WEIGHTED or r in _AXIS_ROWS
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(row, r)
        if role == CHIP_ROLE:
            return scored
        if role == VALUE_ROLE and scored:
            return row.weighted if r == ROW_WEIGHTED else row.means.get(_AXIS_ROWS[r])
        if role == Qt.ItemDataRole.UserRole:
            return row.application_id
        if role == Qt.ItemDataRole.FontRole and r in (ROW_RANK, ROW_WEIGHTED):
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return ROW_TITLES[section] if 0 <= section < len(ROW_TITLES) else None
        if 0 <= section < len(self.finalists):
            return self.finalists[section].candidate
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


class FinalistsPickDialog(QDialog):
    """Choose 2–5 candidates in process of one role."""

    def __init__(self, parent: QWidget | None, db: Workspace, role_id: str | None) -> None:
        super().__init__(parent)
        self.form = Ui_FinalistsPickDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.db = db
        f = self.form
        self.ok_button = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Compare")
        self.ok_button.setProperty("kind", "primary")
        with db.reader() as s:
            roles = [r for r in listing.role_rows(s) if r.in_process > 0 or r.id == role_id]
        for r in roles:
            f.roleCombo.addItem(f"{r.title} · {r.in_process} in process", r.id)
        f.roleCombo.setCurrentIndex(max(0, f.roleCombo.findData(role_id)))
        f.roleCombo.currentIndexChanged.connect(self._load)
        f.filterEdit.textChanged.connect(self._filter)
        f.candidateList.itemChanged.connect(self._count)
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        self._load()

    def _load(self, *_args: object) -> None:
        role_id = self.form.roleCombo.currentData()
        lst = self.form.candidateList
        lst.blockSignals(True)
        lst.clear()
        if role_id:
            with self.db.reader() as s:
                ids = listing.application_ids(s, role_id=role_id, active_only=True,
                                              sort="stage", descending=True)
                rows = listing.application_rows(s, ids)
            for app_id in ids:
                row = rows.get(app_id)
                if row is None:
                    continue
                item = QListWidgetItem(f"{row.candidate}  —  {row.stage}", lst)
                item.setData(Qt.ItemDataRole.UserRole, app_id)
                item.setData(Qt.ItemDataRole.UserRole + 1, fold(f"{row.candidate} {row.stage}"))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        self._filter(self.form.filterEdit.text())
        self._count()

    def _filter(self, text: str) -> None:
        needle = fold(text)
        lst = self.form.candidateList
        for i in range(lst.count()):
            item = lst.item(i)
            item.setHidden(needle not in item.data(Qt.ItemDataRole.UserRole + 1))

    def chosen(self) -> list[str]:
        lst = self.form.candidateList
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, application_ids: list[str]) -> None:
        lst = self.form.candidateList
        for i in range(lst.count()):
            item = lst.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in application_ids else Qt.CheckState.Unchecked)

    def _count(self, *_args: object) -> None:
        n = len(self.chosen())
        ok = MIN_FINALISTS <= n <= MAX_FINALISTS
        self.ok_button.setEnabled(ok)
        self.form.countLabel.setText(
            f"{n} chosen" + ("" if ok else f" — choose {MIN_FINALISTS} to {MAX_FINALISTS}"))

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace,
            role_id: str | None) -> list[str] | None:
        """The chosen applications, or None when cancelled."""
        dialog = cls(parent, db, role_id)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()


class FinalistsDialog(QDialog):
    """The comparison; "Open debrief…" opens the selected finalist's debrief."""

    def __init__(self, parent: QWidget | None, db: Workspace, application_ids: list[str], *,
                 open_debrief: Callable[[QWidget, str], None] | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_FinalistsDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.db = db
        self.application_ids = application_ids
        self.open_debrief = open_debrief
        self.model = FinalistsModel(self)
        f = self.form
        view = f.table
        view.setModel(self.model)
        view.setItemDelegate(RatingDelegate(view))
        view.setShowGrid(False)
        view.setSelectionBehavior(view.SelectionBehavior.SelectColumns)
        view.setSelectionMode(view.SelectionMode.SingleSelection)
        view.setWordWrap(True)
        view.verticalHeader().setDefaultSectionSize(36)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setMinimumWidth(190)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setHighlightSections(False)
        f.hintLabel.setText("Ranked by the role-weighted score of the submitted scorecards you "
                            "may see; ties share a rank, candidates with no score are not "
                            "ranked.")
        f.debriefButton.setVisible(open_debrief is not None)
        f.debriefButton.clicked.connect(self._debrief)
        f.closeButton.clicked.connect(self.accept)
        view.doubleClicked.connect(lambda _i: self._debrief())
        self.reload()

    def reload(self) -> bool:
        try:
            with self.db.reader() as s:
                rows = debrief.finalists(s, self.application_ids, viewer_id(self.db))
                role = listing.application_rows(s, self.application_ids[:1])
        except HirefileError as exc:
            report(self, "Cannot compare these candidates", exc)
            return False
        self.model.set_finalists(rows)
        title = next(iter(role.values())).role if role else ""
        self.setWindowTitle(f"Finalists — {isolate(title)}")
        self.form.headline.setText(f"Finalists · {isolate(title)}")
        best = [r.candidate for r in rows if r.rank == 1]
        self.form.subtitle.setText(
            (f"Ranked first: {', '.join(best)}." if best else "Nobody has a score yet.")
            + f" {len(rows)} candidates side by side.")
        if rows:
            self.form.table.selectColumn(0)
        return True

    def _debrief(self) -> None:
        index = self.form.table.currentIndex()
        if self.open_debrief is None or not index.isValid():
            return
        self.open_debrief(self, self.model.finalists[index.column()].application_id)
        self.reload()
