"""Where a Hirefile lives: a file path, or a server database's URL (`postgresql://…`).

Kept free of heavy imports: the command line parses every FILE argument with `location`.
"""

from __future__ import annotations

from pathlib import Path

#: The URL schemes of a database on a PostgreSQL server.
SCHEMES = ("postgresql", "postgres")


def is_url(location: object) -> bool:
    """Is `location` (a command-line argument, a setting) a server URL rather than a file?"""
    if not isinstance(location, str):
        return False
    scheme, sep, _rest = location.partition("://")
    return bool(sep) and scheme.split("+")[0].lower() in SCHEMES


def location(text: str) -> Path | str:
    """A FILE argument (the command line, a setting): a path, or a server database's URL
    kept as it was typed (a Path would fold its "//")."""
    return text if is_url(text) else Path(text)


def public_url(location: str) -> str:
    """The URL without its password: what Hirefile shows, logs and remembers."""
    scheme, sep, rest = location.partition("://")
    if not sep:
        return location
    authority, slash, tail = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if at and ":" in userinfo:
        authority = f"{userinfo.split(':', 1)[0]}@{host}"
    path, question, query = tail.partition("?")
    if question:  # libpq takes `?password=…` too
        kept = [p for p in query.split("&") if p.split("=", 1)[0].lower() != "password"]
        tail = path + ("?" + "&".join(kept) if kept else "")
    return f"{scheme}://{authority}{slash}{tail}"
