"""Memory: what a founder opens and closes is gone once closed.

A dialog made with a parent belongs to it, and the main window lives as long as the app: a
closed dialog that was not freed stays in memory with all its widgets for good. Opening and
closing a candidate's record, with the questions it asks on the way (unsaved changes, why
someone is rejected), and the list's own dialogs (Tag…, whose fields are connected to lambdas
of the dialog: a cycle Python's collector cannot see through Qt) must leave as many live
widgets and dialogs as before.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import LinkKind
from hirefile.services import candidates, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.ui.main_window import PAGE_CANDIDATES

ROUNDS = 20


def settle() -> None:
    """Events handled, deferred deletes done, Python's collector run."""
    for _ in range(2):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def live() -> tuple[int, int]:
    """(live widgets, live dialogs and message boxes)."""
    widgets = QApplication.allWidgets()
    return len(widgets), sum(isinstance(w, QDialog) for w in widgets)


def answer_next(answer: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog once it is up (it runs its own event loop)."""
    def act() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(5, act)
            return
        answer(modal)
    QTimer.singleShot(0, act)


def test_opening_and_closing_a_record_leaves_no_widgets_or_dialogs_behind(
        qtbot: Any, open_window: Any, new_db: Database) -> None:
    with new_db.session() as s:
        role = add_role_from_template(s, template("ml_engineer")).id
        for name in ("Ada Obi", "Bo Chen", "Ḥanān al-Sayyid", "Ольга Петрова"):
            c = candidates.create_candidate(s, CandidateDraft(full_name=name))
            s.flush()
            pipeline.add_application(s, c.id, role)
    window = open_window(new_db, (1024, 700))
    window.show_page(PAGE_CANDIDATES)
    page = window.candidates_page
    asked: list[str] = []

    def discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        button = box.button(QMessageBox.StandardButton.Discard)
        assert button is not None
        button.click()

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        asked.append(dialog.windowTitle())
        dialog.reject()

    def one_round(row: int) -> None:
        page.table.setFocus()
        page.table.setCurrentIndex(page.model.index(row, 0))
        qtbot.keyClick(page.table, Qt.Key.Key_Return)  # as a founder opens it
        assert page.record_open
        record = page.record
        rejected = next(a for a in record.applications.cards[0].menu.actions()
                        if a.text().startswith("Rejected"))
        answer_next(cancel)  # "Why rejected?" — cancelled: nothing moves
        rejected.trigger()
        qtbot.keyClicks(record.record_form.form.nameEdit, " Jr")
        answer_next(discard)  # "Save your changes to …?" — Discard
        qtbot.mouseClick(record.form.backButton, Qt.MouseButton.LeftButton)  # ‹ Candidates
        assert not page.record_open
        answer_next(cancel)  # Tag… on the list, cancelled
        page.action_tag.trigger()

    one_round(0)  # the record view is made on first use
    settle()
    before = live()
    for i in range(ROUNDS):
        one_round(i % page.model.rowCount())
    settle()
    assert len(asked) == 3 * (ROUNDS + 1)
    assert any(text.startswith("Save your changes to") for text in asked)
    assert live() == before


class WidgetsMade(QObject):
    """Counts widgets made inside `root` (each new child announces itself to its parent)."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.root, self.made = root, 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ChildAdded and isinstance(watched, QWidget)
                and (watched is self.root or self.root.isAncestorOf(watched))):
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                self.made += 1
        return False


def test_reopening_records_fills_the_same_cards_and_duplicate_rows_again(
        qtbot: Any, open_window: Any, new_db: Database) -> None:
    """Buttons made and deleted under the app's palette leave heap behind in Qt for good
    (bench_memory: +21.7 MB over 1,000 records opened): the record's application cards are
    and the rows of possible duplicates are made once and filled again for the next
    candidate, with what that candidate has."""
    with new_db.session() as s:
        ml = add_role_from_template(s, template("ml_engineer")).id
        data = add_role_from_template(s, template("data_engineer")).id
        for name, roles in (("Ada Obi", (ml, data)), ("Bo Chen", (ml,)), ("Bo Chen", (data,)),
                            ("Ḥanān al-Sayyid", (data,)), ("Ольга Петрова", (ml, data))):
            email = "bo@example.org" if name == "Bo Chen" else None  # the same person twice?
            links = [(LinkKind.PAPER, "https://doi.org/10.1000/xyz", "NeurIPS")] * (
                name == "Ada Obi")
            c = candidates.create_candidate(s, CandidateDraft(full_name=name, email=email,
                                                              links=links))
            s.flush()
            for role in roles:
                pipeline.add_application(s, c.id, role)
    window = open_window(new_db, (1024, 700))
    window.show_page(PAGE_CANDIDATES)
    page = window.candidates_page

    def open_row(row: int) -> tuple[int, int]:
        """(applications, possible duplicates) the record shows."""
        page.table.setFocus()
        page.table.setCurrentIndex(page.model.index(row, 0))
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        assert page.record_open
        record = page.record
        cards = [c for c in record.applications.cards if c.isVisibleTo(record)]
        record.duplicates.check_now()
        shown = len(cards), len(record.duplicates.matches)
        links.append(len(record.record_form.form.linksEditor.rows))
        page.close_record()
        return shown

    for row in range(page.model.rowCount()):  # the record and its cards made on first use
        open_row(row)
    settle()
    links: list[int] = []
    made = WidgetsMade(page.record)
    QApplication.instance().installEventFilter(made)
    try:
        shown = [open_row(i % page.model.rowCount()) for i in range(ROUNDS)]
    finally:
        QApplication.instance().removeEventFilter(made)
    assert made.made == 0
    # each record its own applications, and the two Bo Chens each other as a duplicate
    assert links == [1, 0, 0, 0, 0] * (ROUNDS // 5)  # Ada's paper, on her record alone
    assert sorted(shown[:page.model.rowCount()]) == [(1, 0), (1, 1), (1, 1), (2, 0), (2, 0)]


def test_records_opened_all_over_a_long_list_keep_only_the_rows_near_the_screen(
        qtbot: Any, open_window: Any, new_db: Database,
        add_candidates: Callable[..., None]) -> None:
    """Each record closed scrolls the list to its candidate, whose page of rows is read: the
    list kept up to 60 pages (6,000 rows, ~9 MB) of places it had been, so 1,000 records
    opened grew the app by +2.4 MB from the 300th on (bench_memory). Now the rows alive stay
    the pages around the screen, however many records are opened."""
    add_candidates(new_db, 1200, with_roles=False)
    window = open_window(new_db, (1024, 700))
    window.show_page(PAGE_CANDIDATES)
    page = window.candidates_page
    total = page.model.rowCount()
    assert total == 1200
    opened: list[str] = []
    for i in range(30):
        row = i * 7 % 30 * 40  # every 40th candidate, in an order all over the list
        page.table.setFocus()
        page.table.setCurrentIndex(page.model.index(row, 0))
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        assert page.record_open
        opened.append(page.record.record_form.form.nameEdit.text())
        page.close_record()  # ‹ Candidates
        page.table.viewport().repaint()  # the list shown again, at the record's candidate
        QApplication.processEvents()
    settle()
    assert len(set(opened)) == 30 and opened[1] == page.model.index(280, 0).data()
    rows = sum(type(o).__name__ == "CandidateRow" for o in gc.get_objects())
    assert 0 < rows < total // 2
    assert rows <= page.model.MAX_PAGES * page.model.PAGE_SIZE
