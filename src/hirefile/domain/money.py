"""Money as integer minor units plus an ISO 4217 currency: never floats.

Amounts are stored as whole minor units (cents, pence, yen) so sums and comparisons are exact
and the file reads the same on every database engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from hirefile.domain.limits import MAX_AMOUNT_MAJOR

_PLAIN_AMOUNT = re.compile(r"[0-9]+(\.[0-9]+)?|\.[0-9]+")

#: ISO 4217 codes in current use, with the number of minor-unit digits where it is not 2.
_ZERO_DECIMALS = {
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
    "VND", "VUV", "XAF", "XOF", "XPF",
}
_THREE_DECIMALS = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}
ISO_CURRENCIES: frozenset[str] = frozenset((
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
))

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CNY": "¥", "KRW": "₩"}


class MoneyError(ValueError):
    """An amount or currency a person typed that cannot be money."""


def is_currency(code: str) -> bool:
    return code in ISO_CURRENCIES


def minor_digits(currency: str) -> int:
    if currency in _ZERO_DECIMALS:
        return 0
    if currency in _THREE_DECIMALS:
        return 3
    return 2


@dataclass(frozen=True, order=True)
class Money:
    """An exact amount: `minor` units of `currency`."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not is_currency(self.currency):
            raise MoneyError(f"“{self.currency}” is not an ISO 4217 currency code")

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        """Read an amount as people type it: `120000`, `120,000`, `120 000.50`, `95k`."""
        currency = currency.strip().upper()
        if not is_currency(currency):
            raise MoneyError(f"“{currency}” is not an ISO 4217 currency code")
        shown = text.strip() if len(text.strip()) <= 40 else text.strip()[:39] + "…"
        not_amount = MoneyError(f"“{shown}” is not an amount: type it like 120,000 or 95k")
        too_large = MoneyError(f"“{shown}” is too large for an amount (at most "
                               f"{MAX_AMOUNT_MAJOR:,})")
        cleaned = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "")
        factor = Decimal(1)
        if cleaned[-1:].lower() == "k":
            cleaned, factor = cleaned[:-1], Decimal(1000)
        if cleaned.startswith("-") and _PLAIN_AMOUNT.fullmatch(cleaned[1:]):
            raise MoneyError("An amount cannot be negative")
        # Digits and one decimal point only: no "1e30", "NaN" or "Infinity".
        if not _PLAIN_AMOUNT.fullmatch(cleaned):
            raise not_amount
        if len(cleaned.partition(".")[0]) > len(str(MAX_AMOUNT_MAJOR)):
            raise too_large  # before Decimal reads a number of a million digits
        major = Decimal(cleaned) * factor
        if major > MAX_AMOUNT_MAJOR:
            raise too_large
        scale = Decimal(10) ** minor_digits(currency)
        return cls(int((major * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP)), currency)

    @property
    def major(self) -> Decimal:
        return Decimal(self.minor) / (Decimal(10) ** minor_digits(self.currency))

    def format(self, *, symbol: bool = True) -> str:
        """`$120,000`, `€95,500.50`, `12,000,000 JPY` — whole amounts without decimals."""
        digits = minor_digits(self.currency)
        major = self.major
        text = f"{major:,.0f}" if major == major.to_integral_value() else f"{major:,.{digits}f}"
        sign = _SYMBOLS.get(self.currency) if symbol else None
        return f"{sign}{text}" if sign else f"{text} {self.currency}"

    def __str__(self) -> str:
        return self.format()


def money_text(minor: int | None, currency: str | None) -> str:
    """An amount for people, or "" when there is none; an unknown currency shows as stored."""
    if minor is None or not currency:
        return ""
    try:
        return Money(minor, currency).format()
    except ValueError:
        return f"{minor} {currency}"
