"""The candidate record, adding, duplicates, merging, moves, attachments and bulk actions.

Headless. Dialogs are stubbed through their `ask` class methods (and the file chooser through
its module function); everything stored is read back through the services.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import PayPeriod, Source
from hirefile.errors import NotFound
from hirefile.services import attachments, candidates, listing, pipeline, timeline
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.ui import theme
from hirefile.ui.candidate import attachments as attachments_ui
from hirefile.ui.candidate.dialogs import (
    BulkMoveDialog,
    ReasonDialog,
    RoleChoice,
    TagDialog,
    UnsavedChanges,
)
from hirefile.ui.candidate.fields import LinkEdit
from hirefile.ui.candidate.merge import CompareModel, MergeDialog, merge_side
from hirefile.ui.main_window import PAGE_CANDIDATES, MainWindow
from hirefile.ui.pages.candidates import CandidatesPage

ALT_LONDON = "Łódź, Polska"

#: The cofounder who edits the file meanwhile.
DANIEL = Identity("0d4e1f2a-0000-4000-8000-000000000001", "Daniel Okafor", "d@example.com")


# fixtures and helpers ------------------------------------------------------------------------

@pytest.fixture
def page(qtbot: Any, new_db: Database) -> CandidatesPage:
    p = CandidatesPage()
    qtbot.addWidget(p)
    p.resize(1300, 860)
    p.set_database(new_db)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def role_id(new_db: Database) -> str:
    with new_db.session() as s:
        return add_role_from_template(s, template("ml_engineer")).id


def add(db: Database, name: str, role: str | None = None, **fields: Any) -> str:
    with db.session() as s:
        c = candidates.create_candidate(s, CandidateDraft(full_name=name, **fields))
        s.flush()
        if role:
            pipeline.add_application(s, c.id, role)
        return c.id


def draft(db: Database, cid: str) -> CandidateDraft:
    with db.reader() as s:
        return candidates.candidate_draft(s, cid)


def stage(db: Database, cid: str, role: str) -> str:
    with db.reader() as s:
        app = pipeline.application_for(s, cid, role)
        assert app is not None
        return pipeline.history(s, app.id)[-1].to_name


def refresh_list(page: CandidatesPage) -> None:
    page.refresh()


def select_ids(page: CandidatesPage, ids: list[str]) -> None:
    page.table.clearSelection()
    for row in range(page.model.rowCount()):
        if page.model.id_at(row) in ids:
            page.table.selectionModel().select(
                page.model.index(row, 0),
                page.table.selectionModel().SelectionFlag.Select
                | page.table.selectionModel().SelectionFlag.Rows)


# the record ----------------------------------------------------------------------------------

def test_record_shows_a_candidates_fields(page: CandidatesPage, new_db: Database,
                                          role_id: str) -> None:
    cid = add(new_db, "王磊", role_id, email="wang.lei@example.cn", phone="+86 138 0013 8000",
              location="上海", github_url="github.com/wanglei", expectation=12_000_000,
              expectation_currency="EUR", expectation_period=PayPeriod.YEAR,
              source=Source.REFERRAL, referrer_name="Ana Lima", notes="Line one\nLine two",
              tags=["nlp", "pytorch"], pronouns="he/him")
    assert page.open_candidate(cid)
    assert page.record_open
    rec = page.record
    f = rec.record_form.form
    assert rec.form.headerName.text() == "王磊"
    assert (f.nameEdit.text(), f.emailEdit.text(), f.locationEdit.text()) == \
        ("王磊", "wang.lei@example.cn", "上海")
    assert f.githubEdit.text() == "https://github.com/wanglei"
    assert (f.amountEdit.text(), f.currencyCombo.currentText(), f.periodCombo.currentText()) == \
        ("120,000", "EUR", "per year")
    assert f.sourceCombo.currentText() == "Referral" and f.referrerEdit.text() == "Ana Lima"
    assert f.tagsEdit.text() == "nlp, pytorch"
    assert f.notesEdit.toPlainText() == "Line one\nLine two"
    assert "Ana Lima" in rec.form.headerSubtitle.text()
    assert not rec.form.saveButton.isEnabled() and not rec.is_dirty
    assert [c.app.role for c in rec.applications.cards] == \
        [template("ml_engineer").title]
    assert rec.timeline_model.rowCount() >= 1


def test_enter_opens_the_record_and_escape_goes_back(qtbot: Any, page: CandidatesPage,
                                                     new_db: Database) -> None:
    ids = [add(new_db, n) for n in ("Ada Obi", "Bo Chen")]
    refresh_list(page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.record_open and page.record.candidate_id == page.model.id_at(1)
    qtbot.keyClick(page.record.form.backButton, Qt.Key.Key_Escape)
    assert not page.record_open
    assert page.model.id_at(page.table.currentIndex().row()) in ids


def test_link_fields_open_only_web_and_mail_links(qtbot: Any, monkeypatch: pytest.MonkeyPatch
                                                  ) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    edit = LinkEdit()
    qtbot.addWidget(edit)
    edit.setText("github.com/ada")
    assert edit.open_action.isVisible() and edit.open_link()
    edit.setText("javascript:alert(1)")
    assert not edit.open_action.isVisible() and not edit.open_link()
    edit.set_mail(True)
    edit.setText("ada@example.org")
    assert edit.open_link()
    assert [u.toString() for u in opened] == ["https://github.com/ada", "mailto:ada@example.org"]


def test_bad_email_shows_at_the_field_and_disables_save(page: CandidatesPage,
                                                        new_db: Database) -> None:
    cid = add(new_db, "Ada Obi", email="ada@example.org")
    page.open_candidate(cid)
    form = page.record.record_form
    form.form.emailEdit.setText("ada@example")
    assert form.form.emailError.isVisible()
    assert "is not an e-mail address" in form.form.emailError.text()
    assert form.form.emailEdit.property("invalid") is True
    assert not page.record.form.saveButton.isEnabled()
    assert not page.record.save_action.isEnabled()
    form.form.amountEdit.setText("lots")
    assert "not an amount" in form.form.expectationError.text()
    form.form.emailEdit.setText("ada@example.org")
    form.form.amountEdit.setText("95k")
    form.form.currencyCombo.setCurrentText("GBP")
    assert not form.form.emailError.isVisible() and page.record.form.saveButton.isEnabled()
    assert form.draft().expectation == 9_500_000


def test_saving_writes_the_change_and_edit_undo_restores_it(
        qtbot: Any, qapp: QApplication, identity: Identity, demo_db: Database) -> None:
    theme.apply(qapp)
    window = MainWindow(demo_db, Settings(), identity)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page(PAGE_CANDIDATES)
    page = window.candidates_page
    cid = page.model.id_at(0)
    before = draft(demo_db, cid)
    assert page.open_candidate(cid)
    form = page.record.record_form.form
    form.locationEdit.setText(ALT_LONDON)
    form.notesEdit.setPlainText("Nouvelles notes — 新的笔记\nzweite Zeile")
    form.locationEdit.setFocus()
    qtbot.keyClick(form.locationEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.locationEdit, Qt.Key.Key_Shift)  # Ctrl not left held for later tests
    after = draft(demo_db, cid)
    assert after.location == ALT_LONDON and after.notes.endswith("zweite Zeile")
    assert not page.record.is_dirty
    assert window.action_undo.isEnabled() and "Edit" in window.action_undo.text()
    window.action_undo.trigger()
    restored = draft(demo_db, cid)
    assert (restored.location, restored.notes) == (before.location, before.notes)
    assert form.locationEdit.text() == (before.location or "")
    window.action_redo.trigger()
    assert draft(demo_db, cid).location == ALT_LONDON


# adding and duplicates -----------------------------------------------------------------------

def test_adding_a_candidate_with_a_known_email_shows_the_duplicate_banner(
        qtbot: Any, page: CandidatesPage, new_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    known = add(new_db, "Chiamaka Eze", email="chiamaka@example.org")
    assert page.add_candidate()
    rec = page.record
    assert rec.is_new and not rec.form.saveButton.isEnabled()
    assert not rec.record_form.form.nameError.isVisible()  # not shouted at before typing
    rec.record_form.form.nameEdit.setText("C. Eze")
    rec.record_form.form.emailEdit.setText("  Chiamaka@Example.ORG ")
    qtbot.waitUntil(lambda: rec.form.duplicateBanner.isVisible(), timeout=3000)
    assert [m.candidate_id for m in rec.duplicates.matches] == [known]
    assert "same e-mail" in rec.duplicates.matches[0].reasons
    texts = [w.text() for w in rec.form.duplicateBanner.findChildren(type(rec.form.duplicateTitle))]
    assert any("same e-mail" in t for t in texts)
    assert [b.text() for b in rec.duplicates.buttons] == ["Open"]  # no merge before saving
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(lambda cls, parent, name: "discard"))
    rec.duplicates.buttons[0].click()
    assert rec.candidate_id == known and not rec.is_new


def test_add_candidate_to_a_role_then_undo(page: CandidatesPage, new_db: Database,
                                           role_id: str) -> None:
    page.add_candidate(role_id)
    rec = page.record
    assert rec.form.roleCombo.currentData() == role_id
    rec.record_form.form.nameEdit.setText("Ngozi Adeyemi")
    rec.record_form.form.emailEdit.setText("ngozi@example.org")
    assert rec.form.saveButton.isEnabled()
    assert rec.save()
    cid = rec.candidate_id
    assert cid is not None and not rec.is_new
    assert stage(new_db, cid, role_id) == "Sourced"
    assert page.total == 1
    page.close_record()  # the list, hidden behind the record, reads on the way back
    assert page.model.rowCount() == 1 and page.selected_ids() == [cid]
    assert page.open_candidate(cid)
    page.undo_stack.undo()
    with new_db.reader() as s:
        assert listing.candidate_count(s) == 0
    assert not page.record_open and page.model.rowCount() == 0


def test_merge_through_a_stubbed_confirmation(page: CandidatesPage, new_db: Database,
                                              role_id: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    keep = add(new_db, "Ana Lima", email="ana@example.org")
    other = add(new_db, "Ana Lima", role_id, email="ANA@example.org", phone="+351 912 345 678")
    cv = tmp_path / "cv.txt"
    cv.write_text("CV")
    with new_db.session() as s:
        attachments.attach_file(s, other, cv)
    page.open_candidate(keep)
    rec = page.record
    assert [m.candidate_id for m in rec.duplicates.matches] == [other]
    assert [b.text() for b in rec.duplicates.buttons] == ["Open", "Merge…"]
    asked: list[tuple[str, str]] = []

    def stub(cls: Any, parent: Any, left: Any, right: Any) -> tuple[str, str]:
        asked.append((left.candidate_id, right.candidate_id))
        return left.candidate_id, right.candidate_id

    monkeypatch.setattr(MergeDialog, "ask", classmethod(stub))
    rec.duplicates.buttons[1].click()
    assert asked == [(keep, other)]
    with pytest.raises(NotFound):
        draft(new_db, other)
    merged = draft(new_db, keep)
    assert merged.phone == "+351 912 345 678"
    with new_db.reader() as s:
        assert [a.role_id for a in timeline.applications(s, keep)] == [role_id]
        assert [a.filename for a in attachments.attachments(s, keep)] == ["cv.txt"]
    assert rec.candidate_id == keep and "cannot be undone" in rec.form.messageLabel.text()
    assert page.undo_stack.count() == 0
    page.close_record()  # a link that still names the merged record opens the one kept
    assert page.listed_ids() == [keep]
    assert page.open_candidate(other) and page.record.candidate_id == keep
    assert page.record.record_form.form.nameEdit.text() == "Ana Lima"


def test_merge_dialog_compares_and_says_what_comes_along(qtbot: Any, qtmodeltester: Any,
                                                         new_db: Database,
                                                         role_id: str) -> None:
    a = add(new_db, "<b>Ana</b> Lima", email="ana@example.org")
    b = add(new_db, "Ana Lima", role_id, email="ana.lima@work.example", tags=["nlp"])
    left, right = merge_side(new_db, a), merge_side(new_db, b)
    qtmodeltester.check(CompareModel(left, right))
    dialog = MergeDialog(left, right)
    qtbot.addWidget(dialog)
    assert dialog.values() == (a, b)
    assert "1 application" in dialog.form.comesAlongLabel.text()
    assert "cannot be undone" in dialog.form.warningLabel.text()
    assert dialog.form.comesAlongLabel.textFormat() == Qt.TextFormat.PlainText
    dialog.form.keepRightRadio.setChecked(True)
    assert dialog.values() == (b, a)


# applications, timeline, attachments ---------------------------------------------------------

def test_moving_to_rejected_asks_a_reason_and_the_timeline_lists_it(
        page: CandidatesPage, new_db: Database, role_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = add(new_db, "Bo Chen", role_id)
    page.open_candidate(cid)
    rec = page.record
    asked: list[tuple[list[str], str]] = []

    def stub(cls: Any, parent: Any, reasons: list[str], *, stage: str = "",
             detail: str = "") -> tuple[str, str | None]:
        asked.append((reasons, stage))
        return "Role filled", "Hired someone internally"

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(stub))
    card = rec.applications.cards[0]
    action = next(a for a in card.menu.actions() if a.text() == "Rejected…")
    action.trigger()
    assert asked and "Role filled" in asked[0][0] and asked[0][1] == "Rejected"
    with new_db.reader() as s:
        app = pipeline.application_for(s, cid, role_id)
        last = pipeline.history(s, app.id)[-1]
    assert (last.to_name, last.reason, last.note) == ("Rejected", "Role filled",
                                                       "Hired someone internally")
    texts = [e.text for e in rec.timeline_model.events]
    assert any("→ Rejected (Role filled)" in t for t in texts)
    assert rec.applications.cards[0].app.stage == "Rejected"
    page.undo_stack.undo()
    assert stage(new_db, cid, role_id) == "Sourced"
    assert rec.applications.cards[0].app.stage == "Sourced"


def test_cancelled_reason_moves_nothing(page: CandidatesPage, new_db: Database, role_id: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = add(new_db, "Cy Twain", role_id)
    page.open_candidate(cid)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: None))
    card = page.record.applications.cards[0]
    next(a for a in card.menu.actions() if a.text() == "Withdrew…").trigger()
    assert stage(new_db, cid, role_id) == "Sourced" and page.undo_stack.count() == 0


def test_add_to_role_from_the_record(page: CandidatesPage, new_db: Database,
                                     role_id: str) -> None:
    cid = add(new_db, "Dara Petrov")
    page.open_candidate(cid)
    rec = page.record
    assert rec.form.noApplicationsLabel.isVisibleTo(rec)
    rec.applications.add_menu.actions()[0].trigger()
    assert stage(new_db, cid, role_id) == "Sourced"
    assert len(rec.applications.cards) == 1 and not rec.applications.add_button.isEnabled()


def test_attaching_a_file_stores_it_and_open_writes_a_temp_copy(
        page: CandidatesPage, new_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = add(new_db, "Émile Moreau")
    cv = tmp_path / "Émile CV 履歴書.pdf"
    cv.write_bytes(b"%PDF-1.4 fake")
    monkeypatch.setattr(attachments_ui, "ask_files", lambda parent, directory: [cv])
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.open_candidate(cid)
    rec = page.record
    rec.form.addFileButton.click()
    with new_db.reader() as s:
        stored = attachments.attachments(s, cid)
    assert [a.filename for a in stored] == [cv.name] and stored[0].added_by == "Amara Okafor"
    assert rec.attachments.model.rowCount() == 1
    assert "(1)" in rec.form.sideTabs.tabText(1)
    rec.form.openFileButton.click()
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == cv.name and copy.read_bytes() == b"%PDF-1.4 fake"
    assert copy.parent != cv.parent
    monkeypatch.setattr(attachments_ui, "ask_remove", lambda parent, name: True)
    rec.form.removeFileButton.click()
    with new_db.reader() as s:
        assert attachments.attachments(s, cid) == []


def test_timeline_model_passes_the_model_tester(qtmodeltester: Any, page: CandidatesPage,
                                                new_db: Database, role_id: str) -> None:
    cid = add(new_db, "Farah Haddad", role_id)
    page.open_candidate(cid)
    assert page.record.timeline_model.rowCount() >= 2  # added, and added to the role
    qtmodeltester.check(page.record.timeline_model)
    qtmodeltester.check(page.record.attachments.model)


# bulk actions --------------------------------------------------------------------------------

def test_bulk_tag_with_undo(page: CandidatesPage, new_db: Database,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [add(new_db, n, tags=["nlp"]) for n in ("Ana Lima", "Bo Chen", "Cy Twain")]
    refresh_list(page)
    select_ids(page, ids[:2])
    assert page.action_tag.isEnabled() and page.form.selectionLabel.text() == "2 selected"
    monkeypatch.setattr(TagDialog, "ask", classmethod(lambda cls, parent, n: ["finalist"]))
    page.action_tag.trigger()
    with new_db.reader() as s:
        assert [candidates.tags_of(s, i) for i in ids] == \
            [["finalist", "nlp"], ["finalist", "nlp"], ["nlp"]]
    assert "Tagged 2 candidates" in page.form.noticeLabel.text()
    assert sorted(page.selected_ids()) == sorted(ids[:2])  # the selection survives the refresh
    page.undo_stack.undo()
    with new_db.reader() as s:
        assert [candidates.tags_of(s, i) for i in ids] == [["nlp"]] * 3


def test_bulk_reject_with_undo(page: CandidatesPage, new_db: Database, role_id: str,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [add(new_db, n, role_id) for n in ("Ana Lima", "Bo Chen", "Cy Twain")]
    idle = add(new_db, "Dara Petrov")  # in no pipeline: nothing to reject
    refresh_list(page)
    select_ids(page, [*ids[:2], idle])
    details: list[str] = []

    def stub(cls: Any, parent: Any, reasons: list[str], *, stage: str = "",
             detail: str = "") -> tuple[str, None]:
        details.append(detail)
        return "Skills below the bar", None

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(stub))
    refreshed: list[int] = []
    page.model.modelReset.connect(lambda: refreshed.append(1))
    page.action_reject.trigger()
    assert "Rejects 2 applications" in details[0]
    assert [stage(new_db, i, role_id) for i in ids] == ["Rejected", "Rejected", "Sourced"]
    with new_db.reader() as s:
        app = pipeline.application_for(s, ids[0], role_id)
        assert pipeline.history(s, app.id)[-1].reason == "Skills below the bar"
    assert refreshed  # the table re-read the file after the command
    page.undo_stack.undo()
    assert [stage(new_db, i, role_id) for i in ids] == ["Sourced"] * 3
    n = len(refreshed)
    page.undo_stack.redo()
    assert [stage(new_db, i, role_id) for i in ids] == ["Rejected", "Rejected", "Sourced"]
    assert len(refreshed) > n


def test_bulk_move_to_stage_in_a_chosen_role(page: CandidatesPage, new_db: Database,
                                             role_id: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with new_db.session() as s:
        other_role = add_role_from_template(s, template("mlops")).id
    ids = [add(new_db, n, role_id) for n in ("Ana Lima", "Bo Chen")]
    with new_db.session() as s:
        pipeline.add_application(s, ids[0], other_role)
    refresh_list(page)
    select_ids(page, ids)
    offered: list[list[RoleChoice]] = []

    def stub(cls: Any, parent: Any, choices: list[RoleChoice], n: int) -> tuple[str, str]:
        offered.append(choices)
        return role_id, "Screen"

    monkeypatch.setattr(BulkMoveDialog, "ask", classmethod(stub))
    page.action_move.trigger()
    assert [(c.role_id, c.people) for c in offered[0]] == [(role_id, 2), (other_role, 1)]
    assert [stage(new_db, i, role_id) for i in ids] == ["Screen", "Screen"]
    assert stage(new_db, ids[0], other_role) == "Sourced"
    page.undo_stack.undo()
    assert [stage(new_db, i, role_id) for i in ids] == ["Sourced", "Sourced"]


def test_a_bulk_move_leaves_the_ones_a_colleague_moved_meanwhile_and_says_so(
        page: CandidatesPage, new_db: Database, role_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [add(new_db, n, role_id) for n in ("Ana Lima", "Bo Chen", "Chidi Okeke")]
    refresh_list(page)
    select_ids(page, ids)

    def stub(cls: Any, parent: Any, choices: list[RoleChoice], n: int) -> tuple[str, str]:
        me = new_db.identity  # while the dialog is open, Daniel moves Ana on
        new_db.set_identity(DANIEL)
        with new_db.session() as s:
            app = pipeline.application_for(s, ids[0], role_id)
            assert app is not None
            pipeline.move(s, app.id, pipeline.stage_named(s, role_id, "Technical").id)
        new_db.set_identity(me)
        return role_id, "Screen"

    monkeypatch.setattr(BulkMoveDialog, "ask", classmethod(stub))
    page.action_move.trigger()
    assert [stage(new_db, i, role_id) for i in ids] == ["Technical", "Screen", "Screen"]
    assert page.form.noticeLabel.text() == (
        "Moved 2 candidates to \u2068Screen\u2069 in “\u2068Machine Learning Engineer\u2069”; "
        "1 was moved by \u2068Daniel Okafor\u2069 meanwhile and stays where it is. "
        "Edit → Undo moves them back.")
    page.undo_stack.undo()
    assert [stage(new_db, i, role_id) for i in ids] == ["Technical", "Sourced", "Sourced"]


def test_a_bulk_move_everyone_moved_meanwhile_leaves_no_undo_step(
        page: CandidatesPage, new_db: Database, role_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [add(new_db, n, role_id) for n in ("Ana Lima", "Bo Chen")]
    refresh_list(page)
    select_ids(page, ids)
    steps = page.undo_stack.count()

    def stub(cls: Any, parent: Any, choices: list[RoleChoice], n: int) -> tuple[str, str]:
        me = new_db.identity  # while the dialog is open, Daniel moves both on
        new_db.set_identity(DANIEL)
        with new_db.session() as s:
            for cid in ids:
                app = pipeline.application_for(s, cid, role_id)
                assert app is not None
                pipeline.move(s, app.id, pipeline.stage_named(s, role_id, "Technical").id)
        new_db.set_identity(me)
        return role_id, "Screen"

    monkeypatch.setattr(BulkMoveDialog, "ask", classmethod(stub))
    page.action_move.trigger()
    assert [stage(new_db, i, role_id) for i in ids] == ["Technical", "Technical"]
    assert page.form.noticeLabel.text() == (
        "No one moved to \u2068Screen\u2069; 2 were moved by \u2068Daniel Okafor\u2069 "
        "meanwhile and stay where they are.")
    assert page.undo_stack.count() == steps  # Edit → Undo would undo nothing: no step
    assert not page.undo_stack.canUndo()


def test_undoing_a_bulk_tag_keeps_the_tags_a_colleague_changed_since(
        page: CandidatesPage, new_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [add(new_db, n, tags=["nlp"]) for n in ("Ana Lima", "Bo Chen")]
    refresh_list(page)
    select_ids(page, ids)
    monkeypatch.setattr(TagDialog, "ask", classmethod(lambda cls, parent, n: ["finalist"]))
    page.action_tag.trigger()
    me = new_db.identity  # then Daniel tags Ana "referral" and takes "nlp" off Bo
    new_db.set_identity(DANIEL)
    with new_db.session() as s:
        candidates.set_tags(s, ids[0], ["finalist", "nlp", "referral"])
        candidates.set_tags(s, ids[1], ["finalist"])
    new_db.set_identity(me)
    page.undo_stack.undo()
    with new_db.reader() as s:
        assert [candidates.tags_of(s, i) for i in ids] == [["nlp", "referral"], []]


def test_bulk_move_dialog_lists_stages_of_the_chosen_role(qtbot: Any) -> None:
    choices = [RoleChoice("r1", "ML engineer", 2, (("Sourced", False), ("Rejected", True))),
               RoleChoice("r2", "MLOps", 1, (("Intro", False),))]
    dialog = BulkMoveDialog(choices, 3)
    qtbot.addWidget(dialog)
    assert [dialog.form.stageCombo.itemData(i) for i in range(2)] == ["Sourced", "Rejected"]
    dialog.form.roleCombo.setCurrentIndex(1)
    assert dialog.values() == ("r2", "Intro")


def test_reason_dialog_needs_a_reason(qtbot: Any) -> None:
    dialog = ReasonDialog(["Role filled"], "Rejected", "")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.form.reasonCombo.setCurrentText("  Moved   abroad ")
    dialog.form.noteEdit.setPlainText("Will reapply")
    assert dialog.ok.isEnabled() and dialog.values() == ("Moved abroad", "Will reapply")


def test_header_links_are_escaped_and_only_web_or_mail() -> None:
    from hirefile.ui.candidate.fields import links_html

    text = links_html(CandidateDraft(full_name="x", email="a@b.org",
                                     github_url='github.com/x"><img src=y>',
                                     portfolio_url="file:///etc/passwd"))
    assert 'href="mailto:a@b.org"' in text and "<img" not in text
    assert "file:" not in text and "Portfolio" not in text
