"""What a founder sees of their own drift: the note on a day of same ratings in the scorecard,
and the Your Calibration window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
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
from hirefile.ui.assess.scorecard import ScorecardDialog

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
