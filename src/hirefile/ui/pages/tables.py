"""How every list in the window is set up: fixed row heights, set widths, sorting by the model.

Fixed heights and set column widths matter at 50,000 rows: a vertical header sized to its
contents took 14 s here, and `resizeColumnsToContents` reads every row. So rows are one height
and columns get the widths their `Column` declares.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from hirefile.ui.models.columns import LEFT, Column

ROW_HEIGHT = 32


def configure_table(view: QTableView, model: QAbstractItemModel,
                    sort: tuple[int, Qt.SortOrder] | None = None) -> None:
    """Attach `model` to `view` and give the view Hirefile's list behaviour."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vh = view.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(ROW_HEIGHT)
    hh = view.horizontalHeader()
    hh.setHighlightSections(False)
    hh.setDefaultAlignment(LEFT)
    hh.setMinimumSectionSize(60)
    columns: tuple[Column, ...] = tuple(getattr(model, "columns", ()))
    hh.setStretchLastSection(not any(c.stretch for c in columns))
    for i, col in enumerate(columns):
        view.setColumnWidth(i, col.width)
        view.setColumnHidden(i, col.hidden)
        if col.stretch:
            hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    _enable_sorting(view, model, sort)
    _offer_column_menu(view, columns)


def _offer_column_menu(view: QTableView, columns: tuple[Column, ...]) -> None:
    """Right-click on the header: show or hide columns (every list starts with what fits)."""
    hh = view.horizontalHeader()
    hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(pos: QPoint) -> None:
        menu = QMenu(view)
        for i, col in enumerate(columns):
            action = menu.addAction(col.title)
            action.setCheckable(True)
            action.setChecked(not view.isColumnHidden(i))
            action.setEnabled(i != 0)  # the first column names the row: always shown
            action.toggled.connect(lambda on, i=i: view.setColumnHidden(i, not on))
        menu.exec(hh.mapToGlobal(pos))

    hh.customContextMenuRequested.connect(show_menu)


def _enable_sorting(view: QTableView, model: QAbstractItemModel,
                    sort: tuple[int, Qt.SortOrder] | None) -> None:
    """Sort through the model; a click on a column that cannot be sorted changes nothing."""
    hh = view.horizontalHeader()
    section, order = sort if sort is not None else (-1, Qt.SortOrder.AscendingOrder)
    hh.setSortIndicator(section, order)
    hh.setSortIndicatorShown(True)
    view.setSortingEnabled(True)
    last: dict[str, tuple[int, Qt.SortOrder]] = {"sort": (section, order)}

    def restore() -> None:
        hh.blockSignals(True)
        hh.setSortIndicator(*last["sort"])
        hh.blockSignals(False)
        hh.viewport().update()

    def on_indicator(new_section: int, new_order: Qt.SortOrder) -> None:
        if model.is_sortable(new_section):  # type: ignore[attr-defined]
            last["sort"] = (new_section, new_order)
        else:
            QTimer.singleShot(0, view, restore)

    hh.sortIndicatorChanged.connect(on_indicator)
