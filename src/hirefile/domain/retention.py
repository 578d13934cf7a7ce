"""The file's retention rule, in words and in dates (no storage: `services/retention.py`).

A rule says how many months after their last activity the people not hired — rejected, or who
withdrew — are due for erasure, unless they agreed to stay in the talent pool (a consent date
on the record). The keep-until date a record may carry is a deadline of its own: after it the
person is due whatever the rule (unless still in process), so a person is due at the earlier of
the two.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import NamedTuple

from hirefile.errors import ValidationError

#: The name an erased person's record shows (services/erasure.py writes it).
ERASED_NAME = "Erased candidate"
#: The shortest and longest periods a rule may set.
MIN_MONTHS, MAX_MONTHS = 1, 120


class RetentionRule(NamedTuple):
    """None months: no rule (nothing is due but records whose keep-until date passed)."""

    months: int | None = None
    #: Whether job descriptions end with `applicant_notice`.
    in_job_description: bool = False

    @property
    def active(self) -> bool:
        return self.months is not None


def checked_months(months: int | None) -> int | None:
    """`months` when a rule may use it; a clear refusal otherwise."""
    if months is not None and not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValidationError(f"Keep data between {MIN_MONTHS} and {MAX_MONTHS} months "
                              f"(not {months})", field="retention_months")
    return months


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` (negative: back), on the same day of the month or the month's
    last day when it is shorter (31 January + 1 month = 28 or 29 February)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_text(months: int) -> str:
    if months % 12 == 0:
        years = months // 12
        return "1 year" if years == 1 else f"{years} years"
    return "1 month" if months == 1 else f"{months} months"


def rule_summary(rule: RetentionRule) -> str:
    """The rule as the founders read it on the privacy page."""
    if rule.months is None:
        return ("No retention rule: candidates stay in this file until you erase them, or "
                "until the keep-until date set on their record passes.")
    return (f"Candidates who were rejected or withdrew are due for erasure "
            f"{months_text(rule.months)} after their last activity, unless they agreed to stay "
            "in the talent pool (a consent date is set). Removed records are due "
            f"{months_text(rule.months)} after their removal, and anyone whose keep-until date "
            "passed is due too.")


def applicant_notice(rule: RetentionRule) -> str | None:
    """The rule as an applicant reads it (a job description's footer), or None without one."""
    if rule.months is None:
        return None
    return (f"How we keep your data: if we do not hire you, we erase your personal data "
            f"{months_text(rule.months)} after our last contact, unless you agree to stay in our "
            "talent pool. You may ask us for a copy of your data, or to erase it, at any time.")
