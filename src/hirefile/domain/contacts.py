"""Contact details: checking them, and the normalised keys that find the same person twice."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from urllib.parse import urlsplit

from hirefile.domain.names import fold

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def email_key(text: str | None) -> str | None:
    """`Ada@Example.ORG ` → `ada@example.org`."""
    if not text or not text.strip():
        return None
    return text.strip().lower()


def phone_key(text: str | None) -> str | None:
    """Digits only, with a leading `+` kept: `+48 601-234 567` → `+48601234567`.

    Numbers shorter than seven digits are not keys (extensions, typos).
    """
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) < 7:
        return None
    if text.strip().startswith("00"):
        return "+" + digits[2:]
    return ("+" if text.strip().startswith("+") else "") + digits


def _url_path(text: str) -> tuple[str, list[str]]:
    raw = text.strip()
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    host = parts.netloc.lower().removeprefix("www.").split(":")[0]
    return host, [p for p in parts.path.split("/") if p]


def github_key(text: str | None) -> str | None:
    """`https://www.GitHub.com/AdaL/repo` and `github.com/adal` → `github.com/adal`.

    A bare user name (`@adal`, `adal`) counts too.
    """
    if not text or not text.strip():
        return None
    stripped = text.strip().lstrip("@")
    if "/" not in stripped and "." not in stripped:
        return f"github.com/{stripped.lower()}"
    host, path = _url_path(stripped)
    if host != "github.com" or not path:
        return None
    return f"github.com/{path[0].lower()}"


def linkedin_key(text: str | None) -> str | None:
    """`https://uk.linkedin.com/in/Ada-Obi-12ab/` → `linkedin.com/in/ada-obi-12ab`."""
    if not text or not text.strip():
        return None
    host, path = _url_path(text)
    if not host.endswith("linkedin.com") or len(path) < 2 or path[0] not in ("in", "pub"):
        return None
    return f"linkedin.com/in/{path[1].lower()}"


def github_url(text: str | None) -> str | None:
    """A GitHub profile as stored: a link given a scheme, a bare user name (`@adal`) its
    profile link (`https://github.com/adal`), so the stored link still gives its key."""
    if not text or not text.strip():
        return None
    stripped = text.strip().lstrip("@")
    if stripped and "/" not in stripped and "." not in stripped:
        return f"https://github.com/{stripped}"
    return normalise_url(text)


def normalise_url(text: str | None) -> str | None:
    """A URL as people paste it, given a scheme when it has none."""
    if not text or not text.strip():
        return None
    raw = text.strip()
    return raw if "://" in raw else "https://" + raw


def name_similarity(a: str, b: str) -> float:
    """0..1; word order and accents do not matter (`Łukasz Nowak` ~ `Nowak Lukasz` = 1.0)."""
    fa, fb = " ".join(sorted(fold(a).split())), " ".join(sorted(fold(b).split()))
    if not fa or not fb:
        return 0.0
    return SequenceMatcher(None, fa, fb).ratio()


#: Names at least this similar are offered as possible duplicates.
SIMILAR_NAME = 0.88
