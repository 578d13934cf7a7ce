"""Job descriptions say who the company is, what it offers and how to apply, from the company
profile, edited in File → Company profile… (its Job descriptions tab, and the time zone)."""

from __future__ import annotations

from typing import Any

from pdf_layout import pages_ending_on_a_heading
from PySide6.QtGui import QUndoStack
from test_documents import Desk, make_desk, pdf_text

from hirefile.documents.job_posting import description_html
from hirefile.documents.job_posting import job_posting as job_posting_dict
from hirefile.services import company, documents, job_posting
from hirefile.storage.database import Database
from hirefile.ui.offers.company import CompanyDialog

ABOUT = ("Fernwood builds forecasting models for small grid operators.\n\n"
         "We are eight people in Berlin & Kraków <and growing>.")
BENEFITS = "Laptop of your choice\n- 30 days of holiday\n\n• Learning budget: €1,500 a year"
HOW = "Send a short note and a link to work you are proud of to jobs@fernwood.ai."


def profile(db: Database, **fields: str) -> None:
    with db.session() as s:
        draft = company.company_draft(s)
        company.update_company(s, company.CompanyDraft(**{**draft.__dict__, **fields}))


def test_the_job_description_holds_about_us_benefits_and_how_to_apply(new_db: Database) -> None:
    desk: Desk = make_desk(new_db)
    profile(new_db, about=ABOUT, benefits=BENEFITS, how_to_apply=HOW)
    with new_db.reader() as s:
        pdf = documents.job_description_pdf(s, desk.role_id)
        data = documents.gather_job_description(s, desk.role_id)
    found = " ".join(pdf_text(pdf).split())
    for part in ("About Fernwood AI GmbH", "Fernwood builds forecasting models",
                 "Berlin & Kraków <and growing>.", "What we offer", "Laptop of your choice",
                 "30 days of holiday", "Learning budget: €1,500 a year", "How to apply",
                 "jobs@fernwood.ai"):
        assert part in found, part
    assert data.benefits == ("Laptop of your choice", "30 days of holiday",
                             "Learning budget: €1,500 a year")
    # about us before the role, how to apply after the interview process
    assert found.index("About Fernwood") < found.index("What you will do")
    assert found.index("How we interview") < found.index("How to apply")
    assert pages_ending_on_a_heading(pdf) == []
    with new_db.reader() as s:
        html = description_html(job_posting.gather_job_posting(s, desk.role_id))
    assert "<h3>About us</h3>" in html and "&lt;and growing&gt;" in html
    assert "<li>30 days of holiday</li>" in html and "<h3>How to apply</h3>" in html
    with new_db.reader() as s:
        posting = job_posting_dict(job_posting.gather_job_posting(s, desk.role_id))
    assert posting["jobBenefits"] == ("Laptop of your choice; 30 days of holiday; "
                                      "Learning budget: €1,500 a year")


def test_the_markdown_has_the_same_sections(new_db: Database, tmp_path: Any) -> None:
    desk = make_desk(new_db)
    profile(new_db, about=ABOUT, benefits=BENEFITS, how_to_apply=HOW)
    with new_db.reader() as s:
        path = documents.export_job_description(s, desk.role_id, tmp_path / "jd.md")
    text = path.read_text()
    assert "## About Fernwood AI GmbH\n\nFernwood builds forecasting models" in text
    assert "We are eight people in Berlin & Kraków \\<and growing\\>." in text
    assert "## What we offer\n\n- Laptop of your choice\n- 30 days of holiday\n" in text
    assert "## How to apply\n\nSend a short note" in text


def test_without_a_profile_text_the_sections_are_left_out(new_db: Database) -> None:
    desk = make_desk(new_db)
    with new_db.reader() as s:
        found = pdf_text(documents.job_description_pdf(s, desk.role_id))
    assert "About" not in found and "What we offer" not in found
    assert "How to apply" not in found


def test_the_company_dialog_edits_the_job_description_texts_and_the_time_zone(
        qtbot: Any, new_db: Database) -> None:
    stack = QUndoStack()
    dialog = CompanyDialog(None, new_db, stack)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert [f.tabs.tabText(i) for i in range(f.tabs.count())] == [
        "&Profile", "&Job descriptions", "Offer letter &template"]
    f.nameEdit.setText("Fernwood AI GmbH")
    f.aboutEdit.setPlainText(ABOUT)
    f.benefitsEdit.setPlainText(BENEFITS)
    f.howToApplyEdit.setPlainText(HOW)
    f.timeZoneEdit.setText("Europe/Berlni")
    dialog.accept()
    assert stack.count() == 0 and "“Europe/Berlni” is not a time zone" in f.timeZoneError.text()
    assert f.tabs.currentWidget() is f.profilePage
    f.timeZoneEdit.setText("Europe/Berlin")
    dialog.accept()
    with new_db.reader() as s:
        saved = company.company(s)
    assert (saved.about, saved.how_to_apply, saved.time_zone) == (ABOUT, HOW, "Europe/Berlin")
    assert saved.benefits == BENEFITS.strip()
    stack.undo()
    with new_db.reader() as s:
        assert company.company(s).about == "" and company.company(s).time_zone == ""
    stack.redo()
    reopened = CompanyDialog(None, new_db, QUndoStack())
    qtbot.addWidget(reopened)
    assert reopened.form.timeZoneEdit.text() == "Europe/Berlin"
    assert reopened.form.aboutEdit.toPlainText() == ABOUT
