"""Merging a cofounder's copy in the app: the preview writes nothing, Merge reaches every page,
"Use the Other Value" is one undo step, another company's file is refused, and copies a sync
tool left beside the file are offered in a bar, merged and archived.

Real files: the copies are made with `save_copy` and edited as `hirefile set` edits them."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_no_stale_views import every_view_matches_the_file
from test_small_screen import SCREEN, cut_buttons, cut_labels, settle

from hirefile.domain.candidates import CandidateDraft
from hirefile.services import candidates, edits, pipeline, stages
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Candidate, RoleStage
from hirefile.ui import messages, screen
from hirefile.ui.candidate.merge import MergeDialog
from hirefile.ui.commands.base import apply, redo_safely, through_changes, undo_safely
from hirefile.ui.commands.candidates import EditCandidate
from hirefile.ui.main_window import PAGE_PIPELINE, MainWindow
from hirefile.ui.pages.pipeline import BOARD
from hirefile.ui.sharing import copies_bar, merge_copy
from hirefile.ui.sharing.merge_copy import MergePreview, MergeReview
from hirefile.ui.text import isolate

DANIEL = Identity(str(uuid.uuid4()), "Daniel Kim")
DROPBOX = "Hiring (Daniel Kim's conflicted copy 2026-12-06).hirefile"


def edit(db: Database, candidate_id: str, *words: str) -> None:
    with db.session() as s:
        edits.set_candidate_fields(s, candidate_id, list(words))


def add(db: Database, name: str, email: str) -> str:
    with db.session() as s:
        return candidates.create_candidate(s, CandidateDraft(full_name=name, email=email)).id


def copy_of(db: Database, name: str) -> Path:
    return db.save_copy(db.path.with_name(name))


def email_of(db: Database, candidate_id: str) -> str | None:
    with db.reader() as s:
        return candidates.candidate_draft(s, candidate_id).email


@pytest.fixture
def mine(tmp_path: Path, identity: Identity) -> Any:
    db = create_file(tmp_path / "Hiring.hirefile", identity)
    yield db
    db.close()


def diverge(mine: Database, name: str = "Daniel's copy.hirefile") -> tuple[Path, str, str]:
    """A copy where Daniel changed Ana's e-mail and added two people (one with an e-mail
    already here); meanwhile this file changed Ana's e-mail too. (copy, Ana, Wang Lei)"""
    ana = add(mine, "Ana Lima", "ana@example.org")
    path = copy_of(mine, name)
    theirs = Database.open(path, DANIEL)
    try:
        edit(theirs, ana, "email=ana@daniel.example")
        add(theirs, "王磊", "wl@example.org")
        add(theirs, "سارة العتيبي", "sara@example.org")
    finally:
        theirs.close()
    edit(mine, ana, "email=ana@lena.example")
    wang = add(mine, "Wang Lei", "wl@example.org")
    return path, ana, wang


def drafts(db: Database, candidate_id: str) -> tuple[CandidateDraft, CandidateDraft]:
    """(before, after) of an edit of the candidate's location in the app."""
    with db.reader() as s:
        before = candidates.candidate_draft(s, candidate_id)
    return before, replace(before, location="Lisboa")


def preview_of(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[MergePreview]:
    """Stub the preview's exec: build the real dialog, keep it, answer Merge or Cancel."""
    shown: list[MergePreview] = []

    def ask(cls: type[MergePreview], parent: Any, *args: Any) -> bool:
        shown.append(cls(*args, parent))
        return answer

    monkeypatch.setattr(MergePreview, "ask", classmethod(ask))
    return shown


def table_rows(dialog: MergePreview | MergeReview, columns: int) -> list[tuple[str, ...]]:
    t = dialog.conflicts
    return [tuple(t.item(r, c).text() for c in range(columns)) for r in range(t.rowCount())]


def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda _p, _t, text: said.append(text))
    return said


def test_the_preview_says_what_comes_in_and_writes_nothing(
        open_window: Any, mine: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ana, _wang = diverge(mine)
    w: MainWindow = open_window(mine)
    before, theirs_before = mine.path.read_bytes(), path.read_bytes()
    shown = preview_of(monkeypatch, answer=False)
    monkeypatch.setattr(merge_copy, "ask_copy_to_merge", lambda _p, _d: path)
    w.copy_merging.action_merge.trigger()
    assert len(shown) == 1
    preview = shown[0]
    assert preview.summary.text().splitlines()[0] == \
        "New: 2 candidates, 3 activity entries and 1 person."
    assert "1 conflict: both copies changed the same field" in preview.summary.text()
    assert table_rows(preview, 5) == [
        ("Ana Lima", "e-mail", "ana@lena.example", "ana@daniel.example", "yours")]
    assert f"{isolate('王磊')} (from the copy) and {isolate('Wang Lei')} (already here): " \
           "same e-mail" in preview.duplicates.text()
    assert preview.merge_button is not None
    # cancelled: neither file changed, nothing new on screen, no review
    assert mine.path.read_bytes() == before and path.read_bytes() == theirs_before
    assert w.candidates_page.total == 2
    assert w.copy_merging.review is None
    assert not w.copy_merging.action_review.isEnabled()


def test_merge_reaches_every_page_and_leaves_a_backup(
        open_window: Any, demo_db: Database, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy_of(demo_db, "Daniel's copy.hirefile")
    theirs = Database.open(path, DANIEL)
    try:
        new = add(theirs, "Мария Иванова", "maria@example.org")
        with theirs.session() as s:
            app_id, role_id = s.execute(select(Application.id, Application.role_id).join(
                RoleStage, RoleStage.id == Application.stage_id).where(
                RoleStage.name == "Screen", Application.deleted_at.is_(None))
                .order_by(Application.id)).first()
            pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Withdrew").id,
                          reason="Took another offer")
            pipeline.add_application(s, new, role_id)
    finally:
        theirs.close()
    w: MainWindow = open_window(demo_db)
    w.show_page(PAGE_PIPELINE)
    w.pipeline_page.set_mode(BOARD)
    qtbot.waitUntil(lambda: bool(w.pipeline_page.board.infos))
    every_view_matches_the_file(w)
    shown = preview_of(monkeypatch, answer=True)
    assert w.copy_merging.merge_path(path) == "merged"
    assert shown[0].summary.text().startswith("New: 1 candidate, 1 application, 2 stage moves")
    every_view_matches_the_file(w)
    with demo_db.reader() as s:
        assert s.get(Candidate, new).full_name == "Мария Иванова"
    assert list(demo_db.path.parent.glob("*before-merge*")), "a backup beside the file"
    from hirefile.services.backups import list_backups

    assert "merge" in [b.reason for b in list_backups(demo_db.file_uuid)], \
        "and one among the backups File → Restore from Backup lists"
    assert "Merged" in w.statusBar().currentMessage()
    assert w.copy_merging.review is None  # no conflict, no duplicate: nothing to review


def test_use_the_other_value_is_one_undo_step(
        open_window: Any, mine: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path, ana, _wang = diverge(mine)
    w: MainWindow = open_window(mine)
    apply(w.undo_stack, EditCandidate(mine, through_changes, ana, *drafts(mine, ana)))
    assert w.undo_stack.canUndo()
    preview_of(monkeypatch, answer=True)
    assert w.copy_merging.merge_path(path) == "merged"
    assert not w.undo_stack.canUndo()  # no step from before the merge is left to undo
    review = w.copy_merging.review
    assert review is not None and review.isVisible()
    assert w.copy_merging.action_review.isEnabled()
    assert table_rows(review, 5) == [
        ("Ana Lima", "e-mail", "ana@lena.example", "ana@daniel.example", "yours")]
    assert email_of(mine, ana) == "ana@lena.example"
    button = review.buttons[0]
    assert button.isEnabled()
    button.click()
    assert email_of(mine, ana) == "ana@daniel.example"
    assert w.undo_stack.undoText() == f"Use {isolate('Daniel Kim')}’s e-mail for " \
                                      f"{isolate('Ana Lima')}"
    assert review.conflicts.item(0, 4).text() == "theirs"
    assert not button.isEnabled()
    assert undo_safely(w.undo_stack) is None
    assert email_of(mine, ana) == "ana@lena.example"
    assert review.conflicts.item(0, 4).text() == "yours" and button.isEnabled()
    assert redo_safely(w.undo_stack) is None
    assert email_of(mine, ana) == "ana@daniel.example"
    # closed, it comes back from File → Last Merge Review…
    review.close()
    w.copy_merging.action_review.trigger()
    assert review.isVisible()


def test_an_amount_comes_with_its_currency_and_goes_back_with_it(
        open_window: Any, mine: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    ana = add(mine, "Анна Лима", "ana@example.org")
    path = copy_of(mine, "Daniel's copy.hirefile")
    theirs = Database.open(path, DANIEL)
    try:
        edit(theirs, ana, "expectation_currency=EUR", "expectation=90000")
    finally:
        theirs.close()
    edit(mine, ana, "expectation_currency=USD", "expectation=80000")
    w: MainWindow = open_window(mine)
    preview_of(monkeypatch, answer=True)
    assert w.copy_merging.merge_path(path) == "merged"
    review = w.copy_merging.review
    assert review is not None
    rows = table_rows(review, 5)
    assert rows == [("Анна Лима", "pay expectation",
                     "$80,000", "€90,000", "yours"),
                    ("Анна Лима", "expectation currency", "USD", "EUR", "yours")]

    def money() -> tuple[int | None, str | None]:
        with mine.reader() as s:
            d = candidates.candidate_draft(s, ana)
        return d.expectation, d.expectation_currency

    review.buttons[0].click()
    assert money() == (9_000_000, "EUR")
    assert not review.buttons[0].isEnabled() and not review.buttons[1].isEnabled()
    assert undo_safely(w.undo_stack) is None
    assert money() == (8_000_000, "USD")
    assert review.buttons[0].isEnabled() and review.buttons[1].isEnabled()


def test_a_field_no_edit_sets_is_shown_with_the_button_disabled(
        open_window: Any, mine: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from hirefile.domain.templates import TEMPLATES
    from hirefile.services.roles import add_role_from_template

    with mine.session() as s:
        role = add_role_from_template(s, TEMPLATES[0])
        stage_id = role.stages[1].id
    path = copy_of(mine, "Daniel's copy.hirefile")
    theirs = Database.open(path, DANIEL)
    try:
        with theirs.session() as s:
            stages.rename_stage(s, stage_id, "Первый звонок")
    finally:
        theirs.close()
    with mine.session() as s:
        stages.rename_stage(s, stage_id, "First call")
    w: MainWindow = open_window(mine)
    preview_of(monkeypatch, answer=True)
    assert w.copy_merging.merge_path(path) == "merged"
    review = w.copy_merging.review
    assert review is not None
    rows = table_rows(review, 4)
    assert ("name", "First call", "Первый звонок") in [r[1:] for r in rows]
    i = [r[1:] for r in rows].index(("name", "First call", "Первый звонок"))
    assert not review.buttons[i].isEnabled()
    assert "is not set by an edit" in review.buttons[i].toolTip()


def test_a_possible_duplicate_opens_the_two_records_merge(
        open_window: Any, mine: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ana, wang = diverge(mine)
    w: MainWindow = open_window(mine)
    preview_of(monkeypatch, answer=True)
    w.copy_merging.merge_path(path)
    review = w.copy_merging.review
    assert review is not None
    dup = review.merge_result.possible_duplicates[0]
    assert (dup["name"], dup["matches"]) == ("王磊", wang)
    asked: list[tuple[str, str]] = []

    def ask(cls: Any, _parent: Any, left: Any, right: Any) -> tuple[str, str]:
        asked.append((left.candidate_id, right.candidate_id))
        return right.candidate_id, left.candidate_id

    monkeypatch.setattr(MergeDialog, "ask", classmethod(ask))
    review.duplicate_buttons[0].click()
    assert asked == [(dup["id"], wang)]
    with mine.reader() as s:  # one record stays (under the earlier key), the other points at it
        pair = [s.get(Candidate, i) for i in (dup["id"], wang)]
        live = [c for c in pair if c.deleted_at is None]
        gone = [c for c in pair if c.deleted_at is not None]
        assert len(live) == 1 and len(gone) == 1 and gone[0].merged_into == live[0].id
    assert review.duplicate_buttons[0].text() == "Merged"
    assert not review.duplicate_buttons[0].isEnabled()


def test_another_companys_file_is_refused_and_nothing_changes(
        open_window: Any, mine: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    add(mine, "Ana Lima", "ana@example.org")
    other = create_file(tmp_path / "Other.hirefile", DANIEL)
    add(other, "Someone Else", "se@example.org")
    other.close()
    w: MainWindow = open_window(mine)
    before = mine.path.read_bytes()
    said = problems(monkeypatch)
    shown = preview_of(monkeypatch, answer=True)
    monkeypatch.setattr(merge_copy, "ask_copy_to_merge",
                        lambda _p, _d: tmp_path / "Other.hirefile")
    w.copy_merging.action_merge.trigger()
    assert said == ["Other.hirefile is not a copy of Hiring.hirefile (it began as another "
                    "file: another company's, or a desk started separately); only copies of "
                    "one file can be merged"]
    assert shown == []
    assert mine.path.read_bytes() == before
    assert w.candidates_page.total == 1
    # the open file itself, and a file that is not Hirefile's, are refused the same way
    assert w.copy_merging.merge_path(mine.path) == "refused"
    (tmp_path / "notes.hirefile").write_text("not a database")
    assert w.copy_merging.merge_path(tmp_path / "notes.hirefile") == "refused"
    assert len(said) == 3 and "is the open file itself" in said[1]
    assert mine.path.read_bytes() == before


def test_unsaved_edits_are_asked_about_first(open_window: Any, mine: Database,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    w: MainWindow = open_window(mine)
    chosen: list[bool] = []
    monkeypatch.setattr(merge_copy, "ask_copy_to_merge",
                        lambda _p, _d: chosen.append(True))
    monkeypatch.setattr(w, "_leave_ok", lambda: False)
    w.copy_merging.action_merge.trigger()
    assert chosen == []


# ---- Copies a sync tool left beside the file -----------------------------------------------------

def test_the_bar_offers_a_dropbox_copy_and_merges_and_archives_it(
        open_window: Any, mine: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ana, _wang = diverge(mine, DROPBOX)
    w: MainWindow = open_window(mine)
    bar = w.copy_merging.copies_bar
    assert bar.isVisible()
    assert bar.label.text() == ("A copy of this file made by Dropbox was found beside it — it "
                                "holds changes your file does not have")
    assert bar.merge_button.text() == "Merge It In…"
    preview_of(monkeypatch, answer=True)
    monkeypatch.setattr(copies_bar, "ask_to_archive", lambda _p, copy, folder: (
        copy == path and folder == "Hiring archive"))
    bar.merge_button.click()
    assert not path.exists()
    assert (mine.path.parent / "Hiring archive" / DROPBOX).is_file()
    assert w.candidates_page.total == 4
    assert not bar.isVisible()
    assert w.copy_merging.review is not None


def test_another_lineage_named_like_a_copy_brings_no_bar(
        open_window: Any, mine: Database, tmp_path: Path) -> None:
    other = create_file(tmp_path / DROPBOX, DANIEL)
    other.close()
    w: MainWindow = open_window(mine)
    assert not w.copy_merging.copies_bar.isVisible()
    assert w.copy_merging.copies_bar.siblings == []


def test_a_damaged_copy_is_named_and_skipped_and_dismissing_lasts_until_a_new_copy(
        open_window: Any, mine: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    add(mine, "Ana Lima", "ana@example.org")
    damaged = copy_of(mine, "Hiring (1).hirefile")
    damaged.write_bytes(damaged.read_bytes()[:5000])  # a sync that did not finish
    w: MainWindow = open_window(mine)
    bar = w.copy_merging.copies_bar
    assert bar.isVisible()
    lines = bar.label.text().splitlines()
    assert lines[0] == "A copy of this file made by Google Drive was found beside it"
    assert lines[1].startswith(f"{isolate('Hiring (1).hirefile')} cannot be read and is "
                               "skipped: ")
    assert bar.merge_button.isHidden()  # nothing readable to merge
    bar.dismiss_button.click()
    assert not bar.isVisible()
    w.copy_merging.file_opened()  # opened again: still dismissed
    assert not bar.isVisible()
    copy_of(mine, "Hiring 2.hirefile")  # iCloud's name for a new copy
    w.copy_merging.file_opened()
    assert bar.isVisible()
    assert bar.label.text().startswith("2 copies of this file made by Google Drive and iCloud")
    assert bar.merge_button.text() == "Merge It In…"
    shown = preview_of(monkeypatch, answer=False)
    bar.merge_button.click()  # the damaged one is skipped: one preview, of the readable copy
    assert [p.windowTitle() for p in shown] == ["Merge a Cofounder's Copy"]
    assert shown[0].merge_button is None  # it holds nothing new


def test_preview_review_and_bar_fit_1024_by_700_with_long_mixed_names(
        open_window: Any, mine: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    name = "Hiring Лаборатория 机器学习 مختبر التعلم الآلي"
    mine.close()
    mine.path.rename(mine.path.with_name(f"{name}.hirefile"))
    db = Database.open(mine.path.with_name(f"{name}.hirefile"), mine.identity)
    path, _ana, _wang = diverge(db, f"{name} (Даниил Кимов-Александров's conflicted copy "
                                    "2026-12-06).hirefile")
    monkeypatch.setattr(screen, "available_size", lambda window: SCREEN)
    w: MainWindow = open_window(db, (1024, 700))  # closes `db` with the window
    settle(qtbot)
    bar = w.copy_merging.copies_bar
    assert bar.isVisible()
    assert cut_buttons(bar) == [] and cut_labels(bar) == []
    shown = preview_of(monkeypatch, answer=True)
    w.copy_merging.merge_path(path)
    review = w.copy_merging.review
    assert review is not None
    qtbot.addWidget(shown[0])
    for dialog in (shown[0], review):
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot)
        assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height()
        assert cut_buttons(dialog) == [], dialog.windowTitle()
        assert cut_labels(dialog) == [], dialog.windowTitle()


def moved_both_ways(demo_db: Database) -> tuple[Path, str, str]:
    """A copy where Daniel moved someone in Debrief on to Offer, while this file rejected
    them: (the copy, their name, the role's title)."""
    from hirefile.storage.models import Role

    with demo_db.reader() as s:
        app_id, role_id, name = s.execute(
            select(Application.id, Application.role_id, Candidate.full_name)
            .join(Candidate, Candidate.id == Application.candidate_id)
            .join(RoleStage, RoleStage.id == Application.stage_id)
            .where(RoleStage.name == "Debrief", Application.deleted_at.is_(None))
            .order_by(Application.id)).first()
        title = s.get(Role, role_id).title
    path = copy_of(demo_db, "Daniel's copy.hirefile")
    theirs = Database.open(path, DANIEL)
    try:
        with theirs.session() as s:
            pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Offer").id)
    finally:
        theirs.close()
    with demo_db.session() as s:
        pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Rejected").id,
                      reason="Went with another finalist")
    return path, name, title


def test_a_stage_conflict_names_the_application_its_stages_and_times(
        open_window: Any, demo_db: Database, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Both founders moved one person on: the preview says who, for which role, to which
    stage and since when — not "a application", stage ids and stored timestamps."""
    path, name, title = moved_both_ways(demo_db)
    w: MainWindow = open_window(demo_db)
    shown = preview_of(monkeypatch, answer=False)
    monkeypatch.setattr(merge_copy, "ask_copy_to_merge", lambda _p, _d: path)
    w.copy_merging.action_merge.trigger()
    rows = {row[1]: row for row in table_rows(shown[0], 5)}
    assert rows["stage"] == (f"{name} · {title}", "stage", "Rejected", "Offer", "yours")
    since = rows["in the stage since"]
    assert since[0] == f"{name} · {title}"
    for text in since[2:4]:  # "7 Dec 2026, 06:33:25", in this computer's time
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d:\d\d", text), text
    preview = shown[0]
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    table = preview.conflicts
    kept = table.horizontalHeader().sectionViewportPosition(4) + table.columnWidth(4)
    assert kept <= table.viewport().width(), "which side is kept shows without scrolling"
