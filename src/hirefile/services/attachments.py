"""Files kept inside the database (CVs and the like), and opening them from a temporary copy.

A PDF or Word file's text is read when it is attached (`domain.cv_text`, capped) and kept
beside it (`Attachment.text`, or `text_note` saying why there is none): candidates' search
finds its words, and the record previews it."""

from __future__ import annotations

import hashlib
import mimetypes
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.cv_text import CvText, extract_cv_text
from hirefile.domain.vocab import ActivityKind
from hirefile.errors import FileProblem, NotFound, ValidationError
from hirefile.services.activity import record
from hirefile.services.people import name_of, names
from hirefile.storage.models import Attachment
from hirefile.storage.types import utcnow

MAX_ATTACHMENT = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    filename: str
    mime_type: str
    size: int
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class AttachmentText:
    """What a preview shows of an attachment: its text, or why there is none."""

    filename: str
    text: str | None
    #: Why there is no text (one line), when `text` is None.
    problem: str


#: Why a file attached before Hirefile read CVs has no text.
NOT_READ = ("it was attached before Hirefile read the text of CVs; remove it and attach it "
            "again to search and preview it")


def size_text(n: int) -> str:
    """"820 B", "14 KB", "2.3 MB": a file's size as people read it."""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def attach_file(session: Session, candidate_id: str, path: Path | str, *,
                application_id: str | None = None, cv: CvText | None = None) -> Attachment:
    """Keep the file at `path` for the candidate, with its text when it is a PDF or Word
    file (`cv`: the text already read from these bytes, so it is not read twice)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT:
            raise ValidationError(f"{path.name} is larger than 50 MB; attach a smaller copy")
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileProblem(f"{path} does not exist") from None
    except IsADirectoryError:
        raise FileProblem(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise FileProblem(f"Could not read {path}: {exc.strerror or exc}") from exc
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if cv is None:
        cv = extract_cv_text(data, path.name)
    att = Attachment(candidate_id=candidate_id, application_id=application_id,
                     filename=path.name, mime_type=mime, size=len(data),
                     sha256=hashlib.sha256(data).hexdigest(), data=data,
                     text=cv.text or None, text_note=None if cv.text else cv.problem)
    session.add(att)
    record(session, ActivityKind.UPDATED, "attachment", att.id, f"Attached {path.name}",
           candidate_id=candidate_id)
    return att


def attachments(session: Session, candidate_id: str) -> list[AttachmentInfo]:
    rows = session.execute(
        select(Attachment.id, Attachment.filename, Attachment.mime_type, Attachment.size,
               Attachment.created_at, Attachment.created_by)
        .where(Attachment.candidate_id == candidate_id, Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at))
    known = names(session)
    return [AttachmentInfo(*r[:-1], name_of(known, r[-1])) for r in rows]


def attachment_text(session: Session, attachment_id: str) -> AttachmentText:
    """The text kept of an attachment, or why there is none."""
    row = session.execute(select(Attachment.filename, Attachment.text, Attachment.text_note)
                          .where(Attachment.id == attachment_id,
                                 Attachment.deleted_at.is_(None))).first()
    if row is None:
        raise NotFound("That attachment no longer exists")
    filename, text, note = row
    if text:
        return AttachmentText(filename, text, "")
    return AttachmentText(filename, None, note or NOT_READ)


def temp_copy(session: Session, attachment_id: str, name: str | None = None) -> Path:
    """Write the attachment to a private temporary folder (for the system viewer) and return
    the path; the name is the original file name, so the viewer shows it, or `name` (a blind
    pass names a file without saying whose it is)."""
    att = session.get(Attachment, attachment_id)
    if att is None or att.deleted_at is not None:
        raise NotFound("That attachment no longer exists")
    folder = Path(tempfile.mkdtemp(prefix="hirefile-"))
    safe = Path(name or att.filename).name or "attachment"
    target = folder / safe
    target.write_bytes(att.data)
    target.chmod(0o600)
    return target


def remove_attachment(session: Session, attachment_id: str) -> None:
    att = session.get(Attachment, attachment_id)
    if att is None:
        raise NotFound("That attachment no longer exists")
    att.deleted_at = utcnow()
