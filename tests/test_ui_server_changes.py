"""A window on a team database shows other people's changes within seconds, through its one
change notification (ui/server_changes.py): a move made by another process reaches the board
and the sidebar, each page reading once and none on its own; the window's own writes are not
read twice; unsaved edits wait; a dropped connection comes back and every page reads once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from test_no_stale_views import PAGES, PIPELINE_ROW, board_matches_the_file, sidebar_badge

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.services import candidates, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Base
from hirefile.ui import server_changes
from hirefile.ui.changes import ALL_KINDS, APPLICATION, CANDIDATE, TABLE_KINDS, Change
from hirefile.ui.commands.candidates import CreateCandidate
from hirefile.ui.main_window import MainWindow
from hirefile.ui.pages.pipeline import BOARD

SRC = Path(__file__).resolve().parents[1] / "src"
NAMES = ("Zoë Ødegaard", "Nguyễn Thị Minh Khai", "Ваня Петров", "محمد الأحمد")
ROLE = "Machine Learning Engineer"


@pytest.fixture
def team_url(pg_url: str, identity: Identity) -> str:
    """A team database: one role, four candidates at its first stage."""
    with create_file(pg_url, identity) as db, db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        for name in NAMES:
            cand = candidates.create_candidate(s, CandidateDraft(full_name=name))
            pipeline.add_application(s, cand.id, role.id)
    return pg_url


@pytest.fixture
def lena(open_window: Any, team_url: str, identity: Identity, qtbot: Any) -> MainWindow:
    """Lena's window on the team database, the pipeline's board on screen."""
    w: MainWindow = open_window(Database.open(team_url, identity), (1024, 700))
    assert w.server_changes.listening
    w.show_page(PIPELINE_ROW)
    w.pipeline_page.set_mode(BOARD)
    qtbot.waitUntil(lambda: bool(w.pipeline_page.board.infos))
    return w


@pytest.fixture
def reads(lena: MainWindow, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many times each page (and the board) read since last cleared."""
    counts: dict[str, int] = {}
    for name in (*PAGES, "board"):
        owner = lena.pipeline_page.board if name == "board" else getattr(lena, name)
        method = "reload" if name == "board" else "refresh"
        original = getattr(owner, method)

        def wrapped(*args: Any, original: Any = original, name: str = name) -> None:
            counts[name] = counts.get(name, 0) + 1
            original(*args)
        monkeypatch.setattr(owner, method, wrapped)
    return counts


@pytest.fixture
def heard(lena: MainWindow) -> Iterator[list[Change]]:
    """Every change the window announced."""
    changes: list[Change] = []
    lena.changes.sig_changed.connect(changes.append)
    yield changes


def cli(url: str, *args: str) -> str:
    """`hirefile …` in another process, as Daniel on his laptop."""
    done = subprocess.run([sys.executable, "-m", "hirefile", "--as", "Daniel Kovács", *args],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(SRC)})
    assert done.returncode == 0, done.stderr
    return done.stdout


def column_count(w: MainWindow, name: str) -> int:
    column = w.pipeline_page.board.column_named(name)
    assert column is not None
    return column.info.count


def test_a_rejection_in_another_process_reaches_the_board_and_the_sidebar(
        lena: MainWindow, team_url: str, reads: dict[str, int], heard: list[Change],
        qtbot: Any) -> None:
    db = lena.db
    assert db is not None
    first = lena.pipeline_page.board.infos[0].name
    assert column_count(lena, first) == 4
    assert sidebar_badge(lena, PIPELINE_ROW) == lena.pipeline_page.count == 4
    cli(team_url, "move", team_url, "--candidate", NAMES[3], "--role", ROLE,
        "--stage", "Rejected", "--reason", "Not a fit for this role")
    done = time.monotonic()
    qtbot.waitUntil(lambda: column_count(lena, first) == 3, timeout=5000)
    latency = time.monotonic() - done
    assert latency < 3.0
    assert column_count(lena, "Rejected") == 1
    assert sidebar_badge(lena, PIPELINE_ROW) == lena.pipeline_page.count == 3
    board_matches_the_file(lena.pipeline_page, db)
    # one announcement, of what Daniel's commit touched; each page read once, none on its own
    assert len(heard) == 1 and heard[0].touches(APPLICATION)
    assert max(reads.values()) == 1 and reads.get("board") == 1, reads
    reads.clear()
    qtbot.wait(800)
    assert reads == {} and len(heard) == 1  # nothing more, nobody polls


def test_the_windows_own_edit_is_read_once_not_again_from_the_server(
        lena: MainWindow, reads: dict[str, int], heard: list[Change], qtbot: Any) -> None:
    db = lena.db
    assert db is not None
    page = lena.candidates_page
    lena.undo_stack.push(CreateCandidate(db, page.notify, CandidateDraft(full_name="Ada Eze")))
    assert len(heard) == 1 and reads.get("candidates_page") == 1
    qtbot.wait(1000)  # its own notification has come back by now, and is dropped
    assert len(heard) == 1 and reads.get("candidates_page") == 1
    assert lena.server_changes.announced == 0


def test_unsaved_edits_wait_behind_a_bar_and_reload_now_reads(
        lena: MainWindow, team_url: str, identity: Identity, heard: list[Change], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    busy = [True]
    monkeypatch.setattr(server_changes, "unsaved_edits", lambda _w: busy[0])
    with Database.open(team_url, identity) as other, other.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Nguyễn Văn An"))
    notes = lena.disk.notes
    qtbot.waitUntil(lambda: notes.bar("serverChanged") is not None, timeout=5000)
    bar = notes.bar("serverChanged")
    assert bar is not None and bar.text == server_changes.WAITING_TEXT
    assert heard == []  # the form keeps its edits: nothing read yet
    bar.buttons["Reload Now"].click()
    assert len(heard) == 1 and heard[0].touches(CANDIDATE)
    assert notes.bar("serverChanged") is None
    # when the person saves, what waited is read by itself
    with Database.open(team_url, identity) as other, other.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Ana Lima"))
    qtbot.waitUntil(lambda: notes.bar("serverChanged") is not None, timeout=5000)
    busy[0] = False
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=3000)
    assert notes.bar("serverChanged") is None


def test_a_dropped_connection_is_noted_comes_back_and_every_page_reads_once(
        lena: MainWindow, team_url: str, identity: Identity, heard: list[Change],
        reads: dict[str, int], qtbot: Any) -> None:
    listener = lena.server_changes
    with psycopg.connect(team_url, autocommit=True) as admin:  # the server drops it
        admin.execute("SELECT pg_terminate_backend(%s)", (listener.backend_pid,))
    qtbot.waitUntil(lambda: not listener.listening, timeout=5000)
    assert listener.lost_label.isVisibleTo(lena)
    assert listener.lost_label.text() == server_changes.LOST_TEXT
    with Database.open(team_url, identity) as other, other.session() as s:  # not heard
        candidates.create_candidate(s, CandidateDraft(full_name="Ngozi Adeyemi"))
    qtbot.waitUntil(lambda: listener.listening, timeout=5000)
    qtbot.waitUntil(lambda: bool(heard), timeout=2000)
    assert not listener.lost_label.isVisibleTo(lena)
    assert heard == [Change(ALL_KINDS)]
    assert max(reads.values()) == 1, reads
    assert lena.candidates_page.total == 5
    assert lena.counts_label.text().endswith("5 candidates")


def test_every_table_is_mapped_to_the_kinds_of_rows_it_holds() -> None:
    assert set(Base.metadata.tables) <= set(TABLE_KINDS), \
        "a new table needs its kinds in ui/changes.TABLE_KINDS"


def test_a_connection_made_after_the_window_stopped_listening_is_closed_not_sent(
        lena: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    """A reconnection still under way when the window closes its database is closed by its
    thread: sent to a window gone, it would stay open on the server until collected."""
    import threading

    listener = lena.server_changes
    release, opened = threading.Event(), []

    class Late:
        closed = False

        def close(self) -> None:
            self.closed = True

    def slow_open(db: Any) -> Late:
        release.wait(5)
        opened.append(Late())
        return opened[-1]

    monkeypatch.setattr(server_changes.ServerChanges, "_open", staticmethod(slow_open))
    sent: list[object] = []
    listener._sig_attempted.connect(lambda attempt, conn: sent.append(conn))
    listener._connect()
    listener.stop()  # the window closes its database meanwhile
    release.set()
    for thread in threading.enumerate():
        if thread.name == "hirefile-listen":
            thread.join(5)
    qtbot.wait(50)
    assert [c.closed for c in opened] == [True] and sent == []
