"""What the command palette finds (services/jump.py), on both backends: the first candidates
and roles with true counts, matched across accents and scripts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.vocab import RoleStatus
from hirefile.services import candidates, jump, roles
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.database import Database

PEOPLE = ("Łucja Wójcik", "Lucas Moreau", "王磊", "Nguyễn Thị Minh Khai", "Ana Lima",
          "Anaïs Dubois", "Hana Sato", "Anand Krishnan", "Ananya Iyer")


@pytest.fixture
def db(db_location: Path | str, identity: Identity) -> Iterator[Database]:
    db = create_file(db_location, identity)  # a file, and a database on PostgreSQL
    with db.session() as s:
        for name in PEOPLE:
            candidates.create_candidate(s, CandidateDraft(full_name=name))
        for title, status in (("Data Engineer, Łódź", RoleStatus.CLOSED),
                              ("Data Scientist", RoleStatus.OPEN),
                              ("Data Annotator", RoleStatus.DRAFT)):
            roles.add_role(s, title, status=status)
        gone = roles.add_role(s, "Data Analyst", status=RoleStatus.OPEN)
        s.flush()
        roles.remove_role(s, gone.id)
    yield db
    db.close()


def test_candidates_are_found_across_accents_and_scripts(db: Database) -> None:
    with db.reader() as s:
        assert [f.title for f in jump.jumps(s, "lucja").candidates] == ["Łucja Wójcik"]
        assert [f.title for f in jump.jumps(s, "王").candidates] == ["王磊"]
        assert [f.title for f in jump.jumps(s, "nguyen minh").candidates] == [
            "Nguyễn Thị Minh Khai"]
        assert jump.jumps(s, "zzz").candidates == []


def test_the_first_few_with_how_many_in_all(db: Database,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with db.reader() as s:
        found = jump.jumps(s, "ana", limit=3)  # Ana, Anaïs, Anand, Ananya, Hana
        assert [f.title for f in found.candidates] == ["Ana Lima", "Anaïs Dubois",
                                                       "Anand Krishnan"]
        assert (found.candidate_count, found.candidates_said()) == (5, "first 3 of 5")
        assert jump.jumps(s, "ana", limit=5).candidates_said() == ""
        monkeypatch.setattr(jump, "COUNTED", 4)  # counting stops past it, and says so
        found = jump.jumps(s, "ana", limit=3)
        assert (found.candidate_count, found.candidates_said()) == (5, "first 3 of more than 4")


def test_names_come_before_other_places_the_words_are_found(db: Database) -> None:
    with db.session() as s:
        candidates.create_candidate(s, CandidateDraft(full_name="Adaeze Ogunleye",
                                                      location="Lagos, Nigeria"))
        candidates.create_candidate(s, CandidateDraft(full_name="Maria Lopez"))
    with db.reader() as s:
        found = jump.jumps(s, "ria")  # in Maria's name, in Adaeze's location
        assert [f.title for f in found.candidates] == ["Maria Lopez", "Adaeze Ogunleye"]
        assert found.candidate_count == 2


def test_roles_open_first_by_title_never_removed_ones(db: Database) -> None:
    with db.reader() as s:
        found = jump.jumps(s, "data")
        assert [(f.title, f.detail) for f in found.roles] == [
            ("Data Scientist", "Role · Open"), ("Data Annotator", "Role · Draft"),
            ("Data Engineer, Łódź", "Role · Closed")]
        assert found.role_count == 3
        assert [f.title for f in jump.jumps(s, "lodz data").roles] == ["Data Engineer, Łódź"]
        assert jump.jumps(s, "data", limit=1).role_count == 3
