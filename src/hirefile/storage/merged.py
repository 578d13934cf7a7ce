"""Where a merged duplicate went: `candidate.merged_into`, and following it.

Merging two candidates (`services.dedupe.merge`) tombstones the losing record and points its
`merged_into` at the record kept. Whatever still names the loser — a link, an id typed on the
command line, a cofounder's copy that added a note to it before the copies were merged —
reaches the winner by following the pointer (services/refs.py `current_id`).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from hirefile.domain.vocab import ActivityKind
from hirefile.storage.models import Candidate

# file format 2 -------------------------------------------------------------------------------

def add_merged_into(conn: Connection) -> None:
    """Format 2 step: `candidate.merged_into`, filled for the merges format 1 recorded only
    in the activity log (the kept record's "merged" entry names the other's id)."""
    if "merged_into" not in {c["name"] for c in sa.inspect(conn).get_columns("candidate")}:
        fk = " REFERENCES candidate (id) DEFERRABLE INITIALLY DEFERRED" \
            if conn.dialect.name == "sqlite" else ""
        conn.execute(sa.text(f"ALTER TABLE candidate ADD COLUMN merged_into VARCHAR(36){fk}"))
    table = Candidate.__table__
    assert isinstance(table, sa.Table)
    for index in table.indexes:
        if list(index.columns.keys()) == ["merged_into"]:
            index.create(conn, checkfirst=True)
    activity = sa.table("activity", sa.column("id"), sa.column("at"), sa.column("kind"),
                        sa.column("subject_id"), sa.column("detail"))
    pointers: dict[str, str] = {}
    for row in conn.execute(sa.select(activity.c.subject_id, activity.c.detail)
                            .where(activity.c.kind == ActivityKind.MERGED.value)
                            .order_by(activity.c.at, activity.c.id)):
        detail: Any = row.detail
        if isinstance(detail, str):
            try:
                detail = json.loads(detail)
            except ValueError:
                continue
        merged = detail.get("merged_id") if isinstance(detail, dict) else None
        if isinstance(merged, str) and merged != row.subject_id:
            pointers[merged] = row.subject_id  # the latest merge of a record wins
    candidate = sa.table("candidate", sa.column("id"), sa.column("merged_into"),
                         sa.column("deleted_at"))
    winners = sorted(set(pointers.values()))
    known = set(conn.execute(sa.select(candidate.c.id).where(candidate.c.id.in_(winners)))
                .scalars()) if winners else set()
    for loser, winner in sorted(pointers.items()):
        if winner not in known:
            continue
        conn.execute(sa.update(candidate).where(candidate.c.id == loser,
                                                candidate.c.deleted_at.is_not(None))
                     .values(merged_into=winner))
