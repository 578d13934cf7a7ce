"""Opening a large file this computer has not seen as it is now (a copy from another laptop, a
synced file the other founder wrote) checks it first, for seconds at 50,000 candidates: the
app says so in a dialog while a worker checks, instead of a window that does not answer."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_format5 import progress_shown

from hirefile.errors import FileProblem
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage import check, fileformat
from hirefile.storage.database import Database

LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")


def written_elsewhere(path: Path,
                     sql: str = "CREATE TABLE scratch (x); DROP TABLE scratch;") -> None:
    """The file as another computer's Hirefile left it: changed since this one saw it."""
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()


def test_a_large_file_not_seen_as_it_is_is_checked_behind_a_dialog(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from hirefile.ui.sharing import updating

    monkeypatch.setattr(fileformat, "update_runner", fileformat.run_inline)  # put back after
    monkeypatch.setattr(fileformat, "check_runner", fileformat.check_inline)
    updating.install()
    path = tmp_path / "Hiring.hirefile"
    create_file(path, LENA).close()
    with progress_shown() as seen:
        written_elsewhere(path)
        with Database.open(path, LENA):  # a small file: checked at once, no dialog flashes
            pass
        assert seen == []
        # every file counts as large (remembered as checked, and checked behind the dialog)
        monkeypatch.setattr(updating, "CHECK_SHOWN_FROM", 0)
        monkeypatch.setattr(check, "REMEMBER_FROM_BYTES", 0)
        written_elsewhere(path)
        with Database.open(path, LENA):
            pass
        assert seen and seen[0] == updating.checking_message("Hiring.hirefile")
        seen.clear()
        with Database.open(path, LENA):  # seen as it is now: not checked again
            pass
        assert seen == []
        written_elsewhere(path)
        with Database.open(path, LENA):
            pass
        assert seen and seen[0].startswith("Checking Hiring.hirefile before opening it.")
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible()]  # gone when done
        # damage found behind the dialog is refused as without it, the file left as it was
        written_elsewhere(path, "DROP INDEX ix_candidate_live_id_sort_name;")
        seen.clear()
        with pytest.raises(FileProblem):
            Database.open(path, LENA)
        assert seen and seen[0].startswith("Checking Hiring.hirefile")
