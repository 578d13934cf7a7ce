"""A role's job posting as schema.org JSON-LD, from the same data as its job description.

`gather_job_posting` reads what `documents.job_posting` needs: the job description's data
(`services.documents.gather_job_description`, so the PDF, the Markdown and the posting say the
same) and the role's values (employment type, remote policy, location, pay range). It refuses,
naming what to set, a posting search engines would reject: one without the company's name or,
for a role that is not remote, without a location.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hirefile.documents.data import JobPostingData
from hirefile.domain.vocab import RemotePolicy
from hirefile.errors import ValidationError
from hirefile.services.document_reads import role_facts
from hirefile.services.documents import gather_job_description
from hirefile.storage.rows import rows_of


def gather_job_posting(source: Any, role_id: str, *,
                       posted_on: date | None = None) -> JobPostingData:
    """The posting's data; `posted_on` defaults to the day the role was created (UTC), so
    the date stays the same each time the posting is exported."""
    rows = rows_of(source)
    role = role_facts(rows, role_id)
    description = gather_job_description(rows, role_id)
    if not description.letterhead.name.strip():
        raise ValidationError("A job posting names the company that hires: set the company's "
                              "name in the company profile first", field="company")
    location = " ".join((role.location or "").split())
    if role.remote is not RemotePolicy.REMOTE and not location:
        raise ValidationError(f"“{role.title}” has no location, which a job posting needs: set "
                              "where the work is, or make the role remote", field="location")
    return JobPostingData(
        description=description, date_posted=posted_on or role.created_at.date(),
        employment_type=role.employment_type.value,
        remote=role.remote.value if role.remote else None, location=location,
        pay_min=role.pay_min, pay_max=role.pay_max, pay_currency=role.pay_currency,
        pay_period=role.pay_period.value)


def job_posting_json(source: Any, role_id: str, *, posted_on: date | None = None) -> str:
    """The role's `JobPosting` JSON-LD text."""
    from hirefile.documents.job_posting import job_posting_json as build

    return build(gather_job_posting(source, role_id, posted_on=posted_on))


def export_job_posting(source: Any, role_id: str, path: Path | str, *,
                       posted_on: date | None = None) -> Path:
    """The JSON-LD written atomically to `path` (a `.jsonld` or `.json` file)."""
    from hirefile.fsutil import write_bytes_atomic

    target = Path(path).expanduser()
    write_bytes_atomic(target, job_posting_json(source, role_id, posted_on=posted_on)
                       .encode("utf-8"))
    return target
