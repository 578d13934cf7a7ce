"""The question bank dialog and the question form.

Filters (axis, track, words, retired) go to the service, which searches in SQL and folds
accents; the proxy only sorts. How often each question was asked, and when last, is counted
in SQL for the whole bank (`services.question_use`); a question asked often
(`domain.drift.asked_often`) carries a note that candidates may have shared it, with a way to
write a fresh variant (and the Retire button beside it). Every change is an undo command on
the shared stack. The dialog is modal, so the main window's Edit menu is out of reach while it
is open: it offers its own Undo and Redo buttons (mnemonics, no Ctrl+Z of its own).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QWidget

from hirefile.domain import drift
from hirefile.domain.anchors import SCALE
from hirefile.domain.vocab import Axis, Track
from hirefile.errors import HirefileError, ValidationError
from hirefile.services import questions as bank
from hirefile.services.question_use import QuestionUse, question_use
from hirefile.services.questions import QuestionData
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess.style import amber_note
from hirefile.ui.commands import apply
from hirefile.ui.commands.base import ServiceCommand
from hirefile.ui.commands.roles import AddQuestion, EditQuestion, RetireQuestion
from hirefile.ui.common import guarded, show_text
from hirefile.ui.generated.ui_question_bank import Ui_QuestionBankDialog
from hirefile.ui.generated.ui_question_dialog import Ui_QuestionDialog
from hirefile.ui.roles.bank_model import (
    COL_AXIS,
    COL_TEXT,
    COL_TRACK,
    QUESTION_ROLE,
    SORT_ROLE,
    QuestionBankModel,
)
from hirefile.ui.roles.common import KeyHandler, current, fill_enum, select_data, style_sheet
from hirefile.ui.roles.fields import NONE
from hirefile.ui.screen import fit_to_screen

QuestionValues = dict[str, object]
NO_SELECTION = "Select a question to see what a strong answer shows."


class QuestionDialog(QDialog):
    """Text, axis, optional track and guidance of one bank question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_QuestionDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        fill_enum(self.form.axisCombo, Axis)
        fill_enum(self.form.trackCombo, Track, "Any track")
        self.form.buttonBox.accepted.connect(self.accept)
        self.form.buttonBox.rejected.connect(self.reject)

    def set_values(self, values: QuestionValues) -> None:
        f = self.form
        f.textEdit.setPlainText(str(values.get("text") or ""))
        select_data(f.axisCombo, values.get("axis"))
        select_data(f.trackCombo, values.get("track"))
        f.guidanceEdit.setPlainText(str(values.get("guidance") or ""))
        given = list(values.get("anchors") or ())  # type: ignore[call-overload]
        for edit, text in zip(self.anchor_edits(), [*given, "", "", "", ""], strict=False):
            edit.setText(str(text))
            edit.setCursorPosition(0)  # show the start of a long anchor, not its end

    def anchor_edits(self) -> list[QLineEdit]:
        f = self.form
        return [f.anchor1Edit, f.anchor2Edit, f.anchor3Edit, f.anchor4Edit]

    def values(self) -> QuestionValues:
        f = self.form
        anchors = tuple(e.text().strip() for e in self.anchor_edits())
        return {"axis": current(f.axisCombo, Axis), "text": f.textEdit.toPlainText().strip(),
                "guidance": f.guidanceEdit.toPlainText().strip(),
                "track": current(f.trackCombo, Track),
                "anchors": anchors if any(anchors) else ()}

    def show_error(self, error: ValidationError) -> None:
        at_text = error.field == "text"
        at_anchors = error.field == "anchors"
        show_text(self.form.textError, error.message if at_text else "")
        show_text(self.form.anchorsError, error.message if at_anchors else "")
        show_text(self.form.messageLabel, "" if at_text or at_anchors else error.message)
        if at_anchors:
            edits = self.anchor_edits()
            next((e for e in edits if not e.text().strip()), edits[0]).setFocus()
        else:
            self.form.textEdit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, *, values: QuestionValues | None = None,
            title: str = "Add question",
            error: ValidationError | None = None) -> QuestionValues | None:
        dialog = cls(parent)
        dialog.setWindowTitle(title)
        if values:
            dialog.set_values(values)
        if error is not None:
            dialog.show_error(error)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.deleteLater()


def question_values(q: QuestionData) -> QuestionValues:
    return {"axis": q.axis, "text": q.text, "guidance": q.guidance, "track": q.track,
            "anchors": q.anchors}


class QuestionBankDialog(QDialog):
    """Browse, search, add, edit, retire and bring back bank questions."""

    def __init__(self, db: Workspace, stack: QUndoStack, notify: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._stack, self._outer_notify = db, stack, notify
        self.form = Ui_QuestionBankDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        f = self.form
        theme.keep_style(f.refreshBanner, lambda: amber_note("refreshBanner"))
        self._use: dict[str, QuestionUse] | None = None
        self.model = QuestionBankModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        f.tableView.setModel(self.proxy)
        header = f.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # the long axis and track names give way to the question (elided, full in a tooltip)
        em = f.tableView.fontMetrics().horizontalAdvance("M")
        for column, width in ((COL_AXIS, 11 * em), (COL_TRACK, 9 * em)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        f.tableView.setSortingEnabled(True)
        f.tableView.verticalHeader().hide()
        f.tableView.verticalHeader().setDefaultSectionSize(f.tableView.fontMetrics().height()
                                                           + 12)
        fill_enum(f.axisCombo, Axis, "All axes")
        fill_enum(f.trackCombo, Track, "All tracks")
        self._connect()
        self.refresh()
        f.searchEdit.setFocus()

    def _connect(self) -> None:
        f = self.form
        f.searchEdit.textChanged.connect(self.refresh)
        f.axisCombo.currentIndexChanged.connect(self.refresh)
        f.trackCombo.currentIndexChanged.connect(self.refresh)
        f.showRetiredCheck.toggled.connect(self.refresh)
        f.tableView.selectionModel().currentRowChanged.connect(self._current_changed)
        f.tableView.activated.connect(lambda _index: self.edit_question())
        f.addButton.clicked.connect(self.add_question)
        f.editButton.clicked.connect(self.edit_question)
        f.retireButton.clicked.connect(self.toggle_retired)
        f.variantButton.clicked.connect(self.write_variant)
        f.axisAnchorsButton.clicked.connect(self.edit_axis_anchors)
        f.undoButton.clicked.connect(self._stack.undo)
        f.redoButton.clicked.connect(self._stack.redo)
        self._stack.canUndoChanged.connect(f.undoButton.setEnabled)
        self._stack.canRedoChanged.connect(f.redoButton.setEnabled)
        self._stack.undoTextChanged.connect(self._undo_tip)
        self._stack.redoTextChanged.connect(self._redo_tip)
        f.undoButton.setEnabled(self._stack.canUndo())
        f.redoButton.setEnabled(self._stack.canRedo())
        self._undo_tip(self._stack.undoText())
        self._redo_tip(self._stack.redoText())
        f.buttonBox.rejected.connect(self.reject)
        KeyHandler(f.tableView, {(Qt.Key.Key_Delete, NONE): self.toggle_retired})

    def _notifier(self) -> Callable[[], None]:
        """The commands' notify: the caller's, then this dialog's refresh while it exists."""
        return guarded(self, self.refresh, self._outer_notify)

    # the slots take the text from the signal: the stack may be going away when it emits
    def _undo_tip(self, text: str) -> None:
        self.form.undoButton.setToolTip(text or "Nothing to undo")

    def _redo_tip(self, text: str) -> None:
        self.form.redoButton.setToolTip(text or "Nothing to redo")

    # the table -----------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        """Query the bank with the filters shown, keeping the selected question if it is
        still listed."""
        f = self.form
        keep = self.selected()
        with self._db.reader() as s:
            rows = bank.questions(s, axis=current(f.axisCombo, Axis),
                                  track=current(f.trackCombo, Track), text=f.searchEdit.text(),
                                  include_retired=f.showRetiredCheck.isChecked())
            if self._use is None:  # once: nothing in this dialog changes what was asked
                self._use = question_use(s)
        order = {axis: n for n, axis in enumerate(Axis)}
        rows.sort(key=lambda q: order[q.axis])  # the axes in their usual order, bank order within
        self.model.set_rows(rows, self._use)
        self.select(keep.id if keep else None)

    def select(self, question_id: str | None) -> None:
        row = self.model.row_of(question_id)
        view = self.form.tableView
        if row >= 0:
            view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, COL_TEXT)))
        self._current_changed()

    def selected(self) -> QuestionData | None:
        index = self.form.tableView.currentIndex()
        return index.data(QUESTION_ROLE) if index.isValid() else None

    def row_count(self) -> int:
        return self.proxy.rowCount()

    def _current_changed(self, *_args: object) -> None:
        f = self.form
        q = self.selected()
        f.editButton.setEnabled(q is not None)
        f.retireButton.setEnabled(q is not None)
        f.retireButton.setText("Bring bac&k" if q and q.retired else "Re&tire")
        if q is None:
            f.guidanceLabel.setText(NO_SELECTION)
        else:
            text = q.guidance or "No guidance written for this question yet."
            if q.anchors:
                text += "\n" + "\n".join(f"{r.value} {r.label}: {a}"
                                         for r, a in zip(SCALE, q.anchors, strict=False))
            f.guidanceLabel.setText(text)
        use = self.model.use_of(q) if q is not None else None
        nudge = use is not None and use.often and q is not None and not q.retired
        if nudge and use is not None:
            f.refreshText.setText(f"{use.text(self.model.today)}. {drift.REFRESH_TEXT}, "
                                  "then retire this one.")
        f.refreshBanner.setVisible(nudge)

    # changes -------------------------------------------------------------------------------

    def _run(self, command: ServiceCommand) -> bool:
        try:
            apply(self._stack, command)
        except HirefileError as exc:
            show_text(self.form.messageLabel, exc.message)
            return False
        show_text(self.form.messageLabel, "")
        return True

    def add_question(self) -> None:
        self._add({"axis": current(self.form.axisCombo, Axis),
                   "track": current(self.form.trackCombo, Track)})

    def write_variant(self) -> None:
        """A new question starting from the selected one's text and guidance; the old one
        stays until the founder retires it."""
        q = self.selected()
        if q is not None:
            self._add(question_values(q), title="Write a fresh variant")

    def _add(self, start: QuestionValues, title: str = "Add question") -> None:
        values: QuestionValues | None = start
        error = None
        while True:
            values = QuestionDialog.ask(self, values=values, title=title, error=error)
            if values is None:
                return
            try:
                command = apply(self._stack, AddQuestion(
                    self._db, self._notifier(), **values))  # type: ignore[arg-type]
            except ValidationError as exc:
                error = exc
                continue
            show_text(self.form.messageLabel, "")
            self.select(command.question_id)
            return

    def edit_question(self) -> None:
        q = self.selected()
        if q is None:
            return
        values: QuestionValues | None = question_values(q)
        error = None
        while True:
            values = QuestionDialog.ask(self, values=values, title="Edit question",
                                        error=error)
            if values is None or values == question_values(q):
                return
            try:
                apply(self._stack, EditQuestion(self._db, self._notifier(), q.id, q,
                                                **values))  # type: ignore[arg-type]
            except ValidationError as exc:
                error = exc
                continue
            show_text(self.form.messageLabel, "")
            return

    def edit_axis_anchors(self) -> None:
        from hirefile.ui.roles.axis_anchors import AxisAnchorsDialog

        AxisAnchorsDialog.edit(self, self._db, self._stack, self._notifier())

    def toggle_retired(self) -> None:
        q = self.selected()
        if q is None:
            return
        row = self.form.tableView.currentIndex().row()
        if self._run(RetireQuestion(self._db, self._notifier(), q.id, not q.retired)) \
                and self.selected() is None and self.proxy.rowCount():
            # retired and hidden: keep the keyboard where it was, on the next question
            self.form.tableView.setCurrentIndex(
                self.proxy.index(min(row, self.proxy.rowCount() - 1), COL_TEXT))

    @classmethod
    def open_bank(cls, parent: QWidget | None, db: Workspace, stack: QUndoStack,
                  notify: Callable[[], None]) -> None:
        dialog = cls(db, stack, notify, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
