"""The counts `hirefile info` shows are kept by the file (storage/glance.py): true after every
kind of change — added, removed, restored, erased, merged from a cofounder's copy, written by
another SQLite tool — and counted again whenever the file no longer keeps them."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

from hirefile.domain.candidates import CandidateDraft
from hirefile.services import candidates
from hirefile.services.demo import load_demo
from hirefile.services.erasure import erase_candidate
from hirefile.services.files import create_file
from hirefile.services.info import file_info
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage import glance, migrations
from hirefile.storage.database import Database
from hirefile.storage.models import Person


def counted(path: Path) -> dict[str, int]:
    """Every count as `count(*)` gives it, with plain SQLite."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        row = conn.execute(glance.COUNTS_SQL).fetchone()
    return {name: n for (name, _table), n in zip(glance.COUNTED, row, strict=True)}


def keeps(path: Path) -> bool:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return glance.keeps_counts(conn)


def shown(path: Path) -> dict[str, int]:
    counts: dict[str, int] = glance.read_info(path)["counts"]  # type: ignore[assignment]
    return counts


def test_counts_stay_true_through_adding_removing_restoring_erasing_and_merging(
        tmp_path: Path) -> None:
    lena = Identity(str(uuid.uuid4()), "Lena Hoffmann")
    daniel = Identity(str(uuid.uuid4()), "Daniel Okafor")
    mine = create_file(tmp_path / "Hiring.hirefile", lena)
    path = mine.path
    assert keeps(path)  # a new file keeps them from the start
    load_demo(mine, candidates=25, seed=4)  # bulk inserts
    with mine.session() as s:
        s.add(Person(id=daniel.person_id, name=daniel.name))
        ada = candidates.create_candidate(s, CandidateDraft(full_name="Ada Obi")).id
        zed = candidates.create_candidate(s, CandidateDraft(full_name="Zed Ito")).id
    assert shown(path) == counted(path) and shown(path)["candidates"] == 27
    assert file_info(mine).counts == counted(path)  # the About box reads them too
    with mine.session() as s:
        candidates.remove_candidate(s, ada)
    assert shown(path) == counted(path) and shown(path)["candidates"] == 26
    with mine.session() as s:
        candidates.restore_candidate(s, ada)
    assert shown(path)["candidates"] == 27

    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(path, theirs)
    with Database.open(theirs, daniel) as other, other.session() as s:
        for name in ("Bo Chen", "Chidi Eze"):
            candidates.create_candidate(s, CandidateDraft(full_name=name))
    erase_candidate(mine, zed)  # rows deleted for good
    assert shown(path) == counted(path)
    mine.close()
    with sqlite3.connect(path) as conn:  # another SQLite tool removes an application
        conn.execute("UPDATE application SET deleted_at = '2026-01-01T00:00:00' "
                     "WHERE id = (SELECT min(id) FROM application WHERE deleted_at IS NULL)")
    before = shown(path)
    assert before == counted(path)
    mine = Database.open(path, lena)
    try:
        merge_file(mine, theirs)
        merged = shown(path)
        assert merged == counted(path) and merged["candidates"] == before["candidates"] + 2
    finally:
        mine.close()
    assert keeps(path)


def test_a_file_that_no_longer_keeps_them_is_counted_and_keeps_them_once_written(
        tmp_path: Path) -> None:
    """An earlier Hirefile's file, or a table rebuilt by a migration (its triggers dropped):
    `info` counts, writes nothing, and the next open for writing counts once and keeps them."""
    db = create_file(tmp_path / "Hiring.hirefile", Identity(str(uuid.uuid4()), "Lena Hoffmann"))
    path = db.path
    with db.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Ada Obi"))
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"DROP TRIGGER {glance.KEPT}_candidate_au")
        conn.execute("UPDATE candidate SET deleted_at = '2026-01-01T00:00:00'")
    before = path.read_bytes()
    assert not keeps(path)
    assert shown(path) == counted(path) and shown(path)["candidates"] == 0
    assert path.read_bytes() == before  # `info` only reads
    Database.open(path, Identity(str(uuid.uuid4()), "Daniel Okafor")).close()
    assert keeps(path) and shown(path) == counted(path) and shown(path)["candidates"] == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE candidate SET deleted_at = NULL")
    assert shown(path)["candidates"] == 1


def test_check_names_each_wrong_kept_count_and_upgrade_counts_them_again(
        tmp_path: Path, capsys) -> None:
    """A count altered behind the triggers' back (another SQLite tool): `hirefile check` says
    which, what it should be and how to mend it (exit 1), writing stays allowed, and
    `hirefile upgrade` counts them again."""
    from test_cli import run

    db = create_file(tmp_path / "Hiring.hirefile", Identity(str(uuid.uuid4()), "Lena Hoffmann"))
    path = db.path
    load_demo(db, candidates=12, seed=2)
    db.close()
    true = counted(path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"UPDATE {glance.KEPT} SET n = n + 5 WHERE tbl = 'candidate'")
        conn.execute(f"UPDATE {glance.KEPT} SET n = 0 WHERE tbl = 'offer'")
    assert shown(path)["candidates"] == true["candidates"] + 5  # what `info` shows now
    code, out, err = run(capsys, "check", path)
    assert code == 1 and err == f"{path}: 2 problem(s)\n"
    problems = [line for line in out.splitlines() if line.startswith("PROBLEM")]
    assert problems == [
        f"PROBLEM  the file keeps {true['candidates'] + 5} as its count of candidates but "
        f"holds {true['candidates']}: `hirefile upgrade {path}` counts them again",
        f"PROBLEM  the file keeps 0 as its count of offers but holds {true['offers']}: "
        f"`hirefile upgrade {path}` counts them again"]
    assert true["offers"] > 0
    # a wrong count is no damage to what the file holds: writing is not refused
    with sqlite3.connect(path) as conn:
        (someone,) = conn.execute("SELECT id FROM candidate WHERE deleted_at IS NULL").fetchone()
    code, _, err = run(capsys, "note", path, "--candidate", someone, "Called back")
    assert code == 0, err
    code, out, err = run(capsys, "upgrade", path)
    assert code == 0, err
    assert out.splitlines() == [
        f"{path} is in file format {migrations.SCHEMA_VERSION}, this Hirefile's",
        f"counted again: candidates {true['candidates']} (it kept {true['candidates'] + 5})",
        f"counted again: offers {true['offers']} (it kept 0)"]
    assert shown(path) == counted(path) and keeps(path)  # (the note's writer is a new person)
    assert {k: shown(path)[k] for k in ("candidates", "offers")} == \
        {k: true[k] for k in ("candidates", "offers")}
    code, out, _ = run(capsys, "check", path)
    assert code == 0 and "PROBLEM" not in out
    assert "ok       the counts `hirefile info` shows agree with the tables" in out
    code, out, _ = run(capsys, "upgrade", path)
    assert code == 0 and out.splitlines()[1:] == ["the counts it keeps agree with its tables"]
