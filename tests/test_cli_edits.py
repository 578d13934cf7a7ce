"""Scriptable edits: `hirefile set | tag | note | remove`, through `main()`, read back with the
services the app uses (the same validation, stamps and activity)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.vocab import ActivityKind, RoleStatus, Source
from hirefile.services import listing
from hirefile.services.candidates import candidate_draft, create_candidate, tags_of
from hirefile.services.pipeline import add_application
from hirefile.services.roles import add_role, role_draft
from hirefile.services.timeline import timeline
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Candidate, CandidateTag, Note, Role


@pytest.fixture
def hiring(tmp_path: Path, identity: Identity) -> dict[str, str]:
    """A file with two roles (one with a candidate) and three candidates; returns their ids."""
    path = tmp_path / "Hiring.hirefile"
    db = Database.create(path, identity)
    with db.session() as s:
        ml = add_role(s, "ML Engineer", status=RoleStatus.OPEN, location="Lagos")
        empty = add_role(s, "Office Manager")
        bo = create_candidate(s, CandidateDraft(full_name="Bo Chen", email="bo@example.org"))
        bo2 = create_candidate(s, CandidateDraft(full_name="Bo Chen", email="bo2@example.org"))
        lu = create_candidate(s, CandidateDraft(full_name="Łucja Wiśniewska"))
        s.flush()
        add_application(s, lu.id, ml.id)
        ids = {"file": str(path), "ml": ml.id, "empty": empty.id, "bo": bo.id, "bo2": bo2.id,
               "lu": lu.id}
    db.close()
    return ids


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def read(path: str, identity: Identity) -> Database:
    return Database.open(path, identity, write=False)


def one_line_error(code: int, out: str, err: str) -> str:
    assert code == 1 and out == ""
    assert err.startswith("hirefile: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_set_changes_exactly_the_candidate_fields_named(hiring, identity, capsys) -> None:
    f = hiring["file"]
    code, out, err = run(capsys, "set", f, "candidate", "bo@example.org", "name=Bo Chén",
                         "email=BO.CHEN@example.org", "phone=+44 20 7946 0000",
                         "location=Leeds", "source=Referral", "notes=Met at PyData")
    assert (code, err) == (0, "")
    assert out.startswith("Bo Chén: name = Bo Chén; email = bo.chen@example.org;")
    with read(f, identity) as db, db.reader() as s:
        d = candidate_draft(s, hiring["bo"])
        assert (d.full_name, d.email, d.phone, d.location, d.source, d.notes) == (
            "Bo Chén", "bo.chen@example.org", "+44 20 7946 0000", "Leeds", Source.REFERRAL,
            "Met at PyData")
        other = candidate_draft(s, hiring["bo2"])
        assert (other.full_name, other.email, other.location) == ("Bo Chen",
                                                                  "bo2@example.org", None)
        c = s.get(Candidate, hiring["bo"])
        assert c.updated_by == identity.stamp and c.updated_at > c.created_at
        edited = s.scalars(select(Activity).where(Activity.subject_id == hiring["bo"],
                                                  Activity.kind == ActivityKind.UPDATED)).one()
        assert edited.summary.startswith("Edited full name, email")
        # the search index follows the new name
        assert hiring["bo"] in listing.candidate_ids(s, text="Chén")
        assert hiring["bo"] not in listing.candidate_ids(s, text="Wiśniewska")


def test_set_on_a_role_and_json(hiring, identity, capsys) -> None:
    f = hiring["file"]
    code, out, _ = run(capsys, "set", f, "role", "ml engineer", "title=Senior ML Engineer",
                       "status=paused", "--json", "location=Remote (EU)", "headcount=2",
                       "notes=Budget approved", "pay_currency=eur", "pay_min=90k")
    assert code == 0
    assert json.loads(out) == {"kind": "role", "id": hiring["ml"], "label": "Senior ML Engineer",
                               "changed": {"title": "Senior ML Engineer", "status": "paused",
                                           "location": "Remote (EU)", "headcount": 2,
                                           "notes": "Budget approved", "pay_currency": "EUR",
                                           "pay_min": 9_000_000}}
    with read(f, identity) as db, db.reader() as s:
        d = role_draft(s, hiring["ml"])
        assert (d.title, d.status, d.location, d.headcount, d.notes, d.pay_min) == (
            "Senior ML Engineer", RoleStatus.PAUSED, "Remote (EU)", 2, "Budget approved",
            9_000_000)
        assert role_draft(s, hiring["empty"]).title == "Office Manager"
    code, out, _ = run(capsys, "set", f, "role", "Senior ML Engineer", "headcount=2")
    assert code == 0 and out == "Senior ML Engineer: nothing to change (the role already " \
                                "reads so)\n"


def test_words_that_are_not_field_assignments_are_a_usage_error(hiring, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["set", hiring["file"], "role", "ML Engineer", "--json", "headcount=2", "extra"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == ("hirefile: error: unrecognized arguments: headcount=2 "
                                       "extra\n")


def test_an_empty_value_clears_an_optional_field(hiring, identity, capsys) -> None:
    f = hiring["file"]
    assert run(capsys, "set", f, "candidate", "bo@example.org", "location=Leeds")[0] == 0
    code, out, _ = run(capsys, "set", f, "candidate", "bo@example.org", "location=")
    assert code == 0 and out == "Bo Chen: location = (empty)\n"
    with read(f, identity) as db, db.reader() as s:
        assert candidate_draft(s, hiring["bo"]).location is None


@pytest.mark.parametrize(("args", "words"), [
    (["candidate", "bo@example.org", "colour=blue"],
     "candidates have no field “colour” (fields: name, preferred_name, pronouns, email, phone"),
    (["candidate", "bo@example.org", "email"], "“email” is not FIELD=VALUE"),
    (["candidate", "bo@example.org"], "say what to change as FIELD=VALUE"),
    (["role", "ML Engineer", "salary=1"], "roles have no field “salary” (fields: title, status"),
])
def test_an_unknown_field_names_the_fields_there_are(hiring, identity, capsys, args,
                                                     words) -> None:
    err = one_line_error(*run(capsys, "set", hiring["file"], *args))
    assert words in err


@pytest.mark.parametrize(("args", "message"), [
    (["candidate", "bo@example.org", "email=not-an-address"],
     "hirefile: email: “not-an-address” is not an e-mail address"),
    (["candidate", "bo@example.org", "location=Leeds", "name= "],
     "hirefile: name: A candidate needs a name"),
    (["candidate", "bo@example.org", "source=newsletter"],
     "hirefile: source: “newsletter” is not one of inbound, referral, outreach"),
    (["candidate", "bo@example.org", "phone=" + "1" * 51],
     "hirefile: phone: Phone is too long: 51 characters, at most 50"),
    (["candidate", "bo@example.org", "reach_out_on=next week"],
     "hirefile: reach_out_on: “next week” is not a date (write it as 2027-02-01)"),
    (["role", "ML Engineer", "headcount=0"], "hirefile: headcount: Headcount is at least 1"),
    (["role", "ML Engineer", "headcount=two"], "hirefile: headcount: “two” is not a whole"),
    (["role", "ML Engineer", "pay_min=lots"], "hirefile: pay_min: say the currency first"),
])
def test_a_bad_value_is_the_services_message_and_changes_nothing(hiring, identity, capsys,
                                                                 args, message) -> None:
    f = hiring["file"]
    before = Path(f).read_bytes()
    err = one_line_error(*run(capsys, "set", f, *args))
    assert err.startswith(message)
    assert Path(f).read_bytes() == before


@pytest.mark.parametrize(("args", "message"), [
    (["set", "{f}", "candidate", "nobody@example.org", "location=Leeds"],
     "hirefile: No candidate “nobody@example.org” (give an id, an e-mail or the full name)"),
    (["set", "{f}", "candidate", "bo chen", "location=Leeds"],
     "hirefile: “bo chen” names 2 candidates (Bo Chen <bo@example.org>; Bo Chen "
     "<bo2@example.org>); give the e-mail or the id"),
    (["set", "{f}", "role", "Designer", "status=open"],
     "hirefile: No role “Designer” (roles: ML Engineer, Office Manager)"),
    (["tag", "{f}", "--candidate", "Nobody", "ml"], "hirefile: No candidate “Nobody”"),
    (["note", "{f}", "--candidate", "Nobody", "hello"], "hirefile: No candidate “Nobody”"),
    (["remove", "{f}", "role", "Designer"], "hirefile: No role “Designer”"),
    (["remove", "{f}", "candidate", "Bo Chen"], "hirefile: “Bo Chen” names 2 candidates"),
])
def test_an_unknown_or_ambiguous_ref_is_one_line(hiring, capsys, args, message) -> None:
    f = hiring["file"]
    before = Path(f).read_bytes()
    err = one_line_error(*run(capsys, *[a.replace("{f}", f) for a in args]))
    assert err.startswith(message)
    assert Path(f).read_bytes() == before


def test_tags_added_twice_stay_one_and_come_off(hiring, identity, capsys) -> None:
    f = hiring["file"]
    code, out, _ = run(capsys, "tag", f, "--candidate", "Łucja Wiśniewska", "ml", "ML",
                       " ml ", "Računalniški vid")
    assert code == 0 and out == "Łucja Wiśniewska: tags Računalniški vid, ml\n"
    code, out, _ = run(capsys, "tag", f, "--candidate", "łucja wiśniewska", "Ml")
    assert code == 0 and out == "Łucja Wiśniewska: tags unchanged (Računalniški vid, ml)\n"
    with read(f, identity) as db, db.reader() as s:
        assert tags_of(s, hiring["lu"]) == ["Računalniški vid", "ml"]
        assert s.scalar(select(func.count()).select_from(CandidateTag).where(
            CandidateTag.candidate_id == hiring["lu"])) == 2
    code, out, _ = run(capsys, "tag", f, "--candidate", hiring["lu"], "--remove", "ML",
                       "--json")
    assert code == 0
    assert json.loads(out) == {"id": hiring["lu"], "name": "Łucja Wiśniewska",
                               "tags": ["Računalniški vid"]}
    assert run(capsys, "tag", f, "--candidate", hiring["lu"], "ml")[0] == 0
    with read(f, identity) as db, db.reader() as s:
        assert tags_of(s, hiring["lu"]) == ["Računalniški vid", "ml"]
        # the tag came back on its own row: still two links, one per tag
        assert s.scalar(select(func.count()).select_from(CandidateTag).where(
            CandidateTag.candidate_id == hiring["lu"])) == 2
        summaries = s.scalars(select(Activity.summary).where(
            Activity.candidate_id == hiring["lu"], Activity.kind == ActivityKind.UPDATED)
            .order_by(Activity.at)).all()
        assert summaries == ["Tags: Računalniški vid, ml", "Tags: Računalniški vid",
                             "Tags: Računalniški vid, ml"]


def test_a_note_reaches_the_timeline(hiring, identity, capsys) -> None:
    f = hiring["file"]
    code, out, _ = run(capsys, "note", f, "--candidate", "Łucja Wiśniewska", "--role",
                       "ML Engineer", "Rozmowa: świetna.\nFollow up in May\x07")
    assert code == 0 and out == "Łucja Wiśniewska: note added\n"
    code, out, _ = run(capsys, "note", f, "--candidate", "bo2@example.org", "Keen", "--json")
    assert code == 0
    made = json.loads(out)
    assert (made["candidate_id"], made["application_id"], made["body"]) == (
        hiring["bo2"], None, "Keen")
    with read(f, identity) as db, db.reader() as s:
        notes = [e for e in timeline(s, hiring["lu"]) if e.kind == "note"]
        assert [(e.text, e.role, e.who) for e in notes] == [
            ("Rozmowa: świetna.\nFollow up in May", "ML Engineer", identity.name)]
        assert s.get(Note, made["id"]).body == "Keen"
        logged = s.scalars(select(Activity.summary).where(
            Activity.kind == ActivityKind.NOTE)).all()
        assert sorted(logged) == ["Note on Bo Chen", "Note on Łucja Wiśniewska"]
    err = one_line_error(*run(capsys, "note", f, "--candidate", "bo2@example.org", " \n "))
    assert err == "hirefile: A note needs some text\n"
    err = one_line_error(*run(capsys, "note", f, "--candidate", "bo2@example.org", "--role",
                              "ML Engineer", "hi"))
    assert err == "hirefile: Bo Chen is not in the pipeline of “ML Engineer”\n"


def test_removal_then_listing(hiring, identity, capsys) -> None:
    f = hiring["file"]
    code, out, _ = run(capsys, "remove", f, "candidate", "Łucja Wiśniewska")
    assert code == 0 and out == "removed the candidate Łucja Wiśniewska\n"
    code, out, _ = run(capsys, "list", f, "candidates", "--json")
    assert sorted(r["email"] for r in json.loads(out)) == ["bo2@example.org", "bo@example.org"]
    code, out, _ = run(capsys, "list", f, "applications", "--json")
    assert json.loads(out) == []
    err = one_line_error(*run(capsys, "remove", f, "candidate", hiring["lu"]))
    assert "No candidate" in err
    code, out, _ = run(capsys, "remove", f, "role", "Office Manager", "--json")
    assert json.loads(out) == {"kind": "role", "id": hiring["empty"], "label": "Office Manager",
                               "removed": True}
    code, out, _ = run(capsys, "list", f, "roles", "--json")
    assert [r["title"] for r in json.loads(out)] == ["ML Engineer"]
    with read(f, identity) as db, db.reader() as s:
        gone = s.get(Candidate, hiring["lu"])
        assert gone.deleted_at is not None and gone.updated_by == identity.stamp
        assert s.get(Role, hiring["empty"]).deleted_at is not None
        assert s.scalars(select(Activity.summary).where(
            Activity.kind == ActivityKind.DELETED)).all() == ["Removed Łucja Wiśniewska"]


def test_a_role_with_candidates_is_not_removed(hiring, capsys) -> None:
    add = ["set", hiring["file"], "candidate", "bo@example.org"]
    assert run(capsys, *add, "location=Leeds")[0] == 0
    err = one_line_error(*run(capsys, "remove", hiring["file"], "role", "ML Engineer"))
    assert err == ("hirefile: “ML Engineer” has 1 candidate(s); set its status to Closed "
                   "instead\n")


def test_non_ascii_and_right_to_left_names(hiring, identity, capsys) -> None:
    f = hiring["file"]
    code, out, _ = run(capsys, "set", f, "candidate", "bo2@example.org", "name=محمد علي",
                       "location=القاهرة")
    assert code == 0 and out == "محمد علي: name = محمد علي; location = القاهرة\n"
    code, out, _ = run(capsys, "tag", f, "--candidate", "محمد علي", "王磊的推荐")
    assert code == 0 and out == "محمد علي: tags 王磊的推荐\n"
    with read(f, identity) as db, db.reader() as s:
        d = candidate_draft(s, hiring["bo2"])
        assert (d.full_name, d.location, d.tags) == ("محمد علي", "القاهرة", ["王磊的推荐"])
    assert run(capsys, "check", f)[0] == 0
