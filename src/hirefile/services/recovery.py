"""Salvaging what SQLite can still read of a damaged file into a NEW file.

The damaged file is never written: it is copied to a scratch folder first, and only the copy
is read (a zeroed or overwritten header is rebuilt on that copy from a fresh file's header).
When the `sqlite3` shell is installed its `.recover` command reads every page it can into a
scratch database; otherwise the copy itself is read table by table, in rowid ranges, halving
a range that SQLite cannot read until single rows are tried and the unreadable ones skipped.

Either way the rows found are written into a fresh Hirefile file of the current format (the
damaged file's `meta` rows are kept, so its file UUID, and with it its lineage: the result
merges with cofounders' copies and its backups are found). Rows whose parent was lost are
dropped too (a broken reference would fail the checks), derived columns and the search index
are recomputed, and `hirefile check` runs on the result. The new file appears at `target` in
one rename, only when all of this finished.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hirefile.domain.keys import compact, new_key
from hirefile.errors import FileProblem, HirefileError, OutputRefused
from hirefile.fsutil import atomic_path
from hirefile.services import backups
from hirefile.services.backups import BackupInfo
from hirefile.settings import Identity
from hirefile.storage import derived, fileformat, format6, search
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Base

log = logging.getLogger(__name__)

#: Rows read per range when a table reads cleanly.
CHUNK = 512
#: Without a readable highest rowid, ranges are read upwards until this many in a row are empty.
EMPTY_RANGES_TO_STOP = 64
#: Tables Hirefile derives or SQLite keeps itself: rebuilt, never copied.
_NOT_COPIED_PREFIXES = (search.TABLE, "sqlite_")


@dataclass
class TableSalvage:
    name: str
    saved: int = 0
    #: rows the damaged file says it had (SQLite may still count them through an index)
    expected: int | None = None
    #: rows read but dropped because a row they belong to was lost
    dropped: int = 0

    @property
    def lost(self) -> int | None:
        if self.expected is None:
            return None
        return max(self.expected - self.saved, 0)


@dataclass
class RecoveryReport:
    damaged: Path
    target: Path
    method: str  # "sqlite3 .recover" or "row by row"
    file_uuid_kept: bool
    header_rebuilt: bool = False
    tables: list[TableSalvage] = field(default_factory=list)
    #: stage and offer histories whose rows were all lost, rebuilt as one entry each
    histories_rebuilt: int = 0
    check_ok: bool = False
    check_problems: list[str] = field(default_factory=list)

    @property
    def saved(self) -> int:
        return sum(t.saved for t in self.tables)

    @property
    def lost(self) -> int | None:
        """Rows known lost; None when some table's count could not be read."""
        counts = [t.lost for t in self.tables]
        return None if any(c is None for c in counts) else sum(c or 0 for c in counts)

    def table(self, name: str) -> TableSalvage:
        return next(t for t in self.tables if t.name == name)

    def lines(self) -> list[str]:
        """One line per table that held or lost rows, then a total (the CLI prints these)."""
        out = []
        for t in self.tables:
            if not t.saved and not t.lost and t.expected is not None:
                continue
            lost = "count unknown" if t.lost is None else f"{t.lost:,}"
            out.append(f"{t.name}: {t.saved:,} rows saved, lost: {lost}")
        lost_total = self.lost
        lost_text = ("unknown (some tables could not be counted)" if lost_total is None
                     else f"{lost_total:,}")
        out.append(f"total: {self.saved:,} rows saved, {lost_text} lost, by {self.method}"
                   + ("; header rebuilt" if self.header_rebuilt else ""))
        if self.histories_rebuilt:
            out.append(f"{self.histories_rebuilt:,} applications or offers had lost their whole "
                       "history: each now has one entry, marked as rebuilt, for its current state")
        if not self.file_uuid_kept:
            out.append("the file's identity could not be read: the new file is a new lineage "
                       "(it will not merge with copies of the damaged one)")
        out.append("check: ok" if self.check_ok
                   else "check: " + "; ".join(self.check_problems[:3]))
        return out


def recover(damaged: Path | str, target: Path | str, *,
            identity: Identity | None = None, use_shell: bool | None = None) -> RecoveryReport:
    """Salvage `damaged` into the new file `target` (refused when it exists).

    `use_shell`: None uses the sqlite3 shell's `.recover` when installed; False reads row by
    row in Python. Raises a `HirefileError` when nothing at all could be read."""
    damaged = Path(damaged).expanduser().absolute()
    target = Path(target).expanduser().absolute()
    if not damaged.is_file():
        raise FileProblem(f"{damaged} does not exist or is not a file")
    if target.exists():
        raise OutputRefused(f"{target} already exists; choose a new name for the recovered file")
    if target == damaged:
        raise OutputRefused(f"{target} is the damaged file; choose a new name")
    identity = identity or Identity(new_key(), "Hirefile recovery")
    shell = shutil.which("sqlite3") if use_shell is not False else None

    with tempfile.TemporaryDirectory(prefix="hirefile-recover-") as scratch_dir:
        scratch = Path(scratch_dir)
        work = scratch / "damaged.sqlite"
        shutil.copyfile(damaged, work)
        rebuilt = _rebuild_header(work, scratch, identity)
        _pad(work)
        expected = _counts(work)
        source_path, method = work, "row by row"
        if shell and _shell_recover(shell, work, scratch / "salvaged.sqlite"):
            source_path, method = scratch / "salvaged.sqlite", "sqlite3 .recover"
        report = RecoveryReport(damaged, target, method, file_uuid_kept=False,
                                header_rebuilt=rebuilt)
        with atomic_path(target) as tmp:
            tmp.unlink()
            Database.create(tmp, identity).close()
            _fill(source_path, tmp, report, expected)
            if not report.saved:
                raise HirefileError(f"Nothing could be read from {damaged}; restore a backup "
                                    "or a cofounder's copy instead")
            _recompute(tmp)
            checked = check_file(tmp)
            report.check_ok = checked.ok
            report.check_problems = list(checked.problems)
    return report


# reading -----------------------------------------------------------------------------------------

def _rebuild_header(work: Path, scratch: Path, identity: Identity) -> bool:
    """Give the scratch copy a sound header when its own is unreadable (zeroed, overwritten):
    a fresh file's header, with the page count of the copy. True when it was rebuilt."""
    head = work.read_bytes()[:100]
    with contextlib.suppress(HirefileError):
        fileformat.check_is_hirefile(work)
        return False
    if head.startswith(fileformat.SQLITE_MAGIC) and len(head) == 100:
        page_size = int.from_bytes(head[16:18], "big")
        if page_size == 1:
            page_size = 65536
        if page_size >= 512 and page_size & (page_size - 1) == 0:
            return False  # a readable header of another kind of file: leave it to SQLite
    fresh_path = scratch / "fresh.sqlite"
    Database.create(fresh_path, identity).close()
    fresh = bytearray(fresh_path.read_bytes()[:100])
    page_size = int.from_bytes(fresh[16:18], "big")
    pages = max(work.stat().st_size // page_size, 1)
    fresh[28:32] = pages.to_bytes(4, "big")
    fresh[32:40] = bytes(8)  # no free-list: its pages may be anything now
    fresh[24:28] = fresh[92:96]  # change counter valid for the page count above
    with open(work, "r+b") as fh:
        fh.write(bytes(fresh))
    return True


def _pad(work: Path) -> None:
    """Lengthen a cut-off copy with empty pages up to the page count its header names: SQLite
    then reads every page that is still there and fails only on the missing ones."""
    head = work.read_bytes()[:100]
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    size = work.stat().st_size
    if page_size >= 512 and size < pages * page_size:
        with open(work, "ab") as fh:
            fh.write(bytes(pages * page_size - size))


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    # bytes that are not UTF-8 (damage) become U+FFFD rather than stopping the read
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return conn


def _counts(work: Path) -> dict[str, int]:
    """How many rows each table of the damaged copy says it has, where SQLite can count."""
    counts: dict[str, int] = {}
    try:
        conn = _connect(work)
    except sqlite3.Error:
        return counts
    try:
        for name in _copied_tables():
            with contextlib.suppress(sqlite3.Error):
                counts[name] = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
    finally:
        conn.close()
    return counts


def _shell_recover(shell: str, work: Path, out: Path) -> bool:
    """The sqlite3 shell's `.recover`: every readable page of `work` as SQL, run into `out`.
    False when the shell cannot (some builds fail with "SQL logic error" even on sound
    files): the caller then reads row by row."""
    try:
        dump = subprocess.run([shell, str(work), ".recover"], capture_output=True,
                              timeout=600, check=False)
        if dump.returncode != 0 or b"INSERT INTO" not in dump.stdout:
            log.warning("sqlite3 .recover failed (%s): %s", dump.returncode,
                        dump.stderr[-300:].decode("utf-8", "replace"))
            return False
        subprocess.run([shell, str(out)], input=dump.stdout, capture_output=True,
                       timeout=600, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("sqlite3 .recover could not run: %s", exc)
        return False
    return out.exists()


def _copied_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables
            if not t.name.startswith(_NOT_COPIED_PREFIXES)]


def _fill(source_path: Path, target: Path, report: RecoveryReport,
          expected: dict[str, int]) -> None:
    source = _connect(source_path)
    dest = sqlite3.connect(target)
    try:
        try:
            present = {r[0] for r in source.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.Error:
            present = set()
        dest.execute("PRAGMA foreign_keys = OFF")
        for name in _copied_tables():
            salvage = TableSalvage(name, expected=expected.get(name))
            report.tables.append(salvage)
            if name not in present:
                continue
            columns = [r[1] for r in dest.execute(f'PRAGMA table_info("{name}")')]
            have = {r[1] for r in _safe(source, f'PRAGMA table_info("{name}")')}  # type: ignore[index]
            cols = [c for c in columns if c in have]
            if not cols:
                continue
            listed = ", ".join(f'"{c}"' for c in cols)
            # a calendar event id made from a key of an earlier format is kept (`format6`)
            calendar = name in format6.CALENDAR_TABLES and "id" in cols
            into = [*cols, "ical_uid"] if calendar and "ical_uid" not in cols else cols
            written = ", ".join(f'"{c}"' for c in into)
            verb = "INSERT OR REPLACE" if name == "meta" else "INSERT OR IGNORE"
            insert = (f'{verb} INTO "{name}" (rowid, {written}) '
                      f'VALUES ({", ".join("?" * (len(into) + 1))})')
            # keys of an earlier format read as this format's (`format6`, alike in every copy)
            keyed = {i + 1 for i, c in enumerate(cols)
                     if c in format6.holding_keys(Base.metadata.tables[name])} \
                if name in Base.metadata.tables else set()
            for row in _rows(source, name, listed):
                if calendar:
                    row = _kept_calendar_id(row, cols)
                if keyed:
                    row = tuple(compact(v) if i in keyed and isinstance(v, str) else v
                                for i, v in enumerate(row))
                cur = dest.execute(insert, row)
                salvage.saved += cur.rowcount
        # the rows are this format's now (keys, calendar ids), whatever the damaged file's was
        dest.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                     (str(fileformat.SCHEMA_VERSION),))
        dest.commit()
        _drop_orphans(dest, report)
        report.histories_rebuilt = _rebuild_histories(dest)
        meta = dict(dest.execute("SELECT key, value FROM meta").fetchall())
        report.file_uuid_kept = any(
            r == meta.get("file_uuid") for r in _safe(
                source, "SELECT value FROM meta WHERE key = 'file_uuid'", column=0))
        dest.commit()
    finally:
        source.close()
        dest.close()


def _kept_calendar_id(row: tuple[object, ...], cols: list[str]) -> tuple[object, ...]:
    """`row` (rowid first, then `cols`) with its calendar event id kept, appended when the
    damaged file's table has no such column."""
    key = row[cols.index("id") + 1]
    if "ical_uid" not in cols:
        return (*row, format6.kept_calendar_id(key, None))
    at = cols.index("ical_uid") + 1
    return (*row[:at], format6.kept_calendar_id(key, row[at]), *row[at + 1:])


def _safe(conn: sqlite3.Connection, sql: str, column: int | None = None) -> list[object]:
    try:
        rows = conn.execute(sql).fetchall()
    except sqlite3.Error:
        return []
    return [r[column] for r in rows] if column is not None else rows


def _rows(conn: sqlite3.Connection, table: str, listed: str) -> Iterator[tuple[object, ...]]:
    """Every readable row of `table` (rowid first), skipping what SQLite cannot read."""
    select = f'SELECT rowid, {listed} FROM "{table}" WHERE rowid BETWEEN ? AND ?'
    try:
        low, high = conn.execute(f'SELECT min(rowid), max(rowid) FROM "{table}"').fetchone()
    except sqlite3.Error:
        low, high = None, None
    if low is not None and high is not None:
        for start in range(low, high + 1, CHUNK):
            yield from _range(conn, select, start, min(start + CHUNK - 1, high))
        return
    # the ends of the table cannot be read: walk upwards until a long run of empty ranges
    start, empty = 1, 0
    while empty < EMPTY_RANGES_TO_STOP:
        found = list(_range(conn, select, start, start + CHUNK - 1))
        empty = 0 if found else empty + 1
        yield from found
        start += CHUNK


def _range(conn: sqlite3.Connection, select: str, low: int,
           high: int) -> Iterator[tuple[object, ...]]:
    try:
        if low == high:  # a lookup: a range would step on to the next (maybe damaged) page
            rows = conn.execute(select.replace("BETWEEN ? AND ?", "= ?"), (low,)).fetchall()
        else:
            rows = conn.execute(select, (low, high)).fetchall()
    except sqlite3.DatabaseError:
        if low == high:
            return
        middle = (low + high) // 2
        yield from _range(conn, select, low, middle)
        yield from _range(conn, select, middle + 1, high)
        return
    yield from rows


def _drop_orphans(dest: sqlite3.Connection, report: RecoveryReport) -> None:
    """Drop rows that point at a row that was lost, until no reference is broken."""
    by_name = {t.name: t for t in report.tables}
    for _ in range(50):
        broken = dest.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, _parent, _fk in broken:
            cur = dest.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
            if cur.rowcount and table in by_name:
                by_name[table].saved -= cur.rowcount
                by_name[table].dropped += cur.rowcount


REBUILT_NOTE = "Rebuilt by Hirefile's recovery: the earlier history was lost with the damage"
_REBUILD_STAGES = """
    INSERT INTO stage_change (id, application_id, from_stage_id, to_stage_id, from_name,
        to_name, moved_at, moved_by, note, created_at, created_by, updated_at, updated_by)
    SELECT ?, a.id, NULL, a.stage_id, NULL, s.name, coalesce(a.stage_entered_at, a.created_at),
        'Hirefile recovery', ?, a.created_at, a.created_by, a.created_at, a.created_by
    FROM application a JOIN role_stage s ON s.id = a.stage_id WHERE a.id = ?"""
_REBUILD_OFFERS = """
    INSERT INTO offer_event (id, offer_id, status, at, by, note, created_at, created_by,
        updated_at, updated_by)
    SELECT ?, o.id, o.status, o.updated_at, 'Hirefile recovery', ?, o.updated_at, o.created_by,
        o.updated_at, o.created_by FROM offer o WHERE o.id = ?"""


def _rebuild_histories(dest: sqlite3.Connection) -> int:
    """A live application (offer) whose stage (status) history was lost entirely gets one
    entry for the stage (status) it holds, so the file is sound and nothing more is lost."""
    rebuilt = 0
    for table, history, parent, insert in (
            ("application", "stage_change", "application_id", _REBUILD_STAGES),
            ("offer", "offer_event", "offer_id", _REBUILD_OFFERS)):
        missing = [r[0] for r in dest.execute(
            f"SELECT t.id FROM {table} t WHERE t.deleted_at IS NULL AND NOT EXISTS ("
            f"SELECT 1 FROM {history} h WHERE h.{parent} = t.id AND h.deleted_at IS NULL)")]
        for row_id in missing:
            rebuilt += dest.execute(insert, (new_key(), REBUILT_NOTE, row_id)).rowcount
    return rebuilt


def _recompute(path: Path) -> None:
    """Derived columns and the search index from the rows saved."""
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            derived.recompute(session)
            session.commit()
    finally:
        engine.dispose()


# backups of a damaged file -----------------------------------------------------------------------

def newest_backup(damaged: Path | str) -> BackupInfo | None:
    """The newest sound backup of the damaged file's lineage; None when its file UUID cannot be
    read (the damage took it) or no sound backup of it exists."""
    try:
        file_uuid = backups.lineage(Path(damaged).expanduser().absolute())
    except HirefileError:
        return None
    if not file_uuid:
        return None
    return next((b for b in backups.list_backups(file_uuid) if b.damaged is None), None)
