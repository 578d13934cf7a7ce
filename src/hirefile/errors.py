"""Errors a person can act on, kept apart from bugs.

A `HirefileError` carries a message written for the person at the keyboard; the CLI prints it as
one line and the GUI shows it in a dialog. Anything else that escapes is a bug: it is logged with
its traceback and the person is told that something went wrong, never shown the traceback.
"""

from __future__ import annotations

TYPE_CHECKING = False  # `typing` is not imported at run time: `hirefile info` imports this
if TYPE_CHECKING:
    from typing import Any


class HirefileError(Exception):
    """An error with a message meant for the user."""

    @property
    def message(self) -> str:
        return str(self)


class FileProblem(HirefileError):
    """The file cannot be opened as asked; it was left exactly as it was."""


class FileMissing(FileProblem):
    pass


class NotSQLiteFile(FileProblem):
    pass


class NotHirefileFile(FileProblem):
    pass


class NewerSchemaFile(FileProblem):
    def __init__(self, path: str, file_version: int, app_version: int) -> None:
        super().__init__(
            f"{path} was written by a newer Hirefile (file format {file_version}); this "
            f"Hirefile reads formats up to {app_version}. Update Hirefile to open it."
        )
        self.file_version = file_version
        self.app_version = app_version


class OlderSchemaFile(FileProblem):
    """A file (or server database) in an older format, where only a writer may update it:
    opened read-only (`hirefile info`, a read-only window) or copied elsewhere (`then`:
    ", then push")."""

    def __init__(self, path: str, file_version: int, app_version: int, then: str = "") -> None:
        super().__init__(
            f"{path} is in file format {file_version}; open it once for writing (in the app, "
            f"or `hirefile upgrade {path}`) to update it to format {app_version}{then}")
        self.file_version = file_version
        self.app_version = app_version


class CorruptFile(FileProblem):
    pass


class FileInUse(FileProblem):
    def __init__(self, path: str, name: str, host: str, since: str) -> None:
        super().__init__(f"{path} is in use by {name} on {host} since {since}")
        self.holder_name = name
        self.host = host
        self.since = since


class FileReplaced(FileProblem):
    """The open file was replaced on disk (a synced folder delivered another version) or
    moved away since it was opened: nothing may be written through the old connection."""


class ReadOnlyFile(FileProblem):
    """The file is open read-only (someone else is editing it): nothing was written."""


class OutputRefused(FileProblem):
    """An export or copy would replace a file Hirefile never writes over (a Hirefile or other
    SQLite file, the open file, its lock note or journal, a folder); nothing was written."""


class StorageFailure(HirefileError):
    """Writing failed for a reason outside the app (disk full, folder not writable)."""


class StaleEdit(HirefileError):
    """An edit made on data someone changed since it was read: nothing was written.

    `field` was changed by another writer at `clock` (storage/clock.py); `theirs` is the
    value stored now and `mine` the one refused (both as stored; `theirs_text`/`mine_text` as
    the app shows them, with `who` and `at` filled by `services.concurrency`)."""

    def __init__(self, message: str, *, model: Any, row_id: str, field: str, clock: str,
                 theirs: Any, mine: Any, row_updated_by: str = "", row_latest: int = 0,
                 who: str = "", at: Any = None, theirs_text: str = "",
                 mine_text: str = "", label: str = "", summary: str = "") -> None:
        super().__init__(message)
        self.model, self.row_id, self.field, self.clock = model, row_id, field, clock
        self.theirs, self.mine = theirs, mine
        self.row_updated_by, self.row_latest = row_updated_by, row_latest
        self.who, self.at = who, at
        self.theirs_text, self.mine_text = theirs_text, mine_text
        #: The field as people call it ("Email", "Stage").
        self.label = label or field.replace("_", " ").capitalize()
        #: The refusal in one sentence without the values (a dialog shows them beside).
        self.summary = summary or message


class ValidationError(HirefileError):
    """Input that breaks a domain rule; `field` names what to correct, when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(HirefileError):
    pass
