"""Your calibration, on constructed scorecards: how often two people agree (exactly, within
one step), who rates higher, where they differ most — counted only where the viewer submitted
a scorecard of their own, never from drafts or a reveal."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from hirefile.cli import main
from hirefile.domain import drift
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import Axis
from hirefile.services import candidates, interviews, loops, pipeline
from hirefile.services import scorecards as sc
from hirefile.services.calibration import OVERALL, calibration
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Person
from hirefile.storage.types import utcnow

AMARA = Identity(str(uuid.uuid4()), "Amara Okafor", "amara@example.org")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okoye", "daniel@example.org")
CHEN = Identity(str(uuid.uuid4()), "陈静", "chen@example.org")
WHEN = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=2)
P, T = Axis.ML_PRACTICE, Axis.THEORY

#: (Amara's recommendation, Daniel's) on five shared candidates; ML practice rated the same.
SHARED = ((3, 3), (4, 3), (3, 1), (2, 2), (4, 2))


def card(s: Any, app_id: str, person: Identity, rec: int, ratings: dict[Axis, int], *,
         submit: bool = True) -> str:
    """An interview of `app_id` with `person` alone on its panel, and their scorecard."""
    app = pipeline.live_application(s, app_id)
    step = loops.loop(s, app.role_id).steps[2]
    iid = interviews.schedule(s, app_id, title=step.title, kind=step.kind,
                              loop_step_id=step.id, starts_at=WHEN, minutes=step.minutes,
                              interviewer_ids=[person.person_id]).id
    sc.write(s, iid, person.person_id, sc.ScorecardDraft(
        ratings={a: (r, f"Said something about {a.label}") for a, r in ratings.items()},
        recommendation=rec), submit_it=submit)
    return iid


def applicant(s: Any, role_id: str, name: str) -> str:
    c = candidates.create_candidate(s, CandidateDraft(full_name=name))
    app = pipeline.add_application(s, c.id, role_id,
                                   stage=pipeline.stage_named(s, role_id, "Onsite"))
    s.flush()
    return app.id


@pytest.fixture
def desk(db_location: Path | str) -> Iterator[tuple[Path | str, dict[str, str]]]:
    """Amara and Daniel share five candidates; the rest must never count (in a file, and in
    a database on PostgreSQL)."""
    path = db_location
    apps: dict[str, str] = {}
    with create_file(path, AMARA) as db, db.session() as s:
        for other in (DANIEL, CHEN):
            s.add(Person(id=other.person_id, name=other.name, email=other.email))
        role = add_role_from_template(s, template("ml_engineer"))
        s.flush()
        for i, (mine, theirs) in enumerate(SHARED):
            app = apps[f"shared{i}"] = applicant(s, role.id, f"Shared Person {i}")
            card(s, app, AMARA, mine, {P: mine} | ({T: (2, 1)[i]} if i < 2 else {}))
            card(s, app, DANIEL, theirs, {P: theirs} | ({T: (3, 1)[i]} if i < 2 else {}))
        card(s, apps["shared0"], CHEN, 1, {P: 1})
        # Amara only drafted: Daniel's Strong no must not count.
        apps["draft"] = applicant(s, role.id, "Draft Only")
        card(s, apps["draft"], AMARA, 4, {P: 4}, submit=False)
        card(s, apps["draft"], DANIEL, 1, {P: 1})
        # Amara revealed without submitting: not a shared assessment either.
        apps["revealed"] = applicant(s, role.id, "Revealed Only")
        card(s, apps["revealed"], DANIEL, 1, {P: 1})
        sc.reveal(s, apps["revealed"], AMARA.person_id)
        # Daniel only drafted: his draft never counts.
        apps["their_draft"] = applicant(s, role.id, "Their Draft")
        card(s, apps["their_draft"], AMARA, 4, {P: 4})
        card(s, apps["their_draft"], DANIEL, 1, {P: 1}, submit=False)
        # A removed application counts no more.
        apps["removed"] = applicant(s, role.id, "Removed Person")
        card(s, apps["removed"], AMARA, 4, {P: 4})
        card(s, apps["removed"], DANIEL, 1, {P: 1})
        s.get(Application, apps["removed"]).deleted_at = utcnow()
    yield path, apps


def viewed_by(path: Path | str, who: Identity) -> Any:
    with Database.open(path, who, write=False) as db, db.reader() as s:
        return calibration(s, who.person_id)


def test_agreement_exact_within_one_and_the_lenient_side(desk: Any) -> None:
    path, _apps = desk
    mine = viewed_by(path, AMARA)
    assert mine.viewer == "Amara Okafor"
    assert [p.name for p in mine.pairings] == ["Daniel Okoye", "陈静"]  # most shared first
    daniel = mine.pairings[0]
    assert daniel.shared == 5 and daniel.meaningful
    assert (daniel.overall.n, daniel.overall.exact, daniel.overall.within_one) == (5, 2, 3)
    assert (daniel.overall.exact_percent, daniel.overall.within_one_percent) == (40, 60)
    assert daniel.overall.mean_difference == pytest.approx(1.0)
    assert daniel.leniency_text == "You rate 1.0 higher than Daniel Okoye on average"
    practice, theory = daniel.axes
    assert (practice.key, practice.n, practice.exact, practice.within_one) == (P.value, 5, 2, 3)
    # theory on two: 2 vs 3 and 1 vs 1
    assert (theory.key, theory.n, theory.exact, theory.within_one) == (T.value, 2, 1, 2)
    assert theory.mean_difference == pytest.approx(-0.5)
    assert theory.label == "ML theory and math"


def test_the_biggest_differences_first_with_candidate_role_and_both_ratings(desk: Any) -> None:
    path, apps = desk
    daniel = viewed_by(path, AMARA).pairings[0]
    top = daniel.differences
    assert {(d.application_id, d.key) for d in top[:4]} == {
        (apps["shared2"], OVERALL), (apps["shared4"], OVERALL),
        (apps["shared2"], P.value), (apps["shared4"], P.value)}
    assert [d.key for d in top[:2]] == [OVERALL, OVERALL]  # overall first at equal size
    first = top[0]
    assert first.role and first.candidate in ("Shared Person 2", "Shared Person 4")
    assert (first.mine, first.theirs) == ((3.0, 1.0) if first.candidate.endswith("2")
                                          else (4.0, 2.0))
    assert all(abs(d.difference) >= 0.5 for d in top)  # agreements are not differences
    # then by one step: overall and practice on shared1, theory on shared0
    assert len(top) == 7
    assert {(d.application_id, d.key) for d in top[4:]} == {
        (apps["shared1"], OVERALL), (apps["shared1"], P.value), (apps["shared0"], T.value)}
    assert top[4].key == OVERALL


def test_sealed_a_draft_or_a_reveal_never_makes_a_shared_application(desk: Any) -> None:
    path, apps = desk
    daniel = viewed_by(path, AMARA).pairings[0]
    counted = {d.application_id for d in daniel.differences}
    for sealed in ("draft", "revealed", "their_draft", "removed"):
        assert apps[sealed] not in counted
    assert daniel.shared == 5
    # Amara submitted on the five, "their draft" and the removed one's application is gone
    assert viewed_by(path, AMARA).submitted == 6


def test_few_shared_candidates_are_not_yet_meaningful(desk: Any) -> None:
    path, _apps = desk
    chen = viewed_by(path, AMARA).pairings[1]
    assert chen.shared == 1 and not chen.meaningful
    assert chen.shared_text == "1 shared candidate: not yet meaningful (fewer than 5)"
    assert chen.leniency_text == "You rate 2.0 higher than 陈静 on average"


def test_each_person_sees_their_own_side(desk: Any) -> None:
    path, _apps = desk
    daniel_view = viewed_by(path, DANIEL)
    amara = daniel_view.pairings[0]
    assert amara.name == "Amara Okafor" and amara.shared == 5
    assert amara.leniency_text == "You rate 1.0 lower than Amara Okafor on average"
    # Chen shares shared0 with Daniel too; Daniel never sees Amara-and-Chen figures
    assert [p.name for p in daniel_view.pairings] == ["Amara Okafor", "陈静"]
    chen_view = viewed_by(path, CHEN)
    assert {p.name: p.shared for p in chen_view.pairings} == {"Amara Okafor": 1,
                                                             "Daniel Okoye": 1}


def test_nobody_and_someone_with_nothing_submitted_see_nothing(desk: Any,
                                                                tmp_path: Path) -> None:
    path, _apps = desk
    with Database.open(path, AMARA, write=False) as db, db.reader() as s:
        assert calibration(s, None).pairings == ()
        assert calibration(s, str(uuid.uuid4())).pairings == ()


def test_two_scorecards_of_one_person_on_one_application_count_once(desk: Any) -> None:
    path, apps = desk
    with Database.open(path, AMARA) as db, db.session() as s:
        card(s, apps["shared1"], AMARA, 3, {P: 3})  # a second interview: 4 and 3 → 3.5
    daniel = viewed_by(path, AMARA).pairings[0]
    assert daniel.shared == 5 and daniel.overall.n == 5
    # 3.5 vs 3 is half a step: no longer exact, still within one
    assert (daniel.overall.exact, daniel.overall.within_one) == (2, 3)
    assert daniel.overall.mean_difference == pytest.approx(0.9)


def test_the_rules_in_words() -> None:
    assert drift.leniency_text(0.42, "Daniel") == "You rate 0.4 higher than Daniel on average"
    assert drift.leniency_text(-0.04, "Daniel") == "You and Daniel rate alike on average"
    assert drift.leniency_text(None, "Daniel") == "No ratings shared with Daniel yet"
    assert drift.shared_text(7) == "7 shared candidates"
    assert drift.percent(2, 3) == 67 and drift.percent(0, 0) is None
    assert drift.agrees(0.0) and not drift.agrees(0.5)
    assert drift.within_one(-1.0) and not drift.within_one(1.5)
    assert drift.mark_text(3.0) == "Yes (3)"
    assert drift.mark_text(3.5) == "Yes–Strong yes (3.5)"
    assert drift.mark_text(10 / 3) == "Yes (3.3)"


def test_cli_prints_the_persons_own_calibration(desk: Any, capsys: Any) -> None:
    path, _apps = desk
    assert main(["calibration", str(path), "--as", "Amara Okafor"]) == 0
    out = capsys.readouterr().out
    assert "Amara Okafor" in out
    assert "Daniel Okoye: 5 shared candidates" in out
    assert "You rate 1.0 higher than Daniel Okoye on average" in out
    assert "Overall recommendation" in out and "40%" in out and "60%" in out
    assert "not yet meaningful" in out
    assert main(["--as", "Daniel Okoye", "calibration", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["you"] == "Daniel Okoye"
    amara = data["people"][0]
    assert amara["person"] == "Amara Okafor" and amara["shared"] == 5
    assert amara["overall"]["exact_agreement_percent"] == 40
    assert amara["overall"]["mean_difference"] == -1.0
    assert {d["candidate"] for d in amara["differences"]} >= {"Shared Person 2",
                                                              "Shared Person 4"}
