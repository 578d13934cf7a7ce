"""No output ever replaces a Hirefile file, another SQLite database or the open file.

Every writer (CSV, calendar, PDF and Markdown documents, Save a Copy), the command line and
every save dialog refuse such a target with one line, whatever the path's spelling, and leave
every file in the folder byte-identical, with no temporary file behind.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMainWindow
from sqlalchemy import select

from hirefile.cli import main
from hirefile.errors import OutputRefused
from hirefile.fsutil import atomic_path, check_output, write_bytes_atomic
from hirefile.services import documents, interviews, packets
from hirefile.services.csv_export import export_csv
from hirefile.services.files import create_file
from hirefile.services.person_export import export_person
from hirefile.settings import Identity, Settings
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Candidate, Interview, Offer, Role
from hirefile.ui import exports, messages
from hirefile.ui.assess.common import ensure_viewer
from hirefile.ui.main_window import MainWindow
from hirefile.ui.pages.candidates import CandidatesPage
from hirefile.ui.pages.interviews import InterviewsPage

SKIP = {"config", "data"}  # this test's settings and data folders (conftest)


def snapshot(folder: Path) -> dict[str, str]:
    """Every entry under `folder`: a file's sha256, a link's target, or a folder mark."""
    seen: dict[str, str] = {}
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not (Path(root) == folder and d in SKIP)]
        for name in [*dirs, *names]:
            p = Path(root) / name
            rel = str(p.relative_to(folder))
            if p.is_symlink():
                seen[rel] = "-> " + os.readlink(p)
            elif p.is_dir():
                seen[rel] = "folder"
            else:
                seen[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return seen


def sqlite_file(path: Path) -> Path:
    """Another app's SQLite database, with a row in it."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.close()
    return path


def case_insensitive(folder: Path) -> bool:
    probe = folder / "case-probe"
    probe.write_bytes(b"")
    try:
        return (folder / "CASE-PROBE").exists()
    finally:
        probe.unlink()


@dataclass
class Desk:
    """Keys in the demo file for every kind of output."""

    app_id: str
    offer_id: str
    role_id: str
    role_title: str
    candidate_id: str
    interview_ids: list[str]


@pytest.fixture
def desk(demo_db: Database) -> Desk:
    with demo_db.reader() as s:
        app_id, offer_id, role_id, cand = s.execute(
            select(Application.id, Offer.id, Application.role_id, Application.candidate_id)
            .join(Offer, Offer.application_id == Application.id)
            .where(Offer.status == "sent")).first()
        title = s.get_one(Role, role_id).title
        ids = list(s.scalars(select(Interview.id).where(Interview.starts_at.is_not(None))
                             .limit(5)))
    assert ids
    return Desk(app_id, offer_id, role_id, title, cand, ids)


# every writer ----------------------------------------------------------------------------------

Writer = Callable[[Database, Desk, Path], object]


def _reader(write: Callable[[Any, Desk, Path], object]) -> Writer:
    def run(db: Database, desk: Desk, target: Path) -> object:
        with db.reader() as s:
            return write(s, desk, target)
    return run


WRITERS: dict[str, tuple[str, Writer]] = {
    "csv": (".csv", _reader(lambda s, d, t: export_csv(s, t))),
    "ics": (".ics", _reader(lambda s, d, t: interviews.export_ics(s, d.interview_ids, t))),
    "jd-md": (".md", _reader(lambda s, d, t: documents.export_job_description(s, d.role_id, t))),
    "jd-pdf": (".pdf", _reader(lambda s, d, t: documents.export_job_description(s, d.role_id,
                                                                                t))),
    "offer": (".pdf", _reader(lambda s, d, t: documents.export_offer_letter(s, d.offer_id, t))),
    "packet": (".pdf", _reader(lambda s, d, t: packets.export_packet(s, d.app_id, t))),
    "debrief": (".pdf", _reader(lambda s, d, t: packets.export_debrief(s, d.app_id, t))),
    "copy": (".hirefile", lambda db, d, t: db.save_copy(t)),
    "person": (".zip", lambda db, d, t: export_person(db, d.candidate_id, t)),
}

#: How each spelling names a file that must never be replaced, and what the refusal says.
#: `own` spellings use the open file's own name (a Markdown export cannot be aimed at it).
Spelling = Callable[[Path, Database, str, pytest.MonkeyPatch], Path | str]


def _relative(tmp: Path, db: Database, _sfx: str, mp: pytest.MonkeyPatch) -> str:
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    mp.chdir(elsewhere)
    return os.path.join("..", db.path.name)


def _dot(tmp: Path, db: Database, _sfx: str, mp: pytest.MonkeyPatch) -> str:
    mp.chdir(db.path.parent)
    return "./" + db.path.name


def _symlink(tmp: Path, db: Database, sfx: str, _mp: pytest.MonkeyPatch) -> Path:
    link = tmp / f"shortcut{sfx}"
    link.symlink_to(db.path)
    return link


def _hard_link(tmp: Path, db: Database, sfx: str, _mp: pytest.MonkeyPatch) -> Path:
    link = tmp / f"same file{sfx}"
    os.link(db.path, link)
    return link


def _other(tmp: Path, _db: Database, sfx: str, _mp: pytest.MonkeyPatch) -> Path:
    other = tmp / f"Other team{sfx}"
    create_file(other, Identity("0" * 32, "Someone Else")).close()
    return other


def _case(tmp: Path, db: Database, _sfx: str, _mp: pytest.MonkeyPatch) -> Path:
    if not case_insensitive(tmp):
        pytest.skip("this disk tells letter cases apart")
    return db.path.with_name(db.path.name.upper())


SPELLINGS: dict[str, tuple[bool, Spelling, str]] = {
    "same path": (True, lambda t, db, s, m: db.path, "is the Hirefile file that is open"),
    "relative from another folder": (True, _relative, "is the Hirefile file that is open"),
    "dot slash": (True, _dot, "is the Hirefile file that is open"),
    "other letter case": (True, _case, "the Hirefile file that is open"),
    "symlink": (False, _symlink, "which is the Hirefile file that is open"),
    "hard link": (False, _hard_link, "is the Hirefile file that is open"),
    "another Hirefile file": (False, _other, "is a Hirefile file (a database)"),
    "plain SQLite file": (False, lambda t, db, s, m: sqlite_file(t / f"app data{s}"),
                          "is an SQLite database (another app's data)"),
    "lock note": (True, lambda t, db, s, m: f"{db.path}.lock",
                  "is the lock note of the database Demo.hirefile"),
    "journal": (True, lambda t, db, s, m: f"{db.path}-journal",
                "is the rollback journal of the database Demo.hirefile"),
    "write-ahead log": (True, lambda t, db, s, m: f"{db.path}-wal", "is the write-ahead log"),
    "folder": (False, lambda t, db, s, m: (t / f"folder{s}").mkdir() or t / f"folder{s}",
               "is a folder"),
}


@pytest.mark.parametrize(("kind", "spelling"), [
    (kind, spelling) for kind, (suffix, _w) in WRITERS.items() for spelling, (own, _m, _s)
    in SPELLINGS.items() if not (own and suffix == ".md")  # Markdown needs a .md name
])
def test_no_writer_replaces_a_database_or_the_open_file(
        kind: str, spelling: str, demo_db: Database, desk: Desk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    suffix, write = WRITERS[kind]
    _own, make, said = SPELLINGS[spelling]
    target = make(tmp_path, demo_db, suffix, monkeypatch)
    before = snapshot(tmp_path)
    with pytest.raises(OutputRefused) as refused:
        write(demo_db, desk, Path(target))
    message = refused.value.message
    assert message.startswith("Not written: ") and "\n" not in message
    assert said in message
    assert message.endswith(("; choose another name", "; choose a file name"))
    assert snapshot(tmp_path) == before  # byte-identical, and no temporary file left
    with demo_db.reader() as s:  # the open file still answers
        assert s.scalar(select(Candidate.id).limit(1)) is not None


@pytest.mark.parametrize("kind", list(WRITERS))
def test_a_new_name_and_a_previous_export_are_written(kind: str, demo_db: Database,
                                                      desk: Desk, tmp_path: Path) -> None:
    suffix, write = WRITERS[kind]
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"Export{suffix}"
    write(demo_db, desk, target)
    first = target.read_bytes()
    assert first.startswith(b"SQLite format 3\x00") == (kind == "copy")
    if kind == "copy":  # an earlier copy is a Hirefile file: it is kept, never replaced
        with pytest.raises(OutputRefused, match="is a Hirefile file"):
            write(demo_db, desk, target)
        assert check_file(target).ok
    else:
        target.write_bytes(b"an earlier export of the same kind")
        write(demo_db, desk, target)
        assert target.read_bytes() != b"an earlier export of the same kind"
        assert len(target.read_bytes()) > 100
    assert sorted(p.name for p in out.iterdir()) == [target.name]


def test_a_database_that_appears_while_writing_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    with pytest.raises(OutputRefused, match="is an SQLite database"), \
            atomic_path(target) as tmp:
        tmp.write_bytes(b"name\r\nAda\r\n")
        sqlite_file(target)  # another program put a database there meanwhile
    assert sorted(p.name for p in tmp_path.iterdir() if p.name not in SKIP) == ["report.csv"]
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    conn.close()


def test_a_database_that_appears_at_the_last_instant_is_not_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The final step creates a new name with a link, which fails rather than replace."""
    target = tmp_path / "report.csv"
    real_link = os.link

    def late(src: Any, dst: Any) -> None:
        sqlite_file(Path(dst))  # between the last check and the link
        real_link(src, dst)

    monkeypatch.setattr("hirefile.fsutil.os.link", late)
    with pytest.raises(OutputRefused, match="is an SQLite database"):
        write_bytes_atomic(target, b"name\r\nAda\r\n")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name not in SKIP) == ["report.csv"]
    assert target.read_bytes().startswith(b"SQLite format 3\x00")


def test_closing_a_file_forgets_it_but_it_stays_a_database(tmp_path: Path,
                                                            identity: Identity) -> None:
    path = tmp_path / "Hiring.hirefile"
    db = create_file(path, identity)
    with pytest.raises(OutputRefused, match="that is open"):
        check_output(path)
    db.close()
    with pytest.raises(OutputRefused, match="is a Hirefile file"):
        check_output(path)
    with pytest.raises(OutputRefused, match="lock note"):  # the note is gone, its name is not
        check_output(f"{path}.LOCK")
    assert check_output(tmp_path / "Hiring.csv") == tmp_path / "Hiring.csv"


def test_new_files_and_their_names_are_still_free(tmp_path: Path, identity: Identity) -> None:
    """Creating a file, and names beside a database that are not its side files."""
    db = create_file(tmp_path / "Hiring.hirefile", identity)
    try:
        for name in ("Hiring.csv", "Hiring.hirefile.pdf", "Hiring-wal.csv", "notes.lock",
                     ".lock", "Hiring copy.hirefile"):
            assert check_output(tmp_path / name) == tmp_path / name
        copy = db.save_copy(tmp_path / "Hiring copy.hirefile")
        assert check_file(copy).ok
    finally:
        db.close()


# the command line ------------------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(result: tuple[int, str, str], said: str) -> None:
    code, out, err = result
    assert (code, out) == (1, ""), err
    assert err.startswith("hirefile: Not written: ") and err.count("\n") == 1, err
    assert said in err, err


def test_cli_refuses_every_output_kind_over_a_database(demo_db: Database, desk: Desk,
                                                        tmp_path: Path, capsys: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    demo_db.close()  # as on the command line: nothing else has the file open
    db = demo_db.path
    other = _other(tmp_path, demo_db, ".hirefile", monkeypatch)
    link = _symlink(tmp_path, demo_db, ".pdf", monkeypatch)
    plain = sqlite_file(tmp_path / "app.db")
    before = snapshot(tmp_path)
    cand = ["--candidate", desk.candidate_id, "--role", desk.role_id]
    monkeypatch.chdir(tmp_path)
    assert_refused(run(capsys, "export-csv", db, db), "is a Hirefile file")
    assert_refused(run(capsys, "export-csv", db, other), "is a Hirefile file")
    assert_refused(run(capsys, "export-csv", db, f"./{db.name}"), "is a Hirefile file")
    assert_refused(run(capsys, "export-csv", db, plain), "is an SQLite database")
    for kind in ("packet", "offer", "debrief"):
        assert_refused(run(capsys, "export", kind, db, *cand, "-o", db), "is a Hirefile file")
        assert_refused(run(capsys, "export", kind, db, *cand, "-o", link),
                       f"leads to {db.resolve()}")
    assert_refused(run(capsys, "export", "jd", db, "--role", desk.role_id, "-o", db.name),
                   "is a Hirefile file")
    assert_refused(run(capsys, "export", "jd", db, "--role", desk.role_id, "-o", f"{db}.lock"),
                   "lock note")
    assert snapshot(tmp_path) == before


def test_cli_says_so_before_opening_anything(tmp_path: Path, capsys: Any) -> None:
    """The output is judged first: a missing input file is not even looked at."""
    plain = sqlite_file(tmp_path / "app.db")
    assert_refused(run(capsys, "export-csv", tmp_path / "missing.hirefile", plain),
                   "is an SQLite database")
    assert_refused(run(capsys, "export", "jd", tmp_path / "missing.hirefile", "--role", "x",
                       "-o", plain), "is an SQLite database")


def test_cli_writes_new_and_earlier_exports(demo_db: Database, desk: Desk, tmp_path: Path,
                                            capsys: Any) -> None:
    csv_out, pdf_out = tmp_path / "people.csv", tmp_path / "jd.pdf"
    for _ in range(2):  # a new name, then the previous export replaced
        code, out, err = run(capsys, "export-csv", demo_db.path, csv_out)
        assert (code, err) == (0, "") and "exported 300 candidates" in out
        code, _, err = run(capsys, "export", "jd", demo_db.path, "--role", desk.role_id, "-o",
                           pdf_out)
        assert (code, err) == (0, "")
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbfFull name")
    assert desk.role_title in "".join(p.extract_text() for p in PdfReader(pdf_out).pages)


HOLDER = textwrap.dedent("""
    import sys
    from hirefile.settings import Identity
    from hirefile.storage.database import Database
    db = Database.open(sys.argv[1], Identity("1" * 32, "Long Demo"))
    print("holding", flush=True)
    sys.stdin.read()  # until the test closes our stdin
    with db.session() as s:
        from hirefile.storage.models import Candidate
        s.add(Candidate(full_name="Written after the refusals"))
    db.close()
    print("closed", flush=True)
""")


def test_a_file_held_by_another_process_is_not_replaced(tmp_path: Path, identity: Identity,
                                                         capsys: Any) -> None:
    held = tmp_path / "Held.hirefile"
    source = tmp_path / "Source.hirefile"
    create_file(held, identity).close()
    create_file(source, identity).close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(held)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        before = snapshot(tmp_path)
        assert (tmp_path / "Held.hirefile.lock").exists()
        assert_refused(run(capsys, "export-csv", held, held), "is a Hirefile file")
        assert_refused(run(capsys, "export-csv", source, held), "is a Hirefile file")
        assert_refused(run(capsys, "export-csv", source, f"{held}.lock"), "lock note")
        with Database.open(source, identity) as db, \
                pytest.raises(OutputRefused, match="is a Hirefile file"):
            db.save_copy(held)  # this process's own writer, too
        assert snapshot(tmp_path) == before
    finally:
        out, _ = holder.communicate("", timeout=60)
    assert holder.returncode == 0 and out == "closed\n"
    with Database.open(held, identity, write=False) as db, db.reader() as s:
        assert s.scalars(select(Candidate.full_name)).all() == ["Written after the refusals"]


# the save dialogs ------------------------------------------------------------------------------

class SaveDialog:
    """Answers `QFileDialog.getSaveFileName` with each name in turn ("" = Cancel)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *names: Path | str) -> None:
        self.names = [str(n) for n in names]
        self.asked: list[str] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, _parent: Any, title: str, suggested: str, *_rest: Any) -> tuple[str, str]:
        self.asked.append(suggested)
        return self.names.pop(0), ""


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    w = QMainWindow()
    qtbot.addWidget(w)
    return w


def test_document_dialog_asks_again_until_a_free_name(demo_db: Database, desk: Desk,
                                                      tmp_path: Path, window: QMainWindow,
                                                      problems: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    link = _symlink(tmp_path, demo_db, ".pdf", monkeypatch)
    plain = sqlite_file(tmp_path / "app.pdf")
    hard = _hard_link(tmp_path, demo_db, ".PDF", monkeypatch)
    before = snapshot(tmp_path)
    good = tmp_path / "Debrief.pdf"
    dialog = SaveDialog(monkeypatch, link, plain, hard, good.with_suffix(""))
    written = exports.export_debrief(window, demo_db, desk.app_id)
    assert written == good and good.read_bytes().startswith(b"%PDF")
    assert len(problems) == 3 and all(p.startswith("Not written: ") for p in problems)
    assert "leads to" in problems[0] and "SQLite database" in problems[1]
    assert "that is open" in problems[2]
    assert len(dialog.asked) == 4
    after = snapshot(tmp_path)
    assert after.pop("Debrief.pdf") and after == before


def test_markdown_dialog_refuses_and_cancel_writes_nothing(demo_db: Database, desk: Desk,
                                                           tmp_path: Path, window: QMainWindow,
                                                           problems: list[str],
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    plain = sqlite_file(tmp_path / "job.md")
    before = snapshot(tmp_path)
    SaveDialog(monkeypatch, plain, "")
    assert exports.export_job_description(window, demo_db, desk.role_id) is None
    assert len(problems) == 1 and "is an SQLite database" in problems[0]
    assert snapshot(tmp_path) == before


def test_csv_export_dialog_refuses_the_open_file(qtbot: Any, demo_db: Database,
                                                 tmp_path: Path, problems: list[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page = CandidatesPage()
    qtbot.addWidget(page)
    page.set_database(demo_db)
    hard = _hard_link(tmp_path, demo_db, ".csv", monkeypatch)
    link = _symlink(tmp_path, demo_db, ".csv", monkeypatch)
    before = snapshot(tmp_path)
    SaveDialog(monkeypatch, hard, link, tmp_path / "people")
    written = page.export_csv()
    assert written == tmp_path / "people.csv"
    assert ["that is open" in p for p in problems] == [True, True]
    after = snapshot(tmp_path)
    assert after.pop("people.csv") and after == before


def test_calendar_dialog_refuses_a_database(qtbot: Any, demo_db: Database, tmp_path: Path,
                                            problems: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ensure_viewer(demo_db)
    page = InterviewsPage()
    qtbot.addWidget(page)
    page.set_database(demo_db)
    other = _other(tmp_path, demo_db, ".ics", monkeypatch)
    plain = sqlite_file(tmp_path / "calendar.ics")
    before = snapshot(tmp_path)
    SaveDialog(monkeypatch, other, plain, tmp_path / "week")
    page.form.exportButton.click()
    assert "is a Hirefile file" in problems[0] and "SQLite database" in problems[1]
    assert len(problems) == 2
    after = snapshot(tmp_path)
    assert after.pop("week.ics") and after == before


def test_save_a_copy_dialog_refuses_the_open_file_and_other_files(
        qtbot: Any, demo_db: Database, tmp_path: Path, identity: Identity,
        problems: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(demo_db, Settings(), identity)
    qtbot.addWidget(window)
    other = _other(tmp_path, demo_db, ".hirefile", monkeypatch)
    (tmp_path / "folder.hirefile").mkdir()
    before = snapshot(tmp_path)
    # "Demo" is completed to Demo.hirefile: the open file itself
    SaveDialog(monkeypatch, tmp_path / "Demo", other, tmp_path / "folder", tmp_path / "Backup")
    window.form.actionSaveCopy.trigger()
    assert len(problems) == 3
    assert "that is open" in problems[0] and "is a Hirefile file" in problems[1]
    assert "is a folder" in problems[2]
    after = snapshot(tmp_path)
    assert after.pop("Backup.hirefile") and after == before
    assert check_file(tmp_path / "Backup.hirefile").ok
