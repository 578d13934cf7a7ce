"""`hirefile merge` as two founders use it from a terminal: edits made with the scriptable
commands on two copies, merged with a report (text or JSON), nothing written on a dry run,
another company's file refused in one line."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from hirefile.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def two_copies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """Lena's file with two candidates, and Daniel's copy of it on his laptop."""
    mine = tmp_path / "lena" / "Hiring.hirefile"
    mine.parent.mkdir()
    assert run(capsys, "--as", "Lena Hoffmann", "init", mine)[0] == 0
    with_names = mine.parent / "people.csv"
    with_names.write_text("name,email\nAda Obi,ada@example.com\nمحمد علي,m.ali@example.com\n",
                          encoding="utf-8")
    assert run(capsys, "--as", "Lena Hoffmann", "import-csv", mine, with_names)[0] == 0
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(mine, theirs)
    return mine, theirs


def test_two_founders_edit_copies_and_merge_with_a_json_report(
        two_copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    mine, theirs = two_copies
    lena, daniel = ("--as", "Lena Hoffmann"), ("--as", "Daniel Okoye")
    assert run(capsys, *lena, "set", mine, "candidate", "ada@example.com",
               "location=Lagos", "notes=strong systems design")[0] == 0
    assert run(capsys, *daniel, "set", theirs, "candidate", "ada@example.com",
               "phone=+234 801 234 5678", "notes=wants to stay remote")[0] == 0
    assert run(capsys, *daniel, "tag", theirs, "--candidate", "m.ali@example.com", "ml")[0] == 0
    assert run(capsys, *daniel, "note", theirs, "--candidate", "m.ali@example.com",
               "Met at NeurIPS")[0] == 0
    before = sha(theirs)
    code, out, err = run(capsys, *lena, "merge", mine, theirs, "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["added"]["note"] == 1 and report["added"]["candidate_tag"] == 1
    assert report["changed"]["candidate"] == 1
    [conflict] = report["conflicts"]
    assert {k: conflict[k] for k in ("kind", "label", "field", "mine", "theirs", "kept")} == {
        "kind": "candidate", "label": "Ada Obi", "field": "notes",
        "mine": "strong systems design", "theirs": "wants to stay remote", "kept": "theirs"}
    assert report["possible_duplicates"] == []
    assert sha(theirs) == before  # THEIRS is never modified
    code, out, _ = run(capsys, *lena, "list", mine, "candidates", "--json")
    ada = next(c for c in json.loads(out) if c["name"] == "Ada Obi")
    assert (ada["location"], ada["phone"]) == ("Lagos", "+234 801 234 5678")
    code, out, _ = run(capsys, *lena, "merge", mine, theirs)  # again: nothing new
    assert code == 0 and out.startswith("Nothing to merge")
    assert run(capsys, "check", mine)[0] == 0


def test_dry_run_reports_and_writes_nothing(two_copies: tuple[Path, Path],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    mine, theirs = two_copies
    assert run(capsys, "--as", "Daniel Okoye", "set", theirs, "candidate", "ada@example.com",
               "location=Accra")[0] == 0
    before = sha(mine)
    code, out, _ = run(capsys, "--as", "Lena Hoffmann", "merge", mine, theirs, "--dry-run")
    assert code == 0
    assert out.splitlines()[0] == ("Would merge Hiring.hirefile: 1 candidate changed; "
                                   "1 activity entry and 1 person added; no conflicts")
    assert sha(mine) == before
    assert not list(mine.parent.glob("*.before-merge.*"))  # no backup either


def test_another_companys_file_is_refused_in_one_line(
        two_copies: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    mine, _ = two_copies
    other = tmp_path / "Other.hirefile"
    assert run(capsys, "--as", "Daniel Okoye", "init", other)[0] == 0
    before = sha(mine)
    code, out, err = run(capsys, "--as", "Lena Hoffmann", "merge", mine, other)
    assert code == 1 and out == ""
    assert err == ("hirefile: Other.hirefile is not a copy of Hiring.hirefile (it began as "
                   "another file: another company's, or a desk started separately); only "
                   "copies of one file can be merged\n")
    assert sha(mine) == before
    code, _, err = run(capsys, "--as", "Lena Hoffmann", "merge", mine, tmp_path / "nope")
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err
    code, _, err = run(capsys, "--as", "Lena Hoffmann", "merge", mine, mine)
    assert code == 1 and "is the open file itself" in err


def test_file_names_with_question_marks_and_hashes_merge(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "Hiring #2?.hirefile"
    assert run(capsys, "--as", "Lena Hoffmann", "init", mine)[0] == 0
    theirs = tmp_path / "Hiring #2? (Daniel's copy).hirefile"
    shutil.copy(mine, theirs)
    people = tmp_path / "people.csv"
    people.write_text("name,email\nAda Obi,ada@example.com\n", encoding="utf-8")
    assert run(capsys, "--as", "Daniel Okoye", "import-csv", theirs, people)[0] == 0
    code, out, err = run(capsys, "--as", "Lena Hoffmann", "merge", mine, theirs)
    assert (code, err) == (0, ""), err
    assert "  added    1 candidate" in out.splitlines()
    assert list(tmp_path.glob("Hiring #2?.before-merge.*.hirefile"))  # the backup is there
