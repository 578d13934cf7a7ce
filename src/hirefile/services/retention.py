"""The file's retention rule: who is due for erasure, and erasing them in one confirmed step.

The rule lives on the company profile (file format 3), so it travels with the file and merges
like any other field. `due_for_erasure` is one query over the candidates (correlated lookups on
indexed columns, filtered and sorted in SQL), so it stays quick on a file of 50,000 people; the
rule's words are in `domain/retention.py`. `erase_due` erases, in one backup, one transaction
and one vacuum (`services/erasure.erase_candidates`), those of the chosen people who are still
due when it runs — a cofounder's change since the list was shown is respected.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import GenericFunction

from hirefile.domain.retention import (
    RetentionRule,
    add_months,
    checked_months,
    months_text,
)
from hirefile.domain.vocab import ActivityKind, StageKind
from hirefile.services.activity import record
from hirefile.services.company import profile_row_for_write
from hirefile.services.company_read import retention_rule
from hirefile.services.erasure import ErasureReport, erase_candidates
from hirefile.services.workspace import Workspace
from hirefile.storage.models import Activity, Application, Candidate, RoleStage
from hirefile.storage.types import UTCDateTime


class Why(Enum):
    """Why a person is due for erasure."""

    RULE = "rule"  #: not hired, and quiet longer than the rule allows
    KEEP_UNTIL = "keep-until"  #: the keep-until date set on their record passed
    REMOVED = "removed"  #: removed from the file longer ago than the rule allows


@dataclass(frozen=True)
class Due:
    """One person due for erasure, as the privacy page and the CLI list them."""

    candidate_id: str
    name: str
    why: Why
    #: Rejected or withdrew (the latest closed application), for `Why.RULE`.
    outcome: StageKind | None
    last_activity: datetime
    #: The day they became due.
    due_on: date

    @property
    def reason(self) -> str:
        if self.why is Why.KEEP_UNTIL:
            return f"Keep-until date {self.due_on.isoformat()} passed"
        if self.why is Why.REMOVED:
            return f"Removed on {self.last_activity.date().isoformat()}"
        outcome = "Withdrew" if self.outcome is StageKind.WITHDREW else "Rejected"
        return f"{outcome}; no activity since {self.last_activity.date().isoformat()}"


# the rule --------------------------------------------------------------------------------------

def rule(session: Session) -> RetentionRule:
    return retention_rule(session)


def set_rule(session: Session, months: int | None, in_job_description: bool) -> RetentionRule:
    """Keep the rule (None months: no rule); one activity entry when it changed."""
    months = checked_months(months)
    new = RetentionRule(months, bool(in_job_description) and months is not None)
    if new == rule(session):
        return new
    p = profile_row_for_write(session)
    p.retention_months, p.retention_in_job_description = new.months, new.in_job_description
    session.flush()
    record(session, ActivityKind.UPDATED, "company_profile", p.id,
           "Set the retention rule: " + (f"{months_text(new.months)} after the last activity"
                                         if new.months else "none"),
           detail={"retention_months": new.months,
                   "in_job_description": new.in_job_description})
    return new


# who is due ------------------------------------------------------------------------------------

class _greatest(GenericFunction[datetime]):
    """The latest of its arguments: `max(a, b, …)` in SQLite, `greatest` in PostgreSQL."""

    type = UTCDateTime()
    name = "hirefile_greatest"
    inherit_cache = True


@compiles(_greatest)
def _greatest_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(_greatest, "postgresql")
def _greatest_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    return f"greatest({compiler.process(element.clauses, **kw)})"


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=timezone.utc)


def due_for_erasure(session: Session, today: date | None = None, *,
                    only: list[str] | None = None) -> list[Due]:
    """Everyone due for erasure on `today` (default: today, UTC), longest due first.

    Due: (a) the keep-until date on their record passed, and no application of theirs is in
    process (or the record was removed); (b) under the rule, every application of theirs is
    closed as rejected or withdrew, their last activity is older than the rule's months, and
    they did not agree to stay in the talent pool; (c) under the rule, removed longer ago than
    its months. Erased records and
    records merged into another are never listed (erasing the one kept erases them too).
    `only` narrows the list to those ids."""
    today = today or datetime.now(timezone.utc).date()
    the_rule = rule(session)
    c, a, stage = Candidate, Application, RoleStage
    live = a.deleted_at.is_(None)
    apps = (sa.select(
        a.candidate_id.label("cid"),
        sa.func.max(sa.case((sa.and_(live, stage.kind.in_(_OPEN)), 1), else_=0)).label("open"),
        sa.func.max(sa.case((sa.and_(live, stage.kind.in_(_CLOSED)), 1), else_=0))
        .label("closed"),
        sa.type_coerce(sa.func.max(a.updated_at), UTCDateTime()).label("at"))
        .join(stage, stage.id == a.stage_id).group_by(a.candidate_id).subquery())
    acts = (sa.select(Activity.candidate_id.label("cid"),
                      sa.type_coerce(sa.func.max(Activity.at), UTCDateTime()).label("at"))
            .where(Activity.candidate_id.is_not(None)).group_by(Activity.candidate_id)
            .subquery())
    in_process = sa.func.coalesce(apps.c.open, 0) == 1
    last = _greatest(c.updated_at, sa.func.coalesce(acts.c.at, c.updated_at),
                     sa.func.coalesce(apps.c.at, c.updated_at))
    keep_until_passed = sa.and_(c.retain_until.is_not(None), c.retain_until < today)
    reasons = [sa.and_(keep_until_passed, sa.or_(c.deleted_at.is_not(None), ~in_process))]
    if the_rule.months is not None:
        cutoff = _midnight(add_months(today, -the_rule.months) + timedelta(days=1))
        pooled = sa.and_(c.in_talent_pool.is_(True), c.consent_at.is_not(None))
        reasons += [
            sa.and_(c.deleted_at.is_(None), ~in_process, apps.c.closed == 1, ~pooled,
                    last < cutoff),
            sa.and_(c.deleted_at.is_not(None), c.deleted_at < cutoff),
        ]
    # how their latest closed application ended: looked up only for the rows listed
    outcome = (sa.select(stage.kind).join(a, stage.id == a.stage_id)
               .where(a.candidate_id == c.id, live, stage.kind.in_(_CLOSED))
               .order_by(a.stage_entered_at.desc()).limit(1).correlate(c).scalar_subquery())
    query = (sa.select(c.id, c.full_name, c.deleted_at, c.retain_until, last.label("last"),
                       outcome.label("outcome"))
             .outerjoin(apps, apps.c.cid == c.id).outerjoin(acts, acts.c.cid == c.id)
             .where(c.anonymised_at.is_(None), c.merged_into.is_(None), sa.or_(*reasons)))
    if only is not None:
        query = query.where(c.id.in_(only))
    out = [_due(row, StageKind(row.outcome) if row.outcome else None, the_rule, today)
           for row in session.execute(query)]
    out.sort(key=lambda d: (d.due_on, d.name.casefold(), d.candidate_id))
    return out


_OPEN = (StageKind.ACTIVE, StageKind.HIRED)
_CLOSED = (StageKind.REJECTED, StageKind.WITHDREW)


def _due(row: Any, outcome: StageKind | None, the_rule: RetentionRule, today: date) -> Due:
    """The reason that made them due first (a removal, the rule, or their keep-until date)."""
    found: list[Due] = []
    if the_rule.months is not None:
        if row.deleted_at is not None:
            found.append(Due(row.id, row.full_name, Why.REMOVED, None, row.deleted_at,
                             add_months(row.deleted_at.date(), the_rule.months)))
        elif outcome is not None:
            found.append(Due(row.id, row.full_name, Why.RULE, outcome, row.last,
                             add_months(row.last.date(), the_rule.months)))
    if row.retain_until is not None and row.retain_until < today:
        found.append(Due(row.id, row.full_name, Why.KEEP_UNTIL, outcome, row.last,
                         row.retain_until))
    return min((d for d in found if d.due_on <= today), key=lambda d: d.due_on)


def erase_due(db: Workspace, candidate_ids: list[str], today: date | None = None,
              ) -> tuple[ErasureReport | None, list[str]]:
    """Erase those of `candidate_ids` still due (one backup, transaction and vacuum). Returns
    the erasure's report (None when nobody was still due) and the ids no longer due."""
    with db.reader() as s:
        due = due_for_erasure(s, today, only=candidate_ids)
        still = [d.candidate_id for d in due]
        months = rule(s).months
    kept = [c for c in candidate_ids if c not in set(still)]
    if not still:
        return None, kept
    rule_text = f"retention rule: {months_text(months)}" if months else ""
    why = {d.candidate_id: "keep-until date passed" if d.why is Why.KEEP_UNTIL else rule_text
           for d in due}
    return erase_candidates(db, still, why=why), kept
