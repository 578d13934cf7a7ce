"""Schedule an interview, or edit one: who, which loop step, when (local time), who interviews.

The dialog writes through `services.interviews` itself when OK is pressed, and stays open
with the service's message at the field it names when the interview is refused, so nothing
typed is lost. Times are typed in local time and stored in UTC: calendars convert them back
for every participant.

Double-booking: whenever the time, the length, the panel or the candidate changes, the dialog
asks `interviews.conflicts` and says under the time who is already booked then (not blocking:
people move meetings). A new interview starts on the first free working-hours slot for the
panel and the candidate (`interviews.free_slot`) until the person picks a time themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from hirefile.domain.names import fold
from hirefile.domain.vocab import StepKind
from hirefile.errors import HirefileError, NotFound, ValidationError
from hirefile.services import interviews, listing, loops
from hirefile.services.listing import ApplicationRow
from hirefile.services.loops import StepData
from hirefile.services.workspace import Workspace
from hirefile.ui import theme
from hirefile.ui.assess.common import ensure_viewer, viewer_id
from hirefile.ui.assess.style import style_sheet
from hirefile.ui.commands.base import record, through_changes
from hirefile.ui.commands.interviews import EditInterview, ScheduleInterview
from hirefile.ui.common import set_flag, show_text
from hirefile.ui.conflict_dialog import save_or_ask
from hirefile.ui.generated.ui_interview_dialog import Ui_InterviewDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

#: How many matches the candidate list shows while searching (the rest: type more).
MAX_MATCHES = 300

_ERRORS = {"title": "titleError", "starts_at": "whenError", "minutes": "minutesError",
           "interviewers": "panelError", "application": "applicationError"}


@dataclass(frozen=True)
class Choice:
    """One application the interview can be for."""

    application_id: str
    role_id: str
    text: str
    key: str


def _choice(row: ApplicationRow) -> Choice:
    text = f"{row.candidate} — {row.role} · {row.stage}"
    return Choice(row.id, row.role_id, text, fold(f"{row.candidate} {row.role}"))


def default_start(now: datetime | None = None) -> datetime:
    """Tomorrow at 10:00 local time (the next weekday), a time people can then adjust."""
    local = (now or datetime.now().astimezone()).astimezone()
    day = local + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=10, minute=0, second=0, microsecond=0)


def _names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' (each name isolated)."""
    shown = [isolate(n) for n in names]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _span(c: interviews.Conflict) -> str:
    """'Wed 4 Mar, 14:30–15:30' in local time."""
    start, end = c.starts_at.astimezone(), c.ends_at.astimezone()
    day = f"{start:%a} {start.day} {start:%b}, {start:%H:%M}–"
    return day + (f"{end:%H:%M}" if end.date() == start.date()
                  else f"{end:%a} {end.day} {end:%b}, {end:%H:%M}")


def conflict_text(found: list[interviews.Conflict]) -> str:
    """What the warning under the time says: one line per clashing interview."""
    lines = ["Double-booked (you can still schedule it):"]
    for c in found:
        title = f"“{isolate(c.title)}”"
        if c.people:
            are = "is" if len(c.people) == 1 else "are"
            line = f"{_names(list(c.people))} {are} on {title} with {isolate(c.candidate)}"
            if c.same_candidate:
                line += " (the same candidate)"
        else:
            line = f"{isolate(c.candidate)} already has {title}"
        lines.append(f"{line}, {_span(c)}")
    return "\n".join(lines)


def zone_text(now: datetime | None = None) -> str:
    local = (now or datetime.now().astimezone()).astimezone()
    offset = local.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return (f"Your local time ({local.tzname()}, UTC{sign}{abs(minutes) // 60:02d}:"
            f"{abs(minutes) % 60:02d}); calendars show it in each person's own time.")


class ScheduleDialog(QDialog):
    """The interview form. `interview_id` is set once the interview is written."""

    def __init__(self, parent: QWidget | None, db: Workspace, *,
                 application_id: str | None = None, interview_id: str | None = None,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_InterviewDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self.db = db
        #: The window's undo stack: saving is one undo step on it.
        self.stack = stack
        self.interview_id = interview_id
        self.editing = interview_id is not None
        self._choices: list[Choice] = []
        self._steps: list[StepData] = []
        self._role_id: str | None = None
        self._done_steps: set[str] = set()
        self._fixed = False
        #: The edited interview's values and version as loaded (what a save is checked
        #: against; `services.concurrency`).
        self._seen: dict[str, Any] | None = None
        self._version: int | None = None
        #: True once the person chose a time (or an edit loaded one): no more proposals.
        self._time_chosen = self.editing
        self._proposing = False
        self._ready = False  # no proposals while the form is being filled
        #: The next free slot for what is chosen now (None: not found or not asked).
        self.free: datetime | None = None
        f = self.form
        self.ok_button = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Save" if self.editing else "Schedule")
        self.ok_button.setProperty("kind", "primary")
        for kind in StepKind:
            f.kindCombo.addItem(kind.label, kind.value)
        f.zoneHint.setText(zone_text())
        f.whenEdit.setDateTime(QDateTime.fromSecsSinceEpoch(int(default_start().timestamp())))
        self._load(application_id)
        self._connect()
        self._ready = True
        self._propose()

    def _connect(self) -> None:
        f = self.form
        f.searchEdit.textChanged.connect(self._filter)
        f.applicationCombo.currentIndexChanged.connect(self._application_changed)
        f.stepCombo.currentIndexChanged.connect(self._step_changed)
        f.undatedCheck.toggled.connect(lambda on: f.whenEdit.setEnabled(not on))
        f.undatedCheck.toggled.connect(self._check_conflicts)
        f.whenEdit.dateTimeChanged.connect(self._time_changed)
        f.minutesSpin.valueChanged.connect(self._proposal_inputs_changed)
        f.panelList.itemChanged.connect(self._proposal_inputs_changed)
        f.freeButton.clicked.connect(self.use_free_slot)
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)

    # loading -------------------------------------------------------------------------------

    def _load(self, application_id: str | None) -> None:
        f = self.form
        with self.db.reader() as s:
            people = interviews.people(s)
            data = None
            if self.interview_id is not None:
                found = interviews.interviews_data(s, [self.interview_id])
                if not found:
                    raise NotFound("That interview no longer exists")
                data = found[0]
            app_id = data.application_id if data else application_id
            if app_id is not None:
                row = listing.application_rows(s, [app_id]).get(app_id)
                self._choices = [_choice(row)] if row else []
            else:
                ids = listing.application_ids(s, sort="candidate", active_only=True)
                rows = listing.application_rows(s, ids)
                self._choices = [_choice(rows[i]) for i in ids if i in rows]
        self._fill_people(people, [pid for pid, _ in data.panel] if data else [viewer_id(self.db)])
        fixed = self._fixed = app_id is not None
        f.searchEdit.setVisible(not fixed)
        f.applicationCombo.setVisible(not fixed)
        f.applicationFixed.setVisible(fixed)
        if fixed and self._choices:
            f.applicationFixed.setText(self._choices[0].text)
        self.setWindowTitle("Edit interview" if self.editing else "Schedule interview")
        f.headline.setText("Edit interview" if self.editing else "Schedule an interview")
        show_text(f.intro, "" if self.editing else
                  "Pick the step of the role's interview loop: its title, length and the "
                  "axes it assesses are filled in for you.")
        self._filter("")
        if data is not None:
            self._show_interview(data)
            self._seen, self._version = data.values(), data.version

    def _fill_people(self, people: list[tuple[str, str, str | None]], checked: list[str]) -> None:
        me = viewer_id(self.db)
        entries = [(pid, name) for pid, name, _ in people]
        if me not in {pid for pid, _ in entries}:  # never written in this file yet
            entries.append((me, self.db.identity.name))
        entries.sort(key=lambda e: (e[0] != me, fold(e[1])))
        lst = self.form.panelList
        lst.clear()
        for pid, name in entries:
            item = QListWidgetItem(f"{name} (you)" if pid == me else name, lst)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if pid in checked
                               else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        """Show the applications matching every word of `text` (accents and case ignored)."""
        combo = self.form.applicationCombo
        words = fold(text).split()
        found = [c for c in self._choices if all(w in c.key for w in words)]
        matches = found[:MAX_MATCHES]
        combo.blockSignals(True)
        combo.clear()
        for c in matches:
            combo.addItem(c.text, c.application_id)
        if len(found) > len(matches):  # said, not silently cut: type more to narrow
            combo.addItem(f"… and {len(found) - len(matches):,} more: type a name to narrow",
                          None)
            combo.model().item(combo.count() - 1).setEnabled(False)  # type: ignore[attr-defined]
        if not matches:
            combo.addItem("No candidate in process matches" if self._choices
                          else "No candidate is in process in any role", None)
        combo.blockSignals(False)
        self._application_changed()

    def _show_interview(self, data: interviews.InterviewData) -> None:
        f = self.form
        f.titleEdit.setText(data.title)
        f.kindCombo.setCurrentIndex(max(0, f.kindCombo.findData(data.kind.value)))
        f.minutesSpin.setValue(data.minutes)
        if data.starts_at is not None:
            f.whenEdit.setDateTime(QDateTime.fromSecsSinceEpoch(int(data.starts_at.timestamp())))
        f.undatedCheck.setChecked(data.starts_at is None)
        f.locationEdit.setText(data.location)
        f.linkEdit.setText(data.link)
        f.notesEdit.setPlainText(data.notes)
        f.stepCombo.setCurrentIndex(max(0, f.stepCombo.findData(data.loop_step_id)))
        f.stepCombo.setEnabled(False)  # an interview keeps its step; schedule another instead
        f.kindCombo.setEnabled(False)
        self._show_axes([a.label for a in data.axes])

    # reacting ------------------------------------------------------------------------------

    def current_choice(self) -> Choice | None:
        app_id = (self._choices[0].application_id if self._fixed and self._choices
                  else self.form.applicationCombo.currentData())
        return next((c for c in self._choices if c.application_id == app_id), None)

    def _application_changed(self, *_args: object) -> None:
        self._read_steps()
        self._proposal_inputs_changed()

    def _read_steps(self) -> None:
        """The role's loop steps, when the chosen application is in another role."""
        choice = self.current_choice()
        role_id = choice.role_id if choice else None
        if role_id == self._role_id:
            return
        self._role_id = role_id
        self._steps, self._done_steps = [], set()
        if role_id is not None and choice is not None:
            with self.db.reader() as s:
                self._steps = list(loops.loop(s, role_id).steps)
                done = interviews.interviews_data(
                    s, interviews.ids_for_application(s, choice.application_id))
                self._done_steps = {d.loop_step_id for d in done if d.loop_step_id}
        combo = self.form.stepCombo
        combo.blockSignals(True)
        combo.clear()
        for step in self._steps:
            mark = "  ✓ scheduled before" if step.id in self._done_steps else ""
            combo.addItem(f"{step.number}. {step.title} · {step.minutes} min{mark}", step.id)
        combo.addItem("Another conversation (not in the loop)", None)
        nxt = next((i for i, s in enumerate(self._steps) if s.id not in self._done_steps), 0)
        combo.setCurrentIndex(nxt if self._steps else 0)
        combo.blockSignals(False)
        if not self.editing:
            self._step_changed()

    def _step(self) -> StepData | None:
        step_id = self.form.stepCombo.currentData()
        return next((s for s in self._steps if s.id == step_id), None)

    def _step_changed(self, *_args: object) -> None:
        if self.editing:
            return
        f = self.form
        step = self._step()
        f.kindCombo.setEnabled(step is None)
        if step is None:
            self._show_axes([])
            return
        f.titleEdit.setText(step.title)
        f.kindCombo.setCurrentIndex(max(0, f.kindCombo.findData(step.kind.value)))
        f.minutesSpin.setValue(step.minutes)
        self._show_axes([a.label for a in step.axes])

    def _show_axes(self, labels: list[str]) -> None:
        self.form.axesLabel.setText(", ".join(labels) if labels else
                                    "Not part of the loop: the scorecard rates every axis")

    # double-booking ------------------------------------------------------------------------

    def _time_changed(self, *_args: object) -> None:
        if not self._proposing:
            self._time_chosen = True
        self._check_conflicts()

    def _proposal_inputs_changed(self, *_args: object) -> None:
        """The panel, the length or the candidate changed: a new proposal (while the person
        has not chosen a time), and the warning again."""
        if self._ready:
            self._propose()

    def _propose(self) -> None:
        """Find the next free slot; put it in the time field unless a time was chosen."""
        choice = self.current_choice()
        with self.db.reader() as s:
            self.free = interviews.free_slot(
                s, self.form.minutesSpin.value(), self.panel_ids(),
                choice.application_id if choice else None,
                exclude_interview_id=self.interview_id if self.editing else None)
        if self.free is not None and not self._time_chosen:
            self._proposing = True
            try:
                self.form.whenEdit.setDateTime(
                    QDateTime.fromSecsSinceEpoch(int(self.free.timestamp())))
            finally:
                self._proposing = False
        self._check_conflicts()

    def conflicts(self) -> list[interviews.Conflict]:
        """The scheduled interviews the chosen time overlaps, for the panel or the candidate."""
        start = self.starts_at()
        if start is None:
            return []
        choice = self.current_choice()
        with self.db.reader() as s:
            return interviews.conflicts(
                s, start, self.form.minutesSpin.value(), self.panel_ids(),
                choice.application_id if choice else None,
                self.interview_id if self.editing else None)

    def _check_conflicts(self, *_args: object) -> None:
        f = self.form
        found = self.conflicts()
        show_text(f.whenWarning, conflict_text(found) if found else "")
        f.freeButton.setVisible(bool(found) and self.free is not None)
        f.warningBanner.setVisible(bool(found))

    def use_free_slot(self) -> None:
        if self.free is not None:
            self.set_starts_at(self.free)

    # saving --------------------------------------------------------------------------------

    def starts_at(self) -> datetime | None:
        """The typed local time as an aware UTC time (None when not agreed yet)."""
        if self.form.undatedCheck.isChecked():
            return None
        secs = self.form.whenEdit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(secs, timezone.utc)

    def set_starts_at(self, when: datetime) -> None:
        self.form.undatedCheck.setChecked(False)
        self.form.whenEdit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))

    def panel_ids(self) -> list[str]:
        lst = self.form.panelList
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def set_panel(self, person_ids: list[str]) -> None:
        lst = self.form.panelList
        for i in range(lst.count()):
            item = lst.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in person_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def accept(self) -> None:
        f = self.form
        choice = self.current_choice()
        try:
            if choice is None:
                raise ValidationError("Choose the candidate and role the interview is for",
                                      field="application")
            panel = self.panel_ids()
            if viewer_id(self.db) in panel:
                ensure_viewer(self.db)
            values = dict(title=f.titleEdit.text(), starts_at=self.starts_at(),
                          minutes=f.minutesSpin.value(), interviewer_ids=panel,
                          location=f.locationEdit.text(), link=f.linkEdit.text(),
                          notes=f.notesEdit.toPlainText())
            if self.interview_id is not None:
                if not self._save_edit(values):
                    return
            else:
                step = self._step()
                self.interview_id = record(self.stack, ScheduleInterview(
                    self.db, through_changes, choice.application_id,
                    kind=StepKind(f.kindCombo.currentData()),
                    loop_step_id=step.id if step else None, values=values)).interview_id
        except ValidationError as exc:
            self.show_error(exc)
            return
        except HirefileError as exc:
            self.show_error(ValidationError(exc.message))
            return
        super().accept()

    def _save_edit(self, values: dict[str, Any]) -> bool:
        """Save an edit; refused as stale, the person chooses (`ConflictDialog`): theirs
        shows the interview as it is now (False: the dialog stays open), mine saves."""
        iid = self.interview_id
        assert iid is not None
        if save_or_ask(self, lambda version: record(self.stack, EditInterview(
                self.db, through_changes, iid, values, seen=self._seen,
                version=self._version if version is None else version))):
            return True
        self._load(None)
        return False

    def show_error(self, error: ValidationError) -> None:
        f = self.form
        name = _ERRORS.get(error.field or "")
        for label in _ERRORS.values():
            show_text(getattr(f, label), error.message if label == name else "")
        show_text(f.messageLabel, "" if name else error.message)
        set_flag(f.titleEdit, "invalid", error.field == "title")
        set_flag(f.panelList, "invalid", error.field == "interviewers")
        focus = {"title": f.titleEdit, "starts_at": f.whenEdit, "minutes": f.minutesSpin,
                 "interviewers": f.panelList, "application": f.searchEdit}.get(error.field or "")
        if focus is not None:
            focus.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Workspace, *, application_id: str | None = None,
            interview_id: str | None = None, stack: QUndoStack | None = None) -> str | None:
        """Schedule (or edit `interview_id`); the interview's id once written, else None."""
        dialog = cls(parent, db, application_id=application_id, interview_id=interview_id,
                     stack=stack)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.interview_id
        finally:
            dialog.deleteLater()
