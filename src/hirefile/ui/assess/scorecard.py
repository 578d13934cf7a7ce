"""The scorecard editor: one interviewer's ratings, evidence and recommendation for one interview.

Writing happens in the person's own time, so a draft can be saved and continued. Submitting is
final and unseals the others' feedback, so it is confirmed, and the service's rules are
checked first (a dry run that is rolled back) so that a refusal shows at its field before the
person is asked to confirm anything.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hirefile.domain.anchors import SCALE
from hirefile.domain.vocab import Axis, Rating, ScorecardStatus
from hirefile.errors import HirefileError, ValidationError
from hirefile.services import anchors, interviews
from hirefile.services import scorecards as sc
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess import ask
from hirefile.ui.assess.common import (
    chain_tabs,
    ensure_viewer,
    label,
    set_message,
    status_chip,
    text_edit,
    viewer_id,
    when_text,
)
from hirefile.ui.assess.same_day import SameDayNote
from hirefile.ui.assess.segmented import Segmented, rating_picker
from hirefile.ui.assess.style import style_sheet
from hirefile.ui.commands.assess import SaveScorecardDraft
from hirefile.ui.commands.base import record, through_changes
from hirefile.ui.common import set_flag, show_text
from hirefile.ui.generated.ui_scorecard import Ui_ScorecardDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate


class _DryRun(Exception):
    """Raised inside a session to roll a trial submit back."""


class AxisRow(QFrame):
    """One axis: its rating, what that rating looks like on this axis (the anchor of the
    rating chosen, or of the one under the pointer; all four on demand) and the evidence."""

    def __init__(self, axis: Axis, parent: QWidget | None = None,
                 anchors: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.axis = axis
        self.anchors = anchors
        self.hovered: int | None = None
        self.setProperty("kind", "card")
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.title = label(axis.label, "fieldTitle", self)
        self.picker = rating_picker(self, accessible=f"Rating for {axis.label}")
        self.anchor = label("", "hint", self, wrap=True)
        self.anchor.setAccessibleName(f"What the rating looks like on {axis.label}")
        self.all_button = QToolButton(self)
        self.all_button.setText("All Anchors")
        self.all_button.setCheckable(True)
        self.all_button.setProperty("kind", "tool")
        self.all_button.setToolTip(f"What a 1, 2, 3 and 4 look like on {axis.label}")
        self.evidence = text_edit("Evidence: what did the candidate say or do?", self,
                                  height=52, accessible=f"Evidence for {axis.label}")
        self.error = label("", "fieldError", self, wrap=True)
        self.error.hide()
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.picker, 0, 1, Qt.AlignmentFlag.AlignRight)
        line = QHBoxLayout()
        line.setSpacing(10)
        line.addWidget(self.anchor, 1)
        line.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(line, 1, 0, 1, 2)
        grid.addWidget(self.evidence, 2, 0, 1, 2)
        grid.addWidget(self.error, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        has = bool(anchors)
        self.anchor.setVisible(has)
        self.all_button.setVisible(has)
        for i, b in enumerate(self.picker.buttons):
            value = self.picker.value_at(i)
            if has and value is not None:
                b.setToolTip(f"{b.toolTip()}\n{anchors[value - 1]}")
        self.picker.sig_changed.connect(self.show_anchor)
        self.picker.sig_hovered.connect(self._hovered)
        self.all_button.toggled.connect(self.show_anchor)
        self.show_anchor()

    def _hovered(self, index: int) -> None:
        value = self.picker.value_at(index) if index >= 0 else None
        self.hovered = value
        self.show_anchor()

    def anchor_text(self) -> str:
        """What the anchor line says now."""
        if not self.anchors:
            return ""
        if self.all_button.isChecked():
            return "\n".join(f"{r.value} {r.label}: {isolate(a)}"
                             for r, a in zip(SCALE, self.anchors, strict=False))
        value = self.hovered if self.hovered is not None else self.picker.value()
        if value is None:
            return "Choose or point at a rating to see what it looks like on this axis."
        return f"{value} {Rating(value).label}: {isolate(self.anchors[value - 1])}"

    def show_anchor(self, *_args: object) -> None:
        self.anchor.setText(self.anchor_text())


def question_box(question: str, anchors: tuple[str, ...], parent: QWidget
                 ) -> tuple[QWidget, QPlainTextEdit]:
    """One question asked: its text, what a 1–4 answer looks like, and the notes field."""
    box = QWidget(parent)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 4)
    lay.setSpacing(4)
    lay.addWidget(label(question, None, box, wrap=True))
    if anchors:
        lines = label("\n".join(f"{r.value} {r.label}: {isolate(a)}"
                                for r, a in zip(SCALE, anchors, strict=False)),
                      "hint", box, wrap=True)
        lines.setAccessibleName("What a 1, 2, 3 and 4 answer look like")
        lay.addWidget(lines)
    edit = text_edit("Your notes on the answer", box, height=40, accessible=question)
    lay.addWidget(edit)
    return box, edit


class ScorecardDialog(QDialog):
    """Edit (or, once submitted, read) the viewer's scorecard for one interview."""

    def __init__(self, parent: QWidget | None, db: Workspace, interview_id: str, *,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ScorecardDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.db = db
        #: The window's undo stack: each saved draft is a step on it; a submit is final.
        self.stack = stack
        self.interview_id = interview_id
        self.submitted = False
        self.changed = False  # anything written (a draft or the submit)
        self._dirty = False
        self.rows: dict[Axis, AxisRow] = {}
        self.notes: dict[str, QPlainTextEdit] = {}
        # Opening writes nothing: the scorecard is made on the first save or submit, so a
        # cancelled dialog leaves no draft and no activity in the shared file.
        with db.reader() as s:
            self.interview = interviews.interview_data(s, interview_id)
            self.view = sc.blank(s, interview_id, viewer_id(db))
            self.axis_anchors = {a: scale.anchors
                                 for a, scale in anchors.axis_scales(s).items()}
            self.note_anchors = anchors.note_anchors(
                s, interview_id, [n for n, _q, _note in self.view.question_notes])
        self.card_id: str | None = self.view.id or None
        self.recommendation = rating_picker(self.form.recommendationHost, not_assessed=False,
                                            accessible="Overall recommendation")
        self.form.recommendationHostLayout.addWidget(self.recommendation)
        self.same_day = SameDayNote(db, viewer_id(db), self.card_id, self.form.recommendationHost)
        self.form.recommendationHostLayout.addWidget(self.same_day)
        self._build()
        self._show()
        self._connect()
        self._dirty = False

    # building ------------------------------------------------------------------------------

    def _build(self) -> None:
        f = self.form
        f.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f.headerRow.setAlignment(f.statusChip, Qt.AlignmentFlag.AlignTop)
        axes = [a for a in self.interview.axes if a in self.view.ratings] or \
            [a for a in Axis if a in self.view.ratings]
        for axis in axes:
            row = AxisRow(axis, f.ratingsHost, self.axis_anchors.get(axis, ()))
            f.ratingsHostLayout.addWidget(row)
            self.rows[axis] = row
        for note_id, question, _note in self.view.question_notes:
            box, edit = question_box(question, self.note_anchors.get(note_id, ()),
                                     f.questionsHost)
            f.questionsHostLayout.addWidget(box)
            self.notes[note_id] = edit
        has_questions = bool(self.notes)
        f.questionsTitle.setVisible(has_questions)
        f.questionsHost.setVisible(has_questions)
        chain_tabs([w for r in self.rows.values() for w in (r.picker, r.all_button, r.evidence)
                    if not w.isHidden()]
                   + list(self.notes.values())
                   + [self.recommendation, f.takeawaysEdit, f.privateEdit, f.closeButton,
                      f.saveButton, f.submitButton])

    def _show(self) -> None:
        f, v, i = self.form, self.view, self.interview
        self.setWindowTitle(f"Scorecard — {isolate(i.candidate)}")
        f.headline.setText(f"{isolate(i.title)} · {isolate(i.candidate)}")
        panel = ", ".join(name for _pid, name in i.panel)
        f.subtitle.setText(f"{isolate(i.role)} · {when_text(i.starts_at)} · {i.minutes} min"
                           + (f" · with {panel}" if panel else ""))
        for axis, row in self.rows.items():
            value, evidence = v.ratings.get(axis, (None, ""))
            row.picker.set_value(value)
            row.show_anchor()
            row.evidence.setPlainText(evidence)
        for note_id, _q, note in v.question_notes:
            self.notes[note_id].setPlainText(note)
        self.recommendation.set_value(v.recommendation)
        f.takeawaysEdit.setPlainText(v.takeaways)
        f.privateEdit.setPlainText(v.private_note)
        self._show_status(v.status)

    def _show_status(self, status: ScorecardStatus) -> None:
        f = self.form
        final = status is ScorecardStatus.SUBMITTED
        status_chip(f.statusChip, "Submitted" if final else "Draft", final)
        f.saveButton.setVisible(not final)
        f.submitButton.setVisible(not final)
        f.closeButton.setText("Close" if final else "Cancel")
        f.doneBanner.setVisible(final)
        f.doneText.setText("Submitted — final. The others' feedback on this candidate is open "
                           "to you. If something changes, add a note to the candidate.")
        for row in self.rows.values():
            row.picker.setEnabled(not final)
            row.evidence.setReadOnly(final)
        for edit in (*self.notes.values(), f.takeawaysEdit, f.privateEdit):
            edit.setReadOnly(final)
        self.recommendation.setEnabled(not final)
        self.same_day.update_for(None if final else self.recommendation.value())
        (f.closeButton if final else f.submitButton).setDefault(True)

    def _connect(self) -> None:
        f = self.form
        pickers: list[Segmented] = [r.picker for r in self.rows.values()]
        for p in (*pickers, self.recommendation):
            p.sig_changed.connect(self._edited)
        self.recommendation.sig_changed.connect(self.same_day.update_for)
        for edit in (*(r.evidence for r in self.rows.values()), *self.notes.values(),
                     f.takeawaysEdit, f.privateEdit):
            edit.textChanged.connect(self._edited)
        f.saveButton.clicked.connect(self.save_draft)
        f.submitButton.clicked.connect(self.submit)
        f.closeButton.clicked.connect(self.reject)

    def _edited(self, *_args: object) -> None:
        self._dirty = True

    # writing -------------------------------------------------------------------------------

    def draft(self) -> sc.ScorecardDraft:
        f = self.form
        return sc.ScorecardDraft(
            ratings={a: (r.picker.value(), r.evidence.toPlainText()) for a, r in
                     self.rows.items()},
            question_notes={nid: e.toPlainText() for nid, e in self.notes.items()},
            recommendation=self.recommendation.value(),
            takeaways=f.takeawaysEdit.toPlainText(), private_note=f.privateEdit.toPlainText())

    def save_draft(self) -> bool:
        self._clear_errors()
        try:
            self._write(self.draft())
        except HirefileError as exc:
            set_message(self.form.messageLabel, exc.message)
            return False
        self._dirty = False
        self.changed = True
        set_message(self.form.messageLabel, f"Draft saved at {datetime.now():%H:%M}",
                    notice=True)
        return True

    def submit(self) -> bool:
        """Check, confirm, submit; False when refused (shown at the field) or not confirmed."""
        self._clear_errors()
        draft = self.draft()
        try:
            self._write(draft, submit_it=True, dry_run=True)
        except _DryRun:
            pass
        except ValidationError as exc:
            self.show_error(exc)
            return False
        except HirefileError as exc:
            set_message(self.form.messageLabel, exc.message)
            return False
        if not ask.confirm_submit(self):
            return False
        try:
            self._write(draft, submit_it=True)
        except HirefileError as exc:
            set_message(self.form.messageLabel, exc.message)
            return False
        self.submitted = self.changed = True
        self._dirty = False
        self.accept()
        return True

    def _write(self, draft: sc.ScorecardDraft, *, submit_it: bool = False,
               dry_run: bool = False) -> None:
        """Save or submit (making the scorecard on its first write); a dry run is rolled
        back, so its refusal shows at the field before anything is asked or written."""
        ensure_viewer(self.db)
        if not submit_it:
            self.card_id = record(self.stack, SaveScorecardDraft(
                self.db, through_changes, self.interview_id, viewer_id(self.db), draft,
                f"{isolate(self.interview.title)}, {isolate(self.interview.candidate)}")).card_id
            return
        # Submitting is final (it unseals the others' feedback): not an undo step, and its
        # confirmation says it cannot be undone.
        with self.db.session() as s:
            card_id = sc.write(s, self.interview_id, viewer_id(self.db), draft,
                               submit_it=True)
            if dry_run:
                raise _DryRun
        self.card_id = card_id

    def _clear_errors(self) -> None:
        f = self.form
        for w in (f.ratingsError, f.recommendationError):
            show_text(w, "")
        for row in self.rows.values():
            show_text(row.error, "")
            set_flag(row.evidence, "invalid", False)
            row.picker.set_invalid(False)
        self.recommendation.set_invalid(False)
        set_message(f.messageLabel, "")

    def show_error(self, error: ValidationError) -> None:
        """The service's refusal, at the field it names."""
        f = self.form
        if error.field == "recommendation":
            show_text(f.recommendationError, error.message)
            self.recommendation.set_invalid(True)
            self._reveal(self.recommendation)
        elif error.field == "evidence":
            missing = [r for r in self.rows.values()
                       if r.picker.value() is not None and not r.evidence.toPlainText().strip()]
            for r in missing:
                set_flag(r.evidence, "invalid", True)
            if missing:
                show_text(missing[0].error, error.message)
                self._reveal(missing[0].evidence)
            else:
                show_text(f.ratingsError, error.message)
        elif error.field == "ratings":
            show_text(f.ratingsError, error.message)
            for r in self.rows.values():
                r.picker.set_invalid(True)
            if self.rows:
                self._reveal(next(iter(self.rows.values())).picker)
        else:
            set_message(f.messageLabel, error.message)

    def _reveal(self, widget: QWidget) -> None:
        """Focus the field and scroll it (and the message under it) into view, once the
        message has been laid out."""
        widget.setFocus()
        QTimer.singleShot(0, self, lambda: self.form.scroll.ensureWidgetVisible(widget, 40, 90))

    def reject(self) -> None:
        """Cancel, Escape or the window's close: offer to save a changed draft first."""
        if self._dirty and not self.submitted:
            answer = ask.unsaved(self, "your scorecard")
            if answer is None or (answer == "save" and not self.save_draft()):
                return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace, interview_id: str, *,
            stack: QUndoStack | None = None) -> str | None:
        """Open the editor; "submitted", "saved" (a draft written) or None (nothing written)."""
        dialog = cls(parent, db, interview_id, stack=stack)
        try:
            dialog.exec()
            if dialog.submitted:
                return "submitted"
            return "saved" if dialog.changed else None
        finally:
            dialog.deleteLater()

