"""The documents' reads are SQL text run on either backend (storage/rows.py): the same data on
a file and on PostgreSQL, the same through the app's session and through `hirefile export`'s
plain sqlite3 connection, and sealed feedback held on both (services/sealing.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_documents import Desk, add_person, make_desk

from hirefile.documents.data import DebriefData, PacketData
from hirefile.services import packets, scorecards, sealing
from hirefile.services.documents import gather_job_description, gather_offer_letter
from hirefile.services.files import create_file
from hirefile.services.job_posting import gather_job_posting
from hirefile.services.people import names
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.glance import open_read_only
from hirefile.storage.rows import file_reader


@pytest.fixture
def new_db(db_location: Path | str, identity: Identity) -> Iterator[Database]:
    """A new, empty Hirefile on each backend: a file, and a database on PostgreSQL."""
    db = create_file(db_location, identity)
    yield db
    db.close()


@pytest.fixture
def desk(new_db: Database) -> Desk:
    return make_desk(new_db)


def person_named(db: Database, name: str) -> str:
    with db.reader() as s:
        return next(k for k, v in names(s).items() if v == name)


def documents(source: Any, desk: Desk, viewer: str) -> dict[str, Any]:
    return {
        "packet": packets.gather_packet(source, desk.app_id, include_feedback=True,
                                        viewer_id=viewer),
        "debrief": packets.gather_debrief(source, desk.app_id, viewer_id=viewer),
        "offer": gather_offer_letter(source, desk.offer_id),
        "jd": gather_job_description(source, desk.role_id),
        "posting": gather_job_posting(source, desk.role_id),
    }


def recommendations(packet: PacketData) -> list[tuple[str, str]]:
    return [(card.interviewer, card.recommendation) for card in packet.feedback or ()]


def test_sealed_feedback_holds_on_every_backend(new_db: Database, desk: Desk) -> None:
    me = new_db.identity.person_id
    marta = person_named(new_db, "Marta Kowalczyk")
    with new_db.reader() as s:
        sealed, opened = documents(s, desk, me), documents(s, desk, marta)
    packet, debrief = sealed["packet"], sealed["debrief"]
    assert isinstance(packet, PacketData) and isinstance(debrief, DebriefData)
    # who submitted, never what: the draft not at all
    assert recommendations(packet) == [("Marta Kowalczyk", "Sealed"),
                                       ("Hiroshi Tanaka", "Sealed")]
    assert debrief.sealed and all(card.ratings == () for card in debrief.scorecards)
    assert debrief.weighted_score is None and debrief.drafts_left_out == 1
    # Marta submitted hers: she sees Hiroshi's too
    assert recommendations(opened["packet"]) == [("Marta Kowalczyk", "Strong yes"),
                                                 ("Hiroshi Tanaka", "Yes")]
    assert not opened["debrief"].sealed and opened["debrief"].weighted_score is not None
    assert sealed["offer"].candidate_name == "Łucja Żółkiewska"
    assert sealed["jd"].letterhead.name == "Fernwood AI GmbH" and sealed["jd"].steps


def test_revealing_anyway_unseals_on_every_backend(new_db: Database, desk: Desk) -> None:
    with new_db.session() as s:
        ana = add_person(s, "Ana Lima")
    with new_db.reader() as s:
        assert not sealing.can_see_feedback(s, ana, desk.app_id)
    with new_db.session() as s:
        scorecards.reveal(s, desk.app_id, ana)
    with new_db.reader() as s:
        assert sealing.can_see_feedback(s, ana, desk.app_id)
        assert sealing.unsealed_applications(s, ana, [desk.app_id, "no-such-id"]) == {
            desk.app_id}
        packet = packets.gather_packet(s, desk.app_id, include_feedback=True, viewer_id=ana)
    assert ("Hiroshi Tanaka", "Yes") in recommendations(packet)


def test_the_export_reads_a_file_as_the_app_does(new_db: Database, desk: Desk) -> None:
    """`hirefile export` on a file reads with sqlite3 alone: the same dataclasses."""
    if new_db.on_server:
        pytest.skip("a server is read through SQLAlchemy")
    viewers = [new_db.identity.person_id, person_named(new_db, "Hiroshi Tanaka")]
    with new_db.reader() as s:
        through_session = [documents(s, desk, v) for v in viewers]
    conn = open_read_only(new_db.path)
    try:
        with file_reader(conn, new_db.path) as rows:
            through_sqlite3 = [documents(rows, desk, v) for v in viewers]
    finally:
        conn.close()
    assert through_sqlite3 == through_session
    assert all(dataclasses.is_dataclass(d) for d in through_sqlite3[0].values())


def test_the_company_profile_is_read_once_the_same_on_every_backend(new_db: Database,
                                                                    desk: Desk) -> None:
    """What the profile dialog starts from, the currency new roles and offers start in and
    the plan's company stage are the fields `company` reads: one SQL text on either backend."""
    from sqlalchemy import text

    from hirefile.domain.vocab import CompanyStage
    from hirefile.services import company, plan

    with new_db.session() as s:
        plan.set_stage(s, CompanyStage.GROWTH)
        # as another program (or an older Hirefile) may have left it
        s.execute(text("UPDATE company_profile SET default_currency = 'eur'"))
    with new_db.reader() as s:
        read = company.company(s)
        draft = company.company_draft(s)
        assert read.name == "Fernwood AI GmbH" and read.stage is CompanyStage.GROWTH
        assert read.default_currency == draft.default_currency == "EUR"
        assert company.default_currency(s) == "EUR"
        assert plan.read_plan(s).stage is CompanyStage.GROWTH
        # the dialog's draft is every editable field as read, nothing else
        assert type(draft) is company.CompanyDraft
        assert draft == company.CompanyDraft(**{
            f.name: getattr(read, f.name) for f in dataclasses.fields(company.CompanyDraft)})
        assert draft.address == "Torstraße 140\n10119 Berlin\nGermany"
