"""`hirefile check`: is this file sound? Read-only; works on a file another process has open.

The same checks guard every write: `require_sound` runs them when a file is opened for writing,
and a file they flag is refused before anything is written. A file found sound, or last
written by this Hirefile, is remembered by its identity on disk (device, inode, size, change
times, SQLite's change counter), so the checks run once per change made outside Hirefile, not
at every open. Files under `REMEMBER_FROM_BYTES` are simply checked every time (a few tens of
milliseconds).
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from hirefile.errors import FileProblem, NewerSchemaFile
from hirefile.storage import derived, fileformat, glance, migrations, search, sound
from hirefile.storage.models import Base, Tracked
from hirefile.storage.models.ordered import Position
from hirefile.storage.types import KEY_SHAPE, ClockMap, UTCDateTime

LIVE_TABLES = sorted(
    table.name for table in Base.metadata.sorted_tables
    if any(m.local_table is table and issubclass(m.class_, Tracked)
           for m in Base.registry.mappers)
)
#: Clocks differ between two founders' laptops: a row changed on a machine whose clock runs
#: behind may seem changed before it was made. Stamps further apart than this are damage.
CLOCK_TOLERANCE_HOURS = 48
#: Smaller files are checked at every open for writing; bigger ones once per outside change
#: (the checks take about 30 ms at 300 candidates, 4 s at 50,000).
REMEMBER_FROM_BYTES = 8 * 1024 * 1024


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
    """Run every check; raises only when the file is not a Hirefile file at all (or a write
    was interrupted and cannot be finished now)."""
    path = Path(path).expanduser().absolute()
    fileformat.check_is_hirefile(path)
    fileformat.recover_interrupted(path)
    return _report(path)


def _report(path: Path, *, writing: bool = False) -> CheckReport:
    header = fileformat.check_is_hirefile(path)
    if header.user_version > migrations.SCHEMA_VERSION:
        raise NewerSchemaFile(str(path), header.user_version, migrations.SCHEMA_VERSION)
    report = CheckReport(path)
    report.passed.append(f"application id {fileformat.APPLICATION_ID:#x}")
    try:
        conn = sqlite3.connect(fileformat.read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise FileProblem(f"{path} could not be opened: {exc}") from exc
    undecodable: list[bytes] = []

    def text(raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            undecodable.append(raw)
            return raw.decode("utf-8", "replace")

    conn.text_factory = text
    try:
        _run(conn, report, header, writing=writing)
    except sqlite3.DatabaseError as exc:
        if fileformat.hot_journal(path) and "readonly" in str(exc):
            raise fileformat.interrupted(path) from exc
        report.problems.append(f"SQLite could not read the file: {exc}")
    except UnicodeDecodeError:  # SQLite's own message quotes the damaged bytes
        report.problems.append("SQLite could not read the file: its schema is not UTF-8 text")
    except (ValueError, LookupError, TypeError) as exc:  # values too odd to compare
        report.problems.append(f"a stored value could not be read: {exc}")
    finally:
        conn.close()
    if undecodable:
        report.problems.append(f"{len(undecodable)} texts read are not UTF-8")
    return report


# the guard before writing ------------------------------------------------------------------

def require_sound(path: Path) -> None:
    """Refuse to write `path` unless the checks pass (or passed for this very state of it)."""
    if _known_sound(path):
        return
    found: list[CheckReport] = []
    fileformat.check_runner(path, lambda: found.append(_report(path, writing=True)))
    report = found[0]
    if not report.ok:
        raise fileformat.damaged(path, report.problems[0])
    mark_sound(path)


def mark_sound(path: Path) -> None:
    """Remember `path` as it is now on disk as sound (after a check, or Hirefile's own write;
    storage/sound.py). Files of every size are remembered: the app's first screen reads a
    remembered file before SQLAlchemy is loaded (storage/quick.py)."""
    sound.remember(path)


def _known_sound(path: Path) -> bool:
    return sound.is_known(path, from_bytes=REMEMBER_FROM_BYTES)


def _run(conn: sqlite3.Connection, report: CheckReport, header: fileformat.Header, *,
         writing: bool) -> None:
    integrity = [line for r in conn.execute("PRAGMA integrity_check")
                 for line in r[0].splitlines() if not line.startswith("*** in database")]
    report.expect(integrity == ["ok"], "integrity_check: ok",
                  "integrity_check: " + "; ".join(integrity[:5]))
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    report.expect(not fk, "foreign_key_check: no broken references",
                  f"foreign_key_check: {len(fk)} broken references, first in table {fk[0][0]}"
                  if fk else "")
    # A WAL file is read as immutable (nothing created beside it), which reads back "delete".
    # A writer switches it to "delete" itself: for writing, the mode is no damage.
    journal = "wal" if fileformat.wal_mode(report.path) else \
        conn.execute("PRAGMA journal_mode").fetchone()[0]
    if not writing:
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
    from hirefile.storage.models.candidates import PIPELINE_APPLICATIONS, PIPELINE_CANDIDATES

    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    named = [n for n in (PIPELINE_APPLICATIONS, PIPELINE_CANDIDATES) if n not in have]
    report.expect(not named, "the indexes the pipeline list reads are present",
                  "missing indexes the pipeline list reads: " + ", ".join(named))
    bad_keys = 0
    bad_stamps = 0
    nobody: dict[str, int] = {}
    bad_values: dict[str, int] = {}
    for table in LIVE_TABLES:
        checks = _value_checks(Base.metadata.tables[table])
        row = conn.execute(
            f"SELECT sum(NOT ({KEY_SHAPE})), "
            "sum(created_at IS NULL OR updated_at IS NULL OR created_by = '' "
            "OR julianday(created_at) IS NULL OR julianday(updated_at) IS NULL "
            f"OR julianday(updated_at) < julianday(created_at) - {CLOCK_TOLERANCE_HOURS / 24}), "
            # stamps name the person by key: a person row of this file
            "sum((created_by != '' AND created_by NOT IN (SELECT id FROM person)) "
            "OR (updated_by != '' AND updated_by NOT IN (SELECT id FROM person)))"
            + "".join(f", sum({sql})" for _, sql in checks)
            + f' FROM "{table}"'
        ).fetchone()
        bad_keys += row[0] or 0
        bad_stamps += row[1] or 0
        if row[2]:
            nobody[table] = row[2]
        for (column, _), n in zip(checks, row[3:], strict=True):
            if n:
                bad_values[f"{table}.{column}"] = n
    report.expect(bad_keys == 0, "every row has a key", f"{bad_keys} rows without a key")
    report.expect(bad_stamps == 0, "every row is stamped (who, when)",
                  f"{bad_stamps} rows with missing or inverted created/updated stamps")
    report.expect(not nobody, "every stamp names a person of the file",
                  "rows stamped by someone the file has no person row for: " + ", ".join(
                      f"{table} ({n})" for table, n in sorted(nobody.items())[:5]))
    report.expect(not bad_values, "every time, date, choice, JSON value and position is readable",
                  "unreadable values in " + ", ".join(
                      f"{where} ({n})" for where, n in sorted(bad_values.items())[:5]))
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
    pointers = conn.execute(
        "SELECT count(*) FROM candidate WHERE merged_into IS NOT NULL "
        "AND (deleted_at IS NULL OR merged_into = id)").fetchone()[0]
    report.expect(pointers == 0, "only removed candidates point to the record they were "
                  "merged into", f"{pointers} candidates point to a record they were merged "
                  "into while still live, or to themselves")
    loops = conn.execute(
        "WITH RECURSIVE walk(start, at, steps) AS (SELECT id, merged_into, 1 FROM candidate "
        "WHERE merged_into IS NOT NULL UNION ALL SELECT w.start, c.merged_into, w.steps + 1 "
        "FROM walk w JOIN candidate c ON c.id = w.at WHERE c.merged_into IS NOT NULL "
        "AND w.at != w.start AND w.steps < 100) "
        "SELECT count(DISTINCT start) FROM walk WHERE at = start").fetchone()[0]
    report.expect(loops == 0, "no merged records point at each other in a loop",
                  f"{loops} merged records point at each other in a loop (none of them stays)")
    dup = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM application WHERE deleted_at IS NULL "
        "GROUP BY candidate_id, role_id HAVING count(*) > 1)"
    ).fetchone()[0]
    report.expect(dup == 0, "no candidate is twice in one role",
                  f"{dup} candidates are in the same role more than once")
    if not writing:  # the counts `hirefile info` shows: wrong ones are no reason to refuse
        _kept_counts(conn, report)  # a write (`hirefile upgrade` mends them by writing)
    if search.TABLE in tables:
        live = conn.execute(
            "SELECT count(*) FROM candidate WHERE deleted_at IS NULL").fetchone()[0]
        indexed = conn.execute(f"SELECT count(*) FROM {search.TABLE}").fetchone()[0]
        report.expect(live == indexed, f"search index covers all {live} candidates",
                      f"search index holds {indexed} rows for {live} candidates")
    else:
        report.problems.append("the candidate search index is missing")
        return
    disagree = derived.problems(conn)
    if disagree:
        report.problems.extend(disagree)
    else:
        report.passed.append("current stages, offer statuses, sort names, contact keys and the "
                             "search index agree with their sources")


def _kept_counts(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Each count the file keeps (storage/glance.py) against a real count of its table."""
    wrong = glance.wrong_counts(conn)
    for name, kept, counted in wrong:
        report.problems.append(
            f"the file keeps {kept:,} as its count of {name.replace('_', ' ')} but holds "
            f"{counted:,}: `hirefile upgrade {report.path}` counts them again")
    if not wrong:
        report.passed.append("the counts `hirefile info` shows agree with the tables")


def _value_checks(table: sa.Table) -> list[tuple[str, str]]:
    """(column, SQL true for a stored value the app could not read) for the typed columns."""
    checks = []
    for col in table.columns:
        name = f'"{col.name}"'
        if isinstance(col.type, UTCDateTime):
            sql = f"{name} IS NOT NULL AND julianday({name}) IS NULL"
        elif isinstance(col.type, sa.Date):
            sql = f"{name} IS NOT NULL AND date({name}) IS NOT {name}"
        elif isinstance(col.type, sa.Enum):
            allowed = ", ".join("'" + v.replace("'", "''") + "'" for v in col.type.enums)
            sql = f"{name} IS NOT NULL AND {name} NOT IN ({allowed})"
        elif isinstance(col.type, (sa.JSON, ClockMap)):
            sql = f"{name} IS NOT NULL AND NOT json_valid({name})"
        elif col.name == "row_clock":  # 16 hex digits of clock, 16 of replica id
            sql = (f"{name} IS NOT NULL AND (length({name}) != 32 "
                   f"OR {name} GLOB '*[^0-9a-f]*')")
        elif isinstance(col.type, Position):  # a list's order needs a number
            allowed = "'integer', 'real'" + (", 'null'" if col.nullable else "")
            sql = f"typeof({name}) NOT IN ({allowed})"
        else:
            continue
        if col.name not in ("created_at", "updated_at"):
            checks.append((col.name, sql))
    return checks
