"""Drafts for the founder's mail app: `mailto:` links (RFC 6068) and `.eml` files marked unsent,
read back as a mail app and a calendar would."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import unquote, urlsplit

import icalendar
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hirefile.domain import ics, limits
from hirefile.domain.mail_drafts import (
    MAILTO_LIMIT,
    BadAddress,
    Mailbox,
    calendar_attachment,
    eml_draft,
    fits_mailto,
    mailto,
    pdf_attachment,
    write_draft,
)
from hirefile.domain.mail_reading import read_eml
from hirefile.errors import OutputRefused

ZOE = Mailbox.parse("Zoë Ødegaard <zoe@example.com>")
WANG = Mailbox("王磊", "wang.lei@example.cn")
LENA = Mailbox("Lena Hoffmann", "lena@fernwood.ai")
SUBJECT = "面接のご案内 – دعوة لمقابلة"
BODY = "ゾーイさん、\nこんにちは。\n\nمرحبا زوي،\r\nنراك يوم الثلاثاء. 100% & more?\n"
WHEN = datetime(2026, 6, 8, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def parse(data: bytes) -> EmailMessage:
    msg = message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


# mailto: ---------------------------------------------------------------------------------------

def test_a_mailto_link_round_trips_through_urllib() -> None:
    assert (ZOE.name, ZOE.address) == ("Zoë Ødegaard", "zoe@example.com")
    link = mailto([ZOE, WANG], SUBJECT, BODY, cc=[LENA])
    assert link.isascii() and not re.search(r"[\s+]", link)  # a space is %20, never "+"
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert [unquote(a) for a in parts.path.split(",")] == ["zoe@example.com",
                                                           "wang.lei@example.cn"]
    fields = dict(f.split("=", 1) for f in parts.query.split("&"))
    assert set(fields) == {"cc", "subject", "body"}
    assert unquote(fields["cc"], errors="strict") == "lena@fernwood.ai"
    assert unquote(fields["subject"], errors="strict") == SUBJECT
    # every line break is CRLF, whatever the text had
    assert unquote(fields["body"], errors="strict") == BODY.replace("\r\n", "\n").replace(
        "\n", "\r\n")
    assert "%0D%0A%0D%0A" in fields["body"] and "%20" in fields["body"]
    assert "%25" in fields["body"] and "%26" in fields["body"]  # % and & cannot end the body


def test_mailto_carries_addresses_only_with_ascii_domains() -> None:
    link = mailto([Mailbox("Jürgen", "jan+hiring@bücher.de")], "Hi", "Hello")
    assert link == "mailto:jan%2Bhiring@xn--bcher-kva.de?subject=Hi&body=Hello"
    assert "J%C3%BCrgen" not in link  # RFC 6068 carries addr-specs; names stay in .eml drafts


def test_fits_mailto_sends_long_or_attached_messages_to_an_eml_draft() -> None:
    short = mailto([ZOE], "Thanks", "Thank you for applying!")
    assert fits_mailto(short)
    assert not fits_mailto(short, attachments=1)
    # Japanese takes nine characters a letter once encoded: 200 letters are too many
    long = mailto([ZOE], "Thanks", "面" * 220)
    assert len(long) > MAILTO_LIMIT and not fits_mailto(long)
    edge = "x" * (MAILTO_LIMIT - len(mailto([ZOE], "Thanks", "")))
    assert len(mailto([ZOE], "Thanks", edge)) == MAILTO_LIMIT
    assert fits_mailto(mailto([ZOE], "Thanks", edge))
    assert not fits_mailto(mailto([ZOE], "Thanks", edge + "x"))


@pytest.mark.parametrize(("text", "says"), [
    ("zoë@example.com", "only ASCII letters"),
    ("not an address", "not an e-mail address"),
    ("zoe@localhost", "not a valid name"),
    ("zoe@exa mple.com", "not a valid name"),
    ("zoe..o@example.com", "only ASCII letters"),
])
def test_addresses_a_draft_cannot_carry_are_refused_in_one_line(text: str, says: str) -> None:
    with pytest.raises(BadAddress) as err:
        mailto([Mailbox("Zoë", text)], "Hi", "Hello")
    assert says in err.value.message and "\n" not in err.value.message
    assert err.value.field == "to"
    with pytest.raises(BadAddress):
        eml_draft(to=[Mailbox("Zoë", text)], subject="Hi", body="Hello", date=WHEN)


def test_parsing_a_recipient_line() -> None:
    assert Mailbox.parse('"Doe, Jane" <jane@example.org>') == Mailbox("Doe, Jane",
                                                                      "jane@example.org")
    assert Mailbox.parse("jane@example.org") == Mailbox("", "jane@example.org")
    with pytest.raises(BadAddress, match="not one e-mail address"):
        Mailbox.parse("a@example.org, b@example.org")
    assert str(ZOE) == "Zoë Ødegaard <zoe@example.com>"


# .eml drafts -----------------------------------------------------------------------------------

def interview_calendar() -> str:
    event = ics.CalendarEvent(
        uid="3f0c9a7e-interview@hirefile", start=datetime(2026, 6, 9, 12, 0, tzinfo=timezone.utc),
        minutes=45, summary="Technical discussion – Zoë Ødegaard",
        location="https://meet.example.com/fernwood-zoe",
        organizer=("Lena Hoffmann", "lena@fernwood.ai"),
        attendees=(("Zoë Ødegaard", "zoe@example.com"),))
    return ics.calendar([event], method="REQUEST",
                        now=datetime(2026, 6, 8, 7, 30, tzinfo=timezone.utc))


def test_an_eml_draft_reads_back_with_its_headers_body_and_attachments() -> None:
    pdf = b"%PDF-1.4\n" + bytes(range(256)) + b"\n%%EOF\n"
    data = eml_draft(to=[ZOE, WANG], cc=[Mailbox("Jonas Hoffmann", "jonas@fernwood.ai")],
                     sender=LENA, subject=SUBJECT, body=BODY, date=WHEN,
                     attachments=[calendar_attachment(interview_calendar()),
                                  pdf_attachment(pdf, "Offer letter – Zoë Ødegaard.pdf")])
    # what every mail app opens: 7-bit, CRLF, no line over 998 octets
    assert data.isascii()
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    msg = parse(data)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == SUBJECT
    assert [(a.display_name, a.addr_spec) for a in msg["To"].addresses] == [
        ("Zoë Ødegaard", "zoe@example.com"), ("王磊", "wang.lei@example.cn")]
    assert [(a.display_name, a.addr_spec) for a in msg["Cc"].addresses] == [
        ("Jonas Hoffmann", "jonas@fernwood.ai")]
    assert msg["From"].addresses[0].addr_spec == "lena@fernwood.ai"
    assert msg["Date"].datetime == WHEN
    assert "Bcc" not in msg
    assert not msg.defects
    assert msg.get_content_type() == "multipart/mixed"
    text = msg.get_body(preferencelist=("plain",))
    assert text is not None and text.get_content_charset() == "utf-8"
    assert text.get_content() == BODY.replace("\r\n", "\n").replace("\n", "\r\n")
    calendar_part, pdf_part = list(msg.iter_attachments())
    assert calendar_part.get_content_type() == "text/calendar"
    assert calendar_part.get_param("method") == "REQUEST"
    assert calendar_part.get_filename() == "invitation.ics"
    cal = icalendar.Calendar.from_ical(calendar_part.get_payload(decode=True))
    assert str(cal["METHOD"]) == "REQUEST"
    event = cal.walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Technical discussion – Zoë Ødegaard"
    assert str(event["ORGANIZER"]) == "mailto:lena@fernwood.ai"
    assert event["ORGANIZER"].params["CN"] == "Lena Hoffmann"
    assert pdf_part.get_content_type() == "application/pdf"
    assert pdf_part.get_filename() == "Offer letter – Zoë Ødegaard.pdf"
    assert pdf_part.get_content() == pdf


def test_a_plain_draft_without_sender_is_one_text_part() -> None:
    data = eml_draft(to=[ZOE], subject="Thank you for applying",
                     body="Hi Zoë,\n\nThank you!\n", date=WHEN)
    msg = parse(data)
    assert "From" not in msg  # the mail app fills in the account it sends from
    assert msg["X-Unsent"] == "1"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content() == "Hi Zoë,\r\n\r\nThank you!\r\n"
    assert str(msg["To"]) == "Zoë Ødegaard <zoe@example.com>"


def test_a_subject_cannot_add_headers() -> None:
    data = eml_draft(to=[Mailbox("Zoë\nBcc: x@evil.example", "zoe@example.com")],
                     subject="Hello\r\nBcc: all@evil.example\x00", body="Hi", date=WHEN)
    msg = parse(data)
    assert "Bcc" not in msg
    assert msg["Subject"] == "Hello Bcc: all@evil.example"
    assert [a.addr_spec for a in msg["To"].addresses] == ["zoe@example.com"]


def test_a_draft_needs_a_recipient_and_a_zoned_date() -> None:
    with pytest.raises(BadAddress, match="at least one recipient"):
        eml_draft(to=[], subject="Hi", body="Hello", date=WHEN)
    with pytest.raises(ValueError, match="timezone-aware"):
        eml_draft(to=[ZOE], subject="Hi", body="Hello", date=datetime(2026, 6, 8, 9, 30))


def test_an_invitation_names_its_organizer_and_a_published_calendar_is_unchanged() -> None:
    event = ics.CalendarEvent(uid="u@hirefile", minutes=30, summary="Screen",
                              start=datetime(2026, 6, 9, 12, tzinfo=timezone.utc))
    with pytest.raises(ValueError, match="organizer"):
        ics.calendar([event], method="REQUEST")
    published = ics.calendar([event])
    assert "METHOD:PUBLISH\r\n" in published and "ORGANIZER" not in published
    part = calendar_attachment(published, "screen.ics")
    assert dict(part.params) == {"method": "PUBLISH", "charset": "utf-8"}


def test_a_draft_is_written_whole_and_never_over_a_database(tmp_path: Path) -> None:
    data = eml_draft(to=[ZOE], subject="Hi", body="Hello", date=WHEN)
    out = write_draft(tmp_path / "Zoë – draft.eml", data)
    assert out.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["Zoë – draft.eml"]  # no temporary left
    db = tmp_path / "notes.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = db.read_bytes()
    with pytest.raises(OutputRefused, match="SQLite database"):
        write_draft(db, data)
    assert db.read_bytes() == before


# any text a founder or a candidate's name brings -----------------------------------------------

#: Any text of every script, with line breaks and controls (no lone surrogates: no text
#: field produces them); names with anything but line breaks, and the characters addresses
#: give a meaning to.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
NAME = st.text(st.characters(exclude_categories=("Cs", "Cc"))
               | st.sampled_from(list('"\\(),:;<>@[] ')), max_size=60)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(name=NAME, subject=TEXT, body=TEXT)
@example(name="A AAAªª" + "\u0800" * 12 + " ª", subject="", body="")  # a space at a fold
@example(name='Doe, "Jane" (ML) <x@y>', subject="a\r\nBcc: b@c.d", body="\r")
def test_any_name_subject_and_body_survive_a_draft_and_a_link(name: str, subject: str,
                                                             body: str) -> None:
    data = eml_draft(to=[Mailbox(name, "zoe@example.com")], subject=subject, body=body,
                     date=WHEN, attachments=[pdf_attachment(b"%PDF", f"{name}.pdf")])
    assert data.isascii()
    one_line = " ".join(limits.clean_text(name, multiline=False).split())
    clean_subject = " ".join(limits.clean_text(subject, multiline=False).split())
    msg = parse(data)
    assert msg["Subject"] == clean_subject
    # Python's newer header parser keeps the space between two encoded words of one long
    # name (RFC 2047 says it is not the name's); the RFC's decoder, as mail apps do, does not
    ((raw_name, address),) = getaddresses([message_from_bytes(data)["To"]])
    to = (str(make_header(decode_header(raw_name))), address)
    assert to == (one_line, "zoe@example.com")
    assert read_eml(data).to == (Mailbox(one_line, "zoe@example.com"),)
    text = msg.get_body(preferencelist=("plain",))
    assert text is not None
    expected = limits.clean_text(body)
    assert text.get_content() == (expected if expected.endswith("\n") else expected + "\n"
                                  ).replace("\n", "\r\n")
    assert msg.get_payload()[1].get_content() == b"%PDF"
    link = mailto([Mailbox(name, "zoe@example.com")], subject, body)
    fields = dict(f.split("=", 1) for f in urlsplit(link).query.split("&"))
    assert unquote(fields["subject"], errors="strict") == clean_subject
    assert unquote(fields["body"], errors="strict") == expected.replace("\n", "\r\n")
