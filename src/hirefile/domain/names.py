"""People's names: folding for sorting and matching, whatever the script."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form: `Łukasz Żółć` → `lukasz zolc`, CJK unchanged."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Letters that do not decompose but that people type without their stroke.
    stripped = stripped.translate(_STROKES)
    return " ".join(stripped.casefold().split())


_STROKES = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ħ": "h", "Ħ": "H", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE",
                          "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th"})


def sort_name(full_name: str) -> str:
    """The key a candidate list sorts by (stored, indexed)."""
    return fold(full_name)


def clean_name(full_name: str) -> str:
    return " ".join(full_name.split())
