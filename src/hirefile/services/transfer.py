"""Moving a file's whole content to a PostgreSQL server and back: `hirefile push FILE URL`
and `hirefile pull URL FILE`.

One engine does both directions: `copy_tables(source, target)` copies every table of the
models (`meta` and `replica` included) from one SQLAlchemy connection to another in the
models' dependency order, streamed in batches (a server-side cursor on PostgreSQL, SQLite's
own cursor on a file; attachments and kept e-mails in small batches, so their bytes are never
all in memory), then verifies each table on the target against the source: the row count and
a checksum over the rows' content, computed the same way on both sides (see `Checksum`). A
table that differs stops the copy with its name; the caller's one transaction rolls back.

Values travel as stored, not as the app reads them: JSON columns and field clocks as their
text (a JSON `null` and an SQL NULL stay apart, key order stays), choices as their short
value; times, dates, numbers, booleans and bytes through the columns' own types, which
turn SQLite's text times into PostgreSQL's timestamps and back. Derived state (current
stages, offer statuses, sort names, contact keys) is copied as it is: the source is checked
sound first, so it agrees with its sources. The search indexes are not copied; they are
made on the target after the rows (`search.create`, which fills them).

The copy is the same lineage: `meta` travels whole, so the server keeps the file's UUID (its
backups, merges with a cofounder's copy of the file and the sealed-feedback identities all
still apply), and so does a file pulled back. A pulled file takes a replica id of its own at
once (as every copy Hirefile writes does, `database.write_copy`), and so does the server
(`database.SERVER_HOME`; each writer on the server then signs with a replica of its own,
`stamping.SessionClock`).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Engine, Table, func, select
from sqlalchemy.exc import DBAPIError

from hirefile.errors import FileProblem, HirefileError, OlderSchemaFile, OutputRefused
from hirefile.settings import login_name
from hirefile.storage import search
from hirefile.storage.lock import FileLock
from hirefile.storage.models import Base, Candidate
from hirefile.storage.types import ClockMap

#: Rows read and written per batch; tables that hold files (attachments, kept e-mails: up to
#: 50 MB each) go `BLOB_BATCH_ROWS` at a time, so a few files at most are in memory at once.
BATCH_ROWS = 2000
BLOB_BATCH_ROWS = 4
_MOD = 1 << 256

#: (step, table, rows done, rows in the table): step "copying" after each batch (and once per
#: table at 0), then "verifying" once per table.
Progress = Callable[[str, str, int, int], None]


class TransferMismatch(HirefileError):
    """The target does not hold what the source holds; nothing was kept."""


class TransferCancelled(HirefileError):
    """The person stopped the copy (its progress callback raised this); nothing was kept."""


@dataclass
class Checksum:
    """Rows counted and an order-free checksum: the sum modulo 2^256 of each row's SHA-256 over
    its canonical text — the `repr` of its values in the table's column order, as both sides
    decode them (text, whole numbers, floats, booleans, None, UTC times, dates; JSON as its
    stored text; bytes by their own SHA-256), which tells 1 from 1.0 and True, and NULL from
    "". Order-free, so neither side sorts: SQLite and PostgreSQL order text by different
    collations. (`repr` rather than JSON: the same strictness, twice as fast.)"""

    #: the places of the row's bytes columns (files), hashed on their own
    blobs: tuple[int, ...] = ()
    rows: int = 0
    total: int = 0
    blob_bytes: int = 0

    def add(self, row: tuple[Any, ...]) -> None:
        if self.blobs:
            values = list(row)
            for i in self.blobs:
                if values[i] is not None:
                    values[i] = self._digest(values[i])
            row = tuple(values)
        self.total = (self.total + int.from_bytes(
            hashlib.sha256(repr(row).encode("utf-8", "surrogatepass")).digest(), "big")) % _MOD
        self.rows += 1

    def _digest(self, value: bytes | bytearray | memoryview) -> str:
        raw = bytes(value)
        self.blob_bytes += len(raw)
        return "sha256:" + hashlib.sha256(raw).hexdigest()

    @property
    def hex(self) -> str:
        return f"{self.total:064x}"


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    checksum: str
    blob_bytes: int


@dataclass
class TransferReport:
    source: str
    target: str
    tables: list[TableCopy] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @property
    def blob_bytes(self) -> int:
        return sum(t.blob_bytes for t in self.tables)

    def count(self, name: str) -> int:
        return next((t.rows for t in self.tables if t.name == name), 0)

    def summary(self) -> str:
        """One line: "copied 50,000 candidates, …, 412 MB of attachments; verified 35 tables"."""
        live = [f"{self.count(Candidate.__tablename__):,} candidates"]
        for name, word in (("application", "applications"), ("scorecard", "scorecards"),
                           ("activity", "activity entries")):
            live.append(f"{self.count(name):,} {word}")
        live.append(f"{self.rows:,} rows in all")
        files = self.blob_bytes
        size = (f"{files / 1_000_000:,.0f} MB" if files >= 1_000_000 else
                f"{files / 1000:,.0f} kB" if files >= 1000 else f"{files:,} bytes")
        live.append(f"{size} of attachments and e-mails" if files else
                    "no attachments or e-mails")
        return f"copied {', '.join(live)}; verified {len(self.tables)} tables"


# which tables, which columns -------------------------------------------------------------------

def copied_tables() -> list[Table]:
    """Every table of the models, parents before children (keys are deferred anyway)."""
    return list(Base.metadata.sorted_tables)


def _transport(column: sa.Column[Any]) -> tuple[Any, sa.types.TypeEngine[Any]]:
    """What to select for `column` and the type its values are written with: stored text for
    JSON, field clocks and choices; the column's own type for everything else."""
    type_ = column.type
    if isinstance(type_, sa.JSON):
        return sa.cast(column, sa.Text()).label(column.name), sa.Text()
    if isinstance(type_, ClockMap):
        return sa.type_coerce(column, sa.Text()).label(column.name), sa.Text()
    if isinstance(type_, sa.Enum):
        return sa.type_coerce(column, sa.String()).label(column.name), sa.String()
    return column, type_


def _blobs(table: Table) -> tuple[int, ...]:
    """Where `table`'s rows hold files (bytes columns)."""
    return tuple(i for i, c in enumerate(table.columns) if isinstance(c.type, sa.LargeBinary))


def _read(conn: Connection, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in batches, streamed."""
    per = BLOB_BATCH_ROWS if _blobs(table) else BATCH_ROWS
    stmt = select(*[_transport(c)[0] for c in table.columns])
    # SQLite gives back 2 for a NUMERIC column's 2.0, PostgreSQL 2.0: read both as floats
    floats = [i for i, c in enumerate(table.columns)
              if isinstance(c.type, (sa.Float, sa.Numeric)) and not c.type.asdecimal]
    result = conn.execute(stmt, execution_options={"stream_results": True,
                                                   "yield_per": per})
    try:
        for part in result.partitions(per):
            if not floats:
                yield [tuple(r) for r in part]
                continue
            rows = []
            for r in part:
                values = list(r)
                for i in floats:
                    if values[i] is not None:
                        values[i] = float(values[i])
                rows.append(tuple(values))
            yield rows
    finally:
        result.close()


# writing -----------------------------------------------------------------------------------------

class _Writer:
    """Rows into one table of the target: COPY on PostgreSQL, executemany on SQLite."""

    def __init__(self, conn: Connection, table: Table) -> None:
        self.conn = conn
        self.table = table
        dialect = conn.dialect
        self.names = [c.name for c in table.columns]
        types = [_transport(c)[1] for c in table.columns]
        self.process = [(i, p) for i, t in enumerate(types)
                        if (p := t.dialect_impl(dialect).bind_processor(dialect)) is not None]
        self.postgres = dialect.name == "postgresql"
        quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in self.names)
        name = dialect.identifier_preparer.format_table(table)
        if self.postgres:
            self.sql = f"COPY {name} ({quoted}) FROM STDIN"
        else:
            marks = ", ".join("?" for _ in self.names)
            self.sql = f"INSERT INTO {name} ({quoted}) VALUES ({marks})"

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        if self.process:
            out = []
            for row in rows:
                values = list(row)
                for i, process in self.process:
                    values[i] = process(values[i])
                out.append(values)
            rows = out  # type: ignore[assignment]
        cursor = self.conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            if self.postgres:
                with cursor.copy(self.sql) as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                cursor.executemany(self.sql, rows)
        finally:
            cursor.close()


# the engine --------------------------------------------------------------------------------------

def copy_tables(source: Connection, target: Connection, *, where: str,
                progress: Progress | None = None) -> list[TableCopy]:
    """Copy every table from `source` into the empty tables of `target`, then verify each.

    Both connections are inside transactions the caller holds (the source's is its snapshot);
    on any problem this raises and the caller rolls the target back. `where` names the target
    in messages."""
    tables = copied_tables()
    totals = {t.name: source.execute(select(func.count()).select_from(t)).scalar_one()
              for t in tables}
    sums: dict[str, Checksum] = {}
    for table in tables:
        total = totals[table.name]
        if progress:
            progress("copying", table.name, 0, total)
        writer = _Writer(target, table)
        check = sums[table.name] = Checksum(_blobs(table))
        pending: list[tuple[Any, ...]] = []
        for batch in _read(source, table):
            for row in batch:
                check.add(row)
            pending += batch
            # files go as they are read (a few at a time), other rows in batches
            if len(pending) >= BATCH_ROWS or check.blobs:
                _write(writer, pending, table.name, where)
                pending = []
                if progress:
                    progress("copying", table.name, check.rows, total)
        if pending:
            _write(writer, pending, table.name, where)
            if progress:
                progress("copying", table.name, check.rows, total)
    out = []
    for table in tables:
        mine = sums[table.name]
        if progress:
            progress("verifying", table.name, mine.rows, mine.rows)
        theirs = checksum(target, table)
        if theirs.rows != mine.rows:
            raise TransferMismatch(
                f"{where}: table {table.name} holds {theirs.rows:,} rows after the copy, the "
                f"source {mine.rows:,}; nothing was kept")
        if theirs.hex != mine.hex:
            raise TransferMismatch(
                f"{where}: table {table.name} does not hold what the source holds (its "
                "checksum differs); nothing was kept")
        out.append(TableCopy(table.name, mine.rows, mine.hex, mine.blob_bytes))
    return out


def checksum(conn: Connection, table: Table) -> Checksum:
    """The row count and checksum of `table` on `conn` (the same on both sides of a copy)."""
    out = Checksum(_blobs(table))
    for batch in _read(conn, table):
        for row in batch:
            out.add(row)
    return out


def _write(writer: _Writer, rows: list[tuple[Any, ...]], name: str, where: str) -> None:
    try:
        writer.write(rows)
    except DBAPIError as exc:
        first = (str(exc.orig).strip().splitlines() or ["unknown error"])[0]
        raise HirefileError(f"{where}: the rows of table {name} could not be written "
                            f"({first}); nothing was kept") from exc
    except Exception as exc:  # the driver's own errors (COPY raises them unwrapped)
        if type(exc).__module__.split(".")[0] not in ("psycopg", "sqlite3"):
            raise
        first = (str(exc).strip().splitlines() or ["unknown error"])[0]
        raise HirefileError(f"{where}: the rows of table {name} could not be written "
                            f"({first}); nothing was kept") from exc


# push and pull -----------------------------------------------------------------------------------

def push(file: Path | str, url: str, *, progress: Progress | None = None,
         holder: str | None = None, lock: FileLock | None = None) -> TransferReport:
    """Copy the file's whole content into the EMPTY PostgreSQL database at `url`, verified;
    on any problem (or a `TransferCancelled` from `progress`) the database is left empty.

    The file's one-writer lock is held throughout, so nobody changes it half way: `lock` when
    the caller holds it already (the app pushing its own open file), else taken here in the
    name of `holder` — refused, naming who, while someone has the file open."""
    from hirefile.storage import fileformat

    path = Path(file).expanduser().absolute()
    fileformat.check_is_hirefile(path)
    if lock is not None and lock.held and lock.path.absolute() == path:
        return _push(path, url, progress)
    own = FileLock.acquire(path, holder or login_name())
    try:
        return _push(path, url, progress)
    finally:
        own.release()


def _push(path: Path, url: str, progress: Progress | None) -> TransferReport:
    from hirefile.storage import check, fileformat, migrations, server, stamping
    from hirefile.storage.database import SERVER_HOME, _make_engine, create_empty_tables

    started = time.perf_counter()
    fileformat.check_format(path, write=False, current=migrations.SCHEMA_VERSION,
                            then=", then push")
    fileformat.recover_interrupted(path)
    check.require_sound(path)
    where = server.public_url(url)
    source_engine = _make_engine(path, read_only=True)
    target_engine = server.make_engine(url, read_only=False)
    report = TransferReport(str(path), where)
    try:
        with source_engine.connect() as src, src.begin():
            try:
                with target_engine.begin() as dst:
                    server.require_server_version(dst, where)
                    server.require_empty(dst, where)
                    create_empty_tables(dst)
                    report.tables = copy_tables(src, dst, where=where, progress=progress)
                    # check every reference now: PostgreSQL builds no index on a table with
                    # checks still pending, and the search index comes after the rows
                    dst.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
                    search.create(dst)
                    # the server signs its changes with a replica id of its own
                    stamping.CopyClock(SERVER_HOME).claim(dst)
                    # the planner's statistics now, not at autovacuum's next pass: the
                    # lists read a new database at once (a few seconds at 50,000 candidates)
                    dst.exec_driver_sql("ANALYZE")
            except DBAPIError as exc:
                raise server.describe_error(where, exc) from exc
    finally:
        source_engine.dispose()
        target_engine.dispose()
    report.seconds = time.perf_counter() - started
    return report


def pull(url: str, file: Path | str, *, progress: Progress | None = None) -> TransferReport:
    """Write a NEW file (`file` must not exist) holding everything the Hirefile database at
    `url` holds: written beside it under a temporary name, verified table by table, indexed
    for search, checked as `hirefile check` does, then renamed into place."""
    from hirefile.fsutil import check_output
    from hirefile.storage import server

    started = time.perf_counter()
    target = Path(file).expanduser().absolute()
    check_output(target)
    if target.exists():
        raise OutputRefused(f"Not written: {target} already exists; choose a new name for the "
                            "file (pull never replaces a file)")
    if not target.parent.is_dir():
        raise OutputRefused(f"Not written: the folder {target.parent} does not exist")
    where = server.public_url(url)
    source_engine = server.make_engine(url, read_only=True)
    report = TransferReport(where, str(target))
    try:
        _pull_into(source_engine, target, where, report, progress)
    except DBAPIError as exc:  # reaching or reading the server (the file's own are named)
        raise server.describe_error(where, exc) from exc
    finally:
        source_engine.dispose()
    report.seconds = time.perf_counter() - started
    return report


def _pull_into(source_engine: Engine, target: Path, where: str, report: TransferReport,
               progress: Progress | None) -> None:
    from hirefile.fsutil import atomic_path
    from hirefile.storage import check, migrations, server, stamping
    from hirefile.storage.database import _make_engine, create_empty_tables

    with atomic_path(target) as tmp:
        tmp.unlink()
        engine = _make_engine(tmp, read_only=False)
        try:
            with source_engine.connect() as src:
                src = src.execution_options(isolation_level="REPEATABLE READ")
                with src.begin():  # one snapshot of every table
                    version = server.stored_version(src, where)
                    server.check_version(version, migrations.SCHEMA_VERSION, where)
                    if version < migrations.SCHEMA_VERSION:
                        raise OlderSchemaFile(where, version, migrations.SCHEMA_VERSION,
                                              ", then pull")
                    with engine.begin() as dst:
                        create_empty_tables(dst)
                        report.tables = copy_tables(src, dst, where=str(target),
                                                    progress=progress)
                        search.create(dst)
                        # a copy of its own, as every copy Hirefile writes
                        stamping.CopyClock(stamping.home_of(target)).claim(dst)
        finally:
            engine.dispose()
        checked = check.check_file(tmp)
        if not checked.ok:
            raise FileProblem(f"The file made from {where} did not pass the checks "
                              f"({checked.problems[0]}); it was not kept")
