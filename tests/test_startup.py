"""Start-up: the first frame shows Home with the file's data; the rest of the window follows.

The app shows Home alone, paints it with the file's rows, and only then builds the other pages,
their menus and sharing (`MainWindow(lazy=True)`, `build_rest`); `hirefile
--exit-after-first-paint` quits at that frame so start-up can be timed from outside
(tests/bench/bench_startup.py times it; no timing is asserted here). An everyday file (known
sound, in this format) is opened and Home read with sqlite3 alone: SQLAlchemy and the models
load after the first paint, when the window takes the file over (services/startup.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hirefile.errors import FileInUse
from hirefile.services import dashboard
from hirefile.services.startup import open_for_first_screen
from hirefile.settings import Settings
from hirefile.storage.database import Database
from hirefile.storage.lock import lock_path_for
from hirefile.ui import app
from hirefile.ui.changes import CANDIDATE
from hirefile.ui.first_paint import FirstDataPaint
from hirefile.ui.main_window import PAGE_CANDIDATES, PAGE_ROLES, MainWindow
from hirefile.ui.widgets import COUNT_ROLE


def test_the_first_frame_shows_homes_rows_and_the_rest_is_built_after_it(
        qtbot: Any, qapp: QApplication, demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "Acme.hirefile"
    shutil.copyfile(demo_template, path)
    window = app.start(path, as_name="Lena Hoffmann", lazy=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    seen: list[tuple[bool, int, list[str]]] = []

    def first_paint() -> None:  # what the first frame with data showed
        seen.append((window.built, len(window.pages),
                     [row.title.full_text for row in window.home_page.cards["roles"].rows]))
        window.build_rest()

    FirstDataPaint(window, first_paint)
    qtbot.waitUntil(lambda: bool(seen))
    assert window.db is not None
    with window.db.reader() as s:
        expected = dashboard.read(s, window.db.identity.person_id)
    built, pages, roles = seen[0]
    assert not built and pages == 1  # Home alone was on the start-up path
    assert roles == [r.title for r in expected.roles.rows] and roles
    # then every page, the sidebar's badges and the status bar's counts
    assert window.built and len(window.pages) == 7
    assert window.form.navList.item(PAGE_ROLES).data(COUNT_ROLE) == window.roles_page.count > 0
    assert "300 candidates" in window.counts_label.text()
    window.show_page(PAGE_CANDIDATES)
    assert window.candidates_page.total == 300
    assert window.form.pages.currentWidget() is window.candidates_page


def test_a_change_before_the_rest_is_built_reaches_home_and_the_pages_read_it_later(
        qtbot: Any, qapp: QApplication, demo_template: Path, tmp_path: Path,
        identity: Any) -> None:
    from hirefile.services.files import create_file
    from hirefile.settings import Settings

    db = create_file(tmp_path / "New.hirefile", identity)
    window = MainWindow(db, Settings(), identity, lazy=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.home_page.data is not None and window.home_page.data.empty_file
    reads = window.home_page.reads
    from hirefile.services import demo

    demo.load_demo(db, candidates=20)
    window.changes.changed(CANDIDATE)  # as a write elsewhere announces itself
    assert window.home_page.reads == reads + 1
    assert window.home_page.data is not None and not window.home_page.data.empty_file
    window.build_rest()  # made later, each page reads the file as it is now
    window.show_page(PAGE_CANDIDATES)
    assert window.candidates_page.total == 20
    assert "20 candidates" in window.counts_label.text()
    window.close()


def test_exit_after_first_paint_quits_with_0_and_leaves_the_file_free(
        tmp_path: Path) -> None:
    path = tmp_path / "Empty.hirefile"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               HIREFILE_CONFIG_DIR=str(tmp_path / "config"),
               HIREFILE_DATA_DIR=str(tmp_path / "data"))
    hirefile = [sys.executable, "-m", "hirefile", "--as", "Lena Hoffmann"]
    subprocess.run([*hirefile, "init", str(path)], env=env, check=True, capture_output=True)
    done = subprocess.run([*hirefile, "--exit-after-first-paint", str(path)], env=env,
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert not lock_path_for(path).exists()  # closed as on any quit


def test_the_start_up_path_loads_no_other_page_nor_seeding_nor_pdfs() -> None:
    """What `hirefile FILE` imports before Home is painted: no other page, dialog module,
    seeding, demo or ReportLab (they load with the rest of the window, or when used), and
    no message boxes (loaded when one shows)."""
    code = ("import sys; import hirefile.cli, hirefile.ui.app, hirefile.ui.main_window, "
            "hirefile.ui.crash, hirefile.ui.first_paint; "
            "print('\\n'.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    loaded = set(done.stdout.split())
    assert "hirefile.ui.home.page" in loaded and "hirefile.services.dashboard" in loaded
    unwanted = sorted(m for m in loaded if m.startswith((
        "hirefile.ui.pages", "hirefile.ui.roles", "hirefile.ui.board", "hirefile.ui.candidate",
        "hirefile.ui.reports", "hirefile.ui.offers", "hirefile.ui.sharing",
        "hirefile.services.seed", "hirefile.services.demo", "hirefile.services.files",
        "hirefile.documents", "reportlab", "hirefile.ui.messages", "hirefile.ui.common",
        "hirefile.domain.money", "zoneinfo")))
    assert unwanted == []


def known_sound_copy(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo file as Hirefile last left it (opened for writing and closed here),
    so it is remembered sound: the everyday case."""
    path = tmp_path / "Acme.hirefile"
    shutil.copyfile(demo_template, path)
    Database.open(path, Settings().identity_or_login("Lena Hoffmann")).close()
    return path


#: Runs the app on a file as `hirefile FILE` does, and says what was imported when Home's
#: first frame with data was painted, and after the rest of the window was built.
FIRST_PAINT = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from hirefile.ui import app
from hirefile.ui.first_paint import FirstDataPaint

def loaded():
    import PySide6.QtWidgets as widgets  # QStyle: PySide makes its classes on first use
    return ["QStyle"] * ("QStyle" in vars(widgets)) + sorted(m for m in sys.modules
                  if m.split(".")[0] == "sqlalchemy" or m.startswith((
                      "hirefile.storage.models", "hirefile.storage.database",
                      "hirefile.ui.pages")))

qt = app.application()
window = app.start(Path(sys.argv[1]), as_name="Lena Hoffmann", lazy=True)

def first_paint():
    rows = [row.title.full_text for row in window.home_page.cards["roles"].rows]
    print("painted", window.built, len(rows), *loaded(), sep="\\n", end="\\n--\\n")
    window.build_rest()
    print("built", window.built, len(window.pages), window.db is not None, *loaded(),
          sep="\\n", end="\\n--\\n")
    window.close()
    QCoreApplication.quit()

FirstDataPaint(window, first_paint)
qt.exec()
"""


def test_an_everyday_file_paints_home_before_sqlalchemy_and_the_models_are_loaded(
        demo_template: Path, tmp_path: Path) -> None:
    path = known_sound_copy(demo_template, tmp_path)
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(path)], capture_output=True,
                          text=True, timeout=120, check=False,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    painted, built, _ = done.stdout.split("--\n")
    word, is_built, roles, *loaded = painted.split()
    assert (word, is_built) == ("painted", "False") and int(roles) > 0  # Home's own rows
    assert loaded == []  # no SQLAlchemy, no models, no Database, no other page, no QStyle
    word, is_built, pages, has_db, *loaded = built.split()
    assert (word, is_built, pages, has_db) == ("built", "True", "7", "True")
    assert "sqlalchemy" in loaded and "hirefile.storage.models" in loaded
    assert "hirefile.ui.pages.roles" in loaded
    assert not lock_path_for(path).exists()  # closed as on any quit


def started_quickly(qtbot: Any, demo_template: Path, tmp_path: Path) -> MainWindow:
    """The app's window on an everyday file, Home alone shown, read with sqlite3 alone."""
    window = app.start(known_sound_copy(demo_template, tmp_path), as_name="Lena Hoffmann",
                       lazy=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.quick is not None and window.db is None and not window.built
    return window


def test_a_window_closed_before_the_rest_is_built_lets_the_file_go_and_makes_nothing(
        qtbot: Any, demo_template: Path, tmp_path: Path) -> None:
    window = started_quickly(qtbot, demo_template, tmp_path)
    path = window.quick.path if window.quick is not None else None
    rows = len(window.home_page.cards["roles"].rows)
    window.close()
    assert window.quick is None and not window.built and path is not None
    assert window.home_page.welcome is None  # no new file's welcome made on the way out
    assert len(window.home_page.cards["roles"].rows) == rows > 0
    assert not lock_path_for(path).exists()


def test_ctrl_2_pressed_before_the_rest_is_built_shows_roles(
        qtbot: Any, qapp: QApplication, demo_template: Path, tmp_path: Path) -> None:
    window = started_quickly(qtbot, demo_template, tmp_path)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.home_page.data is not None and window.home_page.data.roles.total > 0
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # Ctrl not left held for later tests
    assert window.built and window.quick is None and window.db is not None
    assert window.form.pages.currentWidget() is window.roles_page
    assert window.form.navList.currentRow() == PAGE_ROLES
    with window.db.reader() as s:
        expected = dashboard.read(s, window.db.identity.person_id)
    assert window.roles_page.count >= expected.roles.total > 0
    assert window.home_page.data.roles == expected.roles  # Home was not read again
    window.close()


def test_a_home_row_clicked_before_the_rest_is_built_opens_its_record(
        qtbot: Any, qapp: QApplication, demo_template: Path, tmp_path: Path) -> None:
    window = started_quickly(qtbot, demo_template, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    assert window.home_page.data is not None
    waiting = window.home_page.data.waiting.rows[0]
    window.home_page.cards["waiting"].rows[0].sig_open.emit()
    assert window.built
    assert window.form.pages.currentWidget() is window.candidates_page
    assert window.candidates_page.record_open
    assert window.candidates_page.record.candidate_id == waiting.candidate_id
    window.close()


def test_the_first_screen_is_read_as_the_person_this_machine_is_in_the_file(
        demo_template: Path, tmp_path: Path) -> None:
    path = known_sound_copy(demo_template, tmp_path)
    settings = Settings()
    me = settings.identity_or_login("Lena Hoffmann")
    quick = open_for_first_screen(path, me, settings.file_person, match=True)
    assert quick is not None
    try:
        with Database.open(path, me, write=False) as db, db.reader() as s:
            from hirefile.services.people import people

            lena = [p for p in people(s) if p.name == "Lena Hoffmann"]
        assert quick.identity.person_id == lena[0].id != me.person_id  # matched by name
        try:  # the lock is held, as by any opening for writing
            Database.open(path, me).close()
            raise AssertionError("opened twice for writing")
        except FileInUse:
            pass
        # without --as, a file listing people none of whom is linked asks first: the
        # ordinary path does that, before the window
        assert open_for_first_screen(path, me, settings.file_person, match=False) is None
    finally:
        quick.close()
    assert not lock_path_for(path).exists()


def test_a_file_changed_outside_hirefile_takes_the_ordinary_checked_path(
        demo_template: Path, tmp_path: Path, qapp: Any) -> None:
    import sqlite3

    path = known_sound_copy(demo_template, tmp_path)
    settings = Settings()
    me = settings.identity_or_login("Lena Hoffmann")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE candidate SET notes = 'changed by another program'")
    conn.commit()
    conn.close()
    assert open_for_first_screen(path, me, settings.file_person, match=True) is None
    assert not lock_path_for(path).exists()
    window = app.start(path, as_name="Lena Hoffmann", settings=settings, lazy=True)
    assert isinstance(window, MainWindow)  # opened after the checks, as any file
    assert window.quick is None and window.db is not None
    window.close_database()


def test_the_app_starts_without_building_every_commands_parser(tmp_path: Path) -> None:
    """`hirefile FILE` parses the app's own options only: no command's help line is built on
    the way to the first frame (`hirefile --help` still lists them all)."""
    code = ("import sys; from hirefile import cli; "
            "cli._gui = lambda a: print(a.db, a.as_name, a.exit_after_first_paint) or 0; "
            "cli.main(['--as', 'Lena Hoffmann', '--exit-after-first-paint', sys.argv[1]]); "
            "print('hirefile.domain.mail_templates' in sys.modules)")
    path = tmp_path / "Acme.hirefile"
    env = dict(os.environ, HIREFILE_CONFIG_DIR=str(tmp_path / "config"),
               HIREFILE_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, check=True, env=env)
    assert done.stdout.split("\n")[:2] == [f"{path} Lena Hoffmann True", "False"]
    helped = subprocess.run([sys.executable, "-m", "hirefile", "--help"], capture_output=True,
                            text=True, check=True, env=env)
    assert "export" in helped.stdout and "draft" in helped.stdout
