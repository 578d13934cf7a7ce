"""Merging another copy of the file into this one, field by field, by their clocks.

The rules (ARCHITECTURE.md, "Merging copies", says why):

- rows match by key; a row only the other copy has is added (nothing is ever lost);
- each field holds the change with the higher clock (`storage/clock.py`); when neither copy
  knew the other's change to that field and the values differ, it is a **conflict**: the
  higher clock still wins (ties cannot happen: the replica id is part of the clock) and both
  values are reported;
- a tombstone (`deleted_at`) is a field like the others, except that an edit made after a
  delete brings the row back, and an erasure (`anonymised_at`) always wins;
- rows the domain holds unique by what they link (the same tag on a candidate, the same
  interviewer on an interview, the same tag name...) are one row: when the copies made it
  twice under two keys, the lower key survives and the other becomes an alias (`id_alias`),
  which travels, so every later merge maps it the same way; a candidate merged into another
  (`merged_into`) is followed the same way;
- the other copy's version vector is folded into this one's.

Everything here runs in the caller's transaction on this copy, with the other copy attached
read-only as schema `theirs` (on a PostgreSQL server: copied into a schema of its own, see
`Schemas`); derived columns (current stage, offer status, search keys) are
recomputed afterwards by the caller from their sources.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from hirefile.domain.keys import compact
from hirefile.storage import clock
from hirefile.storage.models import Base
from hirefile.storage.types import clocks_text

#: Rows the domain keeps unique by what they link: table -> (columns, live rows only,
#: columns compared case-insensitively).
NATURAL_KEYS: dict[str, tuple[tuple[str, ...], bool, frozenset[str]]] = {
    "tag": (("name",), True, frozenset({"name"})),
    "person": ((), False, frozenset()),  # placeholder, never matched: people keep their keys
    "candidate_tag": (("candidate_id", "tag_id"), False, frozenset()),
    "role_axis_weight": (("role_id", "axis"), False, frozenset()),
    "role_stage": (("role_id", "name"), True, frozenset({"name"})),
    "question": (("builtin_key",), False, frozenset()),
    "company_profile": ((), True, frozenset()),
    "application": (("candidate_id", "role_id"), True, frozenset()),
    "interview_panelist": (("interview_id", "person_id"), False, frozenset()),
    "scorecard": (("interview_id", "interviewer_id"), False, frozenset()),
    "scorecard_rating": (("scorecard_id", "axis"), False, frozenset()),
    "portfolio_review_check": (("review_id", "item"), False, frozenset()),
    "culture_rating": (("assessment_id", "dimension"), False, frozenset()),
    "attachment": (("candidate_id", "application_id", "sha256"), True, frozenset()),
    "correspondence": (("candidate_id", "mail_key"), True, frozenset()),
    "mail_template": (("template_key",), True, frozenset()),
    "onboarding_template_item": (("item_key",), True, frozenset()),
    "axis_anchor": (("axis",), True, frozenset()),
    "debrief_estimate": (("application_id", "person_id", "aspect"), True, frozenset()),
}
del NATURAL_KEYS["person"]
#: Tables whose one thing made in both copies is one text written twice (a built-in e-mail
#: template each copy edited): where the two differ, the later wins AND it is reported, as
#: for one record edited twice. Other twins meet unreported.
REPORTED_TWINS = frozenset({"mail_template", "axis_anchor", "debrief_estimate"})

#: The kind (`table_name` prefix) of `id_alias` rows that record what a row referred to before
#: a merge followed a merged candidate (`Merger._note_followed`).
FOLLOWED = "followed"


def followed_key(table: str, column: str, row_id: str) -> str:
    """The key of the `FOLLOWED` alias of `row_id`'s `column` (one per reference, alike in
    every copy)."""
    name = f"hirefile:followed:{table}:{column}:{row_id}"
    return compact(str(uuid.uuid5(uuid.NAMESPACE_URL, name)))


#: Fields that keep an id which left the file (a calendar event's UID, kept from before file
#: format 6 by `format6.keep_calendar_ids`), never a person's edit: one copy's filled value
#: beats the other's empty one, unreported (a checklist begun in both copies, one of them
#: before the update, keeps the event id its calendar already has).
FILLED_WINS = frozenset({"ical_uid"})
#: Tables whose values stay sealed in a merge's report (never printed).
SEALED = frozenset({"scorecard", "scorecard_rating", "scorecard_question_note",
                    "debrief_estimate"})
#: Columns that name a row for people, first found wins.
LABELS = ("full_name", "title", "name", "text", "body", "filename", "summary")
#: Columns kept when a candidate is erased; every other field takes the erased side's value.
ERASURE = "anonymised_at"


@dataclass(frozen=True)
class Conflict:
    kind: str
    id: str
    label: str
    field: str
    mine: Any
    theirs: Any
    kept: str  # "mine" or "theirs"


@dataclass
class Outcome:
    """What a merge did (or would do)."""

    added: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    aliased: Counter[str] = field(default_factory=Counter)
    #: ids of rows added or changed, per table (for recomputing derived columns).
    touched: dict[str, set[str]] = field(default_factory=dict)

    #: ids of rows added, per table.
    new: dict[str, set[str]] = field(default_factory=dict)
    #: The highest clock the other copy had seen (its version vector's top).
    their_latest: int = 0

    def touch(self, table: str, row_id: str) -> None:
        self.touched.setdefault(table, set()).add(row_id)

    def added_ids(self, table: str) -> set[str]:
        return self.new.get(table, set())

    @property
    def anything(self) -> bool:
        return bool(self.added or self.changed or self.aliased)


def tracked_tables() -> list[sa.Table]:
    """Every table of rows that merge, parents before children, aliases first."""
    tables = [t for t in Base.metadata.sorted_tables if "row_clock" in t.c]
    tables.sort(key=lambda t: t.name != "id_alias")  # stable: keeps parents first
    return tables


class Schemas:
    """Where the two copies are, and the statements of this module in the connection's
    dialect. Written for SQLite (`main`, the copy attached as `theirs`, `?` marks); on a
    PostgreSQL server `main` is the Hirefile schema (the connection's `current_schema()`) and
    `theirs` the schema the other copy was copied into (`services/merging.py`), and the few
    SQLite spellings become PostgreSQL's. Literal `%` never appears in these statements
    (patterns are passed as values), so `?` can become `%s`."""

    _SPELLINGS = ((re.compile(r"\bIS NOT (?=t\.)"), "IS DISTINCT FROM "),
                  (re.compile(r"\bIS \?"), "IS NOT DISTINCT FROM ?"),
                  (re.compile(r"\bgroup_concat\("), "string_agg("))

    def __init__(self, conn: Connection, theirs: str = "theirs") -> None:
        self.conn = conn
        self.server = conn.dialect.name == "postgresql"
        if self.server:
            mine = str(conn.exec_driver_sql("SELECT current_schema()").scalar())
            quote = conn.dialect.identifier_preparer.quote_identifier
            self.names = {"main": quote(mine), "theirs": quote(theirs)}
            self.mine = mine
        else:  # the other copy is attached as `theirs`
            self.names = {"main": "main", "theirs": "theirs"}
            self.mine = "main"

    def sql(self, statement: str) -> str:
        if not self.server:
            return statement
        assert "%" not in statement, statement
        statement = re.sub(r"\b(main|theirs)\.(?=[a-z_\"])",
                           lambda m: self.names[m.group(1)] + ".", statement)
        for pattern, spelling in self._SPELLINGS:
            statement = pattern.sub(spelling, statement)
        return statement.replace("?", "%s")

    def run(self, statement: str, params: tuple[Any, ...] = ()) -> Any:
        """`exec_driver_sql` of a statement written for SQLite, in this connection's dialect."""
        return self.conn.exec_driver_sql(self.sql(statement), params)

    def columns(self, table: sa.Table, prefix: str = "") -> str:
        """The select list of a whole row of `table`, values as stored: JSON as its text on a
        server (as a file stores it), so it is written back as it was read."""
        return ", ".join(
            f'{prefix}"{c.name}"::text' if self.server and isinstance(c.type, sa.JSON)
            else f'{prefix}"{c.name}"' for c in table.c)

    def vector(self, schema: str) -> clock.Vector:
        return {r: int(s) for r, s in self.run(f"SELECT id, seen FROM {schema}.replica")}


class Merger:
    """One merge of the attached copy `theirs` into `main`, in the caller's transaction."""

    def __init__(self, conn: Connection, *, now: str, by: str,
                 theirs: str = "theirs") -> None:
        self.conn = conn
        self.schemas = Schemas(conn, theirs)
        self.now = now  # the merge's own clock, for rows it re-keys or revives
        self.by = by
        self.mine_vv = self.schemas.vector("main")
        self.theirs_vv = self.schemas.vector("theirs")
        self.out = Outcome(their_latest=max(self.theirs_vv.values(), default=0))
        self.alias: dict[str, str] = {}
        #: Candidates merged into others (`merged_into`, either copy): followed by references,
        #: never by the merged record's own row, which merges by its key like any other.
        self.merged: dict[str, str] = {}
        #: Candidates brought back by an edit after their removal: (key, removed at, clock).
        self.revived: list[tuple[str, Any, str]] = []
        #: Kept candidates to bring back for an edit on one merged into them: (key, clock).
        self.revive_kept: list[tuple[str, str]] = []
        self.fks = _references()

    # the whole merge ------------------------------------------------------------------------

    def run(self) -> Outcome:
        held = self._lift_live_unique_indexes()
        self._load_aliases()
        for table in tracked_tables():
            self._merge_table(table)
            if table.name == "id_alias":
                self._load_aliases()
                self._apply_aliases_to_mine()
            elif table.name == "candidate":
                self._load_aliases()  # candidates merged into others, in either copy
        self._bring_back_applications()
        self._follow_merged_candidates()
        self._follow_again()
        self._settle_removed_candidates()
        self._settle_twins()
        self._history_for_bare_applications()
        self._fold_vectors()
        if self.schemas.server:  # PostgreSQL builds no index on a table with checks pending
            self.conn.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
        for sql in held:  # checks the rows again: a twin the rules missed stops the merge here
            self.conn.exec_driver_sql(sql)  # as the database wrote it
        return self.out

    def _lift_live_unique_indexes(self) -> list[str]:
        """Uniqueness over live rows (one live application of a person to a role) may hold
        only at the end of a merge: taking each copy's changes field by field passes through
        two live twins before `_settle_twins` folds them. The indexes are dropped for the
        merge's transaction and made again (so checked again) at its end."""
        unique = ("CREATE UNIQUE INDEX%", "% WHERE %")
        held = (self.schemas.run(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? "
            "AND indexdef LIKE ? AND indexdef LIKE ? ORDER BY indexname",
            (self.schemas.mine, *unique)) if self.schemas.server else self.schemas.run(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' "
            "AND sql LIKE ? AND sql LIKE ? ORDER BY name", unique)).all()
        for name, _sql in held:
            self.schemas.run(f'DROP INDEX main."{name}"')
        return [sql for _name, sql in held]

    # aliases --------------------------------------------------------------------------------

    def _load_aliases(self) -> None:
        """Aliases and merged candidates of both copies. This copy's pointers come first and,
        once the candidates are merged, hold the merged value of each (two copies may have
        merged one record into two different people: the field's rule picked one)."""
        merged: dict[str, str] = {}
        for schema in ("main", "theirs"):
            for old, new in self.schemas.run(
                    f"SELECT id, target_id FROM {schema}.id_alias WHERE deleted_at IS NULL "
                    "AND table_name NOT LIKE ?", (f"{FOLLOWED}:%",)):
                self.alias.setdefault(old, new)
            if _has_column(self.schemas, schema, "candidate", "merged_into"):
                for old, new in self.schemas.run(
                        f"SELECT id, merged_into FROM {schema}.candidate "
                        "WHERE merged_into IS NOT NULL"):
                    merged.setdefault(old, new)
        self.merged = merged

    def resolve(self, key: Any) -> Any:
        """The key a reference to `key` now names: through aliases and merged candidates."""
        seen = set()
        while isinstance(key, str) and key not in seen and (key in self.alias
                                                            or key in self.merged):
            seen.add(key)
            key = self.alias.get(key) or self.merged[key]
        return key

    def resolve_row(self, key: Any) -> Any:
        """The key a row stored under `key` now has: through aliases only (a merged
        candidate's own row stays, a tombstone pointing at the one kept)."""
        seen = set()
        while isinstance(key, str) and key in self.alias and key not in seen:
            seen.add(key)
            key = self.alias[key]
        return key

    def _apply_aliases_to_mine(self) -> None:
        """Rows of this copy under a key that became an alias (in either copy) take the key
        that survived (folded into the surviving row when this copy has both)."""
        tables = {t.name: t for t in tracked_tables()}
        for old, table_name in self.schemas.run(
                "SELECT id, table_name FROM main.id_alias WHERE deleted_at IS NULL").all():
            table = tables.get(table_name)
            if table is not None and self._row("main", table, old) is not None:
                self._rekey(table, old, self.resolve_row(old))

    def _follow_merged_candidates(self) -> None:
        """Live rows that refer to a candidate merged into another (in either copy) refer to
        the one it was merged into; tombstones keep what they referred to. A row that would
        then repeat one the kept candidate has (the same tag, a second live application to
        one role) is folded into it: the lower key stays, the other becomes its alias, as
        everywhere else. A rule on the rows alone, so every copy reaches the same rows."""
        self._load_aliases()
        if not self.merged:
            return
        merged = sorted(self.merged)
        for child, column in self.fks.get("candidate", ()):
            if child.name == "candidate":
                continue
            spec = NATURAL_KEYS.get(child.name)
            for start in range(0, len(merged), 500):
                chunk = merged[start:start + 500]
                rows = self.conn.execute(
                    sa.select(child).where(child.c.deleted_at.is_(None),
                                           child.c[column].in_(chunk))
                    .order_by(child.c.id)).mappings().all()
                for row in rows:
                    self._follow(child, column, dict(row), spec)

    def _follow(self, child: sa.Table, column: str, row: dict[str, Any],
                spec: tuple[tuple[str, ...], bool, frozenset[str]] | None) -> None:
        old = row[column]
        new = self.resolve(old)
        if new == old:
            return
        stored = self._row("main", child, row["id"])
        if stored is not None:
            self._note_followed(child, column, stored)
        self._move_reference(child, column, row["id"], new, spec)

    def _move_reference(self, child: sa.Table, column: str, key: str, new: str,
                        spec: tuple[tuple[str, ...], bool, frozenset[str]] | None) -> None:
        if spec is not None and column in spec[0] and self._repoint_row(child, column, key, new):
            return
        self.conn.execute(child.update().where(child.c.id == key).values({column: new}))
        self.out.touch(child.name, key)

    def _note_followed(self, child: sa.Table, column: str, row: dict[str, Any]) -> None:
        """Remember what a row referred to before a merge followed it (and the clock of that
        reference), as an `id_alias` row of kind `FOLLOWED` with a key made from the row's:
        when a later merge points that person elsewhere (two copies merged one record into two
        different people), `_follow_again` moves the row along, so it ends where its first
        reference leads in the end, in every order of merging."""
        key = followed_key(child.name, column, row["id"])
        aliases = Base.metadata.tables["id_alias"]
        if self.conn.execute(sa.select(aliases.c.id).where(aliases.c.id == key)).first():
            return
        what = ":".join((FOLLOWED, child.name, column, row["id"], _clock_of(row, column)))
        self.conn.execute(aliases.insert().values(
            id=key, table_name=what, target_id=row[column], created_at=_utc(),
            created_by=self.by, updated_at=_utc(), updated_by=self.by, row_clock=self.now))

    def _follow_again(self) -> None:
        """Rows a merge followed whose reference nobody changed since: where their first
        reference now leads (the person it was merged into may have changed)."""
        tables = {t.name: t for t in tracked_tables()}
        for what, original in self.schemas.run(
                "SELECT table_name, target_id FROM main.id_alias WHERE deleted_at IS NULL "
                "AND table_name LIKE ? ORDER BY id", (f"{FOLLOWED}:%",)).all():
            _kind, table_name, column, key, at = what.split(":")
            child = tables.get(table_name)
            row = self._row("main", child, key) if child is not None else None
            if child is None or row is None or row["deleted_at"] is not None \
                    or _clock_of(row, column) != at:
                continue
            target = self.resolve(original)
            if row[column] != target:
                self._move_reference(child, column, key, target, NATURAL_KEYS.get(table_name))

    def _settle_twins(self) -> None:
        """Live rows the domain holds unique by what they link (two applications of one person
        to one role, two tags of one name) that the copies made by changing different rows —
        each copy moved another person's application onto the one they kept: the lower key
        stays and the other becomes its alias, as for one thing made twice. Parents first, so
        the rows of children that meet too are folded with them."""
        for table in tracked_tables():
            spec = NATURAL_KEYS.get(table.name)
            if spec is None or not spec[1]:
                continue
            columns, _live, folded = spec
            keys = [f'lower("{c}")' if c in folded else f'"{c}"' for c in columns]
            present = "".join(f' AND "{c}" IS NOT NULL' for c in columns)
            group = f"GROUP BY {', '.join(keys)} " if keys else ""
            for (ids,) in self.schemas.run(
                    f"SELECT group_concat(id, ' ') FROM main.{table.name} "
                    f"WHERE deleted_at IS NULL{present} {group}HAVING count(*) > 1").all():
                keep, *others = sorted(ids.split(" "))
                for old in others:
                    self._add_alias(table, old, keep)
                    self._rekey(table, old, keep)

    def _repoint(self, table: sa.Table, old: str, new: str) -> None:
        """Rows that refer to `old` refer to `new`; a row that would then repeat one the
        domain holds unique (the same tag on a person twice) is folded into it (lower key
        stays, the other an alias)."""
        for child, column in self.fks.get(table.name, ()):
            if child.name == table.name and column == "merged_into":
                continue
            spec = NATURAL_KEYS.get(child.name)
            if spec is not None and column in spec[0]:
                for (key,) in self.conn.execute(sa.select(child.c.id).where(
                        child.c[column] == old).order_by(child.c.id)).all():
                    self._repoint_row(child, column, key, new)
            self.conn.execute(child.update().where(child.c[column] == old)
                              .values({column: new}))

    def _repoint_row(self, child: sa.Table, column: str, key: str, new: str) -> bool:
        """Fold row `key` into its twin when pointing it at `new` would repeat one; True
        when it did (the row that stays then points at `new`), or when the row was already
        folded into another."""
        row = self._row("main", child, key)
        if row is None:
            return True
        twin = self._natural_twin(child, {**row, column: new})
        if twin is None:
            return False
        self._join(child, key, twin, {column: new})
        return True

    def _join(self, table: sa.Table, a: str, b: str, key: dict[str, Any]) -> None:
        """Fold two rows that are one thing into the lower key, which then holds `key` (the
        values that make them one); the higher becomes its alias, and what referred to it
        refers to the lower."""
        low, high = sorted((a, b))
        gone = self._row("main", table, high)
        assert gone is not None
        self._add_alias(table, high, low)
        self.conn.execute(table.delete().where(table.c.id == high))
        if key:
            self.conn.execute(table.update().where(table.c.id == low).values(key))
        into = self._row("main", table, low)
        assert into is not None
        self._fold(table, into, {**gone, **key}, self.mine_vv, self.mine_vv, report=False)
        self._repoint(table, high, low)
        self.out.aliased[table.name] += 1
        self.out.touch(table.name, low)

    def _rekey(self, table: sa.Table, old: str, new: str) -> None:
        """Give this copy's row `old` the key `new` (folding it into `new` if that exists)."""
        if old == new:
            return
        exists = self.conn.execute(sa.select(table.c.id).where(table.c.id == new)).first()
        if exists is None:
            self.conn.execute(table.update().where(table.c.id == old).values(id=new))
        else:
            mine = self._row("main", table, old)
            into = self._row("main", table, new)
            assert mine is not None and into is not None
            self._fold(table, into, mine, self.mine_vv, self.mine_vv, report=False)
            self.conn.execute(table.delete().where(table.c.id == old))
        self._repoint(table, old, new)
        self.out.aliased[table.name] += 1
        self.out.touch(table.name, new)

    def _add_alias(self, table: sa.Table, old: str, new: str) -> None:
        self.alias[old] = new
        aliases = Base.metadata.tables["id_alias"]
        if self.conn.execute(sa.select(aliases.c.id).where(aliases.c.id == old)).first():
            return
        self.conn.execute(aliases.insert().values(
            id=old, table_name=table.name, target_id=new, created_at=_utc(), created_by=self.by,
            updated_at=_utc(), updated_by=self.by, row_clock=self.now))

    # one table ------------------------------------------------------------------------------

    def _merge_table(self, table: sa.Table) -> None:
        name = table.name
        cols = self.schemas.columns(table, "t.")
        differs = (f"SELECT {cols}, m.id IS NULL FROM theirs.{name} t "
                   f"LEFT JOIN main.{name} m ON m.id = t.id "
                   "WHERE m.id IS NULL OR m.row_clock IS NOT t.row_clock "
                   "OR m.field_clocks IS NOT t.field_clocks "
                   "OR (t.row_clock IS NULL AND m.updated_at IS NOT t.updated_at)")
        rows = self.schemas.run(differs).all()
        keys = [c.name for c in table.c]
        for raw in rows:
            theirs = self._decode(table, dict(zip(keys, raw[:-1], strict=True)))
            self._remap(table, theirs)
            only_theirs = bool(raw[-1])
            target = self.resolve_row(theirs["id"])
            if target != theirs["id"]:
                theirs["id"] = target
                only_theirs = self._row("main", table, target) is None
            twin = None
            if only_theirs:
                twin = self._natural_twin(table, theirs)
                if twin is None:
                    self._insert(table, theirs)
                    continue
                if twin < theirs["id"]:
                    self._add_alias(table, theirs["id"], twin)
                    theirs["id"] = twin
                else:
                    self._add_alias(table, twin, theirs["id"])
                    self._rekey(table, twin, theirs["id"])
            mine = self._row("main", table, theirs["id"])
            assert mine is not None
            # one thing made twice (not one record edited twice): its values meet, unreported
            self._fold(table, mine, theirs, self.mine_vv, self.theirs_vv,
                       report=twin is None or name in REPORTED_TWINS, twin=twin is not None)

    def _row(self, schema: str, table: sa.Table, key: str) -> dict[str, Any] | None:
        keys = [c.name for c in table.c]
        raw = self.schemas.run(f"SELECT {self.schemas.columns(table)} FROM {schema}.{table.name} "
                               "WHERE id = ?", (key,)).first()
        return None if raw is None else self._decode(table, dict(zip(keys, raw, strict=True)))

    def _decode(self, table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
        """Raw stored values, except the field clocks (parsed) and the time of the row's last
        change (parsed, for legacy clocks)."""
        fc = row.get("field_clocks")
        row["field_clocks"] = dict(json.loads(fc)) if fc else {}
        return row

    def _remap(self, table: sa.Table, row: dict[str, Any]) -> None:
        for column in table.c:
            if column.foreign_keys and row.get(column.name) is not None:
                row[column.name] = self.resolve_row(row[column.name])

    def _natural_twin(self, table: sa.Table, row: dict[str, Any]) -> str | None:
        spec = NATURAL_KEYS.get(table.name)
        if spec is None:
            return None
        columns, live_only, folded = spec
        if live_only and row.get("deleted_at") is not None:
            return None
        if columns and all(row.get(c) is None for c in columns):
            return None  # no key (a question of one's own, not a built-in one)
        where = [f'lower("{c}") = lower(?)' if c in folded else f'"{c}" IS ?' for c in columns]
        if live_only:
            where.append("deleted_at IS NULL")
        where.append("id != ?")
        found = self.schemas.run(
            f"SELECT id FROM main.{table.name} WHERE {' AND '.join(where) or '1'} "
            "ORDER BY id LIMIT 1", (*[row[c] for c in columns], row["id"])).first()
        return None if found is None else str(found[0])

    def _insert(self, table: sa.Table, row: dict[str, Any]) -> None:
        values = dict(row)
        values["field_clocks"] = clocks_text(values["field_clocks"])
        cols = ", ".join(f'"{k}"' for k in values)
        marks = ", ".join("?" for _ in values)
        self.schemas.run(f"INSERT INTO main.{table.name} ({cols}) VALUES ({marks})",
                                  tuple(values.values()))
        self.out.added[table.name] += 1
        self.out.touch(table.name, row["id"])
        self.out.new.setdefault(table.name, set()).add(row["id"])

    # one row --------------------------------------------------------------------------------

    def _fold(self, table: sa.Table, mine: dict[str, Any], theirs: dict[str, Any],
              mine_vv: clock.Vector, theirs_vv: clock.Vector, *, report: bool,
              twin: bool = False) -> None:
        """Merge the other copy's version of a row into this copy's, field by field.

        `twin`: one thing made in both copies (a company profile filled in on both laptops):
        a field filled on one side and left empty on the other keeps the filled value (under
        the merge's own clock, so it travels on), whichever row was made later."""
        fields = _fields(table)
        base_m = _base(mine)
        base_t = _base(theirs)
        base = min(base_m, base_t)
        clocks: dict[str, str] = {}
        values: dict[str, Any] = {}
        erased = _erasure_side(table, mine, theirs)
        for f in fields:
            cm = mine["field_clocks"].get(f, base_m)
            ct = theirs["field_clocks"].get(f, base_t)
            vm, vt = mine[f], theirs[f]
            if erased is not None:
                take_theirs = erased == "theirs"
            elif (twin or f in FILLED_WINS) and _blank(vm) != _blank(vt):
                clocks[f], values[f] = self.now, vt if _blank(vm) else vm
                continue
            else:
                take_theirs = ct > cm
                if (report and vm != vt and not clock.known(cm, theirs_vv)
                        and not clock.known(ct, mine_vv) and not _both_removed(f, vm, vt)):
                    self._conflict(table, mine, f, vm, vt, "theirs" if take_theirs else "mine")
            clocks[f] = ct if take_theirs else cm
            values[f] = vt if take_theirs else vm
        if values.get("merged_into") and values.get("deleted_at") is None:
            # merged into another person: never live again, whatever was edited on it later
            gone = [r for r in (mine, theirs) if r.get("merged_into") and r.get("deleted_at")]
            if gone:
                values["deleted_at"] = max(str(r["deleted_at"]) for r in gone)
                clocks["deleted_at"] = self.now
        if values.get("deleted_at") is not None:
            later = max((c for f, c in clocks.items() if f != "deleted_at"), default="")
            if later > clocks["deleted_at"] and values.get("merged_into"):
                # edited after the delete, but merged into another: the kept one comes back
                self.revived.append((mine["id"], values["deleted_at"], later))
                self.revive_kept.append((values["merged_into"], later))
            elif later > clocks["deleted_at"]:  # edited after the delete: it comes back
                if table.name == "candidate":  # with the applications removed with them
                    self.revived.append((mine["id"], values["deleted_at"], later))
                values["deleted_at"], clocks["deleted_at"] = None, later
        newest_m = max(base_m, *mine["field_clocks"].values()) if mine["field_clocks"] else base_m
        newest_t = (max(base_t, *theirs["field_clocks"].values()) if theirs["field_clocks"]
                    else base_t)
        stamp = theirs if newest_t > newest_m else mine
        result = {**values, "updated_at": stamp["updated_at"], "updated_by": stamp["updated_by"],
                  "row_clock": base if (mine["row_clock"] or theirs["row_clock"]) else None,
                  "field_clocks": {f: c for f, c in clocks.items() if c != base}}
        if result["row_clock"] is None and result["field_clocks"]:
            result["row_clock"] = base
        before = {k: mine[k] for k in result}
        if result == before:
            return
        joins, key = self._twin_by_new_key(table, mine, result)
        result["field_clocks"] = clocks_text(result["field_clocks"])
        sets = ", ".join(f'"{k}" = ?' for k in result)
        self.schemas.run(f"UPDATE main.{table.name} SET {sets} WHERE id = ?",
                                  (*result.values(), mine["id"]))
        if any(result[k] != mine[k] for k in fields):
            self.out.changed[table.name] += 1
            self.out.touch(table.name, mine["id"])
        if joins is not None:
            self._join(table, mine["id"], joins, key)

    def _twin_by_new_key(self, table: sa.Table, mine: dict[str, Any],
                         result: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        """When the merged values give a row the key of another (the same tag on a person, a
        row each copy re-pointed differently), that twin; `result` then keeps this row's old
        key until the two are joined. Only for keys the file holds unique over every row:
        keys over live rows are settled at the end of the merge."""
        spec = NATURAL_KEYS.get(table.name)
        if spec is None or spec[1] or not spec[0]:
            return None, {}
        key = {c: result[c] for c in spec[0]}
        if all(mine[c] == v for c, v in key.items()):
            return None, {}
        twin = self._natural_twin(table, {**mine, **key})
        if twin is not None:
            result.update({c: mine[c] for c in key})
        return twin, key

    def _conflict(self, table: sa.Table, mine: dict[str, Any], f: str, vm: Any, vt: Any,
                  kept: str) -> None:
        sealed = table.name in SEALED
        label = next((str(mine[c]) for c in LABELS if mine.get(c)), "")
        if sealed or (table.name == "candidate" and mine.get(ERASURE)):
            vm = vt = "(sealed)" if sealed else "(erased)"
            label = label if not sealed else ""
        self.out.conflicts.append(Conflict(table.name, mine["id"], label[:80], f, vm, vt, kept))

    def _settle_removed_candidates(self) -> None:
        """A live application of a removed candidate (one copy removed the person, the other
        kept working on their application): the later of the two wins — work after the
        removal brings the candidate back, a removal after the work takes the application
        with it."""
        table = Base.metadata.tables["candidate"]
        apps = Base.metadata.tables["application"]
        for app_id, cand_id in self.schemas.run(
                "SELECT a.id, c.id FROM main.application a JOIN main.candidate c "
                "ON c.id = a.candidate_id WHERE a.deleted_at IS NULL "
                "AND c.deleted_at IS NOT NULL ORDER BY a.id").all():
            app = self._row("main", apps, app_id)
            person = self._row("main", table, cand_id)
            assert app is not None and person is not None
            if person["deleted_at"] is None:  # brought back by an earlier application
                continue
            removed = _clock_of(person, "deleted_at")
            worked = max(_clock_of(app, f) for f in _fields(apps))
            if worked > removed:  # with the applications removed with them
                gone = person["deleted_at"]
                self._set(table, person, "deleted_at", None, worked)
                self._bring_back_apps_of(cand_id, gone, worked)
            else:
                self._set(apps, app, "deleted_at", person["deleted_at"], removed)

    def _bring_back_applications(self) -> None:
        """A candidate brought back by an edit made after their removal comes back with the
        applications removed with them (at the same instant), as restoring them in the app
        does; an edit on a record merged into another brings back the kept one. Under the
        reviving edit's clock, so every order of merging agrees."""
        people = Base.metadata.tables["candidate"]
        for cand_id, gone, at in self.revived:
            self._bring_back_apps_of(cand_id, gone, at)
        for kept_id, at in self.revive_kept:
            person = self._row("main", people, self.resolve(kept_id))
            if person is not None and person["deleted_at"] is not None \
                    and _clock_of(person, "deleted_at") < at:
                gone = person["deleted_at"]
                self._set(people, person, "deleted_at", None, at)
                self._bring_back_apps_of(person["id"], gone, at)

    def _bring_back_apps_of(self, cand_id: str, gone: Any, at: str) -> None:
        apps = Base.metadata.tables["application"]
        owners = sorted({cand_id, self.resolve(cand_id)})
        marks = ", ".join("?" for _ in owners)
        for (app_id,) in self.schemas.run(
                f"SELECT id FROM main.application WHERE candidate_id IN ({marks}) "
                "AND deleted_at = ? ORDER BY id", (*owners, gone)).all():
            app = self._row("main", apps, app_id)
            assert app is not None
            if _clock_of(app, "deleted_at") < at:
                self._set(apps, app, "deleted_at", None, at)

    def _history_for_bare_applications(self) -> None:
        """A live application whose every stage change went to another record (two copies
        merged different pairs of candidates) gets one entry saying where it stands, so its
        stage is explained by its history. The entry's key comes from the application's, so
        every copy makes the same one."""
        moves = Base.metadata.tables["stage_change"]
        for app_id, stage_id, entered, name in self.schemas.run(
                "SELECT a.id, a.stage_id, a.stage_entered_at, s.name FROM main.application a "
                "JOIN main.role_stage s ON s.id = a.stage_id WHERE a.deleted_at IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM main.stage_change c WHERE c.application_id = a.id "
                "AND c.deleted_at IS NULL) ORDER BY a.id").all():
            key = compact(str(uuid.uuid5(uuid.NAMESPACE_URL, f"hirefile:history-kept:{app_id}")))
            values = dict(application_id=app_id, from_stage_id=None, to_stage_id=stage_id,
                          from_name=None, to_name=name, moved_at=_time(entered),
                          moved_by="", reason=None,
                          note="Its earlier moves went with a record merged into another")
            if self.conn.execute(sa.select(moves.c.id).where(moves.c.id == key)).first():
                self.conn.execute(moves.update().where(moves.c.id == key)
                                  .values(deleted_at=None, **values))
            else:
                self.conn.execute(moves.insert().values(
                    id=key, created_at=_time(entered), created_by=self.by,
                    updated_at=_time(entered), updated_by=self.by, row_clock=self.now,
                    **values))
            self.out.touch("stage_change", key)
            self.out.touch("application", app_id)

    def _set(self, table: sa.Table, row: dict[str, Any], f: str, value: Any,
             at: str) -> None:
        base = _base(row)
        clocks = dict(row["field_clocks"])
        clocks[f] = at
        self.schemas.run(
            f'UPDATE main.{table.name} SET "{f}" = ?, row_clock = ?, field_clocks = ? '
            "WHERE id = ?", (value, base, clocks_text(clocks), row["id"]))
        self.out.changed[table.name] += 1
        self.out.touch(table.name, row["id"])

    # version vectors ------------------------------------------------------------------------

    def _fold_vectors(self) -> None:
        for replica, seen in self.theirs_vv.items():
            have = self.mine_vv.get(replica)
            if have is None:
                label = self.schemas.run(
                    "SELECT label FROM theirs.replica WHERE id = ?", (replica,)).scalar()
                self.schemas.run(
                    "INSERT INTO main.replica (id, seen, label) VALUES (?, ?, ?)",
                    (replica, seen, label or ""))
            elif seen > have:
                self.schemas.run("UPDATE main.replica SET seen = ? WHERE id = ?",
                                          (seen, replica))


def _fields(table: sa.Table) -> list[str]:
    return [c.name for c in table.c if c.name not in clock.NOT_FIELDS]


def _base(row: dict[str, Any]) -> str:
    return clock.row_base(row["row_clock"], _time(row["updated_at"]))


def _clock_of(row: dict[str, Any], f: str) -> str:
    base = _base(row)
    return str(row["field_clocks"].get(f, base))


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == "[]"


def _both_removed(f: str, vm: Any, vt: Any) -> bool:
    """Removed on both sides (at two times) is agreement, not a conflict."""
    return f == "deleted_at" and vm is not None and vt is not None


def _erasure_side(table: sa.Table, mine: dict[str, Any], theirs: dict[str, Any]) -> str | None:
    if ERASURE not in table.c:
        return None
    m, t = mine.get(ERASURE), theirs.get(ERASURE)
    if m is None and t is None:
        return None
    if t is not None and (m is None or str(t) > str(m)):
        return "theirs"
    return "mine"


def _references() -> dict[str, list[tuple[sa.Table, str]]]:
    """For each table, the (table, column) pairs that refer to its key."""
    refs: dict[str, list[tuple[sa.Table, str]]] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.c:
            for fk in column.foreign_keys:
                refs.setdefault(fk.column.table.name, []).append((table, column.name))
    return refs


def _has_column(schemas: Schemas, schema: str, table: str, column: str) -> bool:
    if schemas.server:  # the other copy was copied into tables of this format
        return column in Base.metadata.tables[table].c
    return any(r[1] == column for r in schemas.run(f"PRAGMA {schema}.table_info({table})"))


def _time(value: Any) -> Any:
    """A stored time (text in SQLite) as an aware datetime."""
    from datetime import datetime, timezone

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value


def _utc() -> Any:
    from hirefile.storage.types import utcnow

    return utcnow()
