"""Full-text search over candidates: the one SQLite-only feature, all of it in this module.

An FTS5 table with the trigram tokenizer (`candidate_fts`, rowid = the candidate's rowid) holds
each candidate's names, contact details, notes and tags. SQLite triggers keep it current on
every write path — the ORM, bulk inserts, imports, merges — so no service can forget it.
Trigram matching finds any substring of three or more characters, in every script; names are
indexed twice, as written and folded (accents removed, `hirefile.domain.names.fold`), and
queries are folded the same way, so "lodz" finds "Łódź". Shorter terms (two-letter Chinese or
Korean names) fall back to a LIKE scan of the candidates' names and e-mails.

The words of the candidates' CVs (`attachment.text`, read when a PDF or Word file is attached)
are in a second, word index (`document_fts`, rowid = the attachment's rowid, tokenizer
`unicode61 remove_diacritics 2`): a trigram index is about ten times the text it holds, a word
index a fraction of it, and a CV is long. A typed term matches a CV's word by prefix ("kube"
finds "kubeflow"). Triggers on `attachment` keep it current too: an attachment is indexed while
it is live, has text and belongs to a candidate.

The e-mails kept with candidates (`correspondence`: subject, sender, text) are in a third index
of the same kind (`mail_fts`, rowid = the e-mail's rowid), kept current by triggers on
`correspondence` while the e-mail is live. A table per kind of row, not one table with a
"source" column: each index mirrors one table by rowid (rowids of attachments and e-mails
would collide in one), so adding, checking and repairing its entries is one join, the same
code for both (`WordIndex`).

A candidate matches when every typed term is found in their record (`candidate_fts`), in one
of their CVs (`document_fts`) or in one of their kept e-mails (`mail_fts`).

On PostgreSQL every public function here does the same with the server's own indexes
(`pg_trgm` over the record, full-text over CVs and mail), in `search_pg`, which only this module
uses; on any other engine `candidate_filter` returns None and callers filter with plain LIKE.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, literal_column, or_, text
from sqlalchemy.sql import Select

from hirefile.domain.names import fold
from hirefile.storage import search_pg

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


DOCUMENTS = "document_fts"
MAIL = "mail_fts"


@dataclass(frozen=True)
class WordIndex:
    """A word index over the text of one kind of row kept with a candidate: an FTS5 table
    (rowid = the row's rowid) holding the candidate's key, the row's key and its texts, kept
    current by triggers on the row's table; `problems` name, for `index_problems`, an entry
    of no indexed row, an indexed row missing, an entry that does not say what its row holds.
    """

    table: str
    source: str
    key: str
    #: fts column → the SQL expression of the row `{a}` it holds.
    texts: tuple[tuple[str, str], ...]
    #: when a row `{a}` is indexed.
    indexed: str
    #: the source columns whose change rewrites the row's entry.
    watched: str
    problems: tuple[str, str, str]

    def insert(self, alias: str, where: str) -> str:
        cols = ", ".join(c for c, _ in self.texts)
        exprs = ", ".join(e.format(a=alias) for _, e in self.texts)
        return (f"INSERT INTO {self.table}(rowid, candidate_id, {self.key}, {cols}) "
                f"SELECT {alias}.rowid, {alias}.candidate_id, {alias}.id, {exprs} "
                f"FROM {self.source} {alias} WHERE {self.indexed.format(a=alias)} AND ({where})")

    def ddl(self) -> list[str]:
        t = self.table
        cols = ", ".join(c for c, _ in self.texts)
        return [
            f"""CREATE VIRTUAL TABLE IF NOT EXISTS {t} USING fts5(candidate_id UNINDEXED,
            {self.key} UNINDEXED, {cols}, tokenize='unicode61 remove_diacritics 2')""",
            f"""CREATE TRIGGER IF NOT EXISTS {t}_ai AFTER INSERT ON {self.source}
            WHEN {self.indexed.format(a='new')} BEGIN
            {self.insert('a', 'a.rowid = new.rowid')}; END""",
            f"""CREATE TRIGGER IF NOT EXISTS {t}_au AFTER UPDATE OF {self.watched}
            ON {self.source} BEGIN
            DELETE FROM {t} WHERE rowid = old.rowid;
            {self.insert('a', 'a.rowid = new.rowid')}; END""",
            f"""CREATE TRIGGER IF NOT EXISTS {t}_ad AFTER DELETE ON {self.source} BEGIN
            DELETE FROM {t} WHERE rowid = old.rowid; END""",
        ]

    def stale(self) -> str:
        """SQL true for an entry `f` that does not say what its row `a` holds."""
        return " OR ".join(["f.candidate_id IS NOT a.candidate_id",
                            f"f.{self.key} IS NOT a.id",
                            *(f"f.{c} IS NOT {e.format(a='a')}" for c, e in self.texts)])

    def fill(self, conn: Connection) -> None:
        conn.exec_driver_sql(f"DELETE FROM {self.table}")
        conn.exec_driver_sql(self.insert("a", "1 = 1"))


#: The words of the candidates' CVs: an attachment with text, live, of a candidate.
CV_INDEX = WordIndex(
    DOCUMENTS, "attachment", "attachment_id", (("text", "{a}.text"),),
    "{a}.text IS NOT NULL AND {a}.deleted_at IS NULL AND {a}.candidate_id IS NOT NULL",
    "text, deleted_at, candidate_id",
    ("CV index entr{ies} for no live attachment with text",
     "live attachment{s} missing from the CV index (its text is not searched)",
     "CV index entr{ies} {do} not say what {its} attachment holds"))
#: The words of the e-mails kept with candidates (subject, sender, text), while live.
MAIL_INDEX = WordIndex(
    MAIL, "correspondence", "correspondence_id",
    (("subject", "{a}.subject"), ("sender", "{a}.sender"), ("body", "{a}.body")),
    "{a}.deleted_at IS NULL AND {a}.candidate_id IS NOT NULL",
    "subject, sender, body, deleted_at, candidate_id",
    ("e-mail index entr{ies} for no kept e-mail",
     "kept e-mail{s} missing from the e-mail index (its words are not searched)",
     "e-mail index entr{ies} {do} not say what {its} e-mail holds"))
WORD_INDEXES = (CV_INDEX, MAIL_INDEX)


def create(conn: Connection) -> None:
    """Create the indexes and their triggers, and index what is already there."""
    if conn.dialect.name == "postgresql":
        search_pg.create(conn)
    if conn.dialect.name != "sqlite":
        return
    for statement in DDL:
        conn.exec_driver_sql(statement)
    for index in WORD_INDEXES:
        create_words(conn, index)
    rebuild(conn)


def create_words(conn: Connection, index: WordIndex) -> None:
    """Create a word index and its triggers (file format 3), indexing what its rows hold."""
    if conn.dialect.name != "sqlite":
        return
    for statement in index.ddl():
        conn.exec_driver_sql(statement)
    index.fill(conn)


def rebuild(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    conn.exec_driver_sql(_insert_for("c", "c.deleted_at IS NULL"))
    for index in WORD_INDEXES:
        index.fill(conn)


def optimize(conn: Connection) -> None:
    """Rewrite the indexes into one segment each, so no token of removed text survives."""
    if conn.dialect.name != "sqlite":
        return
    for table in (TABLE, *(index.table for index in WORD_INDEXES)):
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def repair(conn: Connection, candidate_ids: Sequence[str] | None = None) -> None:
    """Make the indexes say what the candidates, their CVs and kept e-mails hold (those
    named, or all), writing only the entries that do not: an entry of a removed candidate,
    attachment or e-mail goes, a stale one is written again, a missing one is added. The
    triggers keep them current on
    every write; this is for a file written by something that bypassed them, and costs next to
    nothing when all agree. On PostgreSQL the indexes are the server's own and always
    current: this creates any that is missing."""
    if conn.dialect.name == "postgresql":
        search_pg.repair(conn)
    if conn.dialect.name != "sqlite":
        return
    if candidate_ids is None:
        chunks: list[tuple[str, dict[str, str]]] = [("", {})]
    else:
        ids = list(candidate_ids)
        chunks = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            chunks.append((", ".join(f":i{n}" for n in range(len(chunk))),
                           {f"i{n}": cid for n, cid in enumerate(chunk)}))
    for marks, params in chunks:
        where = f"c.id IN ({marks})" if marks else "1 = 1"
        if not marks:
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
        for index in WORD_INDEXES:  # entries of these candidates, or of rows now theirs
            mine = (f"(f.candidate_id IN ({marks}) OR a.candidate_id IN ({marks}))" if marks
                    else "1 = 1")
            conn.execute(text(
                f"DELETE FROM {index.table} WHERE rowid IN (SELECT f.rowid FROM {index.table} f "
                f"LEFT JOIN {index.source} a ON a.rowid = f.rowid WHERE {mine} AND (a.rowid IS "
                f"NULL OR NOT ({index.indexed.format(a='a')}) OR {index.stale()}))"), params)
            conn.execute(text(index.insert(
                "a", (f"a.candidate_id IN ({marks}) AND " if marks else "")
                + f"a.rowid NOT IN (SELECT rowid FROM {index.table})")), params)


def _stale() -> str:
    """SQL true for an entry `f` that does not say what its candidate `c` holds (tags by the
    length of their text: the order `group_concat` lists them in is not fixed)."""
    doc = [part.strip() for part in _split_doc()]
    return " OR ".join(f"{col} != {expr}" for col, expr in zip(
        ("f.name", "f.contact", "f.notes", "length(f.tags)", "f.other"),
        (doc[0], doc[1], doc[2], f"length({doc[3]})", doc[4]), strict=True))


def index_problems(run: Callable[[str], list[tuple[Any, ...]]],
                   dialect_name: str = "sqlite") -> list[tuple[str, int]]:
    """(what, how many) for each way the index disagrees with the candidates: a live candidate
    missing, an entry for no live candidate, an entry whose text is not the candidate's (on
    PostgreSQL, whose indexes cannot disagree: an extension or index that is missing).

    `run` executes SQL on the file and returns its rows.
    """
    if dialect_name == "postgresql":
        return search_pg.index_problems(run)
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
    for index in WORD_INDEXES:
        if not run("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                   f"'{index.table}'")[0][0]:
            continue  # a file of format 2, read before it is migrated
        t, indexed = index.table, index.indexed.format(a="a")
        orphan, missing, stale_entry = index.problems
        queries += [
            (orphan, f"SELECT count(*) FROM {t} f LEFT JOIN {index.source} a "
                     f"ON a.rowid = f.rowid WHERE a.rowid IS NULL OR NOT ({indexed})"),
            (missing, f"SELECT count(*) FROM {index.source} a WHERE {indexed} "
                      f"AND a.rowid NOT IN (SELECT rowid FROM {t})"),
            (stale_entry, f"SELECT count(*) FROM {t} f JOIN {index.source} a "
                          f"ON a.rowid = f.rowid WHERE {indexed} AND ({index.stale()})"),
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


def _document_query(variants: Sequence[str], *, prefix: bool) -> str | None:
    """The CV index query for one typed term (its variants OR-ed), or None when it has no
    word in it (punctuation only)."""
    words = [v for v in variants if any(ch.isalnum() for ch in v)]
    if not words:
        return None
    star = "*" if prefix else ""
    return " OR ".join(f'"{v}"{star}' for v in words)


#: The candidate's SQLite rowid, which the FTS5 index is keyed by (SQLite only: on a server
#: candidates are matched by their key, `id_column`).
_CANDIDATE_ROWID: ColumnElement[Any] = literal_column("candidate.rowid")


def candidate_filter(dialect_name: str, query: str,
                     short_columns: Sequence[Any] = (),
                     ascii_columns: Sequence[Any] = (),
                     id_column: Any = None) -> ColumnElement[bool] | None:
    """A WHERE clause restricting candidates to those matching `query`.

    Every term must match (AND), as typed or folded, in the candidate's record or (with
    `id_column`, the candidate's key) in the words of one of their CVs. Terms of three or more
    characters use the trigram index. Shorter ones (a two-letter Chinese or Korean name)
    cannot: they are matched with LIKE on `short_columns` of the candidate table (the folded
    name), and on `ascii_columns` (e-mail) only for ASCII terms, a scan that is cheaper there
    than over the index's text; in CVs, a short term is a whole word ("Go"), a longer one the
    start of a word ("kube" finds "kubeflow"). None for an empty query or an engine without
    the index.
    """
    terms = _terms(query)
    if terms and dialect_name == "postgresql" and id_column is not None:
        return search_pg.candidate_filter(terms, id_column, short_columns, ascii_columns)
    if not terms or dialect_name != "sqlite":
        return None
    clauses: list[ColumnElement[bool]] = []
    for n, t in enumerate(terms):
        short = min(len(v) for v in t) < 3
        found: list[ColumnElement[bool]] = []
        if short:
            columns = list(short_columns)
            if all(v.isascii() for v in t):
                columns += ascii_columns  # an e-mail never holds 王: no need to read it for that
            found += [col.contains(v, autoescape=True) for col in columns for v in t]
        else:
            match = " OR ".join(f'"{v}"' for v in t)
            found.append(_CANDIDATE_ROWID.in_(
                text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :fts_match{n}"
                     ).bindparams(**{f"fts_match{n}": match})))
        words = _document_query(t, prefix=not short) if id_column is not None else None
        if words is not None:
            found += [id_column.in_(
                text(f"SELECT candidate_id FROM {ix.table} WHERE {ix.table} "
                     f"MATCH :{ix.table}{n}").bindparams(**{f"{ix.table}{n}": words}))
                for ix in WORD_INDEXES]
        clauses.append(or_(*found))
    return and_(*clauses)


def apply(stmt: Select[Any], dialect_name: str, query: str | None,
          fallback: ColumnElement[bool] | None = None,
          short_columns: Sequence[Any] = (), ascii_columns: Sequence[Any] = (),
          id_column: Any = None) -> Select[Any]:
    """`stmt` filtered by `query` (or by `fallback` where there is no full-text index)."""
    if not query or not query.strip():
        return stmt
    clause = candidate_filter(dialect_name, query, short_columns, ascii_columns,
                              id_column)
    if clause is not None:
        return stmt.where(clause)
    return stmt.where(fallback) if fallback is not None else stmt


def indexed_count(conn: Connection) -> int:
    if conn.dialect.name == "postgresql":
        return search_pg.indexed_count(conn)
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar() or 0)


#: The columns of the candidate index, by what a person calls them.
PLACES = {"name": "name", "contact": "contacts", "notes": "notes", "tags": "tags",
          "other": "company, title or location"}


def _chunks(values: Sequence[Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        out.append((", ".join(f":v{n}" for n in range(len(chunk))),
                    {f"v{n}": v for n, v in enumerate(chunk)}))
    return out


def matched_places(conn: Connection, query: str, candidate_ids: Sequence[str]
                   ) -> dict[str, list[str]]:
    """Where each of `candidate_ids` matches some term of `query` in their record: their
    candidate key → the places (`PLACES` values) the index finds a term in. Terms of three or
    more characters only (shorter ones are matched by LIKE on the name and e-mail)."""
    out: dict[str, list[str]] = {}
    long_terms = [t for t in _terms(query) if min(len(v) for v in t) >= 3]
    if conn.dialect.name == "postgresql" and long_terms and candidate_ids:
        return search_pg.matched_places(conn, long_terms, _chunks(list(candidate_ids)), PLACES)
    if conn.dialect.name != "sqlite" or not long_terms or not candidate_ids:
        return out
    anything = " OR ".join(f'"{v}"' for t in long_terms for v in t)
    for column, place in PLACES.items():
        for marks, params in _chunks(list(candidate_ids)):
            rows = conn.execute(text(
                f"SELECT c.id FROM {TABLE} f JOIN candidate c ON c.rowid = f.rowid "
                f"WHERE {TABLE} MATCH :q AND c.id IN ({marks})"),
                {**params, "q": f"{column} : ({anything})"})
            for (cid,) in rows:
                out.setdefault(cid, []).append(place)
    return out


def matched_documents(conn: Connection, query: str, candidate_ids: Sequence[str]
                      ) -> dict[str, list[str]]:
    """The attachments (keys) of each of `candidate_ids` whose words match some term of
    `query`, by candidate key, in the order they were attached."""
    return _matched_rows(conn, CV_INDEX, query, candidate_ids)


def matched_mails(conn: Connection, query: str, candidate_ids: Sequence[str]
                  ) -> dict[str, list[str]]:
    """The kept e-mails (keys) of each of `candidate_ids` whose subject, sender or text
    match some term of `query`, by candidate key, in the order they were kept."""
    return _matched_rows(conn, MAIL_INDEX, query, candidate_ids)


def _matched_rows(conn: Connection, index: WordIndex, query: str,
                  candidate_ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if conn.dialect.name == "postgresql":
        pg = [search_pg.words_query(t, prefix=min(len(v) for v in t) >= 3)
              for t in _terms(query)]
        pg_words = " | ".join(f"({q})" for q in pg if q)
        if not pg_words or not candidate_ids:
            return out
        return search_pg.matched_rows(conn, index.source, pg_words,
                                       _chunks(list(candidate_ids)))
    queries = [_document_query(t, prefix=min(len(v) for v in t) >= 3) for t in _terms(query)]
    words = " OR ".join(f"({q})" for q in queries if q)
    if conn.dialect.name != "sqlite" or not words or not candidate_ids:
        return out
    for marks, params in _chunks(list(candidate_ids)):
        rows = conn.execute(text(
            f"SELECT f.candidate_id, f.{index.key} FROM {index.table} f "
            f"WHERE {index.table} MATCH :q AND f.candidate_id IN ({marks}) ORDER BY f.rowid"),
            {**params, "q": words})
        for cid, key in rows:
            out.setdefault(cid, []).append(key)
    return out
