"""Who did what: View → Activity over a file two founders share, merges as entries, and the
line on every record saying who added and last changed it.

Lena and Daniel work on one file in turn (each opens it as themselves, as on their own
laptops). The view lists both people's entries newest first, each filter narrows the list in
SQL, a double-click opens the candidate, and a scorecard's verdict stays sealed for a person
who has not submitted their own.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, select, update

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import ActivityKind
from hirefile.services import activity_log, candidates, interviews, loops, offers, pipeline
from hirefile.services import scorecards as sc
from hirefile.services.files import create_file
from hirefile.services.merging import merge_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Candidate, Person
from hirefile.ui import theme
from hirefile.ui.main_window import PAGE_CANDIDATES, MainWindow
from hirefile.ui.offers.editor import OfferEditor
from hirefile.ui.sharing import activity as view_module
from hirefile.ui.sharing.activity import (
    COL_CANDIDATE,
    COL_WHAT,
    COL_WHO,
    ActivityWindow,
    ago_text,
    period_filter,
)
from hirefile.ui.sharing.stamps import stamp_text

LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann", "lena@example.org")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okafor", "daniel@example.org")
WHEN = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=2)
#: Roles a view may ask a cell for: what it shows or hints.
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole)


@dataclass(frozen=True)
class Desk:
    path: Path
    ana: str  # Ana Lima, in the role at Onsite; Lena and Daniel on her interview panel
    olena: str
    wang: str
    ana_app: str
    role_id: str
    interview_id: str


def _days_ago(n: int) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=n)


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    """Lena's file: three candidates in one role, and her submitted "Strong yes" on Ana; then
    Daniel, on the same file, moves Ana to Technical and adds a note on Olena."""
    path = tmp_path / "Fernwood.hirefile"
    with create_file(path, LENA) as db, db.session() as s:
        s.add(Person(id=DANIEL.person_id, name=DANIEL.name, email=DANIEL.email))
        role = add_role_from_template(s, template("ml_engineer"))
        ids = {}
        for name in ("Ana Lima", "Олена Коваленко", "王磊"):
            c = candidates.create_candidate(s, CandidateDraft(full_name=name))
            app = pipeline.add_application(s, c.id, role.id,
                                           stage=pipeline.stage_named(s, role.id, "Onsite"))
            ids[name] = (c.id, app.id)
        s.flush()
        ana_app = ids["Ana Lima"][1]
        step = loops.loop(s, role.id).steps[2]
        interview = interviews.schedule(
            s, ana_app, title=step.title, kind=step.kind, loop_step_id=step.id, starts_at=WHEN,
            minutes=step.minutes, interviewer_ids=[LENA.person_id, DANIEL.person_id])
        s.flush()
        view = sc.blank(s, interview.id, LENA.person_id)
        sc.write(s, interview.id, LENA.person_id, sc.ScorecardDraft(
            ratings={a: (4, f"clear evidence on {a.label}") for a in view.ratings},
            recommendation=4, takeaways="hire"), submit_it=True)
        # two older entries, to filter by time: 20 and 60 days ago
        for name, days in (("Олена Коваленко", 20), ("王磊", 60)):
            s.execute(update(Activity).where(Activity.candidate_id == ids[name][0],
                                             Activity.kind == ActivityKind.CREATED)
                      .values(at=_days_ago(days)))
        role_id, interview_id = role.id, interview.id
    with Database.open(path, DANIEL) as db, db.session() as s:
        technical = pipeline.stage_named(s, role_id, "Technical")
        pipeline.move(s, ana_app, technical.id)
        candidates.add_note(s, ids["Олена Коваленко"][0], "Call went well")
    return Desk(path, ids["Ana Lima"][0], ids["Олена Коваленко"][0], ids["王磊"][0], ana_app,
                role_id, interview_id)


@pytest.fixture
def as_lena(desk: Desk) -> Iterator[Database]:
    db = Database.open(desk.path, LENA)
    yield db
    db.close()


@pytest.fixture
def as_daniel(desk: Desk) -> Iterator[Database]:
    db = Database.open(desk.path, DANIEL)
    yield db
    db.close()


def window_on(db: Database, identity: Identity, qtbot: Any) -> MainWindow:
    theme.apply(qtbot_app())
    w = MainWindow(db, Settings(), identity)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def qtbot_app() -> Any:
    app = QApplication.instance()
    assert app is not None
    return app


def open_activity(w: MainWindow, qtbot: Any) -> ActivityWindow:
    assert w.activity.action is not None
    w.activity.action.trigger()  # View → Activity…
    qtbot.waitExposed(w.activity)
    return w.activity


def shown(view: ActivityWindow, col: int) -> list[str]:
    m = view.model
    return [m.index(r, col).data() for r in range(m.rowCount())]


def everything(view: ActivityWindow) -> str:
    """Every cell's text for every role the view may ask, and the headers."""
    m = view.model
    out = [str(m.headerData(c, Qt.Orientation.Horizontal)) for c in range(m.columnCount())]
    for r in range(m.rowCount()):
        for c in range(m.columnCount()):
            for role in ROLES:
                value = m.index(r, c).data(role)
                if value is not None:
                    out.append(str(value))
    return "\n".join(out)


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


class Statements:
    """The SQL run while the block runs (to see that filters are SQL, not Python)."""

    def __init__(self, db: Database) -> None:
        self.db, self.sql = db, []  # type: Database, list[str]

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.sql.append(statement)

    def __enter__(self) -> Statements:
        event.listen(self.db.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self._seen)

    def id_queries(self) -> list[str]:
        return [q for q in self.sql if q.lstrip().startswith("SELECT activity.id \nFROM")]


# the view ------------------------------------------------------------------------------------

def test_the_view_lists_both_founders_entries_newest_first(
        qtbot: Any, as_lena: Database) -> None:
    w = window_on(as_lena, LENA, qtbot)
    view = open_activity(w, qtbot)
    assert view.period_combo.currentText() == "Last 30 days"
    who, what = shown(view, COL_WHO), shown(view, COL_WHAT)
    assert {"Lena Hoffmann", "Daniel Okafor"} <= set(who)
    # Daniel's two, the newest: his note, then his move
    assert what[:2] == ["Note on Олена Коваленко", "Moved from Onsite to Technical"]
    assert who[:2] == ["Daniel Okafor"] * 2
    assert shown(view, COL_CANDIDATE)[:2] == ["Олена Коваленко", "Ana Lima"]
    assert shown(view, view_module.COL_WHEN)[0] in ("just now", "1 min ago")
    with as_lena.reader() as s:
        at = {key: when for key, when in s.execute(select(Activity.id, Activity.at))}
    times = [at[view.model.id_at(r)] for r in range(view.model.rowCount())]
    assert times == sorted(times, reverse=True)
    assert view.count_label.text() == f"{len(times)} entries"
    # the model holds keys, rows are read a page at a time
    assert view.model.cached_pages == [0]


def test_each_filter_narrows_the_list_in_sql(qtbot: Any, as_lena: Database,
                                             desk: Desk) -> None:
    w = window_on(as_lena, LENA, qtbot)
    view = open_activity(w, qtbot)
    last_30 = view.model.rowCount()
    with Statements(as_lena) as seen:
        choose(view.person_combo, "Daniel Okafor")
    assert set(shown(view, COL_WHO)) == {"Daniel Okafor"}
    assert "activity.created_by = ?" in seen.id_queries()[-1]
    assert view.count_label.text() == f"{view.model.rowCount()} entries"

    choose(view.person_combo, "Everyone")
    with Statements(as_lena) as seen:
        choose(view.kind_combo, "Moved")
    assert shown(view, COL_WHAT) == ["Moved from Onsite to Technical"]
    assert "activity.kind IN" in seen.id_queries()[-1]

    choose(view.kind_combo, "Created")
    created = shown(view, COL_CANDIDATE)
    assert "Олена Коваленко" in created and "王磊" not in created  # 20 days ago, not 60
    with Statements(as_lena) as seen:
        choose(view.period_combo, "All time")
    assert "王磊" in shown(view, COL_CANDIDATE)
    assert "activity.at >=" not in seen.id_queries()[-1]
    with Statements(as_lena) as seen:
        choose(view.period_combo, "Last 7 days")
    assert "Олена Коваленко" not in shown(view, COL_CANDIDATE)
    assert "activity.at >= ?" in seen.id_queries()[-1]

    choose(view.kind_combo, "Every kind")
    choose(view.period_combo, "Between…")
    assert view.from_edit.isVisible() and view.to_edit.isVisible()
    day = (datetime.now() - timedelta(days=20)).date()
    view.from_edit.setDate(day - timedelta(days=1))
    view.to_edit.setDate(day + timedelta(days=1))
    assert set(shown(view, COL_CANDIDATE)) == {"Олена Коваленко"}  # her two, 20 days ago
    assert set(shown(view, COL_WHAT)) == {"Added Олена Коваленко",
                                          "Added to “Machine Learning Engineer” at Onsite"}
    choose(view.period_combo, "Last 30 days")
    assert view.model.rowCount() == last_30


def test_period_filters_are_local_days() -> None:
    today = date(2026, 12, 6)
    since, until = period_filter("Today", today)
    assert until is None and since is not None
    assert since.astimezone().replace(tzinfo=None) == datetime(2026, 12, 6)
    since, until = period_filter("Last 7 days", today)
    assert since is not None and since.astimezone().date() == date(2026, 11, 30)
    assert period_filter("All time", today) == (None, None)
    since, until = period_filter("Between…", today, date(2026, 12, 3), date(2026, 12, 1))
    assert since is not None and until is not None
    assert (since.astimezone().date(), until.astimezone().date()) == (
        date(2026, 12, 1), date(2026, 12, 4))  # both days whole, in either order


def test_double_click_opens_the_candidate(qtbot: Any, as_lena: Database, desk: Desk) -> None:
    w = window_on(as_lena, LENA, qtbot)
    view = open_activity(w, qtbot)
    row = shown(view, COL_CANDIDATE).index("Ana Lima")
    table = view.table
    rect = table.visualRect(view.model.index(row, COL_WHAT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.open_button.isEnabled()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = w.candidates_page
    assert w.current_page == PAGE_CANDIDATES and page.record_open
    assert page.record.candidate_id == desk.ana
    assert page.record.form.headerName.text() == "Ana Lima"


def test_the_view_follows_changes_and_the_person_at_the_keyboard(
        qtbot: Any, as_lena: Database, desk: Desk) -> None:
    w = window_on(as_lena, LENA, qtbot)
    view = open_activity(w, qtbot)
    before = view.model.rowCount()
    with as_lena.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Zoë Brontë"))
    w.changes.changed()  # the window's one notification
    assert view.model.rowCount() == before + 1
    assert shown(view, COL_WHAT)[0] == "Added Zoë Brontë"


# sealed feedback ------------------------------------------------------------------------------

def test_a_sealed_verdict_never_shows_to_who_has_not_submitted(
        qtbot: Any, as_daniel: Database, desk: Desk) -> None:
    w = window_on(as_daniel, DANIEL, qtbot)
    view = open_activity(w, qtbot)
    text = everything(view)
    assert activity_log.SEALED_SCORECARD in text
    assert "Strong yes" not in text
    # Daniel submits his own: Lena's verdict opens to him, on the same view
    with as_daniel.session() as s:
        blank = sc.blank(s, desk.interview_id, DANIEL.person_id)
        sc.write(s, desk.interview_id, DANIEL.person_id, sc.ScorecardDraft(
            ratings={a: (2, f"unclear on {a.label}") for a in blank.ratings},
            recommendation=2, takeaways="not yet"), submit_it=True)
    w.changes.changed()
    text = everything(view)
    assert "Submitted a scorecard: Strong yes" in text
    assert "Submitted a scorecard: No" in text  # his own


def test_the_author_sees_her_own_verdict(as_lena: Database, desk: Desk) -> None:
    with as_lena.reader() as s:
        ids = activity_log.entry_ids(s)
        rows = activity_log.entry_rows(s, ids, LENA.person_id)
        nobody = activity_log.entry_rows(s, ids, None)
    assert "Submitted a scorecard: Strong yes" in {r.what for r in rows.values()}
    assert "Strong yes" not in " ".join(r.what for r in nobody.values())


# merges ------------------------------------------------------------------------------------

def test_a_merge_of_a_cofounders_copy_is_an_entry_with_its_counts(
        tmp_path: Path, qtbot: Any) -> None:
    mine = create_file(tmp_path / "Hiring.hirefile", LENA)
    with mine.session() as s:
        s.add(Person(id=DANIEL.person_id, name=DANIEL.name))
        ada = candidates.create_candidate(s, CandidateDraft(full_name="Ada Obi"))
    mine.close()
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    shutil.copy(mine.path, theirs)
    with Database.open(theirs, DANIEL) as other, other.session() as s:
        for name in ("Bo Chen", "Chidi Eze"):
            candidates.create_candidate(s, CandidateDraft(full_name=name))
        s.get(Candidate, ada.id).location = "Lagos"
    mine = Database.open(tmp_path / "Hiring.hirefile", LENA)
    with mine.session() as s:
        s.get(Candidate, ada.id).location = "Berlin"
    result = merge_file(mine, theirs)
    assert len(result.outcome.conflicts) == 1
    with mine.reader() as s:
        entry = s.scalars(select(Activity).where(Activity.subject_table == "merge_record")).one()
        s.expunge(entry)
    records = sum(n for t, n in (result.outcome.added + result.outcome.changed).items()
                  if t not in ("activity", "merge_record", "id_alias"))
    assert entry.kind is ActivityKind.MERGED and entry.actor == "Lena Hoffmann"
    assert entry.created_by == LENA.person_id
    assert entry.summary == (f"Merged Daniel Okafor's copy (Hiring.hirefile): {records} "
                             "records in, 1 conflict")
    assert entry.detail is not None and entry.detail["conflicts"] == 1
    w = window_on(mine, LENA, qtbot)
    view = open_activity(w, qtbot)
    choose(view.kind_combo, "Merged")
    assert shown(view, COL_WHAT) == [entry.summary]
    assert shown(view, COL_WHO) == ["Lena Hoffmann"]
    w.close_database()

    # Daniel merges Lena's copy back: Ada's location and her entry come in, so it is logged;
    # merging Lena's again brings nothing, and logs nothing
    with Database.open(theirs, DANIEL) as other:
        merge_file(other, tmp_path / "Hiring.hirefile")
        merge_file(other, tmp_path / "Hiring.hirefile")
        with other.reader() as s:
            merges = list(s.scalars(select(Activity.summary).where(
                Activity.subject_table == "merge_record").order_by(Activity.at)))
    assert len(merges) == 2 and merges[1].startswith("Merged Lena Hoffmann's copy")


def test_a_merge_bringing_only_the_other_copys_merge_entries_logs_nothing(
        tmp_path: Path) -> None:
    """Two copies merged back and forth do not hand each other a new entry every time."""
    a = create_file(tmp_path / "Hiring.hirefile", LENA)
    a.close()
    b_path = tmp_path / "b" / "Hiring.hirefile"
    b_path.parent.mkdir()
    shutil.copy(a.path, b_path)
    with Database.open(b_path, DANIEL) as b, b.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Bo Chen"))
    for _ in range(3):
        with Database.open(a.path, LENA) as db:
            merge_file(db, b_path)
        with Database.open(b_path, DANIEL) as db:
            merge_file(db, a.path)
    for path in (a.path, b_path):
        with Database.open(path, LENA, write=False) as db, db.reader() as s:
            entries = s.scalars(select(Activity.summary).where(
                Activity.subject_table == "merge_record")).all()
        assert entries == ["Merged Daniel Okafor's copy (Hiring.hirefile): 2 records in, "
                           "no conflicts"]  # Bo Chen and Daniel himself


# who added and changed a record -------------------------------------------------------------

def test_records_say_who_added_and_who_changed_them(qtbot: Any, desk: Desk) -> None:
    with Database.open(desk.path, DANIEL) as db, db.session() as s:  # Daniel edits Ana
        draft = candidates.candidate_draft(s, desk.ana)
        candidates.update_candidate(s, desk.ana, replace(draft, location="Lisbon"))
    as_lena = Database.open(desk.path, LENA)
    with as_lena.session() as s:
        terms = replace(offers.new_terms(s, desk.ana_app), base_salary=12_000_000)
        offer = offers.create_offer(s, desk.ana_app, terms)
    w = window_on(as_lena, LENA, qtbot)
    w.open_candidate(desk.ana)
    line = w.candidates_page.record.stamp_line
    assert line.isVisible()
    assert line.text().startswith("Added by \u2068Lena Hoffmann\u2069 ")
    assert line.text().endswith(" · changed by \u2068Daniel Okafor\u2069 just now")

    workspace = w.roles_page.workspace
    assert workspace is not None
    workspace.show_role(desk.role_id)
    assert workspace.stamp_line.isVisibleTo(w.roles_page)
    assert workspace.stamp_line.text().startswith("Added by \u2068Lena Hoffmann\u2069 ")

    editor = OfferEditor(w, as_lena, offer_id=offer.id)
    qtbot.addWidget(editor)
    assert editor.stamp_line.text().startswith("Added by \u2068Lena Hoffmann\u2069")
    new = OfferEditor(w, as_lena, application_id=desk.ana_app)
    qtbot.addWidget(new)
    assert new.stamp_line.isHidden() and new.stamp_line.text() == ""
    w.close_database()


def test_the_stamp_line_reads_like_a_sentence() -> None:
    now = datetime(2026, 12, 6, 15, 0, tzinfo=timezone.utc).astimezone()
    added = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc).astimezone()
    st = activity_log.Stamps("Lena Hoffmann", added, "Daniel Okafor", now - timedelta(hours=2))
    assert stamp_text(st, now) == (
        "Added by \u2068Lena Hoffmann\u2069 on 3 Dec · changed by \u2068Daniel Okafor\u2069 "
        "2 h ago")
    same = activity_log.Stamps("Lena Hoffmann", added, "Lena Hoffmann",
                               added + timedelta(seconds=5))
    assert stamp_text(same, now) == "Added by \u2068Lena Hoffmann\u2069 on 3 Dec"
    old = activity_log.Stamps("", datetime(2025, 1, 2, 12, tzinfo=timezone.utc), "",
                              datetime(2025, 1, 2, 12, tzinfo=timezone.utc))
    assert stamp_text(old, now) == "Added on 2 Jan 2025"
    assert ago_text(now - timedelta(minutes=5), now) == "5 min ago"
    assert ago_text(now - timedelta(days=1), now).startswith("yesterday ")
