"""The `meta` table: facts about the file itself, readable with any SQLite tool."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from hirefile.storage.models.base import Base


class Meta(Base):
    """Key/value facts about the file: `file_uuid` (its lineage across copies),
    `schema_version`, `app_version` (that last wrote it), `created_at`, `last_writer`."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]


META_KEYS = ("file_uuid", "schema_version", "app_version", "created_at", "last_writer",
             "last_written_at")
