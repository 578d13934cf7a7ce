"""Erasure of a person: every trace of their personal data leaves the file, and its bytes.

`erase_candidate(db, candidate_id)` backs the file up ("erase"; a server keeps its own
backups), then in one transaction, on a connection with `PRAGMA secure_delete=ON` on a file
(freed pages are zeroed; `storage/compaction.py`):

- finds the person: the record named, the one it was merged into, and every record merged
  into those (`merged_into`, both ways: they are one person);
- blanks every personal column of each candidate row (`PERSONAL`, taken from the model: name
  becomes "Erased candidate"; contacts, links, location, employer, pay expectation, source
  details, referrer, talent-pool and consent dates, notes) and sets `anonymised_at`;
- blanks and tombstones their links, notes, attachments (the blob becomes empty) and kept
  e-mails (sender, recipients, subject, text, Message-ID and the message's bytes), blanks
  the free text about them (application exit notes, stage-move notes, interview notes, place
  and link, scorecard takeaways, private notes, evidence and question notes, portfolio
  reviews, culture assessments, debrief rationales, offer notes, letters and events,
  check-ins), replaces their name in interview titles and onboarding items, in every activity
  entry (one about them keeps only its kind: "Moved: erased candidate") and in merge
  records' reports (a conflict about one of their rows keeps neither value). Ratings,
  stages, stage names of moves, dates, tags and offer amounts stay: the anonymous counts
  reports need;
- takes the text read from their CVs (`attachment.text`, `text_note`) with the files;
- rewrites the full-text indexes (names and CV words) into one segment each (`optimize`), so
  no old token survives.

Every blanked value is written through the session, so it carries this copy's next clock,
later than every edit the copy holds: merging an older copy never brings a value back (and
the merge lets an erasure win the candidate row whatever the clocks). Rows an older copy adds
about an erased person are scrubbed after each merge (`reapply`, called by
`services/merging.py`).

What remains to recognise the person (a later CSV import): a keyed hash of each normalised
contact (e-mail, phone, GitHub, LinkedIn; HMAC-SHA256 keyed by the file's UUID), stored as a
small JSON in the erased candidate's `notes` column (`{"erased": "DATE", "keys": [...]}`),
no schema change. Then, outside the transaction, `VACUUM` rewrites the file without the freed
pages and any write-ahead log is checkpointed and truncated; on a server `VACUUM FULL`
rewrites each table the erasure wrote (`compaction.compact`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hirefile.domain.contacts import email_key
from hirefile.domain.vocab import ActivityKind, LinkKind
from hirefile.errors import NotFound, ValidationError
from hirefile.services.activity import record
from hirefile.services.workspace import Workspace, database
from hirefile.storage import compaction, search
from hirefile.storage.database import Database
from hirefile.storage.models import (
    Activity,
    Application,
    Attachment,
    Candidate,
    CandidateLink,
    CheckIn,
    Correspondence,
    CultureAssessment,
    CultureRating,
    DebriefDecision,
    DebriefEstimate,
    Interview,
    MergeRecord,
    Meta,
    Note,
    Offer,
    OfferEvent,
    OnboardingItem,
    PortfolioReview,
    PortfolioReviewCheck,
    Scorecard,
    ScorecardQuestionNote,
    ScorecardRating,
    StageChange,
)
from hirefile.storage.types import utcnow

#: The name an erased person's record shows.
ERASED_NAME = "Erased candidate"
#: The key of the JSON kept in an erased candidate's `notes`.
MARK = "erased"


def erased_ids() -> sa.Select[str]:
    """The keys of erased candidates, as a subquery for lists that leave them out. Erasure
    always writes `ERASED_NAME` (a merge scrubs again), so the name's index finds them
    without reading every candidate row; `anonymised_at` confirms each."""
    return sa.select(Candidate.id).where(Candidate.full_name == ERASED_NAME,
                                         Candidate.anonymised_at.is_not(None))

#: Every personal column of `candidate`, and the value it takes on erasure. `sort_name` and the
#: contact keys follow from these (the model's derived fields). Kept: key, stamps, `source`
#: (a count by channel), `anonymised_at`, `merged_into`, `deleted_at`.
PERSONAL: dict[str, Any] = {
    "full_name": ERASED_NAME, "preferred_name": None, "pronouns": None, "email": None,
    "phone": None, "location": None, "github_url": None, "linkedin_url": None,
    "portfolio_url": None, "source_detail": None, "referrer_name": None,
    "referrer_person_id": None, "current_company": None, "current_title": None,
    "expectation": None, "expectation_currency": None, "expectation_period": None,
    "availability": None, "in_talent_pool": False, "reach_out_on": None, "consent_at": None,
    "retain_until": None,
}

#: Free text about a person in rows below their applications: (model, how it reaches the
#: application, blanked values).
_BELOW: list[tuple[Any, dict[str, Any]]] = [
    (Interview, {"notes": "", "location": None, "link": None}),
    (Scorecard, {"takeaways": "", "private_note": ""}),
    (PortfolioReview, {"urls": [], "looked_at": "", "notes": ""}),
    (CultureAssessment, {"summary": ""}),
    (DebriefDecision, {"rationale": ""}),
    (DebriefEstimate, {"reason": ""}),
    (Offer, {"notes": "", "letter_body": None, "bonus_note": None}),
    (CheckIn, {"notes": ""}),
]


@dataclass
class ErasureReport:
    """What an erasure did."""

    #: The records erased (each person and every record merged into them).
    candidate_ids: list[str]
    #: The name before (for the one line said to the person who asked; never stored), or
    #: "12 candidates" for a bulk erasure.
    name: str
    #: How many people were asked to be erased (1, or the size of a bulk erasure).
    people: int = 1
    #: Rows blanked or removed, per kind ("notes", "attachments", ...).
    removed: Counter[str] = field(default_factory=Counter)
    backup: Path | None = None
    bytes_before: int = 0
    bytes_after: int = 0
    #: Erased on a server database, not a file (the line says which went from what to what).
    on_server: bool = False

    def line(self) -> str:
        what = ", ".join(f"{n:,} {_one(kind) if n == 1 else kind}"
                         for kind, n in sorted(self.removed.items()) if n)
        records = len(self.candidate_ids)
        merged = f" ({records} merged records)" if records > self.people else ""
        return (f"Erased {self.name}" + merged
                + f": {what or 'no other rows'} removed or blanked; the "
                f"{'database' if self.on_server else 'file'} went from "
                f"{self.bytes_before:,} to {self.bytes_after:,} bytes")


def _one(kind: str) -> str:
    """"activity entries" → "activity entry", "notes" → "note"."""
    return kind[:-3] + "y" if kind.endswith("ies") else kind.removesuffix("s")


# keyed hashes ----------------------------------------------------------------------------------

def contact_keys(email: str | None, phone_key: str | None, github_key: str | None,
                 linkedin_key: str | None,
                 links: Iterable[tuple[LinkKind, str | None]] = ()) -> set[str]:
    """A person's normalised contacts, as "kind:key" (the forms duplicate checks compare)."""
    out = {f"{kind}:{key}" for kind, key in (
        ("email", email_key(email)), ("phone", phone_key), ("github", github_key),
        ("linkedin", linkedin_key)) if key}
    for kind, key in links:
        if key and kind in (LinkKind.EMAIL, LinkKind.PHONE, LinkKind.GITHUB, LinkKind.LINKEDIN):
            out.add(f"{kind.value}:{key}")
    return out


def name_keys(*names: str | None) -> set[str]:
    """A person's names of several words, as "name:WORDS" (casefolded words, one space): the
    form a merge later looks for in text an older copy brings (`HashedNames`)."""
    out = set()
    for name in names:
        words = _WORD.findall(name or "")
        if MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and name != ERASED_NAME:
            out.add("name:" + " ".join(w.casefold() for w in words))
    return out


def keyed_hashes(file_uuid: str, keys: Iterable[str]) -> set[str]:
    """HMAC-SHA256 of each key, keyed by the file's UUID (the same in every copy)."""
    secret = file_uuid.encode("utf-8")
    return {hmac.new(secret, k.encode("utf-8"), hashlib.sha256).hexdigest() for k in keys}


def erased_mark(notes: str | None) -> dict[str, Any] | None:
    """The JSON an erased candidate's `notes` holds, or None."""
    if not notes or not notes.startswith("{"):
        return None
    try:
        value = json.loads(notes)
    except ValueError:
        return None
    return value if isinstance(value, dict) and MARK in value else None


def erased_index(session: Session) -> dict[str, str]:
    """Keyed hash → the date its person was erased (ISO), over every erased candidate."""
    out: dict[str, str] = {}
    rows = session.execute(sa.select(Candidate.notes, Candidate.anonymised_at)
                           .where(Candidate.anonymised_at.is_not(None)))
    for notes, at in rows:
        mark = erased_mark(notes) or {}
        for h in mark.get("keys", []):
            out[str(h)] = str(mark.get(MARK) or (at.date().isoformat() if at else ""))
    return out


def refuse_erased(session: Session, candidate_id: str, what: str) -> None:
    """`ValidationError` when the candidate was erased: nothing is attached to, drafted for or
    exported from an erased person (`what` says which, for the one line)."""
    c = session.get(Candidate, candidate_id)
    if c is not None and c.anonymised_at is not None:
        raise ValidationError(f"That candidate was erased on {c.anonymised_at.date()}; "
                              f"{what}")


def file_uuid(session: Session) -> str:
    return str(session.scalar(sa.select(Meta.value).where(Meta.key == "file_uuid")))


# the erasure -----------------------------------------------------------------------------------

def erase_candidate(db: Workspace, candidate_id: str, *,
                    why: str = "on request") -> ErasureReport:
    """Erase the person `candidate_id` is (and every record merged with them); see the module."""
    return erase_candidates(db, [candidate_id], why=why)


def erase_candidates(workspace: Workspace, candidate_ids: list[str], *,
                     why: str | Mapping[str, str] = "on request") -> ErasureReport:
    """Erase each person of `candidate_ids` (a bulk erasure: one backup, one transaction, one
    vacuum). Each leaves one activity entry with no personal data: "Erased a candidate (why)",
    `why` the same for everyone or given per id."""
    db = database(workspace)
    from hirefile.services.backups import make_backup

    with db.reader() as s:
        names = {key: name for key, name in s.execute(
            sa.select(Candidate.id, Candidate.full_name).where(Candidate.id.in_(candidate_ids)))}
    missing = [c for c in candidate_ids if c not in names]
    if missing or not candidate_ids:
        raise NotFound("That candidate is not in this file" if len(candidate_ids) == 1 else
                       f"{len(missing):,} of the candidates to erase are not in this file")
    before = _size(db)
    # a server keeps its own backups (see ARCHITECTURE): there is no file to copy here
    backup = None if db.on_server else make_backup(db, "erase").path

    def groups(session: Session) -> list[str]:
        ids = _groups(session, candidate_ids)
        for c in candidate_ids:
            reason = why if isinstance(why, str) else why.get(c, "on request")
            record(session, ActivityKind.ERASED, "candidate", c,
                   f"Erased a candidate ({reason})", candidate_id=c)
        return ids

    removed, ids = _scrub_securely(db, groups)
    people = len(candidate_ids)
    name = names[candidate_ids[0]] if people == 1 else f"{people:,} candidates"
    report = ErasureReport(candidate_ids=ids, name=name, people=people, removed=removed,
                           backup=backup, bytes_before=before,
                           on_server=db.on_server)
    report.bytes_after = _size(db)
    return report


def reapply(db: Database, touched: dict[str, set[str]] | None = None) -> Counter[str]:
    """Scrub again every erased person (after a merge brought rows about them, `touched`:
    table → the rows it added or changed); vacuums only when something was scrubbed. Returns
    what was removed or blanked, per kind."""
    removed, _ids = _scrub_securely(db, _erased_ids, vacuum_if_changed=True,
                                    within=touched if touched is not None else {})
    return removed


def _erased_ids(session: Session) -> list[str]:
    return list(session.scalars(sa.select(Candidate.id)
                                .where(Candidate.anonymised_at.is_not(None))
                                .order_by(Candidate.id)))


def _scrub_securely(db: Database, which: Any, *, vacuum_if_changed: bool = False,
                    within: dict[str, set[str]] | None = None,
                    ) -> tuple[Counter[str], list[str]]:
    touched: set[str] = set()

    def note_tables(session: Session, *_args: Any) -> None:
        touched.update(obj.__table__.name for group in (session.new, session.dirty,
                                                         session.deleted) for obj in group)

    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        dialect = conn.dialect.name
        with compaction.zeroing_freed_pages(raw, dialect):
            with db.session_on(conn) as session:
                sa.event.listen(session, "before_flush", note_tables)
                tx = session.begin()
                try:
                    ids = which(session)
                    removed = _scrub(session, ids, within) if ids else Counter()
                    session.flush()
                except BaseException:
                    tx.rollback()
                    raise
                tx.commit()
            conn.rollback()
            if removed or not vacuum_if_changed:
                compaction.compact(raw, dialect, touched)
    return removed, ids


def _size(db: Database) -> int:
    """The bytes the file (and its write-ahead log) or the server database takes."""
    if db.on_server:
        from hirefile.storage import server

        with db.engine.connect() as conn:
            return server.size_bytes(conn)
    wal = db.path.with_name(db.path.name + "-wal")
    return db.path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def _groups(session: Session, candidate_ids: list[str]) -> list[str]:
    """The records and every record merged with any of them, either way (the pointers read
    once, however many people are erased)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            parent[key] = parent.get(parent[key], parent[key])  # halve the path
            key = parent[key]
        return key

    for a, b in session.execute(sa.select(Candidate.id, Candidate.merged_into)
                                .where(Candidate.merged_into.is_not(None))):
        if b:
            parent.setdefault(a, a)
            parent.setdefault(b, b)
            parent[root(a)] = root(b)
    wanted = {root(c) for c in candidate_ids}
    return sorted({*candidate_ids, *(k for k in parent if root(k) in wanted)})


def _set(row: Any, values: dict[str, Any]) -> bool:
    """Set `values` on `row` where they differ (so an erasure applied again writes nothing)."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _scrub(session: Session, ids: list[str],
           within: dict[str, set[str]] | None = None) -> Counter[str]:
    """Blank every trace of the people `ids`; `within` (table → row ids) narrows the sweep of
    other records' free text to those rows (after a merge: the rows it brought)."""
    removed: Counter[str] = Counter()
    candidates = list(session.scalars(sa.select(Candidate).where(Candidate.id.in_(ids))))
    links = list(session.scalars(sa.select(CandidateLink)
                                 .where(CandidateLink.candidate_id.in_(ids))))
    needles = _their_strings(candidates, links)
    now = utcnow()
    secret = file_uuid(session)
    for c in candidates:
        mark = erased_mark(c.notes) or {}
        keys = keyed_hashes(secret, contact_keys(
            c.email, c.phone_key, c.github_key, c.linkedin_key,
            [(link.kind, link.key) for link in links if link.candidate_id == c.id]))
        keys |= keyed_hashes(secret, name_keys(c.full_name, c.preferred_name))
        keys |= set(mark.get("keys", []))
        erased_on = mark.get(MARK) or (c.anonymised_at or now).date().isoformat()
        notes = json.dumps({MARK: erased_on, "keys": sorted(keys)}, separators=(",", ":")) \
            if keys else ""  # nothing to recognise them by: nothing kept
        values = {**PERSONAL, "notes": notes, "anonymised_at": c.anonymised_at or now}
        if _set(c, values):
            removed["candidate records"] += 1
    gone = {"deleted_at": now}
    for link in links:
        removed["links"] += _set(link, {"value": "", "label": None,
                                        **({} if link.deleted_at else gone)})
    for note in session.scalars(sa.select(Note).where(Note.candidate_id.in_(ids))):
        removed["notes"] += _set(note, {"body": "", **({} if note.deleted_at else gone)})
    apps = list(session.scalars(sa.select(Application)
                                .where(Application.candidate_id.in_(ids))))
    app_ids = [a.id for a in apps]
    attached = sa.or_(Attachment.candidate_id.in_(ids), Attachment.application_id.in_(app_ids))
    for a in session.scalars(sa.select(Attachment).where(attached)):
        if a.size or a.filename or a.deleted_at is None or a.text is not None or a.text_note:
            a.data = b""
            _set(a, {"filename": "", "size": 0, "sha256": hashlib.sha256(b"").hexdigest(),
                     "text": None, "text_note": None, **({} if a.deleted_at else gone)})
            removed["attachments"] += 1
    for m in session.scalars(sa.select(Correspondence).where(sa.or_(
            Correspondence.candidate_id.in_(ids), Correspondence.application_id.in_(app_ids)))):
        if m.raw or m.deleted_at is None or any(getattr(m, k) for k in _MAIL_TEXT):
            m.raw = b""
            _set(m, {**dict.fromkeys(_MAIL_TEXT, ""), "message_id": None,
                     "mail_key": f"erased:{m.id}", **({} if m.deleted_at else gone)})
            removed["e-mails"] += 1
    for app in apps:
        removed["application notes"] += _set(app, {"exit_note": None})
    for move in session.scalars(sa.select(StageChange)
                                .where(StageChange.application_id.in_(app_ids))):
        removed["stage-move notes"] += _set(move, {"note": None})
    for model, blank in _BELOW:
        for row in session.scalars(sa.select(model).where(model.application_id.in_(app_ids))):
            extra = {"title": _without(row.title, needles)} if model is Interview else {}
            removed[_KIND[model]] += _set(row, {**blank, **extra})
    removed["feedback comments"] += _below_rows(session, app_ids)
    for item in session.scalars(sa.select(OnboardingItem)
                                .where(OnboardingItem.application_id.in_(app_ids))):
        removed["onboarding items"] += _set(item, {"text": _without(item.text, needles)})
    removed["activity entries"] += _scrub_activity(session, ids, needles)
    removed["merge reports"] += _scrub_merge_records(session, ids, needles)
    removed["mentions in other records"] += _scrub_mentions(
        session, ids, app_ids, Needles(s for s in needles.strings if _distinctive(s)), within)
    if within is not None:  # after a merge: erased names are known only by their hashes
        hashed = HashedNames(secret, {h for c in candidates
                                      for h in (erased_mark(c.notes) or {}).get("keys", [])})
        removed["mentions in other records"] += _scrub_mentions(
            session, ids, app_ids, hashed, within)
    session.flush()
    if +removed:  # one segment each: the indexes keep no token of what was there
        search.optimize(session.connection())
    return +removed


#: The text of a kept e-mail, blanked with its bytes.
_MAIL_TEXT = ("sender", "sender_address", "recipients", "subject", "body")

_KIND = {Interview: "interviews", Scorecard: "scorecards", PortfolioReview: "portfolio reviews",
         CultureAssessment: "culture assessments", DebriefDecision: "debrief decisions",
         DebriefEstimate: "revised debrief scores",
         Offer: "offers", CheckIn: "check-ins"}


def _below_rows(session: Session, app_ids: list[str]) -> int:
    """Evidence, question notes and check notes under their scorecards and assessments."""
    n = 0
    cards = sa.select(Scorecard.id).where(Scorecard.application_id.in_(app_ids))
    reviews = sa.select(PortfolioReview.id).where(PortfolioReview.application_id.in_(app_ids))
    cultures = sa.select(CultureAssessment.id).where(
        CultureAssessment.application_id.in_(app_ids))
    offers = sa.select(Offer.id).where(Offer.application_id.in_(app_ids))
    for model, where, blank in (
            (ScorecardRating, ScorecardRating.scorecard_id.in_(cards), {"evidence": ""}),
            (ScorecardQuestionNote, ScorecardQuestionNote.scorecard_id.in_(cards),
             {"note": ""}),
            (PortfolioReviewCheck, PortfolioReviewCheck.review_id.in_(reviews), {"note": ""}),
            (CultureRating, CultureRating.assessment_id.in_(cultures), {"evidence": ""}),
            (OfferEvent, OfferEvent.offer_id.in_(offers), {"note": None})):
        for row in session.scalars(sa.select(model).where(where)):
            n += _set(row, blank)
    return n


def _their_strings(candidates: list[Candidate], links: list[CandidateLink]) -> Needles:
    """The people's names and contacts as written (replaced in free text), also as JSON
    writes them (non-ASCII letters escaped), for text stored as JSON."""
    found: set[str] = set()
    for c in candidates:
        for value in (c.full_name, c.preferred_name, c.email, c.phone, c.github_url,
                      c.linkedin_url, c.portfolio_url):
            if value and value != ERASED_NAME and len(value) >= 3:
                found.add(value)
    found |= {link.value for link in links if link.value and len(link.value) >= 3}
    return Needles(_json_forms(found))


_WORD = re.compile(r"\w+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: The names a merge can recognise by their keyed hash in others' text: 2 to 5 words.
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 5


class Needles:
    """Strings to find in free text, found by word: each is filed under its longest word, so a
    text is compared only with the strings whose word it holds. One pass over the activity log
    then serves a bulk erasure of thousands of people as well as one (a query OR-ing a
    pattern per string outgrows SQLite's expression limit, and scans once per pattern).

    A string is found where it is written in the text and its longest word stands there as a
    whole word ("Ana Lima" is in "Moved Ana Lima to Onsite", not in "Ana Limas")."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = sorted(set(strings), key=lambda v: (-len(v), v))
        self._by_word: dict[str, list[str]] = {}
        self._wordless: list[str] = []
        for text in self.strings:
            words = _WORD.findall(text)
            if words:
                self._by_word.setdefault(max(words, key=len), []).append(text)
            else:
                self._wordless.append(text)

    def __bool__(self) -> bool:
        return bool(self.strings)

    def found(self, text: str | None) -> list[str]:
        """The strings in `text`, longest first."""
        if not text or not self.strings:
            return []
        words = set(_WORD.findall(text)) & self._by_word.keys()
        hits = {s for w in words for s in self._by_word[w] if s in text}
        hits.update(s for s in self._wordless if s in text)
        return sorted(hits, key=lambda v: (-len(v), v))


    def without(self, text: str | None) -> Any:
        for s in self.found(text):
            assert text is not None
            text = text.replace(s, ERASED_NAME)
        return text


class HashedNames:
    """Erased people's names and e-mail addresses known only by their keyed hashes (what an
    erasure keeps), found in text a merge brought: each run of 2–5 words and each e-mail
    address in the text is hashed the same way and looked up."""

    def __init__(self, secret: str, hashes: set[str]) -> None:
        self._secret = secret.encode("utf-8")
        self._hashes = hashes

    def __bool__(self) -> bool:
        return bool(self._hashes)

    def _known(self, key: str) -> bool:
        return hmac.new(self._secret, key.encode("utf-8"), hashlib.sha256).hexdigest() \
            in self._hashes

    def spans(self, text: str | None) -> list[tuple[int, int]]:
        if not text or not self._hashes:
            return []
        found: list[tuple[int, int]] = []
        words = list(_WORD.finditer(text))
        for n in range(MIN_NAME_WORDS, MAX_NAME_WORDS + 1):
            for i in range(len(words) - n + 1):
                run = words[i:i + n]
                if self._known("name:" + " ".join(w.group().casefold() for w in run)):
                    found.append((run[0].start(), run[-1].end()))
        for m in _EMAIL.finditer(text):
            key = email_key(m.group())
            if key and self._known(f"email:{key}"):
                found.append(m.span())
        return found

    def found(self, text: str | None) -> list[str]:
        return [text[a:b] for a, b in self.spans(text)] if text else []

    def without(self, text: str | None) -> Any:
        merged: list[list[int]] = []
        for a, b in sorted(self.spans(text)):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        for a, b in reversed(merged):
            assert text is not None
            text = text[:a] + ERASED_NAME + text[b:]
        return text


def _without(text: str | None, needles: Needles) -> Any:
    return needles.without(text)


def _without_in(value: Any, needles: Needles) -> Any:
    if isinstance(value, str):
        return _without(value, needles)
    if isinstance(value, list):
        return [_without_in(v, needles) for v in value]
    if isinstance(value, dict):
        return {k: _without_in(v, needles) for k, v in value.items()}
    return value


def _scrub_activity(session: Session, ids: list[str], needles: Needles) -> int:
    """Entries about them lose their detail; every entry naming them loses the name."""
    n = 0
    chosen = set(session.scalars(sa.select(Activity.id).where(Activity.candidate_id.in_(ids))))
    if needles:  # every other entry, read once: which name them?
        others = sa.select(Activity.id, Activity.summary, sa.cast(Activity.detail, sa.Text)) \
            .where(sa.or_(Activity.candidate_id.is_(None), Activity.candidate_id.not_in(ids)))
        chosen.update(key for key, summary, detail in session.execute(others)
                      if needles.found(summary) or needles.found(detail))
    keys = sorted(chosen)
    for start in range(0, len(keys), 500):
        batch = keys[start:start + 500]
        for entry in session.scalars(sa.select(Activity).where(Activity.id.in_(batch))):
            if entry.kind is ActivityKind.ERASED:  # the erasure's own entry names no one
                continue
            if entry.candidate_id in ids:  # after the erasure their names are not known
                values = {"summary": f"{entry.kind.label}: {ERASED_NAME.lower()}",
                          "detail": None}
            else:
                values = {"summary": _without(entry.summary, needles),
                          "detail": _without_in(entry.detail, needles)}
            n += _set(entry, values)
    return n


def _scrub_merge_records(session: Session, ids: list[str], needles: Needles) -> int:
    """Merge reports keep no value that names them (a conflict about them keeps neither)."""
    if not needles:
        return 0
    n = 0
    for rec in session.scalars(sa.select(MergeRecord)):  # a few per merge of copies
        if not _names(rec.summary, needles):
            continue
        about = [_names(c, needles) or c.get("id") in ids
                 for c in rec.summary.get("conflicts", [])]
        summary = _without_in(rec.summary, needles)
        for conflict, theirs in zip(summary.get("conflicts", []), about, strict=True):
            if theirs:
                conflict["mine"] = conflict["theirs"] = None
        n += _set(rec, {"summary": summary})
    return n


#: Free text of any record that may name someone else (a referral, a comparison in a debrief,
#: "as discussed with …"): swept for an erased person's full name and contacts.
_FREE_TEXT: list[tuple[Any, tuple[str, ...]]] = [
    (Candidate, ("notes", "referrer_name", "source_detail")), (Note, ("body",)),
    (Application, ("exit_note",)), (StageChange, ("note",)), (Interview, ("title", "notes")),
    (Scorecard, ("takeaways", "private_note")), (ScorecardRating, ("evidence",)),
    (ScorecardQuestionNote, ("note",)), (PortfolioReview, ("looked_at", "notes")),
    (PortfolioReviewCheck, ("note",)), (CultureAssessment, ("summary",)),
    (CultureRating, ("evidence",)), (DebriefDecision, ("rationale",)),
    (DebriefEstimate, ("reason",)),
    (Offer, ("notes", "letter_body", "bonus_note")), (OfferEvent, ("note",)),
    (CheckIn, ("notes",)), (OnboardingItem, ("text",)),
]


def _distinctive(text: str) -> bool:
    """A name of several words, or a contact: safe to look for in anyone's text (a single
    given name — "Grace", "Will" — is not)."""
    return any(ch.isspace() or ch.isdigit() or ch in "@/" for ch in text.strip())


def _scrub_mentions(session: Session, ids: list[str], app_ids: list[str],
                    needles: Needles | HashedNames, within: dict[str, set[str]] | None,
                    ) -> int:
    """Their full name and contacts leave other records' free text (read once, by word)."""
    if not needles:
        return 0
    n = 0
    free_text = _FREE_TEXT if isinstance(needles, Needles) else \
        [*_FREE_TEXT, (Activity, ("summary",))]  # entries an older copy brought
    for model, columns in free_text:
        table = model.__tablename__
        if within is not None and not within.get(table):
            continue
        query = sa.select(model.id, *(getattr(model, c) for c in columns))
        # their own rows are blanked already; erased records hold the mark
        if model is Candidate:
            query = query.where(Candidate.id.not_in(ids), Candidate.anonymised_at.is_(None))
        for column, theirs in (("candidate_id", ids), ("application_id", app_ids)):
            if model is not Activity and hasattr(model, column):
                key = getattr(model, column)
                query = query.where(sa.or_(key.is_(None), key.not_in(theirs)))
        keys = sorted(row[0] for row in session.execute(query)
                      if (within is None or row[0] in within[table])
                      and any(needles.found(v) for v in row[1:] if isinstance(v, str)))
        for start in range(0, len(keys), 500):
            for row in session.scalars(sa.select(model)
                                       .where(model.id.in_(keys[start:start + 500]))):
                n += _set(row, {c: needles.without(getattr(row, c)) for c in columns})
    return n


def _json_forms(strings: Iterable[str]) -> list[str]:
    """The strings as written, and as JSON writes them (non-ASCII letters escaped)."""
    return sorted({*strings, *(json.dumps(s)[1:-1] for s in strings)})


def _names(value: Any, needles: Needles) -> bool:
    return bool(needles.found(json.dumps(value, ensure_ascii=False, default=str)))
