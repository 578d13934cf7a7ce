"""A person's data, exported: the answer to an access request.

`export_person(db, candidate_id, target_zip)` writes one ZIP (atomically) holding:
- `summary.pdf`, a readable account of everything the file holds about the person (who they
  are, contacts, consent and retention dates, applications with their stage history,
  interviews, the scorecards, portfolio reviews and culture assessments about them, offers and
  their events, notes, links, attachments);
- `data.json`, every row about them, grouped by kind (table), dates in ISO 8601, without the
  internal clocks used to merge copies; removed rows still held in the file are included with
  their `deleted_at`;
- `attachments/`, the files themselves under safe names.

The person is the candidate named and every record merged into it (`merged_into`, followed
back): a duplicate merged away is the same person. Sealing does not apply: the person is the
owner of the feedback about them, and the summary says that it includes it.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.errors import NotFound
from hirefile.fsutil import atomic_path, check_output
from hirefile.services.refs import current_id
from hirefile.services.workspace import Workspace
from hirefile.storage.models import (
    Activity,
    Application,
    Attachment,
    Candidate,
    CandidateLink,
    CandidateTag,
    CheckIn,
    Correspondence,
    CultureAssessment,
    CultureRating,
    DebriefDecision,
    DebriefEstimate,
    Interview,
    InterviewPanelist,
    Note,
    Offer,
    OfferEvent,
    OnboardingItem,
    Person,
    PortfolioReview,
    PortfolioReviewCheck,
    Role,
    Scorecard,
    ScorecardQuestionNote,
    ScorecardRating,
    StageChange,
    Tag,
)
from hirefile.storage.models.base import Tracked

#: Columns that are bookkeeping for merging copies, not data about anyone.
INTERNAL = frozenset({"row_clock", "field_clocks"})
#: Columns left out of data.json because the ZIP holds them otherwise (the files' bytes).
BINARY = frozenset({"data", "raw"})
#: More hops back along `merged_into` than any real chain of merges.
_MAX_DEPTH = 64
ATTACHMENTS = "attachments"
#: The folder of the ZIP that holds kept e-mails as `.eml` files.
MAILS = "e-mails"


@dataclass
class PersonRows:
    """Every row about one person, by kind (the table's name), in a stable order."""

    candidate_id: str
    candidate_ids: list[str]
    rows: dict[str, list[Any]] = field(default_factory=dict)
    #: Who and what the rows refer to by key: people (interviewers…), roles, tags.
    people: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    #: Attachment key → the name it has in the ZIP.
    attachment_paths: dict[str, str] = field(default_factory=dict)
    #: Kept e-mail key → the name of its `.eml` in the ZIP.
    mail_paths: dict[str, str] = field(default_factory=dict)

    def of(self, kind: str, *, live: bool = True) -> list[Any]:
        found = self.rows.get(kind, [])
        return [r for r in found if r.deleted_at is None] if live else found

    def removed_count(self) -> int:
        return sum(1 for rows in self.rows.values() for r in rows if r.deleted_at is not None
                   and not (isinstance(r, Candidate) and r.merged_into))

    def counts(self) -> dict[str, int]:
        return {kind: len(rows) for kind, rows in self.rows.items() if rows}


def same_person(session: Session, candidate_id: str) -> list[str]:
    """The record `candidate_id` now is (its `merged_into` followed), first, then every record
    merged into it, directly or through others."""
    root = current_id(session, candidate_id)
    if session.get(Candidate, root) is None:
        raise NotFound("That candidate is not in this file any more")
    found, frontier = [root], [root]
    for _ in range(_MAX_DEPTH):
        if not frontier:
            break
        merged = [cid for cid in session.scalars(
            select(Candidate.id).where(Candidate.merged_into.in_(frontier))
            .order_by(Candidate.created_at, Candidate.id)) if cid not in found]
        found += merged
        frontier = merged
    return found


def _all(session: Session, model: type[Any], column: Any, keys: Sequence[str],
         *order: Any) -> list[Any]:
    if not keys:
        return []
    out: list[Any] = []
    for start in range(0, len(keys), 500):  # under SQLite's limit on bound values
        out += session.scalars(select(model).where(column.in_(keys[start:start + 500]))
                               .order_by(*order, model.id)).all()
    return out


def _ids(rows: Iterable[Any]) -> list[str]:
    return [r.id for r in rows]


def gather(session: Session, candidate_id: str) -> PersonRows:
    """Every row about the person `candidate_id` names (see `same_person`)."""
    ids = same_person(session, candidate_id)
    p = PersonRows(candidate_id=ids[0], candidate_ids=ids)
    r = p.rows
    r["candidate"] = _all(session, Candidate, Candidate.id, ids, Candidate.created_at)
    r["candidate_link"] = _all(session, CandidateLink, CandidateLink.candidate_id, ids,
                               CandidateLink.created_at)
    r["candidate_tag"] = _all(session, CandidateTag, CandidateTag.candidate_id, ids,
                              CandidateTag.created_at)
    apps = r["application"] = _all(session, Application, Application.candidate_id, ids,
                                   Application.applied_at)
    a = _ids(apps)
    r["stage_change"] = _all(session, StageChange, StageChange.application_id, a,
                             StageChange.moved_at)
    interviews = r["interview"] = _all(session, Interview, Interview.application_id, a,
                                       Interview.starts_at)
    r["interview_panelist"] = _all(session, InterviewPanelist, InterviewPanelist.interview_id,
                                   _ids(interviews), InterviewPanelist.created_at)
    cards = r["scorecard"] = _all(session, Scorecard, Scorecard.application_id, a,
                                  Scorecard.submitted_at)
    r["scorecard_rating"] = _all(session, ScorecardRating, ScorecardRating.scorecard_id,
                                 _ids(cards), ScorecardRating.created_at)
    r["scorecard_question_note"] = _all(session, ScorecardQuestionNote,
                                        ScorecardQuestionNote.scorecard_id, _ids(cards),
                                        ScorecardQuestionNote.position)
    reviews = r["portfolio_review"] = _all(session, PortfolioReview,
                                           PortfolioReview.application_id, a,
                                           PortfolioReview.reviewed_on)
    r["portfolio_review_check"] = _all(session, PortfolioReviewCheck,
                                       PortfolioReviewCheck.review_id, _ids(reviews),
                                       PortfolioReviewCheck.created_at)
    cultures = r["culture_assessment"] = _all(session, CultureAssessment,
                                              CultureAssessment.application_id, a,
                                              CultureAssessment.assessed_on)
    r["culture_rating"] = _all(session, CultureRating, CultureRating.assessment_id,
                               _ids(cultures), CultureRating.created_at)
    r["debrief_decision"] = _all(session, DebriefDecision, DebriefDecision.application_id, a,
                                 DebriefDecision.decided_at)
    r["debrief_estimate"] = _all(session, DebriefEstimate, DebriefEstimate.application_id, a,
                                 DebriefEstimate.before_at)
    offers = r["offer"] = _all(session, Offer, Offer.application_id, a, Offer.created_at)
    r["offer_event"] = _all(session, OfferEvent, OfferEvent.offer_id, _ids(offers),
                            OfferEvent.at)
    r["onboarding_item"] = _all(session, OnboardingItem, OnboardingItem.application_id, a,
                                OnboardingItem.position)
    r["check_in"] = _all(session, CheckIn, CheckIn.application_id, a, CheckIn.due_on)
    r["note"] = _all(session, Note, Note.candidate_id, ids, Note.created_at)
    by_candidate = _all(session, Attachment, Attachment.candidate_id, ids, Attachment.created_at)
    by_app = _all(session, Attachment, Attachment.application_id, a, Attachment.created_at)
    seen: set[str] = set()
    r["attachment"] = [x for x in (*by_candidate, *by_app)
                       if not (x.id in seen or seen.add(x.id))]  # type: ignore[func-returns-value]
    by_candidate = _all(session, Correspondence, Correspondence.candidate_id, ids,
                        Correspondence.sent_at)
    by_app = _all(session, Correspondence, Correspondence.application_id, a,
                  Correspondence.sent_at)
    seen = set()
    r["correspondence"] = [x for x in (*by_candidate, *by_app)
                           if not (x.id in seen or seen.add(x.id))]  # type: ignore[func-returns-value]
    r["activity"] = _all(session, Activity, Activity.candidate_id, ids, Activity.at)
    _references(session, p)
    p.attachment_paths = attachment_names(
        [(x.id, x.filename, x.deleted_at is not None) for x in r["attachment"]])
    p.mail_paths = attachment_names(
        [(x.id, f"{x.sent_at:%Y-%m-%d} {x.subject or 'no subject'}"[:110] + ".eml",
          x.deleted_at is not None) for x in r["correspondence"]], MAILS)
    return p


def _references(session: Session, p: PersonRows) -> None:
    people: set[str] = set()
    for kind, column in (("scorecard", "interviewer_id"), ("portfolio_review", "reviewer_id"),
                         ("culture_assessment", "assessor_id"),
                         ("debrief_decision", "decided_by_id"),
                         ("debrief_estimate", "person_id"),
                         ("interview_panelist", "person_id"), ("application", "owner_person_id"),
                         ("offer", "approved_by_id"), ("candidate", "referrer_person_id")):
        people |= {v for row in p.rows.get(kind, []) if (v := getattr(row, column))}
    for rows in p.rows.values():
        people |= {row.created_by for row in rows if row.created_by}
        people |= {row.updated_by for row in rows if row.updated_by}
    if people:
        p.people = dict(session.execute(select(Person.id, Person.name)
                                        .where(Person.id.in_(sorted(people)))).all())
    role_ids = sorted({a.role_id for a in p.rows.get("application", [])})
    if role_ids:
        p.roles = dict(session.execute(select(Role.id, Role.title)
                                       .where(Role.id.in_(role_ids))).all())
    tag_ids = sorted({t.tag_id for t in p.rows.get("candidate_tag", [])})
    if tag_ids:
        p.tags = dict(session.execute(select(Tag.id, Tag.name)
                                      .where(Tag.id.in_(tag_ids))).all())


# file names in the ZIP -----------------------------------------------------------------------

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def safe_name(filename: str, fallback: str = "file") -> str:
    """A file name that stays inside its folder when unpacked on any system: the last part of
    the stored name, with separators, reserved and control characters taken out and no
    leading dots."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = " ".join(_UNSAFE.sub(" ", base).split()).lstrip(". ").rstrip(". ")
    if len(base) > 120:
        stem, dot, ext = base.rpartition(".")
        base = (stem[:110] + dot + ext[:9]) if dot and len(ext) <= 9 else base[:120]
    return base or fallback


def attachment_names(files: Sequence[tuple[str, str, bool]],
                     top: str = ATTACHMENTS) -> dict[str, str]:
    """Attachment key → its path in the ZIP (under `top`), for (key, stored name, removed):
    numbered so that two files of one name never overwrite each other; removed ones (still
    held in the file) under `removed/`."""
    out = {}
    for n, (key, filename, removed) in enumerate(files, 1):
        folder = f"{top}/removed" if removed else top
        out[key] = f"{folder}/{n:02d} {safe_name(filename)}"
    return out


# data.json -----------------------------------------------------------------------------------

def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return None
    return value


def row_dict(row: Tracked) -> dict[str, Any]:
    """A row's columns as JSON values, without the merge clocks and binary data."""
    table = row.__table__  # type: ignore[attr-defined]
    return {c.key: _value(getattr(row, c.key)) for c in table.columns
            if c.key not in INTERNAL and c.key not in BINARY}


def data_json(p: PersonRows, exported_at: datetime) -> dict[str, Any]:
    records: dict[str, list[dict[str, Any]]] = {}
    for kind, rows in p.rows.items():
        out = []
        for row in rows:
            d = row_dict(row)
            if kind == "attachment":
                d["zip_path"] = p.attachment_paths.get(row.id)
            if kind == "correspondence":
                d["zip_path"] = p.mail_paths.get(row.id)
            out.append(d)
        records[kind] = out
    return {
        "format": "hirefile-person-export",
        "version": 1,
        "exported_at": exported_at.isoformat(),
        "candidate_id": p.candidate_id,
        "merged_records": p.candidate_ids[1:],
        "note": ("Every record this file holds about the person, by kind. Rows with a "
                 "deleted_at were removed in the app and are still held in the file. Times "
                 "are UTC (ISO 8601). The files are in attachments/, the kept e-mails "
                 "in e-mails/."),
        "references": {"people": p.people, "roles": p.roles, "tags": p.tags},
        "records": records,
    }


# the export --------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonExport:
    """What was written, for the message that says so."""

    path: Path
    name: str
    records: int
    attachments: int
    pages_bytes: int


def export_person(db: Workspace, candidate_id: str, target_zip: Path | str) -> PersonExport:
    """Write the person's data to `target_zip` (atomically: the old file or the new one)."""
    from hirefile.documents.person_summary import build_summary
    from hirefile.services.erasure import refuse_erased
    from hirefile.services.person_summary import summary_data
    from hirefile.storage.types import utcnow

    target = check_output(target_zip)  # said before any work
    now = utcnow()
    with db.reader() as s:
        refuse_erased(s, current_id(s, candidate_id), "nothing of them is left to export")
        p = gather(s, candidate_id)
        pdf = build_summary(summary_data(s, p, now))
        doc = json.dumps(data_json(p, now), indent=1, ensure_ascii=False, sort_keys=False)
        stamp = now.timetuple()[:6]
        with atomic_path(target) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(zipfile.ZipInfo("summary.pdf", stamp), pdf, zipfile.ZIP_DEFLATED)
            z.writestr(zipfile.ZipInfo("data.json", stamp), doc.encode(), zipfile.ZIP_DEFLATED)
            for att in p.rows["attachment"]:
                data = s.scalar(select(Attachment.data).where(Attachment.id == att.id))
                z.writestr(zipfile.ZipInfo(p.attachment_paths[att.id], stamp), data or b"",
                           zipfile.ZIP_DEFLATED)
            for mail in p.rows["correspondence"]:
                raw = s.scalar(select(Correspondence.raw).where(Correspondence.id == mail.id))
                z.writestr(zipfile.ZipInfo(p.mail_paths[mail.id], stamp), raw or b"",
                           zipfile.ZIP_DEFLATED)
        name = next(c.full_name for c in p.rows["candidate"] if c.id == p.candidate_id)
    return PersonExport(target, name, sum(p.counts().values()), len(p.rows["attachment"]),
                        len(pdf))
