"""A candidate's attachments (CVs and the like): the list, Add…, Open and Remove, and below the
list a read-only preview of the selected file's text (the text read from a PDF or Word CV when
it was attached), or why there is none.

Files are kept inside the hiring file, so copying the file copies them. Opening writes a private
temporary copy (`services.attachments.temp_copy`) and hands it to the system viewer. The file
chooser and the removal question are module functions so tests can stub them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
)

from hirefile.errors import HirefileError
from hirefile.services import attachments
from hirefile.services.attachments import AttachmentInfo, size_text
from hirefile.services.workspace import Workspace
from hirefile.ui import messages
from hirefile.ui.candidate.dialogs import confirm
from hirefile.ui.commands.attachments import AttachFiles, RemoveAttachment
from hirefile.ui.commands.base import record
from hirefile.ui.models.columns import Column, day_text
from hirefile.ui.models.rows import RowListModel
from hirefile.ui.text import isolate

COLUMNS = (
    Column("Name", lambda a: a.filename, 240, stretch=True, emphasis=True),
    Column("Size", lambda a: size_text(a.size), 80, align_right=True),
    Column("Added by", lambda a: a.added_by, 140),
    Column("Added", lambda a: day_text(a.added_at), 110),
)


def ask_files(parent: QObject | None, directory: Path) -> list[Path]:
    """Files to attach (several at once), or none when the person cancelled."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, "Attach Files", str(directory),  # type: ignore[arg-type]
        "Documents (*.pdf *.doc *.docx *.odt *.txt *.md *.rtf *.png *.jpg *.jpeg);;"
        "All files (*)")
    return [Path(n) for n in names]


def ask_remove(parent: QObject | None, filename: str) -> bool:
    return confirm(parent, "Remove attachment",  # type: ignore[arg-type]
                   f"Remove “{isolate(filename)}” from this candidate?", "Remove",
                   "The file is taken out of the hiring file (Edit → Undo puts it back).")


class AttachmentsPanel(QObject):
    """Runs the attachments tab: its table, its three buttons, Enter to open, Delete to remove."""

    def __init__(self, table: QTableView, add: QPushButton, open_: QPushButton,
                 remove: QPushButton, on_change: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table, self.add_button, self.open_button, self.remove_button = \
            table, add, open_, remove
        self._on_change = on_change
        self.model = RowListModel(COLUMNS, self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(30)
        table.setShowGrid(False)
        table.setWordWrap(False)
        hh = table.horizontalHeader()
        hh.setHighlightSections(False)
        for i, col in enumerate(COLUMNS):
            table.setColumnWidth(i, col.width)
            if col.stretch:
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.remove_action = QAction("Remove attachment", table)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.remove_action)
        self.preview = self._make_preview(table)
        self._db: Workspace | None = None
        self._stack: QUndoStack | None = None
        self._candidate_id: str | None = None
        add.clicked.connect(self.add_files)
        open_.clicked.connect(self.open_selected)
        remove.clicked.connect(self.remove_selected)
        self.remove_action.triggered.connect(self.remove_selected)
        table.activated.connect(lambda _i: self.open_selected())
        table.selectionModel().selectionChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self._update()

    @staticmethod
    def _make_preview(table: QTableView) -> QPlainTextEdit:
        """The text preview, below the list: the two share the tab's height in a splitter."""
        preview = QPlainTextEdit()
        preview.setObjectName("attachmentPreview")
        preview.setReadOnly(True)
        preview.setAccessibleName("Text of the selected file")
        preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        preview.setPlaceholderText("Select a CV to read its text here")
        parent = table.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None:
            splitter = QSplitter(Qt.Orientation.Vertical)
            splitter.setObjectName("attachmentSplitter")
            splitter.setChildrenCollapsible(False)
            layout.replaceWidget(table, splitter)
            splitter.addWidget(table)
            splitter.addWidget(preview)
            splitter.setStretchFactor(0, 1)
            splitter.setStretchFactor(1, 3)
        return preview

    def set_database(self, db: Workspace | None, stack: QUndoStack | None = None) -> None:
        """The file, and the window's undo stack that each add and remove is a step on."""
        self._db, self._stack = db, stack

    def _reload(self) -> None:
        """A command's notify: the shown candidate's attachments, read again."""
        self.load(self._candidate_id)
        self._on_change()

    def load(self, candidate_id: str | None) -> None:
        self._candidate_id = candidate_id
        rows: list[AttachmentInfo] = []
        if self._db is not None and candidate_id is not None:
            with self._db.reader() as s:
                rows = attachments.attachments(s, candidate_id)
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)

    @property
    def count(self) -> int:
        return self.model.rowCount()

    def selected(self) -> AttachmentInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_text(self) -> None:
        """The selected file's text in the preview, or why there is none."""
        info = self.selected()
        if self._db is None or info is None:
            self.preview.clear()
            return
        try:
            with self._db.reader() as s:
                found = attachments.attachment_text(s, info.id)
        except HirefileError as exc:
            self.preview.setPlainText(exc.message)
            return
        self.preview.setPlainText(found.text if found.text is not None
                                  else f"No text could be read: {found.problem}")

    def _update(self, *_args: object) -> None:
        self._show_text()
        has = self.selected() is not None
        self.add_button.setEnabled(self._candidate_id is not None)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.remove_action.setEnabled(has)

    def _directory(self) -> Path:
        return self._db.path.parent if self._db is not None else Path.home()

    # actions ---------------------------------------------------------------------------------

    def add_files(self) -> int:
        """Ask for files and keep them in the hiring file; returns how many were attached."""
        if self._db is None or self._candidate_id is None:
            return 0
        paths = ask_files(self.table, self._directory())
        if not paths:
            return 0
        try:
            record(self._stack, AttachFiles(self._db, self._reload, self._candidate_id, paths))
        except HirefileError as exc:
            messages.show_problem(self.table, "Could not attach", exc.message)
            return 0
        self.table.selectRow(self.model.rowCount() - 1)
        return len(paths)

    def open_selected(self) -> Path | None:
        """Write a private copy and open it with the system's viewer; returns the copy."""
        info = self.selected()
        if self._db is None or info is None:
            return None
        try:
            with self._db.reader() as s:
                path = attachments.temp_copy(s, info.id)
        except HirefileError as exc:
            messages.show_problem(self.table, "Could not open", exc.message)
            return None
        except OSError as exc:
            messages.show_problem(self.table, "Could not open",
                                  f"Could not write a temporary copy of {isolate(info.filename)}: "
                                  f"{exc.strerror or exc}")
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.show_problem(self.table, "Could not open",
                                  f"No program is set up to open {isolate(info.filename)}. "
                                  "A copy was "
                                  f"written to {isolate(str(path))}.")
        return path

    def remove_selected(self) -> bool:
        info = self.selected()
        if self._db is None or info is None or not ask_remove(self.table, info.filename):
            return False
        try:
            record(self._stack, RemoveAttachment(self._db, self._reload, info.id,
                                                 info.filename))
        except HirefileError as exc:
            messages.show_problem(self.table, "Could not remove", exc.message)
            return False
        return True
