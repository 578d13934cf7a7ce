"""Merging two founders' copies of one file: field by field, by clocks, nothing lost."""

from __future__ import annotations

import hashlib
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hirefile.errors import FileProblem
from hirefile.services.files import create_file
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage import check
from hirefile.storage.database import Database
from hirefile.storage.models import Base, Candidate, CandidateTag, Tag
from hirefile.storage.types import utcnow

ADA = "00000000-0000-4000-8000-00000000ada1"
BO = "00000000-0000-4000-8000-0000000000b0"
LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okoye")
#: Bookkeeping that differs between copies by design: who wrote last, clocks, merges done.
BOOKKEEPING = {"meta", "replica", "merge_record", "id_alias"}
STAMPS = {"created_at", "created_by", "updated_at", "updated_by", "row_clock", "field_clocks"}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def base(tmp_path: Path) -> Path:
    db = create_file(tmp_path / "Hiring.hirefile", LENA)
    with db.session() as s:
        s.add(Candidate(id=ADA, full_name="Ada Obi", email="ada@example.com"))
        s.add(Candidate(id=BO, full_name="Bo Chen", notes="first call went well"))
    db.close()
    return db.path


@pytest.fixture
def copies(base: Path, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Lena's copy and Daniel's copy of one file, each open for writing."""
    yield from file_copies(base, tmp_path)


def file_copies(base: Path, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(base, theirs)
    mine, other = Database.open(base, LENA), Database.open(theirs, DANIEL)
    yield mine, other
    mine.close()
    other.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def into(request: pytest.FixtureRequest, base: Path,
         tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """As `copies`, MINE on either backend: the file, or the team database it was pushed to
    (Daniel's copy then pulled from it to his laptop) — a merge into a server keeps the
    same rules."""
    if request.param == "sqlite":
        yield from file_copies(base, tmp_path)
        return
    from hirefile.services import transfer

    url = str(request.getfixturevalue("pg_url"))
    transfer.push(base, url)
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    transfer.pull(url, theirs)
    mine, other = Database.open(url, LENA), Database.open(theirs, DANIEL)
    yield mine, other
    mine.close()
    other.close()


def state(db: Database) -> Any:
    """Everything MINE holds, bookkeeping included: its bytes, or a server's rows."""
    if not db.on_server:
        return sha(db.path)
    with db.reader() as s:
        return {t.name: sorted(repr(tuple(r)) for r in s.execute(select(t)))
                for t in Base.metadata.sorted_tables}


def edit(db: Database, key: str, **values: Any) -> None:
    with db.session() as s:
        row = s.get(Candidate, key)
        assert row is not None
        for k, v in values.items():
            setattr(row, k, v)


def content(db: Database) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of every table but bookkeeping, without stamps: what a person keeps."""
    out = {}
    with db.reader() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in BOOKKEEPING:
                continue
            cols = [c for c in table.c if c.name not in STAMPS]
            query = select(*cols)
            if table.name == "activity":  # each merge's own entry is bookkeeping too
                query = query.where(table.c.subject_table != "merge_record")
            out[table.name] = {tuple(repr(v) for v in r) for r in s.execute(query)}
    return out


def candidate(db: Database, key: str) -> Any:
    """A candidate's stored fields, as attributes."""
    with db.reader() as s:
        row = s.execute(select(Candidate.__table__).where(Candidate.id == key)).first()
        assert row is not None
        return row


def test_edits_to_different_fields_both_survive_and_the_other_copy_is_untouched(
        into: tuple[Database, Database]) -> None:
    mine, theirs = into
    edit(mine, ADA, phone="+44 20 7946 0000")
    edit(theirs, ADA, location="Lagos")
    theirs.close()
    before = sha(theirs.path)
    result = merge_file(mine, theirs.path)
    ada = candidate(mine, ADA)
    assert (ada.phone, ada.location) == ("+44 20 7946 0000", "Lagos")
    assert result.outcome.conflicts == []
    assert result.as_json()["changed"] == {"candidate": 1}
    assert sha(theirs.path) == before  # THEIRS is never modified
    if mine.on_server:  # the server keeps its own backups
        assert result.backup is None
    else:
        assert result.backup is not None and result.backup.exists()


def test_the_same_field_changed_on_both_sides_is_a_conflict_the_later_wins(
        into: tuple[Database, Database]) -> None:
    mine, theirs = into
    edit(mine, BO, notes="strong on systems design")
    edit(theirs, BO, notes="wants to stay remote")  # later
    theirs.close()
    result = merge_file(mine, theirs.path)
    assert candidate(mine, BO).notes == "wants to stay remote"
    [c] = result.as_json()["conflicts"]
    assert c == {"kind": "candidate", "id": BO, "label": "Bo Chen", "field": "notes",
                 "mine": "strong on systems design", "theirs": "wants to stay remote",
                 "kept": "theirs"}


def test_a_change_made_knowing_the_other_is_no_conflict(
        copies: tuple[Database, Database], tmp_path: Path) -> None:
    mine, theirs = copies
    edit(theirs, BO, notes="wants to stay remote")
    theirs.close()
    merge_file(mine, theirs.path)  # Lena now knows Daniel's note
    edit(mine, BO, notes="remote is fine with us")  # and changes it, knowing
    again = Database.open(theirs.path, DANIEL)
    try:
        result = merge_file(again, mine.path)
    finally:
        again.close()
    assert result.outcome.conflicts == []
    reopened = Database.open(theirs.path, DANIEL)
    try:
        assert candidate(reopened, BO).notes == "remote is fine with us"
    finally:
        reopened.close()


def test_inserts_from_both_sides_survive_and_merging_again_changes_nothing(
        into: tuple[Database, Database]) -> None:
    mine, theirs = into
    with mine.session() as s:
        s.add(Candidate(full_name="Chidi Eze"))
    with theirs.session() as s:
        s.add(Candidate(full_name="王磊"))
    theirs.close()
    merge_file(mine, theirs.path)
    with mine.reader() as s:
        names = set(s.scalars(select(Candidate.full_name)))
    assert names == {"Ada Obi", "Bo Chen", "Chidi Eze", "王磊"}
    before = state(mine)
    again = merge_file(mine, theirs.path)
    assert not again.outcome.anything
    assert state(mine) == before


def test_merge_is_commutative(copies: tuple[Database, Database], tmp_path: Path) -> None:
    mine, theirs = copies
    edit(mine, ADA, phone="+44 1", notes="mine")
    edit(theirs, ADA, location="Lagos", notes="theirs")
    with mine.session() as s:
        s.add(Candidate(full_name="Chidi Eze"))
    with theirs.session() as s:
        s.get(Candidate, BO).deleted_at = s.get(Candidate, BO).created_at
    mine.close()
    theirs.close()
    a, b = tmp_path / "a.hirefile", tmp_path / "b.hirefile"
    shutil.copy(mine.path, a)
    shutil.copy(theirs.path, b)
    with Database.open(a, LENA) as da:
        merge_file(da, theirs.path)
        ab = content(da)
    with Database.open(b, DANIEL) as db_:
        merge_file(db_, mine.path)
        ba = content(db_)
    assert ab == ba


def test_the_same_tag_added_on_both_sides_becomes_one(into: tuple[Database, Database]) -> None:
    mine, theirs = into
    for db in into:
        with db.session() as s:
            tag = Tag(name="ml")
            s.add(tag)
            s.flush()
            s.add(CandidateTag(candidate_id=ADA, tag_id=tag.id))
    theirs.close()
    merge_file(mine, theirs.path)
    with mine.reader() as s:
        tags = s.scalars(select(Tag.name).where(Tag.deleted_at.is_(None))).all()
        links = s.scalars(select(CandidateTag.id).where(CandidateTag.deleted_at.is_(None))).all()
    assert tags == ["ml"]
    assert len(links) == 1


def test_another_files_copy_is_refused(into: tuple[Database, Database],
                                       tmp_path: Path) -> None:
    mine, _ = into
    other = create_file(tmp_path / "Other.hirefile", DANIEL)
    other.close()
    before = state(mine)
    with pytest.raises(FileProblem, match=r"^Other\.hirefile is not a copy of "
                       + re.escape(mine.path.name)):
        merge_file(mine, other.path)
    assert state(mine) == before


def test_dry_run_writes_nothing(into: tuple[Database, Database]) -> None:
    mine, theirs = into
    edit(theirs, ADA, location="Lagos")
    theirs.close()
    before = state(mine)
    result = merge_file(mine, theirs.path, dry_run=True)
    assert result.as_json()["changed"] == {"candidate": 1}
    assert state(mine) == before
    assert candidate(mine, ADA).location is None


def replica_of(path: Path) -> str | None:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def test_every_copy_signs_its_changes_with_its_own_replica_id(
        base: Path, tmp_path: Path) -> None:
    with Database.open(base, LENA) as db:
        edit(db, ADA, location="Lagos")
        own = replica_of(base)
        saved = db.save_copy(tmp_path / "For Daniel.hirefile")
    assert own is not None
    assert replica_of(saved) not in (None, own)  # a saved copy has its own at once
    behind = tmp_path / "copied" / "Hiring.hirefile"  # copied behind the app's back
    behind.parent.mkdir()
    shutil.copy(base, behind)
    assert replica_of(behind) == own
    with Database.open(behind, DANIEL) as db:
        edit(db, ADA, location="Accra")
        assert db.copy_clock.replica not in (None, own, replica_of(saved))
    with Database.open(base, LENA) as db:  # the original keeps its own
        edit(db, ADA, location="Abuja")
    assert replica_of(base) == own


def test_a_possible_duplicate_from_the_other_copy_is_reported_not_merged(
        into: tuple[Database, Database]) -> None:
    mine, theirs = into
    with theirs.session() as s:
        s.add(Candidate(full_name="Ada O.", email="ada@example.com"))
    theirs.close()
    result = merge_file(mine, theirs.path)
    [dup] = result.as_json()["possible_duplicates"]
    assert (dup["name"], dup["matches"], dup["why"]) == ("Ada O.", ADA, "same e-mail")
    with mine.reader() as s:
        assert len(s.scalars(select(Candidate.id).where(
            Candidate.email == "ada@example.com")).all()) == 2  # both kept for a person


def test_an_edit_after_a_delete_brings_the_record_back_a_delete_after_an_edit_wins(
        into: tuple[Database, Database], tmp_path: Path) -> None:
    mine, theirs = into
    with mine.session() as s:
        s.get(Candidate, ADA).deleted_at = s.get(Candidate, ADA).created_at
    edit(theirs, ADA, notes="called back: interested again")  # later than the delete
    edit(theirs, BO, notes="a last note")
    with mine.session() as s:  # Bo removed after Daniel's note
        s.get(Candidate, BO).deleted_at = s.get(Candidate, BO).created_at
    theirs.close()
    merge_file(mine, theirs.path)
    ada, bo = candidate(mine, ADA), candidate(mine, BO)
    assert ada.deleted_at is None and ada.notes == "called back: interested again"
    assert bo.deleted_at is not None


def test_an_erasure_always_wins(into: tuple[Database, Database]) -> None:
    mine, theirs = into
    edit(mine, ADA, full_name="Erased candidate", email=None, anonymised_at=utcnow())
    edit(theirs, ADA, phone="+234 1 000", notes="later, on the other laptop")
    theirs.close()
    result = merge_file(mine, theirs.path)
    ada = candidate(mine, ADA)
    assert (ada.full_name, ada.email, ada.phone) == ("Erased candidate", None, None)
    assert ada.notes == ""
    assert all("later" not in str(c.theirs) for c in result.outcome.conflicts)


def test_work_on_an_application_after_its_candidate_was_removed_brings_them_back(
        copies: tuple[Database, Database], tmp_path: Path) -> None:
    from hirefile.services import candidates as candidate_service
    from hirefile.services.demo import load_demo
    from hirefile.storage.models import Application

    mine, theirs = copies
    theirs.close()
    load_demo(mine, candidates=4, seed=2)
    with mine.reader() as s:
        app = s.scalars(select(Application).where(Application.deleted_at.is_(None))
                        .order_by(Application.id)).first()
        assert app is not None
        app_id, person = app.id, app.candidate_id
    other = tmp_path / "daniel2" / "Hiring.hirefile"
    other.parent.mkdir()
    mine.close()
    shutil.copy(mine.path, other)
    with Database.open(mine.path, LENA) as db, db.session() as s:
        candidate_service.remove_candidate(s, person)
    with Database.open(other, DANIEL) as db, db.session() as s:  # later: a note on the stage
        s.get(Application, app_id).exit_note = "still keen, call on Monday"
    with Database.open(mine.path, LENA) as db:
        merge_file(db, other)
        with db.reader() as s:
            assert s.get(Candidate, person).deleted_at is None
            assert s.get(Application, app_id).deleted_at is None
    report = check.check_file(mine.path)
    assert report.ok, report.problems


def test_a_conflict_inside_a_scorecard_stays_sealed_in_the_report(
        copies: tuple[Database, Database]) -> None:
    from hirefile.storage.models import Scorecard

    mine, theirs = copies
    theirs.close()
    from hirefile.services.demo import load_demo

    load_demo(mine, candidates=12, seed=5)
    with mine.reader() as s:
        card = s.scalars(select(Scorecard).order_by(Scorecard.id)).first()
        assert card is not None
        key = card.id
    mine.close()
    other = theirs.path
    shutil.copy(mine.path, other)
    with Database.open(mine.path, LENA) as db, db.session() as s:
        s.get(Scorecard, key).takeaways = "Strong yes: shipped a real feature store"
    with Database.open(other, DANIEL) as db, db.session() as s:
        s.get(Scorecard, key).takeaways = "No: could not explain the join"
    with Database.open(mine.path, LENA) as db:
        result = merge_file(db, other)
    [c] = result.as_json()["conflicts"]
    assert (c["kind"], c["field"], c["mine"], c["theirs"], c["label"]) == (
        "scorecard", "takeaways", "(sealed)", "(sealed)", "")
    assert "feature store" not in str(result.as_json()) and "join" not in str(result.as_json())


def test_the_same_file_attached_on_both_sides_is_kept_once(
        into: tuple[Database, Database], tmp_path: Path) -> None:
    from hirefile.services.attachments import attach_file, attachments

    cv = tmp_path / "Ada Obi CV.pdf"
    cv.write_bytes(b"%PDF-1.4 Ada Obi, ML engineer")
    for db in into:
        with db.session() as s:
            attach_file(s, ADA, cv)
    mine, theirs = into
    theirs.close()
    merge_file(mine, theirs.path)
    with mine.reader() as s:
        assert [a.filename for a in attachments(s, ADA)] == ["Ada Obi CV.pdf"]


def test_a_company_profile_filled_in_on_both_copies_becomes_one(
        into: tuple[Database, Database]) -> None:
    from hirefile.services.company import CompanyDraft, company, update_company
    from hirefile.storage.models import CompanyProfile

    mine, theirs = into
    with mine.session() as s:
        update_company(s, CompanyDraft("Fernwood AI", "", "https://fernwood.ai", "", "",
                                       "EUR", None))
    with theirs.session() as s:  # later, on Daniel's laptop: the address only
        update_company(s, CompanyDraft("", "Rua das Flores 12\nLisboa", "", "Daniel Okoye",
                                       "CEO", "EUR", None))
    theirs.close()
    merge_file(mine, theirs.path)
    with mine.reader() as s:
        assert len(s.scalars(select(CompanyProfile.id).where(
            CompanyProfile.deleted_at.is_(None))).all()) == 1
        c = company(s)
    assert (c.name, c.address, c.website, c.signatory_name) == (
        "Fernwood AI", "Rua das Flores 12\nLisboa", "https://fernwood.ai", "Daniel Okoye")
    if mine.on_server:
        return
    again = Database.open(theirs.path, DANIEL)
    try:
        merge_file(again, mine.path)
        with again.reader() as s:
            assert company(s).name == "Fernwood AI"  # the filled name travels back
    finally:
        again.close()


def test_two_copies_merged_back_and_forth_settle(copies: tuple[Database, Database]) -> None:
    """Each merge leaves a record of itself, which the next merge the other way brings over;
    that alone is not news: it neither counts as records in nor leaves a record of its own."""
    from hirefile.storage.models import MergeRecord

    mine, theirs = copies
    edit(mine, ADA, location="Lagos")
    edit(theirs, BO, location="Taipei")
    first = merge_file(mine, theirs.path)
    assert first.news and first.outcome.changed["candidate"] == 1
    back = merge_file(theirs, mine.path)  # Lena's edit and the record of her merge
    assert back.news and back.records == 1 and back.outcome.added["merge_record"] == 1
    again = merge_file(mine, theirs.path)  # only the record of Daniel's merge comes back
    assert not again.news
    assert again.summary().startswith("Nothing to merge")
    assert not merge_file(theirs, mine.path).outcome.anything
    for db in (mine, theirs):
        with db.reader() as s:
            assert len(s.scalars(select(MergeRecord)).all()) == 2
    assert content(mine) == content(theirs)
