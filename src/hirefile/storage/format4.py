"""File format 4, migrated from format 3: a step per concern (`STEPS`, as in `format3`), each
idempotent and deterministic, run in order in one transaction after the verified backup
(`migrations.backup_file`). A copy migrated on another machine gets the same rows, so two
copies migrated apart still merge.

Format 4 holds what hiring insight needs beyond format 3's records (each step says what it
adds).

- `plan_columns`: the hiring plan's order (`role.plan_position`, empty: a format-3 file's plan
  is in the order its roles were made until a founder orders it) and the hints dismissed on a
  role (`role.plan_dismissed`, none);
- `onboarding_template`: the file's onboarding template (`onboarding_template_item`), empty
  (Hirefile's own is used until it is edited), and `onboarding_item.category`, empty;
- `question_anchors`: `question.anchors` (what a 1, 2, 3 and 4 answer look like) and the
  `axis_anchor` table (a file's own wording of an axis's anchors, over Hirefile's defaults),
  empty; then every built-in question still without anchors gets the starter bank's
  (`domain.anchors.QUESTION_ANCHORS`, chosen by `builtin_key` alone, written without clocks:
  every copy writes the same values under the same clocks, so copies migrated apart hold
  the same rows and merge without a difference to report);
- `debrief_estimates`: the `debrief_estimate` table (each person's score before and after a
  debrief's discussion), empty.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy import Connection

from hirefile.storage.ddl import add_columns, create_indexes, create_tables

Step = Callable[[Connection], None]


def upgrade(conn: Connection) -> None:
    """Upgrade a format-3 file to format 4 inside `conn`'s transaction."""
    for step in STEPS:
        step(conn)


def plan_columns(conn: Connection) -> None:
    """The hiring plan: `role.plan_position`, empty (a format-3 file's plan is in the order
    its roles were made until a founder orders it), and `role.plan_dismissed`, the hints a
    founder dismissed on the role, none."""
    add_columns(conn, "role", {"plan_position": "FLOAT",
                               "plan_dismissed": "JSON NOT NULL DEFAULT '[]'"})


def onboarding_template(conn: Connection) -> None:
    """After the yes: the file's onboarding template (`onboarding_template_item`), empty, so
    Hirefile's own is used until it is edited; and `onboarding_item.category`, empty."""
    create_tables(conn, "onboarding_template_item")
    add_columns(conn, "onboarding_item", {"category": "VARCHAR(32)"})


def question_anchors(conn: Connection) -> None:
    from hirefile.domain.anchors import QUESTION_ANCHORS

    add_columns(conn, "question", {"anchors": "JSON NOT NULL DEFAULT '[]'"})
    create_tables(conn, "axis_anchor")
    question = sa.table("question", sa.column("builtin_key", sa.String),
                        sa.column("anchors", sa.JSON))
    stored = sa.cast(question.c.anchors, sa.Text)
    for key, anchors in sorted(QUESTION_ANCHORS.items()):
        conn.execute(question.update()
                     .where(question.c.builtin_key == key,
                            sa.or_(question.c.anchors.is_(None), stored.in_(("[]", ""))))
                     .values(anchors=list(anchors)))


def debrief_estimates(conn: Connection) -> None:
    create_tables(conn, "debrief_estimate")


def dashboard_indexes(conn: Connection) -> None:
    """Two indexes over live rows for the Home page: a person's panels, and a person's
    scorecards by status, each read from the index alone (no row changes)."""
    create_indexes(conn, "interview_panelist", "ix_interview_panelist_live_person")
    create_indexes(conn, "scorecard", "ix_scorecard_live_interviewer")


#: The steps from format 3 to 4, in order.
STEPS: list[Step] = [plan_columns, onboarding_template, question_anchors,
                     debrief_estimates, dashboard_indexes]
