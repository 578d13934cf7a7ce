"""One notification of what changed in the open file, for every view that shows it.

Every edit a person makes is an undo command on the window's one stack, so the stack's index
moving (a push, an undo, a redo) is the moment the file changed; the commands it passed say
what kind of rows they touched. Writes that are not undo steps announce themselves: demo
data or a reload from disk with `changed(EVERYTHING)`; a page's or dialog's own (a submitted
scorecard, a merge, offers expired on opening) through its `sig_written(Change)`, which the
window connects to `changed`. Pages subscribe once and re-read what
they show of those kinds; no page re-reads because another page told it to.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

#: Kinds of rows a change may touch.
ROLE, CANDIDATE, APPLICATION, ASSESSMENT, OFFER, PEOPLE = (
    "role", "candidate", "application", "assessment", "offer", "people")
ALL_KINDS = frozenset((ROLE, CANDIDATE, APPLICATION, ASSESSMENT, OFFER, PEOPLE))


class Change(NamedTuple):
    """What changed: the kinds of rows touched."""

    kinds: frozenset[str]

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)


#: Which kinds of rows each table holds, for other people's writes on a server: their
#: commits name tables (storage/notify.py), `kinds_of_tables` turns them into a `Change`.
#: A table not named here counts as every kind; `meta` and `replica` (stamps) as none.
TABLE_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("role", "role_stage", "role_axis_weight", "loop_step", "loop_step_question",
                     "question", "axis_anchor", "company_profile", "onboarding_template_item"),
                    frozenset((ROLE,))),
    **dict.fromkeys(("candidate", "candidate_link", "candidate_tag", "tag", "attachment", "note",
                     "correspondence", "id_alias", "mail_template"), frozenset((CANDIDATE,))),
    **dict.fromkeys(("merge_record",), frozenset((CANDIDATE, APPLICATION))),
    **dict.fromkeys(("application", "stage_change", "exit_reason", "check_in",
                     "onboarding_item"), frozenset((APPLICATION,))),
    **dict.fromkeys(("activity",), frozenset((CANDIDATE, APPLICATION))),
    **dict.fromkeys(("scorecard", "scorecard_rating", "scorecard_question_note",
                     "culture_assessment", "culture_rating", "debrief_decision",
                     "debrief_estimate", "portfolio_review", "portfolio_review_check"),
                    frozenset((ASSESSMENT,))),
    **dict.fromkeys(("interview", "interview_panelist"), frozenset((ASSESSMENT, APPLICATION))),
    **dict.fromkeys(("offer", "offer_event"), frozenset((OFFER,))),
    "person": frozenset((PEOPLE,)),
    "meta": frozenset(),
    "replica": frozenset(),
}


def kinds_of_tables(tables: Iterable[str]) -> frozenset[str]:
    """The kinds of rows in these tables (every kind for one not known, or "*")."""
    kinds: set[str] = set()
    for table in tables:
        kinds |= TABLE_KINDS.get(table, ALL_KINDS)
    return frozenset(kinds)


EVERYTHING = Change(ALL_KINDS)
#: The waiting rule changed (Edit → Settings…): nothing in the file did, but every screen
#: showing applications shows them waiting or not by it, so they read again.
WAITING_RULE = Change(frozenset((APPLICATION,)))
#: A submitted scorecard or revealed feedback (final, not undo steps): what the viewer may
#: now see of the others' verdicts, on the board and in the interviews list.
FEEDBACK = Change(frozenset((ASSESSMENT,)))


class FileChanges(QObject):
    """The open file's change notification (`sig_changed(Change)`), fed by the undo stack."""

    #: The file changed; argument: the `Change`.
    sig_changed = Signal(object)

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._index = stack.index()
        stack.indexChanged.connect(self._moved)

    def changed(self, change: Change = EVERYTHING) -> None:
        """Announce a write that is not an undo step (or a new file)."""
        self._index = self._stack.index()
        self.sig_changed.emit(change)

    def _moved(self, index: int) -> None:
        if not shiboken6.isValid(self._stack):  # the window is going away
            return
        low, high = sorted((self._index, index))
        self._index = index
        if low == high or self._stack.count() == 0:  # cleared: nothing of the file changed
            return
        kinds: set[str] = set()
        for i in range(low, high):
            command = self._stack.command(i)
            kinds |= getattr(command, "kinds", ALL_KINDS)
        self.sig_changed.emit(Change(frozenset(kinds)))
