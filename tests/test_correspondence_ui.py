"""E-mails dropped on the app: kept with the open record, or with the person their address
names (asking to add the sender when no one has it), on the timeline, opened to read, one undo
step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from hirefile.domain.candidates import CandidateDraft
from hirefile.services import candidates, correspondence
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, Correspondence
from hirefile.ui.candidate import mail_drop
from hirefile.ui.commands.base import redo_safely, undo_safely
from hirefile.ui.pages.candidates import CandidatesPage

MAIL = Path(__file__).parent / "data" / "mail"
ZOE_EML = MAIL / "multipart_alternative.eml"
ZOE = "zoe.odegaard@example.com"
SUBJECT = "Re: Technical discussion – ML engineer at Fernwood"


@pytest.fixture
def page(qtbot: Any, new_db: Database) -> CandidatesPage:
    p = CandidatesPage()
    qtbot.addWidget(p)
    p.resize(1024, 700)
    p.set_database(new_db)
    p.show()
    qtbot.waitExposed(p)
    return p


def _add(db: Database, name: str, email: str) -> str:
    with db.session() as s:
        return candidates.create_candidate(s, CandidateDraft(full_name=name, email=email)).id


def _drop(qtbot: Any, page: CandidatesPage, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    page.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.wait(50)  # the drop is handled once the drag has ended


def _mail_entries(page: CandidatesPage) -> list[str]:
    return [e.text for e in page.record.timeline_model.events if e.kind == "mail"]


def test_dropped_on_the_record_it_is_kept_there_and_undo_takes_it_out(
        qtbot: Any, page: CandidatesPage, new_db: Database) -> None:
    # kept with the person shown, whatever its addresses say
    cid = _add(new_db, "Ana Lima", "ana.lima@example.org")
    page.open_candidate(cid)
    _drop(qtbot, page, ZOE_EML)
    f = page.record.form
    assert f.messageBar.isVisible()
    assert f.messageLabel.text() == (f"Kept the e-mail “{SUBJECT}” (2026-06-08) to Ana Lima: "
                                     "it is on the timeline.")
    assert _mail_entries(page) == [f"E-mail to Ana Lima: {SUBJECT}"]
    assert page.undo_stack.undoText() == "Keep an e-mail"
    assert undo_safely(page.undo_stack) is None
    assert _mail_entries(page) == []
    with new_db.reader() as s:
        assert correspondence.correspondence(s, cid) == []


def test_dropped_on_the_list_it_finds_the_person_by_address(
        qtbot: Any, page: CandidatesPage, new_db: Database) -> None:
    _add(new_db, "Ana Lima", "ana.lima@example.org")
    zoe = _add(new_db, "Zoë Ødegaard", ZOE)
    _drop(qtbot, page, ZOE_EML)
    assert page.record_open and page.record.candidate_id == zoe
    assert _mail_entries(page) == [f"E-mail from Zoë Ødegaard: {SUBJECT}"]
    assert page.record.form.messageLabel.text().startswith("Kept the e-mail “Re: Technical")


def test_an_unknown_sender_is_added_after_asking(qtbot: Any, page: CandidatesPage,
                                                 new_db: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str, str]] = []
    answer = [False]

    def ask(parent: object, box: Any, filename: str) -> bool:
        asked.append((box.name, box.address, filename))
        return answer[0]

    monkeypatch.setattr(mail_drop, "ask_to_add", ask)
    _drop(qtbot, page, ZOE_EML)  # Cancel: nothing is added or kept
    assert asked == [("Zoë Ødegaard", ZOE, ZOE_EML.name)]
    assert page.model.rowCount() == 0 and not page.record_open
    answer[0] = True
    _drop(qtbot, page, ZOE_EML)
    assert page.model.rowCount() == 1 and page.record_open
    with new_db.reader() as s:
        [row] = s.scalars(sa.select(Candidate)).all()
        assert (row.full_name, row.email) == ("Zoë Ødegaard", ZOE)
    assert _mail_entries(page) == [f"E-mail from Zoë Ødegaard: {SUBJECT}"]
    assert undo_safely(page.undo_stack) is None  # one step: the person and the e-mail
    assert page.model.rowCount() == 0
    assert redo_safely(page.undo_stack) is None
    assert page.model.rowCount() == 1
    with new_db.reader() as s:
        [kept] = s.scalars(sa.select(Correspondence).where(
            Correspondence.deleted_at.is_(None))).all()
        assert kept.raw == ZOE_EML.read_bytes()


def test_the_real_asking_box_names_the_sender(qtbot: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from hirefile.domain.mail_drafts import Mailbox

    seen: list[tuple[str, str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert mail_drop.ask_to_add(None, Mailbox("Ana Lima", "ana@example.org"), "a.eml")
    assert seen[0][:2] == ("No candidate has ana@example.org.",
                           "Add Ana Lima (ana@example.org) as a candidate and keep a.eml "
                           "with them?")
    assert "Add Candidate" in seen[0][2]


def test_a_kept_mail_opens_from_the_timeline(qtbot: Any, page: CandidatesPage,
                                             new_db: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    zoe = _add(new_db, "Zoë Ødegaard", ZOE)
    page.open_candidate(zoe)
    _drop(qtbot, page, ZOE_EML)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(mail_drop.MailView, "exec",
                        lambda v: shown.append((v.windowTitle(), v.text.toPlainText())) or 0)
    model = page.record.timeline_model
    row = next(i for i, e in enumerate(model.events) if e.kind == "mail")
    page.record.form.timelineList.activated.emit(model.index(row))
    assert shown and shown[0][0] == SUBJECT
    assert "drift-detection project we talked about" in shown[0][1]


def test_an_unreadable_file_is_one_line_and_keeps_nothing(qtbot: Any, page: CandidatesPage,
                                                          new_db: Database,
                                                          tmp_path: Path) -> None:
    cid = _add(new_db, "Ana Lima", "ana.lima@example.org")
    page.open_candidate(cid)
    bad = tmp_path / "scan.eml"
    bad.write_bytes(b"%PDF-1.7\n")
    _drop(qtbot, page, ZOE_EML, bad)
    assert page.record.form.messageLabel.text() == "scan.eml is a PDF, not an e-mail (.eml)"
    with new_db.reader() as s:
        assert correspondence.correspondence(s, cid) == []
