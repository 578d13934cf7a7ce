"""A team's database on a PostgreSQL server as the screens name and reach it: its label, the
parts of its URL the Open Team Database dialog edits, Test Connection, and hearing other
people's writes to it (the window's listener, `ui/server_changes.py`).

Connecting, the URL's rules and the notifications themselves are storage's (`storage/server.py`,
`storage/notify.py`); screens come here instead, so they never import the storage layer. What
storage already says as the screens need it (`label`, `parts`, `compose`, `with_password`,
`probe`, `some`) is storage's own function, imported here, not wrapped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hirefile.errors import HirefileError
from hirefile.services.workspace import Workspace, database
from hirefile.storage import notify, server
from hirefile.storage.server import (
    CONNECT_TIMEOUT_S,
    ServerState,
    compose,
    label,
    parts,
    probe,
    some,
    with_password,
)

if TYPE_CHECKING:
    import psycopg

__all__ = ["CONNECT_TIMEOUT_S", "ServerState", "compose", "label", "listen", "others_tables",
           "parts", "probe", "problem", "some", "with_password"]


def problem(location: str) -> str:
    """Why `location` is not a PostgreSQL database's URL, in one line ("" when it is)."""
    try:
        server.parse(location)
    except HirefileError as exc:
        return exc.message
    return ""


# hearing other people's writes --------------------------------------------------------------


def listen(workspace: Workspace, *, application_name: str,
           connect_timeout: int = CONNECT_TIMEOUT_S) -> psycopg.Connection[Any]:
    """A connection of its own to the team database's server, LISTENing on the database's
    channel (blocks while connecting; raises `psycopg.Error`). The caller watches its socket
    and reads each notification's payload with `others_tables`."""
    import psycopg

    db = database(workspace)
    _args, params = db.engine.dialect.create_connect_args(db.engine.url)
    params.pop("options", None)  # the session's settings (search_path…) play no part
    conn = psycopg.connect(**params, autocommit=True, connect_timeout=connect_timeout,
                           application_name=application_name, keepalives=1,
                           keepalives_idle=30, keepalives_interval=10, keepalives_count=3)
    try:
        conn.execute(f"LISTEN {db.channel}")  # a channel is an identifier we made
    except BaseException:
        conn.close()
        raise
    return conn


def others_tables(workspace: Workspace, payload: str) -> frozenset[str]:
    """The tables a notification's payload says were written, when someone else wrote them
    (empty for this open database's own writes, which its undo stack announced already);
    "*" among them means every table."""
    notice = notify.parse(payload)
    return frozenset() if notice.sender == database(workspace).sender else notice.tables
