"""File format 5, migrated from format 4: a step per concern (`STEPS`, as in `format4`), each
idempotent and deterministic, run in order in one transaction after the verified backup
(`migrations.backup_file`); on a file, `VACUUM` follows the transaction
(`Database._migrate`), so the file shrinks on disk. Copies migrated apart hold the same rows.

- `company_columns`: the company in its own words for job descriptions (`about`, `benefits`,
  `how_to_apply`) and the time zone interview times are shown in (`time_zone`), all empty;
- `unused_indexes`: the indexes no query needs go (`UNUSED_INDEXES`): the `updated_at` index
  of every table but `candidate` and `offer` (whose lists sort by it), and the seven foreign-key
  indexes that repeat the start of a UNIQUE index of the same table, which answers the same
  lookups;
- `pipeline_indexes`: two partial covering indexes for the pipeline table of every live
  application (`candidate (id, sort_name)`, `application (candidate_id, stage_id, role_id,
  id)`, live rows).

Keys, times and the search index are stored as in format 4: the file reads the same with any
SQLite tool.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from hirefile.storage.ddl import add_columns, create_indexes

Step = Callable[[Connection], None]

#: The foreign-key indexes of format 4 that repeat the start of a UNIQUE index.
REPEATED_INDEXES = (
    "ix_scorecard_rating_scorecard_id",
    "ix_interview_panelist_interview_id",
    "ix_scorecard_interview_id",
    "ix_portfolio_review_check_review_id",
    "ix_culture_rating_assessment_id",
    "ix_candidate_tag_candidate_id",
    "ix_role_axis_weight_role_id",
)


def unused_index_names() -> list[str]:
    """Every index format 4 had and format 5 does not: the `updated_at` indexes the models no
    longer declare, and `REPEATED_INDEXES`."""
    from hirefile.storage.models import Base

    names = []
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        declared = {i.name for i in table.indexes}
        name = f"ix_{table.name}_updated_at"
        if "updated_at" in table.c and name not in declared:
            names.append(name)
    return names + list(REPEATED_INDEXES)


def upgrade(conn: Connection) -> None:
    """Upgrade a format-4 file to format 5 inside `conn`'s transaction."""
    for step in STEPS:
        step(conn)


def company_columns(conn: Connection) -> None:
    add_columns(conn, "company_profile", {"about": "TEXT", "benefits": "TEXT",
                                          "how_to_apply": "TEXT", "time_zone": "VARCHAR"})


def unused_indexes(conn: Connection) -> None:
    for name in unused_index_names():
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


def pipeline_indexes(conn: Connection) -> None:
    from hirefile.storage.models.candidates import PIPELINE_APPLICATIONS, PIPELINE_CANDIDATES

    create_indexes(conn, "candidate", PIPELINE_CANDIDATES)
    create_indexes(conn, "application", PIPELINE_APPLICATIONS)


#: The steps from format 4 to 5, in order.
STEPS: list[Step] = [company_columns, unused_indexes, pipeline_indexes]
