"""Derived state (current stage, offer status, sort names, contact and link keys, the search
index) agrees with its sources after every write the app makes; `hirefile check` names a file
where it does not, and `recompute` sets it right from the sources."""

from __future__ import annotations

import csv
import io
import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.offers import OfferTerms
from hirefile.domain.templates import template
from hirefile.domain.vocab import Decision, LinkKind, OfferStatus, PayPeriod, RoleStatus
from hirefile.errors import FileProblem
from hirefile.services import candidates, debrief, dedupe, offers, pipeline, undoing
from hirefile.services.csv_import import import_rows, plan_rows, read_csv, redo_import, undo_import
from hirefile.services.merging import merge_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage import derived
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Candidate, CandidateLink, Note, Offer
from hirefile.storage.types import utcnow

EUR = 100


def agree(db: Database) -> None:
    with db.reader() as s:
        assert derived.problems(s) == []


def terms(**changes: object) -> OfferTerms:
    today = utcnow().date()
    return OfferTerms(base_salary=90_000 * EUR, currency="EUR", period=PayPeriod.YEAR,
                      start_date=today + timedelta(days=40),
                      expires_on=today + timedelta(days=10), **changes)  # type: ignore[arg-type]


def role_and_people(db: Database) -> tuple[str, dict[str, str], dict[str, str]]:
    """A role, its stages by name, and two candidates by name."""
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"), status=RoleStatus.OPEN).id
        stages = {st.name: st.id for st in pipeline.stages_of(s, role)}
        people = {
            "Ada": candidates.create_candidate(s, CandidateDraft(
                full_name="  Ada   Lovelace ", email="Ada@Example.org", phone="+44 20 7946 0018",
                github_url="@AdaL", linkedin_url="uk.linkedin.com/in/Ada-L/",
                links=[(LinkKind.GITHUB, "adal-work", ""),
                       (LinkKind.PHONE, "0044 20 7946 0999", "work"),
                       (LinkKind.EMAIL, "ADA@work.example", "")])).id,
            "Łukasz": candidates.create_candidate(s, CandidateDraft(
                full_name="Łukasz Żółć", phone="601-234")).id,
        }
    return role, stages, people


def test_the_demo_file_agrees(demo_db: Database) -> None:
    agree(demo_db)
    assert check_file(demo_db.path).ok


def test_a_bare_github_name_is_stored_as_its_profile_link(new_db: Database) -> None:
    _, _, people = role_and_people(new_db)
    with new_db.reader() as s:
        ada = s.get(Candidate, people["Ada"])
        assert (ada.github_url, ada.github_key) == ("https://github.com/AdaL", "github.com/adal")
        assert ada.sort_name == "ada lovelace" and ada.phone_key == "+442079460018"
        link = s.scalar(select(CandidateLink).where(CandidateLink.kind == LinkKind.GITHUB))
        assert (link.value, link.key) == ("https://github.com/adal-work", "github.com/adal-work")
    agree(new_db)


def test_moves_and_their_undo_keep_the_stage_and_the_history_one(new_db: Database) -> None:
    role, st, people = role_and_people(new_db)
    with new_db.session() as s:
        app = pipeline.add_application(s, people["Ada"], role).id
        # two moves given the same time, and one given a time before them: each is still the
        # latest of the history, so the stage is the one the last move led to
        when = utcnow()
        pipeline.move(s, app, st["Screen"], at=when)
        pipeline.move(s, app, st["Technical"], at=when)
        last = pipeline.move(s, app, st["Screen"], at=when - timedelta(days=3))
    agree(new_db)
    with new_db.session() as s:
        assert s.get(Application, app).stage_id == st["Screen"]
        pipeline.undo_move(s, last)
    with new_db.reader() as s:
        a = s.get(Application, app)
        latest = derived.latest_stage_change(s, app)
        assert a.stage_id == st["Technical"] == latest.to_stage_id
        assert a.stage_entered_at == latest.moved_at
    agree(new_db)
    with new_db.session() as s:
        pipeline.bulk_move(s, [app], "Rejected", reason="Not enough ML depth")
        back = pipeline.move(s, app, st["Screen"])  # reconsidered…
    agree(new_db)
    with new_db.session() as s:
        pipeline.undo_move(s, back)  # …and not: rejected again, for the reason given
        a = s.get(Application, app)
        assert (a.stage_id, a.exit_reason) == (st["Rejected"], "Not enough ML depth")
    agree(new_db)
    new_db.close()
    assert main(["--as", "Amara Okafor", "move", str(new_db.path), "--candidate",
                 "ada@example.org", "--role", role, "--stage", "Screen"]) == 0
    assert check_file(new_db.path).ok


def test_offer_statuses_follow_their_events_through_undo(new_db: Database) -> None:
    role, st, people = role_and_people(new_db)
    with new_db.session() as s:
        app = pipeline.add_application(s, people["Ada"], role).id
        pipeline.move(s, app, st["Technical"])
        offer = offers.create_offer(s, app, terms()).id
        approved = offers.approve(s, offer)
    agree(new_db)
    with new_db.session() as s:  # taking the approval back: draft again, by the events too
        offers.undo_status_change(s, approved)
        assert s.get(Offer, offer).status is OfferStatus.DRAFT
    agree(new_db)
    with new_db.session() as s:
        offers.approve(s, offer)
        offers.send(s, offer)
        accepted = offers.accept(s, offer)  # also moves the application to Hired
    agree(new_db)
    with new_db.session() as s:
        offers.undo_status_change(s, accepted)
        assert s.get(Offer, offer).status is OfferStatus.SENT
        assert s.get(Application, app).stage_id == st["Technical"]
    agree(new_db)
    with new_db.session() as s:
        offers.withdraw(s, offer, note="Role paused")
        second = offers.create_offer(s, app, terms()).id
        offers.update_offer(s, second, terms(bonus=5_000 * EUR))
    agree(new_db)


def test_edits_imports_and_their_undo_keep_keys_and_search(new_db: Database,
                                                           tmp_path: Path) -> None:
    role, _, people = role_and_people(new_db)
    with new_db.session() as s:
        draft = candidates.candidate_draft(s, people["Łukasz"])
        draft.full_name, draft.phone, draft.github_url = "Łukasz Nowak", "+48 601 234 567", \
            "github.com/LNowak/repo"
        draft.links = [(LinkKind.LINKEDIN, "pl.linkedin.com/in/lukasz-n", "")]
        candidates.update_candidate(s, people["Łukasz"], draft)
        candidates.set_tags(s, people["Łukasz"], ["nlp", "rust"])
    agree(new_db)
    buffer = io.StringIO(newline="")
    rows = csv.writer(buffer, lineterminator="\n")
    rows.writerow(["Name", "Email", "Phone", "GitHub", "Tags"])
    rows.writerow(["Zoë Brontë", "zoe@example.org", "+33 6 12 34 56 78", "@zoeb", "ml"])
    rows.writerow(["Ada Lovelace", "ada@example.org", "+44 20 7946 7777", "", "maths"])
    path = tmp_path / "people.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    with new_db.session() as s:
        report = import_rows(s, plan_rows(read_csv(path)), role_id=role, file_name="people.csv")
    assert report.import_id is not None and len(report.imported) == 1
    agree(new_db)
    with new_db.session() as s:
        undo_import(s, report.import_id)
    agree(new_db)
    with new_db.session() as s:
        redo_import(s, report.import_id)
    agree(new_db)
    with new_db.session() as s:
        candidates.remove_candidate(s, people["Łukasz"])
    agree(new_db)
    with new_db.session() as s:
        candidates.restore_candidate(s, people["Łukasz"])
    agree(new_db)


def test_merging_duplicates_ends_the_kept_history_at_its_stage(new_db: Database) -> None:
    role, st, people = role_and_people(new_db)
    with new_db.session() as s:
        other = candidates.create_candidate(s, CandidateDraft(
            full_name="A. Lovelace", phone="+44 20 7946 0018", github_url="adal")).id
        kept_app = pipeline.add_application(s, people["Ada"], role).id
        pipeline.move(s, kept_app, st["Technical"], at=utcnow() - timedelta(days=5))
        # the duplicate's application is newer: its moves come after the kept one's
        pipeline.add_application(s, other, role)
    with new_db.session() as s:
        report = dedupe.merge(s, people["Ada"], other)
    assert report.applications_combined == 1
    with new_db.reader() as s:
        app = s.get(Application, kept_app)
        assert app.deleted_at is None and app.stage_id == st["Technical"]
        moves = pipeline.history(s, kept_app)
        assert [m.to_name for m in moves] == ["Sourced", "Technical", "Sourced", "Technical"]
        assert moves[-1].reason == dedupe.MERGE_REASON
    agree(new_db)
    assert check_file(new_db.path).ok


def test_a_merge_fills_a_contact_with_the_key_of_the_value_it_keeps(new_db: Database) -> None:
    with new_db.session() as s:
        keep = candidates.create_candidate(s, CandidateDraft(full_name="Bo Chen",
                                                             phone="12 34")).id  # no key
        other = candidates.create_candidate(s, CandidateDraft(
            full_name="Bo Chen", phone="+86 138 0013 8000", github_url="github.com/bochen")).id
    with new_db.session() as s:
        dedupe.merge(s, keep, other)
    with new_db.reader() as s:
        c = s.get(Candidate, keep)
        assert (c.phone, c.phone_key) == ("12 34", None)  # kept, and no other's key beside it
        assert (c.github_url, c.github_key) == ("https://github.com/bochen", "github.com/bochen")
    agree(new_db)


# broken files --------------------------------------------------------------------------------

def break_by_hand(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def small_file(new_db: Database) -> tuple[Path, str, dict[str, str], dict[str, str], str]:
    role, st, people = role_and_people(new_db)
    with new_db.session() as s:
        app = pipeline.add_application(s, people["Ada"], role).id
        pipeline.move(s, app, st["Screen"])
        offer = offers.create_offer(s, app, terms()).id
    agree(new_db)
    return new_db.path, app, st, people, offer


def test_check_names_each_kind_of_disagreement(
        small_file: tuple[Path, str, dict[str, str], dict[str, str], str], new_db: Database,
        capsys: pytest.CaptureFixture[str]) -> None:
    path, app, st, people, offer = small_file
    new_db.close()
    break_by_hand(
        path,
        f"UPDATE application SET stage_id = '{st['Technical']}' WHERE id = '{app}'",
        f"UPDATE offer SET status = 'accepted' WHERE id = '{offer}'",
        f"UPDATE candidate SET sort_name = 'zzz' WHERE id = '{people['Ada']}'",
        f"UPDATE candidate SET phone_key = '+1' WHERE id = '{people['Łukasz']}'",
        "UPDATE candidate_link SET key = 'nobody@example.org' WHERE kind = 'email'",
    )
    report = check_file(path)
    assert not report.ok
    said = "\n".join(report.problems)
    assert f"1 application's current stage disagrees with its stage history (first: {app})" \
        in said
    assert f"1 offer's status disagrees with its status history (first: {offer})" in said
    assert "2 candidates' sort names or contact keys disagree with their names and contacts" \
        in said
    assert "1 candidate link's key disagrees with its value" in said
    capsys.readouterr()
    assert main(["check", str(path)]) == 1
    assert f"PROBLEM  1 application's current stage disagrees with its stage history (first: " \
        f"{app})" in capsys.readouterr().out.splitlines()
    before = path.read_bytes()
    with pytest.raises(FileProblem, match="is damaged"):
        Database.open(path, new_db.identity)
    assert path.read_bytes() == before  # refused before anything is written


def test_check_names_missing_history_and_a_stale_search_index(
        small_file: tuple[Path, str, dict[str, str], dict[str, str], str],
        new_db: Database) -> None:
    path, app, _, people, offer = small_file
    new_db.close()
    break_by_hand(
        path,
        f"UPDATE stage_change SET deleted_at = created_at WHERE application_id = '{app}'",
        f"UPDATE offer_event SET deleted_at = created_at WHERE offer_id = '{offer}'",
        "DELETE FROM candidate_fts WHERE rowid = "
        f"(SELECT rowid FROM candidate WHERE id = '{people['Ada']}')",
        "UPDATE candidate_fts SET notes = 'not what the record says' WHERE rowid = "
        f"(SELECT rowid FROM candidate WHERE id = '{people['Łukasz']}')",
        "INSERT INTO candidate_fts (rowid, name, contact, notes, tags, other) "
        "VALUES (999999, 'Ghost', '', '', '', '')",
    )
    said = "; ".join(check_file(path).problems)
    assert f"1 live application has no stage history (first: {app})" in said
    assert f"1 live offer has no status history (first: {offer})" in said
    assert "1 live candidate is missing from the search index" in said
    assert "1 search index entry for no live candidate" in said
    assert "1 search index entry does not say what its candidate holds (name, contacts, notes, " \
        "tags)" in said


def test_recompute_sets_every_kind_from_its_source(
        small_file: tuple[Path, str, dict[str, str], dict[str, str], str],
        new_db: Database) -> None:
    path, app, st, people, offer = small_file
    with new_db.session() as s:
        stamp = s.get(Application, app).updated_at
        for sql in (f"UPDATE application SET stage_id = '{st['Technical']}', "
                    f"stage_entered_at = '2020-01-01 00:00:00.000000' WHERE id = '{app}'",
                    f"UPDATE offer SET status = 'sent' WHERE id = '{offer}'",
                    "UPDATE candidate SET sort_name = 'zzz', github_key = NULL",
                    "UPDATE candidate_link SET key = NULL",
                    "DELETE FROM candidate_fts"):
            s.execute(text(sql))
    with new_db.reader() as s:
        assert len(derived.problems(s)) == 5
    with new_db.session() as s:
        changed = derived.recompute(s, applications=[], offers=[], candidates=[])
        assert changed == {"applications": 0, "offers": 0, "candidates": 0, "links": 0}
        changed = derived.recompute(s, candidates=[people["Ada"]])
        assert changed == {"applications": 1, "offers": 1, "candidates": 1, "links": 3}
        # the session's own copies read the values set
        assert s.get(Application, app).stage_id == st["Screen"]
        assert s.get(Candidate, people["Ada"]).sort_name == "ada lovelace"
    with new_db.reader() as s:  # Łukasz was not named: still as broken
        assert derived.problems(s) == [
            f"1 candidate's sort name or contact keys disagree with their name and contacts "
            f"(first: {people['Łukasz']})",
            "1 live candidate is missing from the search index"]
        assert s.get(Application, app).updated_at == stamp  # derived values are not edits
    with new_db.session() as s:
        derived.recompute(s)
    agree(new_db)
    new_db.close()
    assert check_file(path).ok


def test_a_debrief_rejection_undone_and_redone_keeps_stage_and_history_one(
        new_db: Database) -> None:
    role, st, people = role_and_people(new_db)
    with new_db.session() as s:
        app = pipeline.add_application(s, people["Ada"], role).id
        pipeline.move(s, app, st["Technical"])
    with new_db.session() as s, undoing.recording(s) as written:
        debrief.decide(s, app, Decision.REJECT, "Not enough depth in ML systems",
                       new_db.identity.person_id)
    with new_db.reader() as s:
        assert s.get(Application, app).stage_id == st["Rejected"]
    agree(new_db)
    with new_db.session() as s:
        written.undo(s, "Reject")
        assert s.get(Application, app).stage_id == st["Technical"]
    agree(new_db)
    with new_db.session() as s:
        written.redo(s, "Reject")
    agree(new_db)


def test_rows_written_straight_through_the_orm_get_their_derived_values(
        new_db: Database) -> None:
    with new_db.session() as s:
        c = Candidate(full_name="Zoë Brontë", phone="+33 6 12 34 56 78",
                      github_url="https://github.com/ZoeB")
        s.add(c)
        s.flush()
        s.add(CandidateLink(candidate_id=c.id, kind=LinkKind.EMAIL, value="zoe@work.example"))
    with new_db.reader() as s:
        got = s.get(Candidate, c.id)
        assert (got.sort_name, got.phone_key, got.github_key) == \
            ("zoe bronte", "+33612345678", "github.com/zoeb")
        assert s.scalar(select(CandidateLink.key)) == "zoe@work.example"
    with new_db.session() as s:
        s.get(Candidate, c.id).full_name = "Zoé Brontë-Smith"
    with new_db.reader() as s:
        assert s.get(Candidate, c.id).sort_name == "zoe bronte-smith"
    agree(new_db)


# merging copies ------------------------------------------------------------------------------

def test_a_merge_of_copies_leaves_derived_state_agreeing_and_follows_merged_records(
        new_db: Database, tmp_path: Path) -> None:
    role, st, people = role_and_people(new_db)
    with new_db.session() as s:
        app = pipeline.add_application(s, people["Ada"], role).id
        offer = offers.create_offer(s, app, terms()).id
        dup = candidates.create_candidate(s, CandidateDraft(full_name="Ada L.",
                                                            email="ada.l@example.org")).id
    new_db.close()
    theirs_path = tmp_path / "daniel" / "Hiring.hirefile"
    theirs_path.parent.mkdir()
    theirs_path.write_bytes(new_db.path.read_bytes())
    mine = Database.open(new_db.path, new_db.identity)
    theirs = Database.open(theirs_path, Identity(str(uuid.uuid4()), "Daniel Okoye"))
    with mine.session() as s:  # Lena: a move and an approval, and a note on "Ada L."
        pipeline.move(s, app, st["Screen"], at=utcnow() - timedelta(hours=2))
        offers.approve(s, offer)
        s.add(Note(candidate_id=dup, body="Same person as Ada? Ask her."))
    with theirs.session() as s:  # Daniel, later: another move, and the duplicates merged
        pipeline.move(s, app, st["Technical"])
        dedupe.merge(s, people["Ada"], dup)
    theirs.close()
    merge_file(mine, theirs_path)
    with mine.reader() as s:
        assert derived.problems(s) == []
        a = s.get(Application, app)
        assert a.stage_id == derived.latest_stage_change(s, app).to_stage_id == st["Technical"]
        assert s.get(Offer, offer).status is OfferStatus.APPROVED
        note = s.scalar(select(Note).where(Note.body.like("Same person%")))
        assert note.candidate_id == people["Ada"]  # followed to the record kept
        kept, gone = s.get(Candidate, people["Ada"]), s.get(Candidate, dup)
        assert (kept.deleted_at, kept.merged_into) == (None, None)  # the one kept stays
        assert gone.deleted_at is not None and gone.merged_into == kept.id
    mine.close()
    assert check_file(mine.path).ok


def test_check_names_a_live_or_looping_merge_pointer(
        small_file: tuple[Path, str, dict[str, str], dict[str, str], str],
        new_db: Database) -> None:
    path, _, _, people, _ = small_file
    new_db.close()
    break_by_hand(path, f"UPDATE candidate SET merged_into = '{people['Łukasz']}' "
                        f"WHERE id = '{people['Ada']}'")
    assert "1 candidates point to a record they were merged into while still live, or to " \
        "themselves" in check_file(path).problems
