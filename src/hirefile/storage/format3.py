"""File format 3, migrated from format 2: a step per concern (`STEPS`), each idempotent and
deterministic, in the transaction after the verified backup (`migrations.backup_file`).

- the file's retention rule: two columns on `company_profile` (`retention_months`,
  `retention_in_job_description`). A format-2 file has no rule, so the columns start empty (no
  rule) and off;
- kept correspondence: the `correspondence` table (e-mails kept with a candidate), empty.

A copy migrated on another machine gets the same rows, so two copies migrated apart still
merge.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy import Connection

from hirefile.storage.models import Base

#: The columns format 3 adds: name → its SQL type and default.
COLUMNS = {
    "retention_months": "INTEGER",
    "retention_in_job_description": "BOOLEAN NOT NULL DEFAULT false",
}
#: The tables format 3 adds, made from the models (with their indexes).
TABLES = ("correspondence",)


def retention_columns(conn: Connection) -> None:
    have = {c["name"] for c in sa.inspect(conn).get_columns("company_profile")}
    for name, sql_type in COLUMNS.items():
        if name not in have:
            conn.execute(sa.text(f"ALTER TABLE company_profile ADD COLUMN {name} {sql_type}"))


def correspondence_table(conn: Connection) -> None:
    for name in TABLES:
        Base.metadata.tables[name].create(conn, checkfirst=True)


#: The steps from format 2 to 3, in order.
STEPS: list[Callable[[Connection], None]] = [retention_columns, correspondence_table]


def upgrade(conn: Connection) -> None:
    """Upgrade a format-2 file to format 3 inside `conn`'s transaction."""
    for step in STEPS:
        step(conn)
