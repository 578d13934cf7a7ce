"""The candidates' search on PostgreSQL: what `storage/search.py` does with FTS5 on a file, done
with the server's own indexes, finding the same candidates. `search` delegates here; nothing
else imports this module.

- A candidate's record (names, contacts, notes, company, title, location) is matched by
  substring, case-insensitively, with a trigram GIN index (`pg_trgm`) over the lower-cased
  text of those columns (`ix_candidate_search`, an expression index over live candidates).
  The folded name is `candidate.sort_name`, which every writer already sets from
  `domain.names.fold`, so "lodz" finds "Łódź" and "王" finds "王磊" by Hirefile's own fold, not
  the server's `unaccent` (which folds some letters differently: "й" stays "й" there).
  Tags are matched through their own trigram index (`ix_tag_search`), as the FTS5 table's
  `tags` column is.
- The words of CVs (`attachment.text`) and of kept e-mails (subject, sender, text) are matched
  with full-text indexes (`ix_attachment_words`, `ix_correspondence_words`): the text, its
  runs of non-letters and non-digits made spaces (as SQLite's `unicode61` tokenizer splits
  words), through the text search configuration `hirefile_words` (`simple` after `unaccent`,
  so "cafe" finds "Café" and "Müller" finds "muller"); a term of three or more characters is
  the start of a word, a shorter one a whole word.

They are native indexes: the server keeps them current on every write, whatever writes it, so
there are no triggers and nothing to rebuild or repair. `index_problems` says when one of them,
the configuration or an extension is missing (a search then reads every row), and `repair`
creates what is missing. Both extensions are "trusted" (PostgreSQL 13+): the database's owner
may create them without being a superuser.

Text is lower-cased by the server (`lower`, the text search dictionary), so the database must
not use the "C" ctype for non-ASCII letters to match regardless of case (`C.UTF-8` or any
language's locale does).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, text
from sqlalchemy.exc import DBAPIError

from hirefile.errors import FileProblem

CONFIG = "hirefile_words"
#: The texts of a candidate `{c}` by the place a person calls them (`search.PLACES` keys).
PLACE_TEXTS = {
    "name": "{c}.full_name || ' ' || {c}.sort_name || ' ' || coalesce({c}.preferred_name, '')",
    "contact": "coalesce({c}.email, '') || ' ' || coalesce({c}.phone, '') || ' ' || "
               "coalesce({c}.github_url, '') || ' ' || coalesce({c}.linkedin_url, '')",
    "notes": "coalesce({c}.notes, '')",
    "other": "coalesce({c}.current_company, '') || ' ' || coalesce({c}.current_title, '') "
             "|| ' ' || coalesce({c}.location, '')",
}
#: A candidate's whole record, as the trigram index holds it (terms hold no space, so none
#: matches across two of its texts).
RECORD = "lower(" + " || ' ' || ".join(f"({e})" for e in PLACE_TEXTS.values()) + ")"


def _words(expr: str) -> str:
    """The text search document of the SQL text `expr`."""
    return (f"to_tsvector('{CONFIG}'::regconfig, "
            f"regexp_replace(coalesce({expr}, ''), '[^[:alnum:]]+', ' ', 'g'))")


#: source table → (its index, the document of a row `{a}`, when a row `{a}` is indexed).
WORD_SOURCES = {
    "attachment": ("ix_attachment_words", _words("{a}.text"),
                   "{a}.text IS NOT NULL AND {a}.deleted_at IS NULL "
                   "AND {a}.candidate_id IS NOT NULL"),
    "correspondence": ("ix_correspondence_words",
                       _words("{a}.subject || ' ' || {a}.sender || ' ' || {a}.body"),
                       "{a}.deleted_at IS NULL AND {a}.candidate_id IS NOT NULL"),
}

EXTENSIONS = ("pg_trgm", "unaccent")
#: `{unaccent}`: the schema the extension lives in (a server may keep extensions in a schema
#: of their own, off Hirefile's search path), so names from it are always qualified.
_TEXT_SEARCH_CONFIG = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}'
                 AND cfgnamespace = current_schema()::regnamespace) THEN
    CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.simple);
    ALTER TEXT SEARCH CONFIGURATION {CONFIG}
      ALTER MAPPING FOR asciiword, word, numword, int, uint WITH {{unaccent}}.unaccent,
      pg_catalog.simple;
  END IF;
END $$"""


def _present(kind: str, name: str) -> str:
    """SQL counting the index or configuration `name` in Hirefile's schema."""
    if kind == "config":
        return (f"SELECT count(*) FROM pg_ts_config WHERE cfgname = '{name}' "
                "AND cfgnamespace = current_schema()::regnamespace")
    return (f"SELECT count(*) FROM pg_indexes WHERE indexname = '{name}' "
            "AND schemaname = current_schema()")


#: (what is missing, as `index_problems` says it; SQL counting it; the SQL that makes it,
#: `{trgm}` and `{unaccent}` the schemas of the extensions).
_OBJECTS: list[tuple[str, str, str]] = [
    *((f"the extension {ext}", f"SELECT count(*) FROM pg_extension WHERE extname = '{ext}'",
       f"CREATE EXTENSION IF NOT EXISTS {ext}") for ext in EXTENSIONS),
    (f"the text search configuration {CONFIG}", _present("config", CONFIG),
     _TEXT_SEARCH_CONFIG),
    ("the candidates' search index", _present("index", "ix_candidate_search"),
     f"CREATE INDEX IF NOT EXISTS ix_candidate_search ON candidate USING gin "
     f"(({RECORD.format(c='candidate')}) {{trgm}}.gin_trgm_ops) WHERE deleted_at IS NULL"),
    ("the tags' search index", _present("index", "ix_tag_search"),
     "CREATE INDEX IF NOT EXISTS ix_tag_search ON tag USING gin "
     "(lower(name) {trgm}.gin_trgm_ops) WHERE deleted_at IS NULL"),
    *((f"the {'CV' if source == 'attachment' else 'e-mail'} word index",
       _present("index", name),
       f"CREATE INDEX IF NOT EXISTS {name} ON {source} USING gin "
       f"(({doc.format(a=source)})) WHERE {indexed.format(a=source)}")
      for source, (name, doc, indexed) in WORD_SOURCES.items()),
]


def create(conn: Connection) -> None:
    """The extensions, the text search configuration and the indexes (idempotent). A role
    that may not add the extensions is told, in one line, what to ask the administrator."""
    schemas: dict[str, str] = {}
    for ext in EXTENSIONS:
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {ext}")
        except DBAPIError as exc:
            said = (str(exc.orig).strip().splitlines() or [""])[0]
            raise FileProblem(
                "Hirefile's search needs the PostgreSQL extensions pg_trgm and unaccent "
                f"and the server would not add them ({said}): ask its administrator to "
                "run CREATE EXTENSION pg_trgm; CREATE EXTENSION unaccent; in this database "
                "(both come with PostgreSQL, in Debian's postgresql-contrib)") from None
        schemas[ext] = conn.execute(text(
            "SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n "
            "ON n.oid = e.extnamespace WHERE e.extname = :ext"), {"ext": ext}).scalar_one()
    for _what, _probe, make in _OBJECTS:
        if not make.startswith("CREATE EXTENSION"):
            conn.exec_driver_sql(make.replace("{trgm}", schemas["pg_trgm"])
                                 .replace("{unaccent}", schemas["unaccent"]))


def index_problems(run: Callable[[str], list[tuple[Any, ...]]]) -> list[tuple[str, int]]:
    """(what is missing, 1) for each extension, configuration or index the search needs."""
    return [(f"search: {what} is missing (searches read every row)", 1)
            for what, probe, _make in _OBJECTS if not run(probe)[0][0]]


def repair(conn: Connection) -> None:
    """Create whatever the search needs that is missing; the server keeps the rest current."""
    create(conn)


# queries ---------------------------------------------------------------------------------------

def _like(variant: str) -> str:
    """A LIKE pattern finding `variant` anywhere, its wildcards taken literally."""
    return "%" + variant.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _any_like(expr: str, variants: Sequence[str], name: str
              ) -> tuple[str, dict[str, str]]:
    params = {f"{name}_{i}": _like(v) for i, v in enumerate(variants)}
    return (" OR ".join(f"{expr} LIKE :{p} ESCAPE '\\'" for p in params), params)


def _split(variant: str) -> list[str]:
    """The words of a typed term as SQLite's `unicode61` tokenizer splits them (letters,
    digits and their combining marks)."""
    return "".join(ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in variant).split()


def words_query(variants: Sequence[str], *, prefix: bool) -> str | None:
    """The `to_tsquery` text for one typed term: its variants OR-ed, each the phrase of its
    words, the last a prefix for a term of three or more characters; None for punctuation."""
    phrases = []
    for v in variants:
        words = _split(v)
        if words:
            last = ":*" if prefix else ""
            phrases.append("(" + " <-> ".join(f"'{w}'" for w in words) + last + ")")
    return " | ".join(dict.fromkeys(phrases)) or None


def _record_ids(variants: Sequence[str], name: str) -> tuple[str, dict[str, str]]:
    where, params = _any_like(RECORD.format(c="c"), variants, name)
    tags, tag_params = _any_like("lower(t.name)", variants, f"{name}t")
    return (f"SELECT c.id FROM candidate c WHERE c.deleted_at IS NULL AND ({where}) "
            f"UNION SELECT ct.candidate_id FROM candidate_tag ct JOIN tag t ON t.id = ct.tag_id "
            f"AND t.deleted_at IS NULL WHERE ct.deleted_at IS NULL AND ({tags})",
            {**params, **tag_params})


def _word_ids(source: str, query: str, name: str) -> tuple[str, dict[str, str]]:
    _index, doc, indexed = WORD_SOURCES[source]
    return (f"SELECT a.candidate_id FROM {source} a WHERE {indexed.format(a='a')} "
            f"AND {doc.format(a='a')} @@ to_tsquery('{CONFIG}', :{name})", {name: query})


def candidate_filter(terms: Sequence[tuple[str, ...]], id_column: Any,
                     short_columns: Sequence[Any], ascii_columns: Sequence[Any]
                     ) -> ColumnElement[bool]:
    """`search.candidate_filter` on PostgreSQL: every term in the record (trigram), a tag,
    a CV or a kept e-mail; a term under three characters by LIKE on `short_columns` (and
    `ascii_columns`, lower-cased, for an ASCII term) and as a whole word in CVs and mail.

    The candidates every term finds are gathered first (one set per term, intersected) and
    the list reads only those by key: a join would read all 50,000 candidates for a few."""
    sets: list[str] = []
    params: dict[str, str] = {}
    for n, t in enumerate(terms):
        short = min(len(v) for v in t) < 3
        parts: list[tuple[str, dict[str, str]]] = []
        if short:
            columns = [f"c.{col.name}" for col in short_columns]
            if all(v.isascii() for v in t):
                columns += [f"lower(c.{col.name})" for col in ascii_columns]
            likes = [_any_like(col, t, f"short{n}_{i}") for i, col in enumerate(columns)]
            if likes:
                parts.append(("SELECT c.id FROM candidate c WHERE c.deleted_at IS NULL AND ("
                              + " OR ".join(w for w, _ in likes) + ")",
                              {k: v for _, ps in likes for k, v in ps.items()}))
        else:
            parts.append(_record_ids(t, f"rec{n}"))
        words = words_query(t, prefix=not short)
        if words is not None:
            parts += [_word_ids(source, words, f"{source}{n}") for source in WORD_SOURCES]
        if not parts:
            parts.append(("SELECT c.id FROM candidate c WHERE false", {}))  # matches none
        sets.append("(" + " UNION ".join(p for p, _ in parts) + ")")
        params.update({k: v for _, ps in parts for k, v in ps.items()})
    found = text(f"ARRAY({' INTERSECT '.join(sets)})").bindparams(**params)
    return id_column == func.any(found)  # type: ignore[no-any-return]


#: Candidate keys a chunk at a time: (":v0, :v1, …", their values), as `search` makes them.
Chunks = Sequence[tuple[str, dict[str, Any]]]


def matched_places(conn: Connection, terms: Sequence[tuple[str, ...]], chunks: Chunks,
                   places: dict[str, str]) -> dict[str, list[str]]:
    """`search.matched_places` on PostgreSQL (terms of three or more characters)."""
    out: dict[str, list[str]] = {}
    variants = [v for t in terms for v in t]
    for column, place in places.items():
        for marks, params in chunks:
            if column == "tags":
                tags, like = _any_like("lower(t.name)", variants, "p")
                sql = (f"SELECT DISTINCT ct.candidate_id FROM candidate_tag ct JOIN tag t "
                       f"ON t.id = ct.tag_id AND t.deleted_at IS NULL WHERE ct.deleted_at IS "
                       f"NULL AND ct.candidate_id IN ({marks}) AND ({tags})")
            else:
                where, like = _any_like(f"lower({PLACE_TEXTS[column].format(c='c')})",
                                        variants, "p")
                sql = f"SELECT c.id FROM candidate c WHERE c.id IN ({marks}) AND ({where})"
            for (cid,) in conn.execute(text(sql), {**params, **like}):
                out.setdefault(cid, []).append(place)
    return out


def matched_rows(conn: Connection, source: str, words: str, chunks: Chunks
                 ) -> dict[str, list[str]]:
    """The rows of `source` (keys) of each candidate whose words match the `to_tsquery` text
    `words`, in the order they were added."""
    out: dict[str, list[str]] = {}
    _index, doc, indexed = WORD_SOURCES[source]
    for marks, params in chunks:
        rows = conn.execute(text(
            f"SELECT a.candidate_id, a.id FROM {source} a WHERE {indexed.format(a='a')} "
            f"AND a.candidate_id IN ({marks}) AND {doc.format(a='a')} @@ "
            f"to_tsquery('{CONFIG}', :q) ORDER BY a.created_at, a.id"), {**params, "q": words})
        for cid, key in rows:
            out.setdefault(cid, []).append(key)
    return out


def indexed_count(conn: Connection) -> int:
    """Live candidates: every one is in the expression index."""
    return int(conn.exec_driver_sql(
        "SELECT count(*) FROM candidate WHERE deleted_at IS NULL").scalar() or 0)

