"""Debriefs on paper: the labels' rounding for every mean and score (as the screen shows
them), headings kept with what follows, and an empty debrief clearly marked."""

from __future__ import annotations

from pdf_layout import pages, pages_ending_on_a_heading
from test_documents import add_person, add_scorecard, make_desk, pdf_text, revealed

from hirefile.domain import scoring
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.vocab import Axis
from hirefile.services import candidates, packets, pipeline
from hirefile.storage.database import Database


def test_means_and_scores_use_the_labels_rounding(new_db: Database) -> None:
    desk = make_desk(new_db)
    with new_db.session() as s:
        ana = add_person(s, "Ana Souza")
        # software engineering: 2 (Ana) and 3 (below): a mean of 2.5, which reads as Yes
        add_scorecard(s, desk.app_id, "Code review", ana,
                      {Axis.SOFTWARE: (2, "Tests were thin.")}, 3, "Fine.")
        add_scorecard(s, desk.app_id, "Pairing", add_person(s, "Kenji Sato"),
                      {Axis.SOFTWARE: (3, "Clean refactor.")}, 3, "Good.")
    me = revealed(new_db, desk.app_id)
    with new_db.reader() as s:
        data = packets.gather_debrief(s, desk.app_id, viewer_id=me)
        found = " ".join(pdf_text(packets.debrief_pdf(s, desk.app_id, viewer_id=me)).split())
    software = next(a for a in data.axis_scores if a.label == Axis.SOFTWARE.label)
    assert software.average == 2.5
    assert "Yes (2.5)" in found and "No (2.5)" not in found
    assert data.weighted_score is not None
    # the big number says what its label says: one decimal, half up
    shown = scoring.score_text(data.weighted_score)
    assert f"{shown} / 4" in found and scoring.rating_label(data.weighted_score) in found


def test_rounding_is_half_up_where_python_rounds_to_even() -> None:
    assert scoring.score_text(3.15) == "3.2" and f"{3.15:.1f}" == "3.1"
    assert scoring.score_text(3.125) == "3.1"
    assert scoring.nearest_rating(2.5) == 3 and round(2.5) == 2
    assert scoring.rating_label(1.5) == "No (1.5)" and scoring.rating_label(3.5) == \
        "Strong yes (3.5)"


def test_an_empty_debrief_is_marked_and_holds_no_empty_grids(new_db: Database) -> None:
    desk = make_desk(new_db)
    with new_db.session() as s:
        other = candidates.create_candidate(s, CandidateDraft(full_name="Amara Okafor"))
        s.flush()
        app = pipeline.add_application(s, other.id, desk.role_id)
    with new_db.reader() as s:
        pdf = packets.debrief_pdf(s, app.id, viewer_id=new_db.identity.person_id)
    found = " ".join(pdf_text(pdf).split())
    assert "NO FEEDBACK" in found
    assert ("Nothing to debrief yet: no interviewer has submitted a scorecard, and there is no "
            "portfolio review or culture assessment.") in found
    assert "Scores by axis" not in found and "Role-weighted score" not in found
    assert len(pages(pdf)) == 1


def test_no_heading_is_left_last_on_a_page(new_db: Database) -> None:
    desk = make_desk(new_db, note="")
    with new_db.session() as s:
        for i in range(9):
            person = add_person(s, f"Interviewer {i}")
            add_scorecard(s, desk.app_id, f"Interview {i}", person,
                          {axis: (1 + (i + n) % 4, "Evidence. " * (8 + 5 * i))
                           for n, axis in enumerate(Axis)}, 1 + i % 4, "Takeaway " * 20)
    me = revealed(new_db, desk.app_id)
    with new_db.reader() as s:
        pdf = packets.debrief_pdf(s, desk.app_id, viewer_id=me)
    assert len(pages(pdf)) >= 4
    assert pages_ending_on_a_heading(pdf) == []


def test_a_sealed_debrief_says_sealed_not_that_nobody_assessed(new_db: Database) -> None:
    desk = make_desk(new_db)  # two submitted scorecards; the viewer has not written theirs
    with new_db.reader() as s:
        pdf = packets.debrief_pdf(s, desk.app_id, viewer_id=new_db.identity.person_id)
    found = " ".join(pdf_text(pdf).split())
    assert "Sealed until you submit your scorecard" in found
    assert "Sealed: others' ratings show once you submit yours" in found
    assert "nobody assessed it" not in found and "Shipped a ranking model" not in found
    # sealed ratings are not "Not assessed", and sealed recommendations are not zero of each
    assert "Not assessed" not in found.replace("“Not assessed” never counts", "")
    assert "Strong yes: 0" not in found and "Yes: 0" not in found
    assert "Overall recommendations Sealed until you submit your scorecard" in found
