"""Full-text search over candidates: the one SQLite-only feature, all of it in this module.

An FTS5 table with the trigram tokenizer (`candidate_fts`, rowid = the candidate's rowid) holds
each candidate's names, contact details, notes and tags. SQLite triggers keep it current on
every write path — the ORM, bulk inserts, imports, merges — so no service can forget it.
Trigram matching finds any substring of three or more characters, in every script; names are
indexed twice, as written and folded (accents removed, `hirefile.domain.names.fold`), and
queries are folded the same way, so "lodz" finds "Łódź". Shorter terms (two-letter Chinese or
Korean names) fall back to a LIKE scan of the candidates' names and e-mails.

On another database engine `create` does nothing and `matching_rowids` returns None: callers
then filter with plain LIKE (PostgreSQL will get its own index here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, or_, text
from sqlalchemy.sql import Select

from hirefile.domain.names import fold

TABLE = "candidate_fts"

# The text indexed for one candidate (`new` in triggers; `c` in rebuild).
_DOC = """
    {c}.full_name || ' ' || {c}.sort_name || ' ' || coalesce({c}.preferred_name, ''),
    coalesce({c}.email, '') || ' ' || coalesce({c}.phone, '') || ' ' ||
        coalesce({c}.github_url, '') || ' ' || coalesce({c}.linkedin_url, ''),
    coalesce({c}.notes, ''),
    coalesce((SELECT group_concat(t.name, ' ') FROM candidate_tag ct JOIN tag t
              ON t.id = ct.tag_id AND t.deleted_at IS NULL
              WHERE ct.candidate_id = {c}.id AND ct.deleted_at IS NULL), ''),
    coalesce({c}.current_company, '') || ' ' || coalesce({c}.current_title, '') || ' ' ||
        coalesce({c}.location, '')
"""

_COLUMNS = "name, contact, notes, tags, other"


def _insert_for(alias: str, where: str) -> str:
    return (f"INSERT INTO {TABLE}(rowid, {_COLUMNS}) SELECT {alias}.rowid, "
            f"{_DOC.format(c=alias)} FROM candidate {alias} WHERE {where}")


DDL = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5({_COLUMNS}, tokenize='trigram')",
    # candidates
    f"""CREATE TRIGGER IF NOT EXISTS candidate_fts_ai AFTER INSERT ON candidate
        WHEN new.deleted_at IS NULL BEGIN
        {_insert_for('c', 'c.rowid = new.rowid')}; END""",
    f"""CREATE TRIGGER IF NOT EXISTS candidate_fts_au AFTER UPDATE OF full_name, sort_name,
        preferred_name, email, phone, github_url, linkedin_url, notes, current_company,
        current_title, location, deleted_at ON candidate BEGIN
        DELETE FROM {TABLE} WHERE rowid = old.rowid;
        {_insert_for('c', 'c.rowid = new.rowid AND c.deleted_at IS NULL')}; END""",
    f"""CREATE TRIGGER IF NOT EXISTS candidate_fts_ad AFTER DELETE ON candidate BEGIN
        DELETE FROM {TABLE} WHERE rowid = old.rowid; END""",
    # tags on candidates, and renamed tags
    f"""CREATE TRIGGER IF NOT EXISTS candidate_tag_fts_ai AFTER INSERT ON candidate_tag BEGIN
        DELETE FROM {TABLE} WHERE rowid = (SELECT rowid FROM candidate WHERE id = new.candidate_id);
        {_insert_for('c', 'c.id = new.candidate_id AND c.deleted_at IS NULL')}; END""",
    f"""CREATE TRIGGER IF NOT EXISTS candidate_tag_fts_au AFTER UPDATE ON candidate_tag BEGIN
        DELETE FROM {TABLE} WHERE rowid IN (SELECT rowid FROM candidate
                                            WHERE id IN (old.candidate_id, new.candidate_id));
        {_insert_for('c', 'c.id IN (old.candidate_id, new.candidate_id) '
                          'AND c.deleted_at IS NULL')}; END""",
    # A tag row may be written after the candidate_tag rows that use it (one unit of work,
    # deferred foreign keys), so inserting a tag refreshes its candidates too.
    f"""CREATE TRIGGER IF NOT EXISTS tag_fts_ai AFTER INSERT ON tag BEGIN
        DELETE FROM {TABLE} WHERE rowid IN (SELECT c.rowid FROM candidate c JOIN candidate_tag ct
                                            ON ct.candidate_id = c.id WHERE ct.tag_id = new.id);
        {_insert_for('c', 'c.deleted_at IS NULL AND c.id IN (SELECT candidate_id FROM '
                          'candidate_tag WHERE tag_id = new.id)')}; END""",
    f"""CREATE TRIGGER IF NOT EXISTS tag_fts_au AFTER UPDATE OF name, deleted_at ON tag BEGIN
        DELETE FROM {TABLE} WHERE rowid IN (SELECT c.rowid FROM candidate c JOIN candidate_tag ct
                                            ON ct.candidate_id = c.id WHERE ct.tag_id = new.id);
        {_insert_for('c', 'c.deleted_at IS NULL AND c.id IN (SELECT candidate_id FROM '
                          'candidate_tag WHERE tag_id = new.id)')}; END""",
]


def create(conn: Connection) -> None:
    """Create the index and its triggers, and index what is already there."""
    if conn.dialect.name != "sqlite":
        return
    for statement in DDL:
        conn.exec_driver_sql(statement)
    rebuild(conn)


def rebuild(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    conn.exec_driver_sql(_insert_for("c", "c.deleted_at IS NULL"))


def repair(conn: Connection, candidate_ids: Sequence[str] | None = None) -> None:
    """Make the index say what the candidates hold (those named, or all), writing only the
    entries that do not: an entry of a removed candidate goes, a stale one is written again,
    a missing one is added. The triggers keep it current on every write; this is for a file
    written by something that bypassed them, and costs next to nothing when all agree."""
    if conn.dialect.name != "sqlite":
        return
    if candidate_ids is None:
        chunks: list[tuple[str, dict[str, str]]] = [("1 = 1", {})]
    else:
        ids = list(candidate_ids)
        chunks = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            chunks.append((f"c.id IN ({marks})",
                           {f"i{n}": cid for n, cid in enumerate(chunk)}))
    for where, params in chunks:
        if candidate_ids is None:
            conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid NOT IN "
                              "(SELECT rowid FROM candidate WHERE deleted_at IS NULL)"))
        else:
            conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid IN (SELECT c.rowid FROM "
                              f"candidate c WHERE {where} AND c.deleted_at IS NOT NULL)"),
                         params)
        conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid IN (SELECT f.rowid FROM {TABLE} f "
                          f"JOIN candidate c ON c.rowid = f.rowid WHERE {where} "
                          f"AND ({_stale()}))"), params)
        conn.execute(text(_insert_for("c", f"{where} AND c.deleted_at IS NULL AND c.rowid "
                                           f"NOT IN (SELECT rowid FROM {TABLE})")), params)


def _stale() -> str:
    """SQL true for an entry `f` that does not say what its candidate `c` holds (tags by the
    length of their text: the order `group_concat` lists them in is not fixed)."""
    doc = [part.strip() for part in _split_doc()]
    return " OR ".join(f"{col} != {expr}" for col, expr in zip(
        ("f.name", "f.contact", "f.notes", "length(f.tags)", "f.other"),
        (doc[0], doc[1], doc[2], f"length({doc[3]})", doc[4]), strict=True))


def index_problems(run: Callable[[str], list[tuple[Any, ...]]]) -> list[tuple[str, int]]:
    """(what, how many) for each way the index disagrees with the candidates: a live candidate
    missing, an entry for no live candidate, an entry whose text is not the candidate's.

    `run` executes SQL on the file and returns its rows.
    """
    stale = _stale()
    queries = [
        ("live candidate{s} missing from the search index",
         f"SELECT count(*) FROM candidate c WHERE c.deleted_at IS NULL "
         f"AND c.rowid NOT IN (SELECT rowid FROM {TABLE})"),
        ("search index entr{ies} for no live candidate",
         f"SELECT count(*) FROM {TABLE} f WHERE f.rowid NOT IN "
         f"(SELECT rowid FROM candidate WHERE deleted_at IS NULL)"),
        ("search index entr{ies} {do} not say what {its} candidate holds (name, contacts, "
         "notes, tags)",
         f"SELECT count(*) FROM {TABLE} f JOIN candidate c ON c.rowid = f.rowid "
         f"WHERE {stale}"),
    ]
    out = []
    for what, sql in queries:
        n = run(sql)[0][0] or 0
        if n:
            out.append((what.format(s=" is" if n == 1 else "s are",
                                    ies="y" if n == 1 else "ies",
                                    its="its" if n == 1 else "their",
                                    do="does" if n == 1 else "do"), n))
    return out


def _split_doc() -> list[str]:
    """The five indexed texts of a candidate `c`, as SQL expressions (the columns of `_DOC`)."""
    parts, depth, start = [], 0, 0
    doc = _DOC.format(c="c")
    for i, ch in enumerate(doc):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(doc[start:i])
            start = i + 1
    parts.append(doc[start:])
    return parts


def _terms(query: str) -> list[tuple[str, ...]]:
    """Each typed term with its folded twin: `Łódź` → (`łódź`, `lodz`)."""
    out = []
    for raw in query.replace('"', " ").split():
        variants = dict.fromkeys((raw.casefold(), fold(raw)))
        out.append(tuple(v for v in variants if v))
    return [t for t in out if t]


def candidate_filter(dialect_name: str, query: str, rowid_column: Any,
                     short_columns: Sequence[Any] = (),
                     ascii_columns: Sequence[Any] = ()) -> ColumnElement[bool] | None:
    """A WHERE clause restricting candidates (by `rowid_column`) to those matching `query`.

    Every term must match (AND), as typed or folded. Terms of three or more characters use the
    trigram index. Shorter ones (a two-letter Chinese or Korean name) cannot: they are matched
    with LIKE on `short_columns` of the candidate table (the folded name), and on
    `ascii_columns` (e-mail) only for ASCII terms, a scan that is cheaper there than over the
    index's text. None for an empty query or an engine without the index.
    """
    terms = _terms(query)
    if not terms or dialect_name != "sqlite":
        return None
    long_terms = [t for t in terms if min(len(v) for v in t) >= 3]
    short_terms = [t for t in terms if min(len(v) for v in t) < 3]
    clauses: list[ColumnElement[bool]] = []
    if long_terms:
        match = " AND ".join("(" + " OR ".join(f'"{v}"' for v in t) + ")" for t in long_terms)
        inner = text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :fts_match"
                     ).bindparams(fts_match=match)
        clauses.append(rowid_column.in_(inner))
    for t in short_terms:
        columns = list(short_columns)
        if all(v.isascii() for v in t):
            columns += ascii_columns  # an e-mail never holds 王: no need to read it for that
        clauses.append(or_(*[col.like(f"%{v}%") for col in columns for v in t]))
    return and_(*clauses)


def apply(stmt: Select[Any], dialect_name: str, query: str | None, rowid_column: Any,
          fallback: ColumnElement[bool] | None = None,
          short_columns: Sequence[Any] = (), ascii_columns: Sequence[Any] = ()) -> Select[Any]:
    """`stmt` filtered by `query` (or by `fallback` where there is no full-text index)."""
    if not query or not query.strip():
        return stmt
    clause = candidate_filter(dialect_name, query, rowid_column, short_columns, ascii_columns)
    if clause is not None:
        return stmt.where(clause)
    return stmt.where(fallback) if fallback is not None else stmt


def indexed_count(conn: Connection) -> int:
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar() or 0)
