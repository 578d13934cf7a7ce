"""File format 5: new files are made in it; a format-4 file (`tests/data/format4-demo`) is
backed up, migrated (the company's own words and time zone, the indexes no query needs gone,
the pipeline's covering indexes added) and rewritten smaller on disk; the lookups the dropped
indexes served read the UNIQUE index instead; a format-4 copy merges into a format-5 file; a
format-4 Hirefile refuses a format-5 file as newer."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from test_format2 import counts
from test_format4_file import indexes, unpack_format4

from hirefile.errors import FileProblem, NewerSchemaFile
from hirefile.services import retention
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage import check, format5, migrations
from hirefile.storage.database import Database
from hirefile.storage.models import CompanyProfile

LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")
COMPANY_COLUMNS = {"about", "benefits", "how_to_apply", "time_zone"}
PIPELINE_INDEXES = {"ix_candidate_live_id_sort_name", "ix_application_live_candidate_stage"}


@pytest.fixture
def format4_file(tmp_path: Path) -> Path:
    return unpack_format4(tmp_path)


def pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def plan(path: Path, sql: str) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return " | ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", ("k",)))
    finally:
        conn.close()


def test_a_new_file_is_format5_without_the_unused_indexes(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "New.hirefile", LENA)
    db.close()
    assert pragma(db.path, "user_version") == migrations.SCHEMA_VERSION >= 5
    have = indexes(db.path)
    assert not set(format5.unused_index_names()) & have
    assert have >= PIPELINE_INDEXES
    assert {"ix_candidate_updated_at", "ix_offer_updated_at"} <= have  # their lists sort by it
    conn = sqlite3.connect(db.path)
    try:
        cols = {r[1] for r in conn.execute("PRAGMA table_info(company_profile)")}
    finally:
        conn.close()
    assert cols >= COMPANY_COLUMNS


def test_a_format4_file_is_backed_up_migrated_and_smaller_on_disk(format4_file: Path) -> None:
    before = counts(format4_file)
    size = format4_file.stat().st_size
    dropped = set(format5.unused_index_names()) & indexes(format4_file)
    assert len(dropped) > 30  # the updated_at indexes and the repeated foreign-key ones
    with Database.open(format4_file, LENA) as db:
        assert db.opened_version == 4
        assert db.backup_path is not None and counts(db.backup_path) == before
        assert pragma(db.backup_path, "user_version") == 4
        assert db.meta()["schema_version"] == str(migrations.SCHEMA_VERSION)
        with db.session() as s:
            profile = s.scalars(sa.select(CompanyProfile)).first()
            assert profile is not None
            assert (profile.about, profile.benefits, profile.how_to_apply,
                    profile.time_zone) == (None, None, None, None)
            profile.about, profile.time_zone = "We build tools for farmers", "Europe/Berlin"
        with db.reader() as s:
            assert s.scalars(sa.select(CompanyProfile.time_zone)).first() == "Europe/Berlin"
    have = indexes(format4_file)
    assert not dropped & have and have >= PIPELINE_INDEXES
    assert pragma(format4_file, "freelist_count") == 0  # rewritten by VACUUM
    assert format4_file.stat().st_size < size
    assert check.check_file(format4_file).ok


def test_migrating_again_changes_nothing(format4_file: Path) -> None:
    Database.open(format4_file, LENA).close()
    before, have = counts(format4_file), indexes(format4_file)
    with Database.open(format4_file, LENA) as db, db.engine.begin() as conn:
        format5.upgrade(conn)
    assert counts(format4_file) == before and indexes(format4_file) == have


@pytest.mark.parametrize(("table", "column", "index"), [
    ("scorecard_rating", "scorecard_id", "sqlite_autoindex_scorecard_rating_2"),
    ("interview_panelist", "interview_id", "sqlite_autoindex_interview_panelist_2"),
    ("scorecard", "interview_id", "sqlite_autoindex_scorecard_2"),
    ("portfolio_review_check", "review_id", "sqlite_autoindex_portfolio_review_check_2"),
    ("culture_rating", "assessment_id", "sqlite_autoindex_culture_rating_2"),
    ("candidate_tag", "candidate_id", "sqlite_autoindex_candidate_tag_2"),
    ("role_axis_weight", "role_id", "sqlite_autoindex_role_axis_weight_2"),
])
def test_a_dropped_foreign_key_index_is_answered_by_the_unique_one(
        tmp_path: Path, table: str, column: str, index: str) -> None:
    db = Database.create(tmp_path / "New.hirefile", LENA)
    db.close()
    assert f"USING INDEX {index} ({column}=?)" in plan(
        db.path, f"SELECT * FROM {table} WHERE {column} = ?")


def test_a_format4_copy_merges_into_a_format5_file(format4_file: Path, tmp_path: Path) -> None:
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(format4_file, theirs)  # still format 4: Daniel has not updated Hirefile
    with Database.open(format4_file, LENA) as db:
        with db.session() as s:
            retention.set_rule(s, 12, False)
        result = merge_file(db, theirs)
        assert result.outcome.conflicts == []
        with db.reader() as s:
            assert retention.rule(s).months == 12
    assert pragma(theirs, "user_version") == 4  # their copy is read, not changed
    assert check.check_file(format4_file).ok


def test_a_format4_hirefile_refuses_a_format5_file_untouched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database.create(tmp_path / "New.hirefile", LENA)
    db.close()
    before = db.path.read_bytes()
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 4)
    with pytest.raises(NewerSchemaFile):
        Database.open(db.path, LENA)
    assert db.path.read_bytes() == before


# on a PostgreSQL server -------------------------------------------------------------------------

#: Where each foreign-key index format 4 had and format 5 drops was.
REPEATED = {"ix_scorecard_rating_scorecard_id": ("scorecard_rating", "scorecard_id"),
            "ix_interview_panelist_interview_id": ("interview_panelist", "interview_id"),
            "ix_scorecard_interview_id": ("scorecard", "interview_id"),
            "ix_portfolio_review_check_review_id": ("portfolio_review_check", "review_id"),
            "ix_culture_rating_assessment_id": ("culture_rating", "assessment_id"),
            "ix_candidate_tag_candidate_id": ("candidate_tag", "candidate_id"),
            "ix_role_axis_weight_role_id": ("role_axis_weight", "role_id")}


def as_format4_on_server(url: str) -> None:
    """Turn the format-5 database at `url` into what format 4 made: no company columns, the
    indexes format 5 dropped, none of the ones it added, version 4."""
    from test_storage_server import sql

    assert set(REPEATED) == set(format5.REPEATED_INDEXES)
    sql(url, "ALTER TABLE company_profile DROP COLUMN about, DROP COLUMN benefits, "
             "DROP COLUMN how_to_apply, DROP COLUMN time_zone")
    for name in PIPELINE_INDEXES:
        sql(url, f"DROP INDEX {name}")
    for name in format5.unused_index_names():
        table, column = REPEATED.get(name) or (name[3:-len("_updated_at")], "updated_at")
        sql(url, f"CREATE INDEX {name} ON {table} ({column})")
    sql(url, "UPDATE meta SET value = '4' WHERE key = 'schema_version'")


def server_indexes(url: str) -> set[str]:
    from test_storage_server import sql

    return {str(r[0]) for r in sql(url, "SELECT indexname FROM pg_indexes "
                                        "WHERE schemaname = current_schema()")}


def test_a_format4_database_on_a_server_is_migrated_in_one_transaction(pg_url: str) -> None:
    from test_storage_server import sql

    from hirefile.domain.candidates import CandidateDraft
    from hirefile.services import candidates

    with Database.create(pg_url, LENA) as db, db.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Amna Siddiqui"))
        s.add(CompanyProfile(name="Acme"))
    fresh = server_indexes(pg_url)
    as_format4_on_server(pg_url)
    assert set(format5.unused_index_names()) <= server_indexes(pg_url)
    with Database.open(pg_url, LENA) as db:
        assert db.opened_version == 4 and db.backup_path is None
        assert db.meta()["schema_version"] == str(migrations.SCHEMA_VERSION)
        with db.session() as s:
            profile = s.scalars(sa.select(CompanyProfile)).first()
            assert profile is not None and profile.about is None
            profile.benefits = "Four weeks off"
    assert server_indexes(pg_url) == fresh
    assert sql(pg_url, "SELECT full_name FROM candidate") == [("Amna Siddiqui",)]
    assert sql(pg_url, "SELECT benefits FROM company_profile") == [("Four weeks off",)]


def test_the_pipeline_list_reads_its_covering_indexes_and_check_wants_them(
        tmp_path: Path) -> None:
    from hirefile.services import listing
    from hirefile.storage.models import Application

    db = Database.create(tmp_path / "New.hirefile", LENA)
    try:
        stmt = listing._application_query([Application.id], None, False, whole_table=True)
        with db.reader() as s:
            sql = str(stmt.compile(s.get_bind()))
            rows = s.execute(sa.text(f"EXPLAIN QUERY PLAN {sql}")).all()
    finally:
        db.close()
    steps = " | ".join(r[3] for r in rows)
    assert all(f"INDEX {name}" in steps for name in PIPELINE_INDEXES), steps
    assert check.check_file(db.path).ok
    conn = sqlite3.connect(db.path)
    conn.execute("DROP INDEX ix_candidate_live_id_sort_name")  # as another SQLite tool might
    conn.commit()
    conn.close()
    report = check.check_file(db.path)
    assert not report.ok
    assert "missing indexes the pipeline list reads: ix_candidate_live_id_sort_name" in \
        report.problems


@contextmanager
def progress_shown() -> Iterator[list[str]]:
    """The texts of the progress dialogs shown meanwhile, looked for every millisecond."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    seen: list[str] = []

    def look() -> None:
        seen.extend(w.labelText() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible())

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(1)
    try:
        yield seen
    finally:
        timer.stop()


def test_opening_a_format4_file_in_the_app_says_it_is_being_updated(
        qtbot: QtBot, format4_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from hirefile.storage import fileformat
    from hirefile.ui.sharing import updating

    monkeypatch.setattr(fileformat, "update_runner", fileformat.run_inline)  # put back after
    updating.install()
    # as the app opens it, the window painting
    with progress_shown() as seen, Database.open(format4_file, LENA) as db:
        assert db.meta()["schema_version"] == str(migrations.SCHEMA_VERSION)
    assert seen and seen[0].startswith(
        "Updating Hiring.hirefile from file format 4 to this Hirefile's.")
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]  # gone when done

    def broken(conn: object) -> None:
        raise FileProblem("the update failed half way")

    after = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", after + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {after + 1: broken})
    with pytest.raises(FileProblem, match="half way"):  # raised as without the dialog
        Database.open(format4_file, LENA)
    assert pragma(format4_file, "user_version") == after  # one transaction: nothing changed
