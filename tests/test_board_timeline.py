"""The board's columns and cards, a candidate's timeline, attachments kept in the file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import Source
from hirefile.services import attachments, board, candidates, pipeline, timeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Note
from hirefile.storage.types import utcnow


@pytest.fixture
def db(db_location: Path | str, identity: Identity):
    db = create_file(db_location, identity)  # a file, and a database on PostgreSQL
    yield db
    db.close()


@pytest.fixture
def setup(db: Database) -> dict[str, str]:
    now = utcnow()
    ids: dict[str, str] = {}
    with db.session() as s:
        r1 = add_role_from_template(s, template("ml_engineer"))
        r2 = add_role_from_template(s, template("mlops"))
        ids["r1"], ids["r2"] = r1.id, r2.id
        people = [("Ana Lima", Source.REFERRAL, r1, "Screen", 10),
                  ("Bo Chen", Source.INBOUND, r1, "Screen", 2),
                  ("Cy Twain", Source.INBOUND, r2, "Screen", 1),
                  ("Dee Obi", Source.OUTREACH, r1, "Rejected", 30)]
        for name, source, role, stage, days in people:
            c = candidates.create_candidate(s, CandidateDraft(full_name=name, source=source))
            app = pipeline.add_application(s, c.id, role.id, at=now - timedelta(days=40),
                                           stage=pipeline.stage_named(s, role.id, stage))
            app.stage_entered_at = now - timedelta(days=days)
            ids[name] = app.id
    return ids


def test_columns_per_role_and_across_roles(db: Database, setup: dict[str, str]) -> None:
    with db.reader() as s:
        one = board.columns(s, board.BoardFilter(role_id=setup["r1"]))
        every = board.columns(s, board.BoardFilter())
        no_exits = board.columns(s, board.BoardFilter(include_exits=False))
    assert [c.name for c in one][:3] == ["Sourced", "Applied", "Screen"]
    assert {c.name: c.count for c in one}["Screen"] == 2 and all(c.stage_id for c in one)
    counts = {c.name: c.count for c in every}
    assert counts["Screen"] == 3 and counts["Rejected"] == 1 and counts["Hired"] == 0
    assert [c.name for c in every][-3:] == ["Hired", "Rejected", "Withdrew"]
    assert "Rejected" not in [c.name for c in no_exits]


def test_filters_and_cards(db: Database, setup: dict[str, str]) -> None:
    f = board.BoardFilter(source=Source.INBOUND)
    with db.reader() as s:
        screen = next(c for c in board.columns(s, f) if c.name == "Screen")
        ids = board.column_ids(s, f, screen)
        cards = board.cards(s, ids)
    assert screen.count == 2 and ids == [setup["Bo Chen"], setup["Cy Twain"]]
    assert cards[setup["Bo Chen"]].days_in_stage == 2 and not cards[setup["Bo Chen"]].waiting
    with db.reader() as s:
        col = next(c for c in board.columns(s, board.BoardFilter(role_id=setup["r1"]))
                   if c.name == "Screen")
        first = board.column_ids(s, board.BoardFilter(role_id=setup["r1"]), col)[0]
        card = board.cards(s, [first])[first]
    assert (card.name, card.waiting, card.source) == ("Ana Lima", True, "Referral")


def test_timeline_and_time_in_stage(db: Database, setup: dict[str, str]) -> None:
    with db.session() as s:
        app = pipeline.live_application(s, setup["Ana Lima"])
        cid = app.candidate_id
        s.add(Note(candidate_id=cid, application_id=app.id, body="Great referral call"))
        pipeline.move(s, app.id, pipeline.stage_named(s, app.role_id, "Technical").id)
    with db.reader() as s:
        events = timeline.timeline(s, cid)
        apps = timeline.applications(s, cid)
    texts = [e.text for e in events]
    assert texts[0] == "Screen → Technical" or "Great referral call" in texts[:2]
    assert "Great referral call" in texts and "Added at Screen" in texts
    assert all(e.who for e in events)
    assert apps[0].stage == "Technical" and [m.to_name for m in apps[0].moves] == \
        ["Screen", "Technical"]
    spent = dict(apps[0].time_in_stages)
    assert spent["Screen"] == pytest.approx(40, abs=0.01)


def test_attachments_are_inside_the_file(db: Database, setup: dict[str, str],
                                         tmp_path: Path) -> None:
    cv = tmp_path / "Łucja CV.pdf"
    cv.write_bytes(b"%PDF-1.4 fake cv")
    with db.session() as s:
        cid = pipeline.live_application(s, setup["Bo Chen"]).candidate_id
        att_id = attachments.attach_file(s, cid, cv).id
    cv.unlink()
    with db.reader() as s:
        info = attachments.attachments(s, cid)
        copy = attachments.temp_copy(s, att_id)
    assert [(a.filename, a.mime_type, a.size) for a in info] == \
        [("Łucja CV.pdf", "application/pdf", 16)]
    assert copy.name == "Łucja CV.pdf" and copy.read_bytes() == b"%PDF-1.4 fake cv"
    from hirefile.errors import FileProblem

    with pytest.raises(FileProblem, match="does not exist"), db.session() as s:
        attachments.attach_file(s, cid, tmp_path / "missing.pdf")
