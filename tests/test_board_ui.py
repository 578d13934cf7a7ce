"""The Pipeline board on real files: columns and counts, drag and drop, keys, undo, filters,
waiting flags, and that a big file reads cards only for what is on screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import Source, StageKind
from hirefile.services import board, candidates, listing, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Application
from hirefile.storage.types import utcnow
from hirefile.ui import messages, theme
from hirefile.ui.board.column import BoardColumn
from hirefile.ui.board.dialog import MoveDialog
from hirefile.ui.board.model import CARD_ROLE, MIME_TYPE, WAITING_ROLE, ColumnModel
from hirefile.ui.pages.pipeline import BOARD, TABLE, PipelinePage
from hirefile.ui.text import isolate

MOVE = Qt.DropAction.MoveAction


# fixtures ---------------------------------------------------------------------------------------

@pytest.fixture
def small_db(new_db: Database) -> dict[str, str]:
    """Two roles; Ana waits 10 days in Screen, Bo 2 days; Eve (other role) is in Screen too."""
    now = utcnow()
    ids: dict[str, str] = {}
    with new_db.session() as s:
        r1 = add_role_from_template(s, template("ml_engineer"))
        r2 = add_role_from_template(s, template("mlops"))
        ids["r1"], ids["r2"] = r1.id, r2.id
        people = [("Ana Lima", Source.REFERRAL, r1, "Screen", 10),
                  ("Bo Chen", Source.INBOUND, r1, "Screen", 2),
                  ("Cy Twain", Source.INBOUND, r1, "Applied", 1),
                  ("Eve Adams", Source.OUTREACH, r2, "Screen", 3)]
        for name, source, role, stage, days in people:
            c = candidates.create_candidate(s, CandidateDraft(full_name=name, source=source))
            app = pipeline.add_application(s, c.id, role.id, at=now - timedelta(days=40),
                                           stage=pipeline.stage_named(s, role.id, stage))
            app.stage_entered_at = now - timedelta(days=days)
            ids[name], ids[f"{name} candidate"] = app.id, c.id
    return ids


def make_page(qtbot: Any, db: Database, role_id: str | None = None) -> PipelinePage:
    theme.apply(QApplication.instance())  # type: ignore[arg-type]
    page = PipelinePage()
    qtbot.addWidget(page)
    page.undo_stack = QUndoStack(page)
    page.set_database(db)
    page.resize(1400, 820)
    page.show()
    qtbot.waitExposed(page)
    if role_id is not None:
        page.form.roleCombo.setCurrentIndex(page.form.roleCombo.findData(role_id))
    else:
        page.set_mode(BOARD)
    return page


@pytest.fixture
def page(qtbot: Any, new_db: Database, small_db: dict[str, str]) -> Iterator[PipelinePage]:
    page = make_page(qtbot, new_db, small_db["r1"])
    yield page
    page.set_database(None)


def column(page: PipelinePage, name: str) -> BoardColumn:
    col = page.board.column_named(name)
    assert col is not None, name
    if not col.loaded:
        page.board.load([col])
    return col


def stage_of(db: Database, app_id: str) -> str:
    with db.reader() as s:
        return pipeline.history(s, app_id)[-1].to_name


def select(col: BoardColumn, app_id: str) -> None:
    row = col.model.row_of(app_id)
    assert row is not None
    col.view.selectionModel().setCurrentIndex(
        col.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def drop(qtbot: Any, source: BoardColumn, target: BoardColumn, rows: list[int]) -> bool:
    """What a drag from `source` onto `target` does: the model's drop, then the event loop."""
    mime = source.model.mimeData([source.model.index(r, 0) for r in rows])
    assert mime.hasFormat(MIME_TYPE)
    assert target.model.canDropMimeData(mime, MOVE, -1, 0, QModelIndex())
    accepted = target.model.dropMimeData(mime, MOVE, -1, 0, QModelIndex())
    qtbot.wait(1)  # the drop is handed over once the drag has ended
    return accepted


@pytest.fixture
def no_problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda parent, title, text: shown.append(text))
    return shown


# columns and the model ----------------------------------------------------------------------------

def test_column_model_passes_the_model_tester(qtmodeltester: Any, qtbot: Any,
                                              demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    col = max(page.board.columns, key=lambda c: c.info.count)
    page.board.load([col])
    assert col.model.rowCount() == col.info.count > 0
    qtmodeltester.check(col.model)
    page.set_database(None)


def test_columns_and_counts_match_the_service_for_one_role(qtbot: Any,
                                                           demo_db: Database) -> None:
    with demo_db.reader() as s:
        role = max(listing.role_rows(s), key=lambda r: r.total)
        f = board.BoardFilter(role_id=role.id)
        expected = board.columns(s, f)
        ids = {c.name: board.column_ids(s, f, c) for c in expected}
    page = make_page(qtbot, demo_db, role.id)
    assert page.mode == BOARD
    assert page.form.contentStack.currentWidget() is page.form.boardPage
    assert page.board.infos == expected
    for col in page.board.columns:
        assert col.count_label.text() == f"{col.info.count:,}"
        assert column(page, col.info.name).model.ids == ids[col.info.name]
    assert [c.info.kind.is_exit for c in page.board.columns][-2:] == [True, True]
    assert page.board.columns[-1].property("exit") is True
    page.set_database(None)


def test_waiting_cards_are_flagged(qtbot: Any, page: PipelinePage,
                                   small_db: dict[str, str]) -> None:
    screen = column(page, "Screen")
    assert screen.model.ids[0] == small_db["Ana Lima"]  # longest waiting first
    ana, bo = (screen.model.index(r, 0) for r in (0, 1))
    assert ana.data(WAITING_ROLE) is True and bo.data(WAITING_ROLE) is False
    card = ana.data(CARD_ROLE)
    assert card.name == "Ana Lima" and card.days_in_stage == 10 and card.source == "Referral"
    assert "waiting" in ana.data(Qt.ItemDataRole.ToolTipRole)


# drag and drop ---------------------------------------------------------------------------------

def test_drop_moves_and_undo_moves_back(qtbot: Any, page: PipelinePage, new_db: Database,
                                        small_db: dict[str, str]) -> None:
    screen, technical = column(page, "Screen"), column(page, "Technical")
    with qtbot.waitSignal(page.sig_status) as status:
        assert drop(qtbot, screen, technical, [0])
    ana = small_db["Ana Lima"]
    assert stage_of(new_db, ana) == "Technical"
    assert status.args == [f"Moved {isolate('Ana Lima')} to {isolate('Technical')}"]
    assert (screen.info.count, technical.info.count) == (1, 1)
    assert technical.model.ids == [ana] and technical.selected_ids() == [ana]
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert stage_of(new_db, ana) == "Screen"
    assert (screen.info.count, technical.info.count) == (2, 0)
    assert screen.model.ids[0] == ana and screen.count_label.text() == "2"
    page.undo_stack.redo()
    assert stage_of(new_db, ana) == "Technical" and technical.info.count == 1


def test_dropping_on_its_own_column_does_nothing(qtbot: Any, page: PipelinePage,
                                                 new_db: Database,
                                                 small_db: dict[str, str]) -> None:
    screen = column(page, "Screen")
    mime = screen.model.mimeData([screen.model.index(0, 0)])
    assert not screen.model.canDropMimeData(mime, MOVE, -1, 0, QModelIndex())
    assert not screen.model.dropMimeData(mime, MOVE, -1, 0, QModelIndex())
    qtbot.wait(1)
    assert stage_of(new_db, small_db["Ana Lima"]) == "Screen"
    assert page.undo_stack.count() == 0


def test_drop_on_rejected_asks_why_and_cancel_moves_nothing(
        qtbot: Any, page: PipelinePage, new_db: Database, small_db: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[dict[str, Any]] = []
    answer: list[tuple[str, str] | None] = [None]

    def ask(parent: Any, **kw: Any) -> tuple[str, str] | None:
        asked.append(kw)
        return answer[0]

    monkeypatch.setattr(MoveDialog, "ask", ask)
    screen, rejected = column(page, "Screen"), column(page, "Rejected")
    drop(qtbot, screen, rejected, [1])
    assert asked[-1]["kind"] is StageKind.REJECTED and asked[-1]["who"] == "Bo Chen"
    assert "Role filled" in asked[-1]["reasons"]
    assert stage_of(new_db, small_db["Bo Chen"]) == "Screen"
    assert page.undo_stack.count() == 0 and rejected.info.count == 0

    answer[0] = ("Role filled", "Kept for the next opening")
    drop(qtbot, screen, rejected, [1])
    with new_db.reader() as s:
        last = pipeline.history(s, small_db["Bo Chen"])[-1]
        app = s.get(Application, small_db["Bo Chen"])
        assert app is not None and app.exit_reason == "Role filled"
    assert (last.to_name, last.reason, last.note) == ("Rejected", "Role filled",
                                                      "Kept for the next opening")
    assert rejected.info.count == 1 and screen.info.count == 1


def test_a_multi_selection_moves_together_and_undoes_as_one(
        qtbot: Any, page: PipelinePage, new_db: Database, small_db: dict[str, str]) -> None:
    screen, onsite = column(page, "Screen"), column(page, "Onsite")
    drop(qtbot, screen, onsite, [0, 1])
    assert {stage_of(new_db, small_db[n]) for n in ("Ana Lima", "Bo Chen")} == {"Onsite"}
    assert screen.info.count == 0 and onsite.info.count == 2
    page.undo_stack.undo()
    assert {stage_of(new_db, small_db[n]) for n in ("Ana Lima", "Bo Chen")} == {"Screen"}


def test_across_roles_a_drop_goes_to_the_stage_of_that_name_in_each_role(
        qtbot: Any, new_db: Database, small_db: dict[str, str]) -> None:
    page = make_page(qtbot, new_db)
    assert page.board.filter.role_id is None and page.mode == BOARD
    screen, technical = column(page, "Screen"), column(page, "Technical")
    assert screen.info.stage_id is None and screen.info.count == 3
    drop(qtbot, screen, technical, [0, 1, 2])
    for name in ("Ana Lima", "Bo Chen", "Eve Adams"):
        assert stage_of(new_db, small_db[name]) == "Technical"
    assert technical.info.count == 3
    page.undo_stack.undo()
    assert stage_of(new_db, small_db["Eve Adams"]) == "Screen"
    page.set_database(None)


def test_across_roles_cards_a_colleague_moved_meanwhile_stay_and_are_named(
        qtbot: Any, new_db: Database, small_db: dict[str, str]) -> None:
    page = make_page(qtbot, new_db)
    screen, technical = column(page, "Screen"), column(page, "Technical")
    me = new_db.identity
    new_db.set_identity(Identity("d" * 32, "Daniel Okafor"))  # he moves Ana on meanwhile
    with new_db.session() as s:
        pipeline.move(s, small_db["Ana Lima"],
                      pipeline.stage_named(s, small_db["r1"], "Onsite").id)
    new_db.set_identity(me)
    said: list[str] = []
    page.board.sig_status.connect(said.append)
    drop(qtbot, screen, technical, [0, 1, 2])
    assert [stage_of(new_db, small_db[n]) for n in ("Ana Lima", "Bo Chen", "Eve Adams")] == \
        ["Onsite", "Technical", "Technical"]
    assert said[-1] == ("Moved 2 candidates to \u2068Technical\u2069; 1 was moved by "
                        "\u2068Daniel Okafor\u2069 meanwhile and stays where it is")
    page.undo_stack.undo()
    assert [stage_of(new_db, small_db[n]) for n in ("Ana Lima", "Bo Chen", "Eve Adams")] == \
        ["Onsite", "Screen", "Screen"]
    page.set_database(None)


# keys -----------------------------------------------------------------------------------------

def test_ctrl_right_and_a_advance_to_the_next_stage(qtbot: Any, page: PipelinePage,
                                                    new_db: Database,
                                                    small_db: dict[str, str]) -> None:
    screen = column(page, "Screen")
    select(screen, small_db["Ana Lima"])
    qtbot.keyClick(screen.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_of(new_db, small_db["Ana Lima"]) == "Technical"
    assert column(page, "Technical").selected_ids() == [small_db["Ana Lima"]]  # moved with her
    select(screen, small_db["Bo Chen"])
    qtbot.keyClick(screen.view, Qt.Key.Key_A)
    assert stage_of(new_db, small_db["Bo Chen"]) == "Technical"
    assert column(page, "Technical").info.count == 2
    page.undo_stack.undo()
    assert stage_of(new_db, small_db["Bo Chen"]) == "Screen"


def test_r_and_w_ask_why_then_move_to_the_exit(qtbot: Any, page: PipelinePage,
                                               new_db: Database, small_db: dict[str, str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MoveDialog, "ask", lambda parent, **kw: ("Compensation", ""))
    screen = column(page, "Screen")
    select(screen, small_db["Bo Chen"])
    qtbot.keyClick(screen.view, Qt.Key.Key_W)
    assert stage_of(new_db, small_db["Bo Chen"]) == "Withdrew"
    select(screen, small_db["Ana Lima"])
    qtbot.keyClick(screen.view, Qt.Key.Key_R)
    assert stage_of(new_db, small_db["Ana Lima"]) == "Rejected"


def test_a_refused_move_is_shown_not_raised(qtbot: Any, page: PipelinePage,
                                            new_db: Database, small_db: dict[str, str],
                                            no_problems: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MoveDialog, "ask", lambda parent, **kw: ("Compensation", ""))
    screen = column(page, "Screen")
    select(screen, small_db["Ana Lima"])
    qtbot.keyClick(screen.view, Qt.Key.Key_W)
    withdrew = column(page, "Withdrew")
    select(withdrew, small_db["Ana Lima"])
    qtbot.keyClick(withdrew.view, Qt.Key.Key_A)  # exits do not advance
    assert no_problems == ["Nowhere further to advance"]
    assert stage_of(new_db, small_db["Ana Lima"]) == "Withdrew"
    assert page.undo_stack.count() == 1


def test_left_right_change_column_and_enter_opens_the_candidate(
        qtbot: Any, page: PipelinePage, small_db: dict[str, str]) -> None:
    applied, screen = column(page, "Applied"), column(page, "Screen")
    select(applied, small_db["Cy Twain"])
    qtbot.keyClick(applied.view, Qt.Key.Key_Right)
    assert page.board.active_column is screen
    assert screen.view.currentIndex().row() == 0
    assert screen.selected_ids() == [small_db["Ana Lima"]]
    assert not applied.view.selectionModel().hasSelection()  # one selection on the board
    qtbot.keyClick(screen.view, Qt.Key.Key_Right)  # nothing further right has cards but exits
    assert page.board.active_column is screen
    with qtbot.waitSignal(page.sig_open_candidate) as opened:
        qtbot.keyClick(screen.view, Qt.Key.Key_Return)
    assert opened.args == [small_db["Ana Lima candidate"]]
    qtbot.keyClick(screen.view, Qt.Key.Key_Left)
    assert page.board.active_column is applied


def test_undo_after_the_board_is_gone_changes_the_file_quietly(
        qtbot: Any, new_db: Database, small_db: dict[str, str]) -> None:
    stack = QUndoStack()
    page = make_page(qtbot, new_db, small_db["r1"])
    page.undo_stack = stack
    drop(qtbot, column(page, "Screen"), column(page, "Technical"), [0])
    page.close()
    page.deleteLater()
    qtbot.wait(5)
    stack.undo()  # the command's notify finds no board and does nothing
    assert stage_of(new_db, small_db["Ana Lima"]) == "Screen"


# filters and the page ----------------------------------------------------------------------------

def test_filter_by_source_narrows_the_counts(qtbot: Any, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    everyone = sum(c.count for c in page.board.infos)
    combo = page.form.sourceCombo
    combo.setCurrentIndex(combo.findData(Source.REFERRAL))
    with demo_db.reader() as s:
        expected = board.columns(s, board.BoardFilter(source=Source.REFERRAL))
    assert page.board.infos == expected
    assert 0 < sum(c.count for c in page.board.infos) < everyone
    assert "filtered by source" in page.form.pageSubtitle.text()
    tags, owners = page.form.tagCombo, page.form.ownerCombo
    assert tags.count() > 1 and owners.count() > 1
    tags.setCurrentIndex(1)
    assert page.board.filter.tag_id == tags.itemData(1)
    page.set_database(None)


def test_board_for_a_role_table_for_all_until_chosen(qtbot: Any, new_db: Database,
                                                     small_db: dict[str, str]) -> None:
    page = make_page(qtbot, new_db, small_db["r1"])
    assert page.mode == BOARD and page.form.hintLabel.isVisible()
    page.form.roleCombo.setCurrentIndex(0)
    assert page.mode == TABLE
    assert page.form.contentStack.currentWidget() is page.form.tablePage
    assert not page.form.tagCombo.isVisible() and page.form.closedCheck.isVisible()
    page.form.boardButton.click()
    assert page.mode == BOARD and page.board.infos
    page.form.roleCombo.setCurrentIndex(1)
    page.form.tableButton.click()
    assert page.mode == TABLE and page.model.rowCount() > 0
    page.set_database(None)


def test_the_table_shows_board_moves_and_their_undo(qtbot: Any, page: PipelinePage,
                                                    small_db: dict[str, str]) -> None:
    from hirefile.ui.models.applications import COL_STAGE

    def stage_in_table(app_id: str) -> str:
        model = page.model
        row = next(r for r in range(model.rowCount())
                   if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == app_id)
        return str(model.index(row, COL_STAGE).data())

    drop(qtbot, column(page, "Screen"), column(page, "Technical"), [0])
    page.form.tableButton.click()
    assert stage_in_table(small_db["Ana Lima"]) == "Technical"
    page.undo_stack.undo()
    assert stage_in_table(small_db["Ana Lima"]) == "Screen"
    assert page.count == 4


def test_reason_dialog_needs_a_reason(qtbot: Any) -> None:
    dialog = MoveDialog(None, stage="Rejected", kind=StageKind.REJECTED,
                        reasons=["Role filled", "Skills below the bar"], who="Ana Lima")
    qtbot.addWidget(dialog)
    assert dialog.form.headline.text() == f"Reject {isolate('Ana Lima')}"
    assert not dialog.ok_button.isEnabled()
    dialog.form.reasonCombo.setEditText("Went quiet after the onsite — no reply")
    assert dialog.ok_button.isEnabled()
    dialog.form.noteEdit.setPlainText("  Two follow-ups sent  ")
    assert dialog.values() == ("Went quiet after the onsite — no reply", "Two follow-ups sent")


# scale ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import uuid

    from hirefile.services.demo import load_demo
    path = tmp_path_factory.mktemp("board-5k") / "Big.hirefile"
    db = create_file(path, Identity(str(uuid.uuid4()), "Demo Builder"))
    try:
        load_demo(db, candidates=5000, seed=3)
    finally:
        db.close()
    return path


@pytest.mark.slow
def test_a_big_file_reads_cards_only_for_visible_rows(
        qtbot: Any, tmp_path: Path, identity: Identity, big_template: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "Big.hirefile"
    shutil.copyfile(big_template, path)
    db = Database.open(path, identity)
    calls: list[int] = []
    real = board.cards

    def counting(session: Any, ids: Any, **kw: Any) -> Any:
        calls.append(len(ids))
        return real(session, ids, **kw)

    monkeypatch.setattr(board, "cards", counting)
    page = make_page(qtbot, db)
    qtbot.wait(10)
    shown = [c for c in page.board.columns if c.loaded]
    total = sum(c.info.count for c in page.board.columns)
    assert total > 5000 and 0 < len(shown) < len(page.board.columns)
    assert calls and max(calls) <= ColumnModel.PAGE_SIZE
    # the page on screen of each column shown, then (the frame painted) the page after it
    # read ahead: no query per row, nothing in the columns scrolled out of sight
    assert len(calls) <= 2 * len(shown)
    assert all(c.model.cached_pages in ([], [0], [0, 1]) for c in page.board.columns)
    assert all(c.model.cached_pages == [] for c in page.board.columns if not c.loaded)
    big = max(shown, key=lambda c: c.info.count)
    assert big.info.count > 4 * ColumnModel.PAGE_SIZE
    assert big.model.cached_pages == [0, 1]
    calls.clear()
    bar = big.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(10)
    big.view.viewport().repaint()
    middle = (big.info.count // 2) // ColumnModel.PAGE_SIZE
    assert 1 <= len(calls) <= 3 and set(big.model.cached_pages) <= {0, 1, middle - 1, middle,
                                                                    middle + 1, middle + 2}
    page.set_database(None)
    db.close()


def test_a_column_scrolled_a_screenful_a_frame_reads_no_cards_while_painting(
        qtbot: Any, page: PipelinePage, small_db: dict[str, str]) -> None:
    """The page after the cards shown is read once the frame is painted, while the event
    loop is idle, so the next frame finds its cards; the column keeps a few pages only."""
    read: list[list[str]] = []

    def fetch(ids: Any) -> dict[str, board.Card]:
        read.append(list(ids))
        return {i: board.Card(i, f"c-{i}", f"Name {i}", "Role", "Screen", 1, "Referral",
                              None, False) for i in ids}

    big = column(page, "Screen")
    model = ColumnModel("many", fetch)
    ids = [f"app-{n:04d}" for n in range(1000)]
    model.set_ids(ids)
    big.view.setModel(model)
    qtbot.waitUntil(lambda: len(read) >= 2)  # what is shown, then the page ahead
    assert read == [ids[:ColumnModel.PAGE_SIZE], ids[ColumnModel.PAGE_SIZE:
                                                     2 * ColumnModel.PAGE_SIZE]]
    bar, viewport = big.view.verticalScrollBar(), big.view.viewport()
    read_while_painting: list[int] = []
    for value in [*range(0, bar.maximum(), bar.pageStep()),
                  *range(bar.maximum(), 0, -bar.pageStep())]:
        before = len(read)
        bar.setValue(value)
        viewport.repaint()
        read_while_painting.append(len(read) - before)
        QApplication.processEvents()  # idle: the page ahead is read
    assert sum(read_while_painting[1:]) == 0 and len(read) > 20
    assert len(model.cached_pages) <= ColumnModel.MAX_PAGES
    before = len(read)
    bar.setValue(0)  # back at the top: read ahead too on the way up
    viewport.repaint()
    first = big.view.indexAt(viewport.rect().topLeft())
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Name app-0000" and len(read) == before


@pytest.mark.parametrize("answer", ["theirs", "mine"])
def test_a_card_a_colleague_moved_meanwhile_asks_whose_move_stays(
        qtbot: Any, page: PipelinePage, new_db: Database, small_db: dict[str, str],
        monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    from hirefile.ui.conflict_dialog import ConflictDialog

    screen, technical = column(page, "Screen"), column(page, "Technical")
    ana = small_db["Ana Lima"]
    me = new_db.identity
    new_db.set_identity(Identity("d" * 32, "Daniel Okafor"))  # his turn at the file
    with new_db.session() as s:
        pipeline.move(s, ana, pipeline.stage_named(s, small_db["r1"], "Onsite").id)
    new_db.set_identity(me)
    asked: list[str] = []
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(
        lambda _cls, _parent, exc: asked.append(exc.message) or answer))
    drop(qtbot, screen, technical, [screen.model.row_of(ana) or 0])
    assert len(asked) == 1
    assert asked[0].startswith("Ana Lima was moved to Onsite by Daniel Okafor at ")
    if answer == "theirs":
        assert stage_of(new_db, ana) == "Onsite"
        assert ana not in column(page, "Screen").model.ids  # the board shows their move
        assert page.undo_stack.count() == 0
    else:
        assert stage_of(new_db, ana) == "Technical"
        assert technical.model.ids == [ana] and page.undo_stack.count() == 1


def test_after_a_move_a_column_reads_only_the_cards_that_moved(qapp: Any) -> None:
    """A move re-reads its two columns' ids; the cards already read of the people who did
    not move are shown as they were, and only the moved ones are read again."""
    read: list[list[str]] = []

    def fetch(ids: Any) -> dict[str, board.Card]:
        read.append(list(ids))
        return {i: board.Card(i, f"c-{i}", f"Name {i}", "Role", "Screen", 1, "Referral",
                              None, False) for i in ids}

    model = ColumnModel("screen", fetch)
    model.set_ids(["a", "b", "c"])
    assert [model.card_at(r).name for r in range(3)] == ["Name a", "Name b", "Name c"]
    assert read == [["a", "b", "c"]]
    model.set_ids(["b", "c"], changed=["a"])  # a moved out
    assert [model.card_at(r).name for r in range(2)] == ["Name b", "Name c"]
    assert model.rowCount() == 2 and read == [["a", "b", "c"]]
    model.set_ids(["b", "c", "d"], changed=["d"])  # d moved in
    assert [model.card_at(r).name for r in range(3)] == ["Name b", "Name c", "Name d"]
    assert read[1:] == [["d"]]
    model.set_ids(["b", "c", "d"])  # a refresh: every card read again
    model.card_at(0)
    assert read[2:] == [["b", "c", "d"]]
