"""The debrief counts culture assessments toward Culture and collaboration (one rating each:
the mean of the dimensions it rated), never calls an axis unassessed while an assessment of it
is shown or sealed, and says why portfolio reviews are not in the score."""

# ruff: noqa: F811  (the fixtures imported from test_assess_ui are parameters here)
from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from test_assess_ui import app_id, kenji, schedule, submit_card  # noqa: F401  (fixtures)

from hirefile.domain import scoring
from hirefile.domain.vocab import Axis, CultureDimension
from hirefile.services import assessments, debrief, packets
from hirefile.storage.database import Database
from hirefile.storage.models import CultureAssessment, Person
from hirefile.ui.assess.common import ensure_viewer, viewer_id
from hirefile.ui.assess.debrief import DebriefView
from hirefile.ui.text import isolate

COMM, OWN = CultureDimension.COMMUNICATION, CultureDimension.OWNERSHIP


def assess_culture(db: Database, app: str, person: str,
                   ratings: dict[CultureDimension, int]) -> None:
    with db.session() as s:
        assessments.save_culture(s, app, person, {d: (v, f"Said so ({d.label})")
                                                  for d, v in ratings.items()})


def review_portfolio(db: Database, app: str, person: str, rating: int) -> None:
    with db.session() as s:
        assessments.save_review(s, app, person, assessments.ReviewDraft(
            urls=[("https://github.com/example/repo", "")], rating=rating))


def person(db: Database, name: str) -> str:
    with db.session() as s:
        p = Person(name=name)
        s.add(p)
        return p.id


def test_scoring_counts_each_culture_assessment_once_on_culture() -> None:
    per_axis = scoring.axis_ratings([{Axis.CULTURE: 2, Axis.SOFTWARE: 4}], [[3, 4, None], []])
    assert per_axis[Axis.CULTURE] == [2, 3.5]  # the empty assessment adds nothing
    assert per_axis[Axis.SOFTWARE] == [4]
    assert scoring.gaps(per_axis, {Axis.CULTURE: 1, Axis.THEORY: 1, Axis.SYSTEMS: 1},
                        sealed=[Axis.SYSTEMS]) == [Axis.THEORY]


def test_a_culture_assessment_counts_in_the_score_and_is_no_gap(
        qtbot: Any, new_db: Database, app_id: str, kenji: str) -> None:
    me = viewer_id(new_db)
    iid = schedule(new_db, app_id, 2, [me, kenji])  # rates ML practice and ML theory
    submit_card(new_db, iid, me, 4)
    submit_card(new_db, iid, kenji, 2)
    assess_culture(new_db, app_id, kenji, {COMM: 3, OWN: 4})  # one vote of 3.5 on Culture
    review_portfolio(new_db, app_id, kenji, 1)  # overall, on no axis: not in the score
    with new_db.reader() as s:
        d = debrief.debrief(s, app_id, me)
    # ML engineer weights: practice 30, software 30, theory 10, systems 15, culture 15.
    by_hand = (30 * 3 + 10 * 3 + 15 * 3.5) / (30 + 10 + 15)
    assert d.weighted == pytest.approx(by_hand) == pytest.approx(3.13636, abs=1e-5)
    assert d.means[Axis.CULTURE] == 3.5 and d.culture_counted == 1
    assert d.gaps == (Axis.SOFTWARE, Axis.SYSTEMS) and d.sealed_axes == ()
    with new_db.reader() as s:  # the debrief summary PDF says the same number
        summary = packets.gather_debrief(s, app_id, viewer_id=me)
    assert summary.weighted_score == pytest.approx(by_hand)
    assert [a.average for a in summary.axis_scores if a.label == Axis.CULTURE.label] == [3.5]

    view = DebriefView(new_db, app_id)
    qtbot.addWidget(view)
    assert view.form.scoreLabel.text() == "Yes (3.1)"
    assert view.form.gapsLabel.text() == ("Nobody assessed: Software engineering, "
                                          "ML systems architecture")
    assert "Culture" not in view.form.gapsLabel.text()
    hint = view.form.scoreHint.text()
    assert hint.startswith("Scorecards and 1 culture assessment weighted by the role:")
    assert hint.endswith(". " + scoring.PORTFOLIO_NOT_SCORED)
    assert view.form.legendLabel.text().endswith(
        "The Culture and collaboration mean also counts 1 culture assessment (shown below), "
        f"each as one rating: the mean of the dimensions it rated ({isolate('Kenji Watanabe')} "
        "3.5).")


def test_a_culture_assessment_alone_gives_a_score(qtbot: Any, new_db: Database,
                                                  app_id: str, kenji: str) -> None:
    me = viewer_id(new_db)
    ensure_viewer(new_db)
    assess_culture(new_db, app_id, me, {COMM: 2, OWN: 3})  # one's own is always one's own
    view = DebriefView(new_db, app_id)
    qtbot.addWidget(view)
    assert view.data is not None and view.data.weighted == pytest.approx(2.5)
    assert view.form.scoreLabel.text() == "Yes (2.5)"
    assert view.form.gapsLabel.text() == (
        "Nobody assessed: ML practice, Software engineering, ML theory and math, "
        "ML systems architecture")


def test_sealed_culture_is_not_counted_and_is_called_sealed_not_missing(
        qtbot: Any, new_db: Database, app_id: str, kenji: str) -> None:
    me = viewer_id(new_db)
    iid = schedule(new_db, app_id, 2, [me, kenji])
    submit_card(new_db, iid, me, 4)  # my own scorecard: practice and theory
    lena = person(new_db, "Lena Fischer")
    assess_culture(new_db, app_id, kenji, {COMM: 1, OWN: 1})
    with new_db.reader() as s:
        mine = debrief.debrief(s, app_id, me)  # I submitted: I see Kenji's culture
        hers = debrief.debrief(s, app_id, lena)  # Lena has not: all of it sealed for her
    assert mine.means[Axis.CULTURE] == 1.0 and Axis.CULTURE not in mine.gaps
    assert mine.weighted == pytest.approx((30 * 4 + 10 * 4 + 15 * 1) / 55)
    assert hers.weighted is None and hers.culture_counted == 0 and hers.culture == ()
    assert hers.sealed_axes == (Axis.ML_PRACTICE, Axis.THEORY, Axis.CULTURE)
    assert hers.gaps == (Axis.SOFTWARE, Axis.SYSTEMS)

    # Lena's own culture assessment counts for her; Kenji's and my ratings stay sealed.
    assess_culture(new_db, app_id, lena, {COMM: 4})
    with new_db.reader() as s:
        hers = debrief.debrief(s, app_id, lena)
    assert hers.means[Axis.CULTURE] == 4.0 and hers.weighted == pytest.approx(4.0)
    assert hers.sealed_axes == (Axis.ML_PRACTICE, Axis.THEORY)
    assert hers.sealed_culture == 1


def test_sealed_axes_are_said_in_the_debrief(qtbot: Any, new_db: Database, app_id: str,
                                             kenji: str) -> None:
    me = viewer_id(new_db)
    iid = schedule(new_db, app_id, 2, [me, kenji])
    submit_card(new_db, iid, kenji, 4)  # practice and theory, sealed for me
    assess_culture(new_db, app_id, kenji, {COMM: 3})  # sealed for me
    assess_culture(new_db, app_id, me, {OWN: 2})  # mine
    view = DebriefView(new_db, app_id)
    qtbot.addWidget(view)
    assert view.form.gapsLabel.text() == (
        "Nobody assessed: Software engineering, ML systems architecture\n"
        "Sealed for you until you submit your scorecard: ML practice, ML theory and math")
    assert view.form.scoreLabel.text() == "No (2.0)"  # mine only: Kenji's are sealed


def test_in_the_demo_no_culture_assessment_leaves_culture_a_gap(demo_db: Database) -> None:
    with demo_db.reader() as s:
        rows = s.execute(select(CultureAssessment.application_id, CultureAssessment.assessor_id)
                         .where(CultureAssessment.deleted_at.is_(None))).all()
        assert rows, "the demo has culture assessments"
        for app, assessor in rows:
            d = debrief.debrief(s, app, assessor)
            assert d.culture and d.means[Axis.CULTURE] is not None
            assert Axis.CULTURE not in d.gaps
            if d.weights.get(Axis.CULTURE, 0) > 0:
                assert d.weighted is not None

def test_a_chip_too_narrow_for_its_label_keeps_the_mean_figure(qtbot: Any) -> None:
    """A narrow debrief column shows "3.8" for "Strong yes (3.8)" (the colour says the rest),
    never a label cut at both ends."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from hirefile.ui.assess.debrief_grid import fitted_chip_text

    fm = QFontMetrics(QApplication.font())
    label = "Strong yes (3.8)"
    assert fitted_chip_text(fm, label, fm.horizontalAdvance(label)) == label
    assert fitted_chip_text(fm, label, fm.horizontalAdvance(label) - 1) == "3.8"
    cut = fitted_chip_text(fm, "Strong yes", fm.horizontalAdvance("Strong"))
    assert cut.endswith("…") and fm.horizontalAdvance(cut) <= fm.horizontalAdvance("Strong")
