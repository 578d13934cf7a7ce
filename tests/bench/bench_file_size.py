"""Benchmark: what a `.hirefile` spends its bytes on, per candidate, per table and per index.

    .venv/bin/python tests/bench/bench_file_size.py [FILE] [--candidates 50000] [--top 25]
                               [--before OLD] [--migrate OUT]
                               [--cut-indexes OUT] [--what-if-search] [--what-if-keys]

FILE (default /tmp/hirefile-bench-50k.hirefile, the file bench_scale.py makes and keeps) is read
only, with SQLite's `dbstat` table: the pages of every b-tree (a table, an index, a search
index's shadow tables) as SQLite stores them, so the figures are what the disk holds. Printed:

- the file, and bytes per live candidate (the whole file, history included, over its candidates);
- each table with its own indexes and search tables beside it, largest first;
- the largest indexes, with their columns;
- what the row bytes are made of (text UUID keys, stored times, everything else);
- the cuts that need no new storage: indexes that only repeat the start of another index of
  the same table (SQLite reads the longer one for the same lookups), the per-table
  `updated_at` indexes, and the candidate search index's own copy of the text
  (`candidate_fts_content`; an external-content index would read it from `candidate`).

`--before OLD` reads OLD the same way (a file of an older format: a 50,000-candidate demo made
by format 4, or such a file before its migration) and prints FILE's figures beside it, part by
part: bytes per candidate, rows, keys, indexes, search, and the change.

`--migrate OUT` copies FILE to OUT and opens the copy for writing, as the app does: an older
file is backed up (verified), migrated and, from formats before 6, rewritten with `VACUUM`; it
prints how long the migration took (with and without the checks and backup every open makes)
and then reports on OUT beside FILE (format 6 beside the format-4 baseline: `--before OLD`
with the migrated or a new file).

`--cut-indexes OUT` writes a copy of FILE without those indexes (the `updated_at` ones but the
candidates', which the list sorted by "updated" reads), `VACUUM`ed, for `bench_scale.py OUT`
to show the lists stay at their floors without them.

`--what-if-search` builds the candidate search index again in a scratch file from its own rows,
as it is (`detail=full`) and with `detail=column` and `detail=none` (no positions: the search's
phrase queries would become LIKE over the index), and prints the size of each.

`--what-if-keys` also measures, on a throw-away copy of a file of format 5 or before, the
file with every UUID key stored as 16 bytes instead of 36 characters (indexes rebuilt,
`VACUUM`): the size of the cut that needs a new representation of keys, which no figure from
`dbstat` alone can say.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.request import pathname2url

MIB = 1024 * 1024
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: Columns that hold a person's key although they are not typed as one.
KEY_COLUMNS = {"created_by", "updated_by"}
#: What the row bytes of text keys are called (36-character UUIDs before format 5, 25-character
#: keys for rows made in format 5, 16 characters for every key since format 6, all as text).
KEYS = "keys (text)"


@dataclass(frozen=True)
class Index:
    name: str
    table: str
    columns: tuple[str, ...]
    unique: bool
    partial: bool
    size: int


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{pathname2url(str(path))}?mode=ro", uri=True)


def sizes(conn: sqlite3.Connection) -> dict[str, int]:
    """Bytes of pages per b-tree."""
    return dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))


def owner(conn: sqlite3.Connection) -> dict[str, str]:
    """The table each b-tree belongs to: an index to its table, a search table's shadow tables
    (`candidate_fts_data`, …) to the search table."""
    out = {name: table for name, table in conn.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")}
    fts = [n for n, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'")
           if sql and "VIRTUAL TABLE" in sql.upper()]
    for name in list(out):
        for f in fts:
            if name.startswith(f + "_"):
                out[name] = f
    return out


def indexes(conn: sqlite3.Connection, size: dict[str, int]) -> list[Index]:
    found = []
    for name, table, sql in conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'"):
        cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_xinfo('{name}')") if r[5] == 1)
        unique = bool(conn.execute(
            f"SELECT \"unique\" FROM pragma_index_list('{table}') WHERE name = ?",
            (name,)).fetchone()[0])
        found.append(Index(name, table, cols, unique, bool(sql and " WHERE " in sql.upper()),
                           size.get(name, 0)))
    return sorted(found, key=lambda i: -i.size)


def repeated_prefixes(found: list[Index]) -> list[tuple[Index, Index]]:
    """(index, the index whose start it repeats): a plain index whose columns begin another
    full (not partial) index of the same table answers nothing that one does not."""
    out = []
    for a in found:
        if a.unique or a.partial:
            continue
        for b in found:
            if (b is not a and b.table == a.table and not b.partial
                    and len(b.columns) > len(a.columns)
                    and b.columns[:len(a.columns)] == a.columns):
                out.append((a, b))
                break
    return out


def row_bytes(conn: sqlite3.Connection) -> Counter[str]:
    """Bytes of stored values by what they are: text keys, times, everything else."""
    kinds: Counter[str] = Counter()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'")]
    for t in tables:
        cols = [(r[1], r[2].upper()) for r in conn.execute(f"PRAGMA table_info('{t}')")]
        if not cols:
            continue
        exprs = ", ".join(f'coalesce(sum(length(CAST("{c}" AS BLOB))), 0)' for c, _ in cols)
        totals = conn.execute(f'SELECT {exprs} FROM "{t}"').fetchone()
        for (col, typ), n in zip(cols, totals, strict=True):
            if typ == "VARCHAR(36)" or col in KEY_COLUMNS:
                kinds[KEYS] += n
            elif typ == "DATETIME":
                kinds["times (26 characters)"] += n
            elif col in ("row_clock", "field_clocks"):
                kinds["merge clocks"] += n
            else:
                kinds["everything else"] += n
    return kinds


def live_candidates(conn: sqlite3.Connection) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM candidate WHERE deleted_at IS NULL").fetchone()[0])


def mib(n: float) -> str:
    return f"{n / MIB:8.1f} MiB"


@dataclass(frozen=True)
class Parts:
    """What one file spends its bytes on, for two files side by side."""

    path: Path
    version: int
    candidates: int
    total: int
    rows: int
    indexes: int
    index_count: int
    search: int
    keys: int
    key_length: float


def parts(path: Path) -> Parts:
    conn = connect(path)
    try:
        size = sizes(conn)
        belongs = owner(conn)
        found = indexes(conn, size)
        named = {i.name for i in found}
        rows = idx = search = 0
        for name, pages in size.items():
            if name in named:
                idx += pages
            elif belongs.get(name, name) != name:
                search += pages
            else:
                rows += pages
        keys = row_bytes(conn)[KEYS]
        length = conn.execute("SELECT avg(length(id)) FROM candidate").fetchone()[0] or 0
        return Parts(path, conn.execute("PRAGMA user_version").fetchone()[0],
                     max(live_candidates(conn), 1), path.stat().st_size, rows, idx, len(found),
                     search, keys, float(length))
    finally:
        conn.close()


def side_by_side(old: Parts, new: Parts) -> None:
    """Format `old` beside format `new`: each part per candidate, and the change."""
    print(f"\n{'':26} {'format ' + str(old.version):>16} {'format ' + str(new.version):>16}"
          f" {'change':>8}")
    print(f"{'file':26} {old.path.name[-16:]:>16} {new.path.name[-16:]:>16}")
    print(f"{'live candidates':26} {old.candidates:16,} {new.candidates:16,}")
    lines = [("whole file", old.total, new.total), ("rows", old.rows, new.rows),
             ("  of which keys", old.keys, new.keys),
             (f"indexes ({old.index_count} / {new.index_count})", old.indexes, new.indexes),
             ("search", old.search, new.search)]
    for what, a, b in lines:
        print(f"{what:26} {a / old.candidates:12,.0f} B/c {b / new.candidates:12,.0f} B/c "
              f"{(b / new.candidates) / max(a / old.candidates, 1) * 100 - 100:+7.1f}%")
    print(f"{'whole file':26} {mib(old.total):>16} {mib(new.total):>16}")
    print(f"{'candidate key length':26} {old.key_length:16.1f} {new.key_length:16.1f}")


def migrate_copy(path: Path, out: Path) -> None:
    """Copy `path` to `out` and open the copy for writing as the app does (checks, verified
    backup, migration, VACUUM), timing each part."""
    import uuid

    from hirefile.settings import Identity
    from hirefile.storage import migrations
    from hirefile.storage.database import Database

    shutil.copyfile(path, out)
    timed: dict[str, float] = {}
    migrate, backup = Database._migrate, migrations.backup_file

    def timed_migrate(db: Database, version: int) -> None:
        t = time.perf_counter()
        migrate(db, version)
        timed["migration and VACUUM"] = time.perf_counter() - t

    def timed_backup(*args: object, **kwargs: object) -> Path:
        t = time.perf_counter()
        made = backup(*args, **kwargs)  # type: ignore[arg-type]
        timed["verified backup"] = time.perf_counter() - t
        return made

    Database._migrate = timed_migrate  # type: ignore[method-assign]
    migrations.backup_file = timed_backup  # type: ignore[assignment]
    t0 = time.perf_counter()
    try:
        db = Database.open(out, Identity(str(uuid.uuid4()), "Bench"))
    finally:
        Database._migrate = migrate  # type: ignore[method-assign]
        migrations.backup_file = backup
    whole = time.perf_counter() - t0
    if db.backup_path is not None:
        db.backup_path.unlink()
    db.close()
    print(f"\n{out}: opened for writing in {whole:.1f} s: "
          + ", ".join(f"{k} {v:.1f} s" for k, v in timed.items())
          + f", the checks of every open {whole - sum(timed.values()):.1f} s")


def report(path: Path, top: int) -> None:
    conn = connect(path)
    try:
        size = sizes(conn)
        belongs = owner(conn)
        found = indexes(conn, size)
        n = max(live_candidates(conn), 1)
        total = path.stat().st_size
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0] * page
        print(f"{path}: {mib(total).strip()}, {n:,} live candidates, "
              f"{total / n:,.0f} bytes per candidate (free pages {mib(free).strip()})")
        kind = {i.name: "index" for i in found}
        by_table: dict[str, Counter[str]] = defaultdict(Counter)
        for name, pages in size.items():
            t = belongs.get(name, name)
            by_table[t][kind.get(name, "search" if t != name else "rows")] += pages
        tot = Counter[str]()
        for c in by_table.values():
            tot.update(c)
        print(f"\n{'':28} {'rows':>12} {'indexes':>12} {'search':>12} {'B/cand':>8}")
        print(f"{'whole file':28} {mib(tot['rows'])} {mib(tot['index'])} {mib(tot['search'])} "
              f"{total / n:8,.0f}")
        for t, c in sorted(by_table.items(), key=lambda kv: -sum(kv[1].values()))[:top]:
            print(f"{t:28} {mib(c['rows'])} {mib(c['index'])} {mib(c['search'])} "
                  f"{sum(c.values()) / n:8,.0f}")

        print(f"\nlargest indexes (of {len(found)}; autoindexes are keys and UNIQUE constraints)")
        for i in found[:top]:
            where = " live" if i.partial else ""
            print(f"  {mib(i.size)} {i.size / n:6,.0f} B/cand  {i.name} "
                  f"({', '.join(i.columns)}){where}")

        kinds = row_bytes(conn)
        print("\nstored values (rows only, before indexes)")
        for k, v in kinds.most_common():
            print(f"  {mib(v)} {v / n:6,.0f} B/cand  {k}")

        print("\ncuts that need no new storage")
        repeats = repeated_prefixes(found)
        cut = sum(a.size for a, _ in repeats)
        for a, b in repeats:
            print(f"  {mib(a.size)}  {a.name} repeats the start of {b.name}")
        print(f"  {mib(cut)} {cut / n:6,.0f} B/cand  in all")
        stamps = [i for i in found if i.columns == ("updated_at",)]
        s = sum(i.size for i in stamps)
        print(f"  {mib(s)} {s / n:6,.0f} B/cand  {len(stamps)} `updated_at` indexes")
        content = size.get("candidate_fts_content", 0)
        print(f"  {mib(content)} {content / n:6,.0f} B/cand  the candidate search index's copy "
              "of the record")
        together = cut + s + content
        print(f"  {mib(together)} {together / n:6,.0f} B/cand  together: "
              f"{together * 100 / total:.0f}% of the file")
    finally:
        conn.close()


def cut_indexes(path: Path, out: Path) -> None:
    """Write `out`: `path` without the indexes the report says cost bytes and answer nothing
    another index does not (kept: the candidates' `updated_at`, read by that list's sort)."""
    conn = connect(path)
    found = indexes(conn, sizes(conn))
    drop = [a.name for a, _ in repeated_prefixes(found)]
    drop += [i.name for i in found if i.columns == ("updated_at",) and i.table != "candidate"]
    dst = sqlite3.connect(out)
    conn.backup(dst)
    conn.close()
    t0 = time.perf_counter()
    for name in drop:
        dst.execute(f'DROP INDEX "{name}"')
    dst.commit()
    dst.execute("VACUUM")
    dst.close()
    before, after = path.stat().st_size, out.stat().st_size
    print(f"\n{out}: {len(drop)} indexes dropped, VACUUM in {time.perf_counter() - t0:.0f} s: "
          f"{mib(after).strip()}, {100 - after * 100 / before:.1f}% smaller")


def what_if_search(path: Path) -> None:
    """The candidate search index rebuilt from its own rows with each `detail` option."""
    cols = "name, contact, notes, tags, other"
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        scratch = sqlite3.connect(Path(tmp) / "search.db")
        scratch.execute(f"ATTACH 'file:{pathname2url(str(path))}?mode=ro' AS f")
        print("\nthe candidate search index (trigram) rebuilt with each detail option")
        for detail in ("full", "column", "none"):
            t = f"fts_{detail}"
            scratch.execute(f"CREATE VIRTUAL TABLE {t} USING fts5({cols}, tokenize='trigram', "
                            f"detail={detail})")
            scratch.execute(f"INSERT INTO {t}(rowid, {cols}) SELECT rowid, {cols} "
                            "FROM f.candidate_fts")
            scratch.commit()
            b = scratch.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?",
                                (t + "%",)).fetchone()[0]
            content = scratch.execute("SELECT sum(pgsize) FROM dbstat WHERE name = ?",
                                      (t + "_content",)).fetchone()[0]
            print(f"  detail={detail:7} {mib(b)}, of which its copy of the text {mib(content)}")
        scratch.close()


def what_if_keys(path: Path) -> None:
    """Measure the file with every UUID key as 16 bytes, on a copy (indexes rebuilt, VACUUM)."""
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        copy = Path(tmp) / "keys.hirefile"
        src = connect(path)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        t0 = time.perf_counter()
        dst.execute("PRAGMA foreign_keys = OFF")
        dst.create_function("k16", 1, lambda v: bytes.fromhex(v.replace("-", ""))
                            if isinstance(v, str) and UUID_RE.match(v) else v,
                            deterministic=True)
        saved = [r[0] for r in dst.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]
        triggers = [r[0] for r in dst.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
        names = [r[0] for r in dst.execute(
            "SELECT name FROM sqlite_master "
            "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL")]
        kinds = dict(dst.execute("SELECT name, type FROM sqlite_master"))
        for name in names:
            dst.execute(f'DROP {kinds[name].upper()} "{name}"')
        tables = [r[0] for r in dst.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'")]
        for t in tables:
            cols = [r[1] for r in dst.execute(f"PRAGMA table_info('{t}')")
                    if r[2].upper() == "VARCHAR(36)" or r[1] in KEY_COLUMNS]
            if cols:
                dst.execute(f'UPDATE "{t}" SET ' + ", ".join(f'"{c}" = k16("{c}")' for c in cols))
        for sql in saved + triggers:
            dst.execute(sql)
        dst.commit()
        dst.execute("VACUUM")
        dst.close()
        after = copy.stat().st_size
        conn = connect(copy)
        n = max(live_candidates(conn), 1)
        conn.close()
        before = path.stat().st_size
        print(f"\nwhat if every UUID key were 16 bytes (copy rewritten in "
              f"{time.perf_counter() - t0:.0f} s): {mib(after).strip()}, {after / n:,.0f} bytes "
              f"per candidate, {100 - after * 100 / before:.0f}% smaller")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--what-if-keys", action="store_true")
    p.add_argument("--cut-indexes", type=Path, metavar="OUT")
    p.add_argument("--what-if-search", action="store_true")
    p.add_argument("--before", type=Path, metavar="OLD")
    p.add_argument("--migrate", type=Path, metavar="OUT")
    args = p.parse_args()
    if not args.file.exists():
        print(f"making {args.file} with {args.candidates:,} demo candidates…", flush=True)
        subprocess.run([sys.executable, "-m", "hirefile", "--as", "Bench", "demo",
                        str(args.file), "--candidates", str(args.candidates)], check=True)
    if args.migrate:
        migrate_copy(args.file, args.migrate)
        report(args.migrate, args.top)
        side_by_side(parts(args.file), parts(args.migrate))
    else:
        report(args.file, args.top)
    if args.before:
        side_by_side(parts(args.before), parts(args.file))
    if args.cut_indexes:
        cut_indexes(args.file, args.cut_indexes)
    if args.what_if_search:
        what_if_search(args.file)
    if args.what_if_keys:
        what_if_keys(args.file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
