"""The offer screens, headless: the Offers page and its undoable status changes, the offer
editor (terms, warnings, letter placeholders), the company profile dialog, and the GUI's
document exports (offer letter, job description, packet, debrief) with their failures.

Questions (the application picker, the editor, notes, save dialogs) are stubbed through their
`ask` methods or module functions; every check of what was stored reads the file back through
the services, and every exported PDF is read back with pypdf.
"""

from __future__ import annotations

import errno
import io
import json
import os
import tempfile
import unicodedata
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.offers import OfferTerms
from hirefile.domain.templates import template
from hirefile.domain.vocab import EquityKind, OfferStatus, PayPeriod, RoleStatus, StageKind
from hirefile.services import candidates, company, listing, offers, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Application, RoleStage
from hirefile.ui import exports, messages, theme
from hirefile.ui.commands import apply
from hirefile.ui.commands.offers import ChangeOfferStatus, CreateOffer
from hirefile.ui.main_window import MainWindow
from hirefile.ui.offers import company as company_ui
from hirefile.ui.offers.company import CompanyDialog
from hirefile.ui.offers.editor import OfferEditor
from hirefile.ui.offers.note_dialog import StatusNoteDialog
from hirefile.ui.offers.picker import ApplicationPicker
from hirefile.ui.pages.offers import OffersPage
from hirefile.ui.text import isolate

S = OfferStatus
EUR = 100
TODAY = date.today()


@pytest.fixture(autouse=True)
def today_now() -> None:
    """`TODAY` as the test starts, not as the module was collected: a run crossing midnight
    would otherwise compare the app's today with yesterday."""
    global TODAY
    TODAY = date.today()


NAME = "Łucja Wiśniewska"


# fixtures -------------------------------------------------------------------------------------

def make_application(db: Database, name: str = NAME) -> str:
    """An ML engineer role paying €85k–€115k and a candidate who expects €100k."""
    with db.session() as s:
        role = add_role_from_template(
            s, template("ml_engineer"), status=RoleStatus.OPEN, pay_min=85_000 * EUR,
            pay_max=115_000 * EUR, pay_currency="EUR", pay_period=PayPeriod.YEAR)
        c = candidates.create_candidate(s, CandidateDraft(
            full_name=name, email=f"{uuid.uuid4().hex[:8]}@example.org",
            expectation=100_000 * EUR, expectation_currency="EUR",
            expectation_period=PayPeriod.YEAR))
        s.flush()
        return pipeline.add_application(s, c.id, role.id).id


def terms(**changes: Any) -> OfferTerms:
    values: dict[str, Any] = {
        "base_salary": 100_000 * EUR, "currency": "EUR", "period": PayPeriod.YEAR,
        "start_date": TODAY + timedelta(days=40), "expires_on": TODAY + timedelta(days=10)}
    values.update(changes)
    return OfferTerms(**values)


def draft_offer(db: Database, app_id: str, **changes: Any) -> str:
    with db.session() as s:
        return offers.create_offer(s, app_id, terms(**changes)).id


def status_of(db: Database, offer_id: str) -> OfferStatus:
    with db.reader() as s:
        return offers.get_offer(s, offer_id).status


@pytest.fixture
def app_id(new_db: Database) -> str:
    return make_application(new_db)


@pytest.fixture
def page(qtbot: Any, qapp: QApplication) -> Any:
    theme.apply(qapp)

    def make(db: Database) -> OffersPage:
        p = OffersPage()
        qtbot.addWidget(p)
        p.undo_stack = QUndoStack(p)
        p.set_database(db)
        p.resize(1200, 700)
        p.show()
        return p

    return make


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_problem",
                        lambda _parent, title, text: shown.append((title, text)))
    return shown


def pdf_text(path: Path) -> str:
    """The PDF's text, NFKC-normalised (as `test_documents` reads it)."""
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    return unicodedata.normalize("NFKC", text)


# the page -------------------------------------------------------------------------------------

def test_offers_model_passes_the_model_tester(qtmodeltester: Any, page: Any,
                                              demo_db: Database) -> None:
    p = page(demo_db)
    assert p.count == 10 and p.model.rowCount() == 10
    qtmodeltester.check(p.model)


def test_status_filter_keeps_the_chosen_offers(page: Any, demo_db: Database) -> None:
    p = page(demo_db)
    p.form.statusCombo.setCurrentText("Accepted")
    shown = [p.model.row_at(r).status for r in range(p.model.rowCount())]
    assert shown and set(shown) == {"Accepted"}
    p.form.statusCombo.setCurrentText("Withdrawn")
    assert p.form.contentStack.currentWidget() is p.form.emptyPage
    assert p.count == 10  # the badge counts every offer, whatever is shown


def test_new_offer_through_the_editor_writes_it_and_undo_removes_it(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, page: Any, new_db: Database,
        app_id: str) -> None:
    p = page(new_db)

    def fill_in(parent: Any, db: Database, application_id: str) -> Any:
        editor = OfferEditor(parent, db, application_id=application_id)
        qtbot.addWidget(editor)
        f = editor.form
        f.baseEdit.setText("105k")
        f.optionsRadio.setChecked(True)
        f.optionsSpin.setValue(12_000)
        f.startEdit.set_value(TODAY + timedelta(days=45))
        f.notesEdit.setPlainText("Within the range; ready to move fast.")
        assert f.saveButton.isEnabled() and not f.warningBanner.isVisibleTo(editor)
        editor.accept()
        return editor.result_value

    monkeypatch.setattr(ApplicationPicker, "ask", classmethod(lambda cls, *a: app_id))
    monkeypatch.setattr(OfferEditor, "ask_new", classmethod(lambda cls, *a: fill_in(*a)))
    offer_id = p.new_offer()
    assert offer_id is not None
    with new_db.reader() as s:
        o = offers.get_offer(s, offer_id)
    t = o.terms
    assert (t.base_salary, t.currency, t.equity_kind, t.equity_options) == (
        105_000 * EUR, "EUR", EquityKind.OPTIONS, 12_000)
    assert (t.vesting_months, t.cliff_months) == (48, 12)
    assert t.expires_on == TODAY + timedelta(days=14)  # two weeks unless said otherwise
    assert o.status is S.DRAFT and o.letter_body is None
    assert p.count == 1 and p.selected().id == offer_id
    p.undo_stack.undo()
    with new_db.reader() as s:
        assert offers.offers_for(s, app_id) == []
    assert p.count == 0


def test_a_base_outside_the_range_shows_the_warning(qtbot: Any, new_db: Database,
                                                    app_id: str) -> None:
    editor = OfferEditor(None, new_db, application_id=app_id)
    qtbot.addWidget(editor)
    editor.form.baseEdit.setText("130,000")
    assert editor.form.warningBanner.isVisibleTo(editor)
    assert "above the role's range (€85,000 – €115,000 per year) by €15,000" in \
        editor.form.warningLabel.text()
    editor.form.baseEdit.setText("90k")
    assert "€10,000 below the candidate's stated expectation" in editor.form.warningLabel.text()
    assert editor.form.saveButton.isEnabled()  # warnings never stop a save
    editor.form.baseEdit.setText("lots")
    assert "is not an amount" in editor.form.baseError.text()
    assert not editor.form.saveButton.isEnabled()


def test_the_letter_tab_lists_unknown_and_empty_placeholders(qtbot: Any, new_db: Database,
                                                             app_id: str) -> None:
    editor = OfferEditor(None, new_db, application_id=app_id)
    qtbot.addWidget(editor)
    letter = editor.form.letterEditor
    letter.set_text("Dear {candidate_first_name}, from {start_date}: {equity}. {salary_band}")
    editor.form.startEdit.set_value(None)
    text = letter.form.problemsLabel.text()
    assert letter.unknown == ["salary_band"] and letter.empty == ["start_date", "equity"]
    assert "{salary_band}" in text and "set a start date" in text
    editor.form.startEdit.set_value(TODAY + timedelta(days=30))
    assert letter.empty == ["equity"]
    letter.form.bodyEdit.moveCursor(QTextCursor.MoveOperation.End)
    letter.form.placeholderList.setCurrentIndex(letter.model.index(1, 0))
    letter.form.insertButton.click()
    assert letter.text().endswith("{salary_band}{candidate_first_name}")
    editor.accept()
    assert editor.result_value.letter_body.startswith("Dear {candidate_first_name}")


def test_status_changes_from_the_page_and_undo_restores_each(
        page: Any, new_db: Database, app_id: str) -> None:
    offer_id = draft_offer(new_db, app_id)
    p = page(new_db)
    assert p.select_offer(offer_id)
    assert not p.action_accept.isEnabled() and "sent" in p.action_accept.toolTip()
    p.action_approve.trigger()
    assert status_of(new_db, offer_id) is S.APPROVED
    p.action_send.trigger()
    assert status_of(new_db, offer_id) is S.SENT
    assert p.undo_stack.undoText() == f"Mark offer to {isolate(NAME)} as sent"
    p.undo_stack.undo()
    assert status_of(new_db, offer_id) is S.APPROVED
    p.undo_stack.undo()
    with new_db.reader() as s:
        o = offers.get_offer(s, offer_id)
    assert o.status is S.DRAFT and o.approved_by is None and len(o.events) == 1
    p.undo_stack.redo()
    assert status_of(new_db, offer_id) is S.APPROVED
    assert p.model.row_at(0).status == "Approved"


def test_accepting_moves_the_application_to_hired(page: Any, new_db: Database,
                                                  app_id: str) -> None:
    offer_id = draft_offer(new_db, app_id)
    with new_db.session() as s:
        offers.send(s, offer_id)
    p = page(new_db)
    p.select_offer(offer_id)
    messages_seen: list[str] = []
    p.sig_status.connect(messages_seen.append)
    p.action_accept.trigger()

    def stage_kind() -> StageKind:
        with new_db.reader() as s:
            return s.get_one(RoleStage, s.get_one(Application, app_id).stage_id).kind

    assert status_of(new_db, offer_id) is S.ACCEPTED and stage_kind() is StageKind.HIRED
    assert messages_seen[-1].startswith(f"Offer accepted: {isolate(NAME)} moved to Hired")
    p.undo_stack.undo()
    assert status_of(new_db, offer_id) is S.SENT and stage_kind() is StageKind.ACTIVE


def test_withdrawing_asks_why_and_cancelling_changes_nothing(
        monkeypatch: pytest.MonkeyPatch, page: Any, new_db: Database, app_id: str) -> None:
    offer_id = draft_offer(new_db, app_id)
    with new_db.session() as s:
        offers.send(s, offer_id)
    p = page(new_db)
    p.select_offer(offer_id)
    asked: list[bool] = []

    def answer(note: str | None) -> Any:
        def ask(cls: Any, parent: Any, **kw: Any) -> str | None:
            asked.append(kw["required"])
            return note
        return classmethod(ask)

    monkeypatch.setattr(StatusNoteDialog, "ask", answer(None))
    assert not p.set_status(S.WITHDRAWN) and status_of(new_db, offer_id) is S.SENT
    monkeypatch.setattr(StatusNoteDialog, "ask", answer("The role's budget was cut"))
    p.action_withdraw.trigger()
    with new_db.reader() as s:
        o = offers.get_offer(s, offer_id)
    assert o.status is S.WITHDRAWN and o.events[-1].note == "The role's budget was cut"
    assert asked == [True, True]  # a sent offer needs a reason


def test_enter_edits_and_delete_withdraws_from_the_list(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, page: Any, new_db: Database,
        app_id: str) -> None:
    offer_id = draft_offer(new_db, app_id)
    p = page(new_db)
    asked: list[str] = []
    monkeypatch.setattr(OfferEditor, "ask_edit",
                        classmethod(lambda cls, _p, _db, oid: asked.append(oid)))
    monkeypatch.setattr(StatusNoteDialog, "ask", classmethod(lambda cls, *_a, **_k: ""))
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow)  # shortcuts fire in the active window only
    p.form.table.setFocus()
    qtbot.keyClick(p.form.table, Qt.Key.Key_Return)
    assert asked == [offer_id]
    qtbot.keyClick(p.form.table, Qt.Key.Key_Delete)
    assert status_of(new_db, offer_id) is S.WITHDRAWN


def test_a_refused_change_is_shown_and_is_no_undo_step(page: Any, new_db: Database,
                                                       app_id: str) -> None:
    offer_id = draft_offer(new_db, app_id, expires_on=TODAY - timedelta(days=1))
    p = page(new_db)
    p.select_offer(offer_id)
    p.action_send.trigger()
    assert p.form.messageBar.isVisibleTo(p)
    assert "set a new one before sending" in p.form.messageLabel.text()
    assert p.undo_stack.count() == 0 and status_of(new_db, offer_id) is S.DRAFT


def test_an_offer_a_colleague_declined_meanwhile_is_not_accepted_and_says_who(
        page: Any, new_db: Database, app_id: str) -> None:
    offer_id = draft_offer(new_db, app_id)
    with new_db.session() as s:
        offers.approve(s, offer_id)
        offers.send(s, offer_id)
    p = page(new_db)
    p.select_offer(offer_id)  # the page shows it sent; Daniel records a no meanwhile
    me = new_db.identity
    new_db.set_identity(Identity(str(uuid.uuid4()), "Daniel Okafor", "d@example.org"))
    with new_db.session() as s:
        offers.decline(s, offer_id, note="Took another job")
    new_db.set_identity(me)
    p.action_accept.trigger()
    assert p.form.messageLabel.text().startswith(
        f"The offer to {NAME} was marked declined by Daniel Okafor at ")
    assert p.undo_stack.count() == 0 and status_of(new_db, offer_id) is S.DECLINED


def test_editing_an_approved_offer_sends_it_back_and_undo_gives_the_approval_back(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, page: Any, new_db: Database,
        app_id: str) -> None:
    offer_id = draft_offer(new_db, app_id)
    with new_db.session() as s:
        offers.approve(s, offer_id)
    p = page(new_db)
    p.select_offer(offer_id)

    def edit(cls: Any, parent: Any, db: Database, oid: str) -> Any:
        editor = OfferEditor(parent, db, offer_id=oid)
        qtbot.addWidget(editor)
        assert "sends it back to draft" in editor.form.infoLabel.text()
        editor.form.baseEdit.setText("110k")
        editor.accept()
        return editor.result_value

    monkeypatch.setattr(OfferEditor, "ask_edit", classmethod(edit))
    assert p.edit_offer()
    with new_db.reader() as s:
        o = offers.get_offer(s, offer_id)
    assert o.status is S.DRAFT and o.terms.base_salary == 110_000 * EUR
    p.undo_stack.undo()
    with new_db.reader() as s:
        o = offers.get_offer(s, offer_id)
    assert o.status is S.APPROVED and o.approved_by == "Amara Okafor"
    assert o.terms.base_salary == 100_000 * EUR and len(o.events) == 2


def test_a_sent_offer_opens_read_only_with_its_history(qtbot: Any, new_db: Database,
                                                       app_id: str) -> None:
    offer_id = draft_offer(new_db, app_id)
    with new_db.session() as s:
        offers.send(s, offer_id, note="By e-mail")
    editor = OfferEditor(None, new_db, offer_id=offer_id)
    qtbot.addWidget(editor)
    assert editor.read_only and editor.form.saveButton.isHidden()
    assert not editor.form.baseEdit.isEnabled()
    history = editor.history
    assert [history.index(r, 0).data() for r in range(history.rowCount())] == ["Draft", "Sent"]
    assert history.index(1, 2).data() == "Amara Okafor"
    assert history.index(1, 3).data() == "By e-mail"


def test_offers_past_their_deadline_expire_when_the_file_opens(
        page: Any, new_db: Database, app_id: str) -> None:
    offer_id = draft_offer(new_db, app_id, expires_on=TODAY + timedelta(days=3))
    with new_db.session() as s:
        offers.send(s, offer_id)
    p = OffersPage()
    p.clock = lambda: TODAY + timedelta(days=5)
    said: list[str] = []
    p.sig_status.connect(said.append)
    p.set_database(new_db)
    p.deleteLater()
    assert status_of(new_db, offer_id) is S.EXPIRED
    assert said == [f"1 offer expired: the last day to accept passed before "
                    f"{(TODAY + timedelta(days=5)).day} {TODAY + timedelta(days=5):%B %Y}"]
    assert p.form.messageBar.isVisibleTo(p) and p.form.messageBar.property("tone") == "info"
    assert f"{isolate(NAME)} (" in p.form.messageLabel.text()


# the company profile --------------------------------------------------------------------------

def png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (60, 24), (14, 124, 123)).save(buf, "PNG")
    return buf.getvalue()


def test_company_dialog_saves_the_name_and_a_png_logo(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, new_db: Database) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    monkeypatch.setattr(company_ui, "ask_logo_path", lambda *_a: logo)
    stack = QUndoStack()
    dialog = CompanyDialog(None, new_db, stack)
    qtbot.addWidget(dialog)
    dialog.form.nameEdit.setText("Fernwood AI GmbH")
    dialog.form.signatoryNameEdit.setText("Lena Hoffmann")
    assert dialog.choose_logo() and not dialog.form.logoPreview.pixmap().isNull()
    dialog.accept()
    with new_db.reader() as s:
        saved = company.company(s)
        assert company.company_logo(s) == (logo.read_bytes(), "image/png")
    assert saved.name == "Fernwood AI GmbH" and saved.signatory_name == "Lena Hoffmann"
    assert dialog.saved == saved and stack.undoText() == "Edit company profile"
    stack.undo()
    with new_db.reader() as s:
        assert company.company(s).name == "" and company.company_logo(s) is None


def test_company_dialog_refuses_a_file_that_is_not_an_image(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, new_db: Database) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    monkeypatch.setattr(company_ui, "ask_logo_path", lambda *_a: fake)
    dialog = CompanyDialog(None, new_db, QUndoStack())
    qtbot.addWidget(dialog)
    assert not dialog.choose_logo()
    assert f"{isolate('logo.png')} is not a PNG or JPEG image" in dialog.form.logoError.text()
    assert dialog.logo is None and dialog.form.logoPreview.text() == "No logo"


def test_company_dialog_shows_a_refused_field_and_stays_open(
        qtbot: Any, new_db: Database) -> None:
    stack = QUndoStack()
    dialog = CompanyDialog(None, new_db, stack)
    qtbot.addWidget(dialog)
    dialog.form.websiteEdit.setText("fernwood dot ai")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and stack.count() == 0
    assert "no spaces" in dialog.form.websiteError.text()


# exports --------------------------------------------------------------------------------------

@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Answer the save dialog with a path; records what it suggested."""
    suggested: list[Path] = []

    def use(path: Path) -> list[Path]:
        def ask(_parent: Any, _title: str, proposal: Path, *_filters: Any) -> Path:
            suggested.append(proposal)
            return path
        monkeypatch.setattr(exports, "ask_save_path", ask)
        return suggested

    return use


@pytest.fixture
def window(qtbot: Any, qapp: QApplication) -> QMainWindow:
    w = QMainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def demo_offer(db: Database, status: str = "Draft") -> listing.OfferRow:
    """A demo offer (the draft is to Naomi Kobayashi: a name pypdf reads back as written)."""
    with db.reader() as s:
        return next(r for r in listing.offer_rows(s) if r.status == status)


def test_exporting_an_offer_letter_writes_a_pdf_and_says_where(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, save_to: Any, window: QMainWindow,
        demo_db: Database, problems: list) -> None:
    row = demo_offer(demo_db)
    suggested = save_to(tmp_path / "letter.pdf")
    opened: list[Path] = []
    monkeypatch.setattr(exports, "open_file", opened.append)
    assert exports.export_offer_letter(window, demo_db, row.id) == tmp_path / "letter.pdf"
    assert suggested[0].name == f"Offer letter - {row.candidate}.pdf"
    assert row.candidate in pdf_text(tmp_path / "letter.pdf")
    note = window.statusBar().findChild(exports.SavedNote)
    assert note is not None and str(tmp_path / "letter.pdf") in note.label.text()
    note.open_button.click()
    assert opened == [tmp_path / "letter.pdf"] and problems == []


def test_template_problems_are_listed_before_a_letter_and_can_stop_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, save_to: Any, window: QMainWindow,
        new_db: Database, app_id: str, problems: list) -> None:
    offer_id = draft_offer(new_db, app_id, start_date=None)  # no company name either
    save_to(tmp_path / "letter.pdf")
    listed: list[tuple[list[str], list[str]]] = []

    def confirm(answer: bool) -> Any:
        def ask(_parent: Any, _name: str, unknown: list[str], empty: list[str]) -> bool:
            listed.append((unknown, empty))
            return answer
        return ask

    monkeypatch.setattr(exports, "confirm_template_problems", confirm(False))
    assert exports.export_offer_letter(window, new_db, offer_id) is None
    assert not (tmp_path / "letter.pdf").exists()
    assert listed == [([], ["company_name", "start_date"])]
    monkeypatch.setattr(exports, "confirm_template_problems", confirm(True))
    assert exports.export_offer_letter(window, new_db, offer_id) is not None
    assert NAME in pdf_text(tmp_path / "letter.pdf")


@pytest.mark.parametrize("suffix", [".pdf", ".md", ".jsonld"])
def test_exporting_a_job_description_as_pdf_or_markdown(
        tmp_path: Path, save_to: Any, window: QMainWindow, demo_db: Database,
        suffix: str, problems: list) -> None:
    with demo_db.reader() as s:
        role = listing.role_rows(s)[0]
    target = tmp_path / f"jd{suffix}"
    suggested = save_to(target)
    assert exports.export_job_description(window, demo_db, role.id) == target
    assert suggested[0].name == f"Job description - {role.title}.pdf"
    text = pdf_text(target) if suffix == ".pdf" else target.read_text(encoding="utf-8")
    assert role.title in text and problems == []
    if suffix == ".md":
        assert text.lstrip().startswith("#")
    if suffix == ".jsonld":  # the job posting, for a careers page
        posting = json.loads(text)
        assert (posting["@type"], posting["title"]) == ("JobPosting", role.title)


def offer_application(db: Database) -> tuple[str, str]:
    row = demo_offer(db)
    with db.reader() as s:
        return offers.get_offer(s, row.id).application_id, row.candidate


@pytest.mark.parametrize("include", [False, True])
def test_exporting_a_packet_asks_about_feedback(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, save_to: Any, window: QMainWindow,
        demo_db: Database, include: bool, problems: list) -> None:
    application_id, name = offer_application(demo_db)
    asked: list[str] = []
    monkeypatch.setattr(exports.PacketOptions, "ask",
                        classmethod(lambda cls, _p, who: asked.append(who) or include))
    save_to(tmp_path / "packet.pdf")
    assert exports.export_packet(window, demo_db, application_id) is not None
    text = pdf_text(tmp_path / "packet.pdf")
    assert asked == [name] and name in text
    assert ("Submitted feedback" in text) is include


def test_the_packet_dialog_leaves_feedback_out_unless_asked(qtbot: Any) -> None:
    dialog = exports.PacketOptions(None, NAME)
    qtbot.addWidget(dialog)
    assert not dialog.include_feedback and "anchors" in dialog.form.withoutHint.text()
    dialog.form.withRadio.setChecked(True)
    assert dialog.include_feedback


def test_exporting_a_debrief(tmp_path: Path, save_to: Any, window: QMainWindow,
                             demo_db: Database, problems: list) -> None:
    application_id, name = offer_application(demo_db)
    suggested = save_to(tmp_path / "debrief.pdf")
    assert exports.export_debrief(window, demo_db, application_id) is not None
    assert suggested[0].name.startswith(f"Debrief - {name} (")
    assert name in pdf_text(tmp_path / "debrief.pdf") and problems == []


def test_a_missing_folder_is_said_in_a_sentence_and_leaves_no_file(
        tmp_path: Path, save_to: Any, window: QMainWindow, demo_db: Database,
        problems: list) -> None:
    target = tmp_path / "gone" / "letter.pdf"
    save_to(target)
    assert exports.export_offer_letter(window, demo_db, demo_offer(demo_db).id) is None
    assert problems == [("Could not save the offer letter",
                         f"The folder of {target} does not exist")]
    assert not target.parent.exists()
    assert window.statusBar().findChild(exports.SavedNote) is None


def test_a_full_disk_is_said_in_a_sentence_and_leaves_no_file(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, save_to: Any, window: QMainWindow,
        demo_db: Database, problems: list) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    save_to(tmp_path / "debrief.pdf")
    monkeypatch.setattr(os, "fsync", full)
    assert exports.export_debrief(window, demo_db, offer_application(demo_db)[0]) is None
    assert problems[0][1].startswith("The disk is full")
    assert [p.name for p in tmp_path.iterdir() if "debrief" in p.name] == []


def test_a_protected_folder_is_said_in_a_sentence(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, save_to: Any, window: QMainWindow,
        demo_db: Database, problems: list) -> None:
    """What the OS says for a read-only folder, simulated: the tests may run as root."""
    def refuse(*_a: Any, **_k: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    save_to(tmp_path / "letter.pdf")
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert exports.export_offer_letter(window, demo_db, demo_offer(demo_db).id) is None
    assert problems == [("Could not save the offer letter",
                         f"Not allowed to write {tmp_path / 'letter.pdf'} (the folder is "
                         "read-only or protected)")]
    assert not (tmp_path / "letter.pdf").exists()


# the window -----------------------------------------------------------------------------------

def test_the_window_has_the_offers_page_company_profile_and_job_description(
        qtbot: Any, qapp: QApplication, tmp_path: Path, save_to: Any, demo_db: Database,
        identity: Any, problems: list) -> None:
    theme.apply(qapp)
    w = MainWindow(demo_db, Settings(), identity)
    qtbot.addWidget(w)
    assert isinstance(w.offers_page, OffersPage) and w.offers_page.count == 10
    actions = w.form.menuFile.actions()
    assert actions.index(w.action_company) + 1 == actions.index(w.privacy.action)
    assert actions.index(w.action_company) + 2 == actions.index(w.action_mail_templates)
    assert actions.index(w.action_company) + 3 == actions.index(w.action_onboarding_template)
    assert actions.index(w.action_company) + 4 == actions.index(w.form.actionSaveCopy)
    workspace = w.roles_page.workspace
    assert workspace is not None and workspace.export_jd_action.isEnabled()
    save_to(tmp_path / "jd.pdf")
    workspace.export_jd_action.trigger()
    assert (tmp_path / "jd.pdf").exists() and problems == []
    assert w.statusBar().findChild(exports.SavedNote) is not None


def test_commands_push_undo_redo_without_widgets(qapp: QApplication, new_db: Database,
                                                 app_id: str) -> None:
    stack = QUndoStack()
    calls: list[int] = []
    create = apply(stack, CreateOffer(new_db, lambda: calls.append(1), app_id, terms(),
                                      candidate_name=NAME, letter_body="Hello {candidate_name}"))
    oid = create.offer_id
    apply(stack, ChangeOfferStatus(new_db, lambda: calls.append(2), oid, S.SENT,
                                   candidate_name=NAME))
    stack.undo()
    stack.undo()
    with new_db.reader() as s:
        assert offers.offers_for(s, app_id) == []
    stack.redo()
    stack.redo()
    with new_db.reader() as s:
        o = offers.get_offer(s, oid)
    assert o.status is S.SENT and o.letter_body == "Hello {candidate_name}"
    assert calls == [1, 2, 2, 1, 1, 2]
