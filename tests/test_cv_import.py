"""CVs in: plans per file (new, already here, maybe, erased, unreadable), candidates created with
their CV attached, fifty at once; the command line (import-cv, attach, JSON Resume both ways,
the job posting as JSON-LD), its lines and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cv_files import docx_cv, image_only_pdf, pdf_cv
from jsonschema import Draft4Validator, FormatChecker
from sqlalchemy import select

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.vocab import ActivityKind
from hirefile.paths import resource
from hirefile.services import pipeline
from hirefile.services.candidates import create_candidate
from hirefile.services.csv_import import Found
from hirefile.services.cv_import import import_cvs, name_from_file, plan_cvs
from hirefile.services.erasure import erase_candidate
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Application, Attachment, Candidate, CandidateLink


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _ada(folder: Path, name: str = "ada.pdf") -> Path:
    return _write(folder, name, pdf_cv([[
        "Ada Obi", "ada@example.com | +44 20 7946 0958", "github.com/adaobi",
        "Experience", "2019 – 2023 Example Ltd: pipelines on Kubeflow"]]))


def _person(db: Database, **fields: object) -> str:
    with db.session() as s:
        return create_candidate(s, CandidateDraft(**fields)).id  # type: ignore[arg-type]


# plans -----------------------------------------------------------------------------------------

def test_plans_say_new_here_maybe_erased_and_unreadable(new_db: Database, tmp_path: Path) -> None:
    _person(new_db, full_name="Bea Kowalski", email="bea@example.com")
    _person(new_db, full_name="Carla Mendes")
    erased = _person(new_db, full_name="Dana Erased", email="dana@example.com")
    erase_candidate(new_db, erased)
    files = [
        _ada(tmp_path),
        _write(tmp_path, "bea.docx", docx_cv(["Beata Nowak", "E-Mail: bea@example.com"])),
        _write(tmp_path, "carla.pdf", pdf_cv([["Carla A. Mendes", "carla@other.org"]])),
        _write(tmp_path, "dana.pdf", pdf_cv([["Dana Someone", "dana@example.com"]])),
        _write(tmp_path, "scan.pdf", image_only_pdf()),
        _write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
        _ada(tmp_path, "ada-again.pdf"),
    ]
    with new_db.reader() as s:
        plans = plan_cvs(s, files)
    assert [p.found for p in plans] == [Found.NEW, Found.SAME, Found.MAYBE, Found.ERASED,
                                        Found.PROBLEM, Found.PROBLEM, Found.SAME]
    lines = [p.line() for p in plans]
    assert lines[0] == ("ada.pdf: New: Ada Obi <ada@example.com>, +44 20 7946 0958, "
                        "https://github.com/adaobi")
    assert lines[1].startswith("bea.docx: Already here Bea Kowalski (same e-mail)")
    assert lines[2].startswith("carla.pdf: Maybe Carla Mendes (similar name)")
    # An erased person is never named: neither the one erased nor the CV's name
    assert lines[3].startswith("dana.pdf: Erased on 20") and "Dana" not in lines[3]
    assert lines[4].startswith("scan.pdf: Unreadable: scan.pdf has no text to read")
    assert "old Word (.doc) file" in lines[5]
    assert lines[6].startswith("ada-again.pdf: Same person as ada.pdf (same e-mail")
    assert [p.importable for p in plans] == [True, False, True, False, False, False, False]


def test_a_cv_without_a_name_takes_it_from_the_file_name(new_db: Database,
                                                         tmp_path: Path) -> None:
    path = _write(tmp_path, "jane_doe-CV_2024.pdf", pdf_cv([["Experience", "jane@doe.dev"]]))
    nameless = _write(tmp_path, "cv.pdf", pdf_cv([["Experience", "who@doe.dev"]]))
    with new_db.reader() as s:
        plan, none = plan_cvs(s, [path, nameless])
    assert plan.draft is not None and plan.draft.full_name == "Jane Doe"
    assert plan.line().endswith("[name taken from the file's name]")
    assert none.found is Found.PROBLEM and "no name found in cv.pdf" in none.line()
    assert name_from_file(Path("resume.docx")) is None


# importing -------------------------------------------------------------------------------------

def test_import_creates_the_candidate_with_the_cv_attached_in_the_role(
        new_db: Database, tmp_path: Path) -> None:
    from test_job_posting import _role

    role_id = _role(new_db)
    cv = _ada(tmp_path)
    docx = _write(tmp_path, "priya.docx", docx_cv(
        ["Priya Sharma", "Tel.: +91 98765 43210"], links={"LinkedIn": "https://www.linkedin.com/in/priya-s"}))
    with new_db.reader() as s:
        plans = plan_cvs(s, [cv, docx, _write(tmp_path, "scan.pdf", image_only_pdf())])
    with new_db.session() as s:
        report = import_cvs(s, plans, role_id)
    assert [p.path.name for p, _ in report.created] == ["ada.pdf", "priya.docx"]
    assert [(p.path.name, why[:10]) for p, why in report.skipped] == [("scan.pdf", "Unreadable")]
    with new_db.reader() as s:
        ada = s.scalar(select(Candidate).where(Candidate.email == "ada@example.com"))
        assert ada is not None
        assert (ada.full_name, ada.phone, ada.github_url) == (
            "Ada Obi", "+44 20 7946 0958", "https://github.com/adaobi")
        priya = s.scalar(select(Candidate).where(Candidate.full_name == "Priya Sharma"))
        assert priya is not None and priya.linkedin_url == "https://www.linkedin.com/in/priya-s"
        att = s.scalar(select(Attachment).where(Attachment.candidate_id == ada.id))
        assert att is not None and att.filename == "ada.pdf" and att.data == cv.read_bytes()
        app = s.scalar(select(Application).where(Application.candidate_id == ada.id))
        assert app is not None and app.role_id == role_id
        assert app.stage_id == pipeline.stages_of(s, role_id)[0].id
        imported = s.scalars(select(Activity.summary).where(
            Activity.candidate_id == ada.id, Activity.kind == ActivityKind.IMPORTED)).all()
        assert imported == ["Created from the CV ada.pdf"]


def test_someone_added_after_the_plan_is_not_created_twice(new_db: Database,
                                                           tmp_path: Path) -> None:
    with new_db.reader() as s:
        plans = plan_cvs(s, [_ada(tmp_path)])
    assert plans[0].found is Found.NEW
    _person(new_db, full_name="Ada O.", email="ada@example.com")
    with new_db.session() as s:
        report = import_cvs(s, plans)
    assert report.created == []
    assert report.lines() == ["ada.pdf: not imported: Already here Ada O. (same e-mail)"]


def test_fifty_cvs_plan_and_import_in_one_transaction(new_db: Database, tmp_path: Path) -> None:
    files = []
    for n in range(50):
        lines = [f"Person Number{chr(65 + n % 26)}{chr(97 + n // 26)}x",
                 f"p{n}@example.com | +44 20 7946 {n:04d}", f"github.com/person{n}"]
        if n % 2:
            files.append(_write(tmp_path, f"cv{n}.pdf", pdf_cv([lines, ["Kubeflow"] * 30])))
        else:
            files.append(_write(tmp_path, f"cv{n}.docx", docx_cv(lines + ["Kubeflow"] * 30)))
    seen: list[int] = []
    with new_db.reader() as s:
        plans = plan_cvs(s, files, progress=seen.append)
    assert seen == list(range(1, 51))
    assert [p.found for p in plans] == [Found.NEW] * 50
    with new_db.session() as s:
        report = import_cvs(s, plans)
    assert len(report.created) == 50
    with new_db.reader() as s:
        assert s.scalar(select(Attachment.id).where(Attachment.filename == "cv49.pdf"))
        assert len(s.scalars(select(Candidate.id)).all()) == 50
        assert len(s.scalars(select(Attachment.id)).all()) == 50
        assert len(s.scalars(select(CandidateLink.id)).all()) == 0


# the command line ------------------------------------------------------------------------------

@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "Demo.hirefile"
    assert main(["--as", "Lena Hoffmann", "demo", str(path), "--candidates", "20"]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_cv_prints_a_line_per_file_and_creates_with_yes(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ada, scan = _ada(tmp_path), _write(tmp_path, "scan.pdf", image_only_pdf())
    code, out, err = run(capsys, "import-cv", demo_file, ada, scan, "--role", "ML Lead")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "ada.pdf: New: Ada Obi <ada@example.com>, +44 20 7946 0958, https://github.com/adaobi",
        f"scan.pdf: Unreadable: {scan.name} has no text to read, only images (a scan or a "
        "photo of a CV?); type the details in, or ask for a PDF saved from the original "
        "document",
        "Would create 1 candidate in “ML Lead” from 2 CV files; run again with --yes to "
        "create it"]
    code, out, _ = run(capsys, "list", demo_file, "candidates", "--json")
    assert "Ada Obi" not in out  # nothing written without --yes
    code, out, err = run(capsys, "import-cv", demo_file, ada, "--role", "ML Lead", "--yes")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "Created 1 candidate in “ML Lead” from 1 CV file"
    code, out, _ = run(capsys, "import-cv", demo_file, ada)
    assert code == 0 and out.startswith("ada.pdf: Already here Ada Obi (same e-mail")


@pytest.mark.parametrize("args, message", [
    (("missing.pdf",), "missing.pdf does not exist; nothing was imported"),
    ((".",), "is a folder, not a file"),
    (("ok.pdf", "--role", "Astronaut"), "No role “Astronaut”"),
])
def test_import_cv_refusals_are_one_line_exit_1(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    _ada(tmp_path, "ok.pdf")
    code, out, err = run(capsys, "import-cv", demo_file, *args)
    assert (code, out) == (1, "")
    assert err.startswith("hirefile: ") and message in err and len(err.splitlines()) == 1


def test_attach_files_to_a_candidate_and_the_refusals(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        identity: Identity) -> None:
    run(capsys, "import-cv", demo_file, _ada(tmp_path), "--yes")
    take_home = _write(tmp_path, "take-home.zip", b"PK" + b"x" * 2000)
    note = _write(tmp_path, "note.txt", b"hello")
    code, out, err = run(capsys, "attach", demo_file, "--candidate", "ada@example.com",
                         take_home, note)
    assert (code, err) == (0, "")
    assert out.splitlines() == ["attached take-home.zip (2 KB) to Ada Obi",
                                "attached note.txt (5 bytes) to Ada Obi"]
    code, out, err = run(capsys, "attach", demo_file, "--candidate", "Ada Obi", note,
                         tmp_path / "gone.pdf")
    assert (code, out) == (1, "") and "gone.pdf does not exist" in err
    code, out, err = run(capsys, "attach", demo_file, "--candidate", "Ada Obi", tmp_path)
    assert code == 1 and "is a folder, not a file" in err
    db = Database.open(demo_file, identity, write=False)
    try:
        with db.reader() as s:
            cid = s.scalar(select(Candidate.id).where(Candidate.email == "ada@example.com"))
            assert len(s.scalars(select(Attachment.id).where(
                Attachment.candidate_id == cid)).all()) == 3  # the CV and the two above
    finally:
        db.close()


def test_nothing_is_attached_to_or_exported_from_an_erased_person(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import-cv", demo_file, _ada(tmp_path), "--yes")
    code, out, err = run(capsys, "list", demo_file, "candidates", "--json")
    cid = next(c["id"] for c in json.loads(out) if c.get("email") == "ada@example.com")
    assert run(capsys, "erase", demo_file, "--candidate", cid, "--yes")[0] == 0
    note = _write(tmp_path, "note.txt", b"hello")
    code, out, err = run(capsys, "attach", demo_file, "--candidate", cid, note)
    assert code == 1 and "That candidate was erased on 20" in err and "nothing can be" in err
    code, out, err = run(capsys, "export-resume", demo_file, "--candidate", cid, "-o",
                         tmp_path / "x.json")
    assert code == 1 and "erased" in err and not (tmp_path / "x.json").exists()
    code, out, err = run(capsys, "import-cv", demo_file, _ada(tmp_path, "again.pdf"))
    assert code == 0 and out.startswith("again.pdf: Erased on 20") and "Ada" not in out


def test_json_resume_round_trip_through_the_command_line(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    priya = _write(tmp_path, "priya.docx", docx_cv(
        ["Priya Sharma", "E-Mail: priya@example.in | Tel.: +91 98765 43210",
         "github.com/priyas", "https://scholar.google.com/citations?user=abcDEF12345"]))
    run(capsys, "import-cv", demo_file, priya, "--yes")
    out_json = tmp_path / "priya.json"
    code, out, err = run(capsys, "export-resume", demo_file, "--candidate", "priya@example.in",
                         "-o", out_json)
    assert (code, err) == (0, "")
    assert out == f"exported the JSON Resume of Priya Sharma to {out_json}\n"
    document = json.loads(out_json.read_text("utf-8"))
    schema = json.loads(resource("schemas", "json-resume-1.0.0.schema.json").read_text("utf-8"))
    assert list(Draft4Validator(schema, format_checker=FormatChecker()).iter_errors(document)) == []
    assert document["basics"]["email"] == "priya@example.in"

    other = tmp_path / "Other.hirefile"
    run(capsys, "--as", "Lena Hoffmann", "init", other)
    code, out, _ = run(capsys, "import-resume", other, out_json)
    assert code == 0 and out.startswith("priya.json: New: Priya Sharma <priya@example.in>")
    code, out, _ = run(capsys, "import-resume", other, out_json, "--yes")
    assert code == 0 and out.splitlines()[-1] == "Created 1 candidate from 1 JSON Resume"
    again = tmp_path / "again.json"
    assert run(capsys, "export-resume", other, "--candidate", "Priya Sharma", "-o", again)[0] == 0
    assert json.loads(again.read_text("utf-8")) == document
    code, out, _ = run(capsys, "import-resume", other, out_json)  # the same person again
    assert code == 0 and out.startswith("priya.json: Already here Priya Sharma (same e-mail")

    broken = _write(tmp_path, "broken.json", b'{"basics": {"name": 7}}')
    code, out, err = run(capsys, "import-resume", other, broken, "--yes")
    assert code == 0 and out.startswith("broken.json: not imported: Unreadable: ")
    assert "basics.name" in out


def test_job_posting_json_ld_from_the_command_line(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "ml-lead.jsonld"
    code, out, err = run(capsys, "export", "jd", demo_file, "--role", "ML Lead", "-o", out_path)
    assert (code, err) == (0, "")
    assert out == f"exported the job posting (JSON-LD) of “ML Lead” to {out_path}\n"
    posting = json.loads(out_path.read_text("utf-8"))
    assert (posting["@type"], posting["title"]) == ("JobPosting", "ML Lead")
    assert posting["hiringOrganization"]["name"]
    code, out, err = run(capsys, "export", "packet", demo_file, "--candidate", "x", "-o",
                         tmp_path / "p.json")
    assert code == 1 and "only a job description can be written as Markdown or JSON" in err


# the app: CVs dropped on the Candidates page ---------------------------------------------------

def _drop_files(tmp_path: Path) -> list[Path]:
    return [_ada(tmp_path),
            _write(tmp_path, "priya.docx", docx_cv(["Priya Sharma", "E-Mail: priya@example.in",
                                                    "github.com/priyas"])),
            _write(tmp_path, "bea.pdf", pdf_cv([["Beata Nowak", "bea@example.com"]])),
            _write(tmp_path, "carla.pdf", pdf_cv([["Carla A. Mendes", "carla@other.org"]])),
            _write(tmp_path, "scan.pdf", image_only_pdf())]


def test_dropping_cvs_on_the_candidates_page_confirms_then_imports_one_undo_step(
        qtbot: object, new_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QDialog

    from hirefile.ui.candidate.cv_drop import COL_STATUS, CvDropDialog
    from hirefile.ui.commands.base import redo_safely, undo_safely
    from hirefile.ui.pages.candidates import CandidatesPage

    _person(new_db, full_name="Bea Kowalski", email="bea@example.com")
    _person(new_db, full_name="Carla Mendes")
    files = _drop_files(tmp_path)
    shown: list[list[tuple[str, str, bool, bool]]] = []

    def confirm(dialog: CvDropDialog) -> int:  # what the person sees, then Import
        shown.append([(dialog.table.item(r, 0).text(), dialog.table.item(r, COL_STATUS).text(),
                       r in dialog._boxes, dialog.checked(r)) for r in range(len(files))])
        dialog.set_checked(3, True)  # Carla: the person decides she is someone else
        assert dialog.import_button.text() == "Import 3 candidates"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CvDropDialog, "exec", confirm)
    page = CandidatesPage()
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_database(new_db)
    page.show()
    assert page.model.rowCount() == 2

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files]
                 + [QUrl.fromLocalFile(str(tmp_path)), QUrl("https://example.com/cv.pdf")])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)  # type: ignore[attr-defined]
    assert shown == [[
        ("ada.pdf", "New", True, True),
        ("priya.docx", "New", True, True),
        ("bea.pdf", "Already here Bea Kowalski (same e-mail)", False, False),
        ("carla.pdf", "Maybe Carla Mendes (similar name)", True, False),
        ("scan.pdf", shown[0][4][1], False, False)]]
    assert shown[0][4][1].startswith("Unreadable: scan.pdf has no text")
    assert page.form.noticeLabel.text() == ("Created 3 candidates from CVs, each with the CV "
                                            "attached.")
    assert page.undo_stack.undoText() == "Import 3 candidates from CVs"
    with new_db.reader() as s:
        assert len(s.scalars(select(Attachment.id)).all()) == 3
    assert undo_safely(page.undo_stack) is None
    assert page.model.rowCount() == 2
    assert redo_safely(page.undo_stack) is None
    assert page.model.rowCount() == 5


def test_cancelling_the_list_imports_nothing(qtbot: object, new_db: Database, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from hirefile.ui.candidate.cv_drop import CvDropDialog
    from hirefile.ui.pages.candidates import CandidatesPage

    monkeypatch.setattr(CvDropDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    page = CandidatesPage()
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_database(new_db)
    assert not page.import_cvs(_drop_files(tmp_path))
    assert page.undo_stack.count() == 0
    with new_db.reader() as s:
        assert s.scalars(select(Candidate.id)).all() == []


def test_cancelling_the_progress_reads_or_writes_nothing(
        qtbot: object, new_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QProgressDialog

    from hirefile.ui import messages
    from hirefile.ui.candidate import cv_drop
    from hirefile.ui.pages.candidates import CandidatesPage

    said: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda parent, title, text: said.append(text))
    page = CandidatesPage()
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_database(new_db)
    files = _drop_files(tmp_path)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert cv_drop.read_plans(page, new_db, files) is None  # cancelled while reading
    with new_db.reader() as s:
        plans = cv_drop.plan_cvs(s, files)
    monkeypatch.setattr(cv_drop, "read_plans", lambda parent, db, paths: plans)
    monkeypatch.setattr(cv_drop.CvDropDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    assert not page.import_cvs(files)  # cancelled while importing
    assert said == ["The import was cancelled; nothing was imported"]
    assert page.undo_stack.count() == 0
    with new_db.reader() as s:
        assert s.scalars(select(Candidate.id)).all() == []
        assert s.scalars(select(Attachment.id)).all() == []


def test_cvs_dropped_on_a_roles_board_join_that_roles_pipeline(
        open_window: object, demo_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, qtbot: object) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QDialog

    from hirefile.storage.models import Application, Candidate, Role
    from hirefile.ui.candidate.cv_drop import CvDropDialog
    from hirefile.ui.main_window import PAGE_PIPELINE

    monkeypatch.setattr(CvDropDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    window = open_window(demo_db, (1024, 700))  # type: ignore[operator]
    with demo_db.reader() as s:
        role_id = s.scalar(select(Role.id).where(Role.deleted_at.is_(None))
                           .order_by(Role.title).limit(1))
    window.show_page(PAGE_PIPELINE)  # the Pipeline page, one role's board
    combo = window.pipeline_page.form.roleCombo
    combo.setCurrentIndex(combo.findData(role_id))
    cv = _write(tmp_path, "zofia.pdf", pdf_cv([["Zofia Wiśniewska", "zofia@example.pl"]]))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(cv))])
    window.dropEvent(QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    def joined() -> bool:
        with demo_db.reader() as s:
            return s.scalar(select(Application.role_id).join(Candidate).where(
                Candidate.email == "zofia@example.pl")) == role_id

    qtbot.waitUntil(joined)  # type: ignore[attr-defined]
    assert window.undo_stack.undoText().startswith("Import 1 candidate")
