"""Hiring reports on constructed histories: every metric, counted as a founder would count by
hand (moves backwards, re-opened applications, one person in several pipelines, empty ranges,
one candidate, removed and erased records, a range that cuts a stay)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

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
def db(tmp_path: Path, identity: Identity):
    db = create_file(tmp_path / "Hiring.hirefile", identity)
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
