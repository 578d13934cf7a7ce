"""File format 3: the file's retention rule, migrated from format 2.

Two columns on `company_profile` (`retention_months`, `retention_in_job_description`), added
in one transaction after the verified backup (`migrations.backup_file`). A format-2 file has no
rule, so the columns start empty (no rule) and off; a copy migrated on another machine gets the
same rows, so two copies migrated apart still merge.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Connection

#: The columns format 3 adds: name → its SQL type and default.
COLUMNS = {
    "retention_months": "INTEGER",
    "retention_in_job_description": "BOOLEAN NOT NULL DEFAULT false",
}


def upgrade(conn: Connection) -> None:
    """Upgrade a format-2 file to format 3 inside `conn`'s transaction."""
    have = {c["name"] for c in sa.inspect(conn).get_columns("company_profile")}
    for name, sql_type in COLUMNS.items():
        if name not in have:
            conn.execute(sa.text(f"ALTER TABLE company_profile ADD COLUMN {name} {sql_type}"))
