"""`hirefile upgrade FILE`: a founder's command-line way to bring a file from an older Hirefile
up to date (the update that opening it for writing runs, after its verified backup), which
the commands that only read an older file name when they refuse it."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, String, Table
from test_cli import run  # main() with its output
from test_format6 import unpack_format5  # a format-5 file written by format 5's code

from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage import migrations
from hirefile.storage.database import Database

LENA = ("--as", "Lena Hoffmann")  # the format-5 file's own person


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def user_version(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


@pytest.mark.parametrize("argv", [["list", "{f}", "candidates"], ["info", "{f}"],
                                  ["export", "jd", "{f}", "--role", "ML Lead", "-o", "{pdf}"]])
def test_reading_an_older_file_names_the_command_that_updates_it(
        tmp_path: Path, capsys, argv: list[str]) -> None:
    f = unpack_format5(tmp_path)
    before = digest(f)
    code, out, err = run(capsys, *LENA, *[a.format(f=f, pdf=tmp_path / "jd.pdf") for a in argv])
    assert code == 1 and out == ""
    assert err == (f"hirefile: {f} is in file format 5; open it once for writing (in the "
                   f"app, or `hirefile upgrade {f}`) to update it to format "
                   f"{migrations.SCHEMA_VERSION}\n")
    assert digest(f) == before and sorted(p.name for p in tmp_path.iterdir()) == [f.name]


def test_upgrade_updates_an_older_file_after_its_backup_and_says_so(
        tmp_path: Path, capsys) -> None:
    f = unpack_format5(tmp_path)
    before = digest(f)
    code, out, err = run(capsys, *LENA, "upgrade", f)
    assert code == 0, err
    (backup,) = tmp_path.glob("Hiring.before-format-6.*.hirefile")
    assert out.splitlines() == [
        f"updated {f} from file format 5 to {migrations.SCHEMA_VERSION}",
        f"the file as it was: {backup}",
        "the counts it keeps agree with its tables"]
    assert user_version(backup) == 5  # the file as it was, every row in it
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM candidate").fetchone() == (30,)
    assert digest(f) != before
    assert user_version(f) == migrations.SCHEMA_VERSION
    code, out, err = run(capsys, *LENA, "list", f, "candidates")
    assert code == 0, err
    assert out.splitlines()[-1] == "(29 candidates)"  # 30, two of them merged into one
    code, out, _ = run(capsys, "check", f)
    assert code == 0 and "PROBLEM" not in out
    # once up to date, again changes nothing and makes no second backup
    code, out, _ = run(capsys, *LENA, "upgrade", f)
    assert code == 0 and out.splitlines()[0] == \
        f"{f} is in file format {migrations.SCHEMA_VERSION}, this Hirefile's"
    assert len(list(tmp_path.glob("*.before-format-*"))) == 1


def test_upgrade_refuses_a_file_in_use_untouched(tmp_path: Path, capsys) -> None:
    f = unpack_format5(tmp_path)
    before = digest(f)
    new = create_file(tmp_path / "New.hirefile", Identity(str(uuid.uuid4()), "Daniel Okoye"))
    try:  # Daniel has a file open: nobody else writes it
        code, out, err = run(capsys, "upgrade", new.path)
        assert code == 1 and out == ""
        assert err.startswith(f"hirefile: {new.path} is in use by Daniel Okoye on ")
    finally:
        new.close()
    (tmp_path / "notes.hirefile").write_text("not a database\n")
    code, _, err = run(capsys, "upgrade", tmp_path / "notes.hirefile")
    assert code == 1 and "not an SQLite database" in err and err.count("\n") == 1
    assert digest(f) == before


def test_upgrade_on_a_server_database(pg_url: str, capsys,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A server database is updated in one transaction; the server keeps its own backups."""
    Database.create(pg_url, Identity(str(uuid.uuid4()), "Lena Hoffmann")).close()
    now = migrations.SCHEMA_VERSION
    added = Table("interview_room", MetaData(), Column("id", String, primary_key=True))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", now + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {now + 1: added.create})
    code, _, err = run(capsys, *LENA, "list", pg_url, "roles")
    assert code == 1 and f"`hirefile upgrade {pg_url}`" in err
    code, out, err = run(capsys, *LENA, "upgrade", pg_url)
    assert code == 0, err
    assert out.splitlines() == [
        f"updated {pg_url} from file format {now} to {now + 1}",
        "a server database: no backup file (the server keeps its own)"]
    code, out, err = run(capsys, *LENA, "list", pg_url, "roles")
    assert code == 0 and out.splitlines()[-1] == "(0 roles)", err
