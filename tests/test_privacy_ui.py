"""File → Privacy and Retention…: the rule set in place as an undo step, the due list following
the window's one change notification, and erasing everyone due after one confirmation."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from test_retention import People, make_people

from hirefile.services import retention
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate
from hirefile.ui import messages


@pytest.fixture
def people(new_db: Database) -> People:
    return make_people(new_db)


def page_of(window: Any) -> Any:
    window.privacy.action.trigger()
    page = window.privacy
    assert page.isVisible()
    return page


def names(page: Any) -> list[str]:
    return [d.name for d in page.model.rows]


def test_the_page_is_in_the_file_menu_after_the_company_profile(
        open_window: Any, people: People) -> None:
    window = open_window(people.db, (1024, 700))
    texts = [a.text() for a in window.form.menuFile.actions()]
    assert texts[texts.index("Company &profile…") + 1] == "Pri&vacy and Retention…"


def test_setting_the_rule_lists_the_due_and_undo_takes_it_back(
        open_window: Any, people: People) -> None:
    window = open_window(people.db, (1024, 700))
    page = page_of(window)
    f = page.form
    assert names(page) == ["Kept Until-yesterday"]  # no rule: only a passed keep-until date
    assert not f.monthsSpin.isEnabled() and f.ruleLabel.text().startswith("No retention rule")

    f.ruleCheck.setChecked(True)  # 6 months, the spin box's value

    with people.db.reader() as s:
        assert retention.rule(s).months == 6
    assert window.action_undo.text() == "&Undo Set retention rule"
    assert set(names(page)) == {"Rejected Long-ago", "Withdrew Long-ago", "Pooled No-consent",
                                "Kept Until-yesterday", "Removed Long-ago"}
    assert f.dueTitle.text() == "Due for erasure (5)"
    assert "6 months after their last activity" in f.ruleLabel.text()
    f.footerCheck.setChecked(True)
    with people.db.reader() as s:
        assert retention.rule(s) == retention.RetentionRule(6, True)
    assert "Job descriptions end with it" in f.ruleLabel.text()

    window.action_undo.trigger()
    window.action_undo.trigger()
    with people.db.reader() as s:
        assert retention.rule(s).months is None
    assert names(page) == ["Kept Until-yesterday"] and not f.ruleCheck.isChecked()


def test_erasing_all_due_asks_once_then_empties_the_list_and_the_undo_history(
        open_window: Any, people: People, monkeypatch: pytest.MonkeyPatch) -> None:
    db: Database = people.db
    with db.session() as s:
        retention.set_rule(s, 6, False)
    window = open_window(db, (1024, 700))
    page = page_of(window)
    asked: list[list[str]] = []
    monkeypatch.setattr(messages, "confirm_bulk_erase",
                        lambda parent, names: asked.append(names) or False)
    page.form.eraseAllButton.click()
    assert len(asked) == 1 and len(asked[0]) == 5
    assert len(names(page)) == 5  # Cancel: nothing erased

    monkeypatch.setattr(messages, "confirm_bulk_erase", lambda parent, names: True)
    page.form.dueTable.selectRow(0)
    first = page.model.row_at(0).name
    page.form.eraseSelectedButton.click()
    assert first not in names(page) and len(names(page)) == 4
    assert page.form.resultLabel.text().startswith(f"Erased {first}")
    assert first.encode() not in db.path.read_bytes()

    page.form.eraseAllButton.click()
    assert names(page) == [] and page.form.emptyLabel.isVisible()
    assert page.form.resultLabel.text().startswith("Erased 4 candidates")
    assert window.undo_stack.count() == 0  # no step may bring anyone back
    with db.reader() as s:
        left = set(s.scalars(sa.select(Candidate.full_name)
                             .where(Candidate.anonymised_at.is_(None))))
    assert "Rejected Recently" in left and "Withdrew Long-ago" not in left
    assert window.candidates_page.total == len([n for n in left if n != "Removed Long-ago"])


def test_a_change_elsewhere_reaches_the_open_page(open_window: Any, people: People) -> None:
    """A record edited in the window (one change notification) updates the due list."""
    from hirefile.services.pipeline import add_application
    from hirefile.ui.changes import EVERYTHING

    with people.db.session() as s:
        retention.set_rule(s, 6, False)
    window = open_window(people.db, (1024, 700))
    page = page_of(window)
    assert "Rejected Long-ago" in names(page)
    with people.db.session() as s:
        add_application(s, people.ids["Rejected Long-ago"], people.other_role)
    window.changes.changed(EVERYTHING)
    assert "Rejected Long-ago" not in names(page)


def test_a_note_says_who_is_due_after_opening_and_follows_the_file(
        open_window: Any, people: People, qtbot: Any, monkeypatch: Any) -> None:
    from hirefile.ui import privacy

    with people.db.session() as s:
        retention.set_rule(s, 6, False)
    window = open_window(people.db, (1024, 700))
    notes = window.disk.notes
    qtbot.waitUntil(lambda: notes.bar(privacy.BAR) is not None,
                    timeout=privacy.REMIND_AFTER_MS + 3000)
    bar = notes.bar(privacy.BAR)
    assert bar.text.startswith("5 candidates are due for erasure")
    bar.buttons["Review…"].click()
    assert window.privacy.isVisible()
    window.privacy.close()
    with people.db.session() as s:
        retention.set_rule(s, None, False)  # no rule: only the passed keep-until date
    from hirefile.ui.changes import EVERYTHING

    counts = []
    real = retention.due_for_erasure
    monkeypatch.setattr(retention, "due_for_erasure",
                        lambda s: counts.append(1) or real(s))
    for _ in range(20):  # a burst of changes (a bulk move) counts once after it
        window.changes.changed(EVERYTHING)
    qtbot.waitUntil(lambda: notes.bar(privacy.BAR).text.startswith(
        "1 candidate is due for erasure"), timeout=3000)
    qtbot.wait(privacy.RECOUNT_AFTER_MS + 100)
    assert len(counts) == 1


def test_a_file_gone_bad_before_the_note_leaves_no_note_and_no_error(
        open_window: Any, people: People, qtbot: Any, monkeypatch: Any) -> None:
    """The file went bad (or was replaced) in the moment after it opened: the note stays
    away (the window's file watch speaks of it), nothing is raised in the event loop."""
    from hirefile.errors import CorruptFile
    from hirefile.ui import privacy

    with people.db.session() as s:
        retention.set_rule(s, 6, False)
    tried = []

    def gone(_s: Any) -> Any:
        tried.append(1)
        raise CorruptFile("Demo.hirefile is damaged (file is not a database)")

    monkeypatch.setattr(retention, "due_for_erasure", gone)
    window = open_window(people.db, (1024, 700))
    qtbot.waitUntil(lambda: bool(tried), timeout=privacy.REMIND_AFTER_MS + 3000)
    assert window.disk.notes.bar(privacy.BAR) is None
