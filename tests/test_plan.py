"""The hiring plan: each hint's rule on constructed plans, the order kept in the file, and two
copies that reorder the plan reading one order once combined."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from hirefile import cli
from hirefile.domain import plan as rules
from hirefile.domain.plan import PlannedRole
from hirefile.domain.templates import template
from hirefile.domain.vocab import CompanyStage, EmploymentType, Level, RoleStatus, Track
from hirefile.services import plan, roles
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage import check
from hirefile.storage.database import Database

TODAY = date(2026, 12, 6)
LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")
OMAR = Identity(str(uuid.uuid4()), "Omar Haddad")


def role(key: str, track: Track, status: RoleStatus = RoleStatus.OPEN, *,
         kind: EmploymentType = EmploymentType.FULL_TIME, level: Level | None = None,
         headcount: int = 1, start: date | None = None) -> PlannedRole:
    return PlannedRole(key, key.title(), track, status, kind, level, headcount, start)


def fired(rule: rules.Rule, plan_: list[PlannedRole],
          stage: CompanyStage | None = None) -> list[tuple[str, ...]]:
    return [h.role_ids for h in rule(plan_, stage, TODAY)]


# the rules, one by one -------------------------------------------------------------------------

def test_a_scientist_before_any_data_or_ml_engineering_is_hinted() -> None:
    sci = role("sci", Track.DATA_SCIENTIST)
    assert fired(rules.scientist_before_data, [sci, role("mle", Track.ML_ENGINEER)]) == \
        [("sci",)]
    assert fired(rules.scientist_before_data, [role("de", Track.DATA_ENGINEER), sci]) == []
    # an engineer already hired (filled) counts as in place, wherever the plan lists them
    assert fired(rules.scientist_before_data,
                 [sci, role("mle", Track.ML_ENGINEER, RoleStatus.FILLED)]) == []
    # MLOps alone is not data engineering
    assert fired(rules.scientist_before_data, [role("ops", Track.MLOPS), sci]) == [("sci",)]


def test_at_seed_a_specialist_first_is_hinted_and_a_generalist_first_is_not() -> None:
    plan_ = [role("ops", Track.MLOPS), role("mle", Track.ML_ENGINEER)]
    assert fired(rules.seed_generalist_first, plan_, CompanyStage.SEED) == [("ops",)]
    assert fired(rules.seed_generalist_first, plan_, CompanyStage.PMF) == []
    assert fired(rules.seed_generalist_first, plan_[::-1], CompanyStage.SEED) == []
    assert fired(rules.seed_generalist_first, [], CompanyStage.SEED) == []
    # a generalist already hired, or a fractional specialist: nothing to say
    hired = role("mle", Track.ML_ENGINEER, RoleStatus.FILLED)
    assert fired(rules.seed_generalist_first, [plan_[0], hired], CompanyStage.SEED) == []
    part = role("ops", Track.MLOPS, kind=EmploymentType.FRACTIONAL)
    assert fired(rules.seed_generalist_first, [part, plan_[1]], CompanyStage.SEED) == []
    # a specialist already hired does not count as the next hire
    done = role("ops", Track.MLOPS, RoleStatus.FILLED, kind=EmploymentType.FRACTIONAL)
    assert fired(rules.seed_generalist_first, [done, role("de", Track.DATA_ENGINEER)],
                 CompanyStage.SEED) == [("de",)]


def test_at_seed_full_time_specialists_are_hinted_to_start_part_time() -> None:
    plan_ = [role("mle", Track.ML_ENGINEER), role("de", Track.DATA_ENGINEER),
             role("ops", Track.MLOPS, kind=EmploymentType.FRACTIONAL)]
    assert fired(rules.seed_specialists_part_time, plan_, CompanyStage.SEED) == [("de",)]
    assert fired(rules.seed_specialists_part_time, plan_, CompanyStage.GROWTH) == []


def test_two_model_builders_before_mlops_are_hinted() -> None:
    mle, sci = role("mle", Track.ML_ENGINEER), role("sci", Track.DATA_SCIENTIST)
    ops = role("ops", Track.MLOPS)
    assert fired(rules.mlops_early, [mle, sci]) == [("mle",)]
    assert fired(rules.mlops_early, [mle, sci, ops]) == [("mle",)]  # MLOps comes too late
    assert fired(rules.mlops_early, [mle, ops, sci]) == []
    assert fired(rules.mlops_early, [mle]) == []
    both_hired = [role("a", Track.ML_ENGINEER, RoleStatus.FILLED),
                  role("b", Track.ML_ENGINEER, RoleStatus.FILLED)]
    assert fired(rules.mlops_early, both_hired) == []
    assert fired(rules.mlops_early, [*both_hired, sci]) == [("sci",)]


def test_a_full_time_ml_lead_before_growth_is_hinted() -> None:
    lead = role("lead", Track.ML_LEAD)
    assert fired(rules.lead_fractional, [lead], CompanyStage.SEED) == [("lead",)]
    assert fired(rules.lead_fractional, [lead], None) == [("lead",)]
    assert fired(rules.lead_fractional, [lead], CompanyStage.GROWTH) == []
    interim = role("lead", Track.ML_LEAD, kind=EmploymentType.FRACTIONAL)
    assert fired(rules.lead_fractional, [interim], CompanyStage.SEED) == []


def test_more_open_places_than_two_founders_can_run_are_hinted() -> None:
    three = [role(k, Track.ML_ENGINEER) for k in "abc"]
    assert fired(rules.too_many_at_once, three) == []
    assert fired(rules.too_many_at_once, [*three, role("d", Track.MLOPS, RoleStatus.DRAFT)]) \
        == []
    hint = rules.too_many_at_once([*three[:2], role("c", Track.MLOPS, headcount=2)], None,
                                  TODAY)
    assert [h.role_ids for h in hint] == [("a", "b", "c")]
    assert hint[0].text == "4 people to hire at once in 3 open roles"


def test_at_growth_a_plan_without_a_senior_is_hinted() -> None:
    plan_ = [role("a", Track.ML_ENGINEER), role("b", Track.DATA_ENGINEER)]
    assert fired(rules.growth_seniors, plan_, CompanyStage.GROWTH) == [("a", "b")]
    assert fired(rules.growth_seniors, plan_, CompanyStage.SEED) == []
    senior = [*plan_, role("c", Track.ML_LEAD, level=Level.LEAD)]
    assert fired(rules.growth_seniors, senior, CompanyStage.GROWTH) == []


def test_dates_that_disagree_with_the_order_are_hinted_on_both_roles() -> None:
    a = role("a", Track.ML_ENGINEER, start=date(2027, 3, 1))
    b = role("b", Track.MLOPS, start=date(2027, 2, 1))
    c = role("c", Track.DATA_ENGINEER, start=date(2027, 4, 1))
    assert fired(rules.dates_out_of_order, [a, b, c]) == [("b", "a")]
    assert fired(rules.dates_out_of_order, [b, a, c]) == []
    assert fired(rules.dates_out_of_order, [a, role("x", Track.OTHER), b]) == [("b", "a")]


def test_a_passed_target_date_and_a_draft_due_soon_are_hinted() -> None:
    late = role("late", Track.ML_ENGINEER, start=TODAY - timedelta(days=1))
    hired = role("hired", Track.ML_ENGINEER, RoleStatus.FILLED, start=TODAY - timedelta(30))
    assert fired(rules.date_passed, [late, hired]) == [("late",)]
    soon = role("soon", Track.MLOPS, RoleStatus.DRAFT, start=TODAY + timedelta(weeks=6))
    later = role("later", Track.MLOPS, RoleStatus.DRAFT, start=TODAY + timedelta(weeks=12))
    opened = role("open", Track.MLOPS, RoleStatus.OPEN, start=TODAY + timedelta(weeks=6))
    assert fired(rules.open_soon, [soon, later, opened]) == [("soon",)]


def test_dismissed_hints_are_left_out_on_their_first_role_only() -> None:
    plan_ = [role("sci", Track.DATA_SCIENTIST), role("sci2", Track.DATA_SCIENTIST)]
    shown = rules.hints(plan_, None, TODAY, {"sci": frozenset({"scientist_before_data"})})
    assert [h.role_ids for h in shown if h.rule == "scientist_before_data"] == [("sci2",)]


# the plan in the file --------------------------------------------------------------------------

@pytest.fixture
def planned(db_location: Path | str) -> tuple[Path | str, dict[str, str]]:
    path = db_location  # a file, and a database on PostgreSQL
    with create_file(path, LENA) as db, db.session() as s:
        ids = {key: roles.add_role_from_template(s, template(key)).id
               for key in ("data_scientist", "ml_engineer", "mlops", "ml_lead")}
    return path, ids


def titles(path: Path | str) -> list[str]:
    with Database.open(path, LENA, write=False) as db, db.reader() as s:
        return [r.title for r in plan.read_plan(s, TODAY).rows]


def test_the_plan_starts_in_the_order_roles_were_made_and_keeps_a_move(
        planned: tuple[Path, dict[str, str]]) -> None:
    path, ids = planned
    first = titles(path)
    assert len(first) == 4
    with Database.open(path, LENA) as db:
        with db.session() as s:
            plan.move_role(s, ids["ml_engineer"], 0)
            plan.set_stage(s, CompanyStage.SEED)
            plan.set_target_start(s, ids["mlops"], date(2027, 5, 1))
        with db.reader() as s:
            p = plan.read_plan(s, TODAY)
    assert [r.title for r in p.rows] == [first[1], first[0], first[2], first[3]]
    assert p.stage is CompanyStage.SEED
    assert p.rows[2].target_start == date(2027, 5, 1)
    # a lead at seed, full time: hinted beside the lead's row
    lead = next(r for r in p.rows if r.id == ids["ml_lead"])
    assert [h.rule for h in lead.hints] == ["lead_fractional"]
    # dismissed: gone from the plan and from the row, counted
    with Database.open(path, LENA) as db:
        with db.session() as s:
            plan.dismiss(s, lead.hints[0])
        with db.reader() as s:
            again = plan.read_plan(s, TODAY)
    assert "lead_fractional" not in [h.rule for h in again.hints]
    assert again.dismissed == 1
    # closed roles leave the plan
    with Database.open(path, LENA) as db, db.session() as s:
        roles.live_role(s, ids["ml_lead"]).status = RoleStatus.CLOSED
    assert len(titles(path)) == 3


def test_moving_one_role_again_writes_that_role_alone(
        planned: tuple[Path, dict[str, str]]) -> None:
    path, ids = planned
    with Database.open(path, LENA) as db:
        with db.session() as s:
            plan.move_role(s, ids["mlops"], 0)
        with db.reader() as s:
            before = {r.id: r.plan_position for r in map(
                lambda i: roles.live_role(s, i), ids.values())}
        with db.session() as s:
            plan.move_role(s, ids["ml_lead"], 1)
        with db.reader() as s:
            after = {i: roles.live_role(s, i).plan_position for i in ids.values()}
    changed = [i for i in ids.values() if before[i] != after[i]]
    assert changed == [ids["ml_lead"]]


@pytest.mark.parametrize("backend", ["sqlite"])  # copies of a file
def test_two_copies_that_reorder_the_plan_read_one_order_once_combined(
        planned: tuple[Path, dict[str, str]], tmp_path: Path, backend: str) -> None:
    from hirefile.services.merging import merge_file

    mine, ids = planned
    with Database.open(mine, LENA) as db, db.session() as s:  # the plan ordered once
        plan.move_role(s, ids["ml_engineer"], 0)
    theirs = tmp_path / "Theirs.hirefile"
    shutil.copy(mine, theirs)
    with Database.open(mine, LENA) as db, db.session() as s:  # Lena: MLOps first
        plan.move_role(s, ids["mlops"], 0)
    with Database.open(theirs, OMAR) as db, db.session() as s:  # Omar: the lead second
        plan.move_role(s, ids["ml_lead"], 1)
    with Database.open(mine, LENA) as db:
        merge_file(db, theirs)
    with Database.open(theirs, OMAR) as db:
        merge_file(db, mine)
    ours = titles(mine)
    assert titles(theirs) == ours
    by_id = {v: k for k, v in ids.items()}
    with Database.open(mine, LENA, write=False) as db, db.reader() as s:
        keys = [by_id[r.id] for r in plan.read_plan(s, TODAY).rows]
    assert keys[0] == "mlops" and keys.index("ml_lead") < keys.index("data_scientist")
    for path in (mine, theirs):
        assert check.check_file(path).ok


def test_hirefile_plan_prints_the_plan_and_hints(
        planned: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = planned
    with Database.open(path, LENA) as db, db.session() as s:
        plan.set_stage(s, CompanyStage.SEED)
    assert cli.main(["plan", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Company stage: Seed" in out
    assert "1. " in out and "4. " in out
    assert "Plan a data or ML engineer before" in out
    assert cli.main(["plan", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["stage"] == "seed"
    assert [r["id"] for r in data["roles"]] == list(ids.values())
    assert any(h["rule"] == "scientist_before_data" and h["roles"] == [ids["data_scientist"]]
               for h in data["hints"])
