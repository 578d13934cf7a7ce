"""The sealed-feedback rule as SQL text: who may see others' feedback on which applications.

A viewer sees others' verdicts, ratings and evidence on an application only after submitting
their own scorecard there, or after revealing anyway (an activity row naming them). This is
the one statement of that rule, run by storage/rows.py on a file's sqlite3 connection (the
exports, without SQLAlchemy) or an open `Database`'s session (every screen: the board, the
tables, the debrief, through services/scorecards.py, which gives these functions to its
callers). `detail ->> 'person_id'` reads the reveal's JSON alike in SQLite (3.38 and later)
and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hirefile.domain.vocab import ActivityKind, ScorecardStatus
from hirefile.storage.rows import rows_of

#: The applications among `:ids` whose feedback `:viewer` may see. By the application index
#: (a page holds a few cards each), never by the interviewer's: SQLite, without statistics,
#: would walk every card they ever wrote. A reveal is an activity row of the application's
#: candidate, so the second half walks the candidate's activity index.
SUBMITTED_OWN = (
    "SELECT application_id FROM scorecard WHERE application_id IN :ids "
    "AND coalesce(interviewer_id, '') = :viewer AND status = :submitted "
    "AND deleted_at IS NULL")
REVEALED = (
    "SELECT act.subject_id FROM activity act JOIN application a "
    "ON a.candidate_id = act.candidate_id AND a.id = act.subject_id "
    "WHERE a.id IN :ids AND act.kind = :revealed AND act.deleted_at IS NULL "
    "AND act.detail ->> 'person_id' = :viewer")
UNSEALED = SUBMITTED_OWN + " UNION " + REVEALED

#: Ids per query (SQLite's bound-parameter limit is far above; a page of a list is 100).
_CHUNK = 500


def unsealed_applications(source: Any, viewer_id: str | None,
                          application_ids: Iterable[str]) -> set[str]:
    """The applications among `application_ids` whose feedback `viewer_id` may see: they
    submitted a scorecard of their own there, or revealed it anyway (recorded). One query per
    500 ids, whatever the list (the board's page, a table's page, finalists). Nobody (`None`)
    may see anyone's."""
    ids = list(dict.fromkeys(application_ids))
    if not viewer_id or not ids:
        return set()
    rows = rows_of(source)
    out: set[str] = set()
    for i in range(0, len(ids), _CHUNK):
        out.update(r[0] for r in rows.all(
            UNSEALED, ids=ids[i:i + _CHUNK], viewer=viewer_id,
            submitted=ScorecardStatus.SUBMITTED, revealed=ActivityKind.REVEALED))
    return out


def can_see_feedback(source: Any, viewer_id: str | None, application_id: str) -> bool:
    """May `viewer_id` see other people's verdicts, ratings and evidence on this application?
    The one rule every surface asks; one's own feedback is always one's own to see."""
    return application_id in unsealed_applications(source, viewer_id, [application_id])


def has_revealed(source: Any, application_id: str, person_id: str) -> bool:
    """Did the person reveal others' feedback on the application before submitting theirs?"""
    return bool(rows_of(source).all(REVEALED + " LIMIT 1", ids=[application_id],
                                    viewer=person_id, revealed=ActivityKind.REVEALED))
