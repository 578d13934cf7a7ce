"""The import dialog's two tables: what each CSV column becomes, and the rows as they will be
imported.

`MappingModel` is edited in place (column "Import as"); `MappingDelegate` draws that cell as a
combo box at all times, so the person sees at a glance that it can be changed, and opens a real
one to change it. `PreviewModel` holds plain `PreviewRow`s the dialog computes (every row of
the file: a few small strings each, fixed row heights) and the person's choice for each row
that is, or may be, someone already here, edited the same way (`ChoiceDelegate`). A row for a
person erased from this file is a choice too: Skip (the default) or Import anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from hirefile.domain.csv_layouts import TARGETS
from hirefile.services.csv_import import Choice, CsvTable, Found
from hirefile.ui import theme
from hirefile.ui.text import isolate

AnyIndex = QModelIndex | QPersistentModelIndex
COL_HEADER, COL_TARGET, COL_SAMPLE = range(3)
SAMPLES = 3


def one_line(text: str) -> str:
    """A cell value on one line: line breaks of multi-line fields shown as ⏎."""
    return " ⏎ ".join(part.strip() for part in text.strip().splitlines() if part.strip())


class MappingModel(QAbstractTableModel):
    """One row per CSV column: its header, the target it maps to, a few sample values."""

    #: The person changed what a column maps to; no arguments (read `mapping`).
    sig_mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._targets: list[str] = []
        self._samples: list[str] = []

    def set_table(self, table: CsvTable | None, mapping: list[str] | None = None) -> None:
        self.beginResetModel()
        if table is None:
            self._headers, self._targets, self._samples = [], [], []
        else:
            self._headers = [h or f"(column {i + 1})" for i, h in enumerate(table.headers)]
            self._targets = list(mapping or ["ignore"] * len(table.headers))
            self._samples = []
            for i in range(len(table.headers)):
                values: list[str] = []
                for r in table.rows:  # the first few only: a file may have 200,000 rows
                    if i < len(r) and r[i].strip():
                        values.append(one_line(r[i]))
                        if len(values) == SAMPLES:
                            break
                self._samples.append("  ·  ".join(values))
        self.endResetModel()

    @property
    def mapping(self) -> list[str]:
        return list(self._targets)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_HEADER:
                return self._headers[row]
            if col == COL_TARGET:
                return TARGETS[self._targets[row]]
            return self._samples[row] or ("(empty)" if role == Qt.ItemDataRole.DisplayRole
                                          else None)
        if role == Qt.ItemDataRole.EditRole and col == COL_TARGET:
            return self._targets[row]
        if role == OPTIONS_ROLE and col == COL_TARGET:
            return [(label, key) for key, label in TARGETS.items()]
        muted = col == COL_SAMPLE or (col == COL_TARGET and self._targets[row] == "ignore")
        if role == Qt.ItemDataRole.ForegroundRole and muted:
            return QColor(theme.MUTED)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != COL_TARGET
                or role != Qt.ItemDataRole.EditRole or value not in TARGETS):
            return False
        if self._targets[index.row()] == value:
            return True
        self._targets[index.row()] = value
        self.dataChanged.emit(index, index)
        self.sig_mapping_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = ("Column in the file", "Import as", "Sample values")
        return titles[section] if 0 <= section < 3 else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


#: The (label, value) pairs a combo cell offers.
OPTIONS_ROLE = Qt.ItemDataRole.UserRole + 1


class ComboDelegate(QStyledItemDelegate):
    """A cell painted as a combo box when it is editable, and edited with a real one; the
    choices are the model's `OPTIONS_ROLE` data (label, value)."""

    #: What a screen reader calls the editor.
    NAME = "Choice"

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for label, key in index.data(OPTIONS_ROLE) or ():
            combo.addItem(label, key)
        combo.setAccessibleName(self.NAME)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: AnyIndex) -> None:
        editor.setGeometry(option.rect.adjusted(2, 2, -2, -2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            widget)
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.currentText = str(index.data() or "")
        box.palette = option.palette
        box.frame = True
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)


class MappingDelegate(ComboDelegate):
    """The "Import as" cell."""

    NAME = "Import as"


class ChoiceDelegate(ComboDelegate):
    """The preview's "Choice" cell of a row for someone who is, or may be, already here."""


# the preview ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PreviewRow:
    """One CSV row as it will be imported; `found` is what the duplicate check made of it,
    `match` the name of the person it is or may be."""

    line: int
    name: str
    email: str
    source: str
    role: str
    stage: str
    found: Found
    match: str = ""
    #: Why it is, or may be, that person ("same e-mail", "similar name").
    reasons: str = ""
    #: How many others it may be besides `match`.
    others: int = 0
    #: Why it cannot be imported; for a person erased from the file, the date of the erasure.
    problems: str = ""
    #: Who "Add to" adds it to: a candidate's id, or "line N" for a row above it.
    match_id: str = ""

    @property
    def tone(self) -> str:
        """"problem", "erased" (erased from this file before), "duplicate" (already here),
        "possible" (maybe here) or "new"."""
        return {Found.PROBLEM: "problem", Found.SAME: "duplicate", Found.ERASED: "erased",
                Found.MAYBE: "possible"}.get(self.found, "new")

    @property
    def status(self) -> str:
        if self.found is Found.PROBLEM:
            return f"Skipped: {self.problems}"
        if self.found is Found.ERASED:  # `problems` holds the date
            return f"Erased on {self.problems}"
        if self.found is Found.SAME:
            return f"Already here: {isolate(self.match)} ({self.reasons})"
        if self.found is Found.MAYBE:
            more = f" or {self.others:,} other{'s' if self.others != 1 else ''}" \
                if self.others else ""
            return f"Maybe {isolate(self.match)}{more} ({self.reasons})"
        return "New"

    @property
    def explanation(self) -> str | None:
        """The status's tooltip, when the status needs more than its line."""
        if self.found is Found.ERASED:
            return (f"Erased from this file on {self.problems}; import anyway? Someone with "
                    "this row's contacts was erased (their data removed, at their request or "
                    "by the file's retention rule). Skip keeps them out; choose Import anyway "
                    "only if they agreed to be in the file again: they are added as a new "
                    "candidate.")
        return None


PREVIEW_COLUMNS = ("Line", "Name", "E-mail", "Source", "Role", "Stage", "Will be", "Choice")
COL_STATUS, COL_CHOICE = 6, 7
_TONES = {"problem": "RED", "erased": "RED", "duplicate": "AMBER",
          "possible": "INDIGO", "new": "GREEN"}
TO_CHOOSE = "Choose…"
#: What "Import as new" reads as for a person erased from the file.
IMPORT_ANYWAY = "Import anyway"


def choice_label(choice: Choice | None, row: PreviewRow) -> str:
    if choice is None:
        return TO_CHOOSE
    if choice is Choice.ADD:
        return f"Add to {isolate(row.match)}"
    if choice is Choice.NEW:
        return IMPORT_ANYWAY if row.found is Found.ERASED else "Import as new"
    return "Skip"


def choice_options(row: PreviewRow) -> list[tuple[str, str]]:
    """The (label, value) choices a row to check offers: a person erased from the file can be
    skipped or imported anyway (there is nobody to add to)."""
    if row.found is Found.ERASED:
        return [("Skip", Choice.SKIP.value), (IMPORT_ANYWAY, Choice.NEW.value)]
    return [("Skip", Choice.SKIP.value), ("Import as new", Choice.NEW.value),
            (f"Add to {isolate(row.match)}", Choice.ADD.value)]


#: Rows whose choice the person makes (or may change), by what the duplicate check found.
TO_CHECK = (Found.SAME, Found.MAYBE, Found.ERASED)


def _kept(choice: Choice | None, row: PreviewRow) -> Choice | None:
    """The choice made before for a row's line when the row still offers it, else the row's
    default (already here or erased before: Skip; maybe here: to choose)."""
    if choice is not None and choice.value in (value for _label, value in choice_options(row)):
        return choice
    return None if row.found is Found.MAYBE else Choice.SKIP


class PreviewModel(QAbstractTableModel):
    """The rows of the file as the import will treat them, and the person's choices for the
    rows of people who are, or may be, already here, or were erased from the file (`choices`,
    by line).

    With `set_only_to_check(True)` it lists only those rows."""

    #: A choice changed (no arguments: read `choices` and `counts`).
    sig_choices_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._shown: list[int] = []
        self._choice: dict[int, Choice | None] = {}
        #: What "Add to" would add, by line (said in the Choice cell's tooltip).
        self._adds: dict[int, str] = {}
        self._only_to_check = False

    def set_rows(self, rows: list[PreviewRow], *, keep_choices: bool = False) -> None:
        """Show `rows`; each row to check starts at its default (already here or erased
        before: Skip; maybe here: to choose), or with `keep_choices` at the choice made for its
        line before."""
        old = self._choice if keep_choices else {}
        self.beginResetModel()
        self._rows = list(rows)
        self._adds = {}
        self._choice = {r.line: _kept(old.get(r.line), r) for r in self._rows
                        if r.found in TO_CHECK}
        self._filter()
        self.endResetModel()
        self.sig_choices_changed.emit()

    def set_only_to_check(self, on: bool) -> None:
        self.beginResetModel()
        self._only_to_check = on
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._shown = [i for i, r in enumerate(self._rows)
                       if not self._only_to_check or r.line in self._choice]

    @property
    def rows(self) -> list[PreviewRow]:
        """The rows listed now."""
        return [self._rows[i] for i in self._shown]

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[self._shown[row]]

    def to_describe(self) -> list[PreviewRow]:
        """Rows chosen "Add to" a person in the file whose addition is not said yet."""
        return [r for r in self._rows if self._choice.get(r.line) is Choice.ADD
                and r.line not in self._adds and r.match_id
                and not r.match_id.startswith("line ")]

    def set_addition(self, line: int, text: str) -> None:
        """Say what "Add to" adds for the row on `line`."""
        self._adds[line] = text
        for n, i in enumerate(self._shown):
            if self._rows[i].line == line:
                at = self.index(n, COL_CHOICE)
                self.dataChanged.emit(at, at)

    def addition(self, line: int) -> str | None:
        return self._adds.get(line)

    @property
    def targets(self) -> dict[int, str]:
        """Who each row chosen "Add to" is added to, by line."""
        return {r.line: r.match_id for r in self._rows
                if self._choice.get(r.line) is Choice.ADD and r.match_id}

    @property
    def choices(self) -> dict[int, Choice]:
        """The choice made for each row to check, by line (rows still to choose left out)."""
        return {line: c for line, c in self._choice.items() if c is not None}

    def choice(self, line: int) -> Choice | None:
        return self._choice.get(line)

    def counts(self) -> dict[str, int]:
        """to import, to add, already here (skipped), skipped by choice, still to choose,
        with problems; and of the people erased from the file before, how many are skipped
        ("erased") and imported anyway ("erased_import", also counted in "import")."""
        out = dict.fromkeys(("import", "add", "here", "skip", "choose", "problem", "erased",
                             "erased_import"), 0)
        for r in self._rows:
            if r.found is Found.PROBLEM:
                out["problem"] += 1
                continue
            choice = self._choice.get(r.line, Choice.NEW)
            if r.found is Found.ERASED:
                out["erased_import" if choice is Choice.NEW else "erased"] += 1
                if choice is not Choice.NEW:
                    continue
            key = {Choice.NEW: "import", Choice.ADD: "add", None: "choose"}.get(choice)
            out[key or ("here" if r.found is Found.SAME else "skip")] += 1
        return out

    def choose(self, rows: list[int], choice: Choice) -> int:
        """Make `choice` for the listed `rows` that have a choice and offer it; how many
        changed."""
        changed = 0
        for row in rows:
            r = self.row_at(row)
            if r.line in self._choice and self._choice[r.line] is not choice and \
                    choice.value in (value for _label, value in choice_options(r)):
                self._choice[r.line] = choice
                at = self.index(row, COL_CHOICE)
                self.dataChanged.emit(at, at)
                changed += 1
        if changed:
            self.sig_choices_changed.emit()
        return changed

    def choose_undecided(self, choice: Choice) -> int:
        """Make `choice` for every row still to choose; how many."""
        rows = [n for n, i in enumerate(self._shown)
                if self._rows[i].line in self._choice and self._choice[self._rows[i].line]
                is None]
        hidden = [line for line, c in self._choice.items() if c is None]
        for line in hidden:
            self._choice[line] = choice
        for row in rows:
            at = self.index(row, COL_CHOICE)
            self.dataChanged.emit(at, at)
        if hidden:
            self.sig_choices_changed.emit()
        return len(hidden)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PREVIEW_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        r = self.row_at(index.row())
        col = index.column()
        to_check = r.line in self._choice
        if col == COL_CHOICE:
            if role == Qt.ItemDataRole.EditRole:
                c = self._choice.get(r.line)
                return c.value if c is not None else ""
            if role == OPTIONS_ROLE and to_check:
                options = choice_options(r)
                return options if self._choice[r.line] is not None else \
                    [(TO_CHOOSE, ""), *options]
        choice = self._choice.get(r.line)
        status = f"Erased on {r.problems}; imported anyway" \
            if r.found is Found.ERASED and choice is Choice.NEW else r.status
        values = (str(r.line), r.name, r.email, r.source, r.role, r.stage, status,
                  choice_label(choice, r) if to_check else "")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CHOICE and to_check and \
                self._choice[r.line] is Choice.ADD:
            added = self._adds.get(r.line)
            return f"Adds to {isolate(r.match)}: {added}" if added else \
                f"Adds what this row brings to {isolate(r.match)}, overwriting nothing"
        if role == Qt.ItemDataRole.ToolTipRole and r.explanation and col in (
                COL_STATUS, COL_CHOICE):
            return r.explanation
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return values[col] if role == Qt.ItemDataRole.DisplayRole else values[col] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATUS or (r.tone == "problem" and col == 1):
                return QColor(theme.colour(_TONES[r.tone]))
            if col == COL_CHOICE and to_check and self._choice[r.line] is None:
                return QColor(theme.RED)
            if col == 0:
                return QColor(theme.FAINT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != COL_CHOICE
                or role != Qt.ItemDataRole.EditRole
                or self.row_at(index.row()).line not in self._choice):
            return False
        try:
            choice = Choice(value)
        except ValueError:
            return False
        if choice.value not in (v for _label, v in choice_options(self.row_at(index.row()))):
            return False
        self.choose([index.row()], choice)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return PREVIEW_COLUMNS[section] if 0 <= section < len(PREVIEW_COLUMNS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == COL_CHOICE and self.row_at(index.row()).line in self._choice:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
