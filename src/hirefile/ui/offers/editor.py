"""The offer editor: terms with live warnings, the letter's text, and the status history.

The layout is forms/offer_editor.ui. The dialog never writes: `ask_new` and `ask_edit` return
what was chosen (`NewOffer`, `OfferEdit`) and the Offers page applies it as one undo step, so
tests stub the two class methods. Every change re-reads the form, checks it with the offer
service (errors beside their fields, warnings in the amber banner: outside the role's range,
below the candidate's expectation, another currency or period) and re-checks the letter's
placeholders against the terms as typed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QButtonGroup, QDialog, QWidget

from hirefile.domain import limits
from hirefile.domain import offers as rules
from hirefile.domain.offers import EDITABLE_STATUSES, OfferTerms
from hirefile.domain.roles import Issue
from hirefile.domain.vocab import OfferStatus
from hirefile.errors import HirefileError, ValidationError
from hirefile.services import offers
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.commands.offers import OfferEdit
from hirefile.ui.common import limit_fields, set_flag, show_text, tone_chip
from hirefile.ui.generated.ui_offer_editor import Ui_OfferEditor
from hirefile.ui.models.columns import Column, when_text
from hirefile.ui.models.rows import RowListModel
from hirefile.ui.offers import terms as tf
from hirefile.ui.offers.context import OfferContext, letter_values, read_context
from hirefile.ui.offers.style import STATUS_TONES, set_tone, status_tone, style_sheet
from hirefile.ui.pages.tables import configure_table
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.sharing.stamps import stamp_line_under
from hirefile.ui.text import isolate

#: How long a new offer stays open unless the founder says otherwise.
DEFAULT_OPEN_DAYS = 14


@dataclass(frozen=True)
class NewOffer:
    """A new offer as the editor filled it in, for `CreateOffer`."""

    application_id: str
    candidate_name: str
    terms: OfferTerms
    letter_body: str | None


@dataclass(frozen=True)
class HistoryRow:
    """One status change, as the History tab lists it."""

    id: str
    status: OfferStatus
    at: datetime
    by: str
    note: str


HISTORY_COLUMNS: tuple[Column, ...] = (
    Column("Status", lambda r: r.status.label, 120, tone=lambda r: status_tone(r.status),
           emphasis=True),
    Column("When", lambda r: when_text(r.at), 200),
    Column("By", lambda r: r.by, 170),
    Column("Note", lambda r: r.note, 300, stretch=True),
)


class OfferEditor(QDialog):
    """Edits one offer (or a new one for an application); read-only once it is sent."""

    def __init__(self, parent: QWidget | None, db: Workspace, *,
                 application_id: str | None = None, offer_id: str | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.form = f = Ui_OfferEditor()
        f.setupUi(self)
        fit_to_screen(self)
        limit_fields(f, {"baseEdit": limits.AMOUNT_TEXT, "bonusEdit": limits.AMOUNT_TEXT,
                         "bonusNoteEdit": "bonus_note"})
        theme.keep_style(self, style_sheet)
        self._db = db
        self.stamp_line = stamp_line_under(f.subtitle)  # who drafted and last changed it
        self._today = today or date.today()
        with db.reader() as s:
            self.ctx: OfferContext = read_context(
                s, application_id=application_id, offer_id=offer_id, today=self._today)
            start = self.ctx.offer.terms if self.ctx.offer else offers.new_terms(
                s, self.ctx.application_id)
        if self.ctx.offer is None and start.expires_on is None:
            start = replace(start, expires_on=self._today + timedelta(days=DEFAULT_OPEN_DAYS))
        self.terms: OfferTerms | None = start
        self.issues: list[Issue] = []
        self.warnings: list[str] = []
        self.result_value: NewOffer | OfferEdit | None = None
        self.equity_group = QButtonGroup(self)
        for radio in (f.noEquityRadio, f.optionsRadio, f.percentRadio):
            self.equity_group.addButton(radio)
        self.history = RowListModel(HISTORY_COLUMNS, self)
        configure_table(f.historyTable, self.history)
        self.save_action = QAction("Save", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.addAction(self.save_action)
        tf.fill_choices(f, self.ctx.default_currency)
        self._show_context()
        tf.show_terms(f, start)
        self._show_letter()
        self._connect()
        self._changed()
        self.resize(1000, 740)
        f.tabs.setCurrentIndex(0)
        f.baseEdit.setFocus()

    # showing ---------------------------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        return self.ctx.offer is None

    @property
    def read_only(self) -> bool:
        return self.ctx.offer is not None and self.ctx.offer.status not in EDITABLE_STATUSES

    def _show_context(self) -> None:
        f, ctx, o = self.form, self.ctx, self.ctx.offer
        status = o.status if o else OfferStatus.DRAFT
        self.setWindowTitle(f"{'New offer' if o is None else 'Offer'} — "
                            f"{isolate(ctx.candidate_name)}")
        f.headline.setText(isolate(ctx.candidate_name))  # starts at the left in any script
        tone_chip(f.statusChip, "New draft" if o is None else status.label,
                  STATUS_TONES[status])
        f.subtitle.setText(f"{isolate(ctx.role_title)} · in {isolate(ctx.stage)}")
        self.stamp_line.show_for(self._db, "offer", o.id if o else None)
        parts = []
        if ctx.role_range:
            parts.append(f"Role's range: <b>{html.escape(ctx.role_range, quote=False)}</b>")
        if ctx.expectation:  # not led by the name: an Arabic name would turn the line RTL
            parts.append("Candidate's expectation: "
                         f"<b>{html.escape(ctx.expectation, quote=False)}</b>")
        show_text(f.contextLabel, " &nbsp;·&nbsp; ".join(parts))
        show_text(f.infoLabel, self._status_note())
        f.infoBanner.setVisible(bool(f.infoLabel.text()))
        self.history.set_rows([HistoryRow(f"{i}", e.status, e.at, e.by, e.note or "")
                               for i, e in enumerate(o.events if o else ())])
        f.tabs.setTabText(2, f"&History ({len(o.events)})" if o else "&History")
        f.tabs.setTabEnabled(2, o is not None)
        f.saveButton.setText("Create offer" if o is None else "Save offer")
        if self.read_only:
            f.saveButton.hide()
            f.cancelButton.setText("Close")
            for child in f.termsPage.findChildren(QWidget):
                child.setEnabled(False)
            f.letterEditor.set_read_only(True)

    def _status_note(self) -> str:
        o = self.ctx.offer
        if o is None:
            return ""
        if o.status is OfferStatus.APPROVED:
            who = f" by {isolate(html.escape(o.approved_by, quote=False))}" if o.approved_by else ""
            when = f" on {rules.date_text(o.approved_at.date())}" if o.approved_at else ""
            return (f"Approved{who}{when}. Changing the terms sends it back to draft for a "
                    "new approval.")
        if o.status is OfferStatus.SENT:
            return ("This offer was sent, so its terms can no longer change. To change them, "
                    "withdraw it and make a new offer.")
        if o.status not in EDITABLE_STATUSES:
            return f"This offer was {o.status.label.lower()}; that is final."
        return ""

    def _show_letter(self) -> None:
        ctx, o = self.ctx, self.ctx.offer
        editor = self.form.letterEditor
        editor.set_text((o.letter_body if o else None) or ctx.company_template)
        editor.set_reset("Use the company template", ctx.company_template,
                         "Replace this letter's text with the company's template "
                         "(File → Company profile)")

    def _connect(self) -> None:
        f = self.form
        for edit in (f.baseEdit, f.bonusEdit, f.bonusNoteEdit):
            edit.textChanged.connect(self._changed)
        for combo in (f.currencyCombo, f.periodCombo):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (f.optionsSpin, f.percentSpin, f.vestingSpin, f.cliffSpin):
            spin.valueChanged.connect(self._changed)
        for date_edit in (f.startEdit, f.expiresEdit):
            date_edit.dateChanged.connect(self._changed)
        f.notesEdit.textChanged.connect(self._changed)
        self.equity_group.buttonToggled.connect(self._equity_toggled)
        f.letterEditor.sig_changed.connect(self._update_footer)
        f.saveButton.clicked.connect(self.accept)
        f.cancelButton.clicked.connect(self.reject)
        self.save_action.triggered.connect(self.accept)

    def _equity_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            tf.show_equity_kind(self.form)
            self._changed()

    # checking --------------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        """Read the form, check it with the service, show what is wrong or worth a look."""
        f = self.form
        self.form.bonusCurrency.setText(f.currencyCombo.currentText())
        self.terms, self.issues = tf.read_terms(f)
        self.warnings = []
        if self.terms is not None:
            try:
                with self._db.reader() as s:
                    self.warnings = offers.check_offer(s, self.ctx.application_id, self.terms)
            except ValidationError as exc:
                self.issues = [Issue(exc.field or "", exc.message)]
        self._show_issues()
        f.equitySummary.setText(tf.equity_summary(self.terms))
        f.letterEditor.set_values(letter_values(self.ctx, self.terms))
        self._update_footer()

    def _show_issues(self) -> None:
        f = self.form
        messages: dict[str, list[str]] = {}
        tinted: set[str] = set()
        for issue in self.issues:
            widgets, label = tf.ISSUE_AT.get(issue.field, ((), "baseError"))
            messages.setdefault(label, []).append(issue.message)
            tinted.update(widgets)
        for _field, (widgets, label) in tf.ISSUE_AT.items():
            show_text(getattr(f, label), "\n".join(messages.get(label, [])))
            for name in widgets:
                set_flag(getattr(f, name), "invalid", name in tinted)
        pay_warning = any("range" in w or "expectation" in w for w in self.warnings)
        set_flag(f.baseEdit, "warning", pay_warning and "baseEdit" not in tinted)
        lines = "<br>".join(html.escape(w, quote=False) for w in self.warnings)
        f.warningLabel.setText(lines)
        f.warningBanner.setVisible(bool(self.warnings) and not self.read_only)

    def _update_footer(self) -> None:
        f = self.form
        if self.read_only:
            f.footerMessage.setText("")
            return
        errors = [i for i in self.issues if i.error]
        f.saveButton.setEnabled(not errors)
        letter = f.letterEditor
        if errors:
            text = "Correct the terms to save: " + errors[0].message.rstrip(".")
        elif letter.has_problems:
            text = "The letter has placeholders to check (Letter tab); you can still save."
        else:
            text = ""
        set_tone(f.footerMessage, "fieldError" if errors else "note", "kind")
        f.footerMessage.setText(text)  # never hidden: it holds the buttons to the right

    # the result ------------------------------------------------------------------------------

    def letter_body(self) -> str | None:
        """The letter's own text, or None when it is the company's template (so later changes
        to the template reach this offer too)."""
        text = self.form.letterEditor.text()
        if text.strip() == self.ctx.company_template.strip() or not text.strip():
            return None
        return text

    def accept(self) -> None:
        if self.read_only:
            super().reject()
            return
        self._changed()
        if self.terms is None or any(i.error for i in self.issues):
            self.form.tabs.setCurrentIndex(0)
            self._focus_first_issue()
            return
        o = self.ctx.offer
        if o is None:
            self.result_value = NewOffer(self.ctx.application_id, self.ctx.candidate_name,
                                         self.terms, self.letter_body())
        else:
            self.result_value = OfferEdit(o.id, o.candidate_name, o.status, o.terms,
                                          self.terms, o.letter_body, self.letter_body(),
                                          o.version)
        super().accept()

    def _focus_first_issue(self) -> None:
        for issue in self.issues:
            widgets, _label = tf.ISSUE_AT.get(issue.field, (("baseEdit",), ""))
            if widgets:
                getattr(self.form, widgets[0]).setFocus()
                return

    # asking ----------------------------------------------------------------------------------

    @classmethod
    def ask_new(cls, parent: QWidget | None, db: Workspace,
                application_id: str) -> NewOffer | None:
        """Fill in a new offer for an application; None when cancelled."""
        result = cls._run(parent, db, application_id=application_id)
        return result if isinstance(result, NewOffer) else None

    @classmethod
    def ask_edit(cls, parent: QWidget | None, db: Workspace, offer_id: str) -> OfferEdit | None:
        """Edit (or, once sent, view) an offer; None when cancelled or nothing changed."""
        result = cls._run(parent, db, offer_id=offer_id)
        if isinstance(result, OfferEdit) and (result.terms_changed or result.body_changed):
            return result
        return None

    @classmethod
    def _run(cls, parent: QWidget | None, db: Workspace,
             **which: Any) -> NewOffer | OfferEdit | None:
        try:
            dialog = cls(parent, db, **which)
        except HirefileError as exc:  # the offer or application went away meanwhile
            from hirefile.ui import messages

            messages.show_problem(parent, "Offer", exc.message)
            return None
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.result_value if accepted else None
        dialog.deleteLater()
        return value
