"""Placeholders in templates a founder edits: `{candidate_first_name}`, `{role_title}`.

One syntax and one set of rules for every template (the offer letter, the e-mail templates): a
name in single braces, on one line, at most 60 characters. A name the template kind does not
know stays in the text as typed, so the mistake shows; a known name with no value becomes
nothing. `check` lists both kinds of problem before a template is used.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

PATTERN = re.compile(r"\{([^{}\n]{0,60})\}")


def names(text: str) -> list[str]:
    """The names in braces in `text`, in order of first use, each once."""
    seen: dict[str, None] = {}
    for m in PATTERN.finditer(text):
        seen.setdefault(m.group(1), None)
    return list(seen)


def check(text: str, known: Collection[str], values: Mapping[str, str | None], *,
          optional: Collection[str] = ()) -> tuple[list[str], list[str]]:
    """(unknown placeholders, placeholders whose value is empty), in order of first use.

    Unknown means not one of `known` (a typo, or `{ role }` with spaces); empty means a known
    placeholder with nothing to put there, unless it is `optional` (text that may be left out).
    """
    unknown, empty = [], []
    for name in names(text):
        if name not in known:
            unknown.append(name)
        elif name not in optional and not (values.get(name) or "").strip():
            empty.append(name)
    return unknown, empty


def fill(text: str, known: Collection[str], values: Mapping[str, str | None]) -> str:
    """`text` with every known placeholder replaced by its value (stripped), as plain text.

    Unknown placeholders are left as typed so that they show in what is made of the text."""
    def value(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in known:
            return m.group(0)
        return (values.get(name) or "").strip()

    return PATTERN.sub(value, text)
