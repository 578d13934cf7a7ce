"""File format 6, migrated from format 5: every key of 16 characters (`domain.keys`), run in one
transaction after the verified backup (`migrations.backup_file`); on a file, `VACUUM` follows
(`Database._migrate`), so the file shrinks on disk.

- `compact_keys`: every key of an earlier format (a 36-character UUID, or format 5's 25
  characters) becomes `keys.compact(old)` wherever it is held: each row's key and every
  reference to it (the columns typed as keys, `created_by` / `updated_by`, the aliases of
  merged rows, the keys inside the activity's and merges' details, the word indexes' entries).
  `compact` is a pure function of the old key, so two copies migrated apart hold the same keys
  and still merge row by row, and a format-5 copy merged into a format-6 file is migrated the
  same way first (`services/merging._prepare`).
- `keep_calendar_ids`: the calendar event id (UID) of an interview or a hire's checklist row
  was `KEY@hirefile` of its key where none was stored (`ics.event_uid`); it is stored in
  `ical_uid` before the key changes, so an event exported or sent before the update is the
  same event after it (an export updates it instead of adding a second), in every copy.
- `rekey_checklists`: a hire's checklist rows made before format 6 were keyed by uuid5 of the
  application's old key (`domain.onboarding.row_key`); they take the key derived from the
  application's new key, the key a copy updated first makes for the same hire, so a checklist
  started in a copy before the update and again in one after it meets row by row in a merge.

Times and text read as before: the file reads the same with any SQLite tool, with shorter keys.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from hirefile.domain import keys
from hirefile.domain.ics import UID_SUFFIX, event_uid

Step = Callable[[Connection], None]

#: Columns that hold a person's key without being typed as a key.
STAMP_COLUMNS = ("created_by", "updated_by")
#: JSON columns whose values may name rows by key (activity details, merge summaries).
JSON_WITH_KEYS = (("activity", "detail"), ("merge_record", "summary"))
#: The SQL function the SQLite step registers for `keys.compact`.
FUNCTION = "hirefile_compact_key"


def upgrade(conn: Connection) -> None:
    """Upgrade a format-5 file to format 6 inside `conn`'s transaction."""
    for step in STEPS:
        step(conn)


def key_columns(conn: Connection) -> dict[str, list[str]]:
    """table → the columns holding keys, of the tables the file has (from the models: every
    column typed as a key, `String(36)`, and the stamps)."""
    from hirefile.storage.models import Base

    have = set(sa.inspect(conn).get_table_names())
    out: dict[str, list[str]] = {}
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        if table.name not in have:
            continue
        cols = holding_keys(table)
        if cols:
            out[table.name] = cols
    return out


def holding_keys(table: sa.Table) -> list[str]:
    """The columns of `table` (a model's) that hold keys."""
    return [c.name for c in table.columns
            if (isinstance(c.type, sa.String) and c.type.length == 36)
            or c.name in STAMP_COLUMNS]


@lru_cache(maxsize=1 << 16)
def _compact(value: Any) -> Any:
    return keys.compact(value) if isinstance(value, str) else value


def compact_in(value: Any) -> Any:
    """`value` (decoded JSON) with every old key in it, as a whole string, compacted."""
    if isinstance(value, str):
        return _compact(value)
    if isinstance(value, list):
        return [compact_in(v) for v in value]
    if isinstance(value, dict):
        return {k: compact_in(v) for k, v in value.items()}
    return value


def compact_keys(conn: Connection) -> None:
    columns = key_columns(conn)
    if conn.dialect.name == "sqlite":
        _compact_sqlite(conn, columns)
    else:
        _compact_mapped(conn, columns)
    _compact_json(conn)
    _compact_followed(conn)


def _compact_sqlite(conn: Connection, columns: dict[str, list[str]]) -> None:
    """In place, through a deterministic SQL function; the indexes and triggers are set aside
    meanwhile (written again after, from their own SQL), so the rewrite does not maintain
    them row by row nor re-index the search for every key changed. The references are checked
    once at the end (`migrations.require_references`: the file's migration runs with SQLite's
    foreign keys off, which otherwise look up every child of every key changed)."""
    from hirefile.storage import bulk

    with bulk.big_page_cache(conn):
        _rewrite_sqlite(conn, columns)


def _rewrite_sqlite(conn: Connection, columns: dict[str, list[str]]) -> None:
    from hirefile.storage import search

    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.create_function(FUNCTION, 1, _compact, deterministic=True)
    kept = list(conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name"))
    for kind, name, _ in kept:
        conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    for table, cols in columns.items():
        sets = ", ".join(f'"{c}" = {FUNCTION}("{c}")' for c in cols)
        conn.exec_driver_sql(f'UPDATE "{table}" SET {sets}')
    for _, _, sql in kept:
        conn.exec_driver_sql(sql)
    have = set(sa.inspect(conn).get_table_names())
    for index in search.WORD_INDEXES:
        if index.table in have:
            index.fill(conn)


def _compact_mapped(conn: Connection, columns: dict[str, list[str]]) -> None:
    """Elsewhere (PostgreSQL): through a table of every old key and its new one."""
    old: set[str] = set()
    for table, cols in columns.items():
        for c in cols:
            old.update(v for (v,) in conn.execute(sa.text(
                f'SELECT DISTINCT "{c}" FROM "{table}"')) if isinstance(v, str)
                and keys.is_old_key(v))
    if not old:
        return
    conn.exec_driver_sql("CREATE TEMPORARY TABLE hirefile_key_map (old VARCHAR PRIMARY KEY, "
                         "new VARCHAR NOT NULL) ON COMMIT DROP")
    mapping = sa.table("hirefile_key_map", sa.column("old"), sa.column("new"))
    conn.execute(sa.insert(mapping), [{"old": k, "new": keys.compact(k)} for k in sorted(old)])
    for table, cols in columns.items():
        for c in cols:
            conn.exec_driver_sql(f'UPDATE "{table}" SET "{c}" = m.new FROM hirefile_key_map m '
                                 f'WHERE "{table}"."{c}" = m.old')


def _compact_json(conn: Connection) -> None:
    """The keys inside JSON details (a revealed scorecard's person, a merged candidate). Clocks
    need nothing: they name copies (replica ids) and fields, never rows."""
    have = set(sa.inspect(conn).get_table_names())
    for table, column in JSON_WITH_KEYS:
        if table not in have:
            continue
        t = sa.table(table, sa.column("id", sa.String), sa.column(column, sa.JSON))
        changed = []
        for key, value in conn.execute(sa.select(t.c.id, t.c[column]).where(
                t.c[column].is_not(None))):
            new = compact_in(value)
            if new != value:
                changed.append({"k": key, "v": new})
        if changed:
            conn.execute(sa.update(t).where(t.c.id == sa.bindparam("k"))
                         .values({column: sa.bindparam("v", type_=sa.JSON)}), changed)


def _compact_followed(conn: Connection) -> None:
    """The merges' notes of a followed reference (`merge.FOLLOWED` aliases) name the row in
    their text and are keyed by it: both made again from the row's new key, as a merge after
    the migration makes them."""
    from hirefile.storage import merge

    have = set(sa.inspect(conn).get_table_names())
    if "id_alias" not in have:
        return
    t = sa.table("id_alias", sa.column("id", sa.String), sa.column("table_name", sa.String))
    changed = []
    for key, what in conn.execute(sa.select(t.c.id, t.c.table_name).where(
            t.c.table_name.like(f"{merge.FOLLOWED}:%"))).all():
        parts = what.split(":")
        if len(parts) != 5:
            continue
        parts[3] = keys.compact(parts[3])
        new = merge.followed_key(parts[1], parts[2], parts[3])
        if (new, ":".join(parts)) != (key, what):
            changed.append({"k": key, "id": new, "what": ":".join(parts)})
    for row in changed:  # few: one per reference a merge followed
        conn.execute(sa.update(t).where(t.c.id == row["k"]).values(
            id=row["id"], table_name=row["what"]))


def _tables(conn: Connection) -> set[str]:
    return set(sa.inspect(conn).get_table_names())


#: The tables of rows exported to calendars, whose event id (UID) is `KEY@hirefile` unless
#: one is stored in `ical_uid` (a column format 6 adds to the onboarding tables).
CALENDAR_TABLES = ("interview", "onboarding_item", "check_in")


def kept_calendar_id(key: Any, stored: Any) -> Any:
    """What `keep_calendar_ids` leaves in a row's `ical_uid`: the id stored, else the one made
    from its key when that is a key of an earlier format (row by row, for a recovery)."""
    if stored is None and isinstance(key, str) and keys.is_old_key(key):
        return event_uid(key)
    return stored


def keep_calendar_ids(conn: Connection) -> None:
    """Store the calendar event id a row had (`KEY@hirefile` of its old key) where none is
    stored: a function of the old key, the same in every copy; rows of this format's keys are
    left alone, so running it again changes nothing."""
    from hirefile.storage.ddl import add_columns

    have = _tables(conn)
    for table in CALENDAR_TABLES:
        if table not in have:
            continue
        add_columns(conn, table, {"ical_uid": "VARCHAR"})
        conn.execute(sa.text(
            f"UPDATE {table} SET ical_uid = id || '{UID_SUFFIX}' "
            "WHERE ical_uid IS NULL AND length(id) IN :lengths").bindparams(
                sa.bindparam("lengths", expanding=True)), {"lengths": list(keys.OLD_LENGTHS)})


def _uuid5(prefix: Any, what: str) -> bytes:
    """uuid5's bytes for the name whose SHA-1 `prefix` has begun (namespace, application)."""
    h = prefix.copy()
    h.update(what.encode())
    digest = bytearray(h.digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    return bytes(digest)


def rekey_checklists(conn: Connection) -> None:
    """Give a hire's checklist rows keyed by uuid5 of an old application key (`begin` before
    format 6) the key `domain.onboarding.row_key` derives from the application's new key.
    Which application and item a row came from is found again by deriving the keys of each
    candidate (its own application, else every application the file ever held and every
    application key a merge aliased) for every template item's key the file or Hirefile has
    and every check-in: a function of the row's old key and rows every copy holding it holds.
    A row found nowhere (an item added by hand, a key of another shape) keeps `compact`'s."""
    from hirefile.domain import onboarding as rules

    have = _tables(conn)
    if not {"onboarding_item", "check_in", "application"} <= have:
        return
    derived: dict[bytes, tuple[str, str, str]] = {}  # uuid5 bytes -> table, key, application
    for table in ("onboarding_item", "check_in"):
        for key, app in conn.execute(sa.text(
                f"SELECT id, application_id FROM {table} WHERE length(id) = 36")):
            try:
                u = uuid.UUID(key)
            except ValueError:
                continue
            if u.version == 5:
                derived[u.bytes] = (table, key, app)
    if not derived:
        return
    template = [t.key for t in rules.DEFAULT]
    if "onboarding_template_item" in have:
        template += [k for (k,) in conn.execute(sa.text(
            "SELECT DISTINCT item_key FROM onboarding_template_item ORDER BY item_key"))]
    whats = rules.row_whats(list(dict.fromkeys(template)))
    found: dict[bytes, str] = {}

    def look(applications: Iterable[str]) -> None:
        for app in applications:
            prefix = hashlib.sha1(rules.NAMESPACE.bytes + f"{app}/".encode(),
                                  usedforsecurity=False)
            for what in whats:
                b = _uuid5(prefix, what)
                if b in derived and b not in found:
                    found[b] = rules.row_key(keys.compact(app), what)

    look(sorted({app for _, _, app in derived.values()}))
    if len(found) < len(derived):  # moved to another application (duplicates merged)
        look(k for (k,) in conn.execute(sa.text(
            "SELECT id FROM application UNION SELECT id FROM id_alias "
            "WHERE table_name = 'application'" if "id_alias" in have else
            "SELECT id FROM application")))
    for b, new in found.items():  # one row per hire's item: few
        table, old, _ = derived[b]
        conn.execute(sa.text(f"UPDATE {table} SET id = :new WHERE id = :old"),
                     {"new": new, "old": old})


#: The steps from format 5 to 6, in order: those that read old keys before they change.
STEPS: list[Step] = [keep_calendar_ids, rekey_checklists, compact_keys]
