"""Format 2 adds `candidate.merged_into`: a migrated file has it as a new file does, and the
merges format 1 recorded only in the activity log point their losing records at the winner."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from test_format2 import LENA, format1_file  # noqa: F401  (fixture)

from hirefile.domain.keys import compact
from hirefile.services import candidates
from hirefile.services.files import create_file
from hirefile.storage.check import check_file
from hirefile.storage.database import Database


def schema(path: Path) -> dict[str, tuple[list[str], list[tuple[str, str, str]], list[str]]]:
    """Each table's columns, its foreign keys as (column, table, column), and its indexes."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'candidate_fts%'")]
        return {t: (sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')),
                    sorted((r[3], r[2], r[4]) for r in conn.execute(
                        f'PRAGMA foreign_key_list("{t}")')),
                    sorted(r[1] for r in conn.execute(f'PRAGMA index_list("{t}")')))
                for t in tables}
    finally:
        conn.close()


def test_a_migrated_file_has_the_columns_of_a_new_one(format1_file: Path,  # noqa: F811
                                                      tmp_path: Path) -> None:
    create_file(tmp_path / "New.hirefile", LENA).close()
    Database.open(format1_file, LENA).close()
    new, migrated = schema(tmp_path / "New.hirefile"), schema(format1_file)
    assert ("merged_into", "candidate", "id") in new["candidate"][1]
    assert "ix_candidate_merged_into" in new["candidate"][2]
    assert {t: new[t] for t in ("candidate",)} == {t: migrated[t] for t in ("candidate",)}
    assert {t: v[0] for t, v in migrated.items() if t in new} == \
        {t: v[0] for t, v in new.items() if t in migrated}


def test_merges_of_format1_point_their_losers_at_the_winner(format1_file: Path,  # noqa: F811
                                                            ) -> None:
    conn = sqlite3.connect(format1_file)
    (keep, name), (lost, _), (live, _) = conn.execute(
        "SELECT id, full_name FROM candidate WHERE deleted_at IS NULL ORDER BY id LIMIT 3"
    ).fetchall()
    stamp = "2026-02-01 10:00:00.000000"
    conn.execute("UPDATE candidate SET deleted_at = ? WHERE id = ?", (stamp, lost))
    conn.execute("UPDATE application SET deleted_at = ? WHERE candidate_id = ?", (stamp, lost))
    for subject, merged in ((keep, lost), (keep, live)):  # a live "loser" is not one
        conn.execute(
            "INSERT INTO activity (id, at, actor, kind, subject_table, subject_id, candidate_id, "
            "summary, detail, created_at, created_by, updated_at, updated_by) VALUES "
            "(?, ?, 'Lena', 'merged', 'candidate', ?, ?, 'Merged', ?, ?, 'Lena', ?, 'Lena')",
            (str(uuid.uuid4()), stamp, subject, subject, json.dumps({"merged_id": merged}),
             stamp, stamp))
    conn.commit()
    conn.close()
    with Database.open(format1_file, LENA) as db, db.reader() as s:
        # the keys are format 6's now (`keys.compact`); the old ones still name the records
        keep, lost, live = (compact(k) for k in (keep, lost, live))
        assert candidates.current_id(s, lost) == keep
        assert candidates.current_id(s, live) == live
        assert candidates.candidate_draft(s, candidates.current_id(s, lost)).full_name == name
    conn = sqlite3.connect(format1_file)
    pointers = dict(conn.execute("SELECT id, merged_into FROM candidate WHERE id IN (?, ?, ?)",
                                 (keep, lost, live)).fetchall())
    conn.close()
    assert pointers == {keep: None, lost: keep, live: None}
    assert check_file(format1_file).ok
