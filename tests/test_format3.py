"""A file written by Hirefile in format 2 opens in format 3: backed up first, every row kept,
sound, with no retention rule until one is set; two copies migrated apart still merge."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from cv_files import pdf_cv
from test_format2 import columns, counts, new_file_columns

from hirefile.services import correspondence, listing, retention
from hirefile.services.attachments import attach_file
from hirefile.services.erasure import ERASED_NAME
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage import check, format3, migrations
from hirefile.storage.database import Database
from hirefile.storage.models import Attachment, Candidate

FORMAT2 = Path(__file__).parent / "data" / "format2-demo.hirefile.gz"
LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")


@pytest.fixture
def format2_file(tmp_path: Path) -> Path:
    """The demo file (40 candidates, one of them erased, one in the talent pool with a
    keep-until date) as Hirefile wrote it in format 2."""
    target = tmp_path / "Hiring.hirefile"
    with gzip.open(FORMAT2) as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def test_a_format2_file_is_backed_up_migrated_and_sound(format2_file: Path) -> None:
    before = counts(format2_file)
    assert before["candidate"] == 40
    with Database.open(format2_file, LENA) as db:
        assert db.opened_version == 2
        assert db.backup_path is not None and counts(db.backup_path) == before
        assert db.meta()["schema_version"] == str(migrations.SCHEMA_VERSION)
        with db.reader() as s:
            assert retention.rule(s) == retention.RetentionRule()  # no rule until one is set
            erased = s.scalars(sa.select(Candidate.full_name)
                               .where(Candidate.anonymised_at.is_not(None))).all()
            assert erased == [ERASED_NAME]  # the erasure made in format 2 stays
            assert [d.name for d in retention.due_for_erasure(s)] == []
        with db.session() as s:
            retention.set_rule(s, 6, True)
    after = counts(format2_file)
    grown = {"activity", "person", "replica"}  # the rule set; a new person, on a new machine
    assert {t: n for t, n in after.items() if t in before and t not in grown} == \
        {t: n for t, n in before.items() if t not in grown}
    assert after["activity"] == before["activity"] + 1  # the rule set, one entry
    assert check.check_file(format2_file).ok


def test_a_migrated_file_has_the_schema_of_a_new_one(format2_file: Path,
                                                     tmp_path: Path) -> None:
    Database.open(format2_file, LENA).close()
    assert columns(format2_file) == new_file_columns(tmp_path)
    assert {"retention_months", "retention_in_job_description"} <= \
        set(columns(format2_file)["company_profile"])
    assert {"direction", "sent_at", "subject", "body", "message_id", "raw"} <= \
        set(columns(format2_file)["correspondence"])
    assert {"template_key", "name", "subject", "body"} <= \
        set(columns(format2_file)["mail_template"])


def test_a_migrated_file_drafts_from_an_edited_template(format2_file: Path) -> None:
    from hirefile.services import mail_templates
    from hirefile.services.mail_templates import TemplateText

    with Database.open(format2_file, LENA) as db:
        with db.reader() as s:  # Hirefile's own templates until one is edited
            assert not any(t.changed or t.custom for t in mail_templates.effective(s))
        with db.session() as s:
            mail_templates.save(s, "acknowledgement", TemplateText(
                "Thanks", "Thanks, {candidate_first_name}", "We have it.\n"))
        with db.engine.begin() as conn:  # migrating again keeps the edit
            format3.upgrade(conn)
        with db.reader() as s:
            assert mail_templates.find(s, "acknowledgement").template.body == "We have it.\n"
    assert check.check_file(format2_file).ok


def test_a_migrated_file_keeps_mail_and_migrating_again_changes_nothing(
        format2_file: Path) -> None:
    from hirefile.services import correspondence
    from hirefile.storage import format3

    mail = (Path(__file__).parent / "data" / "mail" / "multipart_alternative.eml").read_bytes()
    with Database.open(format2_file, LENA) as db:
        with db.session() as s:
            cid = s.scalars(sa.select(Candidate.id).where(Candidate.anonymised_at.is_(None))
                            .order_by(Candidate.id)).first()
            assert cid is not None
            correspondence.keep_eml(s, cid, mail, "reply.eml")
        with db.engine.begin() as conn:  # each step may run again: nothing changes
            format3.upgrade(conn)
        with db.reader() as s:
            assert len(correspondence.correspondence(s, cid)) == 1
    assert check.check_file(format2_file).ok


def test_two_format2_copies_migrated_apart_merge_their_rules(format2_file: Path,
                                                             tmp_path: Path) -> None:
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(format2_file, theirs)
    daniel = Identity(str(uuid.uuid4()), "Daniel Okoye")
    with Database.open(theirs, daniel) as db, db.session() as s:
        retention.set_rule(s, 12, False)
    with Database.open(format2_file, LENA) as db:
        result = merge_file(db, theirs)
        assert result.outcome.conflicts == []
        with db.reader() as s:
            assert retention.rule(s).months == 12
    assert check.check_file(format2_file).ok


def _triggers(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                           "WHERE type = 'trigger'")}


def _someone(db: Database) -> str:
    """The key of a live, not erased candidate of the demo file."""
    with db.reader() as s:
        who = s.scalars(sa.select(Candidate.id).where(Candidate.anonymised_at.is_(None),
                                                      Candidate.deleted_at.is_(None))
                        .order_by(Candidate.id)).first()
    assert who is not None
    return who


def _finds(db: Database, words: str, who: str) -> None:
    with db.reader() as s:
        assert listing.candidate_ids(s, text=words) == [who]


def _migrated_again_finds(path: Path, words: str, who: str) -> None:
    """The file is sound, and migrating it again (another copy, or a retried migration)
    changes nothing: the search still finds `who` by `words`."""
    assert check.check_file(path).ok
    with Database.open(path, LENA) as db, db.session() as s:
        format3.upgrade(s.connection())
        assert listing.candidate_ids(s, text=words) == [who]
    assert check.check_file(path).ok


def test_a_migrated_file_keeps_cv_text_and_finds_cvs_attached_after(format2_file: Path,
                                                                     tmp_path: Path) -> None:
    """Format 3 adds the CV text columns and the CV word index with its triggers; files
    attached in format 2 are not read (opening stays quick), files attached after are."""
    with Database.open(format2_file, LENA) as db:
        assert {"text", "text_note"} <= set(columns(format2_file)["attachment"])
        assert "document_fts" in columns(format2_file)
        assert _triggers(format2_file) == _triggers(Database.create(
            tmp_path / "New.hirefile", LENA).path)
        with db.reader() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(Attachment)
                            .where(Attachment.text.is_not(None))) == 0
        who = _someone(db)
        cv = tmp_path / "cv.pdf"
        cv.write_bytes(pdf_cv([["Trained models with Kubeflow on GKE"]]))
        with db.session() as s:
            attach_file(s, who, cv)
        _finds(db, "kubeflow", who)
    _migrated_again_finds(format2_file, "kubeflow", who)


def test_a_migrated_file_finds_a_person_by_an_email_kept_after(format2_file: Path) -> None:
    """Format 3 adds the word index of kept e-mails with its triggers (a format-2 file kept
    none); an e-mail kept after the migration finds its person, and migrating again keeps it."""
    eml = Path(__file__).parent / "data" / "mail" / "multipart_alternative.eml"
    with Database.open(format2_file, LENA) as db:
        assert "mail_fts" in columns(format2_file)
        who = _someone(db)
        with db.session() as s:
            correspondence.keep_eml(s, who, eml.read_bytes(), eml.name)
        _finds(db, "tuesday notebook", who)
    _migrated_again_finds(format2_file, "tuesday notebook", who)
