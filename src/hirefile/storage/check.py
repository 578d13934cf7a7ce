"""`hirefile check`: is this file sound? Read-only; works on a file another process has open."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from hirefile.errors import FileProblem, NewerSchemaFile
from hirefile.storage import fileformat, migrations, search
from hirefile.storage.models import Base, Tracked

LIVE_TABLES = sorted(
    m.__tablename__ for m in (mapper.class_ for mapper in Base.registry.mappers)
    if issubclass(m, Tracked)
)


@dataclass
class CheckReport:
    path: Path
    passed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def expect(self, condition: bool, passed: str, problem: str) -> bool:
        (self.passed if condition else self.problems).append(passed if condition else problem)
        return condition


def check_file(path: Path) -> CheckReport:
    """Run every check; raises only when the file is not a Hirefile file at all."""
    path = Path(path).expanduser().absolute()
    header = fileformat.check_is_hirefile(path)
    if header.user_version > migrations.SCHEMA_VERSION:
        raise NewerSchemaFile(str(path), header.user_version, migrations.SCHEMA_VERSION)
    report = CheckReport(path)
    report.passed.append(f"application id {fileformat.APPLICATION_ID:#x}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise FileProblem(f"{path} could not be opened: {exc}") from exc
    try:
        _run(conn, report, header)
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"SQLite could not read the file: {exc}")
    finally:
        conn.close()
    return report


def _run(conn: sqlite3.Connection, report: CheckReport, header: fileformat.Header) -> None:
    integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    report.expect(integrity == ["ok"], "integrity_check: ok",
                  "integrity_check: " + "; ".join(integrity[:5]))
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    report.expect(not fk, "foreign_key_check: no broken references",
                  f"foreign_key_check: {len(fk)} broken references, first in table {fk[0][0]}"
                  if fk else "")
    journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    report.expect(journal == "delete", "journal mode: delete",
                  f"journal mode is {journal}, expected delete (copies could lose data)")

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not report.expect("meta" in tables, "meta table present", "the meta table is missing"):
        return
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    try:
        uuid.UUID(meta.get("file_uuid", ""))
        good_uuid = True
    except ValueError:
        good_uuid = False
    report.expect(good_uuid, "file UUID present", "meta.file_uuid is missing or not a UUID")
    report.expect(
        meta.get("schema_version") == str(header.user_version),
        f"schema version {header.user_version} (meta agrees with user_version)",
        f"meta.schema_version {meta.get('schema_version')!r} differs from user_version "
        f"{header.user_version}",
    )
    if header.user_version != migrations.SCHEMA_VERSION:
        report.passed.append(f"older file format {header.user_version}: "
                             "tables are checked after it is updated")
        return
    missing = [t for t in LIVE_TABLES if t not in tables]
    if not report.expect(not missing, f"{len(LIVE_TABLES)} tables present",
                         "missing tables: " + ", ".join(missing)):
        return
    bad_keys = 0
    bad_stamps = 0
    for table in LIVE_TABLES:
        bad_keys += conn.execute(
            f"SELECT count(*) FROM \"{table}\" WHERE length(id) != 36 OR id NOT LIKE '%-%-%-%-%'"
        ).fetchone()[0]
        bad_stamps += conn.execute(
            f'SELECT count(*) FROM "{table}" WHERE created_at IS NULL OR updated_at IS NULL '
            f"OR updated_at < created_at OR created_by = ''"
        ).fetchone()[0]
    report.expect(bad_keys == 0, "every row has a UUID key", f"{bad_keys} rows without a UUID key")
    report.expect(bad_stamps == 0, "every row is stamped (who, when)",
                  f"{bad_stamps} rows with missing or inverted created/updated stamps")
    wrong_stage = conn.execute(
        "SELECT count(*) FROM application a JOIN role_stage s ON s.id = a.stage_id "
        "WHERE s.role_id != a.role_id"
    ).fetchone()[0]
    report.expect(wrong_stage == 0, "every application sits in a stage of its own role",
                  f"{wrong_stage} applications sit in another role's stage")
    orphaned = conn.execute(
        "SELECT count(*) FROM application a JOIN candidate c ON c.id = a.candidate_id "
        "WHERE a.deleted_at IS NULL AND c.deleted_at IS NOT NULL"
    ).fetchone()[0]
    report.expect(orphaned == 0, "no live application of a removed candidate",
                  f"{orphaned} live applications belong to removed candidates")
    dup = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM application WHERE deleted_at IS NULL "
        "GROUP BY candidate_id, role_id HAVING count(*) > 1)"
    ).fetchone()[0]
    report.expect(dup == 0, "no candidate is twice in one role",
                  f"{dup} candidates are in the same role more than once")
    if search.TABLE in tables:
        live = conn.execute(
            "SELECT count(*) FROM candidate WHERE deleted_at IS NULL").fetchone()[0]
        indexed = conn.execute(f"SELECT count(*) FROM {search.TABLE}").fetchone()[0]
        report.expect(live == indexed, f"search index covers all {live} candidates",
                      f"search index holds {indexed} rows for {live} candidates")
    else:
        report.problems.append("the candidate search index is missing")

