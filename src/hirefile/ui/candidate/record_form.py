"""The candidate's fields (forms/candidate_record.ui), to and from a `CandidateDraft`.

The form checks what is typed with the domain's own `validate_candidate` (plus reading the
salary amount, which the domain receives as minor units) and shows each issue under its field.
On a new, untouched record the missing name is not shouted at the person before they start; it
only keeps Save disabled. What was loaded is kept as a snapshot of the widgets, so "unsaved
changes" means exactly "the form differs from the file".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from hirefile.domain import limits
from hirefile.domain.candidates import CandidateDraft, validate_candidate
from hirefile.domain.money import ISO_CURRENCIES
from hirefile.domain.roles import Issue
from hirefile.domain.vocab import PayPeriod, Source
from hirefile.ui.common import limit_fields, pass_undo_through, set_flag, show_text
from hirefile.ui.generated.ui_candidate_record import Ui_CandidateRecordForm
from hirefile.ui.roles.amounts import parse_pay, pay_text

Snapshot = tuple[object, ...]

#: Offered first in the currency list; the rest follow alphabetically.
COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "INR", "PLN", "SEK", "JPY")

#: Where each field's issues show: (widget to tint, label for the message).
_AT: dict[str, tuple[str, str]] = {
    "full_name": ("nameEdit", "nameError"),
    "email": ("emailEdit", "emailError"),
    "github_url": ("githubEdit", "githubError"),
    "linkedin_url": ("linkedinEdit", "linkedinError"),
    "expectation": ("amountEdit", "expectationError"),
    "expectation_currency": ("currencyCombo", "expectationError"),
    "referrer_name": ("referrerEdit", "referrerWarning"),
    "reach_out_on": ("reachOutDate", "reachOutWarning"),
    "links": ("linksEditor", "linksError"),
    "notes": ("notesEdit", "notesError"),
}
#: Fields whose change may reveal the same person twice (the duplicate check re-runs).
CONTACT_FIELDS = ("nameEdit", "emailEdit", "phoneEdit", "githubEdit", "linkedinEdit",
                  "linksEditor")


def parse_tags(text: str) -> list[str]:
    """`pytorch, NLP; pytorch` → `["pytorch", "NLP"]` (commas or semicolons, no repeats)."""
    seen: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


class RecordForm(QWidget):
    """Every editable field of a candidate, validated as it is typed."""

    #: Anything in the form changed (typed, chosen, loaded); no arguments.
    sig_changed = Signal()
    #: A field that identifies the person (name, e-mail, phone, GitHub, LinkedIn) was edited.
    sig_contact_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CandidateRecordForm()
        self.form.setupUi(self)
        limit_fields(self.form, {
            "nameEdit": "full_name", "preferredEdit": "preferred_name",
            "pronounsEdit": "pronouns", "emailEdit": "email", "phoneEdit": "phone",
            "locationEdit": "location", "githubEdit": "github_url",
            "linkedinEdit": "linkedin_url", "portfolioEdit": "portfolio_url",
            "sourceDetailEdit": "source_detail", "referrerEdit": "referrer_name",
            "companyEdit": "current_company", "titleEdit": "current_title",
            "availabilityEdit": "availability", "amountEdit": limits.AMOUNT_TEXT})
        self._loading = False
        self._new = False
        self._reveal_all = False
        self._touched: set[str] = set()
        self._snapshot: Snapshot = ()
        self.issues: list[Issue] = []
        self._fill_choices()
        f = self.form
        f.emailEdit.set_mail(True)
        f.linksEditor.anchor = f.portfolioEdit
        self.setFocusProxy(f.nameEdit)
        self._undo_filter = pass_undo_through(
            (f.nameEdit, f.preferredEdit, f.pronounsEdit, f.emailEdit, f.phoneEdit,
             f.locationEdit, f.githubEdit, f.linkedinEdit, f.portfolioEdit, f.companyEdit,
             f.titleEdit, f.amountEdit, f.currencyCombo, f.availabilityEdit,
             f.sourceDetailEdit, f.referrerEdit, f.tagsEdit, f.notesEdit), self)
        f.linksEditor.undo_filter = self._undo_filter
        self._connect()
        self.load(CandidateDraft(), new=True)

    def _fill_choices(self) -> None:
        f = self.form
        f.sourceCombo.clear()
        for source in Source:
            f.sourceCombo.addItem(source.label, source.value)
        f.periodCombo.clear()
        for period in PayPeriod:
            f.periodCombo.addItem(period.label, period.value)
        combo = f.currencyCombo
        combo.clear()
        combo.addItem("")
        combo.addItems(list(COMMON_CURRENCIES))
        combo.insertSeparator(combo.count())
        combo.addItems(sorted(ISO_CURRENCIES - set(COMMON_CURRENCIES)))
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)

    def _connect(self) -> None:
        f = self.form
        line_edits = {"nameEdit": f.nameEdit, "preferredEdit": f.preferredEdit,
                      "pronounsEdit": f.pronounsEdit, "emailEdit": f.emailEdit,
                      "phoneEdit": f.phoneEdit, "locationEdit": f.locationEdit,
                      "githubEdit": f.githubEdit, "linkedinEdit": f.linkedinEdit,
                      "portfolioEdit": f.portfolioEdit, "companyEdit": f.companyEdit,
                      "titleEdit": f.titleEdit, "amountEdit": f.amountEdit,
                      "availabilityEdit": f.availabilityEdit,
                      "sourceDetailEdit": f.sourceDetailEdit, "referrerEdit": f.referrerEdit,
                      "tagsEdit": f.tagsEdit}
        for name, edit in line_edits.items():
            edit.textChanged.connect(lambda _t, n=name: self._edited(n))
        f.currencyCombo.currentTextChanged.connect(lambda _t: self._edited("currencyCombo"))
        f.periodCombo.currentIndexChanged.connect(lambda _i: self._edited("periodCombo"))
        f.sourceCombo.currentIndexChanged.connect(lambda _i: self._edited("sourceCombo"))
        f.notesEdit.textChanged.connect(lambda: self._edited("notesEdit"))
        f.talentPoolCheck.toggled.connect(lambda _on: self._edited("talentPoolCheck"))
        f.reachOutDate.dateChanged.connect(lambda _d: self._edited("reachOutDate"))
        f.retainDate.dateChanged.connect(lambda _d: self._edited("retainDate"))
        f.consentDate.dateChanged.connect(lambda _d: self._edited("consentDate"))
        f.linksEditor.sig_changed.connect(lambda: self._edited("linksEditor"))

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them (as in the form's tab stops)."""
        f = self.form
        return [f.nameEdit, f.preferredEdit, f.pronounsEdit, f.emailEdit, f.phoneEdit,
                f.locationEdit, f.tagsEdit, f.notesEdit, f.githubEdit, f.linkedinEdit,
                f.portfolioEdit, *f.linksEditor.focus_chain(), f.companyEdit, f.titleEdit,
                f.amountEdit, f.currencyCombo, f.periodCombo, f.availabilityEdit,
                f.sourceCombo, f.sourceDetailEdit, f.referrerEdit, f.talentPoolCheck,
                f.reachOutDate, f.consentDate, f.retainDate]

    # loading and reading ---------------------------------------------------------------------

    def load(self, draft: CandidateDraft, *, new: bool = False) -> None:
        """Show `draft` as the saved state (nothing unsaved, no field touched)."""
        f = self.form
        self._loading = True
        try:
            self._new, self._reveal_all = new, False
            self._touched.clear()
            f.nameEdit.setText(draft.full_name)
            f.preferredEdit.setText(draft.preferred_name or "")
            f.pronounsEdit.setText(draft.pronouns or "")
            f.emailEdit.setText(draft.email or "")
            f.phoneEdit.setText(draft.phone or "")
            f.locationEdit.setText(draft.location or "")
            f.githubEdit.setText(draft.github_url or "")
            f.linkedinEdit.setText(draft.linkedin_url or "")
            f.portfolioEdit.setText(draft.portfolio_url or "")
            f.companyEdit.setText(draft.current_company or "")
            f.titleEdit.setText(draft.current_title or "")
            f.amountEdit.setText(pay_text(draft.expectation, draft.expectation_currency))
            f.currencyCombo.setCurrentText(draft.expectation_currency or "")
            period = draft.expectation_period or PayPeriod.YEAR
            f.periodCombo.setCurrentIndex(max(0, f.periodCombo.findData(period.value)))
            f.availabilityEdit.setText(draft.availability or "")
            f.sourceCombo.setCurrentIndex(max(0, f.sourceCombo.findData(draft.source.value)))
            f.sourceDetailEdit.setText(draft.source_detail or "")
            f.referrerEdit.setText(draft.referrer_name or "")
            f.tagsEdit.setText(", ".join(draft.tags))
            f.notesEdit.setPlainText(draft.notes)
            f.talentPoolCheck.setChecked(draft.in_talent_pool)
            f.reachOutDate.set_value(draft.reach_out_on)
            f.retainDate.set_value(draft.retain_until)
            f.consentDate.set_value(draft.consent_on)
            f.linksEditor.set_links(draft.links)
        finally:
            self._loading = False
        self._snapshot = self.snapshot()
        self._after_change()

    def snapshot(self) -> Snapshot:
        f = self.form
        return (f.nameEdit.text(), f.preferredEdit.text(), f.pronounsEdit.text(),
                f.emailEdit.text(), f.phoneEdit.text(), f.locationEdit.text(),
                f.githubEdit.text(), f.linkedinEdit.text(), f.portfolioEdit.text(),
                f.companyEdit.text(), f.titleEdit.text(), f.amountEdit.text(),
                f.currencyCombo.currentText(), f.periodCombo.currentData(),
                f.availabilityEdit.text(), f.sourceCombo.currentData(),
                f.sourceDetailEdit.text(), f.referrerEdit.text(), f.tagsEdit.text(),
                f.notesEdit.toPlainText(), f.talentPoolCheck.isChecked(),
                f.reachOutDate.value(), f.retainDate.value(), f.consentDate.value(),
                tuple(f.linksEditor.links()))

    @property
    def is_dirty(self) -> bool:
        return self.snapshot() != self._snapshot

    @property
    def has_errors(self) -> bool:
        return any(i.error for i in self.issues)

    def draft(self) -> CandidateDraft:
        """The form as a draft (an amount that cannot be read is left out, and an issue)."""
        draft, _ = self._read()
        return draft

    def _read(self) -> tuple[CandidateDraft, list[Issue]]:
        f = self.form

        def text(edit: object) -> str | None:
            value = edit.text().strip()  # type: ignore[attr-defined]
            return value or None

        issues: list[Issue] = []
        currency = f.currencyCombo.currentText().strip().upper()
        amount, amount_issue = parse_pay(f.amountEdit.text(), currency, "expectation")
        if amount_issue:
            issues.append(amount_issue)
        pool = f.talentPoolCheck.isChecked()
        draft = CandidateDraft(
            full_name=f.nameEdit.text(), preferred_name=text(f.preferredEdit),
            pronouns=text(f.pronounsEdit), email=text(f.emailEdit), phone=text(f.phoneEdit),
            location=text(f.locationEdit), github_url=text(f.githubEdit),
            linkedin_url=text(f.linkedinEdit), portfolio_url=text(f.portfolioEdit),
            source=Source(f.sourceCombo.currentData()), source_detail=text(f.sourceDetailEdit),
            referrer_name=text(f.referrerEdit), current_company=text(f.companyEdit),
            current_title=text(f.titleEdit), expectation=amount,
            expectation_currency=currency or None if amount is not None else None,
            expectation_period=PayPeriod(f.periodCombo.currentData())
            if amount is not None else None,
            availability=text(f.availabilityEdit), notes=f.notesEdit.toPlainText(),
            in_talent_pool=pool, reach_out_on=f.reachOutDate.value() if pool else None,
            retain_until=f.retainDate.value(), consent_on=f.consentDate.value(),
            tags=parse_tags(f.tagsEdit.text()), links=f.linksEditor.links(),
        )
        return draft, issues + validate_candidate(draft)

    # validation ------------------------------------------------------------------------------

    def reveal_all(self) -> None:
        """Show every issue, touched or not (before a save attempt)."""
        self._reveal_all = True
        self._show_issues()

    def show_issue(self, field: str | None, message: str) -> bool:
        """Show a refusal from the file (a `ValidationError`) at its field; False if none."""
        where = _AT.get(field or "")
        if where is None:
            return False
        widget, label = (getattr(self.form, n) for n in where)
        show_text(label, message)
        set_flag(widget, "invalid", True)
        widget.setFocus()
        return True

    def first_error(self) -> Issue | None:
        return next((i for i in self.issues if i.error), None)

    def focus_first_error(self) -> None:
        issue = self.first_error()
        if issue is not None and issue.field in _AT:
            getattr(self.form, _AT[issue.field][0]).setFocus()

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._after_change()
        if name in CONTACT_FIELDS:
            self.sig_contact_changed.emit()

    def _after_change(self) -> None:
        f = self.form
        _, self.issues = self._read()
        f.reachOutDate.setEnabled(f.talentPoolCheck.isChecked())
        referral = f.sourceCombo.currentData() == Source.REFERRAL.value
        f.formLayout.setRowVisible(f.referrerEditBox, referral or bool(f.referrerEdit.text()))
        self._show_issues()
        self.sig_changed.emit()

    def _visible(self, issue: Issue) -> bool:
        if self._reveal_all or not self._new:
            return True
        widget = _AT[issue.field][0]
        return widget in self._touched or (issue.field == "expectation_currency"
                                           and "amountEdit" in self._touched)

    def _show_issues(self) -> None:
        messages: dict[str, list[str]] = {}
        tinted: dict[str, str] = {}
        for issue in self.issues:
            if issue.field not in _AT or not self._visible(issue):
                continue
            widget, label = _AT[issue.field]
            messages.setdefault(label, []).append(issue.message)
            if tinted.get(widget) != "invalid":
                tinted[widget] = "invalid" if issue.error else "warning"
        for widget, label in _AT.values():
            lab: QLabel = getattr(self.form, label)
            show_text(lab, "\n".join(messages.get(label, [])))
            w = getattr(self.form, widget)
            set_flag(w, "invalid", tinted.get(widget) == "invalid")
            set_flag(w, "warning", tinted.get(widget) == "warning")
        self.form.linksEditor.flag_invalid()
