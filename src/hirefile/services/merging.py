"""Merge a cofounder's copy of the file into the open one (`hirefile merge`, File → Merge).

The other copy is never modified: a snapshot of it is taken with SQLite's backup API (read
only), brought to this Hirefile's file format and checked in a temporary folder, then attached
to this copy's connection. This copy is backed up first (and the backup verified), and the
whole merge is one transaction: it lands entirely or not at all. The rules are in
`storage/merge.py`; derived columns are recomputed from their sources afterwards.

On a PostgreSQL server (a team database a founder pulled to a laptop, worked on offline, and
merges back) the snapshot is copied into a schema of its own in the merge's transaction
(`transfer.copy_tables`, verified), the same rules run between the two schemas, and the schema
is dropped before the commit (a rollback takes it too): other people see all of the merge or
none of it. There is no backup: the server keeps its own.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from hirefile.domain.vocab import ActivityKind
from hirefile.errors import FileProblem, StorageFailure
from hirefile.fsutil import describe_os_error
from hirefile.services.activity import record
from hirefile.services.workspace import Workspace, database
from hirefile.storage import derived, fileformat, merge, migrations
from hirefile.storage.database import Database
from hirefile.storage.merge import Conflict as Conflict  # a result's conflicts, for screens
from hirefile.storage.models import Candidate, MergeRecord
from hirefile.storage.types import utcnow

log = logging.getLogger(__name__)

#: Rows that say how copies met rather than what people did: not "records in".
_LOG_TABLES = frozenset({"activity", "merge_record", "id_alias"})

#: Contact columns that make two candidates possibly one person.
_CONTACTS = {"email": "same e-mail", "phone_key": "same phone", "github_key": "same GitHub",
             "linkedin_key": "same LinkedIn"}


@dataclass
class MergeResult:
    """What a merge brought in (or, dry, would bring)."""

    #: This file, or on a server the name shown for its database.
    mine: Path
    theirs: Path
    dry_run: bool
    outcome: merge.Outcome
    possible_duplicates: list[dict[str, Any]] = field(default_factory=list)
    backup: Path | None = None
    #: Rows the other copy held about people erased here, scrubbed after the merge
    #: (`services/erasure.reapply`), per kind; empty when there were none.
    erased_again: Counter[str] = field(default_factory=Counter)
    #: Merged into a team database on a server (`mine` is then only its name).
    on_server: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "added": dict(sorted(self.outcome.added.items())),
            "changed": dict(sorted(self.outcome.changed.items())),
            "conflicts": [{"kind": c.kind, "id": c.id, "label": c.label, "field": c.field,
                           "mine": _plain(c.mine), "theirs": _plain(c.theirs), "kept": c.kept}
                          for c in self.outcome.conflicts],
            "possible_duplicates": self.possible_duplicates,
        }

    @property
    def records(self) -> int:
        """Rows that came in or changed, without the bookkeeping of merges (the other copy's
        merge records, their entries, merged keys)."""
        o = self.outcome
        return sum(n for t, n in (o.added + o.changed).items() if t not in _LOG_TABLES)

    @property
    def news(self) -> bool:
        """Did the other copy hold anything this one lacked (beyond how copies met)?"""
        return bool(self.records or self.outcome.conflicts)

    def summary(self) -> str:
        """One line for people: what changed and came in, per kind."""
        o = self.outcome
        if not self.news:
            return f"Nothing to merge: {self.mine.name} already holds everything in " \
                   f"{self.theirs.name}"
        parts = []
        if o.changed:
            parts.append(_counts(o.changed) + " changed")
        if o.added:
            parts.append(_counts(o.added) + " added")
        n = len(o.conflicts)
        parts.append("no conflicts" if n == 0 else "1 conflict" if n == 1 else
                     f"{n:,} conflicts")
        if self.possible_duplicates:
            n = len(self.possible_duplicates)
            parts.append(f"{n:,} possible duplicate" + ("s" if n != 1 else ""))
        if self.erased_again:
            n = sum(self.erased_again.values())
            parts.append(f"{n:,} row{'s' if n != 1 else ''} about erased people erased again")
        verb = "Would merge" if self.dry_run else "Merged"
        return f"{verb} {self.theirs.name}: " + "; ".join(parts)


#: How people call the rows of a table, where its name with spaces (plus "s") is wrong.
_SINGULAR = {"activity": "activity entry", "check_in": "check-in", "id_alias": "merged key",
             "candidate_tag": "tag on a candidate", "stage_change": "stage move"}
_PLURAL = {"activity": "activity entries", "person": "people", "check_in": "check-ins",
           "id_alias": "merged keys", "candidate_tag": "tags on candidates",
           "stage_change": "stage moves"}


def kind_name(table: str, n: int) -> str:
    """'3 candidates', '1 activity entry', '2 people'."""
    singular = _SINGULAR.get(table, table.replace("_", " "))
    return f"1 {singular}" if n == 1 else f"{n:,} {_PLURAL.get(table, singular + 's')}"


def _counts(counts: Counter[str]) -> str:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    words = [kind_name(t, n) for t, n in items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def merge_file(workspace: Workspace, theirs: Path | str, *,
               dry_run: bool = False) -> MergeResult:
    """Merge the copy at `theirs` into the open file (or only report, `dry_run`)."""
    db = database(workspace)
    theirs = Path(theirs).expanduser().absolute()
    if not theirs.exists():
        raise FileProblem(f"{theirs} does not exist")
    if not db.on_server and (theirs.resolve() == db.path.resolve()
                             or _same_file(theirs, db.path)):
        raise FileProblem(f"{theirs.name} is the open file itself; choose the other copy")
    fileformat.check_is_hirefile(theirs)
    with tempfile.TemporaryDirectory(prefix="hirefile-merge-") as folder:
        snapshot = _snapshot(theirs, Path(folder) / "theirs.hirefile")
        _prepare(snapshot, db, theirs)
        backup = None if dry_run or db.on_server else migrations.backup_file(
            db.path, migrations.SCHEMA_VERSION, label="merge")
        result = _merge(db, snapshot, theirs, dry_run=dry_run)
        result.backup = backup
        result.on_server = db.on_server
    if not dry_run and result.outcome.anything:
        # what an older copy held about people erased here leaves the file again
        from hirefile.services.erasure import reapply

        result.erased_again = reapply(db, result.outcome.touched)
    return result


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _snapshot(source: Path, target: Path) -> Path:
    """A consistent copy of `source`, read without writing anything beside it."""
    try:
        src = sqlite3.connect(fileformat.read_only_uri(source), uri=True)
    except sqlite3.Error as exc:
        raise FileProblem(f"Could not read {source}: {exc}") from exc
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        raise fileformat.describe_sqlite_error(source, exc) from exc
    except OSError as exc:
        raise StorageFailure(describe_os_error(exc, target)) from exc
    finally:
        src.close()
    return target


def _prepare(snapshot: Path, db: Database, theirs: Path) -> None:
    """Bring the snapshot to this file format (checked as any file opened for writing is) and
    refuse a file of another lineage."""
    try:
        other = Database.open(snapshot, db.identity)
    except FileProblem as exc:
        raise FileProblem(str(exc).replace(str(snapshot), str(theirs))) from exc
    try:
        lineage = other.file_uuid
    finally:
        other.close()
    if lineage != db.file_uuid:
        raise FileProblem(
            f"{theirs.name} is not a copy of {db.path.name} (it began as another file: another "
            "company's, or a desk started separately); only copies of one file can be merged")


def _merge(db: Database, snapshot: Path, theirs: Path, *, dry_run: bool) -> MergeResult:
    if db.on_server:
        result = _merge_on_server(db, snapshot, theirs, dry_run=dry_run)
    else:
        result = _merge_files(db, snapshot, theirs, dry_run=dry_run)
    if not dry_run:  # this copy's clock runs on past every clock it now holds
        db.copy_clock.hlc = max(db.copy_clock.hlc, result.outcome.their_latest)
    return result


def _merge_files(db: Database, snapshot: Path, theirs: Path, *, dry_run: bool) -> MergeResult:
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("ATTACH DATABASE ? AS theirs", (str(snapshot),))
        try:
            return _one_transaction(db, conn, theirs, dry_run=dry_run)
        finally:
            conn.rollback()
            raw.execute("DETACH DATABASE theirs")


def _merge_on_server(db: Database, snapshot: Path, theirs: Path, *,
                     dry_run: bool) -> MergeResult:
    """The snapshot copied into a schema of its own (`hirefile_theirs_<random>`) in the merge's
    transaction, merged, and the schema dropped before the commit; on any failure the
    rollback takes it (and a last DROP makes sure)."""
    from hirefile.services.transfer import copy_tables
    from hirefile.storage.database import _make_engine, create_empty_tables

    schema = f"hirefile_theirs_{secrets.token_hex(6)}"
    source = _make_engine(snapshot, read_only=True)
    try:
        with db.engine.connect() as conn:
            try:
                def bring_in(conn: Any) -> None:
                    path = conn.exec_driver_sql("SHOW search_path").scalar()
                    conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
                    conn.exec_driver_sql(f'SET LOCAL search_path TO "{schema}", {path}')
                    create_empty_tables(conn)
                    with source.connect() as src, src.begin():
                        copy_tables(src, conn, where=theirs.name)
                    conn.exec_driver_sql(f"SET LOCAL search_path TO {path}")

                def done(conn: Any) -> None:
                    conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')

                return _one_transaction(db, conn, theirs, dry_run=dry_run, theirs_schema=schema,
                                        before=bring_in, after=done)
            finally:  # made in the transaction, the rollback took it; this makes sure
                conn.rollback()
                try:
                    conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
                    conn.commit()
                except DBAPIError:  # the server went away: the error that said so stands
                    log.info("could not drop %s after a merge", schema, exc_info=True)
    finally:
        source.dispose()


def _one_transaction(db: Database, conn: Any, theirs: Path, *, dry_run: bool,
                     theirs_schema: str = "theirs", before: Any = None,
                     after: Any = None) -> MergeResult:
    """The merge in one transaction on `conn`: rolled back on a dry run, on a failure and when
    nothing came in; `before` and `after` run first and just before the commit."""
    with db.session_on(conn) as session:
        tx = session.begin()
        try:
            if before is not None:
                before(session.connection())
            result = _in_transaction(db, session, theirs, dry_run=dry_run,
                                     theirs_schema=theirs_schema)
        except IntegrityError as exc:  # a case the rules do not settle yet
            tx.rollback()
            raise FileProblem(
                f"{theirs.name} could not be merged into {db.path.name}: the two "
                "copies merged or moved the same people in ways this Hirefile cannot "
                f"join yet ({exc.orig}); nothing was changed") from exc
        except BaseException:
            tx.rollback()
            raise
        if dry_run or not result.outcome.anything:
            tx.rollback()
        else:
            if after is not None:
                after(session.connection())
            tx.commit()
    return result


def _in_transaction(db: Database, session: Session, theirs: Path, *,
                    dry_run: bool, theirs_schema: str = "theirs") -> MergeResult:
    conn = session.connection()
    now = db.copy_clock.next(session)
    by = db.identity.stamp
    merger = merge.Merger(conn, now=now, by=by, theirs=theirs_schema)
    outcome = merger.run()
    result = MergeResult(db.path, theirs, dry_run, outcome)
    if outcome.anything:
        _recompute(session, outcome)
        _refuse_unsound(session, theirs, db.path)
        result.possible_duplicates = possible_duplicates(
            session, outcome.added_ids("candidate"))
        their_replica = merger.schemas.run(
            "SELECT value FROM theirs.meta WHERE key = 'replica_id'").scalar() or ""
        if result.news:  # two copies merged back and forth do not hand each other records
            merge_record = MergeRecord(at=utcnow(), by=by, their_replica=their_replica,
                                       their_path=str(theirs), summary=result.as_json())
            session.add(merge_record)
            _log_merge(session, result, merge_record.id, merger.schemas)
        session.flush()
    return result


def _log_merge(session: Session, result: MergeResult, merge_id: str,
               schemas: merge.Schemas) -> None:
    """An activity entry for the merge, by the person who ran it, naming the other copy by
    its last writer and file: "Merged Daniel Okafor's copy (Hiring.hirefile): 12 records in,
    2 conflicts". Only for a merge that brought news (`MergeResult.news`)."""
    o, records = result.outcome, result.records
    writer = schemas.run("SELECT value FROM theirs.meta WHERE key = 'last_writer'").scalar() or ""
    copy = f"{writer}'s copy ({result.theirs.name})" if writer else result.theirs.name
    n = len(o.conflicts)
    text = (f"Merged {copy}: {records:,} record{'' if records == 1 else 's'} in, "
            + ("no conflicts" if n == 0 else "1 conflict" if n == 1 else f"{n:,} conflicts"))
    record(session, ActivityKind.MERGED, "merge_record", merge_id, text,
           detail={"file": result.theirs.name, "writer": writer, "records": records,
                   "conflicts": n, "possible_duplicates": len(result.possible_duplicates)})


def _recompute(session: Session, outcome: merge.Outcome) -> None:
    """Derived columns from their sources, for what the merge touched."""
    derived.recompute(session, **derived.affected(session, outcome.touched))


#: What a merge must never leave (the checks `hirefile check` would refuse the file for).
_SOUND = (
    ("a live application under a removed candidate",
     "SELECT count(*) FROM application a JOIN candidate c ON c.id = a.candidate_id "
     "WHERE a.deleted_at IS NULL AND c.deleted_at IS NOT NULL"),
    ("a live candidate pointing at the one it was merged into",
     "SELECT count(*) FROM candidate WHERE merged_into IS NOT NULL "
     "AND (deleted_at IS NULL OR merged_into = id)"),
)


def _refuse_unsound(session: Session, theirs: Path, mine: Path) -> None:
    """A merge whose result `hirefile check` would refuse is not written: the rules do not
    settle every meeting of candidate merges yet; the person keeps both files as they were."""
    from hirefile.storage import derived

    conn = session.connection()
    found = [what for what, sql in _SOUND if conn.exec_driver_sql(sql).scalar()]
    found += derived.problems(session)
    if found:
        raise FileProblem(
            f"{theirs.name} could not be merged into {mine.name}: the two copies merged or "
            "moved the same people in ways this Hirefile cannot join yet (it would leave "
            f"{found[0]}); nothing was changed")


def possible_duplicates(session: Session, added: set[str]) -> list[dict[str, Any]]:
    """Candidates that came in from the other copy and share a contact with another live
    candidate: the same person, perhaps, for a person to decide (never merged silently)."""
    out: list[dict[str, Any]] = []
    if not added:
        return out
    ids = sorted(added)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for column, why in _CONTACTS.items():
            col = getattr(Candidate, column)
            other = select(Candidate.id, Candidate.full_name, col).where(
                Candidate.deleted_at.is_(None), col.is_not(None), col != "")
            new = {r.id: r for r in session.execute(other.where(Candidate.id.in_(chunk)))}
            if not new:
                continue
            values = {getattr(r, column) for r in new.values()}
            for r in session.execute(other.where(col.in_(values), Candidate.id.not_in(chunk))):
                for n in new.values():
                    if getattr(n, column) == getattr(r, column):
                        out.append({"id": n.id, "name": n.full_name, "matches": r.id,
                                    "matches_name": r.full_name, "why": why})
    return out


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)
