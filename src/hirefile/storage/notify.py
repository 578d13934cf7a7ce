"""On a server, each committed write tells the open windows which tables it touched.

Several people write to a team's database at once; their open windows hear of each other's
writes through PostgreSQL's LISTEN/NOTIFY. `notify_on_commit(engine, …)` (called by `Database`
for a server) watches every statement the engine runs — ORM flushes, bulk `update()`/`insert()`,
`stamping.update_rows`, the text SQL of `storage/derived.py` alike — notes the tables written
since the transaction began, and at commit sends ONE `pg_notify` on the database's channel
(`channel(file_uuid)`: each Hirefile database, even one schema among several, has its own)
with a small JSON payload: `{"from": SENDER, "tables": [...]}`. PostgreSQL delivers it only if
the transaction commits, and after it has. `sender` is the `Database` object's own id, so a
window tells its own writes (already announced by its undo stack) from other people's.

Receiving is the app's (`ui/server_changes.py`); `parse` reads a payload back. Files have no
notifications: each window watches its file on disk (`ui/sharing/on_disk.py`).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

#: PostgreSQL refuses a payload of 8,000 bytes or more: a longer list says "everything".
MAX_PAYLOAD = 7900
#: A payload's table list when the tables are not known (a write too big to name).
EVERYTHING = "*"
#: The connection-info key of the tables written in the open transaction.
_TOUCHED = "hirefile_touched"

_WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:ONLY\s+)?'
                    r'(?:"?\w+"?\.)?"?(\w+)', re.IGNORECASE)


def channel(file_uuid: str) -> str:
    """The LISTEN/NOTIFY channel of the database with this `file_uuid` (an identifier:
    lower-case letters, digits and `_`, 41 characters)."""
    return "hirefile_" + re.sub(r"[^0-9a-f]", "", file_uuid.lower())


@dataclass(frozen=True)
class Notice:
    """One committed write somewhere: who sent it and the tables it touched."""

    sender: str
    tables: frozenset[str]

    @property
    def everything(self) -> bool:
        return EVERYTHING in self.tables


def payload(sender: str, tables: set[str]) -> str:
    """The JSON sent at commit (tables sorted; "*" alone when the list would be too long)."""
    text = json.dumps({"from": sender, "tables": sorted(tables)}, separators=(",", ":"))
    if len(text.encode()) > MAX_PAYLOAD:
        text = json.dumps({"from": sender, "tables": [EVERYTHING]}, separators=(",", ":"))
    return text


def parse(text: str) -> Notice:
    """A payload read back; anything unreadable (another program on the channel) is a write
    by nobody known, of everything."""
    try:
        data = json.loads(text)
        return Notice(str(data["from"]), frozenset(str(t) for t in data["tables"]))
    except (ValueError, KeyError, TypeError):
        return Notice("", frozenset((EVERYTHING,)))


def written_table(statement: str, context: Any) -> str | None:
    """The table a statement writes (None: it only reads, or changes no rows)."""
    compiled = getattr(context, "compiled", None)
    if compiled is not None and (context.isinsert or context.isupdate or context.isdelete):
        table = getattr(compiled.statement, "table", None)
        name = getattr(table, "name", None)
        if isinstance(name, str):
            return name
    found = _WRITE.match(statement)
    if found:
        return found.group(1).lower()
    head = statement.lstrip()[:6].upper()
    if head.startswith("WITH") and re.search(r"\b(INSERT|UPDATE|DELETE)\b", statement, re.I):
        return EVERYTHING  # a writing CTE: which table is not worth parsing for
    return None


def notify_on_commit(engine: Engine, file_uuid: str, sender: str) -> str:
    """Send one notification per committed write transaction on `engine` (a server's), on
    the channel of the database `file_uuid`, which is returned."""
    channel_name = channel(file_uuid)

    @event.listens_for(engine, "after_cursor_execute")
    def _noted(conn: Connection, _cursor: Any, statement: str, _params: Any, context: Any,
               _many: bool) -> None:
        table = written_table(statement, context)
        if table is not None:
            conn.info.setdefault(_TOUCHED, set()).add(table)

    @event.listens_for(engine, "commit")
    def _send(conn: Connection) -> None:
        touched = conn.info.pop(_TOUCHED, None)
        if not touched:
            return
        # on the driver's own cursor: this runs inside SQLAlchemy's commit, just before the
        # driver commits, in the same transaction
        raw = conn.connection.dbapi_connection
        if raw is None:
            return
        import psycopg  # only on a server (opening a file never loads the driver)

        sql, params = "SELECT pg_notify(%s, %s)", (channel_name, payload(sender, touched))
        cursor = raw.cursor()
        try:
            cursor.execute(sql, params)
        except psycopg.Error as exc:
            # never swallowed (the transaction is aborted: COMMIT would quietly roll back);
            # wrapped as SQLAlchemy wraps the driver's errors, so it reads as one line
            raise DBAPIError.instance(sql, params, exc, psycopg.Error) from exc
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    @event.listens_for(engine, "rollback")
    def _forget(conn: Connection) -> None:
        conn.info.pop(_TOUCHED, None)

    return channel_name
