"""Every edit a person makes is one undo step: do → the file changed → undo → the file is
exactly as before (every live row, every column but the stamps) → redo → changed again; an
undo refused because someone changed the rows since leaves the stack and the file as they
were and says why. And no write path of the UI is outside an undo command unless it is on
the documented list below."""

# ruff: noqa: F811  (the fixtures imported from test_assess_ui are parameters here)
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select
from test_assess_ui import app_id, kenji  # noqa: F401  (fixtures)

from hirefile.domain.vocab import InterviewStatus, StepKind
from hirefile.services import interviews
from hirefile.storage.database import Database
from hirefile.storage.models import Base, Interview
from hirefile.ui.assess.common import ensure_viewer, viewer_id
from hirefile.ui.commands.base import ServiceCommand, apply, redo_safely, undo_safely
from hirefile.ui.commands.interviews import (
    EditInterview,
    ScheduleInterview,
    SetInterviewStatus,
)

WHEN = datetime(2031, 3, 4, 13, 30, tzinfo=timezone.utc)
STAMPS = {"created_at", "created_by", "updated_at", "updated_by"}
Rows = dict[str, set[tuple[Any, ...]]]


def live_rows(db: Database) -> Rows:
    """Every live row of every table, all columns but the stamps: the file as a person sees
    it (and as a merge would carry it)."""
    out: Rows = {}
    with db.reader() as s:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if c.name not in STAMPS]
            query = select(*cols)
            if "deleted_at" in table.columns:
                query = query.where(table.columns["deleted_at"].is_(None))
            elif table.name == "meta":
                continue  # who wrote last and when: bookkeeping of every write
            out[table.name] = {tuple(repr(v) for v in r) for r in s.execute(query)}
    return out


def changed_tables(before: Rows, after: Rows) -> set[str]:
    return {t for t in before if before[t] != after[t]}


def round_trip(db: Database, stack: QUndoStack, command: ServiceCommand,
               expect: set[str]) -> Rows:
    """Apply `command`, undo it, redo it; the file at each step. Returns the rows after."""
    before = live_rows(db)
    apply(stack, command)
    done = live_rows(db)
    assert expect <= changed_tables(before, done)
    assert undo_safely(stack) is None
    assert live_rows(db) == before
    assert redo_safely(stack) is None
    assert live_rows(db) == done
    return done


@pytest.fixture
def me(new_db: Database) -> str:
    ensure_viewer(new_db)
    return viewer_id(new_db)


def values(panel: list[str], title: str = "Past project deep dive") -> dict[str, Any]:
    return dict(title=title, starts_at=WHEN, minutes=60, interviewer_ids=panel,
                location="Room 2", link="", notes="")


def scheduled(db: Database, app: str, panel: list[str]) -> str:
    with db.session() as s:
        return interviews.schedule(s, app, kind=StepKind.TECH_DISCUSSION,
                                   **values(panel)).id  # type: ignore[arg-type]


def refused_undo(db: Database, stack: QUndoStack, someone_else: Any) -> str:
    """Someone changes the rows after the last edit; undo must refuse, moving nothing."""
    someone_else()
    index, rows = stack.index(), live_rows(db)
    refused = undo_safely(stack)
    assert refused is not None
    assert stack.index() == index
    assert live_rows(db) == rows
    return refused.message


# interviews -------------------------------------------------------------------------------

def test_scheduling_an_interview_is_one_step(qapp: Any, new_db: Database, app_id: str,
                                             me: str) -> None:
    stack = QUndoStack()
    command = ScheduleInterview(new_db, lambda: None, app_id, kind=StepKind.TECH_DISCUSSION,
                                loop_step_id=None, values=values([me]))
    done = round_trip(new_db, stack, command, {"interview", "interview_panelist", "activity"})
    assert any(r[0] == repr(command.interview_id) for r in done["interview"])


def test_editing_marking_done_and_cancelling_are_steps(qapp: Any, new_db: Database,
                                                       app_id: str, me: str,
                                                       kenji: str) -> None:
    iid = scheduled(new_db, app_id, [me])
    stack = QUndoStack()
    round_trip(new_db, stack, EditInterview(new_db, lambda: None, iid,
                                            values([kenji], "Deep dive, longer")),
               {"interview", "interview_panelist"})
    round_trip(new_db, stack, SetInterviewStatus(new_db, lambda: None, [iid],
                                                 InterviewStatus.DONE, "Mark done"),
               {"interview"})
    with new_db.reader() as s:
        assert s.get(Interview, iid).status is InterviewStatus.DONE  # type: ignore[union-attr]


def test_an_interview_edited_since_refuses_the_undo(qapp: Any, new_db: Database, app_id: str,
                                                    me: str, kenji: str) -> None:
    iid = scheduled(new_db, app_id, [me])
    stack = QUndoStack()
    apply(stack, SetInterviewStatus(new_db, lambda: None, [iid], InterviewStatus.CANCELLED,
                                    "Cancel"))

    def moved_by_someone_else() -> None:
        with new_db.session() as s:
            interviews.update(s, iid, **values([kenji], "Moved to Friday"))  # type: ignore[arg-type]

    message = refused_undo(new_db, stack, moved_by_someone_else)
    assert "changed since" in message and "Moved to Friday" not in message
    with new_db.reader() as s:
        row = s.get(Interview, iid)
        assert row is not None
        assert (row.title, row.status) == ("Moved to Friday", InterviewStatus.CANCELLED)
