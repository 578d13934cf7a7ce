"""Who I am in this file: the people a file lists, and linking this machine's person to one.

A person's key travels with the file; this machine's identity (settings) is linked to one of
the file's people the first time it opens the file, so a cofounder who was added by the other
founder (or by the demo) signs in as that row instead of appearing twice. The link is kept per
file lineage (the file's UUID), in this machine's settings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from hirefile.domain.names import fold
from hirefile.settings import Identity
from hirefile.storage.rows import rows_of

#: Everyone who uses the file (not removed); SQL text for both backends (storage/rows.py), so
#: who I am is settled before the app loads SQLAlchemy (storage/quick.py).
PEOPLE = "SELECT id, name, email, title FROM person WHERE deleted_at IS NULL"


class PersonChoice(NamedTuple):
    """A person of the file, as a picker shows them."""

    id: str
    name: str
    email: str | None
    title: str | None

    @property
    def label(self) -> str:
        extra = " · ".join(x for x in (self.title, self.email) if x)
        return f"{self.name} ({extra})" if extra else self.name


def people(source: Any) -> list[PersonChoice]:
    """Everyone who uses the file (not removed), by name. `source`: a session or `Rows`."""
    found = [PersonChoice(*row) for row in rows_of(source).all(PEOPLE)]
    return sorted(found, key=lambda p: (fold(p.name), p.id))


def names(source: Any, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Person key → name, for showing who did what (`created_by` / `updated_by`, a scorecard's
    interviewer …): every person the file holds, removed ones too, since old stamps still name
    them. Read once per screen or export; `ids` limits it to those people. SQL text (a session
    or `Rows`)."""
    if ids is None:
        return dict(rows_of(source).all("SELECT id, name FROM person"))
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return dict(rows_of(source).all("SELECT id, name FROM person WHERE id IN :ids", ids=wanted))


def name_of(known: Mapping[str, str], *keys: str | None) -> str:
    """The name of the first of `keys` that names a person in `known` (from `names`), else ""."""
    for key in keys:
        if key and key in known:
            return known[key]
    return ""


def person(source: Any, person_id: str) -> PersonChoice | None:
    """The person of the file with key `person_id`, unless removed."""
    found = rows_of(source).all(f"{PEOPLE} AND id = :key", key=person_id)
    return PersonChoice(*found[0]) if found else None


def likely_match(choices: list[PersonChoice], name: str,
                 email: str | None) -> PersonChoice | None:
    """The person this machine's identity most likely is: the same e-mail, else the one person
    with the same name (accents and case aside); None when nobody or several could be."""
    if email:
        by_mail = [p for p in choices if p.email and p.email.casefold() == email.casefold()]
        if len(by_mail) == 1:
            return by_mail[0]
    by_name = [p for p in choices if fold(p.name) == fold(name)]
    return by_name[0] if len(by_name) == 1 else None


def as_person(identity: Identity, chosen: PersonChoice) -> Identity:
    """This machine's identity speaking as `chosen`: its key and name, the e-mail it has."""
    return replace(identity, person_id=chosen.id, name=chosen.name,
                   email=chosen.email or identity.email)


class Settled(NamedTuple):
    """Who this machine is in a file, or that the person must be asked (`ask` with a guess)."""

    identity: Identity
    ask: bool = False
    guess: PersonChoice | None = None


def settle(source: Any, identity: Identity, linked_id: str | None, *,
           match: bool) -> Settled:
    """Who `identity` is in this file.

    The person linked on this machine wins, then the identity's own key. Otherwise, when the
    file lists people, either the likely match is taken (`match`: the command line's `--as`)
    or the app is told to ask, with its guess.
    """
    rows = rows_of(source)
    if linked_id:
        linked = person(rows, linked_id)
        if linked is not None:
            return Settled(as_person(identity, linked))
    if person(rows, identity.person_id) is not None:
        return Settled(identity)
    choices = people(rows)
    if not choices:
        return Settled(identity)
    guess = likely_match(choices, identity.name, identity.email)
    if match:
        return Settled(as_person(identity, guess) if guess else identity)
    return Settled(identity, ask=True, guess=guess)
