"""Order that merges: one rule for positions (`domain.ordering`), one row written per move,
add or removal, two copies that reorder one list read the same order once combined, and a
format-1 file upgraded to gap-based positions orders as it did."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from hirefile.domain import ordering
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.keys import compact
from hirefile.domain.templates import template
from hirefile.domain.vocab import StageKind, StepKind
from hirefile.services import (
    board,
    candidates,
    interviews,
    listing,
    loops,
    pipeline,
    roles,
    scorecards,
    stages,
)
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage import check
from hirefile.storage import ordering as stored
from hirefile.storage.database import Database
from hirefile.storage.models import (
    LoopStep,
    LoopStepQuestion,
    OnboardingItem,
    RoleStage,
    Scorecard,
)
from hirefile.storage.models.ordered import in_order
from hirefile.ui.commands import apply
from hirefile.ui.commands import roles as cmd

LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")
OMAR = Identity(str(uuid.uuid4()), "Omar Haddad")
FORMAT1 = Path(__file__).parent / "data" / "format1-demo.hirefile.gz"
TABLES = tuple(model.__tablename__ for model in stored.LISTS)


# the rule ------------------------------------------------------------------------------------

def test_a_new_list_is_spread_out_and_ends_extend_by_one_step() -> None:
    assert ordering.spread(4) == [0.0, 1024.0, 2048.0, 3072.0]
    assert ordering.between(None, None) == 0.0
    assert ordering.between(2048.0, None) == 3072.0  # after the last
    assert ordering.between(None, 0.0) == -1024.0  # before the first
    assert ordering.between(0.0, 1024.0) == 512.0  # between two: the midpoint
    assert ordering.between(1.5, 1.75) == 1.625


def test_slot_places_at_an_index_clamped_to_the_list() -> None:
    positions = [0.0, 1024.0, 2048.0]
    assert ordering.slot(positions, 0) == -1024.0
    assert ordering.slot(positions, 1) == 512.0
    assert ordering.slot(positions, 3) == 3072.0
    assert ordering.slot(positions, None) == 3072.0
    assert ordering.slot(positions, 99) == 3072.0
    assert ordering.slot(positions, -5) == -1024.0
    assert ordering.slot([], 2) == 0.0


def test_a_gap_too_small_to_split_asks_for_a_renumbering() -> None:
    assert ordering.between(1.0, 1.0 + ordering.MIN_GAP / 2) is None
    assert ordering.between(5.0, 5.0) is None  # two items that share a position
    lo, hi = 0.0, 1024.0
    splits = 0
    while (middle := ordering.between(lo, hi)) is not None:
        assert lo < middle < hi
        hi, splits = middle, splits + 1
    assert 28 <= splits <= 32  # ~30 insertions at one spot before a list is renumbered
    big = 2.0 ** 60  # where floats are 256 apart, a gap of one float cannot be split
    assert ordering.between(big, big + 256.0) is None


def test_ties_are_broken_by_key() -> None:
    rows = [(512.0, "b"), (512.0, "a"), (0.0, "z")]
    assert sorted(rows) == [(0.0, "z"), (512.0, "a"), (512.0, "b")]


def test_arrange_writes_only_what_is_out_of_place() -> None:
    a, b, c, d = (0.0, "a"), (1024.0, "b"), (2048.0, "c"), (3072.0, "d")
    assert ordering.arrange([a, b, c, d]) == [0.0, 1024.0, 2048.0, 3072.0]
    moved = ordering.arrange([b, c, d, a])  # a to the end: only a changes
    assert moved == [1024.0, 2048.0, 3072.0, 4096.0]
    moved = ordering.arrange([d, a, b, c])  # d to the front
    assert moved == [-1024.0, 0.0, 1024.0, 2048.0]
    moved = ordering.arrange([a, c, b, d])  # one of b, c moves between its neighbours
    assert moved is not None and sorted(moved) == moved
    assert sum(p != q for p, q in zip(moved, [0.0, 2048.0, 1024.0, 3072.0], strict=True)) == 1
    added = ordering.arrange([a, None, None, b])  # two new items between a and b
    assert added is not None and added[0] == 0.0 and added[3] == 1024.0
    assert 0.0 < added[1] < added[2] < 1024.0
    assert ordering.arrange([None, None]) == [0.0, 1024.0]
    assert ordering.arrange([(1.0, "x"), None, (1.0, "y")]) is None  # no room: renumber


# one row per change, on every ordered table ------------------------------------------------

def snapshot(db: Database) -> dict[tuple[str, str], tuple[Any, ...]]:
    """Every row of the ordered tables as stored: (position, deleted_at, updated_at)."""
    with db.engine.connect() as conn:
        return {(t, r[0]): tuple(r[1:]) for t in TABLES for r in conn.exec_driver_sql(
            f"SELECT id, position, deleted_at, updated_at FROM {t}")}


def written(before: dict[tuple[str, str], tuple[Any, ...]],
            after: dict[tuple[str, str], tuple[Any, ...]]) -> list[tuple[str, str]]:
    """The rows added or stamped as changed between two snapshots."""
    return [key for key, row in after.items() if before.get(key, (None, None, None))[2] != row[2]]


@pytest.fixture
def db(db_location: Path | str) -> Iterator[Database]:
    db = create_file(db_location, LENA)  # a file, and a database on PostgreSQL
    yield db
    db.close()


@pytest.fixture
def role_id(db: Database) -> str:
    with db.session() as s:
        return roles.add_role_from_template(s, template("ml_engineer")).id


def stage_names(db: Database, role_id: str) -> list[str]:
    with db.reader() as s:
        return [st.name for st in pipeline.stages_of(s, role_id)]


def step_titles(db: Database, role_id: str) -> list[str]:
    with db.reader() as s:
        return [st.title for st in loops.loop(s, role_id).steps]


def test_stages_move_add_remove_write_one_row_each(db: Database, role_id: str) -> None:
    names = stage_names(db, role_id)
    with db.reader() as s:
        ids = {st.name: st.id for st in pipeline.stages_of(s, role_id)}
    before = snapshot(db)
    with db.session() as s:
        stages.move_stage(s, ids["Onsite"], 1)
    after = snapshot(db)
    assert written(before, after) == [("role_stage", ids["Onsite"])]
    assert stage_names(db, role_id) == [names[0], "Onsite", *[n for n in names[1:]
                                                              if n != "Onsite"]]
    with db.session() as s:
        new = stages.add_stage(s, role_id, "Reference check", after_stage_id=ids["Debrief"]).id
    added = snapshot(db)
    assert written(after, added) == [("role_stage", new)]
    names = stage_names(db, role_id)
    assert names[names.index("Debrief") + 1] == "Reference check"
    with db.session() as s:
        stages.remove_stage(s, ids["Screen"])
    removed = snapshot(db)
    assert written(added, removed) == [("role_stage", ids["Screen"])]
    assert "Screen" not in stage_names(db, role_id)
    with db.session() as s:
        stages.restore_stage(s, ids["Screen"])
    assert written(removed, snapshot(db)) == [("role_stage", ids["Screen"])]
    assert stage_names(db, role_id) == names  # back where it was
    with db.session() as s:
        assert stages.move_stage(s, ids["Onsite"], 1) == after[("role_stage", ids["Onsite"])][0]
    assert written(removed, snapshot(db)) == [("role_stage", ids["Screen"])]  # no-op


def test_loop_steps_and_their_questions_write_one_row_each(db: Database, role_id: str) -> None:
    titles = step_titles(db, role_id)
    with db.reader() as s:
        data = loops.loop(s, role_id)
    first, last = data.steps[0], data.steps[-1]
    before = snapshot(db)
    with db.session() as s:
        loops.move_step(s, last.id, 0)
    moved = snapshot(db)
    assert written(before, moved) == [("loop_step", last.id)]
    assert step_titles(db, role_id) == [titles[-1], *titles[:-1]]
    with db.session() as s:
        new = loops.add_step(s, role_id, kind=StepKind.OTHER, title="Lunch", minutes=60,
                             axes=list(first.axes), index=1).id
    added = snapshot(db)
    assert written(moved, added) == [("loop_step", new)]
    assert step_titles(db, role_id)[1] == "Lunch"
    with db.session() as s:
        loops.remove_step(s, new)
    assert written(added, snapshot(db)) == [("loop_step", new)]

    with db.session() as s:
        link = loops.add_step_question(s, first.id, text="What would you cut first?").id
    with_question = snapshot(db)
    assert [k[0] for k in written(added, with_question)] == ["loop_step", "loop_step_question"]
    with db.reader() as s:
        questions = next(st for st in loops.loop(s, role_id).steps if st.id == first.id).questions
    assert questions[-1].text == "What would you cut first?"
    with db.session() as s:  # the generic move, on the step's questions
        stored.move(s, s.get_one(LoopStepQuestion, link), 0)
    assert written(with_question, snapshot(db)) == [("loop_step_question", link)]
    with db.reader() as s:
        questions = next(st for st in loops.loop(s, role_id).steps if st.id == first.id).questions
    assert questions[0].text == "What would you cut first?"


def test_exit_reasons_write_only_the_reason_that_changed(db: Database) -> None:
    with db.reader() as s:
        reasons = pipeline.exit_reasons(s, StageKind.REJECTED)
    assert len(reasons) >= 3
    before = snapshot(db)
    moved = [*reasons[1:], reasons[0]]
    with db.session() as s:
        pipeline.set_exit_reasons(s, StageKind.REJECTED, moved)
    after = snapshot(db)
    assert len(written(before, after)) == 1
    with db.reader() as s:
        assert pipeline.exit_reasons(s, StageKind.REJECTED) == moved
    with db.session() as s:
        pipeline.set_exit_reasons(s, StageKind.REJECTED, [moved[0], "Went quiet", *moved[1:]])
    added = snapshot(db)
    assert len(written(after, added)) == 1
    with db.session() as s:
        pipeline.set_exit_reasons(s, StageKind.REJECTED, moved[1:])
    assert len(written(added, snapshot(db))) == 2  # the first reason and "Went quiet"
    with db.reader() as s:
        assert pipeline.exit_reasons(s, StageKind.REJECTED) == moved[1:]


def test_question_notes_and_onboarding_items_move_one_row(db: Database, role_id: str) -> None:
    with db.session() as s:
        cid = candidates.create_candidate(s, CandidateDraft(full_name="Bo Chen")).id
        app_id = pipeline.add_application(s, cid, role_id).id
        step = next(st for st in loops.loop(s, role_id).steps if len(st.questions) >= 2)
        interview = interviews.schedule(
            s, app_id, title=step.title, kind=step.kind, starts_at=None, minutes=step.minutes,
            interviewer_ids=[LENA.person_id], loop_step_id=step.id)
        card = scorecards.start(s, interview.id, LENA.person_id)
        for position, text in zip(ordering.spread(3), ("Laptop", "Buddy", "First project"),
                                  strict=True):
            s.add(OnboardingItem(application_id=app_id, text=text, position=position))
        card_id = card.id
    with db.reader() as s:
        notes = [n.question_text for n in s.get_one(Scorecard, card_id).question_notes]
    assert notes == [q.text for q in step.questions]  # in the step's order
    before = snapshot(db)
    with db.session() as s:
        last = s.get_one(Scorecard, card_id).question_notes[-1]
        stored.move(s, last, 0)
        moved_note = last.id
    after = snapshot(db)
    assert written(before, after) == [("scorecard_question_note", moved_note)]
    with db.reader() as s:
        notes_now = [n.question_text for n in s.get_one(Scorecard, card_id).question_notes]
    assert notes_now == [notes[-1], *notes[:-1]]
    with db.session() as s:
        items = list(s.scalars(select(OnboardingItem).where(
            OnboardingItem.application_id == app_id).order_by(*in_order(OnboardingItem))))
        stored.move(s, items[0], 2)
        moved_item = items[0].id
    assert written(after, snapshot(db)) == [("onboarding_item", moved_item)]
    with db.reader() as s:
        rows = s.scalars(select(OnboardingItem.text).where(
            OnboardingItem.application_id == app_id).order_by(*in_order(OnboardingItem)))
        assert list(rows) == ["Buddy", "First project", "Laptop"]


def test_a_used_up_gap_renumbers_that_one_list(db: Database, role_id: str) -> None:
    """Moving the last step to second place again and again halves one gap each time; when
    it is too small, that list (and only it) is spaced out again, in the order it had."""
    with db.reader() as s:
        order = [st.id for st in loops.loop(s, role_id).steps]
    stage_rows = {k: v for k, v in snapshot(db).items() if k[0] == "role_stage"}
    single, renumbered = 0, 0
    for _ in range(40):
        before = snapshot(db)
        with db.session() as s:
            loops.move_step(s, order[-1], 1)
        order.insert(1, order.pop())
        changed = written(before, snapshot(db))
        assert {t for t, _ in changed} == {"loop_step"}
        if len(changed) == 1:
            single += 1
        else:
            renumbered += 1
        with db.reader() as s:
            assert [st.id for st in loops.loop(s, role_id).steps] == order
    assert renumbered == 1 and single == 39
    with db.reader() as s:
        positions = list(s.scalars(select(LoopStep.position).where(
            LoopStep.role_id == role_id).order_by(*in_order(LoopStep))))
    assert all(b - a >= 1.0 for a, b in pairwise(positions))
    assert {k: v for k, v in snapshot(db).items() if k[0] == "role_stage"} == stage_rows


def test_undo_of_a_move_puts_back_the_old_position(db: Database, role_id: str, qapp) -> None:
    stack = QUndoStack()
    with db.reader() as s:
        ids = {st.name: st.id for st in pipeline.stages_of(s, role_id)}
        steps = [st.id for st in loops.loop(s, role_id).steps]
    names = stage_names(db, role_id)
    titles = step_titles(db, role_id)
    start = snapshot(db)
    apply(stack, cmd.MoveStage(db, lambda: None, ids["Technical"], "Technical", 0))
    moved = snapshot(db)
    stack.undo()
    undone = snapshot(db)
    assert written(moved, undone) == [("role_stage", ids["Technical"])]
    key = ("role_stage", ids["Technical"])
    assert undone[key][0] == start[key][0]
    assert stage_names(db, role_id) == names
    stack.redo()
    assert stage_names(db, role_id)[0] == "Technical"

    apply(stack, cmd.MoveStep(db, lambda: None, steps[0], "first", 3))
    before_undo = snapshot(db)
    stack.undo()
    after_undo = snapshot(db)
    assert written(before_undo, after_undo) == [("loop_step", steps[0])]
    assert after_undo[("loop_step", steps[0])][0] == start[("loop_step", steps[0])][0]
    assert step_titles(db, role_id) == titles


# two copies ------------------------------------------------------------------------------------

def combine(a: Path, b: Path) -> None:
    """Merge the two copies into each other (`hirefile merge`), so both hold everything."""
    from hirefile.services.merging import merge_file

    with Database.open(a, LENA) as db:
        merge_file(db, b)
    with Database.open(b, OMAR) as db:
        merge_file(db, a)


def read_orders(path: Path, role_id: str) -> tuple[list[str], list[str], list[str]]:
    with Database.open(path, LENA, write=False) as db, db.reader() as s:
        return ([st.name for st in pipeline.stages_of(s, role_id)],
                [st.title for st in loops.loop(s, role_id).steps],
                pipeline.exit_reasons(s, StageKind.WITHDREW))


@pytest.fixture
def two_copies(tmp_path: Path) -> tuple[Path, Path, str]:
    mine, theirs = tmp_path / "Mine.hirefile", tmp_path / "Theirs.hirefile"
    with create_file(mine, LENA) as db, db.session() as s:
        role_id = roles.add_role_from_template(s, template("ml_engineer")).id
    shutil.copy(mine, theirs)
    return mine, theirs, role_id


def test_two_copies_that_reorder_read_one_order_once_combined(
        two_copies: tuple[Path, Path, str]) -> None:
    mine, theirs, role_id = two_copies
    with Database.open(mine, LENA) as db:
        names, titles = stage_names(db, role_id), step_titles(db, role_id)
        with db.reader() as s:
            ids = {st.name: st.id for st in pipeline.stages_of(s, role_id)}
            steps = {st.title: st.id for st in loops.loop(s, role_id).steps}
            reasons = pipeline.exit_reasons(s, StageKind.WITHDREW)
        with db.session() as s:  # Lena: Onsite right after Sourced, the last step first
            stages.move_stage(s, ids["Onsite"], 1)
            loops.move_step(s, steps[titles[-1]], 0)
            stages.add_stage(s, role_id, "Reference check", after_stage_id=ids["Debrief"])
            pipeline.set_exit_reasons(s, StageKind.WITHDREW, [reasons[-1], *reasons[:-1]])
    with Database.open(theirs, OMAR) as db, db.session() as s:  # Omar, in his copy
        stages.move_stage(s, ids["Debrief"], 1)  # the same place as Lena's Onsite
        loops.move_step(s, steps[titles[0]], len(titles) - 1)  # the first step last
        stages.remove_stage(s, ids["Screen"])
        pipeline.set_exit_reasons(s, StageKind.WITHDREW, [*reasons[1:], reasons[0]])
    combine(mine, theirs)
    ours = read_orders(mine, role_id)
    assert read_orders(theirs, role_id) == ours
    # both moves hold; the two stages put at one place are ordered by key on both sides
    both = sorted(["Onsite", "Debrief"], key=lambda n: ids[n])
    rest = [n for n in names[1:] if n not in ("Onsite", "Debrief", "Screen")]
    rest.insert(rest.index("Offer"), "Reference check")
    assert ours[0] == [names[0], *both, *rest]
    assert ours[1] == [titles[-1], *titles[1:-1], titles[0]]
    assert ours[2] == [reasons[-1], *reasons[1:-1], reasons[0]]
    for path in (mine, theirs):
        report = check.check_file(path)
        assert report.ok, report.problems


def test_the_same_move_on_both_sides_gives_the_same_order(
        two_copies: tuple[Path, Path, str]) -> None:
    mine, theirs, role_id = two_copies
    with Database.open(mine, LENA) as db:
        with db.reader() as s:
            ids = [st.id for st in pipeline.stages_of(s, role_id)]
        names = stage_names(db, role_id)
    for path, who in ((mine, LENA), (theirs, OMAR)):
        with Database.open(path, who) as db, db.session() as s:
            stages.move_stage(s, ids[3], 0)
    combine(mine, theirs)
    expected = [names[3], *names[:3], *names[4:]]
    assert read_orders(mine, role_id)[0] == read_orders(theirs, role_id)[0] == expected


# format 1 --------------------------------------------------------------------------------------

def ordered_rows(path: Path) -> dict[str, list[tuple[str, Any]]]:
    """Per ordered table, (list, id) in the order the app reads them."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(
            f"SELECT {stored.LISTS[m]}, id, position FROM {t} "
            f"ORDER BY {stored.LISTS[m]}, position, id").fetchall()
            for m, t in zip(stored.LISTS, TABLES, strict=True)}
    finally:
        conn.close()


def columns_of(path: Path) -> dict[str, list[tuple[str, int]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: sorted((r[1], r[3]) for r in conn.execute(f"PRAGMA table_info({t})"))
                for t in TABLES}
    finally:
        conn.close()


@pytest.fixture
def format1_file(tmp_path: Path) -> Path:
    target = tmp_path / "Old.hirefile"
    with gzip.open(FORMAT1) as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def test_a_format1_file_keeps_its_order_with_room_between(format1_file: Path,
                                                          tmp_path: Path) -> None:
    before = ordered_rows(format1_file)
    assert sum(len(rows) for rows in before.values()) > 50
    with Database.open(format1_file, LENA):
        pass
    after = ordered_rows(format1_file)
    for table, rows in before.items():
        # the same order in each list, with room between; keys in format 6's shape
        moved = sorted(((compact(lst), compact(key), position * 1024)
                        for lst, key, position in rows), key=lambda r: (r[0], r[2], r[1]))
        assert [tuple(r) for r in after[table]] == moved, table
    new = tmp_path / "New.hirefile"
    create_file(new, LENA).close()
    assert columns_of(format1_file) == columns_of(new)  # same columns, NOT NULL alike
    for path in (format1_file, new):
        report = check.check_file(path)
        assert report.ok, report.problems
    with Database.open(new, LENA, write=False) as db, db.reader() as s:
        fresh = {k: pipeline.exit_reasons(s, k) for k in (StageKind.REJECTED,
                                                          StageKind.WITHDREW)}
    with Database.open(format1_file, LENA, write=False) as db, db.reader() as s:
        upgraded = {k: pipeline.exit_reasons(s, k) for k in fresh}
    assert upgraded == fresh  # the seeded lists read in the same order in both


def test_an_upgraded_file_takes_positions_between_its_old_ones(format1_file: Path) -> None:
    with Database.open(format1_file, LENA) as db:
        with db.reader() as s:
            role_id = s.scalars(select(LoopStep.role_id)).first()
            assert role_id is not None
            names = stage_names(db, role_id)
            ids = [st.id for st in pipeline.stages_of(s, role_id)]
        with db.session() as s:
            stages.move_stage(s, ids[-1], 1)
        with db.reader() as s:
            positions = [st.position for st in pipeline.stages_of(s, role_id)]
        assert positions[:3] == [0.0, 512.0, 1024.0]
        assert all(isinstance(p, float) for p in positions)
        assert stage_names(db, role_id) == [names[0], names[-1], *names[1:-1]]
    report = check.check_file(format1_file)
    assert report.ok, report.problems


@pytest.mark.parametrize("backend", ["sqlite"])  # the file's own check
def test_check_flags_a_position_that_is_not_a_number(db: Database, role_id: str,
                                                      backend: str) -> None:
    path = db.path
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE role_stage SET position = 'second' WHERE id = "
                 "(SELECT id FROM role_stage LIMIT 1)")
    conn.commit()
    conn.close()
    report = check.check_file(path)
    assert not report.ok
    assert any("role_stage.position (1)" in p for p in report.problems)


def test_every_reader_shows_stages_in_one_order_even_when_two_share_a_position(
        db: Database, role_id: str) -> None:
    """Pipeline, board columns, stage editor, stage counts and the table sorted by stage all
    read (position, key): two stages that a merge left at one position read alike in each."""
    with db.reader() as s:
        ids = {st.name: st.id for st in pipeline.stages_of(s, role_id)}
    with db.session() as s:
        for n, name in enumerate(("Ana", "Bo")):
            cid = candidates.create_candidate(s, CandidateDraft(full_name=name)).id
            app = pipeline.add_application(s, cid, role_id)
            pipeline.move(s, app.id, ids["Screen" if n == 0 else "Technical"])
        for name in ("Screen", "Technical"):  # as a merge of two copies might leave them
            s.get_one(RoleStage, ids[name]).position = 5000.0
    first, second = sorted(["Screen", "Technical"], key=ids.__getitem__)
    with db.reader() as s:
        names = [st.name for st in pipeline.stages_of(s, role_id)]
        assert names.index(first) + 1 == names.index(second)
        assert [c.name for c in board.columns(s, board.BoardFilter(role_id=role_id))] == names
        assert [i.name for i in stages.stage_infos(s, role_id)] == names
        assert [i.index for i in stages.stage_infos(s, role_id)] == list(range(len(names)))
        assert [n for n, _ in listing.stage_counts(s, role_id)] == [first, second]
        rows = listing.application_rows(s, listing.application_ids(s, role_id=role_id))
        table = [rows[i].stage for i in listing.application_ids(s, role_id=role_id)]
        assert table == [first, second]
