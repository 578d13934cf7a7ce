"""The offer letter's text editor, shared by the offer editor and the company profile.

A founder edits plain text with placeholders in braces; the list beside it inserts one at the
cursor, and a banner under the text names, as it is typed, the placeholders that are unknown
(a typo would print as typed) and, for an offer, those with nothing to fill in yet (no start
date, no equity). The same check (`check_template`) runs again before a letter is exported.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from hirefile.domain.offers import PLACEHOLDERS, check_template
from hirefile.ui.generated.ui_offer_letter import Ui_LetterEditor

#: What to do about a placeholder that has nothing to fill in, in the founder's words.
EMPTY_HINTS: dict[str, str] = {
    "start_date": "set a start date on the Terms tab",
    "expiry_date": "set an expiry date on the Terms tab",
    "equity": "this offer has no equity",
    "vesting": "this offer has no equity",
    "bonus": "this offer has no bonus",
    "base_salary": "type the base salary",
    "salary": "type the base salary",
    "company_name": "add it in File → Company profile",
    "signatory_name": "add it in File → Company profile",
    "signatory_title": "add it in File → Company profile",
    "location": "the role has no location",
}


def placeholder_text(name: str) -> str:
    return "{" + name + "}"


class LetterEditor(QWidget):
    """Letter text with its placeholders; `set_values` turns on the check for empty ones."""

    #: The text changed (typed, inserted or reset); no arguments.
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_LetterEditor()
        self.form.setupUi(self)
        self.model = QStandardItemModel(self)
        for name, meaning in PLACEHOLDERS.items():
            item = QStandardItem(placeholder_text(name))
            item.setData(name, Qt.ItemDataRole.UserRole)
            item.setToolTip(meaning)
            item.setEditable(False)
            self.model.appendRow(item)
        self.form.placeholderList.setModel(self.model)
        self._values: Mapping[str, str | None] | None = None
        self._reset_text = ""
        self.unknown: list[str] = []
        self.empty: list[str] = []
        self.form.resetButton.hide()
        self._connect()
        self.form.placeholderList.setCurrentIndex(self.model.index(0, 0))
        self._check()

    def _connect(self) -> None:
        f = self.form
        f.bodyEdit.textChanged.connect(self._changed)
        f.insertButton.clicked.connect(self.insert_current)
        # Enter or a double-click on a placeholder (Fusion activates on double-click)
        f.placeholderList.activated.connect(lambda _i: self.insert_current())
        f.placeholderList.selectionModel().currentChanged.connect(self._describe)
        f.resetButton.clicked.connect(self.reset)

    # the text --------------------------------------------------------------------------------

    def text(self) -> str:
        return self.form.bodyEdit.toPlainText()

    def set_text(self, text: str) -> None:
        self.form.bodyEdit.setPlainText(text)

    def set_read_only(self, read_only: bool) -> None:
        f = self.form
        f.bodyEdit.setReadOnly(read_only)
        for w in (f.insertButton, f.resetButton, f.placeholderList):
            w.setEnabled(not read_only)

    def set_reset(self, label: str, text: str, tip: str) -> None:
        """Offer a button that puts `text` (the company's or built-in template) back."""
        self._reset_text = text
        self.form.resetButton.setText(label)
        self.form.resetButton.setToolTip(tip)
        self.form.resetButton.show()

    def reset(self) -> None:
        self.set_text(self._reset_text)

    def insert_current(self) -> None:
        index = self.form.placeholderList.currentIndex()
        if not index.isValid() or self.form.bodyEdit.isReadOnly():
            return
        edit = self.form.bodyEdit
        edit.insertPlainText(placeholder_text(index.data(Qt.ItemDataRole.UserRole)))
        edit.setFocus()

    def _describe(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        name = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        self.form.placeholderHint.setText(
            f"{placeholder_text(name)}: {PLACEHOLDERS[name]}" if name else "")

    # the check -------------------------------------------------------------------------------

    def set_values(self, values: Mapping[str, str | None] | None) -> None:
        """What each placeholder stands for now (an offer), or None for a template."""
        self._values = values
        self.form.okLabel.setText("✓ Every placeholder can be filled in." if values is not None
                                  else "✓ Every placeholder is one Hirefile knows.")
        self._check()

    def _changed(self) -> None:
        self._check()
        self.sig_changed.emit()

    def _check(self) -> None:
        values = self._values if self._values is not None else dict.fromkeys(PLACEHOLDERS, "x")
        self.unknown, self.empty = check_template(self.text(), values)
        f = self.form
        f.problemsLabel.setText(problems_html(self.unknown, self.empty))
        has = bool(self.unknown or self.empty)
        f.problemsBanner.setVisible(has)
        f.okLabel.setVisible(not has and bool(self.text().strip()))

    @property
    def has_problems(self) -> bool:
        return bool(self.unknown or self.empty)


def problems_html(unknown: list[str], empty: list[str]) -> str:
    """The banner's text: unknown placeholders first (they print as typed), then empty ones."""
    parts = []
    if unknown:
        names = ", ".join(f"<b>{html.escape(placeholder_text(n), quote=False)}</b>"
                          for n in unknown)
        parts.append(f"Not a placeholder: {names}. Check the spelling (no spaces inside the "
                     "braces) or remove it; it would print in the letter as typed.")
    if empty:
        items = []
        for n in empty:
            why = EMPTY_HINTS.get(n)
            items.append(f"<b>{html.escape(placeholder_text(n), quote=False)}</b>"
                         + (f" ({html.escape(why, quote=False)})" if why else ""))
        parts.append("Nothing to fill in yet for " + ", ".join(items)
                     + "; the letter would have a gap there.")
    return "<br>".join(parts)
