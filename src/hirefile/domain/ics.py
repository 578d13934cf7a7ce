"""iCalendar (RFC 5545) text for interviews, so Google, Apple and Outlook calendars import them.

Pure: plain event data in, text out. Lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character; TEXT values escape backslash, semicolon, comma and newlines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

PRODID = "-//Hirefile//Hiring desk//EN"
#: What follows a row's key in the calendar event id (UID) made from it.
UID_SUFFIX = "@hirefile"


def event_uid(key: str, stored: str | None = None) -> str:
    """A row's calendar event id: the one stored for it (kept from before file format 6, when
    the key it was made from changed: `storage.format6.keep_calendar_ids`), else made from its
    key. The same id for the same row in every export, so a calendar updates its event."""
    return stored or f"{key}{UID_SUFFIX}"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: datetime
    minutes: int
    summary: str
    description: str = ""
    location: str | None = None
    url: str | None = None
    attendees: Sequence[tuple[str, str | None]] = field(default_factory=tuple)  # name, e-mail
    sequence: int = 0
    organizer: tuple[str, str] | None = None  # name, e-mail: who invites (iTIP's REQUEST)
    #: A day rather than a time (a due date): `start`'s UTC date, for `minutes` // 1440 days.
    all_day: bool = False


def escape_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _param(value: str) -> str:
    """A parameter value (CN=…): quoted, with the characters quotes cannot hold removed."""
    return '"' + value.replace('"', "'").replace("\n", " ").replace("\r", " ") + '"'


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces joined by CRLF + space (RFC 5545 §3.1)."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and (raw[end] & 0xC0) == 0x80:  # not inside a character
            end -= 1
        parts.append(raw[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines begin with a space
    return "\r\n ".join(parts)


def _utc(dt: datetime) -> str:
    if dt.tzinfo is None:
        raise ValueError("calendar times must be timezone-aware")
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _span(e: CalendarEvent, end: float) -> list[str]:
    if e.all_day:
        day = e.start.astimezone(timezone.utc).date()
        after = day + timedelta(days=max(1, e.minutes // (24 * 60)))
        return [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{after:%Y%m%d}"]
    return [f"DTSTART:{_utc(e.start)}",
            f"DTEND:{_utc(datetime.fromtimestamp(end, timezone.utc))}"]


def calendar(events: Sequence[CalendarEvent], *, now: datetime | None = None,
             name: str = "Hirefile interviews", method: str = "PUBLISH") -> str:
    """The calendar's text. `method` is `PUBLISH` for a file to import, or `REQUEST` for an
    invitation sent by e-mail (iTIP, RFC 5546), where every event names its organizer."""
    if method == "REQUEST" and any(e.organizer is None for e in events):
        raise ValueError("an invitation (METHOD:REQUEST) names its organizer")
    stamp = _utc(now or datetime.now(timezone.utc))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             f"METHOD:{method}", f"X-WR-CALNAME:{escape_text(name)}"]
    for e in events:
        end = e.start.timestamp() + e.minutes * 60
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.uid}",
            f"DTSTAMP:{stamp}",
            *_span(e, end),
            f"SEQUENCE:{e.sequence}",
            f"SUMMARY:{escape_text(e.summary)}",
        ]
        if e.description:
            lines.append(f"DESCRIPTION:{escape_text(e.description)}")
        if e.location:
            lines.append(f"LOCATION:{escape_text(e.location)}")
        if e.url:
            lines.append(f"URL:{e.url.strip()}")
        if e.organizer is not None:
            lines.append(f"ORGANIZER;CN={_param(e.organizer[0])}:mailto:{e.organizer[1].strip()}")
        for attendee, email in e.attendees:
            if email:
                lines.append(f"ATTENDEE;CN={_param(attendee)};ROLE=REQ-PARTICIPANT:"
                             f"mailto:{email.strip()}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
