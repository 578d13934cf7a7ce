"""Which files are known to be sound, remembered without reading them (no SQLAlchemy here).

A file that passed `hirefile check`'s checks, or that this Hirefile last wrote, is remembered
by its identity on disk (device, inode, size, change times, SQLite's change counter) in the
data folder's `sound-files.json`: until something else changes the file, opening it for
writing need not check it again (storage/check.py `require_sound`), and the app's first
screen may be read before SQLAlchemy is loaded (storage/quick.py).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from hirefile import paths
from hirefile.errors import StorageFailure
from hirefile.fsutil import write_bytes_atomic

#: Files remembered at most (the oldest are forgotten).
KEPT = 200


def remember(path: Path) -> None:
    """Remember `path` as it is now on disk as sound (after a check, or Hirefile's own write)."""
    stamp = disk_identity(path)
    if stamp is None:
        return
    known = _load_known()
    if known.get(str(path)) == stamp:
        return
    known[str(path)] = stamp
    if len(known) > KEPT:
        known = dict(list(known.items())[-KEPT:])
    with contextlib.suppress(OSError, StorageFailure):  # a list worth keeping, no more
        paths.data_dir().mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(_known_path(), json.dumps(known).encode("utf-8"))


def is_known(path: Path, *, from_bytes: int = 0) -> bool:
    """`path` is as it was when remembered sound (and at least `from_bytes` long)."""
    stamp = disk_identity(path)
    return (stamp is not None and stamp[2] >= from_bytes
            and _load_known().get(str(path)) == stamp)


def disk_identity(path: Path) -> list[int] | None:
    """Device, inode, size, change times and SQLite's change counter (bumped at every commit,
    so even a change within one tick of the clock is seen)."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            counter = int.from_bytes(fh.read(28)[24:28], "big")
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, counter]


def _known_path() -> Path:
    return paths.data_dir() / "sound-files.json"


def _load_known() -> dict[str, list[int]]:
    try:
        raw = json.loads(_known_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}
