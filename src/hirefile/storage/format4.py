"""File format 4, migrated from format 3: a step per concern (`STEPS`, as in `format3`), each
idempotent and deterministic, run in order in one transaction after the verified backup
(`migrations.backup_file`). A copy migrated on another machine gets the same rows, so two
copies migrated apart still merge.

Format 4 holds what hiring insight needs beyond format 3's records (each step says what it
adds).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from hirefile.storage.ddl import create_indexes

Step = Callable[[Connection], None]


def upgrade(conn: Connection) -> None:
    """Upgrade a format-3 file to format 4 inside `conn`'s transaction."""
    for step in STEPS:
        step(conn)


def dashboard_indexes(conn: Connection) -> None:
    """Two indexes over live rows for the Home page: a person's panels, and a person's
    scorecards by status, each read from the index alone (no row changes)."""
    create_indexes(conn, "interview_panelist", "ix_interview_panelist_live_person")
    create_indexes(conn, "scorecard", "ix_scorecard_live_interviewer")


#: The steps from format 3 to 4, in order.
STEPS: list[Step] = [dashboard_indexes]
