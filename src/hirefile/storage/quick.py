"""The app's everyday start: a file opened for writing with sqlite3 alone, for the first screen.

`open_quickly` does what `Database.open` does before SQLAlchemy is needed — the format check,
the lock, the soundness check (a file remembered sound: storage/sound.py), the pragmas — so
who is at the keyboard can be settled and Home read and painted (both SQL text run by
storage/rows.py) before SQLAlchemy and the models are imported. Right after the first paint
the window hands the file over (`QuickFile.hand_over`, `Database.take_over`): same lock, same
checks passed, the ORM from then on.

Anything unusual returns None and the caller takes the ordinary path (`Database.open`, with its
messages, backups and migrations): a file to migrate or newer, a half-finished write, a WAL
file, one not remembered sound (changed outside Hirefile: it is checked first), one in use
(the lock is taken), any problem reading it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hirefile.errors import HirefileError
from hirefile.settings import Identity
from hirefile.storage import fileformat, sound
from hirefile.storage.lock import FileLock
from hirefile.storage.rows import SqliteRows, file_reader

log = logging.getLogger(__name__)


@dataclass
class QuickFile:
    """A `.hirefile` open for writing on one sqlite3 connection, for reading the first screen;
    the lock is held until `close` or `hand_over`. Looks like a `Database` to Home (`path`,
    `identity`, `reader()`)."""

    path: Path
    #: Who is at the keyboard in this file (the caller settles it).
    identity: Identity
    lock: FileLock
    conn: sqlite3.Connection
    file_uuid: str
    #: The person was matched by name (`--as NAME`), not asked: settled the same way again
    #: once the file is taken over (ui/people.py `settle_person`).
    match: bool = False
    url: None = None
    on_server: bool = False
    read_only: bool = False
    closed: bool = field(default=False, init=False)
    _ahead: threading.Thread | None = field(default=None, init=False)
    _ahead_key: str | None = field(default=None, init=False)
    _ahead_result: tuple[Any, BaseException | None] | None = field(default=None, init=False)

    @contextmanager
    def reader(self) -> Iterator[SqliteRows]:
        """One snapshot of the file (see storage/rows.py `file_reader`)."""
        self._join()
        with file_reader(self.conn, self.path) as rows:
            yield rows

    def read_ahead(self, key: str, read: Callable[[SqliteRows], Any]) -> None:
        """Start `read` on the file in a thread: SQLite runs its queries while the window is
        being built (sqlite3 lets go of the GIL meanwhile); `ahead(key)` takes the result."""
        def run() -> None:
            try:
                with file_reader(self.conn, self.path) as rows:
                    self._ahead_result = (read(rows), None)
            except BaseException as exc:  # raised again where the result is taken
                self._ahead_result = (None, exc)

        self._ahead_key = key
        self._ahead = threading.Thread(target=run, name="first-screen", daemon=True)
        self._ahead.start()

    def ahead(self, key: str) -> Any:
        """What `read_ahead(key, …)` read (once; its error raised here), or None."""
        if self._ahead_key != key:
            return None
        self._join()
        self._ahead_key = None
        done, self._ahead_result = self._ahead_result, None
        if done is not None and done[1] is not None:
            raise done[1]
        return None if done is None else done[0]

    def _join(self) -> None:
        if self._ahead is not None:
            self._ahead.join()
            self._ahead = None

    def hand_over(self) -> FileLock:
        """Close the connection and give the lock to the `Database` that takes the file over."""
        self._join()
        self.conn.close()
        self.closed = True
        return self.lock

    def close(self) -> None:
        """Closed without being handed over (the window closed before the rest was built)."""
        self._join()
        if not self.closed:
            self.conn.close()
            self.closed = True
            self.lock.release()


def open_quickly(path: Path, identity: Identity) -> QuickFile | None:
    """`path` opened for writing with sqlite3 alone, or None to take the ordinary path (see the
    module)."""
    path = Path(path).expanduser().absolute()
    try:
        fileformat.check_format(path, write=False)  # to migrate, newer…: said the ordinary way
    except HirefileError:
        return None
    if fileformat.hot_journal(path) or fileformat.wal_mode(path) or not sound.is_known(path):
        return None
    try:
        lock = FileLock.acquire(path, identity.name)
    except HirefileError:
        return None
    conn = None
    try:
        if not sound.is_known(path):  # changed between the look and the lock
            raise LookupError("changed")
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        fileformat.apply_pragmas(conn)
        fileformat.verify_pragmas(conn)
        with file_reader(conn, path) as rows:
            file_uuid = rows.scalar("SELECT value FROM meta WHERE key = 'file_uuid'")
        if not file_uuid:
            raise LookupError("no file_uuid in meta")
        return QuickFile(path, identity, lock, conn, str(file_uuid))
    except (HirefileError, sqlite3.Error, OSError, LookupError) as exc:
        log.info("opening %s the ordinary way: %s", path, exc)
        if conn is not None:
            conn.close()
        lock.release()
        return None
