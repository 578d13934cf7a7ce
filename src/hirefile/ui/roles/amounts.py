"""Pay and equity as people type them, to and from what a `RoleDraft` stores.

Pay is stored in minor units of its currency and typed as "120,000" or "95k"; equity is stored
in basis points and typed as a percentage with two decimals. A bad amount becomes an `Issue`
at its field, like the domain's own validation, so the form shows both the same way.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from hirefile.domain.money import Money, MoneyError, is_currency, minor_digits
from hirefile.domain.roles import Issue

#: Used for the number of decimals while the currency typed is not (yet) a real one.
FALLBACK_CURRENCY = "USD"


def pay_text(minor: int | None, currency: str | None) -> str:
    """`120,000` or `95,500.50`: the amount without its currency (the combo shows that)."""
    if minor is None:
        return ""
    code = currency if currency and is_currency(currency) else FALLBACK_CURRENCY
    major = Decimal(minor) / (Decimal(10) ** minor_digits(code))
    if major == major.to_integral_value():
        return f"{major:,.0f}"
    return f"{major:,.{minor_digits(code)}f}"


def parse_pay(text: str, currency: str, field: str) -> tuple[int | None, Issue | None]:
    """Minor units of what was typed, or the issue to show at `field`."""
    if not text.strip():
        return None, None
    code = currency.strip().upper()
    try:
        money = Money.parse(text, code if is_currency(code) else FALLBACK_CURRENCY)
    except MoneyError as exc:
        return None, Issue(field, str(exc))
    return money.minor, None


def equity_text(bp: int | None) -> str:
    return "" if bp is None else f"{Decimal(bp) / 100:.2f}"


def parse_equity(text: str, field: str) -> tuple[int | None, Issue | None]:
    """Basis points of a typed percentage ("0.25", "0,25 %"), or the issue at `field`."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    if not cleaned:
        return None, None
    try:
        percent = Decimal(cleaned)
    except InvalidOperation:
        return None, Issue(field, f"“{text.strip()}” is not a percentage: type it like 0.25")
    if not percent.is_finite():
        return None, Issue(field, f"“{text.strip()}” is not a percentage: type it like 0.25")
    return int((percent * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)), None
