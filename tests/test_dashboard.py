"""The Home dashboard's figures, on files built for each rule: what each section lists, in
which order, with the true total however many rows are shown, and who never appears."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.stages import DEFAULT_WAITING_DAYS
from hirefile.domain.templates import TEMPLATES
from hirefile.domain.vocab import (
    InterviewStatus,
    OfferStatus,
    RoleStatus,
    ScorecardStatus,
    StepKind,
)
from hirefile.services import board, candidates, dashboard, dedupe, erasure, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import (
    CheckIn,
    Interview,
    InterviewPanelist,
    Offer,
    OnboardingItem,
    Person,
    Scorecard,
)
from hirefile.storage.types import utcnow

NOW = datetime(2026, 12, 9, 12, 0, tzinfo=timezone.utc)  # a Wednesday, noon
TODAY = NOW.date()
UTC = timezone.utc


@pytest.fixture
def new_db(db_location: Path | str, identity: Identity) -> Iterator[Database]:
    """A new, empty Hirefile on each backend: a file, and a database on PostgreSQL."""
    db = create_file(db_location, identity)
    yield db
    db.close()


def role(db: Database, title: str, status: RoleStatus = RoleStatus.OPEN,
         headcount: int = 1) -> str:
    with db.session() as s:
        r = add_role_from_template(s, TEMPLATES[0], title=title, status=status)
        r.headcount = headcount
        return r.id


def person(db: Database, name: str, *, role_id: str | None = None, stage: str | None = None,
           entered: datetime | None = None, **fields: typing.Any) -> tuple[str, str | None]:
    """A candidate (and their application in `stage` of `role_id`, entered at `entered`)."""
    with db.session() as s:
        cid = candidates.create_candidate(s, CandidateDraft(full_name=name, **fields)).id
        if role_id is None:
            return cid, None
        app = pipeline.add_application(s, cid, role_id, at=(entered or NOW) - timedelta(days=1))
        s.flush()
        if stage is not None and stage != pipeline.stages_of(s, role_id)[0].name:
            target = pipeline.stage_named(s, role_id, stage)
            pipeline.move(s, app.id, target.id, at=entered or NOW,
                          reason="Constructed" if target.kind.is_exit else None)
        return cid, app.id


def read(db: Database, limit: int = dashboard.LIMIT,
         viewer: str | None = None) -> dashboard.Dashboard:
    with db.reader() as s:
        return dashboard.read(s, viewer or db.identity.person_id, now=NOW, zone=UTC,
                              limit=limit)


def days_ago(n: float) -> datetime:
    return NOW - timedelta(days=n)


# open roles -------------------------------------------------------------------------------------

def test_open_roles_count_each_active_stage_in_pipeline_order_and_hires(
        new_db: Database) -> None:
    ml = role(new_db, "ML Engineer", headcount=2)
    role(new_db, "Paused research role", RoleStatus.PAUSED)
    for i, stage in enumerate(("Sourced", "Sourced", "Sourced", "Screen", "Hired",
                               "Rejected")):
        person(new_db, f"Person {i}", role_id=ml, stage=stage)
    home = read(new_db)
    assert home.roles.total == 1  # the paused role is not open
    (shown,) = home.roles.rows
    assert (shown.title, shown.hired, shown.headcount, shown.in_process) == \
        ("ML Engineer", 1, 2, 4)
    assert [(s.name, s.people) for s in shown.stages] == [
        ("Sourced", 3), ("Applied", 0), ("Screen", 1), ("Technical", 0), ("Onsite", 0),
        ("Debrief", 0), ("Offer", 0)]  # active stages only, in the pipeline's order


# waiting ----------------------------------------------------------------------------------------

def test_waiting_is_the_boards_rule_longest_first(new_db: Database) -> None:
    ml = role(new_db, "ML Engineer")
    apps = {name: person(new_db, name, role_id=ml, stage=stage, entered=days_ago(days))[1]
            for name, stage, days in (
                ("Exactly the limit", "Screen", DEFAULT_WAITING_DAYS),
                ("A day over", "Screen", DEFAULT_WAITING_DAYS + 1),
                ("A month", "Technical", 30),
                ("Fresh", "Onsite", 1),
                ("Hired long ago", "Hired", 40),
                ("Rejected long ago", "Rejected", 40))}
    home = read(new_db)
    assert [(w.candidate, w.stage, w.days) for w in home.waiting.rows] == [
        ("A month", "Technical", 30), ("A day over", "Screen", DEFAULT_WAITING_DAYS + 1)]
    with new_db.reader() as s:  # one definition: the board flags exactly these
        cards = board.cards(s, [a for a in apps.values() if a], now=NOW)
    assert {c.name for c in cards.values() if c.waiting} == \
        {w.candidate for w in home.waiting.rows}


def test_every_section_gives_the_true_total_beyond_the_rows_shown(new_db: Database) -> None:
    ml = role(new_db, "ML Engineer")
    for i in range(20):
        person(new_db, f"Waiting {i:02d}", role_id=ml, stage="Screen", entered=days_ago(10 + i),
               in_talent_pool=False)
    for i in range(9):
        person(new_db, f"Pooled {i}", in_talent_pool=True, reach_out_on=TODAY - timedelta(i))
    person(new_db, "Left the pool", in_talent_pool=False, reach_out_on=TODAY)  # not due
    home = read(new_db, limit=6)
    assert (len(home.waiting.rows), home.waiting.total, home.waiting.more) == (6, 20, 14)
    assert [w.candidate for w in home.waiting.rows] == [f"Waiting {i:02d}"
                                                        for i in range(19, 13, -1)]
    assert (len(home.reach_outs.rows), home.reach_outs.total) == (6, 9)
    nothing_shown = read(new_db, limit=0)
    assert nothing_shown.waiting.rows == () and nothing_shown.waiting.total == 20


def test_erased_removed_and_merged_away_people_never_appear(new_db: Database) -> None:
    ml = role(new_db, "ML Engineer")
    ids = {name: person(new_db, name, role_id=ml, stage="Screen", entered=days_ago(20),
                        in_talent_pool=True, reach_out_on=TODAY)[0]
           for name in ("Kept Person", "Erased Person", "Removed Person", "Merged Person")}
    keeper, _ = person(new_db, "Kept Twin")
    erasure.erase_candidate(new_db, ids["Erased Person"])
    with new_db.session() as s:
        candidates.remove_candidate(s, ids["Removed Person"])
        dedupe.merge(s, keeper, ids["Merged Person"])  # their application moves to the twin
    home = read(new_db)
    assert {w.candidate for w in home.waiting.rows} == {"Kept Person", "Kept Twin"}
    assert home.waiting.total == 2
    # the twin kept their own values: not in the pool, so only the kept person is due
    assert [r.candidate for r in home.reach_outs.rows] == ["Kept Person"]
    assert home.reach_outs.total == 1


# interviews -------------------------------------------------------------------------------------

def interview(db: Database, app_id: str, title: str, starts_at: datetime | None,
              panel: list[str], status: InterviewStatus = InterviewStatus.SCHEDULED) -> str:
    with db.session() as s:
        i = Interview(application_id=app_id, kind=StepKind.TECH_SCREEN, title=title,
                      starts_at=starts_at, minutes=45, status=status)
        s.add(i)
        s.flush()
        for pid in panel:
            s.add(InterviewPanelist(interview_id=i.id, person_id=pid))
        return i.id


def other_person(db: Database, name: str = "Priya Raman") -> str:
    with db.session() as s:
        p = Person(name=name)
        s.add(p)
        s.flush()
        return p.id


def test_interviews_this_week_are_the_viewers_first_then_everyones_by_time(
        new_db: Database) -> None:
    me, priya = new_db.identity.person_id, other_person(new_db)
    ml = role(new_db, "ML Engineer")
    _c, app = person(new_db, "Ana Lima", role_id=ml, stage="Technical")
    assert app is not None
    at = {"tomorrow 9": NOW + timedelta(hours=21), "tomorrow 15": NOW + timedelta(hours=27),
          "in 3 days": NOW + timedelta(days=3), "in 8 days": NOW + timedelta(days=8),
          "this morning": NOW - timedelta(hours=3), "yesterday": NOW - timedelta(days=1)}
    interview(new_db, app, "Theirs tomorrow", at["tomorrow 9"], [priya])
    interview(new_db, app, "Mine in 3 days", at["in 3 days"], [me, priya])
    interview(new_db, app, "Mine tomorrow", at["tomorrow 15"], [me])
    interview(new_db, app, "Earlier today", at["this morning"], [priya])
    interview(new_db, app, "Next week", at["in 8 days"], [me])
    interview(new_db, app, "Yesterday", at["yesterday"], [me])
    interview(new_db, app, "Called off", at["tomorrow 9"], [me], InterviewStatus.CANCELLED)
    home = read(new_db)
    assert [(i.title, i.mine) for i in home.interviews.rows] == [
        ("Mine tomorrow", True), ("Mine in 3 days", True), ("Earlier today", False),
        ("Theirs tomorrow", False)]
    assert home.interviews.total == 4
    assert home.interviews.rows[1].panel == ("Amara Okafor", "Priya Raman")
    # fewer rows than the week holds: the viewer's first, the others after, the count true
    for limit, titles in ((1, ["Mine tomorrow"]), (2, ["Mine tomorrow", "Mine in 3 days"]),
                          (3, ["Mine tomorrow", "Mine in 3 days", "Earlier today"])):
        shown = read(new_db, limit=limit).interviews
        assert ([i.title for i in shown.rows], shown.total, shown.more) == (
            titles, 4, 4 - limit)
    # someone on none of them sees everyone's by time, and nobody's as theirs
    theirs = read(new_db, viewer=other_person(new_db, "Tomás Ruiz")).interviews
    assert [(i.title, i.mine) for i in theirs.rows] == [
        ("Earlier today", False), ("Theirs tomorrow", False), ("Mine tomorrow", False),
        ("Mine in 3 days", False)]


# scorecards owed --------------------------------------------------------------------------------

def test_scorecards_owed_are_interviews_behind_the_viewer_without_their_submitted_one(
        new_db: Database) -> None:
    me, priya = new_db.identity.person_id, other_person(new_db)
    ml = role(new_db, "ML Engineer")
    _c, app = person(new_db, "Ana Lima", role_id=ml, stage="Technical")
    assert app is not None
    owed_done = interview(new_db, app, "Done, nothing written", days_ago(5), [me],
                          InterviewStatus.DONE)
    owed_draft = interview(new_db, app, "Past, a draft", days_ago(2), [me, priya])
    submitted = interview(new_db, app, "Done and submitted", days_ago(3), [me],
                          InterviewStatus.DONE)
    interview(new_db, app, "Still ahead", NOW + timedelta(days=1), [me])
    interview(new_db, app, "Cancelled", days_ago(4), [me], InterviewStatus.CANCELLED)
    interview(new_db, app, "Priya's only", days_ago(4), [priya], InterviewStatus.DONE)
    with new_db.session() as s:
        s.add(Scorecard(interview_id=owed_draft, application_id=app, interviewer_id=me,
                        status=ScorecardStatus.DRAFT))
        s.add(Scorecard(interview_id=submitted, application_id=app, interviewer_id=me,
                        status=ScorecardStatus.SUBMITTED, recommendation=3,
                        submitted_at=days_ago(3)))
    home = read(new_db)
    assert [(o.interview_id, o.days, o.draft) for o in home.owed.rows] == [
        (owed_done, 5, False), (owed_draft, 2, True)]
    assert home.owed.total == 2
    # Priya owes hers for her own interview and for the one she shared (my draft is mine)…
    assert {o.title for o in read(new_db, viewer=priya).owed.rows} == {"Priya's only",
                                                                        "Past, a draft"}
    with new_db.reader() as s:  # …and nobody owes anything to no one
        assert dashboard.owed_scorecards(s, None, now=NOW).total == 0


def test_the_dashboard_carries_no_ratings() -> None:
    """Sealed feedback cannot leak through a figure the dashboard does not hold."""
    for section in (dashboard.OpenRole, dashboard.Waiting, dashboard.WeekInterview,
                    dashboard.OwedScorecard, dashboard.ExpiringOffer, dashboard.ReachOut,
                    dashboard.OnboardingDue):
        names = set(section._fields)
        assert not any(w in n for n in names for w in ("rating", "recommend", "verdict",
                                                         "score")), section


# offers -----------------------------------------------------------------------------------------

def offer(db: Database, app_id: str, status: OfferStatus, expires: date) -> str:
    with db.session() as s:
        o = Offer(application_id=app_id, status=status, base_salary=9_000_000, currency="EUR",
                  expires_on=expires)
        s.add(o)
        s.flush()
        return o.id


def test_offers_expiring_soon_and_expired_ones_left_open(new_db: Database) -> None:
    ml = role(new_db, "ML Engineer")
    apps = [person(new_db, f"Finalist {i}", role_id=ml, stage="Offer")[1] for i in range(7)]
    assert all(apps)
    sent = offer(new_db, apps[0], OfferStatus.SENT, TODAY + timedelta(days=3))
    approved = offer(new_db, apps[1], OfferStatus.APPROVED, TODAY)
    offer(new_db, apps[2], OfferStatus.APPROVED, TODAY + timedelta(days=10))  # not soon
    offer(new_db, apps[3], OfferStatus.DRAFT, TODAY + timedelta(days=1))  # not out
    lapsed = offer(new_db, apps[4], OfferStatus.EXPIRED, TODAY - timedelta(days=2))
    offer(new_db, apps[5], OfferStatus.EXPIRED, TODAY - timedelta(days=9))
    offer(new_db, apps[5], OfferStatus.SENT, TODAY + timedelta(days=20))  # a new one going
    offer(new_db, apps[6], OfferStatus.ACCEPTED, TODAY + timedelta(days=1))
    home = read(new_db)
    assert [(o.offer_id, o.days_left) for o in home.offers.rows] == [
        (lapsed, -2), (approved, 0), (sent, 3)]
    assert home.offers.total == 3


# talent pool and onboarding ---------------------------------------------------------------------

def test_reach_outs_due_within_a_few_days_earliest_first(new_db: Database) -> None:
    soon = dashboard.REACH_OUT_SOON_DAYS
    for name, pooled, day in (("Overdue", True, TODAY - timedelta(days=5)),
                              ("Soon", True, TODAY + timedelta(days=soon)),
                              ("Later", True, TODAY + timedelta(days=soon + 1)),
                              ("Not pooled", False, TODAY)):
        person(new_db, name, in_talent_pool=pooled, reach_out_on=day if pooled else None,
               current_title="Research engineer", current_company="Lab")
    home = read(new_db)
    assert [(r.candidate, r.days_left, r.about) for r in home.reach_outs.rows] == [
        ("Overdue", -5, "Research engineer at Lab"),
        ("Soon", soon, "Research engineer at Lab")]


def test_onboarding_items_and_check_ins_due_for_people_hired(new_db: Database) -> None:
    ml = role(new_db, "ML Engineer")
    _c, hired = person(new_db, "Wanjiru Kamau", role_id=ml, stage="Hired")
    _c, in_process = person(new_db, "Still Interviewing", role_id=ml, stage="Onsite")
    assert hired and in_process
    with new_db.session() as s:
        # the hire got the template's checklist and check-ins; set them aside to read known rows
        for model in (OnboardingItem, CheckIn):
            for row in s.scalars(sa.select(model).where(model.application_id == hired)):
                row.deleted_at = utcnow()
        s.add_all([
            OnboardingItem(application_id=hired, text="Laptop ready", position=0,
                           due_on=TODAY + timedelta(days=3)),
            OnboardingItem(application_id=hired, text="Contract signed", position=1024,
                           due_on=TODAY - timedelta(days=1), done_at=utcnow()),
            OnboardingItem(application_id=hired, text="First project", position=2048,
                           due_on=TODAY + timedelta(days=30)),
            OnboardingItem(application_id=in_process, text="Not hired yet", position=0,
                           due_on=TODAY),
            CheckIn(application_id=hired, due_on=TODAY - timedelta(days=2)),
            CheckIn(application_id=hired, due_on=TODAY - timedelta(days=40),
                    done_on=TODAY - timedelta(days=39)),
        ])
    home = read(new_db)
    assert [(o.kind, o.text, o.days_left) for o in home.onboarding.rows] == [
        ("check_in", "Check-in", -2), ("item", "Laptop ready", 3)]
    assert home.onboarding.total == 2
    assert {o.candidate for o in home.onboarding.rows} == {"Wanjiru Kamau"}


# a new file -------------------------------------------------------------------------------------

def test_a_new_file_is_empty_until_it_has_a_role_or_a_candidate(new_db: Database) -> None:
    home = read(new_db)
    assert home.empty_file
    assert all(getattr(home, k).total == 0 for k in ("roles", "waiting", "interviews", "owed",
                                                     "offers", "reach_outs", "onboarding"))
    person(new_db, "First Candidate")
    assert not read(new_db).empty_file


@pytest.mark.parametrize("hours", [0, 23])
def test_the_week_starts_at_local_midnight(hours: int) -> None:
    zone = timezone(timedelta(hours=-5))
    now = datetime(2026, 12, 9, 4, 0, tzinfo=UTC) + timedelta(hours=hours)
    start, end = dashboard.week_bounds(now, zone)
    assert start.astimezone(zone).hour == 0 and start.astimezone(zone).date() == \
        now.astimezone(zone).date()
    assert end - start == timedelta(days=7)
