"""The text of CVs: read when a PDF or Word file is attached, kept, found by the candidates'
search ("kubeflow" finds the CV that says it), shown in the record's preview, said by
`hirefile search`, and taken out with the person when they are erased."""

from __future__ import annotations

import json
import shutil
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from cv_files import docx_cv, image_only_pdf, pdf_cv

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.services import listing
from hirefile.services.attachments import (
    NOT_READ,
    attach_file,
    attachment_text,
    remove_attachment,
)
from hirefile.services.candidates import create_candidate
from hirefile.services.erasure import erase_candidate
from hirefile.services.merging import merge_file
from hirefile.services.person_export import export_person
from hirefile.settings import Identity
from hirefile.storage import derived
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Attachment

ANNA_CV = ["Anna Berg", "anna@example.org",
           "Built ML pipelines with Kubeflow and Kubernetes at Zalando, 2019–2024",
           "Café Müller hackathon winner"]
BEN_CV = ["Ben Okafor", "ben@example.com", "Backend engineer: Go, PostgreSQL, Kafka"]


def _people(db: Database, tmp_path: Path) -> dict[str, str]:
    """Anna with a PDF CV, Ben with a Word CV, Cara with notes and no CV: name → key."""
    (tmp_path / "Anna Berg CV.pdf").write_bytes(pdf_cv([ANNA_CV[:2], ANNA_CV[2:]]))
    (tmp_path / "Ben.docx").write_bytes(docx_cv(BEN_CV))
    out = {}
    with db.session() as s:
        for name, notes in (("Anna Berg", ""), ("Ben Okafor", ""),
                            ("Cara Diaz", "Knows Kubernetes well")):
            out[name] = create_candidate(s, CandidateDraft(full_name=name, notes=notes)).id
        attach_file(s, out["Anna Berg"], tmp_path / "Anna Berg CV.pdf")
        attach_file(s, out["Ben Okafor"], tmp_path / "Ben.docx")
    return out


def _found(db: Database, text: str) -> list[str]:
    with db.reader() as s:
        return [listing.candidate_rows(s, [i])[i].name
                for i in listing.candidate_ids(s, text=text)]


def test_words_of_a_cv_find_its_candidate_and_no_one_else(new_db: Database,
                                                           tmp_path: Path) -> None:
    ids = _people(new_db, tmp_path)
    assert _found(new_db, "kubeflow") == ["Anna Berg"]
    assert _found(new_db, "KUBEFLOW") == ["Anna Berg"]
    assert _found(new_db, "postgres") == ["Ben Okafor"]  # the start of a word: PostgreSQL
    assert _found(new_db, "zalando 2019") == ["Anna Berg"]  # every word, in one CV
    assert _found(new_db, "cafe muller") == ["Anna Berg"]  # without the accents
    assert _found(new_db, "Go") == ["Ben Okafor"]  # a short word is a whole word in a CV
    # a word in the record and a word in the CV, together
    assert _found(new_db, "Ben kafka") == ["Ben Okafor"]
    assert _found(new_db, "Anna kafka") == []
    # the record's own search is unchanged: Cara's notes say Kubernetes
    assert _found(new_db, "kubernetes") == ["Anna Berg", "Cara Diaz"]
    with new_db.reader() as s:
        assert listing.candidate_count(s, "kubeflow") == 1
        text = s.scalar(sa.select(Attachment.text)
                        .where(Attachment.candidate_id == ids["Anna Berg"]))
    assert text is not None and "Kubeflow and Kubernetes at Zalando" in text
    assert check_file(new_db.path).ok


def test_a_removed_cv_is_no_longer_found_and_undo_brings_it_back(new_db: Database,
                                                                  tmp_path: Path) -> None:
    ids = _people(new_db, tmp_path)
    with new_db.session() as s:
        att = s.scalars(sa.select(Attachment.id)
                        .where(Attachment.candidate_id == ids["Anna Berg"])).one()
        remove_attachment(s, att)
    assert _found(new_db, "kubeflow") == []
    with new_db.session() as s:  # what Edit → Undo does: the row is live again
        row = s.get(Attachment, att)
        assert row is not None
        row.deleted_at = None
    assert _found(new_db, "kubeflow") == ["Anna Berg"]
    assert check_file(new_db.path).ok


def test_a_scan_or_another_file_keeps_why_it_has_no_text(new_db: Database,
                                                          tmp_path: Path) -> None:
    scan, notes = tmp_path / "scan.pdf", tmp_path / "notes.txt"
    scan.write_bytes(image_only_pdf())
    notes.write_text("kubeflow", encoding="utf-8")
    with new_db.session() as s:
        cid = create_candidate(s, CandidateDraft(full_name="Dana Ek")).id
        scanned = attach_file(s, cid, scan).id
        other = attach_file(s, cid, notes).id
    with new_db.reader() as s:
        got = attachment_text(s, scanned)
        assert got.text is None and "only images" in got.problem
        got = attachment_text(s, other)
        assert got.text is None and "neither a PDF nor a Word" in got.problem
    assert _found(new_db, "kubeflow") == []  # only PDF and Word files are read


def test_erasure_takes_the_cv_text_and_its_words_out_of_the_file(new_db: Database,
                                                                   tmp_path: Path) -> None:
    ids = _people(new_db, tmp_path)
    raw = new_db.path.read_bytes().lower()
    assert b"kubeflow" in raw and b"zalando" in raw  # the text and its index, before
    erase_candidate(new_db, ids["Anna Berg"])
    assert _found(new_db, "kubeflow") == [] and _found(new_db, "zalando") == []
    data = new_db.path.read_bytes()
    wal = new_db.path.with_name(new_db.path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    for word in ("kubeflow", "zalando", "hackathon"):
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            assert word.encode(enc) not in data.lower(), (word, enc)
    with new_db.reader() as s:
        assert s.scalars(sa.select(Attachment.text_note)
                         .where(Attachment.candidate_id == ids["Anna Berg"])).all() == [None]
    assert _found(new_db, "kafka") == ["Ben Okafor"]  # the others' CVs stay searchable
    assert check_file(new_db.path).ok


def test_a_broken_cv_index_is_named_by_check_and_repaired(new_db: Database,
                                                          tmp_path: Path) -> None:
    ids = _people(new_db, tmp_path)
    anna, ben = ids["Anna Berg"], ids["Ben Okafor"]
    with new_db.session() as s:  # something that bypassed the triggers
        for sql in (f"DELETE FROM document_fts WHERE candidate_id = '{anna}'",
                    f"UPDATE document_fts SET text = 'not the CV' WHERE candidate_id = '{ben}'",
                    "INSERT INTO document_fts(rowid, candidate_id, attachment_id, text) "
                    "VALUES (9999, 'nobody', 'nothing', 'stray words')"):
            s.execute(sa.text(sql))
    with new_db.reader() as s:
        assert derived.problems(s) == [
            "1 CV index entry for no live attachment with text",
            "1 live attachment is missing from the CV index (its text is not searched)",
            "1 CV index entry does not say what its attachment holds"]
    with new_db.session() as s:
        derived.recompute(s, candidates=[anna])  # a merge names the records it touched
    assert _found(new_db, "kubeflow") == ["Anna Berg"]
    with new_db.reader() as s:
        assert derived.problems(s) == ["1 CV index entry for no live attachment with text",
                                       "1 CV index entry does not say what its attachment "
                                       "holds"]
    with new_db.session() as s:
        derived.recompute(s)
    assert _found(new_db, "kafka") == ["Ben Okafor"] and _found(new_db, "stray") == []
    new_db.close()
    assert check_file(new_db.path).ok


def test_a_cv_attached_in_a_cofounders_copy_is_found_after_the_merge(new_db: Database,
                                                                      tmp_path: Path) -> None:
    ids = _people(new_db, tmp_path)
    new_db.close()
    theirs = tmp_path / "theirs" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(new_db.path, theirs)
    cv = tmp_path / "Cara.pdf"
    cv.write_bytes(pdf_cv([["Cara Diaz", "Led the Terraform migration at Monzo"]]))
    with Database.open(theirs, Identity(str(uuid.uuid4()), "Daniel Okoye")) as db, \
            db.session() as s:
        attach_file(s, ids["Cara Diaz"], cv)
    with Database.open(new_db.path, Identity(str(uuid.uuid4()), "Ada Obi")) as db:
        merge_file(db, theirs)
        assert _found(db, "terraform monzo") == ["Cara Diaz"]
    assert check_file(new_db.path).ok


def test_the_person_export_holds_their_cv_text(new_db: Database, tmp_path: Path) -> None:
    ids = _people(new_db, tmp_path)
    out = export_person(new_db, ids["Anna Berg"], tmp_path / "anna.zip")
    with zipfile.ZipFile(out.path) as z:
        data = json.loads(z.read("data.json"))
    [att] = data["records"]["attachment"]
    assert "Kubeflow" in att["text"] and att["text_note"] is None


def test_cli_search_says_where_each_candidate_matched(new_db: Database, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    _people(new_db, tmp_path)
    new_db.close()
    assert main(["search", str(new_db.path), "kube"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Anna Berg") and lines[0].endswith(
        "matched: CV Anna Berg CV.pdf")
    assert lines[1].startswith("Cara Diaz") and lines[1].endswith("matched: notes")
    assert lines[2:] == ["(2 candidates)"]
    assert main(["search", str(new_db.path), "ben kafka", "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert hit["name"] == "Ben Okafor" and hit["matched"] == ["name"]
    assert hit["files"] == ["Ben.docx"]
    assert main(["search", str(new_db.path), "nobody-says-this"]) == 0
    assert capsys.readouterr().out == "(0 candidates)\n"


def test_the_record_previews_the_selected_cv(qtbot: Any, new_db: Database,
                                             tmp_path: Path) -> None:
    from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

    from hirefile.ui.candidate.attachments import AttachmentsPanel

    ids = _people(new_db, tmp_path)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(image_only_pdf())
    with new_db.session() as s:
        attach_file(s, ids["Anna Berg"], scan)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    table = QTableView()
    layout.addWidget(table)
    buttons = [QPushButton() for _ in range(3)]
    panel = AttachmentsPanel(table, *buttons, on_change=lambda: None)
    panel.set_database(new_db)
    panel.load(ids["Anna Berg"])
    assert panel.preview.isReadOnly() and panel.preview.isVisibleTo(host)
    assert "Kubeflow and Kubernetes at Zalando" in panel.preview.toPlainText()
    table.selectRow(1)
    assert panel.preview.toPlainText().startswith("No text could be read: scan.pdf has no "
                                                  "text to read, only images")
    panel.load(ids["Cara Diaz"])
    assert panel.preview.toPlainText() == ""


def test_a_file_attached_before_text_was_read_says_so(new_db: Database,
                                                      tmp_path: Path) -> None:
    ids = _people(new_db, tmp_path)
    with new_db.session() as s:  # as a file attached in format 2 is
        att = s.scalars(sa.select(Attachment).where(
            Attachment.candidate_id == ids["Ben Okafor"])).one()
        att.text = None
        att.text_note = None
    with new_db.reader() as s:
        assert attachment_text(s, att.id).problem == NOT_READ
    assert _found(new_db, "kafka") == []
