"""A Hirefile database on a PostgreSQL server: created only where nothing else is, the same
format checks and migrations as files, no lock (several people at once, each as themselves),
and no password kept anywhere."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import psycopg
import pytest
from pg_server import PgServer
from sqlalchemy import Column, MetaData, String, Table, func, select, text

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.errors import FileProblem, NewerSchemaFile, NotHirefileFile, ReadOnlyFile
from hirefile.services import candidates, interviews, loops, pipeline
from hirefile.services import scorecards as sc
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage import migrations, server
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, Person

LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann", "lena@example.com")
KENJI = Identity(str(uuid.uuid4()), "Kenji Watanabe", "kenji@example.jp")


def sql(url: str, statement: str) -> list[tuple[object, ...]]:
    """Run `statement` as another program would, where the URL points (libpq reads it)."""
    with psycopg.connect(url, autocommit=True) as conn:
        cur = conn.execute(statement)
        return cur.fetchall() if cur.description else []


def test_init_makes_the_schema_and_the_format_in_meta(pg_url: str) -> None:
    with Database.create(pg_url, LENA) as db:
        meta = db.meta()
        assert meta["schema_version"] == str(migrations.SCHEMA_VERSION)
        assert uuid.UUID(meta["file_uuid"])
        assert db.on_server and not db.read_only and db.lock is None
        assert db.path.name.endswith("on this computer")  # a name to show, not a file
    with Database.open(pg_url, LENA, write=False) as db:
        assert db.meta()["file_uuid"] == meta["file_uuid"]


def test_live_indexes_on_the_server_cover_live_rows_only(pg_url: str) -> None:
    """A person removed from a role can be added back: the key on (candidate, role) counts
    live applications only, on the server as in a file (its predicate is given to the
    tables when a server engine is made, so commands on files never load the dialect)."""
    Database.create(pg_url, LENA).close()
    defs = dict(sql(pg_url, "SELECT indexname, indexdef FROM pg_indexes "
                            "WHERE schemaname = current_schema()"))
    assert defs["uq_application_live_candidate_role"].endswith("WHERE (deleted_at IS NULL)")
    assert defs["ix_candidate_live_sort_name"].endswith("WHERE (deleted_at IS NULL)")


def test_init_refuses_a_database_that_holds_other_tables(pg_url: str) -> None:
    sql(pg_url, "CREATE TABLE invoices (id int); CREATE TABLE customers (id int)")
    with pytest.raises(FileProblem) as err:
        Database.create(pg_url, LENA)
    assert "holds 2 other tables (customers, invoices)" in err.value.message
    with pytest.raises(NotHirefileFile, match="not a Hirefile database"):
        Database.open(pg_url, LENA)
    names = sql(pg_url, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "ORDER BY 1")
    assert names == [("customers",), ("invoices",)]  # nothing was added


def test_init_refuses_an_existing_hirefile_database_and_open_an_empty_one(pg_url: str) -> None:
    with pytest.raises(NotHirefileFile, match="holds no Hirefile data yet"):
        Database.open(pg_url, LENA)
    Database.create(pg_url, LENA).close()
    with pytest.raises(FileProblem, match="already holds a Hirefile database"):
        Database.create(pg_url, LENA)


def test_a_newer_format_is_refused_untouched(pg_url: str) -> None:
    Database.create(pg_url, LENA).close()
    sql(pg_url, "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(NewerSchemaFile) as err:
        Database.open(pg_url, LENA)
    assert "newer Hirefile (file format 99)" in err.value.message
    with pytest.raises(NewerSchemaFile):
        Database.open(pg_url, LENA, write=False)


def test_an_older_format_is_migrated_in_one_transaction(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    Database.create(pg_url, LENA).close()
    now = migrations.SCHEMA_VERSION
    added = Table("interview_room", MetaData(), Column("id", String, primary_key=True))

    def broken(conn) -> None:  # type: ignore[no-untyped-def]
        added.create(conn)
        raise FileProblem("the migration failed half way")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", now + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {now + 1: broken})
    with pytest.raises(FileProblem, match="half way"):
        Database.open(pg_url, LENA)
    with pytest.raises(FileProblem, match=f"open it once for writing .* to format {now + 1}"):
        Database.open(pg_url, LENA, write=False)
    # all or nothing: neither the table nor the version
    assert sql(pg_url, "SELECT to_regclass('interview_room')") == [(None,)]
    assert sql(pg_url, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(now),)]

    monkeypatch.setattr(migrations, "MIGRATIONS", {now + 1: added.create})
    with Database.open(pg_url, LENA) as db:
        assert db.meta()["schema_version"] == str(now + 1)
        assert db.backup_path is None  # no file to back up on a server
        with db.reader() as s:
            assert s.execute(select(func.count()).select_from(added)).scalar() == 0


def test_read_only_refuses_writes(pg_url: str) -> None:
    create_file(pg_url, LENA).close()
    with Database.open(pg_url, KENJI, write=False) as db:
        with pytest.raises(ReadOnlyFile), db.session() as s:
            candidates.create_candidate(s, CandidateDraft(full_name="Ana Ruiz"))
        with db.reader() as s:
            assert s.scalar(select(func.count()).select_from(Candidate)) == 0


def test_two_people_write_at_once_each_as_themselves_and_feedback_stays_sealed(
        pg_url: str) -> None:
    """No lock: Lena and Kenji have the database open together. Each first write adds the
    writer's person row (as on files); Kenji's submitted scorecard stays sealed for Lena until
    she submits hers."""
    lena = create_file(pg_url, LENA)
    kenji = Database.open(pg_url, KENJI)  # while Lena has it open for writing
    try:
        with lena.session() as s:
            role = add_role_from_template(s, template("ml_engineer"))
            cand = candidates.create_candidate(s, CandidateDraft(full_name="Zoë Ødegaard"))
            app = pipeline.add_application(s, cand.id, role.id,
                                           stage=pipeline.stage_named(s, role.id, "Onsite"))
            step = loops.loop(s, role.id).steps[2]
        with kenji.session() as s:
            candidates.create_candidate(s, CandidateDraft(full_name="Ngozi Adeyemi"))
            iid = interviews.schedule(s, app.id, title=step.title, kind=step.kind,
                                      loop_step_id=step.id, starts_at=step_time(),
                                      minutes=step.minutes,
                                      interviewer_ids=[LENA.person_id, KENJI.person_id]).id
            card = sc.start(s, iid, KENJI.person_id)
            sc.submit(s, card.id, KENJI.person_id, sc.ScorecardDraft(
                ratings={r.axis: (4, "clear and careful") for r in card.ratings},
                recommendation=4, takeaways="Hire"))
        with lena.reader() as s:
            people = dict(s.execute(select(Person.id, Person.name)).all())
            writers = dict(s.execute(select(Candidate.full_name, Candidate.created_by)).all())
            (view,) = sc.scorecards(s, app.id, LENA.person_id)
        assert people[LENA.person_id] == "Lena Hoffmann"
        assert people[KENJI.person_id] == "Kenji Watanabe"
        assert writers == {"Zoë Ødegaard": LENA.stamp, "Ngozi Adeyemi": KENJI.stamp}
        assert view.sealed and view.recommendation is None
        assert view.sealed_text == "Submitted by Kenji Watanabe — sealed until you submit yours"
    finally:
        kenji.close()
        lena.close()


def step_time() -> datetime:
    return datetime(2026, 12, 3, 14, 0, tzinfo=timezone.utc)


def test_the_password_is_never_shown_or_kept() -> None:
    url = "postgresql://lena:s3cret@db.example.com:5433/hiring?sslmode=require"
    assert server.public_url(url) == "postgresql://lena@db.example.com:5433/hiring?sslmode=require"
    assert server.label(url) == "hiring on db.example.com"
    assert server.is_url("postgres://db/hiring") and not server.is_url("Hiring.hirefile")
    assert server.parse("postgres://db/hiring").drivername == "postgresql+psycopg"
    with pytest.raises(FileProblem, match="names no database"):
        server.parse("postgresql://lena:s3cret@db.example.com")


def test_a_server_that_does_not_answer_is_one_line_without_the_password(
        pg_server: PgServer) -> None:
    url = (f"postgresql://lena:s3cret@/hiring?host={pg_server.socket_dir}"
           f"&port={pg_server.port + 1}")
    with pytest.raises(FileProblem) as err:
        Database.open(url, LENA)
    assert err.value.message.startswith("Could not connect to postgresql://lena@/hiring")
    assert "s3cret" not in err.value.message and "\n" not in err.value.message


def test_server_database_is_named_in_a_file_only_refusal(pg_url: str) -> None:
    with create_file(pg_url, LENA) as db:
        with pytest.raises(FileProblem, match="hirefile pull"):
            db.save_copy("/tmp/never.hirefile")
        with db.reader() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
