"""Erasure of a person: nothing of them stays in the file's bytes, merges never bring them
back, and a later CSV import does not re-create them without a clear note."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pg_server import PgServer

from hirefile.cli import main
from hirefile.services import listing
from hirefile.services.attachments import attach_file
from hirefile.services.candidates import add_note
from hirefile.services.csv_import import Found, check_rows, import_rows, plan_rows, read_csv
from hirefile.services.demo import load_demo
from hirefile.services.erasure import ERASED_NAME, erase_candidate, erased_index
from hirefile.services.files import create_file
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import (
    Application,
    Attachment,
    Candidate,
    Note,
    Offer,
    Scorecard,
    ScorecardRating,
)

EVIDENCE = "Explained the sharding trade-offs of the Kestrelmoor ledger clearly"
CV_TEXT = "Zephyrine built the quokka-telemetry pipeline at Brightwater Labs 2019-2023"
NOTE_TEXT = "Prefers calls after nine; sister works at Northwind"


@dataclass
class Person:
    id: str
    name: str
    email: str
    phone: str
    evidence: str


def _pick(db: Database, tmp_path: Path) -> Person:
    """A demo candidate with an e-mail, a phone, an offer and a scorecard with comments; a CV
    and a note are added."""
    with db.session() as s:
        row = s.execute(
            sa.select(Candidate.id, Candidate.full_name, Candidate.email, Candidate.phone,
                      ScorecardRating.id.label("rating_id"))
            .join(Application, Application.candidate_id == Candidate.id)
            .join(Offer, Offer.application_id == Application.id)
            .join(Scorecard, Scorecard.application_id == Application.id)
            .join(ScorecardRating, ScorecardRating.scorecard_id == Scorecard.id)
            .where(Candidate.email.is_not(None), Candidate.phone.is_not(None),
                   Candidate.deleted_at.is_(None), sa.func.length(ScorecardRating.evidence) > 20,
                   sa.func.length(Scorecard.takeaways) > 0)
            .order_by(Candidate.id)).first()
        assert row is not None, "the demo has a candidate with an offer and a scorecard"
        cv = tmp_path / "cv.txt"
        cv.write_text(CV_TEXT, encoding="utf-8")
        attach_file(s, row.id, cv)
        # an interviewer's comment only this person has (the demo's evidence is shared)
        rating = s.get(ScorecardRating, row.rating_id)
        assert rating is not None
        rating.evidence = EVIDENCE
        add_note(s, row.id, NOTE_TEXT)
    return Person(row.id, row.full_name, row.email, row.phone, EVIDENCE)


def _found(path: Path, person: Person) -> dict[str, int]:
    """Occurrences of each of the person's strings in the file's bytes (and its -wal), in
    UTF-8 and UTF-16 (both byte orders)."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return _count(data, person)


def _count(data: bytes, person: Person) -> dict[str, int]:
    out = {}
    for label, text in (("name", person.name), ("email", person.email),
                        ("phone", person.phone), ("cv", CV_TEXT), ("note", NOTE_TEXT),
                        ("evidence", person.evidence)):
        out[label] = sum(data.count(text.encode(enc))
                         for enc in ("utf-8", "utf-16-le", "utf-16-be"))
    return out


def test_erasure_leaves_no_bytes(demo_db: Database, tmp_path: Path) -> None:
    person = _pick(demo_db, tmp_path)
    before = _found(demo_db.path, person)
    assert all(before[k] for k in ("name", "email", "cv", "note", "evidence")), before
    report = erase_candidate(demo_db, person.id)
    after = _found(demo_db.path, person)
    print("bytes of the person before:", before, "after:", after)
    assert after == dict.fromkeys(after, 0)
    assert report.candidate_ids == [person.id]
    assert report.removed["attachments"] == 1 and report.removed["notes"] >= 1
    assert report.backup is not None and report.backup.exists()
    assert report.line().startswith(f"Erased {person.name}: ")
    assert check_file(demo_db.path).ok
    with demo_db.reader() as s:
        c = s.get(Candidate, person.id)
        assert c is not None and c.full_name == ERASED_NAME and c.anonymised_at is not None
        assert c.email is None and c.phone is None and c.phone_key is None
        assert len(erased_index(s)) >= 2  # e-mail and phone, as keyed hashes
        assert all(a.deleted_at is not None and a.size == 0 for a in s.scalars(
            sa.select(Attachment).where(Attachment.candidate_id == person.id)))
        assert all(n.body == "" for n in s.scalars(
            sa.select(Note).where(Note.candidate_id == person.id)))
        # anonymous counts stay: the applications and the ratings
        assert s.scalar(sa.select(sa.func.count()).select_from(Application)
                        .where(Application.candidate_id == person.id)) >= 1


def test_merge_of_an_older_copy_keeps_them_erased(demo_db: Database, tmp_path: Path,
                                                  identity: Identity) -> None:
    person = _pick(demo_db, tmp_path)
    older = tmp_path / "older.hirefile"
    demo_db.save_copy(older)
    # the cofounder's copy, made before the erasure, adds a note about them later
    other = Database.open(older, Identity("f5b5d8f4-0000-4000-8000-000000000002", "Lena"))
    with other.session() as s:
        add_note(s, person.id, "Cofounder note: " + NOTE_TEXT[::-1])
    other.close()
    erase_candidate(demo_db, person.id)
    result = merge_file(demo_db, older)
    assert "erased" in result.summary()
    found = _found(demo_db.path, person)
    found["cofounder note"] = demo_db.path.read_bytes().count(NOTE_TEXT[::-1].encode())
    print("bytes of the person after merging an older copy:", found)
    assert found == dict.fromkeys(found, 0)
    assert check_file(demo_db.path).ok
    with demo_db.reader() as s:
        c = s.get(Candidate, person.id)
        assert c is not None and c.full_name == ERASED_NAME and c.email is None
        assert not s.scalars(sa.select(Note.body).where(
            Note.candidate_id == person.id, Note.body != "")).all()


def _someone_else(db: Database, person: Person) -> str:
    """Another live candidate, one with a scorecard rating."""
    with db.reader() as s:
        other = s.scalar(sa.select(Candidate.id).join(Application).join(Scorecard)
                         .join(ScorecardRating)
                         .where(Candidate.id != person.id, Candidate.deleted_at.is_(None))
                         .order_by(Candidate.id).limit(1))
    assert other is not None
    return other


def test_their_name_and_contacts_leave_other_records_too(demo_db: Database,
                                                         tmp_path: Path) -> None:
    """A referral note on someone else's record, a debrief comparing two people."""
    person = _pick(demo_db, tmp_path)
    other = _someone_else(demo_db, person)
    first = person.name.split()[0]
    with demo_db.session() as s:
        add_note(s, other, f"Referred by {person.name} ({person.email}); call {person.phone}")
        s.get(Candidate, other).referrer_name = person.name
        rating = s.scalars(sa.select(ScorecardRating).join(Scorecard).join(Application)
                           .where(Application.candidate_id == other)).first()
        assert rating is not None
        rating.evidence = f"Stronger on systems than {person.name}; {first} asked the same"
    report = erase_candidate(demo_db, person.id)
    assert report.removed["mentions in other records"] == 3
    assert _found(demo_db.path, person) == dict.fromkeys(_found(demo_db.path, person), 0)
    with demo_db.reader() as s:
        assert s.get(Candidate, other).referrer_name == ERASED_NAME
        note = s.scalars(sa.select(Note.body).where(Note.candidate_id == other)
                         .order_by(Note.created_at.desc())).first()
        assert note == f"Referred by {ERASED_NAME} ({ERASED_NAME}); call {ERASED_NAME}"
        # a given name alone is not theirs to take from someone else's text
        assert f"; {first} asked the same" in s.get(ScorecardRating, rating.id).evidence


def test_an_older_copy_naming_them_elsewhere_is_swept_after_the_merge(
        demo_db: Database, tmp_path: Path) -> None:
    person = _pick(demo_db, tmp_path)
    other = _someone_else(demo_db, person)
    older = tmp_path / "older.hirefile"
    demo_db.save_copy(older)
    erase_candidate(demo_db, person.id)
    cofounder = Database.open(older, Identity("f5b5d8f4-0000-4000-8000-000000000003", "Lena"))
    with cofounder.session() as s:
        add_note(s, other, f"Knows {person.name} from Brightwater; ask about the overlap")
    cofounder.close()
    result = merge_file(demo_db, older)
    assert result.erased_again["mentions in other records"] == 1
    assert person.name.encode() not in demo_db.path.read_bytes()
    with demo_db.reader() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Note).where(
            Note.body == f"Knows {ERASED_NAME} from Brightwater; ask about the overlap")) == 1


def _csv_of(tmp_path: Path, person: Person) -> Path:
    first, _, last = person.name.partition(" ")
    path = tmp_path / "again.csv"
    path.write_text("first_name,last_name,email,phone\n"
                    f"{first},{last},{person.email.upper()},{person.phone}\n"
                    "Nobody,Else,nobody.else@example.org,\n", encoding="utf-8")
    return path


def test_import_of_an_erased_person_is_flagged_and_skipped(demo_db: Database,
                                                           tmp_path: Path) -> None:
    person = _pick(demo_db, tmp_path)
    erase_candidate(demo_db, person.id)
    plans = plan_rows(read_csv(_csv_of(tmp_path, person)))
    with demo_db.session() as s:
        checks = check_rows(s, plans)
        assert [c.found for c in checks] == [Found.ERASED, Found.NEW]
        report = import_rows(s, plans)
    assert [n for n, _ in report.imported] == [plans[1].line]
    (line, why), = report.skipped
    assert line == plans[0].line and "was erased on 20" in why
    with demo_db.session() as s:
        again = import_rows(s, plans[:1], include_erased=True)
    assert len(again.imported) == 1


def test_cli_erase_and_import(demo_db: Database, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    person = _pick(demo_db, tmp_path)
    path = demo_db.path
    demo_db.close()
    assert main(["erase", str(path), "--candidate", person.email, "--yes"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith(f"Erased {person.name}: ")
    assert "1 attachment, " in out[0] and "1 candidate record, " in out[0] and "bytes" in out[0]
    assert main(["erase", str(path), "--candidate", "nobody@example.invalid", "--yes"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    csv = _csv_of(tmp_path, person)
    assert main(["import-csv", str(path), str(csv)]) == 0
    out = capsys.readouterr().out
    assert "1 imported" in out and "was erased on" in out
    assert main(["import-csv", str(path), str(csv), "--include-erased"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 imported, 0 skipped, 1 duplicate") and "was erased" not in out
    assert main(["check", str(path)]) == 0


def test_cli_erase_asks_on_a_terminal(demo_db: Database, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    person = _pick(demo_db, tmp_path)
    path = demo_db.path
    demo_db.close()
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: print(prompt) or "n")
    assert main(["erase", str(path), "--candidate", person.email]) == 1
    captured = capsys.readouterr()
    assert f"Erase {person.name} for good? [y/N]" in captured.out
    assert "nothing was erased" in captured.err
    copy = tmp_path / "check.hirefile"
    shutil.copyfile(path, copy)
    assert copy.read_bytes().count(person.email.encode()) > 0


def test_records_merged_into_the_person_are_erased_too(new_db: Database) -> None:
    """Two records of one person merged as duplicates: erasing either erases both, and a
    second e-mail kept on the merged-away record is recognised by an import too."""
    from hirefile.domain.candidates import CandidateDraft
    from hirefile.services.candidates import create_candidate
    from hirefile.services.dedupe import merge

    with new_db.session() as s:
        a = create_candidate(s, CandidateDraft(full_name="Ingrid Solvang-Mwangi",
                                               email="ingrid.sm@example.org",
                                               location="Tromsø"))
        b = create_candidate(s, CandidateDraft(full_name="Ingrid Solvang Mwangi",
                                               email="isolvang@example.net",
                                               phone="+47 912 34 567"))
        add_note(s, b.id, "Met Ingrid Solvang Mwangi at the Tromsø meetup")
        s.flush()
        kept = merge(s, a.id, b.id)
    gone = kept.merged_id
    report = erase_candidate(new_db, gone)  # the merged-away record leads to the kept one
    assert sorted(report.candidate_ids) == sorted([a.id, b.id])
    data = new_db.path.read_bytes()
    for text in ("Solvang", "ingrid.sm@example.org", "isolvang@example.net", "912 34 567",
                 "Tromsø"):
        assert data.count(text.encode()) == 0, text
    with new_db.reader() as s:
        assert {c.full_name for c in s.scalars(sa.select(Candidate))} == {ERASED_NAME}
        index = erased_index(s)
    assert len(index) == 4  # two e-mails, a phone and the name, as keyed hashes
    assert check_file(new_db.path).ok


def test_the_record_menu_erases_after_asking_and_forgets_the_undo_steps(
        open_window: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Erase Personal Data… in the record's More menu: Cancel changes nothing; Erase takes the
    person out of every view and of the file's bytes, and no undo step can bring them back."""
    from test_no_stale_views import every_view_matches_the_file, listing_names

    from hirefile.ui import messages
    from hirefile.ui.commands import apply
    from hirefile.ui.commands.candidates import EditCandidate

    with demo_db.reader() as s:
        person = s.scalars(sa.select(Candidate).where(Candidate.deleted_at.is_(None),
                                                   Candidate.email.is_not(None))
                           .order_by(Candidate.id)).first()
        assert person is not None
        cid, name, email = person.id, person.full_name, person.email
    window = open_window(demo_db)
    window.open_candidate(cid)
    record = window.candidates_page.record
    draft = record.record_form.draft()
    apply(window.undo_stack, EditCandidate(demo_db, lambda: None, cid, draft,
                                           replace(draft, location="Tromsø")))
    assert window.undo_stack.canUndo()
    answers = [False, True]
    monkeypatch.setattr(messages, "confirm_erase", lambda _p, _n: answers.pop(0))
    assert record.more.erase_action.text() == "Erase Personal Data…"
    record.more.erase_action.trigger()  # Cancel
    with demo_db.reader() as s:
        assert s.get(Candidate, cid).full_name == name
    record.more.erase_action.trigger()  # Erase
    assert not window.undo_stack.canUndo()
    with demo_db.reader() as s:
        assert s.get(Candidate, cid).anonymised_at is not None
    every_view_matches_the_file(window)
    assert name not in listing_names(window)
    raw = demo_db.path.read_bytes()
    assert email.encode() not in raw and name.encode() not in raw


def test_an_erased_person_has_nothing_left_to_export(demo_db: Database,
                                                     tmp_path: Path) -> None:
    from hirefile.errors import ValidationError
    from hirefile.services.person_export import export_person

    person = _pick(demo_db, tmp_path)
    erase_candidate(demo_db, person.id)
    with pytest.raises(ValidationError, match=r"was erased on 20.*nothing of them is left"):
        export_person(demo_db, person.id, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


# on a PostgreSQL server ------------------------------------------------------------------------

def _server_bytes(db: Database, server: PgServer, person: Person) -> dict[str, int]:
    """`_found` over the server's own files of this database's tables, their long-text (TOAST)
    tables and every index, once a checkpoint has written its memory out to them."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("CHECKPOINT")
        files = list(conn.exec_driver_sql(
            "SELECT pg_relation_filepath(r.oid) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
            "JOIN pg_class r ON r.oid IN (c.oid, c.reltoastrelid) OR r.oid IN "
            "(SELECT indexrelid FROM pg_index WHERE indrelid IN (c.oid, c.reltoastrelid)) "
            "WHERE c.relkind = 'r'").scalars())
    return _count(b"".join(p.read_bytes() for f in set(files) if f
                           for p in sorted(server.data.glob(f + "*")) if p.is_file()), person)


def test_erasure_on_a_server_leaves_no_bytes_in_its_tables(
        pg_url: str, pg_server: PgServer, tmp_path: Path) -> None:
    db = create_file(pg_url, Identity(str(uuid.uuid4()), "Amara Okafor"))
    try:
        load_demo(db, candidates=60, seed=1)
        person = _pick(db, tmp_path)
        before = _server_bytes(db, pg_server, person)
        assert all(before[k] for k in ("name", "email", "cv", "note", "evidence")), before
        report = erase_candidate(db, person.id)
        after = _server_bytes(db, pg_server, person)
        print("bytes of the person before:", before, "after:", after)
        assert after == dict.fromkeys(after, 0)
        assert report.backup is None  # the server keeps its own backups
        assert report.line().startswith(f"Erased {person.name}: ")
        assert "the database went from" in report.line()
        with db.reader() as s:
            c = s.get(Candidate, person.id)
            assert c is not None and c.full_name == ERASED_NAME and c.anonymised_at is not None
            assert len(erased_index(s)) >= 2
            assert person.id not in listing.candidate_ids(s, text=person.email)
            # a CSV naming them again is flagged, as in a file
            checks = check_rows(s, plan_rows(read_csv(_csv_of(tmp_path, person))))
        assert [c.found for c in checks] == [Found.ERASED, Found.NEW]
    finally:
        db.close()
