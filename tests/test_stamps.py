"""`created_by` / `updated_by` name the person by key: written so on every path, migrated so
from format 1 (the same names shown as before), verified by `hirefile check`."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.keys import compact
from hirefile.errors import ValidationError
from hirefile.services import offers
from hirefile.services.attachments import attach_file, attachments
from hirefile.services.candidates import create_candidate
from hirefile.services.offers import get_offer
from hirefile.services.people import name_of, names
from hirefile.services.timeline import timeline
from hirefile.settings import Identity
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Candidate, Offer, Person, Role
from hirefile.storage.stamps import derived_person_id

FORMAT1 = Path(__file__).parent / "data" / "format1-demo.hirefile.gz"
LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")


def unpack(target: Path) -> Path:
    with gzip.open(FORMAT1) as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def raw_stamps(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(table, id) → (created_by, updated_by), read with plain SQLite."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for table in tables:
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            if {"created_by", "updated_by"} <= columns:
                for rid, made, changed in conn.execute(
                        f'SELECT id, created_by, updated_by FROM "{table}"'):
                    out[(table, rid)] = (made, changed)
        return out
    finally:
        conn.close()


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_format1_stamps_become_keys_showing_the_same_names(tmp_path: Path) -> None:
    path = unpack(tmp_path / "Hiring.hirefile")
    before = raw_stamps(path)
    assert {made for made, _ in before.values()} == {
        "Lena Hoffmann", "Daniel Okoye", "Marta Kowalczyk", "Hiroshi Tanaka", "Priya Raman"}
    with Database.open(path, LENA) as db, db.reader() as s:
        known = names(s)
        # every key is format 6's now (`keys.compact` of the one before)
        after = {(t, compact(rid)): v for (t, rid), v in raw_stamps(path).items()}
        before = {(t, compact(rid)): v for (t, rid), v in before.items()}
        assert set(after) >= set(before)
        for key, (made, changed) in before.items():
            assert after[key][0] in known and after[key][1] in known  # every stamp resolves
            assert (known[after[key][0]], known[after[key][1]]) == (made, changed)
        # the names the timeline and the offer editor show are the ones shown before
        seen: Counter[str] = Counter()
        for cid in s.scalars(select(Candidate.id)):
            shown = Counter((e.kind, e.who) for e in timeline(s, cid)
                            if e.kind in ("note", "interview", "offer"))
            expected = Counter((kind, before[(table, rid)][i])
                               for kind, table, i, rid in _rows(s, cid))
            assert shown == expected
            seen.update(kind for kind, _ in shown.elements())
        assert min(seen[k] for k in ("note", "interview", "offer")) > 0, seen
        for o in s.scalars(select(Offer)):
            assert get_offer(s, o.id).created_by == before[("offer", o.id)][0] != ""
    assert check_file(path).ok


def _rows(s, cid: str) -> list[tuple[str, str, int, str]]:
    """(timeline kind, table, 0 created_by / 1 updated_by, id) of the rows the timeline
    shows with their stamp, for one candidate."""
    from hirefile.storage.models import Application, Interview, Note

    apps = select(Application.id).where(Application.candidate_id == cid,
                                        Application.deleted_at.is_(None))
    out = [("note", "note", 0, n) for n in s.scalars(select(Note.id).where(
        Note.candidate_id == cid, Note.deleted_at.is_(None)))]
    out += [("interview", "interview", 0, i) for i in s.scalars(select(Interview.id).where(
        Interview.application_id.in_(apps), Interview.deleted_at.is_(None)))]
    out += [("offer", "offer", 1, o) for o in s.scalars(select(Offer.id).where(
        Offer.application_id.in_(apps), Offer.deleted_at.is_(None)))]
    return out


def test_names_without_a_person_get_one_and_copies_agree(tmp_path: Path) -> None:
    copies = []
    for name in ("mine", "theirs"):
        path = unpack(tmp_path / f"{name}.hirefile")
        sql(path,
            "UPDATE candidate SET created_by = 'Zoë Former' WHERE rowid IN "
            "(SELECT rowid FROM candidate ORDER BY id LIMIT 3)",
            "UPDATE candidate SET updated_by = 'ZOË FORMER ' WHERE rowid IN "
            "(SELECT rowid FROM candidate ORDER BY id DESC LIMIT 1)",
            "UPDATE role SET updated_by = '  lena HOFFMANN ' WHERE rowid = "
            "(SELECT min(rowid) FROM role)",
            "UPDATE tag SET updated_by = '' WHERE rowid = (SELECT min(rowid) FROM tag)")
        Database.open(path, Identity(str(uuid.uuid4()), f"Opener of {name}")).close()
        copies.append(path)
    meta = dict(sqlite3.connect(copies[0]).execute("SELECT key, value FROM meta"))
    file_uuid, created = meta["file_uuid"], meta["created_at"]
    zoe = str(uuid.uuid5(uuid.NAMESPACE_URL, f"hirefile:person:{file_uuid}:zoë former"))
    assert derived_person_id(file_uuid, " Zoë Former") == zoe
    zoe = compact(zoe)  # as format 6 holds it

    def people_and_stamps(path: Path) -> tuple[list[tuple], dict]:
        conn = sqlite3.connect(path)
        people = conn.execute("SELECT id, name, active, created_at, created_by, updated_by "
                              "FROM person WHERE name NOT LIKE 'Opener of %' ORDER BY id")
        rows = people.fetchall()
        conn.close()
        stamps = {k: v for k, v in raw_stamps(path).items() if k[0] != "person"}
        return rows, stamps

    mine, theirs = (people_and_stamps(p) for p in copies)
    assert mine == theirs  # migrated apart, the same rows
    people, stamps = mine
    assert [p for p in people if p[0] == zoe] == [
        (zoe, "Zoë Former", 0, created.replace("T", " ").removesuffix("+00:00"), zoe, zoe)]
    assert Counter(made for made, _ in stamps.values())[zoe] == 3
    assert Counter(changed for _, changed in stamps.values())[zoe] == 1
    with Database.open(copies[0], LENA, write=False) as db, db.reader() as s:
        # "  lena HOFFMANN " is Lena's row: trimmed, case aside
        lena = s.scalars(select(Person.id).where(Person.name == "Lena Hoffmann")).one()
        assert {r.updated_by for r in s.scalars(select(Role))} == {lena}
    assert "" in {changed for _, changed in stamps.values()}  # an empty stamp stays empty
    assert check_file(copies[0]).ok


def test_check_names_a_stamp_no_person_carries(tmp_path: Path, identity: Identity) -> None:
    path = tmp_path / "Hiring.hirefile"
    db = Database.create(path, identity)
    with db.session() as s:
        create_candidate(s, CandidateDraft(full_name="Bo Chen"))
    db.close()
    assert check_file(path).ok
    sql(path, "UPDATE candidate SET updated_by = 'Bo''s friend'")
    report = check_file(path)
    assert report.problems == ["rows stamped by someone the file has no person row for: "
                               "candidate (1)"]


def test_every_write_stamps_the_key_and_history_keeps_the_name(tmp_path: Path,
                                                               identity: Identity) -> None:
    path = tmp_path / "Hiring.hirefile"
    cv = tmp_path / "cv.txt"
    cv.write_text("CV")
    with Database.create(path, identity) as db:
        with db.session() as s:
            c = create_candidate(s, CandidateDraft(full_name="Bo Chen"))
            s.flush()
            attach_file(s, c.id, cv)
        with db.reader() as s:
            row = s.get(Candidate, c.id)
            assert (row.created_by, row.updated_by) == (identity.person_id,) * 2
            assert name_of(names(s), row.created_by) == "Amara Okafor"
            assert [a.added_by for a in attachments(s, c.id)] == ["Amara Okafor"]
            assert {a.actor for a in s.scalars(select(Activity))} == {"Amara Okafor"}


def test_a_person_whose_first_write_rolled_back_still_gets_a_row(tmp_path: Path,
                                                                 identity: Identity) -> None:
    path = tmp_path / "Hiring.hirefile"
    Database.create(path, Identity(str(uuid.uuid4()), "Creator")).close()
    with Database.open(path, identity) as db:
        with pytest.raises(ValidationError), db.session() as s:
            create_candidate(s, CandidateDraft(full_name="Bo Chen"))
            s.flush()  # the person's row is added here …
            raise ValidationError("… and rolled back with the rest")
        with db.session() as s:
            create_candidate(s, CandidateDraft(full_name="Ana Lima"))
        with db.reader() as s:
            assert names(s)[identity.person_id] == "Amara Okafor"
    assert check_file(path).ok


def test_two_person_approval_compares_people_not_names(tmp_path: Path) -> None:
    from hirefile.domain.offers import OfferTerms
    from hirefile.domain.vocab import PayPeriod
    from hirefile.services.pipeline import add_application
    from hirefile.services.roles import add_role

    path = tmp_path / "Offers.hirefile"
    ana = Identity(str(uuid.uuid4()), "Ana Lima")
    other_ana = Identity(str(uuid.uuid4()), "Ana Lima")  # a namesake, another person
    with Database.create(path, ana) as db, db.session() as s:
        role = add_role(s, "ML Engineer")
        c = create_candidate(s, CandidateDraft(full_name="Bo Chen"))
        s.flush()
        app = add_application(s, c.id, role.id)
        s.flush()
        oid = offers.create_offer(s, app.id, OfferTerms(
            base_salary=9_000_000, currency="EUR", period=PayPeriod.YEAR)).id
    with Database.open(path, ana) as db, pytest.raises(ValidationError, match="another"), \
            db.session() as s:
        offers.approve(s, oid, require_other_approver=True)
    with Database.open(path, other_ana) as db, db.session() as s:
        offers.approve(s, oid, require_other_approver=True)
        done = offers.get_offer(s, oid)
    assert (done.approved_by, done.created_by) == ("Ana Lima", "Ana Lima")


def test_demo_data_is_stamped_by_its_people(demo_db: Database) -> None:
    with demo_db.reader() as s:
        known = names(s)
        makers = {known.get(r.created_by) for r in s.scalars(select(Role))}
        assert makers == {"Lena Hoffmann", "Daniel Okoye"}  # the demo's founders
        stamps = raw_stamps(demo_db.path)
    assert {made for made, _ in stamps.values()} <= set(known)
    assert {changed for _, changed in stamps.values()} <= set(known) | {""}
    assert check_file(demo_db.path).ok


def test_a_refused_undo_names_who_changed_the_row(tmp_path: Path, identity: Identity) -> None:
    from hirefile.services.candidates import candidate_draft, update_candidate
    from hirefile.services.undoing import recording

    kenji = Identity(str(uuid.uuid4()), "Kenji Watanabe")
    with Database.create(tmp_path / "Hiring.hirefile", identity) as db:
        with db.session() as s:
            cid = create_candidate(s, CandidateDraft(full_name="Bo Chen")).id
        with db.session() as s, recording(s) as written:
            update_candidate(s, cid, CandidateDraft(full_name="Bo Chen", location="Leeds"))
        db.set_identity(kenji)  # a cofounder, on this laptop
        with db.session() as s:
            update_candidate(s, cid, CandidateDraft(full_name="Bo Chen", location="York"))
        with pytest.raises(ValidationError) as refused, db.session() as s:
            written.undo(s, "Edit Bo Chen")
        assert refused.value.message == ("Edit Bo Chen cannot be taken back: it was changed "
                                         "since by Kenji Watanabe")
        with db.reader() as s:
            assert candidate_draft(s, cid).location == "York"
