"""The readable summary of a person's data (`documents.person_summary`), from the rows
`person_export.gather` found: live records only, worded for the person they are about."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from hirefile.documents.data import page_size_for
from hirefile.documents.person_summary import Facts, PersonSummary, Record, Section
from hirefile.domain import offers as money
from hirefile.domain.money import money_text
from hirefile.domain.vocab import NOT_ASSESSED_LABEL, Rating
from hirefile.services.company import company
from hirefile.services.person_export import PersonRows


def _day(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return money.date_text(value.date() if isinstance(value, datetime) else value)


def _when(value: datetime | None) -> str:
    return f"{_day(value)}, {value:%H:%M} UTC" if value else ""


def _rating(value: int | None) -> str:
    return Rating(value).label if value else NOT_ASSESSED_LABEL


def _label(value: Any) -> str:
    return str(getattr(value, "label", "") or value or "")


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < 10_240 else f"{n / 1024:,.0f} KiB"


class _Summary:
    def __init__(self, p: PersonRows) -> None:
        self.p = p
        self.person = next(c for c in p.rows["candidate"] if c.id == p.candidate_id)
        self.apps = {a.id: a for a in p.of("application")}

    def who(self, key: str | None) -> str:
        return self.p.people.get(key or "", "") or (key or "")

    def role(self, application_id: str | None) -> str:
        app = self.apps.get(application_id or "")
        return self.p.roles.get(app.role_id, "") if app else ""

    def by(self, rows: list[Any], key: str) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = defaultdict(list)
        for row in rows:
            out[getattr(row, key)].append(row)
        return out

    # who --------------------------------------------------------------------------------------

    def who_facts(self) -> Facts:
        c = self.person
        links = [u for u in (c.github_url, c.linkedin_url, c.portfolio_url) if u]
        links += [f"{link.label or _label(link.kind)}: {link.value}"
                  for link in self.p.of("candidate_link")]
        tags = [self.p.tags.get(t.tag_id, "") for t in self.p.of("candidate_tag")]
        source = _label(c.source) + (f": {c.source_detail}" if c.source_detail else "")
        expectation = money.pay_text(c.expectation, c.expectation_currency,
                                     c.expectation_period) if c.expectation else ""
        others = [f"{o.full_name} <{o.email or 'no e-mail'}>, merged into this record"
                  for o in self.p.rows["candidate"] if o.id != c.id]
        return (
            ("Name", c.full_name), ("Preferred name", c.preferred_name or ""),
            ("Pronouns", c.pronouns or ""), ("E-mail", c.email or ""),
            ("Phone", c.phone or ""), ("Location", c.location or ""),
            ("Now", " at ".join(x for x in (c.current_title, c.current_company) if x)),
            ("Links", "\n".join(links)), ("Source", source),
            ("Referred by", c.referrer_name or self.who(c.referrer_person_id)
             if c.referrer_name or c.referrer_person_id else ""),
            ("Expectation", expectation), ("Availability", c.availability or ""),
            ("Tags", ", ".join(t for t in tags if t)), ("Notes on the record", c.notes or ""),
            ("Added", f"{_day(c.created_at)} by {self.who(c.created_by) or 'someone'}"),
            ("Also recorded as", "\n".join(others)),
        )

    def privacy_facts(self) -> Facts:
        c = self.person
        return (
            ("Consent given", _when(c.consent_at) or "Not recorded"),
            ("Keep until", _day(c.retain_until) or "No date set"),
            ("Talent pool", "Yes: agreed to be kept for future roles" if c.in_talent_pool
             else "No"),
            ("Reach out on", _day(c.reach_out_on)),
            ("Anonymised", _when(c.anonymised_at)),
        )

    # sections ---------------------------------------------------------------------------------

    def applications(self) -> Section:
        moves = self.by(self.p.of("stage_change"), "application_id")
        items = self.by(self.p.of("onboarding_item"), "application_id")
        checkins = self.by(self.p.of("check_in"), "application_id")
        records = []
        for app in self.apps.values():
            history = [f"{_day(m.moved_at)}: {m.from_name + ' → ' if m.from_name else ''}"
                       f"{m.to_name}{' · by ' + m.moved_by if m.moved_by else ''}"
                       f"{' · ' + m.reason if m.reason else ''}"
                       f"{' · ' + m.note if m.note else ''}" for m in moves.get(app.id, [])]
            now = moves[app.id][-1].to_name if moves.get(app.id) else ""
            records.append(Record(self.p.roles.get(app.role_id, "A role"), (
                ("Applied", _day(app.applied_at)), ("Stage now", now),
                ("Owner", self.who(app.owner_person_id) if app.owner_person_id else ""),
                ("Why it ended", " · ".join(x for x in (app.exit_reason, app.exit_note) if x)),
                ("Stage history", "\n".join(history)),
                ("Onboarding", "\n".join(f"{i.text}{' (done)' if i.done_at else ''}"
                                         for i in items.get(app.id, []))),
                ("Check-ins", "\n".join(f"{_day(k.due_on)}: {k.notes or ''}".rstrip(": ")
                                        for k in checkins.get(app.id, []))),
            )))
        return Section("Applications", tuple(records), "No application on file.")

    def interviews(self) -> Section:
        panel = self.by(self.p.of("interview_panelist"), "interview_id")
        records = []
        for i in self.p.of("interview"):
            records.append(Record(f"{i.title} · {self.role(i.application_id)}", (
                ("When", _when(i.starts_at) or "Not scheduled"),
                ("Length", f"{i.minutes} minutes"), ("Status", _label(i.status)),
                ("Where", " · ".join(x for x in (i.location, i.link) if x)),
                ("Panel", ", ".join(self.who(x.person_id) for x in panel.get(i.id, []))),
                ("Notes", i.notes or ""),
            )))
        return Section("Interviews", tuple(records), "No interview on file.")

    def scorecards(self) -> Section:
        ratings = self.by(self.p.of("scorecard_rating"), "scorecard_id")
        notes = self.by(self.p.of("scorecard_question_note"), "scorecard_id")
        titles = {i.id: i.title for i in self.p.rows["interview"]}
        records = []
        for card in self.p.of("scorecard"):
            facts: list[tuple[str, str]] = [
                ("Status", _label(card.status)),
                ("Submitted", _when(card.submitted_at)),
                ("Recommendation", _rating(card.recommendation)),
            ]
            facts += [(_label(r.axis), _rating(r.rating) + (f": {r.evidence}" if r.evidence
                                                            else ""))
                      for r in ratings.get(card.id, [])]
            facts += [("Takeaways", card.takeaways or ""), ("Private note", card.private_note
                                                             or "")]
            facts += [(f"Q: {n.question_text}", n.note or "") for n in notes.get(card.id, [])]
            records.append(Record(f"{self.who(card.interviewer_id)} · "
                                  f"{titles.get(card.interview_id, 'Interview')} · "
                                  f"{self.role(card.application_id)}", tuple(facts)))
        return Section("Scorecards about them", tuple(records), "No scorecard on file.")

    def reviews(self) -> Section:
        checks = self.by(self.p.of("portfolio_review_check"), "review_id")
        records = []
        for r in self.p.of("portfolio_review"):
            urls = [f"{u.get('url', '')}" + (f" ({u['ref']})" if u.get("ref") else "")
                    for u in (r.urls or []) if isinstance(u, dict)]
            facts: list[tuple[str, str]] = [
                ("Reviewed on", _day(r.reviewed_on)), ("Overall", _rating(r.rating)),
                ("Looked at", "\n".join([*urls, r.looked_at or ""]).strip()),
            ]
            facts += [(_label(k.item), _label(k.result) + (f": {k.note}" if k.note else ""))
                      for k in checks.get(r.id, [])]
            facts.append(("Notes", r.notes or ""))
            records.append(Record(f"{self.who(r.reviewer_id)} · {self.role(r.application_id)}",
                                  tuple(facts)))
        return Section("Portfolio reviews", tuple(records), "No portfolio review on file.")

    def culture(self) -> Section:
        ratings = self.by(self.p.of("culture_rating"), "assessment_id")
        records = []
        for a in self.p.of("culture_assessment"):
            facts: list[tuple[str, str]] = [("Assessed on", _day(a.assessed_on)),
                                            ("Summary", a.summary or "")]
            facts += [(_label(r.dimension), _rating(r.rating) + (f": {r.evidence}"
                                                                 if r.evidence else ""))
                      for r in ratings.get(a.id, [])]
            records.append(Record(f"{self.who(a.assessor_id)} · {self.role(a.application_id)}",
                                  tuple(facts)))
        for d in self.p.of("debrief_decision"):
            records.append(Record(f"Decision: {_label(d.decision)} · "
                                  f"{self.role(d.application_id)}", (
                ("Decided", f"{_day(d.decided_at)} by {self.who(d.decided_by_id)}"),
                ("Why", d.rationale or ""))))
        for e in self.p.of("debrief_estimate"):
            if e.after_score is None:
                continue
            before = "not assessed" if e.before_score is None else f"{e.before_score:g}"
            records.append(Record(f"Revised score: {self.who(e.person_id)} · "
                                  f"{self.role(e.application_id)}", (
                ("Aspect", _aspect(e.aspect)),
                ("Before → after", f"{before} → {e.after_score}"),
                ("Why", e.reason or ""),
                ("Revised", _day(e.revised_at) if e.revised_at else ""))))
        return Section("Culture assessments and decisions", tuple(records),
                       "No culture assessment or decision on file.")

    def offers(self) -> Section:
        events = self.by(self.p.of("offer_event"), "offer_id")
        records = []
        for o in self.p.of("offer"):
            history = [f"{_day(e.at)}: {_label(e.status)}{' · by ' + e.by if e.by else ''}"
                       f"{' · ' + e.note if e.note else ''}" for e in events.get(o.id, [])]
            records.append(Record(f"Offer · {self.role(o.application_id)}", (
                ("Status", _label(o.status)),
                ("Base salary", money.pay_text(o.base_salary, o.currency, o.period)),
                ("Equity", " ".join(x for x in (
                    money.equity_text(o.equity_kind, o.equity_options, o.equity_bp),
                    money.vesting_text(o.vesting_months, o.cliff_months)) if x)),
                ("Bonus", " · ".join(x for x in (money_text(o.bonus, o.currency)
                                                 if o.bonus else "", o.bonus_note or "") if x)),
                ("Start date", _day(o.start_date)), ("Expires on", _day(o.expires_on)),
                ("Notes", o.notes or ""), ("History", "\n".join(history)),
            )))
        return Section("Offers", tuple(records), "No offer on file.")

    def notes(self) -> Section:
        records = tuple(Record(f"{_day(n.created_at)} · {self.who(n.created_by) or 'someone'}"
                               + (f" · {self.role(n.application_id)}" if n.application_id
                                  else ""), (("Note", n.body),))
                        for n in self.p.of("note"))
        return Section("Notes", records, "No note on file.")

    def attachments(self) -> Section:
        facts = tuple((a.filename, f"{_size(a.size)}, {a.mime_type}, added {_day(a.created_at)}"
                       f"\nIn this archive as {self.p.attachment_paths[a.id]}")
                      for a in self.p.of("attachment"))
        return Section("Attachments", (Record("Files", facts),) if facts else (),
                       "No file attached.")

    def correspondence(self) -> Section:
        facts = tuple((f"{_day(m.sent_at)} · {_label(m.direction)}",
                       f"{m.subject or '(no subject)'}\n"
                       f"{'From ' + m.sender if m.sender else ''}"
                       f"\nIn this archive as {self.p.mail_paths[m.id]}")
                      for m in self.p.of("correspondence"))
        return Section("E-mails kept", (Record("Messages", facts),) if facts else (),
                       "No e-mail kept.")

    def activity(self) -> Section:
        facts = tuple((_when(a.at), f"{a.summary}{' · by ' + a.actor if a.actor else ''}")
                      for a in self.p.of("activity"))
        return Section("Activity log", (Record("What was done, when", facts),) if facts else (),
                       "Nothing in the activity log.")


def _kept_for(session: Session, candidate_id: str) -> str:
    """The period the data is kept for (an access request asks for it): due now, or the
    file's retention rule in an applicant's words."""
    from hirefile.domain.retention import applicant_notice
    from hirefile.services import retention

    due = retention.due_for_erasure(session, only=[candidate_id])
    if due:
        return f"Due for erasure since {due[0].due_on.isoformat()} ({due[0].reason.lower()})"
    notice = applicant_notice(retention.rule(session))
    return notice.removeprefix("How we keep your data: ") if notice else \
        "No retention rule set: kept until erased on request or by the keep-until date"


def summary_data(session: Session, p: PersonRows, now: datetime) -> PersonSummary:
    s = _Summary(p)
    co = company(session)
    removed = p.removed_count()
    notes = [
        "This is everything this hiring file holds about the person, for an access request "
        "by them. It includes the feedback interviewers wrote about them (scorecards with "
        "ratings and comments, portfolio reviews, culture assessments), even where the app "
        "keeps it sealed from other interviewers.",
        "data.json in the same archive holds every record as data, attachments/ the "
        "files themselves and e-mails/ the kept e-mails as they were received or sent.",
    ]
    if removed:
        notes.append(f"{removed:,} removed record(s) are still held in the file: they are in "
                     "data.json with the time they were removed (deleted_at).")
    return PersonSummary(
        name=s.person.full_name, company=co.name, generated_on=now.date(),
        page_size=page_size_for(co.default_currency), who=s.who_facts(),
        privacy=(*s.privacy_facts(), ("How long it is kept", _kept_for(session, s.person.id))),
        sections=(s.applications(), s.interviews(), s.scorecards(), s.reviews(), s.culture(),
                  s.offers(), s.notes(), s.attachments(), s.correspondence(),
                  s.activity()),
        notes=tuple(notes))


def _aspect(aspect: str) -> str:
    from hirefile.services.estimates import aspect_label

    return aspect_label(aspect)
