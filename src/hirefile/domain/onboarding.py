"""After the yes: Hirefile's onboarding template and when each item and check-in falls due.

A template item says what to do and how many days from the new hire's start date it is due
(negative: before day one, so paperwork, equipment and access are ready when they arrive).
A file may keep its own template (`services.onboarding`); this one is used until it does.
Check-ins follow at one, three and six months.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hirefile.domain import limits
from hirefile.domain.keys import compact
from hirefile.domain.retention import add_months
from hirefile.domain.vocab import OnboardingCategory as C

#: Months after the start date when a check-in with the new hire is due.
CHECK_IN_MONTHS = (1, 3, 6)
#: How far from the start date an item may fall due, in days.
MIN_DAYS, MAX_DAYS = -120, 365
#: An item added to a file's template gets a key of its own with this prefix.
CUSTOM_PREFIX = "custom-"
#: The namespace of the keys of a hire's checklist rows (uuid5 of the application and what).
NAMESPACE = uuid.UUID("6f1c2a4e-7d1b-5c3e-9a0f-4b8e2d6c1a57")


def row_key(application_id: str, what: str) -> str:
    """The key of a hire's checklist row ("item/KEY" of a template item, "check-in/MONTHS"),
    derived from the application's key, so two copies that record the same hire make the same
    rows. Before file format 6 it was the uuid5 itself (of the application's key then): the
    update to 6 gives those rows this key of the application's new key
    (`storage.format6.rekey_checklists`), the key a copy updated first gives them too."""
    return compact(str(uuid.uuid5(NAMESPACE, f"{application_id}/{what}")))


def row_whats(template_keys: Sequence[str]) -> list[str]:
    """Every `what` a checklist row's key may derive from, given the template items' keys."""
    return [*(f"item/{k}" for k in template_keys), *(f"check-in/{m}" for m in CHECK_IN_MONTHS)]


@dataclass(frozen=True)
class TemplateItem:
    """One item of an onboarding template; `key` names it across copies of a file."""

    key: str
    text: str
    days: int
    category: C


DEFAULT: tuple[TemplateItem, ...] = (
    TemplateItem("contract", "Send the contract and get the signed copy back", -21,
                 C.PAPERWORK),
    TemplateItem("payroll", "Collect what payroll needs: tax, bank and right-to-work details",
                 -10, C.PAPERWORK),
    TemplateItem("laptop", "Order the laptop and anything they asked for, delivered before "
                 "day one", -10, C.EQUIPMENT),
    TemplateItem("buddy", "Choose a buddy for the first months and introduce them", -5,
                 C.BUDDY),
    TemplateItem("accounts", "Create their accounts: e-mail, chat, code hosting, cloud", -3,
                 C.ACCESS),
    TemplateItem("data-access", "Grant access to the data, compute and experiment tracking "
                 "they need first", -2, C.ACCESS),
    TemplateItem("first-project", "Choose a small first project they can ship in two weeks",
                 -2, C.FIRST_PROJECT),
    TemplateItem("welcome", "Day one: walk through the product, the customers and how we "
                 "work", 0, C.OTHER),
    TemplateItem("setup-check", "Check the laptop, environment and GPU access all work", 1,
                 C.EQUIPMENT),
    TemplateItem("first-review", "Review the first project together and agree on the next",
                 14, C.FIRST_PROJECT),
)


def due_on(start: date, days: int) -> date:
    return start + timedelta(days=days)


def check_in_dates(start: date) -> list[tuple[int, date]]:
    """(months, due date) of each check-in after starting on `start`."""
    return [(m, add_months(start, m)) for m in CHECK_IN_MONTHS]


def months_text(months: int) -> str:
    return "1 month" if months == 1 else f"{months} months"


def days_text(days: int) -> str:
    """How an item's offset reads: "10 days before day one", "day one", "14 days after"."""
    if days == 0:
        return "on day one"
    n = abs(days)
    unit = "day" if n == 1 else "days"
    return f"{n} {unit} before day one" if days < 0 else f"{n} {unit} after day one"


def problems(items: Sequence[TemplateItem]) -> list[tuple[int, str]]:
    """(row, message) for what stops a template from being saved."""
    out = []
    keys: set[str] = set()
    for i, item in enumerate(items):
        if not item.text.strip():
            out.append((i, "An item has no text"))
        elif problem := limits.too_long(item.text, limits.SHORT, "An item"):
            out.append((i, problem))
        if not MIN_DAYS <= item.days <= MAX_DAYS:
            out.append((i, f"Days must be between {MIN_DAYS} and {MAX_DAYS}"))
        if item.key in keys:
            out.append((i, "An item is listed twice"))
        keys.add(item.key)
    return out
