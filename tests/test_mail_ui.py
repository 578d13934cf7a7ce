"""Write E-mail… in the app: from the record's More menu and for a selection on the Candidates
page. Mail apps, save dialogs and folder pickers are stubbed; files and the timeline are real."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select
from test_mail_service import add_person, schedule_interview

from hirefile.domain.vocab import ActivityKind
from hirefile.services.erasure import erase_candidate
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Application
from hirefile.ui import exports, mail_dialog, messages
from hirefile.ui.mail_dialog import WriteEmailDialog


def _drafted(db: Database, cid: str) -> list[dict[str, str]]:
    with db.reader() as s:
        return list(s.scalars(select(Activity.detail).where(
            Activity.candidate_id == cid, Activity.kind == ActivityKind.DRAFTED)
            .order_by(Activity.at)))


def _run_dialog(monkeypatch: pytest.MonkeyPatch, act: Any) -> list[WriteEmailDialog]:
    """Make the modal dialog call `act(dialog)` instead of waiting for a person."""
    seen: list[WriteEmailDialog] = []

    def exec_(dialog: WriteEmailDialog) -> int:
        seen.append(dialog)
        act(dialog)
        return 0

    monkeypatch.setattr(WriteEmailDialog, "exec", exec_)
    return seen


def test_the_record_menu_copies_a_draft_and_the_timeline_shows_it(
        open_window: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    cid, _app = add_person(demo_db)
    window = open_window(demo_db, size=(1024, 700))
    window.open_candidate(cid)
    record = window.candidates_page.record
    action = record.more.email_action
    assert action.text() == "Write E-mail…" and record.more.menu().actions()[0] is action

    def act(d: WriteEmailDialog) -> None:
        f = d.form
        d.show()
        assert d.width() <= 1024 and d.height() <= 700  # fits the smallest screen we support
        assert f.templateCombo.currentData() == "acknowledgement"
        assert f.toEdit.isReadOnly() and f.toEdit.text() == "Zoë Ødegaard <zoe@example.org>"
        assert f.subjectEdit.text().startswith("Thank you for applying to ")
        assert not f.problemsLabel.isVisible() and f.attachmentsLabel.text() == "Nothing"
        f.templateCombo.setCurrentIndex(f.templateCombo.findData("rejection"))
        assert f.reasonEdit.isVisible()
        f.reasonEdit.setText("We chose someone with more Rust.")
        f.reasonEdit.editingFinished.emit()
        assert "We chose someone with more Rust." in f.bodyEdit.toPlainText()
        f.subjectEdit.setText("A personal note")  # edits are what leaves
        f.copyButton.click()

    seen = _run_dialog(monkeypatch, act)
    action.trigger()
    assert len(seen) == 1
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("A personal note\n\nHi Zo,\n")
    assert "We chose someone with more Rust." in copied
    assert _drafted(demo_db, cid) == [{"template": "rejection", "to": "zoe@example.org",
                                       "how": "clipboard"}]
    shown = [record.timeline_model.index(r).data() for r in
             range(record.timeline_model.rowCount())]
    assert "Drafted “Not moving forward” e-mail to Zoë Ødegaard" in shown
    assert record.form.messageLabel.text().startswith("Copied the e-mail to Zoë Ødegaard")


def test_open_in_mail_app_uses_a_link_or_an_eml_with_the_invitation(
        qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    cid, app_id = add_person(demo_db)
    schedule_interview(demo_db, app_id)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    short = WriteEmailDialog(None, demo_db, [cid], template_key="rejection")
    qtbot.addWidget(short)
    assert short.open_in_mail_app()
    assert opened[0].scheme() == "mailto"
    assert opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded).startswith(
        "mailto:zoe@example.org?subject=")
    invite = WriteEmailDialog(None, demo_db, [cid], template_key="interview_scheduling")
    qtbot.addWidget(invite)
    assert invite.form.attachmentsLabel.text() == "invitation.ics"
    assert "opens it as a draft (.eml) with its attachments" in invite.form.hintLabel.text()
    assert invite.open_in_mail_app()
    path = Path(opened[1].toLocalFile())
    assert path.suffix == ".eml" and path.parent.name == mail_dialog.DRAFTS_FOLDER
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert [p.get_content_type() for p in msg.iter_attachments()] == ["text/calendar"]
    assert [d["how"] for d in _drafted(demo_db, cid)] == ["mailto", "eml"]


def test_no_mail_app_is_said_and_nothing_is_noted(qtbot: Any, demo_db: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cid, _app = add_person(demo_db)
    said: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    monkeypatch.setattr(messages, "show_problem", lambda _p, title, _m: said.append(title))
    d = WriteEmailDialog(None, demo_db, [cid], template_key="rejection")
    qtbot.addWidget(d)
    assert not d.open_in_mail_app()
    assert said == ["No mail app opened the draft"] and _drafted(demo_db, cid) == []


def test_save_draft_writes_the_eml_where_asked(qtbot: Any, demo_db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    cid, _app = add_person(demo_db)
    target = tmp_path / "out" / "draft.eml"
    target.parent.mkdir()
    asked: list[Path] = []

    def ask(_parent: object, _title: str, suggested: Path, _filters: Any) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(exports, "ask_save_path", ask)
    d = WriteEmailDialog(None, demo_db, [cid], template_key="talent_pool")
    qtbot.addWidget(d)
    assert "keep_in_touch_date" in d.form.problemsLabel.text()  # no reach-out date on record
    d.form.bodyEdit.setPlainText("Hi Zo,\n\nLet us talk again in May.\n")
    assert d.save_draft() == target
    assert asked[0].name == "Keep in touch - Zoë Ødegaard.eml"
    msg = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None and "Let us talk again in May." in body.get_content()
    assert _drafted(demo_db, cid)[0]["how"] == "eml"


@pytest.mark.parametrize("case", ["erased", "no e-mail"])
def test_no_dialog_for_the_erased_or_those_without_an_address(
        qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    cid, _app = add_person(demo_db, address=None if case == "no e-mail" else "zoe@example.org")
    if case == "erased":
        erase_candidate(demo_db, cid)
    said: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda _p, _t, message: said.append(message))
    seen = _run_dialog(monkeypatch, lambda _d: None)
    mail_dialog.write_email(None, demo_db, [cid])
    assert seen == [] and len(said) == 1 and "\n" not in said[0]
    assert ("was erased" if case == "erased" else "has no e-mail address") in said[0]


def test_bulk_rejection_for_three_selected_writes_three_files(
        open_window: Any, demo_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    people = {n: add_person(demo_db, name=n, preferred=None, address=a)[0] for n, a in
              (("Ana Lima", "ana@example.org"), ("Ben Okoro", "ben@example.org"),
               ("Chidi Eze", "chidi@example.org"), ("Dana Noaddress", None))}
    folder = tmp_path / "drafts"
    folder.mkdir()
    kept = folder / "Not moving forward - Ana Lima.eml"
    kept.write_bytes(b"already here")
    window = open_window(demo_db, size=(1024, 700))
    page = window.candidates_page
    page._reselect(list(people.values()), None)
    assert sorted(page.selected_ids()) == sorted(people.values())
    assert page.action_email.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))

    def act(d: WriteEmailDialog) -> None:
        f = d.form
        assert d.bulk and f.templateCombo.currentData() == "rejection"
        assert not f.openButton.isVisibleTo(d) and f.bodyEdit.isReadOnly()
        assert "Dana Noaddress has no e-mail address" in f.problemsLabel.text()
        f.saveButton.click()

    seen = _run_dialog(monkeypatch, act)
    page.action_email.trigger()
    assert len(seen) == 1
    written = sorted(p.name for p in folder.iterdir())
    assert written == ["Not moving forward - Ana Lima (2).eml",
                       "Not moving forward - Ana Lima.eml",
                       "Not moving forward - Ben Okoro.eml",
                       "Not moving forward - Chidi Eze.eml"]
    assert kept.read_bytes() == b"already here"  # never over a file already there
    to = {email.message_from_bytes(p.read_bytes(), policy=policy.default)["To"]
          .addresses[0].addr_spec for p in folder.iterdir() if p != kept}
    assert to == {"ana@example.org", "ben@example.org", "chidi@example.org"}
    notice = page.form.noticeLabel.text().replace("\u2068", "").replace("\u2069", "")
    assert notice.startswith("Wrote 3 “Not moving forward” drafts to ")
    assert "skipped 1: Dana Noaddress" in notice
    for name, cid in people.items():
        assert len(_drafted(demo_db, cid)) == (0 if name == "Dana Noaddress" else 1)


def test_for_someone_in_two_roles_the_dialog_asks_which(qtbot: Any, demo_db: Database) -> None:
    from hirefile.services import pipeline
    from hirefile.storage.models import Role

    cid, first_app = add_person(demo_db)
    with demo_db.session() as s:
        first_role = s.get_one(Application, first_app).role_id
        other = s.scalars(select(Role).where(Role.deleted_at.is_(None), Role.id != first_role)
                          .order_by(Role.title)).first()
        assert other is not None
        second_app = pipeline.add_application(s, cid, other.id).id
        other_title = other.title
    d = WriteEmailDialog(None, demo_db, [cid], template_key="rejection")
    qtbot.addWidget(d)
    f = d.form
    assert f.roleCombo.isVisibleTo(d) and f.roleCombo.count() == 2
    assert f.roleCombo.currentData() == second_app  # the most recently moved
    assert f"the {other_title} role" in f.bodyEdit.toPlainText()
    f.roleCombo.setCurrentIndex(f.roleCombo.findData(first_app))
    assert d.current().application_id == first_app
    assert f"the {other_title} role" not in f.bodyEdit.toPlainText()
    single = WriteEmailDialog(None, demo_db, [add_person(demo_db, name="Ana Lima")[0]])
    qtbot.addWidget(single)
    assert not single.form.roleCombo.isVisibleTo(single)


def test_changing_the_template_asks_before_replacing_edits(
        qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    cid, _app = add_person(demo_db)
    d = WriteEmailDialog(None, demo_db, [cid], template_key="rejection")
    qtbot.addWidget(d)
    f = d.form
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(mail_dialog, "ask_replace_edits",
                        lambda parent, name: asked.append(name) or answer[0])
    f.templateCombo.setCurrentIndex(f.templateCombo.findData("talent_pool"))
    assert asked == []  # nothing edited: filled in again without a question
    f.bodyEdit.setPlainText(f.bodyEdit.toPlainText() + "\nP.S. Loved your talk at PyData.")
    f.templateCombo.setCurrentIndex(f.templateCombo.findData("rejection"))
    assert len(asked) == 1
    assert d.template_key == "talent_pool" and "PyData" in f.bodyEdit.toPlainText()  # kept
    answer[0] = True
    f.templateCombo.setCurrentIndex(f.templateCombo.findData("rejection"))
    assert d.template_key == "rejection" and "PyData" not in f.bodyEdit.toPlainText()
