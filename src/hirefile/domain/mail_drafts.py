"""Drafts for the founder's own mail app: a `mailto:` link, or an `.eml` file marked unsent.

Hirefile never sends mail. A short plain message opens as a `mailto:` link (RFC 6068): the
addresses, the subject and the body percent-encoded as UTF-8, line breaks as `%0D%0A`. A link
longer than `MAILTO_LIMIT` characters is cut short or refused by some systems and mail apps
(Windows hands at most about 2,000 characters to the mail app), so `fits_mailto` says when the
caller must write an `.eml` draft instead — as it must for attachments. The `.eml` is built with
Python's `email` package: encoded Unicode names and subjects, a `Date`, and `X-Unsent: 1`,
which Outlook, Thunderbird and Apple Mail read as "open this as a draft to edit and send".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from urllib.parse import quote

from hirefile.domain import limits
from hirefile.errors import ValidationError
from hirefile.fsutil import write_bytes_atomic

#: The longest `mailto:` link handed to a mail app; beyond it, write an `.eml` draft.
MAILTO_LIMIT = 2000

#: CRLF line ends (as mail is stored and sent) and every part in 7-bit transfer encodings,
#: which every mail app opens whatever it assumes about 8-bit text.
POLICY = policy.SMTP.clone(cte_type="7bit")

_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")


class BadAddress(ValidationError):
    """A recipient or sender address a draft cannot carry; nothing was written."""


@dataclass(frozen=True)
class Mailbox:
    """A person's name (may be empty) and e-mail address."""

    name: str
    address: str

    @classmethod
    def parse(cls, text: str) -> Mailbox:
        """`Zoë Ødegaard <zoe@example.com>`, `"Doe, Jane" <jane@x.org>` or a bare address."""
        found = getaddresses([text])
        if len(found) != 1 or not found[0][1]:
            raise BadAddress(f"“{text}” is not one e-mail address (write Name <name@domain>)",
                             field="to")
        name, address = found[0]
        return cls(name, address)

    def __str__(self) -> str:
        return str(Address(self.name, addr_spec=ascii_address(self.address)))


def ascii_address(address: str) -> str:
    """The address as mail headers and links carry it, the domain in its ASCII form
    (`jan@bücher.de` → `jan@xn--bcher-kva.de`).

    Raises `BadAddress` (one line, naming the address) for anything that is not one plain
    address, including letters outside ASCII before the @, which few mail apps can send."""
    text = address.strip()
    shown = f"“{limits.clean_text(text, multiline=False)[:limits.EMAIL]}”"
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or len(text) > limits.EMAIL:
        raise BadAddress(f"{shown} is not an e-mail address (name@domain)", field="to")
    if not _LOCAL_PART.match(local) or local.startswith(".") or ".." in local:
        raise BadAddress(f"{shown} cannot be written in a draft: before the @ an address "
                         "may hold only ASCII letters, digits and . _ + - ; check it",
                         field="to")
    try:
        labels = [label.encode("idna").decode("ascii") for label in domain.split(".")]
    except UnicodeError:
        raise BadAddress(f"{shown} has a domain that is not a valid name; check it",
                         field="to") from None
    if len(labels) < 2 or not all(re.fullmatch(r"[A-Za-z0-9-]{1,63}", x) for x in labels):
        raise BadAddress(f"{shown} has a domain that is not a valid name; check it",
                         field="to")
    return f"{local}@{'.'.join(labels)}"


def _one_line(text: str) -> str:
    return " ".join(limits.clean_text(text, multiline=False).split())


def _crlf(text: str) -> str:
    return limits.clean_text(text).replace("\n", "\r\n")


# mailto: ---------------------------------------------------------------------------------------

def mailto(to: Sequence[Mailbox], subject: str, body: str, *,
           cc: Sequence[Mailbox] = ()) -> str:
    """A `mailto:` link (RFC 6068) for a plain message to one or more people.

    RFC 6068 carries addresses only (`addr-spec`), so names are left out: the mail app shows its
    own. The subject and body are UTF-8, percent-encoded (a space is `%20`, never `+`), and line
    breaks become CRLF (`%0D%0A`). Check `fits_mailto` before handing the link to a mail app."""
    path = ",".join(quote(ascii_address(m.address), safe="@") for m in to)
    fields = []
    if cc:
        fields.append("cc=" + ",".join(quote(ascii_address(m.address), safe="@") for m in cc))
    fields.append("subject=" + quote(_one_line(subject), safe=""))
    fields.append("body=" + quote(_crlf(body), safe=""))
    return f"mailto:{path}?" + "&".join(fields)


def fits_mailto(link: str, *, attachments: int = 0) -> bool:
    """Whether a `mailto:` link can open the message whole: at most `MAILTO_LIMIT` characters
    and nothing to attach. When it cannot, the caller writes an `.eml` draft instead."""
    return attachments == 0 and len(link) <= MAILTO_LIMIT


# .eml drafts -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Attachment:
    """A file a draft carries: its name, its bytes and its MIME type with parameters."""

    filename: str
    data: bytes
    maintype: str
    subtype: str
    params: tuple[tuple[str, str], ...] = ()


def calendar_attachment(ics_text: str, filename: str = "invitation.ics") -> Attachment:
    """An interview's `.ics` (`domain.ics.calendar`) as `text/calendar`, with the `method`
    parameter its METHOD line states (`REQUEST` for an invitation), as mail apps expect to
    show "accept / decline" for it (RFC 6047)."""
    found = re.search(r"^METHOD:([A-Z-]+)\r?$", ics_text, flags=re.MULTILINE)
    params = [("charset", "utf-8")]
    if found:
        params.insert(0, ("method", found.group(1)))
    return Attachment(filename, ics_text.encode("utf-8"), "text", "calendar", tuple(params))


def pdf_attachment(data: bytes, filename: str) -> Attachment:
    return Attachment(filename, data, "application", "pdf")


def eml_draft(*, to: Sequence[Mailbox], subject: str, body: str,
              sender: Mailbox | None = None, cc: Sequence[Mailbox] = (),
              date: datetime | None = None,
              attachments: Sequence[Attachment] = ()) -> bytes:
    """The bytes of an `.eml` draft: From (when known), To, Cc, Subject, Date, `X-Unsent: 1`,
    the plain text body and the attachments. Names and subjects in any script are encoded as
    RFC 2047 words; addresses must be plain (`ascii_address`), else `BadAddress`."""
    if not to:
        raise BadAddress("A draft needs at least one recipient with an e-mail address",
                         field="to")
    people = [("From", [sender] if sender is not None else []), ("To", to), ("Cc", cc)]
    head = "".join(f"{field}: " + ",\r\n ".join(_mailbox(m, field) for m in boxes) + "\r\n"
                   for field, boxes in people if boxes)
    msg = EmailMessage(policy=POLICY)
    msg["Subject"] = _one_line(subject)
    when = date or datetime.now(timezone.utc).astimezone()  # the local zone, as mail apps write
    if when.tzinfo is None:
        raise ValueError("a draft's date must be timezone-aware")
    msg["Date"] = format_datetime(when)
    msg["X-Unsent"] = "1"
    msg.set_content(limits.clean_text(body), subtype="plain", charset="utf-8")
    for a in attachments:
        msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype,
                           filename=_one_line(a.filename) or "attachment",
                           params=dict(a.params))
    for part in msg.iter_parts():
        del part["MIME-Version"]  # said once, at the top (RFC 2045 §4)
    return head.encode("ascii") + msg.as_bytes(policy=POLICY)


def _mailbox(m: Mailbox, field: str) -> str:
    """`Name <address>` as a header carries it: an ASCII name quoted when it must be, another
    in RFC 2047 encoded words of at most 75 characters, one per folded line.

    Written here rather than by the `email` package's folding, which drops a space of the name
    where it splits it between two encoded words (found by the tests' random names)."""
    address, name = ascii_address(m.address), _one_line(m.name)
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    words = Header(name, "utf-8", header_name=field).encode(linesep="\r\n", maxlinelen=74)
    return f"{words} <{address}>"


def write_draft(path: Path | str, data: bytes) -> Path:
    """Write a draft's bytes to `path` atomically (the old file or the whole new one)."""
    target = Path(path).expanduser()
    write_bytes_atomic(target, data)
    return target
