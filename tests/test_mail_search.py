"""Kept e-mails in the candidates' search: a word of an e-mail's subject, sender or text finds
the person it is kept with (the start of a word, as for CVs), `hirefile search` names the
e-mail, a removed or erased e-mail is no longer found, `hirefile check` names a broken e-mail
index and repair mends it, and an e-mail kept in a cofounder's copy is found after the merge."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.services import candidates, correspondence, listing
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage import derived
from hirefile.storage.check import check_file
from hirefile.storage.database import Database

MAIL = Path(__file__).parent / "data" / "mail"
ZOE_EML = MAIL / "multipart_alternative.eml"  # from Zoë, about the drift-detection notebook
ZOE_SUBJECT = "Re: Technical discussion – ML engineer at Fernwood"
MATEUS_EML = MAIL / "html_only.eml"  # from Mateus Araújo: "Application: MLOps engineer"


def _people(db: Database) -> dict[str, str]:
    """Zoë and Ben, no e-mail kept yet: name → key."""
    with db.session() as s:
        return {name: candidates.create_candidate(
                    s, CandidateDraft(full_name=name, email=email)).id
                for name, email in (("Zoë Ødegaard", "zoe.odegaard@example.com"),
                                    ("Ben Okafor", "ben@example.com"))}


def _keep(db: Database, cid: str, path: Path = ZOE_EML) -> str:
    with db.session() as s:
        kept = correspondence.keep_eml(s, cid, path.read_bytes(), path.name)
        s.flush()
        return kept.row.id


def _found(db: Database, text: str) -> list[str]:
    with db.reader() as s:
        return [listing.candidate_rows(s, [i])[i].name
                for i in listing.candidate_ids(s, text=text)]


def test_a_word_of_a_kept_email_finds_its_person(new_db: Database) -> None:
    ids = _people(new_db)
    assert _found(new_db, "notebook") == []
    _keep(new_db, ids["Zoë Ødegaard"])
    _keep(new_db, ids["Ben Okafor"], MATEUS_EML)
    assert _found(new_db, "notebook") == ["Zoë Ødegaard"]  # the text
    assert _found(new_db, "technical") == ["Zoë Ødegaard"]  # the subject
    assert _found(new_db, "araujo") == ["Ben Okafor"]  # the sender, accents folded
    assert _found(new_db, "evaluat") == ["Zoë Ødegaard"]  # the start of a word
    assert _found(new_db, "ben notebook") == []  # every term, as for CVs
    assert _found(new_db, "zoe notebook") == ["Zoë Ødegaard"]
    assert _found(new_db, "engineer") == ["Ben Okafor", "Zoë Ødegaard"]


def test_a_removed_email_is_no_longer_found(new_db: Database) -> None:
    ids = _people(new_db)
    mid = _keep(new_db, ids["Zoë Ødegaard"])
    with new_db.session() as s:
        correspondence.remove(s, mid)
    assert _found(new_db, "notebook") == []
    _keep(new_db, ids["Zoë Ødegaard"])  # kept again
    assert _found(new_db, "notebook") == ["Zoë Ødegaard"]
    assert check_file(new_db.path).ok


def test_a_broken_email_index_is_named_by_check_and_repaired(new_db: Database) -> None:
    ids = _people(new_db)
    zoe, ben = ids["Zoë Ødegaard"], ids["Ben Okafor"]
    _keep(new_db, zoe)
    _keep(new_db, ben, MATEUS_EML)
    with new_db.session() as s:  # something that bypassed the triggers
        for sql in (f"DELETE FROM mail_fts WHERE candidate_id = '{zoe}'",
                    f"UPDATE mail_fts SET body = 'not the mail' WHERE candidate_id = '{ben}'",
                    "INSERT INTO mail_fts(rowid, candidate_id, correspondence_id, subject, "
                    "sender, body) VALUES (9999, 'nobody', 'nothing', '', '', 'stray words')"):
            s.execute(sa.text(sql))
    assert _found(new_db, "notebook") == [] and _found(new_db, "stray") == []
    with new_db.reader() as s:
        assert derived.problems(s) == [
            "1 e-mail index entry for no kept e-mail",
            "1 kept e-mail is missing from the e-mail index (its words are not searched)",
            "1 e-mail index entry does not say what its e-mail holds"]
    report = check_file(new_db.path)  # `hirefile check` names it
    assert "1 kept e-mail is missing from the e-mail index (its words are not searched)" in \
        report.problems
    with new_db.session() as s:
        derived.recompute(s, candidates=[zoe])  # a merge names the records it touched
    assert _found(new_db, "notebook") == ["Zoë Ødegaard"]
    with new_db.session() as s:
        derived.recompute(s)  # a repair of the whole file
    assert _found(new_db, "araujo") == ["Ben Okafor"] and _found(new_db, "stray") == []
    with new_db.reader() as s:
        assert derived.problems(s) == []
    new_db.close()
    assert check_file(new_db.path).ok


def test_an_email_kept_in_a_cofounders_copy_is_found_after_the_merge(new_db: Database,
                                                                      tmp_path: Path) -> None:
    ids = _people(new_db)
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    new_db.save_copy(theirs)
    with Database.open(theirs, Identity(str(uuid.uuid4()), "Daniel Okoye")) as other:
        _keep(other, ids["Zoë Ødegaard"])
    assert _found(new_db, "notebook") == []
    merge_file(new_db, theirs)
    assert _found(new_db, "notebook drift") == ["Zoë Ødegaard"]
    new_db.close()
    assert check_file(new_db.path).ok


def test_cli_search_names_the_matching_email(new_db: Database,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    ids = _people(new_db)
    _keep(new_db, ids["Zoë Ødegaard"])
    new_db.close()
    assert main(["search", str(new_db.path), "notebook"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Zoë Ødegaard") and lines[0].endswith(
        f"matched: e-mail {ZOE_SUBJECT}")
    assert lines[1:] == ["(1 candidate)"]
    assert main(["search", str(new_db.path), "zoe techn", "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert hit["name"] == "Zoë Ødegaard" and hit["matched"] == ["name", "contacts"]
    assert hit["mails"] == [ZOE_SUBJECT] and hit["files"] == []
