"""Random sequences of edits on two and three copies of one file, then merged: nothing added is
lost, every order of merging gives the same file, merging again changes nothing, conflicts are
reported exactly where both copies changed one field, and the result is sound."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from hirefile.services import candidates as candidate_service
from hirefile.services import dedupe, pipeline
from hirefile.services import stages as stage_service
from hirefile.services.demo import load_demo
from hirefile.services.files import create_file
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage import check, clock
from hirefile.storage.database import Database
from hirefile.storage.merge import tracked_tables
from hirefile.storage.models import Application, Candidate, Role, RoleStage
from hirefile.storage.types import utcnow

PEOPLE = [Identity(str(uuid.UUID(int=i + 1, version=4)), name)
          for i, name in enumerate(("Lena Hoffmann", "Daniel Okoye", "Mia Tanaka"))]
FIELDS = ("location", "notes", "phone", "current_title")
VALUES = ("Lagos", "Łódź", "remote", "")
TAGS = ("ml", "infra", "ML", "later")
BOOKKEEPING = {"meta", "replica", "merge_record", "id_alias"}
STAMPS = {"created_at", "created_by", "updated_at", "updated_by", "row_clock", "field_clocks"}

op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 7), st.sampled_from(FIELDS),
              st.sampled_from(VALUES)),
    st.tuples(st.just("add"), st.sampled_from(("Chidi Eze", "王磊", "Zoë Kowalczyk"))),
    st.tuples(st.just("remove"), st.integers(0, 7)),
    st.tuples(st.just("tag"), st.integers(0, 7), st.sampled_from(TAGS)),
    st.tuples(st.just("untag"), st.integers(0, 7), st.sampled_from(TAGS)),
    st.tuples(st.just("move"), st.integers(0, 7), st.integers(0, 9)),
    st.tuples(st.just("dedupe"), st.integers(0, 7), st.integers(0, 7)),
    st.tuples(st.just("reorder"), st.integers(0, 5), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("add_stage"), st.integers(0, 5), st.sampled_from(("Take-home",
                                                                         "Founder chat"))),
)
ops = st.lists(op, max_size=8)



@pytest.fixture(scope="module")
def template() -> Iterator[Path]:
    """A small demo file: 6 candidates in 6 roles' pipelines, tags, interviews, scorecards."""
    with tempfile.TemporaryDirectory() as folder:
        db = create_file(Path(folder) / "base.hirefile", PEOPLE[0])
        try:
            load_demo(db, candidates=6, seed=3)
        finally:
            db.close()
        yield db.path


def apply(db: Database, steps: list[tuple[Any, ...]]) -> None:
    for n, step in enumerate(steps):
        with db.session() as s:
            ids = s.scalars(select(Candidate.id).where(Candidate.deleted_at.is_(None))
                            .order_by(Candidate.id)).all()
            if not ids:
                return
            who = ids[step[1] % len(ids)] if isinstance(step[1], int) else None
            if step[0] in ("reorder", "add_stage"):
                roles = s.scalars(select(Role.id).order_by(Role.id)).all()
                role = roles[step[1] % len(roles)]
                if step[0] == "add_stage":
                    if step[2].casefold() not in {n.casefold() for n in s.scalars(
                            select(RoleStage.name).where(RoleStage.role_id == role,
                                                         RoleStage.deleted_at.is_(None)))}:
                        stage_service.add_stage(s, role, step[2])
                    continue
                ids = s.scalars(select(RoleStage.id).where(
                    RoleStage.role_id == role, RoleStage.deleted_at.is_(None))
                    .order_by(RoleStage.id)).all()
                stage_service.move_stage(s, ids[step[2] % len(ids)], step[3] % len(ids))
            elif step[0] == "edit":
                c = s.get(Candidate, who)
                setattr(c, step[2], step[3] or None if step[2] != "notes" else step[3])
            elif step[0] == "add":  # a key made from who and when, so examples replay
                key = uuid.uuid5(uuid.NAMESPACE_URL, f"{db.identity.person_id}:{n}")
                s.add(Candidate(id=str(key), full_name=step[1]))
            elif step[0] == "dedupe":
                other = ids[step[2] % len(ids)]
                if other != who:
                    dedupe.merge(s, who, other)
            elif step[0] == "remove":
                candidate_service.remove_candidate(s, who)
            elif step[0] in ("tag", "untag"):
                have = set(candidate_service.tags_of(s, who))
                want = have | {step[2]} if step[0] == "tag" else {
                    t for t in have if t.casefold() != step[2].casefold()}
                candidate_service.set_tags(s, who, want)
            elif step[0] == "move":
                app = s.scalars(select(Application).where(
                    Application.candidate_id == who, Application.deleted_at.is_(None))
                    .order_by(Application.id)).first()
                if app is None:
                    continue
                stages = s.scalars(select(RoleStage).where(
                    RoleStage.role_id == app.role_id, RoleStage.deleted_at.is_(None),
                    RoleStage.id != app.stage_id).order_by(RoleStage.id)).all()
                target = stages[step[2] % len(stages)]
                pipeline.move(s, app.id, target.id, reason="Not a fit for now",
                              at=utcnow())


def copy_of(template: Path, folder: Path, name: str) -> Path:
    target = folder / name / "Hiring.hirefile"
    target.parent.mkdir(parents=True)
    shutil.copy(template, target)
    return target


def rows(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Every merged table's rows by key, all columns, straight from the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return {t.name: {r["id"]: dict(r) for r in conn.execute(f'SELECT * FROM "{t.name}"')}
                for t in tracked_tables()}
    finally:
        conn.close()


def content(path: Path) -> dict[str, set[tuple[Any, ...]]]:
    """What a person keeps: every row but bookkeeping, without stamps and clocks, and of a
    removal that it happened (two copies that removed one record at two instants may keep
    either instant until they next merge; both keep it removed)."""
    out = {}
    for table, by_id in rows(path).items():
        if table in BOOKKEEPING:
            continue
        out[table] = {tuple(sorted((k, repr(v if k != "deleted_at" else v is not None))
                                   for k, v in r.items() if k not in STAMPS))
                      for r in by_id.values()
                      # each merge's own entry is bookkeeping too
                      if not (table == "activity" and r["subject_table"] == "merge_record")}
    return out


def changed_fields(base: dict[str, Any], now: dict[str, Any]) -> set[str]:
    """Fields whose clock moved since the common base (changed, knowing nothing else)."""
    def clocks(r: dict[str, Any]) -> dict[str, str]:
        import json

        own = json.loads(r["field_clocks"]) if r["field_clocks"] else {}
        return own
    before, after = clocks(base), clocks(now)
    return {f for f, c in after.items() if before.get(f) != c}


def expected_conflicts(base: Path, a: Path, b: Path) -> set[tuple[str, str, str]]:
    """(table, id, field) changed on both copies since the base, to different values."""
    r0, ra, rb = rows(base), rows(a), rows(b)
    out = set()
    for table in ra:
        for key in ra[table].keys() & rb[table].keys() & r0[table].keys():
            both = changed_fields(r0[table][key], ra[table][key]) & changed_fields(
                r0[table][key], rb[table][key])
            for f in both:
                va, vb = ra[table][key][f], rb[table][key][f]
                if va != vb and not (f == "deleted_at" and va and vb):
                    out.add((table, key, f))
    return out


def open_as(path: Path, who: int) -> Database:
    return Database.open(path, PEOPLE[who])


def merged(into: Path, who: int, *others: Path) -> list[Any]:
    results = []
    with open_as(into, who) as db:
        for other in others:
            results.append(merge_file(db, other))
    return results


#: More with HIREFILE_MERGE_EXAMPLES=500 (and derandomize off) when changing the merge.
EXAMPLES = int(os.environ.get("HIREFILE_MERGE_EXAMPLES", "12"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 12,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(mine=ops, theirs=ops)
@example(  # both merged different pairs of people: an application kept no history of its own
    mine=[("tag", 5, "infra"), ("add", "Chidi Eze"), ("dedupe", 3, 1), ("add", "王磊"),
          ("add", "Chidi Eze"), ("add_stage", 0, "Take-home"), ("dedupe", 5, 3), ("move", 3, 8)],
    theirs=[("add", "Chidi Eze"), ("add_stage", 1, "Founder chat"), ("remove", 0),
            ("dedupe", 3, 1), ("tag", 0, "ML"), ("untag", 7, "ML"),
            ("add_stage", 3, "Take-home"), ("untag", 3, "ML")])
def test_two_copies_merge_either_way_to_the_same_file(
        template: Path, mine: list[Any], theirs: list[Any]) -> None:
    two_copies_merge_either_way(template, mine, theirs)


def two_copies_merge_either_way(template: Path, mine: list[Any], theirs: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a, b = copy_of(template, folder, "a"), copy_of(template, folder, "b")
        with open_as(a, 0) as db:
            apply(db, mine)
        with open_as(b, 1) as db:
            apply(db, theirs)
        expected = expected_conflicts(template, a, b)
        ab, ba = copy_of(a, folder, "ab"), copy_of(b, folder, "ba")
        ids_before = {t: set(r) for t, r in rows(a).items()}
        for t, r in rows(b).items():
            ids_before[t] |= set(r)
        [result] = merged(ab, 0, b)
        merged(ba, 0, a)
        assert content(ab) == content(ba)  # commutative
        after = rows(ab)
        aliases = set(after["id_alias"])
        for t, keys in ids_before.items():  # nothing added on either side is lost
            assert keys <= set(after[t]) | aliases, t
        reported = {(c.kind, c.id, c.field) for c in result.outcome.conflicts}
        assert reported == expected
        [again] = merged(ab, 0, b)
        assert not again.outcome.anything  # idempotent
        [own_past] = merged(ab, 0, a)
        assert not own_past.outcome.anything  # a copy's own older snapshot adds nothing
        report = check.check_file(ab)
        assert report.ok, report.problems


@SETTINGS
@given(first=ops, second=ops, third=ops)
def test_three_copies_merged_in_any_order_converge(
        template: Path, first: list[Any], second: list[Any], third: list[Any]) -> None:
    three_copies_converge(template, first, second, third)


def test_a_copy_edits_a_record_another_merged_into_someone_else(template: Path) -> None:
    three_copies_converge(template, [], [("edit", 0, "location", "Lagos"), ("dedupe", 0, 1)],
                          [("edit", 1, "location", "Lagos")])


def test_a_candidate_merge_meets_removals_of_the_kept_person_on_two_copies(
        template: Path) -> None:
    three_copies_converge(template, [("add", "Chidi Eze"), ("dedupe", 0, 2)],
                          [("remove", 0), ("remove", 0)], [("edit", 1, "location", "Lagos")])


def three_copies_converge(template: Path, first: list[Any], second: list[Any],
                          third: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        copies = [copy_of(template, folder, n) for n in ("a", "b", "c")]
        for who, (path, steps) in enumerate(zip(copies, (first, second, third), strict=True)):
            with open_as(path, who) as db:
                apply(db, steps)
        a, b, c = copies
        one = copy_of(a, folder, "abc")
        merged(one, 0, b, c)
        two = copy_of(c, folder, "cba")
        merged(two, 0, b, a)
        three = copy_of(b, folder, "b-ca")
        merged(three, 0, c)
        merged(three, 0, a)
        for path in (one, two, three):
            report = check.check_file(path)
            assert report.ok, report.problems
        assert content(one) == content(two) == content(three)
        assert clock.LEGACY  # the legacy replica exists for format-1 rows


def test_the_property_tests_really_edit_both_copies(template: Path, tmp_path: Path) -> None:
    """The sequences above change the files (a sequence that did nothing would pass anything)."""
    a = copy_of(template, tmp_path, "a")
    with open_as(a, 0) as db:
        apply(db, [("edit", 1, "location", "Lagos"), ("add", "王磊"), ("tag", 2, "ml"),
                   ("move", 3, 1), ("remove", 4), ("reorder", 0, 1, 3),
                   ("add_stage", 1, "Take-home"), ("dedupe", 0, 1)])
    assert content(a) != content(template)
    assert len(rows(a)["candidate"]) == len(rows(template)["candidate"]) + 1


def test_two_copies_merge_the_same_two_people_each_keeping_the_other(template: Path) -> None:
    two_copies_merge_either_way(template, [("dedupe", 0, 1)], [("dedupe", 1, 0)])


def test_two_copies_merge_crossed_pairs_of_people(template: Path) -> None:
    """Each copy moved another person's application onto the one kept: two live applications
    of one person to one role meet, and fold into one."""
    two_copies_merge_either_way(
        template,
        [("edit", 0, "location", "Lagos"), ("add", "Chidi Eze"), ("remove", 4),
         ("edit", 0, "location", "Lagos"), ("dedupe", 0, 1), ("add", "Chidi Eze"),
         ("add", "Chidi Eze")],
        [("add_stage", 4, "Take-home"), ("dedupe", 5, 2), ("add_stage", 4, "Take-home"),
         ("dedupe", 0, 4)])


def test_three_copies_merge_one_person_three_ways(template: Path) -> None:
    three_copies_converge(template, [("dedupe", 0, 1)], [("dedupe", 1, 2)], [("dedupe", 2, 0)])


def test_three_copies_where_a_merged_persons_tag_meets_a_tag_of_the_kept_one(
        template: Path) -> None:
    """A row re-pointed by the merge takes the key of another row (the same tag on one person,
    kept unique over removed rows too): the two fold into one instead of stopping the merge."""
    three_copies_converge(
        template,
        [("tag", 4, "infra"), ("remove", 7), ("edit", 6, "notes", "Łódź"), ("reorder", 2, 8, 7),
         ("move", 4, 3), ("untag", 0, "infra"), ("dedupe", 4, 2)],
        [("tag", 7, "ml"), ("tag", 4, "infra"), ("tag", 3, "ML"), ("untag", 0, "ML"),
         ("add_stage", 3, "Take-home"), ("edit", 2, "phone", "remote"),
         ("add_stage", 1, "Take-home"), ("untag", 2, "ml")],
        [("dedupe", 5, 4), ("edit", 2, "location", "remote"), ("remove", 7), ("move", 3, 9),
         ("dedupe", 3, 0), ("tag", 4, "later"), ("move", 3, 8), ("add", "Zoë Kowalczyk")])
