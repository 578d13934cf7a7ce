"""The E-mail Templates editor: edit a built-in (one undo step), placeholders inserted by a
click, unknown ones listed and refused, revert, add and remove one of your own, and Write
E-mail's "Edit Templates…" fills the draft from what was saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from test_mail_service import add_person

from hirefile.services import mail_templates
from hirefile.storage.database import Database
from hirefile.ui import mail_templates_dialog
from hirefile.ui.mail_dialog import WriteEmailDialog
from hirefile.ui.mail_templates_dialog import MailTemplatesDialog


def _labels(d: MailTemplatesDialog) -> list[str]:
    return [d.model.item(r).text() for r in range(d.model.rowCount())]


def _choose(d: MailTemplatesDialog, key: str) -> None:
    row = list(d.templates).index(key)
    d.form.templateList.setCurrentIndex(d.model.index(row, 0))


def test_editing_a_built_in_is_one_undo_step_and_revert_brings_it_back(
        qtbot: Any, demo_db: Database) -> None:
    stack = QUndoStack()
    d = MailTemplatesDialog(None, demo_db, stack)
    qtbot.addWidget(d)
    _choose(d, "rejection")
    f = d.form
    assert f.nameEdit.text() == "Not moving forward"
    assert f.revertButton.isVisible() is False or not f.revertButton.isEnabled()
    assert not f.removeButton.isEnabled() and not f.saveButton.isEnabled()
    f.subjectEdit.setText("About your application, ")
    f.subjectEdit.setCursorPosition(len(f.subjectEdit.text()))
    f.placeholderList.itemClicked.emit(f.placeholderList.item(1))  # {candidate_first_name}
    assert f.subjectEdit.text() == "About your application, {candidate_first_name}"
    qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
    assert "Not moving forward · changed" in _labels(d)
    assert f.revertButton.isEnabled() and stack.count() == 1
    with demo_db.reader() as s:
        assert mail_templates.find(s, "rejection").template.subject == f.subjectEdit.text()
    stack.undo()
    with demo_db.reader() as s:
        assert not mail_templates.find(s, "rejection").changed
    stack.redo()
    d.reload("rejection")
    qtbot.mouseClick(f.revertButton, Qt.MouseButton.LeftButton)
    assert f.subjectEdit.text() == "Your application to {company_name}"
    assert "Not moving forward" in _labels(d) and stack.count() == 2


def test_unknown_placeholders_are_listed_as_typed_and_the_save_refused(
        qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    d = MailTemplatesDialog(None, demo_db, QUndoStack())
    qtbot.addWidget(d)
    d.show()
    f = d.form
    f.bodyEdit.setPlainText("Hi {candidate_frist_name},\n")
    assert f.problemsLabel.isVisible()
    assert "Unknown placeholders {candidate_frist_name}" in f.problemsLabel.text()
    qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
    with demo_db.reader() as s:
        assert not mail_templates.find(s, "acknowledgement").changed
    assert "{candidate_frist_name}" in f.problemsLabel.text()
    asked: list[str] = []
    monkeypatch.setattr(mail_templates_dialog.messages, "ask_unsaved",
                        lambda _parent, what: asked.append(what) or "discard")
    d.reject()  # closing with the text unsaved asks; discarding keeps Hirefile's text
    assert asked == ["“Application received”"] and not d.isVisible()


def test_add_and_remove_a_template_of_your_own(qtbot: Any, demo_db: Database,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    stack = QUndoStack()
    d = MailTemplatesDialog(None, demo_db, stack)
    qtbot.addWidget(d)
    qtbot.mouseClick(d.form.addButton, Qt.MouseButton.LeftButton)
    assert _labels(d)[-1] == "New template · yours"
    assert d.key is not None and d.key.startswith("custom-")
    d.form.nameEdit.setText("Reference check")
    qtbot.mouseClick(d.form.saveButton, Qt.MouseButton.LeftButton)
    assert _labels(d)[-1] == "Reference check · yours"
    assert d.form.removeButton.isEnabled() and not d.form.revertButton.isVisible()
    qtbot.mouseClick(d.form.removeButton, Qt.MouseButton.LeftButton)
    assert not any("yours" in x for x in _labels(d)) and stack.count() == 3
    stack.undo()  # the removal undone: it is back
    with demo_db.reader() as s:
        assert [t.template.name for t in mail_templates.effective(s) if t.custom] == \
            ["Reference check"]


def test_write_email_edit_templates_fills_the_draft_from_what_was_saved(
        qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    cid, _app = add_person(demo_db)
    dialog = WriteEmailDialog(None, demo_db, [cid], template_key="rejection")
    qtbot.addWidget(dialog)

    def edit(parent: Any, db: Database, stack: Any = None, notify: Any = None, *,
             key: str | None = None) -> None:
        assert key == "rejection"
        with db.session() as s:
            mail_templates.save(s, key, mail_templates.TemplateText(
                "Not moving forward", "Thank you, {candidate_first_name}", "Thank you.\n"))

    monkeypatch.setattr(mail_templates_dialog, "edit_templates", edit)
    qtbot.mouseClick(dialog.form.editTemplatesButton, Qt.MouseButton.LeftButton)
    assert dialog.form.subjectEdit.text() == "Thank you, Zo"
    assert dialog.form.bodyEdit.toPlainText() == "Thank you.\n"
