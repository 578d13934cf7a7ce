"""Undo commands for interviews: schedule, edit, mark done, cancel.

Undo takes back what the change wrote (a new interview is removed, values are put back), and
is refused, naming who, when the interview was changed since.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirefile.domain.vocab import InterviewStatus, StepKind
from hirefile.services import interviews
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import APPLICATION, ASSESSMENT
from hirefile.ui.commands.base import Notify
from hirefile.ui.commands.written import WriteCommand
from hirefile.ui.text import isolate

#: Interviews show on the interviews page, the board and the candidate's record.
KINDS = frozenset((ASSESSMENT, APPLICATION))


def _title(values: dict[str, Any]) -> str:
    """The interview's title as typed, isolated inside the Edit menu's label."""
    return isolate(" ".join(str(values.get("title", "")).split()))


class ScheduleInterview(WriteCommand):
    """A new interview; undo removes it (tombstones), redo brings it back."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, application_id: str, *, kind: StepKind,
                 loop_step_id: str | None, values: dict[str, Any]) -> None:
        super().__init__(f"Schedule {_title(values)}", db, notify)
        self.application_id, self.kind, self.loop_step_id = application_id, kind, loop_step_id
        self.values = values
        self.interview_id: str | None = None

    def write(self, session: Unit) -> None:
        self.interview_id = interviews.schedule(
            session, self.application_id, kind=self.kind, loop_step_id=self.loop_step_id,
            **self.values).id


class EditInterview(WriteCommand):
    """Save the schedule dialog's values over an interview."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, interview_id: str,
                 values: dict[str, Any], *, seen: dict[str, Any] | None = None,
                 version: int | None = None) -> None:
        super().__init__(f"Edit {_title(values)}", db, notify)
        self.interview_id, self.values = interview_id, values
        #: What the dialog loaded and its version: only changes are written, checked.
        self.seen, self.version = seen, version

    def write(self, session: Unit) -> None:
        interviews.update(session, self.interview_id, **self.values, seen=self.seen,
                          version=self.version)


class SetInterviewStatus(WriteCommand):
    """Mark interviews done, or cancel one."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, interview_ids: Sequence[str],
                 status: InterviewStatus, text: str) -> None:
        super().__init__(text, db, notify)
        self.interview_ids, self.status = list(interview_ids), status

    def write(self, session: Unit) -> None:
        for iid in self.interview_ids:
            interviews.set_status(session, iid, self.status)
