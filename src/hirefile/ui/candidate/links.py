"""The record's "Other e-mails and links": a short list of rows (kind, value, optional label).

Rows are made at run time, so the editor keeps their tab order itself: after `anchor` (the field
before it in the form), row by row, then the Add button.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.candidates import Link
from hirefile.domain.contacts import is_email
from hirefile.domain.vocab import LinkKind
from hirefile.ui.candidate.fields import LinkEdit
from hirefile.ui.common import set_flag

#: The kinds offered, most asked-for first.
KINDS = (LinkKind.EMAIL, LinkKind.PAPER, LinkKind.PORTFOLIO, LinkKind.PHONE, LinkKind.GITHUB,
         LinkKind.LINKEDIN, LinkKind.OTHER)


class LinkRow(QWidget):
    """One link: what it is, the address, and an optional label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName("Kind of link")
        for kind in KINDS:
            self.kind_combo.addItem(kind.label, kind.value)
        self.value_edit = LinkEdit(self)
        self.value_edit.setAccessibleName("Address")
        self.label_edit = QLineEdit(self)
        self.label_edit.setAccessibleName("Label")
        self.label_edit.setPlaceholderText("Label (optional)")
        self.label_edit.setMaximumWidth(160)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip("Remove this link")
        self.remove_button.setAccessibleName("Remove link")
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.value_edit, 1)
        layout.addWidget(self.label_edit)
        layout.addWidget(self.remove_button)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def kind(self) -> LinkKind:
        return LinkKind(self.kind_combo.currentData())

    def set_link(self, link: Link) -> None:
        kind, value, label = link
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind.value)))
        self.value_edit.setText(value)
        self.label_edit.setText(label)

    def clear(self) -> None:
        """Blank, of the first kind (a row kept from an earlier record, shown again)."""
        self.kind_combo.setCurrentIndex(0)
        self.value_edit.clear()
        self.label_edit.clear()
        set_flag(self.value_edit, "invalid", False)

    def link(self) -> Link:
        return self.kind(), self.value_edit.text().strip(), self.label_edit.text().strip()

    def is_blank(self) -> bool:
        return not (self.value_edit.text().strip() or self.label_edit.text().strip())

    def is_invalid(self) -> bool:
        value = self.value_edit.text().strip()
        return (not value and not self.is_blank()) or (
            self.kind() is LinkKind.EMAIL and bool(value) and not is_email(value))

    def focus_chain(self) -> list[QWidget]:
        return [self.kind_combo, self.value_edit, self.label_edit, self.remove_button]

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.value_edit.set_mail(kind is LinkKind.EMAIL)
        self.value_edit.setPlaceholderText(
            {LinkKind.EMAIL: "name@example.com", LinkKind.PHONE: "+44 7700 900123",
             LinkKind.PAPER: "arxiv.org/abs/…, doi.org/…"}.get(kind, "https://…"))


class LinksEditor(QWidget):
    """Further e-mails and links of a candidate, as rows that can be added and removed."""

    #: A row was added, removed or edited; no arguments.
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LinkRow] = []
        #: Rows removed, kept hidden to be shown again: a row is 9 widgets, and widgets
        #: made and deleted for every record opened leave heap behind in Qt.
        self._spare: list[LinkRow] = []
        self.anchor: QWidget | None = None
        #: Installed on each row's text fields (undo keys that reach the Edit menu).
        self.undo_filter: QObject | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        layout.addLayout(self._rows_box)
        bar = QHBoxLayout()
        self.add_button = QPushButton("A&dd e-mail or link", self)
        self.add_button.setToolTip("Another e-mail, a paper, a blog, a profile elsewhere")
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.add_button.clicked.connect(self._add_clicked)

    def links(self) -> list[Link]:
        """The rows as links; rows left entirely blank are not links."""
        return [row.link() for row in self.rows if not row.is_blank()]

    def set_links(self, links: list[Link]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for link in links:
            self.add_row().set_link(link)
        self.sig_changed.emit()

    def add_row(self) -> LinkRow:
        if self._spare:
            row = self._spare.pop()
            row.clear()
            self.rows.append(row)
            self._rows_box.addWidget(row)
            row.show()
            self.retab()
            return row
        row = LinkRow(self)
        self.rows.append(row)
        if self.undo_filter is not None:
            row.value_edit.installEventFilter(self.undo_filter)
            row.label_edit.installEventFilter(self.undo_filter)
        self._rows_box.addWidget(row)
        row.kind_combo.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        row.value_edit.textChanged.connect(lambda _t: self.sig_changed.emit())
        row.label_edit.textChanged.connect(lambda _t: self.sig_changed.emit())
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        self.retab()
        return row

    def remove_row(self, row: LinkRow) -> None:
        index = self.rows.index(row)
        had_focus = row.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self._drop(row)
        self.retab()
        if had_focus:
            (self.rows[min(index, len(self.rows) - 1)].value_edit if self.rows
             else self.add_button).setFocus()
        self.sig_changed.emit()

    def flag_invalid(self) -> None:
        """Tint the rows whose address is missing or not an e-mail where one is expected."""
        for row in self.rows:
            set_flag(row.value_edit, "invalid", row.is_invalid())

    def focus_chain(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.focus_chain()] + [self.add_button]

    def retab(self) -> None:
        chain = ([self.anchor] if self.anchor is not None else []) + self.focus_chain()
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.value_edit.setFocus()
        self.sig_changed.emit()

    def _drop(self, row: LinkRow) -> None:
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        self._spare.append(row)
