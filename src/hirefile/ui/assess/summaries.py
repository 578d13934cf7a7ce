"""Short cards summing up a portfolio review and a culture assessment, for the debrief.

A debrief needs the gist, not the form: who looked, when, at what, the verdict, and what
failed — the detail is one click away in the form itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from hirefile.domain import scoring
from hirefile.domain.vocab import CheckResult
from hirefile.services.assessments import CultureData, ReviewData, summary_counts
from hirefile.ui.assess.common import day_text, esc, label
from hirefile.ui.assess.feedback import rating_chip
from hirefile.ui.assess.style import rating_text


def _frame(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setProperty("kind", "card")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(14, 10, 14, 10)
    lay.setSpacing(4)
    return frame, lay


def _head(frame: QFrame, who: str, when: str, value: float | None,
          chip_text: str | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(label(who, "fieldTitle", frame))
    row.addWidget(label(when, "hint", frame))
    row.addStretch(1)
    row.addWidget(rating_chip(value, frame, text=chip_text))
    return row


def review_card(review: ReviewData, parent: QWidget) -> QFrame:
    """Reviewer, date and rating; the links at their commit; the checklist in counts and the
    items that did not pass."""
    frame, lay = _frame(parent)
    lay.addLayout(_head(frame, review.reviewer, day_text(review.reviewed_on), review.rating,
                        None if review.rating else "Not rated"))
    links = []
    for url, ref in review.urls:
        shown = url.removeprefix("https://").removeprefix("http://")
        links.append(f'<a href="{esc(url)}">{esc(shown)}</a>'
                     + (f" @ <code>{esc(ref)}</code>" if ref else ""))
    if links:
        text = label("<br>".join(links), None, frame, wrap=True, rich=True)
        text.setOpenExternalLinks(True)
        lay.addWidget(text)
    if review.looked_at:
        lay.addWidget(label(f"Looked at: {review.looked_at}", "hint", frame, wrap=True))
    counts = summary_counts([r for r, _ in review.checks.values()])
    lay.addWidget(label(" · ".join(f"{counts[r]} {r.label.lower()}" for r in CheckResult),
                        None, frame))
    issues = [f"{item.label}: {result.label.lower()}" + (f" — {note}" if note else "")
              for item, (result, note) in review.checks.items()
              if result in (CheckResult.FAIL, CheckResult.PARTIAL)]
    if issues:
        lay.addWidget(label("\n".join(issues), "hint", frame, wrap=True))
    if review.notes:
        lay.addWidget(label(review.notes, None, frame, wrap=True))
    return frame


def culture_card(data: CultureData, parent: QWidget) -> QFrame:
    """Assessor, date and mean rating; each rated dimension with its evidence."""
    frame, lay = _frame(parent)
    rated = {d: v for d, v in data.ratings.items() if v[0] is not None}
    mean = scoring.mean(v for v, _ in rated.values())
    lay.addLayout(_head(frame, data.assessor, day_text(data.assessed_on), mean,
                        scoring.rating_label(mean) if mean is not None else None))
    lines = [f"<b>{esc(d.label)}</b>: {esc(rating_text(v))} — {esc(e)}"
             for d, (v, e) in rated.items()]
    if lines:
        lay.addWidget(label("<br>".join(lines), None, frame, wrap=True, rich=True))
    if data.summary:
        lay.addWidget(label(data.summary, "hint", frame, wrap=True))
    return frame
