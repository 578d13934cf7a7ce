"""Finding the same person twice, and merging two records into one without losing anything."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hirefile.domain.candidates import (
    CandidateDraft,
    derived_fields,
    stored_fields,
    stored_links,
)
from hirefile.domain.contacts import SIMILAR_NAME, name_similarity
from hirefile.domain.names import fold
from hirefile.domain.vocab import ActivityKind, LinkKind, StageKind
from hirefile.errors import ValidationError
from hirefile.services.activity import actor, record
from hirefile.services.candidates import live_candidate
from hirefile.storage import derived
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
    DebriefDecision,
    DebriefEstimate,
    Interview,
    Note,
    Offer,
    OnboardingItem,
    PortfolioReview,
    RoleStage,
    Scorecard,
    StageChange,
    Tracked,
)
from hirefile.storage.types import utcnow

#: How many name-alike candidates a check looks at (the family-name prefilter is in SQL).
_NAME_CANDIDATES = 200


@dataclass(frozen=True)
class Match:
    """A live candidate that may be the same person, and why."""

    candidate_id: str
    name: str
    email: str | None
    reasons: tuple[str, ...] = field(default=())

    @property
    def strong(self) -> bool:
        """A shared e-mail, phone or profile is the same person; a similar name may not be."""
        return any(not r.startswith("similar name") for r in self.reasons)


_COLUMNS = {"email": Candidate.email, "phone": Candidate.phone_key,
            "github": Candidate.github_key, "linkedin": Candidate.linkedin_key}
_WHY = {"email": "same e-mail", "phone": "same phone", "github": "same GitHub",
        "linkedin": "same LinkedIn"}
_SAME_LINK = "same contact in their links"


def _wanted(fields: dict[str, object], draft: CandidateDraft) -> list[tuple[str, str]]:
    """The (kind, key) pairs a draft is looked up by: its e-mail, phone, GitHub and LinkedIn,
    and its further e-mails, phones and profiles, which count like the fields themselves."""
    wanted = [(n, fields[f"{n}_key" if n != "email" else "email"]) for n in _COLUMNS]
    wanted += [(kind.value, key) for kind, _, _, key in stored_links(draft)
               if key and kind.value in _COLUMNS]
    return [(n, str(value)) for n, value in dict.fromkeys(wanted) if value]


class _Found:
    """Reasons gathered per candidate, in the order found, and the matches they make."""

    def __init__(self, exclude_id: str | None = None) -> None:
        self.exclude_id = exclude_id
        self.reasons: dict[str, list[str]] = {}
        self.names: dict[str, tuple[str, str | None]] = {}

    def note(self, cid: str, name: str, email: str | None, why: str) -> None:
        if cid != self.exclude_id:
            reasons = self.reasons.setdefault(cid, [])
            if why not in reasons:
                reasons.append(why)
            self.names[cid] = (name, email)

    def name_alike(self, full: str, cid: str, name: str, email: str | None) -> None:
        score = name_similarity(full, name)
        if score >= SIMILAR_NAME:
            self.note(cid, name, email, f"similar name ({score:.0%})")

    def matches(self) -> list[Match]:
        out = [Match(cid, self.names[cid][0], self.names[cid][1], tuple(r))
               for cid, r in self.reasons.items()]
        # names alike when folded ("Łukasz" and "Lukasz") are told apart as written, so the
        # order never depends on which index SQLite read them through; the same name keeps
        # the order found (people already in the file before lines of the same import)
        return sorted(out, key=lambda m: (not m.strong, -len(m.reasons), fold(m.name), m.name))


def _longest_word(full: str) -> str | None:
    words = fold(full).split()
    return max(words, key=len) if words else None


def find_duplicates(session: Session, draft: CandidateDraft, *,
                    exclude_id: str | None = None) -> list[Match]:
    """Candidates sharing an e-mail, phone, GitHub or LinkedIn with `draft`, or named alike."""
    f = stored_fields(draft)
    found = _Found(exclude_id)
    wanted = _wanted(f, draft)
    if wanted:
        stmt = select(Candidate.id, Candidate.full_name, Candidate.email,
                      *_COLUMNS.values()).where(
            Candidate.deleted_at.is_(None),
            or_(*[_COLUMNS[n] == value for n, value in wanted]))
        for cid, name, email, *keys in session.execute(stmt):
            have = dict(zip(_COLUMNS, keys, strict=True))
            for n, value in wanted:
                if have[n] == value:
                    found.note(cid, name, email, _WHY[n])
        link_keys = [value for _, value in wanted]
        for cid, name, email in session.execute(
                select(Candidate.id, Candidate.full_name, Candidate.email)
                .join(CandidateLink, CandidateLink.candidate_id == Candidate.id)
                .where(Candidate.deleted_at.is_(None), CandidateLink.deleted_at.is_(None),
                       CandidateLink.key.in_(link_keys))):
            found.note(cid, name, email, _SAME_LINK)
    full = str(f["full_name"] or "")
    longest = _longest_word(full)
    if longest:
        # in name order: SQLite then reads the names from the index of live names and
        # fetches only the rows that match (80 -> 4 ms at 50,000 candidates; without an
        # order it walked another index and read every candidate's row for its name)
        by_name = (select(Candidate.id, Candidate.full_name, Candidate.email)
                   .where(Candidate.deleted_at.is_(None),
                          Candidate.sort_name.like(f"%{longest}%"))
                   .order_by(Candidate.sort_name, Candidate.full_name, Candidate.id)
                   .limit(_NAME_CANDIDATES))
        for cid, name, email in session.execute(by_name):
            found.name_alike(full, cid, name, email)
    return found.matches()


class DuplicateIndex:
    """Every live candidate's contact keys and name words, read in one query: the duplicate
    check of a whole import in memory, instead of three queries per row.

    `find` answers as `find_duplicates` does, with two differences: a name is looked up by
    its longest word as a whole word (`find_duplicates` also finds it inside a longer word),
    and people with the very same name come first among the 200 looked at. Names that cannot
    reach `SIMILAR_NAME` by their lengths or by the letters they share (both upper bounds of
    the similarity) are passed over without computing it: in a big import a common family
    name is shared by thousands.
    `add` makes a row imported a moment ago findable by the rows after it.
    """

    def __init__(self, session: Session) -> None:
        # People are numbered in the order added; a key held by one person maps to that
        # number, by several to a list (most keys are one person's: memory stays small).
        self._people: list[tuple[str, str, str | None]] = []
        self._by_key: dict[str, dict[str, _At]] = {n: {} for n in _COLUMNS}
        self._by_link: dict[str, _At] = {}
        self._by_name: dict[str, _At] = {}
        #: Folded word → the distinct compared names holding it.
        self._by_word: dict[str, list[str]] = {}
        rows = session.execute(select(Candidate.id, Candidate.full_name, Candidate.email,
                                      *_COLUMNS.values(), Candidate.sort_name)
                               .where(Candidate.deleted_at.is_(None)))
        where: dict[str, int] = {}
        for cid, name, email, *keys, sort_key in rows:
            where[cid] = self._add(cid, name, email, dict(zip(_COLUMNS, keys, strict=True)),
                                   sort_key)
        for cid, key in session.execute(
                select(CandidateLink.candidate_id, CandidateLink.key)
                .where(CandidateLink.deleted_at.is_(None), CandidateLink.key.is_not(None))):
            if cid in where and key is not None:
                _put(self._by_link, key, where[cid])

    def _add(self, cid: str, name: str, email: str | None, keys: dict[str, object],
             sort_key: str) -> int:
        at = len(self._people)
        self._people.append((cid, name, email))
        compared = _compared(name)
        if compared not in self._by_name:
            for word in set(sort_key.split()):
                self._by_word.setdefault(word, []).append(compared)
        _put(self._by_name, compared, at)
        for n, value in keys.items():
            if value:
                _put(self._by_key[n], str(value), at)
        return at

    def add(self, candidate_id: str, fields: dict[str, object]) -> None:
        """A candidate just created from `fields` (as `stored_fields` makes them)."""
        self._add(candidate_id, str(fields["full_name"]), fields["email"],  # type: ignore[arg-type]
                  {n: fields[f"{n}_key" if n != "email" else "email"] for n in _COLUMNS},
                  str(fields["sort_name"] or ""))

    def find(self, draft: CandidateDraft, fields: dict[str, object] | None = None,
             ) -> list[Match]:
        f = fields if fields is not None else stored_fields(draft)
        found = _Found()
        for n, value in _wanted(f, draft):
            for at in _get(self._by_key[n], value):
                found.note(*self._people[at], _WHY[n])
            for at in _get(self._by_link, value):
                found.note(*self._people[at], _SAME_LINK)
        full = str(f["full_name"] or "")
        longest = _longest_word(full)
        if longest:
            mine = _compared(full)
            letters = Counter(mine)
            looked = compared = 0
            for at in _get(self._by_name, mine)[:_NAME_CANDIDATES]:
                found.note(*self._people[at], f"similar name ({1:.0%})")  # the very same
                looked += 1
            for other in self._by_word.get(longest, ()):
                if other == mine or 2 * min(len(mine), len(other)) < \
                        SIMILAR_NAME * (len(mine) + len(other)):
                    continue
                compared += 1
                if compared > _NAME_CANDIDATES or looked >= _NAME_CANDIDATES:
                    break
                # The letters both share bound the similarity (as `quick_ratio` does).
                common = sum(min(n, letters[ch]) for ch, n in Counter(other).items())
                if 2 * common < SIMILAR_NAME * (len(mine) + len(other)):
                    continue
                for at in _get(self._by_name, other):
                    if looked >= _NAME_CANDIDATES:
                        break
                    found.name_alike(full, *self._people[at])
                    looked += 1
        return found.matches()


_At = int | list[int]


def _put(index: dict[str, _At], key: str, at: int) -> None:
    have = index.get(key)
    if have is None:
        index[key] = at
    elif isinstance(have, int):
        index[key] = [have, at]
    else:
        have.append(at)


def _get(index: dict[str, _At], key: str) -> list[int]:
    have = index.get(key)
    return [] if have is None else [have] if isinstance(have, int) else have


def _compared(name: str) -> str:
    """A name as `name_similarity` compares it: folded words in sorted order."""
    return " ".join(sorted(fold(name).split()))


# merging ---------------------------------------------------------------------------------------

#: Tables whose rows belong to a candidate directly.
_CANDIDATE_CHILDREN: tuple[type[Tracked], ...] = (Note, Attachment, CandidateLink, Activity,
                                                   Correspondence)
#: Tables whose rows belong to an application.
_APPLICATION_CHILDREN: tuple[type[Tracked], ...] = (
    StageChange, Interview, Scorecard, PortfolioReview, CultureAssessment, DebriefDecision,
    DebriefEstimate, Offer, OnboardingItem, CheckIn, Note, Attachment, Correspondence)
#: The reason on the history row a merge adds when the application kept stays where it was.
MERGE_REASON = "Duplicate records merged"
#: Columns a merge never fills from the other record: the name and its sort key, and what
#: is combined instead; the other derived columns follow the values filled.
_NOT_FILLED = ("full_name", "source", "in_talent_pool", "notes", *derived_fields("", None,
                                                                                None, None))


@dataclass(frozen=True)
class MergeReport:
    kept_id: str
    merged_id: str
    applications_moved: int
    applications_combined: int
    fields_filled: tuple[str, ...]


def merge(session: Session, keep_id: str, other_id: str) -> MergeReport:
    """Fold two records of one person into one: every application, move, interview, note,
    attachment, link and tag comes along; `keep_id`'s values stay and its empty fields take the
    other's; the other record is tombstoned with `merged_into`, so whatever still names it finds
    the one kept.

    The record that stays under its key is the earlier one (`survivor`), whichever the person
    chose: the values chosen are written onto it. So two copies of the file that merged the
    same two people, each choosing the other record, keep the same key and never point two
    records at each other (`merged_into` always names an earlier record).

    When both are in the same role, the application further along the pipeline stays and the
    other's history (moves, interviews, scorecards, offers, onboarding) is attached to it; the
    kept application's stage is recorded once more at the end of the joined history, so the
    history and the current stage agree. Every row moved is changed through the session, so
    it is stamped (who, when) like any edit.
    """
    if keep_id == other_id:
        raise ValidationError("Choose two different people to merge")
    chosen, second = live_candidate(session, keep_id), live_candidate(session, other_id)
    keep, other = (chosen, second) if survivor(chosen, second) is chosen else (second, chosen)
    fields = [*stored_fields(CandidateDraft()), "notes"]
    # read both before writing: the record written to may be either of them
    picked = {name: getattr(chosen, name) for name in fields}
    other_values = {name: getattr(second, name) for name in fields}
    names = (other_values["full_name"], picked["full_name"])
    filled = []
    values = dict(picked)
    for name in stored_fields(CandidateDraft()):
        if name not in _NOT_FILLED and _blank(picked[name]) and not _blank(other_values[name]):
            values[name] = other_values[name]
            filled.append(name)
    extra = (other_values["notes"] or "").strip()
    if extra and extra not in (picked["notes"] or ""):
        values["notes"] = ((picked["notes"] or "").rstrip() + "\n\n" + extra).strip()
        filled.append("notes")
    values.update(derived_fields(values["full_name"], values["phone"], values["github_url"],
                                 values["linkedin_url"]))
    for name, value in values.items():
        if getattr(keep, name) != value:
            setattr(keep, name, value)
    if other_values["email"] and other_values["email"] != picked["email"]:
        session.add(CandidateLink(candidate_id=keep.id, kind=LinkKind.EMAIL,
                                  value=other_values["email"], key=other_values["email"],
                                  label=f"from {other_values['full_name']}"))

    moved = combined = 0
    keep_apps = {a.role_id: a for a in session.scalars(select(Application).where(
        Application.candidate_id == keep.id, Application.deleted_at.is_(None)))}
    for app in session.scalars(select(Application).where(
            Application.candidate_id == other.id, Application.deleted_at.is_(None))).all():
        mine = keep_apps.get(app.role_id)
        if mine is None:
            app.candidate_id = keep.id
            moved += 1
            continue
        winner, loser = (mine, app) if _further(session, mine, app) else (app, mine)
        for model in _APPLICATION_CHILDREN:
            _reparent(session, model, "application_id", loser.id, winner.id)
        _one_estimate_each(session, winner.id)
        loser.deleted_at = utcnow()
        # The tombstone must reach the file before the winner changes hands: one candidate
        # may hold only one live application per role (a unique index checks it at once).
        session.flush()
        _end_history_at_stage(session, winner)
        if winner is app:
            app.candidate_id = keep.id
        combined += 1
    session.flush()
    for child in _CANDIDATE_CHILDREN:
        _reparent(session, child, "candidate_id", other.id, keep.id)
    _one_of_each_mail(session, keep.id)
    keep_tags = {t.tag_id: t for t in session.scalars(select(CandidateTag).where(
        CandidateTag.candidate_id == keep.id))}  # removed ones too: one row per tag
    for link in session.scalars(select(CandidateTag).where(
            CandidateTag.candidate_id == other.id, CandidateTag.deleted_at.is_(None))).all():
        had = keep_tags.get(link.tag_id)
        if had is None:
            session.add(CandidateTag(candidate_id=keep.id, tag_id=link.tag_id))
        elif had.deleted_at is not None:
            had.deleted_at = None
        link.deleted_at = utcnow()
    other.deleted_at = utcnow()
    other.merged_into = keep.id
    record(session, ActivityKind.MERGED, "candidate", keep.id,
           "Merged {} into {}".format(*names), candidate_id=keep.id,
           detail={"merged_id": other.id, "fields_filled": filled})
    return MergeReport(keep.id, other.id, moved, combined, tuple(filled))


def _blank(value: object) -> bool:
    return value is None or value == ""


def survivor(a: Candidate, b: Candidate) -> Candidate:
    """Of two records of one person, the one whose key stays: the earlier made (then the lower
    key) — a rule on the records alone, so every copy of the file picks the same one."""
    return min((a, b), key=lambda c: (_aware(c.created_at), c.id))


def survivor_id(session: Session, a_id: str, b_id: str) -> str:
    """The key that stays when `a_id` and `b_id` are merged (whichever the person keeps)."""
    return survivor(live_candidate(session, a_id), live_candidate(session, b_id)).id


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def _reparent(session: Session, model: type[Tracked], column: str, old: str, new: str) -> None:
    """Point `model`'s rows from `old` to `new`, row by row through the session (stamped)."""
    attr = getattr(model, column)
    for row in session.scalars(select(model).where(attr == old)).all():
        setattr(row, column, new)


def _one_of_each_mail(session: Session, candidate_id: str) -> None:
    """An e-mail both records kept is kept once: the lower key stays (as a merge of copies
    folds such twins), the other is removed."""
    session.flush()
    c = Correspondence
    seen: set[str] = set()
    for row in session.scalars(select(c).where(c.candidate_id == candidate_id,
                                               c.deleted_at.is_(None)).order_by(c.id)).all():
        if row.mail_key in seen:
            row.deleted_at = utcnow()
        seen.add(row.mail_key)


def _one_estimate_each(session: Session, application_id: str) -> None:
    """A person's score on an aspect both applications kept from a debrief is kept once: the
    lower key stays (as a merge of copies folds such twins), the other is removed."""
    session.flush()
    e = DebriefEstimate
    seen: set[tuple[str, str]] = set()
    for row in session.scalars(select(e).where(e.application_id == application_id,
                                               e.deleted_at.is_(None)).order_by(e.id)).all():
        if (row.person_id, row.aspect) in seen:
            row.deleted_at = utcnow()
        seen.add((row.person_id, row.aspect))


def _end_history_at_stage(session: Session, app: Application) -> None:
    """After another application's moves joined `app`'s history, make its history end where
    `app` stands: when the latest move (a moved one may be later) leads elsewhere, a move to
    `app`'s stage is added, as of now."""
    session.flush()
    latest = derived.latest_stage_change(session, app.id)
    if latest is not None and latest.to_stage_id == app.stage_id:
        return
    stage = session.get(RoleStage, app.stage_id)
    source = session.get(RoleStage, latest.to_stage_id) if latest is not None else None
    when = derived.after(latest.moved_at if latest is not None else None, utcnow())
    session.add(StageChange(
        application_id=app.id, from_stage_id=source.id if source else None,
        to_stage_id=app.stage_id, from_name=source.name if source else None,
        to_name=stage.name if stage else "", moved_at=when, moved_by=actor(session),
        reason=MERGE_REASON))
    app.stage_entered_at = when


def _further(session: Session, a: Application, b: Application) -> bool:
    """Is `a` further along than `b`? In-process beats exited; then stage order; then recency."""
    sa_, sb = session.get(RoleStage, a.stage_id), session.get(RoleStage, b.stage_id)
    def rank(stage: RoleStage | None) -> tuple[int, float]:
        if stage is None:
            return (-1, -1)
        closed = 0 if stage.kind.is_exit else 1
        return (closed + (1 if stage.kind is StageKind.HIRED else 0), stage.position)
    if rank(sa_) != rank(sb):
        return rank(sa_) > rank(sb)
    return a.stage_entered_at >= b.stage_entered_at
