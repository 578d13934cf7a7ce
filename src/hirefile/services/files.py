"""Creating and opening files on behalf of a person (GUI and CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hirefile.errors import NotHirefileFile
from hirefile.locations import is_url
from hirefile.services.seed import seed_new_file
from hirefile.settings import NEW_FILE_CURRENCY, NEW_FILE_TIME_ZONE, Identity, Settings
from hirefile.storage import migrations
from hirefile.storage.database import Database


def open_file(path: Path | str, identity: Identity, *, write: bool = True) -> Database:
    """The file at `path` (or a server database, by its URL) as it is; `write=False` opens it
    for looking only. Raises a `FileProblem` (file untouched) when it cannot."""
    return Database.open(path, identity, write=write)


def create_file(path: Path | str, identity: Identity, *,
                settings: Settings | None = None) -> Database:
    """A new file, seeded with what every file starts with, open for writing; its company
    profile starts with the currency and time zone this machine's settings give new files."""
    settings = settings or Settings()
    db = Database.create(path, identity)
    try:
        with db.session() as s:
            seed_new_file(s, currency=settings.value(NEW_FILE_CURRENCY),
                          time_zone=settings.value(NEW_FILE_TIME_ZONE))
    except BaseException:
        db.close()
        raise
    return db


def open_or_create(path: Path | str, identity: Identity) -> Database:
    """The file (or server database) at `path`, made when it is not there yet."""
    if is_url(path):
        try:
            return Database.open(path, identity)
        except NotHirefileFile:  # an empty database is made one; any other is refused there
            return create_file(path, identity)
    path = Path(path).expanduser()
    if path.exists():
        return Database.open(path, identity)
    path.parent.mkdir(parents=True, exist_ok=True)
    return create_file(path, identity)


@dataclass(frozen=True)
class Upgrade:
    """What opening a file for writing brought up to date (`hirefile upgrade`)."""

    where: str
    from_version: int
    to_version: int
    #: The verified copy of the file as it was, beside it (an updated file only).
    backup: Path | None
    on_server: bool
    #: (what, kept, counted) for each count the file kept wrong, now counted again.
    recounted: list[tuple[str, int, int]]

    def lines(self) -> list[str]:
        if self.from_version == self.to_version:
            out = [f"{self.where} is in file format {self.to_version}, this Hirefile's"]
        else:
            out = [f"updated {self.where} from file format {self.from_version} to "
                   f"{self.to_version}"]
            out.append(f"the file as it was: {self.backup}" if self.backup is not None else
                       "a server database: no backup file (the server keeps its own)")
        for name, kept, counted in self.recounted:
            out.append(f"counted again: {name.replace('_', ' ')} {counted:,} (it kept {kept:,})")
        if not self.on_server and not self.recounted:
            out.append("the counts it keeps agree with its tables")
        return out


def upgrade(db: Database) -> Upgrade:
    """`db`, open for writing (which updated an older file, after its verified backup), with
    its kept counts counted again: what changed."""
    return Upgrade(db.url or str(db.path), db.opened_version, migrations.SCHEMA_VERSION,
                   db.backup_path, db.on_server, db.recount())
