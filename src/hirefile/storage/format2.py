"""File format 2: what a merge of two founders' copies needs, migrated from format 1.

Format 1 files are upgraded in one transaction after the verified backup
(`migrations.backup_file`). Each concern of the format has its own step below; they run in
order, each written so it also reads right on a file that another copy migrated separately
(steps are deterministic: two copies of one format-1 file migrate to the same rows).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from hirefile.storage import merged, ordering, stamping, stamps

Step = Callable[[Connection], None]


def upgrade(conn: Connection) -> None:
    """Upgrade a format-1 file to format 2 inside `conn`'s transaction."""
    for step in STEPS:
        step(conn)


#: The steps from format 1 to 2, in order.
STEPS: list[Step] = [
    stamping.add_clocks,
    ordering.gap_positions,  # order that merges: gap-based positions
    stamps.stamps_by_key,  # created_by / updated_by name the person by key
    merged.add_merged_into,  # candidate.merged_into: where a merged duplicate went
]
