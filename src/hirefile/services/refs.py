"""Naming a record on the command line: its id, an e-mail, or a unique name or title.

SQL text for both backends (storage/rows.py), so `hirefile export` finds the candidate and
role it names before SQLAlchemy is loaded; each function takes a `Rows` or a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hirefile.domain.names import fold
from hirefile.errors import NotFound, ValidationError
from hirefile.storage.rows import rows_of

#: More hops than any real chain of merges; a longer one is a loop in a damaged file.
_MAX_HOPS = 64
_LIVE_CANDIDATE = "FROM candidate WHERE deleted_at IS NULL AND "


@dataclass(frozen=True)
class CandidateRef:
    """The candidate a reference names."""

    id: str
    full_name: str


@dataclass(frozen=True)
class RoleRef:
    """The role a reference names."""

    id: str
    title: str


def current_id(source: Any, candidate_id: str) -> str:
    """The candidate `candidate_id` now is: itself, or — when it was merged into another —
    the live record at the end of its `merged_into` pointers (storage/merged.py). An unknown
    id is returned as it is (the caller says it is not found). A key of an earlier file format
    (in a script, an export) names the record it became (`keys.compact`)."""
    rows = rows_of(source)
    if len(candidate_id) in (36, 25) and not rows.all(
            "SELECT 1 FROM candidate WHERE id = :id", id=candidate_id):
        from hirefile.domain.keys import compact  # rarely: loaded only then

        candidate_id = compact(candidate_id)
    seen = {candidate_id}
    at = candidate_id
    for _ in range(_MAX_HOPS):
        found = rows.all("SELECT deleted_at, merged_into FROM candidate WHERE id = :id", id=at)
        if not found or found[0][0] is None or found[0][1] is None or found[0][1] in seen:
            return at
        at = found[0][1]
        seen.add(at)
    return at


def candidate_ref(source: Any, ref: str) -> CandidateRef:
    """The live candidate `ref` names; the id of a record merged into another names the one
    it was merged into."""
    rows = rows_of(source)
    ref = ref.strip()
    columns = "SELECT id, full_name, email "
    found = rows.all(columns + _LIVE_CANDIDATE + "id = :id", id=current_id(rows, ref))
    if not found and "@" in ref:
        found = rows.all(columns + _LIVE_CANDIDATE + "email = :email LIMIT 1",
                         email=ref.lower())
    if found:
        return CandidateRef(found[0][0], found[0][1])
    same_name = _LIVE_CANDIDATE + "sort_name = :name"
    named = rows.all(columns + same_name + " LIMIT 5", name=fold(ref))
    if not named:
        raise NotFound(f"No candidate “{ref}” (give an id, an e-mail or the full name)")
    count = rows.scalar("SELECT count(*) " + same_name, name=fold(ref)) or 0
    if count == 1:
        return CandidateRef(named[0][0], named[0][1])
    who = "; ".join(f"{name} <{email or 'no e-mail'}>" for _id, name, email in named)
    more = f"; and {count - len(named):,} more" if count > len(named) else ""
    raise ValidationError(f"“{ref}” names {count:,} candidates ({who}{more}); give the e-mail "
                          "or the id")


def role_ref(source: Any, ref: str) -> RoleRef:
    """The live role `ref` names: its id (or a key it had before file format 6, as a script
    or an export written then has it), or its title (any case) when no other role has it."""
    rows = rows_of(source)
    ref = ref.strip()
    found = rows.all("SELECT id, title FROM role WHERE deleted_at IS NULL AND id = :id", id=ref)
    if not found and len(ref) in (36, 25):
        from hirefile.domain.keys import compact  # rarely: loaded only then

        found = rows.all("SELECT id, title FROM role WHERE deleted_at IS NULL AND id = :id",
                         id=compact(ref))
    if found:
        return RoleRef(*found[0])
    titled = rows.all("SELECT id, title FROM role WHERE deleted_at IS NULL AND "
                      "lower(title) = :title", title=ref.lower())
    if len(titled) == 1:
        return RoleRef(*titled[0])
    if not titled:
        titles = ", ".join(t for t, in rows.all(
            "SELECT title FROM role WHERE deleted_at IS NULL ORDER BY title"))
        raise NotFound(f"No role “{ref}” (roles: {titles or 'none yet'})")
    raise ValidationError(f"“{ref}” names {len(titled):,} roles; give the role's id "
                          "(hirefile list FILE roles --json)")


def application_ref(source: Any, candidate_ref_text: str, role_ref_text: str | None,
                    kind: str) -> tuple[str, str, str]:
    """(application id, candidate's name, role's title) of the application a command names
    with --candidate (and --role when the candidate is in several roles' pipelines)."""
    rows = rows_of(source)
    if not candidate_ref_text:
        raise ValidationError(f"exporting a {kind} needs --candidate (an id, an e-mail or "
                              "the full name)")
    candidate = candidate_ref(rows, candidate_ref_text)
    apps = rows.all("SELECT a.id, r.title, r.id FROM application a JOIN role r "
                    "ON r.id = a.role_id WHERE a.candidate_id = :candidate "
                    "AND a.deleted_at IS NULL ORDER BY r.title", candidate=candidate.id)
    if role_ref_text:
        role = role_ref(rows, role_ref_text)
        mine = [a for a in apps if a[2] == role.id]
        if not mine:
            raise NotFound(f"{candidate.full_name} is not in the pipeline of “{role.title}”")
        return mine[0][0], candidate.full_name, role.title
    if not apps:
        raise NotFound(f"{candidate.full_name} is in no role's pipeline")
    if len(apps) > 1:
        titles = ", ".join(f"“{t}”" for _, t, _r in apps)
        raise ValidationError(f"{candidate.full_name} is in {len(apps)} roles' pipelines "
                              f"({titles}); say which with --role")
    return apps[0][0], candidate.full_name, apps[0][1]
