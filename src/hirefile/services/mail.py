"""Write E-mail: one of the file's templates filled in for one candidate, as a draft for the
founder's own mail app, and the timeline entry that says it was written.

`values` gathers what the templates' placeholders stand for (`domain.mail_templates`): the
candidate's preferred or first name, the role, the company, the sender (the person of the file
at the keyboard), the application's next interview with a time, the role's take-home step, the
offer's dates and a rejection's reason. `prepare_draft` fills a template into a `Draft` — the
recipient, subject, body, what it attaches (the interview's `.ics` invitation, the offer
letter's PDF) and the problems to show before it is used, by the offer letter's rules — and
`record_draft` writes ONE activity entry (kind `drafted`) on the candidate's timeline. Hirefile
never sends mail: a draft leaves as a `mailto:` link, an `.eml` marked unsent, or text on the
clipboard (`domain.mail_drafts`).

Nobody erased gets a draft, nor anybody without an e-mail address: both are refused in one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain import mail_templates
from hirefile.domain import offers as rules
from hirefile.domain.ics import calendar
from hirefile.domain.mail_drafts import (
    Attachment,
    Mailbox,
    ascii_address,
    calendar_attachment,
    eml_draft,
    fits_mailto,
    mailto,
    pdf_attachment,
)
from hirefile.domain.mail_templates import MailTemplate
from hirefile.domain.vocab import ActivityKind, InterviewStatus, StepKind
from hirefile.errors import HirefileError, NotFound, ValidationError
from hirefile.services import mail_templates as mail_templates_in_file
from hirefile.services.activity import record
from hirefile.services.company import company
from hirefile.services.interviews import calendar_events, interview_data
from hirefile.services.loops import StepData, loop
from hirefile.services.offers import latest_offer
from hirefile.services.pipeline import live_application
from hirefile.settings import Identity
from hirefile.storage.models import Application, Candidate, Interview, Person, Role
from hirefile.storage.types import utcnow

How = Literal["mailto", "eml", "clipboard"]
HOWS: tuple[str, ...] = ("mailto", "eml", "clipboard")


class CannotDraft(ValidationError):
    """No draft can be made for this person or with this template; nothing was written."""


@dataclass(frozen=True)
class Draft:
    """A filled-in e-mail for one candidate, ready to leave as a link, a file or text.

    `unknown` and `empty` are the template's placeholders that are not known or have nothing
    to fill in (as the offer letter lists them); `missing` names what the template should
    attach but cannot (no interview with a time, no offer) or attaches with gaps."""

    candidate_id: str
    candidate_name: str
    application_id: str | None
    template_key: str
    template_name: str
    to: Mailbox
    sender: Mailbox | None
    subject: str
    body: str
    attachments: tuple[Attachment, ...] = ()
    unknown: tuple[str, ...] = ()
    empty: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def problems(self) -> str:
        """One line listing what is wrong before the draft is used; "" when nothing is."""
        parts = []
        if self.unknown:
            parts.append("unknown placeholders " + ", ".join(f"{{{n}}}" for n in self.unknown))
        if self.empty:
            parts.append("nothing to fill in for " + ", ".join(f"{{{n}}}" for n in self.empty))
        parts += list(self.missing)
        return "; ".join(parts)

    def edited(self, subject: str, body: str) -> Draft:
        """The same draft with the subject and body as the founder changed them."""
        return replace(self, subject=subject, body=body)

    def mailto_link(self) -> str | None:
        """A `mailto:` link when the message fits one (short, nothing attached), else None:
        then it leaves as an `.eml` draft."""
        link = mailto([self.to], self.subject, self.body)
        return link if fits_mailto(link, attachments=len(self.attachments)) else None

    def eml(self, *, date: datetime | None = None) -> bytes:
        """The `.eml` draft's bytes (marked unsent, with the attachments)."""
        return eml_draft(to=[self.to], subject=self.subject, body=self.body,
                         sender=self.sender, date=date, attachments=self.attachments)

    def clipboard_text(self) -> str:
        """The subject and the body, as pasted into a mail app's new message."""
        return f"{self.subject}\n\n{self.body}"


# templates -------------------------------------------------------------------------------------

def templates(session: Session) -> tuple[MailTemplate, ...]:
    """The templates a draft can be made from, in the order they are offered: the built-in
    ones as this file edited them, then the ones it added (`services.mail_templates`)."""
    return tuple(t.template for t in mail_templates_in_file.effective(session))


def template(session: Session, key: str) -> MailTemplate:
    try:
        return mail_templates_in_file.find(session, key).template
    except NotFound as exc:
        raise CannotDraft(exc.message, field="template") from None


# values ----------------------------------------------------------------------------------------

def _length(minutes: int) -> str:
    """`45 minutes`, `1 hour`, `1 hour 30 minutes`: words, for a sentence in an e-mail."""
    hours, rest = divmod(minutes, 60)
    parts = ([f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []) + \
        ([f"{rest} minute{'s' if rest != 1 else ''}"] if rest or not hours else [])
    return " ".join(parts)


def _day(when: datetime) -> str:
    """`Tuesday 9 June 2026`, in this computer's time zone."""
    local = when.astimezone()
    return f"{local:%A} {rules.date_text(local.date())}"


def _time(when: datetime) -> str:
    """`14:00 CEST`: the start in this computer's time zone, named."""
    local = when.astimezone()
    zone = local.tzname() or local.strftime("UTC%z")
    return f"{local:%H:%M} {zone}".strip()


def candidate_for_draft(session: Session, candidate_id: str) -> Candidate:
    """The live candidate, refused in one line when erased or without an e-mail address."""
    c = session.get(Candidate, candidate_id)
    if c is None or c.deleted_at is not None:
        raise NotFound("That candidate is no longer in the file")
    if c.anonymised_at is not None:
        raise CannotDraft("This person's personal data was erased; no e-mail can be drafted "
                          "to them", field="to")
    if not (c.email or "").strip():
        raise CannotDraft(f"{c.full_name} has no e-mail address; add one to their record "
                          "first", field="to")
    return c


def pick_application(session: Session, candidate_id: str,
                     application_id: str | None = None) -> Application | None:
    """The application a draft is about: the one given (it must be this candidate's), else
    the candidate's most recently moved one; None when they are in no role's pipeline."""
    if application_id is not None:
        app = live_application(session, application_id)
        if app.candidate_id != candidate_id:
            raise ValidationError("That application is another candidate's")
        return app
    return session.scalar(
        select(Application).where(Application.candidate_id == candidate_id,
                                  Application.deleted_at.is_(None))
        .order_by(Application.stage_entered_at.desc(), Application.id).limit(1))


def _sender(session: Session) -> tuple[str, Mailbox | None]:
    """The name the e-mail is signed with and the From mailbox: the person of the file at the
    keyboard (their row, else their identity), else the company's signatory."""
    ident: Identity | None = session.info.get("identity")
    person = session.get(Person, ident.person_id) if ident else None
    name = (person.name if person else "") or (ident.name if ident else "") \
        or company(session).signatory_name
    address = (person.email if person else None) or (ident.email if ident else None)
    box = None
    if address:
        try:
            box = Mailbox(name, ascii_address(address))
        except HirefileError:  # a sender's typo must not stop the draft: leave From out
            box = None
    return name, box


def _next_interview(session: Session, application_id: str, *,
                    take_home: bool = False) -> Interview | None:
    """The application's next scheduled interview with a time (the take-home's, or any
    other step's)."""
    kind = Interview.kind == StepKind.TAKE_HOME
    return session.scalar(
        select(Interview).where(Interview.application_id == application_id,
                                Interview.deleted_at.is_(None),
                                Interview.status == InterviewStatus.SCHEDULED,
                                Interview.starts_at.is_not(None),
                                Interview.starts_at >= utcnow(),
                                kind if take_home else ~kind)
        .order_by(Interview.starts_at).limit(1))


def _take_home(steps: Sequence[StepData]) -> StepData | None:
    return next((s for s in steps if s.kind is StepKind.TAKE_HOME), None)


def values(session: Session, candidate: Candidate, application: Application | None, *,
           reason: str | None = None) -> dict[str, str]:
    """What each placeholder of the e-mail templates stands for, for this candidate (and this
    application: the role, its interviews, its offer); "" where the file has nothing."""
    sender_name, _box = _sender(session)
    out = {name: "" for name in mail_templates.PLACEHOLDERS}
    out.update({
        "candidate_name": candidate.full_name,
        "candidate_first_name": rules.first_name(candidate.full_name, candidate.preferred_name),
        "company_name": company(session).name,
        "sender_name": sender_name,
        "rejection_reason": (reason or "").strip(),
        "keep_in_touch_date": (f"{candidate.reach_out_on:%B %Y}" if candidate.reach_out_on
                               else ""),
    })
    if application is None:
        return out
    role = session.get_one(Role, application.role_id)
    out["role_title"] = role.title
    steps = loop(session, role.id).steps
    if steps:  # a first call lasts as long as the loop's first step, until one is scheduled
        out["interview_length"] = _length(steps[0].minutes)
    interview = _next_interview(session, application.id)
    if interview is not None and interview.starts_at is not None:
        out.update({
            "interview_step": interview.title,
            "interview_date": _day(interview.starts_at),
            "interview_time": _time(interview.starts_at),
            "interview_length": _length(interview.minutes),
            "interview_place": ", ".join(p for p in (interview.location, interview.link) if p),
        })
    take_home = _take_home(steps)
    if take_home is not None:
        out["takehome_task"] = take_home.notes.strip() or take_home.title
        out["takehome_hours"] = f"{take_home.expected_hours:g}" if take_home.expected_hours \
            else ""
        due = _next_interview(session, application.id, take_home=True)
        if due is not None and due.starts_at is not None:
            out["takehome_due"] = _day(due.starts_at)
    offer = latest_offer(session, application.id)
    if offer is not None:
        out["start_date"] = rules.date_text(offer.terms.start_date)
        out["expiry_date"] = rules.date_text(offer.terms.expires_on)
    return out


# attachments -----------------------------------------------------------------------------------

def _invitation(session: Session, candidate: Candidate, application: Application | None,
                sender: Mailbox | None) -> Attachment | None:
    """The next interview's calendar invitation (METHOD:REQUEST from the sender, the candidate
    invited; a plain calendar file when the sender has no e-mail address)."""
    found = _next_interview(session, application.id) if application is not None else None
    if found is None:
        return None
    organizer = (sender.name, sender.address) if sender is not None else None
    events = calendar_events(session, [interview_data(session, found.id)], organizer=organizer,
                             guests=[(candidate.full_name, candidate.email)])
    if not events:
        return None
    text = calendar(events, name=found.title,
                    method="REQUEST" if organizer is not None else "PUBLISH")
    return calendar_attachment(text, "invitation.ics")


def _offer_letter(session: Session, candidate: Candidate,
                  application: Application | None) -> tuple[Attachment | None, str]:
    """The offer letter's PDF, and what to say about its template's gaps ("" when none)."""
    from hirefile.services.documents import offer_letter_pdf, template_problems

    offer = latest_offer(session, application.id) if application is not None else None
    if offer is None:
        return None, ""
    unknown, empty = template_problems(session, offer.id)
    gaps = ""
    if unknown or empty:
        names = ", ".join(f"{{{n}}}" for n in (*unknown, *empty))
        gaps = f"the attached offer letter has placeholders it cannot fill in ({names})"
    data = offer_letter_pdf(session, offer.id, allow_empty=True)
    name = " ".join(f"Offer letter - {candidate.full_name}".split())
    return pdf_attachment(data, name.replace("/", " ") + ".pdf"), gaps


# drafts ----------------------------------------------------------------------------------------

def prepare_draft(session: Session, candidate_id: str, template_key: str,
                  application_id: str | None = None, reason: str | None = None) -> Draft:
    """The template filled in for this candidate (and application: the one given, else their
    most recently moved one), with its attachments and its problems listed. Refuses
    (`CannotDraft`, one line) an unknown template, an erased candidate, or one without an
    e-mail address; a malformed address is refused by `domain.mail_drafts` (`BadAddress`)."""
    chosen = template(session, template_key)
    candidate = candidate_for_draft(session, candidate_id)
    to = Mailbox(candidate.full_name, ascii_address(candidate.email or ""))
    application = pick_application(session, candidate.id, application_id)
    filled_in = values(session, candidate, application, reason=reason)
    unknown, empty = mail_templates.check(chosen, filled_in)
    mail = mail_templates.render(chosen, filled_in)
    _name, sender = _sender(session)
    attachments: list[Attachment] = []
    missing: list[str] = []
    if "ics" in chosen.attaches:
        invitation = _invitation(session, candidate, application, sender)
        if invitation is None:
            missing.append("no interview with a time to attach its calendar invitation")
        else:
            attachments.append(invitation)
    if chosen.key == "takehome_instructions" and application is not None:
        step = _take_home(loop(session, application.role_id).steps)
        if step is not None and not step.alternative_step_id:
            missing.append("the role's loop offers no conversation instead of the take-home, "
                           "which this e-mail promises (add one to the loop, or edit the text)")
    if "offer_letter" in chosen.attaches:
        letter, gaps = _offer_letter(session, candidate, application)
        if letter is None:
            missing.append("no offer to attach its letter")
        else:
            attachments.append(letter)
        if gaps:
            missing.append(gaps)
    return Draft(candidate.id, candidate.full_name, application.id if application else None,
                 chosen.key, chosen.name, to, sender, mail.subject, mail.body,
                 tuple(attachments), tuple(unknown), tuple(empty), tuple(missing))


def prepare_drafts(session: Session, candidate_ids: Sequence[str], template_key: str, *,
                   reason: str | None = None) -> tuple[list[Draft], list[tuple[str, str]]]:
    """One draft per candidate (bulk rejections), and those skipped: (name, why), e.g. no
    e-mail address or erased. An unknown template is refused before anyone is looked at."""
    template(session, template_key)
    drafts, skipped = [], []
    for cid in candidate_ids:
        try:
            drafts.append(prepare_draft(session, cid, template_key, reason=reason))
        except HirefileError as exc:
            c = session.get(Candidate, cid)
            name = c.full_name if c is not None and c.anonymised_at is None else "Erased person"
            skipped.append((name, exc.message))
    return drafts, skipped


def record_draft(session: Session, draft: Draft, how: How | str) -> None:
    """One entry on the candidate's timeline: which template, to whom, and how it left
    (`mailto`, `eml` or `clipboard`); the activity log adds who and when."""
    if how not in HOWS:
        raise ValueError(f"how a draft left is one of {HOWS}, not {how!r}")
    record(session, ActivityKind.DRAFTED, "candidate", draft.candidate_id,
           f"Drafted “{draft.template_name}” e-mail to {draft.candidate_name}",
           candidate_id=draft.candidate_id,
           detail={"template": draft.template_key, "to": draft.to.address, "how": how})
