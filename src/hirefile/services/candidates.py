"""Candidates: create, edit, tag, remove — each change also written to the activity log."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain import limits
from hirefile.domain.candidates import (
    CandidateDraft,
    Link,
    StoredLink,
    stored_fields,
    stored_links,
    validate_candidate,
)
from hirefile.domain.roles import errors
from hirefile.domain.vocab import ActivityKind, LinkKind
from hirefile.errors import NotFound, ValidationError
from hirefile.services import concurrency, refs
from hirefile.services.activity import record
from hirefile.storage.models import (
    Application,
    Candidate,
    CandidateLink,
    CandidateTag,
    Note,
    Tag,
)
from hirefile.storage.types import utcnow

#: The record form's names of the fields a refusal can name.
FIELD_LABELS = {"full_name": "Name", "preferred_name": "Preferred name", "email": "Email",
                "phone": "Phone", "github_url": "GitHub", "linkedin_url": "LinkedIn",
                "portfolio_url": "Portfolio", "current_company": "Company",
                "current_title": "Title", "expectation": "Expectation",
                "in_talent_pool": "Talent pool", "reach_out_on": "Reach out on",
                "retain_until": "Keep until", "consent_at": "Consent"}


def current_id(session: Session, candidate_id: str) -> str:
    """The record to show for `candidate_id`: itself, or the one it was merged into."""
    return refs.current_id(session, candidate_id)


def live_candidate(session: Session, candidate_id: str) -> Candidate:
    c = session.get(Candidate, candidate_id)
    if c is None or c.deleted_at is not None:
        raise NotFound("That candidate no longer exists")
    return c


def _checked(draft: CandidateDraft) -> dict[str, object]:
    problems = errors(validate_candidate(draft))
    if problems:
        raise ValidationError(problems[0].message, field=problems[0].field)
    return stored_fields(draft)


def create_candidate(session: Session, draft: CandidateDraft) -> Candidate:
    c = Candidate(**_checked(draft))
    session.add(c)
    set_tags(session, c.id, draft.tags, log=False)
    set_links(session, c.id, stored_links(draft))
    record(session, ActivityKind.CREATED, "candidate", c.id, f"Added {c.full_name}",
           candidate_id=c.id)
    return c


def candidate_draft(session: Session, candidate_id: str) -> CandidateDraft:
    c = live_candidate(session, candidate_id)
    return CandidateDraft(
        full_name=c.full_name, preferred_name=c.preferred_name, pronouns=c.pronouns,
        email=c.email, phone=c.phone, location=c.location, github_url=c.github_url,
        linkedin_url=c.linkedin_url, portfolio_url=c.portfolio_url, source=c.source,
        source_detail=c.source_detail, referrer_name=c.referrer_name,
        current_company=c.current_company, current_title=c.current_title,
        expectation=c.expectation, expectation_currency=c.expectation_currency,
        expectation_period=c.expectation_period, availability=c.availability,
        notes=c.notes or "", in_talent_pool=c.in_talent_pool, reach_out_on=c.reach_out_on,
        retain_until=c.retain_until,
        consent_on=c.consent_at.astimezone(timezone.utc).date() if c.consent_at else None,
        tags=tags_of(session, candidate_id), links=links_of(session, candidate_id),
        version=concurrency.version_of(c),
    )


def update_candidate(session: Session, candidate_id: str, draft: CandidateDraft, *,
                     seen: CandidateDraft | None = None, version: int | None = None) -> None:
    """Write `draft` over the record. With `seen` (the draft the form was loaded from) only
    what the person changed is written, so a field someone else changed meanwhile keeps their
    value; with `version` too, a changed field someone else changed since is refused
    (`concurrency.StaleEdit`) and nothing is written."""
    c = live_candidate(session, candidate_id)
    wanted = _checked(draft)
    before = stored_fields(seen) if seen is not None else {}
    values = None if seen is None else concurrency.seen_values(
        c, before, stored_fields(candidate_draft(session, candidate_id)))
    changed = []
    with concurrency.checked(session, c, version, seen=values, what=c.full_name,
                             labels=FIELD_LABELS):
        for name, value in wanted.items():
            if name in before and before[name] == value:
                continue  # not changed in the form
            if getattr(c, name) != value:
                setattr(c, name, value)
                changed.append(name)
        if (seen is None or seen.tags != draft.tags) and set_tags(
                session, candidate_id, draft.tags if seen is None else merged_tags(
                    tags_of(session, candidate_id), seen.tags, draft.tags), log=False):
            changed.append("tags")
        if (seen is None or seen.links != draft.links) and set_links(
                session, candidate_id, stored_links(draft) if seen is None else merged_links(
                    links_of(session, candidate_id), seen.links, draft.links)):
            changed.append("links")
    if changed:
        shown = [n.replace("_", " ") for n in changed if not n.endswith("_key")]
        record(session, ActivityKind.UPDATED, "candidate", c.id, f"Edited {', '.join(shown)}",
               candidate_id=c.id, detail={"fields": changed})


def merged_tags(now: Iterable[str], seen: Iterable[str], mine: Iterable[str]) -> list[str]:
    """The tags after an edit made on `seen` (`concurrency.merged`), compared as `set_tags`
    compares them (case-insensitive)."""
    return concurrency.merged(now, seen, mine, key=lambda name: " ".join(name.split()).casefold())


def merged_links(now: list[Link], seen: list[Link], mine: list[Link]) -> list[StoredLink]:
    """The links after an edit made on `seen`, as `merged_tags` does for tags: the links the
    person added, removed or relabelled, applied to the links the record holds `now`; a link
    someone else added, removed or relabelled meanwhile keeps their change. A link is its kind
    and cleaned value (`stored_links`)."""
    def stored(links: list[Link]) -> dict[tuple[LinkKind, str], StoredLink]:
        return {(link[0], link[1]): link for link in stored_links(CandidateDraft(links=links))}

    before, wanted = stored(seen), stored(mine)
    out = {k: wanted[k] if k in wanted and wanted[k] != before.get(k) else link
           for k, link in stored(now).items() if k not in before or k in wanted}
    return [*out.values(), *(link for k, link in wanted.items()
                             if k not in before and k not in out)]


def tags_of(session: Session, candidate_id: str) -> list[str]:
    return list(session.scalars(
        select(Tag.name).join(CandidateTag, CandidateTag.tag_id == Tag.id)
        .where(CandidateTag.candidate_id == candidate_id, CandidateTag.deleted_at.is_(None),
               Tag.deleted_at.is_(None))
        .order_by(Tag.name)))


def tag_named(session: Session, name: str) -> Tag:
    """The tag with this name (case-insensitive), created when new."""
    clean = " ".join(name.split())
    found = session.scalar(select(Tag).where(Tag.name.ilike(clean), Tag.deleted_at.is_(None)))
    if found is None:
        found = Tag(name=clean)
        session.add(found)
    return found


def set_tags(session: Session, candidate_id: str, names: Iterable[str], *,
             log: bool = True) -> bool:
    """Make the candidate's tags exactly `names`; returns whether anything changed."""
    wanted = {" ".join(n.split()).casefold(): " ".join(n.split()) for n in names if n.strip()}
    links = session.execute(
        select(CandidateTag, Tag).join(Tag, Tag.id == CandidateTag.tag_id)
        .where(CandidateTag.candidate_id == candidate_id)).all()
    have = {tag.name.casefold(): link for link, tag in links}
    changed = False
    for key, link in have.items():
        live = link.deleted_at is None
        if key in wanted and not live:
            link.deleted_at, changed = None, True
        elif key not in wanted and live:
            link.deleted_at, changed = utcnow(), True
    for key, name in wanted.items():
        if key not in have:
            session.add(CandidateTag(candidate_id=candidate_id,
                                     tag_id=tag_named(session, name).id))
            changed = True
    if changed and log:
        record(session, ActivityKind.UPDATED, "candidate", candidate_id,
               "Tags: " + (", ".join(sorted(wanted.values())) or "none"),
               candidate_id=candidate_id)
    return changed


def links_of(session: Session, candidate_id: str) -> list[Link]:
    """The candidate's further e-mails and links, in the order they were added."""
    return [(row.kind, row.value, row.label or "") for row in session.scalars(
        select(CandidateLink).where(CandidateLink.candidate_id == candidate_id,
                                    CandidateLink.deleted_at.is_(None))
        .order_by(CandidateLink.created_at, CandidateLink.id))]


def set_links(session: Session, candidate_id: str, links: Iterable[StoredLink]) -> bool:
    """Make the candidate's live links exactly `wanted` (as `stored_links` makes them): keep or
    bring back the rows with the same kind and value, tombstone the others, add the new ones.
    Returns whether anything changed."""
    rows = session.scalars(select(CandidateLink).where(
        CandidateLink.candidate_id == candidate_id)
        .order_by(CandidateLink.deleted_at.is_not(None), CandidateLink.created_at)).all()
    have: dict[tuple[LinkKind, str], CandidateLink] = {}
    for row in rows:
        have.setdefault((row.kind, row.value), row)
    wanted = list(links)
    keep = {(kind, value) for kind, value, _, _ in wanted}
    changed = False
    for row in rows:
        if row.deleted_at is None and (row.kind, row.value) not in keep:
            row.deleted_at, changed = utcnow(), True
    now = utcnow()
    for i, (kind, value, label, key) in enumerate(wanted):
        link = have.get((kind, value))
        if link is None:
            # Stamped apart, so that links added together read back in the order given.
            session.add(CandidateLink(candidate_id=candidate_id, kind=kind, value=value,
                                      label=label, key=key,
                                      created_at=now + timedelta(microseconds=i)))
            changed = True
            continue
        if link.deleted_at is not None:
            link.deleted_at, changed = None, True
        if (link.label, link.key) != (label, key):
            link.label, link.key, changed = label, key, True
    return changed


def add_tags(session: Session, candidate_ids: Iterable[str], names: Iterable[str]) -> int:
    """Bulk action: add tags to many candidates; returns how many candidates changed."""
    names = list(names)
    n = 0
    for cid in candidate_ids:
        if set_tags(session, cid, [*tags_of(session, cid), *names]):
            n += 1
    return n


def add_note(session: Session, candidate_id: str, body: str, *,
             application_id: str | None = None, log: bool = True) -> Note:
    """A free note on a live candidate (about one of their applications when given)."""
    c = live_candidate(session, candidate_id)
    text = limits.clean_text(body).strip()
    if not text:
        raise ValidationError("A note needs some text", field="body")
    problem = limits.too_long(text, limits.column_limit("body"), "The note")
    if problem:
        raise ValidationError(problem, field="body")
    note = Note(candidate_id=c.id, application_id=application_id, body=text)
    session.add(note)
    if log:
        record(session, ActivityKind.NOTE, "note", note.id, f"Note on {c.full_name}",
               candidate_id=c.id)
    return note


def remove_candidate(session: Session, candidate_id: str) -> None:
    """Tombstone the candidate and, at the same instant, their live applications (so lists
    of applications never need the candidate table to know who is still there)."""
    c = live_candidate(session, candidate_id)
    c.deleted_at = now = utcnow()
    for app in session.scalars(select(Application).where(
            Application.candidate_id == candidate_id, Application.deleted_at.is_(None))):
        app.deleted_at = now
    record(session, ActivityKind.DELETED, "candidate", c.id, f"Removed {c.full_name}",
           candidate_id=c.id)


def restore_candidate(session: Session, candidate_id: str) -> None:
    c = session.get(Candidate, candidate_id)
    if c is None:
        raise NotFound("That candidate no longer exists")
    if c.deleted_at is not None:
        for app in session.scalars(select(Application).where(
                Application.candidate_id == candidate_id,
                Application.deleted_at == c.deleted_at)):
            app.deleted_at = None
    c.deleted_at = None
