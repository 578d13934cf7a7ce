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

from hirefile.storage.ddl import add_columns, create_tables

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


#: The steps from format 3 to 4, in order.
STEPS: list[Step] = [plan_columns, onboarding_template]
