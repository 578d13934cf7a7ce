"""Reading a kept e-mail (`.eml`): who wrote it to whom, when, about what, and its text.

Real mail arrives in every shape: plain text, HTML only, both (multipart/alternative), with
attachments, in any declared charset (ISO-8859-1 that is really Windows-1252, KOI8-R,
ISO-2022-JP, UTF-8 with RFC 2047 encoded words), quoted-printable or base64. `read_eml` takes
the file's bytes and returns plain data; a file that is not an e-mail, or too damaged to read,
is an `UnreadableMail` with one line saying so.

Outlook's `.msg` files are not read: the one maintained Python reader (extract-msg) is
GPL-licensed and brings seven dependencies. Most mail apps save a message as `.eml` (Apple
Mail, Thunderbird, Gmail's "Download message", Outlook on the web and on the Mac).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email import errors as email_errors
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from hirefile.domain import limits
from hirefile.domain.mail_drafts import Mailbox
from hirefile.errors import HirefileError


class UnreadableMail(HirefileError):
    """A file that is not an e-mail, or one too damaged to read; nothing was kept."""


@dataclass(frozen=True)
class ReadMail:
    sender: Mailbox | None
    to: tuple[Mailbox, ...]
    cc: tuple[Mailbox, ...]
    date: datetime | None  # aware; None when the message carries no readable date
    subject: str
    text: str
    attachments: tuple[str, ...]  # file names, in order
    message_id: str


#: How other files begin, to say what a file is rather than only what it is not.
_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Outlook .msg file (or another Office file), "
     "which Hirefile cannot read; save the message as .eml (Outlook on the web and on the Mac "
     "can) and use that instead"),
    (b"%PDF", "a PDF, not an e-mail (.eml)"),
    (b"PK\x03\x04", "a ZIP archive or an Office document, not an e-mail (.eml)"),
    (b"\x89PNG", "a PNG image, not an e-mail (.eml)"),
    (b"\xff\xd8\xff", "a JPEG image, not an e-mail (.eml)"),
    (b"SQLite format 3\x00", "a database, not an e-mail (.eml)"),
)
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:", re.MULTILINE)
#: What the `email` package raises on input it cannot make sense of (it mostly records defects).
_PARSE_ERRORS = (ValueError, LookupError, IndexError, TypeError, AttributeError,
                 email_errors.MessageError)
#: Headers one of which every e-mail a person keeps carries.
_MAIL_HEADERS = ("from", "to", "subject", "date", "message-id")


def read_eml(data: bytes, *, name: str = "The file") -> ReadMail:
    """The message in `data` (an `.eml` file's bytes). `name` names it in errors."""
    data = data.lstrip()
    if data.startswith(b"From "):  # an mbox separator line some apps write first
        data = data.partition(b"\n")[2]
    head = data[:64]
    if not head:
        raise UnreadableMail(f"{name} is empty, so it holds no e-mail")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UnreadableMail(f"{name} is {what}")
    if b"\x00" in data[:4096] or not _HEADER_LINE.match(data[:1000]):
        raise UnreadableMail(f"{name} is not an e-mail (.eml): it does not begin with mail "
                             "headers such as From: and Subject:")
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    if not any(k.lower() in _MAIL_HEADERS for k in msg):
        raise UnreadableMail(f"{name} is not an e-mail (.eml): it has no From, To, Subject "
                             "or Date")
    if any(isinstance(d, email_errors.StartBoundaryNotFoundDefect) for d in msg.defects):
        raise UnreadableMail(f"{name} is damaged: its parts cannot be found (the file was "
                             "probably cut short or edited); save the message again from the "
                             "mail app")
    senders = _mailboxes(msg, "From") or _mailboxes(msg, "Sender")
    try:
        text = _body_text(msg)
        attachments = tuple(_one_line(p.get_filename() or "") or "(unnamed)"
                            for p in msg.iter_attachments())
    except _PARSE_ERRORS:
        raise UnreadableMail(f"{name} is damaged: the headers of its parts cannot be read; "
                             "save the message again from the mail app") from None
    return ReadMail(
        sender=senders[0] if senders else None,
        to=tuple(_mailboxes(msg, "To")),
        cc=tuple(_mailboxes(msg, "Cc")),
        date=_date(msg),
        subject=_one_line(_header(msg, "Subject")),
        text=text,
        attachments=attachments,
        message_id=_one_line(_header(msg, "Message-ID")),
    )


def _valid(text: str) -> str:
    """`text` with bytes the parser could not decode (kept as lone surrogates) as U+FFFD, so
    that it can be stored and shown."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", errors="replace")


def _one_line(text: str) -> str:
    return " ".join(limits.clean_text(_valid(text), multiline=False).split())


def _raw(msg: EmailMessage, name: str) -> list[str]:
    """Every value of header `name` as text, not yet RFC 2047-decoded. Headers written in raw
    8-bit (UTF-8, as RFC 6532 allows, or an old app's Windows-1252) are decoded here."""
    out = []
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            data = str(value).encode("utf-8", "surrogateescape")  # the header's own bytes
            try:
                out.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(_windows_1252(data))
    return out


def _words(text: str) -> str:
    """`text` with its RFC 2047 encoded words decoded (adjacent words joined, as the RFC
    says); as it is when they cannot be."""
    if "=?" not in text:
        return text
    try:
        return str(make_header(decode_header(text)))
    except _PARSE_ERRORS:
        return text


def _header(msg: EmailMessage, name: str) -> str:
    """The first value of header `name`, decoded; "" when absent."""
    values = _raw(msg, name)
    return _words(values[0]) if values else ""


def _mailboxes(msg: EmailMessage, name: str) -> list[Mailbox]:
    """The people a header names (every such header), each with the name as written."""
    out = []
    for raw_name, raw_address in getaddresses(_raw(msg, name)):
        address = _one_line(raw_address)
        if "@" in address and " " not in address:
            out.append(Mailbox(_one_line(_words(raw_name)), address))
    return out


def _date(msg: EmailMessage) -> datetime | None:
    """The Date header as an aware time; `-0000` (time zone unknown) is read as UTC."""
    raw = _header(msg, "Date")
    if not raw:
        return None
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


# the text --------------------------------------------------------------------------------------

def _body_text(msg: EmailMessage) -> str:
    """The plain text part when there is one, else the HTML part's text, else ""."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = part_text(part)
    if part.get_content_subtype() == "html":
        text = html_text(text)
    return _tidy(text)


#: Labels mail apps write for Windows-1252 text: browsers and mail apps read them all as 1252
#: (bytes 0x80–0x9F are curly quotes, dashes and € there, control codes in ISO-8859-1).
_LATIN1_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
                            "windows-1252", "cp1252", "x-cp1252"})
#: No charset, or ASCII declared: 8-bit bytes there are UTF-8 when they decode as UTF-8.
_ASCII_LABELS = frozenset({"us-ascii", "ascii", "ansi_x3.4-1968"})


def part_text(part: Message) -> str:
    """A text part's content as `str`, decoded from its transfer encoding and its charset.

    A charset Python does not know is read as UTF-8 with replacement characters; bytes that
    are wrong for the declared charset become U+FFFD rather than an error."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = (part.get_content_charset() or "us-ascii").strip().lower()
    if charset in _ASCII_LABELS:
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            return _windows_1252(payload)
    if charset in _LATIN1_LABELS:
        return _windows_1252(payload)
    try:
        return payload.decode(codecs.lookup(charset).name, errors="replace")
    except LookupError:  # unknown, or not a text encoding at all ("quopri", "hex")
        return payload.decode("utf-8", errors="replace")


def _windows_1252(data: bytes) -> str:
    """Windows-1252, with its five unassigned bytes read as ISO-8859-1 does."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                       else bytes([b]).decode("cp1252") for b in data)


def _tidy(text: str) -> str:
    """Line breaks as \\n, no control characters, no trailing spaces, at most one blank line
    in a row, no blank lines at either end."""
    text = limits.clean_text(_valid(text).replace("\u00a0", " "))
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


class _HTMLText(HTMLParser):
    """Text of an HTML e-mail as a person reads it: paragraphs, line breaks and list items kept,
    scripts, styles and the head left out, entities unescaped, links followed by their
    address when it differs from their text."""

    BLOCK = frozenset({"p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3",
                       "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article",
                       "header", "footer", "address", "dl", "dt", "dd"})
    PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
                           "table", "pre", "hr"})
    HIDDEN = frozenset({"script", "style", "head", "title", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.pending = 0  # line breaks owed before the next text (blocks merge theirs)
        self.hidden = 0
        self.pre = 0
        self.links: list[tuple[str, int]] = []

    def _block(self, tag: str) -> None:
        self.pending = max(self.pending, 2 if tag in self.PARAGRAPH else 1)

    def _emit(self, text: str) -> None:
        if self.pending and self.out:
            self.out.append("\n" * self.pending)
        self.pending = 0
        self.out.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in ("br", "hr"):
            self._emit("\n")
        elif tag in self.BLOCK:
            self._block(tag)
            if tag == "li":
                self._emit("• ")
        elif tag in ("td", "th") and not self.pending and self.out and \
                not self.out[-1].endswith((" ", "\n")):
            self._emit(" ")  # cells of a row, side by side
        if tag == "pre":
            self.pre += 1
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((href.strip(), len(self.out)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK and tag != "li":
            self._block(tag)
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "a" and self.links:
            href, start = self.links.pop()
            shown = "".join(self.out[start:]).strip()
            target = href[7:] if href.lower().startswith("mailto:") else href
            if href.lower().startswith(("http://", "https://", "mailto:")) and \
                    target.rstrip("/") != shown.rstrip("/"):
                self._emit(f" ({target})" if shown else target)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)
            if data == " " and (self.pending or not self.out):
                return
        self._emit(data)

    def text(self) -> str:
        lines = [line.strip(" ") for line in "".join(self.out).split("\n")]
        return "\n".join(lines)


def html_text(html: str) -> str:
    """The text an HTML e-mail shows, with its line breaks (Python's own HTML parser)."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    return _tidy(parser.text())
