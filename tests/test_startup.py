"""Start-up: the first frame shows Home with the file's data; the rest of the window follows.

The app shows Home alone, paints it with the file's rows, and only then builds the other pages,
their menus and sharing (`MainWindow(lazy=True)`, `build_rest`); `hirefile
--exit-after-first-paint` quits at that frame so start-up can be timed from outside
(tests/bench/bench_startup.py times it; no timing is asserted here).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from hirefile.services import dashboard
from hirefile.storage.lock import lock_path_for
from hirefile.ui import app
from hirefile.ui.changes import CANDIDATE
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

    app.FirstDataPaint(window, first_paint)
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
    seeding, demo or ReportLab (they load with the rest of the window, or when used)."""
    code = ("import sys; import hirefile.cli, hirefile.ui.app; "
            "print('\\n'.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    loaded = set(done.stdout.split())
    assert "hirefile.ui.home.page" in loaded and "hirefile.services.dashboard" in loaded
    unwanted = sorted(m for m in loaded if m.startswith((
        "hirefile.ui.pages", "hirefile.ui.roles", "hirefile.ui.board", "hirefile.ui.candidate",
        "hirefile.ui.reports", "hirefile.ui.offers", "hirefile.ui.sharing",
        "hirefile.services.seed", "hirefile.services.demo", "hirefile.services.files",
        "hirefile.documents", "reportlab")))
    assert unwanted == []
