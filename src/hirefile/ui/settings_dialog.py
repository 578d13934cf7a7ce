"""Edit → Settings… (Ctrl+,; the application menu's Preferences on macOS): this computer's
preferences, and what the open file keeps for itself.

Pages (forms/settings_dialog.ui): You (the name and e-mail changes are signed with), Pipeline
(days before a card counts as waiting), Backups (the rotation; Back Up Now, Open Backups
Folder), New files (the currency and time zone a new file's company profile starts with), This
file (the open file's currency, time zone and retention rule, shown as text in the theme's
"value" style, not as fields, with the buttons to the two dialogs that change them), Appearance
(System, Light or Dark, as in View → Appearance).

Every typed value goes through the registry of `hirefile.settings` (its checks and one-line
messages, shown under the field as it is left and again on OK/Apply, which keep nothing while
one is refused). What changed reaches the screens through the window
(`MainWindow.settings_changed`). The dialog is modeless, like a Preferences window: the
Company Profile and Privacy and Retention dialogs open above it, and the "This file" page reads
again on the window's change notification.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from hirefile.domain.money import ISO_CURRENCIES
from hirefile.domain.retention import months_text
from hirefile.errors import ValidationError
from hirefile.services import company, retention
from hirefile.settings import (
    APPEARANCE,
    APPEARANCES,
    BACKUPS_DAYS,
    BACKUPS_RECENT,
    BACKUPS_WEEKS,
    NEW_FILE_CURRENCY,
    NEW_FILE_TIME_ZONE,
    WAITING_DAYS,
    Setting,
    person_name,
)
from hirefile.ui.changes import ROLE, Change
from hirefile.ui.common import show_text
from hirefile.ui.generated.ui_settings_dialog import Ui_SettingsDialog
from hirefile.ui.identity_dialog import problems as identity_problems
from hirefile.ui.screen import fit_to_screen

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

#: The pages, in the order of the list.
YOU, PIPELINE, BACKUPS, NEW_FILES, THIS_FILE, APPEARANCE_PAGE = range(6)


def open_folder(folder: Path) -> bool:
    """Show `folder` in the desktop's file manager (a function, so tests stub it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SettingsDialog(QDialog):
    """One per window (`MainWindow.show_settings`); shows the settings as kept when it opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.settings = window.settings
        self.form = f = Ui_SettingsDialog()
        f.setupUi(self)
        fit_to_screen(self)
        f.currencyCombo.addItems(sorted(ISO_CURRENCIES))
        f.currencyCombo.setMaxVisibleItems(12)
        from zoneinfo import available_timezones

        zones = QCompleter(sorted(available_timezones()), self)
        zones.setFilterMode(zones.filterMode().MatchContains)
        zones.setCaseSensitivity(zones.caseSensitivity().CaseInsensitive)
        f.timeZoneEdit.setCompleter(zones)
        #: The typed settings and the field each is edited in, with its message label.
        self.fields: dict[Setting[Any], tuple[QWidget, QLabel, int]] = {
            WAITING_DAYS: (f.waitingSpin, f.waitingError, PIPELINE),
            BACKUPS_RECENT: (f.recentSpin, f.backupsError, BACKUPS),
            BACKUPS_DAYS: (f.daysSpin, f.backupsError, BACKUPS),
            BACKUPS_WEEKS: (f.weeksSpin, f.backupsError, BACKUPS),
            NEW_FILE_CURRENCY: (f.currencyCombo, f.currencyError, NEW_FILES),
            NEW_FILE_TIME_ZONE: (f.timeZoneEdit, f.timeZoneError, NEW_FILES),
            APPEARANCE: (f.appearanceChoices, f.appearanceError, APPEARANCE_PAGE),
        }
        #: Appearance's choices, each with its radio button.
        self.appearance_radios = dict(zip(APPEARANCES, (f.appearanceSystem, f.appearanceLight,
                                                        f.appearanceDark), strict=True))
        self._connect()
        f.pageList.setCurrentRow(YOU)
        self.load()

    def _connect(self) -> None:
        f = self.form
        f.pageList.currentRowChanged.connect(self._show_page)
        f.buttonBox.clicked.connect(self._clicked)
        f.nameEdit.editingFinished.connect(lambda: self._check_identity(only="name"))
        f.emailEdit.editingFinished.connect(lambda: self._check_identity(only="email"))
        typed_currency = f.currencyCombo.lineEdit()
        assert typed_currency is not None  # the combo is editable (the form)
        typed_currency.editingFinished.connect(lambda: self._check(NEW_FILE_CURRENCY))
        f.timeZoneEdit.editingFinished.connect(lambda: self._check(NEW_FILE_TIME_ZONE))
        f.backUpNowButton.clicked.connect(self.back_up_now)
        f.openBackupsButton.clicked.connect(self.open_backups)
        f.companyButton.clicked.connect(self._company)
        f.privacyButton.clicked.connect(self._privacy)
        self.window_.changes.sig_changed.connect(self._file_changed)

    # showing ---------------------------------------------------------------------------------

    def load(self) -> None:
        """Every field as the settings keep it; a stored value that is not allowed shows why
        under its field (the default is used meanwhile)."""
        f, s = self.form, self.settings
        me = s.identity or self.window_.identity  # `--as NAME`: none kept yet
        f.nameEdit.setText(me.name)
        f.emailEdit.setText(me.email or "")
        for label in (f.nameError, f.emailError):
            show_text(label, "")
        problems: dict[QLabel, list[str]] = {}
        for setting, (widget, label, _page) in self.fields.items():
            self._put(widget, s.value(setting))
            problem = s.problem(setting)
            problems.setdefault(label, [])
            if problem:
                problems[label].append(problem)
        for label, lines in problems.items():
            show_text(label, "\n".join(lines))
        self.read_file()

    def _put(self, widget: QWidget, value: Any) -> None:
        f = self.form
        if widget is f.currencyCombo:
            f.currencyCombo.setCurrentText(str(value))
        elif widget is f.timeZoneEdit:
            f.timeZoneEdit.setText(str(value))
        elif widget is f.appearanceChoices:
            self.appearance_radios[str(value)].setChecked(True)
        else:
            widget.setValue(int(value))  # type: ignore[attr-defined]

    def _typed(self, widget: QWidget) -> Any:
        f = self.form
        if widget is f.currencyCombo:
            return f.currencyCombo.currentText()
        if widget is f.timeZoneEdit:
            return f.timeZoneEdit.text()
        if widget is f.appearanceChoices:
            return next(choice for choice, radio in self.appearance_radios.items()
                        if radio.isChecked())
        return widget.value()  # type: ignore[attr-defined]

    def read_file(self) -> None:
        """The "This file" page: the open file's own currency, time zone and retention."""
        f = self.form
        db = self.window_.db
        on_file = db is not None
        for button in (f.companyButton, f.privacyButton):
            button.setEnabled(on_file and not db.read_only)  # type: ignore[union-attr]
        f.backUpNowButton.setEnabled(on_file and not db.read_only  # type: ignore[union-attr]
                                     and not db.on_server)  # type: ignore[union-attr]
        f.openBackupsButton.setEnabled(on_file and not db.on_server)  # type: ignore[union-attr]
        if db is None:
            for widget in (f.fileCurrencyValue, f.fileTimeZoneValue, f.fileRetentionValue):
                widget.setText("")
            return
        with db.reader() as s:
            profile = company.company(s)
            rule = retention.rule(s)
        f.fileCurrencyValue.setText(profile.default_currency)
        f.fileTimeZoneValue.setText(profile.time_zone or "This computer’s own")
        f.fileRetentionValue.setText(
            f"{months_text(rule.months)} after the last activity" if rule.months
            else "No rule: kept until you erase it")
        f.thisFileHint.setText(
            f"These belong to {db.path.name}, so your cofounder sees the same when you share "
            "it. Change them in the company profile and in Privacy and Retention.")

    def _file_changed(self, change: Change) -> None:
        if self.isVisible() and change.touches(ROLE):  # the company profile is a role kind
            self.read_file()

    def _show_page(self, row: int) -> None:
        self.form.pages.setCurrentIndex(row)
        if row in (BACKUPS, THIS_FILE):  # the window may have opened another file meanwhile
            self.read_file()

    def show_page(self, row: int) -> None:
        self.form.pageList.setCurrentRow(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.read_file()

    # checking --------------------------------------------------------------------------------

    def _check(self, setting: Setting[Any]) -> str | None:
        """Check one field where it is typed; its message (or none) shows under it."""
        widget, label, _page = self.fields[setting]
        try:
            setting.clean(self._typed(widget))
        except ValidationError as exc:
            show_text(label, exc.message)
            return exc.message
        show_text(label, "")
        return None

    def _check_identity(self, only: str | None = None) -> dict[str, str]:
        f = self.form
        found = identity_problems(f.nameEdit.text(), f.emailEdit.text())
        for field, label in (("name", f.nameError), ("email", f.emailError)):
            if only in (None, field):
                show_text(label, found.get(field, ""))
        return found

    def error_text(self, setting: Setting[Any]) -> str:
        label = self.fields[setting][1]
        return label.text() if not label.isHidden() else ""

    # keeping ---------------------------------------------------------------------------------

    def apply(self) -> bool:
        """Keep what is typed: all of it, or nothing while a field is refused (its page and
        field shown). Returns whether it was kept."""
        f = self.form
        found = self._check_identity()
        if found:
            self.show_page(YOU)
            (f.nameEdit if "name" in found else f.emailEdit).setFocus()
            return False
        values = {setting: self._typed(widget)
                  for setting, (widget, _label, _page) in self.fields.items()}
        for setting in values:
            if self._check(setting) is not None:
                widget, _label, page = self.fields[setting]
                self.show_page(page)
                widget.setFocus()
                return False
        try:
            name = person_name(f.nameEdit.text())
        except ValidationError as exc:
            show_text(f.nameError, exc.message)
            self.show_page(YOU)
            f.nameEdit.setFocus()
            return False
        email = f.emailEdit.text().strip() or None
        me = self.settings.identity
        changed = self.settings.set_values(values)
        if me is None or (me.name, me.email) != (name, email):
            self.window_.identity = self.settings.set_identity(name, email)
            changed.add("identity")
        self.load()
        if changed:
            self.window_.settings_changed(frozenset(changed))
        return True

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.form.buttonBox.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            if self.apply():
                self.accept()
        elif role == QDialogButtonBox.ButtonRole.ApplyRole:
            self.apply()
        else:
            self.reject()

    def reject(self) -> None:
        """Cancel: what was typed is forgotten; the next opening shows what is kept."""
        self.load()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.load()
        super().closeEvent(event)

    # backups and the file's own settings -----------------------------------------------------

    def back_up_now(self) -> None:
        info = self.window_.backups.backup("asked")
        show_text(self.form.backupStatus,
                  f"Backed up {self.window_.db.path.name} at {info.taken_at.astimezone():%H:%M}."
                  if info is not None and self.window_.db is not None
                  else "No backup made; the status bar says why.")

    def open_backups(self) -> None:
        from hirefile.services.backups import backups_dir

        db = self.window_.db
        if db is None:
            return
        folder = backups_dir(db.file_uuid)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_text(self.form.backupStatus, f"Could not make {folder}: {exc.strerror or exc}")
            return
        if not open_folder(folder):
            show_text(self.form.backupStatus, f"The backups are in {folder}")

    def _company(self) -> None:
        self.window_.action_company.trigger()
        self.read_file()

    def _privacy(self) -> None:
        self.window_.privacy.bring_up()
