"""A team's database on a PostgreSQL server as the screens name and reach it: its label, the
parts of its URL the Open Team Database dialog edits, Test Connection, and hearing other
people's writes to it (the window's listener, `ui/server_changes.py`).

Connecting, the URL's rules and the notifications themselves are storage's (`storage/server.py`,
`storage/notify.py`); screens come here instead, so they never import the storage layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hirefile.errors import HirefileError
from hirefile.services.workspace import Workspace, database
from hirefile.storage import notify, server
from hirefile.storage.server import ServerState

if TYPE_CHECKING:
    import psycopg

__all__ = ["CONNECT_TIMEOUT_S", "ServerState", "compose", "label", "listen", "others_tables",
           "parts", "probe", "problem", "some", "with_password"]

#: How long connecting to a server may take before it is refused, in seconds.
CONNECT_TIMEOUT_S = server.CONNECT_TIMEOUT_S


def label(location: str) -> str:
    """A short name for titles, menus and messages: "hiring on db.example.com"."""
    return server.label(location)


def with_password(location: str, password: str) -> str:
    """`location` carrying `password`, for connections made in this process only."""
    return server.with_password(location, password)


def parts(location: str) -> tuple[str, str, str, str]:
    """The server, port, database and user a URL names ("" for each left out)."""
    return server.parts(location)


def compose(location: str, *, host: str, port: str, database: str, user: str) -> str:
    """`location` (or a new URL) with these parts set; its other parameters stay."""
    return server.compose(location, host=host, port=port, database=database, user=user)


def problem(location: str) -> str:
    """Why `location` is not a PostgreSQL database's URL, in one line ("" when it is)."""
    try:
        server.parse(location)
    except HirefileError as exc:
        return exc.message
    return ""


def probe(location: str) -> ServerState:
    """Test Connection: connect read-only and look (one-line errors)."""
    return server.probe(location)


def some(names: list[str], shown: int = 3) -> str:
    """The first few `names` and how many more: "a, b, c and 4 more"."""
    return server.some(names, shown)


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
