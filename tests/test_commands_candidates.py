"""Candidate and pipeline commands: push → undo → redo, through services, no widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.errors import ValidationError
from hirefile.services import candidates, listing, pipeline
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.ui.commands import apply
from hirefile.ui.commands import candidates as cmd


@pytest.fixture
def db(db_location: Path | str, identity: Identity):
    db = create_file(db_location, identity)  # a file, and a database on PostgreSQL
    yield db
    db.close()


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def role_id(db: Database) -> str:
    with db.session() as s:
        return add_role_from_template(s, template("ml_engineer")).id


def nothing() -> None:
    pass


def names(db: Database) -> list[str]:
    with db.reader() as s:
        rows = listing.candidate_rows(s, listing.candidate_ids(s))
    return sorted(r.name for r in rows.values())


def stage_of(db: Database, app_id: str) -> str:
    with db.reader() as s:
        return pipeline.history(s, app_id)[-1].to_name


def test_create_edit_remove(db: Database, stack: QUndoStack, role_id: str) -> None:
    c = apply(stack, cmd.CreateCandidate(db, nothing, CandidateDraft(full_name="Chiamaka Eze"),
                                         role_id=role_id))
    assert names(db) == ["Chiamaka Eze"] and stage_of(db, c.application_id) == "Sourced"
    with db.reader() as s:
        before = candidates.candidate_draft(s, c.candidate_id)
    after = CandidateDraft(**{**before.__dict__, "full_name": "Chiamaka N. Eze"})
    apply(stack, cmd.EditCandidate(db, nothing, c.candidate_id, before, after))
    assert names(db) == ["Chiamaka N. Eze"]
    apply(stack, cmd.RemoveCandidate(db, nothing, c.candidate_id, "Chiamaka N. Eze"))
    assert names(db) == []
    stack.undo()
    assert names(db) == ["Chiamaka N. Eze"]
    stack.undo()
    assert names(db) == ["Chiamaka Eze"]
    stack.undo()
    assert names(db) == []
    stack.redo()
    assert names(db) == ["Chiamaka Eze"]


def test_moves_undo_redo_single_and_bulk(db: Database, stack: QUndoStack,
                                         role_id: str) -> None:
    apps = [apply(stack, cmd.CreateCandidate(db, nothing, CandidateDraft(full_name=n),
                                             role_id=role_id)).application_id
            for n in ("Ana Lima", "Bo Chen", "Cy Twain")]
    with db.reader() as s:
        screen = pipeline.stage_named(s, role_id, "Screen").id
    apply(stack, cmd.MoveApplications(db, nothing, [apps[0]], stage_id=screen))
    assert stage_of(db, apps[0]) == "Screen"
    with pytest.raises(ValidationError, match="Say why"):
        apply(stack, cmd.MoveApplications(db, nothing, apps, stage_name="Rejected"))
    assert [stage_of(db, a) for a in apps] == ["Screen", "Sourced", "Sourced"]
    apply(stack, cmd.MoveApplications(db, nothing, apps, stage_name="Rejected",
                                      reason="Role filled"))
    assert {stage_of(db, a) for a in apps} == {"Rejected"}
    stack.undo()
    assert [stage_of(db, a) for a in apps] == ["Screen", "Sourced", "Sourced"]
    stack.redo()
    assert {stage_of(db, a) for a in apps} == {"Rejected"}
    stack.undo()
    stack.undo()
    assert stage_of(db, apps[0]) == "Sourced"


def test_add_to_role_and_bulk_tags(db: Database, stack: QUndoStack, role_id: str) -> None:
    ids = [apply(stack, cmd.CreateCandidate(db, nothing, CandidateDraft(
        full_name=n, tags=["nlp"]))).candidate_id for n in ("Ana Lima", "Bo Chen")]
    add = apply(stack, cmd.AddToRole(db, nothing, ids[0], role_id, "Add to role"))
    assert stage_of(db, add.application_id) == "Sourced"
    stack.undo()
    with db.reader() as s:
        assert pipeline.application_for(s, ids[0], role_id) is None
    stack.redo()
    apply(stack, cmd.SetTags(db, nothing, ids, ["finalist"]))
    with db.reader() as s:
        assert candidates.tags_of(s, ids[1]) == ["finalist", "nlp"]
    stack.undo()
    with db.reader() as s:
        assert candidates.tags_of(s, ids[1]) == ["nlp"]
