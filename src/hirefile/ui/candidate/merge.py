"""Merging two records of the same person: both side by side, which to keep, what comes along.

Merging cannot be undone (`merge_now` bypasses the undo stack), so the dialog says so and shows
exactly what will happen before anything is written. It works on plain data read beforehand
(`merge_side`), so tests can build it without a file, or stub `MergeDialog.ask`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QWidget

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.money import money_text
from hirefile.services import attachments, candidates, timeline
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.candidate.style import style_sheet
from hirefile.ui.common import run_modal
from hirefile.ui.generated.ui_merge_dialog import Ui_MergeDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MergeSide:
    """One of the two records, as the dialog shows it."""

    candidate_id: str
    draft: CandidateDraft
    applications: tuple[str, ...]  # "Role · Stage"
    attachments: int


def merge_side(db: Workspace, candidate_id: str) -> MergeSide:
    with db.reader() as s:
        draft = candidates.candidate_draft(s, candidate_id)
        apps = tuple(f"{a.role} · {a.stage}" for a in timeline.applications(s, candidate_id))
        files = len(attachments.attachments(s, candidate_id))
    return MergeSide(candidate_id, draft, apps, files)


def _expectation(d: CandidateDraft) -> str:
    text = money_text(d.expectation, d.expectation_currency)
    return f"{text} {d.expectation_period.label}" if text and d.expectation_period else text


#: The rows of the comparison: (label, how a side shows it).
ROWS: tuple[tuple[str, Any], ...] = (
    ("Name", lambda s: s.draft.full_name),
    ("E-mail", lambda s: s.draft.email or ""),
    ("Phone", lambda s: s.draft.phone or ""),
    ("Location", lambda s: s.draft.location or ""),
    ("Currently", lambda s: ", ".join(v for v in (s.draft.current_title,
                                                  s.draft.current_company) if v)),
    ("GitHub", lambda s: s.draft.github_url or ""),
    ("LinkedIn", lambda s: s.draft.linkedin_url or ""),
    ("Portfolio", lambda s: s.draft.portfolio_url or ""),
    ("Source", lambda s: s.draft.source.label),
    ("Expects", lambda s: _expectation(s.draft)),
    ("Tags", lambda s: ", ".join(s.draft.tags)),
    ("Applications", lambda s: "; ".join(s.applications) or "none"),
    ("Attachments", lambda s: str(s.attachments) if s.attachments else "none"),
    ("Notes", lambda s: " ".join(s.draft.notes.split())[:160]),
)


class CompareModel(QAbstractTableModel):
    """Field | left record | right record; differing values in the text colour, equal ones
    muted, so the eye goes to what differs."""

    def __init__(self, left: MergeSide, right: MergeSide, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.left, self.right = left, right

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def _text(self, row: int, column: int) -> str:
        label, show = ROWS[row]
        if column == 0:
            return label
        return str(show(self.left if column == 1 else self.right))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(ROWS):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 0:
                return QColor(theme.MUTED)
            same = self._text(row, 1) == self._text(row, 2)
            return QColor(theme.FAINT if same else theme.TEXT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("", "This record", "The other record")[section] if 0 <= section < 3 else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


def side_name(side: MergeSide, other: MergeSide) -> str:
    """The side's name, with its e-mail when both records carry the same name."""
    name = side.draft.full_name
    same = name.casefold() == other.draft.full_name.casefold()
    return f"{isolate(name)} <{isolate(side.draft.email)}>" if same and side.draft.email \
        else isolate(name)


def comes_along(kept: MergeSide, other: MergeSide) -> str:
    """What the kept record gains, in one sentence."""
    parts = []
    if other.applications:
        parts.append(f"{len(other.applications)} application"
                     f"{'s' if len(other.applications) != 1 else ''} with their history, "
                     "interviews and scorecards")
    if other.attachments:
        parts.append(f"{other.attachments} attachment{'s' if other.attachments != 1 else ''}")
    if other.draft.tags:
        parts.append("tags")
    if other.draft.notes.strip():
        parts.append("notes")
    if other.draft.email and other.draft.email != kept.draft.email:
        parts.append(f"the e-mail {isolate(other.draft.email)} (kept as another address)")
    lead = f"{side_name(kept, other)} stays. From {side_name(other, kept)}: "
    return lead + (", ".join(parts) if parts else "nothing but empty fields") + \
        "; empty fields are filled in. The other record is then removed."


class MergeDialog(QDialog):
    """Two records side by side; the person picks the one to keep and confirms."""

    def __init__(self, left: MergeSide, right: MergeSide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_MergeDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.left, self.right = left, right
        f = self.form
        self.model = CompareModel(left, right, self)
        f.compareTable.setModel(self.model)
        f.compareTable.verticalHeader().setVisible(False)
        f.compareTable.setWordWrap(False)
        f.compareTable.setAlternatingRowColors(True)
        f.compareTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hh = f.compareTable.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        f.keepLeftRadio.setText(f"This record ({side_name(left, right)})")
        f.keepRightRadio.setText(f"The other ({side_name(right, left)})")
        self.ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Merge")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.keepLeftRadio.toggled.connect(self._update)
        self._update()
        f.keepLeftRadio.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, left: MergeSide,
            right: MergeSide) -> tuple[str, str] | None:
        """(id to keep, id to fold into it), or None when the person cancelled."""
        dialog = cls(left, right, parent)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def values(self) -> tuple[str, str]:
        kept, other = self._sides()
        return kept.candidate_id, other.candidate_id

    def _sides(self) -> tuple[MergeSide, MergeSide]:
        if self.form.keepLeftRadio.isChecked():
            return self.left, self.right
        return self.right, self.left

    def _update(self, *_args: object) -> None:
        self.form.comesAlongLabel.setText(comes_along(*self._sides()))
