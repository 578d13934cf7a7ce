"""The culture assessment form: each dimension rated only with written evidence.

Culture is the judgement most prone to gut feeling ("not a fit"), so the service refuses a
rating without evidence; the form shows that refusal under the dimension concerned and takes
the person straight to its evidence field. Reopening it edits the viewer's own latest
assessment of the application.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QPlainTextEdit, QWidget

from hirefile.domain.vocab import CultureDimension
from hirefile.errors import HirefileError, ValidationError
from hirefile.services import assessments, listing
from hirefile.services.assessments import CultureData
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess.common import (
    chain_tabs,
    ensure_viewer,
    label,
    set_message,
    text_edit,
    viewer_id,
)
from hirefile.ui.assess.segmented import Segmented, rating_picker
from hirefile.ui.assess.style import style_sheet
from hirefile.ui.commands.assess import SaveCulture
from hirefile.ui.commands.base import record, through_changes
from hirefile.ui.common import set_flag, show_text
from hirefile.ui.generated.ui_culture import Ui_CultureDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

#: What to look for, in a line (the form's guide; the service only knows the dimensions).
GUIDE: dict[CultureDimension, str] = {
    CultureDimension.COMMUNICATION: "Explains clearly, listens, adapts to who is listening",
    CultureDimension.OWNERSHIP: "Owns outcomes, failures included; no blaming",
    CultureDimension.TEAM_PLAY: "Credits others, helps, disagrees constructively",
    CultureDimension.SELF_MOTIVATION: "Starts and finishes things without being pushed",
    CultureDimension.BEYOND: "Went out of their way to provide value",
    CultureDimension.PACE: "A rhythm that fits a small team shipping often",
    CultureDimension.AUTONOMY: "Makes progress with little direction, asks when it matters",
    CultureDimension.COLLABORATION: "Works in the open: pairs, reviews, shares early",
}
WORKING_STYLE = (CultureDimension.PACE, CultureDimension.AUTONOMY,
                 CultureDimension.COLLABORATION)
_PREFIX = "Working style: "


class DimensionRow(QFrame):
    """One dimension: rating, evidence, and where a refusal shows."""

    def __init__(self, dim: CultureDimension, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dim = dim
        self.setProperty("kind", "card")
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        name = dim.label.removeprefix(_PREFIX).capitalize() if dim in WORKING_STYLE \
            else dim.label
        self.title = label(name, "fieldTitle", self)
        self.guide = label(GUIDE[dim], "hint", self, wrap=True)
        self.picker: Segmented = rating_picker(self, accessible=f"Rating for {dim.label}")
        self.evidence: QPlainTextEdit = text_edit(
            "Evidence: what did the candidate say or do that shows it?", self, height=48,
            accessible=f"Evidence for {dim.label}")
        self.error = label("", "fieldError", self, wrap=True)
        self.error.hide()
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.guide, 1, 0)
        grid.addWidget(self.picker, 0, 1, 2, 1, Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.evidence, 2, 0, 1, 2)
        grid.addWidget(self.error, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)


class CultureDialog(QDialog):
    """Assess (or edit one's own assessment of) culture and collaboration for an application."""

    def __init__(self, parent: QWidget | None, db: Workspace, application_id: str, *,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CultureDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.db = db
        #: The window's undo stack: saving is one step on it.
        self.stack = stack
        self.application_id = application_id
        self.saved = False
        self.rows: dict[CultureDimension, DimensionRow] = {}
        f = self.form
        f.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f.statusChip.hide()
        with db.reader() as s:
            row = listing.application_rows(s, [application_id]).get(application_id)
            mine = [c for c in assessments.culture(s, application_id)
                    if c.assessor == db.identity.name]
        self.existing: CultureData | None = mine[-1] if mine else None
        who = row.candidate if row else ""
        self.setWindowTitle(f"Culture assessment — {isolate(who)}")
        f.headline.setText(f"Culture and collaboration · {isolate(who)}")
        f.subtitle.setText(row.role if row else "")
        host, lay = f.dimensionsHost, f.dimensionsHostLayout
        for dim in CultureDimension:
            if dim is WORKING_STYLE[0]:
                lay.addWidget(label("Working style", "sectionTitle", host))
            self.rows[dim] = DimensionRow(dim, host)
            lay.addWidget(self.rows[dim])
        f.assessorLabel.setText(db.identity.name)
        self._show(self.existing)
        f.saveButton.clicked.connect(self.save)
        f.cancelButton.clicked.connect(self.reject)
        chain_tabs([w for r in self.rows.values() for w in (r.picker, r.evidence)]
                   + [f.summaryEdit, f.dateEdit, f.cancelButton, f.saveButton])

    def _show(self, data: CultureData | None) -> None:
        f = self.form
        for dim, row in self.rows.items():
            value, evidence = data.ratings.get(dim, (None, "")) if data else (None, "")
            row.picker.set_value(value)
            row.evidence.setPlainText(evidence)
        f.summaryEdit.setPlainText(data.summary if data else "")
        day = data.assessed_on if data else date.today()
        f.dateEdit.setDate(QDate(day.year, day.month, day.day))
        f.saveButton.setText("&Save changes" if data else "&Save assessment")

    def ratings(self) -> dict[CultureDimension, tuple[int | None, str]]:
        return {d: (r.picker.value(), r.evidence.toPlainText()) for d, r in self.rows.items()}

    def save(self) -> bool:
        f = self.form
        show_text(f.ratingsError, "")
        set_message(f.messageLabel, "")
        for row in self.rows.values():
            show_text(row.error, "")
            set_flag(row.evidence, "invalid", False)
        day = f.dateEdit.date()
        try:
            ensure_viewer(self.db)
            record(self.stack, SaveCulture(
                self.db, through_changes, self.application_id, viewer_id(self.db),
                self.ratings(), f.summaryEdit.toPlainText(),
                assessed_on=date(day.year(), day.month(), day.day()),
                assessment_id=self.existing.id if self.existing else None))
        except ValidationError as exc:
            self.show_error(exc)
            return False
        except HirefileError as exc:
            set_message(f.messageLabel, exc.message)
            return False
        self.saved = True
        self.accept()
        return True

    def show_error(self, error: ValidationError) -> None:
        """At the dimension the service names (its value), else above the dimensions."""
        f = self.form
        row = next((r for d, r in self.rows.items() if d.value == error.field), None)
        if row is None:
            show_text(f.ratingsError, error.message)
            return
        show_text(row.error, error.message)
        set_flag(row.evidence, "invalid", True)
        row.evidence.setFocus()
        QTimer.singleShot(0, self, lambda: f.scroll.ensureWidgetVisible(row, 40, 60))

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace, application_id: str, *,
            stack: QUndoStack | None = None) -> bool:
        """Show the form; True when the assessment was saved."""
        dialog = cls(parent, db, application_id, stack=stack)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
