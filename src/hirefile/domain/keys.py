"""The keys of rows and people (file format 5): 25 random characters of digits and lower-case
letters, 129 random bits, where a random UUID holds 122 in 36 characters. Plain text, so any
SQLite tool shows a key and finds it in another table with `WHERE id = '…'`; one word to select
and copy, never starting with "-", needing no escaping in LIKE, and sorting the same in Python,
SQLite and a PostgreSQL locale. Keys made before (36-character UUIDs) and the UUIDs derived from
names (alike in every copy) are kept as they are: a key never changes.
"""

from __future__ import annotations

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
LENGTH = 25
SPACE = len(ALPHABET) ** LENGTH
_PAIRS = [a + b for a in ALPHABET for b in ALPHABET]


def key_text(n: int) -> str:
    """`n` (0 <= n < SPACE) as a key: LENGTH base-36 digits."""
    digits = []
    for _ in range(LENGTH // 2):
        n, pair = divmod(n, len(_PAIRS))
        digits.append(_PAIRS[pair])
    digits.append(ALPHABET[n])
    return "".join(reversed(digits))


def new_key() -> str:
    """A new random key, unique across every copy of every file."""
    import secrets  # here: opening a file to read it makes no key (start-up loads less)

    return key_text(secrets.randbelow(SPACE))
