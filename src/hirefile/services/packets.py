"""Gather the interview packet and the debrief summary of one application, and export them.

Reads the file into the plain dataclasses of `hirefile.documents.data`. Only submitted
scorecards are ever shown, never drafts nor private notes; a packet shows them only when asked
(`include_feedback`), so that interviewers write theirs before reading anyone else's. Both
exports are for one viewer and follow the sealing rule (`scorecards.can_see_feedback`): others'
scorecards they may not see yet show who submitted, never what.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.documents.data import (
    AxisScore,
    DebriefData,
    LoopStepInfo,
    PacketData,
    PacketStep,
    Question,
    RatingLine,
    ReviewView,
    ScorecardView,
    Slot,
    page_size_for,
)
from hirefile.documents.guides import AXIS_GUIDE, CULTURE_GUIDE, PORTFOLIO_GUIDE
from hirefile.domain import offers as money
from hirefile.domain import scoring
from hirefile.domain.roles import format_minutes, normalise_weights
from hirefile.domain.vocab import (
    NOT_ASSESSED_LABEL,
    Axis,
    CultureDimension,
    LinkKind,
    PortfolioCheck,
    Rating,
    ScorecardStatus,
)
from hirefile.services import anchors, estimates
from hirefile.services import scorecards as sealing
from hirefile.services.company import CompanyData, company, zone_of
from hirefile.services.debrief import debrief
from hirefile.services.loops import loop
from hirefile.services.people import names as person_names
from hirefile.services.pipeline import live_application
from hirefile.services.roles import axis_weights
from hirefile.storage.models import (
    Candidate,
    CandidateLink,
    CultureAssessment,
    CultureRating,
    DebriefDecision,
    Interview,
    InterviewPanelist,
    Person,
    PortfolioReview,
    Role,
    RoleStage,
    Scorecard,
    ScorecardRating,
)
from hirefile.storage.models import (
    Question as BankQuestion,
)


def _when(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return money.date_text(value if isinstance(value, date) else value.date())


def interview_time(value: datetime, zone: ZoneInfo | None) -> str:
    """`Tue 3 March 2026, 14:30 CET (UTC+01:00)`: the time in `zone` (None: this machine's),
    its zone's abbreviation and its offset from UTC, so that nobody converts in their head."""
    local = value.astimezone(zone) if zone is not None else value.astimezone()
    offset = local.strftime("%z") or "+0000"
    utc = f"UTC{offset[:3]}:{offset[3:5]}"
    name = local.tzname() or ""
    shown = f"{name} ({utc})" if name and name[0].isalpha() and name != "UTC" else utc
    day = money.date_text(local.date(), unbroken=True)  # never split across lines
    return f"{local:%a}\u00a0{day}, {local:%H:%M}\u00a0{shown}"


def zone_note(c: CompanyData) -> str:
    """Which zone a packet's times are in, and where that comes from."""
    zone = zone_of(c)
    if zone is not None:
        return f"Times are in {zone.key}, the company profile's time zone."
    local = datetime.now().astimezone().tzname() or "local time"
    return (f"Times are in this computer's time zone ({local}); set one in the company "
            "profile to print them the same on every machine.")


def _rating(value: int | None) -> str:
    return Rating(value).label if value else NOT_ASSESSED_LABEL


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip(" -•\t") for line in (text or "").splitlines()
                 if line.strip(" -•\t"))


# the candidate and the role --------------------------------------------------------------------

#: Links to work a portfolio review can read (not profiles, e-mails or phones).
_WORK = (LinkKind.GITHUB, LinkKind.PORTFOLIO, LinkKind.PAPER, LinkKind.OTHER)


def _links(session: Session, c: Candidate, *, work_only: bool = False) -> list[str]:
    urls = (c.github_url, c.portfolio_url) if work_only else (
        c.github_url, c.linkedin_url, c.portfolio_url)
    out = [u for u in urls if u]
    for link in session.scalars(select(CandidateLink).where(
            CandidateLink.candidate_id == c.id, CandidateLink.deleted_at.is_(None))
            .order_by(CandidateLink.created_at)):
        if work_only and link.kind not in _WORK:
            continue
        out.append(f"{link.label or link.kind.label}: {link.value}")
    return out


def _candidate_facts(session: Session, c: Candidate, role: Role, stage: str,
                     since: datetime) -> tuple[tuple[str, str], ...]:
    source = c.source.label + (f": {c.source_detail}" if c.source_detail else "")
    if c.referrer_name:
        source += f" (referred by {c.referrer_name})"
    expectation = ""
    if c.expectation is not None and c.expectation_currency:
        period = c.expectation_period or role.pay_period
        expectation = money.pay_text(c.expectation, c.expectation_currency, period)
        _, against = money.compare_to_range(c.expectation, c.expectation_currency, period,
                                            role.pay_min, role.pay_max, role.pay_currency,
                                            role.pay_period)
        expectation += f": {against}"
    now = " at ".join(x for x in (c.current_title, c.current_company) if x)
    return (
        ("E-mail", c.email or ""), ("Phone", c.phone or ""), ("Location", c.location or ""),
        ("Pronouns", c.pronouns or ""), ("Now", now), ("Links", "\n".join(_links(session, c))),
        ("Source", source), ("Stage", f"{stage} since {_when(since)}"),
        ("Availability", c.availability or ""), ("Expectation", expectation),
        ("Role's range", money.range_text(role.pay_min, role.pay_max, role.pay_currency,
                                          role.pay_period)),
    )


# scorecards ------------------------------------------------------------------------------------

#: What a sealed scorecard shows in an export instead of its recommendation.
SEALED = "Sealed"


def _viewer(session: Session, viewer_id: str | None) -> str | None:
    """Who the export is for: the given person, else the identity of a writing session; an
    export for nobody in particular shows nobody's sealed feedback."""
    if viewer_id:
        return viewer_id
    ident = session.info.get("identity")
    return getattr(ident, "person_id", None)


def scorecard_views(session: Session, application_id: str,
                    viewer_id: str | None = None) -> tuple[list[ScorecardView], int]:
    """Submitted scorecards in interview order, as the viewer may see them (the sealing rule,
    `scorecards.can_see_feedback`: until they submit their own, only their own), and how many
    drafts were left out."""
    viewer = _viewer(session, viewer_id)
    open_to_viewer = sealing.can_see_feedback(session, viewer, application_id)
    rows = session.execute(
        select(Scorecard, Interview).join(Interview, Interview.id == Scorecard.interview_id)
        .where(Scorecard.application_id == application_id, Scorecard.deleted_at.is_(None),
               Interview.deleted_at.is_(None))
        .order_by(Interview.starts_at, Scorecard.submitted_at)).all()
    submitted = [(sc, iv) for sc, iv in rows if sc.status is ScorecardStatus.SUBMITTED]
    drafts = len(rows) - len(submitted)
    #: Sealed for the viewer: who submitted, for which step, when; never what.
    sealed = {sc.id for sc, _ in submitted
              if not open_to_viewer and sc.interviewer_id != viewer}
    names = person_names(session, {sc.interviewer_id for sc, _ in submitted})
    ratings: dict[str, list[ScorecardRating]] = defaultdict(list)
    if submitted:
        for r in session.scalars(select(ScorecardRating).where(
                ScorecardRating.scorecard_id.in_([sc.id for sc, _ in submitted
                                                  if sc.id not in sealed]),
                ScorecardRating.deleted_at.is_(None))):
            ratings[r.scorecard_id].append(r)
    order = list(Axis)
    views = []
    for sc, iv in submitted:
        if sc.id in sealed:
            views.append(ScorecardView(
                interviewer=names.get(sc.interviewer_id, "?"), step=iv.title,
                when=_when(iv.starts_at or sc.submitted_at), recommendation=SEALED,
                ratings=()))
            continue
        mine = sorted(ratings[sc.id], key=lambda r: order.index(r.axis))
        views.append(ScorecardView(
            interviewer=names.get(sc.interviewer_id, "?"), step=iv.title,
            when=_when(iv.starts_at or sc.submitted_at),
            recommendation=_rating(sc.recommendation) if sc.recommendation else "None given",
            ratings=tuple(RatingLine(r.axis.label, _rating(r.rating), r.evidence or "")
                          for r in mine),
            takeaways=sc.takeaways or "", scores={r.axis.label: r.rating for r in mine},
            recommendation_value=sc.recommendation))
    return views, drafts


# the interview packet --------------------------------------------------------------------------

def _slots(session: Session, application_id: str,
           zone: ZoneInfo | None) -> dict[str | None, list[Slot]]:
    interviews = list(session.scalars(select(Interview).where(
        Interview.application_id == application_id, Interview.deleted_at.is_(None))
        .order_by(Interview.starts_at)))
    panel: dict[str, list[str]] = defaultdict(list)
    if interviews:
        rows = session.execute(
            select(InterviewPanelist.interview_id, Person.name)
            .join(Person, Person.id == InterviewPanelist.person_id)
            .where(InterviewPanelist.interview_id.in_([i.id for i in interviews]),
                   InterviewPanelist.deleted_at.is_(None)).order_by(Person.name))
        for iid, name in rows:
            panel[iid].append(name)
    out: dict[str | None, list[Slot]] = defaultdict(list)
    for i in interviews:
        out[i.loop_step_id].append(Slot(
            interview_time(i.starts_at, zone) if i.starts_at else "Not scheduled",
            ", ".join(panel[i.id]),
            i.status.label, i.location or ""))
    return out


def gather_packet(session: Session, application_id: str, *, include_feedback: bool = False,
                  today: date | None = None, viewer_id: str | None = None) -> PacketData:
    app = live_application(session, application_id)
    c = session.get_one(Candidate, app.candidate_id)
    role = session.get_one(Role, app.role_id)
    stage = session.get_one(RoleStage, app.stage_id)
    data = loop(session, role.id)
    asked = [q.question_id for s in data.steps for q in s.questions if q.question_id]
    guidance = dict(session.execute(select(BankQuestion.id, BankQuestion.guidance).where(
        BankQuestion.id.in_(asked))).all()) if asked else {}
    question_anchors = anchors.question_anchors(session, asked)
    scales = anchors.axis_scales(session)
    profile = company(session)
    slots = _slots(session, application_id, zone_of(profile))
    steps = tuple(PacketStep(
        info=LoopStepInfo(s.number, s.title, s.kind.label, _length(s.minutes,
                          s.expected_hours), tuple(a.label for a in s.axes), s.notes),
        axes=tuple((a.label, AXIS_GUIDE[a]) for a in s.axes),
        questions=tuple(Question(q.text, guidance.get(q.question_id or "", ""),
                                 question_anchors.get(q.question_id or "", ()))
                        for q in s.questions),
        slots=tuple(slots.get(s.id, ())),
        axis_anchors=tuple(scales[a].anchors for a in s.axes),
    ) for s in data.steps)
    feedback = (tuple(scorecard_views(session, application_id, viewer_id)[0])
                if include_feedback else None)
    location = role.location or (role.remote.label if role.remote else "")
    return PacketData(
        company=profile.name, candidate_name=c.full_name, role_title=role.title,
        generated_on=today or date.today(),
        candidate_facts=_candidate_facts(session, c, role, stage.name, app.stage_entered_at),
        role_facts=(("Role", role.title), ("Level", role.level.label if role.level else ""),
                    ("Employment", role.employment_type.label), ("Location", location),
                    ("Loop", f"{len(data.steps)} steps, {format_minutes(data.total_minutes)}"
                     if data.steps else "")),
        responsibilities=_lines(role.responsibilities), must_haves=tuple(role.must_haves or ()),
        steps=steps, portfolio_links=tuple(_links(session, c, work_only=True)),
        portfolio_checks=tuple((k.label, PORTFOLIO_GUIDE[k]) for k in PortfolioCheck),
        culture_dimensions=tuple((d.label, CULTURE_GUIDE[d]) for d in CultureDimension),
        feedback=feedback, page_size=page_size_for(profile.default_currency),
        time_zone_note=zone_note(profile),
    )


def _length(minutes: int, hours: float | None) -> str:
    return f"take-home, about {hours:g} h" if hours else format_minutes(minutes)


# the debrief -----------------------------------------------------------------------------------

def _reviews(session: Session, application_id: str, only_by: str | None) -> list[ReviewView]:
    reviews = [r for r in session.scalars(select(PortfolioReview).where(
        PortfolioReview.application_id == application_id, PortfolioReview.deleted_at.is_(None))
        .order_by(PortfolioReview.reviewed_on)) if only_by is None or r.reviewer_id == only_by]
    names = person_names(session, {r.reviewer_id for r in reviews})
    order = list(PortfolioCheck)
    out = []
    for r in reviews:
        checks = sorted((k for k in r.checks if k.deleted_at is None),
                        key=lambda k: order.index(k.item))
        out.append(ReviewView(
            "Portfolio review", names.get(r.reviewer_id, "?"), _when(r.reviewed_on),
            _rating(r.rating), "\n\n".join(x for x in (r.looked_at, r.notes) if x),
            tuple(RatingLine(k.item.label, k.result.label, k.note or "") for k in checks),
            tuple(u.get("url", "") + (f" ({u['ref']})" if u.get("ref") else "")
                  for u in r.urls or [] if isinstance(u, dict))))
    return out


def _culture(session: Session, application_id: str, only_by: str | None) -> list[ReviewView]:
    rows = [a for a in session.scalars(select(CultureAssessment).where(
        CultureAssessment.application_id == application_id,
        CultureAssessment.deleted_at.is_(None)).order_by(CultureAssessment.assessed_on))
        if only_by is None or a.assessor_id == only_by]
    names = person_names(session, {a.assessor_id for a in rows})
    order = list(CultureDimension)
    out = []
    for a in rows:
        ratings: list[CultureRating] = sorted(
            (r for r in a.ratings if r.deleted_at is None), key=lambda r: order.index(r.dimension))
        out.append(ReviewView(
            "Culture assessment", names.get(a.assessor_id, "?"), _when(a.assessed_on), "",
            a.summary or "",
            tuple(RatingLine(r.dimension.label, _rating(r.rating), r.evidence or "")
                  for r in ratings)))
    return out


def gather_debrief(session: Session, application_id: str, *,
                   today: date | None = None, viewer_id: str | None = None) -> DebriefData:
    app = live_application(session, application_id)
    c = session.get_one(Candidate, app.candidate_id)
    role = session.get_one(Role, app.role_id)
    stage = session.get_one(RoleStage, app.stage_id)
    viewer = _viewer(session, viewer_id)
    cards, drafts = scorecard_views(session, application_id, viewer)
    # While sealed for the viewer, only their own reviews and assessments go in ("" = none).
    only_by = None if sealing.can_see_feedback(session, viewer, application_id) else viewer or ""
    weights = normalise_weights(axis_weights(session, role.id))
    # The means and the score the debrief screen shows (culture assessments count there too).
    shown = debrief(session, application_id, viewer or "")
    scores: list[AxisScore] = []
    for axis in Axis:
        rated = [v for card in cards if (v := card.scores.get(axis.label)) is not None]
        counted = len(rated) + (shown.culture_counted if axis is scoring.CULTURE_AXIS else 0)
        scores.append(AxisScore(axis.label, weights[axis] * 100, shown.means[axis], counted,
                                max(rated) - min(rated) if rated else 0))
    weighted = shown.weighted
    decision = session.scalars(select(DebriefDecision).where(
        DebriefDecision.application_id == application_id, DebriefDecision.deleted_at.is_(None))
        .order_by(DebriefDecision.decided_at.desc())).first()
    by = person_names(session, {decision.decided_by_id}) if decision else {}
    kept = estimates.estimates(session, application_id, viewer)
    return DebriefData(
        company=company(session).name, candidate_name=c.full_name, role_title=role.title,
        stage=stage.name, generated_on=today or date.today(), axes=tuple(a.label for a in Axis),
        scorecards=tuple(cards), axis_scores=tuple(scores), weighted_score=weighted,
        recommendations=tuple((f"{s.interviewer} ({s.step})", s.recommendation_value)
                              for s in cards if s.recommendation_value),
        portfolio=tuple(_reviews(session, application_id, only_by)),
        culture=tuple(_culture(session, application_id, only_by)),
        decision=decision.decision.label if decision else "", sealed=only_by is not None,
        decision_rationale=decision.rationale if decision else "",
        decision_by=by.get(decision.decided_by_id, "") if decision else "",
        decided_at=decision.decided_at if decision else None, drafts_left_out=drafts,
        page_size=page_size_for(company(session).default_currency),
        discussed=kept.started and kept.open_to_viewer,
        weighted_before=kept.weighted_before, weighted_after=kept.weighted_after,
        moved=tuple(m.moved_text() for m in kept.moved),
    )


# exports ---------------------------------------------------------------------------------------

def packet_pdf(session: Session, application_id: str, *, include_feedback: bool = False,
               viewer_id: str | None = None) -> bytes:
    from hirefile.documents.interview_packet import build_packet

    return build_packet(gather_packet(session, application_id,
                                      include_feedback=include_feedback, viewer_id=viewer_id))


def export_packet(session: Session, application_id: str, path: Path | str, *,
                  include_feedback: bool = False, viewer_id: str | None = None) -> Path:
    from hirefile.documents.templates import write_output

    return write_output(path, packet_pdf(session, application_id,
                                         include_feedback=include_feedback,
                                         viewer_id=viewer_id))


def debrief_pdf(session: Session, application_id: str, *, viewer_id: str | None = None) -> bytes:
    from hirefile.documents.debrief import build_debrief

    return build_debrief(gather_debrief(session, application_id, viewer_id=viewer_id))


def export_debrief(session: Session, application_id: str, path: Path | str, *,
                   viewer_id: str | None = None) -> Path:
    from hirefile.documents.templates import write_output

    return write_output(path, debrief_pdf(session, application_id, viewer_id=viewer_id))
