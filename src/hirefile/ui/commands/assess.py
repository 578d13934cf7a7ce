"""Undo commands for assessments: a scorecard draft, a portfolio review, a culture assessment
and a debrief decision. Submitting a scorecard is not among them: it unseals the others'
feedback, so it is final and its confirmation says so.

A debrief decision that moved the candidate is taken back with its move, only while nothing
moved them since (the refusal names who did).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from hirefile.domain.vocab import CultureDimension, Decision
from hirefile.services import assessments, blind_grading, debrief, estimates
from hirefile.services import scorecards as sc
from hirefile.services.assessments import ReviewDraft
from hirefile.services.blind import BlindPass
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import APPLICATION, ASSESSMENT
from hirefile.ui.commands.base import Notify
from hirefile.ui.commands.written import WriteCommand
from hirefile.ui.text import isolate

KINDS = frozenset((ASSESSMENT,))


class SaveScorecardDraft(WriteCommand):
    """Save the person's scorecard as a draft (made on its first save)."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, interview_id: str, person_id: str,
                 draft: sc.ScorecardDraft, title: str) -> None:
        super().__init__(f"Save scorecard draft ({title})", db, notify)
        self.interview_id, self.person_id, self.draft = interview_id, person_id, draft
        self.card_id: str | None = None

    def write(self, session: Unit) -> None:
        self.card_id = sc.write(session, self.interview_id, self.person_id, self.draft)


class SaveReview(WriteCommand):
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, application_id: str, reviewer_id: str,
                 draft: ReviewDraft, review_id: str | None) -> None:
        super().__init__("Save portfolio review", db, notify)
        self.application_id, self.reviewer_id = application_id, reviewer_id
        self.draft, self.review_id = draft, review_id

    def write(self, session: Unit) -> None:
        assessments.save_review(session, self.application_id, self.reviewer_id, self.draft,
                                review_id=self.review_id)


class GradeBlind(WriteCommand):
    """One grade of a blind pass, into the grader's own scorecard or portfolio review; its
    text names the letter, never the person."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, blind_pass: BlindPass, key: str,
                 criterion: str, value: Any, note: str | None) -> None:
        title = blind_pass.criterion(criterion).title
        super().__init__(f"Blind grade: {title}, Candidate {key}", db, notify)
        self.blind_pass, self.key, self.criterion = blind_pass, key, criterion
        self.value, self.note = value, note

    def write(self, session: Unit) -> None:
        blind_grading.grade(session, self.blind_pass, self.key, self.criterion, self.value,
                            self.note)


class SaveCulture(WriteCommand):
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, application_id: str, assessor_id: str,
                 ratings: Mapping[CultureDimension, tuple[int | None, str]], summary: str, *,
                 assessed_on: date, assessment_id: str | None) -> None:
        super().__init__("Save culture assessment", db, notify)
        self.application_id, self.assessor_id = application_id, assessor_id
        self.ratings, self.summary = dict(ratings), summary
        self.assessed_on, self.assessment_id = assessed_on, assessment_id

    def write(self, session: Unit) -> None:
        assessments.save_culture(session, self.application_id, self.assessor_id, self.ratings,
                                 self.summary, assessed_on=self.assessed_on,
                                 assessment_id=self.assessment_id)


class DecideDebrief(WriteCommand):
    """Record a debrief decision and apply it to the stage; undo takes both back."""
    kinds = frozenset((ASSESSMENT, APPLICATION))

    def __init__(self, db: Workspace, notify: Notify, application_id: str, decision: Decision,
                 rationale: str, decided_by_id: str, candidate: str) -> None:
        super().__init__(f"Debrief: {decision.label.lower()} {isolate(candidate)}", db, notify)
        self.application_id, self.decision, self.rationale = application_id, decision, \
            rationale
        self.decided_by_id = decided_by_id
        #: Whether the decision moved the candidate (set when it is made).
        self.moved = False

    def write(self, session: Unit) -> None:
        self.moved = debrief.decide(session, self.application_id, self.decision,
                                    self.rationale, self.decided_by_id,
                                    viewer_id=self.decided_by_id) is not None


class StartDiscussion(WriteCommand):
    """Keep everyone's scores before the debrief's discussion (a snapshot of the submitted
    scorecards); undo takes the snapshot back."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, application_id: str, person_id: str,
                 candidate: str) -> None:
        super().__init__(f"Start the debrief discussion ({isolate(candidate)})", db, notify)
        self.application_id, self.person_id = application_id, person_id
        self.taken = 0

    def write(self, session: Unit) -> None:
        self.taken = estimates.start(session, self.application_id, self.person_id)


class ReviseScores(WriteCommand):
    """A person's scores revised after the discussion, with the reason."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, application_id: str, person_id: str,
                 scores: Mapping[str, int | None], reason: str, candidate: str) -> None:
        super().__init__(f"Revise my debrief score ({isolate(candidate)})", db, notify)
        self.application_id, self.person_id = application_id, person_id
        self.scores, self.reason = dict(scores), reason

    def write(self, session: Unit) -> None:
        estimates.revise(session, self.application_id, self.person_id, self.scores,
                         self.reason)
