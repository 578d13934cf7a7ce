"""The portfolio review form: what was read (links at a commit), the checklist, a rating.

Reading a candidate's public work replaces or precedes a timed test, so the form records
exactly what was looked at — a repository changes, a commit does not — and the seven-item
checklist founders use to judge code they did not ask for. Reopening it edits the viewer's own
latest review of the application instead of starting another.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from hirefile.domain.vocab import CheckResult, PortfolioCheck
from hirefile.errors import HirefileError, ValidationError
from hirefile.services import assessments, listing
from hirefile.services.assessments import ReviewData, ReviewDraft
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess.common import chain_tabs, ensure_viewer, label, set_message, viewer_id
from hirefile.ui.assess.segmented import Segmented, check_picker, rating_picker
from hirefile.ui.assess.style import style_sheet
from hirefile.ui.commands.assess import SaveReview
from hirefile.ui.commands.base import record, through_changes
from hirefile.ui.common import set_flag, show_text
from hirefile.ui.generated.ui_review import Ui_ReviewDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate


class UrlRow(QWidget):
    """One link that was reviewed and the commit or version read."""

    def __init__(self, parent: QWidget | None = None, url: str = "", ref: str = "") -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.url = QLineEdit(url, self)
        self.url.setPlaceholderText("https://github.com/… (repository, paper, notebook)")
        self.url.setAccessibleName("Link reviewed")
        self.ref = QLineEdit(ref, self)
        self.ref.setPlaceholderText("commit or version")
        self.ref.setAccessibleName("Commit or version")
        self.ref.setMaximumWidth(200)
        self.remove = QToolButton(self)
        self.remove.setText("Remove")
        self.remove.setProperty("kind", "tool")
        self.remove.setAccessibleName("Remove this link")
        lay.addWidget(self.url, 1)
        lay.addWidget(self.ref)
        lay.addWidget(self.remove)


class ReviewDialog(QDialog):
    """Write (or edit one's own) portfolio review of one application."""

    def __init__(self, parent: QWidget | None, db: Workspace, application_id: str, *,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ReviewDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.db = db
        #: The window's undo stack: saving is one step on it.
        self.stack = stack
        self.application_id = application_id
        self.saved = False
        self.url_rows: list[UrlRow] = []
        self.checks: dict[PortfolioCheck, tuple[Segmented, QLineEdit]] = {}
        f = self.form
        f.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f.statusChip.hide()
        with db.reader() as s:
            row = listing.application_rows(s, [application_id]).get(application_id)
            mine = [r for r in assessments.reviews(s, application_id)
                    if r.reviewer == db.identity.name]
        self.existing: ReviewData | None = mine[-1] if mine else None
        self.setWindowTitle(f"Portfolio review — {isolate(row.candidate) if row else ''}")
        f.headline.setText(f"Portfolio review · {isolate(row.candidate) if row else ''}")
        f.subtitle.setText(row.role if row else "")
        self.rating = rating_picker(f.ratingHost, accessible="Overall rating")
        f.ratingHostLayout.addWidget(self.rating)
        self._build_checks()
        f.reviewerLabel.setText(db.identity.name)
        self._show(self.existing)
        f.addUrlButton.clicked.connect(lambda: self.add_url().url.setFocus())
        f.saveButton.clicked.connect(self.save)
        f.cancelButton.clicked.connect(self.reject)
        self._chain()

    def _build_checks(self) -> None:
        host = self.form.checksHost
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for r, item in enumerate(PortfolioCheck):
            grid.addWidget(label(item.label, None, host), r, 0)
            picker = check_picker(host, accessible=item.label)
            note = QLineEdit(host)
            note.setPlaceholderText("Note")
            note.setAccessibleName(f"Note on {item.label}")
            grid.addWidget(picker, r, 1)
            grid.addWidget(note, r, 2)
            self.checks[item] = (picker, note)
        grid.setColumnStretch(2, 1)
        self.form.checksHostLayout.addLayout(grid)

    def _show(self, review: ReviewData | None) -> None:
        f = self.form
        for url, ref in (review.urls if review else ()) or (("", ""),):
            self.add_url(url, ref)
        f.lookedEdit.setPlainText(review.looked_at if review else "")
        for item, (picker, note) in self.checks.items():
            result, text = review.checks.get(item, (CheckResult.NA, "")) if review else \
                (CheckResult.NA, "")
            picker.set_value(result)
            note.setText(text)
        self.rating.set_value(review.rating if review else None)
        f.notesEdit.setPlainText(review.notes if review else "")
        day = review.reviewed_on if review else date.today()
        f.dateEdit.setDate(QDate(day.year, day.month, day.day))
        f.saveButton.setText("&Save changes" if review else "&Save review")

    def add_url(self, url: str = "", ref: str = "") -> UrlRow:
        row = UrlRow(self.form.urlsHost, url, ref)
        row.remove.clicked.connect(lambda _c=False, r=row: self._remove_url(r))
        self.form.urlsHostLayout.addWidget(row)
        self.url_rows.append(row)
        self._chain()
        return row

    def _remove_url(self, row: UrlRow) -> None:
        self.url_rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        if not self.url_rows:
            self.add_url()
        self._chain()

    def _chain(self) -> None:
        f = self.form
        chain_tabs([w for r in self.url_rows for w in (r.url, r.ref, r.remove)]
                   + [f.addUrlButton, f.lookedEdit]
                   + [w for p, n in self.checks.values() for w in (p, n)]
                   + [self.rating, f.notesEdit, f.dateEdit, f.cancelButton, f.saveButton])

    def draft(self) -> ReviewDraft:
        f = self.form
        day = f.dateEdit.date()
        return ReviewDraft(
            urls=[(r.url.text(), r.ref.text()) for r in self.url_rows],
            looked_at=f.lookedEdit.toPlainText(),
            checks={item: (CheckResult(p.value() or CheckResult.NA), n.text())
                    for item, (p, n) in self.checks.items()},
            rating=self.rating.value(), notes=f.notesEdit.toPlainText(),
            reviewed_on=date(day.year(), day.month(), day.day()))

    def save(self) -> bool:
        f = self.form
        for w in (f.urlsError, f.ratingError):
            show_text(w, "")
        for r in self.url_rows:
            set_flag(r.url, "invalid", False)
        set_message(f.messageLabel, "")
        try:
            ensure_viewer(self.db)
            record(self.stack, SaveReview(
                self.db, through_changes, self.application_id, viewer_id(self.db),
                self.draft(), self.existing.id if self.existing else None))
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
        f = self.form
        if error.field == "urls":
            show_text(f.urlsError, error.message)
            bad = next((r for r in self.url_rows if r.url.text().strip()), None) or \
                (self.url_rows[0] if self.url_rows else None)
            if bad is not None:
                set_flag(bad.url, "invalid", True)
                bad.url.setFocus()
        elif error.field == "rating":
            show_text(f.ratingError, error.message)
            self.rating.setFocus()
        else:
            set_message(f.messageLabel, error.message)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace, application_id: str, *,
            stack: QUndoStack | None = None) -> bool:
        """Show the form; True when the review was saved."""
        dialog = cls(parent, db, application_id, stack=stack)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
