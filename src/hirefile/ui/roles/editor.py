"""The role editor (Definition tab): every field of a role, validated as it is typed.

The form is compiled from forms/role_editor.ui; this controller moves values between the
widgets and a `RoleDraft`, shows `validate_role`'s issues beside their fields, and saves
through the `EditRole` command so that a save is one undo step. What was loaded is kept as a
snapshot of the widgets, so "unsaved changes" means exactly "the form differs from the file".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from hirefile.domain import limits
from hirefile.domain.money import ISO_CURRENCIES
from hirefile.domain.roles import Issue, RoleDraft, clean_list, validate_role
from hirefile.domain.vocab import EmploymentType, Level, PayPeriod, RemotePolicy, RoleStatus, Track
from hirefile.errors import HirefileError, ValidationError
from hirefile.services import roles
from hirefile.services.workspace import Workspace
from hirefile.ui.commands import apply
from hirefile.ui.commands.roles import EditRole
from hirefile.ui.common import limit_fields, pass_undo_through, set_flag, show_text
from hirefile.ui.conflict_dialog import save_or_ask
from hirefile.ui.generated.ui_role_editor import Ui_RoleEditor
from hirefile.ui.roles.amounts import equity_text, parse_equity, parse_pay, pay_text
from hirefile.ui.roles.common import (
    UnsavedChanges,
    company_currency,
    current,
    fill_enum,
    select_data,
)

Snapshot = tuple[object, ...]

#: Where each field's issues show: (widget to tint, label for the message).
_AT: dict[str, tuple[str, str]] = {
    "title": ("titleEdit", "titleError"),
    "headcount": ("headcountSpin", "headcountError"),
    "pay_min": ("payMinEdit", "payError"),
    "pay_max": ("payMaxEdit", "payError"),
    "pay_currency": ("currencyCombo", "payError"),
    "equity_min_bp": ("equityMinEdit", "equityError"),
    "equity_max_bp": ("equityMaxEdit", "equityError"),
}
_WARN_AT = {"must_haves": "mustHavesWarning", "pay_min": "payWarning"}


class RoleEditor(QWidget):
    """Edits one role's fields; Save pushes `EditRole`, Revert reloads what was saved."""

    #: Whether the form now differs from the saved role (bool).
    sig_dirty_changed = Signal(bool)

    def __init__(self, db: Workspace, stack: QUndoStack, notify: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._stack, self._notify = db, stack, notify
        self.form = Ui_RoleEditor()
        self.form.setupUi(self)
        limit_fields(self.form, {"titleEdit": "title", "locationEdit": "location",
                                 "payMinEdit": limits.AMOUNT_TEXT,
                                 "payMaxEdit": limits.AMOUNT_TEXT})
        self._role_id: str | None = None
        self._loaded = RoleDraft()
        self._snapshot: Snapshot = ()
        self._dirty = False
        self._loading = False
        self.issues: list[Issue] = []
        self.save_action = QAction("Save role", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.setEnabled(False)
        self.addAction(self.save_action)
        self._fill_choices()
        self.form.mustHavesEdit.set_noun("must-have")
        self.form.niceToHavesEdit.set_noun("nice-to-have")
        self._undo_filter = pass_undo_through(
            (self.form.titleEdit, self.form.locationEdit, self.form.responsibilitiesEdit,
             self.form.techStackEdit, self.form.payMinEdit, self.form.payMaxEdit,
             self.form.currencyCombo, self.form.equityMinEdit, self.form.equityMaxEdit,
             self.form.notesEdit, self.form.headcountSpin, self.form.targetStartEdit,
             self.form.mustHavesEdit.entry, self.form.niceToHavesEdit.entry), self)
        self._connect()

    def needed_width(self) -> int:
        """How wide the editor is when its form needs no sideways scrolling."""
        area = self.form.scrollArea
        inner = area.widget()
        if inner is None:
            return self.minimumSizeHint().width()
        return inner.minimumSizeHint().width() + self.width() - area.viewport().width()

    def _fill_choices(self) -> None:
        f = self.form
        fill_enum(f.trackCombo, Track)
        fill_enum(f.levelCombo, Level, "Not set")
        fill_enum(f.typeCombo, EmploymentType)
        fill_enum(f.statusCombo, RoleStatus)
        fill_enum(f.remoteCombo, RemotePolicy, "Not set")
        fill_enum(f.periodCombo, PayPeriod)
        default = company_currency(self._db)
        f.currencyCombo.addItems([default, *sorted(ISO_CURRENCIES - {default})])
        f.currencyCombo.setMaxVisibleItems(12)

    def _connect(self) -> None:
        f = self.form
        for edit in (f.titleEdit, f.locationEdit, f.techStackEdit, f.payMinEdit, f.payMaxEdit,
                     f.equityMinEdit, f.equityMaxEdit):
            edit.textChanged.connect(self._changed)
        for combo in (f.trackCombo, f.levelCombo, f.typeCombo, f.statusCombo, f.remoteCombo,
                      f.periodCombo):
            combo.currentIndexChanged.connect(self._changed)
        f.currencyCombo.currentTextChanged.connect(self._changed)
        f.headcountSpin.valueChanged.connect(self._changed)
        f.targetStartEdit.dateChanged.connect(self._changed)
        f.responsibilitiesEdit.textChanged.connect(self._changed)
        f.notesEdit.textChanged.connect(self._changed)
        f.mustHavesEdit.sig_changed.connect(self._changed)
        f.niceToHavesEdit.sig_changed.connect(self._changed)
        f.saveButton.clicked.connect(self.save)
        f.revertButton.clicked.connect(self.revert)
        self.save_action.triggered.connect(self.save)

    # loading -------------------------------------------------------------------------------

    @property
    def role_id(self) -> str | None:
        return self._role_id

    def load(self, role_id: str, draft: RoleDraft) -> None:
        """Show a role as saved; whatever was typed before is dropped."""
        f = self.form
        self._loading = True
        self._role_id, self._loaded = role_id, draft
        f.titleEdit.setText(draft.title)
        select_data(f.trackCombo, draft.track)
        select_data(f.levelCombo, draft.level)
        select_data(f.typeCombo, draft.employment_type)
        select_data(f.statusCombo, draft.status)
        f.headcountSpin.setValue(draft.headcount)
        f.targetStartEdit.set_value(draft.target_start)
        f.locationEdit.setText(draft.location)
        select_data(f.remoteCombo, draft.remote)
        f.responsibilitiesEdit.setPlainText(draft.responsibilities)
        f.mustHavesEdit.set_items(draft.must_haves)
        f.niceToHavesEdit.set_items(draft.nice_to_haves)
        f.techStackEdit.setText(", ".join(draft.tech_stack))
        f.currencyCombo.setCurrentText(draft.pay_currency or f.currencyCombo.itemText(0))
        f.payMinEdit.setText(pay_text(draft.pay_min, draft.pay_currency))
        f.payMaxEdit.setText(pay_text(draft.pay_max, draft.pay_currency))
        select_data(f.periodCombo, draft.pay_period)
        f.equityMinEdit.setText(equity_text(draft.equity_min_bp))
        f.equityMaxEdit.setText(equity_text(draft.equity_max_bp))
        f.notesEdit.setPlainText(draft.notes)
        show_text(f.messageLabel, "")
        self._loading = False
        self._snapshot = self._raw()
        self._changed()

    def clear(self) -> None:
        """No role to edit (none selected, or it was removed): nothing is unsaved."""
        self._role_id, self._loaded = None, RoleDraft()
        self._snapshot = self._raw()
        self._changed()

    def reload_if_clean(self, role_id: str, draft: RoleDraft) -> bool:
        """After an undo/redo: show the stored role unless the person is mid-edit."""
        if self._dirty and role_id == self._role_id:
            return False
        self.load(role_id, draft)
        return True

    def _raw(self) -> Snapshot:
        f = self.form
        return (f.titleEdit.text(), f.trackCombo.currentIndex(), f.levelCombo.currentIndex(),
                f.typeCombo.currentIndex(), f.statusCombo.currentIndex(),
                f.headcountSpin.value(), f.targetStartEdit.value(), f.locationEdit.text(),
                f.remoteCombo.currentIndex(), f.responsibilitiesEdit.toPlainText(),
                tuple(f.mustHavesEdit.items()), tuple(f.niceToHavesEdit.items()),
                f.techStackEdit.text(), f.payMinEdit.text(), f.payMaxEdit.text(),
                f.currencyCombo.currentText(), f.periodCombo.currentIndex(),
                f.equityMinEdit.text(), f.equityMaxEdit.text(), f.notesEdit.toPlainText())

    # reading the form ----------------------------------------------------------------------

    def current(self) -> tuple[RoleDraft, list[Issue]]:
        """The draft the form shows and every issue with it (amounts that are not amounts
        first, then the domain's rules)."""
        f = self.form
        code = f.currencyCombo.currentText().strip().upper()
        pay_min, min_issue = parse_pay(f.payMinEdit.text(), code, "pay_min")
        pay_max, max_issue = parse_pay(f.payMaxEdit.text(), code, "pay_max")
        eq_min, eq_min_issue = parse_equity(f.equityMinEdit.text(), "equity_min_bp")
        eq_max, eq_max_issue = parse_equity(f.equityMaxEdit.text(), "equity_max_bp")
        typed_pay = bool(f.payMinEdit.text().strip() or f.payMaxEdit.text().strip())
        keep_code = typed_pay or self._loaded.pay_currency is not None
        responsibilities = "\n".join(
            line.strip() for line in f.responsibilitiesEdit.toPlainText().splitlines()
            if line.strip())
        stack = clean_list(f.techStackEdit.text().replace("\n", ",").split(","))
        draft = RoleDraft(
            title=f.titleEdit.text().strip(),
            track=current(f.trackCombo, Track) or Track.OTHER,
            level=current(f.levelCombo, Level),
            employment_type=current(f.typeCombo, EmploymentType) or EmploymentType.FULL_TIME,
            status=current(f.statusCombo, RoleStatus) or RoleStatus.DRAFT,
            headcount=f.headcountSpin.value(), location=f.locationEdit.text().strip(),
            remote=current(f.remoteCombo, RemotePolicy), responsibilities=responsibilities,
            must_haves=clean_list(f.mustHavesEdit.items()),
            nice_to_haves=clean_list(f.niceToHavesEdit.items()), tech_stack=stack,
            pay_min=pay_min, pay_max=pay_max,
            pay_currency=(code or None) if keep_code else None,
            pay_period=current(f.periodCombo, PayPeriod) or PayPeriod.YEAR,
            equity_min_bp=eq_min, equity_max_bp=eq_max,
            target_start=f.targetStartEdit.value(), notes=f.notesEdit.toPlainText().strip(),
        )
        parsed = [i for i in (min_issue, max_issue, eq_min_issue, eq_max_issue) if i]
        taken = {i.field for i in parsed}
        return draft, parsed + [i for i in validate_role(draft) if i.field not in taken]

    def is_dirty(self) -> bool:
        return self._dirty

    def has_errors(self) -> bool:
        return any(i.error for i in self.issues)

    # showing issues ------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        _draft, self.issues = self.current()
        self._show_issues(self.issues)
        dirty = self._role_id is not None and self._raw() != self._snapshot
        can_save = dirty and not self.has_errors()
        f = self.form
        f.saveButton.setEnabled(can_save)
        self.save_action.setEnabled(can_save)
        f.revertButton.setEnabled(dirty)
        f.stateLabel.setText("Unsaved changes" if dirty else "")
        if not dirty:
            show_text(f.messageLabel, "")
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_dirty_changed.emit(dirty)

    def _show_issues(self, issues: list[Issue], extra: Issue | None = None) -> None:
        f = self.form
        messages: dict[str, list[str]] = {}
        tinted: set[str] = set()
        for issue in [*issues, *([extra] if extra else [])]:
            if issue.error and issue.field in _AT:
                widget, label = _AT[issue.field]
                tinted.add(widget)
                if issue.message not in messages.setdefault(label, []):
                    messages[label].append(issue.message)
            elif not issue.error and issue.field in _WARN_AT:
                messages.setdefault(_WARN_AT[issue.field], []).append(issue.message)
        for widget, label in _AT.values():
            set_flag(getattr(f, widget), "invalid", widget in tinted)
            show_text(getattr(f, label), "\n".join(messages.get(label, [])))
        for label in _WARN_AT.values():
            show_text(getattr(f, label), "\n".join(messages.get(label, [])))
        set_flag(f.mustHavesEdit.view, "warning", bool(messages.get("mustHavesWarning")))

    def label_for(self, field: str) -> QLabel | None:
        """The label that shows a field's message (tests and the workspace use it)."""
        at = _AT.get(field)
        return getattr(self.form, at[1]) if at else None

    # saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save through `EditRole`; a refusal is shown at its field and nothing is lost."""
        if self._role_id is None or not self._dirty:
            return True
        draft, issues = self.current()
        errors = [i for i in issues if i.error]
        if errors:
            self._focus_field(errors[0].field)
            return False
        if draft != self._loaded:
            try:
                self._save_edit(draft)
            except ValidationError as exc:
                self._refused(exc.message, exc.field)
                return False
            except HirefileError as exc:
                self._refused(exc.message, None)
                return False
        with self._db.reader() as s:
            fresh = roles.role_draft(s, self._role_id)
        self.load(self._role_id, fresh)
        return True

    def _save_edit(self, draft: RoleDraft) -> None:
        """Refused as stale, the person chooses whose value stays (`ConflictDialog`)."""
        role_id = self._role_id
        assert role_id is not None
        save_or_ask(self, lambda version: apply(self._stack, EditRole(
            self._db, self._notify, role_id, self._loaded, draft, version=version)))

    def _refused(self, message: str, field: str | None) -> None:
        if field in _AT:
            self._show_issues(self.issues, Issue(field, message))
            self._focus_field(field)
        else:
            show_text(self.form.messageLabel, message)

    def _focus_field(self, field: str) -> None:
        at = _AT.get(field)
        if at:
            getattr(self.form, at[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def revert(self) -> None:
        if self._role_id is not None:
            self.load(self._role_id, self._loaded)

    def confirm_leave(self) -> bool:
        """True when it is fine to show something else (saved, discarded or nothing typed)."""
        if not self._dirty:
            return True
        answer = UnsavedChanges.ask(self, self._loaded.title)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def focus_title(self) -> None:
        self.form.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.titleEdit.selectAll()
