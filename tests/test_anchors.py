"""Anchored scales: every starter question ships four distinct anchors in our own words, a new
file has them, the axes have Hirefile's anchors until a file words them its own way, and the
question editor's service keeps four or none."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from hirefile.domain import anchors
from hirefile.domain.question_bank import STARTER_BANK
from hirefile.domain.vocab import Axis
from hirefile.errors import ValidationError
from hirefile.services import anchors as file_anchors
from hirefile.services import questions
from hirefile.storage.database import Database
from hirefile.storage.models import AxisAnchors, Question


def test_every_starter_question_has_four_distinct_short_anchors() -> None:
    assert set(anchors.QUESTION_ANCHORS) == {q.key for q in STARTER_BANK}
    for q in STARTER_BANK:
        four = anchors.question_anchors(q.key)
        assert len(four) == 4 and len(set(four)) == 4, q.key
        assert all(0 < len(a) <= anchors.ANCHOR_LIMIT and a == " ".join(a.split())
                   for a in four), q.key
        assert anchors.problem(four) is None
    for axis in Axis:
        four = anchors.axis_anchors(axis)
        assert len(set(four)) == 4 and all(len(a) <= anchors.ANCHOR_LIMIT for a in four)


def test_anchors_are_four_or_none() -> None:
    assert anchors.problem(["a", "", "c", "d"]) == \
        "Write all four anchors (what a 1, 2, 3 and 4 look like), or none"
    assert anchors.problem(["", "", "", ""]) is None and anchors.cleaned(["", " ", "", ""]) == []
    assert "too long" in (anchors.problem(["a", "b", "c", "d" * 201]) or "")
    assert anchors.cleaned([" a\n b", "b", "c", "d"]) == ["a b", "b", "c", "d"]


def test_a_new_file_has_the_starter_anchors(new_db: Database) -> None:
    with new_db.reader() as s:
        kept = dict(s.execute(select(Question.builtin_key, Question.anchors)).all())
    assert kept == {q.key: list(anchors.question_anchors(q.key)) for q in STARTER_BANK}


def test_a_question_keeps_four_anchors_or_none(new_db: Database) -> None:
    four = ["Silent", "Names a tool", "Explains a trade-off", "Teaches it back"]
    with new_db.session() as s:
        qid = questions.add_question(s, axis=Axis.SOFTWARE, text="How do you profile?",
                                     anchors=four).id
    with new_db.reader() as s:
        assert questions.question(s, qid).anchors == tuple(four)
    with new_db.session() as s, pytest.raises(ValidationError, match="all four") as err:
        questions.update_question(s, qid, axis=Axis.SOFTWARE, text="How do you profile?",
                                  guidance="", track=None, anchors=["x", "", "", ""])
    assert err.value.field == "anchors"
    with new_db.session() as s:
        questions.update_question(s, qid, axis=Axis.SOFTWARE, text="How do you profile?",
                                  guidance="", track=None, anchors=["", "", "", ""])
    with new_db.reader() as s:
        assert questions.question(s, qid).anchors == ()
        assert file_anchors.question_anchors(s, [qid, None]) == {}


def test_axis_anchors_default_to_hirefiles_and_a_file_words_its_own(new_db: Database) -> None:
    with new_db.reader() as s:
        scales = file_anchors.axis_scales(s)
    assert scales[Axis.THEORY].anchors == anchors.axis_anchors(Axis.THEORY)
    assert not any(sc.changed for sc in scales.values())
    ours = ("No maths", "Some maths", "Uses maths", "Teaches maths")
    with new_db.session() as s:
        assert file_anchors.save_axis(s, Axis.THEORY, ours).changed
    with new_db.reader() as s:
        assert file_anchors.axis_scales(s)[Axis.THEORY].anchors == ours
    with new_db.session() as s:  # Hirefile's own wording keeps no row
        file_anchors.save_axis(s, Axis.THEORY, anchors.axis_anchors(Axis.THEORY))
    with new_db.reader() as s:
        assert s.scalars(select(AxisAnchors).where(AxisAnchors.deleted_at.is_(None))).all() == []
    with new_db.session() as s:
        file_anchors.save_axis(s, Axis.THEORY, ours)
        file_anchors.revert_axis(s, Axis.THEORY)
    with new_db.reader() as s:
        assert not file_anchors.axis_scales(s)[Axis.THEORY].changed
    with new_db.session() as s, pytest.raises(ValidationError, match="all four"):
        file_anchors.save_axis(s, Axis.THEORY, ("only one", "", "", ""))


# on screen ------------------------------------------------------------------------------------

def test_the_scorecard_shows_the_anchor_of_the_rating_chosen_or_pointed_at(
        qtbot: Any, new_db: Database) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QEnterEvent
    from PySide6.QtWidgets import QApplication
    from test_assess_ui import schedule

    from hirefile.domain.templates import template
    from hirefile.services import candidates, pipeline
    from hirefile.services.candidates import CandidateDraft
    from hirefile.services.roles import add_role_from_template
    from hirefile.ui.assess.common import viewer_id
    from hirefile.ui.assess.scorecard import ScorecardDialog
    from hirefile.ui.text import isolate

    with new_db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        c = candidates.create_candidate(s, CandidateDraft(full_name="Aiyana Redcloud"))
        app = pipeline.add_application(s, c.id, role.id,
                                       stage=pipeline.stage_named(s, role.id, "Onsite")).id
    ours = ("Draws one box", "Names the parts", "Designs it end to end", "Plans for failure")
    with new_db.session() as s:
        file_anchors.save_axis(s, Axis.SYSTEMS, ours)
    iid = schedule(new_db, app, 3, [viewer_id(new_db)])  # systems, software
    dialog = ScorecardDialog(None, new_db, iid)
    qtbot.addWidget(dialog)
    systems, software = dialog.rows[Axis.SYSTEMS], dialog.rows[Axis.SOFTWARE]
    assert systems.anchor.text() == ("Choose or point at a rating to see what it looks like "
                                     "on this axis.")
    qtbot.keyClick(systems.picker, Qt.Key.Key_3)
    assert systems.anchor.text() == f"3 Yes: {isolate('Designs it end to end')}"
    strong_no = systems.picker.buttons[0]
    QApplication.sendEvent(strong_no, QEnterEvent(QPointF(2, 2), QPointF(2, 2), QPointF(2, 2)))
    assert systems.anchor.text() == f"1 Strong no: {isolate('Draws one box')}"
    assert "Draws one box" in strong_no.toolTip()
    QApplication.sendEvent(strong_no, QEvent(QEvent.Type.Leave))
    assert systems.anchor.text() == f"3 Yes: {isolate('Designs it end to end')}"
    qtbot.mouseClick(software.all_button, Qt.MouseButton.LeftButton)
    assert software.anchor.text().splitlines() == [
        f"{n} {label}: {isolate(a)}" for n, label, a in zip(
            (1, 2, 3, 4), ("Strong no", "No", "Yes", "Strong yes"),
            anchors.axis_anchors(Axis.SOFTWARE), strict=True)]
    # each question asked shows what a 1-4 answer looks like
    with new_db.reader() as s:
        asked = s.scalars(select(Question.anchors).where(Question.text.in_(
            [q for _n, q, _t in dialog.view.question_notes]))).all()
    assert asked and all(asked)
    shown = [w.text() for w in dialog.form.questionsHost.findChildren(type(systems.anchor))]
    for four in asked:
        assert f"4 Strong yes: {isolate(four[3])}" in "\n".join(shown)


def test_the_question_editor_edits_the_four_anchors(qtbot: Any, new_db: Database
                                                    ) -> None:
    from PySide6.QtGui import QUndoStack

    from hirefile.ui.commands import apply
    from hirefile.ui.commands.roles import EditQuestion
    from hirefile.ui.roles.bank import QuestionDialog, question_values

    with new_db.reader() as s:
        q = next(x for x in questions.questions(s) if x.builtin)
    dialog = QuestionDialog()
    qtbot.addWidget(dialog)
    dialog.set_values(question_values(q))
    assert [e.text() for e in dialog.anchor_edits()] == list(q.anchors)
    dialog.form.anchor2Edit.setText("Names a baseline but not the metric")
    values = dialog.values()
    stack = QUndoStack()
    apply(stack, EditQuestion(new_db, lambda: None, q.id, q, **values))  # type: ignore[arg-type]
    with new_db.reader() as s:
        assert questions.question(s, q.id).anchors[1] == "Names a baseline but not the metric"
    stack.undo()
    with new_db.reader() as s:
        assert questions.question(s, q.id).anchors == q.anchors
    dialog.show_error(ValidationError("Write all four anchors (what a 1, 2, 3 and 4 look "
                                      "like), or none", field="anchors"))
    assert dialog.form.anchorsError.text().startswith("Write all four")


def test_axis_anchors_dialog_saves_one_undo_step(qtbot: Any, new_db: Database
                                                 ) -> None:
    from PySide6.QtGui import QUndoStack

    from hirefile.ui.roles.axis_anchors import AxisAnchorsDialog

    stack = QUndoStack()
    dialog = AxisAnchorsDialog(new_db, stack, lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.form.axis3Title.text() == Axis.THEORY.label
    assert dialog.anchors(Axis.THEORY) == anchors.axis_anchors(Axis.THEORY)
    dialog.edits[Axis.THEORY][0].setText("Cannot say what a gradient is")
    dialog.edits[Axis.CULTURE][1].setText("")
    assert not dialog.save()  # three of four: refused, nothing written
    assert dialog.form.messageLabel.text().startswith("Culture and collaboration: Write all")
    dialog.form.axis5DefaultButton.click()
    assert dialog.save()
    assert stack.count() == 1 and stack.undoText() == "Edit axis anchors"
    with new_db.reader() as s:
        assert file_anchors.axis_scales(s)[Axis.THEORY].anchors[0] == \
            "Cannot say what a gradient is"
    stack.undo()
    with new_db.reader() as s:
        assert not file_anchors.axis_scales(s)[Axis.THEORY].changed


def test_the_interview_packet_prints_the_anchors_beside_the_boxes(new_db: Database) -> None:
    from test_documents import pdf_text, squash

    from hirefile.domain.templates import template
    from hirefile.services import candidates, packets, pipeline
    from hirefile.services.candidates import CandidateDraft
    from hirefile.services.roles import add_role_from_template

    with new_db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        c = candidates.create_candidate(s, CandidateDraft(full_name="Ngozi Adeyemi"))
        app = pipeline.add_application(s, c.id, role.id).id
    with new_db.reader() as s:
        text = squash(pdf_text(packets.packet_pdf(s, app)))
    for axis in Axis:  # the ML engineer's loop rates every axis somewhere
        for anchor in anchors.axis_anchors(axis):
            assert squash(anchor) in text, anchor
    for key in ("culture-disagreement", "practice-past-project"):
        assert all(squash(a) in text for a in anchors.question_anchors(key))
    assert squash("1 Strong no") in text and squash("4 Strong yes") in text
