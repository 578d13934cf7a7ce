"""A person's data, exported (an access request): the ZIP's summary, data and files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.vocab import ScorecardStatus
from hirefile.services import attachments, candidates, dedupe
from hirefile.services.person_export import attachment_names, export_person, safe_name
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Note, Offer, Scorecard

#: A name that is markup, quotes, and right-to-left script at once.
HOSTILE = "<b>&\"' سارا"
CV = "Curriculum vitae\nMarta Nowak\nłódź · 日本語\n".encode() + bytes(range(256))


def _person_with_everything(db: Database, tmp_path: Path) -> str:
    """A demo candidate with an offer (and so interviews and submitted scorecards), given a
    note, an attachment and a duplicate record merged into them."""
    with db.session() as s:
        cid = s.scalar(
            select(Application.candidate_id)
            .join(Offer, Offer.application_id == Application.id)
            .join(Scorecard, Scorecard.application_id == Application.id)
            .where(Offer.deleted_at.is_(None),
                   Scorecard.status == ScorecardStatus.SUBMITTED)
            .order_by(Application.candidate_id).limit(1))
        assert cid is not None
        candidates.add_note(s, cid, "Asked to be contacted by e-mail only")
        cv = tmp_path / "CV of the person.pdf"
        cv.write_bytes(CV)
        attachments.attach_file(s, cid, cv)
        dup = candidates.create_candidate(s, CandidateDraft(full_name="Duplicate Record",
                                                            email="old.address@example.org"))
        dup_id = dup.id
    with db.session() as s:
        dedupe.merge(s, cid, dup_id)
    with db.session() as s:  # as a cofounder's older copy brings it: on the merged record
        s.add(Note(candidate_id=dup_id, body="Written on the old record"))
    return cid


def _zip(path: Path) -> tuple[dict[str, Any], zipfile.ZipFile]:
    z = zipfile.ZipFile(path)
    return json.loads(z.read("data.json")), z


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    (tmp_path / "summary.pdf").write_bytes(data)
    return "".join(p.extract_text() for p in PdfReader(tmp_path / "summary.pdf").pages)


def test_the_zip_holds_every_kind_of_record_the_files_and_a_summary(
        demo_db: Database, tmp_path: Path) -> None:
    cid = _person_with_everything(demo_db, tmp_path)
    done = export_person(demo_db, cid, tmp_path / "out.zip")
    data, z = _zip(tmp_path / "out.zip")
    records = data["records"]
    for kind in ("candidate", "application", "stage_change", "interview", "scorecard",
                 "scorecard_rating", "offer", "offer_event", "note", "attachment"):
        assert records[kind], kind
    assert data["candidate_id"] == cid
    # the record merged into this one is the same person, and comes along
    merged = [c for c in records["candidate"] if c["id"] != cid]
    assert [c["email"] for c in merged] == ["old.address@example.org"]
    assert merged[0]["merged_into"] == cid and data["merged_records"] == [merged[0]["id"]]
    notes = {n["body"]: n["candidate_id"] for n in records["note"]}
    assert notes["Asked to be contacted by e-mail only"] == cid
    assert notes["Written on the old record"] == merged[0]["id"]
    # no merge clocks; dates in ISO 8601
    for rows in records.values():
        for row in rows:
            assert "row_clock" not in row and "field_clocks" not in row and "data" not in row
    assert records["application"][0]["applied_at"][:4].isdigit()
    assert "T" in records["application"][0]["applied_at"]
    # the attachment's bytes, whole
    att = next(a for a in records["attachment"] if a["filename"] == "CV of the person.pdf")
    assert att["zip_path"].startswith("attachments/")
    assert z.read(att["zip_path"]) == CV
    assert done.attachments == len(records["attachment"])
    # the summary names the person and their feedback, and says feedback is included
    text = _pdf_text(z.read("summary.pdf"), tmp_path)
    name = records["candidate"][0]["full_name"] if records["candidate"][0]["id"] == cid \
        else merged[0]["full_name"]
    assert done.name in text and name == done.name
    assert "Scorecards about them" in text and "includes the feedback" in text
    assert "Written on the old record" in text
    assert "Asked to be contacted by e-mail only" in text and "CV of the person.pdf" in text
    assert {"summary.pdf", "data.json", att["zip_path"]} <= set(z.namelist())


def test_a_hostile_name_prints_literally(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        cid = candidates.create_candidate(s, CandidateDraft(
            full_name=HOSTILE, email="x@example.org", location="<img src='/etc/passwd'/>")).id
        candidates.add_note(s, cid, "</para><b>not bold & not markup")
    export_person(demo_db, cid, tmp_path / "out.zip")
    data, z = _zip(tmp_path / "out.zip")
    assert data["records"]["candidate"][0]["full_name"] == HOSTILE
    text = _pdf_text(z.read("summary.pdf"), tmp_path)
    assert "<b>&\"'" in text
    assert "<img src='/etc/passwd'/>" in text and "</para><b>not bold & not markup" in text
    # the Arabic word is there (in visual order, as the PDF draws it)
    assert any("\u0600" <= ch <= "\u06ff" or "\ufe70" <= ch <= "\ufeff" for ch in text)


def test_attachment_names_stay_inside_their_folder() -> None:
    names = attachment_names([("a", "../../etc/passwd", False), ("b", "..\\..\\boot.ini", False),
                              ("c", "CV.pdf", False), ("d", "CV.pdf", True),
                              ("e", "...", False), ("f", "a\x00b:c?.txt", False)])
    assert names == {"a": "attachments/01 passwd", "b": "attachments/02 boot.ini",
                     "c": "attachments/03 CV.pdf", "d": "attachments/removed/04 CV.pdf",
                     "e": "attachments/05 file", "f": "attachments/06 a b c .txt"}
    assert safe_name("/") == "file"


def test_the_command_line(demo_db: Database, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    cid = _person_with_everything(demo_db, tmp_path)
    with demo_db.session() as s:
        for email in ("sam.one@example.org", "sam.two@example.org"):
            candidates.create_candidate(s, CandidateDraft(full_name="Sam Twice", email=email))
    path = demo_db.path
    demo_db.close()
    out = tmp_path / "person.zip"
    assert main(["export-person", str(path), "--candidate", "Sam Twice", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "names 2 candidates" in err and "e-mail or the id" in err
    assert main(["export-person", str(path), "--candidate", "nobody@nowhere.example",
                 "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No candidate “nobody@nowhere.example”" in err
    assert not out.exists()
    assert main(["export-person", str(path), "--candidate", cid, "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("exported the personal data of ") and str(out) in said
    first = out.read_bytes()
    assert json.loads(zipfile.ZipFile(out).read("data.json"))["candidate_id"] == cid
    # an existing file is kept unless --force
    assert main(["export-person", str(path), "--candidate", cid, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "exists" in err and "--force" in err and err.count("\n") == 1
    assert out.read_bytes() == first
    assert main(["export-person", str(path), "--candidate", cid, "-o", str(out),
                 "--force"]) == 0
    # never over the hiring file itself
    assert main(["export-person", str(path), "--candidate", cid, "-o", str(path),
                 "--force"]) == 1
    assert "Not written" in capsys.readouterr().err


def test_the_record_menu_exports_personal_data(open_window: Any, demo_db: Database,
                                               monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    from hirefile.ui import exports

    cid = _person_with_everything(demo_db, tmp_path)
    window = open_window(demo_db)
    window.open_candidate(cid)
    record = window.candidates_page.record
    assert record.more.isVisible()
    action = record.more.export_action
    assert action.text() == "Export Personal Data…"
    target = tmp_path / "chosen.zip"
    asked: list[str] = []

    def ask(_parent: object, title: str, suggested: Path, filters: Any) -> Path:
        asked.append(title)
        assert suggested.name.startswith("Personal data - ") and suggested.suffix == ".zip"
        return target

    monkeypatch.setattr(exports, "ask_save_path", ask)
    monkeypatch.setattr(exports, "open_file", lambda *_a: None)
    action.trigger()
    assert asked == ["Export Personal Data"]
    data, _ = _zip(target)
    assert data["candidate_id"] == cid
    notes = [n.label.text() for n in window.statusBar().findChildren(exports.SavedNote)]
    assert len(notes) == 1 and "Saved the personal data to" in notes[0]
    assert "chosen.zip" in notes[0]
    # a new, unsaved record has no More menu
    record.start_new()
    assert not record.more.isVisible()
