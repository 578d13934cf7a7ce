"""Interviews, scorecards with sealed feedback, portfolio and culture evidence, scoring, the
debrief decision and finalists; calendar export read back with `icalendar`."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from hirefile.domain import scoring
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.ics import fold
from hirefile.domain.templates import template
from hirefile.domain.vocab import (
    ActivityKind,
    Axis,
    CheckResult,
    CultureDimension,
    Decision,
    PortfolioCheck,
    StepKind,
)
from hirefile.errors import ValidationError
from hirefile.services import assessments, candidates, debrief, interviews, loops, pipeline
from hirefile.services import scorecards as sc
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Person

ADA = Identity(str(uuid.uuid4()), "Ada Obi", "ada@example.org")
KENJI = Identity(str(uuid.uuid4()), "Kenji Watanabe", "kenji@example.jp")
LENA = Identity(str(uuid.uuid4()), "Lena Brandt", None)


@pytest.fixture
def db(db_location: Path | str):
    db = create_file(db_location, ADA)  # a file, and a database on PostgreSQL
    with db.session() as s:
        for ident in (KENJI, LENA):
            s.add(Person(id=ident.person_id, name=ident.name, email=ident.email))
    yield db
    db.close()


@pytest.fixture
def app_id(db: Database) -> str:
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        c = candidates.create_candidate(s, CandidateDraft(full_name="Nguyễn Thị Minh Khai"))
        return pipeline.add_application(s, c.id, role.id,
                                        stage=pipeline.stage_named(s, role.id, "Onsite")).id


def schedule(db: Database, app_id: str, step_index: int, panel: list[str],
             when: datetime | None = None) -> str:
    with db.session() as s:
        app = pipeline.live_application(s, app_id)
        step = loops.loop(s, app.role_id).steps[step_index]
        return interviews.schedule(
            s, app_id, title=step.title, kind=step.kind, loop_step_id=step.id,
            starts_at=when or datetime(2026, 12, 3, 14, 0, tzinfo=timezone.utc),
            minutes=step.minutes, interviewer_ids=panel, location="Café Kraków, Berlin",
            link="https://meet.example.com/abc").id


def write_card(db: Database, interview_id: str, ident: Identity, rating: int,
               submit: bool = True) -> str:
    with db.session() as s:
        card = sc.start(s, interview_id, ident.person_id)
        axes = [r.axis for r in card.ratings]
        draft = sc.ScorecardDraft(
            ratings={a: (rating, f"{ident.name} saw {a.label}") for a in axes},
            recommendation=rating, takeaways="Solid")
        if submit:
            sc.submit(s, card.id, ident.person_id, draft)
        else:
            sc.save(s, card.id, ident.person_id, draft)
        return card.id


# scoring ------------------------------------------------------------------------------------

def test_weighted_score_excludes_not_assessed() -> None:
    means = {Axis.ML_PRACTICE: 4.0, Axis.SOFTWARE: 2.0, Axis.THEORY: None,
             Axis.SYSTEMS: None, Axis.CULTURE: 3.0}
    weights = {Axis.ML_PRACTICE: 30, Axis.SOFTWARE: 30, Axis.THEORY: 20, Axis.SYSTEMS: 10,
               Axis.CULTURE: 10}
    # (0.3*4 + 0.3*2 + 0.1*3) / 0.7, theory and systems left out, not counted as zero
    assert scoring.weighted_score(means, weights) == pytest.approx(2.1 / 0.7)
    assert scoring.weighted_score({a: None for a in Axis}, weights) is None
    assert scoring.gaps({Axis.ML_PRACTICE: [4, None]}, weights) == \
        [Axis.SOFTWARE, Axis.THEORY, Axis.SYSTEMS, Axis.CULTURE]
    assert scoring.disagreements({Axis.SOFTWARE: [2, 4], Axis.CULTURE: [3, 4, None]}) == \
        {Axis.SOFTWARE}
    assert scoring.rating_label(3.4) == "Yes (3.4)"


def test_ties_share_a_rank() -> None:
    ranked = scoring.rank({"a": 3.5, "b": 3.0, "c": 3.5, "d": None, "e": 10 / 3, "f": 3.33})
    assert [(r.key, r.rank) for r in ranked] == [
        ("a", 1), ("c", 1), ("e", 3), ("f", 3), ("b", 5), ("d", None)]


# interviews and the calendar ------------------------------------------------------------------

def test_schedule_and_export_ics(db: Database, app_id: str, tmp_path: Path) -> None:
    iid = schedule(db, app_id, 1, [ADA.person_id, KENJI.person_id])
    with pytest.raises(ValidationError, match="at least one interviewer"), db.session() as s:
        interviews.schedule(s, app_id, title="x", kind=StepKind.OTHER, starts_at=None,
                            minutes=30, interviewer_ids=[])
    out = tmp_path / "interviews.ics"
    with db.reader() as s:
        assert interviews.export_ics(s, [iid], out) == 1
    raw = out.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Portfolio review: Nguyễn Thị Minh Khai " \
        "(Machine Learning Engineer)"
    assert event.decoded("DTSTART") == datetime(2026, 12, 3, 14, 0, tzinfo=timezone.utc)
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=45)
    assert str(event["LOCATION"]) == "Café Kraków, Berlin"
    assert str(event["UID"]) == f"{iid}@hirefile"
    attendees = event["ATTENDEE"]
    assert {str(a) for a in attendees} == {"mailto:ada@example.org", "mailto:kenji@example.jp"}
    assert "Assesses: Software engineering, ML practice" in str(event["DESCRIPTION"])


def test_fold_never_splits_a_character() -> None:
    line = "SUMMARY:" + "Łódź 王磊 " * 20
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


# scorecards and sealing -----------------------------------------------------------------------

def test_sealed_until_you_submit_yours(db: Database, app_id: str) -> None:
    iid = schedule(db, app_id, 2, [ADA.person_id, KENJI.person_id])
    write_card(db, iid, KENJI, 4)
    with db.reader() as s:
        (view,) = sc.scorecards(s, app_id, ADA.person_id)
    assert view.sealed and view.recommendation is None and view.ratings == {}
    assert view.sealed_text == "Submitted by Kenji Watanabe — sealed until you submit yours"
    mine = write_card(db, iid, ADA, 3, submit=False)
    with db.reader() as s:
        views = {v.interviewer: v for v in sc.scorecards(s, app_id, ADA.person_id)}
    assert views["Kenji Watanabe"].sealed  # a draft is not enough
    with db.session() as s:
        sc.submit(s, mine, ADA.person_id)
    with db.reader() as s:
        views = {v.interviewer: v for v in sc.scorecards(s, app_id, ADA.person_id)}
    assert not views["Kenji Watanabe"].sealed
    assert views["Kenji Watanabe"].recommendation == 4
    assert views["Kenji Watanabe"].private_note == ""


def test_reveal_anyway_is_on_the_record(db: Database, app_id: str) -> None:
    iid = schedule(db, app_id, 2, [KENJI.person_id, LENA.person_id])
    write_card(db, iid, KENJI, 2)
    with db.session() as s:
        sc.reveal(s, app_id, LENA.person_id)
    with db.reader() as s:
        (view,) = sc.scorecards(s, app_id, LENA.person_id)
        assert not view.sealed and view.recommendation == 2
        (still,) = sc.scorecards(s, app_id, ADA.person_id)
        assert still.sealed  # revealing is per person
        log = s.scalars(select(Activity.summary).where(
            Activity.kind == ActivityKind.REVEALED)).all()
    assert log == ["Lena Brandt revealed sealed feedback before submitting their own"]


def test_scorecard_rules(db: Database, app_id: str) -> None:
    iid = schedule(db, app_id, 3, [ADA.person_id, KENJI.person_id])
    with db.session() as s:
        card = sc.start(s, iid, ADA.person_id)
        card_id = card.id
        axes = [r.axis for r in card.ratings]
        assert axes == [Axis.SYSTEMS, Axis.SOFTWARE]  # the step's axes
        assert len(card.question_notes) == 3  # the step's questions
    bad = [
        (sc.ScorecardDraft(ratings={Axis.SYSTEMS: (3, "Good")}), "overall recommendation"),
        (sc.ScorecardDraft(ratings={Axis.SYSTEMS: (3, " ")}, recommendation=3),
         "Add evidence for ML systems architecture"),
        (sc.ScorecardDraft(ratings={Axis.SYSTEMS: (None, "")}, recommendation=3),
         "Rate at least one axis"),
    ]
    for draft, words in bad:
        with pytest.raises(ValidationError, match=words), db.session() as s:
            sc.submit(s, card_id, ADA.person_id, draft)
    with pytest.raises(ValidationError, match="Only its interviewer"), db.session() as s:
        sc.save(s, card_id, KENJI.person_id, sc.ScorecardDraft())
    with db.session() as s:
        sc.submit(s, card_id, ADA.person_id, sc.ScorecardDraft(
            ratings={Axis.SYSTEMS: (3, "Designed a feature store"), Axis.SOFTWARE: (None, "")},
            recommendation=3, private_note="Reminds me of a former colleague"))
    with pytest.raises(ValidationError, match="final"), db.session() as s:
        sc.save(s, card_id, ADA.person_id, sc.ScorecardDraft(recommendation=1))
    with db.reader() as s:
        (view,) = sc.scorecards(s, app_id, ADA.person_id)
        assert view.ratings[Axis.SOFTWARE] == (None, "")  # not assessed stays distinct
        assert view.private_note == "Reminds me of a former colleague"


# portfolio and culture ------------------------------------------------------------------------

def test_portfolio_review(db: Database, app_id: str) -> None:
    with pytest.raises(ValidationError, match="at least one link"), db.session() as s:
        assessments.save_review(s, app_id, ADA.person_id, assessments.ReviewDraft())
    with db.session() as s:
        assessments.save_review(s, app_id, ADA.person_id, assessments.ReviewDraft(
            urls=[("github.com/khai/transformer-from-scratch", "a1b2c3d")],
            looked_at="Training loop, tests, README",
            checks={PortfolioCheck.TESTS: (CheckResult.PARTIAL, "Only smoke tests"),
                    PortfolioCheck.ORIGINAL: (CheckResult.PASS, "")}, rating=3))
    with db.reader() as s:
        (r,) = assessments.reviews(s, app_id)
    assert r.urls == (("https://github.com/khai/transformer-from-scratch", "a1b2c3d"),)
    assert r.checks[PortfolioCheck.TESTS] == (CheckResult.PARTIAL, "Only smoke tests")
    assert r.checks[PortfolioCheck.DOCSTRINGS][0] is CheckResult.NA
    assert len(r.checks) == len(PortfolioCheck)


def test_culture_rating_needs_evidence(db: Database, app_id: str) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        assessments.save_culture(s, app_id, ADA.person_id, {
            CultureDimension.COMMUNICATION: (4, "Explained her thesis to our designer"),
            CultureDimension.OWNERSHIP: (3, "   ")})
    assert "“Ownership and attitude” needs evidence" in info.value.message
    assert info.value.field == "ownership"
    with db.reader() as s:
        assert assessments.culture(s, app_id) == []
    with db.session() as s:
        assessments.save_culture(s, app_id, ADA.person_id, {
            CultureDimension.COMMUNICATION: (4, "Explained her thesis to our designer"),
            CultureDimension.PACE: (None, "")})
    with db.reader() as s:
        (c,) = assessments.culture(s, app_id)
    assert c.ratings == {CultureDimension.COMMUNICATION: (4, "Explained her thesis to our "
                                                           "designer")}


# debrief and finalists ------------------------------------------------------------------------

def test_debrief_grid_score_gaps_and_decision(db: Database, app_id: str) -> None:
    i1 = schedule(db, app_id, 2, [ADA.person_id])  # practice, theory
    i2 = schedule(db, app_id, 3, [KENJI.person_id])  # systems, software
    write_card(db, i1, ADA, 4)
    write_card(db, i2, KENJI, 2)
    with db.reader() as s:
        d = debrief.debrief(s, app_id, ADA.person_id)
    assert not d.sealed and len(d.grid) == 2
    assert d.means[Axis.ML_PRACTICE] == 4 and d.means[Axis.SYSTEMS] == 2
    assert d.gaps == (Axis.CULTURE,)
    w = d.weights
    expected = (w[Axis.ML_PRACTICE] * 4 + w[Axis.THEORY] * 4 + w[Axis.SYSTEMS] * 2 +
                w[Axis.SOFTWARE] * 2) / (w[Axis.ML_PRACTICE] + w[Axis.THEORY] +
                                         w[Axis.SYSTEMS] + w[Axis.SOFTWARE])
    assert d.weighted == pytest.approx(expected)
    with pytest.raises(ValidationError, match="Write down why"), db.session() as s:
        debrief.decide(s, app_id, Decision.HIRE, " ", ADA.person_id)
    with db.session() as s:
        moved = debrief.decide(s, app_id, Decision.ADVANCE, "Strong practice", ADA.person_id)
    assert moved is not None
    with db.session() as s:
        debrief.decide(s, app_id, Decision.HIRE, "Best systems answer we heard",
                       ADA.person_id)
    with db.reader() as s:
        moves = pipeline.history(s, app_id)
        d = debrief.debrief(s, app_id, ADA.person_id)
    assert [m.to_name for m in moves][-2:] == ["Debrief", "Offer"]
    assert [x[0] for x in d.decisions] == [Decision.ADVANCE, Decision.HIRE]
    with db.session() as s:
        debrief.decide(s, app_id, Decision.REJECT, "Counter-offer accepted elsewhere",
                       ADA.person_id)
    with db.reader() as s:
        last = pipeline.history(s, app_id)[-1]
    assert (last.to_name, last.reason) == ("Rejected", "Debrief decision")


def test_debrief_is_sealed_for_someone_who_has_not_submitted(db: Database,
                                                            app_id: str) -> None:
    iid = schedule(db, app_id, 2, [KENJI.person_id, LENA.person_id])
    write_card(db, iid, KENJI, 3)
    with db.reader() as s:
        d = debrief.debrief(s, app_id, LENA.person_id)
    assert d.sealed and d.grid == {} and d.weighted is None


def test_finalists_ranked_with_ties(db: Database, app_id: str) -> None:
    with db.session() as s:
        role_id = pipeline.live_application(s, app_id).role_id
        others = []
        for name in ("Olena Kovalenko", "王磊"):
            c = candidates.create_candidate(s, CandidateDraft(full_name=name))
            others.append(pipeline.add_application(s, c.id, role_id).id)
    ids = [app_id, *others]
    for app, rating in zip(ids, (3, 3, 4), strict=True):
        write_card(db, schedule(db, app, 2, [ADA.person_id]), ADA, rating)
    with db.reader() as s:
        rows = debrief.finalists(s, ids, ADA.person_id)
        with pytest.raises(ValidationError, match="between 2 and 5"):
            debrief.finalists(s, ids[:1], ADA.person_id)
    assert [(r.candidate, r.rank) for r in rows] == [
        ("王磊", 1), ("Nguyễn Thị Minh Khai", 2), ("Olena Kovalenko", 2)]
    assert rows[0].against_range == "no expectation stated"


@pytest.mark.parametrize(("value", "label"), [
    (2.5, "Yes (2.5)"), (3.5, "Strong yes (3.5)"), (3.25, "Yes (3.3)"), (1.04, "Strong no (1.0)"),
    (None, "Not assessed"),
])
def test_rating_labels_round_half_up(value, label) -> None:
    assert scoring.rating_label(value) == label
