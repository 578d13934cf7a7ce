"""The lists' rows (services/list_read.py: SQL text) on both backends: what the app's pages show
and `hirefile list` prints is what the ORM's models hold, in the app's order; `hirefile list`
on a file (sqlite3 alone) prints exactly what the session path gives."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_cli import run  # main() with its output

from hirefile.domain.stages import days_in_stage
from hirefile.domain.vocab import StageKind
from hirefile.services import listing
from hirefile.services.candidates import remove_candidate
from hirefile.services.demo import load_demo
from hirefile.services.erasure import erase_candidate
from hirefile.services.files import create_file
from hirefile.services.list_read import COLUMNS, listed, range_text
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Candidate, Offer, Role


@pytest.fixture
def db(db_location: Path | str, identity: Identity) -> Iterator[Database]:
    """A demo desk (roles, pipelines, offers, a talent pool), one candidate removed and one
    erased: neither is listed."""
    db = create_file(db_location, identity)
    load_demo(db, candidates=40, seed=1)
    with db.reader() as s:
        first, second = listing.candidate_ids(s)[:2]
    with db.session() as s:
        remove_candidate(s, first)
    erase_candidate(db, second)
    yield db
    db.close()


def live(model: Any) -> Any:
    return model.deleted_at.is_(None)


def test_roles_are_what_the_models_hold(db: Database) -> None:
    order = ["Open", "Paused", "Draft", "Filled", "Closed"]
    with db.reader() as s:
        rows = listed(s, "roles")
        roles = sorted(s.scalars(select(Role).where(live(Role))),
                       key=lambda r: (order.index(r.status.label), r.title.lower()))
        apps = [(a.role_id, a.stage.kind) for a in s.scalars(
            select(Application).where(live(Application)))]
        assert [r.id for r in rows] == [r.id for r in roles] and len(rows) > 1
        for row, role in zip(rows, roles, strict=True):
            mine = [kind for role_id, kind in apps if role_id == role.id]
            assert (row.title, row.status, row.employment_type, row.track, row.headcount) == \
                (role.title, role.status.label, role.employment_type.label, role.track.label,
                 role.headcount)
            pay = range_text(role.pay_min, role.pay_max, role.pay_currency)
            assert row.pay == (f"{pay} {role.pay_period.label}" if pay else "")
            assert row.total == len(mine)
            assert row.in_process == sum(kind is StageKind.ACTIVE for kind in mine)
            assert row.updated_at == role.updated_at
    assert sum(r.total for r in rows) > 0 and any(r.pay for r in rows)


def test_candidates_are_what_the_models_hold_in_the_lists_order(db: Database) -> None:
    with db.reader() as s:
        rows = listed(s, "candidates")
        order = listing.candidate_ids(s)  # the app's list, by name (SQLAlchemy's query)
        people = {c.id: c for c in s.scalars(select(Candidate))}
        apps = list(s.scalars(select(Application).where(live(Application))
                              .order_by(Application.applied_at)))
        assert [r.id for r in rows] == order and len(order) == 38  # 40, less two
        assert listing.candidate_rows(s, order[5:9]) == {r.id: r for r in rows[5:9]}
        for row in rows:
            person = people[row.id]
            assert (row.name, row.email, row.location, row.source, row.created_at) == \
                (person.full_name, person.email or "", person.location or "",
                 person.source.label, person.created_at)
            theirs = [f"{a.role.title} · {a.stage.name}" for a in apps
                      if a.candidate_id == row.id]
            if theirs:
                assert row.roles == "; ".join(theirs)
            else:
                assert row.roles.startswith("Talent pool") == person.in_talent_pool
    assert any(";" in r.roles for r in rows) or any(" · " in r.roles for r in rows)


def test_applications_are_what_the_models_hold_in_the_pipelines_order(db: Database) -> None:
    now = datetime.now(timezone.utc)
    with db.reader() as s:
        rows = listed(s, "applications")
        order = listing.application_ids(s)  # the pipeline table's first order
        apps = {a.id: a for a in s.scalars(select(Application))}
        assert [r.id for r in rows] == order and len(order) > 20
        for row in rows:
            app = apps[row.id]
            assert (row.candidate, row.role, row.stage, row.stage_kind, row.source,
                    row.applied_at) == (app.candidate.full_name, app.role.title,
                                        app.stage.name, app.stage.kind.value,
                                        app.candidate.source.label, app.applied_at)
            assert row.days_in_stage == days_in_stage(app.stage_entered_at, now)
        assert listing.application_rows(s, order[:3]) == {r.id: r for r in rows[:3]}


def test_offers_are_what_the_models_hold_latest_first(db: Database) -> None:
    with db.reader() as s:
        rows = listed(s, "offers")
        offers = list(s.scalars(select(Offer).where(live(Offer))
                                .order_by(Offer.updated_at.desc())))
        assert [r.id for r in rows] == [o.id for o in offers] and rows
        for row, offer in zip(rows, offers, strict=True):
            app = s.get_one(Application, offer.application_id)
            assert (row.candidate, row.role, row.status, row.start_date, row.expires_on) == \
                (app.candidate.full_name, app.role.title, offer.status.label,
                 offer.start_date, offer.expires_on)
            assert row.base.endswith(offer.period.label) == (offer.base_salary is not None)


@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_hirefile_list_prints_what_the_session_reads(db: Database, capsys, kind: str) -> None:
    """On a file the command reads with sqlite3 alone; on a server through the session."""
    where = db.url or db.path
    with db.reader() as s:
        expected = json.loads(json.dumps([r.as_dict() for r in listed(s, kind)],
                                         default=lambda v: v.isoformat()))
    code, out, err = run(capsys, "list", where, kind, "--json")
    assert code == 0, err
    assert json.loads(out) == expected and expected
    code, out, err = run(capsys, "list", where, kind)
    assert code == 0, err
    lines = out.splitlines()
    headers = [c.replace("_", " ").upper() for c in COLUMNS[kind]]
    assert lines[0].split("  ")[0] == headers[0] and headers[-1] in lines[0]
    first = expected[0][COLUMNS[kind][0]]
    assert lines[1].startswith(first[:39])  # a cell is cut at 40 characters
    assert lines[-1] == f"({len(expected):,} {kind})" and len(lines) == len(expected) + 2
