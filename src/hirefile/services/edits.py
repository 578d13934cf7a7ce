"""Edits written as `field=value` words (the command line's `hirefile set`).

The words are read into the same drafts the app's editors fill (`CandidateDraft`,
`RoleDraft`) and saved through the same services (`update_candidate`, `update_role`), so the
same validation, stamps and activity apply. Only turning text into typed values lives here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.money import Money, MoneyError, money_text
from hirefile.domain.vocab import (
    EmploymentType,
    Level,
    PayPeriod,
    RemotePolicy,
    RoleStatus,
    Source,
    Track,
    Vocab,
)
from hirefile.errors import ValidationError
from hirefile.services.candidates import candidate_draft, update_candidate
from hirefile.services.roles import role_draft, update_role
from hirefile.storage.models import Candidate, Role


@dataclass(frozen=True)
class Field:
    """A field as the command line names it, and the draft attribute it sets."""

    attr: str
    #: "text" (required), "optional" ('' clears), "choice", "whole", "date", "yes/no", "money"
    kind: str = "optional"
    vocab: type[Vocab] | None = None
    #: money: the draft attribute holding its currency
    currency: str | None = None
    #: choice, date, money: an empty value clears it
    clearable: bool = False


CANDIDATE_FIELDS: dict[str, Field] = {
    "name": Field("full_name", "text"),
    "preferred_name": Field("preferred_name"),
    "pronouns": Field("pronouns"),
    "email": Field("email"),
    "phone": Field("phone"),
    "location": Field("location"),
    "github_url": Field("github_url"),
    "linkedin_url": Field("linkedin_url"),
    "portfolio_url": Field("portfolio_url"),
    "source": Field("source", "choice", Source),
    "source_detail": Field("source_detail"),
    "referrer_name": Field("referrer_name"),
    "current_company": Field("current_company"),
    "current_title": Field("current_title"),
    "availability": Field("availability"),
    "notes": Field("notes", "text"),
    "in_talent_pool": Field("in_talent_pool", "yes/no"),
    "reach_out_on": Field("reach_out_on", "date", clearable=True),
    "retain_until": Field("retain_until", "date", clearable=True),
    "consent_on": Field("consent_on", "date", clearable=True),
    "expectation": Field("expectation", "money", currency="expectation_currency",
                         clearable=True),
    "expectation_currency": Field("expectation_currency"),
    "expectation_period": Field("expectation_period", "choice", PayPeriod, clearable=True),
}

ROLE_FIELDS: dict[str, Field] = {
    "title": Field("title", "text"),
    "status": Field("status", "choice", RoleStatus),
    "track": Field("track", "choice", Track),
    "level": Field("level", "choice", Level, clearable=True),
    "employment_type": Field("employment_type", "choice", EmploymentType),
    "headcount": Field("headcount", "whole"),
    "location": Field("location", "text"),
    "remote": Field("remote", "choice", RemotePolicy, clearable=True),
    "responsibilities": Field("responsibilities", "text"),
    "pay_min": Field("pay_min", "money", currency="pay_currency", clearable=True),
    "pay_max": Field("pay_max", "money", currency="pay_currency", clearable=True),
    "pay_currency": Field("pay_currency"),
    "pay_period": Field("pay_period", "choice", PayPeriod),
    "target_start": Field("target_start", "date", clearable=True),
    "notes": Field("notes", "text"),
}

#: Other spellings accepted for a field (the draft's own attribute names).
_ALIASES = {"full_name": "name"}
_YES = frozenset(("yes", "y", "true", "1", "on"))
_NO = frozenset(("no", "n", "false", "0", "off"))


@dataclass(frozen=True)
class Edited:
    """What a `set_*_fields` changed, {field: value as saved} in the order given: `changed`
    as stored (JSON), `shown` as people read it."""

    id: str
    changed: dict[str, Any]
    shown: dict[str, str]


def parse_assignments(words: Sequence[str], known: dict[str, Field],
                      what: str) -> list[tuple[str, str]]:
    """`["email=a@b.org", "source=referral"]` → [("email", "a@b.org"), …]; an unknown field or
    a word without `=` is one message naming the fields there are."""
    allowed = ", ".join(known)
    if not words:
        raise ValidationError(f"say what to change as FIELD=VALUE ({what} fields: {allowed})")
    out = []
    for word in words:
        name, eq, value = word.partition("=")
        key = name.strip().lower().replace("-", "_")
        key = _ALIASES.get(key, key)
        if not eq:
            raise ValidationError(f"“{word}” is not FIELD=VALUE ({what} fields: {allowed})")
        if key not in known:
            raise ValidationError(f"{what}s have no field “{name.strip()}” (fields: {allowed})")
        out.append((key, value))
    return out


def set_candidate_fields(session: Session, candidate_id: str,
                         words: Sequence[str]) -> Edited:
    """Change the named fields of a candidate, as the candidate editor saves them."""
    pairs = parse_assignments(words, CANDIDATE_FIELDS, "candidate")
    before = candidate_draft(session, candidate_id)
    with _naming(pairs, CANDIDATE_FIELDS):
        update_candidate(session, candidate_id, _apply(before, pairs, CANDIDATE_FIELDS))
        session.flush()  # the last gate (`storage.guard`) speaks here, under the field's name
    saved = candidate_draft(session, candidate_id)
    changed = _changes(before, saved, pairs, CANDIDATE_FIELDS)
    return Edited(candidate_id, changed, _shown(saved, changed, CANDIDATE_FIELDS))


def set_role_fields(session: Session, role_id: str, words: Sequence[str]) -> Edited:
    """Change the named fields of a role, as the role editor saves them."""
    pairs = parse_assignments(words, ROLE_FIELDS, "role")
    before = role_draft(session, role_id)
    with _naming(pairs, ROLE_FIELDS):
        update_role(session, role_id, _apply(before, pairs, ROLE_FIELDS))
        session.flush()
    saved = role_draft(session, role_id)
    changed = _changes(before, saved, pairs, ROLE_FIELDS)
    return Edited(role_id, changed, _shown(saved, changed, ROLE_FIELDS))


def _apply(draft: Any, pairs: list[tuple[str, str]], known: dict[str, Field]) -> Any:
    values: dict[str, Any] = {}
    # Money last, so that `pay_currency=EUR pay_min=90k` reads the amount in euros.
    for name, text in sorted(pairs, key=lambda p: known[p[0]].kind == "money"):
        spec = known[name]
        currency = values.get(spec.currency, getattr(draft, spec.currency)) \
            if spec.currency else None
        values[spec.attr] = _value(spec, text, currency)
    return replace(draft, **values)


def _value(spec: Field, text: str, currency: str | None) -> Any:
    stripped = text.strip()
    if spec.kind == "text":
        return text
    if spec.kind == "optional":
        return stripped or None
    if not stripped and spec.clearable:
        return None
    if spec.kind == "choice":
        assert spec.vocab is not None
        wanted = stripped.casefold().replace("-", "_").replace(" ", "_")
        for member in spec.vocab:
            if wanted in (member.value, member.label.casefold().replace(" ", "_")
                          .replace("-", "_")):
                return member
        choices = ", ".join(m.value for m in spec.vocab)
        raise ValidationError(f"“{stripped}” is not one of {choices}", field=spec.attr)
    if spec.kind == "whole":
        try:
            return int(stripped)
        except ValueError:
            raise ValidationError(f"“{stripped}” is not a whole number",
                                  field=spec.attr) from None
    if spec.kind == "date":
        try:
            return date.fromisoformat(stripped)
        except ValueError:
            raise ValidationError(f"“{stripped}” is not a date (write it as "
                                  "2027-02-01)", field=spec.attr) from None
    if spec.kind == "yes/no":
        if stripped.lower() in _YES | _NO:
            return stripped.lower() in _YES
        raise ValidationError(f"“{stripped}” is neither yes nor no", field=spec.attr)
    assert spec.kind == "money"
    if not currency:
        raise ValidationError(f"say the currency first ({spec.currency}=EUR)",
                              field=spec.attr)
    try:
        return Money.parse(stripped, currency).minor
    except MoneyError as exc:
        raise ValidationError(str(exc), field=spec.attr) from None


@contextmanager
def _naming(pairs: list[tuple[str, str]], known: dict[str, Field]) -> Iterator[None]:
    """Prefix a service's refusal with the field as the command line named it."""
    names = {known[name].attr: name for name, _ in pairs}
    try:
        yield
    except ValidationError as exc:
        if exc.field not in names:
            raise
        raise ValidationError(f"{names[exc.field]}: {exc.message}", field=exc.field) from exc


def _changes(before: Any, after: Any, pairs: list[tuple[str, str]],
             known: dict[str, Field]) -> dict[str, Any]:
    """{field: value as saved} for the named fields that changed."""
    out: dict[str, Any] = {}
    for name, _ in pairs:
        attr = known[name].attr
        if getattr(before, attr) != getattr(after, attr):
            value = getattr(after, attr)
            out[name] = value.value if isinstance(value, Vocab) else value
    return out


def _shown(draft: Any, changed: dict[str, Any], known: dict[str, Field]) -> dict[str, str]:
    return {name: _text(known[name], getattr(draft, known[name].attr),
                        getattr(draft, known[name].currency or "", None))
            for name in changed}


def _text(spec: Field, value: Any, currency: str | None) -> str:
    """A field's value as people read it."""
    if value is None or value == "":
        return "(empty)"
    if spec.kind == "money":
        return money_text(value, currency)
    if isinstance(value, Vocab):
        return value.label
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# ---- one field set to a value as the file stores it (a merge's conflicts) ---------------------

#: The fields an edit sets, per kind of row (the table's name).
_KINDS: dict[str, dict[str, Field]] = {"candidate": CANDIDATE_FIELDS, "role": ROLE_FIELDS}


def field_named(kind: str, column: str) -> str | None:
    """The field (as `hirefile set` names it) that edits set for `column` of a `kind` row, or
    None when no edit sets it (a derived value, a link, a row the editors do not write)."""
    for name, spec in _KINDS.get(kind, {}).items():
        if spec.attr == column:
            return name
    return None


def _draft_of(session: Session, kind: str, row_id: str) -> Any:
    return candidate_draft(session, row_id) if kind == "candidate" else role_draft(session, row_id)


def _from_stored(spec: Field, stored: Any) -> Any:
    """A value as the file stores it (SQLite's plain value) as the draft holds it."""
    if stored is None:
        return "" if spec.kind == "text" else None
    if spec.kind == "choice":
        assert spec.vocab is not None
        return spec.vocab(stored)
    if spec.kind == "date":
        return date.fromisoformat(str(stored)[:10])
    if spec.kind == "yes/no":
        return bool(stored)
    if spec.kind in ("whole", "money"):
        return int(stored)
    return str(stored)


def _with_stored(session: Session, kind: str, row_id: str,
                 values: dict[str, Any]) -> tuple[Any, Any, list[str]]:
    names = []
    for column in values:
        name = field_named(kind, column)
        if name is None:
            raise ValidationError(f"the {column.replace('_', ' ')} of a {kind} is not set by "
                                  "an edit", field=column)
        names.append(name)
    known = _KINDS[kind]
    before = _draft_of(session, kind, row_id)
    after = replace(before, **{known[name].attr: _from_stored(known[name], stored)
                               for name, stored in zip(names, values.values(), strict=True)})
    return before, after, names


def goes_with(kind: str, column: str) -> tuple[str, ...]:
    """The columns an edit sets together with `column`: an amount and its currency."""
    known = _KINDS.get(kind, {})
    name = field_named(kind, column)
    if name is None:
        return ()
    spec = known[name]
    if spec.currency:
        return (spec.currency,)
    return tuple(other.attr for other in known.values() if other.currency == column)


def _model(kind: str) -> Any:
    return Candidate if kind == "candidate" else Role


def stored_texts(session: Session, kind: str, column: str,
                 values: dict[str, tuple[Any, str | None]]) -> dict[str, str]:
    """Stored values of one field of several rows as people read them, {row id: text} for
    {row id: (value, currency or None)}: "€90,000", "Referral", "(empty)"; an amount without
    a currency is said in the row's currency. A value no edit sets is said as stored."""
    name = field_named(kind, column)
    if name is None:
        return {row_id: "(empty)" if v is None or v == "" else str(v)
                for row_id, (v, _) in values.items()}
    spec = _KINDS[kind][name]
    currencies: dict[str, str | None] = {}
    if spec.currency:
        wanted = [row_id for row_id, (_, currency) in values.items() if not currency]
        model = _model(kind)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            currencies.update((row_id, value) for row_id, value in session.execute(
                select(model.id, getattr(model, spec.currency)).where(model.id.in_(chunk))))
    out = {}
    for row_id, (stored, currency) in values.items():
        try:
            value = _from_stored(spec, stored)
        except ValueError:
            out[row_id] = str(stored)
            continue
        text = _text(spec, value, currency or currencies.get(row_id))
        if not text and stored is not None:  # an amount whose currency this side does not say
            text = f"{int(stored) / 100:,.2f}"
        out[row_id] = text
    return out


def stored_text(session: Session, kind: str, row_id: str, column: str, stored: Any, *,
                currency: str | None = None) -> str:
    """`stored_texts` for one value."""
    return stored_texts(session, kind, column, {row_id: (stored, currency)})[row_id]


def holding(session: Session, kind: str, column: str,
            values: dict[str, Any]) -> dict[str, bool | None]:
    """Does each row's field hold the value given (as stored) now? {row id: True/False, or
    None for a row no longer in the file}; one query per 500 rows."""
    name = field_named(kind, column)
    if name is None:
        raise ValidationError(f"the {column.replace('_', ' ')} of a {kind} is not set by an "
                              "edit", field=column)
    spec, model = _KINDS[kind][name], _model(kind)
    now: dict[str, Any] = {}
    ids = list(values)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        now.update((row_id, value) for row_id, value in session.execute(
            select(model.id, getattr(model, spec.attr)).where(model.id.in_(chunk),
                                                              model.deleted_at.is_(None))))
    empty = ("", None) if spec.kind in ("text", "optional") else (None,)
    out: dict[str, bool | None] = {}
    for row_id, stored in values.items():
        if row_id not in now:
            out[row_id] = None
            continue
        wanted, held = _from_stored(spec, stored), now[row_id]
        out[row_id] = held == wanted or (held in empty and wanted in empty)
    return out


def holds_stored(session: Session, kind: str, row_id: str, column: str, stored: Any) -> bool:
    """Does the row's field hold this stored value now? (False for a row no longer there)"""
    return bool(holding(session, kind, column, {row_id: stored})[row_id])


def set_stored_value(session: Session, kind: str, row_id: str, column: str,
                     stored: Any) -> Edited:
    """Set one field of a candidate or role to a value as the file stores it (the other side
    of a merge's conflict), through the draft and service the editors use."""
    return set_stored_values(session, kind, row_id, {column: stored})


def set_stored_values(session: Session, kind: str, row_id: str,
                      values: dict[str, Any]) -> Edited:
    """`set_stored_value` for fields set together (an amount and its currency)."""
    before, after, names = _with_stored(session, kind, row_id, values)
    pairs = [(name, "") for name in names]
    with _naming(pairs, _KINDS[kind]):
        if kind == "candidate":
            update_candidate(session, row_id, after)
        else:
            update_role(session, row_id, after)
        session.flush()
    saved = _draft_of(session, kind, row_id)
    changed = _changes(before, saved, pairs, _KINDS[kind])
    return Edited(row_id, changed, _shown(saved, changed, _KINDS[kind]))
