"""After the yes, in the app: one onboarding item, one check-in, and File → Onboarding
Template… (the list every new hire's checklist starts with, saved whole as one undo step).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from hirefile.domain import onboarding as rules
from hirefile.domain.onboarding import TemplateItem
from hirefile.domain.vocab import OnboardingCategory
from hirefile.errors import HirefileError
from hirefile.services import onboarding
from hirefile.services.workspace import Workspace
from hirefile.ui.commands.after import SaveOnboardingTemplate
from hirefile.ui.commands.base import record
from hirefile.ui.generated.ui_check_in_dialog import Ui_CheckInDialog
from hirefile.ui.generated.ui_onboarding_item import Ui_OnboardingItemDialog
from hirefile.ui.generated.ui_onboarding_template import Ui_OnboardingTemplateDialog

Index = QModelIndex | QPersistentModelIndex


def _fill_categories(combo: QComboBox) -> None:
    for c in OnboardingCategory:
        combo.addItem(c.label, c)


class ItemDialog(QDialog):
    """What to do, by when, and what kind of item (kind only for a new item)."""

    def __init__(self, parent: QWidget | None, *, text: str = "", due_on: date | None = None,
                 category: OnboardingCategory | None = OnboardingCategory.OTHER,
                 new: bool = True) -> None:
        super().__init__(parent)
        self.form = Ui_OnboardingItemDialog()
        self.form.setupUi(self)
        f = self.form
        self.setWindowTitle("Add to the Checklist" if new else "Edit Checklist Item")
        f.headline.setText("Something to have ready or to do with the new hire" if new else
                           "Change what is to be done, or when")
        f.problemLabel.hide()
        _fill_categories(f.categoryCombo)
        f.categoryCombo.setCurrentIndex(max(0, f.categoryCombo.findData(category)))
        f.categoryCombo.setEnabled(new)
        f.textEdit.setText(text)
        f.dueEdit.set_value(due_on)
        f.buttonBox.accepted.connect(self._accept)
        f.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[str, date | None, OnboardingCategory]:
        f = self.form
        return (f.textEdit.text(), f.dueEdit.value(),
                OnboardingCategory(f.categoryCombo.currentData()))  # Qt gives a str back

    def _accept(self) -> None:
        if not self.form.textEdit.text().strip():
            self.form.problemLabel.setText("Write what has to be done")
            self.form.problemLabel.show()
            self.form.textEdit.setFocus()
            return
        self.accept()


class CheckInDialog(QDialog):
    """When a check-in is due, the day it was held (Not set until then) and notes."""

    def __init__(self, parent: QWidget | None, who: str, label: str, due_on: date,
                 done_on: date | None, notes: str) -> None:
        super().__init__(parent)
        self.form = Ui_CheckInDialog()
        self.form.setupUi(self)
        f = self.form
        self.setWindowTitle(label[:1].upper() + label[1:])
        f.headline.setText(f"{label[:1].upper() + label[1:]} with {who}")
        f.problemLabel.hide()
        f.dueEdit.setDisplayFormat("d MMM yyyy")
        f.dueEdit.setDate(QDate(due_on.year, due_on.month, due_on.day))
        f.heldEdit.set_value(done_on)
        f.notesEdit.setPlainText(notes)
        f.heldEdit.setFocus()  # recording a check-in most often means saying when it was
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[date, date | None, str]:
        f = self.form
        d = f.dueEdit.date()
        return date(d.year(), d.month(), d.day()), f.heldEdit.value(), \
            f.notesEdit.toPlainText()


# the template ----------------------------------------------------------------------------------

COL_TEXT, COL_DAYS, COL_KIND = 0, 1, 2
KEY_ROLE = Qt.ItemDataRole.UserRole


class CategoryDelegate(QStyledItemDelegate):
    """The kind column: a combo of the categories, stored as the category in UserRole."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        _fill_categories(combo)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(KEY_ROLE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), KEY_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class OnboardingTemplateDialog(QDialog):
    """The file's onboarding template in a table; Save writes it whole, one undo step."""

    def __init__(self, parent: QWidget | None, db: Workspace,
                 stack: QUndoStack | None) -> None:
        super().__init__(parent)
        self.form = Ui_OnboardingTemplateDialog()
        self.form.setupUi(self)
        self._db, self._stack = db, stack
        f = self.form
        t = f.itemTable
        t.setColumnCount(3)
        t.setHorizontalHeaderLabels(["What", "Days", "Kind"])
        days_header = t.horizontalHeaderItem(COL_DAYS)
        if days_header is not None:
            days_header.setToolTip("Days from the start date: -10 is ten days before day one")
        t.verticalHeader().hide()
        t.setColumnWidth(COL_DAYS, 70)
        t.setColumnWidth(COL_KIND, 130)
        t.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        t.setItemDelegateForColumn(COL_KIND, CategoryDelegate(t))
        f.problemLabel.hide()
        with db.reader() as s:
            self._show(onboarding.template(s))
        f.addButton.clicked.connect(self._add)
        f.removeButton.clicked.connect(self._remove)
        f.upButton.clicked.connect(lambda: self._swap(-1))
        f.downButton.clicked.connect(lambda: self._swap(+1))
        f.defaultButton.clicked.connect(lambda: self._show(rules.DEFAULT))
        f.buttonBox.accepted.connect(self._save)
        f.buttonBox.rejected.connect(self.reject)
        save = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setDefault(True)

    def _show(self, items: Sequence[TemplateItem]) -> None:
        t = self.form.itemTable
        t.setRowCount(0)
        for item in items:
            self._append(item)

    def _append(self, item: TemplateItem) -> None:
        t = self.form.itemTable
        row = t.rowCount()
        t.insertRow(row)
        text = QTableWidgetItem(item.text)
        text.setData(KEY_ROLE, item.key)
        text.setToolTip(item.text)
        days = QTableWidgetItem(str(item.days))
        days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        days.setToolTip(rules.days_text(item.days))
        kind = QTableWidgetItem(item.category.label)
        kind.setData(KEY_ROLE, item.category)
        for col, cell in ((COL_TEXT, text), (COL_DAYS, days), (COL_KIND, kind)):
            t.setItem(row, col, cell)

    def items(self) -> list[TemplateItem]:
        """What the table holds (raises `ValueError` naming the row for days not a number)."""
        t = self.form.itemTable
        out = []
        for row in range(t.rowCount()):
            text, days, kind = (self._cell(row, c) for c in (COL_TEXT, COL_DAYS, COL_KIND))
            try:
                n = int(days.text().strip().replace("−", "-"))
            except ValueError:
                raise ValueError(f"Item {row + 1}: days must be a whole number, e.g. -10 "
                                 "for ten days before day one") from None
            out.append(TemplateItem(str(text.data(KEY_ROLE)), text.text(), n,
                                    OnboardingCategory(kind.data(KEY_ROLE))))
        return out

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.form.itemTable.item(row, col)
        assert item is not None
        return item

    def _add(self) -> None:
        self._append(TemplateItem(onboarding.new_item_key(), "New item", 0,
                                  OnboardingCategory.OTHER))
        t = self.form.itemTable
        t.setCurrentCell(t.rowCount() - 1, COL_TEXT)
        t.editItem(self._cell(t.rowCount() - 1, COL_TEXT))

    def _remove(self) -> None:
        row = self.form.itemTable.currentRow()
        if row >= 0:
            self.form.itemTable.removeRow(row)

    def _swap(self, by: int) -> None:
        t = self.form.itemTable
        row = t.currentRow()
        if row < 0 or not 0 <= row + by < t.rowCount():
            return
        items = self._read_rows()
        items[row], items[row + by] = items[row + by], items[row]
        for r, cells in enumerate(items):
            for c, cell in enumerate(cells):
                t.setItem(r, c, cell)
        t.setCurrentCell(row + by, t.currentColumn())

    def _read_rows(self) -> list[list[QTableWidgetItem]]:
        t = self.form.itemTable
        return [[self._take(r, c) for c in range(3)] for r in range(t.rowCount())]

    def _take(self, row: int, col: int) -> QTableWidgetItem:
        item = self.form.itemTable.takeItem(row, col)
        assert item is not None
        return item

    def _problem(self, text: str) -> None:
        self.form.problemLabel.setText(text)
        self.form.problemLabel.show()

    def _save(self) -> None:
        try:
            items = self.items()
            record(self._stack, SaveOnboardingTemplate(self._db, lambda: None, items))
        except ValueError as exc:
            self._problem(str(exc))
            return
        except HirefileError as exc:
            self._problem(exc.message)
            return
        self.accept()


def edit_template(parent: QWidget | None, db: Workspace, stack: QUndoStack | None) -> None:
    dialog = OnboardingTemplateDialog(parent, db, stack)
    dialog.exec()
    dialog.deleteLater()


def install(window: Any) -> QAction:
    """File → Onboarding Template…, after E-mail Templates…"""
    action = QAction("Onboardin&g Template…", window)
    action.setStatusTip("What every new hire's onboarding checklist starts with")

    def open_editor() -> None:
        if window.db is not None:
            edit_template(window, window.db, window.undo_stack)

    action.triggered.connect(open_editor)
    window.form.menuFile.insertAction(window.form.actionSaveCopy, action)
    return action
