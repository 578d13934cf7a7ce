"""One writer at a time: an OS lock plus a presence note beside the file.

`Hiring.hirefile` gets `Hiring.hirefile.lock`, a small JSON note (who, which machine, since
when, process id, last heartbeat). On the same machine the note is also held with an exclusive
`flock`, which the OS releases when the process dies, so a note left by a crash is known to be
stale at once. A note written on another machine (it arrived through a synced folder) cannot be
checked that way: it counts as stale once its heartbeat is older than `REMOTE_STALE_AFTER`.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hirefile.errors import FileInUse, StorageFailure
from hirefile.fsutil import describe_os_error

try:
    import fcntl
except ImportError:  # Windows: the presence note alone guards the file
    fcntl = None  # type: ignore[assignment]

REMOTE_STALE_AFTER = timedelta(minutes=15)
HEARTBEAT_EVERY = timedelta(minutes=1)


def host_name() -> str:
    """This machine's name, as `socket.gethostname()` gives it: from `os.uname` where there
    is one (socket and its modules are a few milliseconds of every start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows

    return socket.gethostname()


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _fmt(ts: str) -> str:
    try:
        return datetime.fromisoformat(ts).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return ts


@dataclass
class Presence:
    name: str
    host: str
    pid: int
    since: str
    heartbeat: str

    @classmethod
    def from_json(cls, text: str) -> Presence | None:
        try:
            raw: Any = json.loads(text)
            return cls(str(raw["name"]), str(raw["host"]), int(raw["pid"]), str(raw["since"]),
                       str(raw.get("heartbeat", raw["since"])))
        except (ValueError, KeyError, TypeError):
            return None

    def is_stale_remote(self, now: datetime) -> bool:
        try:
            beat = datetime.fromisoformat(self.heartbeat)
        except ValueError:
            return True
        return now - beat > REMOTE_STALE_AFTER


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class FileLock:
    """Holds the right to write one file until `release()`."""

    def __init__(self, path: Path, fd: int, presence: Presence) -> None:
        self.path = path
        self.note_path = lock_path_for(path)
        self._fd: int | None = fd
        self.presence = presence

    @classmethod
    def acquire(cls, path: Path, holder_name: str) -> FileLock:
        """Take the lock, or raise `FileInUse` naming who holds it, where and since when."""
        note = lock_path_for(path)
        host = host_name()
        try:
            fd = os.open(note, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise _cannot_write(path, note, exc) from exc
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    other = Presence.from_json(_read_fd(fd))
                    raise FileInUse(
                        str(path),
                        other.name if other else "another Hirefile",
                        other.host if other else host,
                        _fmt(other.since) if other else "a moment ago",
                    ) from None
                if not _same_file(fd, note):
                    # The note was removed by its holder between our open and our flock: we
                    # hold a lock on a deleted file. Start again on the current one.
                    os.close(fd)
                    return cls.acquire(path, holder_name)
            existing = Presence.from_json(_read_fd(fd))
            now = _now()
            if existing is not None and not cls._is_stale(existing, host, now):
                raise FileInUse(str(path), existing.name, existing.host, _fmt(existing.since))
            presence = Presence(holder_name, host, os.getpid(), now.isoformat(), now.isoformat())
            try:
                _write_fd(fd, presence, flushed_by=note)
            except OSError as exc:
                # Disk full or a read-only disk: no half-written or empty note may stay behind
                # (we hold the flock, so the note is ours or a stale one).
                with contextlib.suppress(OSError):
                    os.unlink(note)
                raise _cannot_write(path, note, exc) from exc
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd, presence)

    @staticmethod
    def _is_stale(p: Presence, host: str, now: datetime) -> bool:
        if p.host == host:
            # We hold the flock, so no live Hirefile on this machine has the file; a note from
            # this host that is still here was left by a crash (or by a process without flock).
            return fcntl is not None or not _pid_alive(p.pid)
        return p.is_stale_remote(now)

    def heartbeat(self) -> None:
        """Refresh the note's time so a copy synced to another machine is not thought stale."""
        if self._fd is None:
            return
        self.presence.heartbeat = _now().isoformat()
        with contextlib.suppress(OSError):
            _write_fd(self._fd, self.presence)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.note_path)
        with contextlib.suppress(OSError):
            os.close(self._fd)  # closing drops the flock
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _cannot_write(path: Path, note: Path, exc: OSError) -> StorageFailure:
    return StorageFailure(f"Cannot open {path} for writing: {describe_os_error(exc, note)}")


def read_presence(path: Path) -> Presence | None:
    """Who holds `path` according to its note, or None."""
    try:
        return Presence.from_json(lock_path_for(path).read_text(encoding="utf-8"))
    except OSError:
        return None


def current_holder(path: Path) -> Presence | None:
    """Who is writing `path` now (for `hirefile info`): the note's author, if still at it.

    On this machine the holder's `flock` says it: a note whose lock nobody holds was left by
    a process that died. A note from another machine counts while its heartbeat is recent.
    """
    presence = read_presence(path)
    if presence is None:
        return None
    if presence.host != host_name():
        return None if presence.is_stale_remote(_now()) else presence
    if fcntl is None:
        return presence if _pid_alive(presence.pid) else None
    try:
        fd = os.open(lock_path_for(path), os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return presence  # someone holds it
    except OSError:
        return presence if _pid_alive(presence.pid) else None
    else:
        return None
    finally:
        os.close(fd)  # also drops the shared lock we may have taken


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    return os.fstat(fd).st_ino == st.st_ino


def _read_fd(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")


def _write_fd(fd: int, presence: Presence, *, flushed_by: Path | None = None) -> None:
    """Overwrite the note in place, then cut it to length: a full disk during a heartbeat
    leaves the previous note (the same length), never an empty one. It is then flushed to
    the disk (a network folder's server); `flushed_by` (the note's path): by a thread of its
    own, through a descriptor of its own, so taking the lock waits for no disk (3-5 ms of
    the app's start) and the flush never holds the lock."""
    data = json.dumps(presence.__dict__, ensure_ascii=False).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    written = 0
    while written < len(data):
        written += os.write(fd, data[written:])
    os.ftruncate(fd, len(data))
    if flushed_by is None:
        os.fsync(fd)
        return
    import threading

    def flush(note: Path = flushed_by) -> None:
        with contextlib.suppress(OSError):  # released and removed meanwhile: nothing to keep
            own = os.open(note, os.O_RDONLY)
            try:
                os.fsync(own)
            finally:
                os.close(own)

    threading.Thread(target=flush, name="lock note", daemon=True).start()
