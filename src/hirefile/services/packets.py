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
from typing import Any
from zoneinfo import ZoneInfo

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
    InterviewStatus,
    LinkKind,
    PortfolioCheck,
    Rating,
    ScorecardStatus,
)
from hirefile.errors import NotFound
from hirefile.services import sealing
from hirefile.services.anchor_read import axis_scales, question_anchors
from hirefile.services.company_read import CompanyData, company, zone_of
from hirefile.services.debrief_read import (
    CARD_RATINGS,
    CultureData,
    ReviewData,
    axis_weights,
    debrief,
)
from hirefile.services.document_reads import (
    CandidateFacts,
    RoleFacts,
    candidate_facts,
    role_facts,
)
from hirefile.services.estimate_read import estimates
from hirefile.services.loop_read import loop
from hirefile.services.people import names as person_names
from hirefile.storage.rows import (
    Rows,
    required_time,
    rows_of,
    stored_choice,
    stored_time,
)

#: An application's live row: who, for which role, in which stage since when.
APPLICATION = ("SELECT a.candidate_id, a.role_id, s.name, a.stage_entered_at FROM application a "
               "JOIN role_stage s ON s.id = a.stage_id WHERE a.id = :id AND a.deleted_at IS NULL")
LINKS = ("SELECT kind, label, value FROM candidate_link WHERE candidate_id = :candidate "
         "AND deleted_at IS NULL ORDER BY created_at")
GUIDANCE = "SELECT id, guidance FROM question WHERE id IN :ids"
INTERVIEWS = ("SELECT id, loop_step_id, starts_at, status, location FROM interview "
              "WHERE application_id = :app AND deleted_at IS NULL ORDER BY starts_at")
PANELS = ("SELECT ip.interview_id, p.name FROM interview_panelist ip "
          "JOIN person p ON p.id = ip.person_id WHERE ip.interview_id IN :ids "
          "AND ip.deleted_at IS NULL ORDER BY p.name")
#: The application's scorecards on live interviews, in interview order (drafts are counted,
#: never shown).
SCORECARDS = ("SELECT sc.id, sc.interviewer_id, sc.status, sc.submitted_at, sc.recommendation, "
              "sc.takeaways, iv.title, iv.starts_at FROM scorecard sc "
              "JOIN interview iv ON iv.id = sc.interview_id WHERE sc.application_id = :app "
              "AND sc.deleted_at IS NULL AND iv.deleted_at IS NULL "
              "ORDER BY iv.starts_at, sc.submitted_at")

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


def _links(rows: Rows, c: CandidateFacts, *, work_only: bool = False) -> list[str]:
    urls = (c.github_url, c.portfolio_url) if work_only else (
        c.github_url, c.linkedin_url, c.portfolio_url)
    out = [u for u in urls if u]
    for kind, label, value in rows.all(LINKS, candidate=c.id):
        link_kind = stored_choice(LinkKind, kind)
        if work_only and link_kind not in _WORK:
            continue
        out.append(f"{label or link_kind.label}: {value}")
    return out


def _candidate_facts(rows: Rows, c: CandidateFacts, role: RoleFacts, stage: str,
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
        ("Pronouns", c.pronouns or ""), ("Now", now), ("Links", "\n".join(_links(rows, c))),
        ("Source", source), ("Stage", f"{stage} since {_when(since)}"),
        ("Availability", c.availability or ""), ("Expectation", expectation),
        ("Role's range", money.range_text(role.pay_min, role.pay_max, role.pay_currency,
                                          role.pay_period)),
    )


def _application(rows: Rows, application_id: str) -> tuple[str, str, str, datetime]:
    """(candidate id, role id, stage name, in the stage since) of a live application."""
    found = rows.all(APPLICATION, id=application_id)
    if not found:
        raise NotFound("That application no longer exists")
    candidate_id, role_id, stage, since = found[0]
    return candidate_id, role_id, stage, required_time(since)


# scorecards ------------------------------------------------------------------------------------

#: What a sealed scorecard shows in an export instead of its recommendation.
SEALED = "Sealed"


def _viewer(source: Any, viewer_id: str | None) -> str | None:
    """Who the export is for: the given person, else the identity of a writing session; an
    export for nobody in particular shows nobody's sealed feedback."""
    if viewer_id:
        return viewer_id
    ident = getattr(source, "info", {}).get("identity")
    return getattr(ident, "person_id", None)


def scorecard_views(source: Any, application_id: str,
                    viewer_id: str | None = None) -> tuple[list[ScorecardView], int]:
    """Submitted scorecards in interview order, as the viewer may see them (the sealing rule,
    `sealing.can_see_feedback`: until they submit their own, only their own), and how many
    drafts were left out."""
    viewer = _viewer(source, viewer_id)
    rows = rows_of(source)
    open_to_viewer = sealing.can_see_feedback(rows, viewer, application_id)
    found = rows.all(SCORECARDS, app=application_id)
    submitted = [r for r in found
                 if stored_choice(ScorecardStatus, r[2]) is ScorecardStatus.SUBMITTED]
    drafts = len(found) - len(submitted)
    #: Sealed for the viewer: who submitted, for which step, when; never what.
    sealed = {r[0] for r in submitted if not open_to_viewer and r[1] != viewer}
    names = person_names(rows, {r[1] for r in submitted})
    ratings: dict[str, list[tuple[Axis, int | None, str]]] = defaultdict(list)
    shown = [r[0] for r in submitted if r[0] not in sealed]
    if shown:
        for card_id, axis, rating, evidence in rows.all(CARD_RATINGS, ids=shown):
            ratings[card_id].append((stored_choice(Axis, axis), rating, evidence or ""))
    order = list(Axis)
    views = []
    for card_id, interviewer, _status, submitted_at, recommendation, takeaways, title, \
            starts_at in submitted:
        when = _when(stored_time(starts_at) or stored_time(submitted_at))
        if card_id in sealed:
            views.append(ScorecardView(
                interviewer=names.get(interviewer, "?"), step=title, when=when,
                recommendation=SEALED, ratings=(), sealed=True))
            continue
        mine = sorted(ratings[card_id], key=lambda r: order.index(r[0]))
        views.append(ScorecardView(
            interviewer=names.get(interviewer, "?"), step=title, when=when,
            recommendation=_rating(recommendation) if recommendation else "None given",
            ratings=tuple(RatingLine(axis.label, _rating(rating), evidence)
                          for axis, rating, evidence in mine),
            takeaways=takeaways or "", scores={axis.label: rating for axis, rating, _ in mine},
            recommendation_value=recommendation))
    return views, drafts


# the interview packet --------------------------------------------------------------------------

def _slots(rows: Rows, application_id: str,
           zone: ZoneInfo | None) -> dict[str | None, list[Slot]]:
    interviews = rows.all(INTERVIEWS, app=application_id)
    panel: dict[str, list[str]] = defaultdict(list)
    if interviews:
        for iid, name in rows.all(PANELS, ids=[i[0] for i in interviews]):
            panel[iid].append(name)
    out: dict[str | None, list[Slot]] = defaultdict(list)
    for iid, step_id, starts_at, status, location in interviews:
        starts = stored_time(starts_at)
        out[step_id].append(Slot(
            interview_time(starts, zone) if starts else "Not scheduled",
            ", ".join(panel[iid]), stored_choice(InterviewStatus, status).label,
            location or ""))
    return out


def gather_packet(source: Any, application_id: str, *, include_feedback: bool = False,
                  today: date | None = None, viewer_id: str | None = None) -> PacketData:
    """Everything an interview packet shows (a session, or `Rows` on a file: SQL text)."""
    rows = rows_of(source)
    candidate_id, role_id, stage, since = _application(rows, application_id)
    c = candidate_facts(rows, candidate_id)
    role = role_facts(rows, role_id)
    data = loop(rows, role.id)
    asked = sorted({q.question_id for s in data.steps for q in s.questions if q.question_id})
    guidance = dict(rows.all(GUIDANCE, ids=asked)) if asked else {}
    anchors = question_anchors(rows, asked)
    scales = axis_scales(rows)
    profile = company(rows)
    slots = _slots(rows, application_id, zone_of(profile))
    steps = tuple(PacketStep(
        info=LoopStepInfo(s.number, s.title, s.kind.label, _length(s.minutes,
                          s.expected_hours), tuple(a.label for a in s.axes), s.notes),
        axes=tuple((a.label, AXIS_GUIDE[a]) for a in s.axes),
        questions=tuple(Question(q.text, guidance.get(q.question_id or "", "") or "",
                                 anchors.get(q.question_id or "", ()))
                        for q in s.questions),
        slots=tuple(slots.get(s.id, ())),
        axis_anchors=tuple(scales[a].anchors for a in s.axes),
    ) for s in data.steps)
    feedback = (tuple(scorecard_views(source, application_id, viewer_id)[0])
                if include_feedback else None)
    location = role.location or (role.remote.label if role.remote else "")
    return PacketData(
        company=profile.name, candidate_name=c.full_name, role_title=role.title,
        generated_on=today or date.today(),
        candidate_facts=_candidate_facts(rows, c, role, stage, since),
        role_facts=(("Role", role.title), ("Level", role.level.label if role.level else ""),
                    ("Employment", role.employment_type.label), ("Location", location),
                    ("Loop", f"{len(data.steps)} steps, {format_minutes(data.total_minutes)}"
                     if data.steps else "")),
        responsibilities=_lines(role.responsibilities), must_haves=role.must_haves,
        steps=steps, portfolio_links=tuple(_links(rows, c, work_only=True)),
        portfolio_checks=tuple((k.label, PORTFOLIO_GUIDE[k]) for k in PortfolioCheck),
        culture_dimensions=tuple((d.label, CULTURE_GUIDE[d]) for d in CultureDimension),
        feedback=feedback, page_size=page_size_for(profile.default_currency),
        time_zone_note=zone_note(profile),
    )


def _length(minutes: int, hours: float | None) -> str:
    return f"take-home, about {hours:g} h" if hours else format_minutes(minutes)


# the debrief -----------------------------------------------------------------------------------

def _reviews(found: tuple[ReviewData, ...]) -> list[ReviewView]:
    order = list(PortfolioCheck)
    return [ReviewView(
        "Portfolio review", r.reviewer or "?", _when(r.reviewed_on), _rating(r.rating),
        "\n\n".join(x for x in (r.looked_at, r.notes) if x),
        tuple(RatingLine(item.label, result.label, note or "") for item, (result, note)
              in sorted(r.checks.items(), key=lambda k: order.index(k[0]))),
        tuple(url + (f" ({ref})" if ref else "") for url, ref in r.urls)) for r in found]


def _culture(found: tuple[CultureData, ...]) -> list[ReviewView]:
    order = list(CultureDimension)
    return [ReviewView(
        "Culture assessment", a.assessor or "?", _when(a.assessed_on), "", a.summary,
        tuple(RatingLine(d.label, _rating(v), e or "") for d, (v, e)
              in sorted(a.ratings.items(), key=lambda r: order.index(r[0])))) for a in found]


def gather_debrief(source: Any, application_id: str, *,
                   today: date | None = None, viewer_id: str | None = None) -> DebriefData:
    """Everything a debrief summary shows, as the viewer may see it (a session, or `Rows`
    on a file: SQL text)."""
    rows = rows_of(source)
    candidate_id, role_id, stage, _since = _application(rows, application_id)
    c = candidate_facts(rows, candidate_id)
    role = role_facts(rows, role_id)
    viewer = _viewer(source, viewer_id)
    cards, drafts = scorecard_views(rows, application_id, viewer)
    weights = normalise_weights(axis_weights(rows, role.id))
    # The means and the score the debrief screen shows (culture assessments count there too),
    # and the reviews and assessments the viewer may see (while sealed, only their own).
    shown = debrief(rows, application_id, viewer or "")
    scores: list[AxisScore] = []
    for axis in Axis:
        rated = [v for card in cards if (v := card.scores.get(axis.label)) is not None]
        counted = len(rated) + (shown.culture_counted if axis is scoring.CULTURE_AXIS else 0)
        scores.append(AxisScore(axis.label, weights[axis] * 100, shown.means[axis], counted,
                                max(rated) - min(rated) if rated else 0))
    decision, rationale, by, decided_at = shown.decisions[-1] if shown.decisions else (
        None, "", "", None)
    kept = estimates(rows, application_id, viewer)
    profile = company(rows)
    return DebriefData(
        company=profile.name, candidate_name=c.full_name, role_title=role.title,
        stage=stage, generated_on=today or date.today(), axes=tuple(a.label for a in Axis),
        scorecards=tuple(cards), axis_scores=tuple(scores), weighted_score=shown.weighted,
        recommendations=tuple((f"{s.interviewer} ({s.step})", s.recommendation_value)
                              for s in cards if s.recommendation_value),
        portfolio=tuple(_reviews(shown.reviews)), culture=tuple(_culture(shown.culture)),
        decision=decision.label if decision else "",
        sealed=not sealing.can_see_feedback(rows, viewer, application_id),
        decision_rationale=rationale or "", decision_by=by, decided_at=decided_at,
        drafts_left_out=drafts, page_size=page_size_for(profile.default_currency),
        discussed=kept.started and kept.open_to_viewer,
        weighted_before=kept.weighted_before, weighted_after=kept.weighted_after,
        moved=tuple(m.moved_text() for m in kept.moved),
    )


# exports ---------------------------------------------------------------------------------------

def packet_pdf(source: Any, application_id: str, *, include_feedback: bool = False,
               viewer_id: str | None = None) -> bytes:
    from hirefile.documents.interview_packet import build_packet

    return build_packet(gather_packet(source, application_id,
                                      include_feedback=include_feedback, viewer_id=viewer_id))


def export_packet(source: Any, application_id: str, path: Path | str, *,
                  include_feedback: bool = False, viewer_id: str | None = None) -> Path:
    from hirefile.documents.templates import write_output

    return write_output(path, packet_pdf(source, application_id,
                                         include_feedback=include_feedback,
                                         viewer_id=viewer_id))


def debrief_pdf(source: Any, application_id: str, *, viewer_id: str | None = None) -> bytes:
    from hirefile.documents.debrief import build_debrief

    return build_debrief(gather_debrief(source, application_id, viewer_id=viewer_id))


def export_debrief(source: Any, application_id: str, path: Path | str, *,
                   viewer_id: str | None = None) -> Path:
    from hirefile.documents.templates import write_output

    return write_output(path, debrief_pdf(source, application_id, viewer_id=viewer_id))
