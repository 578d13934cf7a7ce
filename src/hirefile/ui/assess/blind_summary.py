"""The blind review's last page (who was who, one's grades side by side) and the choices the
grading page offers for each scale."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from hirefile.domain.vocab import CheckResult, StepKind
from hirefile.services.blind import CHECK, BlindPass, Criterion, Grade, RevealRow
from hirefile.services.blind_grading import Submitted
from hirefile.ui.assess.segmented import NOT_ASSESSED, RATING_CHOICES, Choice
from hirefile.ui.assess.style import rating_text
from hirefile.ui.generated.ui_blind_pass import Ui_BlindPassDialog
from hirefile.ui.text import isolate

#: The checklist by digit, worst to best, and 0 for n.a. (N is "next candidate" here).
CHECK_KEYS: tuple[Choice, ...] = (
    (CheckResult.FAIL, CheckResult.FAIL.label, "1", "1"),
    (CheckResult.PARTIAL, CheckResult.PARTIAL.label, "2", "2"),
    (CheckResult.PASS, CheckResult.PASS.label, "3", "4"),
    (CheckResult.NA, CheckResult.NA.label, "0", "none"),
)
RATING_KEYS: tuple[Choice, ...] = (*RATING_CHOICES, NOT_ASSESSED)


def grade_text(criterion: Criterion, grade: Grade | None) -> str:
    """"Strong yes", "Pass", or "—" for nothing given yet."""
    if grade is None:
        return "—"
    if criterion.scale == CHECK:
        return CheckResult(grade.value).label if grade.value is not None else "—"
    return rating_text(grade.value) if grade.value is not None else "—"



def fill_summary(f: Ui_BlindPassDialog, p: BlindPass, revealed: list[RevealRow]) -> int:
    """Fill the summary table and its notes; the number of scorecards still drafts."""
    take_home = p.kind is StepKind.TAKE_HOME
    heads = ["", "Candidate", *(c.short for c in p.criteria)]
    if take_home:
        heads.append("Scorecard")
    t = f.summaryTable
    t.clear()
    t.setColumnCount(len(heads))
    t.setRowCount(len(revealed))
    t.setHorizontalHeaderLabels(heads)
    for col, c in enumerate(p.criteria, 2):
        if (head := t.horizontalHeaderItem(col)) is not None:
            head.setToolTip(c.title)
    for r, row in enumerate(revealed):
        cells = [row.letter, row.name,
                 *(grade_text(c, row.grades.get(c.key)) for c in p.criteria)]
        if take_home:
            cells.append("Submitted" if row.final else "Draft" if row.grades else "Not graded")
        for col, text in enumerate(cells):
            t.setItem(r, col, QTableWidgetItem(text))
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    drafts = sum(1 for row in revealed if row.grades and not row.final) if take_home else 0
    f.summaryIntro.setText(
        "Who was who, in the order you graded them. Only your own grades are shown: the "
        "others' stay sealed as always.")
    if not take_home:
        f.summaryHint.setText("Your grades are saved in your portfolio reviews; open a "
                              "candidate's review to add what you looked at.")
    elif drafts:
        f.summaryHint.setText(
            f"{drafts:,} of your scorecards are drafts. Submitting is final and shows you the "
            "others' feedback on those candidates; scorecards still missing a recommendation "
            "or evidence stay drafts.")
    else:
        f.summaryHint.setText("Nothing left to submit from this pass.")
    return drafts


def submitted_message(done: Submitted, revealed: list[RevealRow]) -> str:
    """"Submitted 2 scorecards. Still drafts: C (Name): why"."""
    names = {f"Candidate {r.letter}": f"{r.letter} ({isolate(r.name)})" for r in revealed}
    message = f"Submitted {len(done.done)} scorecard{'s' * (len(done.done) != 1)}"
    if done.problems:
        still = []
        for problem in done.problems:
            who, _, why = problem.partition(": ")
            still.append(f"{names.get(who, who)}: {why}")
        message += ". Still drafts: " + "; ".join(still)
    return message
