"""Assessing candidates: interviews, scorecards with sealed feedback, portfolio reviews,
culture assessments, the debrief and finalists.

The entry points below are what other screens call (the Interviews page, the candidate record,
the board); each opens its dialog and returns when it closes, calling `on_change` after any
write.
"""

from hirefile.ui.assess.entry import (
    open_culture,
    open_debrief,
    open_finalists,
    open_review,
    open_scorecard,
    open_scorecards,
    schedule_interview,
)

__all__ = ["open_culture", "open_debrief", "open_finalists", "open_review", "open_scorecard",
           "open_scorecards", "schedule_interview"]
