"""What a founder sees of their own drift: the note on a day of same ratings in the scorecard,
and the Your Calibration window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget
from test_calibration import AMARA, DANIEL, applicant, card

from hirefile.domain import drift
from hirefile.domain.templates import template
from hirefile.domain.vocab import Axis, Rating
from hirefile.services import interviews, loops, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.storage.models import Person
from hirefile.ui import theme
from hirefile.ui.assess import ask
from hirefile.ui.assess.calibration import (
    APPLICATION_ROLE,
    CANDIDATE_ROLE,
    NOTHING_SUBMITTED,
    CalibrationWindow,
)
from hirefile.ui.assess.scorecard import ScorecardDialog
from hirefile.ui.screen import fit_to_screen

P = Axis.ML_PRACTICE
YES, NO = 3, 2


def open_interview(s: Any, app_id: str) -> str:
    app = pipeline.live_application(s, app_id)
    step = loops.loop(s, app.role_id).steps[2]
    return interviews.schedule(s, app_id, title=step.title, kind=step.kind,
                               loop_step_id=step.id, starts_at=None, minutes=step.minutes,
                               interviewer_ids=[AMARA.person_id]).id


def day_of(tmp_path: Path, earlier: list[int]) -> tuple[Path, str]:
    """A file where Amara submitted `earlier` recommendations today, and one more interview
    of hers waiting for its scorecard."""
    path = tmp_path / "Today.hirefile"
    with create_file(path, AMARA) as db, db.session() as s:
        s.add(Person(id=DANIEL.person_id, name=DANIEL.name, email=DANIEL.email))
        role = add_role_from_template(s, template("ml_engineer"))
        s.flush()
        for i, rec in enumerate(earlier):
            card(s, applicant(s, role.id, f"Earlier Person {i}"), AMARA, rec, {P: rec})
        # a draft and Daniel's scorecard never count
        card(s, applicant(s, role.id, "Drafted"), AMARA, NO, {P: NO}, submit=False)
        card(s, applicant(s, role.id, "Daniel's"), DANIEL, NO, {P: NO})
        iid = open_interview(s, applicant(s, role.id, "Next Candidate"))
    return path, iid


@pytest.fixture
def amara_db(tmp_path: Path) -> Iterator[Any]:
    holder: dict[str, Database] = {}

    def make(earlier: list[int]) -> tuple[Database, str]:
        path, iid = day_of(tmp_path, earlier)
        holder["db"] = Database.open(path, AMARA)
        return holder["db"], iid

    yield make
    if "db" in holder:
        holder["db"].close()


def pick(qtbot: Any, dialog: ScorecardDialog, value: int) -> None:
    """The person picks the recommendation by its key, as the picker's buttons say."""
    qtbot.keyClick(dialog.recommendation, str(value))
    assert dialog.recommendation.value() == value


def test_the_rule_needs_four_and_eighty_percent_and_this_one_the_same() -> None:
    assert drift.same_day({YES: 2}, YES) is None  # three in all
    note = drift.same_day({YES: 3}, YES)
    assert note is not None and (note.same, note.total) == (4, 4)
    assert note.recommendation is Rating.YES
    assert drift.same_day({YES: 4, NO: 1}, YES) is not None  # 5 of 6
    assert drift.same_day({YES: 3, NO: 2}, YES) is None  # 4 of 6
    assert drift.same_day({YES: 5}, NO) is None  # this one differs: no note
    assert drift.same_day({YES: 5}, None) is None  # nothing picked yet
    assert drift.same_day({YES: 4, NO: 1}, YES).text == (  # type: ignore[union-attr]
        "You rated 5 of today's 6 candidates “Yes”. People grade on a daily curve; is this "
        "one really the same?")


def test_four_of_five_is_eighty_percent() -> None:
    note = drift.same_day({YES: 3, NO: 1}, YES)
    assert note is not None and (note.same, note.total) == (4, 5)


def test_the_note_shows_for_the_same_rating_and_is_dismissed(qtbot: Any, qapp: Any,
                                                             amara_db: Any,
                                                             monkeypatch: Any) -> None:
    theme.apply(qapp)
    db, iid = amara_db([YES, YES, YES, YES, NO])
    dialog = ScorecardDialog(None, db, iid)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    note = dialog.same_day
    assert note.isHidden()  # nothing picked yet
    pick(qtbot, dialog, YES)
    assert note.isVisible()
    assert note.text.text() == ("You rated 5 of today's 6 candidates “Yes”. People grade on "
                                "a daily curve; is this one really the same?")
    pick(qtbot, dialog, NO)
    assert note.isHidden()  # a different verdict: nothing to say
    pick(qtbot, dialog, YES)
    assert note.isVisible()
    assert dialog.form.submitButton.isEnabled()  # never blocking
    qtbot.mouseClick(note.dismiss_button, Qt.MouseButton.LeftButton)
    assert note.isHidden()
    pick(qtbot, dialog, NO)
    pick(qtbot, dialog, YES)
    assert note.isHidden()  # dismissed for this scorecard
    # and submitting goes through as ever
    monkeypatch.setattr(ask, "confirm_submit", lambda _parent: True)
    dialog.rows[P].picker.set_value(YES)
    dialog.rows[P].evidence.setPlainText("Walked through a ranking model end to end")
    assert dialog.submit()


def test_no_note_on_a_mixed_day_or_from_drafts_and_others(qtbot: Any, amara_db: Any) -> None:
    db, iid = amara_db([YES, YES, NO])  # with a draft No and Daniel's No that never count
    dialog = ScorecardDialog(None, db, iid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.same_day.earlier == {YES: 2, NO: 1}
    pick(qtbot, dialog, YES)  # 3 of 4 is 75%
    assert dialog.same_day.isHidden()


# Your Calibration ----------------------------------------------------------------------------

@pytest.fixture
def shared_desk(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """The constructed desk of test_calibration: Amara and Daniel share five candidates."""
    from test_calibration import desk as make_desk

    fixture = getattr(make_desk, "__wrapped__", None) or make_desk._get_wrapped_function()
    yield from fixture(tmp_path / "Hiring.hirefile")


def table_text(window: CalibrationWindow) -> list[list[str]]:
    t = window.form.differencesTable
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def show_at_small_screen(qtbot: Any, window: QWidget, monkeypatch: Any) -> None:
    from hirefile.ui import screen

    monkeypatch.setattr(screen, "available_size", lambda _window: QSize(1024, 700))
    fit_to_screen(window)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        qtbot.wait(10)


def test_the_window_shows_your_figures_bars_and_differences(
        qtbot: Any, qapp: Any, shared_desk: Any, monkeypatch: Any, tmp_path: Path) -> None:
    from test_small_screen import cut_buttons, cut_labels

    theme.apply(qapp)
    path, _apps = shared_desk
    opened: list[str] = []
    db = Database.open(path, AMARA, write=False)
    try:
        window = CalibrationWindow(open_debrief=lambda _parent, app_id: opened.append(app_id))
        qtbot.addWidget(window)
        window.set_database(db)
        assert window.reads == 0  # hidden: nothing read yet
        show_at_small_screen(qtbot, window, monkeypatch)
        window.grab().save(str(tmp_path / "calibration-1024x700.png"))
        assert cut_buttons(window) == cut_labels(window) == []
        f = window.form
        assert f.headline.text() == "Your calibration · \u2068Amara Okafor\u2069"
        combo = f.personCombo
        assert [combo.itemText(i) for i in range(combo.count())] == ["Daniel Okoye (5)",
                                                                     "陈静 (1)"]
        assert f.sharedLabel.text() == "5 shared candidates"
        assert f.leniencyLabel.text() == "You rate 1.0 higher than Daniel Okoye on average"
        assert window.chart.texts() == [
            "Overall recommendation: 40% agree · 60% within one · 5 shared · you +1.0",
            "ML practice: 40% agree · 60% within one · 5 shared · you +1.0",
            "ML theory and math: 50% agree · 100% within one · 2 shared · you −0.5"]
        rows = table_text(window)
        assert len(rows) == 7
        assert rows[0][2] == "Overall recommendation"
        assert (rows[0][3], rows[0][4]) in (("Yes (3)", "Strong no (1)"),
                                            ("Strong yes (4)", "No (2)"))
        seen = " ".join(" ".join(r) for r in rows)
        for sealed in ("Draft Only", "Revealed Only", "Their Draft", "Removed Person"):
            assert sealed not in seen  # never counted: Amara did not submit, or it is gone
        # a row opens its debrief (double-click or the button), or the candidate's record
        t = f.differencesTable
        where = t.visualRect(t.model().index(1, 0)).center()
        qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(t.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert opened == [t.item(1, 0).data(APPLICATION_ROLE)]
        with qtbot.waitSignal(window.sig_open_candidate) as signal:
            qtbot.mouseClick(f.openCandidateButton, Qt.MouseButton.LeftButton)
        assert signal.args == [t.item(1, 0).data(CANDIDATE_ROLE)]
        combo.setCurrentIndex(1)
        assert f.sharedLabel.text() == "1 shared candidate: not yet meaningful (fewer than 5)"
        assert f.leniencyLabel.text() == "You rate 2.0 higher than 陈静 on average"
        assert [r[0] for r in table_text(window)] == ["Shared Person 0", "Shared Person 0"]
        # the ratings' colours follow a switch to dark, the selection kept
        t.selectRow(1)
        theme.use("dark")
        d = theme.DARK
        shown = {t.item(r, c).foreground().color().name().upper()
                 for r in range(t.rowCount()) for c in (3, 4)}
        assert shown and shown <= {d.RED_TEXT, d.AMBER_TEXT, d.GREEN_TEXT, d.GREEN, d.MUTED}
        assert t.currentRow() == 1
    finally:
        theme.apply(qapp)
        db.close()


def test_someone_with_nothing_to_compare_reads_why(qtbot: Any, new_db: Database) -> None:
    window = CalibrationWindow()
    qtbot.addWidget(window)
    window.set_database(new_db)
    window.show()
    f = window.form
    assert f.emptyLabel.isVisible() and f.emptyLabel.text() == NOTHING_SUBMITTED
    assert f.differencesTable.isHidden() and f.personCombo.isHidden()


def test_view_menu_opens_it_and_it_reads_on_the_change_notification(
        qtbot: Any, shared_desk: Any, open_window: Any, monkeypatch: Any) -> None:
    from hirefile.ui.assess import entry
    from hirefile.ui.changes import EVERYTHING, OFFER, Change

    path, apps = shared_desk
    db = Database.open(path, AMARA)
    w = open_window(db)
    view = w.calibration
    titles = [a.text() for a in w.form.menuView.actions()]
    assert "Your &Calibration…" in titles
    assert view.action in w.interviews_page.assess_menu.actions()
    w.changes.changed(EVERYTHING)
    assert view.reads == 0  # hidden: only marked stale
    view.action.trigger()
    assert view.isVisible() and view.reads == 1
    assert view.form.sharedLabel.text() == "5 shared candidates"
    w.changes.changed(Change(frozenset((OFFER,))))
    assert view.reads == 1  # an offer moves no figure
    # Amara submits on the candidate she had only drafted: shared with Daniel from now on
    with db.session() as s:
        card(s, apps["draft"], AMARA, 1, {P: 1})
    w.changes.changed(EVERYTHING)
    assert view.reads == 2 and view.form.sharedLabel.text() == "6 shared candidates"
    opened: list[str] = []
    monkeypatch.setattr(entry, "open_debrief",
                        lambda _parent, _db, app_id, **_kw: opened.append(app_id))
    view.open_debrief(0)
    assert opened == [view.form.differencesTable.item(0, 0).data(APPLICATION_ROLE)]
    # a shared laptop: switching person shows the new person's own figures, never Amara's
    db.set_identity(DANIEL)
    w.refresh_all()
    assert view.form.headline.text() == "Your calibration · \u2068Daniel Okoye\u2069"
    # six shared now: the five (Daniel 1.0 lower) and the one both rated Strong no
    assert view.form.leniencyLabel.text() == "You rate 0.8 lower than Amara Okafor on average"
    view.close()
