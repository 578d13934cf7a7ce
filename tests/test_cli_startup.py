"""The command line loads no more than the command uses: `info` and `list` on a file read it
with plain sqlite3 (no SQLAlchemy), `--help` loads no service, and `export` on a file one
document module, no Qt and no SQLAlchemy; none loads what only a server
needs, nor the log file's module before a record. Each command runs in a new process, as the
installed `hirefile` does, and names the modules it ended with (no timing here:
tests/bench/bench_cli.py)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PROBE = ("import atexit, json, sys\n"
         "atexit.register(lambda: print('\\nMODULES ' + json.dumps(sorted(sys.modules))))\n"
         "from hirefile.cli import main\n"
         "sys.exit(main(sys.argv[1:]))\n")
DOCUMENTS = {"debrief", "interview_packet", "job_description", "offer_letter",
             "person_summary", "report"}


@pytest.fixture(scope="module")
def bytecode(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the processes keep their compiled modules (outside the sources), as an installed
    Hirefile has them: each process then starts in its real time, not compiling."""
    return tmp_path_factory.mktemp("pycache")


def environment(tmp_path: Path, bytecode: Path) -> dict[str, str]:
    """A process's environment: these sources, its own folders, compiled modules kept."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get(
        "PYTHONPATH", "")]), "HIREFILE_CONFIG_DIR": str(tmp_path / "config"),
        "HIREFILE_DATA_DIR": str(tmp_path / "data"), "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def modules(tmp_path: Path, bytecode: Path, *argv: str) -> tuple[str, set[str]]:
    """Run `hirefile ARGV` in a new process: (what it printed, the modules it imported)."""
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                          text=True, env=environment(tmp_path, bytecode), check=False,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    out, _, names = done.stdout.rpartition("\nMODULES ")
    return out, set(json.loads(names))


def loaded(names: set[str], package: str) -> set[str]:
    return {n for n in names if n == package or n.startswith(package + ".")}


@pytest.fixture(scope="module")
def demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A copy of the demo file, and a candidate with an offer (e-mail) in a role (title)."""
    f = tmp_path_factory.mktemp("startup") / "Hiring.hirefile"
    shutil.copyfile(demo_template, f)
    with sqlite3.connect(f) as conn:
        email, title = conn.execute(
            "SELECT c.email, r.title FROM offer o JOIN application a ON a.id = o.application_id"
            " JOIN candidate c ON c.id = a.candidate_id JOIN role r ON r.id = a.role_id"
            " WHERE c.email IS NOT NULL LIMIT 1").fetchone()
    return f, email, title


def test_info_reads_the_file_without_sqlalchemy_or_services(tmp_path: Path, bytecode: Path,
                                                            demo) -> None:
    f, _, _ = demo
    out, names = modules(tmp_path, bytecode, "info", str(f))
    assert "file format:" in out and "candidates" in out and "in use by:      nobody" in out
    assert not loaded(names, "sqlalchemy")
    assert not loaded(names, "hirefile.services") and not loaded(names, "hirefile.logs")
    assert not {"shutil", "dataclasses", "urllib.request", "typing"} & names
    _, as_json = modules(tmp_path, bytecode, "info", str(f), "--json")
    assert not loaded(as_json, "sqlalchemy")


def test_help_lists_every_command_and_loads_no_service(tmp_path: Path, bytecode: Path) -> None:
    out, names = modules(tmp_path, bytecode, "--help")
    for command in ("info", "list", "export", "draft", "plan", "push", "merge", "report"):
        assert f"    {command} " in out
    assert "takehome_instructions" in out  # the e-mail templates, named in `draft`'s line
    assert not loaded(names, "hirefile.services") and not loaded(names, "hirefile.storage")
    assert not loaded(names, "sqlalchemy") and "hirefile.cli_after" not in names
    out, names = modules(tmp_path, bytecode, "export", "--help")
    assert "--include-feedback" in out and not loaded(names, "hirefile.services")


@pytest.mark.parametrize("kind", ["roles", "candidates", "applications", "offers"])
def test_list_reads_the_file_without_sqlalchemy(tmp_path: Path, bytecode: Path, demo,
                                                kind: str) -> None:
    f, _, _ = demo
    out, names = modules(tmp_path, bytecode, "list", str(f), kind)
    lines = out.splitlines()
    assert lines[-1].startswith("(") and lines[-1].endswith(f" {kind})")
    assert len(lines) == int(lines[-1][1:].split()[0].replace(",", "")) + 2 > 3
    # read as SQL text with sqlite3 alone (services/list_read.py)
    assert not loaded(names, "sqlalchemy") and not loaded(names, "hirefile.storage.models")
    assert "hirefile.storage.database" not in names and "hirefile.services.listing" not in names
    assert not loaded(names, "PySide6") and not loaded(names, "reportlab")
    assert not loaded(names, "hirefile.documents") and not loaded(names, "hirefile.ui")
    assert not (SERVER_ONLY | UNUSED) & names and "hirefile.logs" not in names


#: What only a server database needs: SQLAlchemy's PostgreSQL dialect (with its asyncio
#: drivers) and psycopg. (SQLAlchemy itself imports asyncio, so that stays.)
SERVER_ONLY = {"sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.postgresql.asyncpg",
               "psycopg"}
#: What a command that logs nothing does not need: the log file opens at its first record.
UNUSED = {"logging.handlers"}


@pytest.mark.parametrize(("kind", "module"), [("packet", "interview_packet"),
                                              ("offer", "offer_letter"),
                                              ("jd", "job_description"),
                                              ("debrief", "debrief")])
def test_an_export_loads_its_own_document_only(tmp_path: Path, bytecode: Path, demo,
                                               kind: str, module: str) -> None:
    f, email, title = demo
    who = ["--role", title] if kind == "jd" else ["--candidate", email, "--role", title]
    out, names = modules(tmp_path, bytecode, "export", kind, str(f), *who,
                         "-o", str(tmp_path / "x.pdf"))
    assert out.startswith("exported the ") and (tmp_path / "x.pdf").stat().st_size > 1000
    assert not loaded(names, "PySide6") and not loaded(names, "hirefile.ui")
    documents = {n.rsplit(".", 1)[1] for n in loaded(names, "hirefile.documents")} & DOCUMENTS
    assert documents == {module}
    assert not (SERVER_ONLY | UNUSED) & names
    # on a file the document is read as SQL text with sqlite3 alone (storage/rows.py)
    assert not loaded(names, "sqlalchemy") and not loaded(names, "hirefile.storage.models")
    assert "hirefile.storage.database" not in names


def test_info_on_a_file_tells_what_the_about_box_tells(demo_db) -> None:
    from hirefile.services.candidates import remove_candidate
    from hirefile.services.info import file_info
    from hirefile.storage.glance import read_info

    before = read_info(demo_db.path)["counts"]
    with demo_db.reader() as s:
        (someone,) = s.connection().exec_driver_sql(
            "SELECT id FROM candidate WHERE deleted_at IS NULL LIMIT 1").one()
    with demo_db.session() as s:
        remove_candidate(s, someone)
    fast = read_info(demo_db.path)
    assert fast["counts"]["candidates"] == before["candidates"] - 1  # type: ignore[index]
    assert fast["in_use_by"] is not None  # the open file's writer: this test
    assert {**fast, "path": str(fast["path"])} == file_info(demo_db).as_dict()


def test_the_log_file_opens_at_its_first_record(tmp_path: Path, monkeypatch) -> None:
    import logging

    from hirefile import logs

    logs.setup_logging(gui=False)
    log = logs.log_file()
    assert not log.exists()  # a command that logs nothing leaves no log behind
    logging.getLogger("hirefile.test").info("opened %s", "Acme.hirefile")
    assert "INFO hirefile.test: opened Acme.hirefile" in log.read_text(encoding="utf-8")
    monkeypatch.setenv("HIREFILE_DATA_DIR", str(log))  # a file, not a folder: unwritable
    logs.setup_logging(gui=False)
    logging.getLogger("hirefile.test").info("still running")  # no error, nothing written
    assert "still running" not in log.read_text(encoding="utf-8")


def test_list_and_export_run_without_cycle_collection(tmp_path: Path, monkeypatch) -> None:
    """Their start-up's objects live to the end: collecting them was a fifth of an export."""
    import gc

    from hirefile import cli

    seen: dict[str, bool] = {}

    def handler(args) -> int:
        seen[args.command] = gc.isenabled()
        return 0

    for command in ("list", "export", "check"):
        monkeypatch.setitem(cli.COMMANDS, command, handler)
    f = str(tmp_path / "a.hirefile")
    assert cli.main(["list", f, "roles"]) == 0
    assert cli.main(["export", "jd", f, "--role", "x", "-o", str(tmp_path / "x.pdf")]) == 0
    assert cli.main(["check", f]) == 0
    assert seen == {"list": False, "export": False, "check": True}
    assert gc.isenabled()  # on again after the command


def test_a_quick_command_ends_its_process_with_everything_written(tmp_path: Path,
                                                                  bytecode: Path,
                                                                  demo) -> None:
    """`hirefile list|export` ends the process itself (no interpreter teardown): every line
    reaches the pipe, the PDF is whole, the exit code and the error line are kept."""
    f, email, title = demo
    env = environment(tmp_path, bytecode)

    def hirefile(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "hirefile", *argv], capture_output=True,
                              text=True, env=env, check=False, timeout=120)

    with sqlite3.connect(f) as conn:
        (live,) = conn.execute("SELECT count(*) FROM candidate WHERE deleted_at IS NULL "
                               "AND merged_into IS NULL").fetchone()
    listed = hirefile("list", str(f), "candidates")
    assert listed.returncode == 0 and listed.stderr == ""
    lines = listed.stdout.splitlines()  # the header, every candidate, the count
    assert len(lines) == live + 2 and lines[-1] == f"({live:,} candidates)"
    out = tmp_path / "offer.pdf"
    done = hirefile("export", "offer", str(f), "--candidate", email, "--role", title,
                    "-o", str(out))
    assert done.returncode == 0 and done.stdout.startswith("exported the offer letter of ")
    assert out.read_bytes().rstrip().endswith(b"%%EOF")
    refused = hirefile("export", "offer", str(f), "--candidate", "nobody@example.com",
                       "-o", str(tmp_path / "none.pdf"))
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == "hirefile: No candidate “nobody@example.com” (give an id, an " \
                             "e-mail or the full name)\n"
