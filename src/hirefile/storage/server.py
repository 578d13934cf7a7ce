"""Hirefile on a PostgreSQL server: the URL, the connection, the format version, the errors.

A team that outgrows one file keeps its hiring in a database on a PostgreSQL server
(13 or later) and opens it with `hirefile --db postgresql://user@host/dbname`. `Database`
(storage/database.py) opens a location that is a URL through this module; everything
SQLite-only stays in its own modules (fileformat, lock, migrations' file backup, backups,
check, search's FTS tables).

- The URL: `postgresql://` or `postgres://`, opened with psycopg 3. The password comes from
  libpq — `PGPASSWORD` or `~/.pgpass` — and is never stored: `public_url` strips it from every
  URL Hirefile shows or remembers.
- The format: what a file keeps in its SQLite header (`user_version`, `application_id`) a
  server database keeps in the same `meta` table every file has (`schema_version`,
  `file_uuid`): a database with no tables can be made a Hirefile database (`hirefile init
  URL`); one with other tables is refused, naming some of them.
- No lock: several people write at once; PostgreSQL's transactions keep each unit of work
  whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from hirefile.errors import FileProblem, HirefileError, NewerSchemaFile, NotHirefileFile
from hirefile.locations import SCHEMES, is_url, public_url
from hirefile.storage import search
from hirefile.storage.check import CheckReport

__all__ = ["is_url", "public_url"]

#: How long to wait for a server that does not answer before saying so.
CONNECT_TIMEOUT_S = 10
#: The oldest PostgreSQL Hirefile runs on (deferrable keys, `DROP DATABASE … FORCE` in tests).
MIN_SERVER_VERSION = 130000


def parse(location: str) -> URL:
    """The SQLAlchemy URL for `location`, on the psycopg 3 driver."""
    try:
        url = make_url(location)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise FileProblem(f"{public_url(location)} is not a database URL: {exc}") from None
    if url.get_backend_name() not in SCHEMES:
        raise FileProblem(f"{public_url(location)} is not a PostgreSQL URL")
    if not url.database:
        raise FileProblem(f"{public_url(location)} names no database: add /DBNAME after the "
                          "server (postgresql://user@host/hiring)")
    return url.set(drivername="postgresql+psycopg")


def parts(location: str) -> tuple[str, str, str, str]:
    """The server, port, database and user a URL names ("" for each left out), as the Open
    Team Database dialog shows them."""
    url = parse_as_typed(location)
    given = url.query.get("host")
    host = url.host or (given if isinstance(given, str) else "")
    port = url.port or url.query.get("port") or ""
    return host, str(port), url.database or "", url.username or ""


def label(location: str) -> str:
    """A short name for the window title and messages: "hiring on db.example.com"."""
    url = make_url(parse(location))
    host = url.host or str(url.query.get("host") or "")
    if not host or host.startswith("/"):
        host = "this computer"
    return f"{url.database} on {host}"


def with_password(location: str, password: str) -> str:
    """`location` carrying `password`, for the connections made with it in this process only:
    it is never stored or shown (`public_url` strips it), and an empty one leaves libpq to
    find it (`PGPASSWORD`, `~/.pgpass`)."""
    if not password:
        return location
    scheme, sep, rest = public_url(location).partition("://")
    if not sep:
        raise FileProblem(f"{location} is not a database URL")
    authority, slash, tail = rest.partition("/")
    user, _at, host = authority.rpartition("@")
    return f"{scheme}://{user}:{quote(password, safe='')}@{host}{slash}{tail}"


def parse_as_typed(location: str) -> URL:
    """`location` as a URL, its scheme as typed (any problem is one line)."""
    try:
        return make_url(location.strip())
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise FileProblem(f"{public_url(location)} is not a database URL: {exc}") from None


def compose(location: str, *, host: str, port: str, database: str, user: str) -> str:
    """`location` (or a new `postgresql://` URL) with its server, port, database and user
    set to these (blank ones left out); its other parameters and password stay."""
    try:
        url = parse_as_typed(location) if location.strip() else URL.create("postgresql")
    except FileProblem:
        url = URL.create("postgresql")
    digits, host = port.strip(), host.strip()
    query = dict(url.query)
    # libpq's `?host=/run/postgresql` (a socket's folder) and `?port=` stay while unchanged
    if query.get("host") and host == query["host"]:
        host = url.host or ""
    elif host:
        query.pop("host", None)
    if query.get("port") and digits == query["port"]:
        digits = str(url.port or "")
    elif digits:
        query.pop("port", None)
    return URL.create(url.drivername, username=user.strip() or None, password=url.password,
                      host=host or None, port=int(digits) if digits.isdigit() else None,
                      database=database.strip() or None, query=query,
                      ).render_as_string(hide_password=False)


@dataclass(frozen=True)
class ServerState:
    """What Test Connection found at a URL: the server's version, and whether the database
    is empty, holds Hirefile (its format) or holds other tables."""

    where: str
    server_version: str
    hirefile_format: int | None
    other_tables: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return self.hirefile_format is None and not self.other_tables


def probe(location: str) -> ServerState:
    """Connect read-only and look (`hirefile` changes nothing); one-line errors."""
    where = public_url(location)
    engine = make_engine(location, read_only=True)
    try:
        with engine.connect() as conn:
            require_server_version(conn, where)
            version = str(conn.execute(text("SHOW server_version")).scalar_one()).split()[0]
            names = tables(conn)
            stored = stored_version(conn, where) if "meta" in names else None
            others = () if stored is not None else tuple(names)
            return ServerState(where, version, stored, others)
    except DBAPIError as exc:
        raise describe_error(where, exc) from exc
    finally:
        engine.dispose()


def make_engine(location: str, *, read_only: bool) -> Engine:
    from hirefile.storage.models.base import Base, server_options

    server_options(Base.metadata)  # the live indexes' predicates, before any DDL or check
    url = parse(location)
    args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S,
                            "application_name": "Hirefile"}
    # the URL's own server options (`?options=-csearch_path=hiring`) are kept
    given = url.query.get("options")
    options = [given] if isinstance(given, str) else list(given or ())
    if read_only:
        options.append("-c default_transaction_read_only=on")
    if options:
        args["options"] = " ".join(options)
        url = url.difference_update_query(["options"])
    return create_engine(url, pool_pre_ping=True, connect_args=args)


# the database's state -------------------------------------------------------------------------

def tables(conn: Connection) -> list[str]:
    """The tables in the schema Hirefile uses (the connection's first `search_path` schema)."""
    return sorted(inspect(conn).get_table_names())


def stored_version(conn: Connection, where: str) -> int:
    """The format version of the Hirefile database on `conn`, refusing anything else."""
    names = tables(conn)
    if not names:
        raise NotHirefileFile(f"{where} holds no Hirefile data yet: create it with "
                              f"`hirefile init URL` (or move a file there with `hirefile push`)")
    if "meta" not in names:
        raise NotHirefileFile(f"{where} is not a Hirefile database: it holds other tables "
                              f"({some(names)})")
    meta = {str(k): str(v) for k, v in conn.execute(text("SELECT key, value FROM meta"))}
    version = meta.get("schema_version", "")
    if not version.isdigit() or not meta.get("file_uuid"):
        raise NotHirefileFile(f"{where} is not a Hirefile database: its meta table has no "
                              "format version")
    return int(version)


def require_empty(conn: Connection, where: str) -> None:
    """A new Hirefile database goes only where there is nothing else."""
    names = tables(conn)
    if "meta" in names:
        raise FileProblem(f"{where} already holds a Hirefile database; open it with "
                          "`hirefile --db URL`")
    if names:
        raise FileProblem(f"{where} is not empty: it holds {len(names)} other table"
                          f"{'s' if len(names) != 1 else ''} ({some(names)}); give Hirefile "
                          "a database of its own (CREATE DATABASE hiring)")


def require_server_version(conn: Connection, where: str) -> None:
    number = int(conn.execute(text("SHOW server_version_num")).scalar_one())
    if number < MIN_SERVER_VERSION:
        raise FileProblem(f"{where} runs PostgreSQL {number // 10000}; Hirefile needs "
                          "PostgreSQL 13 or later")


def check(location: str) -> CheckReport:
    """`hirefile check URL`: what can be checked of a server database, read-only — the server
    version, the format and file UUID, every table of this format present. SQLite's file
    checks (integrity_check, journal mode) have no meaning on a server and are skipped."""
    from hirefile.storage.migrations import SCHEMA_VERSION
    from hirefile.storage.models import Base

    where = public_url(location)
    report = CheckReport(Path(label(location)))
    engine = make_engine(location, read_only=True)
    try:
        with engine.connect() as conn:
            require_server_version(conn, where)
            report.passed.append(f"server: {conn.execute(text('SHOW server_version')).scalar()}")
            version = stored_version(conn, where)
            check_version(version, SCHEMA_VERSION, where)
            report.passed.append(f"file UUID present, format {version}")
            missing = sorted(set(Base.metadata.tables) - set(tables(conn)))
            if version == SCHEMA_VERSION:
                report.expect(not missing, f"all {len(Base.metadata.tables)} tables present",
                              f"{len(missing)} tables missing ({some(missing)})")
                searching = search.index_problems(
                    lambda sql: [tuple(r) for r in conn.execute(text(sql))], "postgresql")
                report.expect(not searching, "search: extensions and indexes present",
                              "; ".join(what for what, _n in searching))
    except DBAPIError as exc:
        raise describe_error(where, exc) from exc
    finally:
        engine.dispose()
    report.passed.append("SQLite's file checks skipped: a server keeps its own integrity")
    return report


def size_bytes(conn: Connection) -> int:
    """What the database takes on the server's disk."""
    return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one())


def check_version(version: int, current: int, where: str) -> None:
    if version > current:
        raise NewerSchemaFile(where, version, current)


def some(names: list[str], shown: int = 3) -> str:
    """The first few `names` and how many more: "a, b, c and 4 more"."""
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more} more" if more > 0 else "")


def describe_error(where: str, exc: DBAPIError) -> HirefileError:
    """One line for a server error: cannot connect, refused, or what the server said."""
    orig = exc.orig
    first = (str(orig).strip().splitlines() or ["unknown error"])[0]
    first = first.removeprefix("connection failed: ")
    name = type(orig).__name__
    if "password authentication failed" in first or "no password supplied" in first:
        return FileProblem(f"{where} refused the password: set PGPASSWORD or add the server "
                           f"to ~/.pgpass ({first})")
    if name == "OperationalError" and exc.connection_invalidated is False and \
            ("connect" in first or "server" in first or "timeout" in first):
        return FileProblem(f"Could not connect to {where}: {first}")
    if name == "ReadOnlySqlTransaction":
        return FileProblem(f"{where} is open read-only: nothing was written")
    return FileProblem(f"{where}: {first}")
