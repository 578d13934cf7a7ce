"""After the yes: a hire gets the checklist and three check-ins once, an undo of the move
takes them back, the file's template overrides Hirefile's, and the .ics export holds one
all-day event per due item and check-in, under keys that stay the same."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from backends import file_checks_pass, location
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from hirefile import cli
from hirefile.domain import onboarding as rules
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.offers import OfferTerms
from hirefile.domain.onboarding import TemplateItem
from hirefile.domain.templates import template
from hirefile.domain.vocab import EquityKind, OnboardingCategory, PayPeriod, StageKind
from hirefile.errors import ValidationError
from hirefile.services import candidates, offers, onboarding, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import CheckIn, OnboardingItem
from hirefile.ui.commands import apply
from hirefile.ui.commands.base import undo_safely
from hirefile.ui.commands.candidates import MoveApplications

AMARA = Identity(str(uuid.uuid4()), "Amara Okafor")
START = date(2027, 2, 1)


@pytest.fixture
def db(db_location: Path | str) -> Iterator[Database]:
    db = create_file(db_location, AMARA)  # a file, and a database on PostgreSQL
    yield db
    db.close()


def application(db: Database, name: str = "Nguyễn Thị Minh Khai") -> tuple[str, str]:
    """(application id, Hired stage id) of a new candidate in a new ML engineer role."""
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        c = candidates.create_candidate(s, CandidateDraft(
            full_name=name, email=f"{uuid.uuid4().hex[:8]}@example.org"))
        s.flush()
        app_id = pipeline.add_application(s, c.id, role.id).id
        return app_id, pipeline.exit_stage(s, role.id, StageKind.HIRED).id


def counts(db: Database, app_id: str) -> tuple[int, int]:
    with db.reader() as s:
        return tuple(s.scalar(select(func.count()).where(  # type: ignore[return-value]
            m.application_id == app_id, m.deleted_at.is_(None)))
            for m in (OnboardingItem, CheckIn))


def test_a_move_to_hired_gives_the_checklist_and_check_ins_once(db: Database) -> None:
    app_id, hired = application(db)
    assert counts(db, app_id) == (0, 0)
    with db.session() as s:
        pipeline.move(s, app_id, hired)
    assert counts(db, app_id) == (len(rules.DEFAULT), 3)
    with db.reader() as s:
        o = onboarding.read(s, app_id)
    today = date.today()
    assert o.start == today  # no accepted offer: the day of the move
    assert [i.text for i in o.items] == [t.text for t in rules.DEFAULT]
    assert o.items[0].due_on == today + timedelta(days=rules.DEFAULT[0].days)
    assert [c.label for c in o.check_ins] == ["1 month check-in", "3 months check-in",
                                              "6 months check-in"]
    # moved out and back: nothing more is made
    with db.session() as s:
        onboarding.set_done(s, o.items[0].id, True)
        pipeline.move(s, app_id, pipeline.stage_named(s, _role(s, app_id), "Offer").id)
        pipeline.move(s, app_id, hired)
    assert counts(db, app_id) == (len(rules.DEFAULT), 3)
    with db.reader() as s:
        assert onboarding.read(s, app_id).items[0].done
    assert file_checks_pass(db)


def _role(s: object, app_id: str) -> str:
    return pipeline.live_application(s, app_id).role_id  # type: ignore[arg-type]


def sent_offer(db: Database, app_id: str) -> str:
    """An offer starting on START, approved and sent; its id."""
    terms = OfferTerms(base_salary=9_000_000, currency="EUR", period=PayPeriod.YEAR,
                       equity_kind=EquityKind.NONE, start_date=START,
                       expires_on=date.today() + timedelta(days=10))
    with db.session() as s:
        oid = offers.create_offer(s, app_id, terms).id
        offers.approve(s, oid)
        offers.send(s, oid)
        return oid


def test_an_accepted_offer_dates_the_checklist_from_its_start_date(db: Database) -> None:
    app_id, _hired = application(db)
    oid = sent_offer(db, app_id)
    with db.session() as s:
        offers.accept(s, oid)
    with db.reader() as s:
        o = onboarding.read(s, app_id)
    assert o.start == START
    contract = next(i for i in o.items if i.text == rules.DEFAULT[0].text)
    assert contract.due_on == START - timedelta(days=21)
    assert [c.due_on for c in o.check_ins] == [date(2027, 3, 1), date(2027, 5, 1),
                                              date(2027, 8, 1)]


def test_undoing_the_move_takes_the_checklist_back_and_redo_brings_the_same_rows(
        db: Database) -> None:
    app_id, hired = application(db)
    stack = QUndoStack()
    apply(stack, MoveApplications(db, lambda: None, [app_id], stage_id=hired))
    with db.reader() as s:
        ids = [i.id for i in onboarding.read(s, app_id).items]
    assert len(ids) == len(rules.DEFAULT)
    assert undo_safely(stack) is None
    assert counts(db, app_id) == (0, 0)
    stack.redo()
    with db.reader() as s:
        assert [i.id for i in onboarding.read(s, app_id).items] == ids
    assert counts(db, app_id) == (len(rules.DEFAULT), 3)
    assert file_checks_pass(db)


def test_the_files_template_overrides_hirefiles_and_saving_hirefiles_goes_back(
        db: Database) -> None:
    mine = [TemplateItem("laptop", "Order a laptop with 64 GB of memory", -14,
                         OnboardingCategory.EQUIPMENT),
            TemplateItem(onboarding.new_item_key(), "Invite them to the Friday demo", 4,
                         OnboardingCategory.OTHER)]
    with db.session() as s:
        onboarding.set_template(s, mine)
    with db.reader() as s:
        assert onboarding.template(s) == mine
        assert onboarding.is_file_template(s)
    app_id, hired = application(db)
    with db.session() as s:
        pipeline.move(s, app_id, hired)
    with db.reader() as s:
        items = onboarding.read(s, app_id).items
    assert [(i.text, i.category) for i in items] == [(t.text, t.category) for t in mine]
    with db.session() as s:  # reorder and back to Hirefile's
        onboarding.set_template(s, mine[::-1])
    with db.reader() as s:
        assert [t.text for t in onboarding.template(s)] == [t.text for t in mine[::-1]]
    with db.session() as s:
        onboarding.set_template(s, list(rules.DEFAULT))
    with db.reader() as s:
        assert not onboarding.is_file_template(s)
        assert onboarding.template(s) == list(rules.DEFAULT)
    with pytest.raises(ValidationError, match="Item 2: An item has no text"), \
            db.session() as s:
        onboarding.set_template(s, [mine[0], replace(mine[1], text="  ")])
    with pytest.raises(ValidationError, match="Days must be between"), db.session() as s:
        onboarding.set_template(s, [replace(mine[0], days=900)])


def test_editing_a_hires_checklist_and_check_ins(db: Database) -> None:
    app_id, hired = application(db)
    with db.session() as s:
        pipeline.move(s, app_id, hired)
    with db.session() as s:
        new = onboarding.add_item(s, app_id, "  Lunch with  the team ", date(2027, 1, 5))
        first = onboarding.read(s, app_id).items[0].id
        onboarding.move_item(s, new, 0)
        onboarding.remove_item(s, first)
        check_in = onboarding.read(s, app_id).check_ins[0]
        onboarding.set_check_in(s, check_in.id, check_in.due_on, date(2027, 1, 9),
                                "Settled in; wants more pairing on the data pipeline")
    with db.reader() as s:
        o = onboarding.read(s, app_id)
    assert o.items[0].text == "Lunch with the team"
    assert first not in [i.id for i in o.items]
    assert len(o.items) == len(rules.DEFAULT)
    assert o.check_ins[0].done_on == date(2027, 1, 9)
    assert "pairing" in o.check_ins[0].notes
    with pytest.raises(ValidationError, match="Write what has to be done"), db.session() as s:
        onboarding.add_item(s, app_id, "   ", None)


def unfolded(text: str) -> list[str]:
    """The calendar's content lines, continuation lines joined (RFC 5545 §3.1)."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines: list[str] = []
    for raw in text.split("\r\n")[:-1]:
        assert len(raw.encode()) <= 75
        if raw.startswith(" "):
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


def events(text: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for line in unfolded(text):
        if line == "BEGIN:VEVENT":
            out.append({})
        elif out and line != "END:VEVENT" and ":" in line and "END:VCALENDAR" not in line:
            name, value = line.split(":", 1)
            out[-1].setdefault(name, value)
    return out


def test_the_ics_holds_every_due_item_and_check_in_with_stable_uids(
        db: Database, tmp_path: Path) -> None:
    app_id, hired = application(db, "Søren Kierkegaard-Ødegård, Jr.")
    with db.session() as s:
        pipeline.move(s, app_id, hired)
    with db.reader() as s:
        o = onboarding.read(s, app_id)
    text = onboarding.ics_text([o])
    lines = unfolded(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "X-WR-CALNAME:Hirefile onboarding" in lines
    found = events(text)
    assert len(found) == len(rules.DEFAULT) + 3
    first = found[0]
    due = o.items[0].due_on
    assert due is not None
    assert first["UID"] == f"{o.items[0].id}@hirefile"
    assert first["DTSTART;VALUE=DATE"] == due.strftime("%Y%m%d")
    assert first["DTEND;VALUE=DATE"] == (due + timedelta(days=1)).strftime("%Y%m%d")
    assert first["SUMMARY"].startswith("Onboarding Søren Kierkegaard-Ødegård\\, Jr. (")
    assert found[-1]["SUMMARY"].startswith("6 months check-in with Søren")
    # ticked and exported again: the same events, the item says it is done
    with db.session() as s:
        onboarding.set_done(s, o.items[0].id, True)
    with db.reader() as s:
        again = events(onboarding.ics_text([onboarding.read(s, app_id)]))
    assert [e["UID"] for e in again] == [e["UID"] for e in found]
    assert again[0]["SUMMARY"].startswith("Done: Onboarding")


def test_hirefile_onboarding_prints_writes_ics_and_json(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app_id, hired = application(db, "Amaru Mamani")
    with db.session() as s:
        pipeline.move(s, app_id, hired)
    path = location(db)
    db.close()
    assert cli.main(["onboarding", path, "--candidate", "Amaru Mamani"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Amaru Mamani — Machine Learning Engineer (start ")
    assert "[ ] " in out and "1 month check-in: not yet" in out
    target = tmp_path / "onboarding.ics"
    assert cli.main(["onboarding", path, "--candidate", "Amaru Mamani", "--ics",
                     str(target)]) == 0
    assert len(events(target.read_bytes().decode("utf-8"))) == len(rules.DEFAULT) + 3
    assert cli.main(["onboarding", path, "--candidate", "Amaru Mamani", "--json"]) == 0
    data = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert data[0]["role"] == "Machine Learning Engineer"
    assert len(data[0]["check_ins"]) == 3


@pytest.mark.parametrize("backend", ["sqlite"])  # copies of a file
def test_two_copies_that_record_the_same_hire_merge_into_one_checklist(
        db: Database, tmp_path: Path, backend: str) -> None:
    import shutil

    from hirefile.services.merging import merge_file

    app_id, hired = application(db)
    theirs = tmp_path / "Theirs.hirefile"
    shutil.copy(db.path, theirs)
    with db.session() as s:
        pipeline.move(s, app_id, hired)
    omar = Identity(str(uuid.uuid4()), "Omar Haddad")
    with Database.open(theirs, omar) as other:
        with other.session() as s:
            pipeline.move(s, app_id, hired)
        with other.reader() as s:
            their_ids = [i.id for i in onboarding.read(s, app_id).items]
    result = merge_file(db, theirs)
    assert not [c for c in result.outcome.conflicts
                if c.kind in ("onboarding_item", "check_in")]
    assert counts(db, app_id) == (len(rules.DEFAULT), 3)
    with db.reader() as s:
        assert [i.id for i in onboarding.read(s, app_id).items] == their_ids
    assert file_checks_pass(db)


def test_an_offer_accepted_after_the_move_to_hired_gives_a_checklist_only_if_none(
        db: Database) -> None:
    app_id, _hired = application(db)
    oid = sent_offer(db, app_id)
    with db.session() as s:
        # moved on the board first, and the checklist made then cleared by hand
        made = pipeline.move(s, app_id, _hired).onboarding
        onboarding.take_back(s, made)
    assert counts(db, app_id) == (0, 0)
    with db.session() as s:
        change = offers.accept(s, oid)
    assert change.move is None and len(change.onboarding) == len(rules.DEFAULT) + 3
    with db.reader() as s:
        assert onboarding.read(s, app_id).start == START
    with db.session() as s:
        offers.undo_status_change(s, change)
    assert counts(db, app_id) == (0, 0)
