"""Quitting after a working session exits cleanly: no `Fatal Python error: none_dealloc`.

PySide6 6.12.0 returns None (from every Qt call that returns nothing) and True (from
`Signal.emit()`) without counting the reference; on Python before 3.12 those objects are
mortal, and a long session used them up. pyproject.toml keeps PySide6 to versions that count
right; these tests fail on one that does not.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

SESSION = """
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from hirefile.ui import app
from hirefile.ui.main_window import PAGE_PIPELINE, MainWindow


class Beacon(QObject):
    sig = Signal()


def session() -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    window.show_page(PAGE_PIPELINE)
    for _ in range(10):
        window.repaint()  # the board's cards, painted by our delegate
    beacon = Beacon()
    for _ in range(20_000):  # more than None and True have references when the app starts
        window.setToolTip("")  # a Qt call that returns nothing
        beacon.sig.emit()
    window.close()
    print("closed", flush=True)


app.application()
QTimer.singleShot(0, session)
sys.exit(app.run(Path(sys.argv[1]), as_name="Demo Builder"))
"""


class Beacon(QObject):
    sig = Signal()


def test_qt_calls_keep_the_references_of_none_and_true(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    beacon = Beacon()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):
        edit.setText("x")
        beacon.sig.emit()
    assert sys.getrefcount(None) - none_before > -100  # a few to spare for the interpreter
    assert sys.getrefcount(True) - true_before > -100


def test_a_long_session_quits_cleanly(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "Shared.hirefile"
    shutil.copyfile(demo_template, path)
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SESSION, str(path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert "Fatal Python error" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["closed"]
