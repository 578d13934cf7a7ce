"""The offer editor's Terms tab: widgets to and from `OfferTerms`.

Amounts are typed the way people say them ("120,000", "95k") and read with `Money.parse` in
the chosen currency; equity is a number of options or a percentage with two decimals (basis
points in the file). An amount that cannot be read becomes an `Issue` at its field, like the
domain's own validation, so the form shows both the same way.
"""

from __future__ import annotations

from decimal import Decimal

from hirefile.domain import offers as rules
from hirefile.domain.money import ISO_CURRENCIES
from hirefile.domain.offers import DEFAULT_CLIFF_MONTHS, DEFAULT_VESTING_MONTHS, OfferTerms
from hirefile.domain.roles import Issue
from hirefile.domain.vocab import EquityKind, PayPeriod
from hirefile.ui.generated.ui_offer_editor import Ui_OfferEditor
from hirefile.ui.roles.amounts import parse_pay, pay_text
from hirefile.ui.roles.common import current, fill_enum, select_data

#: Where each field's issues show: (widgets to tint, label for the message).
ISSUE_AT: dict[str, tuple[tuple[str, ...], str]] = {
    "base_salary": (("baseEdit",), "baseError"),
    "currency": (("baseEdit",), "baseError"),
    "bonus": (("bonusEdit",), "bonusError"),
    "bonus_note": (("bonusNoteEdit",), "bonusError"),
    "equity_options": ((), "equityError"),
    "equity_bp": ((), "equityError"),
    "vesting_months": ((), "equityError"),
    "cliff_months": ((), "equityError"),
    "start_date": ((), "datesError"),
    "expires_on": ((), "datesError"),
}


def fill_choices(f: Ui_OfferEditor, default_currency: str) -> None:
    """Currencies with the company's default first, then the rest in order; pay periods."""
    f.currencyCombo.addItems([default_currency,
                              *sorted(ISO_CURRENCIES - {default_currency})])
    f.currencyCombo.setMaxVisibleItems(12)
    fill_enum(f.periodCombo, PayPeriod)


def equity_kind(f: Ui_OfferEditor) -> EquityKind:
    if f.optionsRadio.isChecked():
        return EquityKind.OPTIONS
    if f.percentRadio.isChecked():
        return EquityKind.PERCENT
    return EquityKind.NONE


def show_equity_kind(f: Ui_OfferEditor) -> None:
    """Only the fields of the chosen kind are live; the amount's label follows the kind."""
    kind = equity_kind(f)
    has = kind is not EquityKind.NONE
    for w in (f.amountLabel, f.amountStack, f.vestingLabel, f.vestingSpin, f.cliffLabel,
              f.cliffSpin):
        w.setEnabled(has)
    spin = f.percentSpin if kind is EquityKind.PERCENT else f.optionsSpin
    f.amountStack.setCurrentWidget(spin)
    f.amountLabel.setBuddy(spin)


def show_terms(f: Ui_OfferEditor, t: OfferTerms) -> None:
    combo = f.currencyCombo
    if combo.findText(t.currency) < 0:
        combo.addItem(t.currency)
    combo.setCurrentText(t.currency)
    select_data(f.periodCombo, t.period.value)
    f.baseEdit.setText(pay_text(t.base_salary, t.currency) if t.base_salary else "")
    f.bonusEdit.setText(pay_text(t.bonus, t.currency) if t.bonus else "")
    f.bonusNoteEdit.setText(t.bonus_note or "")
    {EquityKind.NONE: f.noEquityRadio, EquityKind.OPTIONS: f.optionsRadio,
     EquityKind.PERCENT: f.percentRadio}[t.equity_kind].setChecked(True)
    f.optionsSpin.setValue(t.equity_options or 0)
    f.percentSpin.setValue(float(Decimal(t.equity_bp or 0) / 100))
    f.vestingSpin.setValue(t.vesting_months or DEFAULT_VESTING_MONTHS)
    f.cliffSpin.setValue(t.cliff_months if t.cliff_months is not None
                         else DEFAULT_CLIFF_MONTHS)
    f.startEdit.set_value(t.start_date)
    f.expiresEdit.set_value(t.expires_on)
    f.notesEdit.setPlainText(t.notes)
    show_equity_kind(f)


def read_terms(f: Ui_OfferEditor) -> tuple[OfferTerms | None, list[Issue]]:
    """The terms the form shows, or None with the issues of what could not be read."""
    currency = f.currencyCombo.currentText().strip().upper()
    base, base_issue = parse_pay(f.baseEdit.text(), currency, "base_salary")
    bonus, bonus_issue = parse_pay(f.bonusEdit.text(), currency, "bonus")
    issues = [i for i in (base_issue, bonus_issue) if i]
    if base is None and base_issue is None:
        issues.insert(0, Issue("base_salary", "Type the base salary, e.g. 120,000 or 95k"))
    if issues:
        return None, issues
    kind = equity_kind(f)
    bp = int((Decimal(str(f.percentSpin.value())) * 100).to_integral_value())
    terms = OfferTerms(
        base_salary=base or 0, currency=currency,
        period=current(f.periodCombo, PayPeriod) or PayPeriod.YEAR,
        equity_kind=kind,
        equity_options=f.optionsSpin.value() if kind is EquityKind.OPTIONS else None,
        equity_bp=bp if kind is EquityKind.PERCENT else None,
        vesting_months=f.vestingSpin.value() if kind is not EquityKind.NONE else None,
        cliff_months=f.cliffSpin.value() if kind is not EquityKind.NONE else None,
        bonus=bonus, bonus_note=f.bonusNoteEdit.text().strip() or None,
        start_date=f.startEdit.value(), expires_on=f.expiresEdit.value(),
        notes=f.notesEdit.toPlainText().strip())
    return terms, []


def equity_summary(t: OfferTerms | None) -> str:
    """`12,000 stock options, over 4 years with a 1-year cliff`, or "" without equity."""
    if t is None or t.equity_kind is EquityKind.NONE:
        return ""
    what = rules.equity_text(t.equity_kind, t.equity_options, t.equity_bp)
    vesting = rules.vesting_text(t.vesting_months, t.cliff_months)
    return ", ".join(x for x in (what, vesting) if x)
