"""Offers (terms, statuses, approval, warnings, expiry, hiring on acceptance), the company
profile (logo checks) and the offer letter template's placeholders."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from hirefile.domain import offers as rules
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.offers import OfferTerms, check_template, fill_template
from hirefile.domain.templates import template
from hirefile.domain.vocab import EquityKind, OfferStatus, PayPeriod, RoleStatus, StageKind
from hirefile.errors import ValidationError
from hirefile.services import candidates, company, documents, offers, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Offer, OfferEvent, RoleStage, StageChange

S = OfferStatus
EUR = 100  # minor units per euro
TODAY = date(2026, 3, 2)
AMARA = Identity(str(uuid.uuid4()), "Amara Okafor")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okoye")


@pytest.fixture
def path(db_location: Path | str) -> Path | str:
    create_file(db_location, AMARA).close()  # a file, and a database on PostgreSQL
    return db_location


@pytest.fixture
def db(path: Path) -> Iterator[Database]:
    db = Database.open(path, AMARA)
    yield db
    db.close()


def make_application(db: Database, *, name: str = "Łucja Wiśniewska",
                     expectation: int | None = 100_000 * EUR) -> str:
    with db.session() as s:
        role = add_role_from_template(
            s, template("ml_engineer"), status=RoleStatus.OPEN, pay_min=85_000 * EUR,
            pay_max=115_000 * EUR, pay_currency="EUR", pay_period=PayPeriod.YEAR,
            location="Berlin, Germany")
        c = candidates.create_candidate(s, CandidateDraft(
            full_name=name, email=f"{uuid.uuid4().hex[:8]}@example.org",
            location="Kraków, Poland", expectation=expectation,
            expectation_currency="EUR" if expectation else None,
            expectation_period=PayPeriod.YEAR if expectation else None))
        s.flush()
        return pipeline.add_application(s, c.id, role.id).id


def terms(**changes: object) -> OfferTerms:
    base = OfferTerms(base_salary=105_000 * EUR, currency="EUR", period=PayPeriod.YEAR,
                      equity_kind=EquityKind.OPTIONS, equity_options=12_000, vesting_months=48,
                      cliff_months=12, start_date=TODAY + timedelta(days=45),
                      expires_on=TODAY + timedelta(days=10))
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def app_id(db: Database) -> str:
    return make_application(db)


def draft(db: Database, app_id: str, **changes: object) -> str:
    with db.session() as s:
        return offers.create_offer(s, app_id, terms(**changes)).id


# making and editing --------------------------------------------------------------------------

def test_a_new_offer_is_a_draft_with_its_event_and_plain_data(db: Database, app_id: str) -> None:
    with db.session() as s:
        o = offers.create_offer(s, app_id, terms(), note="First numbers")
    assert isinstance(o, offers.OfferData)
    assert o.status is S.DRAFT and o.candidate_name == "Łucja Wiśniewska"
    assert [(e.status, e.by, e.note) for e in o.events] == [(S.DRAFT, "Amara Okafor",
                                                             "First numbers")]
    assert o.base_text == "€105,000 per year"
    assert o.equity_text == "12,000 stock options"
    assert o.vesting_text == "over 4 years with a 1-year cliff"
    assert o.warnings == ()


def test_new_terms_start_from_the_expectation_in_the_roles_currency(db: Database,
                                                                   app_id: str) -> None:
    with db.reader() as s:
        t = offers.new_terms(s, app_id)
    assert (t.base_salary, t.currency, t.period) == (100_000 * EUR, "EUR", PayPeriod.YEAR)


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"base_salary": 0}, "base_salary", "more than zero"),
    ({"currency": "EURO"}, "currency", "ISO 4217"),
    ({"equity_options": 0}, "equity_options", "number of options"),
    ({"equity_kind": EquityKind.PERCENT, "equity_bp": 20_000}, "equity_bp", "at most 100"),
    ({"cliff_months": 60}, "cliff_months", "cliff"),
    ({"bonus": -5}, "bonus", "negative"),
])
def test_bad_terms_are_refused_with_the_field(db: Database, app_id: str, changes: dict,
                                              field: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info, db.session() as s:
        offers.create_offer(s, app_id, terms(**changes))
    assert info.value.field == field


def test_one_open_offer_per_application(db: Database, app_id: str) -> None:
    draft(db, app_id)
    with pytest.raises(ValidationError, match="already a draft offer"), db.session() as s:
        offers.create_offer(s, app_id, terms())


def test_no_offer_to_a_rejected_candidate(db: Database, app_id: str) -> None:
    with db.session() as s:
        app = s.get_one(Application, app_id)
        rejected = pipeline.exit_stage(s, app.role_id, StageKind.REJECTED)
        pipeline.move(s, app_id, rejected.id, reason="Skills below the bar")
    with pytest.raises(ValidationError, match="back into the pipeline"), db.session() as s:
        offers.create_offer(s, app_id, terms())


def test_editing_an_approved_offer_sends_it_back_to_draft(db: Database, app_id: str) -> None:
    oid = draft(db, app_id)
    with db.session() as s:
        offers.approve(s, oid)
    with db.session() as s:
        o = offers.update_offer(s, oid, terms(base_salary=110_000 * EUR))
    assert o.status is S.DRAFT and o.approved_by is None
    assert o.events[-1].note == "Terms changed after approval"
    assert o.terms.base_salary == 110_000 * EUR


def test_a_sent_offer_cannot_be_edited(db: Database, app_id: str) -> None:
    oid = draft(db, app_id)
    with db.session() as s:
        offers.send(s, oid, today=TODAY)
    with pytest.raises(ValidationError, match="withdraw it and make a new one"), \
            db.session() as s:
        offers.update_offer(s, oid, terms(base_salary=1))


# statuses --------------------------------------------------------------------------------------

def test_draft_approved_sent_accepted_hires_the_candidate(db: Database, app_id: str) -> None:
    oid = draft(db, app_id)
    with db.session() as s:
        offers.approve(s, oid, note="Within budget")
    with db.session() as s:
        offers.send(s, oid, today=TODAY)
    with db.session() as s:
        change = offers.accept(s, oid)
        o = offers.get_offer(s, oid, today=TODAY)
        app = s.get_one(Application, app_id)
        stage = s.get_one(RoleStage, app.stage_id)
        move = s.scalars(select(StageChange).where(StageChange.application_id == app_id)
                         .order_by(StageChange.moved_at.desc())).first()
    assert [e.status for e in o.events] == [S.DRAFT, S.APPROVED, S.SENT, S.ACCEPTED]
    assert all(e.by == "Amara Okafor" and e.at is not None for e in o.events)
    assert o.approved_by == "Amara Okafor" and o.approved_at is not None
    assert stage.kind is StageKind.HIRED and change.move is not None
    assert move is not None and move.reason == "Offer accepted"


def test_undoing_an_acceptance_puts_the_candidate_back(db: Database, app_id: str) -> None:
    oid = draft(db, app_id)
    with db.session() as s:
        offers.send(s, oid, today=TODAY)
        before = s.get_one(Application, app_id).stage_id
    with db.session() as s:
        change = offers.accept(s, oid)
    with db.session() as s:
        offers.undo_status_change(s, change)
    with db.reader() as s:
        o = offers.get_offer(s, oid)
        assert s.get_one(Application, app_id).stage_id == before
    assert o.status is S.SENT and [e.status for e in o.events][-1] is S.SENT


@pytest.mark.parametrize(("steps", "target", "message"), [
    ([], S.ACCEPTED, "Only a sent offer can be accepted"),
    ([], S.DECLINED, "mark it as sent first"),
    ([S.SENT], S.APPROVED, "Only a draft offer can be approved"),
    ([S.SENT, S.DECLINED], S.SENT, "that is final"),
    ([S.WITHDRAWN], S.APPROVED, "that is final"),
    ([S.APPROVED], S.APPROVED, "already approved"),
    ([], S.EXPIRED, "Only an approved or sent offer can expire"),
])
def test_forbidden_transitions_are_refused_clearly(db: Database, app_id: str, steps: list,
                                                   target: OfferStatus, message: str) -> None:
    oid = draft(db, app_id)
    for step in steps:
        with db.session() as s:
            offers.change_status(s, oid, step, today=TODAY, note="because")
    with pytest.raises(ValidationError, match=message), db.session() as s:
        offers.change_status(s, oid, target, today=TODAY)
    with db.reader() as s:
        assert len(offers.get_offer(s, oid).events) == 1 + len(steps)


def test_withdrawing_a_sent_offer_needs_a_reason(db: Database, app_id: str) -> None:
    oid = draft(db, app_id)
    with db.session() as s:
        offers.send(s, oid, today=TODAY)
    with pytest.raises(ValidationError, match="Say why"), db.session() as s:
        offers.withdraw(s, oid)
    with db.session() as s:
        offers.withdraw(s, oid, note="Role budget cut")
        assert offers.latest_offer(s, app_id) is None


def test_two_person_approval_needs_someone_else(path: Path) -> None:
    with Database.open(path, AMARA) as db:
        oid = draft(db, make_application(db))
        with pytest.raises(ValidationError, match="another person"), db.session() as s:
            offers.approve(s, oid, require_other_approver=True)
    with Database.open(path, DANIEL) as db, db.session() as s:
        offers.approve(s, oid, require_other_approver=True)
        o = offers.get_offer(s, oid)
    assert o.approved_by == "Daniel Okoye" and o.created_by == "Amara Okafor"


# warnings --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "expected"), [
    ({}, []),
    ({"base_salary": 80_000 * EUR}, ["below the role's range (€85,000 – €115,000 per year) "
                                     "by €5,000", "€20,000 below the candidate's stated "
                                     "expectation"]),
    ({"base_salary": 120_000 * EUR}, ["above the role's range (€85,000 – €115,000 per year) "
                                      "by €5,000"]),
    ({"base_salary": 95_000 * EUR}, ["€5,000 below the candidate's stated expectation "
                                     "(€100,000 per year)"]),
    ({"currency": "GBP"}, ["not compared: the role's range is in EUR per year",
                           "in another currency or period"]),
    ({"period": PayPeriod.MONTH, "base_salary": 8_000 * EUR}, ["not compared",
                                                               "not compared"]),
])
def test_warnings_for_the_range_and_the_expectation(db: Database, app_id: str,
                                                    changes: dict, expected: list[str]) -> None:
    with db.session() as s:
        warnings = offers.check_offer(s, app_id, terms(**changes))
        o = offers.create_offer(s, app_id, terms(**changes))
    assert len(warnings) == len(expected) and list(o.warnings) == warnings
    for text, part in zip(warnings, expected, strict=True):
        assert part in text


def test_an_expiry_after_the_start_is_a_warning_not_an_error(db: Database, app_id: str) -> None:
    with db.session() as s:
        warnings = offers.check_offer(s, app_id, terms(expires_on=TODAY + timedelta(days=90)))
    assert warnings == ["The offer would still be open after the start date"]


# expiry ----------------------------------------------------------------------------------------

def test_sent_offers_past_their_expiry_are_flagged_and_expired(db: Database) -> None:
    lapsed = draft(db, make_application(db, name="Ελένη Παπαδοπούλου"))
    still_open = draft(db, make_application(db, name="Şükrü Öztürk"),
                       expires_on=TODAY + timedelta(days=20))
    unsent = draft(db, make_application(db, name="Наталія Марченко"),
                   expires_on=TODAY - timedelta(days=9))
    with db.session() as s:
        offers.send(s, lapsed, today=TODAY)
        offers.send(s, still_open, today=TODAY)
    later = TODAY + timedelta(days=11)
    with db.reader() as s:
        assert offers.get_offer(s, lapsed, today=later).is_expired
        assert not offers.get_offer(s, still_open, today=later).is_expired
        assert not offers.get_offer(s, unsent, today=later).is_expired  # drafts never lapse
    with db.session() as s:
        assert offers.expire_due(s, later) == [lapsed]
    with db.reader() as s:
        o = offers.get_offer(s, lapsed, today=later)
        assert o.status is S.EXPIRED and not o.is_expired
        assert o.events[-1].status is S.EXPIRED and o.events[-1].note.startswith("Expired")
        assert offers.get_offer(s, still_open).status is S.SENT


def test_an_offer_past_its_expiry_cannot_be_sent(db: Database, app_id: str) -> None:
    oid = draft(db, app_id, expires_on=TODAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="set a new one before sending"), \
            db.session() as s:
        offers.send(s, oid, today=TODAY)


def test_offer_rows_are_tombstoned_never_deleted(db: Database, app_id: str) -> None:
    oid = draft(db, app_id)
    with db.session() as s:
        offers.remove_offer(s, oid)
    with db.reader() as s:
        assert s.get_one(Offer, oid).deleted_at is not None
        assert s.scalars(select(OfferEvent).where(OfferEvent.offer_id == oid)).first()
        assert offers.offers_for(s, app_id) == []


# the company profile ---------------------------------------------------------------------------

def image_bytes(fmt: str, size: tuple[int, int] = (40, 20)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (28, 107, 115)).save(buf, fmt)
    return buf.getvalue()


def test_company_profile_round_trip(db: Database) -> None:
    with db.reader() as s:
        assert company.company(s) == company.CompanyData()  # reading creates nothing
    draft_ = company.CompanyDraft(name="  Fernwood   AI GmbH ", address="Torstraße 140\n"
                                  "10119 Berlin ", website="https://fernwood.ai",
                                  signatory_name="Lena Hoffmann", signatory_title="CEO",
                                  default_currency="eur")
    with db.session() as s:
        saved = company.update_company(s, draft_)
    assert saved.name == "Fernwood AI GmbH" and saved.default_currency == "EUR"
    assert saved.address == "Torstraße 140\n10119 Berlin" and not saved.has_logo
    with pytest.raises(ValidationError, match="ISO 4217"), db.session() as s:
        company.update_company(s, replace(draft_, default_currency="Euro"))


@pytest.mark.parametrize(("data", "mime", "ok"), [
    (image_bytes("PNG"), None, "image/png"),
    (image_bytes("JPEG"), "image/jpeg", "image/jpeg"),
    (image_bytes("JPEG"), "image/jpg", "image/jpeg"),
    (image_bytes("PNG"), "image/jpeg", None),  # says JPEG, is PNG
    (image_bytes("GIF"), None, None),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, None, None),  # a PNG signature on garbage
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/png", None),
])
def test_the_logo_must_be_a_real_png_or_jpeg(db: Database, data: bytes, mime: str | None,
                                             ok: str | None) -> None:
    if ok is None:
        with pytest.raises(ValidationError, match="PNG or JPEG") as info, db.session() as s:
            company.set_logo(s, data, mime)
        assert info.value.field == "logo"
        return
    with db.session() as s:
        assert company.set_logo(s, data, mime) == ok
    with db.reader() as s:
        assert company.company_logo(s) == (data, ok)
        assert company.company(s).has_logo


def test_the_logo_must_be_under_two_megabytes(db: Database) -> None:
    big = image_bytes("PNG") + b"\0" * company.MAX_LOGO_BYTES
    with pytest.raises(ValidationError, match="under 2 MB"), db.session() as s:
        company.set_logo(s, big)
    with db.session() as s:
        company.set_logo(s, image_bytes("PNG"))
        company.set_logo(s, None)
    with db.reader() as s:
        assert company.company_logo(s) is None


# the letter template ---------------------------------------------------------------------------

def test_check_template_lists_unknown_and_empty_placeholders() -> None:
    text = ("Dear {candidate_first_name}, {role_title} from {start_date}; bonus {bonus}. "
            "{Candidate_Name} { role_title } {salary_band} {candidate_first_name}")
    values = {"candidate_first_name": "Łucja", "role_title": "ML Engineer", "start_date": "",
              "bonus": None}
    unknown, empty = check_template(text, values)
    assert unknown == ["Candidate_Name", " role_title ", "salary_band"]
    assert empty == ["start_date", "bonus"]
    filled = fill_template(text, values)
    assert filled.startswith("Dear Łucja, ML Engineer from ; bonus .")
    assert "{salary_band}" in filled  # unknown ones stay visible


def test_the_default_template_uses_only_known_placeholders() -> None:
    assert set(rules.template_names(rules.DEFAULT_TEMPLATE)) <= set(rules.PLACEHOLDERS)


def test_letter_values_and_problems_for_an_offer(db: Database, app_id: str) -> None:
    with db.session() as s:
        company.update_company(s, company.CompanyDraft(name="Fernwood AI GmbH",
                                                       signatory_name="Lena Hoffmann",
                                                       signatory_title="CEO"))
        oid = offers.create_offer(s, app_id, terms(start_date=None)).id
        values = documents.letter_values(s, oid, today=TODAY)
        assert documents.template_problems(s, oid) == ([], ["start_date"])
        company.set_letter_template(s, "Hi {candidate_first_name}: {equity}, {vesting}, "
                                       "{salary}. {typo}")
        assert documents.template_problems(s, oid) == (["typo"], [])
        with pytest.raises(documents.TemplateProblem, match=r"unknown placeholders \{typo\}"):
            documents.gather_offer_letter(s, oid)
    assert values["candidate_first_name"] == "Łucja"
    assert values["salary"] == "€105,000 per year"
    assert values["vesting"] == "over 4 years with a 1-year cliff"
    assert values["letter_date"] == rules.date_text(date.today())  # the day it was drafted


@pytest.mark.parametrize(("months", "cliff", "text"), [
    (48, 12, "over 4 years with a 1-year cliff"),
    (36, 0, "over 3 years, no cliff"),
    (30, 6, "over 30 months with a 6-month cliff"),
    (None, None, ""),
])
def test_vesting_in_words(months: int | None, cliff: int | None, text: str) -> None:
    assert rules.vesting_text(months, cliff) == text


def test_equity_in_words() -> None:
    assert rules.equity_text(EquityKind.PERCENT, None, 25) == "0.25% of the company"
    assert rules.equity_text(EquityKind.PERCENT, None, 150) == "1.5% of the company"
    assert rules.equity_text(EquityKind.OPTIONS, 12_500, None) == "12,500 stock options"
    assert rules.equity_text(EquityKind.NONE, None, None) == ""
