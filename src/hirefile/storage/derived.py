"""Derived state: the columns that repeat what other rows say, set from their sources by one
function, and the check that they agree.

A column is derived when another row (or other columns) decide its value:

- an application's `stage_id` and `stage_entered_at`: the latest live `stage_change` of the
  application, by (`moved_at`, `id`) — its `to_stage_id` and `moved_at`;
- an offer's `status`: the latest live `offer_event` of the offer, by (`at`, `id`);
- a candidate's `sort_name`, `phone_key`, `github_key`, `linkedin_key`: from the stored name
  and contacts (`domain.candidates.derived_fields`, which every writer uses too);
- a `candidate_link.key`: from its kind and value (`domain.candidates.link_key`);
- the full-text search index (`storage.search`): from the live candidates and their tags.

Writers keep them right as they go (a move is always the latest of its history, an undone
move is tombstoned so the one before it is the latest again). A merge of two copies cannot:
it brings rows from both sides, and must call `recompute` for the records it touched before
it commits. `hirefile check` runs `problems` on every file.

`recompute` writes derived columns without stamping the rows (`updated_at/updated_by` stay):
a derived value is not an edit anybody made, every copy computes the same value from the same
sources, and a merge must not see it as a change to take from one side.

Rows without a live source are left alone: an application whose every stage change is a
tombstone (its adding was undone, or a merge moved its history to the record it was combined
with) keeps its stage; `problems` names only live applications and offers without one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from hirefile.domain.candidates import derived_fields, link_key
from hirefile.domain.vocab import LinkKind
from hirefile.storage import search
from hirefile.storage.models import (
    Application,
    Candidate,
    CandidateLink,
    Offer,
    OfferEvent,
    StageChange,
)

#: How many ids a problem line names; the count is always whole.
SHOWN = 3
#: Ids per statement when a caller names the records (SQLite's parameter limit is far above).
_CHUNK = 500

Rows = list[tuple[Any, ...]]
Run = Callable[[str, dict[str, Any]], Rows]

# The latest live history row of each record: one correlated subquery per record, which the
# (application_id, moved_at) index and the offer_id index answer from a handful of rows.
_STAGE_DISAGREES = """
    SELECT a.id, sc.to_stage_id, sc.moved_at FROM application a
    JOIN stage_change sc ON sc.id = (
        SELECT s.id FROM stage_change s WHERE s.application_id = a.id AND s.deleted_at IS NULL
        ORDER BY s.moved_at DESC, s.id DESC LIMIT 1)
    WHERE (a.stage_id != sc.to_stage_id OR a.stage_entered_at != sc.moved_at) {ids}
    ORDER BY a.id"""
_STATUS_DISAGREES = """
    SELECT o.id, e.status FROM offer o
    JOIN offer_event e ON e.id = (
        SELECT x.id FROM offer_event x WHERE x.offer_id = o.id AND x.deleted_at IS NULL
        ORDER BY x.at DESC, x.id DESC LIMIT 1)
    WHERE o.status != e.status {ids}
    ORDER BY o.id"""
_NO_HISTORY = """
    SELECT t.id FROM {table} t WHERE t.deleted_at IS NULL AND NOT EXISTS (
        SELECT 1 FROM {history} h WHERE h.{parent} = t.id AND h.deleted_at IS NULL)
    ORDER BY t.id"""
_CANDIDATES = """
    SELECT id, full_name, phone, github_url, linkedin_url,
           sort_name, phone_key, github_key, linkedin_key FROM candidate {where}"""
_LINKS = "SELECT id, kind, value, key FROM candidate_link {where}"


def problems(conn: Session | Connection | sqlite3.Connection) -> list[str]:
    """One line per kind of derived value that disagrees with its source, with how many rows
    and the ids of the first few (`SHOWN`); empty when the file is consistent.

    Read-only; SQL over the whole file (the candidate keys are computed in Python, one pass
    over the candidates' contact columns). `conn` is a session, a SQLAlchemy connection or a
    plain `sqlite3` connection (as `hirefile check` has); a session's pending changes are
    flushed first, so they are judged too.
    """
    if isinstance(conn, Session):
        conn.flush()
    run = _runner(conn)
    out: list[str] = []

    def say(ids: Sequence[str], one: str, many: str) -> None:
        if ids:
            ids = sorted(ids)
            first = ", ".join(ids[:SHOWN]) + (", …" if len(ids) > SHOWN else "")
            out.append(f"{len(ids):,} {one if len(ids) == 1 else many} (first: {first})")

    say([r[0] for r in run(_STAGE_DISAGREES.format(ids=""), {})],
        "application's current stage disagrees with its stage history",
        "applications' current stages disagree with their stage histories")
    say([r[0] for r in run(_NO_HISTORY.format(table="application", history="stage_change",
                                              parent="application_id"), {})],
        "live application has no stage history", "live applications have no stage history")
    say([r[0] for r in run(_STATUS_DISAGREES.format(ids=""), {})],
        "offer's status disagrees with its status history",
        "offers' statuses disagree with their status histories")
    say([r[0] for r in run(_NO_HISTORY.format(table="offer", history="offer_event",
                                              parent="offer_id"), {})],
        "live offer has no status history", "live offers have no status history")
    say([cid for cid, _ in _candidate_changes(run, None)],
        "candidate's sort name or contact keys disagree with their name and contacts",
        "candidates' sort names or contact keys disagree with their names and contacts")
    say([lid for lid, _ in _link_changes(run, None)],
        "candidate link's key disagrees with its value",
        "candidate links' keys disagree with their values")
    dialect = ("sqlite" if isinstance(conn, sqlite3.Connection)
               else (conn.get_bind() if isinstance(conn, Session) else conn).dialect.name)
    for what, n in search.index_problems(lambda sql: run(sql, {}), dialect):
        out.append(f"{n:,} {what}")
    return out


def recompute(session: Session, *, applications: Iterable[str] | None = None,
              offers: Iterable[str] | None = None,
              candidates: Iterable[str] | None = None) -> dict[str, int]:
    """Set every derived column from its source, for the records named (ids), or for all of
    a kind when its argument is None; an empty list means none of that kind.

    - `applications`: `stage_id` and `stage_entered_at` from the latest live stage change;
    - `offers`: `status` from the latest live offer event;
    - `candidates`: `sort_name` and the contact keys, the keys of their links, and their
      entries in the search index.

    Call it after writing rows that other rows derive from (a merge of copies, after its last
    row and before committing; a repair). Pending ORM changes are flushed first; rows are
    written with SQL, without stamps (see the module's note), and the session's copies of the
    rows changed are expired so they read the new values. Returns how many rows changed, by
    kind ("applications", "offers", "candidates", "links"); the search index entries of the
    candidates named (all when None) that disagree are written again, not counted.

    After a merge of copies: `recompute(session, **affected(session, touched))`.
    """
    session.flush()
    run = _runner(session)
    conn = session.connection()
    app_ids = None if applications is None else list(applications)
    offer_ids = None if offers is None else list(offers)
    cand_ids = None if candidates is None else list(candidates)
    changed = {"applications": 0, "offers": 0, "candidates": 0, "links": 0}

    for sql, params in _restricted(_STAGE_DISAGREES, "a.id", app_ids):
        rows = run(sql, params)
        for app_id, stage_id, moved_at in rows:
            conn.execute(text("UPDATE application SET stage_id = :stage, stage_entered_at = "
                              ":at WHERE id = :id"), {"stage": stage_id, "at": moved_at,
                                                       "id": app_id})
        changed["applications"] += len(rows)
    for sql, params in _restricted(_STATUS_DISAGREES, "o.id", offer_ids):
        rows = run(sql, params)
        for offer_id, status in rows:
            conn.execute(text("UPDATE offer SET status = :status WHERE id = :id"),
                         {"status": status, "id": offer_id})
        changed["offers"] += len(rows)
    for cid, fields in _candidate_changes(run, cand_ids):
        conn.execute(text("UPDATE candidate SET sort_name = :sort_name, phone_key = :phone_key, "
                          "github_key = :github_key, linkedin_key = :linkedin_key "
                          "WHERE id = :id"), {**fields, "id": cid})
        changed["candidates"] += 1
    for lid, key in _link_changes(run, cand_ids):
        conn.execute(text("UPDATE candidate_link SET key = :key WHERE id = :id"),
                     {"key": key, "id": lid})
        changed["links"] += 1
    search.repair(conn, cand_ids)
    _expire(session)
    return changed


def affected(session: Session, touched: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """The records whose derived values may have changed when the rows `touched` (ids by
    table name: what a merge of copies added or changed) were written, as `recompute` takes
    them: `recompute(session, **affected(session, touched))`.

    An application for itself and for its stage changes, an offer for itself and its events,
    a candidate for itself and its links (tags and tag names reach the search index through
    its triggers)."""
    def ids(table: str) -> list[str]:
        return sorted(set(touched.get(table, ())))

    def parents(table: str, column: str) -> set[str]:
        found: set[str] = set()
        for sql, params in _restricted(f"SELECT {column} FROM {table} t WHERE 1 = 1 {{ids}}",
                                       "t.id", ids(table)):
            found.update(r[0] for r in _runner(session)(sql, params))
        return found

    return {"applications": sorted({*ids("application"),
                                    *parents("stage_change", "application_id")}),
            "offers": sorted({*ids("offer"), *parents("offer_event", "offer_id")}),
            "candidates": sorted({*ids("candidate"), *parents("candidate_link", "candidate_id")})}


# the sources, for writers ----------------------------------------------------------------------

def latest_stage_change(session: Session, application_id: str) -> StageChange | None:
    """The application's latest live stage change, by (moved_at, id): where it stands."""
    return session.scalar(
        select(StageChange).where(StageChange.application_id == application_id,
                                  StageChange.deleted_at.is_(None))
        .order_by(StageChange.moved_at.desc(), StageChange.id.desc()).limit(1))


def latest_offer_event(session: Session, offer_id: str) -> OfferEvent | None:
    """The offer's latest live event, by (at, id): its status."""
    return session.scalar(
        select(OfferEvent).where(OfferEvent.offer_id == offer_id, OfferEvent.deleted_at.is_(None))
        .order_by(OfferEvent.at.desc(), OfferEvent.id.desc()).limit(1))


def after(latest: datetime | None, when: datetime) -> datetime:
    """`when`, or a microsecond after `latest` when it is not later: a new history row is
    always the latest of its history (two moves within one tick of the clock, a time given
    from the past), so the latest row and the stored current value stay one."""
    return when if latest is None or when > latest else latest + timedelta(microseconds=1)


# reading ---------------------------------------------------------------------------------------

def _runner(conn: Session | Connection | sqlite3.Connection) -> Run:
    if isinstance(conn, sqlite3.Connection):
        raw = conn
        return lambda sql, params: raw.execute(sql, params).fetchall()
    sa_conn = conn.connection() if isinstance(conn, Session) else conn
    return lambda sql, params: [tuple(r) for r in sa_conn.execute(text(sql), params)]


def _restricted(sql: str, column: str, ids: list[str] | None,
                ) -> Iterator[tuple[str, dict[str, Any]]]:
    """`sql` for every row (ids None) or for the ids named, a chunk at a time."""
    if ids is None:
        yield sql.format(ids=""), {}
        return
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        names = [f"i{n}" for n in range(len(chunk))]
        yield (sql.format(ids=f"AND {column} IN ({', '.join(':' + n for n in names)})"),
               dict(zip(names, chunk, strict=True)))


def _where_ids(column: str, ids: list[str] | None) -> Iterator[tuple[str, dict[str, Any]]]:
    yield from _restricted("WHERE 1 = 1 {ids}", column, ids)


def _candidate_changes(run: Run, ids: list[str] | None,
                       ) -> Iterator[tuple[str, dict[str, str | None]]]:
    """(id, the derived columns as they should be) of each candidate whose stored ones differ."""
    for where, params in _where_ids("id", ids):
        for cid, name, phone, github, linkedin, *stored in run(
                _CANDIDATES.format(where=where), params):
            fields = derived_fields(name or "", phone, github, linkedin)
            if list(fields.values()) != stored:
                yield cid, fields


def _link_changes(run: Run, candidate_ids: list[str] | None) -> Iterator[tuple[str, str | None]]:
    """(id, the key as it should be) of each link (of the candidates named) whose key differs."""
    kinds = {k.value: k for k in LinkKind}
    for where, params in _where_ids("candidate_id", candidate_ids):
        for lid, kind, value, key in run(_LINKS.format(where=where), params):
            should = link_key(kinds[kind], value or "") if kind in kinds else None
            if should != key:
                yield lid, should


def _expire(session: Session) -> None:
    """The session's rows of the derived tables read again from the file on next use."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, (Application, Offer, Candidate, CandidateLink)):
            session.expire(obj)
