"""Kept correspondence: an `.eml` kept with the person it was exchanged with, once, on their
timeline, in their data export, gone (every byte) when they are erased, merged between copies
as one message, and kept from the command line."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft, Link
from hirefile.domain.limits import LONG
from hirefile.domain.mail_reading import UnreadableMail
from hirefile.domain.vocab import Direction, LinkKind
from hirefile.errors import ValidationError
from hirefile.services import candidates, correspondence, dedupe, listing
from hirefile.services.erasure import erase_candidate
from hirefile.services.merging import merge_file
from hirefile.services.person_export import export_person
from hirefile.services.timeline import timeline
from hirefile.settings import Identity
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Correspondence

MAIL = Path(__file__).parent / "data" / "mail"
#: Zoë writes to Lena (received when Zoë is the candidate).
ZOE_EML = MAIL / "multipart_alternative.eml"
ZOE = "zoe.odegaard@example.com"
ZOE_SUBJECT = "Re: Technical discussion – ML engineer at Fernwood"
ZOE_TEXT = "drift-detection project we talked about"
ZOE_ID = "CAJ7vP1kq0X3aLw@mail.example.com"


def _add(db: Database, name: str, email: str | None, *, linked: str | None = None) -> str:
    links: list[Link] = [(LinkKind.EMAIL, linked, "")] if linked else []
    with db.session() as s:
        return candidates.create_candidate(
            s, CandidateDraft(full_name=name, email=email, links=links)).id


def _keep(db: Database, cid: str, path: Path = ZOE_EML) -> correspondence.KeptMail:
    with db.session() as s:
        kept = correspondence.keep_eml(s, cid, path.read_bytes(), path.name)
        s.flush()
        s.expunge(kept.row)
    return kept


def test_a_message_is_kept_with_who_when_what_and_its_bytes(new_db: Database) -> None:
    cid = _add(new_db, "Zoë Ødegaard", ZOE)
    kept = _keep(new_db, cid)
    assert kept.new and kept.line("Zoë Ødegaard") == (
        f"kept the e-mail “{ZOE_SUBJECT}” (2026-06-08) from Zoë Ødegaard")
    with new_db.reader() as s:
        row = s.scalars(sa.select(Correspondence)).one()
        assert row.direction is Direction.RECEIVED
        assert row.sender == f"Zoë Ødegaard <{ZOE}>" and row.sender_address == ZOE
        assert row.recipients == "Lena Hoffmann <lena@fernwood.ai>\n" \
                                 "Hoffmann, Jonas <jonas@fernwood.ai>"
        assert row.subject == ZOE_SUBJECT and ZOE_TEXT in row.body
        assert row.message_id == f"<{ZOE_ID}>"
        assert row.sent_at.isoformat() == "2026-06-08T08:47:02+00:00"
        assert row.raw == ZOE_EML.read_bytes()  # nothing of the message is lost
    assert check_file(new_db.path).ok


def test_the_same_message_kept_twice_is_one_row(new_db: Database) -> None:
    cid = _add(new_db, "Zoë Ødegaard", ZOE)
    _keep(new_db, cid)
    again = _keep(new_db, cid)
    assert not again.new and again.line("Zoë").startswith("already kept: ")
    with new_db.reader() as s:
        assert len(correspondence.correspondence(s, cid)) == 1


def test_sent_when_the_sender_is_not_the_candidate(new_db: Database) -> None:
    # Lena's reply to Zoë, kept with Zoë: sent; the same message kept with Lena's
    # colleague Jonas, a recipient: sent too (the sender is not Jonas)
    reply = ZOE_EML.read_bytes().replace(b"From: =?UTF-8?Q?Zo=C3=AB_=C3=98degaard?= "
                                         b"<zoe.odegaard@example.com>",
                                         b"From: Lena Hoffmann <lena@fernwood.ai>")
    reply = reply.replace(b"To: Lena Hoffmann <lena@fernwood.ai>", f"To: <{ZOE}>".encode())
    cid = _add(new_db, "Zoë Ødegaard", None, linked=ZOE)  # only a linked e-mail
    with new_db.session() as s:
        kept = correspondence.keep_eml(s, cid, reply, "reply.eml")
        assert kept.row.direction is Direction.SENT
        assert correspondence.match_sender(s, reply).id == cid  # a recipient
        assert kept.line("Zoë Ødegaard").endswith(" to Zoë Ødegaard")


def test_match_sender_finds_the_person_by_address_or_no_one(new_db: Database) -> None:
    data = ZOE_EML.read_bytes()
    with new_db.reader() as s:
        assert correspondence.match_sender(s, data) is None
        party = correspondence.other_party(s, data)
        assert party is not None and (party.name, party.address) == ("Zoë Ødegaard", ZOE)
    cid = _add(new_db, "Zoë Ødegaard", ZOE.upper())
    with new_db.reader() as s:
        found = correspondence.match_sender(s, data)
        assert found is not None and found.id == cid


def test_unreadable_mail_and_erased_people_are_refused_in_one_line(new_db: Database) -> None:
    cid = _add(new_db, "Zoë Ødegaard", ZOE)
    with new_db.session() as s, pytest.raises(UnreadableMail) as bad:
        correspondence.keep_eml(s, cid, b"%PDF-1.7 not mail", "cv.eml")
    assert bad.value.message.startswith("cv.eml is a PDF") and "\n" not in bad.value.message
    erase_candidate(new_db, cid)
    with new_db.session() as s, pytest.raises(ValidationError) as erased:
        correspondence.keep_eml(s, cid, ZOE_EML.read_bytes(), ZOE_EML.name)
    assert "no e-mail can be kept with them" in erased.value.message


def test_a_long_text_is_cut_and_says_so(new_db: Database) -> None:
    cid = _add(new_db, "Zoë Ødegaard", ZOE)
    long = (b"From: Zo <zoe.odegaard@example.com>\nTo: lena@fernwood.ai\nSubject: Essay\n"
            b"Date: Mon, 8 Jun 2026 10:47:02 +0200\n\n" + b"word " * 6000)
    with new_db.session() as s:
        kept = correspondence.keep_eml(s, cid, long, "essay.eml")
        assert kept.cut and len(kept.row.body) <= LONG
        assert kept.row.body.endswith("export it to read the rest.]")
        assert "its text was cut at 20,000 characters" in kept.line("Zoë")
        assert kept.row.raw == long


def test_the_timeline_shows_each_message_at_its_date(new_db: Database) -> None:
    cid = _add(new_db, "Zoë Ødegaard", ZOE)
    _keep(new_db, cid)
    with new_db.reader() as s:
        events = timeline(s, cid)
    mail = [e for e in events if e.kind == "mail"]
    assert [e.text for e in mail] == [f"E-mail from Zoë Ødegaard: {ZOE_SUBJECT}"]
    assert mail[0].at.date().isoformat() == "2026-06-08" and mail[0].ref is not None
    assert mail[0].who == "Zoë Ødegaard"  # who wrote it
    assert events[-1] is mail[0]  # sent in June, before the person was added today
    with new_db.session() as s:
        correspondence.remove(s, mail[0].ref)
    with new_db.reader() as s:
        assert not [e for e in timeline(s, cid) if e.kind == "mail"]
        assert correspondence.correspondence(s, cid) == []


def test_erasure_leaves_no_byte_of_their_mail(new_db: Database) -> None:
    cid = _add(new_db, "Zoë Ødegaard", ZOE)
    _keep(new_db, cid)
    for path in sorted(MAIL.glob("*.eml")):  # every sample, each with them
        _keep(new_db, cid, path)
    strings = (ZOE_TEXT, ZOE, ZOE_ID, "Technical_discussion", "Fran=E7ois_Lef=E8vre",
               "juergen.gross@example.de", "Tuesday")

    def found() -> dict[str, int]:
        data = new_db.path.read_bytes()
        wal = new_db.path.with_name(new_db.path.name + "-wal")
        data += wal.read_bytes() if wal.exists() else b""
        return {t: data.count(t.encode()) for t in strings}

    def searched(word: str) -> tuple[list[str], int]:
        """Who the search finds, and the e-mail index's entries holding the word."""
        with new_db.reader() as s:
            return listing.candidate_ids(s, text=word), s.scalar(sa.text(
                "SELECT count(*) FROM mail_fts WHERE mail_fts MATCH :w"), {"w": word})

    assert all(found().values()), found()
    assert searched("tuesday") == ([cid], 1)  # a word of their e-mail finds them, before
    report = erase_candidate(new_db, cid)
    assert report.removed["e-mails"] == len(list(MAIL.glob("*.eml")))
    assert found() == dict.fromkeys(strings, 0)
    assert searched("tuesday") == ([], 0) and searched("araujo") == ([], 0)
    with new_db.reader() as s:
        for row in s.scalars(sa.select(Correspondence)):
            assert row.deleted_at is not None and row.raw == b"" and row.body == ""
            assert (row.subject, row.sender, row.recipients, row.message_id) == \
                ("", "", "", None)
    assert check_file(new_db.path).ok


def test_the_person_export_holds_their_mail(new_db: Database, tmp_path: Path) -> None:
    cid = _add(new_db, "Zoë Ødegaard", ZOE)
    _keep(new_db, cid)
    done = export_person(new_db, cid, tmp_path / "zoe.zip")
    with zipfile.ZipFile(done.path) as z:
        data = json.loads(z.read("data.json"))
        [mail] = data["records"]["correspondence"]
        assert (mail["subject"], mail["direction"]) == (ZOE_SUBJECT, "received")
        assert "raw" not in mail and ZOE_TEXT in mail["body"]
        assert z.read(mail["zip_path"]) == ZOE_EML.read_bytes()
        assert mail["zip_path"].startswith("e-mails/01 2026-06-08 Re Technical")
        z.extract("summary.pdf", tmp_path)
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(tmp_path / "summary.pdf").pages)
    assert "E-mails kept" in text and ZOE_SUBJECT in text and "Received" in text


def test_two_copies_that_kept_one_message_merge_into_one_row(new_db: Database,
                                                             tmp_path: Path) -> None:
    cid = _add(new_db, "Zoë Ødegaard", ZOE)
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    new_db.save_copy(theirs)
    other = Database.open(theirs, Identity("f5b5d8f4-0000-4000-8000-000000000002", "Daniel"))
    with other.session() as s:
        correspondence.keep_eml(s, cid, ZOE_EML.read_bytes(), ZOE_EML.name)
    other.close()
    _keep(new_db, cid)
    merge_file(new_db, theirs)
    with new_db.reader() as s:
        assert len(correspondence.correspondence(s, cid)) == 1
    assert check_file(new_db.path).ok


def test_merging_two_records_keeps_each_message_once(new_db: Database) -> None:
    a = _add(new_db, "Zoë Ødegaard", ZOE)
    b = _add(new_db, "Zoe Odegaard", None, linked="zoe@elsewhere.example")
    _keep(new_db, a)
    _keep(new_db, b)
    _keep(new_db, b, MAIL / "html_only.eml")
    with new_db.session() as s:
        dedupe.merge(s, a, b)
    with new_db.reader() as s:
        kept = correspondence.correspondence(s, a)
    assert sorted(m.subject for m in kept).count(ZOE_SUBJECT) == 1 and len(kept) == 2


def test_cli_keep_mail(new_db: Database, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    cid = _add(new_db, "Zoë Ødegaard", ZOE)
    path = new_db.path
    new_db.close()
    other = tmp_path / "Søren.eml"
    shutil.copy(MAIL / "latin1_declared.eml", other)
    # no one has Søren's address: nothing is kept, one line says what to do
    assert main(["keep-mail", str(path), str(ZOE_EML), str(other)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith("no candidate has soren@example.dk (Søren.eml); give --candidate or "
                        "add them") and "\n" not in err
    assert main(["keep-mail", str(path), str(ZOE_EML)]) == 0
    assert capsys.readouterr().out == \
        f"kept the e-mail “{ZOE_SUBJECT}” (2026-06-08) from Zoë Ødegaard\n"
    assert main(["keep-mail", str(path), str(other), str(ZOE_EML), "--candidate", ZOE]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("kept the e-mail “") and out[0].endswith(" to Zoë Ødegaard")
    assert out[1].startswith("already kept: ")
    assert main(["keep-mail", str(path), str(tmp_path / "missing.eml")]) == 1
    assert "missing.eml does not exist" in capsys.readouterr().err
    with Database.open(path, Identity("f5b5d8f4-0000-4000-8000-000000000003", "Lena")) as db, \
            db.reader() as s:
        assert len(correspondence.correspondence(s, cid)) == 2
