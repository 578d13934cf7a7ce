"""Recovery of a damaged file: `hirefile recover DAMAGED -o NEW`, File → Recover a Damaged
File…, and the offer (recover, or open the newest backup) when a file to open is damaged.

The demo file of 300 candidates is damaged for real: pages of the candidate table overwritten
in the middle of the file, the file cut off, its header zeroed. Each time the rows salvaged are
counted against what the damaged pages held, the new file opens and passes `hirefile check`,
and the damaged file's bytes are unchanged.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from hirefile.cli import main
from hirefile.errors import CorruptFile, HirefileError, NotSQLiteFile, OutputRefused
from hirefile.services import recovery
from hirefile.services.backups import make_backup
from hirefile.services.recovery import REBUILT_NOTE, recover
from hirefile.settings import Identity
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate
from hirefile.ui.people import WhoAmIDialog
from hirefile.ui.sharing import recover as recovery_ui

PAGE = 4096
DAMAGED_PAGES = 3


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leaf_pages(path: Path, table: str) -> list[tuple[int, int]]:
    """(page number, rows on it) of the leaf pages of `table`, in file order."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT pageno, ncell FROM dbstat WHERE name = ? AND pagetype = "
                            "'leaf' ORDER BY pageno", (table,)).fetchall()
    finally:
        conn.close()


def file_uuid(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT value FROM meta WHERE key = 'file_uuid'").fetchone()[0])
    finally:
        conn.close()


def live_candidates(path: Path, identity: Identity) -> int:
    db = Database.open(path, identity)  # for writing: refused unless the checks pass
    try:
        with db.reader() as s:
            return s.scalar(select(func.count()).select_from(Candidate)
                            .where(Candidate.deleted_at.is_(None))) or 0
    finally:
        db.close()


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Hiring.hirefile"
    shutil.copyfile(demo_template, path)
    return path


def overwrite_candidate_pages(path: Path) -> int:
    """Overwrite three leaf pages of the candidate table in the middle of the file with junk;
    returns how many candidates those pages held."""
    pages = leaf_pages(path, "candidate")
    middle = len(pages) // 2
    hit = pages[middle:middle + DAMAGED_PAGES]
    data = bytearray(path.read_bytes())
    for pageno, _rows in hit:
        data[(pageno - 1) * PAGE:pageno * PAGE] = b"\xa5" * PAGE
    path.write_bytes(bytes(data))
    return sum(rows for _pageno, rows in hit)


@pytest.mark.parametrize("use_shell", [None, False], ids=["shell-if-it-works", "row-by-row"])
def test_overwritten_pages_lose_only_their_rows_and_the_rest_opens_sound(
        demo: Path, tmp_path: Path, identity: Identity, use_shell: bool | None) -> None:
    uuid_before = file_uuid(demo)
    on_damaged_pages = overwrite_candidate_pages(demo)
    assert 0 < on_damaged_pages < 40
    before = digest(demo)
    with pytest.raises(HirefileError, match="is damaged"):
        Database.open(demo, identity)

    new = tmp_path / "Recovered.hirefile"
    report = recover(demo, new, use_shell=use_shell)

    assert digest(demo) == before  # the damaged file was only read
    candidates = report.table("candidate")
    assert candidates.expected == 300  # SQLite still counts them through an index
    assert candidates.lost == on_damaged_pages
    assert candidates.saved == 300 - on_damaged_pages
    # the applications of the lost candidates go with them; nothing else is lost
    assert report.table("application").dropped > 0
    assert report.table("role").lost == 0 and report.table("person").lost == 0
    assert report.check_ok and report.check_problems == []
    assert check_file(new).ok
    assert report.file_uuid_kept and file_uuid(new) == uuid_before  # merges with copies
    assert live_candidates(new, identity) == 300 - on_damaged_pages  # none removed in the demo
    lines = report.lines()
    assert f"candidate: {300 - on_damaged_pages} rows saved, lost: {on_damaged_pages}" in lines
    assert lines[-1] == "check: ok"


def test_a_cut_off_file_keeps_every_row_before_the_cut(
        demo: Path, tmp_path: Path, identity: Identity) -> None:
    history = leaf_pages(demo, "stage_change")
    cut = history[len(history) // 2][0]  # the file ends halfway through the stage history
    kept_history = sum(rows for pageno, rows in history if pageno < cut)
    data = demo.read_bytes()
    assert len(leaf_pages(demo, "candidate")) and all(
        p < cut for p, _ in leaf_pages(demo, "candidate"))
    demo.write_bytes(data[:(cut - 1) * PAGE])
    before = digest(demo)

    new = tmp_path / "Recovered.hirefile"
    report = recover(demo, new, use_shell=False)

    assert digest(demo) == before
    assert report.table("candidate").saved == 300
    assert report.table("stage_change").saved == kept_history
    assert report.histories_rebuilt > 0  # applications whose whole history was cut off
    assert report.check_ok, report.check_problems
    assert live_candidates(new, identity) == 300
    conn = sqlite3.connect(new)
    notes = conn.execute("SELECT count(*) FROM stage_change WHERE note = ?",
                         (REBUILT_NOTE,)).fetchone()[0]
    conn.close()
    assert 0 < notes <= report.histories_rebuilt


def test_a_zeroed_header_is_rebuilt_and_every_row_saved(
        demo: Path, tmp_path: Path, identity: Identity) -> None:
    conn = sqlite3.connect(demo)
    rows = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in ("candidate", "application", "stage_change", "scorecard", "offer")}
    conn.close()
    uuid_before = file_uuid(demo)
    data = bytearray(demo.read_bytes())
    data[:100] = bytes(100)
    demo.write_bytes(bytes(data))
    before = digest(demo)

    new = tmp_path / "Recovered.hirefile"
    report = recover(demo, new, use_shell=False)

    assert digest(demo) == before
    assert report.header_rebuilt
    assert {t: report.table(t).saved for t in rows} == rows
    assert report.lost == 0
    assert report.check_ok
    assert file_uuid(new) == uuid_before
    assert live_candidates(new, identity) == rows["candidate"]


def test_an_existing_target_and_a_file_with_nothing_readable_are_refused(
        demo: Path, tmp_path: Path) -> None:
    existing = tmp_path / "Existing.hirefile"
    existing.write_bytes(b"keep me")
    with pytest.raises(OutputRefused, match="already exists"):
        recover(demo, existing)
    assert existing.read_bytes() == b"keep me"

    junk = tmp_path / "Junk.hirefile"
    junk.write_bytes(b"\x00" * 40_000)
    with pytest.raises(HirefileError, match="Nothing could be read"):
        recover(junk, tmp_path / "New.hirefile", use_shell=False)
    assert not (tmp_path / "New.hirefile").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != "") == [
        "Existing.hirefile", "Hiring.hirefile", "Junk.hirefile"]  # no scratch left behind


# the command line ---------------------------------------------------------------------------------

def test_cli_prints_a_line_per_table_and_a_total_and_refuses_an_existing_output(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lost = overwrite_candidate_pages(demo)
    new = tmp_path / "Recovered.hirefile"
    code = main(["--as", "Amara Okafor", "recover", str(demo), "-o", str(new)])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = out.splitlines()
    assert f"candidate: {300 - lost} rows saved, lost: {lost}" in lines
    total = next(line for line in lines if line.startswith("total: "))
    assert total.endswith("lost, by row by row") or total.endswith("by sqlite3 .recover")
    assert "check: ok" in lines
    assert lines[-1] == f"recovered into {new}"
    assert check_file(new).ok

    before = digest(new)
    code = main(["--as", "Amara Okafor", "recover", str(demo), "-o", str(new)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "already exists" in err and "Traceback" not in err
    assert digest(new) == before


# the app ------------------------------------------------------------------------------------------

@pytest.fixture
def damaged_copy(demo_db: Database, tmp_path: Path) -> Path:
    """A copy of the open demo file (same lineage, so its backups count), then damaged."""
    path = tmp_path / "Damaged.hirefile"
    shutil.copyfile(demo_db.path, path)
    overwrite_candidate_pages(path)
    return path


def stub_dialogs(monkeypatch: pytest.MonkeyPatch, choice: recovery_ui.DamagedChoice,
                 target: Path, *, open_it: bool = True) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def ask_choice(parent: Any, title: str, message: str, backup: Any) -> Any:
        seen["title"], seen["message"], seen["backup"] = title, message, backup
        return choice

    def show_report(parent: Any, report: recovery.RecoveryReport) -> bool:
        seen["report"] = report
        return open_it

    monkeypatch.setattr(recovery_ui, "ask_damaged_choice", ask_choice)
    monkeypatch.setattr(recovery_ui, "ask_target", lambda parent, damaged: target)
    monkeypatch.setattr(recovery_ui, "ask_backup_target", lambda parent, suggested: target)
    monkeypatch.setattr(recovery_ui, "show_report", show_report)
    # a file new to this machine asks who you are in it: keep this machine's identity
    monkeypatch.setattr(WhoAmIDialog, "ask", classmethod(lambda cls, *a, **k: None))
    return seen


def test_opening_a_damaged_file_offers_recovery_and_opens_the_result(
        open_window: Any, demo_db: Database, damaged_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(demo_db, (1024, 700))
    make_backup(demo_db, "open")
    before = digest(damaged_copy)
    new = tmp_path / "Saved.hirefile"
    seen = stub_dialogs(monkeypatch, recovery_ui.DamagedChoice.RECOVER, new)

    assert window.open_path(damaged_copy) is False  # the damaged file itself is not opened
    assert seen["title"] == "Could not open \u2068Damaged.hirefile\u2069"  # isolated name
    assert "is damaged" in seen["message"]
    assert seen["backup"] is not None  # the newest backup of this lineage is offered
    report = seen["report"]
    assert report.target == new and report.check_ok
    assert 250 < report.table("candidate").saved < 300
    assert window.db.path == new  # the recovered file is open
    assert digest(damaged_copy) == before


def test_opening_a_damaged_file_can_open_the_newest_backup_instead(
        open_window: Any, demo_db: Database, damaged_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, identity: Identity) -> None:
    window = open_window(demo_db, (1024, 700))
    backup = make_backup(demo_db, "open")
    new = tmp_path / "From backup.hirefile"
    seen = stub_dialogs(monkeypatch, recovery_ui.DamagedChoice.BACKUP, new)

    window.open_path(damaged_copy)

    assert seen["backup"].path == backup.path
    assert "report" not in seen  # nothing was recovered
    assert window.db.path == new
    with window.db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Candidate)) == 300


def test_a_zeroed_header_is_offered_recovery_without_a_backup(
        open_window: Any, demo_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(demo_db, (1024, 700))
    path = tmp_path / "Zeroed.hirefile"
    data = bytearray(demo_db.path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))
    seen = stub_dialogs(monkeypatch, recovery_ui.DamagedChoice.CLOSE, tmp_path / "unused")

    window.open_path(path)

    assert "not an SQLite database" in seen["message"]
    assert seen["backup"] is None  # the file id went with the header: no backup to offer
    assert window.db.path == demo_db.path


def test_file_menu_recover_writes_the_new_file_and_keeps_the_open_one(
        open_window: Any, demo_db: Database, damaged_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(demo_db, (1024, 700))
    new = tmp_path / "Menu.hirefile"
    seen = stub_dialogs(monkeypatch, recovery_ui.DamagedChoice.CLOSE, new, open_it=False)
    monkeypatch.setattr(recovery_ui, "ask_damaged_file", lambda parent, folder: damaged_copy)
    menu = [a.text() for a in window.form.menuFile.actions()]
    assert menu[menu.index("&Restore from Backup…") + 1] == "Recover a &Damaged File…"

    window.action_recover.trigger()

    assert seen["report"].target == new and check_file(new).ok
    assert window.db.path == demo_db.path  # not opened: the person said Close


def test_a_text_file_named_hirefile_is_foreign_not_damaged(tmp_path: Path) -> None:
    text = tmp_path / "notes.hirefile"
    text.write_text("shopping list\n", encoding="utf-8")
    zeroed = tmp_path / "Zeroed.hirefile"
    zeroed.write_bytes(bytes(4096 * 3))
    assert not recovery_ui.looks_damaged(NotSQLiteFile("x"), text)
    assert recovery_ui.looks_damaged(NotSQLiteFile("x"), zeroed)
    assert recovery_ui.looks_damaged(CorruptFile("x"), text)


def test_a_damaged_file_at_start_up_is_offered_recovery_and_the_result_opens(
        qtbot: Any, demo_db: Database, damaged_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The last file, damaged since: the app starts on what could be saved of it."""
    from hirefile.settings import Settings
    from hirefile.ui import app, messages

    new = tmp_path / "Saved at start.hirefile"
    seen = stub_dialogs(monkeypatch, recovery_ui.DamagedChoice.RECOVER, new)
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_after_failure",
                        lambda parent, message, **_: asked.append(message))
    Settings().set_last_file(damaged_copy)
    before = digest(damaged_copy)

    window = app.start(None)

    assert not isinstance(window, int)
    qtbot.addWidget(window)
    assert "is damaged" in seen["message"] and asked == []  # one question, not two
    assert window.db.path == new and window.windowTitle() == f"{new.name} — Hirefile"
    assert 250 < seen["report"].table("candidate").saved < 300
    assert digest(damaged_copy) == before
    window.close()
