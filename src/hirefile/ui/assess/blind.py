"""The blind review: grade one criterion across every candidate, then the next, names hidden.

Three pages in one dialog. Set-up: what to grade (take-homes or portfolios) and who (a stage
of the role, or everyone in process). Grading: the criterion and its guidance on top, the
candidates as letters on the left (in the pass's order, each with one's grade for this
criterion), the work and the rating on the right. The keyboard does it all from the list: 1–4
rate (0 "not assessed" / n.a.; for the checklist 1 Fail, 2 Partial, 3 Pass), N and P go to the
next and previous candidate, Enter to the next criterion; the note field takes what is typed
until Tab leaves it. Each grade is one undo step (Ctrl+Z here or Edit → Undo later), as a
saved draft is elsewhere. The summary reveals who was who, with the grades side by side, and
for take-homes submits the complete scorecards at once (final, confirmed).

The screen only ever holds `BlindItem`s (letters and neutral labels); names reach it through
`blind_grading.reveal`, on the last page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from hirefile.domain.vocab import StageKind, StepKind
from hirefile.errors import HirefileError
from hirefile.services import blind, blind_grading, roles
from hirefile.services import board as board_service
from hirefile.services.blind import CHECK, BlindItem, BlindPass, Criterion, Grade, RevealRow
from hirefile.services.board import BoardFilter
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess import ask
from hirefile.ui.assess.blind_summary import (
    CHECK_KEYS,
    RATING_KEYS,
    fill_summary,
    grade_text,
    submitted_message,
)
from hirefile.ui.assess.common import clear_layout, ensure_viewer, set_message, viewer_id
from hirefile.ui.assess.segmented import Segmented
from hirefile.ui.assess.style import style_sheet
from hirefile.ui.commands.assess import GradeBlind
from hirefile.ui.commands.base import record, redo_safely, through_changes, undo_safely
from hirefile.ui.generated.ui_blind_pass import Ui_BlindPassDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate


class BlindPassDialog(QDialog):
    """One person's blind pass over one role."""

    def __init__(self, parent: QWidget | None, db: Workspace, role_id: str, *,
                 stage_id: str | None = None, kind: StepKind | None = None,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_BlindPassDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.db = db
        #: The window's undo stack: each grade is one step on it.
        self.stack = stack
        self.role_id = role_id
        self.blind_pass: BlindPass | None = None
        self.revealed: list[RevealRow] = []
        self.index = 0  # the criterion graded now
        self.picker: Segmented | None = None
        #: The letter whose grade and note are on screen (its note is saved on leaving it).
        self._shown: str | None = None
        self.changed = False  # a grade written
        self.submitted = False  # a scorecard submitted (final)
        with db.reader() as s:
            columns = board_service.columns(s, BoardFilter(role_id=role_id))
            title = roles.role_draft(s, role_id).title
        self.role_title = title
        f = self.form
        f.headline.setText(f"Blind review · {isolate(title)}")
        f.subtitle.setText("Grade one question across everyone before the next")
        for k, text in ((StepKind.TAKE_HOME, "Take-homes"),
                        (StepKind.PORTFOLIO_REVIEW, "Portfolio reviews")):
            f.kindCombo.addItem(text, k.value)
        f.kindCombo.setCurrentIndex(max(0, f.kindCombo.findData(kind.value if kind else "")))
        f.scopeCombo.addItem("Everyone in process", None)
        for c in columns:
            if c.kind is StageKind.ACTIVE and c.stage_id:
                f.scopeCombo.addItem(f"{c.name} ({c.count:,})", c.stage_id)
        f.scopeCombo.setCurrentIndex(max(0, f.scopeCombo.findData(stage_id)))
        f.setupHint.setText(
            "Take-homes: the files handed in after the take-home was set, graded on each axis "
            "of the step's scorecard, then the recommendation (drafts until you submit them "
            "at the end). Portfolios: the candidate's repositories, papers and sites, graded "
            "item by item of the checklist, then overall (saved as your portfolio review).")
        f.candidateList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        f.candidateList.installEventFilter(self)
        f.noteEdit.installEventFilter(self)
        f.summaryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        f.summaryTable.verticalHeader().setVisible(False)
        self._page_setup()
        self._connect()

    def _connect(self) -> None:
        f = self.form
        f.nextButton.clicked.connect(self._next_clicked)
        f.backButton.clicked.connect(self.previous_criterion)
        f.closeButton.clicked.connect(self.reject)
        f.submitButton.clicked.connect(self.submit_all)
        f.candidateList.currentRowChanged.connect(self._candidate_changed)
        for keys, step in ((QKeySequence.StandardKey.Undo, undo_safely),
                           (QKeySequence.StandardKey.Redo, redo_safely)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self._step(step))

    # pages --------------------------------------------------------------------------------------

    def _page_setup(self) -> None:
        f = self.form
        f.pages.setCurrentWidget(f.setupPage)
        f.nextButton.setText("&Start blind pass")
        f.nextButton.setDefault(True)
        f.backButton.hide()
        f.submitButton.hide()
        f.kindCombo.setFocus()

    def start(self) -> bool:
        """Read the pass (its letters, order and work); False when no one has work to grade."""
        f = self.form
        kind = StepKind(f.kindCombo.currentData())
        try:
            ensure_viewer(self.db)
            with self.db.reader() as s:
                made = blind.start_pass(s, self.role_id, viewer_id(self.db), kind,
                                        stage_id=f.scopeCombo.currentData())
        except HirefileError as exc:
            set_message(f.messageLabel, exc.message)
            return False
        if not made.items:
            what = "a take-home handed in" if kind is StepKind.TAKE_HOME else \
                "a portfolio link"
            set_message(f.messageLabel, f"No one in {isolate(made.scope)} has {what} yet.")
            return False
        self.blind_pass = made
        set_message(f.messageLabel, "")
        left = (f" · {made.left_out:,} without work to grade yet are left out"
                if made.left_out else "")
        where = "in process" if made.scope == blind.EVERYONE else f"in {isolate(made.scope)}"
        f.subtitle.setText(f"{len(made.items):,} candidates {where}, in an order of your "
                           f"own{left}")
        f.pages.setCurrentWidget(f.gradePage)
        f.backButton.show()
        self.index = 0
        self._show_criterion(select=0)
        return True

    def _next_clicked(self) -> None:
        if self.form.pages.currentWidget() is self.form.setupPage:
            self.start()
        else:
            self.next_criterion()

    # grading ------------------------------------------------------------------------------------

    @property
    def criterion(self) -> Criterion:
        assert self.blind_pass is not None
        return self.blind_pass.criteria[self.index]

    @property
    def current(self) -> BlindItem | None:
        row = self.form.candidateList.currentRow()
        if self.blind_pass is None or not 0 <= row < len(self.blind_pass.items):
            return None
        return self.blind_pass.items[row]

    def _show_criterion(self, select: int | None = None) -> None:
        assert self.blind_pass is not None
        f, c = self.form, self.criterion
        total = len(self.blind_pass.criteria)
        f.criterionTitle.setText(c.title)
        f.criterionStep.setText(f"Question {self.index + 1} of {total}")
        f.guidanceLabel.setText(c.guidance)
        f.anchorsLabel.setText("\n".join(f"{n}: {a}" for n, a in enumerate(c.anchors, 1)))
        f.anchorsLabel.setVisible(bool(c.anchors))
        if self.picker is not None:
            self.picker.setParent(None)
            self.picker.deleteLater()
        choices = CHECK_KEYS if c.scale == CHECK else RATING_KEYS
        self.picker = Segmented(choices, f.pickerHost, accessible=c.title)
        self.picker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.picker.sig_changed.connect(self.rate)
        f.pickerHostLayout.addWidget(self.picker)
        keys = ("1 Fail · 2 Partial · 3 Pass · 0 n.a." if c.scale == CHECK
                else "1 Strong no · 2 No · 3 Yes · 4 Strong yes · 0 not assessed")
        f.keysHint.setText(f"Keys: {keys} · N / P next or previous candidate · Enter next "
                           "question · Tab into the note and out again · Ctrl+Z undoes a grade")
        f.noteEdit.setPlaceholderText(
            "Evidence: what in the work shows it? (needed to submit)" if c.needs_note
            else "Note (optional)")
        f.backButton.setEnabled(self.index > 0)
        last = self.index == total - 1
        f.nextButton.setText("&Finish and reveal names" if last else "&Next question")
        self._fill_list(select)
        f.candidateList.setFocus()

    def _fill_list(self, select: int | None = None) -> None:
        assert self.blind_pass is not None
        lst = self.form.candidateList
        keep = lst.currentRow() if select is None else select
        self._shown = None  # its note was saved before the criterion changed
        lst.blockSignals(True)
        lst.clear()
        for item in self.blind_pass.items:
            lst.addItem(self._row_item(item))
        lst.blockSignals(False)
        applicable = [i for i, it in enumerate(self.blind_pass.items)
                      if self.criterion.key in it.applies]
        if keep not in applicable:
            keep = next((i for i in applicable if i >= keep), applicable[0] if applicable
                        else 0)
        lst.setCurrentRow(keep)
        self._show_candidate()

    def _row_item(self, item: BlindItem) -> QListWidgetItem:
        c = self.criterion
        applies = c.key in item.applies
        text = f"{item.label}    {grade_text(c, item.grades.get(c.key)) if applies else ''}"
        row = QListWidgetItem(text.rstrip())
        if not applies:
            row.setFlags(Qt.ItemFlag.NoItemFlags)
            row.setToolTip("Not assessed by this candidate's take-home step")
        return row

    def _candidate_changed(self, _row: int) -> None:
        """Another candidate (a key, a click): the note typed for the one before is kept."""
        self._save_note()
        self._show_candidate()

    def _show_candidate(self) -> None:
        f, item, c = self.form, self.current, self.criterion
        clear_layout(f.workHostLayout)
        if item is None or self.picker is None:
            return
        self._shown = item.letter
        f.candidateTitle.setText(item.label)
        for work in item.work:
            b = QPushButton(f"Open {work.label}", f.workHost)
            b.setProperty("kind", "tool")
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip("Opens the file or link; it may show who the candidate is")
            b.clicked.connect(lambda _c=False, ref=work.ref: self.open_work(ref))
            f.workHostLayout.addWidget(b)
        f.workHostLayout.addStretch(1)
        grade = item.grades.get(c.key)
        self.picker.set_value(grade.value if grade is not None else None)
        f.noteEdit.setPlainText(grade.note if grade is not None else "")
        editable = not item.final and c.key in item.applies
        self.picker.setEnabled(editable)
        f.noteEdit.setReadOnly(not editable)
        f.finalLabel.setVisible(item.final)
        f.finalLabel.setText(f"Your scorecard for {item.label} is submitted and final.")

    def rate(self, value: Any) -> bool:
        """Grade the current candidate on the current criterion (one undo step)."""
        item = self.current
        if item is None or item.final or self.criterion.key not in item.applies:
            return False
        return self._write(item, value, self.form.noteEdit.toPlainText())

    def _save_note(self) -> None:
        """The note typed for the candidate shown, kept with their grade (one undo step)."""
        if self.blind_pass is None or self._shown is None:
            return
        item, note = self.blind_pass.item(self._shown), self.form.noteEdit.toPlainText()
        if item.final or self.criterion.key not in item.applies:
            return
        grade = item.grades.get(self.criterion.key) or Grade()
        if note.strip() != (grade.note or "").strip():
            self._write(item, grade.value, note)

    def _write(self, item: BlindItem, value: Any, note: str) -> bool:
        assert self.blind_pass is not None
        try:
            record(self.stack, GradeBlind(self.db, through_changes, self.blind_pass,
                                          item.letter, self.criterion.key, value, note))
        except HirefileError as exc:
            set_message(self.form.messageLabel, exc.message)
            self._reread()
            return False
        self.changed = True
        set_message(self.form.messageLabel, "")
        self._reread()
        return True

    def _reread(self) -> None:
        """One's grades again (after a grade, an undo or a redo); letters and order stay."""
        if self.blind_pass is None:
            return
        with self.db.reader() as s:
            self.blind_pass = blind.with_grades(s, self.blind_pass)
        lst = self.form.candidateList
        row = lst.currentRow()
        for i, item in enumerate(self.blind_pass.items):
            lst.item(i).setText(self._row_item(item).text())
        if self.form.pages.currentWidget() is self.form.gradePage:
            self.picker_value_from(row)

    def picker_value_from(self, row: int) -> None:
        if self.blind_pass is None or self.picker is None or not 0 <= row < len(
                self.blind_pass.items):
            return
        grade = self.blind_pass.items[row].grades.get(self.criterion.key)
        self.picker.blockSignals(True)
        self.picker.set_value(grade.value if grade is not None else None)
        self.picker.blockSignals(False)

    def _step(self, step: Any) -> None:
        if self.stack is None:
            return
        refused = step(self.stack)
        if refused is not None:
            set_message(self.form.messageLabel, refused.message)
        self._reread()
        self._show_candidate()

    def step_candidate(self, delta: int) -> bool:
        """The next (or previous) candidate graded on this criterion; False at an end."""
        if self.blind_pass is None:
            return False
        lst = self.form.candidateList
        i = lst.currentRow() + delta
        while 0 <= i < lst.count() and self.criterion.key not in self.blind_pass.items[i].applies:
            i += delta
        if not 0 <= i < lst.count():
            set_message(self.form.messageLabel,
                        "That was the last candidate: Enter goes to the next question"
                        if delta > 0 else "That was the first candidate", notice=True)
            return False
        lst.setCurrentRow(i)
        return True

    def next_criterion(self) -> None:
        if self.blind_pass is None:
            return
        self._save_note()
        if self.index + 1 >= len(self.blind_pass.criteria):
            self.finish()
            return
        self.index += 1
        set_message(self.form.messageLabel, "")
        self._show_criterion(select=0)

    def previous_criterion(self) -> None:
        if self.blind_pass is None or self.index == 0:
            return
        self._save_note()
        self.index -= 1
        self._show_criterion(select=0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        f = self.form
        if watched is f.noteEdit:
            if event.key() == Qt.Key.Key_Escape:
                f.candidateList.setFocus()
                return True
            return False
        if watched is not f.candidateList or self.blind_pass is None:
            return False
        for keys, step in ((QKeySequence.StandardKey.Undo, undo_safely),
                           (QKeySequence.StandardKey.Redo, redo_safely)):
            if event.matches(keys):
                self._step(step)
                return True
        text, key = event.text().lower(), event.key()
        if self.picker is not None and text and text in "01234" and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier):
            if self.picker.has_key(text):
                value = self.picker.value_for_key(text)
                self.picker.set_value(value)
                self.rate(value)
            return True
        if text in ("n", "p"):
            self.step_candidate(1 if text == "n" else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_criterion()
            return True
        return False

    def open_work(self, ref: str) -> None:
        assert self.blind_pass is not None
        try:
            with self.db.reader() as s:
                target = blind_grading.open_work(s, self.blind_pass, ref)
        except HirefileError as exc:
            set_message(self.form.messageLabel, exc.message)
            return
        url = QUrl.fromLocalFile(str(target)) if isinstance(target, Path) else QUrl(target)
        QDesktopServices.openUrl(url)

    # the end ------------------------------------------------------------------------------------

    def finish(self) -> None:
        """Reveal who was who, with one's grades side by side."""
        assert self.blind_pass is not None
        with self.db.reader() as s:
            self.blind_pass = blind.with_grades(s, self.blind_pass)
            self.revealed = blind_grading.reveal(s, self.blind_pass)
        f = self.form
        f.pages.setCurrentWidget(f.summaryPage)
        f.headline.setText(f"Blind review · {isolate(self.role_title)} · names revealed")
        f.blindNote.hide()
        f.nextButton.hide()
        f.backButton.hide()
        f.closeButton.setText("Done")
        f.closeButton.setDefault(True)
        self._fill_summary()
        set_message(f.messageLabel, "")

    def _fill_summary(self) -> None:
        assert self.blind_pass is not None
        drafts = fill_summary(self.form, self.blind_pass, self.revealed)
        self.form.submitButton.setVisible(drafts > 0)

    def submit_all(self) -> bool:
        """Submit the complete drafts of this pass (final, confirmed)."""
        if self.blind_pass is None:
            return False
        drafts = sum(1 for row in self.revealed if row.grades and not row.final)
        if not drafts or not ask.confirm_submit_all(self, drafts):
            return False
        try:
            with self.db.session() as s:
                done = blind_grading.submit_all(s, self.blind_pass)
        except HirefileError as exc:
            set_message(self.form.messageLabel, exc.message)
            return False
        self.submitted = self.submitted or bool(done.done)
        with self.db.reader() as s:
            self.blind_pass = blind.with_grades(s, self.blind_pass)
            self.revealed = blind_grading.reveal(s, self.blind_pass)
        self._fill_summary()
        message = submitted_message(done, self.revealed)
        set_message(self.form.messageLabel, message, notice=not done.problems)
        return bool(done.done)

    def reject(self) -> None:
        if self.form.pages.currentWidget() is self.form.gradePage:
            self._save_note()
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace, role_id: str, *,
            stage_id: str | None = None, kind: StepKind | None = None,
            stack: QUndoStack | None = None) -> str | None:
        """Run a pass; "submitted" (final writes), "graded" (undo steps) or None."""
        dialog = cls(parent, db, role_id, stage_id=stage_id, kind=kind, stack=stack)
        try:
            dialog.exec()
            if dialog.submitted:
                return "submitted"
            return "graded" if dialog.changed else None
        finally:
            dialog.deleteLater()
