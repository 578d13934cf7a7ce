"""Duplicates are found by e-mail, phone, GitHub, LinkedIn or a very similar name; merging two
records keeps all their history, applications, attachments and tags."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from backends import file_checks_pass, location
from sqlalchemy import func, select

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.errors import ValidationError
from hirefile.services import candidates, dedupe, pipeline, refs
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import (
    Activity,
    Application,
    Attachment,
    Candidate,
    CandidateLink,
    Note,
    StageChange,
)


@pytest.fixture
def db(db_location: Path | str, identity: Identity):
    db = create_file(db_location, identity)  # a file, and a database on PostgreSQL
    yield db
    db.close()


def add(db: Database, name: str, **kw) -> str:
    with db.session() as s:
        return candidates.create_candidate(s, CandidateDraft(full_name=name, **kw)).id


def matches(db: Database, **kw) -> dict[str, tuple[str, ...]]:
    with db.reader() as s:
        return {m.name: m.reasons for m in dedupe.find_duplicates(s, CandidateDraft(**kw))}


def test_each_kind_of_match(db: Database) -> None:
    add(db, "Łukasz Nowak", email="lukasz@example.pl", phone="+48 601 234 567",
        github_url="github.com/lnowak", linkedin_url="linkedin.com/in/lukasz-nowak")
    add(db, "Someone Else", email="else@example.com")
    assert matches(db, full_name="L. N.", email="LUKASZ@example.pl") == \
        {"Łukasz Nowak": ("same e-mail",)}
    assert matches(db, full_name="X", phone="0048 601-234-567") == \
        {"Łukasz Nowak": ("same phone",)}
    assert matches(db, full_name="X", github_url="https://github.com/LNowak/repo") == \
        {"Łukasz Nowak": ("same GitHub",)}
    assert matches(db, full_name="X", linkedin_url="https://pl.linkedin.com/in/Lukasz-Nowak/") \
        == {"Łukasz Nowak": ("same LinkedIn",)}
    found = matches(db, full_name="Nowak Lukasz")
    assert list(found) == ["Łukasz Nowak"] and found["Łukasz Nowak"][0].startswith("similar name")
    assert matches(db, full_name="Łucja Nowicka") == {}


def test_other_emails_in_links_match(db: Database) -> None:
    keep = add(db, "Ana Lima", email="ana@example.br")
    other = add(db, "Ana L.", email="ana.lima@work.example")
    with db.session() as s:
        dedupe.merge(s, keep, other)
    assert "Ana Lima" in matches(db, full_name="Anna", email="ana.lima@work.example")


def test_exclude_self_when_editing(db: Database) -> None:
    cid = add(db, "Wei Zhang", email="wei@example.cn")
    with db.reader() as s:
        assert dedupe.find_duplicates(s, CandidateDraft(full_name="Wei Zhang",
                                                        email="wei@example.cn"),
                                      exclude_id=cid) == []


def test_merge_keeps_everything(db: Database) -> None:
    with db.session() as s:
        r1 = add_role_from_template(s, template("ml_engineer")).id
        r2 = add_role_from_template(s, template("mlops")).id
    keep = add(db, "Fatima Zahra El Amrani", email="fatima@example.ma", tags=["nlp"])
    other = add(db, "Fatima El Amrani", phone="+212 612 345 678",
                github_url="github.com/fzahra", tags=["mlops", "nlp"], notes="Met at ICLR")
    with db.session() as s:
        a_keep = pipeline.add_application(s, keep, r1).id
        a_other_same = pipeline.add_application(s, other, r1).id
        a_other_new = pipeline.add_application(s, other, r2).id
        st = {x.name: x.id for x in pipeline.stages_of(s, r1)}
        pipeline.move(s, a_other_same, st["Technical"])  # further along than keep's
        s.add(Note(candidate_id=other, body="Strong referral"))
        data = b"%PDF-1.4 CV"
        s.add(Attachment(candidate_id=other, filename="cv.pdf", mime_type="application/pdf",
                         size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data))
    with db.session() as s:
        report = dedupe.merge(s, keep, other)
    assert (report.applications_moved, report.applications_combined) == (1, 1)
    assert {"phone", "github_url", "notes"} <= set(report.fields_filled)
    with db.reader() as s:
        assert s.get(Candidate, other).deleted_at is not None
        k = s.get(Candidate, keep)
        assert k.phone_key == "+212612345678" and "Met at ICLR" in k.notes
        apps = s.scalars(select(Application).where(Application.candidate_id == keep,
                                                   Application.deleted_at.is_(None))).all()
        assert {a.role_id for a in apps} == {r1, r2}
        in_r1 = next(a for a in apps if a.role_id == r1)
        assert in_r1.id == a_other_same  # the one further along stays
        assert [m.to_name for m in pipeline.history(s, in_r1.id)] == \
            ["Sourced", "Sourced", "Technical"]  # both histories, in time order
        assert s.get(Application, a_keep).deleted_at is not None
        assert a_other_new in {a.id for a in apps}
        assert s.scalar(select(func.count()).select_from(Note)
                        .where(Note.candidate_id == keep)) == 1
        assert s.scalar(select(Attachment.filename).where(Attachment.candidate_id == keep)) \
            == "cv.pdf"
        assert candidates.tags_of(s, keep) == ["mlops", "nlp"]
    assert file_checks_pass(db)


def test_merge_refuses_self(db: Database) -> None:
    cid = add(db, "Solo")
    with pytest.raises(ValidationError), db.session() as s:
        dedupe.merge(s, cid, cid)


def test_merge_stamps_every_row_it_moves_and_points_the_loser_at_the_winner(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer")).id
    keep = add(db, "Bo Chen", email="bo@example.cn")
    other = add(db, "Chen Bo", email="chen.bo@example.com", phone="+86 138 0013 8000")
    with db.session() as s:
        kept_app = pipeline.add_application(s, keep, role).id  # at Sourced: the other wins
        app = pipeline.add_application(s, other, role).id
        st = {x.name: x.id for x in pipeline.stages_of(s, role)}
        pipeline.move(s, app, st["Screen"])
        s.add(Note(candidate_id=other, application_id=app, body="Call on Monday"))
    with db.reader() as s:
        # what changes hands: the other's rows, and the history of the application combined
        moved = [*s.scalars(select(Application).where(Application.candidate_id == other)),
                 *s.scalars(select(Note).where(Note.candidate_id == other)),
                 *s.scalars(select(Activity).where(Activity.candidate_id == other)),
                 *s.scalars(select(StageChange).where(StageChange.application_id == kept_app))]
        before = {(type(r), r.id): r.updated_at for r in moved}
    assert {m.__tablename__ for m, _ in before} == \
        {"application", "note", "activity", "stage_change"}
    with db.session() as s:
        report = dedupe.merge(s, keep, other)
    assert report.applications_combined == 1
    with db.reader() as s:
        for (model, row_id), stamp in before.items():
            row = s.get(model, row_id)
            assert row.updated_at > stamp, model  # every moved row is stamped anew
            assert row.updated_by == db.identity.stamp
            assert getattr(row, "candidate_id", keep) == keep
            assert getattr(row, "application_id", app) == app
            moved = "application_id" if model is StageChange else "candidate_id"
            assert moved in (row.field_clocks or {})  # the moved field has its own clock
        loser = s.get(Candidate, other)
        assert loser.deleted_at is not None and loser.merged_into == keep
        assert s.get(Candidate, keep).merged_into is None
        # whatever still names the loser reaches the winner
        assert candidates.current_id(s, other) == keep
        assert refs.candidate_ref(s, other).id == keep
    assert file_checks_pass(db)
    db.close()
    capsys.readouterr()
    assert main(["move", location(db), "--candidate", other, "--role", role,
                 "--stage", "Technical"]) == 0
    assert capsys.readouterr().out.startswith("Bo Chen: Screen → Technical")
    assert file_checks_pass(db)


def test_merged_records_are_followed_along_a_chain(db: Database) -> None:
    a, b, c = add(db, "Ana Lima"), add(db, "Ana L."), add(db, "A. Lima")
    with db.session() as s:
        dedupe.merge(s, b, c)  # c → b
    with db.session() as s:
        dedupe.merge(s, a, b)  # b → a
    with db.reader() as s:
        assert [candidates.current_id(s, x) for x in (a, b, c)] == [a, a, a]
        assert candidates.current_id(s, "not-an-id") == "not-an-id"


def test_merging_keeps_a_tag_the_kept_person_once_had_removed(tmp_path) -> None:
    """The kept person had the tag once (removed since); the merged one has it: it comes back
    on the kept person (one row per person and tag, never a second)."""
    import uuid

    from sqlalchemy import select

    from hirefile.domain.candidates import CandidateDraft
    from hirefile.services.candidates import create_candidate, set_tags, tags_of
    from hirefile.services.dedupe import merge
    from hirefile.services.files import create_file
    from hirefile.settings import Identity
    from hirefile.storage.models import CandidateTag

    db = create_file(tmp_path / "h.hirefile", Identity(str(uuid.uuid4()), "Lena Hoffmann"))
    with db.session() as s:
        keep = create_candidate(s, CandidateDraft(full_name="Ada Obi"))
        other = create_candidate(s, CandidateDraft(full_name="Ada O."))
        s.flush()
        set_tags(s, keep.id, ["ml"])
        set_tags(s, other.id, ["ml"])
    with db.session() as s:
        set_tags(s, keep.id, [])
    with db.session() as s:
        merge(s, keep.id, other.id)
    with db.reader() as s:
        assert tags_of(s, keep.id) == ["ml"]
        assert len(s.scalars(select(CandidateTag.id).where(
            CandidateTag.candidate_id == keep.id)).all()) == 1
    db.close()


def test_keeping_the_later_record_writes_its_values_onto_the_earlier_one(db: Database) -> None:
    """Whose values stay is the person's choice; the key that stays is the earlier record's,
    so two copies that merged one pair each keeping the other still agree on the record."""
    earlier = add(db, "Ana L.", email="ana@old.example", location="Porto")
    later = add(db, "Ana Lima", email="ana.lima@work.example", phone="+351 912 345 678",
                notes="Met at NeurIPS")
    with db.session() as s:
        report = dedupe.merge(s, later, earlier)
    assert (report.kept_id, report.merged_id) == (earlier, later)
    with db.reader() as s:
        kept, gone = s.get(Candidate, earlier), s.get(Candidate, later)
        assert kept.deleted_at is None and gone.deleted_at is not None
        assert gone.merged_into == earlier
        # the chosen record's values; its empty field (location) filled from the other
        assert (kept.full_name, kept.email, kept.phone, kept.location, kept.notes) == (
            "Ana Lima", "ana.lima@work.example", "+351 912 345 678", "Porto", "Met at NeurIPS")
        links = s.scalars(select(CandidateLink.value).where(
            CandidateLink.candidate_id == earlier, CandidateLink.deleted_at.is_(None))).all()
        assert "ana@old.example" in links  # the other e-mail is kept as another address
        said = s.scalars(select(Activity.summary).where(Activity.subject_id == earlier)).all()
        assert "Merged Ana L. into Ana Lima" in said
    assert file_checks_pass(db)


def test_the_record_that_stays_does_not_depend_on_the_choice(db: Database) -> None:
    a, b = add(db, "Bo Chen"), add(db, "Bo Chen")
    with db.reader() as s:
        assert dedupe.survivor_id(s, a, b) == dedupe.survivor_id(s, b, a) == a


@pytest.mark.parametrize("backend", ["sqlite"])  # the file's own check
def test_check_reports_merged_records_that_point_at_each_other(db: Database,
                                                                backend: str) -> None:
    a, b = add(db, "Bo Chen"), add(db, "Bo Chen")
    with db.session() as s:
        dedupe.merge(s, a, b)
    assert file_checks_pass(db)
    path = db.path
    db.close()
    with sqlite3.connect(path) as conn:  # what no rule of Hirefile writes: a loop
        conn.execute("UPDATE candidate SET merged_into = ?, deleted_at = deleted_at_b "
                     "FROM (SELECT deleted_at AS deleted_at_b FROM candidate WHERE id = ?) "
                     "WHERE id = ?", (b, b, a))
    report = check_file(path)
    assert not report.ok
    assert any("point at each other in a loop" in p for p in report.problems)
