"""Several people editing one candidate: an edit made on stale data is refused, naming who
changed what and when, and nothing is overwritten; edits of different fields both stay.
On a file and on a server (`db_location`)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, update

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.keys import new_key
from hirefile.domain.templates import template
from hirefile.domain.vocab import LinkKind, OfferStatus, StepKind
from hirefile.errors import StaleEdit, ValidationError
from hirefile.services import candidates, concurrency, interviews, offers, pipeline, roles
from hirefile.services.concurrency import Anyway
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage import clock, stamping
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, Person, Replica

DANIEL = Identity(str(uuid.uuid4()), "Daniel Okafor", "daniel@example.com")


@contextmanager
def as_other(db: Database, location: Path | str) -> Iterator[Database]:
    """Daniel writing: on a server his own connection; on a file, his turn at the file
    (the same open file, signed by him)."""
    if db.on_server:
        other = Database.open(location, DANIEL)
        try:
            yield other
        finally:
            other.close()
        return
    me = db.identity
    db.set_identity(DANIEL)
    try:
        yield db
    finally:
        db.set_identity(me)


@pytest.fixture
def db(db_location: Path | str, identity: Identity) -> Iterator[Database]:
    opened = Database.create(db_location, identity)
    yield opened
    opened.close()


def add(db: Database, name: str = "Ana Lima") -> str:
    with db.session() as s:
        return candidates.create_candidate(s, CandidateDraft(full_name=name,
                                                             email="ana@example.com")).id


def read(db: Database, cid: str) -> CandidateDraft:
    with db.reader() as s:
        return candidates.candidate_draft(s, cid)


def save(db: Database, cid: str, seen: CandidateDraft, **changes: object) -> None:
    with db.session() as s:
        candidates.update_candidate(s, cid, dataclasses.replace(seen, **changes),  # type: ignore[arg-type]
                                    seen=seen, version=seen.version)


def test_edits_of_different_fields_both_stay(db: Database, db_location: Path | str) -> None:
    cid = add(db)
    mine = read(db, cid)
    with as_other(db, db_location) as other:
        theirs = read(other, cid)
        save(other, cid, theirs, phone="+49 30 1234567")
    save(db, cid, mine, current_title="Staff engineer")
    now = read(db, cid)
    assert (now.phone, now.current_title) == ("+49 30 1234567", "Staff engineer")


def test_tags_added_and_removed_by_two_people_meanwhile_all_hold(
        db: Database, db_location: Path | str) -> None:
    cid = add(db)
    save(db, cid, read(db, cid), tags=["python", "remote"])
    mine = read(db, cid)
    with as_other(db, db_location) as other:  # Daniel adds one and takes "remote" away
        theirs = read(other, cid)
        save(other, cid, theirs, tags=["Kaggle", "python"])
    save(db, cid, mine, tags=["python", "remote", "Rust"])  # I add Rust, on what I saw
    assert sorted(read(db, cid).tags, key=str.casefold) == ["Kaggle", "python", "Rust"]
    mine = read(db, cid)
    with as_other(db, db_location) as other:
        save(other, cid, read(other, cid), tags=["Kaggle", "python", "Rust", "GPU"])
    save(db, cid, mine, tags=["Kaggle", "Rust"])  # I remove python
    assert sorted(read(db, cid).tags, key=str.casefold) == ["GPU", "Kaggle", "Rust"]


def test_a_stale_edit_of_the_same_field_is_refused_naming_who_and_nothing_is_written(
        db: Database, db_location: Path | str) -> None:
    cid = add(db)
    mine = read(db, cid)
    with as_other(db, db_location) as other:
        save(other, cid, read(other, cid), email="ana.lima@example.org")
    with pytest.raises(StaleEdit) as refused:
        save(db, cid, mine, email="ana@work.example", current_title="CTO")
    exc = refused.value
    assert exc.who == "Daniel Okafor"
    assert exc.theirs_text == "ana.lima@example.org" and exc.mine_text == "ana@work.example"
    assert exc.message.startswith("Ana Lima: email changed by Daniel Okafor at ")
    assert "here is the new value: “ana.lima@example.org”" in exc.message
    assert concurrency.when_text(exc.at) in exc.message
    now = read(db, cid)
    assert (now.email, now.current_title) == ("ana.lima@example.org", None)
    # "Save mine anyway": the same edit with the version the refusal carried
    with db.session() as s:
        candidates.update_candidate(s, cid, dataclasses.replace(mine, email="ana@work.example"),
                                    seen=mine, version=Anyway(exc.row_latest))
    assert read(db, cid).email == "ana@work.example"


def test_my_own_earlier_save_is_not_a_conflict(db: Database) -> None:
    cid = add(db)
    first = read(db, cid)
    save(db, cid, first, phone="+1 555 0100")
    second = read(db, cid)
    save(db, cid, second, phone="+1 555 0199")
    assert read(db, cid).phone == "+1 555 0199"


def test_a_stage_move_from_a_stale_card_is_refused_naming_the_move(
        db: Database, db_location: Path | str) -> None:
    cid = add(db)
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        app = pipeline.add_application(s, cid, role.id)
        stages = pipeline.stages_of(s, role.id)
        app_id, first = app.id, app.stage_id
    screen, technical = stages[1], stages[2]
    with as_other(db, db_location) as other, other.session() as s:
        pipeline.move(s, app_id, technical.id, seen_stage_id=first)
    with pytest.raises(StaleEdit) as refused, db.session() as s:
        pipeline.move(s, app_id, screen.id, seen_stage_id=first)
    assert refused.value.message.startswith(
        f"Ana Lima was moved to {technical.name} by Daniel Okafor at ")
    with db.reader() as s:
        assert pipeline.live_application(s, app_id).stage_id == technical.id


def test_on_a_server_each_writer_signs_with_a_replica_naming_them(pg_url: str,
                                                                 identity: Identity) -> None:
    db = Database.create(pg_url, identity)
    try:
        add(db)
        with as_other(db, pg_url) as other:
            add(other, "Wei Zhang")
        with db.reader() as s:
            labels = list(s.scalars(select(Replica.label)))
        people = {stamping.label_person(label) for label in labels}
        assert {identity.person_id, DANIEL.person_id} <= people
        assert "replica_id" not in db.meta()  # meta untouched: no row every writer updates
    finally:
        db.close()


def test_the_role_editor_keeps_a_colleagues_other_field_and_refuses_the_same_one(
        db: Database, db_location: Path | str) -> None:
    with db.session() as s:
        role_id = add_role_from_template(s, template("ml_engineer"), title="Data engineer").id
    with db.reader() as s:
        mine = roles.role_draft(s, role_id)
    with as_other(db, db_location) as other:
        with other.reader() as s:
            theirs = roles.role_draft(s, role_id)
        with other.session() as s:
            roles.update_role(s, role_id, dataclasses.replace(theirs, headcount=3),
                              seen=theirs, version=theirs.version)
    with db.session() as s:
        roles.update_role(s, role_id, dataclasses.replace(mine, notes="Berlin office"),
                          seen=mine, version=mine.version)
    with pytest.raises(StaleEdit) as refused, db.session() as s:
        roles.update_role(s, role_id, dataclasses.replace(mine, headcount=2), seen=mine,
                          version=mine.version)
    # a server names the writer of each field; a file only the row's last writer (here: me,
    # of another field)
    who = "Daniel Okafor" if db.on_server else "someone"
    assert refused.value.message.startswith(f"Data engineer: headcount changed by {who} at ")
    with db.reader() as s:
        now = roles.role_draft(s, role_id)
    assert (now.headcount, now.notes) == (3, "Berlin office")


def test_offer_terms_a_colleague_changed_are_refused_and_others_kept(
        db: Database, db_location: Path | str) -> None:
    cid = add(db)
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        app_id = pipeline.add_application(s, cid, role.id).id
        offer = offers.create_offer(s, app_id, dataclasses.replace(
            offers.new_terms(s, app_id), base_salary=90_000, currency="EUR"))
    mine = offer
    with as_other(db, db_location) as other:
        with other.reader() as s:
            theirs = offers.get_offer(s, offer.id)
        with other.session() as s:
            offers.update_offer(s, offer.id, dataclasses.replace(theirs.terms, base_salary=95_000),
                                seen=theirs.terms, version=theirs.version)
    with pytest.raises(StaleEdit) as refused, db.session() as s:
        offers.update_offer(s, offer.id, dataclasses.replace(mine.terms, base_salary=92_000),
                            seen=mine.terms, version=mine.version)
    assert refused.value.message.startswith("The offer to Ana Lima: base salary changed by ")
    assert "“95000”" in refused.value.message
    with db.reader() as s:
        assert offers.get_offer(s, offer.id).terms.base_salary == 95_000


def test_an_interview_time_a_colleague_moved_is_refused_and_a_notes_edit_keeps_it(
        db: Database, db_location: Path | str) -> None:
    cid = add(db)
    start = datetime(2030, 3, 4, 9, 0, tzinfo=timezone.utc)
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        app_id = pipeline.add_application(s, cid, role.id).id
        iid = interviews.schedule(s, app_id, title="Systems design", kind=StepKind.SYSTEM_DESIGN,
                                  starts_at=start, minutes=60,
                                  interviewer_ids=[db.identity.person_id]).id
    with db.reader() as s:
        mine = interviews.interview_data(s, iid)
    with as_other(db, db_location) as other:
        with other.reader() as s:
            theirs = interviews.interview_data(s, iid)
        with other.session() as s:
            interviews.update(s, iid, **{**theirs.values(),
                                         "starts_at": start + timedelta(hours=2)},
                              seen=theirs.values(), version=theirs.version)
    with pytest.raises(StaleEdit) as refused, db.session() as s:
        interviews.update(s, iid, **{**mine.values(), "starts_at": start + timedelta(days=1)},
                          seen=mine.values(), version=mine.version)
    assert refused.value.message.startswith("Systems design: time changed by ")
    assert refused.value.theirs_text == concurrency.when_text(start + timedelta(hours=2))
    with db.session() as s:
        interviews.update(s, iid, **{**mine.values(), "notes": "Bring the whiteboard"},
                          seen=mine.values(), version=mine.version)
    with db.reader() as s:
        now = interviews.interview_data(s, iid)
    assert (now.starts_at, now.notes) == (start + timedelta(hours=2), "Bring the whiteboard")


def test_a_change_merged_in_with_an_older_clock_is_still_refused(new_db: Database) -> None:
    """A cofounder's copy merged while my form was open: their change keeps its own clock,
    older than what my form read; the value I read is no longer there, so mine is refused."""
    cid = add(new_db)
    mine = read(new_db, cid)
    with new_db.session() as s:  # as a merge writes it: their value with their (old) clock
        c = s.get(Candidate, cid)
        assert c is not None
        old = clock.make(clock.physical(clock.now_ms() - 3_600_000), "feedc0ffee000001")
        s.execute(update(Candidate).where(Candidate.id == cid).values(
            email="ana@merged.example", field_clocks={"email": old}))
    with pytest.raises(StaleEdit) as refused, new_db.session() as s:
        candidates.update_candidate(s, cid, dataclasses.replace(mine, email="ana@mine.example"),
                                    seen=mine, version=mine.version)
    assert refused.value.theirs_text == "ana@merged.example"
    assert read(new_db, cid).email == "ana@merged.example"
    with new_db.session() as s:  # Save Mine Anyway
        candidates.update_candidate(s, cid, dataclasses.replace(mine, email="ana@mine.example"),
                                    seen=mine, version=concurrency.Anyway(refused.value.row_latest))
    assert read(new_db, cid).email == "ana@mine.example"


def test_a_value_stored_another_way_is_not_a_conflict(new_db: Database) -> None:
    """The demo stores a consent time of day; the form shows the day: changing it is no
    conflict with anyone."""
    cid = add(new_db)
    with new_db.session() as s:
        s.execute(update(Candidate).where(Candidate.id == cid).values(
            consent_at=datetime(2026, 5, 4, 15, 30, tzinfo=timezone.utc)))
    mine = read(new_db, cid)
    save(new_db, cid, mine, consent_on=date(2026, 6, 1))
    assert read(new_db, cid).consent_on == date(2026, 6, 1)


def test_links_added_and_removed_by_two_people_meanwhile_all_hold(
        db: Database, db_location: Path | str) -> None:
    cid = add(db)
    save(db, cid, read(db, cid), links=[(LinkKind.EMAIL, "ana@old.example", ""),
                                        (LinkKind.OTHER, "Paper on GPUs", "")])
    mine = read(db, cid)
    with as_other(db, db_location) as other:  # Daniel adds a blog and removes the old e-mail
        theirs = read(other, cid)
        save(other, cid, theirs, links=[(LinkKind.OTHER, "Paper on GPUs", ""),
                                        (LinkKind.PORTFOLIO, "https://ana.example/blog", "Blog")])
    # I label the paper and add a talk, on the links I saw
    save(db, cid, mine, links=[(LinkKind.EMAIL, "ana@old.example", ""),
                               (LinkKind.OTHER, "Paper on GPUs", "NeurIPS"),
                               (LinkKind.OTHER, "Talk at PyCon", "")])
    assert read(db, cid).links == [(LinkKind.OTHER, "Paper on GPUs", "NeurIPS"),
                                   (LinkKind.PORTFOLIO, "https://ana.example/blog", "Blog"),
                                   (LinkKind.OTHER, "Talk at PyCon", "")]


def test_undo_of_an_edit_whose_field_a_colleague_changed_since_is_refused_naming_him(
        db: Database, db_location: Path | str, qapp: object) -> None:
    from PySide6.QtGui import QUndoStack

    from hirefile.ui.commands import apply
    from hirefile.ui.commands.base import redo_safely, undo_safely
    from hirefile.ui.commands.candidates import EditCandidate
    from hirefile.ui.commands.roles import EditRole

    cid = add(db)
    with db.session() as s:
        role_id = add_role_from_template(s, template("ml_engineer"), title="Data engineer").id
    stack = QUndoStack()
    mine = read(db, cid)
    apply(stack, EditCandidate(db, lambda: None, cid, mine,
                               dataclasses.replace(mine, email="ana@work.example", phone="+1 555")))
    with db.reader() as s:
        role = roles.role_draft(s, role_id)
    apply(stack, EditRole(db, lambda: None, role_id, role,
                          dataclasses.replace(role, headcount=2)))
    with as_other(db, db_location) as other:  # Daniel changes the role's notes, Ana's e-mail
        with other.reader() as s:
            theirs = roles.role_draft(s, role_id)
        with other.session() as s:
            roles.update_role(s, role_id, dataclasses.replace(theirs, notes="Berlin"),
                              seen=theirs)
        save(other, cid, read(other, cid), email="ana.lima@example.org")
    assert undo_safely(stack) is None  # the headcount only I changed goes back
    with db.reader() as s:
        now = roles.role_draft(s, role_id)
    assert (now.headcount, now.notes) == (role.headcount, "Berlin")
    refused = undo_safely(stack)  # the e-mail he changed since does not
    assert refused is not None and refused.message.startswith(
        "Ana Lima: email changed by Daniel Okafor at ")
    assert stack.index() == 1
    assert (read(db, cid).email, read(db, cid).phone) == ("ana.lima@example.org", "+1 555")
    assert redo_safely(stack) is None
    with db.reader() as s:
        assert roles.role_draft(s, role_id).headcount == 2


def test_a_bulk_move_skips_and_names_the_candidates_a_colleague_moved_meanwhile(
        db: Database, db_location: Path | str) -> None:
    ids = [add(db, name) for name in ("Ana Lima", "Bo Chen", "Chidi Okeke", "Dana Ito")]
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        apps = [pipeline.add_application(s, cid, role.id).id for cid in ids]
        stages = pipeline.stages_of(s, role.id)
    shown = {app_id: stages[0].id for app_id in apps}  # what the table showed: all Sourced
    with as_other(db, db_location) as other, other.session() as s:  # Daniel moves two
        for app_id in apps[:2]:
            pipeline.move(s, app_id, stages[2].id)
    with db.session() as s:
        done = pipeline.bulk_move(s, apps, stages[1].name, seen_stages=shown)
    assert [r.application_id for r in done.moved] == apps[2:]
    assert done.meanwhile() == "2 were moved by Daniel Okafor meanwhile and stay where they are"
    with db.reader() as s:
        assert [pipeline.live_application(s, a).stage_id for a in apps] == \
            [stages[2].id] * 2 + [stages[1].id] * 2


def test_a_panel_two_people_changed_meanwhile_keeps_both_changes_and_never_empties(
        db: Database, db_location: Path | str) -> None:
    me = db.identity.person_id
    amara = new_key()
    cid = add(db)
    with db.session() as s:
        s.add(Person(id=amara, name="Amara Nwosu"))
        if s.get(Person, DANIEL.person_id) is None:
            s.add(Person(id=DANIEL.person_id, name=DANIEL.name))
        role = add_role_from_template(s, template("ml_engineer"))
        app_id = pipeline.add_application(s, cid, role.id).id
        iid = interviews.schedule(s, app_id, title="Systems design", kind=StepKind.SYSTEM_DESIGN,
                                  starts_at=None, minutes=60, interviewer_ids=[me]).id

    def change(who: Database, data: interviews.InterviewData, panel: list[str]) -> None:
        with who.session() as s:
            interviews.update(s, iid, **{**data.values(), "interviewer_ids": panel},
                              seen=data.values(), version=data.version)

    def panel() -> set[str]:
        with db.reader() as s:
            return {pid for pid, _ in interviews.interview_data(s, iid).panel}

    with db.reader() as s:
        mine = interviews.interview_data(s, iid)
    with as_other(db, db_location) as other:  # Daniel adds himself
        with other.reader() as s:
            theirs = interviews.interview_data(s, iid)
        change(other, theirs, [me, DANIEL.person_id])
    change(db, mine, [me, amara])  # I add Amara, on the panel I saw
    assert panel() == {me, DANIEL.person_id, amara}
    with db.reader() as s:
        mine = interviews.interview_data(s, iid)
    with as_other(db, db_location) as other:  # Daniel takes me and Amara off
        with other.reader() as s:
            theirs = interviews.interview_data(s, iid)
        change(other, theirs, [DANIEL.person_id])
    with pytest.raises(ValidationError) as refused:  # I take Daniel off: no one would be left
        change(db, mine, [me, amara])
    assert refused.value.message.startswith("Systems design: the panel was changed by ")
    assert "Daniel Okafor" in refused.value.message, refused.value.message
    assert panel() == {DANIEL.person_id}


def _offer(db: Database, *, sent: bool = False) -> str:
    """A draft offer to Ana Lima (or one approved and sent)."""
    cid = add(db)
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        app_id = pipeline.add_application(s, cid, role.id).id
        offer_id = offers.create_offer(s, app_id, dataclasses.replace(
            offers.new_terms(s, app_id), base_salary=90_000, currency="EUR")).id
        if sent:
            offers.approve(s, offer_id)
            offers.send(s, offer_id)
    return offer_id


def test_an_offer_a_colleague_moved_on_is_not_moved_again_and_he_is_named(
        db: Database, db_location: Path | str) -> None:
    offer_id = _offer(db, sent=True)
    with as_other(db, db_location) as other, other.session() as s:  # Daniel records a no
        offers.change_status(s, offer_id, OfferStatus.DECLINED, note="Took another job",
                             seen_status=OfferStatus.SENT)
    for to in (OfferStatus.ACCEPTED, OfferStatus.WITHDRAWN, OfferStatus.EXPIRED):
        with pytest.raises(StaleEdit) as refused, db.session() as s:  # my screen said Sent
            offers.change_status(s, offer_id, to, note="Budget", seen_status=OfferStatus.SENT)
        assert refused.value.message.startswith(
            "The offer to Ana Lima was marked declined by Daniel Okafor at ")
        assert refused.value.message.endswith("; nothing was changed")
    # without what the screen showed (the CLI reads and writes at once) the rule refuses
    with pytest.raises(ValidationError, match="declined; that is final"), db.session() as s:
        offers.accept(s, offer_id)
    with db.reader() as s:
        assert offers.get_offer(s, offer_id).status is OfferStatus.DECLINED


def test_an_offer_letter_a_colleague_changed_is_refused_naming_him(
        db: Database, db_location: Path | str) -> None:
    offer_id = _offer(db)
    with db.reader() as s:
        mine = offers.get_offer(s, offer_id)
    with as_other(db, db_location) as other:
        with other.reader() as s:
            theirs = offers.get_offer(s, offer_id)
        with other.session() as s:
            offers.set_letter_body(s, offer_id, "Dear Ana, welcome aboard.",
                                   seen=theirs.letter_body, version=theirs.version)
    with pytest.raises(StaleEdit) as refused, db.session() as s:
        offers.set_letter_body(s, offer_id, "Hi Ana!", seen=mine.letter_body,
                               version=mine.version)
    assert refused.value.message.startswith(
        "The offer to Ana Lima: letter text changed by Daniel Okafor at ")
    assert "“Dear Ana, welcome aboard.”" in refused.value.message
    with db.session() as s:  # Save mine anyway
        offers.set_letter_body(s, offer_id, "Hi Ana!", seen=mine.letter_body,
                               version=Anyway(refused.value.row_latest))
    with db.reader() as s:
        assert offers.get_offer(s, offer_id).letter_body == "Hi Ana!"


def test_undo_of_an_offer_edit_keeps_a_letter_a_colleague_rewrote_since(
        db: Database, db_location: Path | str, qapp: object) -> None:
    from PySide6.QtGui import QUndoStack

    from hirefile.ui.commands import apply
    from hirefile.ui.commands.base import undo_safely
    from hirefile.ui.commands.offers import EditOffer, OfferEdit

    offer_id = _offer(db)
    with db.reader() as s:
        o = offers.get_offer(s, offer_id)
    stack = QUndoStack()
    apply(stack, EditOffer(db, lambda: None, OfferEdit(
        offer_id, "Ana Lima", o.status, o.terms, o.terms, o.letter_body, "Hi Ana!", o.version)))
    with as_other(db, db_location) as other, other.session() as s:
        offers.set_letter_body(s, offer_id, "Dear Ana, welcome aboard.")
    refused = undo_safely(stack)
    assert refused is not None and refused.message.startswith(
        "The offer to Ana Lima: letter text changed by Daniel Okafor at ")
    with db.reader() as s:
        assert offers.get_offer(s, offer_id).letter_body == "Dear Ana, welcome aboard."
