"""E-mail Templates…: edit this file's e-mail templates, or add your own.

The list on the left holds Hirefile's templates (marked "changed" when this file edited one)
then the ones added here. On the right, the chosen one's name, subject and text, and the
placeholders e-mails know: clicking one inserts it where the cursor was (the subject or the
text). Placeholders e-mails do not know are listed under the text as you type, as the offer
letter's editor lists them, and a save with one is refused. "Revert to Hirefile's Text" puts
a built-in back as Hirefile wrote it; Add and Remove are for templates of your own. Every
save, revert, add or removal is one undo step (`ChangeMailTemplate`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidgetItem, QWidget

from hirefile.domain import limits
from hirefile.domain.mail_templates import PLACEHOLDERS
from hirefile.errors import HirefileError
from hirefile.services import mail_templates
from hirefile.services.mail_templates import FileTemplate, TemplateText
from hirefile.services.workspace import Workspace
from hirefile.ui import messages, theme
from hirefile.ui.candidate.style import style_sheet
from hirefile.ui.commands import apply
from hirefile.ui.commands.mail import ChangeMailTemplate
from hirefile.ui.common import show_text
from hirefile.ui.generated.ui_mail_templates import Ui_MailTemplatesDialog
from hirefile.ui.screen import fit_to_screen

KEY_ROLE = Qt.ItemDataRole.UserRole + 1

NEW_TEMPLATE = TemplateText(
    "New template", "A note from {company_name}",
    "Hi {candidate_first_name},\n\n\n\nWarm regards,\n{sender_name}\n{company_name}\n")


def list_label(t: FileTemplate) -> str:
    """How the list names a template: its name, and whether this file changed or added it."""
    return t.template.name + (" · changed" if t.changed else " · yours" if t.custom else "")


class MailTemplatesDialog(QDialog):
    """The templates of the file at `db`; changes go on `stack` (the window's, for Edit →
    Undo), and `notify` hears that the templates changed."""

    def __init__(self, parent: QWidget | None, db: Workspace, stack: QUndoStack | None = None,
                 notify: Callable[[], None] = lambda: None, *, key: str | None = None) -> None:
        super().__init__(parent)
        self.form = f = Ui_MailTemplatesDialog()
        f.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self._db, self._notify = db, notify
        self._stack = stack if stack is not None else QUndoStack(self)
        self.templates: dict[str, FileTemplate] = {}
        self.key: str | None = None
        self._shown: TemplateText | None = None
        self._last_field: QLineEdit | None = None
        self.model = QStandardItemModel(self)
        f.templateList.setModel(self.model)
        f.templateList.setEditTriggers(f.templateList.EditTrigger.NoEditTriggers)
        f.nameEdit.setMaxLength(limits.NAME)
        f.subjectEdit.setMaxLength(limits.SHORT)
        for name, meaning in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}}")
            item.setToolTip(meaning)
            item.setData(KEY_ROLE, name)
            f.placeholderList.addItem(item)
        f.placeholderList.itemClicked.connect(self.insert_placeholder)
        f.templateList.selectionModel().currentChanged.connect(self._chosen)
        for w in (f.nameEdit, f.subjectEdit):
            w.textChanged.connect(self._edited)
        f.bodyEdit.textChanged.connect(self._edited)
        f.subjectEdit.cursorPositionChanged.connect(lambda *_: self._remember(f.subjectEdit))
        f.bodyEdit.cursorPositionChanged.connect(lambda: self._remember(None))
        f.saveButton.clicked.connect(self.save)
        f.revertButton.clicked.connect(self.revert)
        f.addButton.clicked.connect(self.add)
        f.removeButton.clicked.connect(self.remove)
        f.closeButton.clicked.connect(self.reject)
        self.reload(key)
        self.resize(960, 620)

    # the list ---------------------------------------------------------------------------------

    def reload(self, key: str | None = None) -> None:
        """Read the templates again and show `key` (else the one shown, else the first)."""
        with self._db.reader() as s:
            found = mail_templates.effective(s)
        self.templates = {t.key: t for t in found}
        want = key if key in self.templates else self.key if self.key in self.templates \
            else found[0].key
        selection = self.form.templateList.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.clear()
            for t in found:
                item = QStandardItem(list_label(t))
                item.setData(t.key, KEY_ROLE)
                item.setToolTip(t.template.subject)
                self.model.appendRow(item)
            row = list(self.templates).index(want)
            selection.setCurrentIndex(self.model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            selection.blockSignals(False)
        self._show(want)

    def _chosen(self, current: object, previous: object) -> None:
        key = self.model.data(self.form.templateList.currentIndex(), KEY_ROLE)
        if key == self.key or key is None:
            return
        if self.dirty:
            answer = messages.ask_unsaved(self, f"“{self._shown.name if self._shown else ''}”")
            if answer is None or (answer == "save" and not self.save(reload=False)):
                self._select(self.key)
                return
        self._show(str(key))

    def _select(self, key: str | None) -> None:
        selection = self.form.templateList.selectionModel()
        selection.blockSignals(True)
        try:
            row = list(self.templates).index(key) if key in self.templates else 0
            selection.setCurrentIndex(self.model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            selection.blockSignals(False)

    def _show(self, key: str) -> None:
        f = self.form
        t = self.templates[key]
        self.key = key
        self._shown = TemplateText(t.template.name, t.template.subject, t.template.body)
        for w in (f.nameEdit, f.subjectEdit, f.bodyEdit):
            w.blockSignals(True)
        try:
            f.nameEdit.setText(t.template.name)
            f.subjectEdit.setText(t.template.subject)
            f.bodyEdit.setPlainText(t.template.body)
        finally:
            for w in (f.nameEdit, f.subjectEdit, f.bodyEdit):
                w.blockSignals(False)
        f.revertButton.setVisible(t.built_in)
        f.revertButton.setEnabled(t.changed)
        f.removeButton.setEnabled(t.custom)
        self._edited()

    # editing ----------------------------------------------------------------------------------

    def text(self) -> TemplateText:
        f = self.form
        return TemplateText(f.nameEdit.text(), f.subjectEdit.text(), f.bodyEdit.toPlainText())

    @property
    def dirty(self) -> bool:
        return self._shown is not None and self.text() != self._shown

    def _edited(self, *_args: object) -> None:
        problems = mail_templates.problems(self.text())
        show_text(self.form.problemsLabel, "\n".join(m for _f, m in problems))
        self.form.saveButton.setEnabled(self.dirty)

    def _remember(self, field: QLineEdit | None) -> None:
        self._last_field = field

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        """Put `{name}` where the cursor was: in the subject, else in the text."""
        name = "{" + str(item.data(KEY_ROLE)) + "}"
        f = self.form
        if self._last_field is f.subjectEdit:
            f.subjectEdit.insert(name)
            f.subjectEdit.setFocus()
        else:
            f.bodyEdit.insertPlainText(name)
            f.bodyEdit.setFocus()

    # steps ------------------------------------------------------------------------------------

    def _apply(self, command: ChangeMailTemplate, key: str | None) -> bool:
        try:
            apply(self._stack, command)
        except HirefileError as exc:
            show_text(self.form.problemsLabel, exc.message)
            return False
        self._notify()
        self.reload(key)
        return True

    def save(self, *, reload: bool = True) -> bool:
        """Save the template shown (one undo step); a refusal is said under the text."""
        if self.key is None or not self.dirty:
            return True
        key = self.key
        with self._db.reader() as s:
            before = mail_templates.state(s, key)
        command = ChangeMailTemplate(self._db, self._notify,
                                     f"Edit e-mail template “{self.text().name.strip()}”", key,
                                     before, self.text())
        if not reload:
            try:
                apply(self._stack, command)
            except HirefileError as exc:
                show_text(self.form.problemsLabel, exc.message)
                return False
            self._notify()
            with self._db.reader() as s:
                self.templates = {t.key: t for t in mail_templates.effective(s)}
            return True
        return self._apply(command, key)

    def revert(self) -> None:
        if self.key is None:
            return
        with self._db.reader() as s:
            before = mail_templates.state(s, self.key)
        name = self.templates[self.key].template.name
        self._shown = None  # what is typed is let go
        self._apply(ChangeMailTemplate(self._db, self._notify,
                                       f"Revert e-mail template “{name}”", self.key, before,
                                       how="revert"), self.key)

    def add(self) -> None:
        if self.dirty and not self.save():
            return
        key = mail_templates.new_key()
        if self._apply(ChangeMailTemplate(self._db, self._notify, "Add an e-mail template",
                                          key, None, NEW_TEMPLATE), key):
            self.form.nameEdit.setFocus()
            self.form.nameEdit.selectAll()

    def remove(self) -> None:
        if self.key is None or not self.templates[self.key].custom:
            return
        with self._db.reader() as s:
            before = mail_templates.state(s, self.key)
        name = self.templates[self.key].template.name
        self._shown = None
        self._apply(ChangeMailTemplate(self._db, self._notify,
                                       f"Remove e-mail template “{name}”", self.key, before,
                                       how="remove"), None)

    def reject(self) -> None:
        if self.dirty:
            answer = messages.ask_unsaved(self, f"“{self._shown.name if self._shown else ''}”")
            if answer is None or (answer == "save" and not self.save()):
                return
        super().reject()


def edit_templates(parent: QWidget | None, db: Workspace, stack: QUndoStack | None = None,
                   notify: Callable[[], None] = lambda: None, *, key: str | None = None) -> None:
    """Show the editor (on `key` when given) until it is closed."""
    dialog = MailTemplatesDialog(parent, db, stack, notify, key=key)
    dialog.exec()
    dialog.deleteLater()
