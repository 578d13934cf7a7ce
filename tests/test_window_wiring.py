"""How the pages are joined up in the window: menus, opening a candidate from the board, and
unsaved edits guarded before the file changes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hirefile.services import listing
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.ui.main_window import PAGE_CANDIDATES, MainWindow


@pytest.fixture
def window(qtbot: Any, qapp: QApplication, identity: Identity, demo_db: Database) -> MainWindow:
    w = MainWindow(demo_db, Settings(), identity)
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    return w


def test_file_menu_offers_candidate_import_and_export(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.form.menuFile.actions()]
    assert any("Import" in t and "CSV" in t for t in texts)
    assert any("Export" in t and "CSV" in t for t in texts)
    assert any(t.startswith("Add candidate") for t in texts)


def test_opening_a_candidate_from_the_board(window: MainWindow, demo_db: Database) -> None:
    with demo_db.reader() as s:
        first = listing.candidate_ids(s)[0]
        name = listing.candidate_rows(s, [first])[first].name
    window.pipeline_page.sig_open_candidate.emit(first)
    assert window.current_page == PAGE_CANDIDATES
    page = window.candidates_page
    assert page.record_open and page.record.candidate_id == first
    assert page.record.form.headerName.text() == name


def test_unsaved_candidate_edits_are_asked_about(window: MainWindow, monkeypatch,
                                                 demo_db: Database) -> None:
    asked = []
    monkeypatch.setattr(window.candidates_page, "maybe_leave",
                        lambda: asked.append(True) or False)
    window.close()
    assert asked and window.isVisible()  # the person chose to stay


def test_talent_pool_reach_outs_surface_on_their_date(window: MainWindow,
                                                      demo_db: Database) -> None:
    from datetime import date

    page = window.candidates_page
    with demo_db.reader() as s:
        due = listing.due_count(s, date.today())
    assert due > 0  # the demo data has reach-outs due today and overdue
    window.show_page(PAGE_CANDIDATES)
    assert page.due_button.isVisible()
    assert page.due_button.text() == f"{due} reach-out{'s' if due != 1 else ''} due"
    page.due_button.click()
    assert page.model.rowCount() == due
    assert "due for a reach-out" in page.form.countLabel.text()
    page.due_button.click()
    assert page.model.rowCount() == page.total


def test_a_candidates_application_offers_assessments_and_documents(
        window: MainWindow, demo_db: Database, monkeypatch, tmp_path) -> None:
    from pypdf import PdfReader

    from hirefile.ui import assess, exports
    from hirefile.ui.candidate.applications import ASSESS_ACTIONS

    with demo_db.reader() as s:
        ids = listing.application_ids(s, active_only=True)
        app = listing.application_rows(s, ids[:1])[ids[0]]
    window.open_candidate(app.candidate_id)
    panel = window.candidates_page.record.applications
    card = next(c for c in panel.cards if c.app.id == app.id)
    labels = [a.text() for a in card.assess_menu.actions() if a.text()]
    assert labels == [text for key, text in ASSESS_ACTIONS if key != "-"]
    opened: list[str] = []
    monkeypatch.setattr(assess, "open_debrief",
                        lambda _p, _db, app_id, **_k: opened.append(app_id))
    panel.assess(card.app, "debrief")
    assert opened == [app.id]
    monkeypatch.setattr(exports, "ask_save_path", lambda *_a: tmp_path / "debrief.pdf")
    monkeypatch.setattr(exports, "open_file", lambda *_a: None)
    panel.assess(card.app, "debrief_pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "debrief.pdf").pages)
    assert app.candidate in text and app.role in text
