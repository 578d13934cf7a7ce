"""The app on a team's database on a PostgreSQL server (`hirefile --db postgresql://…`)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from hirefile.domain.candidates import CandidateDraft
from hirefile.services import candidates, edits, transfer
from hirefile.services.files import create_file
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.ui import app, messages
from hirefile.ui.main_window import MainWindow
from hirefile.ui.sharing import merge_copy
from hirefile.ui.text import isolate


def test_the_window_names_the_database_and_keeps_no_file_habits(
        qtbot: Any, qapp: QApplication, pg_url: str, identity: Identity) -> None:
    with create_file(pg_url, identity) as db, db.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Zoë Ødegaard"))
    w = app.start(pg_url)
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    try:
        assert w.db is not None and w.db.on_server
        name = pg_url.split("/")[3].split("?")[0]
        assert w.windowTitle() == f"{name} on this computer — Hirefile"
        shown = w.form.fileName  # the whole label, or its two ends when the card is too narrow
        assert shown.fontMetrics().horizontalAdvance(shown.text()) <= shown.width()
        head, _, tail = shown.text().partition("…")
        assert f"{name} on this computer".startswith(head) and head.startswith(name[:6])
        assert f"{name} on this computer".endswith(tail)
        assert w.form.fileCaption.text() == "TEAM DATABASE"
        assert "shared by your team" in w.form.sidebarFooter.text()
        assert w.form.fileCard.toolTip() == pg_url
        assert w.counts_label.text().endswith("1 candidate")
        # no file to restore, none to watch or remember as the last one; Save a Copy makes a
        # file of it, Open Recent keeps its URL, and a laptop's copy of it merges in
        assert w.form.actionSaveCopy.text() == "Save a Copy as a &File…"
        assert w.form.actionSaveCopy.isEnabled() and not w.team.action_move.isEnabled()
        assert not w.backups.action_restore.isEnabled()
        assert w.copy_merging.action_merge.isEnabled()
        assert w.disk.witness is None
        assert Settings().last_file is None and Settings().recent_files == [pg_url]
    finally:
        w.close()


def test_a_database_that_cannot_be_opened_is_explained_and_the_app_stops(
        qapp: QApplication, pg_url: str, identity: Identity,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda parent, title, text: seen.append(text))
    assert app.start(pg_url) == app.EXIT_NO_FILE
    assert len(seen) == 1 and "holds no Hirefile data yet" in seen[0]


def test_a_laptop_copy_merges_into_the_team_database_from_the_file_menu(
        qtbot: Any, qapp: QApplication, pg_url: str, identity: Identity, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from test_ui_merge_copies import preview_of

    with create_file(pg_url, identity) as db, db.session() as s:
        ana = candidates.create_candidate(s, CandidateDraft(full_name="Ana Lima")).id
    laptop = tmp_path / "Hiring.hirefile"
    transfer.pull(pg_url, laptop)
    daniel = Identity(str(uuid.uuid4()), "Daniel Kim")
    with Database.open(laptop, daniel) as theirs, theirs.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Мария Иванова"))
        edits.set_candidate_fields(s, ana, ["location=Lisboa"])
    w = app.start(pg_url)
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    try:
        shown = preview_of(monkeypatch, answer=True)
        monkeypatch.setattr(merge_copy, "ask_copy_to_merge", lambda _p, _d: laptop)
        w.copy_merging.action_merge.trigger()
        [preview] = shown
        assert preview.summary.text().splitlines()[0].startswith("New: 1 candidate")
        assert "The team database takes the whole merge at once or nothing of it" in \
            preview.findChildren(QLabel)[-1].text()
        assert w.statusBar().currentMessage().startswith(
            f"Merged {isolate('Hiring.hirefile')}: 1 candidate changed")
        assert "backed up" not in w.statusBar().currentMessage()
        assert w.candidates_page.total == 2
        with w.db.reader() as s:  # type: ignore[union-attr]
            assert candidates.candidate_draft(s, ana).location == "Lisboa"
    finally:
        w.close()
