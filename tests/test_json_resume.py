"""JSON Resume: a candidate out and back in, every export checked against the JSON Resume
schema v1.0.0 (vendored in resources/schemas) by jsonschema; the schema's own sample read in;
files that cannot be read name the field."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, FormatChecker

from hirefile.domain.candidates import (
    CandidateDraft,
    stored_fields,
    stored_links,
    validate_candidate,
)
from hirefile.domain.json_resume import (
    SCHEMA_URL,
    JsonResumeError,
    json_resume_text,
    parse_json_resume,
    to_json_resume,
)
from hirefile.domain.roles import errors
from hirefile.domain.vocab import LinkKind, PayPeriod, Source
from hirefile.paths import resource

SAMPLE = Path(__file__).parent / "data" / "json-resume-sample.json"


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    schema = json.loads(resource("schemas", "json-resume-1.0.0.schema.json").read_text("utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema, format_checker=FormatChecker())


def _valid(validator: Draft4Validator, document: Any) -> None:
    problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert problems == []


FULL = CandidateDraft(
    full_name="Zofia  Wiśniewska", email="Zofia@Example.PL", phone="+48 601 234 567",
    location="Kraków, Poland", github_url="github.com/zofiaw",
    linkedin_url="https://www.linkedin.com/in/zofia-w", portfolio_url="zofia.dev",
    current_company="Przykład sp. z o.o.", current_title="ML engineer",
    source=Source.REFERRAL, referrer_name="Secret Referrer", notes="Private: strong no on pay",
    expectation=98_765_400, expectation_currency="PLN", expectation_period=PayPeriod.YEAR,
    tags=["private-tag"],
    links=[(LinkKind.PAPER, "https://scholar.google.com/citations?user=abc", "Google Scholar"),
           (LinkKind.OTHER, "https://orcid.org/0000-0002-1825-0097", "ORCID"),
           (LinkKind.EMAIL, "zofia.w@uni.example.edu", ""),
           (LinkKind.PHONE, "+48 22 123 45 67", ""),
           (LinkKind.PORTFOLIO, "https://kaggle.com/zofiaw", "")])


def test_export_is_a_valid_json_resume_with_the_candidates_own_details(validator) -> None:
    document = to_json_resume(FULL)
    _valid(validator, document)
    assert document == {
        "$schema": SCHEMA_URL,
        "basics": {
            "name": "Zofia Wiśniewska", "label": "ML engineer", "email": "zofia@example.pl",
            "phone": "+48 601 234 567", "url": "https://zofia.dev",
            "location": {"city": "Kraków, Poland"},
            "profiles": [
                {"network": "GitHub", "url": "https://github.com/zofiaw", "username": "zofiaw"},
                {"network": "LinkedIn", "url": "https://www.linkedin.com/in/zofia-w",
                 "username": "zofia-w"},
                {"network": "Google Scholar",
                 "url": "https://scholar.google.com/citations?user=abc"},
                {"network": "ORCID", "url": "https://orcid.org/0000-0002-1825-0097"},
                {"network": "E-mail", "username": "zofia.w@uni.example.edu",
                 "url": "mailto:zofia.w@uni.example.edu"},
                {"network": "Phone", "username": "+48 22 123 45 67", "url": "tel:+48221234567"},
                {"network": "Portfolio", "url": "https://kaggle.com/zofiaw"},
            ]},
        "work": [{"name": "Przykład sp. z o.o.", "position": "ML engineer"}],
    }


def test_the_companys_own_notes_never_leave_the_file() -> None:
    text = json_resume_text(FULL)
    for private in ("Secret Referrer", "strong no", "private-tag", "987654", "PLN", "referral"):
        assert private not in text
    assert "Wiśniewska" in text  # written as typed, not \\u-escaped


@pytest.mark.parametrize("name", ["Ada Obi", "王磊", "محمد العلي", "प्रिया शर्मा",
                                  "Łukasz Żółć", "Renée O’Brien-Łącka"])
def test_round_trip_keeps_every_exported_field(validator, name: str) -> None:
    draft = replace(FULL, full_name=name)
    text = json_resume_text(draft)
    _valid(validator, json.loads(text))
    back = parse_json_resume(text.encode("utf-8"), "zofia.json")
    assert errors(validate_candidate(back)) == []
    kept = ("full_name", "email", "phone", "location", "github_url", "linkedin_url",
            "portfolio_url", "current_company", "current_title")
    before, after = stored_fields(draft), stored_fields(back)
    assert {k: after[k] for k in kept} == {k: before[k] for k in kept}
    assert stored_links(back) == stored_links(draft)
    assert (back.notes, back.tags, back.expectation, back.referrer_name) == ("", [], None, None)


def test_a_minimal_candidate_exports_only_its_name(validator) -> None:
    document = to_json_resume(CandidateDraft(full_name="Ada Obi"))
    _valid(validator, document)
    assert document == {"$schema": SCHEMA_URL, "basics": {"name": "Ada Obi"}}


def test_the_schemas_own_sample_is_read(validator) -> None:
    raw = SAMPLE.read_bytes()
    _valid(validator, json.loads(raw))
    draft = parse_json_resume(raw, "sample.json")
    assert (draft.full_name, draft.email, draft.phone) == (
        "Richard Hendriks", "richard.hendriks@mail.com", "(912) 555-4321")
    assert draft.portfolio_url == "http://richardhendricks.example.com"
    assert draft.location == "San Francisco, California, US"
    assert (draft.current_company, draft.current_title) == ("Pied Piper", "Programmer")
    assert draft.notes.startswith("Richard hails from Tulsa.")
    # Twitter has no address, so it says too little to keep; SoundCloud is kept as a link
    assert draft.links == [(LinkKind.OTHER, "https://soundcloud.example.com/dandymusicnl",
                            "SoundCloud")]
    assert errors(validate_candidate(draft)) == []


@pytest.mark.parametrize(("content", "message"), [
    (b"{\"basics\": {\"name\": \"Ada\",}}",
     "ada.json is not JSON (line 1, column 27); export it again from the résumé tool"),
    (b"\xc3\x28{}", "ada.json is not JSON; export it again from the résumé tool"),
    (b"[1, 2]", "ada.json is not a JSON Resume: it holds a list or a value where a résumé "
                "object ({…}) belongs"),
    (b"{\"basics\": {\"label\": \"Engineer\"}}",
     "ada.json has no name (basics.name); a candidate needs one"),
    (b"{\"basics\": {\"name\": 42}}",
     "ada.json: basics.name should be text; correct the file or export it again"),
    (b"{\"basics\": []}",
     "ada.json: basics should be an object ({…}); correct the file or export it again"),
    (b"{\"basics\": {\"name\": \"Ada\", \"email\": \"ada at example\"}}",
     "ada.json: basics.email “ada at example” is not an e-mail address"),
    (b"{\"basics\": {\"name\": \"Ada\", \"profiles\": {}}}",
     "ada.json: basics.profiles should be a list ([…]); correct the file or export it again"),
    (b"{\"basics\": {\"name\": \"Ada\", \"profiles\": [\"github\"]}}",
     "ada.json: basics.profiles[0] is not a profile ({…})"),
    (json.dumps({"basics": {"name": "A" * 201}}).encode(),
     "ada.json: basics.name is too long: 201 characters, at most 200 are kept (shorten it "
     "by 1)"),
    (b"[" * 100_000, "ada.json is not JSON; export it again from the résumé tool"),
])
def test_files_that_cannot_be_read_name_the_field(content: bytes, message: str) -> None:
    with pytest.raises(JsonResumeError) as caught:
        parse_json_resume(content, "ada.json")
    assert str(caught.value) == message


def test_control_characters_are_cleaned_on_the_way_in() -> None:
    draft = parse_json_resume(json.dumps({"basics": {
        "name": "Ada\u0000 \u001bObi\n", "summary": "Line one\r\nLine\u0007 two"}}))
    assert draft.full_name == "Ada Obi" and draft.notes == "Line one\nLine two"
