"""Field limits and control characters: refused or cleaned on every path in, never stored cut."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hirefile import cli
from hirefile.domain import limits
from hirefile.domain.candidates import CandidateDraft, validate_candidate
from hirefile.domain.money import Money, MoneyError
from hirefile.domain.offers import OfferTerms, validate_terms
from hirefile.domain.roles import RoleDraft, validate_role
from hirefile.domain.templates import template
from hirefile.domain.vocab import PayPeriod
from hirefile.errors import ValidationError
from hirefile.services import candidates, company, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, CompanyProfile, Role

EUR = 100


def count(db: Database, model: type) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# the domain table ------------------------------------------------------------------------------

def test_control_characters_leave_and_line_breaks_stay_only_in_several_lines() -> None:
    assert limits.clean_text("Zo\x00ë\x1b[31m Brontë\x07", multiline=False) == "Zoë[31m Brontë"
    assert limits.clean_text("a\tb\r\nc\u2028d", multiline=False) == "a b c d"
    assert limits.clean_text("first\r\nsecond\rthird\x00\tend") == "first\nsecond\nthird\tend"


def test_every_column_has_a_limit_and_one_line_columns_are_short() -> None:
    assert limits.column_limit("full_name") == limits.NAME
    assert limits.column_limit("email") == limits.EMAIL
    assert limits.column_limit("notes") == limits.LONG
    assert limits.column_limit("address") == limits.ADDRESS
    assert limits.is_one_line("full_name") and not limits.is_one_line("notes")
    assert not limits.is_one_line("address")


# the forms' own checks -------------------------------------------------------------------------

def test_the_candidate_form_names_the_field_that_is_too_long() -> None:
    issues = validate_candidate(CandidateDraft(full_name="N" * 201, notes="x" * 20_001,
                                               expectation=10**30, expectation_currency="EUR"))
    fields = {i.field: i.message for i in issues}
    assert "Full name is too long: 201 characters, at most 200" in fields["full_name"]
    assert "shorten it by 1" in fields["notes"]
    assert "too large" in fields["expectation"]
    assert validate_candidate(CandidateDraft(full_name="N" * 200, notes="x" * 20_000)) == []


def test_roles_and_offers_refuse_amounts_no_salary_can_be() -> None:
    role = {i.field for i in validate_role(RoleDraft(title="ML engineer", pay_min=1,
                                                      pay_max=10**30, pay_currency="EUR"))}
    assert "pay_max" in role
    offer = OfferTerms(base_salary=10**16, currency="EUR", bonus=10**20,
                       bonus_note="b" * 301)
    assert {"base_salary", "bonus", "bonus_note"} <= {i.field for i in validate_terms(offer)}


@pytest.mark.parametrize("typed", ["1e30", "NaN", "nan", "Infinity", "-inf", "1_000", "0x10",
                                   "12..5", "", "k"])
def test_typed_amounts_that_are_not_numbers_are_refused(typed: str) -> None:
    with pytest.raises(MoneyError, match="not an amount"):
        Money.parse(typed, "EUR")


@pytest.mark.parametrize("typed", ["1" * 40, "1,000,000,000,001", "2000000000k"])
def test_typed_amounts_beyond_any_salary_are_refused_as_too_large(typed: str) -> None:
    with pytest.raises(MoneyError, match="too large"):
        Money.parse(typed, "EUR")


def test_ordinary_amounts_still_read_as_people_type_them() -> None:
    assert Money.parse("95k", "EUR").minor == 9_500_000
    assert Money.parse("120 000.50", "EUR").minor == 12_000_050
    assert Money.parse(".5", "EUR").minor == 50
    assert Money.parse("1,000,000,000,000", "JPY").minor == 10**12
    with pytest.raises(MoneyError, match="cannot be negative"):
        Money.parse("-5", "EUR")


# the last gate: every path into the file -----------------------------------------------------

def test_a_name_over_the_limit_is_refused_before_the_file_and_nothing_is_stored(
        new_db: Database) -> None:
    before = count(new_db, Candidate)
    with pytest.raises(ValidationError, match="Full name is too long") as err, \
            new_db.session() as s:
        # Straight to the table, as an importer that forgot its own check would.
        s.add(Candidate(full_name="Ж" * 100_000, sort_name="ж"))
    assert err.value.field == "full_name"
    assert count(new_db, Candidate) == before


def test_control_characters_never_reach_the_file_from_any_path(new_db: Database) -> None:
    with new_db.session() as s:
        c = candidates.create_candidate(s, CandidateDraft(
            full_name="Jürgen\x00 Müller", notes="line one\r\nline\x00 two\x1b"))
        cid = c.id
    with new_db.reader() as s:
        row = s.get(Candidate, cid)
        assert row is not None
        assert row.full_name == "Jürgen Müller"
        assert row.notes == "line one\nline two"


def test_amounts_beyond_what_the_file_holds_are_a_clear_refusal_not_an_overflow(
        new_db: Database) -> None:
    with new_db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"), pay_min=90_000 * EUR,
                                      pay_max=120_000 * EUR, pay_currency="EUR",
                                      pay_period=PayPeriod.YEAR)
        role_id = role.id
    with pytest.raises(ValidationError, match="Pay max is too large"), new_db.session() as s:
        row = s.get(Role, role_id)
        assert row is not None
        row.pay_max = 10**30
    with new_db.reader() as s:
        row = s.get(Role, role_id)
        assert row is not None and row.pay_max == 120_000 * EUR


def test_the_company_address_at_its_limit_is_kept_whole(new_db: Database) -> None:
    with new_db.session() as s:
        draft = company.company_draft(s)
        company.update_company(s, replace(draft, name="Acme", address="Straße 1\n" * 111))
    with new_db.reader() as s:
        profile = s.scalars(select(CompanyProfile)).one()
        assert profile.address.count("\n") == 110  # trailing break trimmed, lines kept
    with pytest.raises(ValidationError, match="Address is too long"), new_db.session() as s:
        draft = company.company_draft(s)
        company.update_company(s, replace(draft, address="x" * (limits.ADDRESS + 1)))


def test_a_candidate_added_to_a_pipeline_with_a_long_reason_is_refused_whole(
        new_db: Database) -> None:
    with new_db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        c = candidates.create_candidate(s, CandidateDraft(full_name="Wang Lei 王磊"))
        s.flush()
        app_id = pipeline.add_application(s, c.id, role.id).id
    with pytest.raises(ValidationError, match="too long"), new_db.session() as s:
        pipeline.move(s, app_id, pipeline.stage_named(s, role.id, "Screen").id,
                      note="n" * (limits.LONG + 1))


# who I am ----------------------------------------------------------------------------------

def test_a_person_name_of_100000_characters_is_refused_in_one_line(
        new_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = new_db.path
    new_db.close()
    code = cli.main(["--as", "A" * 100_000, "move", str(path), "--candidate", "x",
                     "--role", "y", "--stage", "Screen"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_PROBLEM
    assert err.count("\n") == 1 and "The name is too long: 100,000 characters" in err


def test_control_characters_leave_a_person_name() -> None:
    ident = Settings().set_identity("Daniel\x00 Okoye\n", "daniel@example.com")
    assert ident.name == "Daniel Okoye"
    assert Settings().identity_or_login("Ama\x1bra").name == "Amara"
    with pytest.raises(ValidationError, match="A name is required"):
        Settings().set_identity("\x00\x07 ")
    assert len(ident.person_id) == 16 and ident.person_id.isalnum()  # a key of format 6


def test_the_candidate_form_stops_typing_at_each_fields_limit(qtbot: QtBot) -> None:
    from hirefile.ui.candidate.record_form import RecordForm

    form = RecordForm()
    qtbot.addWidget(form)
    f = form.form
    assert (f.nameEdit.maxLength(), f.emailEdit.maxLength(), f.phoneEdit.maxLength(),
            f.githubEdit.maxLength()) == (limits.NAME, limits.EMAIL, limits.PHONE, limits.URL)
    f.nameEdit.setText("N" * 5_000)
    assert len(f.nameEdit.text()) == limits.NAME


def test_notes_over_their_limit_are_named_under_the_notes(qtbot: QtBot) -> None:
    from hirefile.ui.candidate.record_form import RecordForm

    form = RecordForm()
    qtbot.addWidget(form)
    f = form.form
    f.nameEdit.setText("Zoë Brontë")
    f.notesEdit.setPlainText("n" * (limits.LONG + 5))
    form.reveal_all()
    assert "Notes is too long: 20,005 characters" in f.notesError.text()
    assert form.first_error() is not None and form.first_error().field == "notes"
