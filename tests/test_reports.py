"""Hiring reports on constructed histories: every metric, counted as a founder would count by
hand (moves backwards, re-opened applications, one person in several pipelines, empty ranges,
one candidate, removed and erased records, a range that cuts a stay)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import Source
from hirefile.errors import ValidationError
from hirefile.services import candidates, pipeline
from hirefile.services import reports as R
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)  # a Monday


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


@pytest.fixture
def db(db_location: Path | str, identity: Identity):
    db = create_file(db_location, identity)  # a file, and a database on PostgreSQL
    yield db
    db.close()


class Story:
    """Builds a file's history move by move, at given days after T0."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.roles: dict[str, str] = {}

    def role(self, title: str) -> str:
        with self.db.session() as s:
            self.roles[title] = add_role_from_template(s, template("ml_engineer"),
                                                       title=title).id
        return self.roles[title]

    def person(self, name: str, source: Source = Source.INBOUND) -> str:
        with self.db.session() as s:
            return candidates.create_candidate(s, CandidateDraft(
                full_name=name, source=source,
                referrer_name="Someone" if source is Source.REFERRAL else None)).id

    def apply(self, cid: str, role_id: str, at: float, stage: str = "Applied") -> str:
        with self.db.session() as s:
            target = pipeline.stage_named(s, role_id, stage)
            return pipeline.add_application(s, cid, role_id, stage=target, at=day(at)).id

    def move(self, app_id: str, stage: str, at: float, reason: str | None = None) -> None:
        with self.db.session() as s:
            app = pipeline.live_application(s, app_id)
            target = pipeline.stage_named(s, app.role_id, stage)
            if target.kind.is_exit and reason is None:
                reason = "Skills below the bar"
            pipeline.move(s, app_id, target.id, reason=reason, at=day(at))

    def path(self, cid: str, role_id: str, at: float, *stages: str, gap: float = 2) -> str:
        """Apply at `at` and move through `stages`, one every `gap` days."""
        app = self.apply(cid, role_id, at)
        for i, st in enumerate(stages, 1):
            self.move(app, st, at + i * gap)
        return app

    def report(self, role: str | None = None, start: date | None = None,
               end: date | None = None) -> R.Report:
        scope = R.Scope(self.roles[role] if role else None, start, end)
        with self.db.reader() as s:
            return R.report(s, scope, now=day(100))


@pytest.fixture
def story(db: Database) -> Story:
    return Story(db)


def by_name(f: R.Funnel) -> dict[str, R.FunnelStage]:
    return {st.name: st for st in f.stages}


# funnel --------------------------------------------------------------------------------------

def test_funnel_counts_each_application_once_at_its_furthest_stage(story: Story) -> None:
    role = story.role("ML Engineer")
    a = story.person("Ana Lima")
    b = story.person("Bruno Costa")
    c = story.person("Chen Wei")
    d = story.person("Dara Okafor")
    story.path(a, role, 0, "Screen", "Technical", "Onsite", "Debrief", "Offer", "Hired")
    # b goes to Technical, back to Screen (a move backwards), then is rejected
    story.path(b, role, 0, "Screen", "Technical", "Screen", "Rejected")
    # c is rejected at Screen, re-opened (moved back to Screen) and now waits in Technical
    story.path(c, role, 0, "Screen", "Rejected", "Screen", "Technical")
    # d withdrew at Applied
    story.path(d, role, 0, "Withdrew")
    f = story.report("ML Engineer").funnel
    assert (f.total, f.finished, f.in_process, f.hired) == (4, 3, 1, 1)
    st = by_name(f)
    assert [s.name for s in f.stages] == ["Sourced", "Applied", "Screen", "Technical", "Onsite",
                                          "Debrief", "Offer", "Hired"]
    # nobody entered Sourced (they applied), but reaching a later stage counts as passing it
    assert (st["Sourced"].reached, st["Sourced"].passed, st["Sourced"].pass_rate) == (4, 4, 100)
    assert (st["Applied"].reached, st["Applied"].passed, st["Applied"].stopped) == (4, 3, 1)
    assert st["Applied"].pass_rate == 75.0
    assert (st["Screen"].reached, st["Screen"].passed, st["Screen"].stopped) == (3, 3, 0)
    # Technical: a went on, b stopped there (furthest), c is still there
    t = st["Technical"]
    assert (t.reached, t.passed, t.stopped, t.in_process) == (3, 1, 1, 1)
    assert (t.decided, t.pass_rate) == (2, 50.0)
    assert (st["Hired"].reached, st["Hired"].stopped, st["Hired"].pass_rate) == (1, 1, None)


def test_funnel_empty_range_and_empty_file(story: Story) -> None:
    f = story.report().funnel
    assert (f.total, f.finished, f.hired) == (0, 0, 0)
    assert [s.reached for s in f.stages] == [0] * 8
    assert all(s.pass_rate is None for s in f.stages)
    role = story.role("ML Engineer")
    story.path(story.person("Ana Lima"), role, 0, "Screen")
    f = story.report(start=date(2027, 1, 1)).funnel
    assert f.total == 0


def test_funnel_range_selects_by_date_applied(story: Story) -> None:
    role = story.role("ML Engineer")
    story.path(story.person("Ana Lima"), role, 0, "Screen")      # applied 2 March
    story.path(story.person("Bruno Costa"), role, 10, "Screen")  # applied 12 March
    assert story.report(start=date(2026, 3, 2), end=date(2026, 3, 2)).funnel.total == 1
    assert story.report(start=date(2026, 3, 3)).funnel.total == 1
    assert story.report(end=date(2026, 3, 12)).funnel.total == 2
    with pytest.raises(ValidationError):
        R.Scope(None, date(2026, 3, 3), date(2026, 3, 2))


def test_funnel_for_all_roles_combines_stages_by_the_default_pipeline(story: Story) -> None:
    from hirefile.services import stages as stage_service
    ml = story.role("ML Engineer")
    ops = story.role("MLOps Engineer")
    with story.db.session() as s:  # the MLOps role renamed a stage and added one
        stage_service.rename_stage(s, pipeline.stage_named(s, ops, "Technical").id, "Take-home")
        stage_service.add_stage(s, ops, "Portfolio",
                                after_stage_id=pipeline.stage_named(s, ops, "Screen").id)
    # the same person in both pipelines counts once in each
    ana = story.person("Ana Lima")
    story.path(ana, ml, 0, "Screen", "Technical")
    story.path(ana, ops, 0, "Screen", "Portfolio", "Take-home")
    f = story.report().funnel
    st = by_name(f)
    assert [s.name for s in f.stages][2:5] == ["Screen", "Technical", "Onsite"]
    assert f.total == 2
    assert st["Screen"].reached == 2
    # "Portfolio" and "Take-home" are not default stages: they count as Screen, the default
    # stage before them in their role
    assert (st["Screen"].passed, st["Screen"].in_process) == (1, 1)
    assert st["Technical"].reached == 1
    one = story.report("MLOps Engineer").funnel
    assert [s.name for s in one.stages][2:5] == ["Screen", "Portfolio", "Take-home"]
    assert [s.reached for s in one.stages][2:6] == [1, 1, 1, 0]


@pytest.mark.parametrize("listed", [2000, 0], ids=["listed", "too-many-to-list"])
def test_removed_erased_and_merged_records_never_count(story: Story, listed: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(R, "_LISTED", listed)  # 0: the uncounted are excluded by subqueries
    role = story.role("ML Engineer")
    kept = story.path(story.person("Ana Lima"), role, 0, "Screen")
    gone = story.path(story.person("Bruno Costa"), role, 0, "Screen")
    erased = story.person("Chen Wei")
    story.path(erased, role, 0, "Rejected")
    first = story.person("Dara Okafor")
    twin = story.person("Dara Okafor")
    story.path(first, role, 0, "Screen", "Technical")
    with story.db.session() as s:
        pipeline.remove_application(s, gone)
        from hirefile.services import dedupe
        dedupe.merge(s, first, twin)
    from hirefile.services.erasure import erase_candidate
    erase_candidate(story.db, erased)
    rep = story.report()
    assert rep.funnel.total == 2
    assert rep.reasons.rejected_total == 0
    assert sum(r.applicants for r in rep.sources) == 2
    assert {t.name: t.spread.n for t in rep.stages}["Applied"] == 2  # Ana's and Dara's stays
    one = story.report("ML Engineer")
    assert (one.funnel.total, one.reasons.rejected_total) == (2, 0)
    assert kept


def test_one_candidate(story: Story) -> None:
    role = story.role("ML Engineer")
    story.path(story.person("Ana Lima"), role, 0, "Screen", "Technical", "Onsite", "Debrief",
               "Offer", "Hired", gap=3)
    rep = story.report("ML Engineer")
    assert rep.funnel.total == rep.funnel.hired == 1
    tth = rep.time_to_hire.spread
    assert (tth.n, tth.median, tth.p90, tth.few) == (1, 18.0, None, True)
    screen = {t.name: t for t in rep.stages}["Screen"]
    assert (screen.spread.n, screen.spread.median, screen.open) == (1, 3.0, 0)


# time in stage and time to hire --------------------------------------------------------------

def test_stage_times_use_every_stay_and_keep_open_stays_apart(story: Story) -> None:
    role = story.role("ML Engineer")
    a = story.apply(story.person("Ana Lima"), role, 0)
    story.move(a, "Screen", 1)
    story.move(a, "Technical", 5)     # 4 days in Screen
    story.move(a, "Screen", 6)        # backwards: 1 day in Technical
    story.move(a, "Technical", 8)     # second stay in Screen: 2 days
    b = story.apply(story.person("Bruno Costa"), role, 0)
    story.move(b, "Screen", 2)
    story.move(b, "Rejected", 12)     # 10 days in Screen, ended by the exit
    c = story.apply(story.person("Chen Wei"), role, 0)
    story.move(c, "Screen", 3)        # still in Screen: an open stay
    times = {t.name: t for t in story.report("ML Engineer").stages}
    assert list(times) == ["Sourced", "Applied", "Screen", "Technical", "Onsite", "Debrief",
                           "Offer"]
    screen = times["Screen"]
    assert (screen.spread.n, screen.spread.median, screen.open) == (3, 4.0, 1)
    assert screen.spread.p90 is None and screen.spread.few
    tech = times["Technical"]
    assert (tech.spread.n, tech.spread.median, tech.open) == (1, 1.0, 1)
    applied = times["Applied"]
    assert (applied.spread.n, applied.spread.median) == (3, 2.0)


def test_a_range_counts_stays_that_ended_in_it(story: Story) -> None:
    role = story.role("ML Engineer")
    a = story.apply(story.person("Ana Lima"), role, 0)
    story.move(a, "Screen", 1)      # entered 3 March
    story.move(a, "Technical", 20)  # left 22 March: 19 days
    # a range cutting the stay in two: the stay ended outside it, so it does not count
    cut = {t.name: t for t in story.report(start=date(2026, 3, 1),
                                           end=date(2026, 3, 10)).stages}
    assert cut["Screen"].spread.n == 0
    late = {t.name: t for t in story.report(start=date(2026, 3, 15)).stages}
    assert (late["Screen"].spread.n, late["Screen"].spread.median) == (1, 19.0)


def test_time_to_hire_median_and_p90_with_n(story: Story) -> None:
    role = story.role("ML Engineer")
    for i, days in enumerate([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]):
        app = story.apply(story.person(f"Person {i}"), role, 0)
        story.move(app, "Hired", days)
    never = story.apply(story.person("Still Waiting"), role, 0)
    story.move(never, "Screen", 1)
    tth = story.report().time_to_hire.spread
    assert (tth.n, tth.median, tth.p90, tth.few) == (10, 55.0, 90.0, False)
    # hired in range: the first five (hired 12 March … 21 April → up to day 50)
    early = story.report(end=(T0 + timedelta(days=50)).date()).time_to_hire.spread
    assert (early.n, early.median, early.p90, early.few) == (5, 30.0, 50.0, False)


def test_a_reopened_hire_is_not_a_hire(story: Story) -> None:
    role = story.role("ML Engineer")
    app = story.apply(story.person("Ana Lima"), role, 0)
    story.move(app, "Hired", 5)
    story.move(app, "Offer", 6)   # the hire was recorded by mistake
    rep = story.report()
    assert rep.time_to_hire.spread.n == 0 and rep.funnel.hired == 0
    assert by_name(rep.funnel)["Hired"].reached == 1  # it did get there once


# sources, reasons, offers --------------------------------------------------------------------

def _person_id(db: Database) -> str:
    return db.identity.person_id


def test_sources_count_how_far_each_source_got(story: Story) -> None:
    from hirefile.domain.vocab import InterviewStatus, StepKind
    from hirefile.services import interviews
    role = story.role("ML Engineer")
    ref = story.apply(story.person("Ana Lima", Source.REFERRAL), role, 0)
    story.apply(story.person("Bruno Costa", Source.REFERRAL), role, 0)
    inb = story.apply(story.person("Chen Wei"), role, 0)
    with story.db.session() as s:
        pid = _person_id(story.db)
        i1 = interviews.schedule(s, ref, title="Screen", kind=StepKind.TECH_SCREEN,
                                 starts_at=day(3), minutes=30, interviewer_ids=[pid])
        interviews.schedule(s, inb, title="Later", kind=StepKind.TECH_SCREEN,
                            starts_at=day(300), minutes=30, interviewer_ids=[pid])
        i3 = interviews.schedule(s, inb, title="Missed", kind=StepKind.TECH_SCREEN,
                                 starts_at=day(4), minutes=30, interviewer_ids=[pid])
        interviews.set_status(s, i3.id, InterviewStatus.NO_SHOW)
        assert i1
    story.move(ref, "Hired", 20)
    rows = {r.source: r for r in story.report().sources}
    assert list(rows) == [Source.INBOUND, Source.REFERRAL]
    r = rows[Source.REFERRAL]
    assert (r.applicants, r.interviewed, r.offered, r.hired) == (2, 1, 0, 1)
    assert (r.interviewed_rate, r.hired_rate) == (50.0, 50.0)
    i = rows[Source.INBOUND]
    assert (i.applicants, i.interviewed) == (1, 0)  # one in the future, one no-show


def test_reasons_of_exits_in_the_range(story: Story) -> None:
    role = story.role("ML Engineer")
    for i, (stage, reason, at) in enumerate([
            ("Rejected", "Skills below the bar", 5), ("Rejected", "Skills below the bar", 6),
            ("Rejected", "Location or work permit", 7), ("Withdrew", "Accepted another offer", 8),
            ("Rejected", "Role filled", 40)]):
        app = story.apply(story.person(f"P {i}"), role, 0)
        story.move(app, stage, at, reason=reason)
    reopened = story.apply(story.person("Back Again"), role, 0)
    story.move(reopened, "Rejected", 3, reason="Role filled")
    story.move(reopened, "Screen", 4)  # re-opened: no longer an exit
    rs = story.report(end=date(2026, 3, 31)).reasons
    assert [(r.reason, r.count) for r in rs.rejected] == [("Skills below the bar", 2),
                                                          ("Location or work permit", 1)]
    assert [(r.reason, r.count) for r in rs.withdrew] == [("Accepted another offer", 1)]
    assert (rs.rejected_total, rs.withdrew_total) == (3, 1)


def test_offers_made_answered_and_days_to_decision(story: Story) -> None:
    from hirefile.domain.vocab import OfferStatus
    from hirefile.services import offers
    from hirefile.storage.models import OfferEvent
    role = story.role("ML Engineer")
    plan = [("accepted", 3), ("declined", 5), ("accepted", 9), ("sent", 0), ("draft", 0),
            ("withdrawn", 0), ("expired", 0)]
    for i, (end, days) in enumerate(plan):
        app = story.apply(story.person(f"P {i}"), role, 0)
        story.move(app, "Offer", 1)
        with story.db.session() as s:
            terms = dataclasses.replace(offers.new_terms(s, app), base_salary=9_000_000,
                                        currency="EUR")
            o = offers.create_offer(s, app, terms)
            s.flush()
            for event in s.scalars(select(OfferEvent).where(OfferEvent.offer_id == o.id)):
                event.at = day(9)  # drafted the day before it was sent
            if end == "draft":
                continue
            offers.change_status(s, o.id, OfferStatus.SENT, at=day(10), today=day(10).date())
            if end in ("accepted", "declined"):
                offers.change_status(s, o.id, OfferStatus(end), at=day(10 + days))
            elif end == "withdrawn":
                offers.change_status(s, o.id, OfferStatus.WITHDRAWN, note="Budget", at=day(11))
            elif end == "expired":
                offers.change_status(s, o.id, OfferStatus.EXPIRED, at=day(30))
    o = story.report().offers
    assert (o.made, o.accepted, o.declined, o.expired, o.withdrawn, o.pending) == \
        (6, 2, 1, 1, 1, 1)
    assert (o.decided, o.acceptance_rate) == (4, 50.0)
    assert (o.days_to_decision.n, o.days_to_decision.median) == (3, 5.0)
    assert story.report(start=date(2026, 3, 13)).offers.made == 0  # all sent 12 March


# interviewer load and sealed feedback ----------------------------------------------------------

def test_interviewer_load_counts_only(story: Story) -> None:
    from hirefile.domain.vocab import Axis, StepKind
    from hirefile.services import assessments, interviews, scorecards
    from hirefile.storage.models import Person, Scorecard
    role = story.role("ML Engineer")
    me = _person_id(story.db)
    with story.db.session() as s:
        other = Person(name="Bea Kowalski")
        s.add(other)
        s.flush()
        other_id = other.id
    apps = [story.apply(story.person(f"P {i}"), role, 0) for i in range(3)]
    with story.db.session() as s:
        ivs = [interviews.schedule(s, a, title="Tech", kind=StepKind.TECH_DISCUSSION,
                                   starts_at=day(5 + i), minutes=60,
                                   interviewer_ids=[me, other_id]).id
               for i, a in enumerate(apps)]
    draft = scorecards.ScorecardDraft(ratings={Axis.SOFTWARE: (4, "Wrote clean code")},
                                      recommendation=4)
    with story.db.session() as s:
        c1 = scorecards.write(s, ivs[0], me, draft, submit_it=True)
        c2 = scorecards.write(s, ivs[1], me, draft, submit_it=True)
        scorecards.write(s, ivs[0], other_id, draft)  # a draft: outstanding
        s.flush()
        s.get(Scorecard, c1).submitted_at = day(6)   # a day after its interview
        s.get(Scorecard, c2).submitted_at = day(9)   # three days after
        assessments.save_review(s, apps[2], other_id, assessments.ReviewDraft(
            urls=[("https://github.com/p2/repo", "")], rating=2, notes="Tutorial copy",
            reviewed_on=day(7).date()))
    load = {r.name: r for r in story.report().load}
    mine = load[story.db.identity.name]
    assert (mine.interviews, mine.submitted, mine.outstanding, mine.reviews) == (3, 2, 1, 0)
    assert (mine.days_to_submit.n, mine.days_to_submit.median) == (2, 2.0)
    bea = load["Bea Kowalski"]
    assert (bea.interviews, bea.submitted, bea.outstanding, bea.reviews) == (3, 0, 3, 1)
    # counts only: no field of the report carries a rating or a recommendation
    data = R.report_data(story.report())
    data.pop("counting")

    def keys(value: object) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        if isinstance(value, list):
            return {k for v in value for k in keys(v)}
        return set()
    assert not {k for k in keys(data) if "rating" in k or "recommend" in k or "score" in k}
    text = R.report_json(story.report())
    assert "Wrote clean code" not in text and "Tutorial copy" not in text


def test_report_json_has_every_metric_and_the_range_rules(story: Story) -> None:
    import json
    role = story.role("R&D <Lead>")
    story.path(story.person("Ana Lima"), role, 0, "Screen")
    data = json.loads(R.report_json(story.report("R&D <Lead>", start=date(2026, 3, 1))))
    assert data["scope"] == {"role_id": role, "role": "R&D <Lead>", "from": "2026-03-01",
                             "to": None}
    assert set(R.METRICS) <= set(data)
    assert data["ranges"]["funnel"] == "applications applied in the range"
    assert data["funnel"]["stages"][1] == {
        "name": "Applied", "kind": "active", "reached": 1, "passed": 1, "stopped": 0,
        "in_process": 0, "decided": 1, "pass_rate": 100.0}
    assert data["time_to_hire"]["spread"] == {"n": 0, "median_days": None, "p90_days": None,
                                              "few": True}
    with pytest.raises(ValidationError):
        R.report_data(story.report(), ["funnel", "mood"])


def test_assessments_of_removed_applications_and_outside_the_range_do_not_count(
        story: Story) -> None:
    from hirefile.domain.vocab import Axis, StepKind
    from hirefile.services import interviews, scorecards
    role = story.role("ML Engineer")
    me = _person_id(story.db)
    kept = story.apply(story.person("Ana Lima"), role, 0)
    gone = story.apply(story.person("Bruno Costa"), role, 0)
    draft = scorecards.ScorecardDraft(ratings={Axis.SOFTWARE: (3, "Solid")}, recommendation=3)
    with story.db.session() as s:
        for app, at in ((kept, 5), (gone, 5), (kept, 40)):
            iv = interviews.schedule(s, app, title="Tech", kind=StepKind.TECH_DISCUSSION,
                                     starts_at=day(at), minutes=60, interviewer_ids=[me])
            s.flush()
            scorecards.write(s, iv.id, me, draft, submit_it=True)
        pipeline.remove_application(s, gone)
    mine = story.report().load[0]
    assert (mine.interviews, mine.outstanding) == (2, 0)
    march = story.report(start=date(2026, 3, 1), end=date(2026, 3, 31)).load[0]
    assert march.interviews == 1  # the interview of 11 April is outside the range
