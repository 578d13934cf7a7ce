"""How much a person may type into each field, and which characters never enter the file.

One table of limits serves every path in — the app's forms, CSV import, the command line, demo
data — because `storage.database` checks every text column against it when a change is
written, and the forms and parsers ask it first to say so next to the field. The limits are
generous for what each field is for (a name, an e-mail, a note), and small enough that every
document can lay out every field at its limit.

Control characters (NUL, escape, bell …) have no business in a hiring record: they cut text
short in C libraries, garble terminals and PDFs. `clean_text` removes them, keeping tab and line
breaks only where a field holds several lines.
"""

from __future__ import annotations

import re

#: A person's or candidate's name.
NAME = 200
#: One-line text: titles, companies, locations, labels, reasons, tags.
SHORT = 300
#: An e-mail address (RFC 5321's path limit).
EMAIL = 254
#: A phone number as people write it.
PHONE = 50
#: A link.
URL = 2_000
#: Notes, evidence, rationale, a description: several paragraphs.
LONG = 20_000
#: A postal address, on several lines.
ADDRESS = 1_000
#: A whole letter or a role's responsibilities.
DOCUMENT = 50_000

#: What a person may type into an amount field ("1,000,000,000,000.00").
AMOUNT_TEXT = 40
#: The largest amount, in major units (a salary of a trillion in any currency is a typo).
MAX_AMOUNT_MAJOR = 10**12
#: The largest amount in minor units, within SQLite's 64-bit integers for every currency.
MAX_AMOUNT_MINOR = MAX_AMOUNT_MAJOR * 1000

#: Columns by name whose limit is not `LONG`. Columns not named here hold several lines.
_COLUMN_LIMITS: dict[str, int] = {
    **dict.fromkeys(("full_name", "preferred_name", "name", "referrer_name", "signatory_name",
                     "created_by", "updated_by", "moved_by", "by", "actor"), NAME),
    **dict.fromkeys(("title", "location", "pronouns", "source_detail", "current_company",
                     "current_title", "availability", "label", "exit_reason", "reason",
                     "from_name", "to_name", "filename", "mime_type",
                     "logo_mime", "signatory_title", "bonus_note", "template_key", "builtin_key",
                     "ical_uid", "time_zone"), SHORT),
    **dict.fromkeys(("email",), EMAIL),
    **dict.fromkeys(("phone",), PHONE),
    **dict.fromkeys(("github_url", "linkedin_url", "portfolio_url", "website", "link",
                     "value"), URL),
    **dict.fromkeys(("letter_body", "offer_letter_template", "responsibilities"), DOCUMENT),
    "address": ADDRESS,
}
#: Columns that hold a single line: line breaks are not theirs to keep.
_ONE_LINE = frozenset(c for c, n in _COLUMN_LIMITS.items() if n in (NAME, SHORT, EMAIL, PHONE, URL))
#: Columns holding money in minor units, or a count of options: at most `MAX_AMOUNT_MINOR`.
AMOUNT_COLUMNS = frozenset(("expectation", "base_salary", "bonus", "pay_min", "pay_max",
                            "equity_options"))
#: What SQLite (and PostgreSQL's BIGINT) can hold.
MAX_INTEGER = 2**63 - 1

_CONTROLS_ONE_LINE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_CONTROLS_MULTI = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def column_limit(column: str) -> int:
    """The most characters a text column keeps."""
    return _COLUMN_LIMITS.get(column, LONG)


def is_one_line(column: str) -> bool:
    return column in _ONE_LINE


def clean_text(text: str, *, multiline: bool = True) -> str:
    """`text` without control characters; in one-line text, line breaks and tabs become spaces."""
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _CONTROLS_MULTI.sub("", text)
    text = re.sub(r"[\t\r\n\u2028\u2029]+", " ", text)
    return _CONTROLS_ONE_LINE.sub("", text)


def too_long(text: str | None, limit: int, label: str) -> str | None:
    """A message when `text` is over `limit` characters, else None."""
    if text is not None and len(text) > limit:
        return (f"{label} is too long: {len(text):,} characters, at most {limit:,} are kept "
                f"(shorten it by {len(text) - limit:,})")
    return None


def amount_problem(minor: int | None, label: str) -> str | None:
    """A message when an amount (in minor units) is beyond what any salary can be, else None."""
    if minor is not None and abs(minor) > MAX_AMOUNT_MINOR:
        return f"{label} is too large (at most {MAX_AMOUNT_MAJOR:,} in any currency)"
    return None


def label_of(column: str) -> str:
    """`full_name` → "Full name": how a message names a column."""
    text = column.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def length_problems(values: dict[str, str | None]) -> list[tuple[str, str]]:
    """(field, message) for every value longer than its column keeps, in the order given."""
    out = []
    for column, value in values.items():
        problem = too_long(value, column_limit(column), label_of(column))
        if problem:
            out.append((column, problem))
    return out
