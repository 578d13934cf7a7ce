"""The public ways into the assessment screens, for the Interviews page, the candidate record
and the board alike.

Each opens its dialog, returns when it closes, and calls `on_change` (when given) after
anything was written, so the caller refreshes what it shows. `stack` is the window's undo
stack: every save made in them is one step on it (a scorecard's submit and a reveal are final,
and say so before they are made). A problem the person can act on
(a removed interview, a file that went read-only) is shown as a message, never raised.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from hirefile.domain.vocab import ScorecardStatus, StepKind
from hirefile.errors import HirefileError
from hirefile.services import interviews
from hirefile.services import scorecards as sc
from hirefile.services.workspace import Workspace
from hirefile.ui.assess.common import report, viewer_id

OnChange = Callable[[], None] | None


def _changed(on_change: OnChange) -> None:
    if on_change is not None:
        on_change()


def open_scorecard(parent: QWidget | None, db: Workspace, interview_id: str, *,
                   on_change: OnChange = None, show_feedback: bool = True,
                   stack: QUndoStack | None = None) -> str | None:
    """The viewer's scorecard for an interview; after a submit, the others' feedback (now
    unsealed) when there is any. Returns "submitted", "saved" or None."""
    from hirefile.ui.assess.scorecard import ScorecardDialog

    try:
        result = ScorecardDialog.ask(parent, db, interview_id, stack=stack)
    except HirefileError as exc:
        report(parent, "Could not open the scorecard", exc)
        return None
    if result is not None:
        _changed(on_change)
    if result == "submitted" and show_feedback:
        with db.reader() as s:
            app_id = interviews.interview_data(s, interview_id).application_id
            others = [c for c in sc.scorecards(s, app_id, viewer_id(db))
                      if not c.mine and c.status is ScorecardStatus.SUBMITTED]
        if others:
            open_scorecards(parent, db, app_id, on_change=on_change, stack=stack)
    return result


def open_scorecards(parent: QWidget | None, db: Workspace, application_id: str, *,
                    on_change: OnChange = None, stack: QUndoStack | None = None) -> None:
    """Every scorecard of an application, sealed for the viewer until they submit theirs."""
    from hirefile.ui.assess.feedback import ScorecardsDialog

    def editor(p: QWidget, interview_id: str) -> None:
        open_scorecard(p, db, interview_id, show_feedback=False, stack=stack)

    try:
        changed = ScorecardsDialog.ask(parent, db, application_id, open_editor=editor)
    except HirefileError as exc:
        report(parent, "Could not show the feedback", exc)
        return
    if changed:
        _changed(on_change)


def open_review(parent: QWidget | None, db: Workspace, application_id: str, *,
                on_change: OnChange = None, stack: QUndoStack | None = None) -> bool:
    """The viewer's portfolio review of an application (their latest one, to edit)."""
    from hirefile.ui.assess.review import ReviewDialog

    try:
        saved = ReviewDialog.ask(parent, db, application_id, stack=stack)
    except HirefileError as exc:
        report(parent, "Could not open the portfolio review", exc)
        return False
    if saved:
        _changed(on_change)
    return saved


def open_culture(parent: QWidget | None, db: Workspace, application_id: str, *,
                 on_change: OnChange = None, stack: QUndoStack | None = None) -> bool:
    """The viewer's culture assessment of an application (their latest one, to edit)."""
    from hirefile.ui.assess.culture import CultureDialog

    try:
        saved = CultureDialog.ask(parent, db, application_id, stack=stack)
    except HirefileError as exc:
        report(parent, "Could not open the culture assessment", exc)
        return False
    if saved:
        _changed(on_change)
    return saved


def open_debrief(parent: QWidget | None, db: Workspace, application_id: str, *,
                 on_change: OnChange = None, stack: QUndoStack | None = None) -> None:
    """The debrief of an application, with the decision form."""
    from hirefile.ui.assess.debrief import DebriefDialog

    openers = {
        "scorecards": lambda p, a: open_scorecards(p, db, a, stack=stack),
        "review": lambda p, a: open_review(p, db, a, stack=stack),
        "culture": lambda p, a: open_culture(p, db, a, stack=stack),
    }
    try:
        dialog = DebriefDialog(parent, db, application_id, openers=openers,
                               on_change=on_change, stack=stack)
    except HirefileError as exc:
        report(parent, "Could not open the debrief", exc)
        return
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def open_finalists(parent: QWidget | None, db: Workspace, role_id: str | None, *,
                   on_change: OnChange = None, stack: QUndoStack | None = None) -> None:
    """Choose 2–5 candidates in process of a role, then compare them side by side."""
    from hirefile.ui.assess.finalists import FinalistsDialog, FinalistsPickDialog

    try:
        chosen = FinalistsPickDialog.ask(parent, db, role_id)
        if not chosen:
            return
        dialog = FinalistsDialog(parent, db, chosen, open_debrief=lambda p, a: open_debrief(
            p, db, a, on_change=on_change, stack=stack))
    except HirefileError as exc:
        report(parent, "Could not compare finalists", exc)
        return
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def open_blind_pass(parent: QWidget | None, db: Workspace, role_id: str, *,
                    stage_id: str | None = None, kind: StepKind | None = None,
                    on_final: OnChange = None, stack: QUndoStack | None = None) -> None:
    """A blind first pass over a role's take-homes or portfolios (a stage, else everyone in
    process). Grades are undo steps; `on_final` runs when scorecards were submitted."""
    from hirefile.ui.assess.blind import BlindPassDialog

    try:
        result = BlindPassDialog.ask(parent, db, role_id, stage_id=stage_id, kind=kind,
                                     stack=stack)
    except HirefileError as exc:
        report(parent, "Could not start the blind review", exc)
        return
    if result == "submitted":
        _changed(on_final)


def schedule_interview(parent: QWidget | None, db: Workspace,
                       application_id: str | None = None, *,
                       on_change: OnChange = None,
                       stack: QUndoStack | None = None) -> str | None:
    """Schedule an interview (for `application_id`, or one chosen in the dialog); its id."""
    from hirefile.ui.assess.schedule import ScheduleDialog

    try:
        interview_id = ScheduleDialog.ask(parent, db, application_id=application_id,
                                          stack=stack)
    except HirefileError as exc:
        report(parent, "Could not schedule the interview", exc)
        return None
    if interview_id is not None:
        _changed(on_change)
    return interview_id
