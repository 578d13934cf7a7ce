"""`hirefile merge URL THEIRS`: a founder pulled the team database to a laptop, worked offline,
and merges that copy back into the database on the server — the same report, conflicts and
results as merging two files, and the other copy's temporary schema never stays behind. On
the session's throwaway PostgreSQL (run with HIREFILE_PG_REQUIRED=1). The rules case by case
(a dry run, another company's file, tags, erasure…) run on both backends in
tests/test_merge.py (`into`)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg
import pytest

from hirefile.cli import main
from hirefile.errors import HirefileError
from hirefile.storage import merge, notify

LENA, DANIEL = ("--as", "Lena Hoffmann"), ("--as", "Daniel Okoye")


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def leftover_schemas(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'hirefile_theirs_%'")]


def candidates(capsys: pytest.CaptureFixture[str], where: object) -> dict[str, dict[str, str]]:
    code, out, err = run(capsys, *LENA, "list", where, "candidates", "--json")
    assert code == 0, err
    return {c["name"]: c for c in json.loads(out)}


@pytest.fixture
def server_and_laptop(tmp_path: Path, pg_url: str,
                      capsys: pytest.CaptureFixture[str]) -> tuple[str, Path]:
    """The team database with three candidates, and Daniel's laptop copy pulled from it."""
    start = tmp_path / "Hiring.hirefile"
    assert run(capsys, *LENA, "init", start)[0] == 0
    people = tmp_path / "people.csv"
    people.write_text("name,email\nAda Obi,ada@example.com\nمحمد علي,m.ali@example.com\n"
                      "Chen Wei,chen@example.com\n", encoding="utf-8")
    assert run(capsys, *LENA, "import-csv", start, people)[0] == 0
    assert run(capsys, "push", start, pg_url)[0] == 0
    laptop = tmp_path / "laptop" / "Hiring.hirefile"
    laptop.parent.mkdir()
    assert run(capsys, "pull", pg_url, laptop)[0] == 0
    return pg_url, laptop


def test_a_laptop_copy_merges_back_into_the_team_database(
        server_and_laptop: tuple[str, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url, laptop = server_and_laptop
    # on the server: a field of Ada's, her notes, and Chen removed
    assert run(capsys, *LENA, "set", url, "candidate", "ada@example.com",
               "phone=+234 801 234 5678", "notes=strong systems design")[0] == 0
    assert run(capsys, *LENA, "remove", url, "candidate", "chen@example.com")[0] == 0
    # on the laptop, later: another field of Ada's, her notes too, and a new candidate
    assert run(capsys, *DANIEL, "set", laptop, "candidate", "ada@example.com",
               "location=Lagos", "notes=wants to stay remote")[0] == 0
    new = tmp_path / "new.csv"
    new.write_text("name,email\nZoë Müller,zoe@example.com\n", encoding="utf-8")
    assert run(capsys, *DANIEL, "import-csv", laptop, new)[0] == 0
    with sqlite3.connect(laptop) as conn:
        [(laptop_replica,)] = conn.execute("SELECT value FROM meta WHERE key = 'replica_id'")

    with psycopg.connect(url) as conn:
        [(file_uuid,)] = conn.execute("SELECT value FROM meta WHERE key = 'file_uuid'")
    ear = psycopg.connect(url, autocommit=True)  # another person's open window
    ear.execute(f"LISTEN {notify.channel(file_uuid)}")

    code, out, err = run(capsys, *LENA, "merge", url, laptop, "--json")
    assert (code, err) == (0, "")
    with ear:  # they hear of it once, after the commit
        [heard] = [notify.parse(n.payload) for n in ear.notifies(timeout=5, stop_after=1)]
    assert "candidate" in heard.tables
    report = json.loads(out)
    assert report["added"]["candidate"] == 1 and report["changed"]["candidate"] == 1
    [conflict] = report["conflicts"]
    assert {k: conflict[k] for k in ("kind", "label", "field", "mine", "theirs", "kept")} == {
        "kind": "candidate", "label": "Ada Obi", "field": "notes",
        "mine": "strong systems design", "theirs": "wants to stay remote", "kept": "theirs"}
    assert leftover_schemas(url) == []

    people = candidates(capsys, url)
    assert sorted(people) == ["Ada Obi", "Zoë Müller", "محمد علي"]  # Chen stays removed
    assert (people["Ada Obi"]["location"], people["Ada Obi"]["phone"]) == (
        "Lagos", "+234 801 234 5678")
    with psycopg.connect(url) as conn:  # the server now knows the laptop's changes
        assert conn.execute("SELECT count(*) FROM replica WHERE id = %s",
                            (laptop_replica,)).fetchone() == (1,)
    code, out, _ = run(capsys, *LENA, "search", url, "Zoë")
    assert code == 0 and "Zoë Müller" in out
    code, out, _ = run(capsys, *LENA, "merge", url, laptop)  # again: nothing new
    assert code == 0 and out.startswith("Nothing to merge")
    assert run(capsys, "check", url)[0] == 0
    assert leftover_schemas(url) == []


def test_a_failed_merge_changes_nothing_and_leaves_no_schema(
        server_and_laptop: tuple[str, Path], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    url, laptop = server_and_laptop
    assert run(capsys, *DANIEL, "set", laptop, "candidate", "ada@example.com",
               "location=Accra")[0] == 0
    before = candidates(capsys, url)

    def fail(self: merge.Merger) -> None:
        raise HirefileError("the server went away")

    monkeypatch.setattr(merge.Merger, "_fold_vectors", fail)
    code, out, err = run(capsys, *LENA, "merge", url, laptop)
    assert (code, out, err) == (1, "", "hirefile: the server went away\n")
    assert leftover_schemas(url) == []
    assert candidates(capsys, url) == before

