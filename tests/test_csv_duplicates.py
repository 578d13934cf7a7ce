"""People already here, or maybe here, in a CSV import: marked in the preview before anything is
written, a choice per row (skip, import as new, add to the person), exact counts, and the
import as one undo step."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget
from sqlalchemy import func, select

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.services import candidates, listing
from hirefile.services.csv_import import (
    Choice,
    Found,
    ImportChanged,
    check_rows,
    import_rows,
    plan_rows,
    read_csv,
    redo_import,
    undo_import,
)
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, CandidateLink, CandidateTag, Note
from hirefile.ui import messages
from hirefile.ui.commands.base import redo_safely, undo_safely
from hirefile.ui.csv import files
from hirefile.ui.csv.import_dialog import ImportCsvDialog
from hirefile.ui.csv.models import COL_CHOICE, COL_STATUS, ChoiceDelegate
from hirefile.ui.main_window import PAGE_CANDIDATES, MainWindow
from hirefile.ui.pages.candidates import CandidatesPage
from hirefile.ui.text import isolate
from hirefile.ui.widgets import COUNT_ROLE

HEADERS = ["Name", "Email", "Phone", "Tags", "Notes"]


def write(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@pytest.fixture
def people(new_db: Database) -> dict[str, str]:
    """Three people already in the file."""
    with new_db.session() as s:
        return {d.full_name: candidates.create_candidate(s, d).id for d in (
            CandidateDraft(full_name="王磊", email="wang.lei@example.cn",
                           phone="+86 138 0013 8000"),
            CandidateDraft(full_name="Zoë Brontë", email="zoe@example.org"),
            CandidateDraft(full_name="Ada Obi", email="ada@example.ng"))}


#: The file: one new person, one already here (same e-mail), two maybe here (the same name in
#: Chinese with another e-mail; the name without its accents), and a Chinese name twice in the
#: file itself with different e-mails.
ROWS = [
    ["Chiamaka Eze", "chiamaka@example.ng", "", "ml", ""],
    ["Ada Obi", "ADA@example.ng", "+234 801 234 5678", "python, remote", "Met at PyCon Lagos."],
    ["王磊", "wanglei@other.cn", "+86 139 0000 0000", "nlp", "Strong NLP."],
    ["Zoe Bronte", "z.bronte@example.com", "", "", ""],
    ["李娜", "li.na@example.cn", "", "", ""],
    ["李娜", "lina@other.cn", "", "", ""],
    ["", "nobody@example.org", "", "", ""],
]


def count(db: Database) -> int:
    with db.reader() as s:
        return len(listing.candidate_ids(s))


def names(db: Database) -> list[str]:
    with db.reader() as s:
        return sorted(r.name for r in listing.candidate_rows(s, listing.candidate_ids(s))
                      .values())


def test_every_row_is_checked_before_anything_is_written(new_db: Database, tmp_path: Path,
                                                         people: dict[str, str]) -> None:
    plans = plan_rows(read_csv(write(tmp_path / "a.csv", ROWS)))
    with new_db.reader() as s:
        checks = check_rows(s, plans)
    assert [c.found for c in checks] == [Found.NEW, Found.SAME, Found.MAYBE, Found.MAYBE,
                                         Found.NEW, Found.MAYBE, Found.PROBLEM]
    ada, wang, zoe, lina = checks[1], checks[2], checks[3], checks[5]
    assert ada.match is not None and ada.match.candidate_id == people["Ada Obi"]
    assert ada.reasons.startswith("same e-mail") and ada.default is Choice.SKIP
    assert wang.match is not None and wang.match.candidate_id == people["王磊"]
    assert wang.reasons == "same name" and wang.default is None  # the person chooses
    assert zoe.match is not None and zoe.match.name == "Zoë Brontë" and zoe.default is None
    assert lina.match is not None and lina.match.name == "李娜"  # the row above it
    assert checks[0].default is Choice.NEW and checks[6].default is None
    assert count(new_db) == 3  # a check writes nothing


def test_choices_skip_import_or_add_without_overwriting(new_db: Database, tmp_path: Path,
                                                        people: dict[str, str]) -> None:
    plans = plan_rows(read_csv(write(tmp_path / "a.csv", ROWS)))
    lines = [p.line for p in plans]
    choices = {lines[1]: Choice.ADD, lines[2]: Choice.ADD, lines[3]: Choice.SKIP,
               lines[5]: Choice.NEW}
    with new_db.session() as s:
        report = import_rows(s, plans, file_name="a.csv", choices=choices)
    assert [n for n, _ in report.imported] == [lines[0], lines[4], lines[5]]
    assert [n for n, _ in report.added] == [lines[1], lines[2]]
    assert [n for n, _ in report.duplicates] == [lines[3]]  # Zoe Bronte, skipped as chosen
    assert "skipped as chosen" in report.duplicates[0][1]
    assert report.summary() == ("3 imported, 1 skipped, 1 duplicate, "
                                "2 added to people already here")
    added = dict(report.added)
    assert added[lines[1]] == ("Ada Obi added to Ada Obi: phone +234 801 234 5678; "
                               "tags python, remote; a note")
    assert added[lines[2]] == ("王磊 added to 王磊: another e-mail wanglei@other.cn; "
                               "another phone +86 139 0000 0000; tag nlp; a note")
    assert names(new_db) == sorted(["王磊", "Zoë Brontë", "Ada Obi", "Chiamaka Eze", "李娜",
                                    "李娜"])
    with new_db.reader() as s:
        wang = candidates.candidate_draft(s, people["王磊"])
        assert (wang.email, wang.phone) == ("wang.lei@example.cn", "+86 138 0013 8000")
        assert wang.tags == ["nlp"]
        assert s.scalars(select(CandidateLink.value).where(
            CandidateLink.candidate_id == people["王磊"])).all() == [
            "wanglei@other.cn", "+86 139 0000 0000"]
        assert s.scalar(select(Note.body).where(Note.candidate_id == people["王磊"])) == \
            f"From a.csv, line {lines[2]}:\nStrong NLP."
        assert candidates.candidate_draft(s, people["Ada Obi"]).phone == "+234 801 234 5678"


def test_without_choices_the_command_line_behaviour_stays(new_db: Database, tmp_path: Path,
                                                          people: dict[str, str]) -> None:
    plans = plan_rows(read_csv(write(tmp_path / "a.csv", ROWS)))
    with new_db.session() as s:
        report = import_rows(s, plans)
    assert len(report.imported) == 5 and len(report.duplicates) == 1  # maybes imported
    assert sum("may be the same person" in w for _, w in report.warnings) == 3
    with new_db.session() as s:
        again = import_rows(s, plans, skip_possible=True)
    assert (len(again.imported), len(again.duplicates)) == (0, 6)


def test_cli_skip_possible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.hirefile"
    assert main(["init", str(f)]) == 0
    first = write(tmp_path / "first.csv", [["Zoë Brontë", "zoe@example.org", "", "", ""]])
    assert main(["import-csv", str(f), str(first)]) == 0
    path = write(tmp_path / "a.csv", [["Zoe Bronte", "z@example.com", "", "", ""]])
    capsys.readouterr()
    assert main(["import-csv", str(f), str(path), "--skip-possible"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "0 imported, 0 skipped, 1 duplicate"
    assert "skipped as chosen: Zoe Bronte may be the same person as Zoë Brontë" in out
    assert main(["import-csv", str(f), str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "1 imported, 0 skipped, 0 duplicate"
    assert "note: Zoe Bronte may be the same person as Zoë Brontë" in out


def test_undo_and_redo_an_import(new_db: Database, tmp_path: Path,
                                 people: dict[str, str]) -> None:
    with new_db.session() as s:
        role = add_role_from_template(s, template("ml_engineer")).id
    plans = plan_rows(read_csv(write(tmp_path / "a.csv", ROWS)))
    lines = [p.line for p in plans]
    with new_db.session() as s:
        report = import_rows(s, plans, role_id=role, file_name="a.csv",
                             choices={lines[2]: Choice.ADD, lines[3]: Choice.NEW,
                                      lines[5]: Choice.NEW})
    assert report.import_id is not None and report.applications == 6

    def state() -> tuple[list[str], int, list[str], str | None, int, int]:
        with new_db.reader() as s:
            apps = len(listing.application_ids(s, role_id=role))
            wang = candidates.candidate_draft(s, people["王磊"])
            links = s.scalar(select(func.count(CandidateLink.id)).where(
                CandidateLink.deleted_at.is_(None)))
            tagged = s.scalar(select(func.count(CandidateTag.id)).where(
                CandidateTag.deleted_at.is_(None)))
            return names(new_db), apps, wang.tags, wang.phone, links or 0, tagged or 0

    after = state()
    assert after[5] == 2  # "ml" on Chiamaka, "nlp" on 王磊 (Ada is skipped with her tags)
    with new_db.session() as s:
        assert undo_import(s, report.import_id) == "Undid the import from a.csv"
    assert state() == (sorted(people), 0, [], "+86 138 0013 8000", 0, 0)
    with new_db.session() as s:
        redo_import(s, report.import_id)
    assert state() == after
    with new_db.session() as s:  # and back again: undo works after a redo
        undo_import(s, report.import_id)
    assert state()[0] == sorted(people)
    with new_db.session() as s:
        redo_import(s, report.import_id)

    # someone edits an imported person: undo is refused and nothing changes
    with new_db.reader() as s:
        chiamaka = next(r.id for r in listing.candidate_rows(s, listing.candidate_ids(s))
                        .values() if r.name == "Chiamaka Eze")
        draft = candidates.candidate_draft(s, chiamaka)
    draft.location = "Lagos"
    with new_db.session() as s:
        candidates.update_candidate(s, chiamaka, draft)
    before = new_db.path.read_bytes()
    with pytest.raises(ImportChanged) as refused, new_db.session() as s:
        undo_import(s, report.import_id)
    assert refused.value.message == ("The import from a.csv cannot be undone: Chiamaka Eze "
                                     "was edited since; change that back, or remove people "
                                     "one by one instead")
    assert new_db.path.read_bytes() == before


# the dialog -------------------------------------------------------------------------------------

def dialog_for(qtbot: Any, db: Database) -> ImportCsvDialog:
    d = ImportCsvDialog(db)
    qtbot.addWidget(d)
    d.resize(1060, 720)
    d.show()
    return d


def test_the_preview_marks_people_here_and_waits_for_a_choice(
        qtbot: Any, qtmodeltester: Any, new_db: Database, tmp_path: Path,
        people: dict[str, str]) -> None:
    d = dialog_for(qtbot, new_db)
    assert d.load_file(write(tmp_path / "a.csv", ROWS))
    model = d.preview_model
    qtmodeltester.check(model)
    status = [model.index(r, COL_STATUS).data() for r in range(model.rowCount())]
    assert status[:6] == [
        "New",
        f"Already here: {isolate('Ada Obi')} (same e-mail, same name)",
        f"Maybe {isolate('王磊')} (same name)",
        f"Maybe {isolate('Zoë Brontë')} (same name)",
        "New",
        f"Maybe {isolate('李娜')} (same name)"]
    choice = [model.index(r, COL_CHOICE).data() for r in range(model.rowCount())]
    assert choice == ["", "Skip", "Choose…", "Choose…", "", "Choose…", ""]
    assert d.form.summaryLabel.text() == ("2 to import · 1 already here · "
                                          "3 possible duplicates (choose) · 1 with problems")
    assert not d.form.importButton.isEnabled()
    assert d.form.importButton.text() == "Choose for 3 rows first"
    assert d.import_now() is None and count(new_db) == 3

    # only the rows to check, then a choice in the Choice column's combo
    d.form.toCheckOnly.setChecked(True)
    assert [r.name for r in model.rows] == ["Ada Obi", "王磊", "Zoe Bronte", "李娜"]
    qtmodeltester.check(model)
    at = model.index(1, COL_CHOICE)
    assert at.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(1, COL_STATUS).flags() & Qt.ItemFlag.ItemIsEditable
    delegate = d.form.previewTable.itemDelegateForColumn(COL_CHOICE)
    assert isinstance(delegate, ChoiceDelegate)
    editor = delegate.createEditor(QWidget(d), QStyleOptionViewItem(), at)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Choose…", "Skip", "Import as new", f"Add to {isolate('王磊')}"]
    editor.setCurrentIndex(3)
    delegate.setModelData(editor, model, at)
    assert model.index(1, COL_CHOICE).data() == f"Add to {isolate('王磊')}"
    assert model.index(1, COL_CHOICE).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Adds to {isolate('王磊')}: another e-mail wanglei@other.cn; another phone "
        f"+86 139 0000 0000; tag nlp; a note")
    assert model.setData(model.index(2, COL_CHOICE), Choice.SKIP.value)
    assert not model.setData(model.index(2, COL_CHOICE), "maybe")
    assert d.form.summaryLabel.text() == (
        "2 to import · 1 to add to people already here · 1 already here · "
        "1 skipped by choice · 1 possible duplicate (choose) · 1 with problems")
    assert model.choose_undecided(Choice.NEW) == 1
    assert d.form.summaryLabel.text() == (
        "3 to import · 1 to add to people already here · 1 already here · "
        "1 skipped by choice · 0 possible duplicates · 1 with problems")
    assert d.form.importButton.isEnabled() and d.form.importButton.text() == "&Import"

    # a role changes no match and keeps the choices
    d.form.roleCombo.setCurrentIndex(0)
    d.update_preview()
    assert model.counts()["add"] == 1

    report = d.import_now()
    assert report is not None
    assert (len(report.imported), len(report.added), len(report.duplicates)) == (3, 1, 2)
    text = d.form.reportText.toPlainText()
    assert "added: 王磊 added to 王磊: another e-mail wanglei@other.cn" in text
    assert "1 added to people already here" in d.form.reportTitle.text()
    assert count(new_db) == 6


def test_thirty_rows_are_one_undo_step(qtbot: Any, new_db: Database, tmp_path: Path,
                                       people: dict[str, str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    first = ["Amara", "Bogdan", "Chen", "Dilnoza", "Emeka", "Fatima"]
    last = ["Okafor", "Kowalski", "Wen", "Yusupova", "Nwosu"]
    rows = [[f"{a} {b}", f"{a}.{b}@example.org".lower(), "", "", ""]
            for a in first for b in last]
    path = write(tmp_path / "thirty.csv", rows)
    monkeypatch.setattr(files, "ask_csv_file", lambda parent, directory: path)

    def run(cls: Any, parent: Any, db: Database) -> Any:
        d = cls(db, parent)
        assert d.choose_file()
        d.preview_model.choose_undecided(Choice.NEW)  # "Amara Okafor" may be "Amara Nwosu"…
        return d.import_now()

    monkeypatch.setattr(ImportCsvDialog, "run", classmethod(run))
    page = CandidatesPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.set_database(new_db)
    page.show()
    assert page.model.rowCount() == 3
    assert page.import_csv()
    assert page.model.rowCount() == 33 and page.undo_stack.count() == 1
    assert page.undo_stack.undoText() == f"Import 30 candidates from {isolate('thirty.csv')}"

    assert undo_safely(page.undo_stack) is None
    assert page.model.rowCount() == 3 and names(new_db) == sorted(people)
    assert redo_safely(page.undo_stack) is None
    assert page.model.rowCount() == 33 and count(new_db) == 33

    # an imported person edited since: undo says why, the stack and the file stay
    with new_db.reader() as s:
        cid = next(r.id for r in listing.candidate_rows(s, listing.candidate_ids(s)).values()
                   if r.name == "Chen Wen")
        draft = candidates.candidate_draft(s, cid)
    draft.current_title = "ML engineer"
    with new_db.session() as s:
        candidates.update_candidate(s, cid, draft)
    before = new_db.path.read_bytes()
    refused = undo_safely(page.undo_stack)
    assert refused is not None
    assert refused.message == (f"The import from {isolate('thirty.csv')} cannot be undone: "
                               f"{isolate('Chen Wen')} was edited since; change that back, or "
                               f"remove people one by one instead")
    assert page.undo_stack.index() == 1 and page.undo_stack.canUndo()
    assert new_db.path.read_bytes() == before and page.model.rowCount() == 33


def test_an_import_that_adds_to_a_person_is_undone_too(new_db: Database, tmp_path: Path,
                                                       people: dict[str, str]) -> None:
    plans = plan_rows(read_csv(write(tmp_path / "a.csv", ROWS[1:2])))
    with new_db.session() as s:
        report = import_rows(s, plans, file_name="a.csv", choices={plans[0].line: Choice.ADD})
    assert report.import_id is not None and not report.imported
    with new_db.session() as s:
        undo_import(s, report.import_id)
    with new_db.reader() as s:
        ada = candidates.candidate_draft(s, people["Ada Obi"])
        assert (ada.phone, ada.tags) == (None, [])
        assert s.scalar(select(func.count(Note.id)).where(Note.deleted_at.is_(None))) == 0
    # the person was filled in since the undo: redo would overwrite it, so it is refused
    ada.phone = "+234 700 000 0000"
    with new_db.session() as s:
        candidates.update_candidate(s, people["Ada Obi"], ada)
    with pytest.raises(ImportChanged, match="Ada Obi was given another phone since"), \
            new_db.session() as s:
        redo_import(s, report.import_id)
    with new_db.reader() as s:
        assert s.scalar(select(Candidate.phone).where(Candidate.id == people["Ada Obi"])) == \
            "+234 700 000 0000"


def test_add_to_goes_to_the_person_chosen(new_db: Database, tmp_path: Path,
                                          people: dict[str, str]) -> None:
    """"Add to" a row above: that row's person, even when someone in the file is likelier; and
    when that row was skipped, the row is imported as new and the report says why."""
    rows = [["王磊", "wanglei@other.cn", "", "", ""],
            ["王磊", "wang@third.cn", "+86 135 0000 0000", "", ""],
            ["Zoe Bronte", "z@example.com", "", "", ""],
            ["Zoe Bronte", "z2@example.com", "", "", ""]]
    plans = plan_rows(read_csv(write(tmp_path / "a.csv", rows)))
    with new_db.reader() as s:
        checks = check_rows(s, plans)
    lines = [p.line for p in plans]
    assert checks[1].match is not None and checks[3].match is not None
    # the second 王磊 and the second Zoe match the file's people first
    assert checks[1].match.candidate_id == people["王磊"]
    with new_db.session() as s:
        report = import_rows(s, plans, file_name="a.csv",
                             choices={lines[0]: Choice.NEW, lines[1]: Choice.ADD,
                                      lines[2]: Choice.SKIP, lines[3]: Choice.ADD},
                             targets={lines[1]: f"line {lines[0]}",
                                      lines[3]: f"line {lines[2]}"})
    assert [n for n, _ in report.imported] == [lines[0], lines[3]]
    assert report.added == [(lines[1], "王磊 added to 王磊: another e-mail wang@third.cn; "
                                       "phone +86 135 0000 0000")]
    assert (lines[3], f"the row on line {lines[2]} it was to be added to was not imported; "
                      f"imported as a new person") in report.warnings
    with new_db.reader() as s:  # the phone went to the new 王磊, not to the one already here
        assert candidates.candidate_draft(s, people["王磊"]).phone == "+86 138 0013 8000"


def test_edit_undo_takes_an_import_back_in_the_window(
        qtbot: Any, qapp: Any, new_db: Database, tmp_path: Path, people: dict[str, str],
        identity: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Edit → Undo and Redo in the window: the list, the sidebar badge and the status bar
    follow; a refused undo says why and the Edit menu still offers the same undo."""
    rows = [[f"Person {chr(65 + i)}{chr(97 + j)}lund", f"p{i}.{j}@example.org", "", "", ""]
            for i in range(6) for j in range(5)]
    path = write(tmp_path / "thirty.csv", rows)
    monkeypatch.setattr(files, "ask_csv_file", lambda parent, directory: path)

    def run(cls: Any, parent: Any, db: Database) -> Any:
        d = cls(db, parent)
        assert d.choose_file()
        d.preview_model.choose_undecided(Choice.NEW)
        return d.import_now()

    monkeypatch.setattr(ImportCsvDialog, "run", classmethod(run))
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda _p, _title, text: shown.append(text))
    w = MainWindow(new_db, Settings(), identity)
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    w.show_page(PAGE_CANDIDATES)  # File → Import CSV… from the list on screen
    page = w.candidates_page

    def seen() -> tuple[int, Any, str]:
        return (page.model.rowCount(), w.form.navList.item(PAGE_CANDIDATES).data(COUNT_ROLE),
                w.counts_label.text())

    before = seen()
    assert before[:2] == (3, 3)
    page.action_import.trigger()
    after = seen()
    assert after[:2] == (33, 33) and "33 candidates" in after[2]
    assert w.action_undo.text() == f"&Undo Import 30 candidates from {isolate('thirty.csv')}"
    w.action_undo.trigger()
    assert seen() == before and not shown
    w.action_redo.trigger()
    assert seen() == after

    with new_db.reader() as s:
        cid = next(r.id for r in listing.candidate_rows(s, listing.candidate_ids(s)).values()
                   if r.name == "Person Aalund")
    with new_db.session() as s:
        candidates.remove_candidate(s, cid)
    w.action_undo.trigger()
    assert shown == [f"The import from {isolate('thirty.csv')} cannot be undone: "
                     f"{isolate('Person Aalund')} was removed since; change that back, or "
                     f"remove people one by one instead"]
    assert w.undo_stack.index() == 1 and w.undo_stack.canUndo()
