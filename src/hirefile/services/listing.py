"""The lists of the main window, built for 50,000 candidates.

Large lists come in two steps: `*_ids()` returns the keys in display order, sorted and filtered
in SQL on indexed columns; `*_rows()` fetches the rows for the keys on screen, in one query per
page. Small lists (roles, offers) come whole. The rows are read by services/list_read.py (SQL
text, which `hirefile list` runs on a file with sqlite3 alone); this module adds the orders,
the search and the counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from hirefile.domain.names import fold
from hirefile.domain.vocab import StageKind
from hirefile.services.list_read import (  # the rows: SQL text shared with `hirefile list`
    ApplicationRow,
    CandidateRow,
    OfferRow,
    RoleRow,
    application_rows,
    candidate_rows,
    live_stage_counts,
    offer_rows,
    range_text,
    role_rows,
)
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

__all__ = ["ApplicationRow", "CandidateRow", "OfferRow", "RoleRow", "application_rows",
           "candidate_rows", "offer_rows", "range_text", "role_rows"]


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


# roles -----------------------------------------------------------------------------------------

def role_count(session: Session) -> int:
    """Live roles (the Roles badge), without reading them."""
    return session.scalar(select(func.count()).select_from(Role).where(_live(Role))) or 0


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


# applications (the pipeline) -------------------------------------------------------------------

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


def stage_counts(session: Session, role_id: str | None = None) -> list[tuple[str, int]]:
    """Applications per stage name, in pipeline order (summed over roles when none is given)."""
    counts = live_stage_counts(session)
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

def offer_count(session: Session) -> int:
    """Live offers (the Offers badge), without reading them."""
    return session.scalar(select(func.count()).select_from(Offer).where(_live(Offer))) or 0
