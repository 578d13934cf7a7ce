"""The lists of the main window and of `hirefile list`, built for 50,000 candidates.

Large lists come in two steps: `*_ids()` returns the keys in display order, sorted and filtered
in SQL on indexed columns; `*_rows()` fetches the rows for the keys on screen, in one query per
page. Small lists (roles, offers) come whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from hirefile.domain.money import money_text
from hirefile.domain.names import fold
from hirefile.domain.stages import days_in_stage
from hirefile.domain.vocab import RoleStatus, StageKind
from hirefile.storage import search
from hirefile.storage.models import (
    Application,
    Attachment,
    Candidate,
    Correspondence,
    Offer,
    Role,
    RoleStage,
)
from hirefile.storage.models.candidates import PIPELINE_APPLICATIONS, PIPELINE_CANDIDATES
from hirefile.storage.models.ordered import in_order
from hirefile.storage.types import utcnow


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


def range_text(lo: int | None, hi: int | None, currency: str | None) -> str:
    if lo is None and hi is None:
        return ""
    if lo is not None and hi is not None:
        return f"{money_text(lo, currency)} – {money_text(hi, currency)}"
    return money_text(lo if lo is not None else hi, currency)


def _with_period(amount: str, period: str) -> str:
    return f"{amount} {period}" if amount else ""


# roles -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RoleRow:
    id: str
    title: str
    track: str
    level: str
    employment_type: str
    status: str
    headcount: int
    location: str
    pay: str
    in_process: int
    total: int
    updated_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


#: Roles being hired for first, then those waiting, then the finished ones.
_STATUS_ORDER = {RoleStatus.OPEN: 0, RoleStatus.PAUSED: 1, RoleStatus.DRAFT: 2,
                 RoleStatus.FILLED: 3, RoleStatus.CLOSED: 4}


def _live_stage_counts(session: Session) -> dict[tuple[str, str], int]:
    """(role id, stage id) -> live applications: one pass over a covering index."""
    return {(r, st): n for r, st, n in session.execute(
        select(Application.role_id, Application.stage_id, func.count())
        .where(_live(Application)).group_by(Application.role_id, Application.stage_id))}


def role_count(session: Session) -> int:
    """Live roles (the Roles badge), without reading them."""
    return session.scalar(select(func.count()).select_from(Role).where(_live(Role))) or 0


def role_rows(session: Session) -> list[RoleRow]:
    counts = _live_stage_counts(session)
    kinds = dict(session.execute(select(RoleStage.id, RoleStage.kind)).all())
    totals: dict[str, int] = {}
    active: dict[str, int] = {}
    for (role_id, stage_id), n in counts.items():
        totals[role_id] = totals.get(role_id, 0) + n
        if kinds.get(stage_id) is StageKind.ACTIVE:
            active[role_id] = active.get(role_id, 0) + n
    stmt = (
        select(Role).where(_live(Role))
        .order_by(case(_STATUS_ORDER, value=Role.status, else_=9), func.lower(Role.title))
    )
    rows = []
    for role in session.scalars(stmt):
        rows.append(RoleRow(
            id=role.id, title=role.title, track=role.track.label,
            level=role.level.label if role.level else "",
            employment_type=role.employment_type.label, status=role.status.label,
            headcount=role.headcount, location=role.location or "",
            pay=_with_period(range_text(role.pay_min, role.pay_max, role.pay_currency),
                             role.pay_period.label),
            in_process=active.get(role.id, 0), total=totals.get(role.id, 0),
            updated_at=role.updated_at,
        ))
    return rows


# candidates ------------------------------------------------------------------------------------

CANDIDATE_SORTS: dict[str, Any] = {
    "name": Candidate.sort_name,
    "email": Candidate.email,
    "location": Candidate.location,
    "source": Candidate.source,
    "company": Candidate.current_company,
    "created": Candidate.created_at,
    "updated": Candidate.updated_at,
}


@dataclass(frozen=True)
class CandidateRow:
    id: str
    name: str
    email: str
    phone: str
    location: str
    source: str
    company: str
    title: str
    roles: str
    created_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _candidate_filter(session: Session, stmt: Select[Any], text: str | None) -> Select[Any]:
    """Live candidates matching `text` (full-text search, accents and scripts included; the
    words of their CVs and of the e-mails kept with them too).
    Erased people are not listed: their record stays only as anonymous counts in pipelines."""
    stmt = stmt.where(_live(Candidate), Candidate.anonymised_at.is_(None))
    if not text or not text.strip():
        return stmt
    needle = f"%{fold(text)}%"
    fallback = Candidate.sort_name.like(needle) | func.lower(Candidate.email).like(needle)
    return search.apply(stmt, session.get_bind().dialect.name, text, fallback,
                        # sort_name is the folded name: the folded twin of each term
                        # finds it, so the name is not scanned twice.
                        short_columns=(Candidate.sort_name,),
                        ascii_columns=(Candidate.email,), id_column=Candidate.id)


@dataclass(frozen=True)
class SearchHit:
    """A candidate the search finds, and where: places in their record (name, contacts,
    notes, tags, company, title or location), the CV files whose words match and the
    subjects of the kept e-mails whose words match."""

    id: str
    name: str
    email: str
    places: tuple[str, ...]
    files: tuple[str, ...]
    mails: tuple[str, ...] = ()

    def where(self) -> str:
        """"name, CV Anna Berg.pdf, e-mail Re: Interview": where the search found them, for
        one line."""
        return ", ".join([*self.places, *(f"CV {f}" for f in self.files),
                          *(f"e-mail {m}" for m in self.mails)])

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "email": self.email,
                "matched": list(self.places), "files": list(self.files),
                "mails": list(self.mails)}


def search_hits(session: Session, text: str) -> list[SearchHit]:
    """The candidates the app's search finds for `text` (as the list shows them, by name),
    each with where it matched."""
    ids = candidate_ids(session, text=text)
    if not ids:
        return []
    conn = session.connection()
    places = search.matched_places(conn, text, ids)
    docs = search.matched_documents(conn, text, ids)
    mails = search.matched_mails(conn, text, ids)
    names: dict[str, str] = {}
    subjects: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        page = [a for cid in ids[start:start + 500] for a in docs.get(cid, [])]
        names.update((aid, filename) for aid, filename in session.execute(
            select(Attachment.id, Attachment.filename).where(Attachment.id.in_(page))))
        page = [m for cid in ids[start:start + 500] for m in mails.get(cid, [])]
        subjects.update((mid, subject or "(no subject)") for mid, subject in session.execute(
            select(Correspondence.id, Correspondence.subject)
            .where(Correspondence.id.in_(page))))
    rows = {}
    for start in range(0, len(ids), 500):
        rows.update(candidate_rows(session, ids[start:start + 500]))
    short = [fold(w) for w in text.split() if len(fold(w)) < 3 and fold(w)]
    out = []
    for cid in ids:
        row = rows[cid]
        found = places.get(cid, [])
        if short and "name" not in found and any(w in fold(row.name) for w in short):
            found = ["name", *found]
        if short and "contacts" not in found and any(w in row.email.lower() for w in short):
            found = [*found, "contacts"]
        out.append(SearchHit(cid, row.name, row.email, tuple(dict.fromkeys(found)),
                             tuple(names[a] for a in docs.get(cid, []) if a in names),
                             tuple(subjects[m] for m in mails.get(cid, []) if m in subjects)))
    return out


def candidate_count(session: Session, text: str | None = None, *,
                    at_most: int | None = None) -> int:
    """How many live candidates `text` finds; with `at_most`, counting stops past it (the
    answer is then `at_most + 1`: "more than at_most"), so a common word is counted quickly."""
    if at_most is None:
        return session.scalar(
            _candidate_filter(session, select(func.count(Candidate.id)), text)) or 0
    found = _candidate_filter(session, select(Candidate.id), text).limit(at_most + 1).subquery()
    return session.scalar(select(func.count()).select_from(found)) or 0


def due_count(session: Session, today: date) -> int:
    """Talent-pool candidates whose reach-out date has come."""
    return session.scalar(select(func.count(Candidate.id)).where(_due(today))) or 0


def _due(today: date) -> Any:
    return and_(_live(Candidate), Candidate.in_talent_pool.is_(True),
                Candidate.reach_out_on <= today)


def candidate_ids(session: Session, *, sort: str = "name", descending: bool = False,
                  text: str | None = None, due_on: date | None = None,
                  limit: int | None = None) -> list[str]:
    """Every live candidate's key, in display order (sorted in SQL); with `due_on`, only the
    talent-pool candidates due for a reach-out by that day; with `limit`, the first so many."""
    column = CANDIDATE_SORTS[sort]
    order = column.desc() if descending else column.asc()
    stmt = _candidate_filter(session, select(Candidate.id), text)
    if due_on is not None:
        stmt = stmt.where(_due(due_on))
    return list(session.scalars(stmt.order_by(order, Candidate.id).limit(limit)))


def _pool(in_talent_pool: bool, reach_out_on: date | None) -> str:
    if not in_talent_pool:
        return ""
    if reach_out_on is None:
        return "Talent pool"
    return f"Talent pool · reach out {reach_out_on.day} {reach_out_on:%b %Y}"


def candidate_rows(session: Session, ids: Sequence[str] | None) -> dict[str, CandidateRow]:
    """The rows for `ids` (a page), with each candidate's roles and stages: two queries. With
    `ids=None`, every listed candidate's (`hirefile list candidates`): two queries in all, not
    two for each page (200 at 50,000 candidates, each with 500 keys to bind)."""
    if ids is not None and not ids:
        return {}
    apps: dict[str, list[str]] = {}
    stmt = (
        select(Application.candidate_id, Role.title, RoleStage.name)
        .join(Role, Role.id == Application.role_id)
        .join(RoleStage, RoleStage.id == Application.stage_id)
        .where(_live(Application))
        .order_by(Application.applied_at)
    )
    if ids is not None:
        stmt = stmt.where(Application.candidate_id.in_(ids))
    which = Candidate.id.in_(ids) if ids is not None else \
        and_(_live(Candidate), Candidate.anonymised_at.is_(None))  # as `_candidate_filter`
    for cid, title, stage in session.execute(stmt):
        apps.setdefault(cid, []).append(f"{title} · {stage}")
    out = {}
    # the shown columns only, as plain rows: whole ORM objects (every column, the identity
    # map) cost 2-3x as much, and a page is read while the list scrolls
    for (cid, name, email, phone, location, source, company, job, pool, reach_out,
         created) in session.execute(
            select(Candidate.id, Candidate.full_name, Candidate.email, Candidate.phone,
                   Candidate.location, Candidate.source, Candidate.current_company,
                   Candidate.current_title, Candidate.in_talent_pool, Candidate.reach_out_on,
                   Candidate.created_at).where(which)):
        out[cid] = CandidateRow(
            id=cid, name=name, email=email or "", phone=phone or "",
            location=location or "", source=source.label, company=company or "",
            title=job or "", roles="; ".join(apps.get(cid, [])) or _pool(pool, reach_out),
            created_at=created,
        )
    return out


# applications (the pipeline) -------------------------------------------------------------------

@dataclass(frozen=True)
class ApplicationRow:
    id: str
    candidate_id: str
    candidate: str
    role_id: str
    role: str
    stage: str
    stage_kind: str
    days_in_stage: int
    source: str
    applied_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


APPLICATION_SORTS: dict[str, Any] = {
    "candidate": Candidate.sort_name,
    "role": Role.title,
    "stage": RoleStage.position,
    "days": Application.stage_entered_at,
    "applied": Application.applied_at,
}


def _application_query(columns: Any, role_id: str | None, active_only: bool, *,
                       whole_table: bool = False) -> Select[Any]:
    """Live applications joined to their candidate, role and stage. `whole_table` (a list of
    every application): on a file, read the two covering indexes of file format 5 (SQLite's
    `INDEXED BY`; its planner takes the UNIQUE index of live applications and the candidates'
    key, fetching each row from wherever it lies): 145 -> 105 ms at 50,000."""
    stmt = (
        select(*columns)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .join(Role, Role.id == Application.role_id)
        .join(RoleStage, RoleStage.id == Application.stage_id)
        .where(_live(Application), _live(Candidate), _live(Role))
    )
    if whole_table:
        stmt = (stmt.with_hint(Application, f"INDEXED BY {PIPELINE_APPLICATIONS}", "sqlite")
                .with_hint(Candidate, f"INDEXED BY {PIPELINE_CANDIDATES}", "sqlite"))
    if role_id:
        stmt = stmt.where(Application.role_id == role_id)
    if active_only:
        stmt = stmt.where(RoleStage.kind == StageKind.ACTIVE)
    return stmt


def application_ids(session: Session, *, sort: str = "stage", descending: bool = False,
                    role_id: str | None = None, active_only: bool = False) -> list[str]:
    column = APPLICATION_SORTS[sort]
    if sort == "days":  # longest in stage first when ascending by days
        descending = not descending
    columns = in_order(RoleStage) if sort == "stage" else (column,)
    order = [c.desc() if descending else c.asc() for c in columns]
    stmt = _application_query([Application.id], role_id, active_only,
                              whole_table=role_id is None).order_by(
        *order, Candidate.sort_name, Application.id)
    return list(session.scalars(stmt))


def application_rows(session: Session, ids: Sequence[str],
                     today: date | None = None) -> dict[str, ApplicationRow]:
    if not ids:
        return {}
    now = utcnow()
    stmt = _application_query(  # the shown columns only: no ORM objects for a page of rows
        [Application.id, Application.candidate_id, Application.role_id,
         Application.stage_entered_at, Application.applied_at, Candidate.full_name,
         Candidate.source, Role.title, RoleStage.name, RoleStage.kind], None, False,
    ).where(Application.id.in_(ids))
    out = {}
    for (app_id, candidate_id, role_id, entered, applied, name, source, title, stage,
         kind) in session.execute(stmt):
        out[app_id] = ApplicationRow(
            id=app_id, candidate_id=candidate_id, candidate=name, role_id=role_id,
            role=title, stage=stage, stage_kind=kind.value,
            days_in_stage=days_in_stage(entered, now),
            source=source.label, applied_at=applied,
        )
    return out


def stage_counts(session: Session, role_id: str | None = None) -> list[tuple[str, int]]:
    """Applications per stage name, in pipeline order (summed over roles when none is given)."""
    counts = _live_stage_counts(session)
    stages = session.execute(
        select(RoleStage.id, RoleStage.role_id, RoleStage.name, RoleStage.position)
        .where(_live(RoleStage))).all()
    first: dict[str, tuple[float, str]] = {}  # name -> its earliest (position, id)
    total: dict[str, int] = {}
    for sid, rid, name, position in stages:
        if role_id is not None and rid != role_id:
            continue
        n = counts.get((rid, sid), 0)
        if n:
            first[name] = min(first.get(name, (position, sid)), (position, sid))
            total[name] = total.get(name, 0) + n
    return [(name, total[name]) for name in sorted(first, key=first.__getitem__)]


# offers ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OfferRow:
    id: str
    candidate: str
    role: str
    status: str
    base: str
    start_date: date | None
    expires_on: date | None
    updated_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def offer_count(session: Session) -> int:
    """Live offers (the Offers badge), without reading them."""
    return session.scalar(select(func.count()).select_from(Offer).where(_live(Offer))) or 0


def offer_rows(session: Session) -> list[OfferRow]:
    stmt = (
        select(Offer, Candidate.full_name, Role.title)
        .join(Application, Application.id == Offer.application_id)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .join(Role, Role.id == Application.role_id)
        .where(_live(Offer))
        .order_by(Offer.updated_at.desc())
    )
    return [
        OfferRow(o.id, name, title, o.status.label,
                 _with_period(money_text(o.base_salary, o.currency), o.period.label),
                 o.start_date, o.expires_on, o.updated_at)
        for o, name, title in session.execute(stmt)
    ]
