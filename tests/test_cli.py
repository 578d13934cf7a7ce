"""The `hirefile` command: every subcommand and its error paths, one clear line, no traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hirefile.cli import main
from hirefile.settings import Settings
from hirefile.storage import migrations


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIREFILE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HIREFILE_DATA_DIR", str(tmp_path / "data"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_info_check_on_a_new_file(tmp_path: Path, capsys) -> None:
    f = tmp_path / "Acme hiring.hirefile"
    code, out, _ = run(capsys, "--as", "Ngozi Adeyemi", "init", f)
    assert code == 0 and f"created {f}" in out
    code, out, _ = run(capsys, "info", f)
    assert code == 0
    assert f"file format:    {migrations.SCHEMA_VERSION}" in out
    assert "last writer:    Ngozi Adeyemi" in out
    code, out, _ = run(capsys, "info", f, "--json")
    info = json.loads(out)
    assert info["counts"]["candidates"] == 0 and info["counts"]["people"] == 1
    assert len(info["file_uuid"]) == 36
    code, out, _ = run(capsys, "check", f)
    assert code == 0 and "sound" in out and "PROBLEM" not in out


def test_identity_comes_from_settings_then_login(tmp_path: Path, capsys) -> None:
    Settings().set_identity("Mateus Araújo", "mateus@example.com")
    f = tmp_path / "a.hirefile"
    run(capsys, "init", f)
    _, out, _ = run(capsys, "info", f, "--json")
    assert json.loads(out)["last_writer"] == "Mateus Araújo"


def test_identity_falls_back_to_the_login_name(tmp_path: Path, capsys) -> None:
    from hirefile.settings import login_name

    f = tmp_path / "a.hirefile"
    run(capsys, "init", f)
    _, out, _ = run(capsys, "info", f, "--json")
    assert json.loads(out)["last_writer"] == login_name()


def test_demo_then_list_every_kind(tmp_path: Path, capsys) -> None:
    f = tmp_path / "demo.hirefile"
    code, out, _ = run(capsys, "demo", f, "--candidates", "120", "--seed", "7")
    assert code == 0 and "added" in out and "120 candidates" in out
    for kind in ("roles", "candidates", "applications", "offers"):
        code, out, err = run(capsys, "list", f, kind, "--json")
        assert code == 0, err
        rows = json.loads(out)
        assert rows, kind
        assert all("id" in r for r in rows)
    _, out, _ = run(capsys, "list", f, "candidates", "--json")
    assert len(json.loads(out)) == 120
    code, out, _ = run(capsys, "list", f, "roles")
    assert code == 0 and out.splitlines()[0].startswith("TITLE") and "roles)" in out
    code, out, _ = run(capsys, "check", f)
    assert code == 0, out


@pytest.mark.parametrize(("args", "words"), [
    (["info", "{missing}"], "does not exist"),
    (["list", "{text}", "roles"], "not an SQLite database"),
    (["check", "{foreign}"], "not a Hirefile file"),
    (["info", "{newer}"], "newer Hirefile"),
    (["init", "{existing}"], "already exists"),
    (["demo", "{text}"], "not an SQLite database"),
    (["upgrade", "{newer}"], "newer Hirefile"),
    (["upgrade", "{foreign}"], "not a Hirefile file"),
    (["upgrade", "{missing}"], "does not exist"),
])
def test_errors_are_one_line_and_exit_1(tmp_path: Path, capsys, args, words) -> None:
    text = tmp_path / "notes.hirefile"
    text.write_text("just some notes\n")
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    existing = tmp_path / "existing.hirefile"
    newer = tmp_path / "newer.hirefile"
    assert main(["init", str(existing)]) == 0
    assert main(["init", str(newer)]) == 0
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    capsys.readouterr()
    paths = {"missing": tmp_path / "missing.hirefile", "text": text, "foreign": foreign,
             "existing": existing, "newer": newer}
    code, out, err = run(capsys, *[a.format(**paths) for a in args])
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("hirefile: ") and words in err
    assert "Traceback" not in err + out


def test_check_reports_problems_and_exits_1(tmp_path: Path, capsys) -> None:
    f = tmp_path / "a.hirefile"
    run(capsys, "demo", f, "--candidates", "20")
    conn = sqlite3.connect(f)
    conn.execute("UPDATE application SET candidate_id = 'no-such-candidate' WHERE rowid = 1")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "check", f)
    assert code == 1
    assert "PROBLEM  foreign_key_check: 1 broken references" in out
    assert "1 problem(s)" in err


def test_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    code = None
    with pytest.raises(SystemExit) as exit_info:
        main(["list", str(tmp_path / "a.hirefile"), "people"])
    code = exit_info.value.code
    err = capsys.readouterr().err
    assert code == 2 and "invalid choice: 'people'" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", str(tmp_path / "a.hirefile"), "--candidates", "lots"])
    assert exit_info.value.code == 2
    assert "'lots' is not a whole number" in capsys.readouterr().err


def test_a_bug_is_one_line_with_the_log_path(tmp_path: Path, capsys, monkeypatch) -> None:
    import hirefile.storage.glance as glance

    def broken(path):
        raise RuntimeError("boom")

    monkeypatch.setattr(glance, "read_info", broken)
    f = tmp_path / "a.hirefile"
    run(capsys, "init", f)
    code, _out, err = run(capsys, "info", f)
    assert code == 70
    assert "unexpected error (RuntimeError: boom)" in err and "hirefile.log" in err
    assert "Traceback" not in err
    log = (tmp_path / "data" / "logs" / "hirefile.log").read_text()
    assert "Traceback" in log and "RuntimeError: boom" in log


def test_python_dash_m_and_the_entry_point(tmp_path: Path) -> None:
    env = {**os.environ, "HIREFILE_CONFIG_DIR": str(tmp_path / "c"),
           "HIREFILE_DATA_DIR": str(tmp_path / "d")}
    out = subprocess.run([sys.executable, "-m", "hirefile", "--version"], capture_output=True,
                         text=True, env=env, check=True).stdout
    assert out.startswith("hirefile ")
    f = tmp_path / "x.hirefile"
    done = subprocess.run([sys.executable, "-m", "hirefile", "info", str(f)],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == f"hirefile: {f} does not exist"


@pytest.mark.parametrize("argv", [["erse", "p.hirefile"], ["--as", "Ada", "erse", "p"],
                                  ["imprt-csv", "a.hirefile", "b.csv"]])
def test_a_mistyped_command_is_named(capsys, argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    word = argv[2] if argv[0] == "--as" else argv[0]
    assert err.startswith(f"hirefile: unknown command '{word}' (commands: init, info, check, ")
    assert err.count("\n") == 1


def test_a_file_as_the_first_word_opens_the_app(tmp_path: Path, capsys, monkeypatch) -> None:
    import hirefile.cli as cli

    opened: list[object] = []
    monkeypatch.setattr(cli, "_gui", lambda args: opened.append(args.db) or 0)
    existing = tmp_path / "Notes"  # an existing path without the suffix
    existing.write_text("x")
    for word in ("New hiring.hirefile", str(existing), "./hiring"):
        assert run(capsys, word)[0] == 0
    assert opened == ["New hiring.hirefile", str(existing), "./hiring"]
