"""The CSV import dialog and a row for a person erased from the file: said with the erasure's
date, skipped unless the founder chooses Import anyway, and then imported as a new candidate."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QMenu, QStyleOptionViewItem, QWidget

from hirefile.services import listing
from hirefile.services.csv_import import Choice, Found
from hirefile.services.erasure import ERASED_NAME, erase_candidate, erased_mark
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate
from hirefile.ui import theme
from hirefile.ui.csv.import_dialog import ImportCsvDialog
from hirefile.ui.csv.models import COL_CHOICE, COL_STATUS, ChoiceDelegate

#: The erasure's date as the test sets it (an erasure made months before the import).
ERASED_ON = "2026-03-14"
#: People new to the demo file, in several scripts.
NEW_PEOPLE = [("Zoë Adeyemi-Okonkwo", "zoe.adeyemi.okonkwo@example.ng"),
              ("李娜娜", "li.nana.import@example.cn"),
              ("Олена Коваленко-Шевчук", "olena.kovalenko.shevchuk@example.ua")]


def _erase_someone(db: Database) -> tuple[str, str, str, str]:
    """A demo candidate with an e-mail and a phone, erased, the erasure dated `ERASED_ON`:
    (id, name, e-mail, phone) as they were before."""
    with db.reader() as s:
        row = s.execute(sa.select(Candidate.id, Candidate.full_name, Candidate.email,
                                  Candidate.phone)
                        .where(Candidate.email.is_not(None), Candidate.phone.is_not(None),
                               Candidate.deleted_at.is_(None), Candidate.merged_into.is_(None))
                        .order_by(Candidate.id)).first()
    assert row is not None
    erase_candidate(db, row.id)
    with db.session() as s:
        c = s.get_one(Candidate, row.id)
        mark = erased_mark(c.notes)
        assert mark is not None and mark["erased"] != ERASED_ON
        c.notes = json.dumps({**mark, "erased": ERASED_ON}, separators=(",", ":"))
    return row.id, row.full_name, row.email, row.phone


def _csv(path: Path, person: tuple[str, str, str, str]) -> Path:
    """The erased person's row as it was before (e-mail in capitals), then new people."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Name", "E-mail", "Phone"])
    writer.writerow([person[1], person[2].upper(), person[3]])
    for name, email in NEW_PEOPLE:
        writer.writerow([name, email, ""])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _dialog(qtbot: Any, db: Database, path: Path) -> ImportCsvDialog:
    d = ImportCsvDialog(db)
    qtbot.addWidget(d)
    d.resize(1024, 700)
    d.show()
    assert d.load_file(path)
    return d


def _live(db: Database) -> dict[str, str]:
    """Live candidates: e-mail (lower case) → id."""
    with db.reader() as s:
        return {str(e).lower(): i for i, e in s.execute(
            sa.select(Candidate.id, Candidate.email)
            .where(Candidate.deleted_at.is_(None), Candidate.email.is_not(None)))}


def test_an_erased_person_is_said_with_the_erasure_date_and_skipped_by_default(
        qtbot: Any, qtmodeltester: Any, demo_db: Database, tmp_path: Path) -> None:
    person = _erase_someone(demo_db)
    d = _dialog(qtbot, demo_db, _csv(tmp_path / "again.csv", person))
    model = d.preview_model
    qtmodeltester.check(model)
    erased, *new = model.rows
    assert erased.found is Found.ERASED and [r.found for r in new] == [Found.NEW] * 3
    assert [r.name for r in new] == [n for n, _ in NEW_PEOPLE]
    status = model.index(0, COL_STATUS)
    assert status.data() == f"Erased on {ERASED_ON}"
    assert status.data(Qt.ItemDataRole.ForegroundRole) == QColor(theme.RED)
    tip = status.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"Erased from this file on {ERASED_ON}; import anyway? ")
    assert model.index(0, COL_CHOICE).data(Qt.ItemDataRole.ToolTipRole) == tip
    assert model.index(0, COL_CHOICE).data() == "Skip"
    assert model.index(0, COL_CHOICE).flags() & Qt.ItemFlag.ItemIsEditable
    assert model.choice(erased.line) is Choice.SKIP
    assert d.form.summaryLabel.text() == (
        "3 to import · 0 already here · 0 possible duplicates · 0 with problems · "
        "1 person erased before: skipped")
    assert d.form.importButton.isEnabled()
    # the rows to check include it
    d.form.toCheckOnly.setChecked(True)
    assert [r.line for r in model.rows] == [erased.line]
    d.form.toCheckOnly.setChecked(False)

    before = _live(demo_db)
    report = d.import_now()
    assert report is not None
    assert [n for _, n in report.imported] == [n for n, _ in NEW_PEOPLE]
    (line, why), = report.skipped
    assert line == erased.line and f"was erased on {ERASED_ON}" in why
    assert f"was erased on {ERASED_ON}" in d.form.reportText.toPlainText()
    assert d.form.importedCount.text() == "3" and d.form.skippedCount.text() == "1"
    after = _live(demo_db)
    assert person[2].lower() not in after
    assert set(after) - set(before) == {e for _, e in NEW_PEOPLE}
    with demo_db.reader() as s:
        assert s.get_one(Candidate, person[0]).full_name == ERASED_NAME


def test_the_founder_can_import_an_erased_person_anyway(
        qtbot: Any, demo_db: Database, tmp_path: Path) -> None:
    person = _erase_someone(demo_db)
    path = _csv(tmp_path / "again.csv", person)
    d = _dialog(qtbot, demo_db, path)
    model = d.preview_model
    line = model.rows[0].line
    # the Choice cell, edited as a founder does: its combo offers Skip and Import anyway
    view = d.form.previewTable
    delegate = view.itemDelegateForColumn(COL_CHOICE)
    assert isinstance(delegate, ChoiceDelegate)
    index = model.index(0, COL_CHOICE)
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["Skip", "Import anyway"]
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "Skip"
    editor.setCurrentIndex(editor.findText("Import anyway"))
    delegate.setModelData(editor, model, index)
    assert model.choice(line) is Choice.NEW
    assert index.data() == "Import anyway"
    assert model.index(0, COL_STATUS).data() == f"Erased on {ERASED_ON}; imported anyway"
    assert d.form.summaryLabel.text() == (
        "4 to import · 0 already here · 0 possible duplicates · 0 with problems · "
        "1 person erased before: imported anyway")
    # nobody to add an erased person to
    assert not model.setData(index, Choice.ADD.value) and model.choice(line) is Choice.NEW
    # choosing a role for everyone keeps the choice
    d.form.roleCombo.setCurrentIndex(1)
    assert model.rows[0].role and model.choice(line) is Choice.NEW

    report = d.import_now()
    assert report is not None and len(report.imported) == 4 and not report.skipped
    assert report.applications == 4
    live = _live(demo_db)
    again = live[person[2].lower()]
    assert again != person[0]  # a new candidate; the erased record stays erased
    with demo_db.reader() as s:
        rows = listing.candidate_rows(s, [again])
        assert rows[again].name == person[1]
        assert s.get_one(Candidate, person[0]).full_name == ERASED_NAME

    # imported again on purpose, they are now someone already here, not "erased"
    later = _dialog(qtbot, demo_db, path)
    first = later.preview_model.rows[0]
    assert first.found is Found.SAME and first.match == person[1]
    assert "erased before" not in later.form.summaryLabel.text()


def test_the_context_menu_imports_an_erased_person_anyway_and_adds_them_to_nobody(
        qtbot: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    person = _erase_someone(demo_db)
    d = _dialog(qtbot, demo_db, _csv(tmp_path / "again.csv", person))
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, at: shown.append(menu))
    d.form.previewTable.selectRow(0)
    d._preview_menu(QPoint(4, 4))
    menu, = shown
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert actions["Skip"].isEnabled() and actions["Import anyway"].isEnabled()
    add, = (a for text, a in actions.items() if text.startswith("Add to"))
    assert not add.isEnabled()
    actions["Import anyway"].trigger()
    assert d.preview_model.choice(d.preview_model.rows[0].line) is Choice.NEW
    assert d.form.summaryLabel.text().endswith("1 person erased before: imported anyway")
    report = d.import_now()
    assert report is not None and len(report.imported) == 4
    assert person[2].lower() in _live(demo_db)
