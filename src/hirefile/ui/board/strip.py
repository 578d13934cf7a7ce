"""The board's columns side by side in a sideways-scrolling strip.

Reading a column's ids costs a query that grows with the column (at 50,000 candidates the
exit columns hold tens of thousands), so the strip tells the board which columns are in view
or about to be, and the board reads only those; the others are read when scrolled to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from hirefile.services.board import Column
from hirefile.ui.board import style
from hirefile.ui.board.column import BoardColumn
from hirefile.ui.board.model import Fetch


class ColumnStrip(QScrollArea):
    """A row of fixed-width columns, exits set apart by a divider."""

    #: Columns may have come into view (scrolled, resized, shown): load those not read yet.
    sig_view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.horizontalScrollBar()
        bar.setObjectName("boardHScroll")
        bar.style().unpolish(bar)
        bar.style().polish(bar)
        self.canvas = QWidget()
        self.canvas.setObjectName("boardCanvas")
        self.row = QHBoxLayout(self.canvas)
        self.row.setContentsMargins(0, 0, 0, 4)
        self.row.setSpacing(style.COLUMN_GAP)
        self.setWidget(self.canvas)
        self.columns: list[BoardColumn] = []
        bar.valueChanged.connect(self.sig_view_changed)

    def build(self, infos: list[Column], fetch: Fetch) -> list[BoardColumn]:
        """Replace the columns with new ones for `infos` (empty until the board loads them)."""
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.columns = []
        for info in infos:
            if info.kind.is_exit and not any(c.info.kind.is_exit for c in self.columns):
                divider = QFrame(self.canvas)
                divider.setObjectName("exitDivider")
                divider.setFixedWidth(1)
                self.row.addWidget(divider)
                divider.show()
            column = BoardColumn(info, fetch, self.canvas)
            self.columns.append(column)
            self.row.addWidget(column)
            column.show()  # now, not at the layout's queued show: sizes are right at once
        self.row.addStretch(1)
        # Size the canvas now rather than at the scroll area's next pass, so new columns
        # never show squeezed for a frame, and what is in view is known at once.
        self.row.activate()
        self.canvas.resize(self.canvas.minimumSizeHint().expandedTo(self.viewport().size()))
        return self.columns

    def in_view(self) -> list[BoardColumn]:
        """Columns on screen (even partly); none while the strip is hidden.

        Positions are worked out from the fixed widths rather than read from the widgets,
        which have no geometry yet while the layout has not run.
        """
        if not self.isVisible():
            return []
        left = self.horizontalScrollBar().value()
        right = left + self.viewport().width()
        out, x = [], 0
        for i, column in enumerate(self.columns):
            if column.info.kind.is_exit and not (i and self.columns[i - 1].info.kind.is_exit):
                x += 1 + style.COLUMN_GAP  # the divider before the exits
            if x < right and x + style.COLUMN_WIDTH > left:
                out.append(column)
            x += style.COLUMN_WIDTH + style.COLUMN_GAP
        return out

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.sig_view_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_view_changed.emit()
