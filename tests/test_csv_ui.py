"""CSV import dialog (mapping, preview, import, report) and the page's CSV export, headless."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.services import candidates, listing, pipeline
from hirefile.services.csv_import import Choice, ImportReport
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.ui import theme
from hirefile.ui.csv import files
from hirefile.ui.csv.import_dialog import ImportCsvDialog
from hirefile.ui.csv.models import COL_TARGET, MappingDelegate
from hirefile.ui.pages.candidates import CandidatesPage

HEADERS = ["Name", "E-mail", "Telefon", "Source", "Applied for", "Stage", "Notes", "Sprachen"]
ROWS = [
    ["<b>Ada</b> Lovelace", "ada@example.org", "+44 20 7946 0018", "Referral", "", "",
     "Met at a meetup.\nWants remote; “early-stage”.", "en; fr"],
    ["王磊", "wang.lei@example.cn", "+86 138 0013 8000", "LinkedIn", "", "Screen",
     "Strong NLP.\n\nSecond paragraph; with ; semicolons", "zh"],
    ["محمد الفارسي", "m.alfarsi@example.ae", "", "Inbound", "", "", "", "ar, en"],
    ["Тарас Шевченко", "taras@example.ua", "", "Event", "", "", "=cmd|' /C calc'!A0", "uk"],
    ["Łukasz Żółć", "not-an-email", "", "", "", "", "", "pl"],
    ["Chiamaka Eze", "chiamaka@example.ng", "", "Agency", "", "Technical", "", ""],
]


def hostile_csv(path: Path, role_title: str) -> Path:
    """UTF-8 with a BOM, `;`-separated, quoted multi-line notes, markup and many scripts."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in ROWS:
        row = list(row)
        row[4] = role_title if row[5] else ""
        writer.writerow(row)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


@pytest.fixture
def role_id(new_db: Database) -> str:
    with new_db.session() as s:
        return add_role_from_template(s, template("ml_engineer")).id


@pytest.fixture
def role_title(new_db: Database, role_id: str) -> str:
    with new_db.reader() as s:
        return next(r.title for r in listing.role_rows(s) if r.id == role_id)


def dialog_for(qtbot: Any, db: Database) -> ImportCsvDialog:
    d = ImportCsvDialog(db)
    qtbot.addWidget(d)
    d.resize(1060, 720)
    d.show()
    return d


def names(db: Database) -> list[str]:
    with db.reader() as s:
        return sorted(r.name for r in listing.candidate_rows(s, listing.candidate_ids(s))
                      .values())


def test_hostile_file_maps_previews_and_imports(qtbot: Any, qtmodeltester: Any,
                                                new_db: Database, role_id: str,
                                                role_title: str, tmp_path: Path) -> None:
    path = hostile_csv(tmp_path / "Kandidaten.csv", role_title)
    d = dialog_for(qtbot, new_db)
    assert d.form.steps.currentWidget() is d.form.startPage
    assert not d.form.importButton.isEnabled()
    assert d.load_file(path)
    assert "semicolon" in d.form.fileInfoLabel.text() and "6 rows" in d.form.fileInfoLabel.text()
    mapping = d.mapping_model.mapping
    assert mapping[:6] == ["full_name", "email", "phone", "source", "role", "stage"]
    assert mapping[6:] == ["notes", "keep_as_note"]  # "Sprachen" is unknown: kept as a note
    sample = d.mapping_model.index(6, 2).data()
    assert "⏎" in sample and "\n" not in sample
    qtmodeltester.check(d.mapping_model)
    qtmodeltester.check(d.preview_model)

    rows = d.preview_model.rows
    assert [r.name for r in rows] == [r[0] for r in ROWS]
    assert rows[0].name == "<b>Ada</b> Lovelace"  # shown as typed, never as markup
    bad = rows[4]
    assert bad.tone == "problem" and "not an e-mail address" in bad.status
    status = d.preview_model.index(4, 6)
    assert status.data(Qt.ItemDataRole.ForegroundRole) == QColor(theme.RED)
    assert (rows[1].role, rows[1].stage) == (role_title, "Screen")
    assert d.form.summaryLabel.text() == ("5 to import · 0 already here · "
                                          "0 possible duplicates · 1 with problems")

    # the person maps the languages column to tags instead of a note
    assert d.mapping_model.setData(d.mapping_model.index(7, COL_TARGET), "tags")
    assert d.mapping_model.mapping[7] == "tags"

    report = d.import_now()
    assert report is not None
    assert (len(report.imported), len(report.skipped), len(report.duplicates)) == (5, 1, 0)
    assert d.form.steps.currentWidget() is d.form.reportPage
    assert (d.form.importedCount.text(), d.form.skippedCount.text(),
            d.form.duplicateCount.text()) == ("5", "1", "0")
    # the line an editor shows: the rows before it hold multi-line notes
    assert "line 9: skipped" in d.form.reportText.toPlainText()
    assert d.form.cancelButton.text() == "Close" and d.form.importButton.isHidden()

    assert names(new_db) == sorted(r[0] for r in ROWS if r[1] != "not-an-email")
    with new_db.reader() as s:
        by_name = {r.name: r.id for r in listing.candidate_rows(
            s, listing.candidate_ids(s)).values()}
        wang = candidates.candidate_draft(s, by_name["王磊"])
        taras = candidates.candidate_draft(s, by_name["Тарас Шевченко"])
        assert "Second paragraph; with ; semicolons" in wang.notes and "\n" in wang.notes
        assert wang.tags == ["zh"]
        assert taras.notes.startswith("=cmd")  # kept as text; export guards it again
        app = pipeline.application_for(s, by_name["Chiamaka Eze"], role_id)
        assert app is not None and pipeline.history(s, app.id)[-1].to_name == "Technical"

    again = dialog_for(qtbot, new_db)
    again.load_file(path)
    assert sum(r.tone == "duplicate" for r in again.preview_model.rows) == 5
    second = again.import_now()
    assert second is not None
    assert (len(second.imported), len(second.skipped), len(second.duplicates)) == (0, 1, 5)
    assert again.form.duplicateCount.text() == "5"
    assert len(names(new_db)) == 5


def test_an_unclosed_quote_is_listed_and_waits_for_the_persons_choice(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    lines = ["Name,Email,Notes\n"] + [f"Person {i},p{i}@example.org,row {i}\n"
                                     for i in range(1, 21)]
    lines[6] = 'Person 6,p6@example.org,"wants 5 days remote\n'
    path = tmp_path / "quote.csv"
    path.write_text("".join(lines), encoding="utf-8")
    d = dialog_for(qtbot, new_db)
    assert d.load_file(path)
    f = d.form
    assert f.warningBanner.isVisible() and "may lose or merge rows" in f.fileProblemsTitle.text()
    shown = [f.fileProblemsList.item(i).text() for i in range(f.fileProblemsList.count())]
    assert any(t.startswith("line 7: a quote opens here and runs to line 21") for t in shown)
    assert not f.importButton.isEnabled()
    assert d.import_now() is None and names(new_db) == []
    f.importAnywayCheck.setChecked(True)
    assert f.importButton.isEnabled()
    report = d.import_now()
    assert report is not None and len(report.imported) == 6
    assert "imported as read: line 7: a quote opens here" in f.reportText.toPlainText()


def test_stray_bytes_are_shown_and_another_encoding_can_be_chosen(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("Name,Email\nJürgen Müller,j@example.de\n".encode()
                     + b"Zo\xeb Bront\xeb,z@example.org\n")
    d = dialog_for(qtbot, new_db)
    d.load_file(path)
    f = d.form
    assert f.fileProblemsList.item(0).text().startswith("line 3: bytes that are not UTF-8")
    assert "UTF-8" in f.fileInfoLabel.text()
    assert [r.name for r in d.preview_model.rows] == ["Jürgen Müller", "Zo\ufffd Bront\ufffd"]
    f.encodingCombo.setCurrentIndex(f.encodingCombo.findData("cp1252"))
    assert not f.warningBanner.isVisible()
    assert "Windows-1252" in f.fileInfoLabel.text()
    assert [r.name for r in d.preview_model.rows] == ["JÃ¼rgen MÃ¼ller", "Zoë Brontë"]


def test_cancelling_the_progress_dialog_leaves_the_file_unchanged(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Name,Email\n" + "".join(f"Person {i},p{i}@example.org\n"
                                             for i in range(1_200)), encoding="utf-8")
    d = dialog_for(qtbot, new_db)
    d.load_file(path)
    # "Person 12" may be "Person 1": the person imports every such row as new
    assert d.preview_model.choose_undecided(Choice.NEW) > 0
    before = new_db.path.read_bytes()
    seen: list[int] = []

    def cancel() -> None:
        assert d.progress_dialog is not None
        seen.append(d.progress_dialog.value())
        d.progress_dialog.cancel()

    QTimer.singleShot(0, cancel)
    assert d.import_now() is None
    assert seen and 0 <= seen[0] < 1_200  # cancelled while rows were being written
    assert "cancelled; nothing was imported" in d.form.problemLabel.text()
    assert d.progress_dialog is None and d.report is None
    assert names(new_db) == []
    assert new_db.path.read_bytes() == before
    report = d.import_now()  # the person may start it again
    assert report is not None and len(report.imported) == 1_200
    assert d.form.problemFrame.isHidden()


def test_choosing_a_role_puts_everyone_in_it(qtbot: Any, new_db: Database, role_id: str,
                                             role_title: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = hostile_csv(tmp_path / "people.csv", role_title)
    monkeypatch.setattr(files, "ask_csv_file", lambda parent, directory: path)
    d = dialog_for(qtbot, new_db)
    d.form.chooseButton.click()
    d.form.roleCombo.setCurrentIndex(d.form.roleCombo.findData(role_id))
    assert {r.role for r in d.preview_model.rows} == {role_title}
    report = d.import_now()
    assert report is not None and report.applications == 5


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"\x00\x01\x02binary\x00" * 20, "not a CSV file"),
    (b"Name,E-mail\r\n", "no candidates"),
])
def test_an_unreadable_file_is_explained(qtbot: Any, new_db: Database, tmp_path: Path,
                                         content: bytes, message: str) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    d = dialog_for(qtbot, new_db)
    assert not d.load_file(path)
    assert d.form.problemFrame.isVisible() and message in d.form.problemLabel.text()
    assert not d.form.importButton.isEnabled()
    assert d.form.steps.currentWidget() is d.form.startPage


def test_without_a_name_column_nothing_can_be_imported(qtbot: Any, new_db: Database,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Name,E-mail\nAda,ada@example.org\n", encoding="utf-8")
    d = dialog_for(qtbot, new_db)
    d.load_file(path)
    assert d.form.importButton.isEnabled()
    d.mapping_model.setData(d.mapping_model.index(0, COL_TARGET), "ignore")
    assert not d.form.importButton.isEnabled()
    assert "which column holds the name" in d.form.summaryLabel.text()


def test_mapping_delegate_edits_with_a_combo(qtbot: Any, new_db: Database,
                                            tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Name,Mystery\nAda,42\n", encoding="utf-8")
    d = dialog_for(qtbot, new_db)
    d.load_file(path)
    delegate = d.form.mappingTable.itemDelegateForColumn(COL_TARGET)
    assert isinstance(delegate, MappingDelegate)
    index = d.mapping_model.index(1, COL_TARGET)
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "keep_as_note"
    editor.setCurrentIndex(editor.findData("phone"))
    delegate.setModelData(editor, d.mapping_model, index)
    assert d.mapping_model.mapping == ["full_name", "phone"]


# the page: import action and export ----------------------------------------------------------

@pytest.fixture
def page(qtbot: Any, new_db: Database) -> CandidatesPage:
    p = CandidatesPage()
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.set_database(new_db)
    p.show()
    return p


def test_import_action_refreshes_the_list(page: CandidatesPage, new_db: Database,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def run(cls: Any, parent: Any, db: Database) -> ImportReport:
        with db.session() as s:
            candidates.create_candidate(s, CandidateDraft(full_name="Ada Obi"))
        return ImportReport(imported=[(2, "Ada Obi")])

    monkeypatch.setattr(ImportCsvDialog, "run", classmethod(run))
    changed: list[int] = []
    page.sig_changed.connect(lambda: changed.append(1))
    page.action_import.trigger()
    assert page.model.rowCount() == 1 and changed
    assert "1 imported" in page.form.noticeLabel.text()


def test_export_writes_the_current_search_in_its_order(qtbot: Any, page: CandidatesPage,
                                                       new_db: Database, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with new_db.session() as s:
        for name, company in (("Ana Lima", "DeepMind"), ("Bo Chen", "Mistral"),
                              ("Zoë Adeyemi", "DeepMind"), ("=Eve Hack", "DeepMind")):
            candidates.create_candidate(s, CandidateDraft(full_name=name,
                                                          current_company=company))
    page.refresh()
    page.search_edit.setText("DeepMind")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    target = tmp_path / "out" / "export"
    target.parent.mkdir()
    suggested: list[Path] = []
    monkeypatch.setattr(files, "ask_export_target",
                        lambda parent, s: suggested.append(s) or target.with_suffix(".csv"))
    written = page.export_csv()
    assert written == target.with_suffix(".csv")
    assert suggested[0].name == "Candidates matching DeepMind.csv"
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r[0].removeprefix("'") for r in rows[1:]] == shown
    assert "'=Eve Hack" in [r[0] for r in rows[1:]]  # formula-guarded
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.csv"]  # atomic
    assert str(written) in page.form.noticeLabel.text()


def test_a_long_report_shows_a_hundred_lines_and_names_the_file_with_the_rest(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name,E-mail\n" + "".join(f"Person {i},broken{i}@\n" for i in range(150))
                    + "Fine Person,fine@example.org\n", encoding="utf-8")
    d = dialog_for(qtbot, new_db)
    d.load_file(path)
    report = d.import_now()
    assert report is not None and len(report.skipped) == 150
    shown = d.form.reportText.toPlainText().splitlines()
    rest = tmp_path / "bad.csv.report.txt"
    assert len(shown) == 101 and shown[-1] == f"… and 50 more lines, all of them in {rest}"
    assert len(rest.read_text(encoding="utf-8").splitlines()) == 151


def test_a_cyrillic_windows_file_can_be_read_as_such(qtbot: Any, new_db: Database,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "cp1251.csv"
    path.write_bytes("Имя,Email\nОлена Коваленко,olena@example.ua\n".encode("cp1251"))
    d = dialog_for(qtbot, new_db)
    d.load_file(path)
    assert "Windows-1252" in d.form.fileInfoLabel.text()  # what the rule makes of it, said
    d.form.encodingCombo.setCurrentIndex(d.form.encodingCombo.findData("cp1251"))
    assert "Windows-1251 (Cyrillic)" in d.form.fileInfoLabel.text()
    assert d.mapping_model.index(0, 0).data() == "Имя"
    assert d.mapping_model.index(0, 2).data() == "Олена Коваленко"
