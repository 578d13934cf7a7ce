"""The open file changed under the app: another program wrote it, or a synced folder
replaced it with a cofounder's version.

`FileWitness` watches one open `Database`. It tells apart, without Qt:

- **changed**: the same file on disk, written by another connection (the `hirefile` CLI, a
  second Hirefile reading it read-only while this one writes, or the reverse). SQLite's own
  file change counter (the header's bytes 24–27, which every committed write in rollback mode
  moves; what `PRAGMA data_version` reports, but across every connection of every process) is
  compared with the value after this app's own last write, so the app's own writes are never
  taken for someone else's. (`PRAGMA data_version` itself cannot tell: the app's engine keeps
  several pooled connections, and each counts the others' writes as foreign.)
- **replaced**: the path names another file (a sync tool renamed the delivered version over
  it). The witness holds a read-only connection to the file as it was opened (the *anchor*),
  so what this copy held can still be read. `take_in()` reopens the `Database` in place on the
  new file; when the new file does not hold every change this copy held (a version vector
  behind ours: `replica` table), the old file is first copied through the anchor with SQLite's
  backup API and merged back into the new one (`merging.merge_file`), so nothing of ours is lost.
- **missing**: the file was moved or deleted; writes are refused by the `Database` itself.
"""

from __future__ import annotations

import contextlib
import enum
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import event

from hirefile import paths
from hirefile.errors import FileProblem, HirefileError, StorageFailure
from hirefile.fsutil import atomic_path, describe_os_error
from hirefile.services.merging import MergeResult, merge_file
from hirefile.services.workspace import Workspace, database
from hirefile.storage import fileformat
from hirefile.storage.database import disk_id
from hirefile.storage.lock import current_holder

#: Where a file's change counter sits in SQLite's header (4 bytes, big-endian).
_COUNTER_AT = 24


#: Rows that accompany a change rather than being one (for counting what came back).
_BOOKKEEPING = frozenset(("activity", "person", "id_alias"))


class Seen(enum.Enum):
    SAME = "same"
    CHANGED = "changed"
    REPLACED = "replaced"
    MISSING = "missing"


@dataclass
class TakenIn:
    """What reopening a replaced file did."""

    #: The merge of this copy's changes the new file lacked (None: it held them all).
    merged: MergeResult | None = None

    @property
    def changes_merged(self) -> int:
        """Records of this copy's that came back (rows added or changed), not counting the
        activity entries and people rows that go with them."""
        if self.merged is None:
            return 0
        o = self.merged.outcome
        return sum(n for counts in (o.added, o.changed) for table, n in counts.items()
                   if table not in _BOOKKEEPING)


def change_counter(path: Path) -> int | None:
    """SQLite's file change counter of `path`, or None when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            fh.seek(_COUNTER_AT)
            data = fh.read(4)
    except OSError:
        return None
    return int.from_bytes(data, "big") if len(data) == 4 else None


def _vector(conn: sqlite3.Connection) -> dict[str, int]:
    """A copy's version vector: every replica it holds changes of, at the highest clock."""
    return {str(r): int(s or 0) for r, s in conn.execute("SELECT id, seen FROM replica")}


def _vector_at(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(fileformat.read_only_uri(path), uri=True)
    try:
        return _vector(conn)
    except sqlite3.DatabaseError as exc:
        raise fileformat.describe_sqlite_error(path, exc) from exc
    finally:
        conn.close()


def missing_changes(ours: dict[str, int], theirs: dict[str, int]) -> dict[str, int]:
    """The replicas whose changes `ours` holds further than `theirs` (empty: none lost)."""
    return {r: seen for r, seen in ours.items() if theirs.get(r, -1) < seen}


@dataclass(frozen=True)
class Editor:
    """Who is editing a file now, on which computer."""

    name: str
    host: str


def editing_now(path: Path) -> Editor | None:
    """Who holds `path` for writing now (None: nobody; a lock left by a process that died, or
    another machine's without a recent heartbeat, does not count)."""
    holder = current_holder(path)
    return None if holder is None else Editor(holder.name, holder.host)


class FileWitness:
    """Watches one open file on disk (see the module's description)."""

    def __init__(self, workspace: Workspace) -> None:
        self.db = database(workspace)
        self._engine: Any = None
        self._anchor: sqlite3.Connection | None = None
        self._known: int | None = None
        self._attach()

    # following the app's own writes ---------------------------------------------------------

    def _attach(self) -> None:
        """Anchor the file as it is now and follow the writes of the db's current engine."""
        self._detach()
        try:
            self._anchor = sqlite3.connect(fileformat.read_only_uri(self.db.path), uri=True,
                                           check_same_thread=False)
        except (sqlite3.Error, FileProblem):
            self._anchor = None  # nothing to read back from; a replace then only reopens
        self._engine = self.db.engine
        event.listen(self._engine, "checkin", self._checked_in)
        self._known = change_counter(self.db.path)

    def _detach(self) -> None:
        if self._engine is not None:
            with contextlib.suppress(Exception):
                event.remove(self._engine, "checkin", self._checked_in)
            self._engine = None
        if self._anchor is not None:
            self._anchor.close()
            self._anchor = None

    def _checked_in(self, dbapi_conn: Any, record: Any) -> None:
        """A connection of the app came back to the pool: when it wrote, the counter it left
        is the app's own (nobody else can write between its commit and this moment, but for
        a writer squeezing in within microseconds, whose change the next one then shows)."""
        total = getattr(dbapi_conn, "total_changes", None)
        if total is not None and record.info.get("hirefile_changes") != total:
            record.info["hirefile_changes"] = total
            self._known = change_counter(self.db.path)

    def close(self) -> None:
        self._detach()

    # looking ----------------------------------------------------------------------------------

    def look(self) -> Seen:
        """What happened to the file since the app's last write or `accept()`."""
        now = disk_id(self.db.path)
        if now is None:
            return Seen.MISSING
        if now != self.db.disk_id:
            return Seen.REPLACED
        return Seen.SAME if change_counter(self.db.path) == self._known else Seen.CHANGED

    def arrived(self) -> tuple[int, int] | None:
        """The file at the path now (device, inode): tells one replacing file from the next."""
        return disk_id(self.db.path)

    def accept(self) -> None:
        """The views now show the file as it is."""
        self._known = change_counter(self.db.path)

    # a replaced file -------------------------------------------------------------------------

    def take_in(self) -> TakenIn:
        """Reopen the `Database` on the file now at its path, merging back this copy's changes
        the new file lacks. Raises a `HirefileError` (the window keeps the old file open,
        writes refused) when the new file cannot be opened or merged; this copy's state is
        then kept in a file the message names."""
        db = self.db
        snapshot = None
        if not db.read_only and self._anchor is not None:
            try:
                ours = _vector(self._anchor)
            except sqlite3.Error:
                ours = {}
            try:
                theirs = _vector_at(db.path)
            except (HirefileError, sqlite3.Error):
                theirs = {}  # not a Hirefile file we can read: keep ours aside all the same
            if missing_changes(ours, theirs):
                snapshot = self._snapshot()
        try:
            db.reopen()
        except HirefileError as exc:
            why = f"{db.path.name} was replaced on disk by a file Hirefile cannot open " \
                  f"({exc.message.rstrip('.')})"
            if snapshot is None:
                raise FileProblem(f"{why}. What you see is the version from before; changes "
                                  "are refused") from exc
            raise FileProblem(f"{why}. Your version from before is kept as {snapshot}: open "
                              "it with File → Open") from exc
        self._attach()
        taken = TakenIn()
        if snapshot is not None:
            try:
                taken.merged = merge_file(db, snapshot)
            except HirefileError as exc:
                raise FileProblem(
                    f"{db.path.name} was replaced by a version without some of your changes, "
                    f"and they could not be merged back ({exc.message}); your version is kept "
                    f"as {snapshot}: merge it with File → Merge") from exc
            self.accept()
            with contextlib.suppress(OSError):
                snapshot.unlink()
        return taken

    def _snapshot(self) -> Path:
        """This copy as it was before the replace, read through the anchor (the old file)."""
        assert self._anchor is not None
        folder = paths.data_dir() / "replaced"
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H%M%S")
        target = folder / f"{self.db.path.stem} before it was replaced {stamp}Z.hirefile"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with atomic_path(target) as tmp:
                dst = sqlite3.connect(tmp)
                try:
                    self._anchor.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dst.close()
        except sqlite3.Error as exc:
            raise StorageFailure(f"Could not keep your version of {self.db.path.name} before "
                                 f"it was replaced: {exc}") from exc
        except OSError as exc:
            raise StorageFailure(describe_os_error(exc, target)) from exc
        return target
