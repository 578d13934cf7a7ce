"""The keys of rows and people (file format 6): 16 digits and lower-case letters, 82 random
bits. Plain text, so any SQLite tool shows a key and finds it in another table with
`WHERE id = '…'`; one word to select and copy, never starting with "-", needing no escaping in
LIKE, and sorting the same in Python, SQLite and a PostgreSQL locale.

Keys made before format 6 — 36-character UUIDs (formats 1–4, and those derived from names) and
25-character keys (format 5) — are rewritten on migration by `compact`: a pure function of the
old key, so two copies of one file migrated on two laptops hold the same new key for the same
row and still merge, and an old key found anywhere (a founder's settings, a format-5 copy being
merged, an export) is mapped the same way. Collisions: among a billion keys of 82 bits the
chance of any two alike is about one in ten million (the birthday bound, n²/2⁸³).
"""

from __future__ import annotations

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
LENGTH = 16
SPACE = len(ALPHABET) ** LENGTH
_PAIRS = [a + b for a in ALPHABET for b in ALPHABET]
_DIGITS = frozenset(ALPHABET)
#: The lengths of the keys of earlier formats: a UUID as text, and format 5's base-36 key.
OLD_LENGTHS = (36, 25)
_OLD = (r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
        r"|[0-9a-z]{25}")


def key_text(n: int) -> str:
    """`n` (taken modulo SPACE) as a key: LENGTH base-36 digits."""
    n %= SPACE
    digits = []
    for _ in range(LENGTH // 2):
        n, pair = divmod(n, len(_PAIRS))
        digits.append(_PAIRS[pair])
    return "".join(reversed(digits))


def new_key() -> str:
    """A new random key, unique across every copy of every file."""
    import secrets  # here: opening a file to read it makes no key (start-up loads less)

    return key_text(secrets.randbelow(SPACE))


def is_key(text: str) -> bool:
    """Whether `text` is a key of this format."""
    return len(text) == LENGTH and _DIGITS.issuperset(text)


def is_old_key(text: str) -> bool:
    """Whether `text` is a key of an earlier format (a UUID as text, or 25 base-36 digits)."""
    if len(text) not in OLD_LENGTHS:
        return False
    import re  # here: every key of this format is answered above, without `re` (start-up)

    return re.fullmatch(_OLD, text) is not None


def compact(key: str) -> str:
    """The key of this format for `key`: itself when it already is one, the same new key for
    the same old one in every copy (BLAKE2b of the old key, lower-cased), and anything else
    (an empty stamp, a value that is no key) unchanged."""
    if not isinstance(key, str) or not is_old_key(key):
        return key
    import hashlib

    digest = hashlib.blake2b(key.lower().encode("ascii"), digest_size=16).digest()
    return key_text(int.from_bytes(digest, "big"))
