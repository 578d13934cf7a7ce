"""The app's start on an everyday file: Home read before SQLAlchemy is loaded.

`open_for_first_screen` opens the file with sqlite3 alone (storage/quick.py: lock, format and
soundness as `Database.open` has them) and settles who is at the keyboard with the same rule
and SQL as always (services/people.py `settle`); Home reads the dashboard from it (one SQL
text, storage/rows.py). Right after the first paint `take_over` makes it a `Database` (the
ORM), keeping the lock. Home's read starts in a thread as soon as the file is open, so SQLite
answers while the window is being built. None means the ordinary path: `Database.open` and
its messages, and asking who is at the keyboard when the file lists people and none is this
machine's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hirefile.domain.stages import DEFAULT_WAITING_DAYS
from hirefile.errors import HirefileError
from hirefile.services import dashboard, people
from hirefile.settings import Identity
from hirefile.storage.quick import QuickFile, open_quickly

if TYPE_CHECKING:
    from hirefile.storage.database import Database

__all__ = ["HOME", "QuickFile", "open_for_first_screen", "take_over"]

#: Home's dashboard, read ahead while the window is built (`QuickFile.ahead(HOME)`).
HOME = "home"

log = logging.getLogger(__name__)


def open_for_first_screen(path: Path, identity: Identity,
                          linked: Callable[[str], str | None], *,
                          match: bool, waiting_days: int = DEFAULT_WAITING_DAYS
                          ) -> QuickFile | None:
    """`path` open for the first screen as the person this machine is in it, or None (see the
    module). `linked(file_uuid)`: the person this machine speaks as in that file;
    `waiting_days`: the machine's waiting rule, for Home's "Waiting too long"."""
    quick = open_quickly(path, identity)
    if quick is None:
        return None
    try:
        with quick.reader() as rows:
            settled = people.settle(rows, identity, linked(quick.file_uuid), match=match)
    except HirefileError as exc:
        log.info("opening %s the ordinary way: %s", path, exc.message)
        quick.close()
        return None
    if settled.ask:  # the ordinary path asks, before the window shows
        quick.close()
        return None
    quick.identity = settled.identity
    quick.match = match
    viewer = settled.identity.person_id
    quick.read_ahead(HOME, lambda rows: dashboard.read(rows, viewer, waiting_days=waiting_days))
    return quick


def take_over(quick: QuickFile) -> Database:
    """The `Database` of the file `quick` opened (its lock handed over), as the same person."""
    from hirefile.storage.database import Database

    return Database.take_over(quick.path, quick.identity, quick.hand_over())
