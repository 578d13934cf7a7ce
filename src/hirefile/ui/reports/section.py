"""One report on the Reports page: title, n, a note when n is small, its chart and a table.

The chart reads at a glance; the table beside it is the report's own table of the metric
(`reports.tables`: the words and figures the CLI prints and the CSV and PDF hold), with the
ones a chart would crowd (finished, went further, rates). Side by side when the card is wide
enough, the table under the chart on a small screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hirefile.services.reports import ReportTable
from hirefile.ui.models.rows import RowListModel
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.reports import figures
from hirefile.ui.reports.chart_base import Chart

#: The least width a chart beside its table gets; narrower, the table goes under the chart.
CHART_WIDTH = 440
ROW = 26


class Section(QFrame):
    """A card: title and n on one line, the small-numbers note, then the chart and its table."""

    def __init__(self, title: str, charts: Sequence[tuple[str, Chart]], rule: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", "card")
        self.setObjectName(f"section{title.replace(' ', '')}")
        self.charts = [chart for _caption, chart in charts]
        self.outer = layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        header = QHBoxLayout()
        self.title_label = QLabel(title, self)
        self.title_label.setProperty("kind", "sectionTitle")
        self.n_label = QLabel(self)
        self.n_label.setProperty("kind", "subtitle")
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.n_label)
        layout.addLayout(header)
        if rule:  # what the range selects, in the report's own words
            rule_label = QLabel(f"Counting {rule}", self)
            rule_label.setProperty("kind", "faint")
            rule_label.setWordWrap(True)
            layout.addWidget(rule_label)
        self.note_label = QLabel(self)
        self.note_label.setProperty("kind", "note")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        layout.addWidget(self.note_label)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(18)
        layout.addLayout(self.body)
        chart_column = QVBoxLayout()
        chart_column.setSpacing(4)
        for caption, chart in charts:
            if caption:
                label = QLabel(caption, self)
                label.setProperty("kind", "summary")
                chart_column.addWidget(label)
            chart_column.addWidget(chart)
        chart_column.addStretch(1)
        #: The table's model, made from the first table shown (a metric's columns never change).
        self.model: RowListModel | None = None
        self._table_need = 0
        self.table = QTableView(self)
        self.table.setObjectName("reportTable")
        self.table.setAccessibleName(f"{title}, as a table")
        self.table.hide()
        self.body.addLayout(chart_column, 1)
        self.body.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)

    def show_figures(self, table: ReportTable, n_text: str, note: str = "") -> None:
        """The report's table of the metric, the "n" beside the title and the note (hidden when
        empty); the charts are set by the page before. Nothing counted: the charts' empty line
        alone, no table."""
        if self.model is None:
            self.model = RowListModel(figures.columns(table.columns), self)
            view = self.table
            configure_table(view, self.model)
            view.setSortingEnabled(False)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.verticalHeader().setDefaultSectionSize(ROW)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model.set_rows(figures.lines(table))
        self.n_label.setText(n_text)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.table.setVisible(bool(table.rows) and not all(c.is_empty() for c in self.charts))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column as wide as its header and cells (a few rows: cheap), and the table at
        least as wide as its columns, so no figure hides behind a scroll bar."""
        view, header = self.table, self.table.horizontalHeader()
        view.resizeColumnsToContents()
        need = sum(max(view.sizeHintForColumn(i), header.sectionSizeHint(i))
                   for i in range(header.count()))
        self._table_need = need + 2 * view.frameWidth() + 2
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """Side by side while the chart keeps `CHART_WIDTH` beside the whole table; else the
        table under the chart, as wide as the card (it scrolls sideways only on a card too
        narrow for its columns)."""
        margins = self.outer.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.body.spacing()
        wide = room >= self._table_need + CHART_WIDTH
        self.table.setMinimumWidth(self._table_need if wide else 0)
        view = self.table
        sideways = not wide and room + self.body.spacing() < self._table_need
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                            + ROW * (self.model.rowCount() if self.model else 0)
                            + (view.horizontalScrollBar().sizeHint().height() if sideways else 0))
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self.body.direction() != direction:
            self.body.setDirection(direction)
