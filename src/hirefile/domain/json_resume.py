"""A candidate as a JSON Resume (https://jsonresume.org, schema v1.0.0), and back.

Only what the candidate would put in their own résumé leaves the file: name, current title and
company, e-mail, phone, location, personal site and profiles. The founder's notes, the salary
expectation, tags, source, referrer and dates are the company's, never exported.

| record                              | JSON Resume                                          |
| ----------------------------------- | ---------------------------------------------------- |
| full name, current title            | `basics.name`, `basics.label`                        |
| e-mail, phone                       | `basics.email`, `basics.phone`                       |
| location (free text)                | `basics.location.city` (back: city, region, country) |
| portfolio (personal site)           | `basics.url`                                         |
| GitHub, LinkedIn, further links     | `basics.profiles[]` (network, username, url)         |
| further e-mails and phones          | profiles "E-mail" (`mailto:`) and "Phone" (`tel:`)   |
| current company and title           | `work[0]` (name, position), without dates            |
| (import only) `basics.summary`      | notes                                                |

The schema itself is vendored in `resources/schemas/` (MIT, see the README there); the tests
check every export against it. Reading a JSON Resume checks the fields it uses and names the
first one that is wrong (`JsonResumeError`), so a person can correct the file.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote, urlsplit

from hirefile.domain import limits
from hirefile.domain.candidates import CandidateDraft, Link
from hirefile.domain.contacts import (
    email_key,
    github_key,
    github_url,
    is_email,
    linkedin_key,
    normalise_url,
)
from hirefile.domain.names import clean_name
from hirefile.domain.vocab import LinkKind

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
#: The largest JSON Resume file read (a résumé is a few kilobytes).
MAX_BYTES = 5 * 1024 * 1024

_EMAIL_NETWORK, _PHONE_NETWORK = "E-mail", "Phone"
_NETWORKS = {LinkKind.GITHUB: "GitHub", LinkKind.LINKEDIN: "LinkedIn",
             LinkKind.PORTFOLIO: "Portfolio", LinkKind.PAPER: "Paper",
             LinkKind.OTHER: "Other"}
_KIND_OF_NETWORK = {"github": LinkKind.GITHUB, "linkedin": LinkKind.LINKEDIN,
                    "portfolio": LinkKind.PORTFOLIO, "website": LinkKind.PORTFOLIO,
                    "homepage": LinkKind.PORTFOLIO, "paper": LinkKind.PAPER,
                    "google scholar": LinkKind.PAPER, "e-mail": LinkKind.EMAIL,
                    "email": LinkKind.EMAIL, "phone": LinkKind.PHONE, "other": LinkKind.OTHER}


class JsonResumeError(ValueError):
    """A JSON Resume that cannot be read: the message names the field and what is wrong."""


# to JSON Resume --------------------------------------------------------------------------------

def to_json_resume(draft: CandidateDraft) -> dict[str, Any]:
    """The candidate's own details as a JSON Resume document (a dict, ready for `json.dumps`).
    Empty fields are left out, as the schema allows."""
    basics: dict[str, Any] = {"name": clean_name(draft.full_name)}
    _put(basics, "label", draft.current_title)
    _put(basics, "email", email_key(draft.email) if draft.email else None)
    _put(basics, "phone", draft.phone)
    _put(basics, "url", normalise_url(draft.portfolio_url))
    if draft.location and draft.location.strip():
        basics["location"] = {"city": " ".join(draft.location.split())}
    profiles: list[dict[str, str]] = []
    if draft.github_url and draft.github_url.strip():
        profiles.append(_profile(LinkKind.GITHUB, draft.github_url, ""))
    if draft.linkedin_url and draft.linkedin_url.strip():
        profiles.append(_profile(LinkKind.LINKEDIN, draft.linkedin_url, ""))
    profiles += [_profile(kind, value, label) for kind, value, label in draft.links
                 if value.strip()]
    if profiles:
        basics["profiles"] = profiles
    out: dict[str, Any] = {"$schema": SCHEMA_URL, "basics": basics}
    work: dict[str, str] = {}
    _put(work, "name", draft.current_company)
    _put(work, "position", draft.current_title)
    if work:
        out["work"] = [work]
    return out


def json_resume_text(draft: CandidateDraft) -> str:
    """`to_json_resume` as the text of a `.json` file (UTF-8, indented, letters as written)."""
    return json.dumps(to_json_resume(draft), ensure_ascii=False, indent=2) + "\n"


def _put(target: dict[str, Any], key: str, value: str | None) -> None:
    if value and value.strip():
        target[key] = " ".join(value.split())


def _profile(kind: LinkKind, value: str, label: str) -> dict[str, str]:
    value = " ".join(value.split())
    if kind is LinkKind.EMAIL:
        return {"network": _EMAIL_NETWORK, "username": value, "url": "mailto:" + value}
    if kind is LinkKind.PHONE:
        return {"network": _PHONE_NETWORK, "username": value,
                "url": "tel:" + "".join(ch for ch in value if ch in "+0123456789")}
    url = (github_url(value) if kind is LinkKind.GITHUB else normalise_url(value)) or value
    out = {"network": " ".join(label.split()) or _NETWORKS[kind], "url": url}
    if kind is LinkKind.GITHUB and github_key(url):
        out["username"] = urlsplit(url).path.strip("/").split("/")[0]
    elif kind is LinkKind.LINKEDIN and linkedin_key(url):
        out["username"] = urlsplit(url).path.strip("/").split("/")[1]
    return out


# from JSON Resume ------------------------------------------------------------------------------

def parse_json_resume(data: bytes | str, filename: str = "The JSON Resume") -> CandidateDraft:
    """A candidate draft (with its further links) from a JSON Resume file's content.
    Raises `JsonResumeError` naming the file and the field when it cannot be read."""
    if len(data) > MAX_BYTES:
        raise JsonResumeError(f"{filename} is larger than {MAX_BYTES // 1024 // 1024} MiB; "
                              "a JSON Resume is a few kilobytes")
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as e:  # UnicodeDecodeError is a ValueError
        where = f" (line {e.lineno}, column {e.colno})" if isinstance(e, json.JSONDecodeError) \
            else ""
        raise JsonResumeError(f"{filename} is not JSON{where}; export it again from the "
                              "résumé tool") from None
    return from_json_resume(document, filename)


def from_json_resume(document: object, filename: str = "The JSON Resume") -> CandidateDraft:
    """A candidate draft from a parsed JSON Resume document (see `parse_json_resume`)."""
    if not isinstance(document, dict):
        raise JsonResumeError(f"{filename} is not a JSON Resume: it holds a list or a value "
                              "where a résumé object ({…}) belongs")
    reader = _Reader(filename)
    basics = reader.obj(document, "basics")
    name = reader.text(basics, "basics.name", limits.NAME)
    if not name:
        raise JsonResumeError(f"{filename} has no name (basics.name); a candidate needs one")
    draft = CandidateDraft(full_name=name)
    draft.current_title = reader.text(basics, "basics.label", limits.SHORT)
    email = reader.text(basics, "basics.email", limits.EMAIL)
    if email and not is_email(email):
        raise JsonResumeError(f"{filename}: basics.email “{email}” is not an e-mail address")
    draft.email = email
    draft.phone = reader.text(basics, "basics.phone", limits.PHONE)
    draft.portfolio_url = (reader.text(basics, "basics.url", limits.URL)
                           or reader.text(basics, "basics.website", limits.URL))
    location = reader.obj(basics, "basics.location")
    parts = [reader.text(location, f"basics.location.{key}", limits.SHORT)
             for key in ("city", "region", "countryCode")]
    if not any(parts):
        parts = [reader.text(location, "basics.location.address", limits.SHORT)]
    draft.location = ", ".join(p for p in parts if p) or None
    draft.notes = reader.text(basics, "basics.summary", limits.LONG, multiline=True) or ""
    profiles = reader.items(basics, "basics.profiles")
    for number, item in enumerate(profiles):
        where = f"basics.profiles[{number}]"
        if not isinstance(item, dict):
            raise JsonResumeError(f"{filename}: {where} is not a profile ({{…}})")
        _read_profile(draft, reader, item, where)
    work = reader.items(document, "work")
    current = [w for w in work if isinstance(w, dict) and not w.get("endDate")] or \
        [w for w in work if isinstance(w, dict)]
    if current:
        draft.current_company = reader.text(current[0], "work[].name", limits.SHORT)
        draft.current_title = draft.current_title or reader.text(
            current[0], "work[].position", limits.SHORT)
    return draft


def _read_profile(draft: CandidateDraft, reader: _Reader, item: dict[str, Any],
                  where: str) -> None:
    network = reader.text(item, f"{where}.network", limits.SHORT) or ""
    username = reader.text(item, f"{where}.username", limits.URL) or ""
    url = reader.text(item, f"{where}.url", limits.URL) or ""
    kind = _KIND_OF_NETWORK.get(network.casefold())
    if kind is LinkKind.EMAIL:
        value = username or unquote(url.removeprefix("mailto:"))
        if is_email(value):
            draft.links.append((LinkKind.EMAIL, value, ""))
        return
    if kind is LinkKind.PHONE:
        value = username or unquote(url.removeprefix("tel:"))
        if value:
            draft.links.append((LinkKind.PHONE, value, ""))
        return
    if kind is LinkKind.GITHUB or (kind is None and github_key(url) and "/" in url):
        value = url or username
        if draft.github_url is None and github_key(value):
            draft.github_url = github_url(value)
            return
        kind = LinkKind.GITHUB
    if kind is LinkKind.LINKEDIN or (kind is None and linkedin_key(url)):
        if draft.linkedin_url is None and linkedin_key(url):
            draft.linkedin_url = url
            return
        kind = LinkKind.LINKEDIN
    if not url:
        return  # a user name without an address says too little to keep
    link: Link
    if kind is None:
        link = (LinkKind.OTHER, url, network)
    else:
        default = _NETWORKS.get(kind, "")
        link = (kind, url, "" if network.casefold() == default.casefold() else network)
    draft.links.append(link)


class _Reader:
    """Reads fields of the given types, raising `JsonResumeError` naming the field."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    def wrong(self, field: str, what: str) -> JsonResumeError:
        return JsonResumeError(f"{self.filename}: {field} should be {what}; correct the file "
                               "or export it again")

    def obj(self, parent: dict[str, Any], key: str) -> dict[str, Any]:
        value = parent.get(key.rsplit(".", 1)[-1])
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.wrong(key, "an object ({…})")
        return value

    def items(self, parent: dict[str, Any], key: str) -> list[Any]:
        value = parent.get(key.rsplit(".", 1)[-1])
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.wrong(key, "a list ([…])")
        return value

    def text(self, parent: dict[str, Any], key: str, limit: int, *,
             multiline: bool = False) -> str | None:
        value = parent.get(key.rsplit(".", 1)[-1])
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.wrong(key, "text")
        value = limits.clean_text(value, multiline=multiline).strip()
        if not multiline:
            value = " ".join(value.split())
        problem = limits.too_long(value, limit, key)
        if problem:
            raise JsonResumeError(f"{self.filename}: {problem}")
        return value or None
