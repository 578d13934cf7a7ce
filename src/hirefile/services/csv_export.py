"""Exporting candidates to CSV: one row per candidate, written atomically.

The file is UTF-8 with a byte-order mark (spreadsheets then read every script correctly), and
cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) are prefixed with `'` —
Hirefile's importer takes the guard off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.fsutil import check_output, write_bytes_atomic
from hirefile.services import listing
from hirefile.storage.models import Candidate, CandidateTag, Tag

COLUMNS = ("Full name", "E-mail", "Phone", "Location", "Source", "Referred by",
           "Current company", "Current title", "GitHub", "LinkedIn", "Portfolio",
           "Roles and stages", "Tags", "Notes", "Added")
_PAGE = 500


def guard_cell(value: str) -> str:
    """A cell a spreadsheet would run as a formula, made plain text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def export_csv(session: Session, target: Path | str, ids: Sequence[str] | None = None) -> int:
    """Write the candidates `ids` (default: all, by name) to `target`; returns the row count.

    A target that is a database or the open file is refused before any row is read."""
    check_output(target)
    if ids is None:
        ids = listing.candidate_ids(session)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for start in range(0, len(ids), _PAGE):
        page = list(ids[start:start + _PAGE])
        summaries = listing.candidate_rows(session, page)
        tags: dict[str, list[str]] = {}
        for cid, name in session.execute(
                select(CandidateTag.candidate_id, Tag.name)
                .join(Tag, Tag.id == CandidateTag.tag_id)
                .where(CandidateTag.candidate_id.in_(page), CandidateTag.deleted_at.is_(None),
                       Tag.deleted_at.is_(None)).order_by(Tag.name)):
            tags.setdefault(cid, []).append(name)
        people = {c.id: c for c in session.scalars(select(Candidate)
                                                   .where(Candidate.id.in_(page)))}
        for cid in page:
            c, row = people[cid], summaries[cid]
            writer.writerow([guard_cell(v) for v in (
                c.full_name, c.email or "", c.phone or "", c.location or "", c.source.label,
                c.referrer_name or "", c.current_company or "", c.current_title or "",
                c.github_url or "", c.linkedin_url or "", c.portfolio_url or "", row.roles,
                ", ".join(tags.get(cid, [])), c.notes or "", c.created_at.date().isoformat(),
            )])
    write_bytes_atomic(target, buffer.getvalue().encode("utf-8-sig"))
    return len(ids)
