"""Start-up: who is at the keyboard, which file, and what happens when a file cannot be opened."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hirefile import cli, paths
from hirefile.errors import HirefileError
from hirefile.services.files import create_file
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.storage.lock import lock_path_for
from hirefile.ui import app, crash, file_dialogs, messages, theme
from hirefile.ui.identity_dialog import IdentityDialog
from hirefile.ui.main_window import MainWindow
from hirefile.ui.text import isolate

AfterFailure = messages.AfterFailure


def started(result: MainWindow | int, qtbot: Any) -> MainWindow:
    assert isinstance(result, MainWindow), f"start() stopped with exit code {result}"
    qtbot.addWidget(result)
    return result


def test_application_is_named_for_the_desktop(qapp: QApplication) -> None:
    a = app.application()
    assert a is qapp
    assert a.applicationName() == "Hirefile"
    assert a.desktopFileName() == "hirefile"
    assert not a.windowIcon().isNull()
    assert a.palette().highlight().color().name().lower() == theme.ACCENT.lower()


def test_first_run_asks_the_name_once_and_opens_the_default_file(
        qtbot: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []

    def ask(parent: Any) -> tuple[str, str | None]:
        asked.append(1)
        return "Ngozi Adeyemi", None

    monkeypatch.setattr(IdentityDialog, "ask", classmethod(lambda cls, parent: ask(parent)))
    w = started(app.start(None), qtbot)
    assert asked == [1]
    assert Settings().identity is not None and Settings().identity.name == "Ngozi Adeyemi"
    assert w.db is not None and w.db.path == paths.default_db_path().absolute()
    assert w.windowTitle() == "Hiring.hirefile — Hirefile"
    assert w.person_badge.text() == "You: " + isolate("Ngozi Adeyemi")
    w.close()
    again = started(app.start(None), qtbot)  # the name is known now: not asked again
    assert asked == [1] and again.db.path == paths.default_db_path().absolute()
    again.close()


def test_cancelling_the_first_run_question_quits_cleanly(
        monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    monkeypatch.setattr(IdentityDialog, "ask", classmethod(lambda cls, parent: None))
    assert app.start(None) == app.EXIT_OK
    assert Settings().identity is None
    assert not paths.default_db_path().exists()


def test_as_name_is_used_without_asking(qtbot: Any, qapp: QApplication,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(IdentityDialog, "ask", classmethod(lambda cls, parent: pytest.fail()))
    w = started(app.start(None, as_name="Lena Brennan"), qtbot)
    assert w.person_badge.text() == "You: " + isolate("Lena Brennan")
    assert Settings().identity is None  # --as is for this run only
    w.close()


def test_the_last_file_is_opened_again(qtbot: Any, qapp: QApplication, tmp_path: Path,
                                       identity: Identity) -> None:
    create_file(tmp_path / "Acme.hirefile", identity).close()
    Settings().set_last_file(tmp_path / "Acme.hirefile")
    w = started(app.start(None), qtbot)
    assert w.windowTitle() == "Acme.hirefile — Hirefile"
    w.close()


def test_a_foreign_file_offers_a_way_out(qtbot: Any, qapp: QApplication, tmp_path: Path,
                                         identity: Identity,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    foreign = tmp_path / "photo.hirefile"
    foreign.write_bytes(b"\x89PNG not a database at all")
    seen: list[str] = []

    def choose(parent: Any, message: str) -> AfterFailure:
        seen.append(message)
        return AfterFailure.QUIT

    monkeypatch.setattr(messages, "ask_after_failure", choose)
    assert app.start(foreign) == app.EXIT_NO_FILE
    assert len(seen) == 1 and "photo.hirefile" in seen[0]

    seen.clear()
    choices = iter([AfterFailure.NEW])
    monkeypatch.setattr(messages, "ask_after_failure",
                        lambda parent, message: seen.append(message) or next(choices))
    monkeypatch.setattr(file_dialogs, "ask_new_file",
                        lambda parent, folder: tmp_path / "Fresh.hirefile")
    w = started(app.start(foreign), qtbot)
    assert w.windowTitle() == "Fresh.hirefile — Hirefile" and len(seen) == 1
    w.close()


def test_a_file_in_use_names_who_has_it(qapp: QApplication, tmp_path: Path,
                                         identity: Identity,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    holder = create_file(tmp_path / "Shared.hirefile", identity)
    seen: list[str] = []
    monkeypatch.setattr(messages, "ask_after_failure",
                        lambda parent, message, **kw: seen.append(message) or AfterFailure.QUIT)
    try:
        assert app.start(holder.path) == app.EXIT_NO_FILE
    finally:
        holder.close()
    assert "in use by Amara Okafor" in seen[0]


def test_identity_dialog_refuses_an_empty_name(qtbot: Any) -> None:
    dialog = IdentityDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ok = next(b for b in dialog.form.buttonBox.buttons() if b.text() == "Continue")
    dialog.form.nameEdit.setText("   ")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != IdentityDialog.DialogCode.Accepted
    assert "name" in dialog.error_text("name")

    dialog.form.nameEdit.setText("Amara  Okafor")
    dialog.form.emailEdit.setText("amara at example")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_text("email")
    assert dialog.error_text("name") == ""

    dialog.form.emailEdit.setText("")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.values() == ("Amara Okafor", None)


def test_a_bug_is_logged_and_told_calmly(monkeypatch: pytest.MonkeyPatch,
                                         caplog: pytest.LogCaptureFixture) -> None:
    crashes: list[Path] = []
    problems: list[str] = []
    monkeypatch.setattr(messages, "show_crash", lambda parent, log: crashes.append(log))
    monkeypatch.setattr(messages, "show_problem", lambda parent, title, text: problems.append(text))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="hirefile.ui"):
            crash.handle_exception(type(exc), exc, exc.__traceback__)
    assert len(crashes) == 1 and problems == []
    assert "boom" in caplog.text and "Traceback" in caplog.text
    err = HirefileError("The disk is full")
    crash.handle_exception(HirefileError, err, None)
    assert problems == ["The disk is full"] and len(crashes) == 1


def test_a_file_path_alone_opens_the_app(monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    calls: list[tuple[Path | None, str | None]] = []
    monkeypatch.setattr(app, "run", lambda path, *, as_name=None: calls.append((path, as_name))
                        or 0)
    target = tmp_path / "Team.hirefile"
    assert cli.main([str(target)]) == 0
    assert calls == [(target, None)]
    assert cli.main(["--as", "Lena", "--db", str(target)]) == 0
    assert calls[-1] == (target, "Lena")


def test_database_handles_are_closed_by_the_window(qtbot: Any, qapp: QApplication,
                                                   tmp_path: Path, identity: Identity) -> None:
    Settings().set_last_file(tmp_path / "missing.hirefile")  # gone: the default file is used
    w = started(app.start(None), qtbot)
    path = w.db.path
    assert lock_path_for(path).exists()  # held while the window is open
    w.close()
    assert not lock_path_for(path).exists()  # closing the window released the file
    with Database.open(path, identity) as again:  # a second writer may open it now
        assert again.lock is not None
