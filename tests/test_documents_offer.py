"""Offer letters as a candidate reads them: dated by the offer, worded for the employment type,
no equity or bonus sentence without equity or bonus, dates on one line, the signature and the
acceptance on one page, and letters that no longer stand marked as such."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from pdf_layout import pages
from sqlalchemy import select
from test_documents import Desk, make_desk, pdf_text

from hirefile.domain import offers as rules
from hirefile.domain.offers import OfferTerms
from hirefile.domain.vocab import EmploymentType, EquityKind, OfferStatus, PayPeriod
from hirefile.services import company, documents, offers
from hirefile.storage.database import Database
from hirefile.storage.models import OfferEvent, Role

EUR = 100


def contractor_offer(db: Database, desk: Desk, *, period: PayPeriod = PayPeriod.DAY,
                     kind: EmploymentType = EmploymentType.CONTRACT) -> str:
    """The desk's role made a contract one, and a day-rate offer with no equity or bonus."""
    with db.session() as s:
        s.get_one(Role, desk.role_id).employment_type = kind
        offers.withdraw(s, desk.offer_id, note="New terms")
        return offers.create_offer(s, desk.app_id, OfferTerms(
            base_salary=800 * EUR, currency="EUR", period=period,
            start_date=date.today() + timedelta(days=30),
            expires_on=date.today() + timedelta(days=7))).id


def letter(db: Database, offer_id: str, **kw: object) -> bytes:
    with db.reader() as s:
        return documents.offer_letter_pdf(s, offer_id, **kw)  # type: ignore[arg-type]


@pytest.fixture
def desk(new_db: Database) -> Desk:
    return make_desk(new_db)


def test_an_employee_is_offered_employment_with_equity_and_bonus_in_words(
        new_db: Database, desk: Desk) -> None:
    found = pdf_text(letter(new_db, desk.offer_id))
    squashed = " ".join(found.split())
    assert "Offer of employment: Machine Learning Engineer" in squashed
    assert "Base salary €95,000 per year" in squashed
    assert ("The offer also includes 12,000 stock options, vesting over 4 years with a 1-year "
            "cliff and a bonus of €5,000 (Sign-on bonus).") in squashed
    assert "accept this offer of employment as Machine Learning Engineer" in squashed


@pytest.mark.parametrize(("kind", "period", "heading", "pay"), [
    (EmploymentType.CONTRACT, PayPeriod.DAY, "Contract offer", "Day rate €800 per day"),
    (EmploymentType.FRACTIONAL, PayPeriod.MONTH, "Fractional engagement",
     "Monthly fee €800 per month"),
])
def test_a_contractor_is_offered_an_engagement_never_employment_or_a_salary(
        new_db: Database, desk: Desk, kind: EmploymentType, period: PayPeriod, heading: str,
        pay: str) -> None:
    oid = contractor_offer(new_db, desk, period=period, kind=kind)
    squashed = " ".join(pdf_text(letter(new_db, oid, allow_empty=True)).split())
    assert f"{heading}: Machine Learning Engineer" in squashed
    assert pay in squashed and "Engagement" in squashed
    assert "accept this engagement as Machine Learning Engineer" in squashed
    assert "employment" not in squashed.casefold() and "salary" not in squashed.casefold()


def test_no_sentence_mentions_equity_or_bonus_when_there_is_none(new_db: Database,
                                                                 desk: Desk) -> None:
    oid = contractor_offer(new_db, desk)
    with new_db.reader() as s:
        assert documents.template_problems(s, oid) == ([], [])  # the sentence is optional
        body = documents.gather_offer_letter(s, oid).body
    found = pdf_text(letter(new_db, oid)).casefold()
    assert "equity" not in found and "bonus" not in found and "option" not in found
    assert "starting on" in body and "  " not in body


def test_the_letter_is_dated_by_the_offer_not_the_export(new_db: Database, desk: Desk) -> None:
    sent = datetime(2026, 2, 11, 10, 0, tzinfo=timezone.utc)
    with new_db.session() as s:
        event = s.scalars(select(OfferEvent).where(
            OfferEvent.offer_id == desk.offer_id, OfferEvent.status == OfferStatus.SENT)).one()
        event.at = sent
    later = letter(new_db, desk.offer_id, today=date.today() + timedelta(days=3))
    first_page = " ".join(pages(later)[0].text.split())
    assert "11 February 2026" in first_page
    assert rules.date_text(date.today() + timedelta(days=3)) not in first_page


def test_dates_are_never_split_across_lines(new_db: Database, desk: Desk) -> None:
    words = " ".join(f"{'w' * (1 + i % 7)} {{start_date}}" for i in range(40))
    with new_db.session() as s:
        company.set_letter_template(s, f"Dear {{candidate_name}},\n\n{words}\n")
        start = s.get_one(offers.Offer, desk.offer_id).start_date
    found = pdf_text(letter(new_db, desk.offer_id))
    shown = rules.date_text(start)
    day, month, year = shown.split()
    assert len(re.findall(rf"{day}\s{month}\s{year}", found)) >= 40
    assert not re.search(rf"{month}\n{year}|\b{day}\n{month}", found)


@pytest.mark.parametrize("paragraphs", [2, 5, 8, 11, 14])
def test_the_signature_and_the_acceptance_stay_on_one_page(new_db: Database, desk: Desk,
                                                           paragraphs: int) -> None:
    body = "\n\n".join(f"Paragraph {i}: " + "We look forward to working together. " * 9
                       for i in range(paragraphs))
    with new_db.session() as s:
        company.set_letter_template(s, f"Dear {{candidate_name}},\n\n{body}\n")
    for page in pages(letter(new_db, desk.offer_id)):
        if "Yours sincerely," in page.text or "Acceptance" in page.text:
            assert "Yours sincerely," in page.text and "Acceptance" in page.text
            assert "Signature" in page.text and "Date" in page.text


@pytest.mark.parametrize(("change", "word", "sentence"), [
    ("decline", "DECLINED", "Declined: The candidate declined this offer on"),
    ("withdraw", "WITHDRAWN", "Withdrawn: This offer was withdrawn on"),
])
def test_declined_and_withdrawn_letters_are_marked(new_db: Database, desk: Desk, change: str,
                                                   word: str, sentence: str) -> None:
    with new_db.session() as s:
        getattr(offers, change)(s, desk.offer_id, note="Went elsewhere")
    found = pdf_text(letter(new_db, desk.offer_id))
    squashed = " ".join(found.split())
    assert word in found and sentence in squashed
    assert rules.date_text(date.today()) in squashed


def test_an_expired_offer_is_marked_with_its_last_day(new_db: Database, desk: Desk) -> None:
    with new_db.reader() as s:
        expires = offers.get_offer(s, desk.offer_id).terms.expires_on
    assert expires is not None
    found = pdf_text(letter(new_db, desk.offer_id, today=expires + timedelta(days=1)))
    squashed = " ".join(found.split())
    assert "EXPIRED" in found
    assert f"This offer was open until {rules.date_text(expires)} and has expired" in squashed
    standing = pdf_text(letter(new_db, desk.offer_id, today=expires))
    assert "EXPIRED" not in standing and "Expired" not in standing
    with new_db.session() as s:  # marked expired in the file: the same mark
        assert offers.expire_due(s, today=expires + timedelta(days=1)) == [desk.offer_id]
    again = " ".join(pdf_text(letter(new_db, desk.offer_id)).split())
    assert f"This offer was open until {rules.date_text(expires)} and has expired" in again


def test_equity_sentence_in_words() -> None:
    t = OfferTerms(base_salary=1, currency="EUR", equity_kind=EquityKind.PERCENT, equity_bp=25,
                   vesting_months=48, cliff_months=12)
    assert rules.equity_and_bonus(t) == ("The offer also includes 0.25% of the company, "
                                         "vesting over 4 years with a 1-year cliff.")
    assert rules.equity_and_bonus(OfferTerms(base_salary=1, currency="EUR", bonus=500)) == \
        "The offer also includes a bonus of €5."
    assert rules.equity_and_bonus(OfferTerms(base_salary=1, currency="EUR")) == ""
