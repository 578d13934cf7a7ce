"""Versioned schema migrations, run on open after a verified backup.

`SCHEMA_VERSION` is the version this Hirefile writes. Version 1 is the baseline, created from
the models. Each later version N has one function in `MIGRATIONS[N]` that upgrades a file from
N-1 to N inside one transaction, written with SQLAlchemy DDL constructs (`op`-style helpers
below) so it also runs on PostgreSQL. Hirefile keeps its own small scheme instead of Alembic:
one file, no migration environment to ship, and the backup-and-verify step is ours anyway.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection

from hirefile.errors import FileProblem, StorageFailure
from hirefile.fsutil import describe_os_error
from hirefile.storage import fileformat, format2, format3, format4, format5, format6

log = logging.getLogger(__name__)

SCHEMA_VERSION = fileformat.SCHEMA_VERSION

Migration = Callable[[Connection], None]

#: version N -> the function that upgrades a file from N-1 to N.
MIGRATIONS: dict[int, Migration] = {2: format2.upgrade, 3: format3.upgrade, 4: format4.upgrade,
                                    5: format5.upgrade, 6: format6.upgrade}


#: The last format whose migration frees much of a file (format 5 drops indexes, format 6
#: shortens every key): a file migrated from below it is rewritten with `VACUUM` after the
#: migration's transaction.
SHRINKING_VERSION = 6


#: The format that rewrites every key (format 6).
REKEYING_VERSION = 6


def rewrites_keys(from_version: int) -> bool:
    """Whether migrating a file from `from_version` rewrites its keys: SQLite then checks the
    references once, after (`require_references`), instead of for every key it changes."""
    return from_version < REKEYING_VERSION <= SCHEMA_VERSION


def require_references(conn: Connection) -> None:
    """Refuse (roll back) a migration that left a reference to a row not there."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is not None:
        raise StorageFailure(f"The update left a reference in {broken[0]} to a missing row in "
                             f"{broken[2]}; nothing was changed")


def shrinks(from_version: int) -> bool:
    """Whether migrating a file from `from_version` frees enough pages to rewrite it."""
    return from_version < SHRINKING_VERSION <= SCHEMA_VERSION


def backup_path_for(path: Path, from_version: int, when: datetime | None = None, *,
                    label: str | None = None) -> Path:
    stamp = (when or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
    label = label or f"format-{from_version + 1}"
    return path.with_name(f"{path.stem}.before-{label}.{stamp}{path.suffix}")


def backup_file(path: Path, from_version: int, *, label: str | None = None) -> Path:
    """Copy `path` with SQLite's backup API and verify the copy before anything changes.

    The copy must pass `integrity_check`, carry the same schema version and hold the same rows
    per table; otherwise it is deleted and the migration (or merge: `label`) does not start.
    """
    target = backup_path_for(path, from_version, label=label)
    try:
        src = sqlite3.connect(f"{fileformat.sqlite_uri(path)}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise FileProblem(f"Could not read {path} to back it up: {exc}") from exc
    try:
        try:
            dst = sqlite3.connect(target)
        except sqlite3.Error as exc:
            raise StorageFailure(f"Could not create the backup {target}: {exc}") from exc
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.Error as exc:
            dst.close()
            target.unlink(missing_ok=True)
            raise StorageFailure(f"Could not write the backup {target}: {exc}") from exc
        finally:
            dst.close()
        _verify_backup(src, target, from_version)
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise StorageFailure(describe_os_error(exc, target)) from exc
    finally:
        src.close()
    log.info("backed up %s to %s before changing it", path, target)
    return target


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _verify_backup(src: sqlite3.Connection, target: Path, from_version: int) -> None:
    check = sqlite3.connect(f"{fileformat.sqlite_uri(target)}?mode=ro", uri=True)
    try:
        ok = check.execute("PRAGMA integrity_check").fetchone()[0]
        version = check.execute("PRAGMA user_version").fetchone()[0]
        same = _table_counts(check) == _table_counts(src)
    finally:
        check.close()
    if ok != "ok" or version != from_version or not same:
        target.unlink(missing_ok=True)
        raise StorageFailure(
            f"The backup {target} did not verify ({ok}); nothing was changed"
        )


def upgrade(conn: Connection, from_version: int, to_version: int | None = None,
            migrations: Mapping[int, Migration] | None = None) -> None:
    """Run the migrations from `from_version` to `to_version` (default: the current version)
    on `conn`, inside its transaction."""
    steps = MIGRATIONS if migrations is None else migrations
    to_version = SCHEMA_VERSION if to_version is None else to_version
    for version in range(from_version + 1, to_version + 1):
        step = steps.get(version)
        if step is None:
            raise FileProblem(f"No migration to file format {version}: this is a bug")
        log.info("migrating to file format %d", version)
        step(conn)
