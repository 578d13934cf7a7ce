"""What `hirefile info` and the About box tell about a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hirefile.services.workspace import Workspace, database
from hirefile.storage import glance, server
from hirefile.storage.lock import current_holder, read_presence


@dataclass(frozen=True)
class FileInfo:
    path: Path
    size_bytes: int
    schema_version: int
    file_uuid: str
    app_version: str
    created_at: str
    last_writer: str
    last_written_at: str
    counts: dict[str, int]
    #: Who is writing the file now ("name on host"), only when that Hirefile is still running.
    in_use_by: str | None
    #: A presence note left by a Hirefile that stopped without closing (a crash, a kill).
    left_by: str | None = None
    #: On a server: its URL (no password); `path` is then only the database's name to show.
    url: str | None = None

    def as_dict(self) -> dict[str, object]:
        d = dict(self.__dict__)
        d["path"] = str(self.path)
        return d


def file_info(workspace: Workspace) -> FileInfo:
    """The About box's facts, and `hirefile info` on a server (on a file, the command reads
    them with plain sqlite3: storage/glance.py, the same statement)."""
    db = database(workspace)
    meta = db.meta()
    with db.reader() as s:
        conn = s.connection()
        if db.url is None:  # a file keeps its counts (storage/glance.py)
            counts = glance.read_counts(conn.connection.dbapi_connection)  # type: ignore[arg-type]
        else:
            counts = tuple(conn.exec_driver_sql(glance.COUNTS_SQL).one())
    if db.url is not None:  # a server: no file, no lock (everyone writes at once)
        with db.reader() as s:
            size = server.size_bytes(s.connection())
        holder = note = None
    else:
        holder = current_holder(db.path)
        note = read_presence(db.path) if holder is None else None
        size = db.path.stat().st_size
    return FileInfo(
        path=db.path,
        url=db.url,
        size_bytes=size,
        in_use_by=f"{holder.name} on {holder.host}" if holder else None,
        left_by=f"{note.name} on {note.host}" if note else None,
        **glance.info_fields(meta, counts),  # type: ignore[arg-type]
    )
