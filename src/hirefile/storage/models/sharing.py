"""What a copy knows of the other copies of its file: replicas seen, ids merged, merges done."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hirefile.storage.models.base import Base, Tracked


class Replica(Base):
    """One copy of the file (this one, or one merged into it) and the highest hybrid logical
    clock of its changes this copy holds: together, this copy's version vector."""

    __tablename__ = "replica"

    id: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    seen: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    #: Where the copy lived when it took its id ("HOST:PATH"), for people reading the file.
    label: Mapped[str] = mapped_column(default="")


class IdAlias(Tracked, Base):
    """A key that now means another row: two rows found to be one thing when copies were
    merged (the same tag, the same person in the same role) keep the lower key. Aliases travel
    with merges, so a later merge maps the other copy's rows the same way."""

    __tablename__ = "id_alias"

    table_name: Mapped[str]
    #: The surviving key (the alias's own `id` is the key that went away).
    target_id: Mapped[str] = mapped_column(sa.String(36))


class MergeRecord(Tracked, Base):
    """One merge of another copy into this one: from where, what came in, what conflicted."""

    __tablename__ = "merge_record"

    at: Mapped[datetime]
    by: Mapped[str]
    their_replica: Mapped[str] = mapped_column(sa.String(16))
    their_path: Mapped[str]
    summary: Mapped[dict[str, Any]]
