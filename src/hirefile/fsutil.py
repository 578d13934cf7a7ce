"""Atomic file writes: a file is either its old self or its complete new self, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hirefile.errors import StorageFailure


def describe_os_error(exc: OSError, path: Path | str) -> str:
    """A sentence for a person, naming the path and the reason."""
    if exc.errno == errno.ENOSPC:
        return f"The disk is full: could not write {path}"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Not allowed to write {path} (the folder is read-only or protected)"
    if exc.errno == errno.ENOENT:
        return f"The folder of {path} does not exist"
    return f"Could not write {path}: {exc.strerror or exc}"


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` in one rename.

    On any failure the temporary file is removed and `target` is untouched; OS errors become a
    `StorageFailure` that says why in plain words.
    """
    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise StorageFailure(describe_os_error(exc, target)) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageFailure(describe_os_error(exc, target)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(target: Path | str, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
