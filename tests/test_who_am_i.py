"""Who I am in a shared file: the second founder is the person the file already lists, asked
once (matched by e-mail, then name) and linked; `--as` matches the same way; File → Switch
person… changes it on a shared computer. Never a second "Daniel Okoye"."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.keys import new_key
from hirefile.domain.templates import template
from hirefile.services import candidates, people, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, Person, StageChange
from hirefile.ui import app
from hirefile.ui.main_window import MainWindow
from hirefile.ui.people import NEW, WhoAmIDialog
from hirefile.ui.text import isolate

LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann", "lena@fernwood.ai")


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, str]:
    """Lena's file, where she added her cofounder Daniel (with his e-mail) as a person."""
    path = tmp_path / "Fernwood.hirefile"
    db = create_file(path, LENA)
    daniel_id = new_key()
    with db.session() as s:
        s.add(Person(id=daniel_id, name="Daniel Okoye", email="daniel@fernwood.ai",
                     title="CTO"))
        candidates.create_candidate(s, CandidateDraft(full_name="Zoë Brontë"))
    db.close()
    return path, daniel_id


def people_named(path: Path, name: str) -> list[str]:
    with Database.open(path, LENA, write=False) as db, db.reader() as s:
        return list(s.scalars(select(Person.id).where(Person.name == name)))


def a_write(window: MainWindow) -> None:
    assert window.db is not None
    with window.db.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="王磊"))


class Asked:
    def __init__(self, answer: str | None) -> None:
        self.answer, self.calls = answer, []  # type: list[dict[str, Any]]

    def __call__(self, cls: type, parent: Any, file_name: str, choices: list[Any], me: Identity,
                 *, guess: str | None, switching: bool = False) -> str | None:
        self.calls.append({"guess": guess, "switching": switching,
                           "names": [c.name for c in choices], "me": me.name})
        return guess if self.answer == "guess" else self.answer


def started(result: Any, qtbot: Any) -> MainWindow:
    assert isinstance(result, MainWindow), result
    qtbot.addWidget(result)
    return result


def test_the_second_founder_is_asked_once_and_becomes_the_daniel_the_file_knows(
        qtbot: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        shared: tuple[Path, str]) -> None:
    path, daniel_id = shared
    Settings().set_identity("Daniel Okoye")  # his laptop: the same name, no e-mail given
    asked = Asked("guess")
    monkeypatch.setattr(WhoAmIDialog, "ask", classmethod(asked))
    w = started(app.start(path), qtbot)
    assert asked.calls == [{"guess": daniel_id, "switching": False, "me": "Daniel Okoye",
                            "names": ["Daniel Okoye", "Lena Hoffmann"]}]
    assert w.person_badge.text() == "You: " + isolate("Daniel Okoye")
    assert w.db is not None and w.db.identity.person_id == daniel_id
    a_write(w)
    w.close()
    assert people_named(path, "Daniel Okoye") == [daniel_id]  # one Daniel, his own row
    again = started(app.start(path), qtbot)  # linked now: not asked again
    assert len(asked.calls) == 1 and again.db is not None
    assert again.db.identity.person_id == daniel_id
    again.close()


def test_someone_new_is_added_once_and_not_asked_again(
        qtbot: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        shared: tuple[Path, str]) -> None:
    path, _ = shared
    me = Settings().set_identity("Marta Kowalczyk", "marta@fernwood.ai")
    asked = Asked(NEW)
    monkeypatch.setattr(WhoAmIDialog, "ask", classmethod(asked))
    w = started(app.start(path), qtbot)
    assert asked.calls[0]["guess"] is None  # nobody like her in the file
    a_write(w)
    w.close()
    assert people_named(path, "Marta Kowalczyk") == [me.person_id]
    started(app.start(path), qtbot).close()
    assert len(asked.calls) == 1


def test_as_name_takes_the_person_of_that_name_without_asking(
        qtbot: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        shared: tuple[Path, str]) -> None:
    path, daniel_id = shared
    monkeypatch.setattr(WhoAmIDialog, "ask", classmethod(lambda *a, **k: pytest.fail()))
    w = started(app.start(path, as_name="Daniel Okoye"), qtbot)
    assert w.db is not None and w.db.identity.person_id == daniel_id
    a_write(w)
    w.close()
    assert people_named(path, "Daniel Okoye") == [daniel_id]


def test_the_likely_person_is_matched_by_e_mail_first_then_by_name() -> None:
    a = people.PersonChoice("a", "Daniel Okoye", "daniel@fernwood.ai", None)
    b = people.PersonChoice("b", "Dan Okoye", "DANIEL.O@gmail.com", None)
    c = people.PersonChoice("c", "Łucja Wiśniewska", None, None)
    assert people.likely_match([a, b, c], "Someone", "daniel.o@gmail.com") == b
    assert people.likely_match([a, b, c], "daniel okoye", None) == a
    assert people.likely_match([a, b, c], "Lucja Wisniewska", None) == c
    twins = [a, people.PersonChoice("d", "Daniel Okoye", None, None)]
    assert people.likely_match(twins, "Daniel Okoye", None) is None  # two: ask, don't guess


def test_switch_person_signs_and_sees_as_the_other_founder(
        qtbot: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        shared: tuple[Path, str]) -> None:
    path, daniel_id = shared
    db = Database.open(path, LENA)
    w = MainWindow(db, Settings(), LENA)
    qtbot.addWidget(w)
    w.use_database(db)
    asked = Asked(daniel_id)
    monkeypatch.setattr(WhoAmIDialog, "ask", classmethod(asked))
    w.action_switch_person.trigger()
    assert asked.calls[0]["switching"] is True
    assert db.identity.person_id == daniel_id and db.identity.name == "Daniel Okoye"
    assert w.person_badge.text() == "You: " + isolate("Daniel Okoye")
    assert Settings().file_person(db.file_uuid) == daniel_id
    a_write(w)
    with db.reader() as s:
        stamps = set(s.scalars(select(Person.name)))
    assert stamps == {"Lena Hoffmann", "Daniel Okoye"}
    w.close()


def test_the_question_lists_the_people_with_the_guess_chosen(qtbot: Any,
                                                             shared: tuple[Path, str]) -> None:
    path, daniel_id = shared
    with Database.open(path, LENA, write=False) as db, db.reader() as s:
        choices = people.people(s)
    me = Identity(str(uuid.uuid4()), "Daniel Okoye")
    dialog = WhoAmIDialog(None, path.name, choices, me, guess=daniel_id, switching=False)
    qtbot.addWidget(dialog)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows == ["Daniel Okoye (CTO · daniel@fernwood.ai)",
                    "Lena Hoffmann (lena@fernwood.ai)",
                    f"Someone new: {isolate('Daniel Okoye')} (as set on this computer)"]
    assert dialog.chosen() == daniel_id and dialog.ok.isEnabled()
    dialog.list.setCurrentRow(2)
    assert dialog.chosen() == NEW
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == NEW


def test_the_command_line_as_name_is_the_person_the_file_knows(
        shared: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, daniel_id = shared
    from hirefile import cli

    with Database.open(path, LENA) as db, db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        zoe = s.scalars(select(Candidate.id).where(Candidate.full_name == "Zoë Brontë")).one()
        pipeline.add_application(s, zoe, role.id)
        role_title = role.title
    code = cli.main(["--as", "Daniel Okoye", "move", str(path), "--candidate", "Zoë Brontë",
                     "--role", role_title, "--stage", "Screen"])
    assert code == cli.EXIT_OK, capsys.readouterr().err
    assert people_named(path, "Daniel Okoye") == [daniel_id]
    with Database.open(path, LENA, write=False) as db, db.reader() as s:
        assert s.scalars(select(StageChange.moved_by).order_by(
            StageChange.created_at.desc())).first() == "Daniel Okoye"
