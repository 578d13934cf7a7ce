"""A page that lists a short list in full: roles, upcoming interviews, offers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.empty_state import EmptyState, configure_desk_empty
from hirefile.ui.generated.ui_list_page import Ui_ListPage
from hirefile.ui.models.rows import RowListModel
from hirefile.ui.pages.tables import configure_table


@dataclass(frozen=True)
class ListSpec:
    """What one list page shows: its rows, how to sum them up, what to say when there are none."""

    title: str
    load: Callable[[Unit], Sequence[Any]]
    subtitle: Callable[[Sequence[Any]], str]
    glyph: str
    empty_title: str
    empty_body: str


class ListPage(QWidget):
    """Title, a one-line summary, and the table (or a calm note when the list is empty)."""

    #: The person asked to fill the empty file with demo data (Roles page only).
    sig_try_demo = Signal()

    def __init__(self, spec: ListSpec, model: RowListModel, parent: QWidget | None = None,
                 *, sort: tuple[int, Qt.SortOrder] | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.model = model
        self.form = Ui_ListPage()
        self.form.setupUi(self)
        self.form.pageTitle.setText(spec.title)
        self.form.table.setAccessibleName(spec.title)
        self.empty = EmptyState(self.form.emptyPage)
        self.form.emptyLayout.addWidget(self.empty)
        self._db: Workspace | None = None
        self._desk_empty = False
        configure_table(self.form.table, model, sort)
        self.empty.sig_action.connect(self.sig_try_demo)

    @property
    def table(self) -> Any:
        return self.form.table

    @property
    def count(self) -> int:
        return self.model.rowCount()

    def set_database(self, db: Workspace | None) -> None:
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        rows: Sequence[Any] = []
        if self._db is not None:
            with self._db.reader() as s:
                rows = self.spec.load(s)
        self.model.set_rows(rows)
        self.form.pageTitle.setText(self.spec.title)
        self.form.pageSubtitle.setText(self.spec.subtitle(rows))
        self._show_state()

    def set_desk_empty(self, empty: bool) -> None:
        """Show the whole-file welcome (with "Try the demo") instead of the quiet note."""
        self._desk_empty = empty
        self._show_state()

    def _show_state(self) -> None:
        if self._desk_empty:
            configure_desk_empty(self.empty)
        elif self.model.rowCount() == 0:
            self.empty.configure(title=self.spec.empty_title, body=self.spec.empty_body,
                                 glyph=self.spec.glyph)
        has_rows = self.model.rowCount() > 0 and not self._desk_empty
        self.form.contentStack.setCurrentWidget(
            self.form.tablePage if has_rows else self.form.emptyPage)

