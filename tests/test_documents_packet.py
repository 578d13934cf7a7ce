"""Interview packets on paper: the schedule on the cover, no near-empty page, no heading last
on a page, each section's heading repeated on the pages it continues on, ruled room for
evidence, and interview times in the founder's time zone with its offset."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pdf_layout import near_empty_pages, pages, pages_ending_on_a_heading
from test_documents import Desk, make_desk

from hirefile.errors import ValidationError
from hirefile.services import company, interviews, loops, packets
from hirefile.services.packets import interview_time
from hirefile.storage.database import Database

#: Tuesday 3 March 2026, 13:30 UTC: 14:30 in Berlin (CET, UTC+01:00).
AT = datetime(2026, 3, 3, 13, 30, tzinfo=timezone.utc)


@pytest.fixture
def desk(new_db: Database) -> Desk:
    return make_desk(new_db)


def schedule_loop(db: Database, desk: Desk) -> None:
    """Each step of the role's loop booked a day apart, from `AT`."""
    with db.session() as s:
        for i, step in enumerate(loops.loop(s, desk.role_id).steps):
            interviews.schedule(s, desk.app_id, title=step.title, kind=step.kind,
                                starts_at=AT + timedelta(days=i), minutes=step.minutes,
                                interviewer_ids=[db.identity.person_id], loop_step_id=step.id)


def packet(db: Database, desk: Desk, **kw: object) -> bytes:
    with db.reader() as s:
        return packets.packet_pdf(s, desk.app_id, **kw)  # type: ignore[arg-type]


def test_the_schedule_is_on_the_cover_in_the_profiles_time_zone_with_its_offset(
        new_db: Database, desk: Desk) -> None:
    with new_db.session() as s:
        draft = company.company_draft(s)
        company.update_company(s, company.CompanyDraft(**{**draft.__dict__,
                                                          "time_zone": "Europe/Berlin"}))
    schedule_loop(new_db, desk)
    cover = " ".join(pages(packet(new_db, desk))[0].text.replace("\u00a0", " ").split())
    assert "The loop and its schedule" in cover
    assert "Tue 3 March 2026, 14:30 CET (UTC+01:00)" in cover
    assert "Times are in Europe/Berlin, the company profile's time zone." in cover


def test_times_follow_summer_time_and_name_the_machines_zone_without_a_profile_zone() -> None:
    berlin = pytest.importorskip("zoneinfo").ZoneInfo("Europe/Berlin")
    summer = datetime(2026, 7, 7, 12, 0, tzinfo=timezone.utc)
    assert interview_time(summer, berlin) == \
        "Tue\u00a07\u00a0July\u00a02026, 14:00\u00a0CEST (UTC+02:00)"
    kolkata = pytest.importorskip("zoneinfo").ZoneInfo("Asia/Kolkata")
    assert interview_time(AT, kolkata).replace("\u00a0", " ") == \
        "Tue 3 March 2026, 19:00 IST (UTC+05:30)"
    local = interview_time(AT, None)
    offset = AT.astimezone().strftime("%z")
    assert local.endswith(f"(UTC{offset[:3]}:{offset[3:]})") or local.endswith(
        f"UTC{offset[:3]}:{offset[3:]}")
    assert "this computer's time zone" in packets.zone_note(company.CompanyData())


def test_a_time_zone_that_does_not_exist_is_refused_by_name(new_db: Database) -> None:
    with new_db.session() as s, pytest.raises(ValidationError, match="“Europe/Berlni” is not"):
        company.update_company(s, company.CompanyDraft(name="Fernwood",
                                                       time_zone="Europe/Berlni"))
    for typed in ("Europe", "x" * 5_000, "../../etc/passwd", "europe/berlin"):
        with new_db.session() as s, pytest.raises(ValidationError, match="is not a time zone"):
            company.update_company(s, company.CompanyDraft(name="Fernwood", time_zone=typed))
    with new_db.session() as s:
        saved = company.update_company(s, company.CompanyDraft(
            name="Fernwood", default_currency="EUR", time_zone=" America/New_York "))
    assert saved.time_zone == "America/New_York"


@pytest.mark.parametrize("feedback", [False, True])
def test_no_near_empty_page_and_no_heading_last_on_a_page(new_db: Database, desk: Desk,
                                                          feedback: bool) -> None:
    schedule_loop(new_db, desk)
    if feedback:
        from test_documents import revealed

        viewer = revealed(new_db, desk.app_id)
        pdf = packet(new_db, desk, include_feedback=True, viewer_id=viewer)
    else:
        pdf = packet(new_db, desk)
    assert len(pages(pdf)) >= 8
    assert near_empty_pages(pdf) == []
    assert pages_ending_on_a_heading(pdf) == []


def test_a_section_that_breaks_repeats_its_heading_on_the_next_page(new_db: Database,
                                                                    desk: Desk) -> None:
    found = pages(packet(new_db, desk))
    culture = [p for p in found if "Culture conversation" in p.text]
    assert len(culture) >= 2, "the culture guide should take more than a page"
    first, *rest = culture
    assert "Culture conversation" in first.text
    for page in rest:
        assert page.body[0].text == "Culture conversation (continued)"
    steps = [p for p in found if "(continued)" in p.text and p.body[0].text.startswith("Step")]
    assert steps, "a step that breaks says which step it is"


def test_every_axis_and_culture_dimension_has_ruled_room_for_evidence(new_db: Database,
                                                                      desk: Desk) -> None:
    text = "\n".join(p.text for p in pages(packet(new_db, desk)))
    assert text.count("what the candidate said or did") >= 5
    for dimension in ("Communication", "Self-motivation", "Working style: collaboration"):
        assert text.count(dimension) >= 2  # in the grid, and above its ruled lines
