"""The blind first pass: masked candidates (nothing identifying in any field, URLs and file
names included), an order stable per pass and different per grader, grades landing in the
grader's own scorecard or portfolio review, and names revealed only at the end."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import (
    Axis,
    CheckResult,
    LinkKind,
    PortfolioCheck,
    ScorecardStatus,
    StepKind,
)
from hirefile.errors import HirefileError, ValidationError
from hirefile.services import (
    assessments,
    attachments,
    blind,
    candidates,
    interviews,
    loops,
    pipeline,
)
from hirefile.services import blind_grading as grading
from hirefile.services import scorecards as sc
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Person, PortfolioReview, Scorecard

ADA = Identity(str(uuid.uuid4()), "Ada Obi", "ada@example.org")
KENJI = Identity(str(uuid.uuid4()), "Kenji Watanabe", "kenji@example.jp")

#: (full name, e-mail, GitHub handle): names from several scripts.
PEOPLE = (
    ("Nguyễn Thị Minh Khai", "minh.khai@example.vn", "minhkhai-dev"),
    ("Søren Kierkegaard-Holm", "soren@holm.dk", "skholm"),
    ("王磊", "wanglei@example.cn", "wanglei88"),
    ("Amira Haddad", "amira.haddad@example.org", "amirah"),
    ("Oluwaseun Adeyemi", "seun@adeyemi.ng", "seunade"),
)


@pytest.fixture
def db(tmp_path: Path):
    db = create_file(tmp_path / "Hiring.hirefile", ADA)
    with db.session() as s:
        s.add(Person(id=KENJI.person_id, name=KENJI.name, email=KENJI.email))
    yield db
    db.close()


def _people(db: Database, key: str, stage: str) -> tuple[str, list[str]]:
    """A role from the template and the five people in `stage`: (role id, application ids)."""
    with db.session() as s:
        role = add_role_from_template(s, template(key))
        ids = []
        for name, email, handle in PEOPLE:
            c = candidates.create_candidate(s, CandidateDraft(
                full_name=name, email=email, github_url=f"https://github.com/{handle}",
                linkedin_url=f"https://www.linkedin.com/in/{handle}",
                portfolio_url=f"https://{handle}.dev/projects",
                links=[(LinkKind.PAPER, f"https://arxiv.org/abs/2401.{len(ids):05d}", ""),
                       (LinkKind.EMAIL, f"{handle}@private.example", "")]))
            ids.append(pipeline.add_application(
                s, c.id, role.id, stage=pipeline.stage_named(s, role.id, stage)).id)
        return role.id, ids


@pytest.fixture
def take_home(db: Database, tmp_path: Path) -> tuple[str, list[str]]:
    """Data engineers in Technical, each with the take-home set and a file handed in (named
    after them), and a CV kept before the take-home (not work)."""
    role_id, app_ids = _people(db, "data_engineer", "Technical")
    for (name, _email, handle), app_id in zip(PEOPLE, app_ids, strict=True):
        cv = tmp_path / f"CV {name}.pdf"
        cv.write_bytes(b"%PDF-1.4 not really")
        work = tmp_path / f"{handle}_{name}_ingestion.zip"
        work.write_bytes(b"PK" + name.encode() * 20)
        with db.session() as s:
            app = pipeline.live_application(s, app_id)
            attachments.attach_file(s, app.candidate_id, cv)
        with db.session() as s:
            step = next(st for st in loops.loop(s, role_id).steps
                        if st.kind is StepKind.TAKE_HOME)
            interviews.schedule(s, app_id, title=f"{step.title} for {name}",
                                kind=step.kind, loop_step_id=step.id, starts_at=None,
                                minutes=step.minutes, interviewer_ids=[ADA.person_id],
                                link=f"https://github.com/{handle}/ingestion")
        with db.session() as s:
            attachments.attach_file(s, pipeline.live_application(s, app_id).candidate_id, work)
    return role_id, app_ids


def _words(value: Any) -> str:
    """Every string inside a dataclass, mapping or tuple, lower-cased, joined."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _words(dataclasses.asdict(value))
    if isinstance(value, dict):
        return " ".join(_words(k) + " " + _words(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return " ".join(_words(v) for v in value)
    return str(value).lower()


def _assert_masked(items: tuple[blind.BlindItem, ...]) -> None:
    text = _words(items) + " " + " ".join(repr(i).lower() for i in items)
    for name, email, handle in PEOPLE:
        for part in (*name.lower().replace("-", " ").split(), email, handle, email.split("@")[1]):
            assert part not in text, part


def test_portfolio_items_are_masked_and_show_only_work(db: Database) -> None:
    role_id, _apps = _people(db, "ml_engineer", "Technical")
    with db.reader() as s:
        p = blind.start_pass(s, role_id, ADA.person_id, StepKind.PORTFOLIO_REVIEW,
                             stage_id=pipeline.stage_named(s, role_id, "Technical").id,
                             seed="s1")
    _assert_masked(p.items)
    assert [i.label for i in p.items] == [f"Candidate {x}" for x in "ABCDE"]
    # GitHub, the portfolio site and the paper; never LinkedIn or a second e-mail
    assert [w.label for w in p.items[0].work] == ["Repository 1", "Link 2", "Paper 3"]
    assert p.scope == "Technical" and p.left_out == 0
    assert [c.title for c in p.criteria][:3] == [
        "Organisation of the code", "Docstrings and type hints", "Tests"]
    assert p.criteria[-1].title == "Overall rating"
    # opening a link is allowed: the real URL, asked for by its neutral reference
    with db.reader() as s:
        url = grading.open_work(s, p, p.items[0].work[0].ref)
    assert isinstance(url, str) and url.startswith("https://github.com/")


def test_take_home_items_mask_file_names_and_leave_the_cv_out(
        db: Database, take_home: tuple[str, list[str]]) -> None:
    role_id, _apps = take_home
    with db.reader() as s:
        p = blind.start_pass(s, role_id, ADA.person_id, StepKind.TAKE_HOME, seed="s1")
    _assert_masked(p.items)
    assert len(p.items) == 5
    labels = [w.label for w in p.items[0].work]
    assert len(labels) == 1 and labels[0].startswith("Submission 1 · .zip · ")
    # the step assesses software and systems: those, then the recommendation
    assert [c.key for c in p.criteria] == ["axis:software", "axis:systems", "recommendation"]
    assert p.criteria[0].guidance and p.criteria[0].needs_note
    # each axis is graded against the file's anchors (here one worded its own way)
    from hirefile.domain.anchors import axis_anchors
    from hirefile.domain.vocab import Axis
    from hirefile.services import anchors

    own = ("Cannot read it", "Reads it slowly", "Reads it well", "Teaches it")
    with db.session() as s:
        anchors.save_axis(s, Axis.SYSTEMS, own)
    with db.reader() as s:
        p2 = blind.start_pass(s, role_id, ADA.person_id, StepKind.TAKE_HOME, seed="s1")
    assert p2.criteria[0].anchors == axis_anchors(Axis.SOFTWARE)
    assert p2.criteria[1].anchors == own and p2.criteria[2].anchors == ()
    # a file opens under the letter, not under its own name
    with db.reader() as s:
        path = grading.open_work(s, p, p.items[1].work[0].ref)
    assert isinstance(path, Path) and path.name == "Candidate B - submission 1.zip"
    assert path.read_bytes().startswith(b"PK")


def test_order_is_stable_per_pass_and_differs_per_grader(db: Database) -> None:
    role_id, _apps = _people(db, "ml_engineer", "Technical")
    with db.reader() as s:
        def order(grader: str, seed: str) -> list[str]:
            p = blind.start_pass(s, role_id, grader, StepKind.PORTFOLIO_REVIEW, seed=seed)
            return [p.targets[i.letter].application_id for i in p.items]
        ada = order(ADA.person_id, "pass-1")
        assert order(ADA.person_id, "pass-1") == ada  # stable while the pass lasts
        # another grader, another order (five people: two graders tie 1 time in 120, so
        # of four graders at least one differs)
        others = [KENJI.person_id, *(str(uuid.uuid4()) for _ in range(3))]
        assert any(order(g, "pass-1") != ada for g in others)
        assert len({tuple(order(ADA.person_id, f"pass-{n}")) for n in range(6)}) > 1
    assert blind.shuffled(["a", "b", "c"], "g", "x") == blind.shuffled(["c", "a", "b"], "g", "x")
    assert [blind.letter(n) for n in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]


def test_portfolio_grades_land_in_the_graders_own_review(db: Database) -> None:
    role_id, _apps = _people(db, "ml_engineer", "Technical")
    with db.reader() as s:
        p = blind.start_pass(s, role_id, KENJI.person_id, StepKind.PORTFOLIO_REVIEW, seed="x")
    tests = f"check:{PortfolioCheck.TESTS.value}"
    with db.session() as s:
        grading.grade(s, p, "A", tests, CheckResult.PASS, "pytest, property tests")
        grading.grade(s, p, "B", tests, CheckResult.FAIL)
        grading.grade(s, p, "A", blind.OVERALL, 4, "Clear, careful work")
    with db.session() as s:  # a second grade of A keeps the first
        grading.grade(s, p, "A", f"check:{PortfolioCheck.DOCUMENTATION.value}",
                      CheckResult.PARTIAL)
    a_app = p.targets["A"].application_id
    with db.reader() as s:
        mine = assessments.reviews(s, a_app)
        assert len(mine) == 1 and mine[0].reviewer == KENJI.name
        assert mine[0].checks[PortfolioCheck.TESTS] == (CheckResult.PASS,
                                                        "pytest, property tests")
        assert mine[0].checks[PortfolioCheck.DOCUMENTATION][0] is CheckResult.PARTIAL
        assert mine[0].rating == 4 and mine[0].notes == "Clear, careful work"
        # what was read is recorded as in any review: the candidate's work links
        assert {u for u, _ref in mine[0].urls} == set(p.targets["A"].urls)
        # nothing of the pass in the record or the activity
        rows = s.scalars(select(PortfolioReview)).all()
        assert len(rows) == 2
        for review in rows:
            assert "candidate" not in _words([review.notes, review.looked_at])
        summaries = " ".join(s.scalars(select(Activity.summary))).lower()
        assert "blind" not in summaries and "candidate a" not in summaries
        again = blind.with_grades(s, p)
    assert again.item("A").grades[tests] == blind.Grade(CheckResult.PASS,
                                                        "pytest, property tests")
    assert again.item("B").grades[tests].value is CheckResult.FAIL
    assert again.item("C").grades == {}


def test_take_home_grades_are_drafts_until_submitted_then_revealed(
        db: Database, take_home: tuple[str, list[str]]) -> None:
    role_id, _apps = take_home
    with db.reader() as s:
        p = blind.start_pass(s, role_id, ADA.person_id, StepKind.TAKE_HOME, seed="s2")
    with db.session() as s:
        for key, value in zip("ABC", (4, 2, 3), strict=False):
            grading.grade(s, p, key, "axis:software", value, f"Tests and typing ({value})")
        grading.grade(s, p, "A", "axis:systems", 3, "Idempotent loads")
        grading.grade(s, p, "A", blind.RECOMMENDATION, 4, "Would go on")
        grading.grade(s, p, "B", blind.RECOMMENDATION, 2)
    with pytest.raises(ValidationError, match="Ratings go from 1"), db.session() as s:
        grading.grade(s, p, "A", "axis:software", 7)
    with pytest.raises(HirefileError, match="not part of"), db.session() as s:
        grading.grade(s, p, "A", "axis:theory", 2)
    a_interview = p.targets["A"].interview_id
    with db.reader() as s:
        card = s.scalar(select(Scorecard).where(Scorecard.interview_id == a_interview))
        assert card is not None and card.interviewer_id == ADA.person_id
        assert card.status is ScorecardStatus.DRAFT
        assert {r.axis: (r.rating, r.evidence) for r in card.ratings} == {
            Axis.SOFTWARE: (4, "Tests and typing (4)"), Axis.SYSTEMS: (3, "Idempotent loads")}
        assert card.recommendation == 4 and card.takeaways == "Would go on"
        # a draft unseals nothing
        assert not sc.can_see_feedback(s, ADA.person_id, p.targets["A"].application_id)
    with db.session() as s:
        done = grading.submit_all(s, p)
    assert done.done == ("A", "B")
    assert "Candidate C: Give an overall recommendation before submitting" in done.problems
    assert "Candidate D: not graded yet" in done.problems
    with db.reader() as s:
        assert sc.can_see_feedback(s, ADA.person_id, p.targets["A"].application_id)
        after = blind.with_grades(s, p)
        rows = grading.reveal(s, p)
    assert after.item("A").final and not after.item("C").final
    with pytest.raises(ValidationError, match="submitted and final"), db.session() as s:
        grading.grade(s, after, "A", "axis:software", 1)
    names = {r.letter: r.name for r in rows}
    assert sorted(names.values()) == sorted(n for n, _e, _h in PEOPLE)
    a = next(r for r in rows if r.letter == "A")
    assert a.grades["axis:software"].value == 4 and a.final


def test_candidates_without_work_are_left_out(db: Database, tmp_path: Path) -> None:
    role_id, app_ids = _people(db, "data_engineer", "Technical")
    with db.session() as s:
        step = next(st for st in loops.loop(s, role_id).steps if st.kind is StepKind.TAKE_HOME)
        interviews.schedule(s, app_ids[0], title=step.title, kind=step.kind,
                            loop_step_id=step.id, starts_at=None, minutes=45,
                            interviewer_ids=[ADA.person_id])
    with db.reader() as s:
        p = blind.start_pass(s, role_id, ADA.person_id, StepKind.TAKE_HOME, seed="z")
    assert p.items == () and p.left_out == 5
    with pytest.raises(ValidationError, match="take-homes or portfolio"), db.reader() as s:
        blind.start_pass(s, role_id, ADA.person_id, StepKind.CULTURE)


def test_blind_items_returns_masked_views_only(db: Database) -> None:
    role_id, _apps = _people(db, "ml_engineer", "Screen")
    with db.reader() as s:
        items = blind.blind_items(s, role_id, ADA.person_id, "seed")
    assert all(isinstance(i, blind.BlindItem) for i in items) and len(items) == 5
    _assert_masked(items)


def test_file_suffix_never_carries_a_name() -> None:
    assert blind.file_suffix("ana_lima.ipynb") == ".ipynb"
    assert blind.file_suffix("report.Ana-Lima") == ""
    assert blind.file_suffix("no extension") == ""


def test_a_pass_reads_in_the_same_queries_for_five_or_ten_candidates(
        db: Database, take_home: tuple[str, list[str]], tmp_path: Path) -> None:
    from sqlalchemy import event

    role_id, _apps = take_home

    def queries(kind: StepKind) -> int:
        seen: list[str] = []

        def count(*args: Any) -> None:
            seen.append(args[2])

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            with db.reader() as s:
                p = blind.start_pass(s, role_id, ADA.person_id, kind, seed="q")
                blind.with_grades(s, p)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return sum(1 for q in seen if q.lstrip().upper().startswith("SELECT"))

    with db.session() as w:  # grades of their own to read back
        for kind, value in ((StepKind.TAKE_HOME, 3), (StepKind.PORTFOLIO_REVIEW, CheckResult.PASS)):
            p = blind.start_pass(w, role_id, ADA.person_id, kind, seed="q")
            for item in p.items:
                grading.grade(w, p, item.letter, p.criteria[0].key, value)
    before = {k: queries(k) for k in blind.KINDS}
    with db.session() as s:  # five more, each with a take-home handed in and links
        stage = pipeline.stage_named(s, role_id, "Technical")
        step = next(st for st in loops.loop(s, role_id).steps if st.kind is StepKind.TAKE_HOME)
        more = []
        for n in range(5):
            c = candidates.create_candidate(s, CandidateDraft(
                full_name=f"Extra Person {n}", github_url=f"https://github.com/extra{n}"))
            app = pipeline.add_application(s, c.id, role_id, stage=stage)
            interviews.schedule(s, app.id, title=step.title, kind=step.kind,
                                loop_step_id=step.id, starts_at=None, minutes=45,
                                interviewer_ids=[ADA.person_id])
            more.append(c.id)
    for n, cid in enumerate(more):
        f = tmp_path / f"extra{n}.py"
        f.write_text("print(1)")
        with db.session() as s:
            attachments.attach_file(s, cid, f)
    with db.reader() as s:
        assert len(blind.start_pass(s, role_id, ADA.person_id, StepKind.TAKE_HOME).items) == 10
    assert {k: queries(k) for k in blind.KINDS} == before
