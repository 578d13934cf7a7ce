"""E-mail templates for the moments a founder writes to a candidate, and how they are filled.

A template is a subject and a body with placeholders in the offer letter's syntax and rules
(`placeholders.py`): `{candidate_first_name}`. The built-in ones are short and warm, and a file
can keep edited or added ones later; `check` lists unknown placeholders and those that would
come out empty before a draft is made, and `render` fills a template as plain text. Hirefile
never sends mail: a filled template becomes a draft in the founder's own mail app
(`mail_drafts.py`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from hirefile.domain import limits, placeholders

#: The placeholders an e-mail template may use, with what each stands for (shown in an editor).
#: Names shared with the offer letter mean the same thing there.
PLACEHOLDERS: dict[str, str] = {
    "candidate_name": "the candidate's full name",
    "candidate_first_name": "the candidate's preferred or first name",
    "role_title": "the role's title",
    "company_name": "your company's name",
    "sender_name": "your name, as you sign the e-mail",
    "interview_step": "the interview's step, e.g. technical discussion",
    "interview_date": "the interview's day, e.g. Tuesday 9 June 2026",
    "interview_time": "when it starts, with the time zone, e.g. 14:00 CEST",
    "interview_length": "how long it lasts, e.g. 45 minutes",
    "interview_place": "where: an address, or the video-call link",
    "takehome_task": "the task, or where to find it",
    "takehome_hours": "the hours the take-home should take at most, e.g. 3",
    "takehome_due": "when you would like it back, e.g. Friday 12 June 2026",
    "rejection_reason": "a sentence or two on why (may be left out)",
    "keep_in_touch_date": "when you will write again, e.g. spring 2027",
    "start_date": "the start date",
    "expiry_date": "the last day to accept",
}

#: Placeholders that may be empty: a line holding nothing else is then left out whole.
OPTIONAL: frozenset[str] = frozenset({"rejection_reason"})


@dataclass(frozen=True)
class MailTemplate:
    """A subject and a body with placeholders. `attaches` names what a draft made from it
    should carry (`"ics"`: the interview's calendar invitation; `"offer_letter"`: the offer
    letter's PDF)."""

    key: str
    name: str
    subject: str
    body: str
    attaches: tuple[str, ...] = ()


@dataclass(frozen=True)
class FilledMail:
    subject: str
    body: str


_SIGNATURE = "\n\nWarm regards,\n{sender_name}\n{company_name}\n"

BUILT_IN: tuple[MailTemplate, ...] = (
    MailTemplate(
        "acknowledgement", "Application received",
        "Thank you for applying to {company_name}",
        "Hi {candidate_first_name},\n\n"
        "Thank you for applying for the {role_title} role at {company_name}. We have your "
        "application, and a founder (not a filter) will read it.\n\n"
        "We aim to get back to you within a week, whatever we decide. If anything changes on "
        "your side in the meantime, just reply to this e-mail." + _SIGNATURE),
    MailTemplate(
        "screen_invitation", "Invitation to a first call",
        "A first conversation about {role_title} at {company_name}",
        "Hi {candidate_first_name},\n\n"
        "Thank you for your application: we enjoyed reading it and would love to talk. Would "
        "you have {interview_length} for a relaxed first call about the {role_title} role?\n\n"
        "It is a conversation, not a test: we will tell you what we are building and how we "
        "work, and hear what you are looking for. Reply with two or three times that suit you "
        "over the next week, and we will make one of them work." + _SIGNATURE),
    MailTemplate(
        "interview_scheduling", "Interview time",
        "{interview_step} on {interview_date} – {company_name}",
        "Hi {candidate_first_name},\n\n"
        "Thank you for making time for the next step. Here are the details of your "
        "{interview_step} for the {role_title} role:\n\n"
        "When: {interview_date} at {interview_time} ({interview_length})\n"
        "Where: {interview_place}\n\n"
        "The calendar invitation is attached. If the time stops working for you, reply and we "
        "will find another one; there is no need to apologise." + _SIGNATURE,
        attaches=("ics",)),
    MailTemplate(
        "takehome_instructions", "Take-home exercise",
        "The take-home exercise for {role_title}",
        "Hi {candidate_first_name},\n\n"
        "As promised, here is the take-home exercise for the {role_title} role:\n\n"
        "{takehome_task}\n\n"
        "Please spend no more than {takehome_hours} hours on it; we would rather see how you "
        "think than a polished result. Send it back by {takehome_due}, or tell us if you need "
        "more time.\n\n"
        "If a take-home does not fit your life right now (caring for someone, a work laptop "
        "you cannot use), say so: we are just as happy to go through a piece of work you have "
        "already done, or a problem of ours, in a conversation instead." + _SIGNATURE),
    MailTemplate(
        "rejection", "Not moving forward",
        "Your application to {company_name}",
        "Hi {candidate_first_name},\n\n"
        "Thank you for the time and thought you gave to the {role_title} role. We have "
        "decided not to move forward with your application, and we wanted to tell you "
        "directly rather than leave you waiting.\n\n"
        "{rejection_reason}\n\n"
        "We know this is not the news you hoped for. Thank you again for your interest in us, "
        "and we wish you every success in what comes next." + _SIGNATURE),
    MailTemplate(
        "talent_pool", "Keep in touch",
        "Staying in touch – {company_name}",
        "Hi {candidate_first_name},\n\n"
        "Thank you for the conversation about the {role_title} role. The timing is not right "
        "for us to go further today, but we would genuinely like to stay in touch.\n\n"
        "With your permission, we will keep your details and write to you again around "
        "{keep_in_touch_date}, when our plans are clearer. If you would rather we did not, "
        "just reply and we will delete them." + _SIGNATURE),
    MailTemplate(
        "offer_cover", "Offer cover note",
        "Your offer from {company_name}",
        "Hi {candidate_first_name},\n\n"
        "We are delighted to offer you the {role_title} role at {company_name}! Your offer "
        "letter is attached, with everything we discussed.\n\n"
        "We would love to have you start on {start_date}. The offer is open until "
        "{expiry_date}; take the time you need, and ask us anything, however small. We are "
        "happy to talk it through on a call." + _SIGNATURE,
        attaches=("offer_letter",)),
)

_BY_KEY = {t.key: t for t in BUILT_IN}


def built_in(key: str) -> MailTemplate:
    """The built-in template named `key` (`KeyError` for another key)."""
    return _BY_KEY[key]


def check(template: MailTemplate, values: Mapping[str, str | None]) -> tuple[list[str],
                                                                              list[str]]:
    """(unknown placeholders, placeholders that would be empty), subject first then body, in
    order of first use; what the GUI and the command line list before a draft is made.

    Optional placeholders (`OPTIONAL`, a rejection's reason) are never listed as empty."""
    return placeholders.check(f"{template.subject}\n{template.body}", PLACEHOLDERS, values,
                              optional=OPTIONAL)


def render(template: MailTemplate, values: Mapping[str, str | None]) -> FilledMail:
    """The template filled in, as plain text.

    The subject is one line (line breaks in a value become spaces); control characters are
    removed from both. A line holding only an optional placeholder that is empty is left out,
    with the blank line after it. Unknown placeholders stay as typed, so that they show."""
    subject = placeholders.fill(template.subject, PLACEHOLDERS, values)
    body = placeholders.fill(_without_empty_optional_lines(template.body, values),
                             PLACEHOLDERS, values)
    return FilledMail(
        subject=" ".join(limits.clean_text(subject, multiline=False).split()),
        body=limits.clean_text(body).strip("\n") + "\n",
    )


def _without_empty_optional_lines(body: str, values: Mapping[str, str | None]) -> str:
    def drop(m: re.Match[str]) -> str:
        name = m.group(2)
        if name in OPTIONAL and not (values.get(name) or "").strip():
            return ""
        return m.group(0)

    return re.sub(r"^([ \t]*\{([^{}\n]{0,60})\}[ \t]*)(?:\n|$)(?:[ \t]*\n)?", drop,
                  body.replace("\r\n", "\n"), flags=re.MULTILINE)
