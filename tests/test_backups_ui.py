"""Backups and copies in the app: a copy for a cofounder that merges back, automatic backups
(on open, every 30 minutes while changed, before an import or demo data, rotated, a failure
that never stops work), and File → Restore from Backup… (as a new file, or in place of the
open file after a confirmation and a backup, with every view showing the restored rows)."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import func, select
from test_no_stale_views import every_view_matches_the_file, listing_names
from test_small_screen import SCREEN, cut_buttons, cut_labels, settle

from hirefile.domain.candidates import CandidateDraft
from hirefile.errors import StorageFailure
from hirefile.services import company as company_service
from hirefile.services.backups import backups_dir, list_backups, make_backup
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, CompanyProfile, Person
from hirefile.ui import messages, screen
from hirefile.ui.commands.base import apply
from hirefile.ui.commands.candidates import CreateCandidate
from hirefile.ui.csv import files as csv_files
from hirefile.ui.csv.import_dialog import ImportCsvDialog
from hirefile.ui.main_window import MainWindow
from hirefile.ui.screen import room_for
from hirefile.ui.sharing import backups as sharing_backups
from hirefile.ui.sharing import cofounder_copy, restore
from hirefile.ui.sharing.backups import EVERY_MS
from hirefile.ui.sharing.restore import COL_NOTE, RestoreDialog

DANIEL = Identity("7a1c0d7e-0000-4000-8000-00000000da01", "Daniel Okoye", "daniel@example.ng")


@pytest.fixture
def window(open_window: Any, demo_db: Database) -> MainWindow:
    return open_window(demo_db, (1024, 700))


def live_candidates(db: Database) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(Candidate)
                        .where(Candidate.deleted_at.is_(None))) or 0


def replica_of(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[0]
    finally:
        conn.close()


def add_candidate(w: MainWindow, name: str) -> None:
    assert w.db is not None
    apply(w.undo_stack, CreateCandidate(w.db, lambda: None, CandidateDraft(full_name=name)))


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_problem",
                        lambda parent, title, text: shown.append((title, text)))
    return shown


# a copy for a cofounder ---------------------------------------------------------------------------

def test_a_copy_for_a_cofounder_is_named_for_them_has_its_own_replica_and_merges_back(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = window.db
    assert db is not None
    with db.session() as s:  # the file's people: me and a cofounder named in Arabic
        s.add(Person(name="ليلى حداد", email="layla@example.jo"))
        profile = s.scalars(select(CompanyProfile)).first()
        company = profile.name if profile is not None else ""
    assert company  # the demo's company profile names the company
    with db.reader() as s:
        assert company_service.company(s).name == company
    offered: list[list[str]] = []
    suggested: list[Path] = []
    told: list[tuple[Path, str]] = []

    def ask_person(parent: Any, choices: list[str]) -> str:
        offered.append(choices)
        return "  Daniel   Okoye "  # typed, with stray spaces

    def ask_target(parent: Any, path: Path) -> Path:
        suggested.append(path)
        return tmp_path / "out" / path.name

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(cofounder_copy, "ask_person", ask_person)
    monkeypatch.setattr(cofounder_copy, "ask_target", ask_target)
    monkeypatch.setattr(cofounder_copy, "show_what_next",
                        lambda parent, copy, person: told.append((copy, person)))
    original = db.path.read_bytes()

    menu = [a.text() for a in window.form.menuFile.actions()]
    at = menu.index(window.form.actionSaveCopy.text())  # the plain copy stays as it was
    assert menu[at + 1] == "Save a Copy for a &Cofounder…"
    assert menu[-5:] == ["", "&Restore from Backup…", "Recover a &Damaged File…", "",
                         window.form.actionQuit.text()]
    assert window.backups.action_copy_for_cofounder is not None
    window.backups.action_copy_for_cofounder.trigger()

    assert "ليلى حداد" in offered[0] and db.identity.name not in offered[0]
    assert suggested == [db.path.with_name(f"{company} — for Daniel Okoye.hirefile")]
    copy = tmp_path / "out" / f"{company} — for Daniel Okoye.hirefile"
    assert told == [(copy, "Daniel Okoye")]
    assert db.path.read_bytes() == original  # the open file was only read
    assert replica_of(copy) != replica_of(db.path)
    headline, steps = cofounder_copy.what_next_text(copy, "Daniel Okoye")
    assert copy.name in headline and "Merge a Cofounder’s Copy" in steps
    assert "e-mail" in steps and "USB" in steps and "shared folder" in steps

    # Daniel works in his copy while I work in mine; each merges the other's back
    with Database.open(copy, DANIEL) as theirs, theirs.session() as s:
        s.add(Candidate(full_name="Chen Wei 陈伟", email="chen.wei@example.cn"))
    add_candidate(window, "Олена Коваль")
    mine_before = live_candidates(db)
    result = merge_file(db, copy)
    assert result.outcome.added["candidate"] == 1 and not result.outcome.conflicts
    assert live_candidates(db) == mine_before + 1
    with Database.open(copy, DANIEL) as theirs:
        merge_file(theirs, db.path)
        assert live_candidates(theirs) == live_candidates(db)
        assert replica_of(copy) != replica_of(db.path)


def test_without_a_company_name_the_copy_is_named_after_the_file(new_db: Database) -> None:
    assert cofounder_copy.suggested_name(new_db, "Dana/Lee") == \
        "Hiring — for Dana Lee.hirefile"  # no slash in a file name


# automatic backups --------------------------------------------------------------------------------

def test_a_backup_is_made_after_the_file_opens(window: MainWindow, qtbot: Any) -> None:
    db = window.db
    assert db is not None
    assert list_backups(db.file_uuid) == []  # not while the window opens
    qtbot.waitUntil(lambda: bool(list_backups(db.file_uuid)), timeout=10_000)
    [info] = list_backups(db.file_uuid)
    assert info.reason == "open" and info.damaged is None
    assert info.candidates == live_candidates(db)
    # opened again with nothing changed since: no second copy of the same content
    assert window.backups.back_up_opened() == info
    assert list_backups(db.file_uuid) == [info]


def test_the_half_hourly_backup_is_made_only_when_the_file_changed(window: MainWindow) -> None:
    db = window.db
    assert db is not None
    keeper = window.backups
    assert keeper.timer.isActive() and keeper.timer.interval() == EVERY_MS == 30 * 60 * 1000
    keeper._open_timer.stop()
    assert keeper.back_up_opened() is None and keeper.finish() is not None  # in the worker
    assert not keeper.back_up_if_changed()  # nothing changed since
    add_candidate(window, "Amaka Eze")
    assert keeper.back_up_if_changed()
    made = keeper.finish()
    assert made is not None and made.reason == "timer"
    assert made.candidates == live_candidates(db)
    assert not keeper.back_up_if_changed()  # backed up already
    window.undo_stack.undo()  # an undo is a change too
    assert keeper.back_up_if_changed() and keeper.finish() is not None
    assert sorted(b.reason for b in list_backups(db.file_uuid)) == ["open", "timer", "timer"]


def test_each_backup_is_followed_by_the_rotation(window: MainWindow) -> None:
    db = window.db
    assert db is not None
    now = datetime.now(timezone.utc)
    old_day = now - timedelta(days=21)
    same_week = [make_backup(db, "timer", now=old_day.replace(hour=h)) for h in (9, 11)]
    long_ago = make_backup(db, "timer", now=now - timedelta(weeks=20))
    # make_backup rotated as it went, with its own `now`; the 20-week-old one was the newest
    assert all(b.path.exists() for b in (*same_week, long_ago))
    window.backups.changed_since = True
    assert window.backups.back_up_if_changed()  # the half-hourly one, in the worker
    assert window.backups.finish() is not None
    left = {b.path for b in list_backups(db.file_uuid)}
    assert same_week[1].path in left  # the newest of its week
    assert same_week[0].path not in left and long_ago.path not in left
    assert len(left) == 2


def test_a_backup_is_made_before_a_csv_import(
        open_window: Any, new_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.services.demo import load_demo

    load_demo(new_db, candidates=12)  # `hirefile demo FILE`: the app never fills a file itself
    w = open_window(new_db, (1024, 700))
    assert list_backups(new_db.file_uuid) == []
    demo = live_candidates(new_db)
    assert demo > 0
    path = tmp_path / "referrals.csv"
    path.write_text("Name,Email\nIfeoma Chukwu,ifeoma@example.org\n", encoding="utf-8")
    monkeypatch.setattr(csv_files, "ask_csv_file", lambda parent, directory: path)

    def run(cls: Any, parent: Any, db: Database) -> Any:
        dialog = cls(db, parent)
        assert dialog.choose_file()
        report = dialog.import_now()
        dialog.deleteLater()
        return report

    monkeypatch.setattr(ImportCsvDialog, "run", classmethod(run))
    assert w.candidates_page.import_csv()  # File → Import CSV…
    assert live_candidates(new_db) == demo + 1
    [before_import] = [b for b in list_backups(new_db.file_uuid) if b.reason == "import"]
    assert before_import.candidates == demo


def test_a_failing_backup_says_so_once_and_never_stops_the_work(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        problems: list[tuple[str, str]]) -> None:
    db = window.db
    assert db is not None

    def full(db: Database, reason: str, **_kw: Any) -> Any:
        raise StorageFailure(f"The disk is full: could not write {backups_dir(db.file_uuid)}")

    def full_worker(path: Path, file_uuid: str, reason: str, **_kw: Any) -> Any:
        raise StorageFailure(f"The disk is full: could not write {backups_dir(file_uuid)}")

    monkeypatch.setattr(sharing_backups, "make_backup", full)
    monkeypatch.setattr(sharing_backups, "make_backup_of_file", full_worker)
    window.backups._open_timer.stop()
    before = live_candidates(db)
    assert sharing_backups.backup_before(db, "import") is None
    assert window.statusBar().currentMessage().startswith("Backup not made: The disk is full")
    assert window.backups.back_up_opened() is None
    assert window.backups.finish() is None
    add_candidate(window, "Ngozi Obi")  # work goes on
    assert live_candidates(db) == before + 1
    assert window.backups.back_up_if_changed()
    assert window.backups.finish() is None
    assert window.statusBar().currentMessage().startswith("Backup not made: The disk is full")
    assert window.backups.changed_since  # tried again at the next half hour
    assert [title for title, _ in problems] == ["Backup not made"]  # one warning, not three
    assert "The disk is full" in problems[0][1]


def slowed_backup(monkeypatch: pytest.MonkeyPatch, seconds_per_step: float) -> None:
    """The worker's backup copies one page per step and pauses at each (a big file)."""
    from hirefile.services import backups as backup_service

    monkeypatch.setattr(backup_service, "STEP_PAGES", 1)
    real = backup_service.make_backup_of_file

    def slow(path: Path, file_uuid: str, reason: str, *, cancelled: Any = None) -> Any:
        def pausing() -> bool:
            time.sleep(seconds_per_step)
            return bool(cancelled is not None and cancelled())

        return real(path, file_uuid, reason, cancelled=pausing)

    monkeypatch.setattr(sharing_backups, "make_backup_of_file", slow)


def test_the_window_stays_responsive_while_a_timed_backup_runs_then_says_it_is_done(
        window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = window.db
    assert db is not None
    window.backups._open_timer.stop()
    slowed_backup(monkeypatch, 0.005)  # a few hundred pages: over a second
    ticks: list[float] = []
    tick = QTimer(window)
    tick.setInterval(20)
    tick.timeout.connect(lambda: ticks.append(time.perf_counter()))
    tick.start()
    add_candidate(window, "Oluwaseun Adeyemi")
    started = time.perf_counter()
    assert window.backups.back_up_if_changed()
    assert window.backups.running is not None
    add_candidate(window, "Zhang Wei")  # the window writes while the copy runs
    qtbot.waitUntil(lambda: window.backups.running is None, timeout=60_000)
    took = time.perf_counter() - started
    tick.stop()
    during = [t for t in ticks if t >= started]
    assert took > 0.5 and len(during) >= took / 0.02 / 4  # the timer kept firing
    assert max(b - a for a, b in pairwise(during)) < 0.5
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Backed up {db.path.name} at ")
    [made] = list_backups(db.file_uuid)
    assert made.reason == "timer" and made.damaged is None
    assert made.candidates in (live_candidates(db), live_candidates(db) - 1)


def test_closing_the_window_during_a_backup_stops_it_and_leaves_no_partial_file(
        window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
        problems: list[tuple[str, str]]) -> None:
    db = window.db
    assert db is not None
    folder = backups_dir(db.file_uuid)
    window.backups._open_timer.stop()
    slowed_backup(monkeypatch, 0.05)  # minutes, if it were not stopped
    assert window.backups.back_up_opened() is None and window.backups.running is not None
    qtbot.waitUntil(lambda: folder.is_dir() and any(folder.iterdir()),
                    timeout=10_000)  # its temporary file
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 2
    assert list(folder.iterdir()) == []
    assert problems == []  # nothing alarming


def test_a_backup_the_file_keeps_changing_under_gives_up_quietly_until_next_time(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        problems: list[tuple[str, str]]) -> None:
    from hirefile.services import backups as backup_service

    db = window.db
    assert db is not None
    window.backups._open_timer.stop()
    monkeypatch.setattr(backup_service, "STEP_PAGES", 1)
    written: list[str] = []

    def written_meanwhile() -> bool:  # the window writes between two steps of the copy
        written.append(f"Candidate {len(written) + 1}")
        add_candidate(window, written[-1])
        return False

    with pytest.raises(backup_service.BackupPostponed, match="kept changing"):
        backup_service.make_backup_of_file(db.path, db.file_uuid, "timer",
                                           cancelled=written_meanwhile)
    assert len(written) == backup_service.RESTARTS + 2  # gave up, and soon
    assert list_backups(db.file_uuid) == [] and list(backups_dir(db.file_uuid).iterdir()) == []

    def postponed(path: Path, *_a: Any, **_kw: Any) -> Any:
        raise backup_service.BackupPostponed(f"{path.name} kept changing")

    monkeypatch.setattr(sharing_backups, "make_backup_of_file", postponed)
    window.backups.changed_since = True
    assert window.backups.back_up_if_changed() and window.backups.finish() is None
    assert problems == [] and not window.statusBar().currentMessage().startswith("Backup not")
    assert window.backups.changed_since  # tried again at the next half hour


# restoring ----------------------------------------------------------------------------------------

def test_the_restore_dialog_lists_backups_newest_first_and_greys_a_damaged_one(
        window: MainWindow) -> None:
    db = window.db
    assert db is not None
    first = make_backup(db, "open", now=datetime(2026, 12, 6, 9, 0, tzinfo=timezone.utc))
    add_candidate(window, "Kwame Mensah")
    second = make_backup(db, "import", now=datetime(2026, 12, 6, 10, 0, tzinfo=timezone.utc))
    damaged = backups_dir(db.file_uuid) / "2026-12-06T110000Z-timer.hirefile"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"cut short by a sync")
    dialog = RestoreDialog(window, db)
    try:
        rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
        assert [b.path for b in dialog.backups] == [damaged, second.path, first.path]
        assert [r.text(1) for r in rows] == ["Every 30 minutes",
                                             "Before a CSV import", "When the file opened"]
        assert rows[0].text(COL_NOTE).startswith("Cannot be used: it ")
        assert not rows[0].flags() & Qt.ItemFlag.ItemIsEnabled  # greyed
        assert [r.text(3) for r in rows] == ["—", f"{second.candidates:,}",
                                             f"{first.candidates:,}"]
        local = second.taken_at.astimezone()
        assert rows[1].text(0) == f"{local:%a} {local.day} {local:%b %Y, %H:%M}"
        assert dialog.chosen == second  # the newest usable one
        assert dialog.open_button.isEnabled() and dialog.replace_button.isEnabled()
    finally:
        dialog.deleteLater()


def test_a_backup_opens_as_a_new_file_with_its_rows(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = window.db
    assert db is not None
    add_candidate(window, "Hine Walker")  # I am a person of the file from my first edit on
    info = window.backups.backup("open")
    assert info is not None
    add_candidate(window, "Ayasha Redcloud")
    original = db.path
    target = tmp_path / "Restored.hirefile"
    monkeypatch.setattr(restore, "ask_new_file", lambda parent, suggested: target)
    dialog = RestoreDialog(window, db)
    assert dialog.chosen == info
    assert dialog.open_as_new() == target
    assert window.db is not None and window.db.path == target
    assert live_candidates(window.db) == info.candidates
    assert "Ayasha Redcloud" not in listing_names(window)
    every_view_matches_the_file(window)
    assert replica_of(target) != replica_of(original)
    with Database.open(original, DANIEL, write=False) as kept:  # the file itself is untouched
        assert live_candidates(kept) == info.candidates + 1


def test_replacing_the_current_file_asks_backs_up_first_and_shows_the_restored_rows(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    db = window.db
    assert db is not None
    info = window.backups.backup("open")
    assert info is not None
    add_candidate(window, "Siosaia Tupou")
    assert "Siosaia Tupou" in listing_names(window)
    asked: list[tuple[str, str]] = []
    answer = [False]

    def ask(parent: Any, file_name: str, when: str) -> bool:
        asked.append((file_name, when))
        return answer[0]

    monkeypatch.setattr(restore, "ask_replace", ask)
    dialog = RestoreDialog(window, db)
    original = db.path.read_bytes()
    assert not dialog.replace_current()  # "Cancel": nothing happens
    assert db.path.read_bytes() == original and window.db is db
    assert asked == [(db.path.name, restore.when_text(info))]

    answer[0] = True
    assert dialog.replace_current()
    assert len(asked) == 2
    [before] = [b for b in list_backups(info.file_uuid) if b.reason == "before-restore"]
    assert before.candidates == info.candidates + 1  # the file as it was, with Siosaia
    assert window.db is not None and window.db is not db and window.db.path == db.path
    assert live_candidates(window.db) == info.candidates
    assert window.undo_stack.count() == 0  # its steps edited what was replaced
    assert "Siosaia Tupou" not in listing_names(window)
    every_view_matches_the_file(window)
    add_candidate(window, "Mele Taufa")  # the restored file is open for writing
    assert live_candidates(window.db) == info.candidates + 1


def test_a_backup_of_another_file_is_never_put_in_place_of_this_one(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        problems: list[tuple[str, str]]) -> None:
    """The dialog only offers backups of this file: a backup of another lineage dropped in its
    folder is refused before anything changes."""
    db = window.db
    assert db is not None
    info = window.backups.backup("open")
    assert info is not None
    other = Database.create(db.path.with_name("Other.hirefile"), DANIEL)
    try:
        stray = make_backup(other, "open")
    finally:
        other.close()
    moved = backups_dir(db.file_uuid) / stray.path.name.replace("open", "timer")
    stray.path.rename(moved)
    monkeypatch.setattr(restore, "ask_replace", lambda *_a: True)
    dialog = RestoreDialog(window, db)
    top = dialog.list.topLevelItem(0)
    assert dialog.backups[0].path == moved and dialog.backups[0].damaged is not None
    assert "another file" in top.text(COL_NOTE)
    assert dialog.chosen == info  # the stray one cannot be chosen
    original = db.path.read_bytes()
    assert restore.replace_current(window, dialog.backups[0]) is False
    assert problems and "cannot be restored" in problems[0][1]
    assert window.db is not None and window.db.path == db.path
    assert window.db.path.read_bytes() == original  # reopened as it was
    assert live_candidates(window.db) == info.candidates


def test_the_restore_dialog_fits_a_small_laptop_and_cuts_nothing(
        window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = window.db
    assert db is not None
    make_backup(db, "before-restore")
    monkeypatch.setattr(screen, "available_size", lambda widget: SCREEN)
    dialog = RestoreDialog(window, db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    room = room_for(SCREEN)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert cut_buttons(dialog) == [] and cut_labels(dialog) == []
    header = dialog.list.header()
    for col in range(COL_NOTE):  # every column's widest text is seen whole
        texts = [dialog.list.headerItem().text(col)] + [
            dialog.list.topLevelItem(r).text(col)
            for r in range(dialog.list.topLevelItemCount())]
        widest = max(dialog.list.fontMetrics().horizontalAdvance(t) for t in texts)
        assert widest < header.sectionSize(col), (col, texts)


def test_the_older_format_a_file_was_brought_from_is_among_its_backups(
        open_window: Any, tmp_path: Path, identity: Identity) -> None:
    """Opening a file of the older format upgrades it after a verified copy beside it; that
    copy is also kept among the file's backups, so Restore from Backup lists it."""
    import gzip
    import shutil

    from test_format2 import FORMAT1

    path = tmp_path / "Hiring.hirefile"
    with gzip.open(FORMAT1) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    db = Database.open(path, identity)
    assert db.backup_path is not None
    w: MainWindow = open_window(db)
    kept = [b for b in list_backups(db.file_uuid) if b.reason == "migrate"]
    assert len(kept) == 1 and kept[0].damaged is None
    assert kept[0].candidates == live_candidates(db) == 40
    with sqlite3.connect(f"file:{kept[0].path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # the file as it was
    assert w.db is db


def test_backups_taken_before_an_erasure_can_be_purged_with_one_confirmation(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """An erasure request reaches the backups too: those taken before the latest erasure are
    listed by Restore from Backup's purge button and deleted after one question."""
    from hirefile.services.erasure import erase_candidate

    db = window.db
    assert db is not None
    dialog = RestoreDialog(window, db)
    assert dialog.purge_button.isHidden()  # nobody erased: nothing to purge
    earlier = make_backup(db, "open", now=datetime.now(timezone.utc) - timedelta(hours=2))
    with db.reader() as s:
        cid, email = s.execute(select(Candidate.id, Candidate.email).where(
            Candidate.email.is_not(None)).order_by(Candidate.id)).first()
    report = erase_candidate(db, cid)  # backs up first: that backup holds the person too
    later = make_backup(db, "timer", now=datetime.now(timezone.utc) + timedelta(seconds=2))
    assert email.encode() in report.backup.read_bytes()
    dialog.fill()
    assert not dialog.purge_button.isHidden()
    assert {b.path for b in dialog.holding_erased} == {earlier.path, report.backup}
    answers = [False, True]
    monkeypatch.setattr(messages, "confirm_purge", lambda _p, n: answers.pop(0) and n == 2)
    assert dialog.purge_before_erasure() == 0  # Cancel: all kept
    assert earlier.path.exists() and report.backup.exists()
    assert dialog.purge_before_erasure() == 2
    left = {b.path for b in list_backups(db.file_uuid)}
    assert later.path in left and earlier.path not in left and report.backup not in left
    assert dialog.purge_button.isHidden()
    dialog.close()
