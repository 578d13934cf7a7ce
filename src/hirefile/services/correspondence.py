"""Kept correspondence: e-mails (`.eml` files) stored with the person they were exchanged with.

`keep_eml` reads a message (`domain.mail_reading`) and keeps who wrote it to whom, when, about
what and its text, with the file's own bytes, so nothing of it is lost. A message the sender's
address shows came from the candidate is *received*; any other is *sent* (the founder's).

One message is kept once per person: the same Message-ID (or, for a message without one, the
same bytes) dropped again is the row already kept, not a second one. Two copies of the file that
kept it apart merge it into one row too (`storage.merge.NATURAL_KEYS`, over live rows), and a
merge of two records of one person keeps one row of each message (`services.dedupe`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hirefile.domain import limits
from hirefile.domain.contacts import email_key
from hirefile.domain.mail_drafts import Mailbox
from hirefile.domain.mail_reading import ReadMail, read_eml
from hirefile.domain.vocab import ActivityKind, Direction, LinkKind
from hirefile.errors import NotFound, ValidationError
from hirefile.services import refs
from hirefile.services.activity import record
from hirefile.services.candidates import live_candidate
from hirefile.services.erasure import refuse_erased
from hirefile.storage.models import Candidate, CandidateLink, Correspondence, Person
from hirefile.storage.types import utcnow

#: The largest `.eml` kept (as for attachments).
MAX_EML = 50 * 1024 * 1024
#: What ends a text cut at `limits.LONG`.
CUT_NOTE = ("\n\n[The text is cut here: it is longer than {limit:,} characters. The whole "
            "message is kept; export it to read the rest.]")


@dataclass(frozen=True)
class KeptMail:
    """A message kept: its row, and whether it is new (False: it was kept before)."""

    row: Correspondence
    new: bool
    cut: bool = False

    def line(self, name: str) -> str:
        c = self.row
        about = f"“{c.subject}”" if c.subject else "(no subject)"
        if not self.new:
            return f"already kept: {about} ({c.sent_at:%Y-%m-%d}) with {name}"
        way = "from" if c.direction is Direction.RECEIVED else "to"
        cut = f"; its text was cut at {limits.LONG:,} characters (the whole message is kept)" \
            if self.cut else ""
        return f"kept the e-mail {about} ({c.sent_at:%Y-%m-%d}) {way} {name}{cut}"


@dataclass(frozen=True)
class MailInfo:
    """A kept message as lists and the timeline show it."""

    id: str
    direction: Direction
    sent_at: datetime
    sender: str
    recipients: str
    subject: str


def display(box: Mailbox) -> str:
    """`Ana Lima <ana@example.org>`, or the address alone."""
    return f"{box.name} <{box.address}>" if box.name else box.address


def read(data: bytes, filename: str) -> ReadMail:
    """The message in `data`; `UnreadableMail` (one line naming `filename`) otherwise."""
    if len(data) > MAX_EML:
        raise ValidationError(f"{filename} is larger than {MAX_EML // 1024 // 1024} MB; "
                              "it was not kept")
    return read_eml(data, name=filename)


def mail_key(mail: ReadMail, data: bytes) -> str:
    """What makes a message one: its Message-ID, else its bytes."""
    if mail.message_id:
        return mail.message_id.strip().lower()[:limits.LONG]
    return "sha256:" + hashlib.sha256(data).hexdigest()


def addresses_of(session: Session, candidate_id: str) -> set[str]:
    """The candidate's e-mail and linked e-mails, lower-case."""
    found = {email_key(v) for v in session.scalars(
        sa.select(CandidateLink.value).where(CandidateLink.candidate_id == candidate_id,
                                             CandidateLink.kind == LinkKind.EMAIL,
                                             CandidateLink.deleted_at.is_(None)))}
    c = session.get(Candidate, candidate_id)
    found.add(email_key(c.email if c is not None else None))
    return {a for a in found if a}


def keep_eml(session: Session, candidate_id: str, data: bytes, filename: str, *,
             application_id: str | None = None) -> KeptMail:
    """Keep the message in `data` (an `.eml` file's bytes) with the candidate."""
    candidate_id = refs.current_id(session, candidate_id)
    live_candidate(session, candidate_id)
    refuse_erased(session, candidate_id, "no e-mail can be kept with them")
    mail = read(data, filename)
    key = mail_key(mail, data)
    before = session.scalar(sa.select(Correspondence).where(
        Correspondence.candidate_id == candidate_id, Correspondence.mail_key == key,
        Correspondence.deleted_at.is_(None)).order_by(Correspondence.id).limit(1))
    if before is not None:
        return KeptMail(before, new=False)
    sender = mail.sender.address.lower() if mail.sender else ""
    received = bool(sender) and sender in addresses_of(session, candidate_id)
    text = mail.text
    cut = len(text) > limits.LONG
    if cut:
        note = CUT_NOTE.format(limit=limits.LONG)
        text = text[:limits.LONG - len(note)].rstrip() + note
    row = Correspondence(
        candidate_id=candidate_id, application_id=application_id,
        direction=Direction.RECEIVED if received else Direction.SENT,
        sent_at=mail.date or utcnow(),
        sender=display(mail.sender) if mail.sender else "", sender_address=sender,
        recipients="\n".join(display(b) for b in (*mail.to, *mail.cc)),
        subject=mail.subject, body=text, message_id=mail.message_id or None, mail_key=key,
        raw=data)
    session.add(row)
    way = "from" if received else "to"
    record(session, ActivityKind.UPDATED, "correspondence", row.id,
           f"Kept an e-mail {way} them: {mail.subject or '(no subject)'}",
           candidate_id=candidate_id)
    return KeptMail(row, new=True, cut=cut)


def match_sender(session: Session, data: bytes, filename: str = "The file") -> Candidate | None:
    """The live candidate whose e-mail (or a linked e-mail) sent the message, else the first
    of its recipients who is one; None when no one is. `UnreadableMail` when it is no e-mail."""
    mail = read(data, filename)
    for address in _addresses(mail):
        found = candidate_with(session, address)
        if found is not None:
            return found
    return None


def candidate_with(session: Session, address: str) -> Candidate | None:
    """The live, not erased candidate with this e-mail or linked e-mail (the earliest)."""
    key = email_key(address)
    if not key:
        return None
    live = (Candidate.deleted_at.is_(None), Candidate.anonymised_at.is_(None))
    found = session.scalar(sa.select(Candidate).where(Candidate.email == key, *live)
                           .order_by(Candidate.created_at, Candidate.id).limit(1))
    if found is None:
        found = session.scalar(
            sa.select(Candidate).join(CandidateLink, CandidateLink.candidate_id == Candidate.id)
            .where(CandidateLink.kind == LinkKind.EMAIL, CandidateLink.key == key,
                   CandidateLink.deleted_at.is_(None), *live)
            .order_by(Candidate.created_at, Candidate.id).limit(1))
    return found


def other_party(session: Session, data: bytes, filename: str = "The file") -> Mailbox | None:
    """Who the message was exchanged with, for a new candidate: the sender unless they are one
    of the file's people (then the first recipient who is not); None when there is no one."""
    mail = read(data, filename)
    team: set[str | None] = {email_key(e) for e in session.scalars(sa.select(Person.email)
                                                  .where(Person.email.is_not(None)))}
    boxes: tuple[Mailbox, ...] = (*((mail.sender,) if mail.sender else ()), *mail.to, *mail.cc)
    return next((b for b in boxes if email_key(b.address) not in team), None)


def _addresses(mail: ReadMail) -> list[str]:
    boxes = (*((mail.sender,) if mail.sender else ()), *mail.to, *mail.cc)
    return list(dict.fromkeys(b.address.lower() for b in boxes))


def correspondence(session: Session, candidate_id: str) -> list[MailInfo]:
    """The messages kept with the candidate, newest first (never their bytes)."""
    c = Correspondence
    rows = session.execute(
        sa.select(c.id, c.direction, c.sent_at, c.sender, c.recipients, c.subject)
        .where(c.candidate_id == candidate_id, c.deleted_at.is_(None))
        .order_by(c.sent_at.desc(), c.id))
    return [MailInfo(*r) for r in rows]


def message(session: Session, correspondence_id: str) -> Correspondence:
    row = session.get(Correspondence, correspondence_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("That e-mail is no longer kept")
    return row


def remove(session: Session, correspondence_id: str) -> None:
    """Remove a kept message (a tombstone, as every removal: it merges)."""
    row = message(session, correspondence_id)
    row.deleted_at = utcnow()
    record(session, ActivityKind.DELETED, "correspondence", row.id,
           f"Removed the kept e-mail: {row.subject or '(no subject)'}",
           candidate_id=row.candidate_id)
