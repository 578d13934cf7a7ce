"""The conflict dialog: a save refused because someone changed the same field since the form
was read shows both values; Keep Theirs keeps theirs (the form shows it), Save Mine Anyway
writes mine. A colleague's change of another field is simply kept. Headless."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.errors import StaleEdit
from hirefile.services import candidates, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.ui import conflict_dialog
from hirefile.ui.conflict_dialog import ConflictDialog
from hirefile.ui.pages.candidates import CandidatesPage

DANIEL = Identity(str(uuid.uuid4()), "Daniel Okafor")


@pytest.fixture
def page(qtbot: Any, new_db: Database) -> CandidatesPage:
    p = CandidatesPage()
    qtbot.addWidget(p)
    p.resize(1024, 700)
    p.set_database(new_db)
    p.show()
    qtbot.waitExposed(p)
    return p


def add(db: Database) -> str:
    with db.session() as s:
        return candidates.create_candidate(s, CandidateDraft(
            full_name="Ana Lima", email="ana@example.com")).id


def read(db: Database, cid: str) -> CandidateDraft:
    with db.reader() as s:
        return candidates.candidate_draft(s, cid)


def daniel_sets(db: Database, cid: str, **changes: Any) -> None:
    """Daniel's turn at the file: he saves a change of his own."""
    me = db.identity
    db.set_identity(DANIEL)
    try:
        seen = read(db, cid)
        with db.session() as s:
            candidates.update_candidate(s, cid, dataclasses.replace(seen, **changes),
                                        seen=seen, version=seen.version)
    finally:
        db.set_identity(me)


def refusal(db: Database) -> StaleEdit:
    cid = add(db)
    mine = read(db, cid)
    daniel_sets(db, cid, email="ana.lima@example.org")
    with pytest.raises(StaleEdit) as refused, db.session() as s:
        candidates.update_candidate(s, cid, dataclasses.replace(mine, email="ana@work.example"),
                                    seen=mine, version=mine.version)
    return refused.value


def test_the_dialog_shows_both_values_and_each_button_does_what_it_says(
        qtbot: Any, new_db: Database) -> None:
    refused = refusal(new_db)
    dialog = ConflictDialog(refused)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert f.headline.text().startswith("Ana Lima: email changed by Daniel Okafor at ")
    assert f.theirsLabel.text().startswith("Theirs (Daniel Okafor, ")
    assert (f.theirsValue.text(), f.mineValue.text()) == ("ana.lima@example.org",
                                                          "ana@work.example")
    assert dialog.theirs_button.text() == "Keep &Theirs"
    dialog.theirs_button.click()
    assert (dialog.result(), dialog.answer) == (QDialog.DialogCode.Rejected, "theirs")
    again = ConflictDialog(refused)
    qtbot.addWidget(again)
    again.mine_button.click()
    assert (again.result(), again.answer) == (QDialog.DialogCode.Accepted, "mine")


def open_and_type_email(page: CandidatesPage, cid: str, email: str) -> None:
    assert page.open_candidate(cid)
    page.record.record_form.form.emailEdit.setText(email)


@pytest.mark.parametrize("answer", ["theirs", "mine"])
def test_saving_over_a_colleagues_change_asks_and_does_what_was_chosen(
        page: CandidatesPage, new_db: Database, monkeypatch: pytest.MonkeyPatch,
        answer: str) -> None:
    cid = add(new_db)
    open_and_type_email(page, cid, "ana@work.example")
    daniel_sets(new_db, cid, email="ana.lima@example.org")
    shown: list[StaleEdit] = []
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "ask",
                        classmethod(lambda _cls, _p, exc: shown.append(exc) or answer))
    page.record.save()
    assert [(e.theirs_text, e.mine_text) for e in shown] == [("ana.lima@example.org",
                                                              "ana@work.example")]
    expected = "ana.lima@example.org" if answer == "theirs" else "ana@work.example"
    assert read(new_db, cid).email == expected
    assert page.record.record_form.form.emailEdit.text() == expected
    assert not page.record.is_dirty


def test_a_colleagues_change_of_another_field_is_kept_without_asking(
        page: CandidatesPage, new_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = add(new_db)
    open_and_type_email(page, cid, "ana@work.example")
    daniel_sets(new_db, cid, current_title="Head of data")
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "ask", classmethod(
        lambda *_a: pytest.fail("no conflict: different fields")))
    page.record.save()
    now = read(new_db, cid)
    assert (now.email, now.current_title) == ("ana@work.example", "Head of data")
    assert page.record.record_form.form.titleEdit.text() == "Head of data"


def test_a_move_from_the_record_of_a_candidate_a_colleague_moved_asks_first(
        page: CandidatesPage, new_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = add(new_db)
    with new_db.session() as s:
        role_id = add_role_from_template(s, template("ml_engineer")).id
        app_id = pipeline.add_application(s, cid, role_id).id
    assert page.open_candidate(cid)
    me = new_db.identity
    new_db.set_identity(DANIEL)
    with new_db.session() as s:
        pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Onsite").id)
    new_db.set_identity(me)
    shown: list[str] = []
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "ask",
                        classmethod(lambda _cls, _p, exc: shown.append(exc.message) or "theirs"))
    card = page.record.applications.cards[0]
    assert card.app.stage == "Sourced"  # as read before Daniel's move
    next(a for a in card.menu.actions() if a.text() == "Screen").trigger()
    assert len(shown) == 1 and shown[0].startswith("Ana Lima was moved to Onsite by Daniel ")
    with new_db.reader() as s:
        assert pipeline.history(s, app_id)[-1].to_name == "Onsite"
    assert page.record.applications.cards[0].app.stage == "Onsite"  # theirs, shown
