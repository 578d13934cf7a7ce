"""A hire's onboarding, a tab of the candidate record: the checklist (tick, add, edit, remove,
reorder), the check-ins at one, three and six months (held on, notes), and Calendar… (an .ics
of the due dates). The tab shows only for a candidate hired in some role; with two hires, a
combo picks which. Every change is one undo step on the window's stack, whose `notify` reads
the record (and this tab) again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QWidget

from hirefile.errors import HirefileError
from hirefile.services import onboarding
from hirefile.services.onboarding import Onboarding
from hirefile.services.workspace import Workspace
from hirefile.ui import messages
from hirefile.ui.assess import ask
from hirefile.ui.commands.after import (
    AddItem,
    EditItem,
    MoveItem,
    RecordCheckIn,
    RemoveItem,
    TickItem,
)
from hirefile.ui.commands.base import ServiceCommand, record
from hirefile.ui.generated.ui_onboarding_panel import Ui_OnboardingPanel
from hirefile.ui.models.columns import day_text
from hirefile.ui.onboarding_dialogs import CheckInDialog, ItemDialog

Notify = Callable[[], None]


def item_text(text: str, due: date | None, today: date) -> str:
    if due is None:
        return text
    late = "  · overdue" if due < today else ""
    return f"{text}  — {day_text(due)}{late}"


class OnboardingPanel(QWidget):
    """The tab; `load(candidate_id)` reads it, `shown` says whether it has a hire to show."""

    #: The calendar was written (argument: a line for the record's message bar).
    sig_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_OnboardingPanel()
        self.form.setupUi(self)
        self._db: Workspace | None = None
        self._stack: QUndoStack | None = None
        self._notify: Notify = lambda: None
        self._candidate_id: str | None = None
        self.data: Onboarding | None = None
        self._hires: list[tuple[str, str]] = []
        self._filling = False
        self.today = date.today()
        self.form.hireLayout.setStretch(0, 1)  # the start line takes the room, not Calendar…
        for key, by in (("Alt+Up", -1), ("Alt+Down", +1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, by=by: self._move(by))
            self.form.itemList.addAction(action)
        self._connect()

    def _connect(self) -> None:
        f = self.form
        f.hireCombo.activated.connect(lambda _: self._read())
        f.itemList.itemChanged.connect(self._ticked)
        f.itemList.currentRowChanged.connect(lambda _: self._update_buttons())
        f.itemList.itemActivated.connect(lambda _: self._edit())
        f.addItemButton.clicked.connect(self._add)
        f.editItemButton.clicked.connect(self._edit)
        f.removeItemButton.clicked.connect(self._remove)
        f.itemUpButton.clicked.connect(lambda: self._move(-1))
        f.itemDownButton.clicked.connect(lambda: self._move(+1))
        f.checkInList.itemActivated.connect(lambda _: self._check_in())
        f.checkInList.currentRowChanged.connect(lambda _: self._update_buttons())
        f.checkInButton.clicked.connect(self._check_in)
        f.icsButton.clicked.connect(self._export)

    def set_context(self, db: Workspace | None, stack: QUndoStack | None,
                    notify: Notify) -> None:
        self._db, self._stack, self._notify = db, stack, notify

    def focus_chain(self) -> list[QWidget]:
        """The tab's widgets in the order Tab visits them."""
        f = self.form
        return [f.hireCombo, f.icsButton, f.itemList, f.addItemButton, f.editItemButton,
                f.removeItemButton, f.itemUpButton, f.itemDownButton, f.checkInList,
                f.checkInButton]

    @property
    def shown(self) -> bool:
        return bool(self._hires)

    # reading -------------------------------------------------------------------------------

    def load(self, candidate_id: str | None) -> None:
        """Read the candidate's hires (keeping the one chosen) and the chosen one's lists."""
        keep = self.data.application_id if self.data is not None else None
        self._candidate_id = candidate_id
        self._hires = []
        if self._db is not None and candidate_id is not None:
            with self._db.reader() as s:
                for app_id in onboarding.hires(s, candidate_id):
                    self._hires.append((app_id, onboarding.read(s, app_id).role))
        combo = self.form.hireCombo
        combo.clear()
        for app_id, role in self._hires:
            combo.addItem(role, app_id)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        self.form.hireLabel.setVisible(len(self._hires) > 1)
        combo.setVisible(len(self._hires) > 1)
        self._read()

    def _read(self) -> None:
        app_id = self.form.hireCombo.currentData()
        self.data = None
        if self._db is not None and app_id:
            with self._db.reader() as s:
                self.data = onboarding.read(s, app_id)
        self._fill()

    def _fill(self) -> None:
        f = self.form
        o = self.data
        self._filling = True
        row = max(0, f.itemList.currentRow())
        f.itemList.clear()
        f.checkInList.clear()
        if o is not None:
            start = f"Starts {day_text(o.start)}" if o.start else "No start date yet"
            f.startLabel.setText(f"{o.role} · {start} · {o.open_items} of {len(o.items)} "
                                 "items to do")
            for item in o.items:
                entry = QListWidgetItem(item_text(item.text, item.due_on, self.today))
                entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                               | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if item.done else
                                    Qt.CheckState.Unchecked)
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                if item.category is not None:
                    entry.setToolTip(item.category.label)
                f.itemList.addItem(entry)
            for c in o.check_ins:
                held = f"held {day_text(c.done_on)}" if c.done_on else "not yet"
                notes = f" — {c.notes.splitlines()[0]}" if c.notes else ""
                entry = QListWidgetItem(f"{c.label} · {day_text(c.due_on)}: {held}{notes}")
                entry.setData(Qt.ItemDataRole.UserRole, c.id)
                entry.setToolTip(c.notes)
                f.checkInList.addItem(entry)
            f.itemList.setCurrentRow(min(row, f.itemList.count() - 1))
            f.checkInList.setCurrentRow(0)
        self._filling = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        f = self.form
        row, n = f.itemList.currentRow(), f.itemList.count()
        has = self.data is not None
        f.addItemButton.setEnabled(has)
        f.editItemButton.setEnabled(0 <= row < n)
        f.removeItemButton.setEnabled(0 <= row < n)
        f.itemUpButton.setEnabled(row > 0)
        f.itemDownButton.setEnabled(0 <= row < n - 1)
        f.checkInButton.setEnabled(f.checkInList.currentRow() >= 0)
        f.icsButton.setEnabled(has)

    # changes -------------------------------------------------------------------------------

    def _run(self, command: ServiceCommand) -> None:
        try:
            record(self._stack, command)
        except HirefileError as exc:
            messages.show_problem(self, "Could not change the onboarding", exc.message)
        self._read()

    def _current_item(self) -> onboarding.ItemData | None:
        row = self.form.itemList.currentRow()
        if self.data is None or not 0 <= row < len(self.data.items):
            return None
        return self.data.items[row]

    def _ticked(self, entry: QListWidgetItem) -> None:
        if self._filling or self._db is None or self.data is None:
            return
        item = next((i for i in self.data.items
                     if i.id == entry.data(Qt.ItemDataRole.UserRole)), None)
        done = entry.checkState() == Qt.CheckState.Checked
        if item is not None and done != item.done:
            self._run(TickItem(self._db, self._notify, item.id, item.text, done))

    def _add(self) -> None:
        if self._db is None or self.data is None:
            return
        dialog = ItemDialog(self, due_on=self.data.start)
        if dialog.exec() == ItemDialog.DialogCode.Accepted:
            text, due, category = dialog.values()
            self._run(AddItem(self._db, self._notify, self.data.application_id, text, due,
                              category))
            self.form.itemList.setCurrentRow(self.form.itemList.count() - 1)
        dialog.deleteLater()

    def _edit(self) -> None:
        item = self._current_item()
        if self._db is None or item is None:
            return
        dialog = ItemDialog(self, text=item.text, due_on=item.due_on, category=item.category,
                            new=False)
        if dialog.exec() == ItemDialog.DialogCode.Accepted:
            text, due, _ = dialog.values()
            if (" ".join(text.split()), due) != (item.text, item.due_on):
                self._run(EditItem(self._db, self._notify, item.id, text, due))
        dialog.deleteLater()

    def _remove(self) -> None:
        item = self._current_item()
        if self._db is not None and item is not None:
            self._run(RemoveItem(self._db, self._notify, item.id, item.text))

    def _move(self, by: int) -> None:
        item = self._current_item()
        row = self.form.itemList.currentRow()
        if self._db is None or item is None or not 0 <= row + by < self.form.itemList.count():
            return
        self._run(MoveItem(self._db, self._notify, item.id, item.text, row + by))
        self.form.itemList.setCurrentRow(row + by)

    def _check_in(self) -> None:
        row = self.form.checkInList.currentRow()
        if self._db is None or self.data is None or not 0 <= row < len(self.data.check_ins):
            return
        c = self.data.check_ins[row]
        dialog = CheckInDialog(self, self.data.candidate, c.label, c.due_on, c.done_on, c.notes)
        if dialog.exec() == CheckInDialog.DialogCode.Accepted:
            due, held, notes = dialog.values()
            if (due, held, notes.strip()) != (c.due_on, c.done_on, c.notes):
                self._run(RecordCheckIn(self._db, self._notify, c.id, c.label, due, held,
                                        notes))
        dialog.deleteLater()

    def _export(self) -> None:
        if self.data is None:
            return
        name = f"Onboarding {self.data.candidate}.ics".replace("/", "-")
        target = ask.ics_path(self, Path.home() / name)
        if target is None:
            return
        try:
            n = onboarding.export_ics([self.data], target)
        except HirefileError as exc:
            messages.show_problem(self, "Could not write the calendar", exc.message)
            return
        self.sig_message.emit(f"Saved {n} dates to {target.name}: import it in your calendar "
                              "(importing it again updates the same events)")
