"""On a server, every committed write tells whoever listens which tables it touched
(storage/notify.py): another `Database` in this process, and another PROCESS (the CLI)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.services import candidates, listing, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage import notify
from hirefile.storage.database import Database

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def team(pg_url: str, identity: Identity) -> Iterator[Database]:
    """A team database with one role and one candidate at its first stage."""
    with create_file(pg_url, identity) as db:
        with db.session() as s:
            role = add_role_from_template(s, template("ml_engineer"))
            cand = candidates.create_candidate(s, CandidateDraft(full_name="Zoë Ødegaard"))
            pipeline.add_application(s, cand.id, role.id)
        yield db


def listen(url: str, channel: str) -> psycopg.Connection:
    conn = psycopg.connect(url, autocommit=True)
    conn.execute(f"LISTEN {channel}")
    return conn


def received(conn: psycopg.Connection, within: float = 2.0) -> list[notify.Notice]:
    return [notify.parse(n.payload) for n in conn.notifies(timeout=within, stop_after=1)]


def test_a_write_by_another_database_names_its_tables_and_its_sender(
        team: Database, pg_url: str, identity: Identity) -> None:
    assert team.channel == notify.channel(team.file_uuid)
    with listen(pg_url, team.channel) as conn, Database.open(pg_url, identity) as other:
        assert other.sender != team.sender and other.channel == team.channel
        with other.session() as s:
            candidates.create_candidate(s, CandidateDraft(full_name="Nguyễn Thị Minh Khai"))
        notices = received(conn)
        assert len(notices) == 1
        assert notices[0].sender == other.sender  # not ours: the window will read again
        assert "candidate" in notices[0].tables and "application" not in notices[0].tables
        # a rolled-back unit of work sends nothing; reading sends nothing
        with pytest.raises(RuntimeError), other.session() as s:
            candidates.create_candidate(s, CandidateDraft(full_name="Never Kept"))
            s.flush()
            raise RuntimeError("the person cancelled")
        with other.reader() as s:
            assert listing.candidate_count(s) == 2
        assert received(conn, within=0.3) == []


def test_a_move_by_the_cli_in_another_process_arrives_within_two_seconds(
        team: Database, pg_url: str) -> None:
    assert team.channel is not None
    with listen(pg_url, team.channel) as conn:
        done = subprocess.run(
            [sys.executable, "-m", "hirefile", "--as", "Daniel Kovács", "move", pg_url,
             "--candidate", "Zoë Ødegaard", "--role", "Machine Learning Engineer",
             "--stage", "Screen"],
            capture_output=True, text=True, timeout=60,
            env={**os.environ, "PYTHONPATH": str(SRC)})
        assert done.returncode == 0, done.stderr
        assert "Zoë Ødegaard:" in done.stdout
        notices = received(conn)  # within two seconds of the process ending
    assert len(notices) == 1
    notice = notices[0]
    assert notice.sender not in ("", team.sender)
    assert {"application", "stage_change"} <= notice.tables
    assert not notice.everything


def test_payloads_stay_under_postgresqls_limit_and_bad_ones_mean_everything() -> None:
    many = {f"table_{i:04d}" for i in range(2000)}
    assert notify.parse(notify.payload("me", many)) == notify.Notice("me", frozenset("*"))
    assert notify.parse(notify.payload("me", {"offer"})).tables == {"offer"}
    assert notify.parse("not json").everything
    assert notify.channel("6F1c-9a00-ZZ") == "hirefile_6f1c9a00"


class _Text:
    """What SQLAlchemy's context holds for text SQL: no compiled write."""

    compiled = None


def test_text_sql_is_named_by_its_table_and_reads_by_nothing() -> None:
    named = notify.written_table
    assert named("UPDATE application SET stage_id = %(stage)s WHERE id = %(id)s", _Text) == \
        "application"
    assert named('  insert into "candidate_link" (id) VALUES (1)', _Text) == "candidate_link"
    assert named("DELETE FROM hiring.offer WHERE id = 1", _Text) == "offer"
    assert named("WITH gone AS (DELETE FROM note RETURNING id) SELECT 1", _Text) == "*"
    assert named("SELECT * FROM candidate", _Text) is None
    assert named("WITH t AS (SELECT 1) SELECT * FROM t", _Text) is None
