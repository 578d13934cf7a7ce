"""A blind first pass: one person grades the take-homes or portfolios of a role's candidates
without knowing whose work it is, one criterion across everyone before the next.

Who someone is (a name, a photo, a university, a GitHub handle) colours how their work is
read. So the pass shows each candidate as "Candidate A, B, C …" in an order shuffled per pass
and per grader (order effects average out over two founders), and only what is graded: the
take-home files and the portfolio links, both under neutral labels ("Repository 1",
"Submission 2 · .zip"). Masking happens here, in the service, so no screen, command or export
built on `blind_items` can show a name: a `BlindItem` holds nothing but the letter, the labels
and the grader's own grades. The real keys live in the pass's private `targets`, used to save a
grade into the grader's own records (their scorecard on the take-home interview, their
portfolio review), to open a file or link on request, and to reveal names when the pass ends.

Only the grader's own grades are read: sealing (`services.scorecards`) is not touched, and a
grade is written into the normal records, so the debrief, finalists and sealing read it as
any other.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hirefile.documents.guides import AXIS_GUIDE, PORTFOLIO_GUIDE
from hirefile.domain.contacts import normalise_url
from hirefile.domain.vocab import (
    Axis,
    InterviewStatus,
    LinkKind,
    PortfolioCheck,
    ScorecardStatus,
    StageKind,
    StepKind,
)
from hirefile.errors import NotFound, ValidationError
from hirefile.services.anchors import AxisScale, axis_scales
from hirefile.services.attachments import size_text
from hirefile.storage.models import (
    Application,
    Attachment,
    Candidate,
    CandidateLink,
    Interview,
    LoopStep,
    PortfolioReview,
    Role,
    RoleStage,
    Scorecard,
)

#: What a blind pass grades.
KINDS = (StepKind.TAKE_HOME, StepKind.PORTFOLIO_REVIEW)
#: At most this many candidates in one pass (a stage of a role, not a whole file).
MAX_CANDIDATES = 300
#: Criterion keys beyond one per axis ("axis:software") or checklist item ("check:tests").
RECOMMENDATION, OVERALL = "recommendation", "rating"
#: The scope of a pass over every stage in process.
EVERYONE = "everyone in process"
#: The two scales: 1–4 with 0 for "not assessed", or the checklist's Fail/Partial/Pass/n.a.
RATING, CHECK = "rating", "check"

#: Hosts whose links read as "Repository n", "Paper n" or "Notebook n" (else "Link n").
_REPOSITORY_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org",
                     "huggingface.co", "sr.ht")
_PAPER_HOSTS = ("arxiv.org", "openreview.net", "doi.org", "aclanthology.org",
                "semanticscholar.org", "scholar.google.com", "papers.nips.cc",
                "proceedings.mlr.press")
_NOTEBOOK_HOSTS = ("colab.research.google.com", "kaggle.com", "nbviewer.org",
                   "observablehq.com")
#: Links that say who someone is and nothing about their work.
_NOT_WORK = (LinkKind.LINKEDIN, LinkKind.EMAIL, LinkKind.PHONE)


@dataclass(frozen=True)
class Criterion:
    """One question graded across every candidate before the next."""

    key: str
    title: str
    #: A column heading for the summary ("Tests", "Overall").
    short: str
    guidance: str
    scale: str  # RATING or CHECK
    #: What a 1, 2, 3 and 4 look like, when the bank or axis carries anchors.
    anchors: tuple[str, ...] = ()
    #: A rating needs written evidence before the scorecard can be submitted.
    needs_note: bool = False


@dataclass(frozen=True)
class Work:
    """Something to look at, under a label that does not say whose it is."""

    ref: str  # "A/1": the candidate's letter and the number of the work
    label: str  # "Repository 1", "Submission 2 · .zip · 14 KB"
    is_file: bool


@dataclass(frozen=True)
class Grade:
    """The grader's own value for one criterion (an int 1–4, a CheckResult, or None)."""

    value: Any = None
    note: str = ""


@dataclass(frozen=True)
class BlindItem:
    """A candidate as the blind pass shows them: a letter, the work, one's own grades."""

    letter: str
    label: str  # "Candidate A"
    work: tuple[Work, ...]
    #: The criteria this candidate is graded on (a take-home step may assess fewer axes).
    applies: frozenset[str]
    grades: Mapping[str, Grade]
    #: The grader's scorecard is submitted: shown, never changed.
    final: bool = False


@dataclass(frozen=True)
class Target:
    """What a letter stands for: kept by the pass, never shown during it."""

    application_id: str
    candidate_id: str
    interview_id: str | None
    urls: tuple[str, ...]
    files: tuple[str, ...]  # attachment ids


@dataclass(frozen=True)
class BlindPass:
    """One grader's pass over one role (a stage of it, or everyone in process)."""

    role_id: str
    role_title: str
    kind: StepKind
    scope: str  # "Technical" or "everyone in process"
    grader_id: str
    seed: str
    criteria: tuple[Criterion, ...]
    items: tuple[BlindItem, ...]
    #: Candidates in scope with nothing to grade yet (no submission, no link).
    left_out: int = 0
    #: Letter → the real records. Private: never shown before `reveal`.
    targets: Mapping[str, Target] = field(default_factory=dict, repr=False, compare=False)

    def item(self, letter: str) -> BlindItem:
        for it in self.items:
            if it.letter == letter:
                return it
        raise NotFound(f"Candidate {letter} is not in this pass")

    def criterion(self, key: str) -> Criterion:
        for c in self.criteria:
            if c.key == key:
                return c
        raise NotFound("That criterion is not part of this pass")


@dataclass(frozen=True)
class RevealRow:
    """After the pass: who a letter was, and the grades given, side by side."""

    letter: str
    name: str
    application_id: str
    grades: Mapping[str, Grade]
    final: bool


# order and letters ---------------------------------------------------------------------------

def new_seed() -> str:
    return secrets.token_hex(8)


def shuffled(ids: Sequence[str], grader_id: str, seed: str) -> list[str]:
    """`ids` in an order fixed by the pass's seed and the grader: the same while the pass
    lasts, another for the other founder (and for the next pass)."""
    def rank(key: str) -> str:
        return hashlib.sha256(f"{seed}\0{grader_id}\0{key}".encode()).hexdigest()
    return sorted(ids, key=rank)


def letter(index: int) -> str:
    """A, B, … Z, AA, AB, …"""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


# masking ------------------------------------------------------------------------------------

def _host(url: str) -> str:
    raw = url if "://" in url else "https://" + url
    return urlsplit(raw).netloc.lower().removeprefix("www.").split(":")[0]


def _link_label(url: str, kind: LinkKind | None, n: int) -> str:
    """"Repository 3": what sort of work, never whose (no host that may be a person's own
    domain, no path that holds a user name)."""
    host = _host(url)
    def on(hosts: tuple[str, ...]) -> bool:
        return any(host == h or host.endswith("." + h) for h in hosts)
    if on(_REPOSITORY_HOSTS) or kind is LinkKind.GITHUB:
        return f"Repository {n}"
    if on(_PAPER_HOSTS) or kind is LinkKind.PAPER:
        return f"Paper {n}"
    if on(_NOTEBOOK_HOSTS):
        return f"Notebook {n}"
    return f"Link {n}"


def file_suffix(filename: str) -> str:
    """".zip", ".ipynb": the kind of file, never its name (a suffix that is not short and
    plain could be part of one, and is left out)."""
    _, dot, ext = filename.rpartition(".")
    ext = ext.lower()
    return f".{ext}" if dot and ext.isascii() and ext.isalnum() and len(ext) <= 5 else ""


def _file_label(filename: str, size: int, n: int) -> str:
    return " · ".join(p for p in (f"Submission {n}", file_suffix(filename), size_text(size)) if p)


# reading ------------------------------------------------------------------------------------

#: Column headings of the checklist in the summary.
_SHORT = {PortfolioCheck.ORGANISATION: "Organisation", PortfolioCheck.DOCSTRINGS: "Docstrings",
          PortfolioCheck.TESTS: "Tests", PortfolioCheck.DOCUMENTATION: "Documentation",
          PortfolioCheck.ORIGINAL: "Original", PortfolioCheck.RUNS_TODAY: "Runs today",
          PortfolioCheck.BEYOND_DEFAULTS: "Beyond defaults"}


def _criteria(kind: StepKind, axes: Sequence[Axis],
              scales: Mapping[Axis, AxisScale] | None = None) -> tuple[Criterion, ...]:
    """The questions of a pass, in order; an axis carries the file's anchors (`scales`)."""
    if kind is StepKind.PORTFOLIO_REVIEW:
        return (*(Criterion(f"check:{c.value}", c.label, _SHORT[c], PORTFOLIO_GUIDE[c], CHECK)
                  for c in PortfolioCheck),
                Criterion(OVERALL, "Overall rating", "Overall", "Your overall judgement of the "
                          "work you read, from Strong no to Strong yes.", RATING))
    return (*(Criterion(f"axis:{a.value}", a.label, a.label, AXIS_GUIDE[a], RATING,
                        needs_note=True,
                        anchors=scales[a].anchors if scales and a in scales else ())
              for a in axes),
            Criterion(RECOMMENDATION, "Overall recommendation", "Recommendation",
                      "Would you go on with this candidate on the strength of this work? The "
                      "note is your take-aways.", RATING))


def _scope_apps(session: Session, role_id: str, stage_id: str | None) -> list[str]:
    query = (select(Application.id)
             .join(Candidate, Candidate.id == Application.candidate_id)
             .join(RoleStage, RoleStage.id == Application.stage_id)
             .where(Application.role_id == role_id, Application.deleted_at.is_(None),
                    Candidate.deleted_at.is_(None), Candidate.anonymised_at.is_(None)))
    if stage_id is not None:
        query = query.where(Application.stage_id == stage_id)
    else:
        query = query.where(RoleStage.kind == StageKind.ACTIVE)
    return list(session.scalars(query))


def _take_homes(session: Session, app_ids: Sequence[str]
                ) -> dict[str, tuple[str, datetime, list[str] | None]]:
    """Each application's latest take-home interview (not cancelled): id, when it was set,
    the axes its step assesses (None without a step: every axis)."""
    out: dict[str, tuple[str, datetime, list[str] | None]] = {}
    for app_id, iid, created, axes, has_step in session.execute(
            select(Interview.application_id, Interview.id, Interview.created_at, LoopStep.axes,
                   LoopStep.id.is_not(None))
            .outerjoin(LoopStep, LoopStep.id == Interview.loop_step_id)
            .where(Interview.application_id.in_(app_ids), Interview.deleted_at.is_(None),
                   Interview.kind == StepKind.TAKE_HOME,
                   Interview.status != InterviewStatus.CANCELLED)
            .order_by(Interview.created_at, Interview.id)):
        out[app_id] = (iid, created, list(axes or []) if has_step else None)
    return out


def _links(session: Session, apps: Mapping[str, str], grader_id: str
           ) -> dict[str, list[tuple[str, LinkKind | None]]]:
    """Each application's portfolio links: the candidate's GitHub and portfolio, their work
    links (papers, repositories, other), and what the grader's own review read."""
    cand_ids = set(apps.values())
    by_candidate: dict[str, list[tuple[str | None, LinkKind | None]]] = {
        c: [] for c in cand_ids}
    for cid, github, portfolio in session.execute(
            select(Candidate.id, Candidate.github_url, Candidate.portfolio_url)
            .where(Candidate.id.in_(cand_ids))):
        by_candidate[cid] += [(github, LinkKind.GITHUB), (portfolio, LinkKind.PORTFOLIO)]
    for cid, kind, value in session.execute(
            select(CandidateLink.candidate_id, CandidateLink.kind, CandidateLink.value)
            .where(CandidateLink.candidate_id.in_(cand_ids), CandidateLink.deleted_at.is_(None),
                   CandidateLink.kind.not_in(_NOT_WORK))
            .order_by(CandidateLink.created_at, CandidateLink.id)):
        by_candidate[cid].append((value, kind))
    out: dict[str, list[tuple[str | None, LinkKind | None]]] = {
        a: list(by_candidate[c]) for a, c in apps.items()}
    for app_id, urls in session.execute(
            select(PortfolioReview.application_id, PortfolioReview.urls)
            .where(PortfolioReview.application_id.in_(list(apps)),
                   PortfolioReview.reviewer_id == grader_id,
                   PortfolioReview.deleted_at.is_(None))):
        out[app_id] += [(u.get("url", ""), None) for u in urls or []]
    clean: dict[str, list[tuple[str, LinkKind | None]]] = {}
    for app_id, links in out.items():
        seen: dict[str, LinkKind | None] = {}
        for url, link_kind in links:
            norm = normalise_url(url) if url else None
            if norm and norm not in seen:
                seen[norm] = link_kind
        clean[app_id] = list(seen.items())
    return clean


def _files(session: Session, apps: Mapping[str, str],
           since: Mapping[str, datetime]) -> dict[str, list[tuple[str, str, int]]]:
    """The work handed in for each take-home: files kept for that application, or kept for
    the candidate once the take-home was set (their CV, kept before, is not work)."""
    out: dict[str, list[tuple[str, str, int]]] = {a: [] for a in apps}
    by_candidate = {c: a for a, c in apps.items()}
    for att_id, cid, app_id, name, size, created in session.execute(
            select(Attachment.id, Attachment.candidate_id, Attachment.application_id,
                   Attachment.filename, Attachment.size, Attachment.created_at)
            .where(Attachment.candidate_id.in_(list(by_candidate)),
                   Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at, Attachment.id)):
        owner = app_id if app_id in apps else by_candidate.get(cid or "")
        if owner is None or owner not in since:
            continue
        if app_id == owner or (app_id is None and created >= since[owner]):
            out[owner].append((att_id, name, size))
    return out


def start_pass(session: Session, role_id: str, grader_id: str, kind: StepKind, *,
               stage_id: str | None = None, seed: str | None = None) -> BlindPass:
    """A new pass for `grader_id` over the role's candidates in `stage_id` (else everyone
    in process) who have work to grade: a take-home handed in, or a portfolio link."""
    if kind not in KINDS:
        raise ValidationError("A blind pass grades take-homes or portfolio reviews")
    role = session.get(Role, role_id)
    if role is None or role.deleted_at is not None:
        raise NotFound("That role no longer exists")
    scope = EVERYONE
    if stage_id is not None:
        stage = session.get(RoleStage, stage_id)
        if stage is None or stage.role_id != role_id or stage.deleted_at is not None:
            raise NotFound("That stage is no longer in this role")
        scope = stage.name
    seed = seed or new_seed()
    app_ids = _scope_apps(session, role_id, stage_id)
    if len(app_ids) > MAX_CANDIDATES:
        raise ValidationError(f"{len(app_ids):,} candidates are more than one blind pass "
                              f"grades ({MAX_CANDIDATES}); choose a stage")
    apps = dict(session.execute(select(Application.id, Application.candidate_id)
                                .where(Application.id.in_(app_ids))).all())
    targets: dict[str, Target] = {}
    work: dict[str, list[Work]] = {}
    applies: dict[str, frozenset[str]] = {}
    axes_used: set[str] = set()
    all_axes = frozenset(a.value for a in Axis)
    if kind is StepKind.TAKE_HOME:
        homes = _take_homes(session, app_ids)
        files = _files(session, {a: apps[a] for a in homes},
                       {a: created for a, (_i, created, _x) in homes.items()})
        ready = [a for a in homes if files[a]]
    else:
        links = _links(session, apps, grader_id)
        ready = [a for a in app_ids if links[a]]
    for i, app_id in enumerate(shuffled(ready, grader_id, seed)):
        key = letter(i)
        if kind is StepKind.TAKE_HOME:
            iid, _created, axes = homes[app_id]
            step_axes = frozenset(axes) if axes else all_axes
            axes_used |= step_axes
            applies[key] = frozenset({f"axis:{a}" for a in step_axes} | {RECOMMENDATION})
            work[key] = [Work(f"{key}/{n}", _file_label(name, size, n), True)
                         for n, (_id, name, size) in enumerate(files[app_id], 1)]
            targets[key] = Target(app_id, apps[app_id], iid, (),
                                  tuple(f for f, _n, _s in files[app_id]))
        else:
            work[key] = [Work(f"{key}/{n}", _link_label(url, lk, n), False)
                         for n, (url, lk) in enumerate(links[app_id], 1)]
            targets[key] = Target(app_id, apps[app_id], None,
                                  tuple(url for url, _k in links[app_id]), ())
    if kind is StepKind.TAKE_HOME:
        criteria = _criteria(kind, [a for a in Axis if a.value in axes_used],
                             axis_scales(session))
    else:
        criteria = _criteria(kind, ())
        applies = {k: frozenset(c.key for c in criteria) for k in targets}
    items = tuple(BlindItem(k, f"Candidate {k}", tuple(work[k]), applies[k], {})
                  for k in targets)
    made = BlindPass(role.id, role.title, kind, scope, grader_id, seed, criteria, items,
                     len(app_ids) - len(ready), targets)
    return with_grades(session, made)


def blind_items(session: Session, role_id: str, grader_id: str, seed: str, *,
                kind: StepKind = StepKind.PORTFOLIO_REVIEW,
                stage_id: str | None = None) -> tuple[BlindItem, ...]:
    """The masked candidates of a pass, in its order: all a list, an export or the command
    line may show."""
    return start_pass(session, role_id, grader_id, kind, stage_id=stage_id, seed=seed).items


# the grader's own grades -----------------------------------------------------------------------

def own_grades(session: Session, p: BlindPass) -> dict[str, tuple[dict[str, Grade], bool]]:
    """Letter → the grader's grades of that candidate, read from their own records, and
    whether they are final (a submitted scorecard). Two queries, whatever the pass."""
    out: dict[str, tuple[dict[str, Grade], bool]] = {k: ({}, False) for k in p.targets}
    if p.kind is StepKind.PORTFOLIO_REVIEW:
        by_app = {t.application_id: k for k, t in p.targets.items()}
        reviews = session.scalars(
            select(PortfolioReview).where(
                PortfolioReview.application_id.in_(list(by_app)),
                PortfolioReview.reviewer_id == p.grader_id,
                PortfolioReview.deleted_at.is_(None))
            .options(selectinload(PortfolioReview.checks))
            .order_by(PortfolioReview.reviewed_on, PortfolioReview.created_at))
        for review in reviews:  # the latest of each application wins
            grades = {f"check:{c.item.value}": Grade(c.result, c.note)
                      for c in review.checks if c.deleted_at is None}
            grades[OVERALL] = Grade(review.rating, review.notes)
            out[by_app[review.application_id]] = (grades, False)
        return out
    by_interview = {t.interview_id: k for k, t in p.targets.items()}
    for card in session.scalars(
            select(Scorecard).where(Scorecard.interview_id.in_(list(by_interview)),
                                    Scorecard.interviewer_id == p.grader_id,
                                    Scorecard.deleted_at.is_(None))
            .options(selectinload(Scorecard.ratings))):
        grades = {f"axis:{r.axis.value}": Grade(r.rating, r.evidence)
                  for r in card.ratings if r.deleted_at is None}
        grades[RECOMMENDATION] = Grade(card.recommendation, card.takeaways or "")
        out[by_interview[card.interview_id]] = (grades, card.status is ScorecardStatus.SUBMITTED)
    return out


def with_grades(session: Session, p: BlindPass) -> BlindPass:
    """The same pass (letters, order, work) with the grader's grades read again (after a
    grade, an undo, or someone else's change)."""
    found = own_grades(session, p)
    return replace(p, items=tuple(replace(it, grades=found[it.letter][0],
                                          final=found[it.letter][1]) for it in p.items))
