"""File format 3, migrated from format 2: a step per concern (`STEPS`, as in `format2`), each
idempotent and deterministic, run in order in one transaction after the verified backup
(`migrations.backup_file`). A copy migrated on another machine gets the same rows, so two
copies migrated apart still merge.

- `retention_columns`: the file's retention rule, two columns on `company_profile`
  (`retention_months`, `retention_in_job_description`); a format-2 file has no rule, so they
  start empty and off;
- `attachment_text`: `attachment.text` and `attachment.text_note`, and the CV word index
  (`storage.search.DOCUMENTS`) with its triggers. The text of files attached before is NOT read
  here (reading every PDF would make opening the file slow): those attachments have no text
  until they are attached again;
- `correspondence_table`: kept correspondence (e-mails kept with a candidate), empty;
- `mail_index`: the word index of kept e-mails (`storage.search.MAIL`) with its triggers, so
  the candidates' search finds a person by a word of an e-mail kept with them;
- `mail_template_table`: the e-mail templates a file edits or adds (`mail_template`), empty:
  a format-2 file drafts from Hirefile's own templates until one is edited.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from hirefile.storage import search
from hirefile.storage.ddl import add_columns, create_tables

Step = Callable[[Connection], None]

#: The columns format 3 adds: name → its SQL type and default.
COLUMNS = {
    "retention_months": "INTEGER",
    "retention_in_job_description": "BOOLEAN NOT NULL DEFAULT false",
}
#: The columns format 3 adds to `attachment`.
ATTACHMENT_COLUMNS = {"text": "TEXT", "text_note": "TEXT"}
#: The tables format 3 adds, made from the models (with their indexes).
TABLES = ("correspondence",)


def upgrade(conn: Connection) -> None:
    """Upgrade a format-2 file to format 3 inside `conn`'s transaction."""
    for step in STEPS:
        step(conn)


def retention_columns(conn: Connection) -> None:
    add_columns(conn, "company_profile", COLUMNS)


def attachment_text(conn: Connection) -> None:
    add_columns(conn, "attachment", ATTACHMENT_COLUMNS)
    search.create_words(conn, search.CV_INDEX)


def correspondence_table(conn: Connection) -> None:
    create_tables(conn, *TABLES)


def mail_index(conn: Connection) -> None:
    search.create_words(conn, search.MAIL_INDEX)


def mail_template_table(conn: Connection) -> None:
    create_tables(conn, "mail_template")


#: The steps from format 2 to 3, in order.
STEPS: list[Step] = [retention_columns, attachment_text, correspondence_table, mail_index,
                     mail_template_table]
