"""Estimate, discuss, estimate: the scores before a debrief's discussion are a snapshot of the
submitted scorecards, revealed only to those who submitted theirs; a revision needs a reason
when it moves, and the debrief shows what moved and why."""

# ruff: noqa: F811  (the fixtures imported from test_assess_ui are parameters here)
from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from test_assess_ui import app_id, kenji, schedule, submit_card  # noqa: F401  (fixtures)

from hirefile.domain.vocab import Axis
from hirefile.errors import ValidationError
from hirefile.services import erasure, estimates, person_export
from hirefile.storage.database import Database
from hirefile.storage.models import Application, DebriefEstimate, Scorecard
from hirefile.ui.assess.common import ensure_viewer, viewer_id

ML, THEORY = Axis.ML_PRACTICE.value, Axis.THEORY.value


def two_cards(db: Database, app: str, other: str, *, mine: int = 4, theirs: int = 2) -> str:
    ensure_viewer(db)
    me = viewer_id(db)
    iid = schedule(db, app, 2, [me, other])  # rates ML practice and ML theory
    submit_card(db, iid, other, theirs)
    submit_card(db, iid, me, mine)
    return iid


def test_start_takes_a_snapshot_of_the_submitted_scorecards(new_db: Database, app_id: str,
                                                            kenji: str) -> None:
    iid = two_cards(new_db, app_id, kenji)
    me = viewer_id(new_db)
    with new_db.session() as s:
        assert estimates.start(s, app_id, me) == 6  # two people: two axes and overall each
    with new_db.session() as s:
        assert estimates.start(s, app_id, me) == 0  # never taken twice
    with new_db.session() as s:  # a later edit of a scorecard does not rewrite history
        card = s.scalar(select(Scorecard).where(Scorecard.interview_id == iid,
                                                Scorecard.interviewer_id == kenji))
        for r in card.ratings:
            r.rating = 4
    with new_db.reader() as s:
        e = estimates.estimates(s, app_id, me)
    assert e.started and not e.sealed and e.open_to_viewer
    assert {(x.person, x.aspect, x.before) for x in e.rows} == {
        ("Amara Okafor", ML, 4), ("Amara Okafor", THEORY, 4), ("Amara Okafor", "overall", 4),
        ("Kenji Watanabe", ML, 2), ("Kenji Watanabe", THEORY, 2),
        ("Kenji Watanabe", "overall", 2)}
    assert e.moved == () and e.weighted_before == pytest.approx(3.0)


def test_sealed_until_the_viewer_submits(new_db: Database, app_id: str, kenji: str) -> None:
    ensure_viewer(new_db)
    me = viewer_id(new_db)
    iid = schedule(new_db, app_id, 2, [me, kenji])
    submit_card(new_db, iid, kenji, 2)
    with new_db.session() as s, pytest.raises(ValidationError, match="Submit your scorecard"):
        estimates.start(s, app_id, me)
    with new_db.session() as s:  # Kenji has submitted: he may start it
        estimates.start(s, app_id, kenji)
    with new_db.reader() as s:
        e = estimates.estimates(s, app_id, me)
    assert e.started and e.sealed and e.rows == () and not e.open_to_viewer
    assert e.weighted_before is None  # nothing built from sealed ratings
    with new_db.session() as s, pytest.raises(ValidationError, match="Submit your scorecard"):
        estimates.revise(s, app_id, me, {ML: 3}, "heard Kenji")
    submit_card(new_db, iid, me, 3)
    with new_db.reader() as s:
        e = estimates.estimates(s, app_id, me)
    assert e.late == 1 and {x.person for x in e.rows} == {"Kenji Watanabe"}
    with new_db.session() as s:
        assert estimates.start(s, app_id, me) == 3  # late scorecards join the snapshot


def test_revise_needs_a_reason_when_it_moves_and_says_what_moved(
        new_db: Database, app_id: str, kenji: str) -> None:
    two_cards(new_db, app_id, kenji)
    me = viewer_id(new_db)
    with new_db.session() as s, pytest.raises(ValidationError, match="Say why") as err:
        estimates.revise(s, app_id, me, {ML: 3}, "  ")
    assert err.value.field == "reason"
    with new_db.session() as s, pytest.raises(ValidationError, match=r"1 \(Strong no\) to 4"):
        estimates.revise(s, app_id, me, {ML: 5}, "x")
    with new_db.session() as s, pytest.raises(ValidationError, match="too long"):
        estimates.revise(s, app_id, me, {ML: 3}, "x" * 301)
    with new_db.session() as s:  # the same as before needs no reason, and is no move
        assert estimates.revise(s, app_id, me, {THEORY: 4}, "") == 1
    with new_db.session() as s:
        estimates.revise(s, app_id, me, {ML: 3, "overall": 3},
                         "Kenji saw the take-home's missing tests")
    with new_db.reader() as s:
        e = estimates.estimates(s, app_id, me)
    assert [x.moved_text() for x in e.moved] == [
        "Amara Okafor: ML practice 4 → 3 — Kenji saw the take-home's missing tests",
        "Amara Okafor: Overall 4 → 3 — Kenji saw the take-home's missing tests"]
    # ML engineer weights: practice 30, theory 10 (the only axes rated)
    assert e.weighted_before == pytest.approx(3.0)
    assert e.weighted_after == pytest.approx((30 * 2.5 + 10 * 3) / 40)
    with new_db.reader() as s:  # Kenji, who submitted, sees it too
        assert len(estimates.estimates(s, app_id, kenji).moved) == 2
    with new_db.session() as s:  # cleared: back to the score before
        estimates.revise(s, app_id, me, {ML: None}, "")
    with new_db.reader() as s:
        assert [x.aspect for x in estimates.estimates(s, app_id, me).moved] == ["overall"]


def test_erasure_blanks_reasons_and_the_person_export_holds_them(
        new_db: Database, app_id: str, kenji: str) -> None:
    two_cards(new_db, app_id, kenji)
    me = viewer_id(new_db)
    reason = "Nguyễn explained the leakage fix in detail"
    with new_db.session() as s:
        estimates.revise(s, app_id, me, {ML: 3}, reason)
        cid = s.get(Application, app_id).candidate_id
    with new_db.reader() as s:
        rows = person_export.gather(s, cid).rows["debrief_estimate"]
        assert [r.reason for r in rows if r.reason] == [reason]
    erasure.erase_candidate(new_db, cid)
    with new_db.reader() as s:
        assert all(not r for r in s.scalars(select(DebriefEstimate.reason)))
    raw = new_db.path.read_bytes()
    assert reason.encode() not in raw and b"leakage fix" not in raw


# on screen ------------------------------------------------------------------------------------

def test_the_debrief_starts_the_discussion_revises_and_shows_what_moved(
        qtbot: Any, new_db: Database, app_id: str, kenji: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QUndoStack

    from hirefile.ui.assess.debrief import DebriefView
    from hirefile.ui.assess.revise import ReviseScoresDialog
    from hirefile.ui.text import isolate

    two_cards(new_db, app_id, kenji, mine=4, theirs=2)
    stack = QUndoStack()
    view = DebriefView(new_db, app_id, stack=stack)
    qtbot.addWidget(view)
    f = view.form
    assert not f.startButton.isHidden() and f.reviseButton.isHidden()
    assert f.estimatesHint.text().startswith("Estimate, discuss, estimate")
    f.startButton.click()
    assert stack.count() == 1 and f.startButton.isHidden() and not f.reviseButton.isHidden()
    assert "Weighted score before: 3, after: 3." in f.estimatesHint.text()
    shown = [w.text() for w in f.estimatesHost.findChildren(type(f.estimatesHint))]
    assert "Kenji Watanabe" in shown and "Amara Okafor" in shown
    assert "Nothing yet: nobody has revised a score after the discussion." in shown

    def answer(dialog: ReviseScoresDialog) -> int:
        assert dialog.labels[ML].text() == "ML practice (before: 4)"
        dialog.set_score(ML, 3)
        assert not dialog.save()  # a move needs its reason
        assert dialog.form.reasonError.text().startswith("Say why")
        dialog.form.reasonEdit.setText("Kenji saw the take-home's missing tests")
        assert dialog.save()
        return 1

    monkeypatch.setattr(ReviseScoresDialog, "exec", answer)
    f.reviseButton.click()
    assert stack.count() == 2 and stack.undoText().startswith("Revise my debrief score")
    line = (f"{isolate('Amara Okafor')}: ML practice 4 → 3 — "
            f"{isolate('Kenji saw the take-home' + chr(39) + 's missing tests')}")
    assert view.moved_lines == [line]
    shown = [w.text() for w in f.estimatesHost.findChildren(type(f.estimatesHint))]
    assert any(t.startswith(line + " (") for t in shown)
    assert "4 → 3" in shown
    # ML engineer weights practice 30, theory 10: (30 × mean(3, 2) + 10 × mean(4, 2)) / 40
    assert f.estimatesHint.text().endswith("Weighted score before: 3, after: 2.6.")
    assert f.scoreHint.text().endswith("Before the discussion 3, after 2.6.")
    stack.undo()
    view.reload()
    assert view.moved_lines == []


def test_the_debrief_pdf_says_what_moved_only_to_those_who_may_see(
        new_db: Database, app_id: str, kenji: str) -> None:
    from test_documents import pdf_text, squash

    from hirefile.services import packets

    two_cards(new_db, app_id, kenji)
    me = viewer_id(new_db)
    with new_db.session() as s:
        estimates.revise(s, app_id, kenji, {ML: 3}, "Amara's notes on the feature store")
    with new_db.reader() as s:
        text = squash(pdf_text(packets.debrief_pdf(s, app_id, viewer_id=me)))
    assert squash("What moved in the discussion") in text
    assert squash("Kenji Watanabe: ML practice 2 → 3 — Amara's notes on the feature store") \
        in text
    # ML engineer weights practice 30, theory 10: (30 × mean(4, 3) + 10 × mean(4, 2)) / 40
    assert squash("Role-weighted score before the discussion 3, after it 3.4") in text
    with new_db.session() as s:  # a third person who has not submitted sees none of it
        from hirefile.storage.models import Person
        lin = Person(name="Lin Wei")
        s.add(lin)
        s.flush()
        other = lin.id
    with new_db.reader() as s:
        text = squash(pdf_text(packets.debrief_pdf(s, app_id, viewer_id=other)))
    assert squash("What moved") not in text and "featurestore" not in text


def test_a_reason_naming_someone_erased_loses_their_name(new_db: Database, app_id: str,
                                                         kenji: str) -> None:
    from hirefile.services import candidates
    from hirefile.services.candidates import CandidateDraft
    from hirefile.services.erasure import ERASED_NAME

    two_cards(new_db, app_id, kenji)
    with new_db.session() as s:
        other = candidates.create_candidate(s, CandidateDraft(full_name="Tomasz Wiśniewski")).id
    with new_db.session() as s:
        estimates.revise(s, app_id, viewer_id(new_db), {ML: 3},
                         "Weaker on pipelines than Tomasz Wiśniewski")
    report = erasure.erase_candidate(new_db, other)
    assert report.removed["mentions in other records"] == 1
    with new_db.reader() as s:
        (moved,) = estimates.estimates(s, app_id, viewer_id(new_db)).moved
    assert moved.reason == f"Weaker on pipelines than {ERASED_NAME}"
    assert "Wiśniewski".encode() not in new_db.path.read_bytes()


def test_merging_two_records_keeps_one_estimate_per_person_and_aspect(
        new_db: Database, app_id: str, kenji: str) -> None:
    from datetime import UTC, datetime

    from hirefile.services import candidates, dedupe, pipeline
    from hirefile.services.candidates import CandidateDraft
    from hirefile.storage.check import check_file

    two_cards(new_db, app_id, kenji)
    me = viewer_id(new_db)
    with new_db.session() as s:
        estimates.start(s, app_id, me)
        app = s.get(Application, app_id)
        keep, role = app.candidate_id, app.role_id
        other = candidates.create_candidate(s, CandidateDraft(full_name="Minh Khai Nguyen")).id
        twin = pipeline.add_application(s, other, role).id
        s.add(DebriefEstimate(application_id=twin, person_id=kenji, aspect=ML, before_score=1,
                              before_at=datetime(2026, 1, 1, tzinfo=UTC)))
    with new_db.session() as s:
        dedupe.merge(s, keep, other)
    with new_db.reader() as s:
        live = s.execute(select(DebriefEstimate.application_id, DebriefEstimate.person_id,
                                DebriefEstimate.aspect)
                         .where(DebriefEstimate.deleted_at.is_(None))).all()
    assert len(live) == len(set(live)) == 6 and len({a for a, _p, _x in live}) == 1
    assert check_file(new_db.path).ok
