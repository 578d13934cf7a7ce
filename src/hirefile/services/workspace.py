"""The open file as screens see it: the one seam between `ui/` and the storage layer.

`Workspace` names exactly what a screen may use of an open file (or team database): where it
is, who is signing its changes, whether it may be written, a unit of work to hand to a service
(`session()`, `reader()`), and the few file-wide acts of the window (Save a Copy, close, the
lock's heartbeat). It is a `typing.Protocol`: storage's `Database` satisfies it structurally
(mypy checks that where the app hands the `Database` a service opened to a window), so `ui/`
never imports `hirefile.storage` or SQLAlchemy and cannot reach the engine or run a query of
its own. `tests/test_ui_seam.py` keeps it so.

`Unit` is the type of a unit of work a screen passes on to services (SQLAlchemy's `Session`,
named here for type checking only; a screen never calls it itself).

This module stays light (no SQLAlchemy at import): it is on every screen's import path.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from hirefile.settings import Identity

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as Unit

    from hirefile.storage.database import Database
    from hirefile.storage.lock import FileLock
else:  # annotations are not evaluated; the name must still import (`isinstance` refuses Any)
    Unit = Any

__all__ = ["Unit", "Workspace", "database"]


class Workspace(Protocol):
    """An open file (or team database) as a screen uses it. See the module's description."""

    @property
    def path(self) -> Path:
        """The file; on a server only a name to show ("hiring on db.example.com")."""

    @property
    def url(self) -> str | None:
        """A server database's URL without its password (None for a file)."""

    @property
    def on_server(self) -> bool: ...

    @property
    def identity(self) -> Identity:
        """Who this file's changes are signed by (and who is looking: sealed feedback)."""

    @property
    def read_only(self) -> bool: ...

    @property
    def file_uuid(self) -> str:
        """The file's lineage: the same in every copy of it and on the server."""

    @property
    def backup_path(self) -> Path | None:
        """The backup made beside the file when it was upgraded on opening."""

    @property
    def lock(self) -> FileLock | None:
        """The lock held while writing a file (None read-only and on a server)."""

    def reader(self) -> AbstractContextManager[Unit]:
        """A unit of work for reading only."""

    def session(self) -> AbstractContextManager[Unit]:
        """A unit of work that commits when the block ends (refused read-only)."""

    def set_identity(self, identity: Identity) -> None: ...

    def save_copy(self, target: Path | str, *, own_replica: bool = True) -> Path: ...

    def close(self) -> None: ...


def database(workspace: Workspace) -> Database:
    """The storage `Database` behind `workspace`, for the services that work below the seam
    (merging, erasing, watching the file on disk, listening to a server): every workspace the
    app opens is one (`services.files`)."""
    from hirefile.storage.database import Database

    if not isinstance(workspace, Database):
        raise TypeError(f"not an open Hirefile file: {workspace!r}")
    return workspace
