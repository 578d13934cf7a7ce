"""Atomic file writes: a file is either its old self or its complete new self, never half.

Every write goes through `atomic_path`, which also refuses — before it starts and again right
before the final rename — to replace a file Hirefile never writes over (`check_output`): any
SQLite database (a Hirefile file or another app's), a file open in this process, the lock note,
journal or other side file of a database, a folder. The test is on the file itself (its first
bytes, its device and inode), so every spelling of the path is caught: relative, `./`, a
symbolic or hard link, another letter case on a case-insensitive disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import struct
import weakref
from collections.abc import Iterator
from pathlib import Path

from hirefile.errors import OutputRefused, StorageFailure
from hirefile.storage.fileformat import APPLICATION_ID, SQLITE_MAGIC

#: Side files that belong to the database whose name they extend, and what they are.
SIDE_FILES = (
    (".lock", "the lock note"),
    ("-journal", "the rollback journal"),
    ("-wal", "the write-ahead log"),
    ("-shm", "the shared-memory index"),
)

#: Database files open in this process (an open `Database` → its path and inode).
_open_files: weakref.WeakKeyDictionary[object, tuple[Path, tuple[int, int] | None]] = \
    weakref.WeakKeyDictionary()


def describe_os_error(exc: OSError, path: Path | str) -> str:
    """A sentence for a person, naming the path and the reason."""
    if exc.errno == errno.ENOSPC:
        return f"The disk is full: could not write {path}"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Not allowed to write {path} (the folder is read-only or protected)"
    if exc.errno == errno.ENOENT:
        return f"The folder of {path} does not exist"
    return f"Could not write {path}: {exc.strerror or exc}"


# files an output never replaces -----------------------------------------------------------------

def register_open_file(owner: object, path: Path | str) -> None:
    """Remember that `owner` (an open database) has `path` open, until `forget_open_file`."""
    _open_files[owner] = (Path(path), _inode(Path(path)))


def forget_open_file(owner: object) -> None:
    _open_files.pop(owner, None)


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _is_open_file(key: tuple[int, int]) -> bool:
    return any(key in (known, _inode(path)) for path, known in list(_open_files.values()))


def _database_kind(path: Path) -> str | None:
    """What `path` is when it is a database ("a Hirefile file …", "an SQLite database …").

    Raises `OutputRefused` when it exists but cannot be read (it might be a database)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a folder or a device, never opened here (a pipe would block)
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputRefused(f"Not written: {path} exists and cannot be read "
                            f"({exc.strerror or exc}), so it might be a database; "
                            f"choose another name") from exc
    if not head.startswith(SQLITE_MAGIC):
        return None
    if len(head) >= 72 and struct.unpack(">I", head[68:72])[0] == APPLICATION_ID:
        return "a Hirefile file (a database)"
    return "an SQLite database (another app's data)"


def check_output(target: Path | str) -> Path:
    """Raise `OutputRefused` (one line, naming the file and what it is) when writing `target`
    would replace a database, a file open in Hirefile, a database's side file or a folder.

    Cheap (a stat and a 100-byte read); called by every writer through `atomic_path`, and by
    the command line and the save dialogs before any work so the person hears at once."""
    target = Path(target).expanduser()
    shown = str(target)
    try:
        st = os.stat(target)  # follows a symbolic link to the file it leads to
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputRefused(f"Not written: {shown} cannot be checked ({exc.strerror or exc}); "
                            f"choose another name") from exc
    if st is not None:
        real = target.resolve()
        leads = f"{shown} leads to {real}, which is" if target.is_symlink() else f"{shown} is"
        if stat.S_ISDIR(st.st_mode):
            raise OutputRefused(f"Not written: {leads} a folder; choose a file name")
        if _is_open_file((st.st_dev, st.st_ino)):
            raise OutputRefused(f"Not written: {leads} the Hirefile file that is open; "
                                f"choose another name")
        if not stat.S_ISREG(st.st_mode):
            raise OutputRefused(f"Not written: {leads} not an ordinary file; "
                                f"choose another name")
        kind = _database_kind(target)
        if kind is not None:
            raise OutputRefused(f"Not written: {leads} {kind}; choose another name")
    lowered = target.name.lower()
    for suffix, what in SIDE_FILES:
        if not lowered.endswith(suffix) or len(lowered) == len(suffix):
            continue
        base = target.with_name(target.name[:-len(suffix)])
        base_st = _inode(base)
        if base_st is not None and (_is_open_file(base_st) or _database_kind(base)):
            raise OutputRefused(f"Not written: {shown} is {what} of the database {base.name}; "
                                f"choose another name")
    return target


def _install(tmp: Path, target: Path) -> None:
    """Put the finished `tmp` in place of `target`, judged again at the last moment.

    A target that does not exist is created with a hard link, which fails rather than replace
    a file that appeared in the meantime; that file is then judged like any other."""
    check_output(target)
    if not os.path.lexists(target):
        try:
            os.link(tmp, target)
        except FileExistsError:
            check_output(target)
        except OSError:
            pass  # a file system without hard links: the rename below
        else:
            with contextlib.suppress(OSError):
                tmp.unlink()
            return
    os.replace(tmp, target)


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` in one rename.

    On any failure the temporary file is removed and `target` is untouched; OS errors become a
    `StorageFailure` that says why in plain words. A target that must never be replaced
    (`check_output`) is an `OutputRefused`, before and after the caller writes.
    """
    import tempfile  # here: tempfile loads shutil and random, and start-up writes nothing

    target = check_output(target)
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
        _install(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageFailure(describe_os_error(exc, target)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(target: Path | str, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
