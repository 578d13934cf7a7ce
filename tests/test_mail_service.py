"""Write E-mail from the record: templates filled in from the file, drafts parsed back, the
timeline entry, refusals in one line, and `hirefile draft`."""

from __future__ import annotations

import email
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.mail_reading import read_eml
from hirefile.domain.vocab import ActivityKind, Axis, StepKind
from hirefile.errors import HirefileError
from hirefile.services import (
    activity_log,
    candidates,
    interviews,
    loops,
    mail,
    pipeline,
    timeline,
)
from hirefile.services.company import company
from hirefile.services.erasure import erase_candidate
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Offer, Role
from hirefile.storage.types import utcnow


def _role(db: Database) -> tuple[str, str]:
    with db.reader() as s:
        role = s.scalars(select(Role).where(Role.deleted_at.is_(None)).order_by(Role.title)).first()
        assert role is not None
        return role.id, role.title


def add_person(db: Database, *, name: str = "Zoë Ødegaard", preferred: str | None = "Zo",
            address: str | None = "zoe@example.org") -> tuple[str, str]:
    """A new candidate in the first role's pipeline: (candidate id, application id)."""
    role_id, _title = _role(db)
    with db.session() as s:
        c = candidates.create_candidate(s, CandidateDraft(
            full_name=name, preferred_name=preferred, email=address))
        app = pipeline.add_application(s, c.id, role_id)
        return c.id, app.id


def schedule_interview(db: Database, app_id: str, *, days: int = 3,
              kind: StepKind = StepKind.TECH_DISCUSSION,
              title: str = "Technical discussion") -> str:
    with db.session() as s:
        when = (utcnow() + timedelta(days=days)).replace(hour=13, minute=0, second=0,
                                                           microsecond=0)
        i = interviews.schedule(s, app_id, title=title, kind=kind, starts_at=when, minutes=90,
                                interviewer_ids=[db.identity.person_id],
                                location="Kastanienallee 12, Berlin",
                                link="https://meet.example.org/abc")
        return i.id


def _parse(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_values_are_filled_for_a_demo_candidate(demo_db: Database) -> None:
    cid, app_id = add_person(demo_db)
    schedule_interview(demo_db, app_id)
    _role_id, title = _role(demo_db)
    with demo_db.session() as s:
        company_name = company(s).name
        draft = mail.prepare_draft(s, cid, "interview_scheduling")
    assert company_name and draft.problems == ""
    assert draft.to.address == "zoe@example.org" and draft.to.name == "Zoë Ødegaard"
    assert draft.application_id == app_id
    assert draft.subject.startswith("Technical discussion on ") and company_name in draft.subject
    assert draft.body.startswith("Hi Zo,\n")  # the preferred name
    assert f"for the {title} role" in draft.body
    assert "(1 hour 30 minutes)" in draft.body
    assert "Where: Kastanienallee 12, Berlin, https://meet.example.org/abc" in draft.body
    assert draft.body.rstrip().endswith(f"Amara Okafor\n{company_name}")  # who is at the keyboard
    assert draft.sender is not None and draft.sender.address == "amara@example.com"
    assert "{" not in draft.subject + draft.body
    assert draft.mailto_link() is None  # an invitation is attached: an .eml, not a link


def test_the_eml_parses_back_with_subject_body_and_the_invitation(demo_db: Database,
                                                                   tmp_path: Path) -> None:
    cid, app_id = add_person(demo_db)
    schedule_interview(demo_db, app_id)
    with demo_db.session() as s:
        draft = mail.prepare_draft(s, cid, "interview_scheduling")
    msg = _parse(draft.eml())
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == draft.subject
    assert msg["To"].addresses[0].display_name == "Zoë Ødegaard"
    assert msg["From"].addresses[0].addr_spec == "amara@example.com"
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content().replace("\r\n", "\n") == draft.body
    (ics,) = [p for p in msg.iter_attachments()]
    assert ics.get_content_type() == "text/calendar" and ics.get_filename() == "invitation.ics"
    assert ics.get_param("method") == "REQUEST"
    text = ics.get_content()
    assert "METHOD:REQUEST" in text and "ORGANIZER;CN=\"Amara Okafor\":mailto:amara@example.com" \
        in text.replace("\r\n ", "")
    assert "mailto:zoe@example.org" in text.replace("\r\n ", "")
    # read back as kept mail reads it
    path = tmp_path / "draft.eml"
    path.write_bytes(draft.eml())
    kept = read_eml(path.read_bytes())
    assert kept.subject == draft.subject and "Hi Zo," in kept.text
    assert kept.attachments == ("invitation.ics",)


def test_a_short_rejection_fits_a_mailto_link_and_leaves_out_an_empty_reason(
        demo_db: Database) -> None:
    cid, _app = add_person(demo_db)
    with demo_db.session() as s:
        plain = mail.prepare_draft(s, cid, "rejection")
        kind = mail.prepare_draft(s, cid, "rejection", reason="We hired someone with more Rust.")
    assert plain.problems == "" and not plain.attachments
    assert "\n\n\n" not in plain.body and "We hired" not in plain.body
    assert "We hired someone with more Rust.\n" in kind.body
    link = plain.mailto_link()
    assert link is not None and link.startswith("mailto:zoe@example.org?subject=")
    assert plain.clipboard_text() == f"{plain.subject}\n\n{plain.body}"


def test_take_home_values_come_from_the_roles_loop(demo_db: Database) -> None:
    cid, app_id = add_person(demo_db)
    role_id, _title = _role(demo_db)
    task = "Build a tiny feature store; the brief is in the shared folder."
    with demo_db.session() as s:
        found = [st for st in loops.loop(s, role_id).steps if st.kind is StepKind.TAKE_HOME]
        if found:
            st = found[0]
            loops.update_step(s, st.id, kind=st.kind, title=st.title, minutes=st.minutes,
                              axes=list(st.axes), expected_hours=2.5, notes=task,
                              alternative_step_id=st.alternative_step_id)
        else:
            loops.add_step(s, role_id, kind=StepKind.TAKE_HOME, title="Take-home", minutes=60,
                           axes=[next(iter(Axis))], expected_hours=2.5, notes=task)
    schedule_interview(demo_db, app_id, days=6, kind=StepKind.TAKE_HOME, title="Take-home due")
    with demo_db.session() as s:
        draft = mail.prepare_draft(s, cid, "takehome_instructions")
    assert "Build a tiny feature store; the brief is in the shared folder." in draft.body
    assert "no more than 2.5 hours" in draft.body
    assert "in a conversation instead" in draft.body
    # the e-mail promises a conversation instead: said when the loop offers none
    with demo_db.session() as s:
        step = next(st for st in loops.loop(s, role_id).steps if st.kind is StepKind.TAKE_HOME)
        loops.update_step(s, step.id, kind=step.kind, title=step.title, minutes=step.minutes,
                          axes=list(step.axes), expected_hours=2.5, notes=task,
                          alternative_step_id=None)
        without = mail.prepare_draft(s, cid, "takehome_instructions")
        other = next(st for st in loops.loop(s, role_id).steps if st.kind is not StepKind.TAKE_HOME)
        loops.update_step(s, step.id, kind=step.kind, title=step.title, minutes=step.minutes,
                          axes=list(step.axes), expected_hours=2.5, notes=task,
                          alternative_step_id=other.id)
        offered = mail.prepare_draft(s, cid, "takehome_instructions")
    assert without.problems.startswith("the role's loop offers no conversation instead")
    assert offered.problems == ""


def test_an_offer_cover_note_attaches_the_offer_letter(demo_db: Database) -> None:
    with demo_db.reader() as s:
        offer = s.scalars(select(Offer).where(Offer.deleted_at.is_(None))).first()
        assert offer is not None
        app_id = offer.application_id
        from hirefile.storage.models import Application

        cid = s.get_one(Application, app_id).candidate_id
    with demo_db.session() as s:
        draft = mail.prepare_draft(s, cid, "offer_cover", application_id=app_id)
    (letter,) = draft.attachments
    assert letter.filename.startswith("Offer letter - ") and letter.data.startswith(b"%PDF")
    msg = _parse(draft.eml())
    (pdf,) = list(msg.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and pdf.get_content() == letter.data


def test_missing_values_and_attachments_are_listed(demo_db: Database) -> None:
    cid, _app = add_person(demo_db)
    with demo_db.session() as s:
        scheduling = mail.prepare_draft(s, cid, "interview_scheduling")
        offer = mail.prepare_draft(s, cid, "offer_cover")
    assert "interview_date" in scheduling.empty and "interview_place" in scheduling.empty
    assert "no interview with a time to attach its calendar invitation" in scheduling.problems
    assert not scheduling.attachments
    assert offer.empty == ("start_date", "expiry_date")
    assert offer.problems.endswith("no offer to attach its letter")


def test_recording_a_draft_puts_one_entry_on_the_timeline(demo_db: Database) -> None:
    cid, _app = add_person(demo_db)
    with demo_db.session() as s:
        draft = mail.prepare_draft(s, cid, "rejection")
        mail.record_draft(s, draft, "clipboard")
    with demo_db.reader() as s:
        entries = s.scalars(select(Activity).where(Activity.candidate_id == cid,
                                                   Activity.kind == ActivityKind.DRAFTED)).all()
        events = timeline.timeline(s, cid)
        (entry,) = entries
        summary, detail, actor = entry.summary, entry.detail, entry.actor
    assert summary == "Drafted “Not moving forward” e-mail to Zoë Ødegaard"
    assert detail == {"template": "rejection", "to": "zoe@example.org", "how": "clipboard"}
    assert actor == "Amara Okafor"
    assert [(e.text, e.who) for e in events if e.kind == "drafted"] == [(summary, actor)]
    assert ActivityKind.DRAFTED.label == "E-mail drafted"  # the activity view's Kind filter
    with demo_db.reader() as s:
        keys = activity_log.entry_ids(s, activity_log.LogFilter(kinds=(ActivityKind.DRAFTED,)))
        rows = activity_log.entry_rows(s, keys, demo_db.identity.person_id)
    assert [(r.kind, r.what, r.who) for r in rows.values()] == [
        (ActivityKind.DRAFTED, summary, actor)]
    with pytest.raises(ValueError), demo_db.session() as s:
        mail.record_draft(s, draft, "carrier pigeon")


@pytest.mark.parametrize("case", ["no e-mail", "erased", "template"])
def test_refusals_are_one_line(demo_db: Database, case: str) -> None:
    cid, _app = add_person(demo_db, address=None if case == "no e-mail" else "zoe@example.org")
    if case == "erased":
        erase_candidate(demo_db, cid)
    key = "no_such_template" if case == "template" else "rejection"
    with demo_db.session() as s, pytest.raises(HirefileError) as caught:
        mail.prepare_draft(s, cid, key)
    message = caught.value.message
    assert "\n" not in message
    expected = {"no e-mail": "Zoë Ødegaard has no e-mail address; add one",
                "erased": "personal data was erased; no e-mail can be drafted",
                "template": "No e-mail template “no_such_template” (templates: acknowledgement,"}
    assert expected[case] in message
    if case == "erased":
        assert "Zo" not in message


def test_bulk_drafts_skip_people_without_an_address(demo_db: Database) -> None:
    people = [add_person(demo_db, name=n, preferred=None, address=a)[0] for n, a in
              (("Ana Lima", "ana@example.org"), ("Ben Okoro", None),
               ("Chidi Eze", "chidi@example.org"))]
    with demo_db.session() as s:
        drafts, skipped = mail.prepare_drafts(s, people, "rejection")
    assert [d.to.address for d in drafts] == ["ana@example.org", "chidi@example.org"]
    assert skipped == [("Ben Okoro", "Ben Okoro has no e-mail address; add one to their record "
                                     "first")]


def test_the_command_line_writes_the_draft_and_records_it(demo_db: Database, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    cid, app_id = add_person(demo_db)
    schedule_interview(demo_db, app_id)
    add_person(demo_db, name="Nobody Mailable", address=None)
    path = demo_db.path
    demo_db.close()
    out = tmp_path / "invite.eml"
    assert main(["draft", str(path), "--candidate", "zoe@example.org", "--template",
                 "interview_scheduling", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("wrote the “Interview time” draft to zoe@example.org in ")
    assert "attached: invitation.ics" in said
    msg = _parse(out.read_bytes())
    assert msg["Subject"].startswith("Technical discussion on ")
    assert [p.get_content_type() for p in msg.iter_attachments()] == ["text/calendar"]
    # an offer cover note without an offer: listed and refused, unless --allow-empty
    other = tmp_path / "offer.eml"
    assert main(["draft", str(path), "--candidate", cid, "--template", "offer_cover",
                 "-o", str(other)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "{start_date}, {expiry_date}" in err
    assert "--allow-empty" in err and not other.exists()
    assert main(["draft", str(path), "--candidate", cid, "--template", "offer_cover",
                 "--allow-empty", "-o", str(other)]) == 0
    assert "check before sending: nothing to fill in for {start_date}" in capsys.readouterr().out
    assert main(["draft", str(path), "--candidate", "Nobody Mailable", "--template",
                 "rejection", "-o", str(tmp_path / "n.eml")]) == 1
    err = capsys.readouterr().err
    assert err == "hirefile: Nobody Mailable has no e-mail address; add one to their record " \
                  "first\n"
    assert main(["draft", "--list-templates"]) == 0
    listed = capsys.readouterr().out
    assert "rejection" in listed and "offer_cover" in listed and "offer letter" in listed
    db = Database.open(path, demo_db.identity)
    try:
        with db.reader() as s:
            drafted = s.scalars(select(Activity.detail).where(
                Activity.candidate_id == cid, Activity.kind == ActivityKind.DRAFTED)).all()
    finally:
        db.close()
    assert sorted(d["template"] for d in drafted) == ["interview_scheduling", "offer_cover"]
    assert {d["how"] for d in drafted} == {"eml"}


def test_erasure_takes_the_address_and_name_out_of_draft_entries(demo_db: Database) -> None:
    cid, _app = add_person(demo_db)
    with demo_db.session() as s:
        mail.record_draft(s, mail.prepare_draft(s, cid, "rejection"), "eml")
    erase_candidate(demo_db, cid)
    with demo_db.reader() as s:
        (summary, detail), = s.execute(select(Activity.summary, Activity.detail).where(
            Activity.candidate_id == cid, Activity.kind == ActivityKind.DRAFTED)).all()
    assert detail is None and "Zoë" not in summary and summary.startswith("E-mail drafted: ")
