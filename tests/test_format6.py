"""File format 6: every key is 16 characters. A format-5 file Hirefile wrote
(`tests/data/format5-demo.hirefile.gz`, made by format 5's code: 30 demo candidates, two of
them merged into one, a revealed scorecard, a CV's text, a six-month retention rule, a merge
of a cofounder's copy; keys of 25 characters and UUIDs side by side) is backed up and
migrated with every row and every reference kept; two copies migrated on two laptops hold the
same keys and merge without duplicates; a format-5 copy merges into a format-6 file; a founder's
identity saved before format 6 is still the same person."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_format2 import counts
from test_format4_file import names

from hirefile.domain import keys
from hirefile.services import retention, scorecards
from hirefile.services.merging import merge_file
from hirefile.settings import Identity, Settings
from hirefile.storage import check, format6, merge, migrations
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Base, Candidate, Person

FORMAT5 = Path(__file__).parent / "data" / "format5-demo.hirefile.gz"
#: The key the file's Lena stamps with, derived from her name by format 5's command line.
LENA_OLD_KEY = str(uuid.uuid5(uuid.NAMESPACE_URL, "hirefile:person:Lena Hoffmann"))
LENA = Identity(LENA_OLD_KEY, "Lena Hoffmann")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okoye")


def unpack_format5(folder: Path, name: str = "Hiring.hirefile") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    with gzip.open(FORMAT5) as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


@pytest.fixture
def format5_file(tmp_path: Path) -> Path:
    return unpack_format5(tmp_path)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def key_values(path: Path) -> dict[str, list[str]]:
    """`table.column` → every value of every column holding keys, in rowid order."""
    out = {}
    for table in Base.metadata.tables.values():
        for column in format6.holding_keys(table):
            out[f"{table.name}.{column}"] = [v for (v,) in rows(
                path, f'SELECT "{column}" FROM "{table.name}" ORDER BY rowid')]
    return out


def test_a_key_is_16_characters_and_an_old_one_maps_alike_everywhere() -> None:
    key = keys.new_key()
    assert len(key) == keys.LENGTH == 16 and keys.is_key(key)
    # pinned: every copy of every file, on every laptop, maps an old key to this one
    assert keys.compact("d024f3e8-2b6a-5a16-bd31-23eb34cde9ed") == "wqi20ovls4xp6oss"
    assert keys.compact("D024F3E8-2B6A-5A16-BD31-23EB34CDE9ED") == "wqi20ovls4xp6oss"
    assert keys.compact("5fmc0ly51j223dki4ro2ij5fp") == "wqudcnp0ly9pofi7"
    assert keys.compact(key) == key and keys.compact("") == "" and keys.compact("a-b") == "a-b"
    assert keys.compact(keys.compact(LENA_OLD_KEY)) == keys.compact(LENA_OLD_KEY)


def test_a_new_file_is_format6_with_keys_of_16_characters(tmp_path: Path) -> None:
    with Database.create(tmp_path / "New.hirefile", LENA) as db:
        from hirefile.services.demo import load_demo

        load_demo(db, candidates=5)
    assert rows(db.path, "PRAGMA user_version") == [(migrations.SCHEMA_VERSION,)] == [(6,)]
    held = [v for values in key_values(db.path).values() for v in values if v]
    assert held and all(keys.is_key(v) for v in held)
    assert check.check_file(db.path).ok


def test_a_format5_file_keeps_every_row_and_every_reference(format5_file: Path) -> None:
    before, old = counts(format5_file), key_values(format5_file)
    assert before["candidate"] == 30 and before["attachment"] == 1
    assert {len(v) for v in old["candidate.id"]} == {25}
    assert any(len(v) == 36 for v in old["person.id"])
    with Database.open(format5_file, LENA) as db:
        assert db.backup_path is not None and db.backup_path.name.startswith(
            "Hiring.before-format-6.")
        assert rows(db.backup_path, "PRAGMA user_version") == [(5,)]
        with db.reader() as s:
            assert retention.rule(s).months == 6
            merged = s.scalars(sa.select(Candidate.merged_into).where(
                Candidate.merged_into.is_not(None))).all()
            assert len(merged) == 1 and s.get(Candidate, merged[0]) is not None
            revealed = s.scalars(sa.select(Activity).where(Activity.kind == "revealed")).one()
            person = revealed.detail["person_id"]
            assert keys.is_key(person) and scorecards.has_revealed(
                s, revealed.subject_id, person)
        assert names(db, "kubernetes")  # the CV's words still lead to its candidate
        assert len(names(db, "")) == 29
    assert counts(format5_file) == before  # Lena's old key is her person row: nobody new
    new = key_values(format5_file)
    assert new == {c: [keys.compact(v) if v else v for v in values]
                   for c, values in old.items()}
    assert all(keys.is_key(v) for values in new.values() for v in values if v)
    assert check.check_file(format5_file).ok


def test_migrating_again_changes_nothing(format5_file: Path) -> None:
    Database.open(format5_file, LENA).close()
    before = key_values(format5_file)
    with Database.open(format5_file, LENA) as db, db.engine.begin() as conn:
        format6.upgrade(conn)
    assert key_values(format5_file) == before


def edit_notes(path: Path, who: Identity, index: int, notes: str) -> str:
    with Database.open(path, who) as db, db.session() as s:
        c = s.scalars(sa.select(Candidate).where(Candidate.merged_into.is_(None))
                      .order_by(Candidate.sort_name).offset(index)).first()
        assert c is not None
        c.notes = notes
        return c.full_name


def test_two_format5_copies_migrated_apart_merge_without_duplicates(tmp_path: Path) -> None:
    mine = unpack_format5(tmp_path / "lena")
    theirs = unpack_format5(tmp_path / "daniel")
    lena_edit = edit_notes(mine, LENA, 3, "Strong on distributed systems")
    daniel_edit = edit_notes(theirs, DANIEL, 7, "Asked for a remote contract")
    assert key_values(mine)["candidate.id"] == key_values(theirs)["candidate.id"]
    with Database.open(mine, LENA) as db:
        result = merge_file(db, theirs)
        assert result.outcome.conflicts == []
        with db.reader() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(Candidate)) == 30
            notes = dict(s.execute(sa.select(Candidate.full_name, Candidate.notes)).all())
    assert notes[lena_edit] == "Strong on distributed systems"
    assert notes[daniel_edit] == "Asked for a remote contract"
    assert check.check_file(mine).ok


def test_a_format5_copy_merges_into_a_format6_file(tmp_path: Path) -> None:
    mine = unpack_format5(tmp_path / "lena")
    theirs = unpack_format5(tmp_path / "daniel")
    conn = sqlite3.connect(theirs)  # Daniel has not updated Hirefile: his copy stays format 5
    conn.execute("UPDATE candidate SET notes = 'Moved to Lisbon', updated_at = "
                 "'2026-12-07 10:00:00.000000', field_clocks = json_object('notes', "
                 "'ffffff0000000000' || (SELECT value FROM meta WHERE key = 'replica_id')) "
                 "WHERE id = (SELECT min(id) FROM candidate WHERE merged_into IS NULL)")
    conn.commit()
    conn.close()
    with Database.open(mine, LENA) as db:
        merge_file(db, theirs)
        with db.reader() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(Candidate)) == 30
            assert "Moved to Lisbon" in s.scalars(sa.select(Candidate.notes)).all()
    assert rows(theirs, "PRAGMA user_version") == [(5,)]  # read, not changed
    assert check.check_file(mine).ok


def test_an_identity_saved_before_format6_is_still_the_same_person(
        format5_file: Path, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.link_file_person("f", LENA_OLD_KEY)
    assert settings.file_person("f") == keys.compact(LENA_OLD_KEY) == LENA.person_id
    with Database.open(format5_file, LENA) as db, db.reader() as s:
        me = s.get(Person, LENA.person_id)
        assert me is not None and me.name == "Lena Hoffmann"


def test_a_merges_note_of_a_followed_reference_is_keyed_by_the_new_key(
        format5_file: Path) -> None:
    old = rows(format5_file, "SELECT id FROM candidate ORDER BY rowid LIMIT 1")[0][0]
    person = rows(format5_file, "SELECT id FROM person ORDER BY rowid LIMIT 1")[0][0]
    what = f"{merge.FOLLOWED}:candidate:referrer_person_id:{old}:0000000000000000legacy"
    alias = str(uuid.uuid5(uuid.NAMESPACE_URL,
                           f"hirefile:followed:candidate:referrer_person_id:{old}"))
    conn = sqlite3.connect(format5_file)
    conn.execute("INSERT INTO id_alias (id, table_name, target_id, created_at, created_by, "
                 "updated_at, updated_by) VALUES (?, ?, ?, '2026-12-01 10:00:00.000000', ?, "
                 "'2026-12-01 10:00:00.000000', ?)", (alias, what, person, person, person))
    conn.commit()
    conn.close()
    Database.open(format5_file, LENA).close()
    new = keys.compact(old)
    assert rows(format5_file, "SELECT id, table_name, target_id FROM id_alias") == [(
        merge.followed_key("candidate", "referrer_person_id", new),
        f"{merge.FOLLOWED}:candidate:referrer_person_id:{new}:0000000000000000legacy",
        keys.compact(person))]


def test_a_format5_database_on_a_server_gets_the_same_keys(pg_url: str) -> None:
    from test_storage_server import sql

    from hirefile.domain.candidates import CandidateDraft
    from hirefile.services import candidates

    with Database.create(pg_url, LENA) as db, db.session() as s:
        made = candidates.create_candidate(s, CandidateDraft(full_name="Amna Siddiqui"))
        key = made.id
    old = str(uuid.uuid4())  # as format 5 left it: a key made before
    stamps = f"created_by = '{LENA_OLD_KEY}', updated_by = '{LENA_OLD_KEY}'"
    sql(pg_url, "BEGIN; "  # one transaction: the foreign keys are checked at its end
        f"UPDATE candidate SET id = '{old}', {stamps} WHERE id = '{key}'; "
        f"UPDATE activity SET candidate_id = '{old}', subject_id = '{old}', {stamps}; "
        f"UPDATE person SET id = '{LENA_OLD_KEY}', {stamps} WHERE id = '{LENA.person_id}'; "
        "UPDATE meta SET value = '5' WHERE key = 'schema_version'; COMMIT")
    with Database.open(pg_url, LENA) as db:
        assert db.opened_version == 5 and db.meta()["schema_version"] == "6"
    assert sql(pg_url, "SELECT id, created_by FROM candidate") == [
        (keys.compact(old), LENA.person_id)]
    assert sql(pg_url, "SELECT DISTINCT candidate_id FROM activity") == [(keys.compact(old),)]
    assert (LENA.person_id,) in sql(pg_url, "SELECT id FROM person")


def test_a_candidates_key_from_before_names_the_record(format5_file: Path) -> None:
    from hirefile.services.refs import candidate_ref

    old, name = rows(format5_file, "SELECT id, full_name FROM candidate "
                                   "WHERE merged_into IS NULL ORDER BY rowid LIMIT 1")[0]
    with Database.open(format5_file, LENA) as db, db.reader() as s:
        found = candidate_ref(s, str(old))  # as a script or an export written before has it
        assert (found.id, found.full_name) == (keys.compact(str(old)), name)
