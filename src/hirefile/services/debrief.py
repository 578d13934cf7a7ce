"""The debrief: all submitted evidence side by side, the weighted score, the decision; and
finalists of one role compared.

Everything here is as one viewer may see it (`scorecards.can_see_feedback`): until they have
submitted their own scorecard for the application, or revealed anyway, others' scorecards,
portfolio reviews and culture assessments are counted but not shown, nor scored.

The score counts what `scoring.axis_ratings` says counts: scorecard ratings, and each culture
assessment the viewer may see as one rating on Culture and collaboration. An axis rated only
in evidence sealed for the viewer is "sealed", never a gap ("nobody assessed")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hirefile.domain import scoring
from hirefile.domain.money import money_text
from hirefile.domain.vocab import ActivityKind, Axis, Decision, StageKind
from hirefile.errors import ValidationError
from hirefile.services import pipeline
from hirefile.services.activity import record
from hirefile.services.debrief_read import DebriefData as DebriefData
from hirefile.services.debrief_read import debrief as debrief
from hirefile.services.listing import range_text
from hirefile.storage.models import (
    Candidate,
    DebriefDecision,
    Role,
    RoleStage,
)
from hirefile.storage.types import utcnow


def decide(session: Session, application_id: str, decision: Decision, rationale: str,
           decided_by_id: str, *, viewer_id: str | None = None) -> pipeline.MoveResult | None:
    """Record the decision and apply it to the stage: advance → next stage, hire → Offer
    (or Hired when the role has no Offer stage), reject → Rejected, hold → stays."""
    if not rationale.strip():
        raise ValidationError("Write down why: a decision without its reason cannot be "
                              "revisited", field="rationale")
    app = pipeline.live_application(session, application_id)
    data = debrief(session, application_id, viewer_id or decided_by_id)
    session.add(DebriefDecision(application_id=app.id, decision=decision,
                                rationale=rationale.strip(), decided_by_id=decided_by_id,
                                decided_at=utcnow(), weighted_score=data.weighted))
    record(session, ActivityKind.UPDATED, "application", app.id,
           f"Debrief: {decision.label.lower()} — {rationale.strip()[:120]}",
           candidate_id=app.candidate_id)
    stages = pipeline.stages_of(session, app.role_id)
    target: RoleStage | None = None
    reason = None
    if decision is Decision.ADVANCE:
        active = [s for s in stages if s.kind is StageKind.ACTIVE]
        ids = [s.id for s in active]
        if app.stage_id in ids and ids.index(app.stage_id) + 1 < len(ids):
            target = active[ids.index(app.stage_id) + 1]
    elif decision is Decision.HIRE:
        target = next((s for s in stages if s.name.casefold() == "offer"), None) or \
            pipeline.exit_stage(session, app.role_id, StageKind.HIRED)
    elif decision is Decision.REJECT:
        target = pipeline.exit_stage(session, app.role_id, StageKind.REJECTED)
        reason = "Debrief decision"
    if target is None or target.id == app.stage_id:
        return None
    return pipeline.move(session, app.id, target.id, reason=reason, note=rationale.strip())


# finalists -------------------------------------------------------------------------------

MIN_FINALISTS, MAX_FINALISTS = 2, 5


@dataclass(frozen=True)
class FinalistRow:
    application_id: str
    candidate: str
    stage: str
    days_in_process: int
    means: dict[Axis, float | None]
    weighted: float | None
    rank: int | None
    recommendations: tuple[int | None, ...]
    expectation: str
    against_range: str
    #: Others' feedback exists that the viewer may not see yet (scores left blank).
    sealed: bool = False


def finalists(session: Session, application_ids: Sequence[str],
              viewer_id: str) -> list[FinalistRow]:
    """2–5 candidates of one role side by side, best weighted score first (ties share a rank)."""
    ids = list(dict.fromkeys(application_ids))
    if not MIN_FINALISTS <= len(ids) <= MAX_FINALISTS:
        raise ValidationError(f"Compare between {MIN_FINALISTS} and {MAX_FINALISTS} candidates")
    apps = [pipeline.live_application(session, i) for i in ids]
    if len({a.role_id for a in apps}) != 1:
        raise ValidationError("Finalists are compared within one role")
    role = session.get(Role, apps[0].role_id)
    now = utcnow()
    rows: dict[str, FinalistRow] = {}
    for app in apps:
        d = debrief(session, app.id, viewer_id)
        c = session.get(Candidate, app.candidate_id)
        expectation = money_text(c.expectation, c.expectation_currency) if c else ""
        rows[app.id] = FinalistRow(
            app.id, d.candidate, d.stage, max(0, (now - app.applied_at).days), d.means,
            d.weighted, None, tuple(r for _, r in d.recommendations), expectation,
            _against(c, role), d.sealed)
    ranked = scoring.rank({k: r.weighted for k, r in rows.items()})
    order = {r.key: r.rank for r in ranked}
    out = [FinalistRow(**{**r.__dict__, "rank": order[k]}) for k, r in rows.items()]
    return sorted(out, key=lambda r: (r.rank is None, r.rank or 0, r.candidate))


def _against(c: Candidate | None, role: Role | None) -> str:
    if c is None or role is None or c.expectation is None:
        return "no expectation stated"
    if role.pay_min is None and role.pay_max is None:
        return "the role has no pay range"
    if c.expectation_currency != role.pay_currency or \
            (c.expectation_period or role.pay_period) != role.pay_period:
        return f"range {range_text(role.pay_min, role.pay_max, role.pay_currency)} " \
               "(different currency or period)"
    if role.pay_max is not None and c.expectation > role.pay_max:
        return "above the range"
    if role.pay_min is not None and c.expectation < role.pay_min:
        return "below the range"
    return "within the range"
