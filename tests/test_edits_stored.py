"""One field set to a value as the file stores it (the other side of a merge's conflict), and
said in plain words: through the same drafts and services as the editors and `hirefile set`."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.vocab import PayPeriod, RemotePolicy, Source
from hirefile.errors import ValidationError
from hirefile.services import edits, sync_copies
from hirefile.services.candidates import candidate_draft, create_candidate
from hirefile.services.roles import add_role, role_draft
from hirefile.storage.database import Database


def stored(db: Database, table: str, row_id: str, column: str) -> object:
    """The value as SQLite holds it (what a merge reports)."""
    with sqlite3.connect(db.path) as conn:
        return conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]


def test_stored_values_of_every_kind_of_field_are_set_and_said(new_db: Database) -> None:
    with new_db.session() as s:
        ana = create_candidate(s, CandidateDraft(full_name="Ana Lima")).id
        role = add_role(s, "ML Engineer").id
    with new_db.session() as s:
        edits.set_candidate_fields(s, ana, ["source=referral", "reach_out_on=2027-02-01",
                                            "in_talent_pool=yes", "expectation_currency=EUR",
                                            "expectation=90000", "expectation_period=year",
                                            "email=ana@example.org"])
        edits.set_role_fields(s, role, ["headcount=3", "remote=hybrid"])
    values = {c: stored(new_db, "candidate", ana, c) for c in (
        "source", "in_talent_pool", "reach_out_on", "expectation_currency", "expectation",
        "expectation_period",
        "email")}
    role_values = {c: stored(new_db, "role", role, c) for c in ("headcount", "remote")}
    with new_db.session() as s:  # back to other values, as another copy would hold them
        edits.set_candidate_fields(s, ana, ["source=agency", "reach_out_on=", "in_talent_pool=no",
                                            "expectation=", "expectation_period=",
                                            "email=other@example.org"])
        edits.set_role_fields(s, role, ["headcount=1", "remote=onsite"])
    with new_db.reader() as s:
        # the amount was cleared here, and its currency with it: said in the copy's currency
        assert edits.stored_text(s, "candidate", ana, "expectation", values["expectation"],
                                 currency="EUR") == "€90,000"
        assert edits.stored_text(s, "candidate", ana, "expectation",
                                 values["expectation"]) == "90,000.00"
        assert edits.stored_text(s, "candidate", ana, "expectation", values["expectation"],
                                 currency="USD") == "$90,000"
        assert edits.stored_text(s, "candidate", ana, "source", values["source"]) == "Referral"
        assert edits.stored_text(s, "candidate", ana, "email", None) == "(empty)"
        assert not edits.holds_stored(s, "candidate", ana, "source", values["source"])
    with new_db.session() as s, pytest.raises(ValidationError, match="Choose the currency"):
        edits.set_stored_value(s, "candidate", ana, "expectation", values["expectation"])
    assert edits.goes_with("candidate", "expectation") == ("expectation_currency",)
    assert edits.goes_with("role", "pay_currency") == ("pay_min", "pay_max")
    with new_db.session() as s:
        money = {c: values.pop(c) for c in ("expectation_currency", "expectation")}
        edits.set_stored_values(s, "candidate", ana, money)
        for column, value in values.items():
            edits.set_stored_value(s, "candidate", ana, column, value)
        for column, value in role_values.items():
            edits.set_stored_value(s, "role", role, column, value)
    with new_db.reader() as s:
        d = candidate_draft(s, ana)
        assert (d.source, d.reach_out_on, d.in_talent_pool, d.expectation,
                d.expectation_period, d.email) == (Source.REFERRAL, date(2027, 2, 1), True,
                                                    9_000_000, PayPeriod.YEAR, "ana@example.org")
        r = role_draft(s, role)
        assert (r.headcount, r.remote) == (3, RemotePolicy.HYBRID)
        assert edits.holds_stored(s, "candidate", ana, "source", values["source"])


def test_a_field_no_edit_sets_is_refused_in_words(new_db: Database) -> None:
    with new_db.session() as s:
        ana = create_candidate(s, CandidateDraft(full_name="Ana Lima")).id
    assert edits.field_named("candidate", "sort_name") is None
    assert edits.field_named("role_stage", "name") is None
    assert edits.field_named("candidate", "full_name") == "name"
    with new_db.session() as s, pytest.raises(ValidationError,
                                              match="the sort name of a candidate is not set"):
        edits.set_stored_value(s, "candidate", ana, "sort_name", "x")


def test_the_last_writer_of_a_copy_is_read_without_writing(new_db: Database,
                                                           tmp_path: Path) -> None:
    copy = new_db.save_copy(tmp_path / "copy.hirefile")
    before = copy.read_bytes()
    assert sync_copies.last_writer(copy) == "Amara Okafor"
    assert copy.read_bytes() == before
    (tmp_path / "junk.hirefile").write_text("no")
    assert sync_copies.last_writer(tmp_path / "junk.hirefile") == ""
