"""The window and the disk: a file changed or replaced under it (a synced folder delivering the
cofounder's version) reloads every page, keeps unsaved edits, merges back what the new version
lacks and never writes onto the old file; a file in use opens read-only and refreshes when
its writer saves; a file in a synced folder gets a note once. Real files, real writers."""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_no_stale_views import PIPELINE_ROW, every_view_matches_the_file

from hirefile.domain.candidates import CandidateDraft
from hirefile.services import candidates
from hirefile.services.edits import set_candidate_fields
from hirefile.services.files import create_file
from hirefile.services.places import shared_place
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate
from hirefile.ui import app, file_dialogs, messages
from hirefile.ui.main_window import PAGE_CANDIDATES, PAGE_ROLES, MainWindow
from hirefile.ui.messages import AfterFailure
from hirefile.ui.pages.pipeline import BOARD
from hirefile.ui.people import WhoAmIDialog
from hirefile.ui.sharing import on_disk
from hirefile.ui.sharing.on_disk import (
    CHANGED_TEXT,
    REPLACED_TEXT,
    UNDO_CLEARED_TEXT,
    WAITING_TEXT,
)

DANIEL = Identity(str(uuid.uuid4()), "Daniel Brandt")
WAIT = 8000  # ms: the file watcher and its settling time, on a busy machine


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every problem message the window shows (instead of a modal box)."""
    seen: list[str] = []
    monkeypatch.setattr(messages, "show_problem",
                        lambda parent, title, message: seen.append(message))
    return seen


@pytest.fixture
def desk(open_window: Callable[..., MainWindow], demo_db: Database, qtbot: Any) -> MainWindow:
    """The demo file in the window, the pipeline's board on screen."""
    w = open_window(demo_db, (1024, 700))
    w.show_page(PIPELINE_ROW)
    w.pipeline_page.set_mode(BOARD)
    qtbot.waitUntil(lambda: bool(w.pipeline_page.board.infos))
    return w


def names(db: Database) -> set[str]:
    with db.reader() as s:
        return set(s.scalars(select(Candidate.full_name).where(Candidate.deleted_at.is_(None))))


def first_candidate(db: Database) -> str:
    with db.reader() as s:
        return s.scalars(select(Candidate.id).where(Candidate.deleted_at.is_(None))
                         .order_by(Candidate.id)).first()


def synced_version(db: Database, tmp_path: Path, *new_people: str) -> Path:
    """A sync tool's delivery: a copy of the file the cofounder's Hirefile then edited."""
    copy = db.save_copy(tmp_path / "incoming.hirefile")
    other = Database.open(copy, DANIEL)
    try:
        with other.session() as s:
            for name in new_people:
                candidates.create_candidate(s, CandidateDraft(full_name=name))
    finally:
        other.close()
    return copy


def status(w: MainWindow) -> str:
    return w.statusBar().currentMessage()


def bar_text(w: MainWindow, name: str) -> str | None:
    bar = w.disk.notes.bar(name)
    return bar.text if bar is not None and w.disk.notes.isVisible() else None


# ---- replaced by a synced version ---------------------------------------------------------------

def test_a_file_replaced_on_disk_is_reopened_and_every_page_shows_the_new_rows(
        desk: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    db = desk.db
    assert db is not None
    incoming = synced_version(db, tmp_path, "Zofia Wiśniewska", "Хасан Алиев")
    desk.undo_stack.push(_marker())  # an old step: it must not survive the replace
    os.replace(incoming, db.path)
    qtbot.waitUntil(lambda: "replaced by a synced version" in status(desk), timeout=WAIT)
    assert desk.db is db and db.disk_id == (os.stat(db.path).st_dev, os.stat(db.path).st_ino)
    assert {"Zofia Wiśniewska", "Хасан Алиев"} <= names(db)
    assert status(desk) == REPLACED_TEXT
    assert desk.undo_stack.count() == 0 and bar_text(desk, "undoCleared") == UNDO_CLEARED_TEXT
    every_view_matches_the_file(desk)
    desk.show_page(PAGE_CANDIDATES)  # hidden, the list read nothing; shown, it reads
    shown = [desk.candidates_page.model.row_at(r).name
             for r in range(desk.candidates_page.model.rowCount())]
    assert "Zofia Wiśniewska" in shown and "Хасан Алиев" in shown


def test_after_a_replace_later_changes_to_the_new_file_are_noticed_too(
        desk: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    db = desk.db
    assert db is not None
    os.replace(synced_version(db, tmp_path, "Zofia Wiśniewska"), db.path)
    qtbot.waitUntil(lambda: status(desk) == REPLACED_TEXT, timeout=WAIT)
    desk.statusBar().clearMessage()
    other = sqlite3.connect(db.path)  # another program writes the new file in place
    other.execute("UPDATE candidate SET full_name = 'Zofia W.' "
                  "WHERE full_name = 'Zofia Wiśniewska'")
    other.commit()
    other.close()
    qtbot.waitUntil(lambda: status(desk) == CHANGED_TEXT, timeout=WAIT)
    assert "Zofia W." in names(db)
    every_view_matches_the_file(desk)


def test_a_file_replaced_by_something_unreadable_keeps_ours_aside_and_refuses_writes(
        desk: MainWindow, tmp_path: Path, qtbot: Any, problems: list[str]) -> None:
    db = desk.db
    assert db is not None
    before = names(db)
    junk = tmp_path / "half-synced.tmp"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)  # a sync cut short
    os.replace(junk, db.path)
    qtbot.waitUntil(lambda: bar_text(desk, "diskProblem") is not None, timeout=WAIT)
    kept = list((tmp_path / "data" / "replaced").glob("*.hirefile"))
    assert len(kept) == 1 and str(kept[0]) in (bar_text(desk, "diskProblem") or "")
    copy = Database.open(kept[0], DANIEL, write=False)  # everything this copy held
    try:
        assert names(copy) == before
    finally:
        copy.close()
    assert names(db) == before  # still shown from the file as it was
    page = desk.candidates_page
    desk.show_page(PAGE_CANDIDATES)
    assert page.open_candidate(first_candidate(db))
    page.record.record_form.form.locationEdit.setText("Nowhere to go")
    assert not page.record.save() and "was replaced by another version" in problems[-1]
    page.record.revert()
    desk.disk.check()  # looking again does not copy again
    assert len(list((tmp_path / "data" / "replaced").glob("*.hirefile"))) == 1


def _marker() -> Any:
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("an edit made on the file before it was replaced")


def test_changes_the_synced_version_lacks_are_merged_back_in(
        desk: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    db = desk.db
    assert db is not None
    incoming = synced_version(db, tmp_path, "Zofia Wiśniewska")
    cid = first_candidate(db)
    with db.session() as s:  # made here after the cofounder's copy left
        set_candidate_fields(s, cid, ["location=Tromsø"])
        candidates.create_candidate(s, CandidateDraft(full_name="Amina Haddad"))
    desk.changes.changed()
    os.replace(incoming, db.path)
    qtbot.waitUntil(lambda: "merged back in" in status(desk), timeout=WAIT)
    assert status(desk) == \
        "The file was replaced by a synced version; your 2 changes were merged back in"
    assert {"Zofia Wiśniewska", "Amina Haddad"} <= names(db)
    with db.reader() as s:
        assert candidates.candidate_draft(s, cid).location == "Tromsø"
    every_view_matches_the_file(desk)
    reader = Database.open(db.path, DANIEL, write=False)  # what is on disk, read afresh
    try:
        assert {"Zofia Wiśniewska", "Amina Haddad"} <= names(reader)
    finally:
        reader.close()


def test_a_save_right_after_a_replace_never_lands_on_the_old_file(
        desk: MainWindow, tmp_path: Path, qtbot: Any, problems: list[str]) -> None:
    db = desk.db
    assert db is not None
    page = desk.candidates_page
    desk.show_page(PAGE_CANDIDATES)
    cid = first_candidate(db)
    assert page.open_candidate(cid)
    incoming = synced_version(db, tmp_path, "Zofia Wiśniewska")
    old = os.open(db.path, os.O_RDONLY)
    try:
        before = os.pread(old, 1 << 26, 0)
        os.replace(incoming, db.path)  # and the person saves before the app has looked
        page.record.record_form.form.locationEdit.setText("Written too early")
        assert not page.record.save()
        assert problems and "was replaced by another version" in problems[-1]
        assert os.pread(old, 1 << 26, 0) == before  # the old file got nothing
    finally:
        os.close(old)
    assert page.record.record_form.form.locationEdit.text() == "Written too early"  # kept
    desk.disk.check()  # the app looks (the watcher would, a moment later)
    assert bar_text(desk, "diskChanged") == WAITING_TEXT
    assert page.record.save()  # now onto the new file
    with db.reader() as s:
        assert candidates.candidate_draft(s, cid).location == "Written too early"
    assert "Zofia Wiśniewska" in names(db)
    qtbot.waitUntil(lambda: not desk.disk.waiting, timeout=WAIT)  # saved: the pages read
    assert bar_text(desk, "diskChanged") is None
    every_view_matches_the_file(desk)


def typing_in_a_record(w: MainWindow, text: str) -> tuple[Database, Any]:
    """A candidate's record open with unsaved notes: the file and the notes field."""
    assert w.db is not None
    w.show_page(PAGE_CANDIDATES)
    assert w.candidates_page.open_candidate(first_candidate(w.db))
    notes = w.candidates_page.record.record_form.form.notesEdit
    notes.setPlainText(text)
    return w.db, notes


def test_unsaved_edits_are_kept_and_the_pages_reload_once_the_person_is_done(
        desk: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    db, notes = typing_in_a_record(desk, "Half-written thought — 未保存")
    page = desk.candidates_page
    os.replace(synced_version(db, tmp_path, "Zofia Wiśniewska"), db.path)
    qtbot.waitUntil(lambda: bar_text(desk, "diskChanged") == WAITING_TEXT, timeout=WAIT)
    assert desk.disk.waiting
    assert notes.toPlainText() == "Half-written thought — 未保存"
    assert page.model.rowCount() == 300  # not read again yet
    page.record.revert()  # the person cancels their edit
    qtbot.waitUntil(lambda: not desk.disk.waiting, timeout=WAIT)
    assert bar_text(desk, "diskChanged") is None
    assert "replaced by a synced version" in status(desk)
    page.close_record()  # the list, hidden behind the record, reads on the way back
    assert page.model.rowCount() == 301
    every_view_matches_the_file(desk)


def test_reload_now_reads_every_page_and_the_form_keeps_its_edits(
        desk: MainWindow, qtbot: Any) -> None:
    db, notes = typing_in_a_record(desk, "Still typing — ещё печатаю")
    page = desk.candidates_page
    other = sqlite3.connect(db.path)  # another program renames the roles in place
    other.execute("UPDATE role SET title = title || ' (EU)'")
    other.commit()
    other.close()
    qtbot.waitUntil(lambda: bar_text(desk, "diskChanged") == WAITING_TEXT, timeout=WAIT)
    desk.disk.notes.bar("diskChanged").buttons["Reload Now"].click()
    assert status(desk) == CHANGED_TEXT and not desk.disk.waiting
    assert notes.toPlainText() == "Still typing — ещё печатаю" and page.record.is_dirty
    every_view_matches_the_file(desk)
    desk.show_page(PAGE_ROLES)  # hidden, the roles list read nothing; shown, it reads
    assert all(r.title.endswith(" (EU)") for r in desk.roles_page.list.model.rows)
    page.record.revert()  # (closing the window would ask about them)


# ---- changed in place, read-only --------------------------------------------------------------

@pytest.fixture
def writer(demo_db: Database) -> Database:
    """The cofounder's Hirefile, editing the file the window only looks at."""
    path = demo_db.path
    demo_db.close()
    other = Database.open(path, DANIEL)
    yield other  # type: ignore[misc]
    other.close()


@pytest.fixture
def looking(writer: Database, open_window: Callable[..., MainWindow], identity: Identity,
            monkeypatch: pytest.MonkeyPatch, qtbot: Any, tmp_path: Path) -> MainWindow:
    """The window opened on the writer's file: it is in use, the person chose to look."""
    asked: list[str] = []
    monkeypatch.setattr(WhoAmIDialog, "ask", classmethod(lambda cls, *a, **k: None))
    monkeypatch.setattr(on_disk, "ask_open_read_only",
                        lambda parent, path, exc: asked.append(exc.message) or True)
    start = create_file(tmp_path / "Other.hirefile", identity)
    w = open_window(start, (1024, 700))
    assert w.open_path(writer.path)
    assert asked and "in use by Daniel Brandt" in asked[0]
    assert w.db is not None and w.db.read_only
    return w


def test_a_file_in_use_opens_read_only_and_says_so(looking: MainWindow,
                                                    problems: list[str]) -> None:
    import socket

    assert looking.windowTitle() == "Demo.hirefile (read-only) — Hirefile"
    text = bar_text(looking, "readOnly")
    assert text is not None and text.startswith(
        f"In use by \u2068Daniel Brandt\u2069 on \u2068{socket.gethostname()}\u2069 — you are "
        "looking, not editing")
    assert not looking.candidates_page.action_add.isEnabled()
    assert not looking.roles_page.workspace.new_role_action.isEnabled()
    db = looking.db
    assert db is not None
    page = looking.candidates_page
    looking.show_page(PAGE_CANDIDATES)
    cid = first_candidate(db)
    assert page.open_candidate(cid)
    page.record.record_form.form.locationEdit.setText("Somewhere else")
    assert not page.record.save()
    assert problems == ["Demo.hirefile is open read-only: you are looking, not editing. To "
                        "make changes, open it again once the person editing it has closed it"]
    page.record.revert()


def test_a_read_only_window_refreshes_when_the_writer_saves_and_closes(
        looking: MainWindow, writer: Database, qtbot: Any) -> None:
    looking.show_page(PIPELINE_ROW)
    with writer.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Liu Yang 刘洋"))
    qtbot.waitUntil(lambda: status(looking) == CHANGED_TEXT, timeout=WAIT)
    assert looking.candidates_page.total == 301
    every_view_matches_the_file(looking)
    assert not looking.candidates_page.action_add.isEnabled()  # still only looking
    assert not looking.roles_page.new_button.isEnabled()
    writer.close()  # they are done: the bar says the file is free
    looking.disk.check()
    assert "Nobody is editing it now" in (bar_text(looking, "readOnly") or "")
    looking.disk.notes.bar("readOnly").buttons["Open for Editing"].click()
    assert looking.db is not None and not looking.db.read_only
    assert looking.windowTitle() == "Demo.hirefile — Hirefile"
    assert bar_text(looking, "readOnly") is None
    assert looking.candidates_page.action_add.isEnabled()
    assert looking.roles_page.new_button.isEnabled()


def test_file_menu_opens_read_only(open_window: Callable[..., MainWindow], demo_db: Database,
                                   identity: Identity, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    w = open_window(create_file(tmp_path / "Mine.hirefile", identity))
    action = next(a for a in w.form.menuFile.actions() if a.text() == "Open &Read-Only…")
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda parent, folder: demo_db.path)
    action.trigger()
    assert w.db is not None and w.db.read_only and w.db.path == demo_db.path
    assert w.windowTitle() == "Demo.hirefile (read-only) — Hirefile"


def test_start_up_on_a_file_in_use_can_look_read_only(qapp: Any, qtbot: Any, writer: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []

    def choose(parent: Any, message: str, *, read_only: bool = False) -> AfterFailure:
        asked.append(read_only)
        return AfterFailure.READ_ONLY

    monkeypatch.setattr(messages, "ask_after_failure", choose)
    monkeypatch.setattr(WhoAmIDialog, "ask", classmethod(lambda cls, *a, **k: None))
    w = app.start(writer.path)
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    assert asked == [True] and w.db is not None and w.db.read_only
    assert w.windowTitle() == "Demo.hirefile (read-only) — Hirefile"
    w.close()


# ---- where the file lives -------------------------------------------------------------------

def test_a_file_in_a_dropbox_folder_gets_the_note_once(
        open_window: Callable[..., MainWindow], demo_template: Path, tmp_path: Path,
        identity: Identity, qtbot: Any) -> None:
    folder = tmp_path / "Dropbox (Personal)" / "Hiring"
    folder.mkdir(parents=True)
    path = folder / "Demo.hirefile"
    shutil.copyfile(demo_template, path)
    w = open_window(Database.open(path, identity), (1024, 700))
    text = bar_text(w, "cloudNote")
    assert text is not None and "is in a Dropbox folder" in text and "take turns" in text \
        and "File → Merge" in text
    w.disk.notes.bar("cloudNote").close_button.click()
    assert bar_text(w, "cloudNote") is None
    assert str(path.resolve()) in Settings().get(on_disk.CLOUD_NOTE_KEY)
    w.close()
    again = open_window(Database.open(path, identity), (1024, 700))
    assert bar_text(again, "cloudNote") is None


def test_a_file_in_a_plain_folder_gets_no_note(open_window: Callable[..., MainWindow],
                                               demo_db: Database) -> None:
    w = open_window(demo_db)
    assert bar_text(w, "cloudNote") is None and not w.disk.notes.isVisible()


@pytest.mark.parametrize(("where", "place"), [
    ("Dropbox/Hiring", "a Dropbox folder"),
    ("Google Drive/My Drive", "a Google Drive folder"),
    ("Library/CloudStorage/GoogleDrive-ana@example.com/My Drive", "a Google Drive folder"),
    ("OneDrive - Acme GmbH/Hiring", "a OneDrive folder"),
    ("Library/Mobile Documents/com~apple~CloudDocs", "an iCloud Drive folder"),
    ("Documents/Hiring 2026", None),
])
def test_synced_folders_are_known_by_name(tmp_path: Path, where: str, place: str | None) -> None:
    assert shared_place(tmp_path / where / "Hiring.hirefile") == place


def test_syncthing_and_removable_media(tmp_path: Path) -> None:
    shared = tmp_path / "Sync"
    (shared / ".stfolder").mkdir(parents=True)
    assert shared_place(shared / "team" / "Hiring.hirefile") == "a Syncthing folder"
    assert shared_place(Path("/media/ana/USB STICK/Hiring.hirefile")) == "removable media"
    assert shared_place(Path("/run/media/ana/USB/Hiring.hirefile")) == "removable media"
    assert shared_place(Path("/Volumes/USB/Hiring.hirefile")) == "removable media"
    assert shared_place(Path("/mediation/Hiring.hirefile")) is None
