"""Team databases from the app, on the test PostgreSQL: File → Open Team Database…, Move to a
Team Database… (push, in a worker, cancellable), Save a Copy as a File… on a server (pull),
Open Recent's team databases, and push holding the file's lock (ui/sharing/team)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.services import candidates, transfer
from hirefile.services.demo import load_demo
from hirefile.services.files import create_file
from hirefile.settings import Identity, Settings
from hirefile.storage import server
from hirefile.storage.database import Database
from hirefile.ui import file_dialogs
from hirefile.ui.main_window import MainWindow
from hirefile.ui.sharing import team
from hirefile.ui.sharing.team_dialog import Connection, TeamDatabaseDialog

NAMES = ["王磊", "فاطمة الزهراء", "Łucja Wróblewska", "Nguyễn Thị Hương"]


def _server_tables(url: str) -> list[str]:
    engine = server.make_engine(url, read_only=True)
    try:
        with engine.connect() as conn:
            return server.tables(conn)
    finally:
        engine.dispose()


@pytest.fixture
def small_file(tmp_path: Path, identity: Identity) -> Path:
    """The demo at 24 candidates (roles, pipelines, interviews, offers), and a few names in
    other scripts."""
    path = tmp_path / "Hiring.hirefile"
    with create_file(path, identity) as db:
        load_demo(db, candidates=24, seed=1)
        with db.session() as s:
            for name in NAMES:
                candidates.create_candidate(s, CandidateDraft(full_name=name))
    return path


@pytest.fixture
def window_on(open_window: Callable[..., MainWindow], identity: Identity
              ) -> Iterator[Callable[[Path | str], MainWindow]]:
    windows: list[MainWindow] = []

    def make(location: Path | str) -> MainWindow:
        w = open_window(Database.open(location, identity), (1024, 700))
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close_database()


class Answers(list[Connection]):
    """What the URL dialog answers, in order; `asked` records each call (purpose, problem)."""

    asked: list[tuple[str, str]]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()
    asked: list[tuple[str, str]] = []
    given.asked = asked

    def ask(cls: Any, parent: Any, purpose: str, start: Any = None, problem: str = "",
            file_name: str = "") -> Connection | None:
        asked.append((purpose, problem))
        return given.pop(0) if given else None

    monkeypatch.setattr(TeamDatabaseDialog, "ask", classmethod(ask))
    monkeypatch.setattr(team, "ask_open_now", lambda *args: True)
    return given


def _listed(w: MainWindow) -> list[str]:
    model = w.candidates_page.model
    return [model.row_at(r).name for r in range(model.rowCount())]


def _candidate_count(w: MainWindow) -> str:
    return w.counts_label.text().split("·")[-1].strip()


# the dialog -----------------------------------------------------------------------------------

def test_the_url_and_its_parts_follow_each_other_and_the_password_stays_apart(
        qtbot: Any, qapp: QApplication) -> None:
    dialog = TeamDatabaseDialog("open")
    qtbot.addWidget(dialog)
    f = dialog.form
    assert f.urlEdit.placeholderText() == "postgresql://lena@db.example.com/hiring"
    assert not dialog.ok.isEnabled() and dialog.ok.text() == "Open"
    assert dialog.problem() == "Give the database's URL, or its server and database."
    qtbot.keyClicks(f.hostEdit, "db.example.com")
    qtbot.keyClicks(f.databaseEdit, "hiring")
    qtbot.keyClicks(f.userEdit, "lena")
    assert f.urlEdit.text() == "postgresql://lena@db.example.com/hiring"
    assert dialog.ok.isEnabled() and f.testButton.isEnabled()
    f.urlEdit.setText("postgresql://sam@10.0.0.7:6543/team")
    assert (f.hostEdit.text(), f.portEdit.text(), f.databaseEdit.text(), f.userEdit.text()) \
        == ("10.0.0.7", "6543", "team", "sam")
    qtbot.keyClicks(f.passwordEdit, "p@ss:/w?rd")
    got = dialog.connection()
    assert got.url == "postgresql://sam@10.0.0.7:6543/team" and got.label == "team on 10.0.0.7"
    assert server.public_url(got.location) == got.url  # the password only inside, quoted
    assert server.parse(got.location).password == "p@ss:/w?rd"
    f.urlEdit.setText("mysql://sam@host/team")
    assert not dialog.ok.isEnabled()
    assert dialog.problem() == "mysql://sam@host/team is not a PostgreSQL URL"
    f.urlEdit.setText("postgresql://sam@host")
    assert "names no database" in dialog.problem()
    f.urlEdit.clear()
    qtbot.keyClicks(f.urlEdit, "postgresql://sam@:5")  # half typed: never an error box
    f.urlEdit.setText("postgresql://sam@:x/team")
    assert dialog.problem().startswith("postgresql://sam@:x/team is not a database URL")


def test_test_connection_says_what_is_there_in_one_line(
        qtbot: Any, qapp: QApplication, pg_url: str, small_file: Path,
        tmp_path: Path) -> None:
    def tested(purpose: str, url: str) -> str:
        dialog = TeamDatabaseDialog(purpose, Connection(url))  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.form.testButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=15_000)
        text = dialog.form.statusLabel.text()
        assert "\n" not in text
        return text

    assert tested("move", pg_url).endswith(": the database is empty, ready for your file.")
    assert "the database is empty. Move a file there first" in tested("open", pg_url)
    transfer.push(small_file, pg_url)
    assert tested("open", pg_url).startswith("Connected to PostgreSQL ")
    assert ": a Hirefile database (format " in tested("open", pg_url)
    assert "already holds a Hirefile database" in tested("move", pg_url)
    nowhere = f"postgresql://nobody@/nothing?host={tmp_path}&port=1"
    assert tested("open", nowhere).startswith("Could not connect to ")


# moving a file to the server and back ---------------------------------------------------------

def test_a_file_moved_from_the_window_opens_on_the_server_with_the_same_candidates(
        window_on: Callable[[Path | str], MainWindow], answers: Answers, small_file: Path,
        pg_url: str) -> None:
    w = window_on(small_file)
    before = _candidate_count(w)
    w.show_page(2)  # Candidates
    names = _listed(w)
    assert set(NAMES) <= set(names)
    menu = [a.text() for a in w.form.menuFile.actions()]
    assert menu.index("Open Team Data&base…") < menu.index("Open &Recent")
    assert "Move to a Team Databa&se…" in menu
    answers.append(Connection(pg_url))
    w.team.action_move.trigger()  # the window holds the file's lock; push uses it
    assert w.db is not None and w.db.on_server
    assert w.form.fileCaption.text() == "TEAM DATABASE"
    assert _candidate_count(w) == before == "28 candidates"
    w.show_page(2)
    assert _listed(w) == names  # the same people, in the same order
    assert Settings().recent_files[0] == pg_url
    assert small_file.exists() and not Path(f"{small_file}.lock").exists()


def test_a_database_that_is_not_empty_is_said_in_the_dialog_and_nothing_changes(
        window_on: Callable[[Path | str], MainWindow], answers: Answers, small_file: Path,
        pg_url: str) -> None:
    engine = server.make_engine(pg_url, read_only=False)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id int)")
    engine.dispose()
    w = window_on(small_file)
    answers.append(Connection(pg_url))
    w.team.move_to_server()
    asked = answers.asked
    assert asked[0] == ("move", "")
    assert asked[1][0] == "move" and "is not empty: it holds 1 other table (invoices)" in \
        asked[1][1] and "\n" not in asked[1][1]
    assert _server_tables(pg_url) == ["invoices"]
    assert w.db is not None and not w.db.on_server


def _cancel_when(reached: threading.Event, release: threading.Event, w: MainWindow) -> QTimer:
    """Clicks the progress dialog's Cancel once the copy reached its pause, then lets it go."""
    timer = QTimer(w)

    def poll() -> None:
        if not reached.is_set():
            return
        timer.stop()
        dialog = w.findChild(QProgressDialog, "transferProgress")
        assert dialog is not None and dialog.isVisible()
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        assert not w.close()  # the window stays while a copy runs
        button.click()
        release.set()

    timer.timeout.connect(poll)
    timer.start(10)
    return timer


def _pausing(real: Callable[..., Any], reached: threading.Event,
             release: threading.Event) -> Callable[..., Any]:
    """`real` (push or pull) whose progress pauses once, at the candidates, for the test."""
    def run(*args: Any, progress: transfer.Progress, **kwargs: Any) -> Any:
        def paused(step: str, table: str, done: int, total: int) -> None:
            progress(step, table, done, total)  # raises once Cancel was clicked
            if table == "candidate" and not reached.is_set():
                reached.set()
                assert release.wait(15)
        return real(*args, progress=paused, **kwargs)
    return run


def test_cancel_leaves_the_server_empty(
        window_on: Callable[[Path | str], MainWindow], answers: Answers, small_file: Path,
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    reached, release = threading.Event(), threading.Event()
    monkeypatch.setattr(transfer, "push", _pausing(transfer.push, reached, release))
    w = window_on(small_file)
    answers.append(Connection(pg_url))
    timer = _cancel_when(reached, release, w)
    w.team.move_to_server()
    timer.stop()
    assert release.is_set()
    assert _server_tables(pg_url) == []
    assert w.statusBar().currentMessage().startswith("Move stopped: nothing was kept on ")
    assert w.db is not None and not w.db.on_server and w.db.lock is not None \
        and w.db.lock.held  # still the window's file, still its lock


def test_a_copy_saved_from_the_server_opens_as_a_file(
        window_on: Callable[[Path | str], MainWindow], answers: Answers, small_file: Path,
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    transfer.push(small_file, pg_url)
    w = window_on(pg_url)
    assert w.form.actionSaveCopy.text() == "Save a Copy as a &File…"
    target = tmp_path / "Back" / "Archive.hirefile"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_copy_target", lambda parent, suggested: target)
    w.form.actionSaveCopy.trigger()
    assert w.db is not None and not w.db.on_server and w.db.path == target
    assert _candidate_count(w) == "28 candidates"
    assert w.form.actionSaveCopy.text() == "Save a &Copy…"


def test_cancel_writes_no_file(
        window_on: Callable[[Path | str], MainWindow], small_file: Path, pg_url: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    transfer.push(small_file, pg_url)
    reached, release = threading.Event(), threading.Event()
    monkeypatch.setattr(transfer, "pull", _pausing(transfer.pull, reached, release))
    folder = tmp_path / "Back"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_copy_target",
                        lambda parent, suggested: folder / "Archive.hirefile")
    w = window_on(pg_url)
    timer = _cancel_when(reached, release, w)
    w.team.save_copy_as_file()
    timer.stop()
    assert release.is_set() and list(folder.iterdir()) == []  # no file, no temporary one
    assert w.statusBar().currentMessage() == "Copy stopped: no file was written"
    assert w.db is not None and w.db.on_server


# opening a team database ----------------------------------------------------------------------

def test_open_team_database_asks_again_with_the_problem_and_keeps_no_password(
        window_on: Callable[[Path | str], MainWindow], answers: Answers, small_file: Path,
        pg_url: str, tmp_path: Path) -> None:
    transfer.push(small_file, pg_url)
    w = window_on(small_file)
    nowhere = f"postgresql://nobody@/nothing?host={tmp_path}&port=1"
    answers += [Connection(nowhere), Connection(pg_url, "s3cret-word")]
    w.team.action_open.trigger()
    asked = answers.asked
    assert [purpose for purpose, _ in asked] == ["open", "open"]
    assert asked[1][1].startswith("Could not connect to ") and "\n" not in asked[1][1]
    assert w.db is not None and w.db.on_server and w.db.url == pg_url
    assert w.isEnabled() and w.statusBar().currentMessage() == ""  # connected off the UI thread
    assert _candidate_count(w) == "28 candidates"
    kept = (tmp_path / "config").rglob("*")
    assert not any("s3cret-word" in p.read_text(errors="replace") for p in kept if p.is_file())
    assert Settings().recent_files[:2] == [pg_url, str(small_file.resolve())]


def test_open_recent_lists_a_team_database_by_its_label_and_opens_it(
        window_on: Callable[[Path | str], MainWindow], small_file: Path, pg_url: str) -> None:
    transfer.push(small_file, pg_url)
    w = window_on(pg_url)
    w.open_path(small_file)
    w._fill_recent()
    entries = {a.text(): a for a in w.form.menuOpenRecent.actions()}
    name = pg_url.split("/")[3].split("?")[0]
    action = entries[f"{name} on this computer   —   team database"]
    assert action.toolTip() == pg_url
    action.trigger()
    assert w.db is not None and w.db.on_server and _candidate_count(w) == "28 candidates"


# the command line -----------------------------------------------------------------------------

def test_push_is_refused_while_the_file_is_open_and_says_who_has_it(
        small_file: Path, pg_url: str, identity: Identity,
        capsys: pytest.CaptureFixture[str]) -> None:
    with Database.open(small_file, identity):  # the app has it open
        assert main(["push", str(small_file), pg_url]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"hirefile: {small_file} is in use by {identity.name} on ")
        assert err.count("\n") == 1
        assert _server_tables(pg_url) == []
    assert main(["push", str(small_file), pg_url]) == 0  # closed: it goes
    assert not Path(f"{small_file}.lock").exists()  # and push let go of the file after
