"""The `hirefile` command on a database on a PostgreSQL server: a URL wherever a FILE goes."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
from pg_server import PgServer
from test_cli import run  # main() with its output, as the file commands are tested

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.services import candidates, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.storage import migrations
from hirefile.storage.database import Database


def test_init_info_check_list_on_a_server(pg_url: str, capsys, identity) -> None:
    code, out, err = run(capsys, "--as", "Ngozi Adeyemi", "init", pg_url)
    assert code == 0, err
    assert out == f"created {pg_url}\n"
    with Database.open(pg_url, identity) as db, db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        for name in ("Zoë Ødegaard", "Nguyễn Thị Minh Khai", "Ваня Петров"):
            cand = candidates.create_candidate(s, CandidateDraft(full_name=name))
            pipeline.add_application(s, cand.id, role.id)
    code, out, _ = run(capsys, "info", pg_url)
    assert code == 0
    assert out.startswith(f"database:       {pg_url}\n")
    assert f"file format:    {migrations.SCHEMA_VERSION}" in out
    assert "in use by" not in out  # no lock on a server: several people at once
    code, out, _ = run(capsys, "info", pg_url, "--json")
    info = json.loads(out)
    assert info["counts"]["candidates"] == 3 and info["counts"]["people"] == 2
    assert info["url"] == pg_url and info["size_bytes"] > 0
    code, out, _ = run(capsys, "check", pg_url)
    assert code == 0 and f"{pg_url}: sound" in out and "PROBLEM" not in out
    assert "SQLite's file checks skipped" in out
    code, out, err = run(capsys, "list", pg_url, "candidates", "--json")
    assert code == 0, err
    assert sorted(r["name"] for r in json.loads(out)) == sorted(
        ["Zoë Ødegaard", "Nguyễn Thị Minh Khai", "Ваня Петров"])
    code, out, err = run(capsys, "list", pg_url, "applications")
    assert code == 0, err
    assert "(3 applications)" in out
    code, out, _ = run(capsys, "list", pg_url, "roles")
    assert code == 0 and "(1 roles)" in out


def test_init_refuses_a_database_with_other_tables(pg_url: str, capsys) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:  # another program's table
        conn.execute("CREATE TABLE invoices (id int)")
    code, out, err = run(capsys, "init", pg_url)
    assert code == 1 and out == ""
    assert err == (f"hirefile: {pg_url} is not empty: it holds 1 other table (invoices); give "
                   "Hirefile a database of its own (CREATE DATABASE hiring)\n")
    code, _, err = run(capsys, "list", pg_url, "roles")
    assert code == 1 and "not a Hirefile database" in err and err.count("\n") == 1


def test_file_only_commands_say_so_in_one_line(pg_url: str, capsys, tmp_path: Path) -> None:
    run(capsys, "init", pg_url)
    code, out, err = run(capsys, "recover", pg_url, "-o", tmp_path / "x.hirefile")
    assert code == 1 and out == ""
    assert err.startswith("hirefile: `recover` works on files, not on a server database")
    assert err.count("\n") == 1
    # a laptop's copy merges into a server database (tests/test_merge_server.py)
    code, out, err = run(capsys, "merge", pg_url, tmp_path / "theirs.hirefile")
    assert code == 1 and out == "" and "does not exist" in err and err.count("\n") == 1


def test_a_server_that_does_not_answer(pg_server: PgServer, capsys) -> None:
    url = f"postgres://ana:pw@/hiring?host={pg_server.socket_dir}&port={pg_server.port + 1}"
    code, _, err = run(capsys, "info", url)
    assert code == 1 and err.startswith("hirefile: Could not connect to postgres://ana@/hiring")
    assert "pw" not in err.replace("postgres", "") and err.count("\n") == 1


def test_the_app_gets_the_url_as_typed(capsys, monkeypatch) -> None:
    import hirefile.cli as cli
    import hirefile.logs as logs
    import hirefile.ui.app as app

    opened: list[object] = []
    # the app's logging to stderr would outlive this test's captured stderr
    monkeypatch.setattr(logs, "setup_logging", lambda gui: None)
    monkeypatch.setattr(app, "run", lambda db, as_name=None: opened.append(db) or 0)
    url = "postgresql://lena@db.example.com/hiring"
    assert run(capsys, "--db", url)[0] == 0
    assert run(capsys, url)[0] == 0  # `hirefile URL`, as `hirefile FILE`
    assert opened == [url, url]
    assert cli.location("Hiring.hirefile") == Path("Hiring.hirefile")
