"""Opening, creating and writing a `.hirefile` file — or a Hirefile database on a server.

`Database.open()` is the only way in. It refuses foreign and newer files before SQLite touches
them, takes the one-writer lock, backs up and migrates older files, and hands out short
sessions — one per user action — that stamp every change with the person using this machine.

Given a `postgresql://` URL instead of a path, the same class opens a database on a PostgreSQL
server (storage/server.py): the same format checks and migrations, no lock (several people
write at once), no file backup (`hirefile pull` makes a file from the server).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, inspect, select
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from hirefile import __version__
from hirefile.errors import (
    CorruptFile,
    FileProblem,
    FileReplaced,
    HirefileError,
    OlderSchemaFile,
    ReadOnlyFile,
    StorageFailure,
)
from hirefile.fsutil import atomic_path, describe_os_error, forget_open_file, register_open_file
from hirefile.settings import Identity
from hirefile.storage import (
    check,
    clock,
    fileformat,
    glance,
    guard,
    migrations,
    search,
    server,
    stamping,
)
from hirefile.storage.lock import FileLock
from hirefile.storage.models import Base, Meta, Person, Tracked
from hirefile.storage.notify import notify_on_commit
from hirefile.storage.rows import StoredValueError
from hirefile.storage.types import utcnow

log = logging.getLogger(__name__)


class Database:
    """An open `.hirefile` file: engine, sessions, and (when writing) the file's lock.

    On a server (`url` set, `on_server`) there is no file: `path` is only a name to show
    ("hiring on db.example.com"), never a place to write beside, and there is no lock."""

    #: On a server: the LISTEN/NOTIFY channel its commits notify on (storage/notify.py) and
    #: who this open database is in them, so a window knows its own writes from others'.
    channel: str | None = None
    sender = ""

    def __init__(self, path: Path, engine: Engine, identity: Identity, lock: FileLock | None,
                 header_version: int, *, url: str | None = None,
                 read_only: bool | None = None) -> None:
        self.path = path
        #: The server's URL without its password (None for a file).
        self.url = url
        self.on_server = url is not None
        self.engine = engine
        self.identity = identity
        self.lock = lock
        self.read_only = lock is None if read_only is None else read_only
        self.opened_version = header_version
        self.backup_path: Path | None = None
        self._person_known = False
        #: When the file was in WAL mode (set by another program): its change counter just
        #: after it was switched to Hirefile's mode, to switch it back if nothing was written.
        self._opened_as: int | None = None
        self._damaged = False
        #: This copy's replica id and hybrid logical clock (claimed at the first change).
        #: On a server each open Database that writes takes a replica of its own.
        self.copy_clock: stamping.CopyClock = stamping.SessionClock(identity.person_id) \
            if url else stamping.CopyClock(stamping.home_of(path))
        #: The file on disk this connection reads (device, inode): writes are refused once the
        #: path names another file (a synced folder replaced it) until `reopen()`.
        self.disk_id = None if url else disk_id(path)
        self._sessions = sessionmaker(engine, class_=FileSession, expire_on_commit=False,
                                      info={"database": self})

    # opening ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, identity: Identity, *, write: bool = True) -> Database:
        """Open an existing file. Raises a `FileProblem` (file untouched) when it cannot.

        Opening for writing first runs the checks of `hirefile check` (`check.require_sound`;
        skipped while the file is as Hirefile last left it): a damaged file is never written.
        A `postgresql://` URL opens a database on a server (`_open_server`).
        """
        if server.is_url(path):
            return cls._open_server(str(path), identity, write=write)
        path = Path(path).expanduser().absolute()
        header = fileformat.check_format(path, write=write, current=migrations.SCHEMA_VERSION)
        fileformat.recover_interrupted(path)
        lock = FileLock.acquire(path, identity.name) if write else None
        was_wal = write and fileformat.wal_mode(path)
        older = header.user_version < migrations.SCHEMA_VERSION

        opened: list[Database] = []

        def opening() -> None:
            if was_wal and fileformat.wal_pending(path):
                # fold another program's log into the file first, so the checks see it all
                _guard(path, lambda: _set_journal_mode(path, "DELETE"))
            if write:
                _guard(path, lambda: check.require_sound(path))
            backup = migrations.backup_file(path, header.user_version) if older else None
            engine = _make_engine(path, read_only=not write)
            db = cls(path, engine, identity, lock, header.user_version)
            db.backup_path = backup
            try:
                db._check_connection()
                if backup is not None:
                    db._migrate(header.user_version)
                db._keep_counts()
            except BaseException:
                engine.dispose()
                raise
            db._opened_as = _change_counter(path) if was_wal else None
            opened.append(db)

        try:
            # an older file: checked, backed up, updated and rewritten (format 5), seconds at
            # 50,000 candidates: the app shows it working (`fileformat.update_runner`)
            if older:
                fileformat.update_runner(path.name, header.user_version, opening)
            else:
                opening()
            db = opened[0]
        except BaseException:
            if was_wal and not fileformat.wal_mode(path):
                _restore_wal(path)
            if lock is not None:
                lock.release()
            raise
        register_open_file(db, path)  # no export or copy may replace it while it is open
        return db

    @classmethod
    def take_over(cls, path: Path, identity: Identity, lock: FileLock) -> Database:
        """The file storage/quick.py opened for the app's first screen, from its `hand_over`:
        in this format, sound, `lock` held (kept, released on a problem)."""
        try:
            engine = _make_engine(path, read_only=False)
            db = cls(path, engine, identity, lock, migrations.SCHEMA_VERSION)
            try:
                db._check_connection()
                db._keep_counts()
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            lock.release()
            raise
        register_open_file(db, path)
        return db

    @classmethod
    def create(cls, path: Path | str, identity: Identity) -> Database:
        """Create a new, empty file at `path` (atomically) and open it for writing; with a
        `postgresql://` URL, the schema in that empty server database."""
        if server.is_url(path):
            return cls._create_on_server(str(path), identity)
        path = Path(path).expanduser().absolute()
        if path.exists():
            raise FileProblem(f"{path} already exists; choose another name or open it")
        if not path.parent.is_dir():
            raise StorageFailure(f"The folder {path.parent} does not exist")
        with atomic_path(path) as tmp:
            tmp.unlink()
            engine = _make_engine(tmp, read_only=False)
            try:
                with engine.begin() as conn:
                    _create_new(conn, identity)
            except DBAPIError as exc:
                raise _known(tmp, exc) from exc
            finally:
                engine.dispose()
        return cls.open(path, identity)

    @classmethod
    def _open_server(cls, location: str, identity: Identity, *, write: bool) -> Database:
        """Open the Hirefile database at a server URL: refuse anything else and newer formats,
        migrate an older one in one transaction (no file to back up: `hirefile pull` makes
        one), no lock."""
        where = server.public_url(location)
        engine = server.make_engine(location, read_only=not write)
        try:
            with engine.connect() as conn:
                server.require_server_version(conn, where)
                version = server.stored_version(conn, where)
            server.check_version(version, migrations.SCHEMA_VERSION, where)
            if not write and version < migrations.SCHEMA_VERSION:
                raise OlderSchemaFile(where, version, migrations.SCHEMA_VERSION)
            db = cls(Path(server.label(location)), engine, identity, None, version, url=where,
                     read_only=not write)
            if version < migrations.SCHEMA_VERSION:
                log.info("updating %s from format %d (a server database: no file backup)",
                         where, version)
                db._migrate(version)
            db.sender = uuid.uuid4().hex
            db.channel = notify_on_commit(engine, db.file_uuid, db.sender)  # others' windows
        except DBAPIError as exc:
            engine.dispose()
            raise server.describe_error(where, exc) from exc
        except BaseException:
            engine.dispose()
            raise
        return db

    @classmethod
    def _create_on_server(cls, location: str, identity: Identity) -> Database:
        where = server.public_url(location)
        engine = server.make_engine(location, read_only=False)
        try:
            with engine.begin() as conn:
                server.require_server_version(conn, where)
                server.require_empty(conn, where)
                _create_new(conn, identity)
        except DBAPIError as exc:
            raise server.describe_error(where, exc) from exc
        finally:
            engine.dispose()
        return cls.open(location, identity)

    def _check_connection(self) -> None:
        try:
            with self.engine.connect() as conn:
                fileformat.verify_pragmas(conn.connection.dbapi_connection,  # type: ignore[arg-type]
                                          read_only=self.read_only)
                names = set(conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
        except DBAPIError as exc:
            raise self._known(exc) from exc
        except (ValueError, LookupError, TypeError) as exc:
            if not stored_value_error(exc):
                raise
            raise self._unreadable(exc) from exc
        if "meta" not in names:
            raise FileProblem(f"{self.path} is marked as a Hirefile file but has no meta table")

    def _keep_counts(self, *, again: bool = False) -> list[tuple[str, int, int]]:
        """A file opened for writing keeps the counts `hirefile info` shows (storage/glance.py):
        added once, counting, to a file that does not keep them yet; with `again`, every one
        counted again (`recount`)."""
        if self.on_server or self.read_only:
            return []
        try:
            with self.engine.connect() as conn:
                raw: Any = conn.connection.dbapi_connection
                if again:
                    return glance.recount(raw)
                glance.keep_counts(raw)
                return []
        except DBAPIError as exc:
            raise self._known(exc) from exc
        except sqlite3.Error as exc:
            raise self._known(DBAPIError(None, None, exc)) from exc

    def recount(self) -> list[tuple[str, int, int]]:
        """Count again every count the file keeps (`hirefile upgrade`; nothing on a server):
        (what, kept, counted) for those that were wrong."""
        self.require_writable()
        return self._keep_counts(again=True)

    def _migrate(self, from_version: int) -> None:
        try:
            with self.engine.connect() as conn:
                # keys rewritten in a file: references are checked once at the end, not for
                # every key changed (SQLite sets this outside a transaction only)
                loose = not self.on_server and migrations.rewrites_keys(from_version)
                raw = conn.connection.dbapi_connection
                assert raw is not None
                if loose:
                    raw.execute("PRAGMA foreign_keys = OFF")
                try:
                    self._upgrade(conn, from_version, loose=loose)
                finally:
                    if loose:
                        with contextlib.suppress(sqlite3.Error):  # the error above says why
                            raw.execute("PRAGMA foreign_keys = ON")
            if not self.on_server and migrations.shrinks(from_version):
                self._vacuum()
        except DBAPIError as exc:
            raise self._known(exc) from exc

    def _upgrade(self, conn: Connection, from_version: int, *, loose: bool) -> None:
        """The migration's one transaction on `conn`."""
        with conn.begin():
            if self.on_server:
                # one migration, however many people open it at once: the others wait
                # here and then find it done
                conn.exec_driver_sql("LOCK TABLE meta IN EXCLUSIVE MODE")
                from_version = server.stored_version(conn, str(self.url))
                if from_version >= migrations.SCHEMA_VERSION:
                    return
            migrations.upgrade(conn, from_version)
            if loose:
                migrations.require_references(conn)
            if not self.on_server:
                conn.exec_driver_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION}")
            set_meta(conn, schema_version=str(migrations.SCHEMA_VERSION),
                     app_version=__version__)

    def _vacuum(self) -> None:
        """Rewrite the file without its free pages, outside any transaction (after a
        migration that dropped indexes: the file shrinks on disk, not only inside)."""
        from hirefile.storage import compaction

        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            compaction.compact(raw, "sqlite", ())

    # sessions --------------------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any error."""
        self.require_writable()
        try:
            with self._sessions.begin() as s:
                s.info["identity"] = self.identity
                s.info["copy_clock"] = self.copy_clock
                yield s
        except DBAPIError as exc:
            if isinstance(exc, IntegrityError):
                raise  # a broken rule in our own code, not the user's file
            raise self._known(exc) from exc
        except (ValueError, LookupError, TypeError) as exc:
            if not stored_value_error(exc):
                raise
            raise self._unreadable(exc) from exc

    def session_on(self, conn: Connection) -> Session:
        """A session on a connection the caller holds (one that has another copy attached,
        for a merge), stamping its changes like every session of this file."""
        self.require_writable()
        session = self._sessions(bind=conn)
        session.info["identity"] = self.identity
        session.info["copy_clock"] = self.copy_clock
        return session

    def require_writable(self) -> None:
        """Refuse a write, in one line, on a file open read-only or no longer at its path (it
        would land on the old file, which a synced folder replaced: older state over newer)."""
        if self.read_only:
            raise ReadOnlyFile(
                f"{self.path.name} is open read-only: you are looking, not editing. To make "
                "changes, open it again once the person editing it has closed it")
        if self.on_server:
            return
        now = disk_id(self.path)
        if now != self.disk_id:
            what = "moved or deleted" if now is None else \
                "replaced by another version (a synced folder or another program)"
            raise FileReplaced(
                f"{self.path.name} was {what} since it was opened; nothing was written. "
                "Hirefile reopens it: make the change again")

    def reopen(self) -> None:
        """Read what is at this path now, in place: the file was replaced on disk (a synced
        folder delivered a cofounder's version). The lock, the identity and this object stay
        (every screen keeps its `Database`); the new file is checked as any file opened for
        writing is, and must be in this Hirefile's format. On a problem nothing changes."""
        if self.on_server:
            raise FileProblem(f"{self.url} is a server database: there is no file to reopen")
        path = self.path
        header = fileformat.check_is_hirefile(path)
        if header.user_version != migrations.SCHEMA_VERSION:
            raise FileProblem(
                f"{path.name} was replaced by a file in format {header.user_version} (this "
                f"Hirefile writes format {migrations.SCHEMA_VERSION}); close it and open it again "
                "with File → Open")
        if not self.read_only:
            _guard(path, lambda: check.require_sound(path))
        old_engine = self.engine
        self.engine = _make_engine(path, read_only=self.read_only)
        self._sessions.configure(bind=self.engine)
        try:
            self._check_connection()
        except BaseException:
            self.engine.dispose()
            self.engine = old_engine
            self._sessions.configure(bind=old_engine)
            raise
        old_engine.dispose()
        self.disk_id = disk_id(path)
        self.copy_clock = stamping.CopyClock(stamping.home_of(path))
        self._person_known = False
        self._damaged = False
        self._opened_as = None
        register_open_file(self, path)

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only; nothing it holds is written."""
        try:
            with self._sessions() as s:
                s.info["identity"] = self.identity  # who is looking (sealed feedback)
                yield s
                s.rollback()
        except DBAPIError as exc:
            raise self._known(exc) from exc
        except (ValueError, LookupError, TypeError) as exc:
            if not stored_value_error(exc):
                raise
            raise self._unreadable(exc) from exc

    def _known(self, exc: DBAPIError) -> HirefileError:
        if self.url is not None:
            return server.describe_error(self.url, exc)
        error = _known(self.path, exc)
        self._damaged = self._damaged or isinstance(error, CorruptFile)
        return error

    def _unreadable(self, exc: Exception) -> CorruptFile:
        """A value SQLite returned that cannot be decoded (bad UTF-8, a time, a choice, JSON)
        means a damaged file; the same error raised anywhere else is a bug and stays one."""
        self._damaged = True
        return fileformat.damaged(self.path, f"a stored value cannot be read: {exc}")

    def meta(self) -> dict[str, str]:
        with self.reader() as s:
            return {m.key: m.value for m in s.scalars(select(Meta))}

    @property
    def file_uuid(self) -> str:
        return self.meta().get("file_uuid", "")

    def _stamp(self, session: Session, _ctx: Any, _instances: Any) -> None:
        """Stamp every new or changed row with who and when, and with this copy's clock: for
        a new row its `row_clock`, for a changed one each changed field's clock (one place,
        every write through the ORM; `stamping.update_rows` does the same for SQL updates)."""
        ident: Identity = session.info.get("identity", self.identity)
        new = [obj for obj in session.new if isinstance(obj, Tracked)]
        changed = []
        for obj in session.dirty:
            if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
                state = inspect(obj)
                fields = [a.key for a in state.mapper.column_attrs
                          if a.key not in clock.NOT_FIELDS
                          and state.attrs[a.key].history.has_changes()]
                changed.append((obj, fields))
        if not new and not changed:
            return
        now = utcnow()
        with session.no_autoflush:
            # the rows as stored now (locked on a server): another writer may have committed
            # since this unit of work read them
            stored = stamping.current_rows(session, (o for o, _f in changed))
            expected = session.info.get(stamping.EXPECTED) or {}
            dirty = []
            for obj, fields in changed:
                where = stamping.row_key(obj)
                row = stored[where]
                seen = expected.get(where)
                stale = None if seen is None else \
                    stamping.stale_field(type(obj), row, fields, seen)
                if stale is not None:
                    raise stamping.refuse(type(obj), row, stale, getattr(obj, stale))
                dirty.append((obj, fields, row))
            after = max((stamping.latest(r.row_clock, r.updated_at, r.field_clocks)
                         for _o, _f, r in dirty), default=0)
            tick = self.copy_clock.next(session, after)
            for obj, _f, _r in dirty:  # later flushes of this unit build on its own change
                if stamping.row_key(obj) in expected:
                    expected[stamping.row_key(obj)] = stamping.Expected(clock.hlc_of(tick))
            for obj in new:
                obj.created_at = obj.created_at or now
                obj.created_by = obj.created_by or ident.stamp
                obj.updated_at = now
                obj.updated_by = ident.stamp
                obj.row_clock = tick
                obj.field_clocks = None
            for obj, fields, row in dirty:
                obj.updated_at = now
                obj.updated_by = ident.stamp
                if fields:
                    obj.row_clock, obj.field_clocks = stamping.stamp_fields(
                        row.row_clock, row.updated_at, row.field_clocks, fields, tick)
            self._ensure_person(session, ident, now, tick)
            if self.on_server:
                return  # no row every writer updates: who wrote what is in the rows' stamps
            for key, value in (("last_writer", ident.name),
                               ("last_written_at", now.isoformat()),
                               ("app_version", __version__)):
                row = session.get(Meta, key)
                if row is None:
                    session.add(Meta(key=key, value=value))
                elif row.value != value:
                    row.value = value

    def _ensure_person(self, session: Session, ident: Identity, now: datetime,
                       tick: str) -> None:
        if self._person_known:
            return
        if session.get(Person, ident.person_id) is None:
            session.add(Person(id=ident.person_id, name=ident.name, email=ident.email,
                               created_at=now, created_by=ident.stamp, updated_at=now,
                               updated_by=ident.stamp, row_clock=tick))
        self._person_known = True

    def set_identity(self, identity: Identity) -> None:
        """Who this file's changes are signed by from now on (after "who am I" is settled)."""
        self.identity = identity
        self._person_known = False
        if self.on_server:  # a server writer's replica names the person writing
            self.copy_clock = stamping.SessionClock(identity.person_id)

    # copies and closing -------------------------------------------------------------------

    def save_copy(self, target: Path | str, *, own_replica: bool = True) -> Path:
        """Write a consistent copy of the whole file to `target`, atomically, checked with
        `quick_check` before it is put in place. The copy signs its changes with a replica id of
        its own (`own_replica=False`: an exact image, as a backup keeps)."""
        target = Path(target).expanduser().absolute()
        if self.on_server:
            raise FileProblem(f"{self.url} is a server database: make a file of it with "
                              "`hirefile pull URL FILE`")
        raw = self.engine.raw_connection()
        try:
            write_copy(raw.driver_connection, target,  # type: ignore[arg-type]
                       home=stamping.home_of(target) if own_replica else None)
        finally:
            raw.close()
        return target

    def close(self) -> None:
        forget_open_file(self)
        self.engine.dispose()
        if self.lock is not None and self.lock.held:
            self._after_writing()
        if self.lock is not None:
            self.lock.release()

    def _after_writing(self) -> None:
        """Remember the file as sound after Hirefile's own writes; a file another program had
        put in WAL mode goes back to it when this session wrote nothing."""
        if self._opened_as is not None and _change_counter(self.path) == self._opened_as:
            _restore_wal(self.path)
        if not self._damaged:
            check.mark_sound(self.path)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FileSession(Session):
    """The sessions of an open `Database` (`info["database"]`): every unit of work is checked
    and stamped by it. The listeners belong to the class, not to each database: SQLAlchemy
    keeps a sessionmaker's listeners for good, so a bound method there would keep every
    database ever opened (its engine, its window's file) alive."""


@event.listens_for(FileSession, "before_flush")
def _check_and_stamp(session: Session, ctx: Any, instances: Any) -> None:
    guard.check_values(session, ctx, instances)
    session.info["database"]._stamp(session, ctx, instances)


@event.listens_for(FileSession, "after_rollback")
def _rolled_back(session: Session) -> None:
    # a rolled-back unit of work may have been the one that added the person's row
    session.info["database"]._person_known = False


#: Where a server database "lives" for the replica id `hirefile push` gives it.
SERVER_HOME = stamping.SERVER_HOME
_SQLITE_FULL = 13  # SQLite's result code for a full disk (`sqlite3.SQLITE_FULL` from 3.11)


class CopyRestarted(Exception):
    """A copy in steps gave up: the file changed under it `restarts` times (it was busy)."""


class CopyCancelled(Exception):
    """A copy in steps was cancelled between two steps (nothing was left behind)."""


def _step_watch(restarts: int, cancelled: Callable[[], bool] | None
                ) -> Callable[[int, int, int], None]:
    """The progress callback of a copy in steps: SQLite starts the copy over when another
    connection writes the file between two steps; after `restarts` of them it gives up
    (`CopyRestarted`), and it stops when `cancelled()` says so (`CopyCancelled`)."""
    seen = {"left": -1, "restarts": 0}

    def progress(status: int, remaining: int, _total: int) -> None:
        if cancelled is not None and cancelled():
            raise CopyCancelled
        if status == 0 and 0 <= seen["left"] <= remaining:  # a step that started over
            seen["restarts"] += 1
            if seen["restarts"] > restarts:
                raise CopyRestarted(restarts)
        seen["left"] = remaining

    return progress


def write_copy(source: sqlite3.Connection, target: Path, *, home: str | None,
               pages: int = -1, restarts: int = 3,
               cancelled: Callable[[], bool] | None = None) -> None:
    """Copy the database on `source` to `target` with SQLite's backup API (a consistent
    snapshot; `source` is only read), atomically: the copy passes `quick_check` before it is
    put in place, or nothing is left. With `home`, a copy in file format 2 takes a replica id
    of its own living there (a copy for someone, a restored file); None keeps an exact image
    (a backup). The one way Hirefile writes a whole copy of a file (`save_copy`, backups,
    restoring a backup).

    With `pages` > 0 the copy goes in steps of that many pages, `source` reading the file
    only during a step, so a writer on another connection waits for one step at most; a
    write restarts the copy, and after `restarts` restarts it gives up (`CopyRestarted`).
    `cancelled` is asked between steps (`CopyCancelled`). Either leaves nothing behind."""
    with atomic_path(target) as tmp:  # refuses the open file and any other database
        try:
            dst = sqlite3.connect(tmp)
        except sqlite3.Error as exc:
            raise StorageFailure(f"Could not write {target}: {exc}") from exc
        try:
            if pages > 0:
                source.backup(dst, pages=pages, sleep=0.01,
                              progress=_step_watch(restarts, cancelled))
            else:
                source.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            result = [row[0] for row in dst.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                raise StorageFailure(f"The copy {target} did not pass SQLite's check "
                                     f"({result[0]}); it was not kept")
            if home is not None and dst.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'replica'"
            ).fetchone() is not None:
                stamping.new_copy(dst, home)
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL:
                raise StorageFailure(describe_os_error(OSError(28, os.strerror(28)),
                                                       target)) from exc
            raise StorageFailure(f"Could not write {target}: {exc}") from exc
        finally:
            dst.close()


def disk_id(path: Path) -> tuple[int, int] | None:
    """Which file `path` names now (device, inode), or None when nothing is there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class _FileCompiler(SQLiteCompiler):
    """SQLite's statement compiler, writing a table's hint for SQLite
    (`Select.with_hint(table, "INDEXED BY ix", "sqlite")`) after the table's name, which
    SQLAlchemy's own leaves out: the pipeline list names its covering indexes."""

    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        return text


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    if read_only:
        uri = fileformat.read_only_uri(path)
        engine = create_engine("sqlite+pysqlite://", poolclass=QueuePool,
                               creator=lambda: sqlite3.connect(uri, uri=True,
                                                               check_same_thread=False))
    else:  # a path, not a URL: names with "?" or "#" are names
        engine = create_engine("sqlite+pysqlite://", poolclass=QueuePool,
                               creator=lambda: sqlite3.connect(str(path),
                                                               check_same_thread=False))
    engine.dialect.statement_compiler = _FileCompiler

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (SQLAlchemy's
        # documented recipe for pysqlite), so DDL and migrations are transactional.
        dbapi_conn.isolation_level = None
        fileformat.apply_pragmas(dbapi_conn, read_only=read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _create_new(conn: Any, identity: Identity) -> None:
    create_empty_tables(conn)
    search.create(conn)
    now = utcnow().isoformat()
    set_meta(conn, file_uuid=str(uuid.uuid4()), schema_version=str(migrations.SCHEMA_VERSION),
              app_version=__version__, created_at=now, created_by=identity.name,
              last_writer=identity.name, last_written_at=now)


def create_empty_tables(conn: Any) -> None:
    """The empty tables of this format (and, in a file, the header marks of a Hirefile file);
    the search indexes come with `search.create`. A new file or server database, and the
    target of `hirefile push` and `pull` (which fill the tables first, then index them)."""
    # the database is new or was found empty: no need to ask about each table first
    if conn.dialect.name == "postgresql":
        _create_all_at_once(conn)
    else:
        Base.metadata.create_all(conn, checkfirst=False)
    if conn.dialect.name == "sqlite":  # a server keeps its format in `meta` alone
        conn.exec_driver_sql(f"PRAGMA application_id = {fileformat.APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION}")


def _create_all_at_once(conn: Any) -> None:
    """`create_all`'s own statements, in its order, sent to the server in one round trip: one
    by one, its 146 statements took 0.4–0.7 s on a local server, at once 0.14–0.19 s."""
    from sqlalchemy import create_mock_engine

    statements: list[str] = []

    def keep(sql: Any, *_args: Any, **_kwargs: Any) -> None:
        statements.append(str(sql.compile(dialect=conn.dialect)).strip())

    Base.metadata.create_all(create_mock_engine(conn.engine.url, keep), checkfirst=False)
    conn.exec_driver_sql(";\n".join(statements))


def set_meta(conn: Any, **values: str) -> None:
    table = Meta.__table__
    assert isinstance(table, Table)
    for key, value in values.items():
        updated = conn.execute(table.update().where(table.c.key == key).values(value=value))
        if updated.rowcount == 0:
            conn.execute(table.insert().values(key=key, value=value))


def _guard(path: Path, step: Any) -> None:
    """Run `step` (which reads the file with plain sqlite3), naming damage as such."""
    try:
        step()
    except sqlite3.DatabaseError as exc:
        raise fileformat.describe_sqlite_error(path, exc) from exc


def _change_counter(path: Path) -> int | None:
    """The header's file change counter: SQLite adds one at each commit in rollback mode."""
    try:
        with open(path, "rb") as fh:
            fh.seek(24)
            return int.from_bytes(fh.read(4), "big")
    except OSError:
        return None


def _set_journal_mode(path: Path, mode: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {fileformat.BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()
    finally:
        conn.close()


def _restore_wal(path: Path) -> None:
    """Put back the WAL mode another program had set (the command that found it failed or
    wrote nothing). Closing the connection removes the side files again."""
    try:
        _set_journal_mode(path, "WAL")
    except sqlite3.Error:
        log.warning("could not put %s back in WAL mode", path)


#: Standard-library modules that decode values for SQLAlchemy (JSON, times, enums).
_STDLIB_DECODING = ("/json/", "_strptime", "/enum.py", "/re/", "/uuid.py")
#: Where SQLAlchemy turns what SQLite returned into Python values.
_SQLALCHEMY_DECODING = ("/sqlalchemy/engine/", "/sqlalchemy/sql/sqltypes.py",
                        "/sqlalchemy/dialects/sqlite/", "/sqlalchemy/orm/loading.py")


def stored_value_error(exc: BaseException) -> bool:
    """Did `exc` come from decoding a value read from the file (rather than from our code)?

    The innermost frame outside the standard library's decoders decides: SQLAlchemy's result
    processing or `UTCDateTime.process_result_value` means a stored value could not be read.
    SQLAlchemy's own errors (a wrong column name is a `KeyError` too) are bugs.
    """
    if isinstance(exc, StoredValueError):  # read as SQL text (storage/rows.py)
        return True
    if not isinstance(exc, (ValueError, LookupError, TypeError)) or \
            isinstance(exc, SQLAlchemyError):
        return False
    tb = exc.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code)
        tb = tb.tb_next
    for code in reversed(frames):
        name = code.co_filename.replace("\\", "/")
        if any(part in name for part in _STDLIB_DECODING):
            continue
        if "/sqlalchemy/" in name:
            return any(part in name for part in _SQLALCHEMY_DECODING)
        return name.endswith("hirefile/storage/types.py") and code.co_name == \
            "process_result_value"
    return False


def _known(path: Path, exc: DBAPIError) -> HirefileError:
    orig = exc.orig
    if isinstance(orig, sqlite3.OperationalError) and "disk" in str(orig) and "full" in str(orig):
        return StorageFailure(describe_os_error(OSError(28, os.strerror(28)), path))
    if isinstance(orig, sqlite3.DatabaseError):
        return fileformat.describe_sqlite_error(path, orig)
    return FileProblem(f"{path}: {orig}")
